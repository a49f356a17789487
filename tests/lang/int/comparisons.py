# Integer comparisons, with floats, bools, big ints, and chained forms.
vals = [-(10**30), -5, -1, 0, 1, 5, 10**30]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals])

print(1 == 1.0, 1 == True, 0 == False, 2 == True, 10**30 == 1e30, 2**53 + 1 == float(2**53 + 1))
print(2**53 + 1 > float(2**53), 2**1000 > 1e308, 2**1024 > float("inf"), -2**1024 < float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 1 != float("nan"))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
print(max(3, 10**20, -4), min(3, 10**20, -4), sorted([3, -1, 10**20, 0, True]))
print(1 == 1 + 0j, 1 != 1 + 1j)
for bad in ["1 < 'a'", "1 >= None", "1 < []", "1 <= 1j"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(1 == "1", 1 != "1", 1 == None, [1] == [1.0])
print((1).__lt__("a"), (1).__eq__(None))
print(0 == -0, 5 in [1, 5.0], 5 in {5.0: 1})
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print(-1 < -0.5 < 0 <= 0.0 < 1e-300)
print(10**400 > 1e308, 10**400 == float("inf"), -10**400 < -1e308)

class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other
    def __lt__(self, other):
        return self.v < other
print(3 == Num(3), 3 > Num(2), Num(1) < 2)
try:
    print(3 < Num(2))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([5, 2.5, True, -3, 10**20, 0.0]))
print([x for x in range(-3, 4) if -2 < x <= 2])
print(int.__eq__(1, 1.0), int.__lt__(1, 2.0))
print(0 == 0.0 == -0.0 == False)
