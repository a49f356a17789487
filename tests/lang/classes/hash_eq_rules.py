# __hash__/__eq__ rules: defining __eq__ removes __hash__, inheritance of __hash__, sets and dicts.
class Default:
    pass
class EqNoHash:
    def __eq__(self, other):
        return isinstance(other, EqNoHash)
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"E({self.k})"
print(Default.__hash__ is object.__hash__, EqNoHash.__hash__, EqAndHash.__hash__ is not None)
try:
    {EqNoHash()}
except TypeError as e:
    print(type(e).__name__, e)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(1) in s, EqAndHash(3) in s, sorted(s, key=lambda e: e.k))
d = {EqAndHash("a"): 1}
d[EqAndHash("a")] = 2
print(d)
class InheritsHash(EqAndHash):
    pass
print(InheritsHash.__hash__ is EqAndHash.__hash__, hash(InheritsHash(5)) == hash(5))
class OverridesEq(EqAndHash):
    def __eq__(self, other):
        return False
print(OverridesEq.__hash__)
class KeepsHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
print(hash(KeepsHash(3)) == hash(3))
k = KeepsHash(1)
print(k in {k}, k == k, [k].count(k), k in [k])
class BadHash:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print(len({BadHash(), BadHash()}), len({1, BadHash()}))
class Counter:
    calls = 0
    def __hash__(self):
        Counter.calls += 1
        return 7
c = Counter()
x = {c: 1}
x[c]
c in x
print(Counter.calls)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
m = Mutable(1)
st = {m}
m.v = 2
print(m in st, Mutable(1) in st, Mutable(2) in st, len(st))
class NoneHash:
    __hash__ = None
try:
    hash(NoneHash())
except TypeError as e:
    print(type(e).__name__, e)
class ChildRestores(NoneHash):
    def __hash__(self):
        return 0
print(hash(ChildRestores()))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
class IntLike(int):
    def __eq__(self, other):
        return True
print(IntLike.__hash__)
