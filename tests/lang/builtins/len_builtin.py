# len(): builtins, __len__ protocol results (must be non-negative int), errors.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)),
      len(b"xy"), len(bytearray(3)), len(frozenset()), len(range(0, 100, 7)), len({}.keys()))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(0)), len(L(True)))
for n in [-1, 1.5, "3", 2**64, None]:
    try:
        print(len(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(n), type(e).__name__, e)
class IdxLen:
    def __index__(self):
        return 4
print(len(L(IdxLen())))
for bad in [5, 1.5, None, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class LenOnClass:
    pass
LenOnClass.__len__ = lambda self: 9
print(len(LenOnClass()))
inst = NoLen()
inst.__len__ = lambda: 3
try:
    len(inst)
except TypeError as e:
    print("instance attribute ignored:", type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
class ListSub(list):
    def __len__(self):
        return 42
ls = ListSub([1, 2])
print(len(ls), bool(ls), list(ls), ls.__len__())
print(len("🐍"), len("é"), len("e\u0301"), len(b"\xf0\x9f\x90\x8d"))
print(len([[1, 2], [3]]), sum(map(len, [[1, 2], [3]])))
