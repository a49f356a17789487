# Chained comparisons and ternaries: evaluation order, short-circuit, mixed types, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < x < 3, x == 5 == 5.0, 1 <= 1 < 2 <= 2)
trace = []
def v(n):
    trace.append(n)
    return n
print(v(1) < v(2) < v(3), trace)
trace.clear()
print(v(3) < v(2) < v(1), trace)
trace.clear()
print(v(1) < v(5) > v(2) == v(2), trace)
print("a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3], (1, "z") < (2, "a"), "abc" < "abd" < "b")
print(1 in [1, 2] in [[1, 2]], None is None is not False, 0 == False == 0.0, 2 in {1, 2} not in [True])
print(3 if x > 3 else -3, "big" if x > 100 else "medium" if x > 4 else "small")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
def side(tag, val):
    trace.append(tag)
    return val
trace.clear()
r = side("then", 1) if side("cond", False) else side("else", 2)
print(r, trace)
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3, None or 0, [] and 1)
trace.clear()
print(side("a", 0) and side("b", 1), side("c", 1) or side("d", 1), trace)
print(not 1 < 2, not (1 < 2 < 0), (not 0) == 1, -1 < 0 < 1 < 2**64 < float("inf"))
print(1 < 2.5 < 3, 1 == 1.0 == True, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan < 2, [nan] == [nan], nan in [nan])
for bad in (lambda: 1 < "a", lambda: 1 < 2 < "a", lambda: None < None, lambda: [1] < (1,), lambda: {} <= {}):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(1 < 2 < "a" if False else "skipped", 2 < 1 < "a")
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        print(f"  bool({self.n})")
        return True
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
class Weird:
    def __eq__(self, other):
        return "truthy-string"
    def __lt__(self, other):
        return []
w = Weird()
print(w == 1, w < 1, w == 1 == 1, (w < 1) or "fallback", w < w < w)
print((1).__eq__(1.0), (1).__lt__("a"), "a".__eq__(1), (1.0).__eq__(1))
val = None
print(val if val is not None else "none!", [] if val else ["fallback"])
print((lambda n: "even" if n % 2 == 0 else "odd")(7), ["odd", "even"][10 % 2 == 0])
low, high = 10, 20
for n in (5, 10, 15, 20, 25):
    print(n, low <= n < high, not low <= n < high, n in range(low, high))
