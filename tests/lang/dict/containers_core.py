# dict core: construction, errors, methods, operators, views as sets, iteration guards.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict(a=1), dict([("x", 1), ["y", 2]], z=3), dict({"k": 0}, k=1), dict(zip("ab", "cd")))
t("seqlen", lambda: dict([(1,)]))
t("seqconv", lambda: dict([1]))
t("args", lambda: dict(1, 2))
t("upd", lambda: {}.update({}, {}))
t("unhash", lambda: {[]: 1})
t("missing", lambda: {}["nope"])
t("pop", lambda: {}.pop(1))
t("popitem", lambda: {}.popitem())
t("get", lambda: {}.get())
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 9))
print(d.pop("d"), d.pop("zz", "dflt"), d.popitem(), d)
d.update([("e", 5)], f=6)
d |= {"g": 7}
d |= [("h", 8)]
print(d, d | {"a": 0}, {"a": 0} | d)
t("or", lambda: {} | [])
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
k = d.keys()
print(k & {"a", "zz"}, sorted(k | ["q"]), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == set(d), k < set(d) | {"x"}, k.isdisjoint(["x"]), k.isdisjoint(["a"]))
it = d.items()
print(("a", 1) in it, ("a", 2) in it, ["a", 1] in it, sorted(it & {("a", 1)}), 1 in d.values())
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
print(len(k), len(it), len(d.values()), repr({}.items()))
def grow():
    e = {1: 1}
    for x in e:
        e[x + 1] = 1
t("grow", grow)
def swap():
    e = {1: 1, 2: 2}
    i = iter(e)
    next(i)
    del e[1]
    e[3] = 3
    return list(i)
t("swap", swap)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(x=1)
print(m["x"], m["ab"], type(m.copy()).__name__, m)
rec = {}
rec["self"] = rec
print(rec, {(1, 2): "t", None: 0, 1.5: [1]})
f = {i: i % 3 for i in range(8)}
g = {i: i % 2 for i in range(3, 12)}
print(f.items() ^ g.items(), g.items() ^ f.items(), f.keys() ^ g.keys())
print([1, 3, 50, 100, 7] ^ f.keys(), f.keys() & range(5, 15), range(5, 15) & f.keys())
print([(1, 1), (3, 5), (20, 40)] ^ f.items(), f.items() - [(1, 1)], [(1, 1), (5, 5)] - f.items())
