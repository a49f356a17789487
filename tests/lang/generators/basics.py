# Generator basics: lazy execution, state between yields, exhaustion, iteration protocol, reuse.
def counter(limit):
    print("  start")
    n = 0
    while n < limit:
        print("  yielding", n)
        yield n
        n += 1
    print("  finished")
g = counter(3)
print(type(g).__name__, iter(g) is g)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, "abcdef"))
def with_return():
    yield 1
    return "ret value"
    yield 2
print(list(with_return()))
def empty():
    return
    yield
print(list(empty()))
def yield_none():
    yield
    x = yield
    print("  received", x)
print(list(yield_none()))
def multi_yield_expr():
    yield 1, 2
    yield [3, 4]
    yield from ()
print(list(multi_yield_expr()))
gens = [counter(1) for _ in range(2)]
print("two independent generators:", next(gens[0]), next(gens[1]))
def gen_in_loop():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(gen_in_loop()))
print(sum(x * x for x in range(10)), max(c for c in "hello"), sorted(x % 3 for x in range(7)))
g2 = (x for x in [1, 2])
print(type(g2).__name__, g2.__name__, next(g2), list(g2))
print(g.__name__, g.__qualname__, counter.__name__)
