# __hash__ and __eq__ interplay: __eq__ without __hash__ makes instances unhashable, explicit None, inheritance.
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)

class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Both({self.k})"
d = {Both(1): "one", Both(2): "two"}
print(d[Both(1)], Both(2) in d, Both(3) in d)
print(len({Both(1), Both(1), Both(2)}))

class Child(Both):
    def __eq__(self, o):
        return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)

class Child2(Both):
    pass
print(hash(Child2(5)) == hash(5))

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)

class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

class IntSub(int):
    pass
class IntHash:
    def __hash__(self):
        return IntSub(7)
print(hash(IntHash()))

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

calls = []
class Tracker:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        calls.append("hash")
        return 0
    def __eq__(self, o):
        calls.append("eq")
        return self.k == o.k
s = {Tracker(1), Tracker(2), Tracker(1)}
print(len(s), sorted(calls))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print({1: "a", 1.0: "b", True: "c"})
