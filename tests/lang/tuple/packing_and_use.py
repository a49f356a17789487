# Tuples in practice: packing/unpacking, as dict keys, sorting records, immutability vs contained mutables.
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([5, 1, 9])
print(lo, hi)
records = [("bob", 25, "sf"), ("ann", 30, "nyc"), ("cy", 25, "la")]
print(sorted(records), sorted(records, key=lambda r: (r[1], r[0])), max(records, key=lambda r: r[1]))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[0, 0], grid[(1, 2)], (2, 2) in grid)
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
t = (1, [2, 3], "s")
t[1].append(4)
print(t)
try:
    t[1] = []
except TypeError as e:
    print(type(e).__name__, e)
print(t.count(1), t.index("s"), len(t), t[-1], t[:2])
single = ("only",)
not_tuple = ("only")
print(type(single).__name__, type(not_tuple).__name__, len(single))
empty = ()
print(empty, len(empty), bool(empty), empty == tuple())
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], tuple(zip(*nested)))
swap = (1, 2)
swap = swap[::-1]
print(swap)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), tuple(map(str, (1, 2))))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2, 3))
print(hash((1, "a", (2, 3))) == hash((1, "a", (2, 3))))
a, *rest = (1, 2, 3)
print(a, rest, type(rest).__name__)
