# `del o[k]` on objects that cannot delete items: "doesn't" from the sequence path, "does not" otherwise.
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
def drop(o, k):
    del o[k]
class A:
    pass
class GetOnly:
    def __getitem__(self, k):
        return k
class Idx:
    def __index__(self):
        return 0
samples = [(1,), "ab", b"ab", range(3), frozenset(), {}.keys(), A(), GetOnly(), 5, 2.5, None, len, A, object()]
for o in samples:
    for k in (0, True, Idx(), "k", 1.5, slice(0, 1)):
        show(lambda: drop(o, k))
show(lambda: drop([1, 2], "a"))
show(lambda: drop([1, 2], 5))
show(lambda: drop({}, "a"))
show(lambda: drop(bytearray(b"ab"), 9))
lst = [1, 2, 3]
del lst[0]
d = {"a": 1}
del d["a"]
print(lst, d)
class Deletes:
    def __delitem__(self, k):
        print("del", k)
del Deletes()[3]
show(lambda: drop(Deletes(), "x"))
