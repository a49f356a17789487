# bin, oct, hex, chr and ord, including negative numbers, __index__ objects and range errors.
for n in [0, 1, -1, 10, -10, 255, 2**40, -(2**70)]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), chr(Idx()))
for bad in ["1", 1.0, None, [1]]:
    for fn in (bin, oct, hex):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, repr(bad), type(e).__name__, e)
print([chr(i) for i in (48, 65, 97, 0x3b1, 0x4e2d, 0x1f600)])
print([ord(c) for c in "0Aaα中😀"])
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["", "ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(ord(b"\xff"), ord(bytearray(b"A")), chr(0x10FFFF) == "\U0010FFFF")
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print("".join(chr(ord(c) + 1) for c in "HAL"), [hex(ord(c)) for c in "é"])
print(bin(True), hex(False), oct(2**64))
print(bin(0b1010 ^ 0b0110), hex(0xff & ~0x0f), oct(0o777 >> 3))
print(len(bin(2**1000)), hex(2**100)[-5:], oct(-8 ** 5))
