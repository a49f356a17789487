# float // % divmod with signs, zeros and infinities; ** special values; errors and their args.
inf, nan = float("inf"), float("nan")
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0),
         (0.0, -3.0), (1.0, inf), (-1.0, inf), (1.0, -inf), (inf, 2.0), (-1e-300, 1e300),
         (0.1, 0.01), (5, 0.5), (2.5, 1), (1e308, 1e-308)]
for x, y in pairs:
    print(x, y, x // y, x % y, divmod(x, y))
for expr in ["1.0 // 0", "1.0 % 0.0", "divmod(1.0, 0)", "1 / 0.0", "0.0 ** -1", "-0.0 ** -1.5",
             "(-0.0) ** -2", "10.0 ** 400", "(-10.0) ** 401", "2.0 ** 10000", "1e308 * 10 ** 400",
             "pow(2.0, 3, 5)", "pow(2, 3.0, 5)", "2.0 ** 'a'", "divmod(1.5, 'a')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e, e.args)
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, inf, -inf, nan]
for x in specials:
    row = []
    for y in specials:
        try:
            row.append(repr(x ** y))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(x), " ".join(row))
print(0.5 ** 1080, 2.0 ** -1074, 2.0 ** -1075, (-2.0) ** -1074, 10.0 ** -310, 1.0000001 ** 1e9)
print((-1.0) ** 1e300, (-1.0) ** 1e300 + 1, (-8.0) ** (1 / 3), type((-2.0) ** 0.5).__name__)
print(+(-0.0), -(0.0), abs(-0.0), abs(-inf), -nan != -nan, 1e308 + 1e308, -1e308 * 10)
print(int(2.9), int(-2.9), int(1e20), int(-0.0), [f(x) for f in (int,) for x in (1e16, 2.0 ** 70)])
for v in [inf, -inf, nan]:
    for f in (int, round, lambda x: x.__trunc__(), lambda x: x.__floor__(), lambda x: x.__ceil__()):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(0.49999999999999994), round(2.675, 2),
      round(1234.5678, -2), round(-1.5), round(1e300), round(5e-324, 400), round(123.4, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, None), round(-0.0, 1))
