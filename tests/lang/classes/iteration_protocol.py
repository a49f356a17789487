# __iter__/__next__ classes, __getitem__-based iteration, __contains__ fallbacks, StopIteration handling.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3), 5 in Countdown(3))
class Iter:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
it = Iter("abc")
print(next(it), list(it), list(it))
for x in Iter([1, 2]):
    print("loop", x)
a, b = Iter([1, 2])
print(a, b, [*Iter("xy")], dict(Iter([("k", "v")])), max(Iter([3, 9, 2])))
class OldStyle:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()))
print(4 in OldStyle())
print(7 in OldStyle())
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("only IndexError ends iteration:", type(e).__name__, e)
class Contains:
    def __contains__(self, item):
        print("  contains", item)
        return item == "yes"
    def __iter__(self):
        raise RuntimeError("iter not used")
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class ContainsNonBool:
    def __contains__(self, item):
        return [1]
print(1 in ContainsNonBool())
class NotIterable:
    pass
for op in ["1 in NotIterable()", "list(NotIterable())", "iter(NotIterable())", "[*NotIterable()]"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "->", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class NextReturnsAfterStop:
    def __init__(self):
        self.stopped = False
    def __iter__(self):
        return self
    def __next__(self):
        if not self.stopped:
            self.stopped = True
            raise StopIteration
        return "resumed"
n = NextReturnsAfterStop()
print(list(n), next(n))
