# Builtin functions and methods used as first-class values: stored, passed to map/sorted, compared and bound.
ops = [len, str.upper, str.strip, abs, list.copy]
print([type(f).__name__ for f in ops])
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "xy"])), list(map(abs, [-1, 2])))
print(sorted(["b", "C", "a"], key=str.lower), max(["aa", "b"], key=len), min([3, -4], key=abs))
words = "the quick brown fox".split()
print(sorted(words, key=str.__len__), list(filter(str.isalpha, ["a1", "bc"])))
table = {"up": str.upper, "low": str.lower, "len": len}
print({k: f("MiX") for k, f in table.items()})
get = {"a": 1}.get
print(get("a"), get("b"), get("b", 0))
push = [].append
for i in range(3):
    push(i)
print(push.__self__)
class Box:
    size = len
    up = str.upper
    store = list.append
b = Box()
print(Box.size("abc"), b.size.__name__, type(b.size).__name__)
print(Box.up("q"), type(Box.__dict__["up"]).__name__)
try:
    b.up()
except TypeError as e:
    print(type(e).__name__, e)
class LBox(list):
    add = list.append
lb = LBox()
lb.add(5)
print(lb, type(lb.add).__name__)
print(len in [len], str.upper in {str.upper: 1}, [].append in [[].append])
fs = [getattr("x", n) for n in ("upper", "isalpha", "zfill")]
print([f.__name__ for f in fs], fs[2](3))
print(callable(len), callable(str.upper), callable(int.real), callable(int.__add__))
