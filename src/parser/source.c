/* Source decoding: the bytes given to compile() become the text the
 * tokenizer reads, in the order CPython 3.11 prepares a bytes source:
 *   1. any NUL byte is refused (ValueError, no position);
 *   2. \r\n and lone \r become \n, and a \n ends the text (added when it
 *      is missing, and also after a final \r\n: CPython's quirk);
 *   3. a UTF-8 BOM is dropped, then a PEP 263 declaration is looked for on
 *      line 1, or on line 2 when line 1 is blank or only a comment;
 *   4. a declared encoding other than utf-8 decodes the whole text, its
 *      declaration included, as Python's codec of that name does; the
 *      result ends at its first NUL character (CPython's C string does).
 * Later failures are SyntaxErrors at CPython's (0, -1) placeholder, worded
 * as str() of the exception CPython's codec raised. UTF-8 text passes
 * unvalidated. Codec data: source_codecs.gen.h, from Python's encodings
 * package; multibyte CJK sequences are decoded by glibc's iconv.
 * See docs/internals/parser.md. */
#include "parser/parser.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How a codec module of Python's encodings package is decoded here. */
typedef enum CodecKind {
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF8,
    CODEC_UTF16, /* byte order from a BOM, little-endian without one */
    CODEC_UTF16_LE,
    CODEC_UTF16_BE,
    CODEC_UTF32, /* byte order from a BOM, little-endian without one */
    CODEC_UTF32_LE,
    CODEC_UTF32_BE,
    CODEC_UTF7,
    CODEC_CHARMAP, /* single-byte table */
    CODEC_CJK,     /* multibyte, through iconv */
    CODEC_HZ,
    CODEC_UNICODE_ESCAPE,
    CODEC_RAW_UNICODE_ESCAPE,
    CODEC_IDNA,
    CODEC_PUNYCODE,
    CODEC_UNDEFINED, /* the "undefined" codec: always fails */
    CODEC_NOT_TEXT,  /* bytes-to-bytes codecs such as hex and zlib */
} CodecKind;

enum {
    NO_FIRST_TABLE = 0xFFFF, /* SourceCodec.table of a stateful CJK codec */
    CJK_LEAD = 0xFFFE,       /* source_cjk_first: starts a multibyte character */
    CJK_INVALID = 0xFFFF,    /* source_cjk_first: never starts a character */
    CHARMAP_UNDEFINED = 0xFFFE,
};

/* The tables hold no pointers, so they stay in read-only data (names are
 * NUL-padded; tools/gen_codecs.py checks that they fit). */
typedef struct SourceCodec {
    char name[20];       /* module name in encodings/ */
    uint8_t kind;        /* CodecKind */
    char error_name[16]; /* CODEC_CJK: the codec name in its error messages */
    char iconv[16];      /* CODEC_CJK: glibc's converter */
    char fallback[8];    /* CODEC_CJK: a converter for what [iconv] rejects, or "" */
    uint16_t table;      /* CODEC_CHARMAP: offset in source_charmap_data;
                            CODEC_CJK: row of source_cjk_first or NO_FIRST_TABLE */
    uint16_t first;      /* CODEC_CHARMAP: first byte the table covers; the
                            bytes below it decode to themselves */
} SourceCodec;

typedef struct SourceAlias {
    char alias[24];
    int16_t codec; /* index in source_codecs, -1 for a module that does not load */
} SourceAlias;

#include "parser/source_codecs.gen.h"

/* ---- errors ---- */

static int report_v(KrSyntaxError *err, KrErrorKind kind, int lineno, int offset, const char *fmt,
                    va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (msg) vsnprintf(msg, (size_t)n + 1, fmt, again);
    va_end(again);
    err->kind = msg ? kind : KR_ERR_MEMORY; /* no room for the message */
    err->msg = msg;
    err->text = NULL;
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = err->end_offset = KR_POS_NONE;
    return -1;
}

__attribute__((format(printf, 5, 6))) static int
report(KrSyntaxError *err, KrErrorKind kind, int lineno, int offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_v(err, kind, lineno, offset, fmt, ap);
    va_end(ap);
    return -1;
}

static int no_memory(KrSyntaxError *err)
{
    err->kind = KR_ERR_MEMORY;
    err->msg = NULL;
    err->text = NULL;
    err->lineno = err->offset = err->end_lineno = err->end_offset = KR_POS_NONE;
    return -1;
}

/* A SyntaxError at (0, -1): CPython turns every exception raised while it
 * prepares the tokenizer (LookupError, UnicodeError, ...) into one. */
__attribute__((format(printf, 2, 3))) static int fail(KrSyntaxError *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_v(err, KR_ERR_SYNTAX, 0, -1, fmt, ap);
    va_end(ap);
    return -1;
}

/* str() of the UnicodeDecodeError codec [codec] raises for bytes
 * [start, end) of [s]. */
static int codec_error(KrSyntaxError *err, const char *codec, const unsigned char *s, size_t start,
                       size_t end, const char *reason)
{
    if (end == start + 1)
        return fail(err, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, s[start],
                    start, reason);
    return fail(err, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start, end - 1,
                reason);
}

/* What Krait cannot decode as Python would: glibc without the converter,
 * or idna's punycode labels (which need nameprep). */
static int unsupported(KrSyntaxError *err, const char *cs)
{
    return fail(err, "unsupported encoding: %s", cs);
}

/* ---- decoded text ---- */

/* The UTF-8 text a codec produces. Python str may hold lone surrogates, but
 * CPython then fails to encode the text to UTF-8: the first run of them is
 * remembered to report that after decoding succeeded. */
