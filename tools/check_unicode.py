#!/usr/bin/python3.11
"""Compares Krait's Unicode database with python3.11's, exhaustively.

    /usr/bin/python3.11 tools/check_unicode.py [DUMP_BINARY]

DUMP_BINARY defaults to build/unit/base/test_unicode_dump (`make unit` builds
it). With python3.11 as the oracle it checks:
  * every code point 0..10FFFF, property by property (the dump's "columns"):
    the identifier classes (ch.isidentifier(), ('a' + ch).isidentifier()),
    printable, alpha, decimal, digit, numeric, alnum, space (str methods),
    linebreak (what "a" + ch + "b" splitlines into), lower and upper
    (ch.islower(), ch.isupper()), title, cased and case-ignorable (CPython's
    own _PyUnicode_IsTitlecase, _IsCased, _IsCaseIgnorable through ctypes,
    as no str method shows them alone), mirrored, category, bidirectional,
    combining, east_asian_width, decomposition, decimal, digit, numeric,
    name (unicodedata), the full case mappings (ch.lower(), upper(),
    title(), casefold()), the one-code-point mappings (CPython's
    _PyUnicode_ToLowercase and friends), the four normalizations of the
    character alone, and is_normalized for each form, with the quick check
    sound (YES only for normalized text, NO only for text that is not);
  * names: every character name, the lower- and title-case forms of the
    table names, every alias and named sequence in NameAliases.txt /
    NamedSequences.txt, and near misses, each against what "\\N{name}"
    gives (codecs unicode_escape);
  * the four normalizations and is_normalized of the strings of
    NormalizationTest.txt (Debian's, a newer Unicode; python is still the
    oracle, so lines using newer characters simply test that those pass
    through) and of random strings of marks, jamo and decomposable
    characters;
  * str.lower(), upper(), casefold(), title(), capitalize() and swapcase()
    of random strings mixing cased, case-ignorable, special-casing
    characters and sigmas (the final-sigma rule), also through the
    code-unit form of the final-sigma helper.
Prints the mismatches (the first few of each kind), a count per kind, and
exits 1 if there is any. To keep the run to a few seconds, the columns are
compared as whole texts (split per code point only when they differ), the
expected ones are built by map() over C-level functions or by one str
method call on all characters at once, and the checks are spread over two
worker processes: about 9 s of CPU in all.
"""
import array
import bz2
import codecs
import ctypes
import functools
import itertools
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UCD = "/usr/share/unicode"
SHOW = 10
NCP = 0x110000
FORMS = ("NFC", "NFD", "NFKC", "NFKD")


@functools.cache
def every_char():
    """[chr(0), ..., chr(0x10FFFF)], built in each worker: built before the
    fork, touching it would copy its pages into every worker."""
    return [chr(c) for c in range(NCP)]


def capi(name):
    """A CPython C function taking and returning one code point or int."""
    f = getattr(ctypes.pythonapi, name)
    f.restype, f.argtypes = ctypes.c_uint32, [ctypes.c_uint32]
    return f


class Report:
    def __init__(self):
        self.counts = {}
        self.lines = []

    def check(self, kind, ok, detail):
        total, bad = self.counts.get(kind, (0, 0))
        if not ok:
            if bad < SHOW:
                self.lines.append(f"MISMATCH {kind}: {detail}")
            bad += 1
        self.counts[kind] = (total + 1, bad)

    def merge(self, other):
        self.lines += other.lines
        for kind, (total, bad) in other.counts.items():
            t0, b0 = self.counts.get(kind, (0, 0))
            self.counts[kind] = (t0 + total, b0 + bad)

    def summary(self):
        for line in self.lines:
            print(line)
        failed = 0
        for kind, (total, bad) in self.counts.items():
            print(f"{kind}: {total} checked, {bad} mismatches")
            failed += bad
        return failed


def run(binary, mode, inputs):
    """The dump's answer lines to [inputs], one per line (ASCII names)."""
    text = "".join(line + "\n" for line in inputs)
    out = subprocess.run([binary, mode], input=text, capture_output=True, text=True,
                         check=True).stdout
    return out.splitlines()


