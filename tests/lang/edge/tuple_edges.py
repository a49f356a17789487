# Tuples: singletons, hashing with unhashable members, comparisons, count/index, repetition and immutability.
print((), (1,), 1, (1), tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"k": 1}))
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t[1:-1], t * 2, 2 * t, t + (4,), t * 0, t * -1)
for args in [(9,), (1, 1), (3, 0, 2)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t[4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {2: 3}): 1}
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print(type(e).__name__, e, m)
print((1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") < (1, "b"), () < (0,), (1, 2) == (1, 2.0), (0,) == [0])
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, float("nan")) == (1, float("nan")), max([(2, "a"), (2, "b"), (1, "z")]), sorted([(1, 2), (0, 5), (1, 1)]))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
x, = (5,)
(y,) = [6]
[z] = (7,)
print(x, y, z, len((None,)), bool(()), bool((0,)), bool((None,)))
print(repr((1,)), repr(()), repr(((),)), repr(("a", ("b",))), str((1.0, "s", None)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [v for pair in nested for v in (pair if isinstance(pair[1], int) else (pair[0],))])
print(tuple(i * i for i in range(4)), (*range(2), *"ab"), tuple(reversed((1, 2, 3))), sum((1, 2, 3)))
print((1, 2, 3)[10:], (1, 2, 3)[-10:-1], (1, 2, 3)[::2], (1,) * 3, ((1,) * 3)[1:])
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(type(()).__name__, ().__class__ is tuple, isinstance((), tuple), tuple.__name__, len(((1, 2),)))
print((1, 2).__getitem__(0), (1, 2).__len__(), (1, 2).__contains__(2), (1, 2).__add__((3,)), (1,).__mul__(2))
print((1, 2).__eq__([1, 2]), (1, 2).__lt__(None), divmod(7, 2), type(divmod(7, 2)).__name__)
