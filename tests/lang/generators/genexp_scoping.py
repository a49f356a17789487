# Generator expressions: first iterable evaluated eagerly, others lazily; late binding; closures.
def source(label, values):
    print("  evaluating iterable", label)
    return values
g = (x for x in source("first", [1, 2]))
print("generator created")
print(list(g))
g2 = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("nested generator created")
print(list(g2))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("first iterable error is immediate:", e)
lazy_error = (x for x in [1] for y in 5)
print("inner iterable error is deferred")
try:
    list(lazy_error)
except TypeError as e:
    print("deferred:", e)
n = 10
late = (x + n for x in range(3))
n = 100
print(list(late))
class C:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    try:
        factor = 3
        scaled = list(v * factor for v in values)
    except NameError as e:
        scaled = f"NameError: {e}"
print(C.doubled, C.scaled)
x = "outer x"
gen = (x for x in "ab")
print(list(gen), x)
print(sum(i for i in range(5)), list((i, j) for i in range(2) for j in range(2)))
print(list(x for x in range(10) if x % 2 if x % 3))
print(tuple(c.upper() for c in "hi"), set(len(w) for w in ["a", "bb", "cc"]) == {1, 2})
def make_gens():
    return [(lambda: (i for _ in range(1)))() for i in range(3)]
print([list(g) for g in make_gens()])
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
it = iter([1, 2, 3, 4])
pairs = list((a, next(it)) for a in it)
print(pairs)
print(list((yield_free := v) for v in [5]), yield_free if "yield_free" in dir() else "walrus leaks to the enclosing scope")
