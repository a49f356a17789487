/* Hand-picked cases for utf8.c and the Unicode database (unicode*.c). The
 * expectations come from python3.11 (unicodedata, str methods, "\N{...}");
 * test_unicode_dump.c with tools/check_unicode.py compares every code point. */
#include "base/base.h"
#include "harness.h"

#include <stdint.h>
#include <stdio.h>

/* The NFKC of [s] as a NUL-terminated string owned by [buf]. */
static const char *nfkc(KrBuf *buf, const char *s)
{
    buf->len = 0;
    if (kri_unicode_nfkc(buf, s, strlen(s)) < 0 || kri_buf_putc(buf, '\0') < 0)
        return NULL;
    return buf->data;
}

static int32_t lookup(const char *name)
{
    return kri_unicode_lookup(name, strlen(name));
}

static bool quick(const char *s)
{
    return kri_unicode_is_nfkc_quick(s, strlen(s));
}

static int32_t decode(const char *s, size_t len, int *size)
{
    return kri_utf8_decode(s, len, size);
}

/* [form] of [s] as a NUL-terminated string owned by [buf]. */
static const char *normalize(KrBuf *buf, KrUnicodeForm form, const char *s)
{
    buf->len = 0;
    if (kri_unicode_normalize(buf, form, s, strlen(s)) < 0 || kri_buf_putc(buf, '\0') < 0)
        return NULL;
    return buf->data;
}

/* str.<op>() of [s] as a NUL-terminated string owned by [buf]. */
static const char *convert(KrBuf *buf, KrUnicodeCaseOp op, const char *s)
{
    buf->len = 0;
    if (kri_unicode_convert_case(buf, op, s, strlen(s)) < 0 || kri_buf_putc(buf, '\0') < 0)
        return NULL;
    return buf->data;
}

/* The [n] code points [out] of a mapping as "%04X %04X ...", written to
 * [text] ([size] bytes). */
static const char *mapping_text(char *text, size_t size, const uint32_t *out, int n)
{
    size_t pos = 0;
    text[0] = '\0';
    for (int k = 0; k < n && pos < size; k++)
        pos += (size_t)snprintf(text + pos, size - pos, k ? " %04X" : "%04X", (unsigned)out[k]);
    return text;
}

static const char *name_of(char *buf, uint32_t cp)
{
    return kri_unicode_name(cp, buf) ? buf : "(none)";
}

TEST(utf8_decode_valid_and_surrogates)
{
    int size;
    CHECK_EQ_INT(decode("A", 1, &size), 'A');
    CHECK_EQ_INT(size, 1);
    CHECK_EQ_INT(decode("\xC3\xA9", 2, &size), 0xE9);
    CHECK_EQ_INT(size, 2);
    CHECK_EQ_INT(decode("\xE4\xB8\x80", 3, &size), 0x4E00);
    CHECK_EQ_INT(size, 3);
    CHECK_EQ_INT(decode("\xF0\x9F\x98\x80", 4, &size), 0x1F600);
    CHECK_EQ_INT(size, 4);
    CHECK_EQ_INT(decode("\xF4\x8F\xBF\xBF", 4, &size), 0x10FFFF);
    /* Lone surrogates are kept in their 3-byte form. */
    CHECK_EQ_INT(decode("\xED\xA0\x80", 3, &size), 0xD800);
    CHECK_EQ_INT(decode("\xED\xBF\xBF", 3, &size), 0xDFFF);
    CHECK_EQ_INT(size, 3);
}

TEST(utf8_decode_invalid)
{
    static const char *const bad[] = {
        "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF",
        "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
        "\xFF", "\xC3\x41", "\xE4\xB8\x41", "\xF0\x9F\x98\x41",
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(bad); i++) {
        int size = 0;
        CHECK_EQ_INT(decode(bad[i], strlen(bad[i]), &size), -1);
        CHECK_EQ_INT(size, 1);
    }
    int size = 0;
    /* Truncated sequences: the length limit is honoured. */
    CHECK_EQ_INT(decode("\xE4\xB8\x80", 2, &size), -1);
    CHECK_EQ_INT(size, 1);
    CHECK_EQ_INT(decode("\xF0\x9F\x98\x80", 3, &size), -1);
    CHECK_EQ_INT(decode("", 0, &size), -1);
    CHECK_EQ_INT(size, 0);
}

