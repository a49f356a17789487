# __getattr__ vs __getattribute__, __setattr__/__delattr__ routing, AttributeError fallbacks, object.__setattr__.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("virt_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
z = Lazy()
print(z.real, z.virt_abc, getattr(z, "virt_q"), hasattr(z, "other"))
try:
    z.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(z, "other", "dflt"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
g = Logged()
g.x = 5
print(g.x, g.missing, g.method())
del g.x
print(g.x)
try:
    del g.x
except AttributeError as e:
    print(type(e).__name__, e)
print(g.log)

class KeyErrorInGetattribute:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "not reached"
try:
    KeyErrorInGetattribute().a
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(hasattr(KeyErrorInGetattribute(), "a"))
except KeyError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(3)
print(f.v)
for action in ("set", "del", "setattr"):
    try:
        if action == "set":
            f.v = 4
        elif action == "del":
            del f.v
        else:
            setattr(f, "w", 1)
    except AttributeError as e:
        print(type(e).__name__, e)

class P:
    pass
p = P()
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, None)
except TypeError as e:
    print(type(e).__name__, e)
setattr(p, "with space", 1)
print(getattr(p, "with space"), sorted(vars(p)))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del (1).real
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "x".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
