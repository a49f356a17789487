# __instancecheck__/__subclasscheck__ on metaclasses: isinstance/issubclass routing, tuples, errors.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    def quack(self):
        return "quack"
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(isinstance(Duck(), Duck))
print(issubclass(Duck, Duck))

class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))

class NotAClass:
    def __instancecheck__(self, inst):
        return True
    def __subclasscheck__(self, sub):
        return sub is int
nc = NotAClass()
print(isinstance("x", nc), issubclass(int, nc), issubclass(str, nc))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 5))
    print("short-circuit ok")
    isinstance(1, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, ((str, (bytes, int)),)), issubclass(bool, ((str,), int)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, object), isinstance(int, type))

class Raising(type):
    def __instancecheck__(cls, inst):
        raise ValueError("check failed")
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Caught(Exception, metaclass=type):
        pass
    try:
        raise ValueError("v")
    except R:
        print("matched?")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

class FakeClass:
    @property
    def __class__(self):
        return int
print(isinstance(FakeClass(), int), isinstance(FakeClass(), FakeClass))

class HasBases:
    __bases__ = ()
hb = HasBases()
print(issubclass(hb, hb) if False else "skip")
class Abstractish(type):
    registry = []
    def register(cls, sub):
        cls.registry.append(sub)
    def __subclasscheck__(cls, sub):
        return sub in cls.registry or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
class Sized(metaclass=Abstractish):
    pass
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized))
class Sub(Sized):
    pass
print(isinstance(Sub(), Sized), issubclass(Sub, Sized))
