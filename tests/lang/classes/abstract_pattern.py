# Abstract-base-class patterns without the abc module: NotImplementedError, __init_subclass__ checks.
class Shape:
    required = ("area", "perimeter")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if getattr(cls, m) is getattr(Shape, m)]
        cls._abstract = missing
    def __new__(cls, *args, **kw):
        abstract = getattr(cls, "_abstract", cls.required)
        if abstract:
            names = ", ".join(abstract)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__new__(cls)
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Partial(Shape):
    def area(self):
        return 0
print(Rect(2, 3).describe(), Square(2).describe())
for cls in [Shape, Partial]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
class Base:
    def run(self):
        return self.step()
    def step(self):
        raise NotImplementedError(f"{type(self).__name__} must implement step()")
class Impl(Base):
    def step(self):
        return "implemented"
print(Impl().run())
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
class Interface:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for name in ("open", "close"):
            if not callable(getattr(cls, name, None)):
                raise TypeError(f"{cls.__name__} must define {name}()")
class Good(Interface):
    def open(self):
        return "opened"
    def close(self):
        return "closed"
print(Good().open(), Good().close())
try:
    class Bad(Interface):
        def open(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented.__class__.__name__, bool(NotImplementedError), NotImplementedError.__mro__[1].__name__)
print(repr(NotImplemented), NotImplemented is NotImplemented)
