# sorted() returns new lists from any iterable; sum() with start values and type rules.
print(sorted("hello"), sorted({3: 0, 1: 0}), sorted((3, 1)), sorted(x % 4 for x in range(8)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.casefold))
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], 5), sum(range(101)), sum([[1], [2]], []))
print(sum([1, 2.5]), sum([1j, 2]), sum([True, True]), type(sum([True, True])).__name__)
print(sum(((1,), (2,)), ()), sum([1, 2], start=100), sum(x * x for x in range(4)))
for bad in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.c})"
print(sum([Money(1), Money(2), Money(3)]), sum([Money(5)], Money(10)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([10**20, 1.5]))
print(sum([2**62, 2**62, 2**62]), sum(range(10**6)))
print(sum([1.5, 2**70]), sum([float("inf"), 1]), sum([-0.0]), sum([-0.0], -0.0))
