# abs, divmod and pow on builtin and user-defined types.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-10**30), abs(float("-inf")))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)
v = Vec(3, 4)
print(abs(v), divmod(v, 2), divmod(2, v), pow(v, 2), pow(v, 2, 5), v ** 3, 2 ** v, pow(2, v))
try:
    pow(2, v, 5)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["abs('x')", "abs(None)", "divmod(1, 'x')", "divmod()", "pow(1)", "pow('a', 2)", "abs(1, 2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(10**20, 3), divmod(True, 2))
print(pow(3, 2), pow(3, -1), pow(3, 2, 4), pow(2.5, 2), pow(-1, 0.5))
print(pow(base=3, exp=3), pow(3, exp=3, mod=5))
class NoAbs:
    pass
try:
    abs(NoAbs())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __abs__(self):
        return "custom abs"
print(abs(IntSub(-3)), abs(int(IntSub(-3))))
print(abs(-2**63), abs(-(2**63 - 1)), type(abs(-2.0)).__name__, type(abs(1j)).__name__)
print([abs(x) for x in range(-3, 4)], sorted(range(-3, 4), key=abs))
print(divmod(-1e-300, 1.0), divmod(5, -0.5))