def hexes(s):
    return " ".join(f"{ord(c):X}" for c in s)


# ---- per-code-point columns ----
# Each expected column is built with map() over C-level functions, so that
# a million code points cost milliseconds, not seconds.

def bits(values):
    """b'0'/b'1' per truth value."""
    return bytes(map(bool, values)).translate(BITS)


BITS = bytes.maketrans(b"\0\1", b"01")


def lines(values):
    return "\n".join(values)


def optional(values):
    """unicodedata's decimal/digit/numeric answers as the dump prints them."""
    return lines(["-" if v is None else str(v) if isinstance(v, int) else "%.17g" % v
                  for v in values])


def property_columns():
    nones = itertools.repeat(None)
    chars = every_char()
    return {
        "xid_start": bits(map(str.isidentifier, chars)),
        "xid_continue": bits(map(str.isidentifier, map("a".__add__, chars))),
        "printable": bits(map(str.isprintable, chars)),
        "alpha": bits(map(str.isalpha, chars)),
        "decimal": bits(map(str.isdecimal, chars)),
        "digit": bits(map(str.isdigit, chars)),
        "numeric": bits(map(str.isnumeric, chars)),
        "alnum": bits(map(str.isalnum, chars)),
        "space": bits(map(str.isspace, chars)),
        "linebreak": bits(map((2).__eq__, map(len, map(str.splitlines,
                                                       map("a{}b".format, chars))))),
        "lower": bits(map(str.islower, chars)),
        "upper": bits(map(str.isupper, chars)),
        "title": bits(map(capi("_PyUnicode_IsTitlecase"), range(NCP))),
        "cased": bits(map(capi("_PyUnicode_IsCased"), range(NCP))),
        "case_ignorable": bits(map(capi("_PyUnicode_IsCaseIgnorable"), range(NCP))),
        "mirrored": bits(map(unicodedata.mirrored, chars)),
        "category": lines(map(unicodedata.category, chars)),
        "bidirectional": lines(map(unicodedata.bidirectional, chars)),
        "combining": lines(map(str, map(unicodedata.combining, chars))),
        "east_asian_width": lines(map(unicodedata.east_asian_width, chars)),
        "decomposition": lines(map(unicodedata.decomposition, chars)),
        "decimal_value": optional(map(unicodedata.decimal, chars, nones)),
        "digit_value": optional(map(unicodedata.digit, chars, nones)),
        "numeric_value": optional(map(unicodedata.numeric, chars, nones)),
        "name": lines(map(unicodedata.name, chars, itertools.repeat("-"))),
    }


def mapping_columns():
    """The mappings of every character alone, each computed by one call on
    all of them joined by newlines: U+000A is neither cased nor
    case-ignorable, so it ends every final-sigma or title-case context, and
    it is a starter that composes with nothing, so normalization never
    reaches across it."""
    every = "\n".join(every_char())
    out = {
        "to_lower": every.lower(),
        "to_upper": every.upper(),
        "to_title": every.title(),
        "to_casefold": every.casefold(),
    }
    for name in ("lower", "upper", "title"):
        f = capi(f"_PyUnicode_To{name.capitalize()}case")
        values = array.array("I", map(f, range(NCP)))
        if sys.byteorder == "big":
            values.byteswap()
        out["simple_" + name] = values.tobytes()
    for form in FORMS:
        out[form.lower()] = unicodedata.normalize(form, every)
    return out


def split_column(text):
    """One entry per code point. Only U+000A maps to a text holding a
    newline (itself), which splitting turns into an extra empty entry."""
    items = text.split("\n")
    if len(items) == NCP + 1 and items[0x0A:0x0C] == ["", ""]:
        items[0x0A:0x0C] = ["\n"]
    return items


