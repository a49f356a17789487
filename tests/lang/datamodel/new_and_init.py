# __new__ and __init__: argument passing, __new__ returning other types, immutable subclasses, errors.
class Logged:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("init", a, b)
        self.a = a
Logged(1, b=3)

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
print(type(ReturnsOther()).__name__)
class ReturnsSubclassInstance:
    def __new__(cls, flag):
        if flag:
            return object.__new__(Child)
        return object.__new__(cls)
    def __init__(self, flag):
        print("init runs for", type(self).__name__)
class Child(ReturnsSubclassInstance):
    pass
ReturnsSubclassInstance(True)
ReturnsSubclassInstance(False)
class ReturnsNone:
    def __new__(cls):
        return None
print(ReturnsNone())

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", type(u + "!").__name__, u.lower(), isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__, Pos(5) == 5, repr(Pos(3)))
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), len(p), type(p[:1]).__name__, p == (1, 2))

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(4).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.count = getattr(self, "count", 0) + 1
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.count)
class Explicit:
    def __new__(cls, *a):
        return object.__new__(cls)
e = Explicit.__new__(Explicit, 1, 2)
print(type(e).__name__)
Explicit.__init__(e)
class BadNewArgs:
    def __init__(self):
        pass
try:
    BadNewArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__new__(bool, 0) if False else 0).__name__, type(object.__new__(Other)).__name__)
class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(Frozen(3, 1, 2)), type(Frozen(1) | {2}).__name__)
