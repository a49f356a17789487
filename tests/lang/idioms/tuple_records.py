# Tuples as records: multiple return values, tuple subclasses with named properties, sorting and comparison.
def min_max_avg(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg, min_max_avg([7]))
result = min_max_avg([1, 2])
print(result, type(result).__name__, result[0], result[-1], len(result))
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **changes):
        values = dict(zip(self._fields, self))
        for k in changes:
            if k not in values:
                raise ValueError(f"Got unexpected field names: {[k]!r}")
        values.update(changes)
        return type(self)(**values)
    def _asdict(self):
        return dict(zip(self._fields, self))
p = Point(3, 4)
print(p, p.x, p.y, p[0], tuple(p), p == (3, 4), isinstance(p, tuple), len(p), hash(p) == hash((3, 4)))
x, y = p
print(x + y, p._replace(y=10), p._asdict(), p + (5,), p * 2, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
for bad in (lambda: p._replace(z=1), lambda: setattr(p, "x", 5), lambda: p.__setitem__(0, 1), lambda: Point(1)):
    try:
        bad()
    except (ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("di", 25, 5.2)]
print(sorted(people), sorted(people, key=lambda t: (t[1], -t[2])))
print([name for name, age, _ in people if age > 30], max(people, key=lambda t: t[2])[0])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") < (1, "b"), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
single = (1,)
not_tuple = (1)
empty = ()
print(type(single).__name__, type(not_tuple).__name__, len(empty), tuple("abc"), tuple(range(3)), tuple({1: 2}))
print((1, 2, 3).index(2), (1, 2, 2).count(2), (3, 1, 2)[::-1], (1,) * 3, (1, 2) + (3,), 2 in (1, 2))
def swap_pairs(pairs):
    return [(b, a) for a, b in pairs]
print(swap_pairs([(1, "a"), (2, "b")]), dict(swap_pairs({"x": 1}.items())))
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[0, 0], coords.get((1, 0)), (0, 0) in coords, sorted(coords))
def stats(*nums):
    n = len(nums)
    return n, (sum(nums) / n if n else None)
count, mean = stats(1, 2, 3, 4)
print(count, mean, stats())
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e, nested[1][1][0])
