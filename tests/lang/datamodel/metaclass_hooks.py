# Metaclasses: __prepare__, __new__, __init__, __call__ order; keyword arguments; metaclass conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return {"injected": "yes"}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kw))
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        inst = super().__call__(*a, **k)
        print("made", type(inst).__name__)
        return inst

class A(metaclass=Meta, flag=1):
    def m(self):
        return self.injected
    def __init__(self, v=0):
        print("A.__init__", v)
print(type(A).__name__, A.kw, A().m())
class B(A, flag=2, other=3):
    pass
print(type(B).__name__, B.kw)
B(7)

class OrderedNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("  define", k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return OrderedNS()
    def __new__(mcs, name, bases, ns):
        print("ns type", type(ns).__name__)
        return super().__new__(mcs, name, bases, dict(ns))
class C(metaclass=M2):
    b = 1
    a = 2
    def z(self):
        pass

class M3(type):
    pass
class D(metaclass=M3):
    pass
try:
    class E(A, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class SubMeta(Meta):
    pass
class F(metaclass=SubMeta):
    pass
class G(A, F):
    pass
print(type(G).__name__)

def func_meta(name, bases, ns):
    print("func_meta", name)
    return 42
class H(metaclass=func_meta):
    pass
print(H)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class I(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoKw:
    pass
try:
    class J(NoKw, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type(type), type(int).__name__, isinstance(A, type), isinstance(A, Meta))
X = type("X", (), {"v": 1, "f": lambda self: self.v + 1})
print(X.__name__, X().f(), X.__bases__[0].__name__)
Y = Meta("Y", (), {})
print(Y.kw, type(Y).__name__)
try:
    type("Z", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Z", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