TEST(utf8_encode_round_trip_and_count)
{
    static const uint32_t cps[] = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xDFFF,
                                   0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    KrBuf b;
    kri_buf_init(&b);
    for (size_t i = 0; i < KR_ARRAY_LEN(cps); i++) {
        b.len = 0;
        CHECK(kri_utf8_encode(&b, cps[i]) == 0);
        int size;
        CHECK_EQ_INT(decode(b.data, b.len, &size), cps[i]);
        CHECK_EQ_INT(size, b.len);
    }
    CHECK(kri_utf8_encode(&b, 0x110000) == -1);
    kri_buf_free(&b);
    const char *s = "a\xC3\xA9\xE4\xB8\x80\xF0\x9F\x98\x80";
    CHECK_EQ_INT(kri_utf8_count(s, strlen(s)), 4);
    /* Each bad byte counts one, and the valid character after it counts. */
    CHECK_EQ_INT(kri_utf8_count("\xE4\xB8x\xFF\xC3\xA9", 6), 5);
    CHECK_EQ_INT(kri_utf8_count("", 0), 0);
}

TEST(identifier_classes)
{
    CHECK(kri_unicode_is_xid_start('a'));
    CHECK(kri_unicode_is_xid_start('Z'));
    CHECK(kri_unicode_is_xid_start('_')); /* as str.isidentifier() has it */
    CHECK(!kri_unicode_is_xid_start('1'));
    CHECK(kri_unicode_is_xid_continue('1'));
    CHECK(!kri_unicode_is_xid_start('$'));
    CHECK(!kri_unicode_is_xid_continue('$'));
    CHECK(kri_unicode_is_xid_start(0xE9));    /* é */
    CHECK(kri_unicode_is_xid_start(0xFB01));  /* ﬁ */
    CHECK(kri_unicode_is_xid_start(0x210C));  /* ℌ */
    CHECK(kri_unicode_is_xid_start(0x2118));  /* ℘, Other_ID_Start */
    CHECK(kri_unicode_is_xid_start(0x4E00));
    CHECK(kri_unicode_is_xid_start(0xAC00));
    CHECK(!kri_unicode_is_xid_start(0xB7));   /* middle dot continues only */
    CHECK(kri_unicode_is_xid_continue(0xB7));
    CHECK(!kri_unicode_is_xid_start(0x0660)); /* Arabic-Indic digit zero */
    CHECK(kri_unicode_is_xid_continue(0x0660));
    CHECK(kri_unicode_is_xid_continue(0x0301));
    CHECK(!kri_unicode_is_xid_start(0x037A)); /* NFKC gives " ι": excluded */
    CHECK(!kri_unicode_is_xid_continue(0x2028));
    /* Assigned only in Unicode 15.0, so unknown to CPython 3.11. */
    CHECK(!kri_unicode_is_xid_start(0x1E030));
    CHECK(!kri_unicode_is_xid_continue(0x0CF3));
    CHECK(!kri_unicode_is_xid_start(0x31350));
    CHECK(!kri_unicode_is_xid_start(0x110000));
}

TEST(printable)
{
    CHECK(kri_unicode_is_printable(' '));
    CHECK(kri_unicode_is_printable('~'));
    CHECK(!kri_unicode_is_printable('\t'));
    CHECK(!kri_unicode_is_printable(0x7F));
    CHECK(!kri_unicode_is_printable(0xA0));   /* Zs */
    CHECK(!kri_unicode_is_printable(0xAD));   /* Cf */
    CHECK(kri_unicode_is_printable(0xE9));
    CHECK(!kri_unicode_is_printable(0x2028)); /* Zl */
    CHECK(!kri_unicode_is_printable(0xD800)); /* Cs */
    CHECK(!kri_unicode_is_printable(0xE000)); /* Co */
    CHECK(kri_unicode_is_printable(0x1F600));
    CHECK(!kri_unicode_is_printable(0x1FAE8)); /* Unicode 15.0 */
    CHECK(!kri_unicode_is_printable(0x10FFFF));
}

