# issubclass / isinstance corner cases: tuples (nested), unions, bool/int, object, type, abstract-free checks.
print(issubclass(bool, (str, (bytes, int))), isinstance(True, (list, int)), isinstance(1, ()))
print(issubclass(type, object), issubclass(object, type), isinstance(type, object), isinstance(object, object))
print(issubclass(int, int), issubclass(int, object), issubclass(object, int))
print(isinstance(None, type(None)), isinstance(print, type(len)), isinstance(int, type))
print(isinstance(3, int | float), isinstance(3.0, int | float), isinstance("x", int | float))
print(issubclass(bool, int | str), issubclass(list, int | str))
print(isinstance(1, (int | str, bytes)))
class A:
    pass
class B(A):
    pass
class C:
    pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(B, A | C))
print(isinstance(B(), object), issubclass(B, object), B.__mro__[-1] is object)
for args in [(1, int), (int, 1), ([], [list]), (int, (int, 1))]:
    try:
        print(args, issubclass(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    isinstance(1, (int, "str"))
    print("stops at first match")
    isinstance(1, ("str", int))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], list), type([]) is list, isinstance([], (tuple, list)))
class ListSub(list):
    pass
ls = ListSub()
print(isinstance(ls, list), type(ls) is list, type(ls) is ListSub, type(ls).__base__ is list)
print(issubclass(ListSub, (dict, list)), ListSub.__mro__)
deep = (int,)
for _ in range(50):
    deep = (deep,)
print(isinstance(5, deep))
print(isinstance(int, (type, int)), isinstance(type, type), type(type) is type)
print(isinstance(1, float), isinstance(1.0, int), isinstance(1j, (int, float)))
print(isinstance(range(3), range), isinstance(slice(1), slice), isinstance(..., type(...)))
print(isinstance(b"", (bytes, bytearray)), isinstance(bytearray(), (bytes, bytearray)))
print(issubclass(KeyError, LookupError | ValueError), issubclass(ValueError, KeyError | IndexError))
