# A hand-written dataclass-style decorator: generated __init__/__repr__/__eq__ from annotations.
def record(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f"{cls.__name__}() missing required argument: {f!r}")
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.__match_args__ = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
@record
class Person:
    name: str
    email: str = "none"
    tags: tuple = ()
print(Point(1, 2), Point(3), Point(y=5, x=4), Point(1) == Point(1, 0), Point(1) == Point(2), Point(1) == (1, 0))
print(Person("ann"), Person("bob", tags=("admin",)), Person(name="cy", email="c@x"))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((), {"z": 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(Point(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__match_args__, Person.__match_args__)
match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case Point(x, 0):
        print("on the x axis at", x)
match Person("dee", "d@x"):
    case Person(name, email="d@x"):
        print("matched person", name)
points = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(points, key=lambda p: (p.x, p.y)), max(points, key=lambda p: p.y))
print([p for p in points if p.y > 0])
p = Point(1, 1)
p.x = 10
print(p, vars(p))
