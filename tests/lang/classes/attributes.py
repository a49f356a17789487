# Class and instance attributes: lookup order, shadowing, class mutation visible to instances.
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
a = Counter("a")
b = Counter("b")
print(a.count, b.count, Counter.count, a.name, b.name)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
a.shared.append("from a")
print(b.shared, Counter.shared is a.shared)
Counter.new_attr = "added to class"
print(a.new_attr, b.new_attr)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")), sorted(vars(a)))
try:
    b.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del b.name
    del b.name
except AttributeError as e:
    print(type(e).__name__, e)
class Point:
    x = 0
    y = 0
p = Point()
p.x = 5
print(p.x, p.y, Point.x)
print(Point.__name__, Point.__qualname__, Point.__module__, type(Point.__dict__).__name__)
try:
    Point.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().method().__qualname__)
print(Outer.Inner.__name__, Outer.method.__qualname__)
p.__dict__["z"] = 9
print(p.z)
p.__dict__ = {"replaced": True}
print(p.replaced, hasattr(p, "z"))
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Doc:
    """The docstring."""
print(Doc.__doc__, Doc().__doc__, Point.__doc__)
print(p.__class__.__name__, type(p) is Point)
