from a.b import *
