#!/usr/bin/env python3
"""Generates Krait's Unicode database from Debian's unicode-data files.

    gen_unicode.py [--header] [UCD_DIR]

prints src/base/unicode_db.gen.c (or, with --header, unicode_db.gen.h, the
declarations and accessors that it and src/base/unicode*.c include). UCD_DIR
defaults to /usr/share/unicode.

Debian ships a newer Unicode than CPython 3.11 (14.0.0) uses, so every code
point that DerivedAge.txt says was assigned after TARGET_AGE is treated as
unassigned: category Cn, no properties, no decomposition, no name. The few
properties of older characters that later versions changed are put back by
hand (CHANGED_AFTER_TARGET). The tables then match python3.11's unicodedata
and str methods (tools/check_unicode.py verifies every code point).

Tables (the header's comments describe their layout for the C side); each
per-code-point table is a two-level index into an array of distinct records,
with the block size that makes it smallest:
  props       flags (identifier classes, printable, str.isX classes, case
              classes, mirrored, normalization quick checks), general
              category, bidirectional class, canonical combining class, east
              asian width;
  case        full lower, upper, title and casefold mappings, each a delta or
              a reference to a sequence of 2 or 3 code points;
  numeric     decimal, digit and numeric values;
  decomp      the one-level decomposition mapping of UnicodeData.txt with its
              tag, from which unicode_norm.c derives full decompositions;
  comp        canonical composition pairs (first, second) -> composite,
              sorted for binary search;
  names       every character name and name alias, hashed into buckets of
              records; each record holds a code point and the name compressed
              with a word lexicon, written in a 92-character printable
              alphabet so the C source stays small. The runs of named code
              points and the bucket of each name lead back from a code point
              to its name. Hangul syllable and CJK unified ideograph names
              are algorithmic (jamo short names from Jamo.txt, ideograph
              ranges from UnicodeData.txt).
"""
import bz2
import collections
import fractions
import os
import re
import sys

TARGET_AGE = (14, 0)
TARGET_VERSION = "14.0.0"

# NameAliases.txt carries no ages. Aliases that later versions added to
# characters that already existed in TARGET_AGE must be left out by hand;
# keyed by the version that added them (from the UCD change notes, and
# confirmed against python3.11's unicodedata.lookup).
ALIASES_ADDED_AFTER_TARGET = {
    (15, 0): {(0x0019, "EM"),
              (0x0616, "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE"),
              (0x1BBD, "SUNDANESE LETTER ARCHAIC I")},
}

# Properties of characters of TARGET_AGE that a later version changed: the
# files hold the new value, python3.11 the old one. Keyed by the version of
# the change; each entry is (first, last, property, value in TARGET_AGE).
# Found by tools/check_unicode.py and confirmed in the UCD change notes.
CHANGED_AFTER_TARGET = {
    # Unicode 15.0 made five modifier letters Other_Lowercase.
    (15, 0): [(first, last, prop, False)
              for first, last in ((0x10FC, 0x10FC), (0xA7F2, 0xA7F4), (0xAB69, 0xAB69))
              for prop in ("lowercase", "cased")],
}

MAX_CP = 0x110000
S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
S_COUNT = L_COUNT * V_COUNT * T_COUNT

# Value lists; index 0 is what an unassigned code point has (python3.11
# reports bidirectional '' and east_asian_width 'F' for those). The order of
# CATEGORIES is the KrUnicodeCategory enum of src/base/unicode.h, which the
# generated source checks with static assertions.
CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
              "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
BIDI_CLASSES = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S",
                "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
EAST_ASIAN_WIDTHS = ["F", "H", "W", "Na", "A", "N"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
               "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
               "<square>", "<fraction>", "<compat>"]

# Property flag bits; the header repeats them as KR_UPROP_* macros.
FLAG_NAMES = ["XID_START", "XID_CONTINUE", "PRINTABLE", "ALPHA", "DECIMAL", "DIGIT",
              "NUMERIC", "SPACE", "LINEBREAK", "LOWER", "UPPER", "TITLE", "CASED",
              "CASE_IGNORABLE", "MIRRORED", "NFD_QC_NO", "NFKD_QC_NO", "NFC_QC_NO",
              "NFC_QC_MAYBE", "NFKC_QC_NO", "NFKC_QC_MAYBE"]
FLAG = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}
NOT_PRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}
ALPHA_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo"}
# str.splitlines() splits at paragraph separators (bidirectional class B),
# the line separator, and also at VT and FF, which Python adds.
EXTRA_LINEBREAKS = {0x0B, 0x0C}

# Case mappings: a value below CASE_EXT is a delta from the code point; a
# value at or above it refers to a longer mapping in the case_ext array.
CASE_EXT = 1 << 30
DECOMPOSITION_MAX = 128  # KR_UNICODE_DECOMPOSITION_MAX in unicode.h
UNIHAN_NUMERIC_FIELDS = ("kAccountingNumeric", "kOtherNumeric", "kPrimaryNumeric")

# The name alphabet: printable ASCII without the characters a C string
# literal would need to escape ('"', '\\') or that could start a trigraph
# ('?'). Code characters (word references) come first so that a digit value
# below len(CODE_CHARS) means "word reference"; the 38 characters names are
# made of stand for themselves.
NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -"
CODE_CHARS = "".join(c for c in map(chr, range(0x20, 0x7F))
                     if c not in NAME_CHARS and c not in '"\\?')
ALPHABET = CODE_CHARS + NAME_CHARS
BASE = len(ALPHABET)
assert BASE == 92 and len(CODE_CHARS) == 54
# Code points in records are 3 digits wide; named code points at or above
# CP_FOLD (only plane 14's tags and variation selectors) are moved down by
# CP_FOLD_DELTA to fit below BASE**3.
CP_FOLD, CP_FOLD_DELTA = 0xB0000, 0x30000
# Name buckets: a prime below 4096, so that a bucket number fits the 12 bits
# the way back from code points stores; about 8.5 records per bucket.
NAME_BUCKETS = 4093


