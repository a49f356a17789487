# sets: construction, membership, add/discard/remove/pop/clear, repr (printed sorted where order matters).
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s, type(s).__name__)
print(set(), sorted(set("hello")), sorted(set([1, 1, 2])), set(range(0)), sorted({x % 3 for x in range(10)}))
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(4)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {"only"}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s, repr(set()), repr(frozenset()), {1}, {"a"}, frozenset({5}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add([])
except TypeError as e:
    print(type(e).__name__, e)
print([] in {1} if False else "skip", {1, 2} == {2, 1}, {1} != {1.0}, {1, True, 1.0} == {1})
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 2]) == frozenset([1, 2]), {frozenset({1}): "frozen key"}[frozenset([1])])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset() in nested)
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(sorted(c), sorted(d), c is d)
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({None, 0} - {0}, key=str))
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), sum(big), min(big), max(big))
print({1, 2, 3}.__len__(), {1}.__contains__(1), set.__name__, sorted(dir(set()))[-5:])
u = {"b", "a", "c"}
print(sorted(u), "".join(sorted(u)), sorted(u, reverse=True))
print({1: 2}.keys() == {1}, {1} == {1: 2}.keys())
print(bool(set()), bool({0}), len({None}))
