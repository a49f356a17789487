# range objects: lengths with negative steps, indexing, slicing into ranges, equality, containment, huge ranges.
for r in [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(0, -5, -1), range(5, 5), range(-3, 3), range(0, 10, 20)]:
    print(r, len(r), list(r)[:5], bool(r))
r = range(2, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:-10])
print(list(r[::-1]), list(range(10)[::-3]), range(10)[3:1:-1])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, -1 in r, 20 in r, 8.0 in r, True in range(2))
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3, 1), range(1) != [0])
print(hash(range(0)) == hash(range(3, 3)), range(0, 10, 3) == range(0, 11, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big, big.index(12345), big[::10 ** 19], big.count(5))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10 ** 20, 0, -10 ** 19)[3], list(range(-(10 ** 20), -(10 ** 20) + 3)))
print(r.start, r.stop, r.step, range(3).step, repr(range(1, 2)), repr(range(1, 2, 1)), str(range(0, -1, -1)))
it = iter(range(3))
print(next(it), list(it), list(it), list(reversed(range(1, 7, 2))), list(reversed(range(0))))
print(sum(range(101)), max(range(-5, 0)), min(range(3, 100, 7)), sorted(range(3), reverse=True))
print(range(5)[True], list(range(0, 10)[2:8][1:4]), range(0, 10, 2)[1:3])
try:
    range(5).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print([i for i in range(3, -3, -2)], list(range(False, True + 2)))
