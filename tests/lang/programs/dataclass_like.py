# Dataclass-like classes by hand: __init__/__repr__/__eq__/__hash__/__lt__, total ordering without functools.
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments, got {len(args)}")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"field {k!r} given twice")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing: {', '.join(missing)}")
        for f in self.fields:
            setattr(self, f, values[f])

    def _astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __hash__(self):
        return hash((type(self).__name__,) + self._astuple())

def total_ordering(cls):
    lt = cls.__lt__
    cls.__gt__ = lambda a, b: NotImplemented if (r := lt(b, a)) is NotImplemented else r
    cls.__le__ = lambda a, b: NotImplemented if (r := lt(b, a)) is NotImplemented else not r
    cls.__ge__ = lambda a, b: NotImplemented if (r := lt(a, b)) is NotImplemented else not r
    return cls

@total_ordering
class Version(Record):
    fields = ("major", "minor", "patch")

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._astuple() < other._astuple()

    def __str__(self):
        return ".".join(map(str, self._astuple()))

    @classmethod
    def parse(cls, text):
        try:
            return cls(*(int(p) for p in text.split(".")))
        except ValueError:
            raise ValueError(f"bad version {text!r}") from None

class Point(Record):
    fields = ("x", "y")

v1, v2, v3 = Version(1, 2, 3), Version.parse("1.10.0"), Version(major=1, minor=2, patch=3)
print(v1, repr(v2), v1 == v3, v1 is v3, v1 != v2)
print(v1 < v2, v1 > v2, v1 <= v3, v1 >= v2, v2 >= v1)
print(sorted([Version.parse(s) for s in ["2.0.0", "1.10.1", "1.2.10", "1.2.9", "0.9.9"]]))
print(max(v1, v2), min([v2, v1, v3]) is v1)
print(len({v1, v3, v2}), hash(v1) == hash(v3), {v1: "a"}[v3])
p = Point(1, 2)
print(p, p == Point(1, 2), p == v1, p == (1, 2), Point(y=5, x=0))
for make in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, 2, z=3),
             lambda: Version.parse("1.x.3"), lambda: Version.parse("1.2")):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for op in (lambda: v1 < p, lambda: v1 >= 3, lambda: p < p):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)

class Frozen(Record):
    fields = ("name", "tags")
    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
f = Frozen("x", ("a", "b"))
print(f, hash(f) == hash(Frozen("x", ("a", "b"))))
for act in (lambda: setattr(f, "name", "y"), lambda: delattr(f, "tags")):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
unhashable = Frozen("y", ["list"])
try:
    hash(unhashable)
except TypeError as e:
    print(type(e).__name__, e)
class NoHash(Record):
    fields = ("a",)
    __hash__ = None
try:
    {NoHash(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash(1) == NoHash(1), NoHash.__hash__, Point.__eq__ is Record.__eq__)
