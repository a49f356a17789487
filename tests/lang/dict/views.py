# dict views: keys/values/items are live, set-like operations on keys and items, reversed, mapping.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), sorted(it | {("n", 0)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k.isdisjoint({"x"}))
print({"b", "c", "d"} == k, {"b"} <= k, sorted({"x"} | k), sorted(["b", "zz"] & k) if False else sorted(k & ["b", "zz"]))
try:
    v == v
    print("values views compare by identity:", v == d.values(), v == v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d["new-" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: "x", 2: "y"}
for key in list(e):
    del e[key]
print(e)
f = {"a": 1}
ki = iter(f)
f["a"] = "changed value is fine"
print(next(ki), f)
mp = {"p": 1, "q": 2}.keys().mapping
print(type(mp).__name__, mp["p"], dict(mp))
try:
    mp["r"] = 3
except TypeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(hash(frozenset(k)) == hash(frozenset(["b", "c", "d", "new-b"] if False else k)))
print([(key, val) for key, val in {"x": 10, "y": 20}.items()], dict({"x": 1}.items()))
g = {"k1": 1, "k2": 2}
print(list(zip(g.keys(), g.values())) == list(g.items()))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(set({"a": 1}.items()), set({"a": 1}.values()), {"a": 1}.keys() - {"a"})
