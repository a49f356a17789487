# repr() and str() of builtin generic aliases (PEP 585), nested and with odd arguments.
print(list[int], dict[str, int], set[bytes], frozenset[float], tuple[int, str])
print(repr(list[int]), str(dict[str, list[int]]))
print(tuple[int, ...], tuple[()], tuple[int,], tuple[(int, str)])
print(list[list[list[int]]], dict[str, dict[str, tuple[int, ...]]])
print(enumerate[str], enumerate[tuple[int, str]])
print(list[...], list[None], list[3], list["forward"], list[b"x"])
print(list[[int, str]], list[[]], dict[str, [int]])
print(list[int | None], dict[str, int | list[int]])
class Local:
    pass
class Outer:
    class Inner:
        pass
print(list[Local], dict[Outer.Inner, Outer])
def f():
    class InFunction:
        pass
    return list[InFunction]
print(f())
class WithRepr:
    def __repr__(self):
        return "<WithRepr>"
print(list[WithRepr()], list[WithRepr])
class Described:
    def __init__(self, qualname, module):
        if qualname is not None:
            self.__qualname__ = qualname
        self.__module__ = module
    def __repr__(self):
        return "Described()"
print(list[Described("Fake.Qual", "somewhere")], list[Described("Pretend", "builtins")])
print(list[Described("OnlyQual", None)], list[Described(None, "mod")])
print(list[Described("Q", 5)])
class AliasLike:
    __origin__ = list
    __args__ = (int,)
    def __repr__(self):
        return "AliasLike!"
print(list[AliasLike()])
print(f"{list[int]!r:>12}|{dict[str, int]!s}")
print([list[int], (tuple[int], set[str])])
print({"k": list[int]})
