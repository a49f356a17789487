# Class-level attribute access through metaclasses: metaclass methods, __getattr__ on classes, __setattr__ on classes.
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__}"
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
    def __setattr__(cls, name, value):
        print("setting class attribute", name)
        super().__setattr__(name, value)
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    x = 1
print(A.describe(), A.missing, A.x, A.upper_name)
try:
    A().describe()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A().missing
except AttributeError as e:
    print(type(e).__name__, e)
A.y = 2
print(A.y, A().y)
print(hasattr(A, "anything"), getattr(A, "q"))

class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class AttrMeta(type):
    shared = "from metaclass"
class B(metaclass=AttrMeta):
    pass
print(B.shared, hasattr(B(), "shared"))
class B2(metaclass=AttrMeta):
    shared = "from class"
print(B2.shared)

class DataDescMeta(type):
    @property
    def prop(cls):
        return "metaclass property wins"
class C(metaclass=DataDescMeta):
    prop = "class dict"
print(C.prop, C().prop)

class ReadOnlyMeta(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"cannot set {name} on {cls.__name__}")
class Locked(metaclass=ReadOnlyMeta):
    v = 1
try:
    Locked.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
l = Locked()
l.v = 5
print(l.v, Locked.v)

try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.x = 1
except TypeError as e:
    print(type(e).__name__, e)
class D:
    a = 1
del D.a
try:
    D.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del D.a
except AttributeError as e:
    print(type(e).__name__, e)
D.__name__ = "Renamed"
print(D.__name__, D.__qualname__)
try:
    D.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
D.__qualname__ = "Q.D"
print(D.__qualname__)
D.__doc__ = "doc set"
print(D.__doc__)
try:
    D.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(D.__dict__).__name__, "a" in D.__dict__, D.__module__)
class E:
    "original doc"
class F(E):
    pass
print(E.__doc__, F.__doc__)