def compare_column(report, name, got, want):
    """Whole-text comparison; per code point only when they differ."""
    if got == want:
        report.counts[name] = (NCP, 0)
        return
    if name.startswith("simple_"):
        got_items = [chr(c) for c in array.array("I", got)]
        want_items = [chr(c) for c in array.array("I", want)]
    elif isinstance(want, bytes):
        got_items, want_items = list(got.decode()), list(want.decode())
    else:
        got_items, want_items = split_column(got), split_column(want)
    if len(got_items) != len(want_items):
        report.check(name, False, f"{len(got_items)} entries, expected {len(want_items)}")
        return
    show = (lambda x: x) if isinstance(want, bytes) and len(want) == NCP else hexes
    for cp, (g, w) in enumerate(zip(got_items, want_items)):
        report.check(name, g == w, f"U+{cp:04X}: {show(g)} != {show(w)}")


def check_quick_column(report, quick, normalized):
    """quick: per code point per form the quick check (Y/N/M) and
    is_normalized (0/1). is_normalized must be python's; YES must mean
    normalized and NO not normalized. Checked on whole byte strings, with
    the bits of each condition as one big integer."""
    quick += b"\n"  # read_columns dropped the last line's end
    assert len(quick) == 9 * NCP, len(quick)
    answers = []
    for k, form in enumerate(FORMS):
        name = f"quick_{form.lower()}"
        q, bit, want = quick[2 * k::9], quick[2 * k + 1::9], normalized[form]
        yes = int.from_bytes(q.translate(bytes.maketrans(b"YNM", b"\1\0\0")), "big")
        no = int.from_bytes(q.translate(bytes.maketrans(b"YNM", b"\0\1\0")), "big")
        ok = int.from_bytes(want.translate(bytes.maketrans(b"01", b"\0\1")), "big")
        report.counts[name] = (NCP, 0)
        if bit != want or yes & ~ok or no & ok or len(q.translate(None, b"YNM")):
            for cp in range(NCP):
                good = bit[cp] == want[cp] and q[cp] in b"YNM" and (q[cp] == ord("M") or (
                    q[cp] == ord("Y")) == (want[cp] == ord("1")))
                report.check(name, good, f"U+{cp:04X}: quick {chr(q[cp])} is_normalized "
                             f"{chr(bit[cp])}, normalized {chr(want[cp])}")
            report.counts[name] = (NCP, report.counts[name][1])
        answers.append(f"{form} {q.count(b'Y')}Y/{q.count(b'M')}M/{q.count(b'N')}N")
    return "quick check answers: " + ", ".join(answers)


def read_columns(binary, group):
    """{column name: bytes} from the dump's "columns" mode: each column is
    a line "#NAME LENGTH" and LENGTH bytes. The final newline of a text
    column is dropped, so that it compares with "\\n".join()."""
    with tempfile.TemporaryFile() as f:  # cheaper than a pipe for 70 MB
        subprocess.run([binary, "columns", group], stdout=f, check=True)
        f.seek(0)
        out = f.read()
    columns, pos = {}, 0
    while pos < len(out):
        end = out.index(b"\n", pos)
        assert out[pos] == ord("#"), out[pos:pos + 20]
        name, size = out[pos + 1:end].decode().split()
        body = out[end + 1:end + 1 + int(size)]
        columns[name] = body[:-1] if body.endswith(b"\n") else body
        pos = end + 1 + int(size)
    return columns


def compare_columns(report, got, expected):
    for name, want in expected.items():
        if name not in got:
            report.check(name, False, "column missing from the dump")
        elif isinstance(want, bytes):
            compare_column(report, name, got[name], want)
        else:
            compare_column(report, name, got[name].decode("utf-8", "surrogatepass"), want)


def check_property_columns(binary):
    report = Report()
    compare_columns(report, read_columns(binary, "properties"), property_columns())
    return report


def check_mapping_columns(binary):
    report = Report()
    got = read_columns(binary, "mappings")
    expected = mapping_columns()
    compare_columns(report, got, expected)
    normalized = {form: bits(map(unicodedata.is_normalized, itertools.repeat(form),
                                 every_char())) for form in FORMS}
    report.lines.append(check_quick_column(report, got["quick"], normalized))
    return report


