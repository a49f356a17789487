# __slots__: no instance dict, restricted attributes, inheritance, defaults conflicts, __weakref__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
c = Child(5)
c.anything = "child without __slots__ gets a dict"
print(c.anything, vars(c))
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(1)
sc.z = 3
print(sc.x, sc.z, hasattr(sc, "__dict__"))
try:
    sc.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
class Str:
    __slots__ = "single"
s = Str()
s.single = "one slot from a string"
print(s.single, Str.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)
class Private:
    __slots__ = ("__hidden",)
    def set(self, v):
        self.__hidden = v
    def get(self):
        return self.__hidden
pv = Private()
pv.set("mangled")
print(pv.get(), [n for n in dir(Private) if "hidden" in n])
class Multi1:
    __slots__ = ("a",)
class Multi2:
    __slots__ = ("b",)
try:
    class Both(Multi1, Multi2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoSlots1:
    pass
class Fine(Multi1, NoSlots1):
    pass
print(sorted(k for k in Fine().__dict__), Fine.__mro__[1].__name__)
print(P.x.__name__, P.x.__objclass__.__name__)
