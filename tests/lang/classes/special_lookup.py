# Special methods are looked up on the type, not the instance; assigning dunders to classes later works.
class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda other: "instance add"
try:
    len(c)
except TypeError as e:
    print("len:", type(e).__name__, e)
print(repr(c).startswith("<"), c.__repr__())
try:
    c + 1
except TypeError as e:
    print("add:", type(e).__name__, e)
C.__len__ = lambda self: 7
C.__repr__ = lambda self: "class repr"
C.__add__ = lambda self, other: f"class add {other}"
print(len(c), repr(c), c + 1, str(c))
del C.__repr__
print(repr(c).startswith("<"))
class Meta(type):
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<class via Meta: {cls.__name__}>"
    def __iter__(cls):
        return iter(["m1", "m2"])
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), len(WithMeta()), repr(WithMeta), list(WithMeta))
class Getattr:
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "__len__":
            return lambda: 3
        raise AttributeError(name)
g = Getattr()
try:
    len(g)
except TypeError as e:
    print("implicit lookup skips __getattr__:", e)
print(g.__len__())
class GetattributeSpy:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 2
    def __eq__(self, other):
        return True
s = GetattributeSpy()
print(len(s), s == 1)
print(s.__len__())
class BoolOnType:
    pass
b = BoolOnType()
b.__bool__ = lambda: False
print(bool(b))
BoolOnType.__bool__ = lambda self: False
print(bool(b))
class EnterExit:
    pass
ee = EnterExit()
ee.__enter__ = lambda: None
ee.__exit__ = lambda *a: None
try:
    with ee:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Hashy:
    pass
h = Hashy()
h.__hash__ = lambda: 1
print(hash(h) == object.__hash__(h))
