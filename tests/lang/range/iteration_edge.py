# range iteration corner cases: negative steps, huge bounds, reversed, length hints, reuse.
print(list(range(10, -1, -3)), list(range(-1, -10, -4)), list(range(0, -3)), list(range(3, 3, -1)))
r = range(3)
print([x for x in r], [x for x in r], list(zip(r, r)))
it = iter(range(5))
print(it.__length_hint__())
next(it)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(range(0, 10, 3))
print(type(rv).__name__, rv.__length_hint__(), list(rv))
huge = range(2**64, 2**64 + 3)
print(list(huge), len(huge), huge[1], 2**64 + 1 in huge)
print(list(reversed(huge)))
neg = range(-2**64, -2**64 - 6, -2)
print(list(neg), len(neg))
total = 0
for i in range(1, 11):
    total += i
else:
    print("completed loop", total)
for i in range(0):
    print("never")
else:
    print("empty range runs else")
for i in range(3):
    i = 100
print("loop var rebound", i)
for i in range(5):
    if i == 3:
        break
print("broke at", i)
seen = []
for i in range(3):
    for j in range(i, 3):
        seen.append((i, j))
print(seen)
print(list(range(0, 1, 10**20)), range(10**20, 0, -10**19)[3])
print(list(map(lambda x: x * x, range(-2, 3))))
print(list(enumerate(range(100, 103))))
print([range(i) for i in range(3)])
print(range(5)[::-1] == range(4, -1, -1), range(5)[::-1])
print(range(0, 100, 10)[2:8:2], list(range(0, 100, 10)[2:8:2]))
print(sum(1 for _ in range(1000)), len(range(-5, 5, 3)), list(range(-5, 5, 3)))
