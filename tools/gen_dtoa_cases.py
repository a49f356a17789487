#!/usr/bin/env python3.11
"""Reference cases for src/base/dtoa*.c, computed by CPython 3.11 (run this
with /usr/bin/python3.11, the oracle).

One case per line: a kind, its operands, a tab, the result CPython gives.
  r BITS              repr(x) of the double with IEEE bits BITS (16 hex)
  f BITS T P FLAGS    kri_dtoa_format(x, T, P, FLAGS) as format()/'%'/repr give it
  p TEXT              float(TEXT) as bits, or ERR
  R BITS N            round(x, N) as bits, or OVERFLOW
  h BITS              float.hex(x)
  H TEXT              float.fromhex(TEXT) as bits, or INVALID or OVERFLOW
FLAGS is the sum of 1 (+), 2 (add ".0"), 4 (#), 8 (z), as in src/base/dtoa.h.

  python3.11 tools/gen_dtoa_cases.py > tests/unit/base/dtoa_cases.txt
      writes the data file test_dtoa reads (fixed seed, about 1.5 MB);
  python3.11 tools/gen_dtoa_cases.py --check [--tool PATH] [--count N] [--seed S]
                                      [--kinds rfpRhH]
      streams N random cases per kind through `test_dtoa --filter` and
      reports every mismatch (exit status 1 if any).
"""
import argparse, math, random, struct, subprocess, sys

SIGN, ADD_DOT_0, ALT, NO_NEG_0 = 1, 2, 4, 8


def bits_of(x):
    return struct.pack(">d", x).hex()


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def from_hex(h):
    return from_bits(int(h, 16))


# ---- references ----

def ref_format(x, t, p, flags):
    """What Python prints for the format()/repr call the flags stand for."""
    prefix = ("+" if flags & SIGN else "") + ("z" if flags & NO_NEG_0 else "") + \
             ("#" if flags & ALT else "")
    if t == "r":
        if flags & ADD_DOT_0:  # format(x, '') is str(x) is repr(x)
            return format(x, prefix)
        assert flags == 0
        return repr(complex(0.0, x))[:-1]  # a complex part: 1e+16j, 1j, -0j
    if flags & ADD_DOT_0:  # no type, a precision: format(x, '.3')
        assert t == "g"
        return format(x, prefix + "." + str(p))
    return format(x, prefix + "." + str(p) + t)


def ref_parse(text):
    try:
        return bits_of(float(text))
    except ValueError:
        return "ERR"


def ref_round(x, n):
    try:
        return bits_of(round(x, n))
    except OverflowError:
        return "OVERFLOW"


def ref_fromhex(text):
    try:
        return bits_of(float.fromhex(text))
    except OverflowError:
        return "OVERFLOW"
    except ValueError:
        return "INVALID"


def reference(case):
    kind, *ops = case.split(" ")
    if kind == "r":
        return repr(from_hex(ops[0]))
    if kind == "f":
        return ref_format(from_hex(ops[0]), ops[1], int(ops[2]), int(ops[3]))
    if kind == "p":
        return ref_parse(ops[0])
    if kind == "R":
        return ref_round(from_hex(ops[0]), int(ops[1]))
    if kind == "h":
        return from_hex(ops[0]).hex()
    if kind == "H":
        return ref_fromhex(ops[0])
    raise ValueError(case)


# ---- generators ----

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1.0, 0.1,
           0.5, 1.5, 2.5, 9007199254740992.0, 9007199254740993.0, 1e16, 1e-4, 1e-5, 1e22, 1e23,
           123456789012345678.0, 0.3, 2.0 ** 63, 2.0 ** -1022, 2.0 ** -1074 * 3]


def double_of_kind(rng, kind):
    if kind == 0:  # any bit pattern
        return from_bits(rng.getrandbits(64))
    if kind == 1:  # short decimals
        return float("%de%d" % (rng.randrange(10 ** rng.randint(1, 17)), rng.randint(-345, 310)))
    if kind == 2:  # subnormals
        return from_bits(rng.getrandbits(rng.randint(1, 52)))
    if kind == 3:  # powers of two and ten, and their neighbours
        base = 2.0 ** rng.randint(-1074, 1023) if rng.random() < 0.5 else \
            float("1e%d" % rng.randint(-323, 308))
        return math.nextafter(base, math.inf * rng.choice([1, -1])) if rng.random() < 0.5 else base
    if kind == 4:  # numbers people write
        return rng.randint(-10 ** 6, 10 ** 6) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3, 7])
    if kind == 5:  # integers around 2^53 and the 1e16 switch
        return float(rng.choice([2 ** 53, 10 ** 16, 10 ** 15, 2 ** 63]) + rng.randint(-50, 50))
    return rng.choice(SPECIAL)


