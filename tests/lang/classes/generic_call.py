# Calling a generic alias creates an instance of its origin and records __orig_class__ when it can.
print(list[int](), list[int]([1, 2, 3]), list[str]("abc"))
print(dict[str, int](a=1, b=2), dict[str, int]([("x", 1)]))
print(tuple[int, ...]((1, 2)), set[int]([3, 3, 4]) == {3, 4}, frozenset[int]() == frozenset())
print(type(list[int]()).__name__, type(dict[str, int]()).__name__)
x = list[int]()
print(hasattr(x, "__orig_class__"))
class Plain:
    def __init__(self, value=None):
        self.value = value
class Gen(list):
    pass
g = Gen[int]([1, 2])
print(g, type(g).__name__, g.__orig_class__, g.__orig_class__ == Gen[int])
class Slotted(list):
    __slots__ = ()
s = Slotted[int]([5])
print(s, hasattr(s, "__orig_class__"))
class Refuses:
    def __setattr__(self, name, value):
        raise TypeError("refused")
r = type(list[int])(Refuses, (int,))()
print(type(r).__name__, hasattr(r, "__orig_class__"))
class Strict:
    def __setattr__(self, name, value):
        raise ValueError("strict " + name)
try:
    type(list[int])(Strict, (int,))()
except ValueError as e:
    print(type(e).__name__, e)
p = type(list[int])(Plain, (int,))(7)
print(p.value, p.__orig_class__)
try:
    list[int](1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict[str, int](1)
except TypeError as e:
    print(type(e).__name__, e)
def factory(*args, **kwargs):
    return ("made", args, sorted(kwargs.items()))
print(type(list[int])(factory, int)(1, 2, k=3))
class Raises:
    def __init__(self):
        raise RuntimeError("init failed")
try:
    type(list[int])(Raises, ())()
except RuntimeError as e:
    print(type(e).__name__, e)
print(enumerate[str](["a", "b"]).__next__())
