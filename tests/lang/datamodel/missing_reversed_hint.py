# __missing__ on dict subclasses, __reversed__ vs sequence reversal, __length_hint__ in list() sizing.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz"), "zz" in d, len(d))
class Store(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
s = Store()
s["x"].append(1)
s["x"].append(2)
s["y"].append(3)
print(s)
class Raises(dict):
    def __missing__(self, key):
        raise LookupError("nope " + str(key))
try:
    Raises()["k"]
except LookupError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, key):
        return 0
try:
    NotDict()["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict()["nokey"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)

class Rev:
    def __reversed__(self):
        return iter("cba")
    def __iter__(self):
        return iter("abc")
print(list(reversed(Rev())), list(Rev()))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(SeqRev())))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.items()) and reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())

class Hint:
    def __init__(self, n, hint):
        self.n = n
        self.hint = hint
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        return self.hint
print(list(Hint(3, 100)), list(Hint(3, 0)), list(Hint(2, NotImplemented)))
try:
    list(Hint(2, -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(Hint(2, "x"))
except TypeError as e:
    print(type(e).__name__, e)
print([x for x in Hint(2, 5)], tuple(Hint(4, 1)))
it = iter([1, 2, 3, 4])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter({1: 2}).__length_hint__())
