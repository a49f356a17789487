# Changing __class__ of instances, __bases__ and __name__ of classes, and related errors.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ("x",)
s.__class__ = S3
print(type(s).__name__)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class Renamed:
    pass
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__, Renamed().__class__.__name__)
Renamed.__qualname__ = "Some.Qual"
print(Renamed.__qualname__)
try:
    Renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Renamed.__name__ = "bad\x00name"
except ValueError as e:
    print(type(e).__name__, e)
class Base1:
    def m(self):
        return "Base1"
class Base2:
    def m(self):
        return "Base2"
class Child(Base1):
    pass
c = Child()
print(c.m())
Child.__bases__ = (Base2,)
print(c.m(), [k.__name__ for k in Child.__mro__])
try:
    Child.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Child.__bases__ = (Child,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Child.__name__
except TypeError as e:
    print(type(e).__name__, e)
Child.__doc__ = "set later"
print(Child.__doc__)
Child.__module__ = "elsewhere"
print(Child.__module__)
