# dict corners: equal keys of different types, insertion order on overwrite, popitem/setdefault/fromkeys, view ops.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, list(d.keys())[0].__class__.__name__)
d = {"a": 1, "b": 2, "c": 3}
d["a"] = 10
print(list(d))
del d["a"]
d["a"] = 1
print(list(d))
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop("x")
except KeyError as e:
    print(type(e).__name__, e)
print({}.pop("x", None), {"x": 1}.pop("x", 2))
s = {}
print(s.setdefault("k", []), s.setdefault("k", [1]), s.setdefault("n"), s)
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared, dict.fromkeys([]), dict.fromkeys(range(3), 0))
print(dict([("a", 1), ["b", 2], "cd"]), dict(a=1, **{"b": 2}), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
for bad in [[1], [("a",)], [("a", 1, 2)], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
k = {"a": 1, "b": 2}.keys()
print(k & {"a", "z"}, sorted(k | {"c"}), k - {"a"}, sorted(k ^ {"b", "d"}), k == {"a", "b"}, k <= {"a", "b", "c"}, k.isdisjoint(["q"]))
it = {"a": 1, "b": 2}.items()
print(("a", 1) in it, ("a", 2) in it, it & {("b", 2)}, sorted(it | {("c", 3)}))
v = {"a": 1}.values()
print(1 in v, v == v, {"a": 1}.values() == {"a": 1}.values(), list(v))
try:
    {"a": 1}.values() | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
print({}.get(1), {1: 2}.get(1, "d"), (1, 2) in {(1, 2): 0}, {(1, [2]) if False else (1, (2,)): 3})
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
nd = {nan: 1}
print(nd[nan], nan in nd, float("nan") in nd, len({float("nan"): 1, float("nan"): 2}))
print({**{1: "a"}, **{1.0: "b"}}, {1: "a", 1.0: "b"}, dict.fromkeys([1, 1.0, True]))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:3], sum(big.values()))
d = {"x": 1}
d.update([("y", 2)], z=3)
d.update({"x": 0})
print(d, d.copy() == d, d.copy() is d)
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(reversed(d).__class__.__name__, list(reversed(d.items())), list(reversed(d.values())))
print(d.__or__(1), {1: 2}.__ror__({3: 4}) if hasattr(dict, "__ror__") else "")
ordered = {}
for key in ["z", "y", "x", "y"]:
    ordered[key] = ordered.get(key, 0) + 1
print(ordered, repr({}), repr({1: {2: {}}}), str({"q": "'"}))
