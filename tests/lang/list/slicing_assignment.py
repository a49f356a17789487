# List slicing: reads, slice assignment (growing, shrinking, extended), deletion, errors.
a = list(range(10))
print(a[2:5], a[-3:], a[::3], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = ["in", "serted"]
print(b)
b[:] = "abc"
print(b)
b[len(b):] = [1, 2]
print(b)
b[-1:] = []
print(b)
b[::2] = ["E0", "E2"]
print(b)
c = list(range(10))
c[::-2] = "vwxyz"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
c[1:3] = range(3)
print(c)
c[5:2] = ["at five"]
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
try:
    del d[0]
except IndexError as e:
    print(type(e).__name__, e)
e = [0, 1, 2]
e[1:2] = e
print(e)
f = [1, 2, 3]
f[:] = f[::-1]
print(f)
g = list(range(6))
g[1:5:2] = (g[3], g[1])
print(g)
h = list(range(5))
h[10:20] = ["far"]
print(h)
h[-20:-10] = ["before"]
print(h)
print(a[slice(1, 4)], a[slice(None, None, -3)], a[::2][::2], a[1::2][1:])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2:0] = []
except ValueError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[0:0] = m
print(m)
n = list("abcdef")
del n[::-2]
print(n)
