# Annotations written with PEP 585 and PEP 604 types are evaluated at definition time and kept as objects.
from_outer = list[int]
def fetch(ids: list[int], names: dict[str, int] | None = None, *rest: tuple[str, ...],
          flag: bool | None = None, **opts: set[frozenset[str]]) -> dict[str, list[int] | None]:
    return {}
for key, value in fetch.__annotations__.items():
    print(key, value, type(value).__name__)
class Record:
    ident: int
    tags: list[str] = []
    parent: "Record | None" = None
    children: list["Record"]
    extra: dict[str, int | float] | None
for key, value in Record.__annotations__.items():
    print(key, repr(value))
print(Record.__annotations__["tags"].__origin__, Record.__annotations__["extra"].__args__)
value: tuple[int, str] | list[int] = (1, "a")
print(__annotations__["value"], value)
def check(arg, annotation):
    origin = getattr(annotation, "__origin__", annotation)
    if isinstance(annotation, type(int | str)):
        return any(check(arg, a) for a in annotation.__args__)
    return isinstance(arg, origin)
sig = fetch.__annotations__
print(check([1], sig["ids"]), check("x", sig["ids"]), check(None, sig["names"]), check({}, sig["names"]))
print(check(True, sig["flag"]), check(3.5, sig["flag"]))
def deco(fn):
    fn.__annotations__["added"] = list[bytes]
    return fn
@deco
def g(x: "list[int]") -> None:
    pass
print(g.__annotations__)
lam = lambda: None
print(lam.__annotations__)
