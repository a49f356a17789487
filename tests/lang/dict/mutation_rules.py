# Mutating dicts: during iteration errors, safe patterns, keys that change hash, deleting while copying.
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = dict(d)
for k in d2:
    d2[k] = -d2[k]
print("value replacement during iteration is allowed:", d2)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
e = {"a": 1}
try:
    for k in e:
        del e[k]
        e[k] = 2
except RuntimeError as err:
    print("delete and re-add:", type(err).__name__, err)
else:
    print("delete and re-add of the same key is not detected:", e)
f = {1: "a", 2: "b"}
it = iter(f.items())
next(it)
f.pop(2)
try:
    next(it)
except RuntimeError as err:
    print(type(err).__name__, err)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
k = Key(1)
g = {k: "value"}
k.v = 2
print(Key(1) in g, Key(2) in g, k in g, list(g))
h = {}
h.update((str(i), i) for i in range(3))
h.update(zip("xy", "XY"))
print(h)
m = {"a": [1]}
copy = m.copy()
copy["a"].append(2)
copy["b"] = 3
print(m, copy)
n = {}
n.setdefault("list", []).append(1)
n.setdefault("list", []).append(2)
print(n)
big = {}
for i in range(10000):
    big[i] = i
for i in range(9990):
    del big[i]
print(big, len(big))
big.clear()
print(big, len(big))
order = {}
order["z"] = 1
order["a"] = 2
order.pop("z")
order["z"] = 3
print(list(order))
