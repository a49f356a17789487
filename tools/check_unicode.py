#!/usr/bin/env python3.11
"""Compares Krait's Unicode database with python3.11's, exhaustively.

    python3.11 tools/check_unicode.py [DUMP_BINARY]

DUMP_BINARY defaults to build/unit/base/test_unicode_dump (`make unit` builds
it). Checked, with python3.11 as the oracle:
  * every code point 0..10FFFF: is_xid_start against ch.isidentifier(),
    is_xid_continue against ('a' + ch).isidentifier(), is_printable against
    ch.isprintable(), the NFKC of the character alone against
    unicodedata.normalize('NFKC', ch), and that the quick check never says
    "normalized" for a character NFKC changes;
  * names: every character name, its lower-case form, every alias and named
    sequence in NameAliases.txt / NamedSequences.txt, and near misses, each
    against what "\\N{name}" gives (codecs unicode_escape);
  * NFKC of the strings of NormalizationTest.txt (Debian's, Unicode 15.0;
    python is still the oracle, so lines using newer characters simply test
    that those pass through) and of random strings of marks, jamo and
    decomposable characters.
Prints the mismatches (the first few of each kind) and exits 1 if any.
"""
import bz2
import codecs
import os
import random
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UCD = "/usr/share/unicode"
SHOW = 10


class Report:
    def __init__(self):
        self.counts = {}

    def check(self, kind, ok, detail):
        total, bad = self.counts.get(kind, (0, 0))
        if not ok:
            if bad < SHOW:
                print(f"MISMATCH {kind}: {detail}")
            bad += 1
        self.counts[kind] = (total + 1, bad)

    def summary(self):
        failed = 0
        for kind, (total, bad) in self.counts.items():
            print(f"{kind}: {total} checked, {bad} mismatches")
            failed += bad
        return failed


def run(binary, mode, lines=None):
    text = "".join(line + "\n" for line in lines) if lines is not None else None
    out = subprocess.run([binary, mode], input=text, capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()


def hexes(s):
    return " ".join(f"{ord(c):X}" for c in s)


def check_code_points(binary, report):
    lines = run(binary, "props")
    assert len(lines) == 0x110000, len(lines)
    normalized = passed = 0
    for cp, line in enumerate(lines):
        fields = line.split(" ", 5)
        assert int(fields[0], 16) == cp, line
        ch = chr(cp)
        start, cont, printable, quick = (f == "1" for f in fields[1:5])
        nfkc = unicodedata.normalize("NFKC", ch)
        mine = ch if fields[5] == "=" else "".join(chr(int(x, 16)) for x in fields[5].split())
        report.check("xid_start", start == ch.isidentifier(), f"U+{cp:04X} {start}")
        report.check("xid_continue", cont == ("a" + ch).isidentifier(), f"U+{cp:04X} {cont}")
        report.check("printable", printable == ch.isprintable(), f"U+{cp:04X} {printable}")
        report.check("nfkc_char", mine == nfkc, f"U+{cp:04X}: {hexes(mine)} != {hexes(nfkc)}")
        report.check("quick_check_sound", not quick or nfkc == ch, f"U+{cp:04X} said normalized")
        normalized += nfkc == ch
        passed += quick
    print(f"quick check: passes {passed} of the {normalized} code points NFKC leaves alone")


def oracle_lookup(name):
    """What "\\N{name}" gives in a Python 3.11 string literal, or None."""
    try:
        s = codecs.decode("\\N{" + name + "}", "unicode_escape")
    except UnicodeDecodeError:
        return None
    return ord(s) if len(s) == 1 else None


def name_candidates():
    names = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name:
            names += [name, name.lower(), name.title()]
    for path, field in (("NameAliases.txt", 1), ("NamedSequences.txt", 0)):
        with open(os.path.join(UCD, path), encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    name = line.split(";")[field].strip()
                    names += [name, name.lower()]
    rng = random.Random(1)
    sample = rng.sample([n for n in names if n.isupper()], 20000)
    for name in sample:
        i = rng.randrange(len(name))
        names += [name[:i] + name[i + 1:], name + " ", " " + name, name[:i] + "X" + name[i:],
                  name.replace(" ", "  ", 1), name[:i]]
    for cp in (0x3400, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0x2A6DF, 0x2A6E0, 0x2B738,
               0x2B739, 0x3134A, 0x3134B, 0x31350):
        names += [f"CJK UNIFIED IDEOGRAPH-{cp:X}", f"CJK UNIFIED IDEOGRAPH-{cp:x}",
                  f"CJK UNIFIED IDEOGRAPH-{cp:05X}", f"CJK UNIFIED IDEOGRAPH-{cp:06X}"]
    names += ["", "HANGUL SYLLABLE", "HANGUL SYLLABLE ", "HANGUL SYLLABLE G",
              "HANGUL SYLLABLE GG", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE YAEGS",
              "CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-17000", "A" * 200]
    return names


def check_names(binary, report):
    names = name_candidates()
    answers = run(binary, "lookup", names)
    assert len(answers) == len(names)
    for name, answer in zip(names, answers):
        mine = int(answer, 16) if answer != "-1" else None
        want = oracle_lookup(name)
        got = "-1" if mine is None else f"{mine:X}"
        exp = "-1" if want is None else f"{want:X}"
        report.check("lookup", mine == want, f"{name!r}: {got} != {exp}")


def normalization_test_strings():
    out = []
    with bz2.open(os.path.join(UCD, "NormalizationTest.txt.bz2"), "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("@"):
                for col in line.split(";")[:5]:
                    out.append("".join(chr(int(x, 16)) for x in col.split()))
    return out


def random_strings():
    """Mixtures of starters, marks of many classes, jamo and characters with
    (compatibility) decompositions, where ordering and composition interact."""
    rng = random.Random(2)
    decomposable = [chr(c) for c in range(0x110000)
                    if unicodedata.decomposition(chr(c)) and not 0xD800 <= c < 0xE000]
    marks = [chr(c) for c in range(0x110000) if unicodedata.combining(chr(c))]
    jamo = [chr(c) for c in range(0x1100, 0x1200)] + [chr(c) for c in range(0xAC00, 0xAC40)]
    starters = list("aeiouAEOUnNcCsSzZ") + ["\u0391", "\u03b1", "\u0415", "\u0627", "\u0915"]
    pools = [decomposable, marks, marks, jamo, starters]
    out = []
    for _ in range(30000):
        out.append("".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 12))))
    return out


def check_nfkc_strings(binary, report):
    for kind, strings in (("nfkc_normalization_test", normalization_test_strings()),
                          ("nfkc_random", random_strings())):
        answers = run(binary, "nfkc", [hexes(s) for s in strings])
        assert len(answers) == len(strings)
        for s, answer in zip(strings, answers):
            want = hexes(unicodedata.normalize("NFKC", s))
            report.check(kind, answer == want, f"{hexes(s)}: {answer} != {want}")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "build/unit/base/test_unicode_dump")
    if not os.path.exists(binary):
        sys.exit(f"{binary} is missing: run `make unit` first")
    report = Report()
    check_code_points(binary, report)
    check_names(binary, report)
    check_nfkc_strings(binary, report)
    failed = report.summary()
    print(f"total mismatches: {failed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
