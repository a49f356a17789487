# Float powers: signs, zero, infinities, fractional exponents of negatives give complex.
for b in [2.0, -2.0, 0.5, -0.5, 0.0, -0.0]:
    print(b, [b ** e for e in (0, 1, 2, 3, -1, -2, 0.5)] if b > 0 else [b ** e for e in (0, 1, 2, 3)])
print((-2.0) ** 0.5)
print((-1) ** 0.5, (-4) ** 0.5, type((-4) ** 0.5).__name__)
print((-8) ** (1/3))
inf = float("inf")
print(inf ** 2, inf ** -1, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3, 2.0 ** inf, 2.0 ** -inf,
      0.5 ** inf, 0.5 ** -inf, 1.0 ** inf, (-1.0) ** inf)
print(0.0 ** 0.0, 0.0 ** 1.5, (-0.0) ** 3, (-0.0) ** 2)
try:
    print(0.0 ** -1.5)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print((-0.0) ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for b, e in [(10.0, 308), (10.0, 309), (2.0, 1023), (2.0, 1024), (1.0000001, 1e10)]:
    try:
        print(b, e, b ** e)
    except OverflowError as ex:
        print(b, e, type(ex).__name__, ex)
print(10.0 ** -323, 10.0 ** -324, 2.0 ** -1074, 2.0 ** -1075)
print(pow(2.0, 3.0), pow(4, 0.5), pow(-27, 1/3) if False else "skip", pow(1.5, 2))
print(2 ** 0.5 == 2 ** 0.5, 9 ** 0.5, 27 ** (1/3))
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print((1.1).__pow__(2), (2.0).__rpow__(3), float.__pow__(4.0, 0.5))
nan = float("nan")
print(nan ** 0, 1.0 ** nan, nan ** 1, 0 ** nan)
x = 2.0
x **= 0.5
print(x, x * x)
print([round(1.5 ** n, 4) for n in range(8)])
