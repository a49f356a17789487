# range with huge bounds, slicing, equality, hashing, index/count and membership
big = 2 ** 80
r = range(-big, big, 3)
print(r, r[0], r[-1], r[5], r[-5])
print(r[2:10:3], r[::-1][:2], r[big:], r[-big:-big + 9])
print(range(big)[5:10], range(big)[-3:], range(big)[::big // 4])
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(r.__len__ is not None, bool(r), bool(range(big, -big)))
for args in [(10,), (0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, 5), (2**63 - 2, 2**63 + 2)]:
    x = range(*args)
    print(x, len(x), list(x), list(reversed(x)), x[::-1], x[1:-1], x[::2])
print(list(range(2**63 - 3, 2**63 + 3)), list(reversed(range(-2**63 - 2, -2**63 + 2))))
it = iter(range(big, big + 5))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(iter(range(5))).__name__, type(reversed(range(5))).__name__)
# equality describes the sequence, not the arguments
pairs = [(range(0), range(5, 5)), (range(0, 5), range(0, 6, 5)), (range(1, 2), range(1, 9, 7)),
         (range(0, 3), range(0, 3, 1)), (range(0, 4, 2), range(0, 3, 2)), (range(big), range(big))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b))
print(range(3) == [0, 1, 2], range(3) == (0, 1, 2))
try:
    range(1) < range(2)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(0)) == hash((0, None, None)), hash(range(4, 5)) == hash((1, 4, None)))
print(hash(range(1, 5, 2)) == hash((2, 1, 2)))
# membership: ints in O(1) (bigger than any machine word), others by equality
print(big - 1 in range(big), big in range(big), -big in r, -big + 3 in r, -big + 1 in r)
print(3.0 in range(5), 3.5 in range(5), 'a' in range(5), True in range(2))
class MyInt(int):
    def __eq__(self, other):
        return False
    __hash__ = int.__hash__
print(MyInt(3) in range(5), range(5).count(MyInt(3)))
print(range(10).index(7), range(0, 100, 7).index(49), range(0, -100, -7).index(-49))
print(range(big).index(big - 1), range(10).count(3), range(10).count(3.0), range(10).count('x'))
for bad in [11, 50, 'a', 2.5]:
    try:
        print(range(0, 100, 7).index(bad) if bad != 11 else range(10).index(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [(1.5,), (1, 2, 0), ('a', 2), (1, 2, 3, 4), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(type(e).__name__, e)
for key in [10, -11, 'a', 1.0, big]:
    try:
        print(range(10)[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for sl in [slice(None, None, 0), slice(1.5, None)]:
    try:
        print(range(10)[sl])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(r.start == -big, r.stop == big, r.step, range(4).start, range(4).step)
print(range(3).__reduce__(), range(1, 2, 3).__reduce__()[1])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), range(10)[Idx()], range(10)[Idx():])
