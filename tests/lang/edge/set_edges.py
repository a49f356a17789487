# set/frozenset corners: result types of mixed operations, multi-argument methods, comparisons, errors.
a = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(a | f), type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__)
print(sorted(a.union([5], (6,), "7"), key=str), a.intersection([1, 2], {2}), a.difference([1], [2]), a.symmetric_difference([3, 9]))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.union(5)
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
s.update([3], {4}, range(5, 7))
s.intersection_update([1, 2, 3, 4, 5], {2, 3, 4, 5, 6})
s.difference_update({5}, [4])
s.symmetric_difference_update({3, 10})
print(s)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} > set(), {1, 2} == frozenset({1, 2}), {1} != {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(range(2)), {1}.isdisjoint("ab"), set().issubset(set()))
print({1, 2} < {3}, {3} < {1, 2}, {1, 2} > {3}, sorted([{3}, {1, 2}, {1}], key=len))
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add({2})
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1})}, frozenset({1}) in {frozenset({1})}, {1} in [{1}], set([1]) in {frozenset([1])})
try:
    {1} in {frozenset([1])}
    print("set auto-converts for lookup")
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
s.discard(5)
s.discard({1})
print(s, {1, True, 1.0}, {0, False, -0.0}, len({1, 1.0, True, "1"}))
print(set(), frozenset(), set("aab") == {"a", "b"}, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset([1, 2]) == frozenset([2, 1]))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
x = frozenset({1})
print(x.copy() is x, type(x.copy()).__name__, set(x) is x, x | set() == x)
s = set(range(5))
s -= {0}
s &= {1, 2, 3, 9}
s ^= {3, 4}
s |= {7}
print(s, sorted(s), min(s), max(s), sum(s), len(s))
class SubSet(set):
    pass
print(type(SubSet([1]) | {2}).__name__, type({2} | SubSet([1])).__name__, type(SubSet([1]).copy()).__name__)
print(sorted({-1, 3, -2} | {0}), sorted({1.5, 1, 2}), {None} | {None}, len({(), (), (1,)}))
nan = float("nan")
print(len({nan, nan}), len({float("nan"), float("nan")}))
print(sorted(set("mississippi")), sorted(frozenset("abc") - set("b")), set(range(3)) == set([0, 1, 2]))
print({1, 2, 3}.pop() in {1, 2, 3}, sorted({1, 2} ^ frozenset({2, 3})), repr(frozenset({5})), repr({5}))
