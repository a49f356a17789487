# range idioms: counting down, steps, indices of sequences, membership, slicing ranges, len and reversed, errors.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r.start, r.stop, r.step, 19 in r, 20 in r, r.index(15), r.count(7))
print(list(reversed(range(4))), list(range(9, -1, -1)), sum(range(101)), max(range(7)), min(range(3, 9)))
letters = "abcdef"
for i in range(len(letters) - 1, -1, -2):
    print(i, letters[i], end="; ")
print()
for i in range(0, len(letters), 2):
    print(letters[i:i + 2], end=" ")
print()
print([i * i for i in range(1, 6)], {i: chr(65 + i) for i in range(3)}, tuple(range(-3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), len(range(-10, 10, 3)))
huge = range(10 ** 20)
print(len(range(10 ** 18)), huge[10 ** 19], 10 ** 19 in huge, huge[-1], huge[::10 ** 19])
try:
    len(huge)
except OverflowError as e:
    print(type(e).__name__, e)
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: r[100], lambda: r.index(16),
            lambda: range(1, 2, 3, 4), lambda: range()):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(list(range(True, 3)), range(2)[True], 1.0 in range(3), 2.5 in range(3), "a" in range(3))
class Idx:
    def __index__(self):
        return 4
print(list(range(Idx())), range(10)[Idx()], range(Idx(), 10, Idx()))
pairs = [(i, j) for i in range(3) for j in range(i + 1, 3)]
print(pairs, len(pairs))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([matrix[i][i] for i in range(3)], [matrix[i][2 - i] for i in range(3)])
countdown = []
for n in range(3, 0, -1):
    countdown.append(str(n))
print(" ".join(countdown) + " liftoff", [n for n in range(20) if n % 3 == 0 and n % 2 == 0])
it = iter(range(3))
print(next(it), list(it), type(it).__name__, type(range(1)).__name__, repr(range(0, 5, 2)), str(range(3)))
