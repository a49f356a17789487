# The 4300-digit limit on int<->decimal string conversion, and what it does not cover.
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
    print(len(s))
except ValueError as e:
    print(type(e).__name__, e)

try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)

try:
    repr(-10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % (10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)

# power-of-two bases are not limited
h = hex(10 ** 5000)
print(len(h), h[:12])
print(len(bin(10 ** 5000)), len(oct(10 ** 5000)))
print(int("f" * 5000, 16).bit_length())
print(int("1" * 6000, 2) == 2 ** 6000 - 1)
try:
    int("7" * 5000, 8)
    print("octal ok")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("z" * 5000, 36)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(2 ** 14000)))
try:
    print(len(str(2 ** 15000)))
except ValueError as e:
    print(type(e).__name__, e)
print(int("  " + "9" * 4300 + "  ") % 7)
print(int("1_" * 2000 + "1") % 1000)
