# Iteration: __iter__ beats __getitem__, old-style sequence iteration, __next__ errors, iter(callable, sentinel).
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq())
it = iter(OldSeq())
print(type(it).__name__, next(it), next(it))
for x in OldSeq():
    print("loop", x)

class Both:
    def __iter__(self):
        return iter("xyz")
    def __getitem__(self, i):
        return "getitem"
print(list(Both()))

class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Counter(3)
print(list(c), list(c))
a, b = Counter(2)
print(a, b)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)

n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)

class Raises:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("boom at 3")
        return self.i
try:
    for v in Raises():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)
print(sum(Counter(5)), sorted(Counter(4)), max(OldSeq()))
