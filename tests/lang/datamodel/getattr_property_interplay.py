# __getattr__ fallback interplay with properties, descriptors raising AttributeError, and hasattr/getattr defaults.
class P:
    def __init__(self):
        self.calls = []
    @property
    def ok(self):
        return "ok value"
    @property
    def broken(self):
        return self.does_not_exist
    @property
    def raises_other(self):
        raise ValueError("not an AttributeError")
    def __getattr__(self, name):
        self.calls.append(name)
        if name.startswith("dyn_"):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
p = P()
print(p.ok, p.dyn_x)
try:
    p.broken
except AttributeError as e:
    print(type(e).__name__, e)
print(p.calls)
try:
    p.raises_other
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(p, "ok"), hasattr(p, "dyn_q"), hasattr(p, "nope"), getattr(p, "nope", "default"))
try:
    hasattr(p, "raises_other")
except ValueError as e:
    print("hasattr propagates", type(e).__name__)
class NoGetattr:
    @property
    def broken(self):
        return self.missing_attr
try:
    NoGetattr().broken
except AttributeError as e:
    print(type(e).__name__, e)
class Desc:
    def __get__(self, obj, t=None):
        raise AttributeError("descriptor says no")
class WithDesc:
    d = Desc()
    def __getattr__(self, name):
        return "fallback for " + name
print(WithDesc().d)
class WithDescNoFallback:
    d = Desc()
try:
    WithDescNoFallback().d
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(WithDescNoFallback(), "d", "getattr default"))
class GetattrRecursionGuard:
    def __init__(self):
        self.data = {"a": 1}
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
g = GetattrRecursionGuard()
print(g.a, hasattr(g, "b"))
raw = GetattrRecursionGuard.__new__(GetattrRecursionGuard)
print(hasattr(raw, "a"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    x = 1
    def hello(self):
        return "hello from target"
t = Target()
pr = Proxy(t)
pr.y = 5
print(pr.x, pr.y, t.y, pr.hello(), "y" in vars(pr), sorted(vars(t)))
try:
    pr.zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(pr)
except TypeError as e:
    print(type(e).__name__, e)
class ClassAttrFallback:
    shared = "class attr"
    def __getattr__(self, name):
        return "dynamic " + name
c = ClassAttrFallback()
print(c.shared, c.other)
c.shared = "instance attr"
print(c.shared, ClassAttrFallback.shared)
del c.shared
print(c.shared)
