# Emulating containers: __getitem__ with slices, __setitem__, __delitem__, __len__, __missing__ on dict subclasses.
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.size))]
        return self.data.get(self._norm(key), 0)
    def __setitem__(self, key, value):
        self.data[self._norm(key)] = value
    def __delitem__(self, key):
        self.data.pop(self._norm(key), None)
    def __repr__(self):
        return f"SparseList({[self[i] for i in range(self.size)]})"
s = SparseList(5)
s[1] = 10
s[-1] = 40
print(s, s[1], s[-1], s[1:4], s[::-2], len(s), list(s), 40 in s)
del s[1]
print(s)
for bad in [5, -6]:
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
class ReadOnlySeq:
    def __getitem__(self, i):
        return i
try:
    ReadOnlySeq()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnlySeq()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnlySeq())
except TypeError as e:
    print(type(e).__name__, e)
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        r, c = pos
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
m = Matrix()
m[0, 0] = "X"
m[1, 2] = "O"
print(m[0, 0], m[1, 2], m[2, 2], sorted(m.cells))
class Ellip:
    def __getitem__(self, key):
        return key
e = Ellip()
print(e[...], e[1, ...], e[:, 1], e[::], e[1:2, ::3])
class Items:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __delitem__(self, k):
        self.log.append(("del", k))
it = Items()
it[1:3] = "ab"
del it[::2]
it["k"] = None
print(it.log)
class NotSubscriptable:
    pass
try:
    NotSubscriptable()[0]
except TypeError as e:
    print(type(e).__name__, e)