# ---- names ----

def oracle_lookups(names):
    """What "\\N{name}" gives in a Python 3.11 string literal for each of
    [names]: the code point, or None. One decode for all of them: a name
    that fails becomes a lone surrogate, which no name can give, and the
    names are separated by another one. The error may be reported before
    the closing brace; the replacement always skips the whole escape."""
    codecs.register_error("krait_check_unicode",
                          lambda e: ("\ud800", e.object.index(b"}", e.start) + 1))
    text = "".join("\\N{" + n + "}\\udfff" for n in names)
    out = codecs.decode(text, "unicode_escape", "krait_check_unicode").split("\udfff")[:-1]
    assert len(out) == len(names)
    return [None if r == "\ud800" else ord(r) for r in out]


def name_candidates():
    """Every name; the lower- and title-case forms of the table names (the
    algorithmic ones are upper case only, which one sample of each shows);
    aliases and named sequences; near misses of a sample."""
    names = []
    for name in filter(None, map(unicodedata.name, every_char(), itertools.repeat(None))):
        names.append(name)
        if not name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")) or \
                name in ("CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG"):
            names += [name.lower(), name.title()]
    for path, field in (("NameAliases.txt", 1), ("NamedSequences.txt", 0)):
        with open(os.path.join(UCD, path), encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    name = line.split(";")[field].strip()
                    names += [name, name.lower()]
    rng = random.Random(1)
    sample = rng.sample([n for n in names if n.isupper()], 10000)
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


def check_names(binary):
    report = Report()
    names = name_candidates()
    answers = run(binary, "lookup", names)
    assert len(answers) == len(names)
    for name, answer, want in zip(names, answers, oracle_lookups(names)):
        mine = int(answer, 16) if answer != "-1" else None
        if mine != want:
            exp = "-1" if want is None else f"{want:X}"
            report.check("lookup", False, f"{name!r}: {answer} != {exp}")
    report.counts["lookup"] = (len(names), report.counts.get("lookup", (0, 0))[1])
    return report


# ---- strings ----

def run_text(binary, mode, strings):
    """Feeds [strings] one per line as UTF-8 and returns the dump's answer
    lines, each split at NULs."""
    assert not any("\n" in s or "\0" in s for s in strings)
    data = "".join(s + "\n" for s in strings).encode("utf-8", "surrogatepass")
    out = subprocess.run([binary, mode], input=data, capture_output=True, check=True).stdout
    answers = out.decode("utf-8", "surrogatepass").split("\n")
    assert answers[-1] == "" and len(answers) == len(strings) + 1
    return [a.split("\0") for a in answers[:-1]]


def normalization_test_strings():
    out = []
    with bz2.open(os.path.join(UCD, "NormalizationTest.txt.bz2"), "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("@"):
                for col in line.split(";")[:5]:
                    out.append("".join(chr(int(x, 16)) for x in col.split()))
    return sorted(set(out))


def random_normalization_strings():
    """Mixtures of starters, marks of many classes, jamo and characters with
    (compatibility) decompositions, where ordering and composition interact."""
    rng = random.Random(2)
    decomposable = [c for c in every_char() if unicodedata.decomposition(c)]
    marks = [c for c in every_char() if unicodedata.combining(c)]
    jamo = [chr(c) for c in range(0x1100, 0x1200)] + [chr(c) for c in range(0xAC00, 0xAC40)]
    starters = list("aeiouAEOUnNcCsSzZ") + ["\u0391", "\u03b1", "\u0415", "\u0627", "\u0915"]
    pools = [decomposable, marks, marks, jamo, starters]
    return ["".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 12)))
            for _ in range(20000)]


