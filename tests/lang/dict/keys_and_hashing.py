# What can be a dict key: hashable builtins, equal keys collapse across types, tuples with unhashables.
d = {}
keys = [0, 1, -1, 1.5, "s", b"s", (1, 2), frozenset({1}), None, True, 2**100, 3 + 4j, range(2), ...]
for k in keys:
    d[k] = type(k).__name__
print(len(d), d)
print(d[1.0], d[0.0], d[False] if False in d else "False collapses into 0", d[frozenset([1])])
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), (1, [2])]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print("get with unhashable key:", type(e).__name__, e)
try:
    [1] in {}
except TypeError as e:
    print("membership with unhashable key:", type(e).__name__, e)
print({1: "int"} == {1.0: "int"}, {(1, 2): 0} == {(1.0, 2.0): 0})
nan = float("nan")
e = {nan: 1, float("nan"): 2}
print(len(e), e[nan])
class Collide:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.name == other.name
    def __repr__(self):
        return self.name
c = {Collide("a"): 1, Collide("b"): 2, Collide("c"): 3}
print(c, c[Collide("b")], Collide("d") in c)
del c[Collide("a")]
print(c, len(c))
s = {"key": 1}
print(s.get("key"), s.get("KEY"), "key" in s, "Key".lower() in s)
t = {(1, "a"): "tuple key", ("x",): "single"}
print(t[1, "a"], t["x",])
print({str(i): i for i in range(3)}, {i: str(i) for i in range(3)})
