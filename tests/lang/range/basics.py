# range: construction, len, indexing, slicing (gives ranges), membership, equality, repr.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r.start, r.stop, r.step, r[1:4], r[::-1], r[::2], r[-2:], r[5:1:-1])
print(list(r[::-1]), range(10)[3:100], range(10)[-100:2], range(0, 10, 2)[::-3])
for i in [7, -8, 10**30]:
    try:
        r[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(1.5,), ("a",), (1, 2, 3, 4), ()]:
    try:
        range(*bad)
    except TypeError as e:
        print(bad, type(e).__name__, e)
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in range(-5, 0), 3.0 in r, "3" in r, 3.5 in r)
print(r.index(9), r.count(9), r.count(10), range(5).index(4))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3),
      range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(5, 2)), hash(range(1, 10, 20)) == hash(range(1, 2)))
big = range(0, 10**30, 7)
print(len(big) if False else big.stop, big[10**20], 7 * 10**20 in big, big[-1])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10**30).__len__ if False else "skip", len(range(-10, 10**9, 10**8)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(10)), min(range(3, 9)))
print(range(5)[True], str(range(2, 5, 2)), range(1, 4).__class__.__name__)
try:
    range(5)[1] = 0
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(list(range(I())), range(I(), 10, I()), range(0, 5)[I()])
print(sorted(range(5), reverse=True), tuple(range(3)), set(range(3)) == {0, 1, 2})
it = iter(range(3))
print(next(it), list(it), type(it).__name__, iter(range(10**30)).__class__.__name__)
