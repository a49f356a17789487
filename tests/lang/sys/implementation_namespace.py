# sys.implementation and its type, types.SimpleNamespace (reached without importing types).
import sys
impl = sys.implementation
print(sorted(k for k in vars(impl) if not k.startswith("_")))
print(type(impl.name).__name__, impl.cache_tag.endswith("311"), impl.version[:2])
NS = type(impl)
print(NS.__name__, NS.__module__, repr(NS))
n = NS(a=1, b="two")
print(n, n.a, n.b, vars(n))
n.c = [3]
del n.a
print(n, hasattr(n, "a"))
print(NS(x=1) == NS(x=1), NS(x=1) == NS(x=2), NS(x=1) != NS(x=1), NS() == NS())
print(NS(x=1) == {"x": 1}, NS(a=1, b=2) == NS(b=2, a=1))
print(repr(NS()), NS(**{"k": None}))
r = NS(items=[1, 2])
r.me = r
print(r)
for args, kw in [((1,), {}), (({"a": 1},), {})]:
    try:
        NS(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(NS())
except TypeError as e:
    print(type(e).__name__, e)
class Point(NS):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(x=3, y=4)
print(p, p.norm2(), isinstance(p, NS), p == NS(x=3, y=4))
print(p.__reduce__()[0].__name__, p.__reduce__()[1:])
try:
    n.missing
except AttributeError as e:
    print(type(e).__name__, e)
n.__dict__["z"] = 26
print(n.z, list(n.__dict__))
