# Hashes of floats agree with ints and fractions; dict/set keys across numeric types.
print(hash(0.5), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(-1e-300))
print(hash(float("inf")), hash(float("-inf")), hash(2.0 ** 61), hash(2.0 ** 62))
print(hash(1.0) == hash(1), hash(2.0 ** 80) == hash(2 ** 80), hash(-1.0) == hash(-1))
print(hash(-1.0), hash(-2.0), hash(0.25) == hash(0.25))
d = {0.5: "half", 1: "one", 2.0: "two"}
print(d[1.0], d[2], d.get(0.50), len(d))
s = set([1, 1.0, 2, 2.0, 0.5, 1 / 2])
print(sorted(s), len(s))
counts = {}
for v in [1, 1.0, True, 2.0, 2, 3.5, 7 / 2]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash(1e-320) > 0, hash(5e-324))
print([hash(x / 4) for x in range(-4, 5)])
class F(float):
    pass
print(hash(F(1.5)) == hash(1.5), F(1.5) in {1.5})
print(float.__hash__(3.0) == 3)
print(hash(123456789.0) == 123456789, hash(1e20) == hash(10 ** 20))
print(hash(0.1) == hash(0.1 + 0.0), hash(-0.0))
big = [2.0 ** k for k in range(55, 70)]
print([hash(b) == hash(int(b)) for b in big])
print(len({hash(x) for x in [0.0, -0.0, 0]}))
print(hash(2**-1074 if False else 5e-324) == hash(5e-324))
print({1.5: "a"} == {1.5: "a"}, {1: "a"} == {1.0: "a"})
vals = [x * 0.25 for x in range(8)]
print({v: i for i, v in enumerate(vals)})
print(hash(3.75) == hash(-3.75) * -1 if hash(3.75) != -1 else "minus-one")
print(hash(-0.5) == -hash(0.5))
print(sorted({1e10, 1e10 + 1, 10**10}))
