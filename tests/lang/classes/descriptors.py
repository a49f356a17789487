# The descriptor protocol: data vs non-data descriptors, precedence with instance dicts, __set_name__.
class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access to {self.name} on {objtype.__name__}"
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class Model:
    field = Verbose()
    other = Verbose()
    nd = NonData()
m = Model()
print(m.field, Model.field)
m.field = 10
print(m.field, sorted(vars(m)))
m.__dict__["field"] = "instance dict loses to data descriptor"
print(m.field)
del m.field
print(m.field)
print(m.nd)
m.__dict__["nd"] = "instance dict wins over non-data"
print(m.nd)
del m.__dict__["nd"]
print(m.nd, Model.nd)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class GetOnly:
    def __get__(self, obj, objtype=None):
        return "get-only"
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class Holder:
    g = GetOnly()
    s = SetOnly()
h = Holder()
h.g = "shadowed"
print(h.g)
h.s = 5
print(type(h.s).__name__)
class Later:
    pass
d = Verbose()
Later.attr = d
try:
    Later().attr
except AttributeError as e:
    print(type(e).__name__, e)
d.__set_name__(Later, "attr")
print(Later().attr)
def plain(self):
    return "functions are descriptors"
print(plain.__get__(1)(), type(plain.__get__(1)).__name__, plain.__get__(None, int) is plain)
