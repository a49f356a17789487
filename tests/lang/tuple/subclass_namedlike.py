# Tuple subclasses built by hand (a namedtuple-like class without the collections module).
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))
    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented

p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p[0], p.y, len(p), tuple(p), list(q))
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: "pt"}[(1, 2)])
print(p._replace(y=5), p, isinstance(p, tuple), type(p + q).__name__)
x, y = p
print(x, y, p * 2, type(p * 2).__name__, p[:1], type(p[:1]).__name__)
try:
    p + (3,)
except TypeError as e:
    print(type(e).__name__, e)
print((3, 4) + p)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(0, 9), Point(1, 0)), Point(1, 1) < Point(1, 2))
class Pair(tuple):
    def __new__(cls, *args):
        if len(args) != 2:
            raise TypeError(f"Pair takes 2 values, got {len(args)}")
        return super().__new__(cls, args)
print(Pair(1, 2), type(Pair(1, 2)).__name__)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
class Tagged(tuple):
    pass
t = Tagged([1, 2])
t.tag = "has dict"
print(t, t.tag, repr(t), type(t).__name__)
print(Tagged.__mro__[1].__name__, Point.__mro__[-1].__name__)
print(tuple.__new__(Tagged, "ab"), type(tuple.__new__(Tagged, "ab")).__name__)
print(p.count(1), p.index(2), p.__getnewargs__())
