# int() parsing: bases, prefixes, underscores, whitespace, signs, unicode digits and exact error messages.
ok = [("0", 10), ("-0", 10), ("+7", 10), ("  42\n", 10), ("1_000", 10), ("0x_ff", 16), ("0XFF", 0), ("0b1_0", 0),
      ("0o17", 0), ("017", 8), ("z", 36), ("Z", 36), ("10", 2), ("-0b11", 0), ("٣", 10), ("１２", 10), ("0", 0), ("00", 0),
      ("\t-1_2 ", 10), ("ff", 16), ("0xff", 16), ("0b101", 2), ("0o7", 8), ("1" * 30, 2)]
for s, b in ok:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1.5", 10), ("1e3", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 16), ("0b2", 0),
       ("08", 0), ("012", 0), ("9", 8), ("g", 16), ("- 1", 10), ("++1", 10), ("0xff", 10), ("0b1", 16), ("1 2", 10),
       ("0_7", 0), ("abc", 0), ("\x00", 10), ("١_٢", 10)]
for s, b in bad:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
print(int("0b1", 16), int("0x1", 0) if True else 0, int("00_0", 0), int("0_0", 10))
for b in (1, -1, 37, 100):
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("1", 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b" 3 ")), int(b"ff", 16), int(memoryview(b"77")), int(3.99), int(-3.99), int("-" "5"))
try:
    int(b"1.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("x" * 100)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(int(x=5) if False else int(), int(base=10, x="5") if False else int("5", base=10))
try:
    int("5", base=10, x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(int(S("12")), float(S("1.5")), int(" 1_2 ".strip()), int("  \u2003 9 \u3000"))
print([int(c) for c in "0123456789"], int("1" * 100) % 97)
print(float("١٫٥") if False else float("١.٥"), float("1_0.0_1"), float("  -.5e-3  "), float("INF") > 0)
for s in ["1_.0", "1._0", "1e_1", ".", "e1", "1.2.3", "0x1p3", "infinity1", "nan(1)"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