TEST(nfkc_cases)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_STR(nfkc(&b, ""), "");
    CHECK_EQ_STR(nfkc(&b, "plain_ascii"), "plain_ascii");
    CHECK_EQ_STR(nfkc(&b, "\xEF\xAC\x81"), "fi");          /* ﬁ */
    CHECK_EQ_STR(nfkc(&b, "\xE2\x84\x8C"), "H");           /* ℌ */
    CHECK_EQ_STR(nfkc(&b, "\xF0\x9D\x90\x80"), "A");       /* 𝐀 */
    CHECK_EQ_STR(nfkc(&b, "\xE2\x91\xA0"), "1");           /* ① */
    CHECK_EQ_STR(nfkc(&b, "\xE3\x8E\x92"), "MHz");         /* ㎒ */
    CHECK_EQ_STR(nfkc(&b, "\xC2\xBD"), "1\xE2\x81\x84" "2"); /* ½ -> 1⁄2 */
    CHECK_EQ_STR(nfkc(&b, "e\xCC\x81"), "\xC3\xA9");       /* e + acute -> é */
    CHECK_EQ_STR(nfkc(&b, "\xE2\x84\xAB"), "\xC3\x85");    /* Angstrom sign -> Å */
    /* a + circumflex + dot below reorders and composes to ậ. */
    CHECK_EQ_STR(nfkc(&b, "a\xCC\x82\xCC\xA3"), "\xE1\xBA\xAD");
    CHECK_EQ_STR(nfkc(&b, "\xE1\xBA\x9B\xCC\xA3"), "\xE1\xB9\xA9"); /* ẛ̣ -> ṩ */
    /* क़ is excluded from composition and stays decomposed. */
    CHECK_EQ_STR(nfkc(&b, "\xE0\xA5\x98"), "\xE0\xA4\x95\xE0\xA4\xBC");
    CHECK_EQ_STR(nfkc(&b, "\xEF\xBD\xB6\xEF\xBE\x9E"), "\xE3\x82\xAC"); /* ｶﾞ -> ガ */
    /* Hangul: jamo compose, syllables are left alone or take a T jamo. */
    CHECK_EQ_STR(nfkc(&b, "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8"), "\xEA\xB0\x81");
    CHECK_EQ_STR(nfkc(&b, "\xEA\xB0\x80\xE1\x86\xA8"), "\xEA\xB0\x81");
    CHECK_EQ_STR(nfkc(&b, "\xEA\xB0\x81"), "\xEA\xB0\x81");
    /* U+FDFA expands to 18 code points. */
    const char *fdfa = nfkc(&b, "\xEF\xB7\xBA");
    CHECK_EQ_INT(fdfa ? kri_utf8_count(fdfa, strlen(fdfa)) : 0, 18);
    /* Invalid bytes and lone surrogates pass through. */
    CHECK_EQ_STR(nfkc(&b, "a\xFF" "b\xED\xA0\x80"), "a\xFF" "b\xED\xA0\x80");
    kri_buf_free(&b);
}

/* A long run of marks takes the merge-sort path and must stay stable:
 * a + (acute, dot below) * 50 gives U+1EA1 (a with dot below), 49 dots
 * below, then 50 acutes (which never compose with U+1EA1). */
TEST(nfkc_long_mark_run)
{
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    CHECK(kri_buf_putc(&in, 'a') == 0);
    for (int i = 0; i < 50; i++)
        CHECK(kri_buf_puts(&in, "\xCC\x81\xCC\xA3") == 0);
    CHECK(kri_unicode_nfkc(&out, in.data, in.len) == 0);
    int size;
    size_t pos = 0;
    CHECK_EQ_INT(decode(out.data, out.len, &size), 0x1EA1);
    pos += (size_t)size;
    for (int i = 0; i < 99 && pos < out.len; i++) {
        CHECK_EQ_INT(decode(out.data + pos, out.len - pos, &size), i < 49 ? 0x323 : 0x301);
        pos += (size_t)size;
    }
    CHECK_EQ_INT(pos, out.len);
    kri_buf_free(&in);
    kri_buf_free(&out);
}

TEST(nfkc_quick_check)
{
    CHECK(quick(""));
    CHECK(quick("hello_world42"));
    CHECK(quick("\xC3\xA9t\xC3\xA9"));       /* été, precomposed */
    CHECK(quick("\xEA\xB0\x81"));            /* 각 */
    CHECK(quick("\xE4\xB8\x80"));
    CHECK(!quick("e\xCC\x81"));              /* combining acute: maybe */
    CHECK(!quick("\xEF\xAC\x81"));           /* ﬁ */
    CHECK(!quick("\xE2\x84\x8C"));           /* ℌ */
    CHECK(!quick("a\xCC\x82\xCC\xA3"));      /* marks out of order */
    CHECK(!quick("a\xFF"));
}

