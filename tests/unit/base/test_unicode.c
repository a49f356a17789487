/* Hand-picked cases for utf8.c and unicode.c. The expectations come from
 * python3.11 (unicodedata, str.isidentifier, str.isprintable, "\N{...}");
 * test_unicode_dump.c with tools/check_unicode.py compares every code point. */
#include "base/base.h"
#include "harness.h"

#include <stdint.h>

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
    return kt_finish();
}
