# property: getter/setter/deleter, read-only errors, decorator chaining, docs, inheritance.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset, Temperature.celsius.fdel is not None)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "the x property")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "child sees " + str(self._c)
c = Child(5)
print(c.celsius)
c.celsius = 6
print(c.celsius)
class Lazy:
    computed = 0
    @property
    def value(self):
        Lazy.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.computed)
l.__dict__["value"] = "instance dict"
print(l.value)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raises().bad)
p = property(lambda self: 1)
print(p.getter(lambda self: 2).fget(None), p.setter is not None)
class NoDoc:
    prop = property(lambda self: 1)
print(NoDoc.prop.__doc__, NoDoc().prop)