typedef struct Decoded {
    KrBuf buf;
    size_t count;              /* code points so far */
    size_t bad_start, bad_end; /* first run of surrogates, bad_end 0 if none */
    uint32_t bad_first;        /* the first surrogate */
} Decoded;

static int put_cp(Decoded *d, uint32_t cp)
{
    if (cp >= 0xD800 && cp < 0xE000) {
        if (d->bad_end == 0) {
            d->bad_start = d->count;
            d->bad_end = d->count + 1;
            d->bad_first = cp;
        } else if (d->bad_end == d->count) {
            d->bad_end++;
        }
    }
    d->count++;
    if (cp < 0x80) return kri_buf_putc(&d->buf, (char)cp);
    return kri_utf8_encode(&d->buf, cp);
}

/* Appends ASCII or already valid UTF-8 bytes (count is not kept for them:
 * only codecs that can produce surrogates need it). */
static int put_bytes(Decoded *d, const unsigned char *s, size_t n)
{
    return kri_buf_append(&d->buf, s, n);
}

/* ---- the declaration ---- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

static bool is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static char to_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char to_upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* Finds PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII \w) in the
 * [len] bytes of [line] (no newline). A "coding:" with no name after it does
 * not stop the search. */
static bool find_coding_spec(const char *line, size_t len, const char **name, size_t *name_len)
{
    size_t i = 0;
    while (i < len && is_space(line[i]))
        i++;
    if (i == len || line[i] != '#') return false;
    /* "coding" needs its ':' or '=' on the same line; the name may be
     * anything matching [-\w.]+ and is cut at the first other byte. */
    for (; i + 6 < len; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7;
        while (j < len && (line[j] == ' ' || line[j] == '\t'))
            j++;
        size_t start = j;
        while (j < len && (is_alnum(line[j]) || line[j] == '-' || line[j] == '_' || line[j] == '.'))
            j++;
        if (j > start) {
            *name = line + start;
            *name_len = j - start;
            return true;
        }
    }
    return false;
}

/* Whether a line without a declaration lets line 2 carry one: it must be
 * blank or hold only a comment. */
static bool allows_line_two(const char *line, size_t len)
{
    for (size_t i = 0; i < len && line[i] != '#'; i++)
        if (!is_space(line[i])) return false;
    return true;
}

/* Whether [name] is [canon], or with [prefix_ok] [canon] then '-' and more. */
static bool name_is(const char *name, const char *canon, bool prefix_ok)
{
    size_t n = strlen(canon);
    return strncmp(name, canon, n) == 0 && (name[n] == '\0' || (prefix_ok && name[n] == '-'));
}

/* CPython's first normalization of a declared name: any spelling of utf-8,
 * optionally followed by "-anything", becomes "utf-8", and latin-1's become
 * "iso-8859-1" (compared case-blind, '_' as '-'). Others stay as written.
 * Returns a malloc'd string or NULL. */
static char *normal_name(const char *name, size_t len)
{
    char *folded = malloc(len + sizeof "iso-8859-1"); /* room for either canonical name */
    if (!folded) return NULL;
    for (size_t i = 0; i < len; i++)
        folded[i] = name[i] == '_' ? '-' : to_lower(name[i]);
    folded[len] = '\0';
    const char *canon = NULL;
    if (name_is(folded, "utf-8", true))
        canon = "utf-8";
    else if (name_is(folded, "latin-1", true) || name_is(folded, "iso-8859-1", true) ||
             name_is(folded, "iso-latin-1", true))
        canon = "iso-8859-1";
    if (canon) {
        strcpy(folded, canon);
        return folded;
    }
    memcpy(folded, name, len);
    return folded;
}

/* The declared encoding of [body] (the text after any BOM; it ends with \n),
 * normalized, in *[cs]: malloc'd, or NULL when there is no declaration.
 * Returns -1 when memory runs out. */
static int find_declaration(const char *body, size_t len, char **cs)
{
    *cs = NULL;
    const char *nl = memchr(body, '\n', len);
    size_t len1 = (size_t)(nl - body);
    const char *name;
    size_t name_len;
    bool found = find_coding_spec(body, len1, &name, &name_len);
    if (!found && allows_line_two(body, len1)) {
        const char *line2 = nl + 1;
        const char *nl2 = memchr(line2, '\n', len - len1 - 1);
        if (nl2) /* line 2 counts only when it is complete */
            found = find_coding_spec(line2, (size_t)(nl2 - line2), &name, &name_len);
    }
    if (!found) return 0;
    *cs = normal_name(name, name_len);
    return *cs ? 0 : -1;
}

/* ---- finding the codec ---- */

static int compare_alias(const void *key, const void *elem)
{
    return strcmp(key, ((const SourceAlias *)elem)->alias);
}

static int compare_codec(const void *key, const void *elem)
{
    return strcmp(key, ((const SourceCodec *)elem)->name);
}

/* Python's codec lookup of [cs] (encodings.search_function): lower-cased,
 * every run of characters other than letters, digits and '.' made one '_'
 * (none at the ends), looked up in encodings.aliases (then with '.' as '_'),
 * else taken as the name of a module of the encodings package, which must
 * have no '.'. NULL when no codec has that name. */
