# Container emulation: __getitem__/__setitem__/__delitem__ with slices and negative indices, __contains__, __iter__.
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [fill] * (rows * cols)
    def _index(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (row, col) pairs, not {type(key).__name__}")
        r, c = key
        if r < 0:
            r += self.rows
        if c < 0:
            c += self.cols
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} outside {self.rows}x{self.cols} grid")
        return r * self.cols + c
    def __getitem__(self, key):
        if isinstance(key, int):
            if not -self.rows <= key < self.rows:
                raise IndexError("row index out of range")
            r = key % self.rows
            return self.cells[r * self.cols:(r + 1) * self.cols]
        return self.cells[self._index(key)]
    def __setitem__(self, key, value):
        self.cells[self._index(key)] = value
    def __delitem__(self, key):
        self.cells[self._index(key)] = 0
    def __contains__(self, value):
        return value in self.cells
    def __iter__(self):
        for r in range(self.rows):
            yield self[r]
    def __len__(self):
        return self.rows
    def __repr__(self):
        return "\n".join(" ".join(f"{v:>2}" for v in row) for row in self)
g = Grid(3, 4)
g[0, 0] = 1
g[1, -1] = 7
g[-1, -1] = 9
print(g)
print(g[1], g[-1], g[2, 3], 7 in g, 8 in g, len(g), list(map(sum, g)))
del g[1, 3]
print(g[1], [row[0] for row in g])
for bad in (lambda: g[3, 0], lambda: g["a"], lambda: g[5], lambda: g.__setitem__((0, 9), 1), lambda: g[0, 0, 0]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Sparse:
    def __init__(self, default=0):
        self.data = {}
        self.default = default
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(max(self.data, default=-1) + 1)
            return [self[k] for k in range(start, stop, step)]
        return self.data.get(i, self.default)
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            start, stop, step = i.indices(i.stop if i.stop is not None else len(v))
            for k, val in zip(range(start, stop, step), v):
                self[k] = val
        elif v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __len__(self):
        return len(self.data)
s = Sparse()
s[1000] = 5
s[3] = 1
s[3] = 0
s[0:6:2] = [7, 8, 9]
print(len(s), s[1000], s[999], s[0:5], s[::500], sorted(s.data.items()))
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(i.start or 0, i.stop, i.step or 1)]
        return self.items[i % len(self.items)]
    def __len__(self):
        return len(self.items)
r = Ring("abc")
print(r[0], r[4], r[-1], r[100], r[1:8], r[0:10:4], "".join(r[k] for k in range(7)))
print("b" in r, hasattr(r, "__iter__"), next(iter(r)), [x for _, x in zip(range(5), r)])
class Counted(dict):
    def __missing__(self, key):
        return 0
    def __add__(self, other):
        out = Counted(self)
        for k, v in other.items():
            out[k] += v
        return out
    def most_common(self):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
c1 = Counted(a=1, b=2)
c2 = Counted(b=5, c=1)
print(c1 + c2, (c1 + c2).most_common(), c1["zz"], "zz" in c1, len(c1 + c2))
class ReadOnly:
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        raise TypeError(f"{type(self).__name__} does not support item assignment")
    def keys(self):
        return self._d.keys()
ro = ReadOnly({"x": 1, "y": 2})
print(ro["x"], dict(ro), {**ro}, sorted(ro.keys()))
try:
    ro["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    ro["zz"]
except KeyError as e:
    print(type(e).__name__, e)
