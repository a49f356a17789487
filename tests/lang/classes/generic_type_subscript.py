# type[...] is a generic alias too, although type has no __class_getitem__ of its own.
print(type[int], type[list[int]], type[int | str])
print(type[int].__origin__ is type, type[int].__args__, type(type[int]).__name__)
print("__class_getitem__" in type.__dict__, hasattr(int, "__class_getitem__"))
print(type[int] == type[int], type[int] == type[str], type[int] | None)
print(type[int](3), type[str]("x"))
class Meta(type):
    pass
try:
    Meta[int]
except TypeError as e:
    print(type(e).__name__, e)
class WithGetitem(type):
    def __getitem__(cls, item):
        return ("meta getitem", cls.__name__, item)
class Uses(metaclass=WithGetitem):
    pass
print(Uses[int])
class Spec(type[int] if False else object):
    pass
print(Spec.__bases__)
def f(cls: type[int]) -> type[str]:
    return str
print(f.__annotations__)
try:
    isinstance(int, type[int])
except TypeError as e:
    print(type(e).__name__, e)
