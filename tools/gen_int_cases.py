#!/usr/bin/python3.11
"""Writes tests/unit/objects/int_cases.txt: int operations with the results
CPython 3.11 gives, read by tests/unit/objects/test_int.c.

One case per line, tab-separated: an operation name, its operands, then the
expected result. Int operands are written in hex (parsed with base 0); int
results are shown in hex too (so huge ones skip the decimal digit limit;
past 2048 bits as a digest "~residue mod 2**61-1:low 64 bits:bit length",
all in hex but the length), operands "@n" name line n of the value table
that starts the file ("val" lines),
tuples as (x, y), floats and bytes by repr, errors as "!Type: message".
Text operands (int(text, base)) are the hex of their UTF-8 bytes.
Run with /usr/bin/python3.11 from the repository root; deterministic."""
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "unit", "objects", "int_cases.txt")


def show(v):
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        if v.bit_length() > 2048:
            # a digest keeps the file small: residue mod 2**61-1, low 64 bits
            return "~%x:%x:%d" % (v % (2**61 - 1), v & (2**64 - 1), v.bit_length())
        return hex(v)
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    return repr(v)


def attempt(f):
    try:
        return show(f())
    except Exception as e:  # noqa: BLE001 - every error is an expected outcome
        return "!%s: %s" % (type(e).__name__, e)


def operands(rng):
    vals = [0, 1, -1, 2, -2, 3, 7, -7, 10, 1023, 1024, 1025, -5, -6,
            2**30 - 1, 2**30, -2**30, 2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63,
            2**63, 2**64, -2**64 - 1, 2**64 - 1, 2**90, -2**90 + 12345]
    for bits, count in ((70, 2), (100, 2), (200, 2), (500, 2), (1500, 1), (2500, 1),
                        (4000, 1)):
        for _ in range(count):
            v = rng.getrandbits(bits) | (1 << (bits - 1))
            vals.append(v if rng.random() < 0.5 else -v)
    vals.append(2**3000 - 1)
    vals.append(-(2**1500))
    return vals


BINOPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": divmod,
    "truediv": lambda a, b: a / b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "cmp": lambda a, b: (a > b) - (a < b),
}


def main():
    rng = random.Random(20240311)
    vals = operands(rng)
    lines = [("val", hex(v), "", "") for v in vals]
    ref = {v: "@%d" % i for i, v in enumerate(vals)}
    for a in vals:
        for b in vals:
            huge = abs(a).bit_length() > 1000 and abs(b).bit_length() > 1000
            for name, f in BINOPS.items():
                if huge and name not in ("mul", "floordiv", "mod", "sub"):
                    continue
                lines.append((name, ref[a], ref[b], attempt(lambda: f(a, b))))
    small = [0, 1, 2, 3, 5, 17, 29, 30, 31, 59, 60, 61, 62, 63, 64, 65, 100, 1000, -1, -64]
    for a in vals:
        for s in (small if abs(a).bit_length() < 1000 else small[:4] + [-1]):
            lines.append(("lshift", ref[a], hex(s), attempt(lambda: a << s)))
            lines.append(("rshift", ref[a], hex(s), attempt(lambda: a >> s)))
        lines.append(("rshift", ref[a], hex(2**70), attempt(lambda: a >> 2**70)))
        for e in (0, 1, 2, 3, 7, 13, 64, -1, -2):
            if abs(a).bit_length() * max(e, 0) < 200000:
                lines.append(("pow", ref[a], hex(e), attempt(lambda: a ** e)))
        for name, f in (("neg", lambda: -a), ("abs", lambda: abs(a)), ("invert", lambda: ~a),
                        ("hash", lambda: hash(a)), ("float", lambda: float(a)),
                        ("bit_length", a.bit_length), ("bit_count", a.bit_count),
                        ("sizeof", a.__sizeof__), ("str", lambda: str(a)),
                        ("oct", lambda: oct(a)), ("bin", lambda: bin(a))):
            lines.append((name, ref[a], "0", attempt(f)))
        for n in (1, 2, 3, 5, 9, 20, 40, 100):
            lines.append(("round", ref[a], hex(n), attempt(lambda: round(a, -n))))
    mods = [1, -1, 2, 7, -7, 97, 2**61 - 1, 2**64 + 13, -(2**127 - 1), 2**200 + 1, 10**60,
            2**512 - 569, 0]
    for a in vals[:40]:
        for e in (0, 1, 2, 65537, 2**100 + 3, -1, -3):
            for m in mods:
                lines.append(("powmod", "%s %s" % (ref[a], hex(e)), hex(m),
                              attempt(lambda: pow(a, e, m))))
    for a in vals:
        for d in (0.0, -0.0, 0.5, -0.5, 1.0, 1e300, -1e300, 2.0**63, -2.0**63, 2.0**64,
                  9007199254740993.0, 1.5e19, float("inf"), float("-inf"), float("nan"),
                  float(a) if abs(a).bit_length() < 1000 else 1.0,
                  (float(a) + 0.5) if abs(a).bit_length() < 50 else -1.0):
            c = 2 if d != d else (a > d) - (a < d)
            lines.append(("cmpf", ref[a], d.hex(), show(c)))
    for a in vals[:44]:
        for n in (0, 1, 2, 8, 9, 16, 40):
            for little in (0, 1):
                for signed in (0, 1):
                    lines.append(("tobytes", ref[a], "%d %d %d" % (n, little, signed),
                                  attempt(lambda: a.to_bytes(n, "little" if little else "big",
                                                             signed=bool(signed)))))
    for data in (b"", b"\x00", b"\x80", b"\xff", b"\x01\x02", b"\xff\x00", b"\x00\xff",
                 bytes(range(256)), b"\xff" * 40, b"\x80" + b"\x00" * 30):
        for little in (0, 1):
            for signed in (0, 1):
                lines.append(("frombytes", data.hex() or "-", "%d %d" % (little, signed),
                              attempt(lambda: int.from_bytes(data, "little" if little else "big",
                                                             signed=bool(signed)))))
    texts = ["0", "-0", "+7", " 12 ", "\t-0x_ff\n", "0x", "0b101", "0o17", "017", "00",
             "0_0", "1_000", "1__0", "_1", "1_", "12a", "zz", "Zz", "  ", "", "-", "+-1",
             "\u0661\u0662\u0663", "\u3000 42 \u3000", "\u00a0-7\u2003", "12\u00e9",
             "1\x00", "0x1F", "0X1f", "0B11", "9" * 100, "-" + "7" * 300,
             "1" * 4300, "1" * 4301, "0" * 5000, "f" * 5000, "1" * 5000, "a" * 300,
             "\uff11\uff12", "1 2"]
    for t in texts:
        for base in (0, 2, 8, 10, 16, 36, 3) if len(t) < 200 else (10, 16, 3):
            lines.append(("parse", t.encode().hex() or "-", str(base),
                          attempt(lambda: int(t, base))))
    big_dec = [10**4299, 10**4300 - 1, 10**4300, -(10**4300), 2**14300, 2**20000]
    for a in big_dec:
        lines.append(("str", hex(a), "0", attempt(lambda: str(a))))
        lines.append(("hash", hex(a), "0", attempt(lambda: hash(a))))
    with open(OUT, "w") as f:
        f.write("# Generated by tools/gen_int_cases.py from CPython 3.11; do not edit.\n")
        for line in lines:
            f.write("\t".join(line) + "\n")


if __name__ == "__main__":
    main()
