rb'x
