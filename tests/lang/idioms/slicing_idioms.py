# Slicing idioms: copies, reversal, steps, negative indices, slice assignment/deletion, slice objects.
s = list(range(10))
print(s[:3], s[-3:], s[::2], s[1::2], s[::-1], s[-2:1:-3], s[100:], s[-100:2])
copy = s[:]
copy[0] = "changed"
print(s[0], copy[0], copy is not s)
text = "Hello, World"
print(text[::-1], text[7:], text[:-7], text[::3], text[-5:-1], text[5:2], text[::-2])
print("racecar"[::-1] == "racecar", (1, 2, 3)[::-1], range(10)[2:8:3], range(10)[::-1])
a = [1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0]
print(a)
a[:0] = ["front"]
a[len(a):] = ["back"]
print(a)
del a[1::2]
print(a)
a[1:1] = range(3)
print(a)
a[:] = []
print(a)
try:
    b = [1, 2, 3, 4]
    b[::2] = [9]
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0:1] = [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, None, 2)
print(sl, s[sl], sl.start, sl.stop, sl.step, slice(5), slice(5).indices(3), slice(-3, None).indices(10))
FIRST_TWO = slice(0, 2)
records = ["ab12", "cd34", "ef56"]
print([r[FIRST_TWO] for r in records], [r[slice(2, None)] for r in records])
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks("abcdefgh", 3), chunks(list(range(7)), 2), chunks("", 2))
def rotate(seq, k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1), rotate([], 3), rotate((1, 2, 3), 4))
print(s[len(s) // 2:], s[:len(s) // 2], s[-1], s[-len(s)])
try:
    s[len(s)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["1":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray(b"hello world")
b[0:5] = b"HELLO"
print(b, b[::-1], bytes(b[-5:]), memoryview(b)[6:].tobytes())
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():], "abcdef"[:Idx()])
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
print(sp[1:2], sp[::], sp[1:2, 3], sp[..., 0], sp[:, None])
big = list(range(20))
print(big[3:-3][::4], big[::-1][::5], big[-1:-20:-6])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in matrix[1:]], [row[::-1] for row in matrix][::-1])
