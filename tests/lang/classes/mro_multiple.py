# Multiple inheritance: C3 linearization, diamond with cooperative super(), MRO conflicts.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who(), D.mro() == list(D.__mro__))
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
try:
    class F(D, E):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class H(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.log.append(f"leftover {sorted(kw)}")
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.log.append(f"Left({left})")
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.log.append(f"Right({right})")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")
print(Both(left=1, right=2).log)
print(Both(left=1, right=2, extra=3).log)
class Mixin:
    def greet(self):
        return "mixin greets " + self.name()
class Named:
    def name(self):
        return "named"
class Combo(Mixin, Named):
    pass
print(Combo().greet(), Combo.__bases__ == (Mixin, Named))
class Attr1:
    value = 1
class Attr2:
    value = 2
class Pick(Attr1, Attr2):
    pass
class Pick2(Attr2, Attr1):
    pass
print(Pick.value, Pick2.value)
print(issubclass(D, (C, int)), isinstance(D(), B), [b.__name__ for b in D.__bases__])
try:
    class BadBase(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
