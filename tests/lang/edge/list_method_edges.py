# list methods with edge arguments: index ranges, insert/pop bounds, remove errors, extend with self, repetition.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(2, -10, 10), a.count(2), a.count("x"))
for args in [(9,), (2, 4), (1, 1, 3), (3, 0, -3)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
b = [1, 2]
b.insert(100, "end")
b.insert(-100, "start")
b.insert(-1, "before last")
b.insert(1, "second")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
for idx in [10, -10]:
    try:
        b.pop(idx)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    b.pop("0")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.remove("missing")
except ValueError as e:
    print(type(e).__name__, e)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c, len(c))
c.extend(range(2))
c.extend("xy")
c.extend({"k": 1})
print(c)
try:
    c.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
print([1] * 0, [1] * -5, [[]] * 2, 2 * [0, 1], [] * 100)
r = [0]
r *= 3
print(r)
r *= 0
print(r)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
d = [3, 1, 2]
print(d.reverse(), d, d.copy(), d.copy() is d, d.clear(), d)
e = [1, [2, 3]]
shallow = e.copy()
shallow[1].append(4)
print(e, shallow == e, [1, 2] + [3], list("abc") + list(range(2)))
print([1, 2, 3][-1:-4:-1], [1, 2, 3][10:], [1, 2, 3][-10:], [1, 2, 3][::-10], [][::-1])
try:
    [1, 2][2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2][-3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del [1][5]
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2] == [1, 2.0], [1, [2]] < [1, [3]], [] < [0], [0] < [0, 0], [2] > [1, 99], max([[1], [1, 0]]))
print(list(), list(()), list("ab"), list({1: 2}), list(range(3, 0, -1)), list(x for x in "q"))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([], [])
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
y = x
x = x + [4]
print(y, x)
y += [5]
print(y, x)
print(sorted([[3, "c"], [1, "a"], [2, "b"]])[0], repr([None, True, "s", 1.0, [], {}]))
