# Metaclasses: __new__/__init__/__call__ on the metaclass, __prepare__, inheritance of metaclasses, conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
class Child(Base):
    extra = 1
b = Child(5)
print(type(Base).__name__, type(Child).__name__, Base.tag, Child.tag, b.v)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": "from __prepare__"}
class UsesPrepare(metaclass=Ordered):
    a = 1
print(UsesPrepare.injected)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry):
    pass
class R2(R1):
    pass
print(Registry.classes)
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2):
    pass
class D(A, B, metaclass=M3):
    pass
print(type(D).__name__)
class Singleton(type):
    def __call__(cls, *args):
        if "instance" not in cls.__dict__:
            cls.instance = super().__call__(*args)
        return cls.instance
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config(), Config() is Config.instance)
class WithMethods(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__dict__)} entries"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=WithMethods):
    pass
print(Thing.describe(), Thing.upper_name, hasattr(Thing(), "describe"))
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)
try:
    class BadKw(kw=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type).__name__, isinstance(Meta, type), issubclass(Meta, type), type.__mro__ == (type, object))
