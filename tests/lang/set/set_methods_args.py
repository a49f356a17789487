# Set methods accept any iterables (operators need sets); method argument errors and return types.
s = {1, 2, 3}
print(sorted(s.union([4], (5,), [6])), sorted(s.intersection(range(2, 10))), sorted(s.difference({1}, [2])))
print(sorted(s.symmetric_difference(range(3))), s.issubset(range(5)), s.issuperset((1,)), s.isdisjoint("abc"))
t = set()
t.update(range(3), [5], {7: None})
print(sorted(t))
t.intersection_update(range(6), [0, 1, 2, 5, 9])
print(sorted(t))
t.difference_update([0], (1,))
print(sorted(t))
t.symmetric_difference_update([5, 6])
print(sorted(t))
for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "isdisjoint"]:
    try:
        getattr(s, name)(5)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    s.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
for op in ["s | [1]", "s & (1,)", "s - 'a'", "s ^ range(2)", "s <= [1]"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", e)
print(type(s.union()).__name__, s.union() is not s, sorted(s.copy()))
f = frozenset([1, 2])
print(type(f.union([3])).__name__, type(f.intersection(s)).__name__, type(s.union(f)).__name__)
print(sorted(set().union(*[[1, 2], [2, 3], [3, 4]])), set().intersection(*[]) == set())
groups = [{1, 2, 3}, {2, 3, 4}, {3, 4, 5}]
print(sorted(set.intersection(*groups)), sorted(set.union(*groups)))
print(s.add(9), s.discard(9), s.update(), s.clear(), s)
