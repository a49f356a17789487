#!/usr/bin/python3.11
"""Writes the reference hashes tests/unit/base/test_hash.c checks src/base/hash.c
against: what CPython 3.11 (the oracle, /usr/bin/python3.11) gives for

  - str and bytes of every length 0..100 and a few longer ones, of five kinds
    (bytes, ASCII, Latin-1, BMP with surrogates, full range), under several
    PYTHONHASHSEED values (one child interpreter per seed);
  - floats (specials, every power of two, random bit patterns, integers,
    dyadic fractions), ints (up to 400 bits, both signs, around 2**61),
    complex numbers, tuples and frozensets (as lists of item hashes).

The texts come from a splitmix64 generator that the C test runs too, so only
hashes are stored. Usage: /usr/bin/python3.11 tools/gen_hash_ref.py > \\
    tests/unit/base/hash_ref.gen.h
"""
import math
import os
import random
import struct
import subprocess
import sys

MASK64 = (1 << 64) - 1
SEEDS = [0, 1, 2, 42, 12345, 2147483648, 4294967295]
LENGTHS = list(range(101)) + [127, 128, 129, 255, 256, 257, 511, 1000, 4096]
# Text kinds: 'b' bytes; 'a' ASCII; 'l' code points < 256; 'u' < 0x10000
# (lone surrogates included); 'w' any code point.
KINDS = "baluw"
KIND_RANGE = {"b": 256, "a": 128, "l": 256, "u": 0x10000, "w": 0x110000}


class SplitMix64:
    """splitmix64, mirrored by text_rng_next in test_hash.c."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)


def text(kind, length):
    rng = SplitMix64(ord(kind) * 100000 + length)
    units = [rng.next() % KIND_RANGE[kind] for _ in range(length)]
    return bytes(units) if kind == "b" else "".join(map(chr, units))


def child():
    for kind in KINDS:
        print(" ".join(str(hash(text(kind, n))) for n in LENGTHS))


def c64(v):
    if v == -(1 << 63):
        return "(-9223372036854775807 - 1)"
    return str(v)  # a decimal constant takes the first of int, long that fits


def bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def float_values(rng):
    out = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0, math.inf, -math.inf,
           5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
           -1.7976931348623157e308, 0.1, -0.1, 1e16, 1e22, 3.141592653589793,
           float(2**61 - 1), float(2**61), float(2**62), -float(2**61), 2.0**-61]
    # Every residue of the exponent modulo 61, at both ends of the range.
    out += [2.0**e for e in [*range(-1074, -1000), *range(-100, 101), *range(950, 1024)]]
    out += [-(2.0**e) * 1.75 for e in range(-1074, 1023, 7)]
    while len(out) < 1800:
        b = rng.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", b))[0]
        if not math.isnan(x):
            out.append(x)
    out += [float(rng.randrange(-2**53, 2**53)) for _ in range(300)]
    out += [rng.randrange(-2**40, 2**40) / 2.0**rng.randrange(0, 80) for _ in range(300)]
    return out


def int_values(rng):
    m = 2**61 - 1
    out = [0, 1, -1, 2, -2, m - 1, m, m + 1, 2 * m, 2 * m + 1, -m, -m - 1, -m + 1,
           2**61, -(2**61), 2**63 - 1, -(2**63), 2**64 - 1, 2**64, 2**100, -(2**100),
           2**30 - 1, 2**30, 2**60, 10**100, -(10**100), m * m, m**3 + 1]
    for nbits in range(1, 401):
        v = rng.getrandbits(nbits) | (1 << (nbits - 1))
        out.append(v if rng.random() < 0.5 else -v)
    return out


def digits30(v):
    v = abs(v)
    out = []
    while v:
        out.append(v & (2**30 - 1))
        v >>= 30
    return out


def emit_numbers(rng):
    floats = float_values(rng)
    print("static const struct { uint64_t bits; int64_t hash; } float_cases[] = {")
    for x in floats:
        print(f"    {{{bits(x)}, {c64(hash(x))}}},")
    print("};")

    ints = int_values(rng)
    pool = []
    print("static const struct { bool negative; uint32_t offset, ndigits; int64_t hash; }"
          " int_cases[] = {")
    for v in ints:
        d = digits30(v)
        print(f"    {{{'true' if v < 0 else 'false'}, {len(pool)}, {len(d)}, {c64(hash(v))}}},")
        pool += d
    print("};")
    print("static const uint32_t int_digit_pool[] = {")
    for i in range(0, len(pool), 6):
        print("    " + " ".join(f"{d}u," for d in pool[i:i + 6]))
    print("};")

    print("static const struct { uint64_t re, im; int64_t hash; } complex_cases[] = {")
    for _ in range(600):
        re, im = rng.choice(floats), rng.choice(floats)
        print(f"    {{{bits(re)}, {bits(im)}, {c64(hash(complex(re, im)))}}},")
    print("};")


def random_item(rng, depth=0):
    r = rng.random()
    if r < 0.4:
        return rng.randrange(-5, 5)
    if r < 0.7:
        return rng.getrandbits(rng.randrange(1, 200)) - 2**100
    if r < 0.85 or depth > 1:
        return rng.choice([0.5, -1.0, 1e300, math.inf, 2.5e-10])
    return tuple(random_item(rng, depth + 1) for _ in range(rng.randrange(0, 4)))


def emit_combined(rng):
    pool = []
    print("static const struct { bool frozenset; uint32_t offset, n; int64_t hash; }"
          " combine_cases[] = {")
    for n in list(range(21)) * 8:
        items = [random_item(rng) for _ in range(n)]
        hashes = [hash(x) for x in items]
        print(f"    {{false, {len(pool)}, {n}, {c64(hash(tuple(items)))}}},")
        pool += hashes
    for n in list(range(31)) * 6:
        items = frozenset(random_item(rng) for _ in range(n))
        hashes = [hash(x) for x in items]
        print(f"    {{true, {len(pool)}, {len(items)}, {c64(hash(items))}}},")
        pool += hashes
    print("};")
    print("static const int64_t combine_item_pool[] = {")
    for i in range(0, len(pool), 3):
        print("    " + " ".join(f"{c64(h)}," for h in pool[i:i + 3]))
    print("};")


def main():
    if sys.argv[1:] == ["--child"]:
        child()
        return
    exe = sys.executable
    print("/* Generated by tools/gen_hash_ref.py from CPython "
          f"{sys.version.split()[0]}; do not edit. */")
    print(f"static const uint32_t text_seeds[{len(SEEDS)}] = "
          "{" + ", ".join(f"{s}u" for s in SEEDS) + "};")
    print(f'static const char text_kinds[] = "{KINDS}";')
    print(f"static const uint32_t text_lengths[{len(LENGTHS)}] = "
          "{" + ", ".join(map(str, LENGTHS)) + "};")
    print(f"static const int64_t text_hashes[{len(SEEDS)}][{len(KINDS)}][{len(LENGTHS)}] = {{")
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        out = subprocess.run([exe, __file__, "--child"], env=env, check=True,
                             capture_output=True, text=True).stdout
        print("    {")
        for line in out.split("\n")[:len(KINDS)]:
            vals = [c64(int(v)) for v in line.split()]
            print("        {")
            for i in range(0, len(vals), 3):
                print("            " + " ".join(v + "," for v in vals[i:i + 3]))
            print("        },")
        print("    },")
    print("};")
    rng = random.Random(311)
    emit_numbers(rng)
    emit_combined(rng)


if __name__ == "__main__":
    main()
