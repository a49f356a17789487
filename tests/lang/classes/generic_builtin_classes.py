# Which builtin classes are generic (__class_getitem__) and what subscripting the others does.
for cls in (list, dict, tuple, set, frozenset, enumerate):
    alias = cls[int]
    print(cls.__name__, alias, alias.__origin__ is cls, type(cls.__dict__["__class_getitem__"]).__name__)
for cls in (int, str, bytes, bytearray, float, complex, bool, range, slice, object, zip, map,
            filter, reversed, memoryview):
    try:
        cls[int]
        print(cls.__name__, "subscriptable")
    except TypeError as e:
        print(type(e).__name__, e)
print(hasattr(list, "__class_getitem__"), hasattr(int, "__class_getitem__"))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(list.__class_getitem__.__name__, list.__class_getitem__.__self__ is list)
print([].__class_getitem__(int), {}.__class_getitem__(str))
try:
    list.__class_getitem__()
except TypeError as e:
    print(type(e).__name__)
class MyList(list):
    pass
class MyDict(dict):
    pass
print(MyList[int], MyDict[str, int], MyList[int].__origin__ is MyList)
print(MyList.__class_getitem__(str).__origin__.__name__)
class Custom(list):
    def __class_getitem__(cls, item):
        return ("custom", cls.__name__, item)
print(Custom[int], Custom[int, str])
class Inherits(Custom):
    pass
print(Inherits[bytes])
class NotMethod:
    __class_getitem__ = "a string"
try:
    NotMethod[int]
except TypeError as e:
    print(type(e).__name__, e)
class StaticGetitem:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)
print(StaticGetitem[int])
try:
    [1, 2][int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int][0:0] if False else "skip", tuple[int, str][:0] if False else "skip")