static const SourceCodec *find_codec(const char *cs)
{
    char norm[64];
    size_t k = 0;
    bool gap = false;
    for (const char *p = cs; *p; p++) {
        if (!is_alnum(*p) && *p != '.') {
            gap = true;
            continue;
        }
        if (k + 2 >= sizeof norm) return NULL; /* far longer than any codec name */
        if (gap && k > 0) norm[k++] = '_';
        norm[k++] = to_lower(*p);
        gap = false;
    }
    norm[k] = '\0';
    const SourceAlias *alias = bsearch(norm, source_aliases, KR_ARRAY_LEN(source_aliases),
                                       sizeof source_aliases[0], compare_alias);
    bool dotted = strchr(norm, '.') != NULL;
    if (!alias && dotted) {
        char undotted[64];
        for (size_t i = 0; i <= k; i++)
            undotted[i] = norm[i] == '.' ? '_' : norm[i];
        alias = bsearch(undotted, source_aliases, KR_ARRAY_LEN(source_aliases),
                        sizeof source_aliases[0], compare_alias);
    }
    if (alias && alias->codec >= 0) return &source_codecs[alias->codec];
    /* An alias naming a module that does not load falls back to the name. */
    if (k == 0 || dotted) return NULL;
    return bsearch(norm, source_codecs, KR_ARRAY_LEN(source_codecs), sizeof source_codecs[0],
                   compare_codec);
}

/* ---- byte-oriented codecs ---- */

/* The codecs below report the first bad byte alone, as Python's do. */
static int decode_ascii(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80)
            return codec_error(err, "ascii", s, i, i + 1, "ordinal not in range(128)");
    return put_bytes(d, s, n) < 0 ? no_memory(err) : 0;
}

static int decode_latin1(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    for (size_t i = 0; i < n; i++)
        if (put_cp(d, s[i]) < 0) return no_memory(err);
    return 0;
}

/* A single-byte codec: Python's table for it, generated from the codec. */
static int decode_charmap(const SourceCodec *c, Decoded *d, const unsigned char *s, size_t n,
                          KrSyntaxError *err)
{
    const uint16_t *table = source_charmap_data + c->table;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = s[i] < c->first ? s[i] : table[s[i] - c->first];
        if (cp == CHARMAP_UNDEFINED)
            return codec_error(err, "charmap", s, i, i + 1, "character maps to <undefined>");
        if (put_cp(d, cp) < 0) return no_memory(err);
    }
    return 0;
}

/* Length of the valid UTF-8 sequence at [i] of [s][n], or 0 with the
 * error's end and reason as Python's decoder gives them: the invalid part
 * is the longest prefix of a valid sequence, at least the first byte. */
static size_t utf8_sequence(const unsigned char *s, size_t n, size_t i, size_t *end,
                            const char **reason)
{
    unsigned char b = s[i];
    if (b < 0x80) return 1;
    *reason = "invalid start byte";
    *end = i + 1;
    if (b < 0xC2 || b > 0xF4) return 0;
    size_t need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    unsigned char lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) {
            *reason = "unexpected end of data";
            *end = n;
            return 0;
        }
        if (s[i + k] < (k == 1 ? lo : 0x80) || s[i + k] > (k == 1 ? hi : 0xBF)) {
            *reason = "invalid continuation byte";
            *end = i + k;
            return 0;
        }
    }
    return need;
}

static int decode_utf8(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    for (size_t i = 0; i < n;) {
        size_t end;
        const char *reason;
        size_t k = utf8_sequence(s, n, i, &end, &reason);
        if (k == 0) return codec_error(err, "utf-8", s, i, end, reason);
        i += k;
    }
    return put_bytes(d, s, n) < 0 ? no_memory(err) : 0;
}

/* A 16- or 32-bit unit at [p], little-endian when [le]. */
static uint32_t load16(const unsigned char *p, bool le)
{
    return le ? (uint32_t)p[0] | (uint32_t)p[1] << 8 : (uint32_t)p[1] | (uint32_t)p[0] << 8;
}

static uint32_t load32(const unsigned char *p, bool le)
{
    return le ? load16(p, true) | load16(p + 2, true) << 16
              : load16(p + 2, false) | load16(p, false) << 16;
}

/* UTF-16; [order] 0 reads a BOM (little-endian without one), 1 LE, 2 BE.
 * The codec's name in messages tells the byte order used. A lone low
 * surrogate is an "illegal encoding" and a high one not followed by a low
 * an "illegal UTF-16 surrogate", each two bytes long; a cut-off unit or
 * pair runs to the end. */
static int decode_utf16(Decoded *d, const unsigned char *s, size_t n, int order, KrSyntaxError *err)
{
    bool le = order != 2;
    size_t i = 0;
    if (order == 0 && n >= 2 &&
        ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        le = s[0] == 0xFF;
        i = 2;
    }
    const char *name = le ? "utf-16-le" : "utf-16-be";
    while (i < n) {
        if (n - i < 2) return codec_error(err, name, s, i, n, "truncated data");
        uint32_t u = load16(s + i, le);
        size_t size = 2;
        if (u >= 0xDC00 && u < 0xE000)
            return codec_error(err, name, s, i, i + 2, "illegal encoding");
        if (u >= 0xD800 && u < 0xDC00) {
            if (n - i < 4) return codec_error(err, name, s, i, n, "unexpected end of data");
            uint32_t low = load16(s + i + 2, le);
            if (low < 0xDC00 || low >= 0xE000)
                return codec_error(err, name, s, i, i + 2, "illegal UTF-16 surrogate");
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            size = 4;
        }
        if (put_cp(d, u) < 0) return no_memory(err);
        i += size;
    }
    return 0;
}

