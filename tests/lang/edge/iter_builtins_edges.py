# zip/map/filter/enumerate/reversed edges: strict zip errors, uneven lengths, start values, laziness and exhaustion.
print(list(zip()), list(zip([1])), list(zip("ab", [1, 2, 3])), list(zip(*[])), list(zip(range(3), range(3, 6), "xyz")))
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "c"), ("a", "bc"), ("ab", "cd", "e"), ([], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2], [3])
print(list(z), list(z))
print(list(enumerate("ab", 5)), list(enumerate([], 1)), list(enumerate("x", -2)), list(enumerate("ab", start=10 ** 20)))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "cde")), list(map(str.upper, "ab")))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v > 1, range(4))))
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def trace(v):
    calls.append(v)
    return v * 2
m = map(trace, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
e = enumerate(iter("abc"))
next(e)
print(list(e))
print(list(reversed("abc")), list(reversed([])), list(reversed(range(0, 10, 4))), list(reversed((1,))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3), sum([], start=5), sum((x for x in []), 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(min([3, 1, 2]), min(3, 1, 2), min([], default="empty"), max("abc", key=ord), min([[2], [1, 1]]), max([1], default=0))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0), lambda: min([1, "a"])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(1, 2, key=lambda v: -v), min("b", "a", "c", key=str.upper), max([(1, "b"), (1, "a")]), max(iter([5, 9, 2])))
print(all([]), any([]), all([0, 1]), any(iter([0, 0, 3])), all(x > 0 for x in [1, 2]), any(x for x in ()))
print(list(iter([1, 2].__iter__())), sorted(iter({3, 1, 2})), tuple(zip(*zip("ab", "cd"))))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
print(dict(enumerate("ab")), dict(zip("ab", range(2))), list(map(None.__class__, [])) if False else [])
print(len(list(zip(range(10 ** 9), "ab"))), next(iter(range(10 ** 20))), list(zip(*["abc", "de"])))
