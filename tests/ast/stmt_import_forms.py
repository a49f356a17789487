import os
import os.path
import os.path as osp, sys as system
import a.b.c
