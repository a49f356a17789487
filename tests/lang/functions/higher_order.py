# Higher-order functions: functions as values, returning functions, partial application by hand.
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def partial(fn, *bound, **bound_kw):
    def wrapper(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    wrapper.__name__ = "partial_" + fn.__name__
    return wrapper
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), two_to(10, mod=1000), square.__name__)
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
def reduce(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
funcs = {"len": len, "sum": sum, "max": max, "sorted": sorted}
print({name: f([3, 1, 2]) for name, f in funcs.items()})
print(list(map(lambda f: f(-3.7), [abs, round, int, float, str])))
def counter_factory():
    counts = {}
    def record(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return record
rec = counter_factory()
for w in "a b a c b a".split():
    rec(w)
print(rec("z"))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(divmod)(3, 20), flip(lambda a, b: a - b)(1, 10))
def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
init = once(lambda x: f"initialized with {x}")
print(init(1), init(2))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=lambda p: p[1]), min([4, -5, 3], key=abs))
compose_all = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
print(compose_all(lambda x: x + 1, lambda x: x * 10, str)(4))
