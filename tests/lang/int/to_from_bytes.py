# int.to_bytes / int.from_bytes: byte orders, signed, lengths, errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"), (0).to_bytes(0, "big"), (0).to_bytes(3, "little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (127).to_bytes(1, "big", signed=True))
print((2**64 - 1).to_bytes(8, "big"), (2**100).to_bytes(13, "big"))
print((5).to_bytes(), (5).to_bytes(length=3))
print((258).to_bytes(2))

for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True),
             (-129, 1, "big", True), (1, -1, "big", False)]:
    n, length, order, signed = args
    try:
        print(n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)

print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(b"\x01\x02"), int.from_bytes(bytes=b"\x07", byteorder="big"))
try:
    int.from_bytes(b"\x00", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)

for n in [0, 1, -1, 127, -128, 255, 2**31, -2**31, 10**30, -10**30]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "little", signed=True)
    print(n, length, b.hex(), int.from_bytes(b, "little", signed=True) == n)

class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x00", "big")
print(type(v).__name__, v)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
