# Unpacking in for-loop targets, function calls, return statements and nested structures.
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in records:
    print(name, age, city)
for i, (a, *rest) in enumerate(["xyz", "pq"]):
    print(i, a, rest)
for (k, v) in {"a": 1}.items():
    print(k, v)
for *head, last in [(1, 2, 3), (4,)]:
    print(head, last)
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean)
def split_first(seq):
    first, *rest = seq
    return first, rest
print(split_first("hello"), split_first([1]))
def collect(*args):
    return args
print(collect(*[1, 2], *"ab"))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
nums, letters = zip(*[(1, "a"), (2, "b")])
print(nums, letters)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b = 7
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
p, q, r = Seq()
print(p, q, r)
class Iter:
    def __iter__(self):
        yield "one"
        yield "two"
s, t = Iter()
print(s, t)
def returns_tuple():
    return 1, (2, 3)
u, (v, w) = returns_tuple()
print(u, v, w)
data = {"point": (1, 2), "size": [3, 4]}
(px, py), (sx, sy) = data["point"], data["size"]
print(px + sx, py + sy)
for x, y in zip(range(3), "abc"):
    print(x, y, end="; ")
print()
matrix = [[1, 2], [3, 4]]
for (a, b), (c, d) in [matrix]:
    print(a * d - b * c)
