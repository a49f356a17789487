# `and`/`or`/`not` return operands (not bools), short-circuiting, truthiness of many types, chained comparisons.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or {}, [] and 1, "x" and "y" and "z")
print(not 0, not 1, not "", not [0], not None, not not [], type(not 1).__name__)
values = [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False, bytearray(),
          1, -1, 0.1, 1j, " ", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True, object]
print([bool(v) for v in values])
calls = []
def f(tag, val):
    calls.append(tag)
    return val
r = f("a", 0) and f("b", 1)
print(r, calls)
calls.clear()
r = f("a", 1) or f("b", 1)
print(r, calls)
calls.clear()
r = f("a", 0) or f("b", 0) or f("c", "")
print(repr(r), calls)
calls.clear()
r = (f("a", 1) and f("b", 0)) or f("c", "fallback")
print(r, calls)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0, (1 < 2) is not None is not False)
print(2 in [1, 2] in [[1, 2]], "a" < "b" != "c", (1 < 2) < 3, 1 < (2 < 3))
x = 5
print(0 < x <= 5, 0 < x < 5, not 0 < x < 5, x == 5 or x / 0, x != 5 and x / 0)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v
    def __repr__(self):
        return f"T({self.v})"
print(Truthy(False) or Truthy(True))
print(Truthy(True) and Truthy(False))
print(not Truthy(True))
print([Truthy(False)] and "list is truthy")
print(Truthy(True) if Truthy(False) else "else-branch")
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  {self.n} < {o.n}")
        return Truthy(self.n < o.n)
print(Cmp(1) < Cmp(2) < Cmp(3))
print(Cmp(3) < Cmp(2) < Cmp(1))
y = [] or None
print(y, 0 or 0.0, 0.0 or 0, "" and 0, (0 and None) == 0)
print(any(v for v in (0, "", None)), all(v for v in (1, "x")), max(0, False), min(True, 1))
print(True + True, True * 3, -True, True / 2, True // 2, True ** 10, True & False, True | 0, True ^ True, ~True)
print(type(True + 0).__name__, type(True & True).__name__, type(True | False).__name__, type(1 & True).__name__)
print(int(True), float(False), str(True), repr(False), True == 1, False == 0, True is True, hash(True) == hash(1))
print(bool(), bool(0), bool(0.5), bool("False"), bool(bool), [False] * 2, sum([True] * 5), sorted([True, False, 0, 1]))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
