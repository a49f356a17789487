# iter() and next(): sequences, the two-argument callable/sentinel form, defaults, errors.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
sentinel_iter = iter(tick, 100)
print(type(sentinel_iter).__name__, next(sentinel_iter), next(sentinel_iter))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")), list(data))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(iter(Seq())), list(Seq()), 20 in Seq(), 25 in Seq())
class SelfIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
s = SelfIter()
print(iter(s) is s, list(s), list(s))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
it = iter("xyz")
print(iter(it) is it, next(it), [c for c in it])
print(next(iter(range(5, 10))), next(iter({"k": 1})), next(iter({7})), next(reversed([1, 2])))
def stops():
    yield 1
    raise StopIteration("gen stop")
try:
    print(list(stops()))
except RuntimeError as e:
    print(type(e).__name__, e)
calls = iter(lambda: "x", "y")
print([next(calls) for _ in range(3)])
