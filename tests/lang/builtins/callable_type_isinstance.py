# callable, type (one- and three-argument forms), isinstance/issubclass with tuples and unions.
def f():
    pass
class C:
    def m(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
print(callable(f), callable(C), callable(C()), callable(C().m), callable(WithCall()), callable(len),
      callable(1), callable("x"), callable(None), callable(lambda: 0), callable(type), callable(int.__add__))
print(type(1).__name__, type("").__name__, type(None).__name__, type(f).__name__, type(C).__name__,
      type(C()).__name__, type(len).__name__, type(C().m).__name__, type(type).__name__)
Dyn = type("Dyn", (C,), {"x": 5, "hello": lambda self: "hi from " + type(self).__name__})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__[0].__name__, d.x, d.hello(), isinstance(d, C), Dyn.__qualname__)
Empty = type("Empty", (), {})
print(Empty.__bases__[0].__name__, Empty.__mro__[-1].__name__)
for bad in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", 1, {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float, int)), isinstance(1, (str, (float, int))))
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None), isinstance([], ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(C, C),
      issubclass(Dyn, (int, C)), issubclass(bool, int | str))
for bad in [(1, 1), (1, "int"), (1, [int])]:
    try:
        isinstance(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(type(int | str).__name__, (int | str).__args__ == (int, str), int | str == str | int)
print(repr(int | None), repr(list[int]), type(list[int]).__name__, isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) is int, type(True) is not int, type(C()) == C, C().__class__ is C)
