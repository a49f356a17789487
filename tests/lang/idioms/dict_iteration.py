# Dict iteration idioms: items/keys/values, sorting by value, filtering, safe deletion, live views, order.
stock = {"apple": 5, "pear": 0, "fig": 12, "kiwi": 3, "plum": 0}
for name, qty in stock.items():
    print(f"{name:>6}: {qty}")
print(list(stock), list(stock.values()), sum(stock.values()), len(stock))
print(sorted(stock, key=stock.get), sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(stock, key=stock.get), min(stock.items(), key=lambda kv: kv[1])[0])
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
empty = {k: v for k, v in {"x": 0, "y": 1}.items() if v}
print(empty)
keys = stock.keys()
values = stock.values()
items = stock.items()
stock["grape"] = 7
print(len(keys), list(values)[-1], ("grape", 7) in items, "grape" in keys, 7 in values)
del stock["fig"]
print(list(keys), list(items))
print(keys & {"apple", "zzz"}, keys | {"new"} == {"apple", "kiwi", "grape", "new"}, keys - {"apple"} == {"kiwi", "grape"})
try:
    for k in stock:
        del stock[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(stock)
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 99
print(list(d), d)
del d["z"]
d["z"] = 100
print(list(d), list(reversed(d)), next(iter(d)), next(reversed(d.items())))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"ann": {"age": 30, "langs": ["py", "c"]}, "bob": {"age": 25, "langs": []}}
for person, info in sorted(nested.items(), key=lambda kv: kv[1]["age"]):
    print(person, info["age"], ", ".join(info["langs"]) or "-")
print({k: v["age"] for k, v in nested.items()}, [k for k, v in nested.items() if "py" in v["langs"]])
print(nested.get("cy", {}).get("age", "unknown"), nested["ann"].get("langs", [])[0])
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[0])
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a.items() == b.items(), a.keys() == b.keys(), a.values() == b.values())
print(dict(sorted(a.items(), key=lambda kv: kv[1], reverse=True)), {**a, "x": 0}, dict(a, z=3))
for i, (k, v) in enumerate(a.items()):
    print(i, k, v)
it = iter(a.items())
print(next(it), type(it).__name__, type(a.keys()).__name__, type(a.values()).__name__)
print(repr(a.keys()), repr(a.values()), repr(a.items()))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
