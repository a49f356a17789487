# Unary operators and numeric conversions: __neg__/__pos__/__abs__/__invert__, __int__/__float__/__complex__/__bytes__.
class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return V(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return abs(self.v)
    def __invert__(self):
        return ("inverted", self.v)
    def __repr__(self):
        return f"V({self.v})"
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __bytes__(self):
        return b"bytes!"
    def __index__(self):
        return 7
x = V(3)
print(-x, +x, abs(x), ~x, -(-x), int(x), float(x), complex(x), bytes(x))
print(--x, ~~5, -+-1, not x)
class Nothing:
    pass
for op, f in [("-", lambda o: -o), ("+", lambda o: +o), ("~", lambda o: ~o), ("abs", abs)]:
    try:
        f(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
for conv in (int, float, complex, bytes):
    try:
        conv(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "no"
class BadFloat:
    def __float__(self):
        return 1
class BadComplex:
    def __complex__(self):
        return 1.0
class BadBytes:
    def __bytes__(self):
        return "str"
for conv, obj in [(int, BadInt()), (float, BadFloat()), (complex, BadComplex()), (bytes, BadBytes())]:
    try:
        conv(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class IndexOnly:
    def __index__(self):
        return 9
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
class FloatOnly:
    def __float__(self):
        return 1.5
print(complex(FloatOnly()), float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(-True, +False, ~True, abs(-False), -0, -0.0, +(-0.0), ~-1, -(-(2 ** 70)))
print(abs(-3 + 4j), abs(-2.5), abs(-(10 ** 30)), -(1 + 2j), +(1 - 2j), ~(2 ** 64))
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(int("12", base=IndexOnly()) if False else int("12", 8), int(" 0x1F ", 16), int("0", 0), int(True))
try:
    int("12", V(3))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("9", 40)
except ValueError as e:
    print(type(e).__name__, e)
print(complex("1+2j"), complex(1, 2), complex(1j, 1j), complex(" 3j "), complex("-1.5e3-0j"))
try:
    complex("1+2j", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1 + 2j")
except ValueError as e:
    print(type(e).__name__, e)
class IntSubclass(int):
    def __neg__(self):
        return "custom neg"
print(-IntSubclass(5), +IntSubclass(5), abs(IntSubclass(-5)), type(abs(IntSubclass(-5))).__name__)
