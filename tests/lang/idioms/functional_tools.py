# Functional idioms without imports: map/filter/reduce by hand, compose, partial, currying, pipelines, key funcs.
def reduce(fn, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc, = initial
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2], 0))
print(reduce(lambda acc, w: acc + [len(w)], ["ab", "cde"], []), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def partial(fn, *args, **kwargs):
    def bound(*more, **more_kw):
        return fn(*args, *more, **{**kwargs, **more_kw})
    bound.func, bound.args, bound.keywords = fn, args, kwargs
    return bound
int2 = partial(int, base=2)
print(int2("1010"), int2("777", base=8), partial(max, 5)(3, 9), partial(sorted, reverse=True)([2, 3, 1]))
print(int2.func is int, int2.args, int2.keywords)
def curry(fn, arity):
    def step(*collected):
        if len(collected) >= arity:
            return fn(*collected)
        return lambda *more: step(*collected, *more)
    return step
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
nums = range(1, 21)
pipeline = [lambda xs: filter(lambda n: n % 3 == 0, xs), lambda xs: map(lambda n: n * n, xs), sum]
print(reduce(lambda acc, f: f(acc), pipeline, nums))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(str.isdigit, "a1b2c3")))
print(list(map(len, ["", "ab", "abc"])), list(filter(None, [0, 1, [], [0], "", "x"])), list(map(int, "123")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
students = [("ann", "B", 88), ("bob", "A", 95), ("cy", "B", 72), ("di", "A", 95)]
by_grade_then_score = sorted(students, key=lambda s: (s[1], -s[2], s[0]))
print([s[0] for s in by_grade_then_score])
def itemgetter(*idx):
    return (lambda obj: obj[idx[0]]) if len(idx) == 1 else (lambda obj: tuple(obj[i] for i in idx))
def attrgetter(name):
    return lambda obj: getattr(obj, name)
print(sorted(students, key=itemgetter(2)), list(map(itemgetter(0, 2), students))[:2])
print(sorted([3 + 1j, 1 + 2j, 2 + 0j], key=attrgetter("real")), list(map(attrgetter("real"), [1, 2.5, 3j])))
def memo(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return inner
@memo
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(200, (1, 2, 5, 10, 20, 50, 100, 200)))
flatten = lambda xss: [x for xs in xss for x in xs]
print(flatten([[1, 2], [3], []]), list(zip(*[[1, 2, 3], [4, 5, 6]])), any(map(str.isupper, "abC")))
apply_n = lambda f, n: lambda x: reduce(lambda acc, _: f(acc), range(n), x)
print(apply_n(double, 10)(1), apply_n(inc, 0)(5), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, y=2, *, z=3: x + y + z)(1), (lambda: (yield))().__class__.__name__, callable(lambda: 0))