def random_double(rng):
    x = double_of_kind(rng, rng.randrange(7))
    return -x if rng.random() < 0.3 else x


def format_case(rng, x):
    r = rng.random()
    if r < 0.15:
        flags = 0 if rng.random() < 0.3 else ADD_DOT_0 | (rng.randrange(16) & ~ADD_DOT_0)
        return "f %s r 0 %d" % (bits_of(x), flags)
    if r < 0.3:
        return "f %s g %d %d" % (bits_of(x), rng.randint(0, 20),
                                 ADD_DOT_0 | (rng.randrange(16) & ~ADD_DOT_0))
    t = rng.choice("eEfFgG")
    p = rng.choice([0, 1, 2, 3, 4, 5, 6, 6, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 40])
    if rng.random() < 0.02:
        p = rng.choice([100, 330, 800, 1100])
    return "f %s %s %d %d" % (bits_of(x), t, p, rng.randrange(16) & ~ADD_DOT_0)


def exact_decimal(x):
    """Every digit of |x|, as (digits, exponent): |x| = int(digits) * 10^exponent."""
    n, d = abs(x).as_integer_ratio()
    k = d.bit_length() - 1
    return str(n * 5 ** k), -k


def halfway_text(rng, x):
    """The exact midpoint between x > 0 and its successor, or near it."""
    y = math.nextafter(x, math.inf)
    if math.isinf(y):
        return "1e309"
    n1, d1 = x.as_integer_ratio()
    n2, d2 = y.as_integer_ratio()
    num, den = n1 * d2 + n2 * d1, 2 * d1 * d2
    k = den.bit_length() - 1
    assert den == 1 << k
    digits = str(num * 5 ** k)
    exp = -k
    r = rng.random()
    if r < 0.3:  # just above
        more = rng.randint(0, 30)
        digits += "0" * more + str(rng.randint(1, 9))
        exp -= more + 1
    elif r < 0.6:  # just below
        more = rng.randint(0, 30)
        digits = str(int(digits) - 1) + "9" * more
        exp -= more
    return "%se%d" % (digits, exp)


def decorate(rng, text):
    """Adds a sign, underscores or case changes to a valid decimal text."""
    if rng.random() < 0.2:
        text = rng.choice("+-") + text
    if rng.random() < 0.2:
        chars = list(text)
        for i in range(len(chars) - 1, 0, -1):
            if chars[i].isdigit() and chars[i - 1].isdigit() and rng.random() < 0.2:
                chars.insert(i, "_")
        text = "".join(chars)
    if rng.random() < 0.1:
        text = text.upper()
    return text


BAD_TEXTS = ["", "+", "-", ".", "e", "e5", ".e5", "1e", "1e+", "1e-", "+-1", "--1", "1.2.3",
             "_1", "1_", "1__0", "1_.5", "1._5", "1e_5", "1e5_", "1_e5", "0x1p3", "1,5", "1d5",
             "1.5f", "infinit", "infinityy", "nana", "in", "na", "in_f", "-+inf", "i nf",
             "0x", "1e5.5", "..5", "5..", "1ee5", "+.", "-.e1", "nan1", "inf1"]
GOOD_TEXTS = ["inf", "-inf", "+inf", "INF", "iNfInItY", "-Infinity", "nan", "-nan", "+NaN",
              "NAN", "0", "-0", "+0.0", "0e0", "0.", ".0", "-.0e-5", "1.", ".5", "1_000.5",
              "1_2.3_4e5_6", "0_0.0_0", "1e1_0", "00000000000000000001", "1e309", "-1e309",
              "1e308", "1.8e308", "1.7976931348623157e308", "1.7976931348623158e308",
              "1.7976931348623159e308", "2.4703282292062327e-324", "2.4703282292062328e-324",
              "2.47032822920623272e-324", "5e-324", "4e-324", "3e-324", "1e-400",
              "0e999999999999999999999", "1e-999999999999999999999", "1e999999999999999999",
              "0." + "0" * 400 + "1e400", "1" + "0" * 400 + "e-400", "9007199254740993",
              "9007199254740993.0000000000000000000000001", "9007199254740995",
              "1e23", "8.98846567431158e307", "4.9406564584124654e-324", "1e-5", "1E5",
              "123456789012345678901234567890", "0.1", "0.30000000000000004"]


def parse_case(rng):
    r = rng.random()
    if r < 0.1:
        return "p " + rng.choice(BAD_TEXTS + GOOD_TEXTS)
    x = abs(random_double(rng))
    if not math.isfinite(x) or x == 0.0:
        x = 1.0
    if r < 0.45:
        text = repr(x) if rng.random() < 0.5 else format(x, ".%de" % rng.randint(0, 25))
    elif r < 0.8:
        text = halfway_text(rng, x)
    elif r < 0.9:
        text = "%s.%se%d" % (rng.randrange(10 ** rng.randint(0, 30)),
                             rng.randrange(10 ** rng.randint(1, 40)), rng.randint(-360, 330))
    else:
        text = "".join(rng.choice("0123456789") for _ in range(rng.randint(20, 800))) + \
            "e%d" % rng.randint(-1100, 400)
    return "p " + decorate(rng, text)


