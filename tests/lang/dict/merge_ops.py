# The | and |= operators on dicts, ** unpacking in displays and calls, merge precedence.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
c |= {"x": "last"}.items()
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | None
except TypeError as e:
    print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b}, {**b, **a}, {**a, "y": "explicit"}, {"y": "first", **a}, {**{}, **{}})
def show(**kwargs):
    return kwargs
print(show(**a), show(**a, z=3), show(w=0, **b))
try:
    show(**a, **{"x": 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
class OnlyMapping:
    def keys(self):
        return ["m"]
    def __getitem__(self, k):
        return "mapped"
print({**OnlyMapping()}, show(**OnlyMapping()), dict(OnlyMapping()), a | dict(OnlyMapping()))
class MyDict(dict):
    pass
md = MyDict(p=1)
r = md | {"q": 2}
print(r, type(r).__name__, type({"q": 2} | md).__name__)
md |= {"q": 2}
print(md, type(md).__name__)
class Reflected:
    def __ror__(self, other):
        return "ror called"
print({"a": 1} | Reflected())
merged = {}
for part in [{"a": 1}, {"b": 2}, {"a": 3}]:
    merged = merged | part
print(merged)
print(dict(a, **b), dict(**a))
print({k: v for d in (a, b) for k, v in d.items()})
