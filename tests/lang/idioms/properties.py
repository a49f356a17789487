# Properties: getters, setters with validation, deleters, computed attributes, inheritance and errors.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
del t.celsius
print(t.celsius)
for bad in ("hot", -300):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 3), doc="the area")
    @property
    def diameter(self):
        "twice the radius"
        return 2 * self.r
c = Circle(2)
print(c.area, c.diameter, Circle.area.__doc__, Circle.diameter.__doc__, type(Circle.area).__name__)
for act in (lambda: setattr(c, "area", 1), lambda: delattr(c, "diameter")):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)

class Base:
    @property
    def kind(self):
        return "base"
    @property
    def name(self):
        return "n:" + self.kind
class Derived(Base):
    @property
    def kind(self):
        return "derived+" + super().kind
print(Base().name, Derived().name)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)

class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        self._balance = max(0, v)
    balance = property(get_balance, set_balance)
a = Account()
a.balance = -5
print(a.balance)
a.balance = 40
print(a.balance, a.get_balance())
p = property()
try:
    p.__get__(a, Account)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.fget, p.fset, p.fdel, Account.balance.fget.__name__)
class Shadow:
    @property
    def x(self):
        return "property"
s = Shadow()
s.__dict__["x"] = "instance dict"
print(s.x)
class Raising:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raising().broken)
prop2 = Temperature.celsius.getter(lambda self: "overridden")
print(type(prop2).__name__, prop2 is Temperature.celsius, prop2.fset is Temperature.celsius.fset)