/* UTF-32; [order] as for decode_utf16. Each bad unit is reported whole
 * (four bytes), a cut-off one to the end. */
static int decode_utf32(Decoded *d, const unsigned char *s, size_t n, int order, KrSyntaxError *err)
{
    bool le = order != 2;
    size_t i = 0;
    if (order == 0 && n >= 4 && (load32(s, true) == 0xFEFF || load32(s, false) == 0xFEFF)) {
        le = load32(s, true) == 0xFEFF;
        i = 4;
    }
    const char *name = le ? "utf-32-le" : "utf-32-be";
    for (; i < n; i += 4) {
        if (n - i < 4) return codec_error(err, name, s, i, n, "truncated data");
        uint32_t cp = load32(s + i, le);
        if (cp > 0x10FFFF)
            return codec_error(err, name, s, i, i + 4, "code point not in range(0x110000)");
        if (cp >= 0xD800 && cp < 0xE000)
            return codec_error(err, name, s, i, i + 4,
                               "code point in surrogate code point range(0xd800, 0xe000)");
        if (put_cp(d, cp) < 0) return no_memory(err);
    }
    return 0;
}

/* ---- UTF-7 ---- */

static int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* One UTF-16 unit out of a base64 run. Python pairs surrogates where it can
 * and lets a lone one through; *[high] holds a high half waiting for its
 * partner. */
static int utf7_unit(Decoded *d, uint32_t *high, uint32_t unit)
{
    if (*high) {
        uint32_t pending = *high;
        *high = 0;
        if (unit >= 0xDC00 && unit < 0xE000)
            return put_cp(d, 0x10000 + ((pending - 0xD800) << 10) + (unit - 0xDC00));
        if (put_cp(d, pending) < 0) return -1;
    }
    if (unit >= 0xD800 && unit < 0xDC00) {
        *high = unit;
        return 0;
    }
    return put_cp(d, unit);
}

/* UTF-7 as Python reads it: any ASCII byte but '+' stands for itself; "+-"
 * is '+'; '+' opens a base64 run of UTF-16 units that the first other byte
 * ends ('-' is then dropped). The run's leftover bits must be fewer than six
 * and zero. Errors in a run span from its '+' to the byte that ended it;
 * lone surrogates pass here and fail when the text is encoded to UTF-8. */
static int decode_utf7(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    bool shifted = false;
    size_t start = 0; /* the '+' that opened the run */
    uint32_t bits = 0, high = 0;
    int nbits = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        int v = base64_value(c);
        if (shifted && v >= 0) {
            bits = bits << 6 | (uint32_t)v;
            nbits += 6;
            i++;
            if (nbits >= 16) {
                nbits -= 16;
                if (utf7_unit(d, &high, bits >> nbits & 0xFFFF) < 0) return no_memory(err);
                bits &= (1u << nbits) - 1;
            }
        } else if (shifted) {
            shifted = false;
            if (nbits >= 6)
                return codec_error(err, "utf7", s, start, i + 1,
                                   "partial character in shift sequence");
            if (bits != 0)
                return codec_error(err, "utf7", s, start, i + 1,
                                   "non-zero padding bits in shift sequence");
            if (high && put_cp(d, high) < 0) return no_memory(err);
            high = 0;
            if (c == '-') i++;
        } else if (c == '+') {
            start = i++;
            if (i < n && s[i] == '-') {
                if (put_cp(d, '+') < 0) return no_memory(err);
                i++;
            } else if (i < n && base64_value(s[i]) < 0) {
                return codec_error(err, "utf7", s, start, i + 1, "ill-formed sequence");
            } else {
                shifted = true;
                bits = high = 0;
                nbits = 0;
            }
        } else if (c < 0x80) {
            if (put_cp(d, c) < 0) return no_memory(err);
            i++;
        } else {
            return codec_error(err, "utf7", s, i, i + 1, "unexpected special character");
        }
    }
    if (shifted && (high || nbits >= 6 || bits != 0))
        return codec_error(err, "utf7", s, start, n, "unterminated shift sequence");
    return 0;
}

/* ---- the escape codecs ---- */

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads [digits] hex digits at *[i]; stops early (returning false) at the
 * first other byte or the end. */
static bool read_hex(const unsigned char *s, size_t n, size_t *i, int digits, uint32_t *cp)
{
    *cp = 0;
    for (int k = 0; k < digits; k++, (*i)++) {
        if (*i >= n || hex_value(s[*i]) < 0) return false;
        *cp = *cp << 4 | (uint32_t)hex_value(s[*i]);
    }
    return true;
}

/* raw_unicode_escape: bytes are latin-1, except that \uXXXX and \UXXXXXXXX
 * are decoded when an odd number of backslashes leads them (the last one
 * belongs to the escape). An error spans from that backslash to the byte
 * where the hex digits stopped. */
static int decode_raw_unicode_escape(Decoded *d, const unsigned char *s, size_t n,
                                     KrSyntaxError *err)
{
    const char *codec = "rawunicodeescape";
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            if (put_cp(d, s[i++]) < 0) return no_memory(err);
            continue;
        }
        size_t j = i;
        while (j < n && s[j] == '\\')
            j++;
        bool escape = ((j - i) & 1) && j < n && (s[j] == 'u' || s[j] == 'U');
        for (size_t k = i + (escape ? 1 : 0); k < j; k++)
            if (put_cp(d, '\\') < 0) return no_memory(err);
        i = j;
        if (!escape) continue;
        size_t start = j - 1;
        bool wide = s[j] == 'U';
        uint32_t cp;
        i = j + 1;
        if (!read_hex(s, n, &i, wide ? 8 : 4, &cp))
            return codec_error(err, codec, s, start, i,
                               wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape");
        if (cp > 0x10FFFF) return codec_error(err, codec, s, start, i, "\\Uxxxxxxxx out of range");
        if (put_cp(d, cp) < 0) return no_memory(err);
    }
    return 0;
}

