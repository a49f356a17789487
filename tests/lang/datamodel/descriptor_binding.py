# Descriptor binding details: __get__ arguments for instance/class access, functions as descriptors, __objclass__.
class Trace:
    def __get__(self, obj, objtype=None):
        return ("get", type(obj).__name__ if obj is not None else None, objtype.__name__ if objtype else None)
class Owner:
    t = Trace()
class Child(Owner):
    pass
print(Owner.t, Owner().t, Child.t, Child().t)
print(Owner.__dict__["t"].__get__(None, Child), Owner.__dict__["t"].__get__(Child()))

def plain(self, *a):
    return ("plain", type(self).__name__, a)
bound = plain.__get__(Owner())
print(bound(1), type(bound).__name__)
print(plain.__get__(None, Owner) is plain)
try:
    plain.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    attr = Trace()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr)
try:
    WithMeta().attr
except AttributeError as e:
    print(type(e).__name__, e)

class Validated:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Validated(str)
    age = Validated(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.public, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person("x", 1).__dict__["_age"] and Validated(int).__get__(p)
except AttributeError as e:
    print(type(e).__name__, e)

print(type(str.__dict__["upper"]).__name__, str.__dict__["upper"].__objclass__.__name__, str.__dict__["upper"]("q"))
print(type(int.__dict__["real"]).__name__, int.__dict__["real"].__get__(5))
print(type(Person.__dict__["__init__"]).__name__, type(object.__dict__["__class__"]).__name__)
d = type.__dict__["__name__"]
print(d.__get__(int), type(d).__name__)
try:
    str.__dict__["upper"](5)
except TypeError as e:
    print(type(e).__name__, e)

class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    calls = 0
    @Cached
    def expensive(self):
        Data.calls += 1
        return "computed"
dd = Data()
print(dd.expensive, dd.expensive, Data.calls, type(Data.expensive).__name__)
class Slotted:
    __slots__ = ("v",)
sd = Slotted.__dict__["v"]
s = Slotted()
sd.__set__(s, 9)
print(sd.__get__(s), s.v, sd.__get__(None, Slotted) is sd)
sd.__delete__(s)
try:
    s.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sd.__set__(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
