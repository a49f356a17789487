# Subscripting a generic alias substitutes its type parameters: objects with __typing_subst__ stand for TypeVars.
class TV:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
T, S = TV("T"), TV("S")
print(list[T], list[T].__parameters__, dict[T, S].__parameters__, dict[S, T].__parameters__)
print(dict[T, T].__parameters__, dict[T, list[S]].__parameters__, list[int].__parameters__)
print(list[T][int], dict[T, S][str, int], dict[T, T][bytes])
print(dict[T, list[S]][str, int], dict[str, T][float], tuple[T, ...][int])
print(list[list[T]][str], list[T][list[S]], list[T][list[S]].__parameters__)
print(list[T][int].__parameters__, list[T][int] == list[int])
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: list[int][str])
show(lambda: list[T][int, str])
show(lambda: dict[T, S][int])
show(lambda: dict[T, S][()])
show(lambda: tuple[()][int])
class Checked(TV):
    def __typing_subst__(self, arg):
        if not isinstance(arg, type):
            raise TypeError(f"{self!r} needs a class, got {arg!r}")
        return arg
C = Checked("C")
show(lambda: list[C][int])
show(lambda: list[C][3])
class Upper(TV):
    def __typing_subst__(self, arg):
        return "sub:" + getattr(arg, "__name__", str(arg))
U = Upper("U")
show(lambda: list[U][int])
show(lambda: dict[U, list[U]][str])
class Prepared(TV):
    def __typing_prepare_subst__(self, alias, args):
        print("prepare", alias, args)
        return args + (bytes,) if len(args) < 2 else args
P = Prepared("P")
show(lambda: dict[P, T][int])
class NoSubst:
    __parameters__ = (T,)
    def __getitem__(self, item):
        return ("NoSubst got", item)
    def __repr__(self):
        return "NoSubst"
print(list[NoSubst()].__parameters__)
show(lambda: list[NoSubst()][int])
starred = next(iter(tuple[T]))
print(starred.__parameters__, starred[int], starred[int].__unpacked__)
print(tuple[T, *tuple[int, str]].__parameters__)
show(lambda: tuple[T, S][*tuple[int, str]])
show(lambda: tuple[T, S][int, *tuple[str]])
show(lambda: tuple[T][*tuple[int, ...]])
print(list[T, S] if False else "ok", dict[T, S][T, S] == dict[T, S])
print(dict[T, S][S, T], dict[T, S][S, T].__parameters__)
