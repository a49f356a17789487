# iter()/next() idioms: sentinel form, default values, custom iterators and iterables, exhaustion, StopIteration.
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
print(next(it), next(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args, e.value)
lines = iter(["header", "a", "b", "", "ignored"])
print(next(lines), list(iter(lambda: next(lines), "")), list(lines))
counter = 0
def tick():
    global counter
    counter += 1
    return counter
print(list(iter(tick, 5)), counter)
stream = iter(range(20))
print([chunk for chunk in iter(lambda: [next(stream, None) for _ in range(6)], [None] * 6)])
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = Countdown(3)
print(list(cd), list(cd), iter(cd) is cd)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, 5 in r, sorted(r, reverse=True))
class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("end")
        return i * i
print(list(OldStyle()), 9 in OldStyle(), list(iter(OldStyle())), [x for x in OldStyle()])
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
def first(iterable, default=None):
    return next(iter(iterable), default)
print(first([7, 8]), first([]), first("xyz"), first({}, "empty"), first(x for x in range(10) if x > 5))
words = iter("alpha beta gamma delta".split())
pairs = list(zip(words, words))
print(pairs)
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skipping", next(it))
    else:
        print("seen", x)
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
print(next(g, "again"))
def bad_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
dict_it = iter({"a": 1, "b": 2})
print(next(dict_it), type(dict_it).__name__, type(iter("")).__name__, type(iter([])).__name__, type(iter(range(3))).__name__)
