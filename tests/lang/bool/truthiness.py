# __bool__ and __len__ decide truth; their errors and precedence; truth in control flow.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()), bool(Neither()))
if B(True):
    print("if took it")
while L(0):
    print("never")
print("not:", not B(False))
print("and:", B(True) and "rhs")
print("or:", L(0) or "fallback")
print("ternary:", "yes" if L(2) else "no")
print([x.n for x in [L(0), L(1), L(2)] if x])

for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad_len in [-1, "3", 2**70]:
    try:
        bool(L(bad_len))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Raises:
    def __bool__(self):
        raise RuntimeError("no truth here")
try:
    if Raises():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print(not Raises())
except RuntimeError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(B):
    pass
print(bool(Sub(False)))
print(any([L(0), B(True)]), all([L(1), B(False)]))