TEST(lookup_names)
{
    CHECK_EQ_INT(lookup("LATIN SMALL LETTER A"), 'a');
    CHECK_EQ_INT(lookup("latin small letter a"), 'a');
    CHECK_EQ_INT(lookup("Latin Capital Letter A With Macron"), 0x100);
    CHECK_EQ_INT(lookup("SPACE"), ' ');
    CHECK_EQ_INT(lookup("HYPHEN-MINUS"), '-');
    CHECK_EQ_INT(lookup("TIBETAN MARK TSA -PHRU"), 0xF39);
    CHECK_EQ_INT(lookup("EM DASH"), 0x2014);
    CHECK_EQ_INT(lookup("GRINNING FACE"), 0x1F600);
    CHECK_EQ_INT(lookup("VARIATION SELECTOR-256"), 0xE01EF);
    CHECK_EQ_INT(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), 0xF900);
    CHECK_EQ_INT(lookup("cjk compatibility ideograph-2fa1d"), 0x2FA1D);
    CHECK_EQ_INT(lookup("NUSHU CHARACTER-1B170"), 0x1B170);
    /* Aliases of every type. */
    CHECK_EQ_INT(lookup("NUL"), 0);
    CHECK_EQ_INT(lookup("null"), 0);
    CHECK_EQ_INT(lookup("BYTE ORDER MARK"), 0xFEFF);
    CHECK_EQ_INT(lookup("LATIN CAPITAL LETTER GHA"), 0x1A2);
    CHECK_EQ_INT(lookup("LINE FEED"), '\n');
    CHECK_EQ_INT(lookup("END OF MEDIUM"), 0x19);
    CHECK_EQ_INT(lookup("EM"), -1); /* an alias added in Unicode 15.0 */
    /* Algorithmic names: upper case only, as in CPython. */
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-20000"), 0x20000);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-3134A"), 0x3134A);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-4e00"), -1);
    CHECK_EQ_INT(lookup("cjk unified ideograph-4E00"), -1);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-004E00"), -1);
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-2B739"), -1); /* Unicode 15.0 */
    CHECK_EQ_INT(lookup("CJK UNIFIED IDEOGRAPH-E000"), -1);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE GA"), 0xAC00);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE GAG"), 0xAC01);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE A"), 0xC544);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE HIH"), 0xD7A3);
    CHECK_EQ_INT(lookup("hangul syllable gag"), -1);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE G"), -1);
    CHECK_EQ_INT(lookup("HANGUL SYLLABLE GAGX"), -1);
    /* Near misses and things that are not character names. */
    CHECK_EQ_INT(lookup("LATIN SMALL LETTER"), -1);
    CHECK_EQ_INT(lookup("LATIN SMALL LETTER A "), -1);
    CHECK_EQ_INT(lookup("LATIN  SMALL LETTER A"), -1);
    CHECK_EQ_INT(lookup("NO SUCH CHARACTER NAME"), -1);
    CHECK_EQ_INT(lookup("KEYCAP NUMBER SIGN"), -1); /* a named sequence */
    CHECK_EQ_INT(lookup("TANGUT IDEOGRAPH-17000"), -1);
    CHECK_EQ_INT(lookup(""), -1);
    CHECK_EQ_INT(kri_unicode_lookup("LATIN SMALL LETTER A\0", 21), -1);
    CHECK_EQ_INT(kri_unicode_lookup("SPACEX", 5), ' ');
}

TEST(categories)
{
    static const struct {
        uint32_t cp;
        const char *name;
    } cases[] = {
        {'A', "Lu"},     {'a', "Ll"},     {0x1C5, "Lt"},   {0x2B0, "Lm"},   {0x4E00, "Lo"},
        {0x301, "Mn"},   {0x903, "Mc"},   {0x20DD, "Me"},  {'0', "Nd"},     {0x2160, "Nl"},
        {0xBD, "No"},    {'_', "Pc"},     {'-', "Pd"},     {'(', "Ps"},     {')', "Pe"},
        {0xAB, "Pi"},    {0xBB, "Pf"},    {'!', "Po"},     {'+', "Sm"},     {'$', "Sc"},
        {'^', "Sk"},     {0xA9, "So"},    {' ', "Zs"},     {0x2028, "Zl"},  {0x2029, "Zp"},
        {0, "Cc"},       {0xAD, "Cf"},    {0xD800, "Cs"},  {0xE000, "Co"},  {0x378, "Cn"},
        {0x1E030, "Cn"}, /* Unicode 15.0 */
        {0x110000, "Cn"},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++)
        CHECK_EQ_STR(kri_unicode_category_name(kri_unicode_category(cases[i].cp)), cases[i].name);
    CHECK_EQ_INT(kri_unicode_category('A'), KR_UCAT_LU);
    CHECK_EQ_INT(kri_unicode_category(0x378), KR_UCAT_CN);
}

