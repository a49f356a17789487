# __index__: used by slicing, bin/hex/oct, range, sequence repetition, operator positions; __int__ is not enough.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class OnlyInt:
    def __int__(self):
        return 3
class BadIndex:
    def __index__(self):
        return "x"
class IntSub(int):
    pass
class SubIndex:
    def __index__(self):
        return IntSub(2)

data = list(range(10))
print(data[I(3)], data[I(-1)])
print(data[I(2):I(5)], data[::I(3)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(list(range(I(3))), list(range(I(1), I(10), I(4))))
print("ab" * I(3), [0] * I(2), I(2) * (1,))
print((1, 2, 3)[I(1)], "hello"[I(4)], b"xyz"[I(0)])
print(int(I(7)), float(I(2)) if hasattr(float, "__index__") else "no float.__index__")
print(complex(I(1)) if False else "skip")
print(round(2.567, I(2)))
print(type(SubIndex().__index__()).__name__)
print(chr(I(65)), "%d" % I(42), "%x" % I(255))
print(I(3).__index__())
try:
    pow(I(2), I(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[OnlyInt()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(OnlyInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * OnlyInt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[I(1):"x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = None
    (1, 2)[k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[I(2 ** 80)]
except IndexError as e:
    print(type(e).__name__, e)
print(data[I(2 ** 80):], data[:I(-2 ** 80)])
print(int(OnlyInt()), int(I(9)))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(I(1), I(2)).indices(10) if False else slice(1, 8, 2).indices(5))
try:
    slice(I(1), None).indices(I(4))
    print(slice(I(1), None).indices(I(4)))
except TypeError as e:
    print(type(e).__name__, e)
print([10, 20, 30].pop(I(1)), [1, 2, 3].index(3, I(1)))
b = bytearray(b"abc")
b[I(0)] = I(65)
print(b)
