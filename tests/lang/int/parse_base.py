# int(str, base): every base, prefixes with base 0, underscores, whitespace, signs.
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t\n42\n"))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Z", 36))
for base in range(2, 37):
    print(base, int("10", base), int("11", base))

print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("0", 0), int("00", 0))
print(int("0b101", 2), int("0o17", 8), int("0x1F", 16), int("0B11", 0), int("0X1f", 0))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("1_2", 0))
print(int("-0x10", 16), int("-0b11", 0), int(" -0o7 ", 0))
print(int("12345678901234567890123456789"), int("-99999999999999999999", 10))
print(int("1" * 40, 2), int("f" * 30, 16))
print(int("٣٤"), int("１２３"))
print(int(b"15"), int(b"ff", 16), int(bytearray(b"17"), 8))
print(int(x="12", base=3) if False else int("12", base=3))

errors = [("", 10), ("  ", 10), ("1.5", 10), ("12a", 10), ("2", 2), ("9", 8),
          ("g", 16), ("0x10", 10), ("0b2", 0), ("010", 0), ("1__0", 10),
          ("_1", 10), ("1_", 10), ("- 1", 10), ("++1", 10), ("0x", 16),
          ("10", 37), ("10", 1), ("10", -1)]
for text, base in errors:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, type(e).__name__, e)

try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("12", "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("12", 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int("0", 0), int("-0", 0), int("0_0", 0))
