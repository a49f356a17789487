#!/usr/bin/python3.11
"""Writes tests/unit/base/digits_cases.txt: reference results from CPython 3.11
for the magnitude kernel (src/base/digits*.c), read by tests/unit/base/test_digits.c.

One case per line, fields separated by single spaces:
    OP ARG... = RESULT...
Integers are hexadecimal with an optional leading '-' ("0" for zero); floats
are float.hex() strings; byte strings and texts are hex-encoded bytes ("." when
empty); results that are errors are words ("overflow", "invalid", ...).
The operands are random (fixed seed) at many sizes, plus edge values: 2^30-1
digits, powers of two, all-ones numbers, sizes around the kernel's thresholds.
Run with /usr/bin/python3.11; the output must not be edited by hand."""
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "unit", "base", "digits_cases.txt")

sys.set_int_max_str_digits(0)
rng = random.Random(20240611)
lines = []

SMALL_SIZES = [0, 1, 2, 3, 4, 5, 7, 8]
MID_SIZES = [15, 16, 31, 47, 48, 49, 63, 64, 65, 70, 96, 100, 128, 129]
BIG_SIZES = [200, 257, 400]


def h(x):
    return format(x, "x") if x >= 0 else "-" + format(-x, "x")


def fhex(f):
    return f.hex()


def bhex(b):
    return b.hex() if b else "."


def emit(op, args, results):
    lines.append(" ".join([op] + [str(a) for a in args] + ["="] + [str(r) for r in results]))


def rand_digits(n):
    """A number of exactly n 30-bit digits in one of several shapes."""
    if n == 0:
        return 0
    kind = rng.randrange(8)
    top = 30 * n
    if kind == 0:
        return (1 << top) - 1  # every digit 2^30 - 1
    if kind == 1:
        return 1 << (top - 1 - rng.randrange(30))  # a power of two
    if kind == 2:  # sparse: a few set bits
        x = 1 << (top - 1 - rng.randrange(30))
        for _ in range(rng.randrange(1, 6)):
            x |= 1 << rng.randrange(top - 30 + 1)
        return x
    if kind == 3:  # digits drawn from {0, 1, 2^30 - 1}
        x = 0
        for i in range(n):
            x |= rng.choice([0, 1, (1 << 30) - 1]) << (30 * i)
        return x | (1 << (top - 1))
    x = rng.getrandbits(top)
    return x | (1 << (top - 1 - rng.randrange(30)))


def pick_size(pool):
    return rng.choice(pool)


def signed(x):
    return -x if x and rng.random() < 0.5 else x


