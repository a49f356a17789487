# X | Y between classes makes a types.UnionType (PEP 604): repr, __args__, None as NoneType.
u = int | str
print(u, repr(u), type(u).__name__, u.__args__)
print(int | None, None | int, (int | None).__args__, (None | int).__args__)
print(int | str | bytes, (int | str | bytes).__args__)
print(list | dict, object | type, type | None)
class A:
    pass
class B(A):
    pass
print(A | B, B | A, (A | B).__args__ == (A, B))
print(bool | int, int | bool, float | complex | int)
print(type(None) | int, (type(None) | int).__args__)
print(int | str == str | int, len((int | str).__args__))
print((int | str).__parameters__, (int | None).__module__)
print(type(int | str).__module__, type(int | str).__qualname__)
x = int
x |= str
print(x, x.__args__)
x |= None
print(x)
print(int.__or__(str) if hasattr(int, "__or__") and False else type.__or__(int, str))
print(type.__ror__(int, str), type.__or__(int, 5))
print(isinstance(int | str, type), callable(int | str))
print(bool(int | str), str(int | None), f"{int | None}")
def func(a: int | None = None, *, b: str | bytes = "x") -> list[int] | None:
    pass
print(func.__annotations__)
