# Unpacking idioms: swaps, starred targets, nested patterns, *args/**kwargs forwarding, and error messages.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v, p, q, r)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
print(*[1, 2], *"ab", *range(2), sep="|")
print([*range(3), *"xy"], (*[1], 2), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **dict(c=3)})
def f(a, b, c=0, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(*[1, 2, 3, 4, 5], d=6, z=7, **{"y": 8}))
args = (10, 20)
kwargs = {"d": 1, "e": 2}
print(f(*args, **kwargs), f(*args, 30, *args, **kwargs, w=0))
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(1, 2, d=3))
for bad in ("a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2]"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in (lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, d=1, a=5), lambda: f(*5), lambda: f(**[1]),
             lambda: f(1, 2, **{"d": 1}, **{"d": 2}), lambda: f(1, 2, d=1, **{1: 2})):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
data = [("ann", 30, "NY"), ("bob", 25, "LA")]
for name, *_ in data:
    print(name, end=" ")
print()
for name, age, _ in data:
    print(f"{name}:{age}", end=" ")
print()
pairs = {(1, 2): "a", (3, 4): "b"}
print([x + y for (x, y) in pairs])
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
s1, s2, s3 = "xyz"
d1, d2 = {"k1": 1, "k2": 2}
print(s1, s3, d1, d2)
first, second, *others = sorted({5, 3, 9, 1})
print(first, second, others)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
a = b = 0
a += 1
print(a, b)
def multi():
    return 1, [2, 3], {"k": 4}
one, (two, three), four = multi()[0], multi()[1], multi()[2]
print(one, two, three, four)
print((lambda *a, **k: (a, k))(1, *[2], x=3, **{"y": 4}))