TEST(unicodedata_properties)
{
    CHECK_EQ_STR(kri_unicode_bidirectional('A'), "L");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x5D0), "R");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x627), "AL");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x660), "AN");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x301), "NSM");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x2066), "LRI");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x1C), "B");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x1F), "S");
    CHECK_EQ_STR(kri_unicode_bidirectional(0x378), "");
    CHECK_EQ_INT(kri_unicode_combining(0x301), 230);
    CHECK_EQ_INT(kri_unicode_combining(0x323), 220);
    CHECK_EQ_INT(kri_unicode_combining(0x5B0), 10);
    CHECK_EQ_INT(kri_unicode_combining(0x1D16D), 226);
    CHECK_EQ_INT(kri_unicode_combining('a'), 0);
    CHECK_EQ_STR(kri_unicode_east_asian_width('a'), "Na");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0x4E00), "W");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0xFF21), "F");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0xFF61), "H");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0xA1), "A");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0x100), "N");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0x1F600), "W");
    /* python3.11 says "F" for what UnicodeData.txt does not list. */
    CHECK_EQ_STR(kri_unicode_east_asian_width(0x378), "F");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0xFDD0), "F");
    CHECK_EQ_STR(kri_unicode_east_asian_width(0xFFFF), "F");
    CHECK(kri_unicode_is_mirrored('('));
    CHECK(kri_unicode_is_mirrored(0x2208));
    CHECK(!kri_unicode_is_mirrored('a'));
}

TEST(decompositions)
{
    char buf[KR_UNICODE_DECOMPOSITION_MAX + 1];
    CHECK_EQ_INT(kri_unicode_decomposition(0xC5, buf), 9);
    CHECK_EQ_STR(buf, "0041 030A");
    kri_unicode_decomposition(0xA8, buf);
    CHECK_EQ_STR(buf, "<compat> 0020 0308");
    kri_unicode_decomposition(0xBD, buf);
    CHECK_EQ_STR(buf, "<fraction> 0031 2044 0032");
    kri_unicode_decomposition(0x2126, buf);
    CHECK_EQ_STR(buf, "03A9");
    kri_unicode_decomposition(0xFDFA, buf);
    CHECK_EQ_STR(buf, "<isolated> 0635 0644 0649 0020 0627 0644 0644 0647 0020 0639 0644 064A "
                      "0647 0020 0648 0633 0644 0645");
    CHECK_EQ_INT(kri_unicode_decomposition(0xAC00, buf), 0); /* Hangul: none */
    CHECK_EQ_STR(buf, "");
    CHECK_EQ_INT(kri_unicode_decomposition('a', buf), 0);
    CHECK_EQ_INT(kri_unicode_decomposition(0x110000, buf), 0);
}

TEST(numeric_values)
{
    double v = -1;
    CHECK_EQ_INT(kri_unicode_decimal('7'), 7);
    CHECK_EQ_INT(kri_unicode_digit('7'), 7);
    CHECK(kri_unicode_numeric('7', &v) && v == 7.0);
    CHECK_EQ_INT(kri_unicode_decimal(0xB2), -1); /* superscript two */
    CHECK_EQ_INT(kri_unicode_digit(0xB2), 2);
    CHECK_EQ_INT(kri_unicode_digit(0x2460), 1);  /* circled digit one */
    CHECK(kri_unicode_numeric(0xBD, &v) && v == 0.5);
    CHECK(kri_unicode_numeric(0x2155, &v) && v == 0.2);
    CHECK(kri_unicode_numeric(0xF33, &v) && v == -0.5);
    CHECK(kri_unicode_numeric(0x5146, &v) && v == 1e12);
    CHECK(kri_unicode_numeric(0x4E00, &v) && v == 1.0); /* Unihan */
    CHECK(kri_unicode_numeric(0x3007, &v) && v == 0.0); /* a value of zero */
    CHECK(kri_unicode_numeric(0x2187, &v) && v == 50000.0);
    CHECK(!kri_unicode_numeric('a', &v));
    CHECK(!kri_unicode_numeric(0x110000, &v));
    CHECK_EQ_INT(kri_unicode_decimal('a'), -1);
}

TEST(str_classes)
{
    CHECK(kri_unicode_is_alpha('a') && kri_unicode_is_alpha(0xAA) && kri_unicode_is_alpha(0x2B0));
    CHECK(!kri_unicode_is_alpha(0x2160) && !kri_unicode_is_alpha('1'));
    CHECK(!kri_unicode_is_alpha(0x301));
    CHECK(kri_unicode_is_decimal('7') && kri_unicode_is_decimal(0x660));
    CHECK(kri_unicode_is_decimal(0xFF10) && !kri_unicode_is_decimal(0xB2));
    CHECK(kri_unicode_is_digit(0xB2) && kri_unicode_is_digit(0x2460));
    CHECK(!kri_unicode_is_digit(0xBD) && kri_unicode_is_numeric(0xBD));
    CHECK(kri_unicode_is_numeric(0x4E00) && kri_unicode_is_numeric(0x2160));
    CHECK(kri_unicode_is_alnum(0x2160) && kri_unicode_is_alnum('a') && !kri_unicode_is_alnum('_'));
    static const uint32_t spaces[] = {' ', '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1F,
                                      0x85, 0xA0, 0x2028, 0x3000};
    for (size_t i = 0; i < KR_ARRAY_LEN(spaces); i++)
        CHECK(kri_unicode_is_space(spaces[i]));
    CHECK(!kri_unicode_is_space(0x180E) && !kri_unicode_is_space(0x200B));
    CHECK(!kri_unicode_is_space('a') && !kri_unicode_is_space(0));
    static const uint32_t breaks[] = {'\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x85,
                                      0x2028, 0x2029};
    for (size_t i = 0; i < KR_ARRAY_LEN(breaks); i++)
        CHECK(kri_unicode_is_linebreak(breaks[i]));
    CHECK(!kri_unicode_is_linebreak(0x1F) && !kri_unicode_is_linebreak(' '));
    CHECK(!kri_unicode_is_linebreak('\t'));
}

