# Lookups of absent keys whose hashes share low bits with present keys,
# and keys removed and added again: presence must follow the dict exactly.
d = {}
for k in range(0, 640, 64):
    d[k] = k
print([k in d for k in range(0, 700, 32)])
for k in range(0, 640, 128):
    del d[k]
print(sorted(d), [k in d for k in range(0, 640, 64)])
d[0] = "back"
print(d.get(0), d.get(128), 128 in d)
names = {"alpha": 1, "beta": 2}
probe = ["alpha", "beta", "gamma", "delta", "", "a" * 100]
print([names.get(p) for p in probe])
class K:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and other.h == self.h
m = {K(1): "one", K(65): "sixty-five"}
print(K(1) in m, K(65) in m, K(129) in m, K(2) in m, m[K(65)])
g = {}
exec("x = 1", g)
print("x" in g, "y" in g)
big = {str(i): i for i in range(1000)}
print(sum(1 for i in range(2000) if str(i) in big))
big.clear()
print("1" in big, len(big))
