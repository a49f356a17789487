# __init_subclass__: implicit classmethod, keyword arguments, super() chains, registries and errors.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
class C(A, name="gamma"):
    pass
print(registry)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Strict:
    def __init_subclass__(cls, **kw):
        print("Strict gets", sorted(kw))
        super().__init_subclass__(**kw)
try:
    class S(Strict, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Required:
    def __init_subclass__(cls, *, tag):
        cls.tag = tag
class R(Required, tag="t"):
    pass
print(R.tag)
try:
    class R2(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin", cls.__name__, sorted(kw))
        super().__init_subclass__(**kw)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base", cls.__name__, sorted(kw))
        kw.pop("x", None)
        super().__init_subclass__(**kw)
class Both(Mixin, Base, x=1):
    pass

class Validator:
    def __init_subclass__(cls):
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run")
class Good(Validator):
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Validator):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counting:
    subclasses = 0
    def __init_subclass__(cls):
        Counting.subclasses += 1
        cls.index = Counting.subclasses
class X1(Counting): pass
class X2(Counting): pass
class X3(X1): pass
print(X1.index, X2.index, X3.index, Counting.subclasses)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name before init_subclass:", name)
class Order:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class O(Order):
    d = Desc()

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__ kw", sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("WithMeta sub", cls.__name__, kw)
class Child(WithMeta, k=2):
    pass
print(object.__init_subclass__() is None)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
