# Binary arithmetic: __op__ then __rop__, NotImplemented fallbacks and TypeError messages.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __truediv__(self, o):
        return ("truediv", self.v, o)
    def __rtruediv__(self, o):
        return ("rtruediv", o, self.v)
    def __floordiv__(self, o):
        return ("floordiv", self.v, o)
    def __rfloordiv__(self, o):
        return ("rfloordiv", o, self.v)
    def __mod__(self, o):
        return ("mod", self.v, o)
    def __rmod__(self, o):
        return ("rmod", o, self.v)
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, o, m=None):
        return ("pow", self.v, o, m)
    def __rpow__(self, o):
        return ("rpow", o, self.v)
    def __lshift__(self, o):
        return ("lshift", self.v, o)
    def __rlshift__(self, o):
        return ("rlshift", o, self.v)
    def __rshift__(self, o):
        return ("rshift", self.v, o)
    def __rrshift__(self, o):
        return ("rrshift", o, self.v)
    def __and__(self, o):
        return ("and", self.v, o)
    def __rand__(self, o):
        return ("rand", o, self.v)
    def __or__(self, o):
        return ("or", self.v, o)
    def __ror__(self, o):
        return ("ror", o, self.v)
    def __xor__(self, o):
        return ("xor", self.v, o)
    def __rxor__(self, o):
        return ("rxor", o, self.v)
    def __matmul__(self, o):
        return ("matmul", self.v, o)
    def __rmatmul__(self, o):
        return ("rmatmul", o, self.v)

a, b = Num(7), Num(2)
print(a + b, a + 1, 1 + a)
print(a - b, a - 1, 10 - a)
print(a * b, a * 3, 3 * a)
print(a / 2, 2 / a)
print(a // 2, 2 // a)
print(a % 2, 2 % a)
print(divmod(a, 2), divmod(2, a))
print(a ** 2, 2 ** a, pow(a, 2, 5))
print(a << 1, 1 << a, a >> 1, 1 >> a)
print(a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a)
print(a @ 1, 1 @ a)
try:
    print(a + "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("s" + a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, a, 5))
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
for op in ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"):
    try:
        eval("Plain() " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    divmod(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(Plain(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
