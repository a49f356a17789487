# isinstance() and issubclass() accept unions, testing their arguments in order.
def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
check("int in int|str", lambda: isinstance(3, int | str))
check("str in int|str", lambda: isinstance("s", int | str))
check("float in int|str", lambda: isinstance(3.0, int | str))
check("None in int|None", lambda: isinstance(None, int | None))
check("None in None|int", lambda: isinstance(None, None | int))
check("bool in int|str", lambda: isinstance(True, int | str))
check("subclass bool", lambda: issubclass(bool, int | str))
check("subclass float", lambda: issubclass(float, int | str))
check("subclass NoneType", lambda: issubclass(type(None), str | None))
check("tuple of unions", lambda: isinstance(b"", (int | str, bytes | float)))
check("union then alias hit", lambda: isinstance(3, int | list[int]))
check("union then alias miss", lambda: isinstance("x", int | list[int]))
check("alias first", lambda: isinstance(3, list[int] | int))
check("subclass alias miss", lambda: issubclass(str, int | list[int]))
check("subclass alias hit", lambda: issubclass(int, int | list[int]))
check("arg1 not a class", lambda: issubclass(3, int | str))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is float
class Magic(metaclass=Meta):
    pass
check("metaclass hook", lambda: isinstance("magic", int | Magic))
check("metaclass hook miss", lambda: isinstance("plain", int | Magic))
check("metaclass subclass hook", lambda: issubclass(float, str | Magic))
class Base:
    pass
class Derived(Base):
    pass
check("derived instance", lambda: isinstance(Derived(), int | Base))
check("derived subclass", lambda: issubclass(Derived, Base | None))
u = int | str | bytes | float
print([isinstance(v, u) for v in (1, "a", b"b", 2.5, None, [], 3j)])
def describe(value):
    match value:
        case int() | str():
            return "int or str"
        case _:
            return "other"
print(describe(4), describe("s"), describe(1.5))
def typed(value):
    if isinstance(value, list | tuple):
        return "sequence"
    if isinstance(value, dict | None):
        return "mapping or None"
    return "scalar"
print(typed([]), typed(()), typed({}), typed(None), typed(1))
