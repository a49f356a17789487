# float arithmetic: mixed int/float, floor division and modulo signs, divmod, unary ops.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, abs(-a))
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1.0))
print(5 % 0.3, -5 % 0.3, 1e300 % 3.0, 1.0 % 1e-300)
print(-0.0 % 1.0, 0.0 % -1.0, -1e-300 % 1.0)
print(3 * 0.1, 0.1 + 0.7, 1.1 * 1.1, 100 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -2, 0.0 ** 0, 1.0 ** float("nan"))
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(float.__add__(1.5, 2), float.__add__(1.5, "x"), (1.5).__radd__(2))
print(float.__sub__(1.5, 1), (1.5).__rsub__(1), (1.5).__rtruediv__(3), (2.0).__rpow__(3))
print(1.5 + True, 1.5 * False, 3 - 0.5, 10 / 4.0)
print(2 ** 0.5 * 2 ** 0.5 == 2.0, abs(2 ** 0.5 * 2 ** 0.5 - 2.0) < 1e-15)
x = 1.0
x += 1
x *= 3
x /= 4
x //= 0.5
x %= 2.5
x **= 2
print(x)
print((0.1).__mul__(3), float.__neg__(2.0), float.__abs__(-0.0))
for bad in ["1.0 + 'a'", "1.0 * []", "[] * 1.0", "1.5 & 1", "1.5 << 1", "~1.5"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(10**20 + 0.5, 2**53 + 1.0, float(2**53 + 1) == 2**53 + 1)
print(1e16 + 1.0 == 1e16, 0.5 + 0.25 + 0.125)
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
