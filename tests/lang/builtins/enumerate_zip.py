# enumerate (with start) and zip (shortest, strict=True errors), as lazy iterators.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([])))
e = enumerate(["x", "y"], 10**20)
print(next(e), next(e), next(e, "done"), type(e).__name__)
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate("a", "b")
except TypeError as ex:
    print(type(ex).__name__, ex)
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), list(zip("", "xyz")))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    list(zip("a", "a", "ab", strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
pulled = []
def source(name, n):
    for i in range(n):
        pulled.append((name, i))
        yield i
print(list(zip(source("a", 3), source("b", 1))), pulled)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
try:
    zip(1, [2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    zip([1], foo=True)
except TypeError as ex:
    print(type(ex).__name__, ex)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
for i, (a, b) in enumerate(zip("xy", "XY"), 1):
    print(i, a, b)
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
print(list(enumerate(zip("ab", "cd"))))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