TEST(case_classes)
{
    CHECK(kri_unicode_is_lower('a') && kri_unicode_is_lower(0xAA));
    CHECK(kri_unicode_is_lower(0x2B0) && kri_unicode_is_lower(0x2170));
    CHECK(!kri_unicode_is_lower('A') && !kri_unicode_is_lower(0x1C5));
    CHECK(kri_unicode_is_upper('A') && kri_unicode_is_upper(0x2160));
    CHECK(kri_unicode_is_upper(0x24B6) && !kri_unicode_is_upper(0x1C5));
    CHECK(kri_unicode_is_title(0x1C5) && kri_unicode_is_title(0x1F88));
    CHECK(!kri_unicode_is_title('A'));
    CHECK(kri_unicode_is_cased(0x345) && kri_unicode_is_cased(0x2B0));
    /* Unicode 15.0 made these Lowercase; python3.11 does not know that. */
    CHECK(!kri_unicode_is_cased(0xA7F2) && !kri_unicode_is_lower(0x10FC));
    CHECK(kri_unicode_is_case_ignorable('\'') && kri_unicode_is_case_ignorable('.'));
    CHECK(kri_unicode_is_case_ignorable(0xAD) && kri_unicode_is_case_ignorable(0x301));
    CHECK(kri_unicode_is_case_ignorable(0x2B0) && !kri_unicode_is_case_ignorable('a'));
}

TEST(case_mappings)
{
    uint32_t out[3];
    char text[64];
#define MAP(fn, cp) mapping_text(text, sizeof text, out, fn(cp, out))
    CHECK_EQ_STR(MAP(kri_unicode_lower, 'A'), "0061");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0xDF), "0053 0053");
    CHECK_EQ_STR(MAP(kri_unicode_title, 0xDF), "0053 0073");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0xDF), "0073 0073");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x149), "02BC 004E");
    CHECK_EQ_STR(MAP(kri_unicode_lower, 0x130), "0069 0307");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x390), "0399 0308 0301");
    CHECK_EQ_STR(MAP(kri_unicode_title, 0x1C4), "01C5");
    CHECK_EQ_STR(MAP(kri_unicode_lower, 0x1C5), "01C6");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x1C5), "01C4");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0xB5), "03BC");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0x13F8), "13F0");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0xAB70), "13A0");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0x13A0), "13A0");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x1F80), "1F08 0399");
    CHECK_EQ_STR(MAP(kri_unicode_title, 0x1F80), "1F88");
    CHECK_EQ_STR(MAP(kri_unicode_lower, 0x1F88), "1F80");
    CHECK_EQ_STR(MAP(kri_unicode_casefold, 0x1E9E), "0073 0073");
    CHECK_EQ_STR(MAP(kri_unicode_lower, 0x1E9E), "00DF");
    CHECK_EQ_STR(MAP(kri_unicode_lower, 0x3A3), "03C3"); /* never final alone */
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x10FFFF), "10FFFF");
    CHECK_EQ_STR(MAP(kri_unicode_upper, 0x110000), "110000");
#undef MAP
    CHECK_EQ_INT(kri_unicode_simple_upper(0xDF), 'S');
    CHECK_EQ_INT(kri_unicode_simple_lower(0x130), 'i');
    CHECK_EQ_INT(kri_unicode_simple_title(0x1C4), 0x1C5);
    CHECK_EQ_INT(kri_unicode_simple_upper('a'), 'A');
    CHECK_EQ_INT(kri_unicode_simple_lower(0x2160), 0x2170);
}

