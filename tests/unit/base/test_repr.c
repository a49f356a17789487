/* repr.c against hand-picked expectations taken from CPython 3.11's repr():
 * quoting and escapes of str and bytes, the float layout switch points,
 * shortest digits at the edges of the double range, imaginary literals and
 * big ints with the 4300-digit limit. tools/check_repr.py adds a randomized
 * comparison with python3.11 through test_repr_tool. */
#include "base/base.h"
#include "harness.h"

#include <math.h>

/* Compares what [rc] and [buf] hold after a kri_repr_* call with [want];
 * [what] names the input in the failure message. */
static void expect(int line, const char *what, int rc, KrBuf *buf, const char *want)
{
    const char *got = buf->data ? buf->data : "";
    if (rc != 0 || strcmp(got, want) != 0) {
        printf("%s:%d: repr of %s: got \"%s\" (rc %d), want \"%s\"\n", __FILE__, line,
               what, got, rc, want);
        kt_state.current_failed = 1;
    }
    kri_buf_free(buf);
}

#define EXPECT_STR(lit, want)                                                      \
    do {                                                                           \
        KrBuf b_;                                                                  \
        kri_buf_init(&b_);                                                         \
        int rc_ = kri_repr_str(&b_, lit, sizeof(lit) - 1);                         \
        expect(__LINE__, #lit, rc_, &b_, want);                                    \
    } while (0)

#define EXPECT_BYTES(lit, want)                                                    \
    do {                                                                           \
        KrBuf b_;                                                                  \
        kri_buf_init(&b_);                                                         \
        int rc_ = kri_repr_bytes(&b_, lit, sizeof(lit) - 1);                       \
        expect(__LINE__, #lit, rc_, &b_, want);                                    \
    } while (0)

#define EXPECT_FLOAT(v, want)                                                      \
    do {                                                                           \
        KrBuf b_;                                                                  \
        kri_buf_init(&b_);                                                         \
        int rc_ = kri_repr_float(&b_, v);                                          \
        expect(__LINE__, #v, rc_, &b_, want);                                      \
    } while (0)

#define EXPECT_IMAG(v, want)                                                       \
    do {                                                                           \
        KrBuf b_;                                                                  \
        kri_buf_init(&b_);                                                         \
        int rc_ = kri_repr_imag(&b_, v);                                           \
        expect(__LINE__, #v, rc_, &b_, want);                                      \
    } while (0)

#define EXPECT_INT(digits, base, want)                                             \
    do {                                                                           \
        KrBuf b_;                                                                  \
        kri_buf_init(&b_);                                                         \
        int rc_ = kri_repr_int_digits(&b_, digits, strlen(digits), base);          \
        expect(__LINE__, #digits, rc_, &b_, want);                                 \
    } while (0)

TEST(str_quotes_and_ascii_escapes)
{
    EXPECT_STR("", "''");
    EXPECT_STR("abc", "'abc'");
    EXPECT_STR("a'b", "\"a'b\"");
    EXPECT_STR("a\"b", "'a\"b'");
    EXPECT_STR("a'b\"c", "'a\\'b\"c'"); /* both quotes: ' wins, escaped */
    EXPECT_STR("\\", "'\\\\'");
    EXPECT_STR("\t\n\r", "'\\t\\n\\r'");
    EXPECT_STR("\x00\x01\x0b\x0c\x1f\x7f", "'\\x00\\x01\\x0b\\x0c\\x1f\\x7f'");
    EXPECT_STR(" ~", "' ~'");
}

TEST(str_non_ascii)
{
    /* Printable letters stay; controls, format characters, separators other
     * than the space, surrogates and private use are escaped by size. */
    EXPECT_STR("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80", "'\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80'");
    EXPECT_STR("\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad", "'\\x80\\x9f\\xa0\\xad'");
    EXPECT_STR("\xe2\x80\xa8\xe2\x80\xa9\xe3\x80\x80", "'\\u2028\\u2029\\u3000'");
    EXPECT_STR("\xed\xa0\x80\xed\xbf\xbf", "'\\ud800\\udfff'");
    EXPECT_STR("\xee\x80\x80\xef\xbb\xbf", "'\\ue000\\ufeff'");
    EXPECT_STR("\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf", "'\\U000e0001\\U0010ffff'");
    EXPECT_STR("\xcd\xb8", "'\\u0378'"); /* unassigned */
    EXPECT_STR("\xc2\xa1'", "\"\xc2\xa1'\"");
}

TEST(bytes_escapes)
{
    EXPECT_BYTES("", "b''");
    EXPECT_BYTES("abc", "b'abc'");
    EXPECT_BYTES("'", "b\"'\"");
    EXPECT_BYTES("'\"", "b'\\'\"'");
    EXPECT_BYTES("\\\t\n\r\x00\x7f\x80\xff", "b'\\\\\\t\\n\\r\\x00\\x7f\\x80\\xff'");
}

TEST(float_layout)
{
    EXPECT_FLOAT(0.0, "0.0");
    EXPECT_FLOAT(-0.0, "-0.0");
    EXPECT_FLOAT(1.0, "1.0");
    EXPECT_FLOAT(0.1, "0.1");
    EXPECT_FLOAT(1.5, "1.5");
    EXPECT_FLOAT(-2.5, "-2.5");
    EXPECT_FLOAT(0.0001, "0.0001");
    EXPECT_FLOAT(0.00012345, "0.00012345");
    EXPECT_FLOAT(1e-05, "1e-05");
    EXPECT_FLOAT(1.5e-07, "1.5e-07");
    EXPECT_FLOAT(123456789012345.0, "123456789012345.0");
    EXPECT_FLOAT(1e15, "1000000000000000.0");
    EXPECT_FLOAT(9999999999999998.0, "9999999999999998.0");
    EXPECT_FLOAT(1e16, "1e+16");
    EXPECT_FLOAT(1.2345678901234567e16, "1.2345678901234568e+16");
    EXPECT_FLOAT(1e22, "1e+22");
    EXPECT_FLOAT(1e100, "1e+100");
    EXPECT_FLOAT(3.141592653589793, "3.141592653589793");
    EXPECT_FLOAT(0.30000000000000004, "0.30000000000000004");
    EXPECT_FLOAT(9007199254740993.0, "9007199254740992.0");
}

TEST(float_extremes)
{
    EXPECT_FLOAT(5e-324, "5e-324");
    EXPECT_FLOAT(1e-323, "1e-323");
    EXPECT_FLOAT(2.2250738585072014e-308, "2.2250738585072014e-308");
    EXPECT_FLOAT(2.225073858507201e-308, "2.225073858507201e-308");
    EXPECT_FLOAT(1.7976931348623157e308, "1.7976931348623157e+308");
    EXPECT_FLOAT(HUGE_VAL, "inf");
    EXPECT_FLOAT(-HUGE_VAL, "-inf");
    EXPECT_FLOAT(NAN, "nan");
    EXPECT_FLOAT(-NAN, "nan");
    /* Powers of two where the shortest string lies on the far side of the
     * value from the correctly rounded one. */
    EXPECT_FLOAT(0x1p-1017, "7.120236347223045e-307");
    EXPECT_FLOAT(0x1p-957, "8.209073602596753e-289");
    EXPECT_FLOAT(0x1p-44, "5.684341886080802e-14");
    EXPECT_FLOAT(0x1p+1023, "8.98846567431158e+307");
}

TEST(imag)
{
    EXPECT_IMAG(1.0, "1j");
    EXPECT_IMAG(0.0, "0j");
    EXPECT_IMAG(-0.0, "-0j");
    EXPECT_IMAG(2.5, "2.5j");
    EXPECT_IMAG(1e15, "1000000000000000j");
    EXPECT_IMAG(1e16, "1e+16j");
    EXPECT_IMAG(1.5e-07, "1.5e-07j");
    EXPECT_IMAG(HUGE_VAL, "infj");
    EXPECT_IMAG(NAN, "nanj");
}

TEST(ints)
{
    EXPECT_INT("0", 10, "0");
    EXPECT_INT("", 10, "0");
    EXPECT_INT("00000000000000000000000000000000000000000000000000", 8, "0");
    EXPECT_INT("000123", 10, "123");
    EXPECT_INT("1000000000", 10, "1000000000");
    EXPECT_INT("999999999", 10, "999999999");
    EXPECT_INT("18446744073709551616", 10, "18446744073709551616");
    EXPECT_INT("ffffffffffffffff", 16, "18446744073709551615");
    EXPECT_INT("DeadBeef", 16, "3735928559");
    EXPECT_INT("777", 8, "511");
    EXPECT_INT("1111111111111111111111111111111111111111111111111111111111111111111", 2,
               "147573952589676412927");
    EXPECT_INT("1000000000000000000000000000000000000000000000000000000000000000", 16,
               "7237005577332262213973186563042994240829374041602535252466099000494570602496");
}

TEST(int_digit_limit)
{
    /* 10^4300 - 1 (4300 nines) converts; 10^4300 does not. */
    char digits[4402];
    memset(digits, '9', 4300);
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_INT(kri_repr_int_digits(&b, digits, 4300, 10), 0);
    CHECK_EQ_INT(b.len, 4300);
    kri_buf_free(&b);
    digits[0] = '1';
    memset(digits + 1, '0', 4300);
    CHECK_EQ_INT(kri_repr_int_digits(&b, digits, 4301, 10), -2);
    CHECK_EQ_INT(b.len, 0);
    /* 16^3571 has 4300 digits, 16^3572 has 4302. */
    memset(digits, '0', sizeof digits);
    digits[0] = '1';
    CHECK_EQ_INT(kri_repr_int_digits(&b, digits, 3572, 16), 0);
    CHECK_EQ_INT(b.len, 4300);
    kri_buf_free(&b);
    CHECK_EQ_INT(kri_repr_int_digits(&b, digits, 3573, 16), -2);
    CHECK_EQ_INT(kri_repr_int_digits(&b, digits, sizeof digits, 2), 0);
    kri_buf_free(&b);
    CHECK_EQ_INT(kri_repr_int_digits(&b, "12a", 3, 10), -1);
    CHECK_EQ_INT(kri_repr_int_digits(&b, "8", 1, 8), -1);
    kri_buf_free(&b);
}

int main(void)
{
    RUN(str_quotes_and_ascii_escapes);
    RUN(str_non_ascii);
    RUN(bytes_escapes);
    RUN(float_layout);
    RUN(float_extremes);
    RUN(imag);
    RUN(ints);
    RUN(int_digit_limit);
    return kt_finish();
}
