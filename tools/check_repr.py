#!/usr/bin/env python3.11
"""Compares src/base/repr.c with CPython's repr() on many generated values.

Feeds cases to the unit-test driver build/unit/base/test_repr_tool (built by
`make unit`) in its --filter mode and checks each result line against what
this interpreter's repr() gives; run it with python3.11, the oracle. Cases:
doubles of every magnitude (random bit patterns, short decimals, powers of two
and ten and their neighbours, subnormals, the layout switch points), str of
every code point plus random mixes (quotes, controls, surrogates, non-BMP,
unassigned), random bytes, and ints in bases 2/8/10/16 up to past the
4300-digit limit. Prints the mismatch count per kind and exits 1 on any.

Usage: python3.11 tools/check_repr.py [--tool PATH] [--seed N] [--scale N]
"""
import argparse, math, random, struct, subprocess, sys

INT_LIMIT = 4300  # CPython 3.11's default sys.get_int_max_str_digits()


def bits_hex(v):
    return struct.pack(">d", v).hex()


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def float_values(rng, n):
    """Doubles chosen to reach every code path of the shortest-repr search."""
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan,
           5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
    for _ in range(n):  # uniform bit patterns: all exponents, subnormals, NaNs
        out.append(from_bits(rng.getrandbits(64)))
    for _ in range(n):  # short decimals, whose repr is short
        digits = rng.randint(1, 17)
        out.append(float(f"{rng.randrange(10 ** digits)}e{rng.randint(-340, 310)}"))
    for _ in range(n // 4):  # subnormals
        out.append(from_bits(rng.getrandbits(rng.randint(1, 52))))
    for _ in range(n // 4):  # near the fixed/exponent switches and 2**53
        centre = rng.choice([1e16, 1e-4, 1e-5, 1e15, 2.0 ** 53, 1.0, 0.1])
        out.append(centre * (1 + rng.uniform(-1e-12, 1e-12)))
    for k in range(-1074, 1024):  # powers of two: lopsided round-trip intervals
        v = 2.0 ** k
        out += [v, math.nextafter(v, 0), math.nextafter(v, math.inf)]
    for k in range(-325, 309):
        v = float(f"1e{k}")
        out += [v, math.nextafter(v, 0), math.nextafter(v, math.inf)]
    for k in range(1, 25):
        out.append(float(10 ** k - 1))
    return out


def random_code_point(rng):
    r = rng.random()
    if r < 0.3:
        return rng.randrange(0x80)
    if r < 0.35:
        return rng.choice([0x22, 0x27, 0x5C, 0x09, 0x0A, 0x0D, 0x7F])
    if r < 0.5:
        return rng.randrange(0x80, 0x100)
    if r < 0.7:
        return rng.randrange(0x100, 0x10000)
    if r < 0.8:
        return rng.randrange(0xD800, 0xE000)
    return rng.randrange(0x10000, 0x110000)


def str_values(rng, n):
    out = []
    for start in range(0, 0x110000, 64):  # every code point, 64 to a string
        out.append("".join(map(chr, range(start, start + 64))))
    for cp in range(0x100):
        out.append(chr(cp))
    for _ in range(n):
        out.append("".join(chr(random_code_point(rng)) for _ in range(rng.randint(0, 30))))
    for _ in range(n // 4):  # quote mixes decide the delimiter
        out.append("".join(rng.choice("'\"\\a ") for _ in range(rng.randint(0, 6))))
    return out


def bytes_values(rng, n):
    out = [bytes([b]) for b in range(256)]
    for _ in range(n):
        pool = rng.choice([range(256), b"'\"\\\t\n\rab\x00\x7f\x80"])
        out.append(bytes(rng.choice(pool) for _ in range(rng.randint(0, 30))))
    return out


def int_cases(rng, n):
    """(base, digits) pairs, written with leading zeros and mixed case."""
    out = []
    sym = "0123456789abcdef"

    def spell(v, base):
        s = ""
        while v:
            v, d = divmod(v, base)
            s = sym[d] + s
        return s or "0"

    for _ in range(n):
        base = rng.choice([2, 8, 10, 16])
        bits = rng.choice([rng.randint(0, 70), rng.randint(0, 2000), rng.randint(14000, 14500)])
        v = rng.getrandbits(bits) if bits else 0
        s = "0" * rng.choice([0, 0, rng.randint(1, 60)]) + spell(v, base)
        if base == 16 and rng.random() < 0.5:
            s = "".join(c.upper() if rng.random() < 0.5 else c for c in s)
        out.append((base, s))
    for v in [10 ** INT_LIMIT - 1, 10 ** INT_LIMIT, 10 ** (INT_LIMIT - 1),
              2 ** 14284, 2 ** 14285, 2 ** 14286, 10 ** INT_LIMIT + 1]:
        for base in (2, 8, 10, 16):
            out.append((base, spell(v, base)))
    for k in range(3565, 3580):
        out.append((16, "1" + "0" * k))
        out.append((16, "f" * k))
    out.append((16, "f" * 100000))
    out.append((10, "0" * 50))
    return out


def expected_int(base, digits):
    sys.set_int_max_str_digits(0)  # reading is not what is tested
    v = int(digits, base)
    sys.set_int_max_str_digits(INT_LIMIT)
    try:
        return repr(v)
    except ValueError:
        return "!ERR -2"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="build/unit/base/test_repr_tool")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=int, default=20000, help="random cases per kind")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    cases = []  # (kind label, input line, expected output)
    for v in float_values(rng, args.scale):
        cases.append(("float", f"f {bits_hex(v)}", repr(v)))
        cases.append(("imag", f"j {bits_hex(v)}", repr(complex(0.0, v))))
    for s in str_values(rng, args.scale):
        data = s.encode("utf-8", "surrogatepass")
        cases.append(("str", f"s {data.hex()}", repr(s)))
    for b in bytes_values(rng, args.scale):
        cases.append(("bytes", f"b {b.hex()}", repr(b)))
    for base, digits in int_cases(rng, args.scale // 4):
        cases.append(("int", f"i {base} {digits}", expected_int(base, digits)))

    feed = "".join(line + "\n" for _, line, _ in cases).encode()
    proc = subprocess.run([args.tool, "--filter"], input=feed, capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"{args.tool} failed: {proc.stderr.decode(errors='replace')}")
    got = proc.stdout.split(b"\n")[:-1]
    if len(got) != len(cases):
        sys.exit(f"{args.tool} gave {len(got)} lines for {len(cases)} cases")

    total, bad, shown = {}, {}, 0
    for (kind, line, want), res in zip(cases, got):
        total[kind] = total.get(kind, 0) + 1
        if res.decode("utf-8", "surrogatepass") != want:
            bad[kind] = bad.get(kind, 0) + 1
            if shown < 20:
                shown += 1
                print(f"MISMATCH {kind}: {line[:80]}\n  got  {res[:200]!r}\n  want {want[:200]!r}")
    for kind in total:
        print(f"{kind:6} {total[kind]:8} cases {bad.get(kind, 0):6} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
