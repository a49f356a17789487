# reversed(): sequences, __reversed__, objects with __len__/__getitem__, non-sequences, errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(b"xy")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r), list(r))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Custom())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item" + str(i)
print(list(reversed(Seq())))
class NotSeq:
    def __iter__(self):
        return iter([1, 2])
for bad in [NotSeq(), {1, 2}, 5, iter([1]), (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneReversed())
except TypeError as e:
    print(type(e).__name__, e)
class BadReversed:
    def __reversed__(self):
        return 42
print(reversed(BadReversed()))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
print("".join(reversed("stressed")), list(reversed(list(reversed([1, 2])))))
print(reversed.__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
for i, ch in enumerate(reversed("xyz")):
    print(i, ch)
class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(Shrinking())))
