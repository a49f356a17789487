# What | refuses: strings, ints and None | None; what a union refuses: construction, attributes, subscripts.
def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
def show_kind(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__)
show("int | str-literal", lambda: int | "str")
show("str-literal | int", lambda: "str" | int)
show("int | 3", lambda: int | 3)
show("3 | int", lambda: 3 | int)
show("None | None", lambda: None | None)
show_kind("union | 3", lambda: (int | str) | 3)
show_kind("3 | union", lambda: 3 | (int | str))
show_kind("union | 'x'", lambda: (int | str) | "x")
show_kind("alias | 1.5", lambda: list[int] | 1.5)
show("union.__or__(3)", lambda: (int | str).__or__(3))
show("union.__ror__(3)", lambda: (int | str).__ror__(3))
show("union.__or__(bytes)", lambda: (int | str).__or__(bytes))
show("union.__ror__(bytes)", lambda: (int | str).__ror__(bytes))
show("construct", lambda: type(int | str)())
show("construct args", lambda: type(int | str)(int, str))
show("no __name__", lambda: (int | str).__name__)
show("no attribute", lambda: (int | str).missing)
show("no origin", lambda: (int | str).__origin__)
show("subscript", lambda: (int | str)[int])
show("set args", lambda: setattr(int | str, "__args__", ()))
show_kind("call", lambda: (int | str)(3))
show_kind("iterate", lambda: list(int | str))
show_kind("len", lambda: len(int | str))
show_kind("in", lambda: int in (int | str))
class WithOr:
    def __or__(self, other):
        return "WithOr.__or__"
    def __ror__(self, other):
        return "WithOr.__ror__"
show("int | custom", lambda: int | WithOr())
show("custom | int", lambda: WithOr() | int)
show("union | custom", lambda: (int | str) | WithOr())
class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"
class M(metaclass=Meta):
    pass
show("M | int", lambda: M | int)
show("int | M", lambda: int | M)
show("1 | 2", lambda: 1 | 2)
