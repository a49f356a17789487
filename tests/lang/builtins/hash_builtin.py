# hash(): numbers, strings equal hash for equal values, tuples, user classes, unhashables.
print(hash(1), hash(-1), hash(0), hash(1.0), hash(True), hash(None) == hash(None), hash(()) == hash(()))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(b"abc"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)) == hash(range(0, 3)))
for bad in [[], {}, set(), bytearray(), [1, 2]]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Default:
    pass
a, b = Default(), Default()
print(hash(a) == hash(a), a == b, a == a)
class ValueObj:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, ValueObj) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(ValueObj(1) == ValueObj(1), hash(ValueObj(1)) == hash(ValueObj(1)), len({ValueObj(1), ValueObj(1)}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class HashReturnsFloat:
    def __hash__(self):
        return 1.5
try:
    hash(HashReturnsFloat())
except TypeError as e:
    print(type(e).__name__, e)
class HashBig:
    def __hash__(self):
        return 2**100
print(hash(HashBig()) == hash(2**100))
class HashMinusOne:
    def __hash__(self):
        return -1
print(hash(HashMinusOne()))
class IntHash(int):
    pass
print(hash(IntHash(7)))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-2) == hash(-1), hash(2**61 - 1), hash(-(2**61 - 1)))
print(hash(1.5) == hash(3 / 2), hash(complex(1, 0)) == hash(1))
print(isinstance(hash("x"), int), hash(hash) == hash(hash))
