# Floats: inf/nan arithmetic and comparisons, signed zero, float() parsing, conversions that must fail.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 10 ** 400, -inf < -10 ** 400, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(1 / inf, -1 / inf, 0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 * 1)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3.0, 1.0, 2.0]))
print(float("  1.5  "), float("-inf"), float("+InFiNiTy"), float("nan"), float("-NaN"), float("1_000.5"))
print(float("1e500"), float("-1e500"), float("1e-500"), float(".5"), float("5."), float("0x10") if False else "")
for bad in ["", "abc", "1.5.5", "1_", "_1", "1__0", "in f", "0x10", "1e", "--1", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1), int(1e20), int(-2.9), int(2.9))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print((-8.0) ** (1 / 3))
print(inf % 3, -7.5 % 2, 7.5 % -2, -7.5 // 2, 5.0 % inf, -5.0 % inf, divmod(-7.5, 2))
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 0.5 ** inf, 2.0 ** -inf)
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((0.1).as_integer_ratio(), (-0.5).as_integer_ratio(), (3.0).hex(), float.fromhex("0x1.8p1"))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.5) == hash(1.5))
print(float.__getformat__("double"), 1e308 * 10, -1e308 * 10)
print(abs(-0.0), abs(-inf), -nan != -nan, [nan].count(nan), nan in [nan], float("nan") in [nan])
