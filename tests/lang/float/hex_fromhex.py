# float.hex and float.fromhex: exact binary representation, parsing forms, errors.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1 / 3, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.0, 1024.0, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), v.hex())

texts = ["0x1p0", "0x1.8p1", "-0x1p-1", "0x.8p1", "0X1P+2", "0x1.fffffffffffffp1023",
         "0x1p-1074", "0x1p-1075", "0x1.0000000000001p0", "0x1.00000000000008p0",
         "0x1.00000000000018p0", "1", "1.0", "a", "-a.8", "  0x1p3  ", "inf", "-Infinity",
         "nan", "0x0p0", "0x1.p1", "0x.1", "0xABCDEFp-24", "0x1p+0"]
for t in texts:
    print(repr(t), repr(float.fromhex(t)))

for bad in ["", "0x", "0x1p", "0xg", "1p1q", "0x1.2.3", "++0x1", "0x1p1.5"]:
    try:
        print(repr(bad), float.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex(1.0)
except TypeError as e:
    print(type(e).__name__, e)

ok = True
for i in range(1, 2000):
    v = i / 7.0 * 10.0 ** (i % 40 - 20)
    if float.fromhex(v.hex()) != v:
        ok = False
print("round trip", ok)

class F(float):
    pass
r = F.fromhex("0x1.8p0")
print(type(r).__name__, r)
print((2.5).hex(), float.hex(-2.5))
