# list.sort and sorted: key, reverse, stability, mixed types, errors, mutation during sort.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
records = [{"name": "x", "age": 30}, {"name": "y", "age": 25}, {"name": "z", "age": 30}]
print([r["name"] for r in sorted(records, key=lambda r: r["age"])])
print([r["name"] for r in sorted(records, key=lambda r: -r["age"])])
stable = sorted(range(10), key=lambda n: n % 3)
print(stable)
print(sorted(range(10), key=lambda n: n % 3, reverse=True))
print(sorted([3, 1.5, True, -2, 0.0]), sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
for bad in [[1, "a"], [None, 1], [1j, 2j], [[1], (1,)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def evil(x):
    lst.append(x)
    return x
try:
    lst.sort(key=evil)
except ValueError as e:
    print(type(e).__name__, e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
print(sorted([], key=len), sorted([5], reverse=True), sorted(x for x in "cab"))
inf, nan = float("inf"), float("nan")
print(sorted([2, inf, -inf, 0]))
e = [2, 1]
print(e.sort(), e, sorted(e) is e)
print(sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
