# Reflected operator priority: a subclass's __rop__ runs first when it overrides it; same-type rules.
class Base:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return f"{self.name}.__add__({other.name})"
    def __radd__(self, other):
        return f"{self.name}.__radd__({other.name})"
    def __lt__(self, other):
        return f"{self.name}.__lt__({other.name})"
    def __gt__(self, other):
        return f"{self.name}.__gt__({other.name})"
class Derived(Base):
    def __radd__(self, other):
        return f"{self.name}.Derived.__radd__({other.name})"
    def __gt__(self, other):
        return f"{self.name}.Derived.__gt__({other.name})"
class DerivedNoOverride(Base):
    pass
b, d, n = Base("b"), Derived("d"), DerivedNoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b + b)
print(b < d)
print(b < n)
print(d < b)
class Left:
    def __add__(self, other):
        print("  Left.__add__ ->", "NotImplemented")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "right handled"
print(Left() + Right())
class SameType:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd never tried for same type"
try:
    SameType() + SameType()
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__ first"
    def __rsub__(self, other):
        return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1)
try:
    print(5 - MyInt(2))
except TypeError as e:
    print(type(e).__name__, e)
class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.__rmul__"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)
class StrSub(str):
    def __radd__(self, other):
        return "StrSub.__radd__"
print("a" + StrSub("b"), StrSub("b") + "a")
class ListSub(list):
    def __radd__(self, other):
        return "ListSub.__radd__"
print([1] + ListSub([2]))
class Weird:
    __add__ = None
try:
    Weird() + 1
except TypeError as e:
    print(type(e).__name__, e)
