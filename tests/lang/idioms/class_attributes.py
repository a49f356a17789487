# Class vs instance attributes: shadowing, shared mutable class attributes, counters, __dict__ and lookups.
class Dog:
    species = "canis familiaris"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.own_tricks = []
    def add_shared_trick(self, trick):
        self.tricks.append(trick)
    def add_trick(self, trick):
        self.own_tricks.append(trick)
a, b = Dog("rex"), Dog("fido")
a.add_shared_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in vars(a), "species" in vars(b))
del a.species
print(a.species)
Dog.species = "updated"
print(a.species, b.species)
a.count += 10
print(a.count, b.count, Dog.count)
print(sorted(vars(a)), sorted(k for k in vars(Dog) if not k.startswith("__")))
try:
    del b.species
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.undefined
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Config:
    defaults = {"color": "blue", "size": 3}
    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}
c1, c2 = Config(size=5), Config()
print(c1.settings, c2.settings, Config.defaults)
class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"
class Child(Base):
    greeting = "hi"
class GrandChild(Child):
    pass
print(Base().greet(), Child().greet(), GrandChild().greet(), GrandChild.greeting, "greeting" in GrandChild.__dict__)
g = GrandChild()
g.greeting = "yo"
print(g.greet(), Child().greet())
setattr(GrandChild, "greeting", "hey")
print(GrandChild().greet(), getattr(GrandChild, "greeting"), hasattr(Base, "greet"), Base.greet(g))
class Counter:
    _instances = []
    def __init__(self):
        self._instances.append(self)
        self.id = len(self._instances)
    @classmethod
    def total(cls):
        return len(cls._instances)
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.total(), objs[0]._instances is Counter._instances)
class Sub(Counter):
    _instances = []
Sub(); Sub()
print(Counter.total(), Sub.total(), [o.id for o in Sub._instances])
def describe(self):
    return f"<{self.name}>"
Dog.describe = describe
print(a.describe(), b.describe(), Dog.describe(b))
a.describe = lambda: "instance lambda"
print(a.describe(), b.describe())
print(type(Dog.__dict__).__name__, Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__, Dog.__bases__)
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
    b = "class-level"
s = Slotted()
s.a = 1
print(s.a, s.b)
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
