# Binary operator overloading: every arithmetic dunder, reflected forms, NotImplemented fallbacks.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _op(self, other, fn):
        if isinstance(other, V):
            return V(*[fn(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[fn(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o): return self._op(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmul__(self, o): return self * o
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
    def __rxor__(self, o): return ("rxor", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return ("pos", self.c)
    def __invert__(self): return V(*[~a for a in self.c])
a, b = V(6, 9), V(2, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> b, a & b, a | b, a ^ b, a @ b, divmod(a, b))
print(a + 1, a * 2, a / 2, a % 4, a ** 2)
print(1 + a, 1 - a, 3 * a, 1 / a, 1 // a, 1 % a, 2 ** a, 1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a, divmod(1, a))
print(-a, +a, ~a)
try:
    [1] @ a
    print([1] @ a)
except TypeError as e:
    print(type(e).__name__, e)
for expr in ["a + 'x'", "'x' + a", "a - None", "a < b", "abs(a)", "a @ 1"]:
    try:
        print(expr, eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
class OnlyNI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    OnlyNI() + OnlyNI()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + OnlyNI()
except TypeError as e:
    print(type(e).__name__, e)
