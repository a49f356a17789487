# __get__ of the builtin descriptor kinds, and how classes expose them through getattr and __dict__.
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
md = str.__dict__["upper"]
cd = dict.__dict__["fromkeys"]
gd = int.__dict__["real"]
wd = int.__dict__["__add__"]
for d in (md, cd, gd, wd):
    print(type(d).__name__, hasattr(d, "__get__"), hasattr(d, "__set__"), d.__name__, d.__qualname__)
show(lambda: md.__get__("ab")())
show(lambda: md.__get__(None, str) is md)
show(lambda: md.__get__(1))
show(lambda: md.__get__(None, None))
show(lambda: cd.__get__(None, dict)("a"))
show(lambda: cd.__get__({}, None)("b"))
show(lambda: cd.__get__(None, list))
show(lambda: gd.__get__(3))
show(lambda: gd.__get__(None, int) is gd)
show(lambda: gd.__get__("x"))
show(lambda: wd.__get__(3)(4))
show(lambda: wd.__get__(None, int) is wd)
show(lambda: gd.__set__(3, 4))
show(lambda: gd.__delete__(3))
show(lambda: hasattr(md, "__set__"))
print(type(getattr(str, "upper")).__name__, type(getattr("s", "upper")).__name__)
print(type(getattr(dict, "fromkeys")).__name__, type(getattr(int, "real")).__name__)
print(type(getattr(3, "real")).__name__, type(getattr(int, "__add__")).__name__)
class Sub(int):
    pass
print(Sub.real is int.real, Sub(4).real, Sub.__add__ is int.__add__, Sub(1) + 2)
print(type(vars(int)["bit_length"]).__name__, "bit_length" in vars(Sub))
