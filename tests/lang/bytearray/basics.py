# bytearray: constructors, repr, conversion to bytes, methods returning bytearray, unhashability.
print(bytearray(), bytearray(4), bytearray(b"abc"), bytearray([1, 2, 255]), bytearray("é", "utf-8"))
print(bytearray(range(65, 70)), bytearray(memoryview(b"mv")), bytearray(bytearray(b"cp")))
print(repr(bytearray(b"'q\"\n")), str(bytearray(b"s")), bytes(bytearray(b"to bytes")))
for bad in [[300], "str", 1.5, [-1], None]:
    try:
        bytearray(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
a = bytearray(b"Hello World")
print(a.upper(), type(a.upper()).__name__, a.split(), type(a.split()[0]).__name__)
print(a.replace(b"o", b"0"), a.strip(b"Hd"), a.partition(b" "), a.hex(), a.decode())
print(a.count(b"o"), a.find(b"World"), a.index(ord("W")), a.startswith(b"Hell"), a[0], a[-5:])
print(bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
b = a
b[0] = ord("J")
print(a, a is b, a == bytearray(b"Jello World"))
c = a[:]
c[0] = ord("Y")
print(a, c)
print(list(bytearray(b"\x00\x01")), bytearray(b"abc") * 2, 2 * bytearray(b"x"))
print(bytearray(b"a") < bytearray(b"b"), bytearray(b"a") == b"a", bytearray(b"a") in [b"a"])
print(bytearray(b"%d-%s") % (5, b"x"), bytearray(b"a,b").split(b","))
print(bytearray(b"  x ").strip(), bytearray(b"abc").center(7, b"."), bytearray(b"x").zfill(3))
x = bytearray(b"abc")
it = iter(x)
print(next(it))
x[1] = ord("Z")
print(next(it), list(it))
print(bytearray(b"ab").__alloc__() >= 2, len(bytearray(10)))
print(bytearray(b"Title me").title(), bytearray(b"x").isascii(), bytearray(b"").isdigit())
print(sorted(set(dir(bytearray)) - set(dir(bytes))))
y = bytearray(b"xyz")
y.extend(y)
print(y)
y[:] = y[::-1]
print(y, y.rfind(b"zy"), y.rindex(b"x"))
class BA(bytearray):
    pass
z = BA(b"sub")
z.append(33)
print(z, type(z).__name__, type(z + b"").__name__, type(z.copy()).__name__)