# ---- reading the UCD ----

def ucd_lines(path, opener=open):
    """Yields the ';'-separated fields of each data line, comments removed."""
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [x.strip() for x in line.split(";")]


def cp_range(field):
    first, _, last = field.partition("..")
    return range(int(first, 16), int(last or first, 16) + 1)


def file_version(path):
    """(major, minor) from a UCD file's first line, '# Name-15.0.0.txt'."""
    with open(path, encoding="utf-8") as f:
        m = re.search(r"-(\d+)\.(\d+)\.\d+\.txt", f.readline())
    return (int(m.group(1)), int(m.group(2))) if m else None


def hex_list(field):
    return [int(x, 16) for x in field.split()]


class Ucd:
    """The character data of TARGET_AGE, read from the newer files."""

    def __init__(self, root):
        self.root = root
        self.assigned = bytearray(MAX_CP)
        for fields in ucd_lines(self.path("DerivedAge.txt")):
            age = tuple(int(x) for x in fields[1].split("."))
            if age <= TARGET_AGE:
                for cp in cp_range(fields[0]):
                    self.assigned[cp] = 1
        self.read_unicode_data()
        core = self.derived_sets("DerivedCoreProperties.txt",
                                 ("XID_Start", "XID_Continue", "Lowercase", "Uppercase",
                                  "Cased", "Case_Ignorable"))
        self.xid_start, self.xid_continue = core["XID_Start"], core["XID_Continue"]
        self.lowercase, self.uppercase = core["Lowercase"], core["Uppercase"]
        self.cased, self.case_ignorable = core["Cased"], core["Case_Ignorable"]
        self.read_east_asian_width()
        self.read_normalization_props()
        self.read_special_casing()
        self.read_case_folding()
        self.read_unihan_numeric()
        self.read_aliases()
        self.read_jamo()
        self.apply_changes()

    def path(self, name):
        return os.path.join(self.root, name)

    def read_unicode_data(self):
        self.category = ["Cn"] * MAX_CP
        self.bidi = [""] * MAX_CP
        self.ccc = [0] * MAX_CP
        self.decomp = {}          # cp -> (tag, [cps]), one level
        self.decimal = {}         # cp -> int
        self.digit = {}           # cp -> int
        self.numeric = {}         # cp -> Fraction
        self.mirrored = set()
        self.simple_upper, self.simple_lower, self.simple_title = {}, {}, {}
        self.names = {}           # cp -> name, explicit names only
        self.cjk_ranges = []      # [(first, last)] of unified ideographs
        first = None
        for f in ucd_lines(self.path("UnicodeData.txt")):
            cp, name = int(f[0], 16), f[1]
            if name.endswith(", First>"):
                first = cp
                continue
            span = range(first, cp + 1) if name.endswith(", Last>") else [cp]
            first = None
            span = [c for c in span if self.assigned[c]]
            if not span:
                continue
            for c in span:
                self.category[c] = f[2]
                self.ccc[c] = int(f[3])
                self.bidi[c] = f[4]
            if name.startswith("<CJK Ideograph"):
                self.cjk_ranges.append((span[0], span[-1]))
            if not name.startswith("<"):
                self.names[cp] = name
            # Ranges carry none of the fields below (checked by assertion).
            assert len(span) == 1 or not any(f[5:9] + f[12:15]), name
            if f[5]:
                parts = f[5].split()
                tag = parts[0] if parts[0].startswith("<") else ""
                self.decomp[cp] = (tag, [int(x, 16) for x in parts[bool(tag):]])
            if f[6]:
                self.decimal[cp] = int(f[6])
            if f[7]:
                self.digit[cp] = int(f[7])
            if f[8]:
                self.numeric[cp] = fractions.Fraction(f[8])
            if f[9] == "Y":
                self.mirrored.add(cp)
            for field, table in ((f[12], self.simple_upper), (f[13], self.simple_lower),
                                 (f[14], self.simple_title)):
                if field:
                    table[cp] = int(field, 16)
        self.cjk_ranges.sort()

    def derived_sets(self, filename, props):
        out = {p: set() for p in props}
        for fields in ucd_lines(self.path(filename)):
            if fields[1] in out:
                out[fields[1]].update(c for c in cp_range(fields[0]) if self.assigned[c])
        return out

    def read_east_asian_width(self):
        """Characters the file does not list are N (its default); code
        points without a UnicodeData.txt entry (unassigned ones and
        noncharacters, category Cn) keep index 0, 'F', as python3.11 reports
        them."""
        self.eaw = [""] * MAX_CP
        for fields in ucd_lines(self.path("EastAsianWidth.txt")):
            for c in cp_range(fields[0]):
                self.eaw[c] = fields[1]
        for c in range(MAX_CP):
            self.eaw[c] = (self.eaw[c] or "N") if self.category[c] != "Cn" else "F"

    def read_normalization_props(self):
        self.quick_check = {form: {} for form in ("NFD_QC", "NFKD_QC", "NFC_QC", "NFKC_QC")}
        self.full_exclusion = set()
        for fields in ucd_lines(self.path("DerivedNormalizationProps.txt")):
            cps = [c for c in cp_range(fields[0]) if self.assigned[c]]
            if fields[1] in self.quick_check:
                for c in cps:
                    self.quick_check[fields[1]][c] = fields[2]
            elif fields[1] == "Full_Composition_Exclusion":
                self.full_exclusion.update(cps)
        # Cross-check: the exclusions are CompositionExclusions.txt plus the
        # singletons and the non-starter decompositions.
        derived = {int(f[0], 16) for f in ucd_lines(self.path("CompositionExclusions.txt"))}
        derived = {c for c in derived if self.assigned[c]}
        for cp, (tag, parts) in self.decomp.items():
            if not tag and (len(parts) == 1 or self.ccc[cp] or self.ccc[parts[0]]):
                derived.add(cp)
        assert derived == self.full_exclusion, derived ^ self.full_exclusion

    def read_special_casing(self):
        """The unconditional entries: cp -> (lower, title, upper). Python
        ignores the conditional ones (Final_Sigma is applied by str.lower()
        itself, the language-specific ones never)."""
        self.special = {}
        for f in ucd_lines(self.path("SpecialCasing.txt")):
            cp = int(f[0], 16)
            if self.assigned[cp] and not f[4]:
                self.special[cp] = (hex_list(f[1]), hex_list(f[2]), hex_list(f[3]))

    def read_case_folding(self):
        """Full case folding: statuses C (common) and F (full)."""
        self.folding = {}
        for f in ucd_lines(self.path("CaseFolding.txt")):
            cp = int(f[0], 16)
            if self.assigned[cp] and f[1] in ("C", "F"):
                self.folding[cp] = hex_list(f[2])

    def read_unihan_numeric(self):
        """Numeric values of ideographs; UnicodeData.txt's own value wins
        where both give one."""
        path = self.path("Unihan_NumericValues.txt.bz2")
        for line in bz2.open(path, "rt", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t")
            cp = int(code[2:], 16)
            if field in UNIHAN_NUMERIC_FIELDS and self.assigned[cp]:
                self.numeric.setdefault(cp, fractions.Fraction(value))

    def read_aliases(self):
        version = file_version(self.path("NameAliases.txt"))
        later = [v for v in ALIASES_ADDED_AFTER_TARGET if v <= version]
        if version > TARGET_AGE and version > max(ALIASES_ADDED_AFTER_TARGET):
            sys.exit(f"gen_unicode.py: NameAliases.txt is {version}; list the aliases "
                     "added since in ALIASES_ADDED_AFTER_TARGET")
        skip = set().union(*(ALIASES_ADDED_AFTER_TARGET[v] for v in later))
        self.aliases = []         # [(cp, alias)]
        for f in ucd_lines(self.path("NameAliases.txt")):
            cp = int(f[0], 16)
            if self.assigned[cp] and (cp, f[1]) not in skip:
                self.aliases.append((cp, f[1]))

    def read_jamo(self):
        short = {int(f[0], 16): f[1] for f in ucd_lines(self.path("Jamo.txt"))}
        self.jamo_l = [short[L_BASE + i] for i in range(L_COUNT)]
        self.jamo_v = [short[V_BASE + i] for i in range(V_COUNT)]
        self.jamo_t = [""] + [short[T_BASE + i] for i in range(1, T_COUNT)]

    def apply_changes(self):
        version = file_version(self.path("UnicodeData.txt")) or file_version(
            self.path("DerivedAge.txt"))
        if version > TARGET_AGE and version > max(CHANGED_AFTER_TARGET):
            sys.exit(f"gen_unicode.py: the UCD is {version}; list the property changes "
                     "since in CHANGED_AFTER_TARGET")
        for v, changes in CHANGED_AFTER_TARGET.items():
            if v > version:
                continue
            for first, last, prop, value in changes:
                for cp in range(first, last + 1):
                    self.set_property(cp, prop, value)

    def set_property(self, cp, prop, value):
        if prop in ("category", "bidi", "eaw", "ccc"):
            getattr(self, prop)[cp] = value
        elif prop in ("numeric", "decimal", "digit"):
            table = getattr(self, prop)
            if value is None:
                table.pop(cp, None)
            else:
                table[cp] = value
        else:  # a set: lowercase, uppercase, cased, case_ignorable, ...
            (getattr(self, prop).add if value else getattr(self, prop).discard)(cp)


# ---- derived data ----

def property_flags(ucd):
    """The KR_UPROP_* bits of every code point, set property by property
    (only characters in UnicodeData.txt have any besides the sets')."""
    flags = [0] * MAX_CP
    sets = [("XID_START", ucd.xid_start), ("XID_CONTINUE", ucd.xid_continue),
            ("DECIMAL", ucd.decimal), ("DIGIT", ucd.digit), ("NUMERIC", ucd.numeric),
            ("LOWER", ucd.lowercase), ("UPPER", ucd.uppercase), ("CASED", ucd.cased),
            ("CASE_IGNORABLE", ucd.case_ignorable), ("MIRRORED", ucd.mirrored)]
    for form in ("NFD", "NFKD", "NFC", "NFKC"):
        for value, suffix in (("N", "_QC_NO"), ("M", "_QC_MAYBE")):
            qc = ucd.quick_check[form + "_QC"]
            sets.append((form + suffix, [c for c, v in qc.items() if v == value]))
    for name, cps in sets:
        for cp in cps:
            flags[cp] |= FLAG[name]
    for cp in range(MAX_CP):
        cat = ucd.category[cp]
        if cat == "Cn":
            continue
        bidi = ucd.bidi[cp]
        if cat not in NOT_PRINTABLE or cp == 0x20:
            flags[cp] |= FLAG["PRINTABLE"]
        if cat in ALPHA_CATEGORIES:
            flags[cp] |= FLAG["ALPHA"]
        if bidi in ("WS", "B", "S") or cat == "Zs":
            flags[cp] |= FLAG["SPACE"]
        if bidi == "B" or cat == "Zl" or cp in EXTRA_LINEBREAKS:
            flags[cp] |= FLAG["LINEBREAK"]
        if cat == "Lt":
            flags[cp] |= FLAG["TITLE"]
    return flags


def distinct_records(records, zero):
    """(record index per code point, distinct records in order of first
    use), [zero] being record 0."""
    index = {zero: 0}
    per_cp = [index.setdefault(rec, len(index)) for rec in records]
    return per_cp, list(index)


def property_records(ucd):
    """A record is (flags, category, bidi class, ccc, east asian width),
    the last three as indexes into the value lists."""
    cat_index = {c: i for i, c in enumerate(CATEGORIES)}
    bidi_index = {b: i for i, b in enumerate(BIDI_CLASSES)}
    eaw_index = {w: i for i, w in enumerate(EAST_ASIAN_WIDTHS)}
    return distinct_records(zip(property_flags(ucd), map(cat_index.get, ucd.category),
                                map(bidi_index.get, ucd.bidi), ucd.ccc,
                                map(eaw_index.get, ucd.eaw)), (0, 0, 0, 0, 0))


def full_case_mappings(ucd, cp):
    """(lower, upper, title, casefold) of cp as lists of code points."""
    if cp in ucd.special:
        lower, title, upper = ucd.special[cp]
    else:
        lower = [ucd.simple_lower.get(cp, cp)]
        upper = [ucd.simple_upper.get(cp, cp)]
        # An empty titlecase field means "same as the uppercase mapping".
        title = [ucd.simple_title.get(cp, upper[0])]
    fold = ucd.folding.get(cp, [cp])
    return lower, upper, title, fold


def case_tables(ucd):
    """(record index per code point, records, ext): a record holds the four
    encoded mappings, ext the code points of the longer ones. Code points
    without any mapping keep record 0, all deltas 0."""
    encoded, ext, ext_index = [(0, 0, 0, 0)] * MAX_CP, [], {}
    mapped = set(ucd.special) | set(ucd.simple_lower) | set(ucd.simple_upper) | \
        set(ucd.simple_title) | set(ucd.folding)
    for cp in sorted(mapped):
        enc = []
        for mapping in full_case_mappings(ucd, cp):
            if len(mapping) == 1:
                enc.append(mapping[0] - cp)
                continue
            key = tuple(mapping)
            if key not in ext_index:
                ext_index[key] = len(ext)
                ext.extend(key)
            assert len(key) <= 3 and ext_index[key] < 1 << 16
            enc.append(CASE_EXT | len(key) << 16 | ext_index[key])
        encoded[cp] = tuple(enc)
    per_cp, records = distinct_records(encoded, (0, 0, 0, 0))
    return per_cp, records, ext


def numeric_tables(ucd):
    """(record index per code point, records (value, decimal, digit)); -1
    marks a missing decimal or digit, record 0 is 'no numeric value' (and
    is not shared with a value of 0, such as U+3007's)."""
    assert set(ucd.decimal) <= set(ucd.digit) <= set(ucd.numeric)
    values = [None] * MAX_CP
    for cp, value in ucd.numeric.items():
        values[cp] = (float(value), ucd.decimal.get(cp, -1), ucd.digit.get(cp, -1))
    return distinct_records(values, None)


def decomposition_table(ucd):
    """(per-cp offset into data, data). data[0] is a dummy so offset 0 means
    'no decomposition'; an entry is n << 26 | tag << 21 | first code point,
    then the n - 1 others."""
    data, per_cp, seen = [0], [0] * MAX_CP, {}
    tag_index = {t: i for i, t in enumerate(DECOMP_TAGS)}
    for cp in sorted(ucd.decomp):
        tag, parts = ucd.decomp[cp]
        key = (tag, tuple(parts))
        if key not in seen:
            seen[key] = len(data)
            assert 0 < len(parts) < 32
            data.append(len(parts) << 26 | tag_index[tag] << 21 | parts[0])
            data.extend(parts[1:])
        per_cp[cp] = seen[key]
        # unicodedata.decomposition()'s text must fit unicode.h's buffer.
        text = " ".join([tag] * bool(tag) + [f"{c:04X}" for c in parts])
        assert len(text) <= DECOMPOSITION_MAX, text
    # unicode_norm.c expands mappings recursively: they must nest finitely.
    depth = {}

    def nesting(cp, seen_on_path=()):
        assert cp not in seen_on_path, "decomposition cycle"
        if cp not in depth:
            parts = ucd.decomp.get(cp, ("", []))[1]
            depth[cp] = 1 + max((nesting(p, seen_on_path + (cp,)) for p in parts), default=0)
        return depth[cp]
    assert max(nesting(cp) for cp in ucd.decomp) <= 8
    return per_cp, data


def composition_pairs(ucd):
    pairs = []
    for cp, (tag, parts) in ucd.decomp.items():
        if not tag and len(parts) == 2 and cp not in ucd.full_exclusion:
            pairs.append((parts[0], parts[1], cp))
    return sorted(pairs)


def dedupe_blocks(values, shift):
    """(block index per block of 1 << shift values, distinct blocks joined)."""
    size, blocks, index, distinct = 1 << shift, {}, [], []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            distinct.extend(block)
        index.append(blocks[block])
    return index, distinct


def split_table(values):
    """Best three-level split of [values]: (mid shift, leaf shift, top, mid,
    leaf) minimising the bytes of the three arrays. leaf holds the distinct
    blocks of 1 << leaf shift values, mid the distinct blocks of 1 << mid
    shift leaf block numbers, top a mid block number per 1 << (mid shift +
    leaf shift) code points."""
    best = None
    for leaf_shift in range(3, 8):
        leaf_index, leaf = dedupe_blocks(values, leaf_shift)
        for mid_shift in range(3, 9):
            top, mid = dedupe_blocks(leaf_index, mid_shift)
            cost = sum(len(a) * c_width(a) for a in (top, mid, leaf))
            if best is None or cost < best[0]:
                best = (cost, mid_shift, leaf_shift, top, mid, leaf)
    return best[1:]


def c_width(values):
    top = max(values)
    return 1 if top < 256 else 2 if top < 65536 else 4


def c_type(values):
    return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[c_width(values)]


# ---- names ----

def name_hash(name, buckets):
    """FNV-1a over the upper-case name; unicode_name.c computes the same."""
    h = 2166136261
    for ch in name.encode("ascii"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h % buckets


class NameCoder:
    """Compresses names into ALPHABET text: a code character (or a code
    character and one more digit) stands for a lexicon word, other characters
    stand for themselves, and two word references in a row have a space
    between them."""

    def __init__(self, names):
        counts = collections.Counter(w for n in names for w in re.findall(r"[A-Z0-9]+", n))
        # A reference saves the word's letters and usually a space; keep the
        # words where that beats storing them in the lexicon.
        useful = [w for w, c in counts.items() if c * (len(w) - 1) > len(w) + 6]
        useful.sort(key=lambda w: (-counts[w] * (len(w) + 1), w))
        best = None
        for one in range(8, len(CODE_CHARS)):
            cap = one + (len(CODE_CHARS) - one) * BASE
            chosen = useful[:cap]
            cost = sum(counts[w] * (1 if i < one else 2) - counts[w] * (len(w) + 1)
                       for i, w in enumerate(chosen))
            if best is None or cost < best[0]:
                best = (cost, one, chosen)
        _, self.one_char, self.words = best
        self.word_index = {w: i for i, w in enumerate(self.words)}

    def ref(self, i):
        if i < self.one_char:
            return CODE_CHARS[i]
        i -= self.one_char
        return CODE_CHARS[self.one_char + i // BASE] + ALPHABET[i % BASE]

    def encode(self, name):
        tokens = re.findall(r"[A-Z0-9]+|[ -]", name)
        assert "".join(tokens) == name, name
        out, prev_ref = [], False
        for tok in tokens:
            if tok in self.word_index:
                # A space between two references is implied.
                if prev_ref and out and out[-1] == " ":
                    out.pop()
                out.append(self.ref(self.word_index[tok]))
                prev_ref = True
            else:
                out.append(tok)
                prev_ref = prev_ref and tok == " "
        return "".join(out)

    def decode(self, text):
        """The inverse of encode, as unicode_name.c does it (for checking)."""
        out, i, prev_ref = [], 0, False
        while i < len(text):
            d = ALPHABET.index(text[i])
            if d < len(CODE_CHARS):
                if d >= self.one_char:
                    i += 1
                    d = self.one_char + (d - self.one_char) * BASE + ALPHABET.index(text[i])
                if prev_ref:
                    out.append(" ")
                out.append(self.words[d])
                prev_ref = True
            else:
                out.append(text[i])
                prev_ref = False
            i += 1
        return "".join(out)


def digits(value, width):
    out = []
    for _ in range(width):
        out.append(ALPHABET[value % BASE])
        value //= BASE
    assert value == 0
    return "".join(reversed(out))


class NameTable:
    """The hashed name records, and the way back from a code point.

    Within a bucket the records of character names come before those of
    aliases, so the first record of a bucket holding a code point is its
    name. The named code points form runs; runs[i] = (first code point,
    rank of that code point among all named ones), closed by a sentinel
    (0x110000, count); bucket_of_rank[rank] is the bucket of that name."""

    def __init__(self, ucd):
        entries = [(False, cp, n) for cp, n in ucd.names.items()]
        entries += [(True, cp, n) for cp, n in ucd.aliases]
        uses = collections.Counter(n for _, _, n in entries)
        assert max(uses.values()) == 1, "a name or alias names two characters"
        self.coder = NameCoder([n for _, _, n in entries])
        self.nbuckets = NAME_BUCKETS
        buckets = [[] for _ in range(self.nbuckets)]
        bucket_of = {}
        for is_alias, cp, name in sorted(entries):
            assert not (CP_FOLD <= cp < CP_FOLD + CP_FOLD_DELTA) and cp - CP_FOLD_DELTA < BASE ** 3
            enc = self.coder.encode(name)
            assert self.coder.decode(enc) == name
            folded = cp - CP_FOLD_DELTA if cp >= CP_FOLD else cp
            body = digits(folded, 3) + enc
            b = name_hash(name, self.nbuckets)
            buckets[b].append(digits(len(body), 1) + body)
            if not is_alias:
                bucket_of[cp] = b
        self.offsets, text, pos = [], [], 0
        for b in buckets:
            self.offsets.append(pos)
            for rec in b:
                text.append(rec)
                pos += len(rec)
        self.offsets.append(pos)
        self.text = "".join(text)
        self.longest = max(len(n) for _, _, n in entries)
        self.longest_name = max(len(n) for n in ucd.names.values())
        self.runs, self.bucket_of_rank = [], []
        for cp in sorted(bucket_of):
            if not self.runs or cp != self.runs[-1][0] + self.runs[-1][2]:
                self.runs.append([cp, len(self.bucket_of_rank), 0])
            self.runs[-1][2] += 1
            self.bucket_of_rank.append(bucket_of[cp])
        self.runs = [(first, rank) for first, rank, _ in self.runs]
        self.runs.append((MAX_CP, len(self.bucket_of_rank)))
        self.packed_buckets = []
        for k in range(0, len(self.bucket_of_rank), 2):
            first, second = (self.bucket_of_rank[k:k + 2] + [0])[:2]
            self.packed_buckets += [first & 0xFF, first >> 8 | (second & 0xF) << 4, second >> 4]
        lex, offs = "", []
        for w in self.coder.words:
            offs.append(len(lex))
            lex += w
        offs.append(len(lex))
        self.lexicon, self.lexicon_offsets = lex, offs


# ---- output ----

def c_array(decl, values):
    items = [str(v) for v in values]
    lines, cur = [], "   "
    for it in items:
        if len(cur) + len(it) + 2 > 100:
            lines.append(cur)
            cur = "   "
        cur += " " + it + ","
    lines.append(cur)
    return [decl + " = {"] + lines + ["};", ""]


def c_string(decl, text):
    lines = [decl + " ="]
    for i in range(0, len(text), 96):
        lines.append('    "' + text[i:i + 96] + '"')
    if not text:
        lines.append('    ""')
    lines[-1] += ";"
    return lines + [""]


def c_double(v):
    """A C literal that reads back as exactly [v] (repr round-trips)."""
    text = repr(v)
    return text if ("." in text or "e" in text) else text + ".0"


class Tables:
    def __init__(self, ucd):
        props, self.prop_records = property_records(ucd)
        cases, self.case_records, self.case_ext = case_tables(ucd)
        numeric, self.numeric_records = numeric_tables(ucd)
        decomp, self.decomp_data = decomposition_table(ucd)
        # (name in C, record index or offset per code point)
        self.split = {}
        for name, values in (("props", props), ("case", cases), ("numeric", numeric),
                             ("decomp", decomp)):
            self.split[name] = split_table(values)
        self.comp = composition_pairs(ucd)
        self.names = NameTable(ucd)
        self.cjk_ranges = ucd.cjk_ranges
        self.jamo = (ucd.jamo_l, ucd.jamo_v, ucd.jamo_t)

    def arrays(self):
        """[(C type, name, size, values or string)] in output order."""
        digit_values = [255] * 128
        for i, ch in enumerate(ALPHABET):
            digit_values[ord(ch)] = i
        jamo_text = "".join(self.jamo[0]) + "".join(self.jamo[1]) + "".join(self.jamo[2])
        out = []
        for name, (_, _, top, mid, leaf) in self.split.items():
            for level, values in (("top", top), ("mid", mid), ("leaf", leaf)):
                out.append((c_type(values), f"kri_unicode_db_{name}_{level}", len(values),
                            values))
        n = self.names
        out += [
            ("uint32_t", "kri_unicode_db_case_ext", len(self.case_ext), self.case_ext),
            ("uint32_t", "kri_unicode_db_decomp_data", len(self.decomp_data), self.decomp_data),
            (c_type(n.offsets), "kri_unicode_db_name_buckets", len(n.offsets), n.offsets),
            ("char", "kri_unicode_db_names", len(n.text) + 1, n.text),
            ("char", "kri_unicode_db_lexicon", len(n.lexicon) + 1, n.lexicon),
            (c_type(n.lexicon_offsets), "kri_unicode_db_lexicon_offsets",
             len(n.lexicon_offsets), n.lexicon_offsets),
            ("uint8_t", "kri_unicode_db_name_bucket_of_rank", len(n.packed_buckets),
             n.packed_buckets),
            ("uint8_t", "kri_unicode_db_name_digits", 128, digit_values),
            ("char", "kri_unicode_db_jamo_names", len(jamo_text) + 1, jamo_text),
            ("uint8_t", "kri_unicode_db_jamo_lengths", L_COUNT + V_COUNT + T_COUNT,
             [len(s) for part in self.jamo for s in part]),
        ]
        return out


HEADER_DOC = """\
/* Layout of the tables (all indexes are plain array subscripts).
 *
 * props, case, numeric, decomp: three-level tables. With M =
 *     KR_UDB_X_MID_SHIFT and L = KR_UDB_X_LEAF_SHIFT, code point cp <
 *     0x110000 has the value X_leaf[(X_mid[(X_top[cp >> (M + L)] << M) +
 *     ((cp >> L) & ((1 << M) - 1))] << L) + (cp & ((1 << L) - 1))]: the
 *     distinct blocks of values are stored once, and so are the distinct
 *     blocks of block numbers. kri_unicode_db_X_index computes it.
 *     For props, case and numeric the value is a record index (record 0:
 *     what an unassigned code point has); for decomp an offset into
 *     kri_unicode_db_decomp_data, 0 meaning no decomposition.
 * case: each mapping m of a record is a delta (the mapping is the single
 *     code point cp + m) when m < KR_UCASE_EXT; otherwise the mapping is
 *     the (m >> 16) & 3 code points at kri_unicode_db_case_ext[m & 0xFFFF].
 * numeric: decimal and digit are -1 when the code point has none; record 0
 *     means no numeric value at all.
 * decomp: data[off] >> 26 is the length n of the one-level decomposition
 *     mapping of UnicodeData.txt, (data[off] >> 21) & 31 its tag (an index
 *     into kri_unicode_db_decomp_tags, 0 for canonical), data[off] &
 *     0x1FFFFF its first code point, data[off + 1 .. off + n - 1] the rest.
 *     Hangul syllables are left to the algorithm and have offset 0.
 * comp: KR_UDB_COMP_COUNT triples {first, second, composite}, sorted by
 *     (first, second): the canonical compositions that are not excluded.
 * names: the records of bucket b (b = FNV-1a of the upper-case name, modulo
 *     KR_UDB_NAME_BUCKETS) occupy kri_unicode_db_names[buckets[b] ..
 *     buckets[b + 1]), character names before aliases. Characters are
 *     digits 0..91 through kri_unicode_db_name_digits. A record is: one
 *     digit n, then n digits: three digits of code point (most significant
 *     first; values at or above KR_UDB_CP_FOLD are cp - KR_UDB_CP_FOLD_DELTA),
 *     then the encoded name. In the encoded name a digit d <
 *     KR_UDB_CODE_DIGITS is a word of the lexicon: word d if d <
 *     KR_UDB_ONE_DIGIT_WORDS, else word KR_UDB_ONE_DIGIT_WORDS + (d -
 *     KR_UDB_ONE_DIGIT_WORDS) * KR_UDB_BASE + (next digit). Word w is
 *     kri_unicode_db_lexicon[offsets[w] .. offsets[w + 1]). Any other
 *     character stands for itself. Two words in a row are separated by one
 *     space.
 * name runs: the code points with a table name (not aliases, not the
 *     algorithmic names) form KR_UDB_NAME_RUNS runs; run i starts at code
 *     point runs[i][0], whose rank among named code points is runs[i][1],
 *     and ends where ranks reach runs[i + 1][1] (a sentinel run closes the
 *     list). The bucket holding that code point's name is a 12-bit number;
 *     they are packed two in three bytes of kri_unicode_db_name_bucket_of_rank
 *     (for ranks 2k and 2k + 1: bytes 3k, 3k + 1, 3k + 2 hold the low 8 bits
 *     of the first, its high 4 bits and the second's low 4 bits, the
 *     second's high 8 bits).
 * cjk: the KR_UDB_CJK_COUNT ranges {first, last} of unified ideographs,
 *     named "CJK UNIFIED IDEOGRAPH-%04X".
 * jamo: the short names of the 19 leading consonants, 21 vowels and 28
 *     trailing consonants (the first empty), concatenated in that order; their
 *     lengths in kri_unicode_db_jamo_lengths. */"""

INDEX_ACCESSOR = """\
static inline uint32_t kri_unicode_db_{name}_index(uint32_t cp)
{{
    const unsigned m = KR_UDB_{upper}_MID_SHIFT, l = KR_UDB_{upper}_LEAF_SHIFT;
    uint32_t mid = kri_unicode_db_{name}_top[cp >> (m + l)];
    uint32_t leaf = kri_unicode_db_{name}_mid[(mid << m) + ((cp >> l) & ((1u << m) - 1))];
    return kri_unicode_db_{name}_leaf[(leaf << l) + (cp & ((1u << l) - 1))];
}}
"""

RECORD_ACCESSOR = """\
static inline const {type} *kri_unicode_db_{name}_of(uint32_t cp)
{{
    return &kri_unicode_db_{name}[cp < 0x110000 ? kri_unicode_db_{name}_index(cp) : 0];
}}
"""


def emit_header(t):
    n = t.names
    w = [f"/* Generated by tools/gen_unicode.py --header from Debian's unicode-data "
         f"(restricted to Unicode {TARGET_VERSION}); do not edit. */",
         "/* Declarations of the Unicode tables in unicode_db.gen.c and inline accessors;",
         " * only src/base/unicode*.c and that file include this. */",
         "#ifndef KRAIT_UNICODE_DB_GEN_H", "#define KRAIT_UNICODE_DB_GEN_H", "",
         "#include \"base/base.h\"", "", HEADER_DOC, ""]
    for name in FLAG_NAMES:
        w.append(f"#define KR_UPROP_{name} 0x{FLAG[name]:X}u")
    w += ["",
          "/* One distinct combination of properties. */",
          "typedef struct KrUnicodeProps {",
          "    uint32_t flags;   /* KR_UPROP_* bits */",
          "    uint8_t category; /* KrUnicodeCategory */",
          "    uint8_t bidi;     /* index into kri_unicode_db_bidi_names */",
          "    uint8_t ccc;      /* canonical combining class */",
          "    uint8_t eaw;      /* index into kri_unicode_db_eaw_names */",
          "} KrUnicodeProps;", "",
          "/* Full case mappings, each encoded as described above. */",
          "typedef struct KrUnicodeCase {",
          "    int32_t lower, upper, title, fold;",
          "} KrUnicodeCase;", "",
          "typedef struct KrUnicodeNumeric {",
          "    double value;",
          "    int8_t decimal, digit; /* -1: none */",
          "} KrUnicodeNumeric;", ""]
    for name, (mid_shift, leaf_shift, _, _, _) in t.split.items():
        w.append(f"#define KR_UDB_{name.upper()}_MID_SHIFT {mid_shift}")
        w.append(f"#define KR_UDB_{name.upper()}_LEAF_SHIFT {leaf_shift}")
    w += [f"#define KR_UCASE_EXT 0x{CASE_EXT:X}",
          f"#define KR_UDB_COMP_COUNT {len(t.comp)}",
          f"#define KR_UDB_NAME_BUCKETS {n.nbuckets}",
          f"#define KR_UDB_NAME_MAX {n.longest} /* longest name or alias */",
          f"#define KR_UDB_NAME_RUNS {len(n.runs) - 1}",
          f"#define KR_UDB_BASE {BASE}",
          f"#define KR_UDB_CODE_DIGITS {len(CODE_CHARS)}",
          f"#define KR_UDB_ONE_DIGIT_WORDS {n.coder.one_char}",
          f"#define KR_UDB_CP_FOLD 0x{CP_FOLD:X}",
          f"#define KR_UDB_CP_FOLD_DELTA 0x{CP_FOLD_DELTA:X}",
          f"#define KR_UDB_CJK_COUNT {len(t.cjk_ranges)}",
          f"#define KR_UDB_JAMO_L {L_COUNT}",
          f"#define KR_UDB_JAMO_V {V_COUNT}",
          f"#define KR_UDB_JAMO_T {T_COUNT}",
          f"#define KR_UDB_DECOMP_TAGS {len(DECOMP_TAGS)}", "",
          f"KR_HIDDEN extern const KrUnicodeProps kri_unicode_db_props[{len(t.prop_records)}];",
          f"KR_HIDDEN extern const KrUnicodeCase kri_unicode_db_case[{len(t.case_records)}];",
          f"KR_HIDDEN extern const KrUnicodeNumeric "
          f"kri_unicode_db_numeric[{len(t.numeric_records)}];",
          "KR_HIDDEN extern const uint32_t kri_unicode_db_comp[KR_UDB_COMP_COUNT][3];",
          "KR_HIDDEN extern const uint32_t kri_unicode_db_cjk[KR_UDB_CJK_COUNT][2];",
          "KR_HIDDEN extern const uint32_t kri_unicode_db_name_runs[KR_UDB_NAME_RUNS + 1][2];",
          "KR_HIDDEN extern " + string_table_decl("kri_unicode_db_category_names", CATEGORIES) + ";",
          "KR_HIDDEN extern " + string_table_decl("kri_unicode_db_bidi_names", BIDI_CLASSES) + ";",
          "KR_HIDDEN extern " + string_table_decl("kri_unicode_db_eaw_names",
                                                  EAST_ASIAN_WIDTHS) + ";",
          "KR_HIDDEN extern " + string_table_decl("kri_unicode_db_decomp_tags", DECOMP_TAGS,
                                                  "KR_UDB_DECOMP_TAGS") + ";"]
    for ctype, name, size, _ in t.arrays():
        w.append(f"KR_HIDDEN extern const {ctype} {name}[{size}];")
    w += ["", "/* The value of [cp] < 0x110000 in each table. */"]
    for name in t.split:
        w += INDEX_ACCESSOR.format(name=name, upper=name.upper()).split("\n")
    w += ["/* The record of [cp]; record 0 for code points above 0x10FFFF. */"]
    for name, ctype in (("props", "KrUnicodeProps"), ("case", "KrUnicodeCase"),
                        ("numeric", "KrUnicodeNumeric")):
        w += RECORD_ACCESSOR.format(type=ctype, name=name).split("\n")
    w += ["#endif"]
    return "\n".join(w) + "\n"


def string_table_decl(name, strings, count=None):
    """A table of short strings as a 2-D char array: unlike an array of
    pointers it needs no relocation, so it lives in read-only data."""
    width = max(len(x) for x in strings) + 1
    return f"const char {name}[{count or len(strings)}][{width}]"


def c_strings(decl, strings):
    return [decl + " = {"] + ['    "' + s + '",' for s in strings] + ["};", ""]


def emit_source(t):
    n = t.names
    w = [f"/* Generated by tools/gen_unicode.py from Debian's unicode-data "
         f"(restricted to Unicode {TARGET_VERSION}); do not edit. */",
         "/* The Unicode tables; unicode_db.gen.h describes their layout. */",
         "#include \"base/unicode_db.gen.h\"", "",
         "/* KrUnicodeCategory (unicode.h) must list the categories in this order. */"]
    for i, cat in enumerate(CATEGORIES):
        w.append(f"_Static_assert(KR_UCAT_{cat.upper()} == {i}, \"category order\");")
    w += [f"_Static_assert(KR_UNICODE_NAME_MAX >= {n.longest_name}, \"longest name\");", ""]
    w += c_strings(string_table_decl("kri_unicode_db_category_names", CATEGORIES), CATEGORIES)
    w += c_strings(string_table_decl("kri_unicode_db_bidi_names", BIDI_CLASSES), BIDI_CLASSES)
    w += c_strings(string_table_decl("kri_unicode_db_eaw_names", EAST_ASIAN_WIDTHS),
                   EAST_ASIAN_WIDTHS)
    w += c_strings(string_table_decl("kri_unicode_db_decomp_tags", DECOMP_TAGS,
                                     "KR_UDB_DECOMP_TAGS"), DECOMP_TAGS)
    w.append(f"const KrUnicodeProps kri_unicode_db_props[{len(t.prop_records)}] = {{")
    for flags, cat, bidi, ccc, eaw in t.prop_records:
        w.append(f"    {{0x{flags:X}, {cat}, {bidi}, {ccc}, {eaw}}},")
    w += ["};", ""]
    w += c_array(f"const KrUnicodeCase kri_unicode_db_case[{len(t.case_records)}]",
                 ["{" + ", ".join(f"0x{v:X}" if v >= CASE_EXT else str(v) for v in rec) + "}"
                  for rec in t.case_records])
    w += c_array(f"const KrUnicodeNumeric kri_unicode_db_numeric[{len(t.numeric_records)}]",
                 [f"{{{c_double(v)}, {dec}, {dig}}}"
                  for v, dec, dig in [(0.0, -1, -1)] + t.numeric_records[1:]])
    w += c_array("const uint32_t kri_unicode_db_comp[KR_UDB_COMP_COUNT][3]",
                 [f"{{0x{a:X}, 0x{b:X}, 0x{c:X}}}" for a, b, c in t.comp])
    w += c_array("const uint32_t kri_unicode_db_cjk[KR_UDB_CJK_COUNT][2]",
                 [f"{{0x{a:X}, 0x{b:X}}}" for a, b in t.cjk_ranges])
    w += c_array("const uint32_t kri_unicode_db_name_runs[KR_UDB_NAME_RUNS + 1][2]",
                 [f"{{0x{a:X}, {b}}}" for a, b in n.runs])
    for ctype, name, size, values in t.arrays():
        decl = f"const {ctype} {name}[{size}]"
        if isinstance(values, str):
            w += c_string(decl, values)
        else:
            w += c_array(decl, values)
    return "\n".join(w)


def main(argv):
    args = [a for a in argv[1:] if a != "--header"]
    ucd = Ucd(args[0] if args else "/usr/share/unicode")
    tables = Tables(ucd)
    sys.stdout.write(emit_header(tables) if "--header" in argv else emit_source(tables))


if __name__ == "__main__":
    main(sys.argv)