/* What a unicode_escape backslash stands for. */
enum { ESCAPE_CHAR, ESCAPE_NOTHING, ESCAPE_NONE };

/* The escape after the backslash at [start] of a unicode_escape text, *[i]
 * just past its letter, which it moves past the escape: ESCAPE_CHAR with
 * *[cp] set, ESCAPE_NOTHING for an escaped newline, ESCAPE_NONE when the
 * letter starts no escape (both bytes then stand for themselves; CPython
 * only warns), or -1 with [err] set. An error spans from the backslash to
 * the byte where reading stopped, as in CPython. */
static int unicode_escape_one(const unsigned char *s, size_t n, size_t start, size_t *i,
                              uint32_t *cp, KrSyntaxError *err)
{
    static const char simple_from[] = "\\'\"bftnrva";
    static const char simple_to[] = "\\'\"\b\f\t\n\r\v\a";
    const char *codec = "unicodeescape";
    unsigned char c = s[*i - 1];
    const char *simple = c ? strchr(simple_from, c) : NULL;
    if (c == '\n') return ESCAPE_NOTHING;
    if (simple) {
        *cp = (unsigned char)simple_to[simple - simple_from];
    } else if (c >= '0' && c <= '7') {
        *cp = c - '0';
        /* Up to three digits: values past 0o377 are kept (CPython warns). */
        for (int k = 0; k < 2 && *i < n && s[*i] >= '0' && s[*i] <= '7'; k++)
            *cp = *cp * 8 + (uint32_t)(s[(*i)++] - '0');
    } else if (c == 'x' || c == 'u' || c == 'U') {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (!read_hex(s, n, i, digits, cp))
            return codec_error(err, codec, s, start, *i,
                               c == 'x'   ? "truncated \\xXX escape"
                               : c == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape");
        if (*cp > 0x10FFFF)
            return codec_error(err, codec, s, start, *i, "illegal Unicode character");
    } else if (c == 'N') {
        /* \N{name}: an empty name or a missing '}' is malformed, an error
         * ending before the '}'; an unknown name's error includes it. */
        const char *reason = "malformed \\N character escape";
        if (*i < n && s[*i] == '{') {
            size_t name = ++*i;
            while (*i < n && s[*i] != '}')
                (*i)++;
            if (*i > name && *i < n) {
                int32_t found = kri_unicode_lookup((const char *)s + name, *i - name);
                (*i)++;
                if (found >= 0) {
                    *cp = (uint32_t)found;
                    return ESCAPE_CHAR;
                }
                reason = "unknown Unicode character name";
            }
        }
        return codec_error(err, codec, s, start, *i, reason);
    } else {
        return ESCAPE_NONE;
    }
    return ESCAPE_CHAR;
}

/* unicode_escape: latin-1 bytes with the escapes of a Python string literal
 * (\N{...} names looked up in Krait's Unicode database). */
static int decode_unicode_escape(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '\\') {
            if (put_cp(d, s[i++]) < 0) return no_memory(err);
            continue;
        }
        size_t start = i++;
        if (i >= n) return codec_error(err, "unicodeescape", s, start, n, "\\ at end of string");
        i++;
        uint32_t cp = 0;
        int what = unicode_escape_one(s, n, start, &i, &cp, err);
        if (what < 0) return -1;
        if (what == ESCAPE_NONE && (put_cp(d, '\\') < 0 || put_cp(d, s[i - 1]) < 0))
            return no_memory(err);
        if (what == ESCAPE_CHAR && put_cp(d, cp) < 0) return no_memory(err);
    }
    return 0;
}

/* ---- idna ---- */

/* Python's idna codec on bytes: text that is ASCII and holds no "xn--"
 * passes as it is; otherwise each '.'-separated label must be ASCII (an
 * error's position counts from the label's start), and labels starting
 * with "xn--" go through punycode and nameprep, which Krait lacks. */
static int decode_idna(Decoded *d, const unsigned char *s, size_t n, const char *cs,
                       KrSyntaxError *err)
{
    bool plain = memmem(s, n, "xn--", 4) == NULL;
    for (size_t k = 0; k < n && plain; k++)
        plain = s[k] < 0x80;
    for (size_t start = 0; !plain && start < n;) {
        const unsigned char *dot = memchr(s + start, '.', n - start);
        size_t end = dot ? (size_t)(dot - s) : n;
        if (end - start >= 4 && memcmp(s + start, "xn--", 4) == 0) return unsupported(err, cs);
        for (size_t k = start; k < end; k++)
            if (s[k] >= 0x80)
                return codec_error(err, "ascii", s + start, k - start, k - start + 1,
                                   "ordinal not in range(128)");
        start = end + 1;
    }
    return put_bytes(d, s, n) < 0 ? no_memory(err) : 0;
}

/* ---- CJK codecs, through iconv ---- */

/* Decodes the one character at *[pos] with [cd] (to UTF-32LE) and moves
 * *[pos] past it: returns 0, -1 when memory runs out, or EILSEQ (with
 * *[stop] where iconv stopped) or EINVAL (the text ends inside the
 * character). iconv is offered one byte more at a time until it makes
 * something of them, so it never reads into the next character, whose first
 * byte the first-byte table must judge; the output has room for the two
 * code points some JIS X 0213 and HKSCS sequences stand for. An escape
 * sequence of a stateful codec is consumed alone, making nothing. */
