# Comprehension scopes: loop variables do not leak, first iterable evaluated outside, class-body visibility.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
print([y for y in range(2)], "y" in dir())
gen = (i * 2 for i in range(3))
print(list(gen), list(gen))
n = 10
print([n + i for i in range(3)], {i: n for i in range(2)}, {n - i for i in range(2)})
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([i for i in range(10) if i % 2 if i % 3])
print([a for a, *b in [(1, 2, 3), (4,)]], [b for a, *b in [(1, 2, 3), (4,)]])

class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    factor = 10
    try:
        scaled = [v * factor for v in items]
    except NameError as e:
        scaled = type(e).__name__ + ": " + str(e)
    first_only = [factor for _ in range(1)] if False else None
print(C.doubled, C.scaled)

class D:
    k = 5
    ok = [j for j in range(k)]
print(D.ok)

def outer():
    v = 1
    funcs = [lambda: v + i for i in range(3)]
    v = 100
    return [f() for f in funcs]
print(outer())
def outer2():
    return [(lambda i=i: i)() for i in range(3)]
print(outer2())

try:
    print([z for z in range(3) if undefined_name])
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 for q in undefined_iterable]
except NameError as e:
    print(type(e).__name__, e)

counter = 0
def src():
    global counter
    counter += 1
    return range(3)
r = [i for i in src() for j in src()]
print(len(r), counter)

def gen_first_iter():
    try:
        g = (a for a in 1)
    except TypeError as e:
        return type(e).__name__ + " " + str(e)
    return "lazy"
print(gen_first_iter())
g = (a / 0 for a in [1])
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

m = {k: v for k, v in zip("abc", range(3)) if v}
print(m)
nested = {i: {j: i * j for j in range(i)} for i in range(3)}
print(nested)
s = sorted({c.upper() for c in "hello"})
print(s)
print([(yield_ := i) for i in range(2)], yield_)
total = sum(x * x for x in range(5))
print(total, max((len(w), w) for w in ["aa", "b", "ccc"]))
print(list(zip(*[(1, 2), (3, 4)])), [list(t) for t in zip(*[[1, 2, 3]] * 1)])
def uses_closure():
    base = 3
    return [[base * r + c for c in range(2)] for r in range(2)]
print(uses_closure())
