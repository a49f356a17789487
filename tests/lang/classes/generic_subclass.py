# A generic alias as a base class is replaced by its origin (__mro_entries__); __orig_bases__ keeps the alias.
class IntList(list[int]):
    pass
print(IntList.__bases__, IntList.__orig_bases__, IntList.__mro__)
x = IntList([3, 1, 2])
x.sort()
print(x, type(x).__name__, isinstance(x, list))
class Mapping(dict[str, int]):
    def total(self):
        return sum(self.values())
print(Mapping(a=1, b=2).total(), Mapping.__orig_bases__)
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class Both(Mixin, list[str]):
    pass
print(Both.__bases__, Both(["x"]).hello(), Both.__orig_bases__)
print(list[int].__mro_entries__(()), dict[str, int].__mro_entries__((list,)))
class Plain(list):
    pass
print("__orig_bases__" in Plain.__dict__)
class Sub(IntList):
    pass
print(Sub.__bases__, "__orig_bases__" in Sub.__dict__)
class Parent(list):
    pass
class Child(Parent[int]):
    pass
print(Child.__bases__, Child.__orig_bases__, Parent[int].__origin__ is Parent)
try:
    class Twice(list[int], list[str]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Tup(tuple[int, int]):
    def swap(self):
        return Tup((self[1], self[0]))
print(Tup((1, 2)).swap(), Tup.__orig_bases__)
class Frozen(frozenset[str]):
    pass
print(sorted(Frozen("ab")), Frozen.__bases__)
