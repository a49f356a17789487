# enumerate and zip idioms: start offsets, parallel iteration, unzip with zip(*), dict from zip, strict.
fruits = ["apple", "banana", "cherry"]
prices = [1.2, 0.5, 3.0]
for i, f in enumerate(fruits):
    print(i, f)
for n, f in enumerate(fruits, start=1):
    print(f"{n}. {f}")
print(list(enumerate("ab", -2)), list(enumerate([])))
for f, p in zip(fruits, prices):
    print(f"{f:>8}: {p:.2f}")
print(dict(zip(fruits, prices)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(list, zip(*matrix))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", "cd", strict=True)))
for i, (name, price) in enumerate(zip(fruits, prices)):
    print(i, name, price)
seq = [3, 1, 4, 1, 5, 9, 2, 6]
print([b - a for a, b in zip(seq, seq[1:])])
print([i for i, x in enumerate(seq) if x == 1], max(enumerate(seq), key=lambda t: t[1]))
print({v: i for i, v in enumerate("hello")})
e = enumerate("xyz")
print(next(e), next(e), list(e), list(e))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
keys = ["a", "b", "c"]
it = iter(range(100))
print(dict(zip(keys, it)), next(it))
print(type(enumerate([])).__name__, type(zip()).__name__, iter(e) is e)
try:
    enumerate(5)
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    zip([1], 5)
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    enumerate([], start="0")
except TypeError as e2:
    print(type(e2).__name__, e2)
print(list(enumerate(range(3), start=10**20)))
groups = list(zip(*[iter(range(9))] * 3))
print(groups)
total = 0
for idx, (a, b) in enumerate(zip("abc", "xyz"), 1):
    total += idx
    print(idx, a + b, end=" ")
print("|", total)
