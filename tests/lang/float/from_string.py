# float() from strings and bytes: accepted syntax, whitespace, underscores, unicode digits, errors.
good = ["1", "-1", "+1.5", "  2.5  ", "\n3\t", "1e5", "1E-5", "1.", ".5", "-.5e1", "1_000.5",
        "1_0e1_0", "0.000_001", "00012", "1e+0", "١٢٣.٤", "12\u00a0", "\u2003-3.5",
        "1e-400", "9" * 400, "1" + "0" * 308, "0x10" if False else "16"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1.2.3", "1e", "e1", "1_", "_1", "1__0", "1_.5", "1._5", "0x10", "1,5",
       "- 1", "1 2", "nan1", "1e1.5", "abc", "\x00"]
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b"1.25"), float(bytearray(b"-2")), float(memoryview(b"3.5")))
try:
    float(b"x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(0), float(True), float(-5), float(10**20))
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class BadFloat:
    def __float__(self):
        return "x"
print(float(WithFloat()), float(WithIndex()))
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class MyFloat(float):
    pass
m = MyFloat("1.5")
print(m, type(m).__name__, type(m + 1).__name__, float(m), type(float(m)).__name__)
print(float("  -0  "), float("-0.0"))
