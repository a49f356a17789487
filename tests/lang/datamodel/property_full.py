# property: getter/setter/deleter chains, docstrings, missing accessors' messages, subclass overriding.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.kelvin = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)

p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Empty.x).__name__, Empty.x.fget, Empty.x.fset, Empty.x.fdel)

def getter(self):
    "getter doc"
    return "got"
prop = property(getter, doc="explicit doc")
print(prop.__doc__, property(getter).__doc__)
class UsesProp:
    a = prop
    b = property(fget=lambda self: "lambda")
print(UsesProp().a, UsesProp().b)

class Base:
    @property
    def v(self):
        return "base"
class Sub(Base):
    @Base.v.getter
    def v(self):
        return "sub:" + super().v
    @v.setter
    def v(self, val):
        print("Sub setter", val)
s = Sub()
print(s.v, Base().v)
s.v = 3
try:
    Base().v = 3
except AttributeError as e:
    print(type(e).__name__, e)

class Raiser:
    @property
    def bad(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(Raiser().bad)

class Counted:
    n = 0
    @property
    def tick(self):
        Counted.n += 1
        return Counted.n
c = Counted()
print(c.tick, c.tick, c.tick)
print(isinstance(Temp.__dict__["celsius"], property))
pr = Temp.celsius
print(pr.fget.__name__, pr.fset.__name__, pr.fdel.__name__)
np = pr.setter(lambda self, v: None)
print(np.fset.__name__, np.fget is pr.fget, np.fdel is pr.fdel)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
class Q:
    x = property(1)
try:
    Q().x
except TypeError as e:
    print(type(e).__name__, e)
