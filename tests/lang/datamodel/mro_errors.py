# Method resolution order: C3 linearisation, diamond shapes, inconsistent hierarchies and base errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, XY):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Good(XY, X):
    pass
print([k.__name__ for k in Good.__mro__])
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromNone(None):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class TwoBuiltins(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left>" + super().who()
class Right(Top):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    pass
print(Bottom().who())
print(Bottom.__bases__ == (Left, Right), Bottom.__base__.__name__)
print(issubclass(Bottom, Top), issubclass(Top, Bottom), Top in Bottom.__mro__)
print([k.__name__ for k in int.__mro__], [k.__name__ for k in bool.__mro__])
print(object.__bases__, object.__mro__ == (object,), type.__mro__ == (type, object))

class Swap1: pass
class Swap2: pass
class Holder(Swap1): pass
Holder.__bases__ = (Swap2,)
print([k.__name__ for k in Holder.__mro__])
try:
    Holder.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Holder.__bases__ = (Holder,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Holder.__bases__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

class M(type):
    def mro(cls):
        return [cls, Extra, object]
class Extra:
    def extra(self):
        return "from Extra"
class Custom(metaclass=M):
    pass
print(Custom().extra(), [k.__name__ for k in Custom.__mro__])