TEST(final_sigma)
{
    /* Greek capital alpha, sigma, alpha as UTF-8 pieces. */
#define ALPHA "\xCE\x91"
#define SIGMA "\xCE\xA3"
    static const struct {
        const char *text;
        size_t sigma; /* byte offset */
        bool final;
    } cases[] = {
        {ALPHA SIGMA, 2, true},      {ALPHA SIGMA ALPHA, 2, false}, {SIGMA, 0, false},
        {ALPHA "'" SIGMA, 3, true},  {ALPHA SIGMA "'" ALPHA, 2, false},
        {ALPHA SIGMA ".", 2, true},  {ALPHA SIGMA " 1", 2, true},
        {ALPHA "\xCD\x85" SIGMA, 4, true}, /* U+0345 is cased and ignorable: skipped */
        {"1" SIGMA, 1, false},       {"\xFF" SIGMA, 1, false},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++) {
        const char *t = cases[i].text;
        CHECK_EQ_INT(kri_unicode_is_final_sigma_utf8(t, strlen(t), cases[i].sigma),
                     cases[i].final);
    }
    static const uint16_t units[] = {0x391, 0x3A3, 0x27, 0x3A3, 0x2E};
    CHECK(!kri_unicode_is_final_sigma(units, 2, 5, 1)); /* ' then Σ: cased */
    CHECK(kri_unicode_is_final_sigma(units, 2, 5, 3));
    static const uint32_t wide[] = {0x10400, 0x3A3, 0x1F600};
    CHECK(kri_unicode_is_final_sigma(wide, 4, 3, 1));
#undef ALPHA
#undef SIGMA
}

TEST(str_case_methods)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_STR(convert(&b, KR_UCASE_LOWER, "\xCE\x91\xCE\xA3"), "\xCE\xB1\xCF\x82");
    CHECK_EQ_STR(convert(&b, KR_UCASE_LOWER, "\xCE\x91\xCE\xA3\xCE\x91"),
                 "\xCE\xB1\xCF\x83\xCE\xB1");
    CHECK_EQ_STR(convert(&b, KR_UCASE_CASEFOLD, "\xCE\xA3\xCE\x91\xCE\xA3"),
                 "\xCF\x83\xCE\xB1\xCF\x83");
    CHECK_EQ_STR(convert(&b, KR_UCASE_TITLE, "hello wORLD"), "Hello World");
    CHECK_EQ_STR(convert(&b, KR_UCASE_TITLE, "they're bill's"), "They'Re Bill'S");
    CHECK_EQ_STR(convert(&b, KR_UCASE_TITLE, "\xEF\xAC\x81x"), "Fix");
    CHECK_EQ_STR(convert(&b, KR_UCASE_CAPITALIZE, "\xC3\x9F" "a"), "Ssa");
    CHECK_EQ_STR(convert(&b, KR_UCASE_CAPITALIZE, "hELLO"), "Hello");
    CHECK_EQ_STR(convert(&b, KR_UCASE_UPPER, "\xC5\x89"), "\xCA\xBCN");
    CHECK_EQ_STR(convert(&b, KR_UCASE_SWAPCASE, "aBc"), "AbC");
    CHECK_EQ_STR(convert(&b, KR_UCASE_SWAPCASE, "\xC7\x85"), "\xC7\x85"); /* Lt: kept */
    CHECK_EQ_STR(convert(&b, KR_UCASE_UPPER, ""), "");
    CHECK_EQ_STR(convert(&b, KR_UCASE_LOWER, "A\xFF" "B"), "a\xFF" "b");
    kri_buf_free(&b);
}

TEST(normalization_forms)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFC, "e\xCC\x81"), "\xC3\xA9");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFD, "\xC3\xA9"), "e\xCC\x81");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFKD, "\xEF\xAC\x81"), "fi");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFD, "\xEF\xAC\x81"), "\xEF\xAC\x81");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFC, "\xE2\x84\xAB"), "\xC3\x85"); /* Angstrom */
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFD, "\xEA\xB0\x81"),
                 "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFC, "\xE0\xA5\x98"), "\xE0\xA4\x95\xE0\xA4\xBC");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFKC, "\xE2\x91\xA0"), "1");
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFC, "\xE2\x91\xA0"), "\xE2\x91\xA0");
    /* NFD reorders marks: acute (230) after dot below (220). */
    CHECK_EQ_STR(normalize(&b, KR_UNICODE_NFD, "a\xCC\x81\xCC\xA3"), "a\xCC\xA3\xCC\x81");
    kri_buf_free(&b);
}

