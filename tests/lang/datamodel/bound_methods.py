# Bound and unbound methods: identity vs equality, __self__/__func__, methods stored on instances, callables as methods.
class A:
    def m(self):
        return "m of " + type(self).__name__
    def __repr__(self):
        return "A()"
a = A()
m1, m2 = a.m, a.m
print(m1 == m2, m1 is m2, m1.__self__ is a, m1.__func__ is A.m, m1.__name__, m1.__qualname__)
print(A.m(a), type(A.m).__name__, type(a.m).__name__, a.m.__func__.__name__)
b = A()
print(a.m == b.m, A.m == A.m)
print(hash(a.m) == hash(a.m))

def free(self, x=1):
    return ("free", type(self).__name__, x)
A.free = free
print(a.free(), a.free(5))
a.inst_func = free
try:
    a.inst_func()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_func("explicit"))

class CallableObj:
    def __call__(self, *args):
        return ("callable object", len(args))
A.co = CallableObj()
print(a.co())

A.lam = lambda self: "lambda method"
print(a.lam())
A.builtin = len
try:
    a.builtin()
except TypeError as e:
    print(type(e).__name__, e)
print(A.builtin([1, 2]))

class B:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
b = B()
print(b.s(2), B.s(3), b.c(1), B.c(2), b.c.__self__ is B, B.c.__func__.__name__)
class BSub(B):
    pass
print(BSub.c(0), BSub().c(0))
sm = B.__dict__["s"]
print(type(sm).__name__, sm(5), sm.__func__(6))
cm = B.__dict__["c"]
print(type(cm).__name__, cm.__func__(B, 7))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)

meth = a.m
del A.m
print(meth())
try:
    a.m()
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
inc(); inc()
print(c.n, list(map(Counter.inc, [Counter(), Counter()])))
print(sorted([Counter(), Counter()], key=Counter.inc) is not None)
print(str.upper("abc"), str.join("-", "ab"), list.append.__name__, type(str.upper).__name__, type("a".upper).__name__)
print("abc".upper.__self__, [].append.__self__, (1).__add__(2), int.__add__(3, 4))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.free()
except TypeError as e:
    print(type(e).__name__, e)
bm = (5).bit_length
print(bm(), bm.__self__, bm.__name__)
class WithSlots:
    __slots__ = ()
    def f(self):
        return "slots method"
print(WithSlots().f(), WithSlots.f(WithSlots()))
