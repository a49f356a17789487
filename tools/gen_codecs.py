#!/usr/bin/env python3
"""Generates src/parser/source_codecs.gen.h: the codec data source.c needs to
decode a source file the way CPython 3.11 does after a PEP 263 declaration.

Everything comes from the running Python's own `encodings` package (Debian's
libpython3.11-stdlib): the alias table (encodings/aliases.py), the list of
codec modules that load on Linux, each single-byte ("charmap") codec's table
(found by decoding every byte), the error name each codec puts in its
UnicodeDecodeError messages, and for the multibyte CJK codecs which first
bytes are single characters, lead bytes or always invalid. Only the glibc
iconv names of the CJK codecs below are written by hand.

Usage: python3.11 tools/gen_codecs.py > src/parser/source_codecs.gen.h
"""
import codecs
import encodings
import encodings.aliases
import importlib
import os
import sys

# glibc iconv converters for Python's CJK codecs. Chosen by
# comparing every one- and two-byte sequence against Python's codecs; see
# the report in source.c's header comment for what still differs.
ICONV = {
    "big5": "BIG5",
    "big5hkscs": "BIG5-HKSCS",
    "cp932": "CP932",
    "cp949": "CP949",
    "cp950": "CP950",
    "euc_jis_2004": "EUC-JISX0213",
    "euc_jisx0213": "EUC-JISX0213",
    "euc_jp": "EUC-JP",
    "euc_kr": "EUC-KR",
    "gb18030": "GB18030",
    "gb2312": "EUC-CN",
    "gbk": "GBK",
    "iso2022_jp": "ISO-2022-JP",
    "iso2022_jp_1": "ISO-2022-JP-2",
    "iso2022_jp_2": "ISO-2022-JP-2",
    "iso2022_jp_2004": "ISO-2022-JP-3",
    "iso2022_jp_3": "ISO-2022-JP-3",
    "iso2022_jp_ext": "ISO-2022-JP-2",
    "iso2022_kr": "ISO-2022-KR",
    "johab": "JOHAB",
    "shift_jis": "SHIFT_JIS",
    "shift_jis_2004": "SHIFT_JISX0213",
    "shift_jisx0213": "SHIFT_JISX0213",
}
# Where Python's codec also decodes, with JIS X 0212, the 0x8F sequences that
# JIS X 0213 plane 2 leaves free, as glibc's EUC-JP does.
FALLBACK = {"euc_jis_2004": "EUC-JP", "euc_jisx0213": "EUC-JP"}
# Stateful (escape-sequence) CJK codecs: every byte goes to iconv.
STATEFUL = {"iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
            "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"}

# Codecs source.c implements itself, by module name.
OWN_KINDS = {
    "ascii": "CODEC_ASCII",
    "latin_1": "CODEC_LATIN1",
    "charmap": "CODEC_LATIN1",  # charmap_decode without a table is latin-1
    "utf_8": "CODEC_UTF8",
    "utf_8_sig": "CODEC_UTF8",  # a BOM never reaches it: source.c strips it first
    "utf_16": "CODEC_UTF16",
    "utf_16_le": "CODEC_UTF16_LE",
    "utf_16_be": "CODEC_UTF16_BE",
    "utf_32": "CODEC_UTF32",
    "utf_32_le": "CODEC_UTF32_LE",
    "utf_32_be": "CODEC_UTF32_BE",
    "utf_7": "CODEC_UTF7",
    "unicode_escape": "CODEC_UNICODE_ESCAPE",
    "raw_unicode_escape": "CODEC_RAW_UNICODE_ESCAPE",
    "idna": "CODEC_IDNA",
    "punycode": "CODEC_PUNYCODE",
    "undefined": "CODEC_UNDEFINED",
    "hz": "CODEC_HZ",  # glibc has no HZ: 7-bit framing here, GB2312 pairs via iconv
}

INVALID = 0xFFFF  # CJK first-byte table: never starts a character
LEAD = 0xFFFE     # CJK first-byte table: starts a multibyte character
UNDEF = 0xFFFE    # charmap table: byte maps to <undefined> (as in Python's tables)


def load_modules():
    """{module name: CodecInfo} for the codec modules that load here."""
    folder = os.path.dirname(encodings.__file__)
    mods = {}
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".py") or fname == "__init__.py":
            continue
        name = fname[:-3]
        try:
            mod = importlib.import_module("encodings." + name)
            info = mod.getregentry()
        except (ImportError, AttributeError):
            continue  # mbcs/oem (Windows only), aliases: not codecs here
        mods[name] = (mod, info)
    return mods


def error_name(info):
    """The encoding name the codec's UnicodeDecodeError carries."""
    probes = [bytes([b]) + b"\n" for b in range(0x80, 0x100)]
    probes += [b"\x1b(Z\n", b"+\x80", b"\\x", b"\x00\xd8\x00\x00"]
    for probe in probes:
        try:
            info.decode(probe)
        except UnicodeDecodeError as exc:
            return exc.encoding
        except Exception:
            continue
    return None


def single_char(info, data):
    """Decodes [data]; the one BMP code point it gives, or None."""
    try:
        text, _ = info.decode(data)
    except UnicodeDecodeError:
        return None
    if len(text) != 1:
        raise SystemExit(f"{info.name}: {data!r} decodes to {text!r}")
    return ord(text)


