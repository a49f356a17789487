/* Text codecs: str.encode and bytes.decode for utf-8, ascii, latin-1,
 * cp1252, utf-16 and utf-32, with Python's error handlers. Each encoder
 * walks the code points, writing those the codec can represent and handing
 * every maximal run it cannot to the error handler (so a message says
 * "characters in position 0-1" as CPython's does); each decoder walks the
 * bytes and hands every invalid unit, as CPython delimits it, to the
 * handler. Error handlers are looked up only when an error happens, as in
 * CPython ("x".encode("utf-8", "bogus") succeeds). Encoding names are
 * normalized like encodings.normalize_encoding and matched against the
 * aliases of Python 3.11's encodings package; names of codecs that exist
 * there but not here raise NotImplementedError rather than LookupError. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/codecs.h"

typedef enum CodecId {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_CP1252,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE,
    CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE,
    CODEC_UTF8SIG, /* utf-8 behind a BOM: encoded and decoded as utf-8 */
} CodecId;

/* The name each codec gives in its error messages (charmap codecs say
 * 'charmap'). */
static const char *const codec_names[] = {
    "utf-8", "ascii", "latin-1", "charmap", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be", "utf-8",
};

typedef struct CodecAlias {
    const char *name; /* normalized */
    CodecId codec;
} CodecAlias;

