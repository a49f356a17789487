# Class bodies: execution as code, name mangling rules, __qualname__/__module__, conditional methods, class-level returns.
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
    if count > 2:
        def big(self):
            return "big"
    else:
        def small(self):
            return "small"
    squares = [n * n for n in range(3)]
print(Counter.count, hasattr(Counter, "big"), hasattr(Counter, "small"), hasattr(Counter, "i"), Counter.squares)
class Mangle:
    __private = "p"
    _single = "s"
    __dunder__ = "d"
    def get(self):
        return self.__private, Mangle.__private, self.__dunder__
    def set_other(self, other):
        other.__hidden = 1
        return sorted(vars(other))
print(Mangle().get(), sorted(k for k in vars(Mangle) if "private" in k or "single" in k))
class Other:
    pass
print(Mangle().set_other(Other()))
try:
    Mangle.__private
except AttributeError as e:
    print(type(e).__name__, e)
class _Leading:
    __x = 1
    def get(self):
        return self.__x
print(_Leading().get(), [k for k in vars(_Leading) if k.endswith("__x")])
class __Dunder:
    __y = 2
print([k for k in vars(__Dunder) if k.endswith("__y")])
class Outer:
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.Deepest.__qualname__, Outer().method().__qualname__, Outer.Inner.__module__)
def factory():
    class Made:
        pass
    return Made
print(factory().__qualname__, factory() is factory())
class WithDoc:
    """Docstring here."""
    x = 1
class NoDoc:
    x = 1
print(WithDoc.__doc__, NoDoc.__doc__, "__doc__" in vars(NoDoc))
ns_log = []
class Exec:
    ns_log.append(sorted(k for k in locals() if k.startswith("__")))
    a = 1
    ns_log.append(sorted(k for k in locals() if not k.startswith("__")))
print(ns_log)
class Shadow:
    len = len
    print_it = print
    def use(self):
        return len("abc")
print(Shadow().use(), Shadow.len("ab"))
try:
    compile("class A:\n    return 1", "<c>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("class A:\n    yield 1", "<c>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    class Err:
        x = 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("Err" in globals())
class Empty: ...
class Empty2:
    pass
print(Empty.__name__, Empty2.__bases__, type(Empty()).__name__)
class Attrs:
    a = b = 5
    c, d = 1, 2
    (e, *f) = "xyz"
print(Attrs.a, Attrs.b, Attrs.c, Attrs.d, Attrs.e, Attrs.f)
class Annot:
    x: int
    y: str = "v"
print(Annot.__annotations__ == {"x": int, "y": str}, hasattr(Annot, "x"), Annot.y)
class Keywords(object, metaclass=type):
    pass
print(Keywords.__mro__ == (Keywords, object))
