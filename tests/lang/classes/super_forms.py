# super(): zero-argument form, explicit two-argument form, in classmethods, unbound super, errors.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
    @staticmethod
    def s():
        return "A.s"
    @property
    def p(self):
        return "A.p"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        return "B.s>" + super(B, B).s()
    @property
    def p(self):
        return "B.p>" + super().p
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
b, c = B(), C()
print(b.f(), c.f(), B.c(), C.c(), B.s(), b.p, c.p)
print(super(B, b).f(), super(C, c).f(), super(A, b).__class__.__name__)
sup = super(B, b)
print(type(sup).__name__, sup.f(), sup.__self__ is b, sup.__thisclass__.__name__, sup.__self_class__.__name__)
unbound = super(B)
print(type(unbound).__name__, unbound.__self__)
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class D(A):
    def f(self):
        def inner():
            return super(D, self).f()
        return "D.f>" + inner()
    def g(self):
        try:
            return [super().f() for _ in range(2)]
        except TypeError as e:
            return f"in a 3.11 comprehension: {type(e).__name__}: {e}"
print(D().f(), D().g())
class E(A):
    def f(self):
        try:
            return super().missing()
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
print(E().f())
class F(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "F" + super().__repr__()[:0] + "()"
print(F().ok, repr(F()))
class G(A):
    def f(self):
        return super().f.__name__, super().__class__.__name__
print(G().f())
class H(B):
    def f(self):
        return super().f()
print(H().f(), H.c())
class Meta(type):
    def create(cls):
        return "Meta.create for " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.create(), super(Meta, WithMeta).__repr__()[:7])