static int iconv_try(iconv_t cd, Decoded *d, const unsigned char *s, size_t n, size_t *pos,
                     size_t *stop)
{
    size_t k = 1;
    *stop = *pos;
    for (; k <= 8 && k <= n - *pos; k++) {
        unsigned char units[16];
        char *in = (char *)(s + *pos), *out = (char *)units;
        size_t in_left = k, out_left = sizeof units;
        size_t r = iconv(cd, &in, &in_left, &out, &out_left);
        int error = r == (size_t)-1 ? errno : 0;
        size_t made = (sizeof units - out_left) / 4;
        *stop = (size_t)((unsigned char *)in - s);
        for (size_t m = 0; m < made; m++)
            if (put_cp(d, load32(units + 4 * m, true)) < 0) return -1;
        if (error == 0 || made > 0 || *stop > *pos) {
            *pos = *stop;
            return 0;
        }
        if (error != EINVAL) return EILSEQ; /* or E2BIG for what is no character */
    }
    return k > n - *pos ? EINVAL : EILSEQ;
}

/* The character at *[pos] by [cd], else by [fallback] (when not (iconv_t)-1)
 * if [cd] rejects it outright; errors are reported as [cd] found them. */
static int iconv_one(iconv_t cd, iconv_t fallback, const SourceCodec *c, Decoded *d,
                     const unsigned char *s, size_t n, size_t *pos, KrSyntaxError *err)
{
    size_t stop, ignored;
    int r = iconv_try(cd, d, s, n, pos, &stop);
    if (r == EILSEQ && stop == *pos && fallback != (iconv_t)-1 &&
        iconv_try(fallback, d, s, n, pos, &ignored) == 0)
        r = 0;
    if (r == 0) return 0;
    if (r < 0) return no_memory(err);
    if (r == EINVAL)
        return codec_error(err, c->error_name, s, *pos, n, "incomplete multibyte sequence");
    return codec_error(err, c->error_name, s, stop, stop + 1, "illegal multibyte sequence");
}

/* A multibyte codec. Python's verdict on first bytes (characters by
 * themselves, leads, invalid) comes from its own tables; only sequences
 * from a lead byte on are glibc's, and where glibc and Python map or
 * accept a sequence differently, glibc wins. Errors are one byte long, as
 * Python's almost always are. */
static int decode_cjk(const SourceCodec *c, const char *cs, Decoded *d, const unsigned char *s,
                      size_t n, KrSyntaxError *err)
{
    iconv_t cd = iconv_open("UTF-32LE", c->iconv);
    iconv_t fallback = c->fallback[0] ? iconv_open("UTF-32LE", c->fallback) : (iconv_t)-1;
    int rc = 0;
    if (cd == (iconv_t)-1 || (c->fallback[0] && fallback == (iconv_t)-1))
        rc = errno == ENOMEM ? no_memory(err) : unsupported(err, cs);
    /* Stateful codecs (ISO-2022) have no first-byte table: an escape
     * sequence changes what every later byte means, so iconv sees them all. */
    const uint16_t *first = c->table == NO_FIRST_TABLE ? NULL : source_cjk_first[c->table];
    for (size_t i = 0; i < n && rc == 0;) {
        uint16_t what = first ? first[s[i]] : CJK_LEAD;
        if (what == CJK_INVALID)
            rc = codec_error(err, c->error_name, s, i, i + 1, "illegal multibyte sequence");
        else if (what == CJK_LEAD)
            rc = iconv_one(cd, fallback, c, d, s, n, &i, err);
        else if (put_cp(d, what) < 0)
            rc = no_memory(err);
        else
            i++;
    }
    if (cd != (iconv_t)-1) iconv_close(cd);
    if (fallback != (iconv_t)-1) iconv_close(fallback);
    return rc;
}

/* HZ (RFC 1843), which glibc lacks: ASCII, where "~~" is '~' and "~\n"
 * nothing, and "~{" ... "~}" runs of GB2312 pairs written in 7 bits (a
 * pair is EUC-CN with the high bits set, decoded by iconv). Errors as
 * Python's hz codec: one byte long, "incomplete" when the text runs out. */
static int decode_hz(Decoded *d, const unsigned char *s, size_t n, KrSyntaxError *err)
{
    iconv_t cd = iconv_open("UTF-32LE", "EUC-CN");
    if (cd == (iconv_t)-1) return errno == ENOMEM ? no_memory(err) : unsupported(err, "hz");
    const char *illegal = "illegal multibyte sequence";
    bool gb = false;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0;) {
        /* A '~' escape and a GB2312 pair take two bytes; Python calls a
         * text ending inside one "incomplete". */
        size_t need = gb || s[i] == '~' ? 2 : 1;
        if (n - i < need) {
            rc = codec_error(err, "hz", s, i, n, "incomplete multibyte sequence");
        } else if (s[i] == '~') {
            unsigned char next = s[i + 1];
            if (!gb && (next == '~' || next == '\n'))
                rc = next == '~' && put_cp(d, '~') < 0 ? no_memory(err) : 0;
            else if (next == (gb ? '}' : '{'))
                gb = !gb;
            else
                rc = codec_error(err, "hz", s, i, i + 1, illegal);
            i += 2;
        } else if (!gb) {
            rc = s[i] >= 0x80          ? codec_error(err, "hz", s, i, i + 1, illegal)
                 : put_cp(d, s[i]) < 0 ? no_memory(err)
                                       : 0;
            i++;
        } else {
            unsigned char pair[2] = {(unsigned char)(s[i] | 0x80),
                                     (unsigned char)(s[i + 1] | 0x80)};
            unsigned char unit[4];
            char *in = (char *)pair, *out = (char *)unit;
            size_t in_left = 2, out_left = 4;
            bool ok = s[i] > 0x20 && s[i] < 0x7F && s[i + 1] > 0x20 && s[i + 1] < 0x7F &&
                      iconv(cd, &in, &in_left, &out, &out_left) != (size_t)-1 && out_left == 0;
            rc = !ok                                 ? codec_error(err, "hz", s, i, i + 1, illegal)
                 : put_cp(d, load32(unit, true)) < 0 ? no_memory(err)
                                                     : 0;
            i += 2;
        }
    }
    iconv_close(cd);
    return rc;
}

