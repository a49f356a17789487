# Insertion order everywhere: iteration, repr, popitem, comprehensions, equality ignores order.
d = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    d[key] = len(key)
print(d)
print(list(d), list(d.values()), list(d.items())[0], next(iter(d)), next(reversed(d)))
d["alpha"] = 0
print(list(d))
del d["delta"]
d["delta"] = 5
print(list(d))
print({k: d[k] for k in sorted(d)})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list({3: 0, 1: 0, 2: 0}), list({"b": 0, "a": 0}), list(dict.fromkeys("hello")))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}.items()) == list({"b": 2, "a": 1}.items()))
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
print(list(big)[:10], list(big)[-3:], len(big))
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:8], len(big))
big[0] = "back"
print(list(big)[-1], list(big)[:3])
ints = {}
for k in [10, -1, 5, 2**70, 0]:
    ints[k] = str(k)
print(ints)
r = dict(zip(range(5), "abcde"))
print([k for k in reversed(r)], list(reversed(r.items()))[:2])
print(r.popitem(), r.popitem(), list(r))
copy = dict(r)
copy[99] = "x"
print(list(copy), list(r))
u = {"x": 1}
u.update([("w", 2), ("x", 3)])
print(u)
seen = []
for k, v in {"one": 1, "two": 2, "three": 3}.items():
    seen.append(f"{k}={v}")
print(",".join(seen))
print(max({"b": 1, "a": 2}), min({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}, reverse=True))
print(list(enumerate({"p": 0, "q": 0})), sum({1: "a", 2: "b"}))
