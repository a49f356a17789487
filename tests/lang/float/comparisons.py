# float comparisons with ints (exact), big ints, and sorting with mixed types.
big = 2 ** 53
print(float(big) == big, float(big + 1) == big + 1, big + 1 > float(big), big + 1 < float(big) + 2)
print(1e300 < 10 ** 301, 1e300 > 10 ** 299, 1e300 == 10 ** 300, int(1e300) == 1e300)
print(0.1 == 1 / 10, 0.1 + 0.2 == 0.3, 0.5 == 1 / 2, 1.0 == 1, -0.0 == 0)
print(0.1 < 0.10000000000000001, 0.1 <= 0.10000000000000001)
print(sorted([3, 2.5, -1, 10 ** 20, 1e19, 0, -0.0, True]))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), min([-0.0, 0]))
print(2 ** 1000 > 1.7976931348623157e308, -(2 ** 1000) < -1.7976931348623157e308)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(float.__eq__(1.0, 1), float.__lt__(1.0, "a"), float.__ge__(2.0, 10**400))
for bad in ["1.0 < 'a'", "1.0 > None", "1.0 <= []"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(1.0 == "1.0", 1.0 != None, 1.5 in [1, 1.5], 2.0 in range(3))
print(1.0 == 1 + 0j, 1.5 == 1.5 + 0j)
a = [0.3, 0.1 + 0.2, 0.30000000000000004]
print(sorted(a), a.count(0.3), a.index(0.30000000000000004))
print(-1e-320 < 0, 5e-324 > 0, 5e-324 / 2 == 0)
print(1 < 1.5 < 2 < 2.5, 1.5 < 1 < 2)
print(float("1e-1") == 0.1, 3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
vals = [1.5, -2.25, 0.0, 3]
vals.sort(reverse=True)
print(vals)
class Half:
    def __eq__(self, other):
        return other == 0.5
    def __gt__(self, other):
        return 0.5 > other
print(0.5 == Half(), 0.25 < Half(), Half() == 0.5)
try:
    print(0.25 > Half())
except TypeError as e:
    print(type(e).__name__, e)
