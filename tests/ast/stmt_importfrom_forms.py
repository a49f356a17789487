from os import path
from os import (path, sep as separator,)
from . import sibling
from .. import parent
from ...pkg.mod import name
from .mod import *
from __future__ import annotations
