# Rich comparisons: each operator, reflection (< becomes >), NotImplemented fallbacks, == identity default.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
a, b = Ver(1, 2), Ver(1, 10)
print(a < b)
print(a > b)
print(a == Ver(1, 2))
print(a != b)
print(a <= b)
print(a == "1.2")
print("1.2" == a)
try:
    print(a >= b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1, [AlwaysEqual()] == [2])
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
print(EqReturnsNonBool() == 1, bool(EqReturnsNonBool() == 1), [EqReturnsNonBool()] == [1])
print(EqReturnsNonBool() in [1], [1].count(EqReturnsNonBool()))
class Raise:
    def __eq__(self, other):
        raise ValueError("eq failed")
try:
    Raise() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
r = Raise()
print(r in [r])
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
print(Chain(1) < Chain(2) < Chain(3))
print(Chain(3) < Chain(2) < Chain(1))
class GtOnly:
    def __gt__(self, other):
        return "GtOnly.__gt__ reflected"
print(1 < GtOnly())
