#!/usr/bin/env python3
"""Generates Krait's Unicode database from Debian's unicode-data files.

    gen_unicode.py [--header] [UCD_DIR]

prints src/base/unicode_db.gen.c (or, with --header, unicode_db.gen.h, the
declarations both it and src/base/unicode.c include). UCD_DIR defaults to
/usr/share/unicode.

Debian ships a newer Unicode than CPython 3.11 (14.0.0) uses, so every code
point that DerivedAge.txt says was assigned after TARGET_AGE is treated as
unassigned: category Cn, no properties, no decomposition, no name. The tables
then match python3.11's unicodedata (tools/check_unicode.py verifies that).

Tables (the header's comments describe their layout for the C side):
  props       per code point: XID_Start, XID_Continue, printable, NFKC quick
              check and canonical combining class, as a two-level index into
              a small array of distinct records;
  decomp      per code point: its full compatibility decomposition (NFKD of
              the character alone, Hangul excepted), two-level index into a
              packed array of code points;
  comp        canonical composition pairs (first, second) -> composite,
              sorted for binary search;
  names       every character name and name alias, hashed into buckets of
              records; each record holds a code point and the name compressed
              with a word lexicon, written in a 92-character printable
              alphabet so the C source stays small. Hangul syllable and CJK
              unified ideograph names are algorithmic (jamo short names from
              Jamo.txt, ideograph ranges from UnicodeData.txt).
"""
import collections
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

MAX_CP = 0x110000
S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28
S_COUNT = L_COUNT * V_COUNT * T_COUNT

# Property flag bits; the header repeats them as KR_UPROP_* macros.
FLAGS = [("XID_START", 1), ("XID_CONTINUE", 2), ("PRINTABLE", 4),
         ("NFKC_QC_NO", 8), ("NFKC_QC_MAYBE", 16)]
FLAG = dict(FLAGS)
NOT_PRINTABLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}

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


# ---- reading the UCD ----

def ucd_lines(path):
    """Yields the ';'-separated fields of each data line, comments removed."""
    with open(path, encoding="utf-8") as f:
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
        self.xid_start = self.derived_set("DerivedCoreProperties.txt", "XID_Start")
        self.xid_continue = self.derived_set("DerivedCoreProperties.txt", "XID_Continue")
        self.read_normalization_props()
        self.read_aliases()
        self.read_jamo()

    def path(self, name):
        return os.path.join(self.root, name)

    def read_unicode_data(self):
        self.category = ["Cn"] * MAX_CP
        self.ccc = [0] * MAX_CP
        self.decomp = {}          # cp -> (is_compat, [cps]), one level
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
            if name.startswith("<CJK Ideograph"):
                self.cjk_ranges.append((span[0], span[-1]))
            if not name.startswith("<"):
                self.names[cp] = name
            if f[5]:
                parts = f[5].split()
                compat = parts[0].startswith("<")
                self.decomp[cp] = (compat, [int(x, 16) for x in parts[compat:]])
        self.cjk_ranges.sort()

    def derived_set(self, filename, prop):
        out = set()
        for fields in ucd_lines(self.path(filename)):
            if fields[1] == prop:
                out.update(c for c in cp_range(fields[0]) if self.assigned[c])
        return out

    def read_normalization_props(self):
        self.nfkc_qc = {}
        self.full_exclusion = set()
        for fields in ucd_lines(self.path("DerivedNormalizationProps.txt")):
            cps = [c for c in cp_range(fields[0]) if self.assigned[c]]
            if fields[1] == "NFKC_QC":
                for c in cps:
                    self.nfkc_qc[c] = fields[2]
            elif fields[1] == "Full_Composition_Exclusion":
                self.full_exclusion.update(cps)
        # Cross-check: the exclusions are CompositionExclusions.txt plus the
        # singletons and the non-starter decompositions.
        derived = {int(f[0], 16) for f in ucd_lines(self.path("CompositionExclusions.txt"))}
        derived = {c for c in derived if self.assigned[c]}
        for cp, (compat, parts) in self.decomp.items():
            if not compat and (len(parts) == 1 or self.ccc[cp] or self.ccc[parts[0]]):
                derived.add(cp)
        assert derived == self.full_exclusion, derived ^ self.full_exclusion

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


# ---- derived data ----

