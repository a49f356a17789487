# __getattr__, __getattribute__, __setattr__, __delattr__: call order, recursion-safe patterns.
class Fallback:
    real = "real attribute"
    def __getattr__(self, name):
        return f"fallback for {name}"
f = Fallback()
print(f.real, f.anything, getattr(f, "x"), hasattr(f, "y"))
class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        return None
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
t = Tracing()
t.x = 1
_ = t.x
_ = t.nothing
del t.x
print(t.log)
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: read-only")
r = ReadOnly(a=1)
print(r.a)
try:
    r.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.a
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print("special methods bypass __getattr__:", type(e).__name__, e)
class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "recovered " + name
print(GetattributeRaises().whatever)
class Lower:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
lw = Lower()
print(lw.get_thing())
try:
    lw.other
except AttributeError as e:
    print(type(e).__name__, e)
class Counting:
    def __init__(self):
        self.__dict__["sets"] = 0
    def __setattr__(self, name, value):
        self.__dict__["sets"] += 1
        super().__setattr__(name, value)
c = Counting()
c.a = 1
c.b = 2
c.a = 3
print(c.sets, c.a, c.b)
class Rec:
    def __getattr__(self, name):
        if name == "loop":
            return self.loop2
        raise AttributeError(name)
try:
    Rec().loop
except AttributeError as e:
    print(type(e).__name__, e)