TEST(quick_checks_and_is_normalized)
{
#define QC(form, s) kri_unicode_quick_check(KR_UNICODE_##form, s, strlen(s))
#define NORMALIZED(form, s) kri_unicode_is_normalized(KR_UNICODE_##form, s, strlen(s))
    CHECK_EQ_INT(QC(NFC, "abc"), KR_UNICODE_QUICK_YES);
    CHECK_EQ_INT(QC(NFC, "e\xCC\x81"), KR_UNICODE_QUICK_MAYBE);
    CHECK_EQ_INT(QC(NFD, "\xC3\xA9"), KR_UNICODE_QUICK_NO);
    CHECK_EQ_INT(QC(NFKC, "\xEF\xAC\x81"), KR_UNICODE_QUICK_NO);
    CHECK_EQ_INT(QC(NFC, "\xEF\xAC\x81"), KR_UNICODE_QUICK_YES);
    CHECK_EQ_INT(QC(NFD, "a\xCC\xA3\xCC\x81"), KR_UNICODE_QUICK_YES);
    CHECK_EQ_INT(QC(NFD, "a\xCC\x81\xCC\xA3"), KR_UNICODE_QUICK_NO); /* out of order */
    CHECK_EQ_INT(QC(NFC, "a\xFF"), KR_UNICODE_QUICK_MAYBE);
    CHECK_EQ_INT(NORMALIZED(NFC, "\xC3\xA9"), 1);
    CHECK_EQ_INT(NORMALIZED(NFC, "e\xCC\x81"), 0);
    CHECK_EQ_INT(NORMALIZED(NFC, "\xCC\x81"), 1); /* a lone mark composes with nothing */
    CHECK_EQ_INT(NORMALIZED(NFD, "e\xCC\x81"), 1);
    CHECK_EQ_INT(NORMALIZED(NFC, "a\xCC\x81\xCC\xA3"), 0);
    CHECK_EQ_INT(NORMALIZED(NFKC, ""), 1);
#undef QC
#undef NORMALIZED
}

TEST(names_of_code_points)
{
    char buf[KR_UNICODE_NAME_MAX + 1];
    CHECK_EQ_STR(name_of(buf, 'a'), "LATIN SMALL LETTER A");
    CHECK_EQ_STR(name_of(buf, ' '), "SPACE");
    CHECK_EQ_STR(name_of(buf, 0x1A2), "LATIN CAPITAL LETTER OI"); /* not its alias */
    CHECK_EQ_STR(name_of(buf, 0xFE18),
                 "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET");
    CHECK_EQ_STR(name_of(buf, 0x1F600), "GRINNING FACE");
    CHECK_EQ_STR(name_of(buf, 0xE01EF), "VARIATION SELECTOR-256");
    CHECK_EQ_STR(name_of(buf, 0xF900), "CJK COMPATIBILITY IDEOGRAPH-F900");
    CHECK_EQ_STR(name_of(buf, 0x4E00), "CJK UNIFIED IDEOGRAPH-4E00");
    CHECK_EQ_STR(name_of(buf, 0x20000), "CJK UNIFIED IDEOGRAPH-20000");
    CHECK_EQ_STR(name_of(buf, 0xAC00), "HANGUL SYLLABLE GA");
    CHECK_EQ_STR(name_of(buf, 0xAC01), "HANGUL SYLLABLE GAG");
    CHECK_EQ_STR(name_of(buf, 0xC544), "HANGUL SYLLABLE A");
    CHECK_EQ_STR(name_of(buf, 0xD7A3), "HANGUL SYLLABLE HIH");
    CHECK_EQ_INT(kri_unicode_name(0x1FBA8, buf), 88); /* the longest */
    CHECK_EQ_STR(buf, "BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE LEFT AND MIDDLE "
                      "RIGHT TO LOWER CENTRE");
    static const uint32_t nameless[] = {0, 0x9F, 0xD800, 0xE000, 0x378, 0x17000, 0x2B739,
                                        0x10FFFF, 0x110000};
    for (size_t i = 0; i < KR_ARRAY_LEN(nameless); i++) {
        CHECK_EQ_INT(kri_unicode_name(nameless[i], buf), 0);
        CHECK_EQ_STR(buf, "");
    }
}

int main(void)
{
    RUN(utf8_decode_valid_and_surrogates);
    RUN(utf8_decode_invalid);
    RUN(utf8_encode_round_trip_and_count);
    RUN(identifier_classes);
    RUN(printable);
    RUN(nfkc_cases);
    RUN(nfkc_long_mark_run);
    RUN(nfkc_quick_check);
    RUN(lookup_names);
    RUN(categories);
    RUN(unicodedata_properties);
    RUN(decompositions);
    RUN(numeric_values);
    RUN(str_classes);
    RUN(case_classes);
    RUN(case_mappings);
    RUN(final_sigma);
    RUN(str_case_methods);
    RUN(normalization_forms);
    RUN(quick_checks_and_is_normalized);
    RUN(names_of_code_points);
    return kt_finish();
}
