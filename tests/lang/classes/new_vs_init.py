# __new__ and __init__: call order, __new__ returning other types skips __init__, arguments, caching.
class Traced:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print("__init__", args, kw)
        self.args = args
t = Traced(1, x=2)
print(t.args)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(ReturnsOther(), type(ReturnsOther()).__name__)
class Base:
    pass
class ReturnsSubclass(Base):
    def __new__(cls):
        return object.__new__(Special)
    def __init__(self):
        print("ReturnsSubclass.__init__ runs? no")
class Special(ReturnsSubclass):
    def __init__(self):
        print("Special.__init__ runs because result is an instance of the class")
r = ReturnsSubclass()
print(type(r).__name__)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
a, b, c = Interned("a"), Interned("a"), Interned("b")
print(a is b, a is c, a.key, len(Interned._cache))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj
print(NewOnly(9).value)
class InitOnly:
    def __init__(self, value):
        self.value = value
print(InitOnly(8).value)
try:
    InitOnly()
except TypeError as e:
    print(type(e).__name__, e)
obj = object.__new__(InitOnly)
print(hasattr(obj, "value"))
obj.__init__(3)
print(obj.value)
class Reinit:
    def __init__(self):
        self.count = getattr(self, "count", 0) + 1
x = Reinit()
x.__init__()
x.__init__()
print(x.count)
class StaticNew:
    def __new__(cls):
        return super().__new__(cls)
print(type(StaticNew.__dict__["__new__"]).__name__, type(StaticNew()).__name__)
class ImmutablePoint(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __init__(self, x, y):
        print("init sees", x, y, "and self is already", tuple(self))
ImmutablePoint(1, 2)
