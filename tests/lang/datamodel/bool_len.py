# __bool__ and __len__: truth testing order, return type checks, negative and huge lengths.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(B(True)), bool(B(False)))
print("yes" if B(True) else "no")
print(not B(False))
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    if B("x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(5)))
try:
    len(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(L(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(L(1.0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(L("3"))
except TypeError as e:
    print(type(e).__name__, e)
print(len(L(True)))

class Idx:
    def __index__(self):
        return 4
try:
    print(len(L(Idx())))
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()))

class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)

class Empty:
    pass
print(bool(Empty()))
try:
    len(Empty())
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    pass
class LenSub:
    def __len__(self):
        return IntSub(3)
print(len(LenSub()), type(len(LenSub())).__name__)

print(B(True) and "after", B(False) or "fallback")
r = B(False) and "never"
print(type(r).__name__)
print(any([L(0), L(1)]), all([L(1), L(0)]))
x = [L(0), L(2), L(0)]
print([bool(i) for i in x].count(False))
while L(0):
    print("unreachable")
print("done")
