# __class_getitem__ and builtin generic aliases (list[int], dict[str, int]) without the typing module.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"
print(Box[int], Box["str"], Box[1], Box[int, str] if False else "skip tuple")
print(Box[(int, str)] if False else Box[str])
class Tup:
    def __class_getitem__(cls, items):
        return ("got", items)
print(Tup[int, str], Tup[()], Tup[int,])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[int]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
alias = list[int]
print(alias, repr(alias), alias.__origin__ is list, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(list[int]([1, 2]), type(list[int]("ab")).__name__, dict[str, int](a=1))
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(isinstance([], list), issubclass(list, object))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    pass
print(MyList[int], MyList[int].__origin__.__name__)
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__({item.__name__})"
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[int])
print(int | None, list[int] | None, (int | str) | bytes)
print(repr(list[int | None]))
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f.__annotations__)
