# getset_descriptor and member_descriptor objects: reprs, names, docs, and reading/writing through them.
g = int.real
print(type(g).__name__, repr(g), g.__name__, g.__qualname__, g.__objclass__ is int)
print(g.__doc__)
print(g.__get__(5), g.__get__(True), g.__get__(None, int) is g)
m = complex.real
print(type(m).__name__, repr(m), m.__name__, m.__qualname__, m.__objclass__ is complex)
print(m.__doc__, m.__get__(3 + 4j), complex.imag.__get__(3 + 4j))
def show(fn):
    try:
        print(fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
show(lambda: g.__get__("a"))
show(lambda: g.__set__(5, 6))
show(lambda: g.__delete__(5))
show(lambda: m.__set__(1j, 2.0))
show(lambda: m.__get__(1))
show(lambda: setattr(g, "__name__", "x"))
show(lambda: setattr(m, "__objclass__", int))
show(lambda: (5).real.__class__.__name__)
show(lambda: setattr(5, "real", 1))
class P:
    __slots__ = ("x", "y")
print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P)
p = P()
show(lambda: p.x)
P.x.__set__(p, 10)
print(p.x, P.x.__get__(p), P.x.__get__(None, P) is P.x)
P.x.__delete__(p)
show(lambda: p.x)
show(lambda: P.x.__delete__(p))
show(lambda: P.y.__get__(1))
print(type(type.__dict__["__dict__"]).__name__, repr(type.__dict__["__name__"]))
print(type(P.__dict__["x"]).__name__)
