"""bigint: arbitrary-precision integer work: the digits of pi from Gibbons'
unbounded spigot (only integer arithmetic on ever-growing numbers), a
large factorial by a product tree, a large Fibonacci number by fast
doubling, and a decimal conversion of both done by hand (divide and
conquer with divmod), so no int is ever turned into a str of more than a
few digits by the runtime.

Stresses: big-int multiply, floor division and divmod, shifts, comparisons
and small-by-big operations."""

PI_DIGITS = 5000
FACTORIAL = 40000
FIBONACCI = 600000


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            # The next digit is settled: emit it and scale the state by 10.
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            # Absorb one more term of the series.
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def product(lo, hi):
    """lo * (lo + 1) * ... * (hi - 1), balanced so both factors of each
    multiplication have similar sizes."""
    if hi - lo <= 8:
        result = 1
        for i in range(lo, hi):
            result *= i
        return result
    mid = (lo + hi) // 2
    return product(lo, mid) * product(mid, hi)


def fibonacci(n):
    """(F(n), F(n + 1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fibonacci(n >> 1)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def decimal_digits(value, out):
    """Appends the decimal digits of [value] > 0 to [out], most significant
    first, splitting on powers of ten of about half its size."""
    if value < 10 ** 9:
        out.append(str(value))
        return
    half = 1
    while 10 ** (9 * half * 2) <= value:
        half *= 2
    high, low = divmod(value, 10 ** (9 * half))
    decimal_digits(high, out)
    text = []
    if low:
        decimal_digits(low, text)
    low_text = "".join(text)
    out.append("0" * (9 * half - len(low_text)) + low_text)


def describe(label, value):
    parts = []
    decimal_digits(value, parts)
    text = "".join(parts)
    digit_sum = sum(text.count(d) * int(d) for d in "123456789")
    print(f"{label}: {len(text)} digits, digit sum {digit_sum}, "
          f"{text[:12]}...{text[-12:]}, {value.bit_length()} bits")


def main():
    digits = pi_digits(PI_DIGITS)
    text = "".join(str(d) for d in digits)
    print(f"pi: {text[:20]}...{text[-20:]} digit sum {sum(digits)}")
    describe(f"{FACTORIAL}!", product(1, FACTORIAL + 1))
    describe(f"F({FIBONACCI})", fibonacci(FIBONACCI)[0])


main()