/* encodings.aliases entries (and module names) of the codecs above. */
static const CodecAlias codec_aliases[] = {
    {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8}, {"cp65001", CODEC_UTF8},
    {"ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII}, {"cp367", CODEC_ASCII},
    {"csascii", CODEC_ASCII}, {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII},
    {"iso_646.irv_1991", CODEC_ASCII}, {"iso_ir_6", CODEC_ASCII}, {"us", CODEC_ASCII},
    {"us_ascii", CODEC_ASCII},
    {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
    {"l1", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1}, {"iso8859", CODEC_LATIN1},
    {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
    {"iso_8859_1_1987", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    {"cp1252", CODEC_CP1252}, {"windows_1252", CODEC_CP1252}, {"1252", CODEC_CP1252},
    {"utf_16", CODEC_UTF16}, {"utf16", CODEC_UTF16}, {"u16", CODEC_UTF16},
    {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},
    {"unicodelittleunmarked", CODEC_UTF16LE},
    {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE},
    {"unicodebigunmarked", CODEC_UTF16BE},
    {"utf_32", CODEC_UTF32}, {"utf32", CODEC_UTF32}, {"u32", CODEC_UTF32},
    {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
    {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE},
    {"utf_8_sig", CODEC_UTF8SIG}, {"utf8_sig", CODEC_UTF8SIG},
};

/* Bytes-to-bytes and str-to-str codecs of the encodings package: str.encode
 * and bytes.decode refuse them with their own message. */
static const char not_text_codecs[] =
    " base64 base64_codec base_64 bz2 bz2_codec hex hex_codec quopri quopri_codec "
    "quoted_printable quotedprintable rot13 rot_13 uu uu_codec zip zlib zlib_codec ";

/* Every other module and alias name of Python 3.11's encodings package. */
static const char other_codecs[] =
    " 037 1026 1125 1140 1250 1251 1253 1254 1255 1256 1257 1258 273 424 437 500 775 "
    "850 852 855 857 858 860 861 862 863 864 865 866 869 932 936 949 950 ansi arabic "
    "asmo_708 big5 big5_hkscs big5_tw big5hkscs charmap chinese cp037 cp1006 cp1026 "
    "cp1051 cp1125 cp1140 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 "
    "cp1361 cp154 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 "
    "cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp866u cp869 cp874 cp875 "
    "cp932 cp936 cp949 cp950 cp_gr cp_is csHPRoman8 csbig5 csibm037 csibm1026 "
    "csibm273 csibm424 csibm500 csibm855 csibm857 csibm858 csibm860 csibm861 csibm863 "
    "csibm864 csibm865 csibm866 csibm869 csiso2022jp csiso2022kr csiso58gb231280 "
    "csisolatin2 csisolatin3 csisolatin4 csisolatin5 csisolatin6 csisolatinarabic "
    "csisolatincyrillic csisolatingreek csisolatinhebrew cskoi8r cspc775baltic "
    "cspc850multilingual cspc862latinhebrew cspc8codepage437 cspcp852 csptcp154 "
    "csshiftjis cyrillic cyrillic_asian dbcs ebcdic_cp_be ebcdic_cp_ca ebcdic_cp_ch "
    "ebcdic_cp_he ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ecma_114 ecma_118 elot_928 "
    "euc_cn euc_jis2004 euc_jis_2004 euc_jisx0213 euc_jp euc_kr euccn eucgb2312_cn "
    "eucjis2004 eucjisx0213 eucjp euckr gb18030 gb18030_2000 gb2312 gb2312_1980 "
    "gb2312_80 gbk greek greek8 hebrew hkscs hp_roman8 hz hz_gb hz_gb_2312 hzgb "
    "ibm037 ibm039 ibm1026 ibm1051 ibm1125 ibm1140 ibm273 ibm424 ibm437 ibm500 ibm775 "
    "ibm850 ibm852 ibm855 ibm857 ibm858 ibm860 ibm861 ibm862 ibm863 ibm864 ibm865 "
    "ibm866 ibm869 idna iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 "
    "iso2022_jp_3 iso2022_jp_ext iso2022_kr iso2022jp iso2022jp_1 iso2022jp_2 "
    "iso2022jp_2004 iso2022jp_3 iso2022jp_ext iso2022kr iso8859_10 iso8859_11 "
    "iso8859_13 iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 "
    "iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso_2022_jp iso_2022_jp_1 "
    "iso_2022_jp_2 iso_2022_jp_2004 iso_2022_jp_3 iso_2022_jp_ext iso_2022_kr "
    "iso_8859_10 iso_8859_10_1992 iso_8859_11 iso_8859_11_2001 iso_8859_13 "
    "iso_8859_14 iso_8859_14_1998 iso_8859_15 iso_8859_16 iso_8859_16_2001 iso_8859_2 "
    "iso_8859_2_1987 iso_8859_3 iso_8859_3_1988 iso_8859_4 iso_8859_4_1988 iso_8859_5 "
    "iso_8859_5_1988 iso_8859_6 iso_8859_6_1987 iso_8859_7 iso_8859_7_1987 iso_8859_8 "
    "iso_8859_8_1988 iso_8859_9 iso_8859_9_1989 iso_celtic iso_ir_101 iso_ir_109 "
    "iso_ir_110 iso_ir_126 iso_ir_127 iso_ir_138 iso_ir_144 iso_ir_148 iso_ir_157 "
    "iso_ir_166 iso_ir_199 iso_ir_226 iso_ir_58 jisx0213 johab koi8_r koi8_t koi8_u "
    "korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 kz1048 kz_1048 l10 l2 "
    "l3 l4 l5 l6 l7 l8 l9 latin10 latin2 latin3 latin4 latin5 latin6 latin7 latin8 "
    "latin9 mac_arabic mac_centeuro mac_croatian mac_cyrillic mac_farsi mac_greek "
    "mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish maccentraleurope "
    "maccyrillic macgreek maciceland macintosh maclatin2 macroman macturkish mbcs "
    "ms1361 ms932 ms936 ms949 ms950 ms_kanji mskanji oem palmos pt154 ptcp154 "
    "punycode r8 raw_unicode_escape rk1048 roman8 ruscii s_jis s_jis_2004 s_jisx0213 "
    "shift_jis shift_jis_2004 shift_jisx0213 shiftjis shiftjis2004 shiftjisx0213 sjis "
    "sjis_2004 sjisx0213 strk1048_2002 thai tis620 tis_620 tis_620_0 tis_620_2529_0 "
    "tis_620_2529_1 u7 u_jis uhc ujis undefined unicode_1_1_utf_7 unicode_escape utf7 "
    "utf_7 windows_1250 windows_1251 windows_1253 windows_1254 windows_1255 "
    "windows_1256 windows_1257 windows_1258 x_mac_japanese x_mac_korean "
    "x_mac_simp_chinese x_mac_trad_chinese ";

/* cp1252 bytes 0x80..0x9f (0: undefined); the rest is latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178,
};

typedef enum Handler {
    H_STRICT, H_IGNORE, H_REPLACE, H_SURROGATEESCAPE, H_SURROGATEPASS,
    H_BACKSLASHREPLACE, H_XMLCHARREFREPLACE, H_NAMEREPLACE, H_UNKNOWN,
} Handler;

static Handler handler_of(const char *errors)
{
    static const char *const names[] = {
        "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
        "backslashreplace", "xmlcharrefreplace", "namereplace",
    };
    if (!errors)
        return H_STRICT;
    for (int i = 0; i < (int)KR_ARRAY_LEN(names); i++)
        if (strcmp(errors, names[i]) == 0)
            return (Handler)i;
    return H_UNKNOWN;
}

/* ---- looking codecs up ---- */

static bool word_in(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(list, word); p; p = strstr(p + 1, word))
        if (p[-1] == ' ' && p[n] == ' ')
            return true;
    return false;
}

/* encodings.normalize_encoding of the lower-cased [name] into [out]: runs
 * of characters other than ASCII letters, digits and '.' become one '_',
 * dropped at both ends. False when the result would not fit. */
static bool normalize_name(const char *name, char *out, size_t size)
{
    size_t n = 0;
    bool punct = false;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '.') {
            if (punct && n > 0)
                out[n++] = '_';
            if (n + 2 >= size)
                return false;
            out[n++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            punct = false;
        } else {
            punct = true;
        }
    }
    out[n] = '\0';
    return true;
}

static int find_alias(const char *norm)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(codec_aliases); i++)
        if (strcmp(codec_aliases[i].name, norm) == 0)
            return (int)codec_aliases[i].codec;
    return -1;
}

/* The codec called [encoding], or -1 with LookupError (or
 * NotImplementedError for a real codec Krait lacks). */
static int lookup_codec(KrThread *ts, const char *encoding, bool encode)
{
    if (!encoding || strcmp(encoding, "utf-8") == 0 || strcmp(encoding, "utf8") == 0)
        return CODEC_UTF8;
    char norm[64];
    if (normalize_name(encoding, norm, sizeof norm) && norm[0]) {
        int id = find_alias(norm);
        if (id >= 0)
            return id;
        for (char *p = norm; *p; p++)
            if (*p == '.')
                *p = '_';
        if ((id = find_alias(norm)) >= 0)
            return id;
        if (word_in(not_text_codecs, norm)) {
            kri_err_format(ts, &kr_exc_LookupError, "'%s' is not a text encoding; use "
                           "codecs.%s() to handle arbitrary codecs", encoding,
                           encode ? "encode" : "decode");
            return -1;
        }
        if (word_in(other_codecs, norm)) {
            kri_err_format(ts, &kr_exc_NotImplementedError,
                           "the '%s' codec is not implemented yet", norm);
            return -1;
        }
    }
    kri_err_format(ts, &kr_exc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

/* ---- exceptions ---- */

/* Raises [type](encoding, object, start, end, reason) (stealing nothing).
 * The attributes are stored in the instance when its constructor did not. */
static void raise_unicode_error(KrThread *ts, KrType *type, const char *encoding,
                                KrObject *object, ssize_t start, ssize_t end, const char *reason)
{
    KrObject *args[5] = {kri_str_from_cstr(ts, encoding), kr_incref(object),
                         kri_int_from_ssize(ts, start), kri_int_from_ssize(ts, end),
                         kri_str_from_cstr(ts, reason)};
    KrObject *exc = NULL;
    if (args[0] && args[2] && args[3] && args[4])
        exc = kri_call(ts, KR_OBJ(type), args, 5, NULL);
    if (exc && kr_isinstance(exc, &kr_exc_UnicodeError)) {
        KrUnicodeErrorObj *u = (KrUnicodeErrorObj *)exc;
        if (!u->encoding) {
            u->encoding = kr_incref(args[0]);
            u->object = kr_incref(args[1]);
            u->reason = kr_incref(args[4]);
            u->start = start;
            u->end = end;
        }
    }
    for (int i = 0; i < 5; i++)
        kr_xdecref(args[i]);
    if (exc)
        kri_err_raise_steal(ts, exc);
}

static int unknown_handler(KrThread *ts, const char *errors)
{
    kri_err_format(ts, &kr_exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* ---- encoding ---- */

typedef struct Encoder {
    CodecId codec;
    bool big;        /* utf-16/32 byte order */
    const char *name;
    KrBuf out;
} Encoder;

static int cp1252_byte(uint32_t c)
{
    if (c < 0x80 || (c >= 0xa0 && c < 0x100))
        return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == c && c)
            return 0x80 + i;
    return -1;
}

static bool can_encode(CodecId codec, uint32_t c)
{
    switch (codec) {
    case CODEC_ASCII: return c < 0x80;
    case CODEC_LATIN1: return c < 0x100;
    case CODEC_CP1252: return cp1252_byte(c) >= 0;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

static int put_unit(Encoder *e, uint32_t v, int size)
{
    unsigned char b[4];
    for (int i = 0; i < size; i++)
        b[e->big ? size - 1 - i : i] = (unsigned char)(v >> (8 * i));
    return kri_buf_append(&e->out, b, (size_t)size);
}

/* Writes [c], which the codec can encode (or a surrogate that
 * surrogatepass lets through a UTF codec). */
static int put_cp(Encoder *e, uint32_t c)
{
    switch (e->codec) {
    case CODEC_UTF8: return kri_utf8_encode(&e->out, c);
    case CODEC_ASCII:
    case CODEC_LATIN1: return kri_buf_putc(&e->out, (char)c);
    case CODEC_CP1252: return kri_buf_putc(&e->out, (char)cp1252_byte(c));
    case CODEC_UTF16:
    case CODEC_UTF16LE:
    case CODEC_UTF16BE:
        if (c >= 0x10000)
            return put_unit(e, 0xD800 + ((c - 0x10000) >> 10), 2) < 0 ? -1
                   : put_unit(e, 0xDC00 + ((c - 0x10000) & 0x3FF), 2);
        return put_unit(e, c, 2);
    default: return put_unit(e, c, 4);
    }
}

static int put_ascii(Encoder *e, const char *s)
{
    for (; *s; s++)
        if (put_cp(e, (unsigned char)*s) < 0)
            return -1;
    return 0;
}

/* The \x, \u or \U escape of [c]. */
static void backslash_escape(uint32_t c, char buf[16])
{
    snprintf(buf, 16, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
}

static bool is_utf_codec(CodecId codec)
{
    return codec == CODEC_UTF8 || codec >= CODEC_UTF16;
}

/* Handles str[start:end], none of which the codec can encode. */
static int encode_error(KrThread *ts, Encoder *e, KrObject *str, ssize_t start, ssize_t end,
                        const char *errors)
{
    Handler h = handler_of(errors);
    const char *reason = e->codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : e->codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                         : e->codec == CODEC_CP1252 ? "character maps to <undefined>"
                                                    : "surrogates not allowed";
    if (h == H_UNKNOWN)
        return unknown_handler(ts, errors);
    if (h == H_SURROGATEESCAPE || h == H_SURROGATEPASS) {
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = kr_str_at(str, i);
            bool ok = h == H_SURROGATEESCAPE ? c >= 0xDC80 && c <= 0xDCFF
                                             : is_utf_codec(e->codec) && c >= 0xD800 && c <= 0xDFFF;
            if (!ok)
                h = H_STRICT;
        }
    }
    if (h == H_STRICT) {
        raise_unicode_error(ts, &kr_exc_UnicodeEncodeError, e->name, str, start, end, reason);
        return -1;
    }
    for (ssize_t i = start; i < end; i++) {
        uint32_t c = kr_str_at(str, i);
        char buf[KR_UNICODE_NAME_MAX + 8];
        int r = 0;
        switch (h) {
        case H_IGNORE: break;
        case H_REPLACE: r = put_cp(e, '?'); break;
        case H_SURROGATEESCAPE: r = kri_buf_putc(&e->out, (char)(c - 0xDC00)); break;
        case H_SURROGATEPASS: r = put_cp(e, c); break;
        case H_XMLCHARREFREPLACE:
            snprintf(buf, sizeof buf, "&#%u;", c);
            r = put_ascii(e, buf);
            break;
        case H_NAMEREPLACE: {
            char name[KR_UNICODE_NAME_MAX + 1];
            if (kri_unicode_name(c, name))
                snprintf(buf, sizeof buf, "\\N{%s}", name);
            else
                backslash_escape(c, buf);
            r = put_ascii(e, buf);
            break;
        }
        default: /* backslashreplace */
            backslash_escape(c, buf);
            r = put_ascii(e, buf);
            break;
        }
        if (r < 0) {
            kri_err_no_memory(ts);
            return -1;
        }
    }
    return 0;
}

/* utf-8-sig: the BOM, then the text as utf-8 (whose errors it reports). */
static KrObject *encode_utf8_sig(KrThread *ts, KrObject *str, const char *errors)
{
    KrObject *body = kri_codec_encode(ts, str, "utf-8", errors);
    if (!body)
        return NULL;
    KrBuf b;
    kri_buf_init(&b);
    KrObject *r = NULL;
    if (kri_buf_append(&b, "\xef\xbb\xbf", 3) == 0 &&
        kri_buf_append(&b, KR_BYTES_DATA(body), (size_t)KR_SIZE(body)) == 0)
        r = kri_bytes_new(ts, b.data, (ssize_t)b.len);
    else
        kri_err_no_memory(ts);
    kri_buf_free(&b);
    kr_decref(body);
    return r;
}

KrObject *kri_codec_encode(KrThread *ts, KrObject *str, const char *encoding,
                           const char *errors)
{
    int id = lookup_codec(ts, encoding, true);
    if (id < 0)
        return NULL;
    if (id == CODEC_UTF8SIG)
        return encode_utf8_sig(ts, str, errors);
    if (id == CODEC_UTF8 || (KR_STR(str)->ascii && id <= CODEC_CP1252)) {
        ssize_t len;
        const char *s = KR_STR(str)->ascii ? kr_str_data(str) : NULL;
        if (s)
            return kri_bytes_new(ts, s, kr_str_len(str));
        if (KR_STR(str)->kind == 1 && id == CODEC_UTF8)
            s = kri_str_utf8(ts, str, &len);
        if (s)
            return kri_bytes_new(ts, s, len);
    }
    Encoder e = {.codec = (CodecId)id, .name = codec_names[id]};
    e.big = id == CODEC_UTF16BE || id == CODEC_UTF32BE;
    kri_buf_init(&e.out);
    if (kri_buf_reserve(&e.out, (size_t)kr_str_len(str) + 4) < 0)
        goto no_memory;
    if ((id == CODEC_UTF16 && put_unit(&e, 0xFEFF, 2) < 0) ||
        (id == CODEC_UTF32 && put_unit(&e, 0xFEFF, 4) < 0))
        goto no_memory;
    ssize_t n = kr_str_len(str);
    for (ssize_t i = 0; i < n;) {
        uint32_t c = kr_str_at(str, i);
        if (can_encode(e.codec, c)) {
            if (put_cp(&e, c) < 0)
                goto no_memory;
            i++;
            continue;
        }
        ssize_t j = i + 1;
        while (j < n && !can_encode(e.codec, kr_str_at(str, j)))
            j++;
        if (encode_error(ts, &e, str, i, j, errors) < 0)
            goto fail;
        i = j;
    }
    KrObject *r = kri_bytes_new(ts, e.out.data ? e.out.data : "", (ssize_t)e.out.len);
    kri_buf_free(&e.out);
    return r;
no_memory:
    kri_err_no_memory(ts);
fail:
    kri_buf_free(&e.out);
    return NULL;
}

/* ---- decoding ---- */

typedef struct Decoder {
    const unsigned char *s;
    ssize_t len;
    const char *name;   /* for messages (utf-16 says which order it read) */
    const char *errors;
    KrObject *bytes;    /* the input as bytes, made for the first error */
    KrStrWriter w;
} Decoder;

/* Handles the invalid bytes s[start:end]. */
static int decode_error(KrThread *ts, Decoder *d, ssize_t start, ssize_t end,
                        const char *reason)
{
    Handler h = handler_of(d->errors);
    if (h == H_UNKNOWN)
        return unknown_handler(ts, d->errors);
    if (h == H_XMLCHARREFREPLACE || h == H_NAMEREPLACE) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    }
    if (h == H_SURROGATEESCAPE)
        for (ssize_t i = start; i < end; i++)
            if (d->s[i] < 0x80)
                h = H_STRICT;
    if (h == H_STRICT || h == H_SURROGATEPASS) {
        if (!d->bytes && !(d->bytes = kri_bytes_new(ts, (const char *)d->s, d->len)))
            return -1;
        raise_unicode_error(ts, &kr_exc_UnicodeDecodeError, d->name, d->bytes, start, end,
                            reason);
        return -1;
    }
    if (h == H_REPLACE)
        return kri_strw_putc(ts, &d->w, 0xFFFD);
    for (ssize_t i = start; i < end && h != H_IGNORE; i++) {
        if (h == H_SURROGATEESCAPE) {
            if (kri_strw_putc(ts, &d->w, 0xDC00 + d->s[i]) < 0)
                return -1;
        } else {
            char buf[16];
            backslash_escape(d->s[i], buf);
            if (kri_strw_ascii(ts, &d->w, buf, (ssize_t)strlen(buf)) < 0)
                return -1;
        }
    }
    return 0;
}

/* Index of the first byte in s[i:] that is not plain valid UTF-8 (no
 * surrogates), or [len]. */
static ssize_t utf8_valid_until(const unsigned char *s, ssize_t len, ssize_t i)
{
    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        bool complete;
        size_t k = kri_utf8_valid_prefix((const char *)s + i, (size_t)(len - i), &complete);
        if (!complete)
            return i;
        i += (ssize_t)k;
    }
    return len;
}

static int decode_utf8(KrThread *ts, Decoder *d)
{
    const unsigned char *s = d->s;
    ssize_t len = d->len, i = 0;
    bool pass = handler_of(d->errors) == H_SURROGATEPASS;
    while (i < len) {
        ssize_t j = utf8_valid_until(s, len, i);
        if (kri_strw_utf8(ts, &d->w, (const char *)s + i, j - i) < 0)
            return -1;
        if ((i = j) == len)
            break;
        int size;
        int32_t cp = kri_utf8_decode((const char *)s + i, (size_t)(len - i), &size);
        if (pass && cp >= 0xD800 && cp <= 0xDFFF) {
            if (kri_strw_putc(ts, &d->w, (uint32_t)cp) < 0)
                return -1;
            i += size;
            continue;
        }
        bool complete;
        ssize_t k = (ssize_t)kri_utf8_valid_prefix((const char *)s + i, (size_t)(len - i),
                                                   &complete);
        unsigned char b = s[i];
        const char *reason;
        ssize_t end = i + (k > 0 ? k : 1);
        if (b < 0xC2 || b > 0xF4) {
            reason = "invalid start byte";
            end = i + 1;
        } else if (i + k >= len) {
            reason = "unexpected end of data";
            end = len;
        } else {
            reason = "invalid continuation byte";
        }
        if (decode_error(ts, d, i, end, reason) < 0)
            return -1;
        i = end;
    }
    return 0;
}

/* ascii, latin-1 and cp1252: one byte at a time. */
static int decode_single(KrThread *ts, Decoder *d, CodecId codec)
{
    for (ssize_t i = 0; i < d->len; i++) {
        unsigned char b = d->s[i];
        uint32_t c = b;
        if (codec == CODEC_CP1252 && b >= 0x80 && b < 0xa0)
            c = cp1252_high[b - 0x80];
        if ((codec == CODEC_ASCII && b >= 0x80) || (codec == CODEC_CP1252 && c == 0)) {
            if (decode_error(ts, d, i, i + 1, codec == CODEC_ASCII
                             ? "ordinal not in range(128)" : "character maps to <undefined>") < 0)
                return -1;
            continue;
        }
        if (kri_strw_putc(ts, &d->w, c) < 0)
            return -1;
    }
    return 0;
}

static uint32_t load_unit(const unsigned char *p, int size, bool big)
{
    uint32_t v = 0;
    for (int i = 0; i < size; i++)
        v |= (uint32_t)p[big ? size - 1 - i : i] << (8 * i);
    return v;
}

/* The byte order of a utf-16/32 stream: an explicit one, else its BOM
 * (skipped through *[i]), else little-endian. */
static bool detect_order(Decoder *d, CodecId codec, int size, ssize_t *i)
{
    if (codec != CODEC_UTF16 && codec != CODEC_UTF32)
        return codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    if (d->len >= size) {
        if (load_unit(d->s, size, false) == 0xFEFF) {
            *i = size;
            return false;
        }
        if (load_unit(d->s, size, true) == 0xFEFF) {
            *i = size;
            return true;
        }
    }
    return false;
}

static int decode_utf16(KrThread *ts, Decoder *d, CodecId codec)
{
    ssize_t i = 0, len = d->len;
    bool big = detect_order(d, codec, 2, &i);
    bool pass = handler_of(d->errors) == H_SURROGATEPASS;
    d->name = big ? "utf-16-be" : "utf-16-le";
    while (i < len) {
        if (len - i < 2) {
            if (decode_error(ts, d, i, len, "truncated data") < 0)
                return -1;
            break;
        }
        uint32_t u = load_unit(d->s + i, 2, big);
        uint32_t c = u;
        ssize_t step = 2;
        const char *reason = NULL;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (len - i < 4) {
                reason = "unexpected end of data";
                step = len - i;
            } else {
                uint32_t lo = load_unit(d->s + i + 2, 2, big);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    step = 4;
                } else {
                    reason = "illegal UTF-16 surrogate";
                }
            }
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            reason = "illegal encoding";
        }
        if (reason && pass && step == 2)
            reason = NULL;
        int r = reason ? decode_error(ts, d, i, i + step, reason) : kri_strw_putc(ts, &d->w, c);
        if (r < 0)
            return -1;
        i += step;
    }
    return 0;
}

static int decode_utf32(KrThread *ts, Decoder *d, CodecId codec)
{
    ssize_t i = 0, len = d->len;
    bool big = detect_order(d, codec, 4, &i);
    bool pass = handler_of(d->errors) == H_SURROGATEPASS;
    d->name = big ? "utf-32-be" : "utf-32-le";
    while (i < len) {
        if (len - i < 4) {
            if (decode_error(ts, d, i, len, "truncated data") < 0)
                return -1;
            break;
        }
        uint32_t c = load_unit(d->s + i, 4, big);
        const char *reason = NULL;
        if (c > 0x10FFFF)
            reason = "code point not in range(0x110000)";
        else if (c >= 0xD800 && c <= 0xDFFF && !pass)
            reason = "code point in surrogate code point range(0xd800, 0xe000)";
        int r = reason ? decode_error(ts, d, i, i + 4, reason) : kri_strw_putc(ts, &d->w, c);
        if (r < 0)
            return -1;
        i += 4;
    }
    return 0;
}

KrObject *kri_codec_decode(KrThread *ts, const char *data, ssize_t len, const char *encoding,
                           const char *errors)
{
    int id = lookup_codec(ts, encoding, false);
    if (id < 0)
        return NULL;
    if (id == CODEC_UTF8SIG) { /* a leading BOM is dropped; positions count after it */
        bool bom = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0;
        return kri_codec_decode(ts, data + (bom ? 3 : 0), len - (bom ? 3 : 0), "utf-8", errors);
    }
    const unsigned char *s = (const unsigned char *)data;
    if (id == CODEC_LATIN1)
        return kri_str_from_kind(ts, 1, data, len);
    if (id == CODEC_UTF8 && utf8_valid_until(s, len, 0) == len)
        return kri_str_from_utf8(ts, data, len);
    Decoder d = {.s = s, .len = len, .name = codec_names[id], .errors = errors};
    kri_strw_init(&d.w);
    int r;
    switch ((CodecId)id) {
    case CODEC_UTF8: r = decode_utf8(ts, &d); break;
    case CODEC_ASCII:
    case CODEC_CP1252: r = decode_single(ts, &d, (CodecId)id); break;
    case CODEC_UTF16:
    case CODEC_UTF16LE:
    case CODEC_UTF16BE: r = decode_utf16(ts, &d, (CodecId)id); break;
    default: r = decode_utf32(ts, &d, (CodecId)id); break;
    }
    kr_xdecref(d.bytes);
    if (r < 0) {
        kri_strw_discard(&d.w);
        return NULL;
    }
    return kri_strw_finish(ts, &d.w);
}
