# Numeric hashing rules: equal numbers hash equal across int, float, bool, complex.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**61))
print(hash(2**64), hash(-2**64), hash(10**30))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(2**100) == hash(float(2**100)))
print(hash(0.5), hash(-0.5), hash(1.5), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(1 + 1j), hash(1j), hash(-1j))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {}
d2[2.0] = "a"
d2[2] = "b"
print(d2)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({1, 2, 3} == {1.0, 2.0, 3.0}, 3 in {3.0}, 3.0 in {3})
print(hash(10**18) == 10**18, hash(-(2**61 - 1)), hash(-(2**61)))
print([hash(x) for x in range(-3, 4)])
class N(int):
    pass
print(hash(N(5)) == hash(5), {N(5): 1}[5])
print(hash(2**61 - 1 + 5) == 5, hash(-(2**61 - 1) - 5) == -5)

keys = [1, 1.0, True, 2, 2.0, 3 + 0j]
seen = {}
for k in keys:
    seen[k] = type(k).__name__
print(seen)
print(len({10**20, float(10**20)}), len({2**53 + 1, float(2**53 + 1)}))
print(hash(-0.0), hash(0.0), hash(1e-300) != 0)
print(hash(3.5) == hash(7 / 2), hash(-3.5))
print(int.__hash__(7), float.__hash__(7.0))
print(hash(float("nan")) == hash(float("nan")) if False else "nan hash is per object")
