# tuples: construction, single-element syntax, immutability, methods, comparison, hashing.
print((), tuple(), (1,), 1, (1), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}))
t = 1, "two", 3.0
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1], t * 2, t + (4,), 2 * (0,))
print(t.count(1), (1, 1, 2).count(1), t.index("two"), (1, 2, 1).index(1, 1))
try:
    t.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], hash(()) == hash(tuple()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
mutable_inside = ([1], [2])
mutable_inside[0].append(99)
print(mutable_inside)
try:
    mutable_inside[0] += [100]
except TypeError as e:
    print(type(e).__name__, e)
print(mutable_inside)
a, b, c = t
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print(tuple(x * 2 for x in range(3)), (i for i in ()).__class__.__name__)
print(repr((1,)), repr(()), str((1, "a")), repr(("x",) * 3), ((),), ((),) * 2)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(nested[0]), max(nested))
print(tuple.__name__, isinstance((), tuple), (1, 2).__len__(), (1, 2).__contains__(2))
print(sorted(((2, "b"), (1, "z"), (1, "a"))), min((3, 1), (2, 5)))
s = (1, 2, 3)
s += (4,)
print(s)
print(tuple(tuple(range(i)) for i in range(4)))
print(1 in (1, 2), (1, 2) in [(1, 2)], () == (), (1,) * 0)
