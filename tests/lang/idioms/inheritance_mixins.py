# Inheritance idioms: super() chains, mixins, cooperative __init__ with **kwargs, MRO order, method overriding.
class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str):
                return '"' + v + '"'
            if isinstance(v, bool):
                return "true" if v else "false"
            if isinstance(v, (list, tuple)):
                return "[" + ", ".join(enc(x) for x in v) + "]"
            return str(v)
        return "{" + ", ".join(f'"{k}": {enc(v)}' for k, v in sorted(vars(self).items())) + "}"

class ReprMixin:
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({args})"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class Shape:
    def __init__(self, *, name="shape", **kwargs):
        super().__init__(**kwargs)
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Colored:
    def __init__(self, *, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
    def describe(self):
        return f"{self.color} " + super().describe()

class Rect(ReprMixin, JsonMixin, EqMixin, Colored, Shape):
    def __init__(self, w, h, **kwargs):
        super().__init__(**kwargs)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side, **kwargs):
        super().__init__(side, side, name="square", **kwargs)
    def describe(self):
        return "a " + super().describe()

r = Rect(2, 3, color="red", name="rect")
s = Square(4)
print(r, s)
print(r.describe(), "|", s.describe())
print(r.to_json(), s.to_json())
print(r == Rect(2, 3, color="red", name="rect"), r == s, Square(4) == Square(4), Square(4) != Square(5))
print([c.__name__ for c in Square.__mro__])
try:
    Rect(1, 2, colour="blue")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(r)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.mro()], super(B, D()).who(), super(C, D()).who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Override(Base):
    def step2(self):
        return "over2+" + super().step2()
print(Base().template(), Override().template())
class Logged:
    log = []
    def __setattr__(self, name, value):
        Logged.log.append(f"{type(self).__name__}.{name}={value!r}")
        super().__setattr__(name, value)
class Point(Logged):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(Logged.log, vars(p))
print(issubclass(Square, (Colored, int)), isinstance(s, Shape), Square.__bases__, Rect.__base__.__name__)
print(Square.describe is Rect.describe, Square.area is Rect.area, Rect.__dict__.get("describe"), "area" in Square.__dict__)
class Parent:
    def __init__(self):
        self.parent_ran = True
class ForgotSuper(Parent):
    def __init__(self):
        self.child_ran = True
fs = ForgotSuper()
print(sorted(vars(fs)), hasattr(fs, "parent_ran"))