/* ---- punycode ---- */

/* Python's punycode.adapt(): the bias after a delta. */
static uint64_t punycode_adapt(uint64_t delta, bool first, uint64_t count)
{
    delta = first ? delta / 700 : delta / 2;
    delta += delta / count;
    uint64_t divisions = 0;
    while (delta > 455) {
        delta /= 35;
        divisions += 36;
    }
    return divisions + 36 * delta / (delta + 38);
}

/* One of Python's generalized variable-length integers, from *[p]; false
 * (with [err] set) when a byte is no base-36 digit or the text ends.
 * *[huge] tells that the value passed 64 bits. */
static bool punycode_number(const unsigned char *s, size_t n, size_t *p, uint64_t bias,
                            const char *cs, uint64_t *value, bool *huge, KrSyntaxError *err)
{
    uint64_t w = 1;
    *value = 0;
    for (uint64_t j = 0;; j++) {
        if (*p >= n) {
            fail(err,
                 "decoding with '%s' codec failed (UnicodeError: incomplete punicode "
                 "string)",
                 cs);
            return false;
        }
        unsigned char c = (unsigned char)to_upper((char)s[(*p)++]);
        uint64_t digit = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '0' && c <= '9' ? c - '0' + 26 : 99;
        if (digit == 99) {
            fail(err,
                 "decoding with '%s' codec failed (UnicodeError: Invalid extended code "
                 "point '%c')",
                 cs, c);
            return false;
        }
        uint64_t t = 36 * (j + 1) <= bias ? 1 : 36 * (j + 1) - bias;
        t = t < 1 ? 1 : t > 26 ? 26 : t;
        *huge |= (digit && w > UINT64_MAX / digit) || *value > UINT64_MAX - digit * w;
        *value += digit * w;
        if (digit < t) return true;
        *huge |= w > UINT64_MAX / (36 - t);
        w *= 36 - t;
    }
}

/* Python's punycode codec: the basic part before the last '-', then the
 * insertions the rest encodes. The text always ends with a newline, which
 * is no base-36 digit, so the codec always fails on a source file: only
 * the error is computed (its value is exact below 2**64). */
static int decode_punycode(const unsigned char *s, size_t n, const char *cs, KrSyntaxError *err)
{
    size_t dash = n;
    for (size_t i = n; i-- > 0 && dash == n;)
        if (s[i] == '-') dash = i;
    size_t ext = dash == n ? 0 : dash + 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 0x80 && i != dash) {
            size_t base = i < ext ? 0 : ext;
            return codec_error(err, "ascii", s + base, i - base, i - base + 1,
                               "ordinal not in range(128)");
        }
    /* RFC 3492's decoder state, as punycode.insertion_sort keeps it: the
     * length of the string built so far, the code point being inserted,
     * one past the last insertion's index, and the digit threshold bias. */
    uint64_t count = dash == n ? 0 : dash;
    uint64_t code = 0x80, next = 0, bias = 72;
    for (size_t p = ext; p < n;) {
        bool first = p == ext, huge = false;
        uint64_t delta;
        if (!punycode_number(s, n, &p, bias, cs, &delta, &huge, err)) return -1;
        huge |= next > UINT64_MAX - delta;
        uint64_t at = huge ? UINT64_MAX : next + delta;
        code += at / (count + 1);
        if (huge || code > 0x10FFFF)
            return fail(err,
                        "decoding with '%s' codec failed (UnicodeError: Invalid character "
                        "U+%llx)",
                        cs, (unsigned long long)code);
        next = at % (count + 1) + 1;
        count++;
        bias = punycode_adapt(delta, first, count);
    }
    return unsupported(err, cs); /* unreachable: see above */
}

/* ---- decoding a declared encoding ---- */

