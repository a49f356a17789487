# dict subclasses: __missing__, overriding __getitem__/__setitem__ (and which methods bypass them).
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"), len(c))
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r} here")
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)
class Logged(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        super().__setitem__(key, value)
lg = Logged(a=1)
print("constructor did not call setitem")
lg["b"] = 2
print(lg["a"])
print("get:", lg.get("a"))
lg.update(c=3)
print("update bypassed setitem:", lg)
lg.setdefault("d", 4)
print(dict(lg), list(lg.items()))
print({**lg})
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
lw = Lower()
lw["KEY"] = "v"
print(lw, lw["Key"], "key" in lw, "KEY" in lw)
class WithMissingNotCalledByGet(dict):
    def __missing__(self, key):
        return "missing!"
w = WithMissingNotCalledByGet()
print(w["q"], w.get("q"), w.get("q", "dflt"), "q" in w)
print(type(Counter(a=1).copy()).__name__, type(Counter(a=1) | {}).__name__)
class Frozen(dict):
    def __setitem__(self, key, value):
        raise TypeError("frozen")
f = Frozen(a=1)
try:
    f["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
f.update(b=2)
print(f)
print(isinstance(c, dict), Counter.__mro__[1].__name__, c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
