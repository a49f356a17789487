# dict.setdefault / get / pop / update idioms for counting, grouping, caching, and missing keys.
log = ["GET /", "POST /login", "GET /about", "GET /", "DELETE /item/3", "POST /login", "GET /"]
by_method = {}
for entry in log:
    method, path = entry.split()
    by_method.setdefault(method, []).append(path)
print(by_method)
counts = {}
for entry in log:
    counts[entry] = counts.get(entry, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
for entry in log:
    method, path = entry.split()
    nested.setdefault(method, {}).setdefault(path, 0)
    nested[method][path] += 1
print(nested)
d = {"a": 1}
print(d.setdefault("a", 99), d.setdefault("b"), d.setdefault("c", []), d)
print(d.pop("b"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(d.get("nope"), d.get("nope", 0), "a" in d, "nope" not in d)
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list)
for word in "the cat and the hat and the bat".split():
    dd[word[0]].append(word)
print(dict(dd), dd.get("z"), "z" in dd, len(dd))
tally = DefaultDict(int, x=5)
for ch in "xyzxx":
    tally[ch] += 1
print(sorted(tally.items()))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a="A")
print(m["a"], m["b"], m.get("b"), "b" in m, "{a}-{b}".format_map(m))
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
merged = {**base, **override}
print(merged, base | override, override | base)
base2 = dict(base)
base2.update(override, extra=1)
base2 |= {"port": 1}
print(base2)
inventory = {"apples": 3, "pears": 0, "plums": 5}
for k in [k for k, v in inventory.items() if not v]:
    del inventory[k]
print(inventory, inventory.popitem(), inventory)
try:
    for k in inventory:
        inventory[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
cache = {}
def slow_square(n):
    if n not in cache:
        print("  compute", n)
        cache[n] = n * n
    return cache[n]
print([slow_square(n) for n in (2, 3, 2, 2, 3)])
first_seen = {}
for i, ch in enumerate("abracadabra"):
    first_seen.setdefault(ch, i)
print(first_seen)
print(dict([("a", 1), ["b", 2]]), dict(zip("xy", [9, 8])), dict(a=1, **{"b": 2}))
for bad in ([1, 2], [("a", 1, 2)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
