# Division by zero messages for floats and mixed operands.
cases = [(1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0), (1e300, 0.0)]
for a, b in cases:
    for name, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y),
                     ("%", lambda x, y: x % y), ("divmod", divmod)]:
        try:
            print(a, name, b, op(a, b))
        except ZeroDivisionError as e:
            print(a, name, b, type(e).__name__, e)

for n in [1, 10**30, True]:
    try:
        n / 0
    except ZeroDivisionError as e:
        print(type(n).__name__, "/ 0:", e)
    try:
        n / 0.0
    except ZeroDivisionError as e:
        print(type(n).__name__, "/ 0.0:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("0.0 ** -1:", e)
try:
    0 ** -1.5
except ZeroDivisionError as e:
    print("0 ** -1.5:", e)
try:
    pow(-0.0, -3)
except ZeroDivisionError as e:
    print("pow(-0.0, -3):", e)
try:
    (1.5).__truediv__(0.0)
except ZeroDivisionError as e:
    print("dunder:", e)
try:
    (0.0).__rtruediv__(2.0)
except ZeroDivisionError as e:
    print("reflected dunder:", e)
x = 5.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print("augmented mod:", e, x)
print(0.0 / 1, -0.0 / 1, 0.0 / -1)
print(float("inf") / 1e308, 1 / float("inf"), -1 / float("inf"))
