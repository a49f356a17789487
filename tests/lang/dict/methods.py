# dict methods: get, setdefault, pop, popitem (LIFO), update forms, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", "unused"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1})
d.update([("y", 2)])
d.update(z=3)
d.update({"x": "new"}, w=4)
d.update()
print(d)
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
d.update(KeysOnly())
print(d)
for bad in [5, [1], [("a", 1, 2)]]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
c = d.copy()
c["extra"] = True
print(len(d), len(c), "extra" in d)
nested = {"inner": [1]}
shallow = nested.copy()
shallow["inner"].append(2)
print(nested)
c.clear()
print(c, len(c))
m = {"k": 0}
for i in range(5):
    m["k"] = m.get("k", 0) + i
print(m)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
print(dict.get(d, "x"), dict.__getitem__(d, "y"), dict.__contains__(d, "z"), d.__len__())
print(sorted(n for n in dir({}) if not n.startswith("_")))
o = dict(a=1, b=2, c=3)
print(o.pop("b"), list(o), o.popitem(), list(o))
o["b"] = 20
print(list(o.items()))
