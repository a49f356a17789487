# __getitem__/__setitem__/__delitem__ receive ints, slices and tuples exactly as written.
class Rec:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Rec()
print(r[1], r[-1], r["k"], r[None])
print(r[1:2], r[:], r[::], r[1:], r[:2], r[::3], r[1:2:3])
print(r[1, 2], r[1:2, 3], r[:, ::2], r[...], r[..., 1])
print(r[()], r[(1,)], r[1,])
s = r[None:None:None]
print(s, s.start, s.stop, s.step)
r[0] = "a"
r[1:3] = [1, 2]
r[::2] = "x"
r[1, 2] = 3
r[...] = 0
del r[0]
del r[1:]
del r[:, 1]
k = r["a":"b":"c"]
print(type(k).__name__, k.start, k.stop, k.step)
x = r[lambda: 1:2]
print(type(x.start).__name__)

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return Seq(self.items[j] for j in range(start, stop, step))
        return self.items[i]
    def __repr__(self):
        return f"Seq({self.items})"
s = Seq("abcdef")
print(s[1:4], s[::-1], s[-2:], s[::2], s[100:], s[-100:2])
print(s[0], s[-1])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
print(list(s), "c" in s, "z" in s)

class ReadOnly:
    def __getitem__(self, i):
        return i
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoItems()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoItems()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Cls:
    pass
try:
    Cls[0]
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(1, 2, 3), repr(slice(None)), slice("a", [1]))
try:
    hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(-3, None).indices(5), slice(None, None, -1).indices(4))
