# bytearray: item and slice assignment, append/extend/insert/pop/remove/clear, in-place ops.
a = bytearray(b"hello")
a[0] = 72
print(a, len(a))
a[1:3] = b"EY"
print(a)
a[1:3] = b"ippo"
print(a)
a[::2] = b"xxxx"
print(a)
del a[0]
print(a)
del a[::3]
print(a)
a.append(33)
a.extend(b"ab")
a.extend([99, 100])
a.extend(x for x in (101,))
print(a)
a.insert(0, 48)
a.insert(-1, 49)
a.insert(100, 50)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("a"))
print(a)
a.reverse()
print(a)
c = a.copy()
a.clear()
print(a, c, len(a), len(c))
for bad in [lambda: a.pop(), lambda: a.remove(1), lambda: c.append(256), lambda: c.append("a"),
            lambda: c.__setitem__(0, -1), lambda: c.__setitem__(100, 1),
            lambda: c.__setitem__(slice(0, 4, 2), b"abc"), lambda: c.extend(["x"]),
            lambda: c.__setitem__(slice(0, 2), 5)]:
    try:
        bad()
        print("no error", c)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = bytearray(b"ab")
b += b"cd"
b *= 2
print(b, b * 2, b + b"!", type(b + b"!").__name__, b"!" + b, type(b"!" + b).__name__)
b[2:] = bytearray()
print(b)
b[len(b):] = b"end"
print(b)
b[:0] = b"start-"
print(b)
b[1:1] = [65, 66]
print(b)
b[::-1] = b[::-1]
print(b)
b[0:3] = memoryview(b"MEM")
print(b)
x = bytearray(3)
x[0:3] = range(97, 100)
print(x)
x[:] = b"new contents"
print(x, x.upper(), x.find(b"con"), x.isalpha())
