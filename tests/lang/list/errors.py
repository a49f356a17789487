# List errors: index out of range, bad index types, unhashable, wrong operand types, messages.
a = [1, 2, 3]
for i in [3, -4, 10**20]:
    try:
        a[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
for idx in ["0", 1.0, None, (1,)]:
    try:
        a[idx]
    except TypeError as e:
        print(repr(idx), type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
for expr in ["a + (4,)", "a + 'x'", "a * 1.5", "a - [1]", "a < 1", "a * a", "-a", "a @ a"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
a += (4, 5)
a += "xy"
a += {6: None}
print(a)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [] < [1, "a"] < [1, 2]
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, "a"] if False else "prefix comparisons stop early:", [0, "a"] < [1, 1])
x, y = [1, 2]
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
print([] * 10**20 if False else [] * 3, [0] * -1)
try:
    [0] * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
