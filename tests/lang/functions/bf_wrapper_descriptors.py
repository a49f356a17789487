# wrapper_descriptor (int.__add__) and method-wrapper ((1).__add__): names, owners, calls and errors.
w = int.__add__
print(type(w).__name__, repr(w), w.__name__, w.__qualname__, w.__objclass__ is int)
print(w.__doc__, w(2, 3), w(2, 3.5))
mw = (7).__add__
print(type(mw).__name__, mw.__name__, mw.__qualname__, mw.__self__, mw(1), mw(1.5))
print((7).__add__ == (7).__add__, (7).__add__ == (8).__add__, hash(mw) == hash((7).__add__))
for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__"):
    d = object.__dict__[name]
    print(name, type(d).__name__, d.__qualname__, repr(d))
print(repr(str.__len__), repr(list.__iter__), repr(float.__neg__))
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: int.__add__())
show(lambda: int.__add__("a", 1))
show(lambda: int.__add__(1))
show(lambda: int.__add__(1, 2, 3))
show(lambda: (1).__add__())
show(lambda: (1).__add__(x=1))
show(lambda: (1).__neg__(2))
show(lambda: str.__len__("abc"))
show(lambda: str.__len__(5))
show(lambda: (5).__add__("a"))
show(lambda: float.__mul__(2.0, "x"))
class A:
    pass
print(type(A.__init__).__name__, type(A().__init__).__name__, A.__init__ is object.__init__)
print(type(A.__repr__).__name__, A.__repr__.__objclass__ is object)
print(callable(w), callable(mw))
