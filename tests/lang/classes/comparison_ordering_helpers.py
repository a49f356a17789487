# Ordering helpers written by hand (no functools): deriving comparisons, sorting stability with keys.
def total_ordering(cls):
    lt = cls.__lt__
    cls.__le__ = lambda a, b: lt(a, b) or a == b
    cls.__gt__ = lambda a, b: not lt(a, b) and a != b
    cls.__ge__ = lambda a, b: not lt(a, b)
    return cls
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.1")
print(a < b, a <= b, a > b, a >= b, a == Version("2.0"), a != b)
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return self.name
students = [Student("ann", "B", 20), Student("bob", "A", 22), Student("cy", "B", 19), Student("dee", "A", 20)]
print(sorted(students, key=lambda s: s.age))
by_age = sorted(students, key=lambda s: s.age)
print(sorted(by_age, key=lambda s: s.grade))
print(sorted(students, key=lambda s: (s.grade, -s.age)))
print(sorted(students, key=lambda s: s.name, reverse=True))
class Reverse:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return other.v < self.v
print([r.v for r in sorted(map(Reverse, [3, 1, 2]))])
class OnlyEq:
    def __eq__(self, other):
        return True
try:
    sorted([OnlyEq(), OnlyEq()])
except TypeError as e:
    print(type(e).__name__, e)
class CmpCount:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        CmpCount.calls += 1
        return self.v < other.v
sorted(CmpCount(v) for v in range(100))
print("comparisons for already-sorted input:", CmpCount.calls)
