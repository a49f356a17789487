# Chained comparisons: each operand evaluated once, short-circuiting, mixing operator kinds.
def v(label, value):
    print(f"  eval {label}")
    return value
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 3) > v("b", 2) == v("c", 2) != v("d", 1))
print(v("a", 1) in v("b", [1]) not in v("c", [[2]]))
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 > 1 < 3 > 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print("a" < "b" < "c", [1] < [2] <= [2], (1,) == (1,) != (2,))
print(None is None is not False)
a = b = [1]
print(a is b is not None, a == b is b)
class Weird:
    def __lt__(self, other):
        return "truthy-string"
    def __gt__(self, other):
        return ""
w = Weird()
print(w < 1, 1 > w, w < 1 < 2, w > 1 < 2)
print((1 < 2) < 3, 1 < (2 < 3))
print(3 > 2 > 1 == True, (3 > 2) > 1)
nan = float("nan")
print(nan < 1 < 2, 1 < nan < 2, nan == nan == nan)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < "a")
print([x for x in range(10) if 2 < x <= 6], sum(1 for x in range(10) if 0 <= x % 3 < 1))
lo, hi = 10, 20
for n in (5, 10, 15, 20, 25):
    print(n, lo <= n < hi, not lo <= n < hi)
print(1 == 1.0 == True, 0 == False == 0.0 == -0.0)
print("x" not in "abc" not in ["abc"])