def arith_case(na, nb):
    a, b = rand_digits(na), rand_digits(nb)
    emit("add", [h(a), h(b)], [h(a + b)])
    big, small = max(a, b), min(a, b)
    emit("sub", [h(big), h(small)], [h(big - small)])
    emit("mul", [h(a), h(b)], [h(a * b)])
    if b:
        # a quotient of about na digits, a remainder of any size below b
        x = a * b + rng.randrange(b)
        emit("divmod", [h(x), h(b)], [h(x // b), h(x % b)])
        emit("divmod", [h(a), h(b)], [h(a // b), h(a % b)])


def gen_arith():
    for na in SMALL_SIZES:
        for nb in SMALL_SIZES:
            arith_case(na, nb)
    for _ in range(50):
        arith_case(pick_size(SMALL_SIZES + MID_SIZES), pick_size(MID_SIZES))
    for _ in range(4):
        arith_case(pick_size(BIG_SIZES), pick_size(SMALL_SIZES[1:] + MID_SIZES + BIG_SIZES))
    for n in [1, 2, 3, 5, 64, 65, 70, 130, 300]:
        a = rand_digits(n)
        emit("sqr", [h(a)], [h(a * a)])
    for _ in range(60):
        a = rand_digits(pick_size(SMALL_SIZES + MID_SIZES))
        d = rng.choice([1, 2, 3, 10, 7, (1 << 30) - 1, 1 << 29, rng.randrange(1, 1 << 30)])
        add = rng.choice([0, 1, (1 << 30) - 1, rng.randrange(1 << 30)])
        emit("muladd1", [h(a), h(d), h(add)], [h(a * d + add)])
        emit("divrem1", [h(a), h(d)], [h(a // d), h(a % d)])
        emit("add1", [h(a), h(add)], [h(a + add)])
        if a >= add:
            emit("sub1", [h(a), h(add)], [h(a - add)])


def gen_bits():
    for _ in range(300):
        a = signed(rand_digits(pick_size(SMALL_SIZES + MID_SIZES[:3])))
        b = signed(rand_digits(pick_size(SMALL_SIZES + MID_SIZES[:3])))
        emit("and", [h(a), h(b)], [h(a & b)])
        emit("or", [h(a), h(b)], [h(a | b)])
        emit("xor", [h(a), h(b)], [h(a ^ b)])
        emit("invert", [h(a)], [h(~a)])
        n = rng.choice([0, 1, 29, 30, 31, 59, 60, 61, 90, 300, rng.randrange(200)])
        emit("lshift", [h(a), n], [h(a << n)])
        emit("rshift", [h(a), n], [h(a >> n)])
        m = abs(a)
        emit("bits", [h(m)], [m.bit_length(), m.bit_count(),
                              (m & -m).bit_length() - 1 if m else 0])
    for a, b in [(-5, 3), (-5, -3), (5, -3), (-(1 << 30), -(1 << 30)), (-(1 << 60), 1 << 60),
                 (-1, 0), (0, -1), (-(1 << 90), (1 << 90) - 1)]:
        emit("and", [h(a), h(b)], [h(a & b)])
        emit("or", [h(a), h(b)], [h(a | b)])
        emit("xor", [h(a), h(b)], [h(a ^ b)])


def gen_machine():
    edges = [0, 1, (1 << 30) - 1, 1 << 30, (1 << 60) - 1, 1 << 60, (1 << 63) - 1, 1 << 63,
             (1 << 64) - 1, 1 << 64, 1 << 90]
    for x in edges + [rand_digits(rng.randrange(4)) for _ in range(20)]:
        for v in [x, -x]:
            u64 = h(v) if 0 <= v < 1 << 64 else "overflow"
            i64 = h(v) if -(1 << 63) <= v < 1 << 63 else "overflow"
            emit("int64", [h(v)], [u64, i64])


def to_bytes_result(v, length, order, is_signed):
    try:
        return bhex(v.to_bytes(length, order, signed=is_signed))
    except OverflowError as e:
        return "negative" if "negative" in str(e) else "overflow"


def gen_bytes():
    values = [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, (1 << 30) - 1, -(1 << 30),
              1 << 63, -(1 << 63), (1 << 64) - 1]
    values += [signed(rand_digits(rng.randrange(1, 6))) for _ in range(40)]
    for v in values:
        need = (v.bit_length() + 8) // 8
        for length in sorted({0, 1, max(need - 1, 0), need, need + 1, need + 3}):
            for order in ["little", "big"]:
                for is_signed in [False, True]:
                    emit("tobytes", [h(v), length, order, int(is_signed)],
                         [to_bytes_result(v, length, order, is_signed)])
    for _ in range(60):
        data = bytes(rng.choice([0, 0xff, 0x80, 0x7f, rng.randrange(256)])
                     for _ in range(rng.randrange(0, 20)))
        for order in ["little", "big"]:
            for is_signed in [False, True]:
                emit("frombytes", [bhex(data), order, int(is_signed)],
                     [h(int.from_bytes(data, order, signed=is_signed))])


def float_result(fn):
    try:
        return fhex(fn())
    except OverflowError:
        return "overflow"


def gen_floats():
    values = [0, 1, (1 << 53) - 1, 1 << 53, (1 << 53) + 1, (1 << 54) + 2, (1 << 54) + 6,
              (1 << 64) - 1, 2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 - 1,
              2 ** 1024 - 2 ** 971, 2 ** 1024, 10 ** 308, 10 ** 309]
    # halfway cases: ties to even, and a sticky bit far below
    for k in [53, 60, 100, 500, 1000]:
        base = 1 << k
        values += [base + (base >> 53), base + (base >> 53) * 3, base + (base >> 53) + 1,
                   base + (base >> 52) + (base >> 53)]
    values += [rand_digits(pick_size(SMALL_SIZES[1:] + MID_SIZES[:4])) for _ in range(80)]
    for v in values:
        emit("todouble", [h(v)], [float_result(lambda: float(v))])
        if v:
            m, e = math.frexp(float(v)) if v < 2 ** 1000 else (None, None)
            if m is not None:
                emit("frexp", [h(v)], [fhex(m), e])
    for x in [rand_digits(rng.randrange(1, 200)) for _ in range(10)] + [2 ** 3000 - 1, 2 ** 5000,
                                                                        2 ** 5000 + 2 ** 4947]:
        # math.frexp cannot take ints above the float range; x / 2^e, a
        # correctly rounded int division, gives the same mantissa.
        e = x.bit_length()
        m = x / (1 << e)
        if m == 1.0:
            m, e = 0.5, e + 1
        emit("frexp", [h(x)], [fhex(m), e])
    doubles = [0.0, 0.5, 1.0, 1.5, 2.0 ** 52 + 0.5, 2.0 ** 53, 1e300, 1.7976931348623157e308,
               4.9e-324, 123456789.987654321, 2.0 ** 1023 * 1.5]
    doubles += [rng.uniform(0, 2 ** rng.randrange(0, 1024)) for _ in range(60)]
    for d in doubles:
        emit("fromdouble", [fhex(d)], [h(int(d))])
    pairs = [(1, 3), (2, 3), (1, 1 << 1100), (1 << 1100, 1), (1 << 1023, 1), (10 ** 400, 10 ** 90),
             (1, 10 ** 330), (3, 1 << 1075), (1, 1 << 1074), (1, 1 << 1075), (3, 1 << 1076),
             ((1 << 60) + 1, 1 << 60), (7, (1 << 54) + 1), ((1 << 2000) + 1, 1 << 1000),
             ((1 << 1024) - (1 << 970), 1), ((1 << 1024) - (1 << 970) - 1, 1)]
    for _ in range(150):
        a = rand_digits(pick_size(SMALL_SIZES[1:] + MID_SIZES[:6] + [200]))
        b = rand_digits(pick_size(SMALL_SIZES[1:] + MID_SIZES[:6] + [200]))
        pairs.append((a, b))
    for _ in range(40):  # results near the subnormal and overflow ranges
        b = rand_digits(rng.randrange(1, 60))
        shift = rng.randrange(-1100, 1100)
        a = b << shift if shift >= 0 else b >> -shift
        a += rng.randrange(-5, 5)
        if a > 0:
            pairs.append((a * rng.randrange(1, 10 ** 6), b))
            pairs.append((b, a))
    for a, b in pairs:
        emit("truediv", [h(a), h(b)], [float_result(lambda: a / b)])


def gen_strings():
    bases = [10, 10, 10, 2, 8, 16, 3, 7, 36, 32, 4, 5, 12]
    for n in SMALL_SIZES + MID_SIZES + [200, 260, 500]:
        for base in bases if n <= 70 else [10, 7] if n <= 129 else [10]:
            a = rand_digits(n)
            emit("tostr", [h(a), base], [to_base(a, base)])
    # powers of ten and their neighbours: zeros across chunk boundaries
    for k in [9, 18, 27, 100, 2000, 4500]:
        for a in [10 ** k - 1, 10 ** k, 10 ** k + 1]:
            emit("tostr", [h(a), 10], [str(a)])
    # long runs of zeros: parts much shorter than the power that split them
    for a in [10 ** 4608 + 10 ** 1000, 10 ** 2500 + 10 ** 700 + 1, 7 ** 3000 + 7 ** 900]:
        for base in [10, 7]:
            emit("tostr", [h(a), base], [to_base(a, base)])


def to_base(a, base):
    if base == 10:
        return str(a)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if a == 0:
        return "0"
    out = []
    while a:
        a, r = divmod(a, base)
        out.append(chars[r])
    return "".join(reversed(out))


def literal_result(text, base):
    try:
        return h(int(text, base))
    except ValueError:
        return "invalid"


def gen_literals():
    # Non-ASCII decimal digits (int("\u0663") == 3) are made ASCII by the
    # caller before the kernel sees the text, so none appear here.
    texts = ["0", "00", "000", "0_0", "007", "0x", "0x_", "0x_1f", "0X1F", "0o17", "0O_7",
             "0b101", "0B_1_0", "0b", "0b2", "1_000", "1__000", "_1", "1_", "+", "-", "",
             "+12", "-12", "--1", "+-1", "- 1", "12a", "z", "Z", "zz", "0xg", "0x1_f",
             "0x__1", "00_0", "0_1", "1e5", "1.0", "99999999999999999999999", "-0", "+0_0",
             "0o", "0o8", "0b_", "10_", "1_2_3", "0_", "9" * 60, "1" + "0" * 50 + "_1",
             "0x" + "f" * 40, "-0b" + "1" * 70, "0z1", "\u00b2",
             ]
    for base in [0, 2, 8, 10, 16, 36, 3, 7]:
        for t in texts:
            emit("literal", [bhex(t.encode()), base], [literal_result(t, base)])
    for t in ["0" * 3000 + "123", "0" * 1500 + "9" * 1500, "0_" * 700 + "7"]:
        for base in [0, 10]:  # leading zeros before a long number
            emit("literal", [bhex(t.encode()), base], [literal_result(t, base)])
    for _ in range(40):  # long valid literals with underscores and mixed case
        base = rng.choice([0, 10, 16, 2, 8, 36, 7])
        real = base if base else rng.choice([10, 16, 8, 2])
        ndig = rng.choice([1, 5, 20, 100, 400, 3500])
        chars = "0123456789abcdefghijklmnopqrstuvwxyz"[:real]
        body = [rng.choice(chars[1:])] + [rng.choice(chars) for _ in range(ndig - 1)]
        text = ""
        for i, c in enumerate(body):
            text += c.upper() if rng.random() < 0.3 else c
            if i + 1 < len(body) and rng.random() < 0.1:
                text += "_"
        prefix = {16: "0x", 8: "0o", 2: "0b"}.get(real, "")
        if prefix and (base == 0 or rng.random() < 0.5):
            text = prefix + text
        if rng.random() < 0.3:
            text = rng.choice("+-") + text
        emit("literal", [bhex(text.encode()), base], [literal_result(text, base)])


def gen_number_theory():
    for _ in range(40):
        a = rand_digits(rng.randrange(0, 4))
        e = rng.choice([0, 1, 2, 3, 5, 17, 64, rng.randrange(300)])
        emit("pow", [h(a), e], [h(a ** e)])
    for _ in range(150):
        m = rand_digits(pick_size([1, 1, 2, 3, 5, 8, 16, 40, 63, 64, 65, 80]))
        if m == 0:
            continue
        if rng.random() < 0.5:
            m |= 1
        a = rand_digits(pick_size([0, 1, 2, 3, 8, 20, 70]))
        e = rand_digits(pick_size([0, 1, 1, 2, 3, 10]))
        emit("powmod", [h(a), h(e), h(m)], [h(pow(a, e, m))])
        try:
            inv = h(pow(a, -1, m))
        except ValueError:
            inv = "none"
        emit("modinv", [h(a), h(m)], [inv])
    for _ in range(150):
        g = rand_digits(pick_size([0, 1, 2, 3, 10, 40]))
        a = rand_digits(pick_size([0, 1, 2, 3, 5, 20, 70, 150])) * (g or 1)
        b = rand_digits(pick_size([0, 1, 2, 3, 5, 20, 70, 150])) * (g or 1)
        emit("gcd", [h(a), h(b)], [h(math.gcd(a, b))])
    fib = [0, 1]
    while fib[-1].bit_length() < 3000:
        fib.append(fib[-1] + fib[-2])
    emit("gcd", [h(fib[-1]), h(fib[-2])], [h(1)])  # the longest chain of quotients
    for m in [1, 7, 10, 12, 2 ** 61 - 1, 2 ** 64, 10 ** 40 + 1]:
        for e in [0, 1, 5, 2 ** 70 + 3]:
            emit("powmod", [h(3), h(e), h(m)], [h(pow(3, e, m))])
        for a in [0, 1, 2, 3, m - 1, m + 1, 2 * m, 12345678901234567890]:
            try:
                inv = h(pow(a, -1, m))
            except ValueError:
                inv = "none"
            emit("modinv", [h(a), h(m)], [inv])
    for n in [0, 1, 2, 3, 4, 15, 16, 17, (1 << 62) - 1, 1 << 62, (1 << 64) - 1, 10 ** 40,
              (10 ** 40) ** 2, (10 ** 40) ** 2 - 1, (2 ** 300 + 1) ** 2, (2 ** 300 + 1) ** 2 - 1]:
        emit("isqrt", [h(n)], [h(math.isqrt(n))])
    for _ in range(120):
        n = rand_digits(pick_size(SMALL_SIZES[1:] + MID_SIZES + [200, 500]))
        emit("isqrt", [h(n)], [h(math.isqrt(n))])


def main():
    gen_arith()
    gen_bits()
    gen_machine()
    gen_bytes()
    gen_floats()
    gen_strings()
    gen_literals()
    gen_number_theory()
    with open(OUT, "w") as f:
        f.write("# Generated by tools/gen_digits_cases.py with CPython %s; do not edit.\n"
                % sys.version.split()[0])
        for line in lines:
            f.write(line + "\n")
    print(f"{OUT}: {len(lines)} cases, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
