# Everyday numeric idioms: divmod for time, integer vs true division, rounding modes, abs, pow with mod, digits.
seconds = 98765
h, rem = divmod(seconds, 3600)
m, s = divmod(rem, 60)
print(f"{h}h {m:02d}m {s:02d}s", f"{h:02d}:{m:02d}:{s:02d}")
days, hours = divmod(h, 24)
print(days, hours)
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), 2 ** 10, 2 ** -1, (-2) ** 3)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(int(3.9), int(-3.9), int("42"), int("-0"), int(" 7 "), int("ff", 16), int("0o17", 0), int("1010", 2), float("3.5e2"))
print(abs(-5), abs(3.5), abs(-0.0), abs(True), max(-3, 2, key=abs), pow(2, 100) % 1000, pow(2, 100, 1000), pow(7, -1, 13))
n = 9875
digits = [int(d) for d in str(n)]
print(digits, sum(digits), int("".join(map(str, reversed(digits)))), len(str(2 ** 100)))
ds = []
x = n
while x:
    x, d = divmod(x, 10)
    ds.append(d)
print(ds[::-1], n.bit_length(), bin(n).count("1"), n & 0xFF, n >> 4, n << 2, n ^ 0xFFFF, ~n)
print(1_000_000, 0x_FF, 0b_1010, 1e3, 1E-3, 0o777, 10 ** 18 + 1, 1.5e300 * 1e10, -1.5e300 * 1e10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12)
print(sum([0.1] * 10), 1 / 3, 2 / 3, 10 / 4, 10 // 4, 10.0 // 4, -10 // 4.0, 10 % 4.5, 1e16 + 1, 2 ** 0.5)
print(float("inf") > 10 ** 300, float("-inf") < -(10 ** 300), float("inf") + 1, float("nan") == float("nan"))
print(True + True, True * 3, False - 1, sum([True, False, True]), 5 * (3 > 2), -True, ~False)
print(int.__name__, (3).real, (3).imag, (3.5).is_integer(), (4.0).is_integer(), (10).numerator, (0.75).as_integer_ratio())
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), 3 == 3.0, hash(3) == hash(3.0), 2 ** 64 == 2.0 ** 64, 10 ** 16 + 1 == 1e16 + 1)
average = lambda xs: sum(xs) / len(xs) if xs else 0.0
print(average([1, 2, 3, 4]), average([]), average([2.5]))
def mean_median_mode(xs):
    xs = sorted(xs)
    mid = len(xs) // 2
    median = xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2
    mode = max(set(xs), key=lambda v: (xs.count(v), -v))
    return sum(xs) / len(xs), median, mode
print(mean_median_mode([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]), mean_median_mode([1, 2, 3, 4]))
def stddev(xs):
    m = sum(xs) / len(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5
print(round(stddev([2, 4, 4, 4, 5, 5, 7, 9]), 6), f"{stddev([1, 2, 3]):.4f}")
print(f"{1/7:.10f}", f"{2/3:.0f}", f"{10**10 / 3:.2f}", f"{-1/3:+.3f}", f"{5:.2f}", f"{5e-324}", f"{1.7976931348623157e308}")
clamp = lambda v, lo, hi: max(lo, min(hi, v))
print([clamp(v, 0, 10) for v in (-5, 5, 15)], sorted([3, -1, 2], key=abs), 17 // 5 * 5, -(-17 // 5))
for bad in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 0 ** -1,
            lambda: int("3.5"), lambda: int("abc", 36) + int("xyz", 10), lambda: float("1.2.3"), lambda: 2.0 ** 5000,
            lambda: pow(2, -1, 4), lambda: round(1.5, "1"), lambda: int(float("nan")), lambda: int(float("inf"))):
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
