# set algebra: operators and methods, with other iterables, in-place forms, comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], (2,))))
print(sorted(a.symmetric_difference("ab" if False else [4, 6])), sorted(a.union()), sorted(a.intersection()))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, {3, 4} <= b, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([]), set() <= set(), set() < {1})
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(sorted(c))
c.update([30], "x")
c.intersection_update({10, 20, 30, "x", 99})
c.difference_update([10])
c.symmetric_difference_update({"x", 40})
print(sorted(c, key=str))
try:
    c |= [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, type(f & a).__name__, type(a - f).__name__)
print(sorted(f.union([3])), type(f.union([3])).__name__, hash(f) == hash(frozenset([2, 1])))
g = f
g |= {9}
print(sorted(g), sorted(f), g is f)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted({1, 2} | {2.0, 3}), {1, 2} == {1.0, 2.0}, sorted({"a", "b"} & {"b", "c"}))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes), len(evens | threes), sorted(evens ^ threes)[:5])
print(set.union({1}, {2}), set.__or__({1}, [2]), set.__or__({1}, {2}))
print(sorted(set("abc") - set("b")), sorted(frozenset("xy") | set("z")))
print(max({3, 9, 1}), min(frozenset({3, 9, 1})), sum({1, 2, 3}))
