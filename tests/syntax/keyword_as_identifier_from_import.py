from . import while
