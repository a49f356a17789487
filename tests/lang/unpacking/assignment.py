# Unpacking assignment: tuples, lists, nested targets, star targets, swaps, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "a"
print(head, rest)
x, (y, *zs), w = 1, [2, 3, 4], 5
print(x, y, zs, w)
*everything, = (7, 8)
print(everything)
[*stars] = "abc"
print(stars)
for bad in ["p, q = [1]", "p, q = [1, 2, 3]", "p, *q, r = [1]", "p, q = 5", "(p, q), r = 1, 2"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as err:
        print(bad, "->", type(err).__name__, err)
for src in ["*a, *b = [1, 2]", "*a = [1]", "a, *b, c, *d = range(9)"]:
    try:
        compile(src, "<u>", "exec")
    except SyntaxError as err:
        print(src, "->", err.msg)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
class Obj:
    pass
o = Obj()
o.a, o.b = "attr-a", "attr-b"
print(o.a, o.b)
d = {}
d["x"], d["y"] = 1, 2
print(d)
m = n = [0]
m.append(1)
print(m, n, m is n)
p = q = r = "chained"
print(p, q, r)
k, v = {"only": 1}.popitem()
print(k, v)
(a1, b1), (a2, b2) = {"x": 1, "y": 2}.items()
print(a1, b1, a2, b2)
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
nums = list(range(5))
nums[1:3], nums[3:] = ["a"], ["b", "c", "d"]
print(nums)
