from a import b
from a.b import c as d, e
from . import f
from ..g import h
from .i.j import k