def charmap_table(info):
    table = []
    for b in range(256):
        cp = single_char(info, bytes([b]))
        table.append(UNDEF if cp is None else cp)
    return table


def decodes(info, data):
    try:
        info.decode(data)
        return True
    except UnicodeDecodeError:
        return False


def cjk_first_bytes(name, info):
    """Per first byte: its code point when it is a character by itself,
    LEAD when it starts a longer sequence, INVALID otherwise."""
    table = []
    for b in range(256):
        try:
            text, _ = info.decode(bytes([b, 0x0A]))
            ok = len(text) == 2
        except UnicodeDecodeError:
            ok = False
        if ok and ord(text[0]) < 0xFFFE:
            # A single must stay one whatever follows it.
            for t in range(1, 256):
                try:
                    two, _ = info.decode(bytes([b, t, 0x0A]))
                except UnicodeDecodeError:
                    continue
                if two[0] != text[0]:
                    raise SystemExit(f"{name}: byte {b:#x} is both single and lead")
            table.append(ord(text[0]))
            continue
        lead = any(decodes(info, bytes([b, t, 0x0A])) for t in range(1, 256))
        if not lead:  # three-byte (EUC 0x8F) and four-byte (GB18030) forms
            lead = any(decodes(info, bytes([b, t, u, 0x0A]))
                       for t in range(0xA1, 0xFF) for u in (0xA1, 0xB0, 0xC0))
        if not lead:
            lead = any(decodes(info, bytes([b, t, u, 0x30, 0x0A]))
                       for t in range(0x30, 0x3A) for u in range(0x81, 0xFF))
        table.append(LEAD if lead else INVALID)
    return table


def c_string(s, size):
    """A C initializer for a char[size] field holding s (or "")."""
    s = s or ""
    if len(s) >= size:
        raise SystemExit(f"{s!r} does not fit char[{size}]: update source.c and gen_codecs.py")
    return '"' + s + '"'


def emit_u16(out, values):
    for i in range(0, len(values), 12):
        out.append("    " + " ".join(f"0x{v:04x}," for v in values[i:i + 12]))


def main():
    mods = load_modules()
    names = sorted(mods)
    index = {name: i for i, name in enumerate(names)}
    charmap_data = []
    cjk_tables = []
    rows = []
    for name in names:
        mod, info = mods[name]
        kind, iconv, fallback, table, first = OWN_KINDS.get(name), None, None, 0, 0
        if kind is None and not info._is_text_encoding:
            kind = "CODEC_NOT_TEXT"
        elif kind is None and (hasattr(mod, "decoding_table") or hasattr(mod, "decoding_map")):
            kind = "CODEC_CHARMAP"
            values = charmap_table(info)
            if all(values[b] == b for b in range(128)):
                first, values = 128, values[128:]
            table = len(charmap_data)
            charmap_data += values
        elif kind is None and name in ICONV:
            kind, iconv, fallback = "CODEC_CJK", ICONV[name], FALLBACK.get(name)
            if name in STATEFUL:
                table = 0xFFFF
            else:
                table = len(cjk_tables)
                cjk_tables.append((name, cjk_first_bytes(name, info)))
        elif kind is None:
            raise SystemExit(f"codec module {name} has no known kind: update gen_codecs.py")
        ename = error_name(info) if kind == "CODEC_CJK" else None
        rows.append(f'    {{{c_string(name, 20)}, {kind}, {c_string(ename, 16)}, '
                    f'{c_string(iconv, 16)}, {c_string(fallback, 8)}, {table}, {first}}},')

    aliases = sorted(encodings.aliases.aliases.items())
    out = []
    out.append("/* Generated by tools/gen_codecs.py from Python 3.11's encodings package "
               "(aliases.py and the codec modules); do not edit.")
    out.append(" * Included by source.c only, after its SourceCodec and SourceAlias types. */")
    out.append("")
    out.append("/* The codec modules of encodings/ that load on Linux, sorted by name. */")
    out.append("static const SourceCodec source_codecs[] = {")
    out += rows
    out.append("};")
    out.append("")
    out.append("/* encodings.aliases, sorted by alias: the index of the codec module in")
    out.append(" * source_codecs[], or -1 for a module that does not load here (mbcs). */")
    out.append("static const SourceAlias source_aliases[] = {")
    for alias, target in aliases:
        out.append(f'    {{{c_string(alias, 24)}, {index.get(target, -1)}}},')
    out.append("};")
    out.append("")
    out.append("/* Single-byte codec tables (CODEC_CHARMAP): the code point of each byte")
    out.append(" * from the codec's [first] byte on, 0xfffe where the byte is undefined. */")
    out.append("static const uint16_t source_charmap_data[] = {")
    emit_u16(out, charmap_data)
    out.append("};")
    out.append("")
    out.append("/* CODEC_CJK first bytes: the code point of a byte that is a character by")
    out.append(" * itself, 0xfffe for a lead byte (decoded by iconv), 0xffff for a byte")
    out.append(" * that never starts a character. */")
    out.append("static const uint16_t source_cjk_first[][256] = {")
    for name, values in cjk_tables:
        out.append(f"    /* {name} */ {{")
        emit_u16(out, values)
        out.append("    },")
    out.append("};")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
