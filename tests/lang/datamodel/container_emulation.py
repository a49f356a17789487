# A full user-defined mutable sequence: which builtins and statements call which dunders, and error propagation.
class Vec:
    def __init__(self, items=()):
        self._d = list(items)
    def __len__(self):
        return len(self._d)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(self._d[i])
        return self._d[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._d[i] = list(v)
        else:
            self._d[i] = v
    def __delitem__(self, i):
        del self._d[i]
    def __iter__(self):
        return iter(self._d)
    def __reversed__(self):
        return reversed(self._d)
    def __contains__(self, v):
        return v in self._d
    def __eq__(self, o):
        return isinstance(o, Vec) and self._d == o._d
    __hash__ = None
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self._d + o._d)
    def __iadd__(self, o):
        self._d.extend(o)
        return self
    def __mul__(self, n):
        return Vec(self._d * n)
    __rmul__ = __mul__
    def __repr__(self):
        return f"Vec({self._d})"
    def insert(self, i, v):
        self._d.insert(i, v)
v = Vec([3, 1, 2])
print(len(v), v[0], v[-1], v[1:], v[::-1], list(v), list(reversed(v)), 2 in v, 9 in v)
v[0] = 30
v[1:2] = [10, 11]
del v[-1]
print(v, sorted(v), min(v), max(v), sum(v), any(v), all(v), tuple(v), set(v) == {30, 10, 11})
v += [7]
print(v, v + Vec([0]), v * 2, 2 * v, v == Vec([30, 10, 11, 7]), v != Vec())
try:
    v + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    v[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del v[100]
except IndexError as e:
    print(type(e).__name__, e)
a, b, *rest = v
print(a, b, rest, [*v], {*v} == set(v._d), dict.fromkeys(v, 0) == dict.fromkeys(v._d, 0))
print(list(enumerate(v)), list(zip(v, "abcd")), list(map(str, v)), list(filter(lambda x: x > 10, v)))
print(bool(Vec()), bool(v), "yes" if Vec([0]) else "no", len(Vec()) == 0)
print(", ".join(map(str, v)), sorted(v, reverse=True), list(iter(v)), next(iter(v)))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, val):
        r, c = idx
        self.rows[r][c] = val
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)
try:
    m[0]
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def keys(self):
        return self._d.keys()
cim = Mapping()
cim["Key"] = 1
cim["OTHER"] = 2
print(cim["KEY"], dict(cim), {**cim}, len(cim), list(cim))
try:
    cim["missing"]
except KeyError as e:
    print(type(e).__name__, e)
def kw(**k):
    return k
print(kw(**cim))
