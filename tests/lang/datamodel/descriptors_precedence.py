# Descriptors: data descriptors beat the instance dict, which beats non-data descriptors; __set_name__; class access.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Data on class {objtype.__name__}"
        return ("data", getattr(obj, self.name, None))
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class GetOnlySet:
    def __set__(self, obj, value):
        print("GetOnlySet.__set__", value)

class Owner:
    d = Data()
    n = NonData()
    s = GetOnlySet()

o = Owner()
print(Owner.d, Owner.n)
o.d = 5
print(o.d, sorted(vars(o)))
o.__dict__["d"] = "shadow"
print(o.d)
o.n_before = 1
print(o.n)
o.__dict__["n"] = "instance wins"
print(o.n)
del o.n
print(o.n)
del o.d
print(o.d)
o.s = 7
print(type(o.s).__name__)
o.__dict__["s"] = "dict value"
print(o.s)
try:
    del o.s
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __get__(self, obj, t):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only attribute")
class H:
    r = ReadOnly()
h = H()
try:
    h.r = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(h.r)
H.r = "replaced on class"
print(h.r)

class Meth:
    def f(self):
        return "f"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
m = Meth()
print(Meth.f(m), m.f(), m.c(), Meth.c(), m.s(), Meth.s())
m.f = lambda: "override"
print(m.f(), Meth.f(m))
bound = Meth.__dict__["f"].__get__(m, Meth)
print(bound(), type(bound).__name__)
print(Meth.__dict__["c"].__get__(None, Meth)())
print(type(Meth.__dict__["s"]).__name__, Meth.__dict__["s"].__get__(m)())

class Late:
    pass
desc = Data()
Late.late = desc
try:
    Late().late
except AttributeError as e:
    print(type(e).__name__, e)
desc.__set_name__(Late, "late")
print(Late().late)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)
try:
    class Bad:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
