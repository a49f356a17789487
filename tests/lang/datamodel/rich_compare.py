# Rich comparisons: reflection (< vs >), subclass priority, NotImplemented, default == and errors.
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"C{self.n}"
    def __lt__(self, o):
        print(f"  {self!r}.__lt__({o!r})")
        return NotImplemented
    def __gt__(self, o):
        print(f"  {self!r}.__gt__({o!r})")
        return NotImplemented
    def __eq__(self, o):
        print(f"  {self!r}.__eq__({o!r})")
        return NotImplemented

class D(C):
    def __gt__(self, o):
        print(f"  {self!r}.D.__gt__({o!r})")
        return "D-gt"

a, b = C(1), C(2)
print("a < b")
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
print("a == b")
print(a == b)
print("a != b")
print(a != b)
print("a == a")
print(a == a)
print("a < D")
print(a < D(3))
print("D > a")
print(D(3) > a)
print("a <= b")
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
print("a < 1")
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 >= a
except TypeError as e:
    print(type(e).__name__, e)

class Ne:
    def __eq__(self, o):
        return "eq-result"
print(Ne() != Ne())
print(Ne() == 1, 1 == Ne())

class OnlyNe:
    def __ne__(self, o):
        return "custom-ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())

class All:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __le__(self, o):
        return self.k <= o.k
    def __ge__(self, o):
        return self.k >= o.k
    def __gt__(self, o):
        return self.k > o.k
xs = [All(3), All(1), All(2)]
print([x.k for x in sorted(xs)])
print(max(xs).k, min(xs).k)
print(All(1) < All(2) <= All(2) < All(3))

class Weird:
    def __eq__(self, o):
        return [1]
    def __lt__(self, o):
        return 0
print(Weird() == 1, Weird() < 1)
print(bool(Weird() == 1), not (Weird() < 1))
print([Weird()] == [Weird()])
w = Weird()
print([w] == [w])
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], (1, "a") == (1, "a"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [None] < [None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
