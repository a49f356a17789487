# Sorting: stability, key and reverse semantics, key errors, comparison errors, sorted() on iterators.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[0]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(records, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted("cba"), sorted({3: 1, 1: 2}), sorted(x for x in (2, 1)))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1, 2], key=None), sorted([], reverse=True), sorted([], key=lambda x: x.nope))
try:
    sorted([1, 2], key=lambda x: x.nope)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], reverse=0), sorted([1, 2], reverse=5))
try:
    sorted([1, 2], reverse="x")
    print("reverse str accepted")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3.5, 1, True, -2, 0.0]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: -x), min([3, 1, 2], key=lambda x: -x), max("ab", "ba", key=lambda s: s[1]))

class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(0, "e")]
print(sorted(items), sorted(items, reverse=True))
print(max(items), min(items))
class OnlyGt:
    def __init__(self, k):
        self.k = k
    def __gt__(self, other):
        return self.k > other.k
print([o.k for o in sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)])])
calls = []
def key(x):
    calls.append(x)
    return x
sorted([3, 1, 2], key=key)
print(calls)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:5], sorted(big)[-3:], sorted(big) == sorted(big, key=lambda v: v), len(set(big)))
data = list(range(20))
data.sort(key=lambda v: v % 3)
print(data)
data.sort(key=lambda v: v % 3, reverse=True)
print(data)
print(sorted("hello world", key=lambda c: (c == " ", c)))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted(range(5), key=lambda v: (v % 2, -v)))
