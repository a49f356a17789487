# Unions flatten nested unions and drop duplicates, keeping the first occurrence's position.
print(int | int, (int | int) is int, None | type(None) if False else "skip")
print(int | str | int, str | int | str | int)
print((int | str) | (bytes | float), (int | str) | (str | int))
print(((int | str) | bytes).__args__, (int | (str | bytes)).__args__)
print(int | None | None, (None | int | None).__args__)
print(type(None) | None, (type(None) | None) is type(None))
print(list[int] | list[int], (list[int] | list[int]).__class__.__name__)
print(list[int] | list[str], list[int] | list | list[int])
print((list[int] | int) | (int | list[int]), ((list[int] | int) | (int | list[int])).__args__)
u = int | str
v = u | u
print(v, v == u, v is u, len(v.__args__))
w = u | float
print(w, u, w.__args__, u.__args__)
many = int
for t in (str, bytes, int, float, str, complex, bool):
    many = many | t
print(many, len(many.__args__))
print((int | str | bytes | float).__args__[2])
class A:
    pass
class B:
    pass
print((A | B | A).__args__ == (A, B), (B | A | B).__args__ == (B, A))
print(dict[str, int] | dict[str, int] | None)
