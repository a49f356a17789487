# Indexing and slicing strings: negative indices, steps, out-of-range, slice objects.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], s[:], s[3:], s[:3], s[3:7], s[-3:], s[:-3], s[-7:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1], s[7:2:-2], s[2:7:-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]), s[:-100] == "")
print(s[slice(2, 5)], s[slice(None, None, 3)], s[slice(-2, None)], s[slice(None)])
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1:2.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[2**100:], s[-2**100:2], s[::2**100], s[::-2**100])
u = "añ日𝄞b"
print(len(u), u[1], u[2], u[3], u[::-1], u[1:4], [c for c in u])
print(s[True], s[False:True], s[None:None:None])
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():I() + 3 if False else 5], s[::I()])
print("".join(s[i] for i in range(0, len(s), 3)))
print(s[len(s) - 1], s[-len(s)], s[:0] == "", type(s[0:1]).__name__)
print(s[3:3], s[-1:-1], s[8:-100:-1], s[-100:100:4])
print(s.__getitem__(3), s.__getitem__(slice(1, 3)))
