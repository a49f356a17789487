from . import a
from .. import b
from ... import c
from .... import d
from .....e import f
from ...... import g
