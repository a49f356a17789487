# for loops: else clause, break/continue, unpacking targets, iteration over various iterables, target leakage.
for i in range(3):
    print("i", i)
else:
    print("for-else after normal completion")
for i in range(10):
    if i == 4:
        break
else:
    print("never")
print("loop variable after break", i)
for i in []:
    pass
else:
    print("else of empty loop, i still", i)
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for idx, (key, value) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, key, value)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for ch in "hi":
    print(ch)
for k in {"b": 1, "a": 2}:
    print("key", k)
for v in sorted({3, 1, 2}):
    print("set item", v)
for line in "one\ntwo".splitlines():
    print("line", line)
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print("attribute target", o.attr)
d = {}
for d["k"] in "xyz":
    pass
print("subscript target", d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print("indexed targets", lst)
for x in range(3):
    for y in range(3):
        if y > x:
            break
        if x == y:
            continue
        print("pair", x, y)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for value in row:
        if value == 5:
            print("found 5")
            break
    else:
        continue
    break
print([x for x in range(3)], "x after comprehension:", x)
try:
    for q in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
total = 0
for n in range(1, 101):
    total += n
print(total)
for i in range(3):
    i *= 10
    print("rebinding does not affect iteration", i)
