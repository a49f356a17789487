# dict construction, item access, insertion order, update order, deletion, KeyError messages.
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])))
print({1: "a", "1": "b", 1.5: "c", (1, 2): "d", None: "e", True: "f"})
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = "ONE"
print(d, len(d), list(d), d["two"], "two" in d, 2 in d, "four" not in d)
del d["two"]
d["two"] = 2
print(d)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(): 1}[()] , {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[1, 2], [("a",)], [("a", 1, 2)], 5, ["ab", "c"]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict([[1, 2]]), dict(((i, i * i) for i in range(3))))
e = {}
e[1] = "int"
e[1.0] = "float replaces value, keeps key"
print(e)
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict(), {1: 2} != {1: 3})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
r = {}
r["self"] = r
print(r)
print(str({"q": "it's"}), repr({1: [2, {3: 4}]}), f"{ {'k': 'v'} }")
keys = ["z", "a", "m", "b"]
o = {}
for k in keys:
    o[k] = len(o)
print(o, list(o.keys()), list(o.values()))
del o["a"]
o["a"] = "re-added at end"
print(o)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(hash(frozenset({1: 2}.items())) == hash(frozenset([(1, 2)])))
