# __slots__: no __dict__, unset slot errors, inheritance with and without slots, __dict__/__weakref__ in slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x + p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__)
print(P.__slots__)

class Sub(P):
    pass
s = Sub(5)
s.z = 3
print(s.x, s.z, sorted(s.__dict__))

class SubSlots(P):
    __slots__ = ("z",)
ss = SubSlots(1)
ss.z = 2
print(ss.x, ss.z, hasattr(ss, "__dict__"))
try:
    ss.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class One:
    __slots__ = "only"
o = One()
o.only = "str slots"
print(o.only, One.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Dup:
        __slots__ = ("a", "a")
    print("dup ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Mangled:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "hidden"
    def reveal(self):
        return self.__secret
print(Mangled().reveal(), sorted(k for k in Mangled.__dict__ if "secret" in k))

class ListSlots:
    __slots__ = ["p", "q"]
ls = ListSlots()
ls.p = 1
print(ls.p, getattr(ls, "q", "unset"))

class Prop:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 10
pr = Prop()
pr.v = 4
print(pr.v)

class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