def check_normalization_strings(binary):
    report = Report()
    for kind, strings in (("norm_test_file", normalization_test_strings()),
                          ("norm_random", random_normalization_strings())):
        answers = run_text(binary, "norm", strings)
        for k, form in enumerate(FORMS):
            wants = list(map(unicodedata.normalize, itertools.repeat(form), strings))
            norms = list(map(unicodedata.is_normalized, itertools.repeat(form), strings))
            bad = 0
            for s, fields, want, norm in zip(strings, answers, wants, norms):
                q, bit = fields[4][k], fields[4][4 + k]
                if fields[k] != want or bit != "01"[norm] or (q == "Y" and not norm) or (
                        q == "N" and norm):
                    if bad < SHOW:
                        report.lines.append(
                            f"MISMATCH {kind}_{form.lower()}: {hexes(s)}: {hexes(fields[k])} "
                            f"quick {q} is_normalized {bit}, expected {hexes(want)} {norm}")
                    bad += 1
            report.counts[f"{kind}_{form.lower()}"] = (len(strings), bad)
    return report


def random_case_strings():
    """Strings where the final-sigma rule, special casing and title-casing
    state all matter: sigmas among cased, case-ignorable and other
    characters, including characters both cased and case-ignorable."""
    rng = random.Random(3)
    cased = [chr(c) for c in range(NCP) if CASED(c)]
    ignorable = [chr(c) for c in range(NCP) if IGNORABLE(c)]
    both = [c for c in cased if IGNORABLE(ord(c))]
    special = [c for c in cased if len(c.upper()) > 1 or len(c.lower()) > 1
               or len(c.casefold()) > 1 or len(c.title()) > 1 or c.title() != c.upper()]
    other = list(" .,-1\t") + ["\u00a0", "\u3000", "\U0001F600", "\ud800", "\u4e00"]
    sigma = ["\u03a3", "\u03a3", "\u03c3", "\u03c2"]
    plain = list("aAbBzZ") + ["\u0391", "\u03b1", "\u0130", "\u0131", "\u01c5", "\u1f88"]
    pools = [sigma, sigma, cased, ignorable, ignorable, both, special, other, plain, plain]
    out = []
    for _ in range(40000):
        out.append("".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 10))))
    out += ["", "\u03a3", "A\u03a3", "A\u03a3B", "A\u03a3.", "A'\u03a3", "A\u03a3'",
            "A\u03a3'B", "\u02b0\u03a3", "A\u0345\u03a3", "\U00010400\u03a3",
            "\u03a3\u03a3\u03a3", "\U00010400\u03a3\U0001F600"]
    return out


def check_case_strings(binary):
    report = Report()
    strings = random_case_strings()
    answers = run_text(binary, "case", strings)
    methods = [("lower", str.lower), ("upper", str.upper), ("casefold", str.casefold),
               ("title", str.title), ("capitalize", str.capitalize),
               ("swapcase", str.swapcase), ("lower_code_units", str.lower)]
    for k, (name, method) in enumerate(methods):
        bad = 0
        for s, fields, want in zip(strings, answers, map(method, strings)):
            if fields[k] != want:
                if bad < SHOW:
                    report.lines.append(f"MISMATCH str_{name}: {hexes(s)}: "
                                        f"{hexes(fields[k])} != {hexes(want)}")
                bad += 1
        report.counts[f"str_{name}"] = (len(strings), bad)
    return report


CASED = capi("_PyUnicode_IsCased")
IGNORABLE = capi("_PyUnicode_IsCaseIgnorable")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "build/unit/base/test_unicode_dump")
    if not os.path.exists(binary):
        sys.exit(f"{binary} is missing: run `make unit` first")
    # Two forked workers share the tables above; each check runs its own
    # dump and returns only its (small) report. Longest checks first.
    checks = (check_mapping_columns, check_property_columns, check_names,
              check_normalization_strings, check_case_strings)
    report = Report()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for part in pool.imap(run_check, [(check, binary) for check in checks]):
            report.merge(part)
    failed = report.summary()
    print(f"total mismatches: {failed}")
    sys.exit(1 if failed else 0)


def run_check(job):
    check, binary = job
    return check(binary)


if __name__ == "__main__":
    main()