def full_decomposition(ucd, cp, memo):
    """NFKD of cp alone before reordering (Hangul syllables included)."""
    if cp in memo:
        return memo[cp]
    if S_BASE <= cp < S_BASE + S_COUNT:
        s = cp - S_BASE
        out = [L_BASE + s // (V_COUNT * T_COUNT), V_BASE + s % (V_COUNT * T_COUNT) // T_COUNT]
        if s % T_COUNT:
            out.append(T_BASE + s % T_COUNT)
    elif cp in ucd.decomp:
        out = []
        for part in ucd.decomp[cp][1]:
            out += full_decomposition(ucd, part, memo)
    else:
        out = [cp]
    memo[cp] = out
    return out


def property_records(ucd):
    """(record index per code point, list of distinct (flags, ccc))."""
    records, index, per_cp = {}, [], []
    for cp in range(MAX_CP):
        flags = 0
        if cp in ucd.xid_start:
            flags |= FLAG["XID_START"]
        if cp in ucd.xid_continue:
            flags |= FLAG["XID_CONTINUE"]
        if ucd.category[cp] not in NOT_PRINTABLE or cp == 0x20:
            flags |= FLAG["PRINTABLE"]
        qc = ucd.nfkc_qc.get(cp, "Y")
        flags |= FLAG["NFKC_QC_NO"] if qc == "N" else FLAG["NFKC_QC_MAYBE"] if qc == "M" else 0
        key = (flags, ucd.ccc[cp])
        if key not in records:
            records[key] = len(records)
            index.append(key)
        per_cp.append(records[key])
    assert index[0] == (0, 0), "record 0 must be 'no property' (unicode.c relies on it)"
    return per_cp, index


def decomposition_table(ucd):
    """(per-cp offset into data, data). data[0] is a dummy so offset 0 means
    'decomposes to itself'; an entry is len << 21 | first cp, then the rest."""
    memo, data, per_cp, seen = {}, [0], [0] * MAX_CP, {}
    for cp in sorted(ucd.decomp):
        full = full_decomposition(ucd, cp, memo)
        key = tuple(full)
        if key not in seen:
            seen[key] = len(data)
            assert len(full) < 64
            data.append(len(full) << 21 | full[0])
            data.extend(full[1:])
        per_cp[cp] = seen[key]
    return per_cp, data


def composition_pairs(ucd):
    pairs = []
    for cp, (compat, parts) in ucd.decomp.items():
        if not compat and len(parts) == 2 and cp not in ucd.full_exclusion:
            pairs.append((parts[0], parts[1], cp))
    return sorted(pairs)


def split_table(values):
    """Best two-level split of [values]: (shift, index1, index2) minimising
    the emitted text. index2 holds the distinct blocks of 1 << shift values."""
    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, len(values), size):
            block = tuple(values[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(blocks[block])
        cost = text_size(index1) + text_size(index2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def text_size(values):
    return sum(map(len, map(str, values))) + len(values)


def c_type(values):
    top = max(values)
    return "uint8_t" if top < 256 else "uint16_t" if top < 65536 else "uint32_t"


# ---- names ----

def name_hash(name, buckets):
    """FNV-1a over the upper-case name; unicode.c computes the same."""
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
        for i, tok in enumerate(tokens):
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
        """The inverse of encode, as unicode.c does it (used for checking)."""
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


def name_table(ucd):
    """(coder, bucket count, bucket offsets, record text, longest name)."""
    entries = list(ucd.names.items()) + ucd.aliases
    uses = collections.Counter(n for _, n in entries)
    assert max(uses.values()) == 1, "a name or alias names two characters"
    coder = NameCoder([n for _, n in entries])
    nbuckets = len(entries) // 6 | 1
    buckets = [[] for _ in range(nbuckets)]
    for cp, name in sorted(entries):
        assert not (CP_FOLD <= cp < CP_FOLD + CP_FOLD_DELTA) and cp - CP_FOLD_DELTA < BASE ** 3
        enc = coder.encode(name)
        assert coder.decode(enc) == name
        folded = cp - CP_FOLD_DELTA if cp >= CP_FOLD else cp
        body = digits(folded, 3) + enc
        buckets[name_hash(name, nbuckets)].append(digits(len(body), 1) + body)
    offsets, text = [], []
    pos = 0
    for b in buckets:
        offsets.append(pos)
        for rec in b:
            text.append(rec)
            pos += len(rec)
    offsets.append(pos)
    longest = max(len(n) for _, n in entries)
    return coder, nbuckets, offsets, "".join(text), longest


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


class Tables:
    def __init__(self, ucd):
        props, self.prop_records = property_records(ucd)
        self.prop_shift, self.prop_index1, self.prop_index2 = split_table(props)
        decomp, self.decomp_data = decomposition_table(ucd)
        self.decomp_shift, self.decomp_index1, self.decomp_index2 = split_table(decomp)
        self.comp = composition_pairs(ucd)
        (self.coder, self.nbuckets, self.bucket_offsets, self.name_text,
         self.name_max) = name_table(ucd)
        self.cjk_ranges = ucd.cjk_ranges
        self.jamo = (ucd.jamo_l, ucd.jamo_v, ucd.jamo_t)
        lex, offs = "", []
        for w in self.coder.words:
            offs.append(len(lex))
            lex += w
        offs.append(len(lex))
        self.lexicon, self.lexicon_offsets = lex, offs

    def arrays(self):
        """[(C type, name, size, values or string)] in output order."""
        digit_values = [255] * 128
        for i, ch in enumerate(ALPHABET):
            digit_values[ord(ch)] = i
        jamo_text = "".join(self.jamo[0]) + "".join(self.jamo[1]) + "".join(self.jamo[2])
        return [
            (c_type(self.prop_index1), "kri_unicode_db_props_index1", len(self.prop_index1),
             self.prop_index1),
            (c_type(self.prop_index2), "kri_unicode_db_props_index2", len(self.prop_index2),
             self.prop_index2),
            (c_type(self.decomp_index1), "kri_unicode_db_decomp_index1",
             len(self.decomp_index1), self.decomp_index1),
            (c_type(self.decomp_index2), "kri_unicode_db_decomp_index2",
             len(self.decomp_index2), self.decomp_index2),
            ("uint32_t", "kri_unicode_db_decomp_data", len(self.decomp_data), self.decomp_data),
            (c_type(self.bucket_offsets), "kri_unicode_db_name_buckets",
             len(self.bucket_offsets), self.bucket_offsets),
            ("char", "kri_unicode_db_names", len(self.name_text) + 1, self.name_text),
            ("char", "kri_unicode_db_lexicon", len(self.lexicon) + 1, self.lexicon),
            (c_type(self.lexicon_offsets), "kri_unicode_db_lexicon_offsets",
             len(self.lexicon_offsets), self.lexicon_offsets),
            ("uint8_t", "kri_unicode_db_name_digits", 128, digit_values),
            ("char", "kri_unicode_db_jamo_names", len(jamo_text) + 1, jamo_text),
            ("uint8_t", "kri_unicode_db_jamo_lengths", L_COUNT + V_COUNT + T_COUNT,
             [len(s) for part in self.jamo for s in part]),
        ]


HEADER_DOC = """\
/* Layout of the tables (all indexes are plain array subscripts):
 *
 * props: kri_unicode_db_props[kri_unicode_db_props_index2[
 *     (kri_unicode_db_props_index1[cp >> KR_UDB_PROPS_SHIFT] << KR_UDB_PROPS_SHIFT)
 *     + (cp & ((1 << KR_UDB_PROPS_SHIFT) - 1))]] for cp < 0x110000.
 * decomp: the same two-level scheme gives an offset into
 *     kri_unicode_db_decomp_data; 0 means the code point is its own NFKD.
 *     data[off] >> 21 is the length n of the full compatibility decomposition
 *     (not yet canonically ordered), data[off] & 0x1FFFFF its first code point,
 *     data[off + 1 .. off + n - 1] the rest. Hangul syllables are left to the
 *     algorithm and have offset 0.
 * comp: KR_UDB_COMP_COUNT triples {first, second, composite}, sorted by
 *     (first, second): the canonical compositions that are not excluded.
 * names: the records of bucket b (b = FNV-1a of the upper-case name, modulo
 *     KR_UDB_NAME_BUCKETS) occupy kri_unicode_db_names[buckets[b] ..
 *     buckets[b + 1]). Characters are digits 0..91 through
 *     kri_unicode_db_name_digits. A record is: one digit n, then n digits:
 *     three digits of code point (most significant first; values at or above
 *     KR_UDB_CP_FOLD are cp - KR_UDB_CP_FOLD_DELTA), then the encoded name.
 *     In the encoded name a digit d < KR_UDB_CODE_DIGITS is a word of the
 *     lexicon: word d if d < KR_UDB_ONE_DIGIT_WORDS, else word
 *     KR_UDB_ONE_DIGIT_WORDS + (d - KR_UDB_ONE_DIGIT_WORDS) * KR_UDB_BASE +
 *     (next digit). Word w is kri_unicode_db_lexicon[offsets[w] ..
 *     offsets[w + 1]). Any other character stands for itself. Two words in a
 *     row are separated by one space.
 * cjk: the KR_UDB_CJK_COUNT ranges {first, last} of unified ideographs,
 *     named "CJK UNIFIED IDEOGRAPH-%04X".
 * jamo: the short names of the 19 leading consonants, 21 vowels and 28
 *     trailing consonants (the first empty), concatenated in that order; their
 *     lengths in kri_unicode_db_jamo_lengths. */"""


def emit_header(t):
    w = [f"/* Generated by tools/gen_unicode.py --header from Debian's unicode-data "
         f"(restricted to Unicode {TARGET_VERSION}); do not edit. */",
         "/* Declarations of the Unicode tables in unicode_db.gen.c; only unicode.c and",
         " * that file include this. */",
         "#ifndef KRAIT_UNICODE_DB_GEN_H", "#define KRAIT_UNICODE_DB_GEN_H", "",
         "#include \"base/base.h\"", "", HEADER_DOC, ""]
    for name, bit in FLAGS:
        w.append(f"#define KR_UPROP_{name} {bit}")
    w += ["",
          "/* One distinct combination of properties. */",
          "typedef struct KrUnicodeProps {",
          "    uint8_t flags; /* KR_UPROP_* bits */",
          "    uint8_t ccc;   /* canonical combining class */",
          "} KrUnicodeProps;", "",
          f"#define KR_UDB_PROPS_SHIFT {t.prop_shift}",
          f"#define KR_UDB_DECOMP_SHIFT {t.decomp_shift}",
          f"#define KR_UDB_COMP_COUNT {len(t.comp)}",
          f"#define KR_UDB_NAME_BUCKETS {t.nbuckets}",
          f"#define KR_UDB_NAME_MAX {t.name_max} /* longest name or alias */",
          f"#define KR_UDB_BASE {BASE}",
          f"#define KR_UDB_CODE_DIGITS {len(CODE_CHARS)}",
          f"#define KR_UDB_ONE_DIGIT_WORDS {t.coder.one_char}",
          f"#define KR_UDB_CP_FOLD 0x{CP_FOLD:X}",
          f"#define KR_UDB_CP_FOLD_DELTA 0x{CP_FOLD_DELTA:X}",
          f"#define KR_UDB_CJK_COUNT {len(t.cjk_ranges)}",
          f"#define KR_UDB_JAMO_L {L_COUNT}",
          f"#define KR_UDB_JAMO_V {V_COUNT}",
          f"#define KR_UDB_JAMO_T {T_COUNT}", "",
          f"KR_HIDDEN extern const KrUnicodeProps kri_unicode_db_props[{len(t.prop_records)}];",
          "KR_HIDDEN extern const uint32_t kri_unicode_db_comp[KR_UDB_COMP_COUNT][3];",
          "KR_HIDDEN extern const uint32_t kri_unicode_db_cjk[KR_UDB_CJK_COUNT][2];"]
    for ctype, name, size, _ in t.arrays():
        w.append(f"KR_HIDDEN extern const {ctype} {name}[{size}];")
    w += ["", "#endif"]
    return "\n".join(w) + "\n"


def emit_source(t):
    w = [f"/* Generated by tools/gen_unicode.py from Debian's unicode-data "
         f"(restricted to Unicode {TARGET_VERSION}); do not edit. */",
         "/* The Unicode tables; unicode_db.gen.h describes their layout. */",
         "#include \"base/unicode_db.gen.h\"", "",
         f"const KrUnicodeProps kri_unicode_db_props[{len(t.prop_records)}] = {{"]
    for flags, ccc in t.prop_records:
        w.append(f"    {{{flags}, {ccc}}},")
    w += ["};", ""]
    w += c_array("const uint32_t kri_unicode_db_comp[KR_UDB_COMP_COUNT][3]",
                 [f"{{0x{a:X}, 0x{b:X}, 0x{c:X}}}" for a, b, c in t.comp])
    w += c_array("const uint32_t kri_unicode_db_cjk[KR_UDB_CJK_COUNT][2]",
                 [f"{{0x{a:X}, 0x{b:X}}}" for a, b in t.cjk_ranges])
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
