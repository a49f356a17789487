# == vs identity in containers: list.index/count/remove/in use identity first, default __eq__, NotImplemented.
class AlwaysFalse:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
x = AlwaysFalse()
print(x == x, x in [x], [x].count(x), [x].index(x), (x,) == (x,), [x] == [x], {x: 1}[x], x in {x}, x in (x,))
lst = [AlwaysFalse(), x]
lst.remove(x)
print(len(lst))
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan].count(nan), (nan,) == (nan,), {nan: 1}.get(nan), [float("nan")] == [float("nan")])
class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, o):
        print(f"  eq {self.tag} vs {getattr(o, 'tag', o)}")
        return NotImplemented
    __hash__ = object.__hash__
n1, n2 = Noisy("n1"), Noisy("n2")
print(n1 == n2)
print(n1 != n2)
print(n1 == n1)
print([n1] == [n1])
print(n1 in [n2, n1])
print(n1 == 5)
o1, o2 = object(), object()
print(o1 == o2, o1 != o2, o1 == o1, o1.__eq__(o2), o1.__eq__(o1), o1.__ne__(o2), o1.__lt__(o2))
try:
    o1 < o2
except TypeError as e:
    print(type(e).__name__, e)
class NeOnly:
    def __eq__(self, o):
        return "eq-value"
ne = NeOnly()
print(ne != 1, ne.__ne__(1))
class ReturnsNI:
    def __eq__(self, o):
        return NotImplemented
print(ReturnsNI() == ReturnsNI(), ReturnsNI() != ReturnsNI())
r = ReturnsNI()
print(r == r, r != r)
print(None == 0, None is None, 1 == 1.0 == True, "1" == 1, [] == (), () == (), [] == [], {} == {}, set() == frozenset())
a_list = []
print(a_list is a_list, [] is [], a_list is not [])
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return self.x == o.x
    def __hash__(self):
        return hash(self.x)
pts = [Point(1), Point(2)]
print(Point(1) in pts, pts.index(Point(2)), pts.count(Point(1)), Point(3) in pts)
d = {Point(1): "one"}
print(d[Point(1)], Point(1) in d, {Point(1), Point(1)}.__len__())
key = Point(5)
d2 = {key: "five"}
key.x = 6
print(Point(5) in d2, Point(6) in d2, key in d2, len(d2))
class EqRaises:
    def __eq__(self, o):
        raise RuntimeError("eq raised")
    __hash__ = object.__hash__
er = EqRaises()
print(er in [er])
try:
    er in [1]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    [EqRaises()] == [EqRaises()]
except RuntimeError as e:
    print(type(e).__name__, e)
print([1, 2, 3].index(2.0), (1, 2).count(True), [True, 1, 1.0].count(1), "a" in ["a"], b"a" in [b"a"], b"a" == "a")
