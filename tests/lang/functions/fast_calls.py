# Plain positional calls take a fast path; everything around it must stay
# as CPython does it: argument errors, defaults, methods, recursion limits.
import sys

def add(a, b):
    return a + b

def deflt(a, b=10):
    return a + b

class C:
    def m(self, x):
        return (self.__class__.__name__, x)

print(add(1, 2), deflt(1), deflt(1, 2), C().m(3))
f = C().m
print(f(4))
for args in [(), (1,), (1, 2, 3)]:
    try:
        add(*args)
    except TypeError as e:
        print(e)
try:
    add(1, c=2)
except TypeError as e:
    print(e)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print(count(500))
sys.setrecursionlimit(200)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)

def cell_arg(a, b):
    def inner():
        return a * b
    return inner()
print(cell_arg(6, 7))

def shadow(x, y):
    x, y = y, x
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(shadow(1, 2))

def kwonly(a, *, b=2):
    return a, b
print(kwonly(1), kwonly(1, b=3))
def gen(a, b):
    yield a
    yield b
print(list(gen(1, 2)))
add.__code__ = deflt.__code__
print(add(5, 6))