def round_case(rng):
    x = random_double(rng)
    r = rng.random()
    if r < 0.3:  # decimal-looking values, where ties are tempting
        x = float("%d.%d5" % (rng.randint(0, 10 ** 6), rng.randrange(10 ** rng.randint(0, 6))))
        n = rng.randint(0, 8)
    elif r < 0.4:  # near overflow
        x = math.nextafter(1.7976931348623157e308, 0) if rng.random() < 0.5 else \
            float("1.%de308" % rng.randint(0, 79))
        n = rng.randint(-310, -300)
    else:
        n = rng.choice([rng.randint(-20, 20), rng.randint(-330, 330)])
    if rng.random() < 0.3:
        x = -x
    return "R %s %d" % (bits_of(x), n)


HEX_TEXTS = ["0x", "0xp1", "0x1p", "0x1p+", "x1", "0x1.2.3", "1e5", "0x.", ".", "0x1p1.5",
             "0x1p1_0", "0x_1", "", "-", "0X1P-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1076",
             "0x1.0000000000001p-1075", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
             "0x1p1024", "0x1p1023", "0x.8p1025", "0x1p4611686018427387903",
             "0x1p4611686018427387904", "0x0p4611686018427387904", "0x0p999999999999999999999",
             "-0x1p-99999999999999999999999", "0x1p-4611686018427387904",
             "0x1p-4611686018427387905", "inf", "-Infinity", "nan", "-NaN", "infi", "1.", ".8",
             "0x.8", "0x0", "-0x0p0", "+0x1", "0x1.", "1.8p1", "0x00001.8p0", "0X1.FFFP+10",
             "0x1p+00000000000000000000000000001", "ffffffffffffffffffffffffffffp-1000",
             "0x1.000000000000080000000000000000000000001p0", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x1.00000000000017ffffffffffp0"]


def fromhex_case(rng):
    r = rng.random()
    if r < 0.15:
        return "H " + rng.choice(HEX_TEXTS)
    if r < 0.5:
        x = random_double(rng)
        return "H " + (x.hex() if math.isfinite(x) else repr(x))
    nint = rng.randint(0, 20)
    nfrac = rng.randint(0 if nint else 1, 40)
    text = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(nint))
    if nfrac or rng.random() < 0.5:
        text += "." + "".join(rng.choice("0123456789abcdef0000") for _ in range(nfrac))
    if rng.random() < 0.7:
        text = rng.choice(["0x", "0X", ""]) + text
    if rng.random() < 0.8:
        text += "p%d" % rng.randint(-1200, 1100)
    if rng.random() < 0.2:
        text = rng.choice("+-") + text
    return "H " + text


def make_case(rng, kind):
    if kind == "r":
        return "r " + bits_of(random_double(rng))
    if kind == "f":
        return format_case(rng, random_double(rng))
    if kind == "p":
        return parse_case(rng)
    if kind == "R":
        return round_case(rng)
    if kind == "h":
        return "h " + bits_of(random_double(rng))
    return fromhex_case(rng)


# The data file: how many cases of each kind.
FILE_COUNTS = {"r": 16000, "f": 9000, "p": 2000, "R": 3000, "h": 1500, "H": 2500}


def write_file(seed):
    rng = random.Random(seed)
    out = sys.stdout
    for kind, n in FILE_COUNTS.items():
        for _ in range(n):
            case = make_case(rng, kind)
            out.write("%s\t%s\n" % (case, reference(case)))


def check(tool, count, seed, kinds):
    rng = random.Random(seed)
    bad = 0
    for kind in kinds:
        cases = [make_case(rng, kind) for _ in range(count)]
        proc = subprocess.run([tool, "--filter"], input="\n".join(cases) + "\n",
                              capture_output=True, text=True, check=True)
        got = proc.stdout.split("\n")
        mism = 0
        for i, case in enumerate(cases):
            want = reference(case)
            if i >= len(got) or got[i] != want:
                mism += 1
                if mism <= 10:
                    print("MISMATCH %s: got %r want %r" % (case, got[i] if i < len(got) else None,
                                                         want))
        print("%s: %d cases, %d mismatches" % (kind, count, mism))
        bad += mism
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--tool", default="build/unit/base/test_dtoa")
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=311)
    ap.add_argument("--kinds", default="rfpRhH", help="case kinds to check")
    args = ap.parse_args()
    if args.check:
        sys.exit(check(args.tool, args.count, args.seed, args.kinds))
    write_file(args.seed)


if __name__ == "__main__":
    main()
