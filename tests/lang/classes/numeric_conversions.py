# Numeric conversion hooks: __int__, __float__, __complex__, __index__, __round__, __trunc__, __floor__, __ceil__, __bool__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        return int(self.v) * 10
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return ("trunc",)
    def __floor__(self):
        return ("floor",)
    def __ceil__(self):
        return ("ceil",)
    def __bool__(self):
        return self.v != 0
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return f"Num({self.v})"
n = Num(2.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), bool(n), bool(Num(0)))
print(n.__trunc__(), n.__floor__(), n.__ceil__(), abs(Num(-3)), -n)
print(bin(n), hex(n), oct(n), [0] * 30 == [0] * Num(3), "ab"[Num(0.05)] if False else "index used for slicing:",
      list(range(100))[Num(0.1):Num(0.3)])
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), range(OnlyIndex()))
class OnlyFloat:
    def __float__(self):
        return 1.5
print(float(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class FloatReturnsInt:
    def __float__(self):
        return 1
try:
    float(FloatReturnsInt())
except TypeError as e:
    print(type(e).__name__, e)
class IndexReturnsFloat:
    def __index__(self):
        return 1.0
for fn in (bin, hex, range):
    try:
        fn(IndexReturnsFloat())
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
class ComplexBad:
    def __complex__(self):
        return "no"
try:
    complex(ComplexBad())
except TypeError as e:
    print(type(e).__name__, e)
class Truthy:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Truthy()), not Truthy())
print(1 + True, 2 * Num(1).v, isinstance(Num(1), int))
