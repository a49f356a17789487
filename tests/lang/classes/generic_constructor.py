# types.GenericAlias reached through type(list[int]): direct construction, subclassing and pickling data.
GenericAlias = type(list[int])
print(GenericAlias.__name__, GenericAlias.__qualname__, GenericAlias.__module__)
a = GenericAlias(list, int)
print(a, a.__args__, a == list[int], hash(a) == hash(list[int]))
b = GenericAlias(dict, (str, int))
print(b, b.__args__, GenericAlias(tuple, ()), GenericAlias(tuple, ((),)))
print(GenericAlias(int, str), GenericAlias(3, 4), GenericAlias(None, None))
print(GenericAlias(len, [int]), GenericAlias(list, [int]).__args__)
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: GenericAlias())
show(lambda: GenericAlias(list))
show(lambda: GenericAlias(list, int, str))
show(lambda: GenericAlias(list, int, x=1))
show(lambda: GenericAlias(origin=list, args=int))
c = GenericAlias(int, str)
show(lambda: c("12"))
class MyAlias(GenericAlias):
    def describe(self):
        return "MyAlias of " + self.__origin__.__name__
m = MyAlias(list, int)
print(type(m).__name__, m, m.__args__, m == list[int])
print(MyAlias.describe(m), hasattr(m, "describe"), hasattr(type(m), "describe"))
print(m.__reduce__()[0] is MyAlias, m.__reduce__()[1])
r = list[int].__reduce__()
print(r[0] is GenericAlias, r[0](*r[1]) == list[int])
print(isinstance(list[int], GenericAlias), issubclass(GenericAlias, object))
print(GenericAlias.__mro__)
try:
    GenericAlias.extra = 1
except TypeError as e:
    print(type(e).__name__)
print(type(GenericAlias.__origin__).__name__, type(GenericAlias.__parameters__).__name__)
print(type(GenericAlias.__mro_entries__).__name__, type(GenericAlias.__dir__).__name__)
print(sorted(n for n in ("__origin__", "__args__", "__parameters__", "__unpacked__",
                         "__mro_entries__", "__instancecheck__", "__subclasscheck__")
             if n in GenericAlias.__dict__))
