import os
import os.path as p
from x import y
os.getcwd()
p.join(a)
y.z()
def f():
    return os.path.join(a, b), y.m()