static int decode_with(const SourceCodec *c, const char *cs, Decoded *d, const unsigned char *s,
                       size_t n, KrSyntaxError *err)
{
    switch ((CodecKind)c->kind) {
    case CODEC_ASCII:
        return decode_ascii(d, s, n, err);
    case CODEC_LATIN1:
        return decode_latin1(d, s, n, err);
    case CODEC_UTF8:
        return decode_utf8(d, s, n, err);
    case CODEC_UTF16:
    case CODEC_UTF16_LE:
    case CODEC_UTF16_BE:
        return decode_utf16(d, s, n, c->kind - CODEC_UTF16, err);
    case CODEC_UTF32:
    case CODEC_UTF32_LE:
    case CODEC_UTF32_BE:
        return decode_utf32(d, s, n, c->kind - CODEC_UTF32, err);
    case CODEC_UTF7:
        return decode_utf7(d, s, n, err);
    case CODEC_CHARMAP:
        return decode_charmap(c, d, s, n, err);
    case CODEC_CJK:
        return decode_cjk(c, cs, d, s, n, err);
    case CODEC_UNICODE_ESCAPE:
        return decode_unicode_escape(d, s, n, err);
    case CODEC_RAW_UNICODE_ESCAPE:
        return decode_raw_unicode_escape(d, s, n, err);
    case CODEC_IDNA:
        return decode_idna(d, s, n, cs, err);
    case CODEC_PUNYCODE:
        return decode_punycode(s, n, cs, err);
    case CODEC_HZ:
        return decode_hz(d, s, n, err);
    case CODEC_UNDEFINED:
        return fail(err, "decoding with '%s' codec failed (UnicodeError: undefined encoding)", cs);
    case CODEC_NOT_TEXT:
        break;
    }
    return fail(err, "'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                cs);
}

/* Replaces [text] (from [skip] on) by its decoding from [cs], as CPython's
 * PyUnicode_Decode then PyUnicode_AsUTF8String do: decoding errors come
 * first, then lone surrogates in the result (UTF-8 cannot encode them,
 * and CPython names the first run of them by code point positions). The
 * result is cut at its first NUL, where CPython's C string ends. */
static int decode_declared(KrBuf *text, size_t skip, const char *cs, KrSyntaxError *err)
{
    const SourceCodec *codec = find_codec(cs);
    if (!codec) return fail(err, "unknown encoding: %s", cs);
    Decoded d = {.count = 0, .bad_end = 0};
    kri_buf_init(&d.buf);
    const unsigned char *s = (const unsigned char *)text->data + skip;
    int rc = decode_with(codec, cs, &d, s, text->len - skip, err);
    if (rc == 0 && d.bad_end == d.bad_start + 1)
        rc = fail(err,
                  "'utf-8' codec can't encode character '\\u%04x' in position %zu: "
                  "surrogates not allowed",
                  (unsigned)d.bad_first, d.bad_start);
    else if (rc == 0 && d.bad_end)
        rc = fail(err,
                  "'utf-8' codec can't encode characters in position %zu-%zu: "
                  "surrogates not allowed",
                  d.bad_start, d.bad_end - 1);
    if (rc == 0 && kri_buf_reserve(&d.buf, 1) < 0) rc = no_memory(err);
    if (rc < 0) {
        kri_buf_free(&d.buf);
        return -1;
    }
    d.buf.len = strlen(d.buf.data);
    kri_buf_free(text);
    *text = d.buf;
    return 0;
}

/* ---- the whole pass ---- */

/* Copies [n] bytes of [s] to [out] with \r\n and \r made \n, ending it with
 * a \n when it has none, and also when it ends in \r\n: CPython's
 * translation then adds one, so such a source has an extra empty line. */
static int translate_newlines(KrBuf *out, const char *s, size_t n)
{
    if (kri_buf_reserve(out, n + 1) < 0) return -1;
    char *dst = out->data;
    size_t k = 0;
    bool crlf_at_end = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\r') {
            dst[k++] = s[i];
            continue;
        }
        dst[k++] = '\n';
        if (i + 1 < n && s[i + 1] == '\n') crlf_at_end = ++i == n - 1;
    }
    if (k == 0 || dst[k - 1] != '\n' || crlf_at_end) dst[k++] = '\n';
    dst[k] = '\0';
    out->len = k;
    return 0;
}

int kri_source_decode(const char *bytes, size_t len, KrSource *out, KrSyntaxError *err)
{
    out->text = NULL;
    out->len = 0;
    strcpy(out->encoding, "utf-8");
    out->declared = false;
    if (len > 0 && memchr(bytes, '\0', len)) {
        /* compile() refuses these before its tokenizer starts: no location */
        return report(err, KR_ERR_VALUE, KR_POS_NONE, KR_POS_NONE,
                      "source code string cannot contain null bytes");
    }
    KrBuf text;
    kri_buf_init(&text);
    if (translate_newlines(&text, bytes, len) < 0) return no_memory(err);
    /* The BOM check and the declaration search see the translated text, so
     * a declaration line may end in \r, and decoding errors count positions
     * in it. */
    size_t skip = text.len >= 3 && memcmp(text.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    char *cs = NULL;
    int rc = find_declaration(text.data + skip, text.len - skip, &cs) < 0 ? no_memory(err) : 0;
    /* CPython decodes only for a declared name other than "utf-8": a BOM
     * alone, or "utf-8", leaves the bytes to be checked where they are used. */
    bool utf8 = !cs || strcmp(cs, "utf-8") == 0;
    if (rc == 0 && skip && !utf8)
        rc = fail(err, "encoding problem: %s with BOM", cs);
    else if (rc == 0 && !utf8)
        rc = decode_declared(&text, skip, cs, err);
    else if (rc == 0 && skip) {
        memmove(text.data, text.data + skip, text.len - skip + 1);
        text.len -= skip;
    }
    if (rc == 0) {
        out->text = text.data;
        out->len = text.len;
        out->declared = skip > 0 || cs != NULL;
        if (cs) snprintf(out->encoding, sizeof out->encoding, "%s", cs);
    } else {
        kri_buf_free(&text);
    }
    free(cs);
    return rc;
}

void kri_source_free(KrSource *src)
{
    free(src->text);
    src->text = NULL;
    src->len = 0;
}
