# Slice assignment and deletion on lists: growing, shrinking, extended slices, self-assignment, errors.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [9]
print(a)
a[2:2] = "ab"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::-1] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 4]
b[::-1] = b
print(b)
b = [1, 2, 3]
b[:] = b
print(b)
b[1:] = b
print(b)
b = [1, 2, 3, 4, 5, 6, 7, 8]
del b[::3]
print(b)
del b[::-2]
print(b)
del b[5:100]
print(b)
del b[-100:1]
print(b)
b = list(range(10))
b[7:2] = ["ins"]
print(b)
b[8:2:-2] = "ABC"
print(b)
b[-3:] = range(2)
print(b)
b[1:3] = (x * 2 for x in "pq")
print(b)
b[:] = {"k": 1}
print(b)
b = [0, 1, 2, 3]
b[10:20] = [4]
print(b)
b[-10:-20] = [-1]
print(b)
b[1:3:1] = [7, 7, 7]
print(b)
b[::1] = []
print(b)
c = [1, 2, 3]
c[0:1], c[1:] = [9], [8]
print(c)
try:
    (1, 2)[0:1] = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1:2:0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[::0]
except ValueError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZW"
ba[::2] = b"123" + b"4" * (len(ba[::2]) - 3)
print(ba)
try:
    ba[0:2] = [300]
except ValueError as e:
    print(type(e).__name__, e)
del ba[::2]
print(ba)
ba[:] = range(65, 70)
print(ba)
m = [[0] * 3 for _ in range(2)]
m[0][1:] = [5, 6]
print(m)
n = [[0] * 3] * 2
n[0][0] = 1
print(n)
x = list(range(5))
x[1:4] = x[3:0:-1]
print(x)
