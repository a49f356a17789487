# Class decorators: registration, adding methods, replacing the class, stacking order.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        print("applying tag", label, "to", cls.__name__)
        cls.label = label
        return cls
    return deco
@register
@add_repr
@tag("outer")
@tag("inner")
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("bolt", 3), Item.label, registry)
def replace_with_function(cls):
    def factory(*args):
        return ("made by factory", cls.__name__, args)
    return factory
@replace_with_function
class Gone:
    pass
print(Gone(1, 2), type(Gone).__name__)
def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = False
    def toggle(self):
        self.debug = not self.debug
        return self.debug
print(type(Settings).__name__, Settings.toggle(), Settings.toggle())
def auto_init(*names):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(names):
                raise TypeError(f"{cls.__name__} expects {len(names)} arguments, got {len(args)}")
            for n, v in zip(names, args):
                setattr(self, n, v)
        cls.__init__ = __init__
        return cls
    return deco
@add_repr
@auto_init("x", "y")
class Point:
    pass
print(Point(1, 2))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
def ordering(cls):
    cls.__le__ = lambda a, b: a < b or a == b
    cls.__gt__ = lambda a, b: not a <= b
    cls.__ge__ = lambda a, b: not a < b
    return cls
@ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(Num(1) <= Num(2), Num(3) > Num(2), Num(2) >= Num(2), Num(1) > Num(1))
evaluated = []
def noisy(name):
    evaluated.append("factory " + name)
    def deco(cls):
        evaluated.append("apply " + name)
        return cls
    return deco
@noisy("a")
@noisy("b")
class Order:
    evaluated.append("class body")
print(evaluated)
print(Item.__name__, Item.__qualname__, Point.__init__.__name__)
