# Implicit special-method lookup goes through the type: instance attributes and __getattribute__ are bypassed.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-type-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())

class Spy:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __add__(self, o):
        return "added"
    def __iter__(self):
        return iter([1])
s = Spy()
print(len(s))
print(s + 1)
print(list(s))
print(s.__len__())

class Getattr:
    def __getattr__(self, name):
        print("  __getattr__", name)
        return lambda *a: "dynamic"
g = Getattr()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g + 1
except TypeError as e:
    print(type(e).__name__, e)

class Late:
    pass
late = Late()
Late.__len__ = lambda self: 5
Late.__getitem__ = lambda self, i: i * 2
Late.__eq__ = lambda self, o: True
print(len(late), late[4], late == 3)
del Late.__len__
try:
    len(late)
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __len__(cls):
        return 10
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __iter__(cls):
        return iter(["a", "b"])
    def __contains__(cls, x):
        return x == "member"
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __call__(cls, *a):
        return "called " + cls.__name__
    def __invert__(cls):
        return "inverted class"
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), K[1], list(K), "member" in K, "x" in K, repr(K), K(), ~K)
print(K.__len__(K()) if False else len(type.__call__(K)))

class HasClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"
print(HasClassGetitem[int], HasClassGetitem["x", 1])
class Sub(HasClassGetitem):
    pass
print(Sub[0])
try:
    HasClassGetitem()[0]
except TypeError as e:
    print(type(e).__name__, e)

class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(A) if not n.startswith("__")])
class Str:
    def __str__(self):
        return "S"
st = Str()
st.__str__ = lambda: "instance"
print(str(st), f"{st}", "%s" % st, print(st) or "printed")
class Hashy:
    def __hash__(self):
        return 5
h = Hashy()
h.__hash__ = lambda: 6
print(hash(h))
