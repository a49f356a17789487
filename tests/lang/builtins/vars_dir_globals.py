# vars(), dir() on simple objects, globals() and locals() in module and function scopes.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        return 0
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
vars(c)["z"] = 26
print(c.z, c.__dict__ is vars(c))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(c) if not n.startswith("__")], "method" in dir(C), "a" in dir(C))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir([]) if not n.startswith("_")])
module_level = "global value"
g = globals()
print(type(g).__name__, g["module_level"], "C" in g, g["__name__"], "__builtins__" in g)
g["injected"] = 42
print(injected)
def func(p):
    local_var = p * 2
    loc = locals()
    print(sorted(loc), loc["local_var"])
    loc["local_var"] = "not written back"
    print(local_var)
    return locals() is not globals()
print(func(5))
print(locals() is globals())
def names_in_function():
    x = 1
    y = 2
    return sorted(dir())
print(names_in_function())
def closure_outer():
    captured = "c"
    def inner():
        return sorted(locals())
    def inner_uses():
        return captured, sorted(locals())
    return inner(), inner_uses()
print(closure_outer())
class Body:
    x = 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
print(Body.seen)
print(sorted(k for k in dir() if not k.startswith("__"))[:5])
