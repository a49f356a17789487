# Assigning __class__: compatible layouts only, effects on method lookup, and the error messages.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, A), isinstance(a, B))
a.x = 1
a.__class__ = A
print(a.who(), a.x)

class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("p",)
class S3:
    __slots__ = ("q",)
s = S1()
s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = tuple
except TypeError as e:
    print(type(e).__name__, e)

class MyList(list):
    pass
class OtherList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.__class__ = OtherList
print(type(m).__name__, m.total(), m)

class State:
    def handle(self):
        self.__class__ = Running
        return "starting"
class Running(State):
    def handle(self):
        self.__class__ = Stopped
        return "running"
class Stopped(State):
    def handle(self):
        return "stopped"
st = State()
print([st.handle() for _ in range(4)])
print(a.__class__ is type(a), a.__class__.__name__)

class Sneaky:
    @property
    def __class__(self):
        return int
sn = Sneaky()
print(type(sn).__name__, sn.__class__.__name__, isinstance(sn, int), isinstance(sn, Sneaky))
