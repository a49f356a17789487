# Assigning __bases__: checks, new MROs for the class and its subclasses, slots and lookups follow.
class A: pass
class B: pass
class C(A): pass
class D(C): pass
for v in [[B], (), (1,), (D,), (int,), (A, A), (B, A), (B,)]:
    try:
        C.__bases__ = v
        print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__],
              [k.__name__ for k in B.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
    except Exception as e:
        print(type(e).__name__, e)
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)
class X(A):
    def m(self):
        return "X"
class Y(A): pass
y = Y()
Y.__bases__ = (X,)
print(y.m(), isinstance(y, X), Y.__base__.__name__, issubclass(Y, X))
class Z:
    def __add__(s, o):
        return "Z+"
    def __len__(s):
        return 7
class W: pass
try:
    W.__bases__ = (Z,)
except TypeError as e:
    print(type(e).__name__, e)
class W2(K := type("K", (), {})): pass
W2.__bases__ = (Z,)
print(W2() + 1, len(W2()))
W2.__bases__ = (K,)
try:
    W2() + 1
except TypeError as e:
    print(type(e).__name__, e)
class Fixed: pass
for target in [(int,), (object,), (list,), (Fixed,)]:
    try:
        W2.__bases__ = target
        print("ok", target[0].__name__)
    except TypeError as e:
        print(type(e).__name__, e)
class P1: pass
class P2(P1): pass
try:
    P1.__bases__ = (P2,)
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2: pass
class S3(S2): pass
try:
    S3.__bases__ = (S1,)
except TypeError as e:
    print(type(e).__name__, e)
class K1:
    attr = 1
class K2:
    attr = 2
class K3(K1): pass
k = K3()
print(k.attr)
K3.__bases__ = (K2,)
print(k.attr, K3.attr)
K2.attr = 3
print(k.attr)
class M1: pass
class M2(M1): pass
class M3(M1): pass
try:
    M1.__bases__ = (M2,)
except TypeError as e:
    print(type(e).__name__, e)
class Q(M2, M3): pass
print([c.__name__ for c in Q.__mro__])
try:
    M3.__bases__ = (M2,)
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in M3.__mro__], [c.__name__ for c in Q.__mro__], M3.__bases__)
class N1: pass
M3.__bases__ = (M1, N1)
print([c.__name__ for c in Q.__mro__], [c.__name__ for c in M1.__subclasses__()])
