# slice objects: attributes, indices(), use with sequences and custom __getitem__, hashing in 3.11.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b"))
print(s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100).indices(7))
print(slice(None, None, -2).indices(6), slice(10, -10, -3).indices(8), slice(-100, 100).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a", "b").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdefgh"[slice(2, 6)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
try:
    hash(slice(1, 2))
    print("slices are hashable")
except TypeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[:], rec[1:2, 3], rec[..., 1:], rec["a":"b":"c"], rec[1], rec[1, 2])
print(type(rec[1:2]).__name__, rec[:].start, rec[::].step)
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Grid:
    def __init__(self):
        self.cells = [[r * 3 + c for c in range(3)] for r in range(3)]
    def __getitem__(self, key):
        rows, cols = key
        return [row[cols] for row in self.cells[rows]]
g = Grid()
print(g[0:2, 1], g[:, ::2], g[::-1, 0])
print(slice(1, 5, 2).indices(3), range(10)[slice(2, 8, 3)])
print(slice(0, 10)  .__reduce__() if False else "no reduce", slice(1, 2, 3).step)
print([data[i:i + 3] for i in range(0, 10, 3)])
