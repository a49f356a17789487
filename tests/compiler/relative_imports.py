from . import a
from .. import b as c
from .d.e import (f, g as h)
