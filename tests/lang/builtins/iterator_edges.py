# iterator builtins: errors raised inside the iterables or functions, laziness, subclasses with __init__
def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError(i)
        yield i

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('map-err', lambda: list(map(lambda x: 10 // x, [5, 2, 0, 1])))
attempt('map-gen', lambda: list(map(str, gen(5, 3))))
attempt('filter-err', lambda: list(filter(lambda x: 1 / x, [1, 0])))
attempt('filter-gen', lambda: list(filter(None, gen(4, 2))))
attempt('enum-gen', lambda: list(enumerate(gen(3, 1))))
attempt('zip-gen', lambda: list(zip(gen(3), gen(3, 2))))
attempt('zip-strict-gen', lambda: list(zip([1, 2, 3], gen(5, 3), strict=True)))
attempt('zip-strict-late', lambda: list(zip([1], gen(5, 1), strict=True)))
attempt('max-key-err', lambda: max([1, 0, 2], key=lambda x: 1 / x))
attempt('min-cmp-err', lambda: min([1, None]))
attempt('sum-err', lambda: sum([1, 2, None]))
attempt('sum-gen', lambda: sum(gen(5, 4)))
attempt('sorted-key-err', lambda: sorted([1, 0], key=lambda x: 1 / x))
attempt('any-gen', lambda: any(gen(5, 3)))
attempt('all-gen', lambda: all(gen(5, 3)))
attempt('any-short', lambda: any(x > 1 for x in gen(10, 5)))
attempt('iter-call-err', lambda: list(iter(lambda: 1 / 0, 1)))
attempt('reversed-len-err', lambda: reversed(type('L', (), {'__len__': lambda s: -1, '__getitem__': lambda s, i: i})()))
# laziness: nothing is consumed until asked
seen = []
def noisy(x):
    seen.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(seen, next(m), seen, list(m), seen)
z = zip(iter([1, 2, 3]), iter('ab'))
print(list(z), list(z))
e = enumerate('xyz')
print(next(e), list(e), list(e))
f = filter(None, [0, 4, 0, 5])
print(next(f), next(f), next(f, 'done'))
# iterators of iterators
it = iter(range(6))
print(list(zip(it, it)))
print(list(enumerate(enumerate('ab'), 1)))
print(list(map(lambda *a: a, range(3), 'abcd', enumerate('pq'))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
# subclasses with __init__ and extra attributes
class Counted(enumerate):
    def __init__(self, it, start=0):
        self.label = 'counted from %d' % start
class Pairs(zip):
    def __new__(cls, *its):
        self = super().__new__(cls, *its, strict=True)
        self.n = len(its)
        return self
c = Counted('ab', 3)
print(c.label, list(c), type(c).__name__, isinstance(c, enumerate))
p = Pairs([1, 2], [3, 4])
print(p.n, list(p))
try:
    list(Pairs([1], [2, 3]))
except ValueError as e:
    print(type(e).__name__, e)
class Rev(reversed):
    pass
r = Rev('abc')
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
print(type(reversed(range(3))).__name__, list(reversed(range(3))))
# range iteration near the machine-word limits
big = 2 ** 63
print(list(range(big - 2, big + 2)), list(range(-big + 1, -big - 3, -1)))
print(list(range(big - 3, big, 2)), list(reversed(range(-big, -big + 5, 2))))
print(len(range(-big, big - 1)) if False else range(-big, big - 1)[-1], range(0, big * 4, big)[3])
# __length_hint__, __reduce__ and __setstate__ of the sequence iterators
class S:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
class SL(S):
    def __len__(self):
        return 3
for it in (iter([1, 2, 3]), iter((1, 2, 3)), iter(S()), iter(SL()), iter(range(4)), iter(range(2 ** 70, 2 ** 70 + 3))):
    r = it.__reduce__()
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), r[0].__name__, type(r[1][0]).__name__, end=' ')
    it.__setstate__(10)
    print(it.__length_hint__(), end=' ')
    it.__setstate__(-3)
    print(it.__length_hint__(), list(it), it.__length_hint__(), it.__setstate__(0))
for it in (iter([1]), iter((1,)), iter(S())):
    list(it)
    print(it.__reduce__())
print(iter(range(2, 10, 3)).__reduce__(), reversed(range(5)).__reduce__(), enumerate('a', 4).__reduce__()[1][1])
print(iter(abs, 1).__reduce__(), zip('a', strict=True).__reduce__()[2], map(abs, []).__reduce__()[1][0])
# keywords refused by map/filter/reversed unless a subclass defines __init__
class Mk(map):
    pass
class Mk2(map):
    def __init__(self, *a, **k):
        self.k = k
class Rk(reversed):
    def __init__(self, seq, **k):
        self.k = k
for f in (lambda: Mk(abs, [1], x=1), lambda: list(Mk2(abs, [-1], x=1)), lambda: list(Rk([1, 2], y=2)), lambda: reversed([1], x=1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
