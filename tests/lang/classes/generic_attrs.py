# Attributes of generic aliases: __origin__, __args__, __parameters__ and lookups falling through to the origin.
a = dict[str, list[int]]
print(a.__origin__, a.__args__, a.__parameters__)
print(list[int].__origin__ is list, list[int].__args__ == (int,))
print(tuple[()].__args__, tuple[int, ...].__args__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__doc__ == list.__doc__)
print(list[int].append is list.append, dict[str, int].fromkeys("ab"))
print(list[int].__class__.__name__, type(list[int]).__name__)
print(list[int].__mro__ == list.__mro__, list[int].__bases__)
print(list[int].__len__ is list.__len__)
for name in ("__copy__", "__deepcopy__", "nonexistent"):
    try:
        getattr(list[int], name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    list[int].__origin__ = dict
except AttributeError as e:
    print(type(e).__name__)
try:
    list[int].__args__ = ()
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(list[int], "sort"), hasattr(list[int], "keys"))
d = dir(list[int])
print("append" in d, "__origin__" in d, "__args__" in d, "__parameters__" in d)
print("__mro_entries__" in d, "__unpacked__" in d, d == sorted(d))
print(list[int].__unpacked__, list[int].__typing_unpacked_tuple_args__)
print(list[int].__reduce__())
print(tuple[int, str].__reduce__())
print(dict[str, int].__parameters__ is dict[str, int].__parameters__ or True)
class Box:
    attr = "class attribute"
    def method(self):
        return "method"
class Sub(list):
    extra = 42
print(Sub[int].extra, Sub[int].__name__, Sub[int].__module__)
print(list[int].__getitem__ is list.__getitem__)
print(callable(list[int]), bool(list[int]))
