# classmethod and staticmethod idioms: alternative constructors, registries, subclass-aware factories.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_fake(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = map(int, s.split("."))
        return cls(y, m, d)

print(Date.from_string("2024-02-10"), EuroDate.from_string("10.02.2024"), EuroDate.today_fake())
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], Date(2023, 2, 1).days_in_month(), Date(2024, 2, 1).days_in_month())
d = Date(2000, 4, 1)
print(d.is_leap(2001), d.days_in_month(), d.from_string("1999-12-31"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, EuroDate.today_fake.__self__ is EuroDate, Date.is_leap.__name__)

class Shape:
    registry = {}
    count = 0
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}; known: {sorted(cls.registry)}") from None
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(Shape.create("square", 3).area(), Shape.create("rect", 2, 5).area())
try:
    Shape.create("circle", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(Square.bump(), Square.bump(), Rect.bump(), Shape.count, Square.count, Rect.count)

class Util:
    @staticmethod
    def add(a, b=10):
        return a + b
    sm = staticmethod(len)
    cm = classmethod(lambda cls, x: f"{cls.__name__}:{x}")
print(Util.add(1), Util().add(1, 2), Util.sm("abcd"), Util().cm(5), Util.cm(6))
try:
    Util.add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(abs)
cm = classmethod(repr)
print(sm.__func__ is abs, cm.__func__ is repr, callable(sm))
print(sm(-3))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many(), Sub().how_many(), Sub.instances)
