# all and any: short-circuiting over generators, truthiness of elements, empty iterables, errors.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, ""]), any([0, "x"]), all("abc"), any(""))
print(all(x > 0 for x in [1, 2, 3]), any(x < 0 for x in [1, 2, 3]), all([[]]), any([[0]]))
consumed = []
def gen(values):
    for v in values:
        consumed.append(v)
        yield v
print(any(gen([0, 0, 1, 0, 1])), consumed)
consumed.clear()
print(all(gen([1, 1, 0, 1])), consumed)
consumed.clear()
it = gen([0, 5, 0, 6])
print(any(it), list(it))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any(None)
except TypeError as e:
    print(type(e).__name__, e)
class Falsy:
    def __bool__(self):
        return False
class Boom:
    def __bool__(self):
        raise ValueError("truth test failed")
print(all([Falsy()]), any([Falsy(), Falsy()]), any([1, Boom()]))
try:
    all([1, Boom()])
except ValueError as e:
    print(type(e).__name__, e)
print(all({0: "k"}), any({0: "k", 1: "k"}), all(range(1, 5)), any(range(0)))
print(type(all([1])).__name__, type(any([5])).__name__, any([5]) is True)
print(all(map(str.isdigit, ["1", "22", "x"])), any(map(str.isdigit, ["a", "22"])))
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))
print(all(()), any(((),)), all([float("nan")]), any([0.0, -0.0, 0j]))
def fails():
    raise RuntimeError("should not be evaluated")
    yield
print(any(x for x in [1] + [] if x) or "short")
print(all(c in "aeiou" for c in "aei"), any(w.startswith("q") for w in "the quick fox".split()))
