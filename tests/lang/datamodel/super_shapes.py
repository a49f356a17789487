# super(): zero-arg and two-arg forms, in classmethods/staticmethods/properties, errors and MRO walking.
class A:
    def f(self):
        return ["A"]
    @classmethod
    def c(cls):
        return ["A.c:" + cls.__name__]
    @property
    def p(self):
        return "A.p"
    def __repr__(self):
        return "A-repr"
class B(A):
    def f(self):
        return ["B"] + super().f()
    @classmethod
    def c(cls):
        return ["B.c"] + super().c()
class C(A):
    def f(self):
        return ["C"] + super().f()
    @property
    def p(self):
        return "C.p>" + super().p
class D(B, C):
    def f(self):
        return ["D"] + super().f()
    def __repr__(self):
        return "D:" + super().__repr__()
d = D()
print(d.f(), D.c(), d.p, repr(d))
print([k.__name__ for k in D.__mro__])
print(super(B, d).f(), super(C, d).f(), super(D, D).c())
print(super(B, D).f(d))
sup = super(D, d)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__, sup.__self__ is d)
ub = super(D)
print(type(ub).__name__, ub.__self__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(D, d).nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, d).f()
except AttributeError as e:
    print(type(e).__name__, e)

def outside(self):
    return super().f()
try:
    outside(d)
except RuntimeError as e:
    print(type(e).__name__, e)

class E(A):
    def f(self):
        def inner():
            return super(E, self).f()
        return ["E"] + inner()
    def g(self):
        return [x for x in super().f()]
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return type(e).__name__ + " " + str(e)
print(E().f(), E().g(), E.s())

class F(A):
    def f(self):
        __class__ = None
        return "shadowed __class__"
print(F().f())

class G(A):
    def f(self):
        return __class__.__name__
print(G().f())

class H(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __setattr__(self, k, v):
        super().__setattr__(k, v.upper() if isinstance(v, str) else v)
h = H()
h.name = "abc"
print(h.ok, h.name)

class I(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
i = I()
i["a"] = 1
print(i["a"], dict(i))
def late(self):
    return "late"
class J(A):
    pass
J.f2 = lambda self: super(J, self).f()
print(J().f2())
