# frozenset: hashable, usable as keys and elements; set of sets; equality and hashing semantics.
f1 = frozenset([1, 2, 3])
f2 = frozenset((3, 2, 1))
print(f1 == f2, hash(f1) == hash(f2), f1 is not f2 or True, len({f1, f2}))
graph = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(graph[frozenset("ba")], frozenset({"c", "b"}) in graph)
print(frozenset(), frozenset([]) == frozenset(), hash(frozenset()) == hash(frozenset(set())))
print(sorted(sorted(x) for x in {frozenset({1}), frozenset({1, 2}), frozenset({1})}))
s = {1, 2}
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset({1, 2}) in {frozenset([1, 2])}, {1, 2} in {frozenset([1, 2])})
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs, fs.copy() is fs, type(fs.copy()).__name__)
class MyFrozen(frozenset):
    pass
m = MyFrozen([1, 2])
print(sorted(m), type(m).__name__, type(m | {3}).__name__, type(m.copy()).__name__, m == f1 - {3})
print(hash(m) == hash(frozenset([1, 2])))
class MySet(set):
    def add(self, item):
        super().add(str(item))
ms = MySet()
ms.add(1)
ms.update([2])
print(sorted(ms, key=str), type(ms | {3}).__name__)
subsets = set()
items = [1, 2, 3]
for mask in range(8):
    subsets.add(frozenset(x for i, x in enumerate(items) if mask >> i & 1))
print(len(subsets), sorted(len(x) for x in subsets))
print(sorted(sorted(x) for x in subsets if 2 in x))
print(frozenset([1, 2]) | frozenset([3]) == frozenset([1, 2, 3]))
print(repr(frozenset([1])), str(frozenset()), type(frozenset([1, 2]) - {1}).__name__)
print({frozenset(): "empty"}[frozenset([])])
print(frozenset.__name__, issubclass(frozenset, set), isinstance(frozenset(), (set, frozenset)))
