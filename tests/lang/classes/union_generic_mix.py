# Unions holding generic aliases and type-variable stand-ins; substitution through union[...].
class TV:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "~" + self.name
    def __typing_subst__(self, arg):
        return arg
    def __or__(self, other):
        return type(int | str)[self, other] if False else ("or", self, other)
T = TV("T")
print(list[int] | None, None | list[int], list[int] | dict[str, int] | None)
print(dict[str, int | None], list[int | str] | tuple[int, ...])
print((list[int] | None).__args__, (list[int] | None).__parameters__)
u = list[T] | None
print(u, u.__args__, u.__parameters__)
print(u[int], type(u[int]).__name__, u[int].__args__)
print((list[T] | dict[str, T])[bytes])
print((list[T] | int)[str], (int | list[T])[int])
print((list[T] | list[int])[int], type((list[T] | list[int])[int]).__name__)
print((list[T] | int)[int | str])
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: (int | str)[int])
show(lambda: (list[T] | None)[int, str])
show(lambda: (list[T] | None)[()])
print(list[T | None] if False else "T | None uses TV.__or__", T | None)
print((int | list[int])[0] if False else "skip", (list[int] | int) == (int | list[int]))
print(hash(list[int] | None) == hash(None | list[int]))
print(list[int | None] == list[None | int], list[int | None].__args__[0] == (int | None))
print(isinstance([], list | dict[str, int]), isinstance({}, dict | list[int]))
print(dict[str, list[int] | None] | None)
