# __index__ lets objects act as integers in slices, bin/hex, range, sequence repetition.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(5)], seq[::Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(4))), range(Idx(1), Idx(10), Idx(3))[1])
print("ab" * Idx(3), [0] * Idx(2), (1,) * Idx(2), b"x" * Idx(4))
print(operator_like := Idx(9).__index__())
print(int(Idx(12)), pow(Idx(2), Idx(5)) if False else 2 ** Idx(5).__index__())
print((10).to_bytes(Idx(2), "big"))
print("abcdef"[Idx(1):Idx(4)], "abc".center(Idx(7), "*"))
print(round(3.14159, Idx(2)), chr(Idx(65)))

class BadIdx:
    def __index__(self):
        return 1.5
try:
    seq[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    seq[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)

class Big:
    def __index__(self):
        return 10**30
try:
    seq[Big()]
except IndexError as e:
    print(type(e).__name__, e)
print(seq[Idx(2) .__index__():])
print(True.__index__(), [10, 20][True])
