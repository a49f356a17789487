# if/elif/else chains, truthiness of conditions, nested ifs, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42, 1000)])
for value in [0, 1, "", "x", [], [0], None, 0.0, 0j, {}, set(), range(0), b""]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3:
    if x > 4:
        if x > 5:
            print("> 5")
        else:
            print("exactly 5")
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
y = "big" if x > 3 else "small"
z = "a" if x > 10 else "b" if x > 4 else "c"
print(y, z, ("yes" if [] else "no"), (1 if True else 1 / 0))
def side(label, result):
    print("  evaluating", label)
    return result
if side("first", False) or side("second", True):
    print("or short-circuit continued")
if side("third", False) and side("never", True):
    print("unreachable")
else:
    print("and short-circuited")
if (n := len("walrus")) > 3:
    print("walrus in if", n)
count = 0
if count == 0:
    pass
elif count == 1:
    print("never")
print("pass branch fine")
if x == 5 and (y == "big" or z == "never") and not None:
    print("compound condition")
values = [1, 2, 3]
if 2 in values and 5 not in values:
    print("membership tests")
if values is not None and len(values) == 3 and values[0] < values[-1]:
    print("chained checks")
if 0 < x < 10 < 100:
    print("chained comparison in if")
class Weird:
    def __bool__(self):
        print("  __bool__ consulted")
        return True
if Weird():
    print("object truthiness")
print(side("cond", 1) if side("test", 0) else side("else", 2))
