# __instancecheck__ and __subclasscheck__ on metaclasses; virtual subclass registries by hand.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return "quack"
class Robot:
    pass
print(isinstance(Mallard(), Quacker), isinstance(Robot(), Quacker), isinstance(1, Quacker))
print(issubclass(Mallard, Quacker), issubclass(Robot, Quacker))
print(isinstance(Quacker(), Quacker))
print(isinstance(Mallard(), (int, Quacker)))
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._virtual = set()
    def register(cls, sub):
        cls._virtual.add(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if sub in cls._virtual:
            return True
        return any(sub in c.__mro__ for c in [cls])
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
class Sized(metaclass=Registry):
    pass
@Sized.register
class MyList:
    pass
class RealChild(Sized):
    pass
print(isinstance(MyList(), Sized), issubclass(MyList, Sized), isinstance(RealChild(), Sized), issubclass(int, Sized))
print(Sized in MyList.__mro__, [c.__name__ for c in MyList.__mro__])
class AlwaysFalse(type):
    def __instancecheck__(cls, obj):
        return False
class Never(metaclass=AlwaysFalse):
    pass
print(isinstance(Never(), Never), type(Never()) is Never)
class Weird(type):
    def __instancecheck__(cls, obj):
        return "yes"
class W(metaclass=Weird):
    pass
print(isinstance(1, W))
class Raising(type):
    def __subclasscheck__(cls, sub):
        raise RuntimeError("subclasscheck failed")
class R(metaclass=Raising):
    pass
try:
    issubclass(int, R)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print(isinstance(1, R))
except RuntimeError as e:
    print(type(e).__name__, e)
class ByBases:
    __bases__ = (int,)
try:
    issubclass(ByBases(), int)
    print("objects with __bases__ accepted")
except TypeError as e:
    print(type(e).__name__, e)
