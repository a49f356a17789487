/* Conversions between doubles and decimal (and hexadecimal) text, byte for
 * byte as CPython 3.11 does them on an IEEE-754 machine: shortest round-trip
 * digits (repr), correctly rounded digits to a precision (format, %, round),
 * correctly rounded parsing of any length (float(str)), float.hex and
 * float.fromhex. Pure C: no Python objects, no locale, no mutable state; the
 * only allocation is the caller's KrBuf growing. See docs/internals/dtoa.md.
 * Files: dtoa.c (digit generation), dtoa_parse.c (text to double),
 * dtoa_format.c (layout, round, hex), dtoa_pow5.gen.c (the table). */
#ifndef KRAIT_DTOA_H
#define KRAIT_DTOA_H

#include "base/base.h"

/* ---- digits ----
 * A finite double's decimal digits: |x| = 0.D1D2...Dn x 10^decpt, with no
 * trailing zeros, the first digit nonzero; zero is "0" with decpt 1. Every
 * double's exact value has at most 767 significant digits. */
#define KR_DTOA_MAX_DIGITS 800
typedef struct KrDigits {
    int ndigits;
    int decpt;
    char digits[KR_DTOA_MAX_DIGITS]; /* ASCII '0'..'9', not NUL-terminated */
} KrDigits;

/* The shortest digit string that reads back as [x] (finite; the sign is
 * ignored), nearest to x among strings of that length, ties to an even last
 * digit: the digits of repr(x) (Gay's dtoa mode 0). */
KR_HIDDEN void kri_dtoa_shortest(double x, KrDigits *out);
/* The exact value of |[x]| (finite) rounded half-even to max(1, [nsig])
 * significant digits, trailing zeros dropped (Gay's mode 2). */
KR_HIDDEN void kri_dtoa_sig_digits(double x, int nsig, KrDigits *out);
/* |[x]| (finite) rounded half-even to [nfrac] digits after the decimal point
 * ([nfrac] may be negative: -2 rounds to hundreds), trailing zeros dropped
 * (Gay's mode 3). A nonzero x that rounds to zero gives no digits and
 * decpt == -nfrac; x == 0 gives "0", decpt 1. */
KR_HIDDEN void kri_dtoa_fixed_digits(double x, int nfrac, KrDigits *out);

/* ---- text to double (dtoa_parse.c) ---- */
/* float(str) for ASCII text already stripped of surrounding whitespace (and
 * with non-ASCII digits already mapped, as float() does first): an optional
 * sign, then digits with an optional point and fraction and an optional
 * exponent (e/E, optional sign, digits), at least one mantissa digit, single
 * underscores only between two digits (PEP 515); or inf, infinity, nan in
 * any case with an optional sign. Stores the correctly rounded value (half
 * even, any input length) in *[out]: huge values give +-inf and tiny ones
 * +-0.0, as float() does. Returns -1, storing nothing, for any other text
 * (the caller raises ValueError: could not convert string to float). */
KR_HIDDEN KR_NODISCARD int kri_dtoa_parse(const char *s, size_t len, double *out);
/* float.fromhex for text already stripped of surrounding whitespace: an
 * optional sign, an optional 0x/0X, hex digits with an optional point (at
 * least one digit), an optional p/P exponent (decimal, optional sign); or
 * inf, infinity, nan. The value is rounded half-even. Returns 0; -1 for
 * other text ("invalid hexadecimal floating-point string"); -2 when the
 * rounded value is too large ("hexadecimal value too large to represent as
 * a float"). Nothing is stored on error. */
KR_HIDDEN KR_NODISCARD int kri_dtoa_from_hex(const char *s, size_t len, double *out);
/* The double nearest 0.D1..Dn x 10^decpt for the digits of [digits] (ties
 * to even; +inf when too large, 0.0 when too small). */
KR_HIDDEN double kri_dtoa_digits_value(const KrDigits *digits);

/* ---- formatting (dtoa_format.c) ---- */
/* Flags of kri_dtoa_format, CPython's Py_DTSF_* flags. */
#define KR_DTOA_SIGN 0x01u      /* '+' before values that get no '-' (nan too) */
#define KR_DTOA_ADD_DOT_0 0x02u /* integral results without exponent end ".0";
                                 * with 'g' it also moves the switch to the
                                 * exponent form one digit earlier */
#define KR_DTOA_ALT 0x04u       /* '#': keep the point and 'g' trailing zeros */
#define KR_DTOA_NO_NEG_0 0x08u  /* 'z': no '-' when the rounded value is 0 */

/* Appends [x] formatted as PyOS_double_to_string(x, [type], [precision],
 * [flags]) gives. [type]: 'e' 'E' 'f' 'F' 'g' 'G' with [precision] >= 0
 * digits ('g' treats 0 as 1), or 'r' (repr's shortest digits; [precision]
 * ignored). Upper-case types print E, INF, NAN. Infinities are "inf"/"-inf";
 * nan never has a '-'. Exponents have a sign and at least two digits.
 * How float's users map onto this:
 *   repr(x) and str(x) (equal in 3.11): ('r', 0, KR_DTOA_ADD_DOT_0);
 *   format(x, '') and '{}': the same; format(x, '.3'): ('g', 3, ADD_DOT_0);
 *   format(x, 'n'): as 'g' (then the caller applies the locale);
 *   format(x, '%'): 'f' on x * 100, then the caller appends '%';
 *   '%r'/'%s' % x: repr; '%e' % x etc.: (type, prec or 6, '#' ? ALT : 0);
 *   complex parts: ('r', 0, 0), so 1j prints without ".0".
 * The caller adds fill, width, grouping and the '+'/' ' sign options other
 * than KR_DTOA_SIGN. Returns -1 on memory exhaustion or an unknown type. */
KR_HIDDEN KR_NODISCARD int kri_dtoa_format(KrBuf *out, double x, char type,
                                           int precision, unsigned flags);
/* repr(x) == str(x) for a float: ('r', 0, KR_DTOA_ADD_DOT_0). */
KR_HIDDEN KR_NODISCARD int kri_dtoa_repr(KrBuf *out, double x);
/* round(x, ndigits) for a float, as float.__round__: the exact value rounded
 * half-even to [ndigits] decimal places, read back correctly rounded. nan and
 * infinities are returned unchanged, as is x when ndigits > 323; ndigits <
 * -308 gives 0.0 with x's sign. (CPython clips an int ndigits to Py_ssize_t
 * first; clipping it to int here gives the same results.) Returns -1, storing
 * nothing, when the rounded value overflows (OverflowError: "rounded value
 * too large to represent"), e.g. round(1.7e308, -308). */
KR_HIDDEN KR_NODISCARD int kri_dtoa_round(double x, int ndigits, double *out);
/* float.hex(x): "0x1.8000000000000p+0", "-0x0.0000000000001p-1022",
 * "0x0.0p+0", "-0x0.0p+0", "inf", "-inf", "nan". */
KR_HIDDEN KR_NODISCARD int kri_dtoa_to_hex(KrBuf *out, double x);

/* ---- shared by the dtoa*.c files and their tests only ---- */

/* Powers of five as 128-bit fractions: for KRI_DTOA_POW5_MIN <= j <=
 * KRI_DTOA_POW5_MAX, entry j - MIN holds T = hi * 2^64 + lo with 2^127 <= T
 * < 2^128 and T * 2^e <= 5^j < (T + 1) * 2^e, e = kri_dtoa_pow5_exp[j - MIN].
 * T is exact (equal to 5^j * 2^-e) exactly when 0 <= j <= 55. */
#define KRI_DTOA_POW5_MIN (-342)
#define KRI_DTOA_POW5_MAX 342
#define KRI_DTOA_POW5_EXACT_MAX 55
typedef struct KrPow5 {
    uint64_t hi, lo;
} KrPow5;
KR_HIDDEN extern const KrPow5 kri_dtoa_pow5[KRI_DTOA_POW5_MAX - KRI_DTOA_POW5_MIN + 1];
KR_HIDDEN extern const int16_t kri_dtoa_pow5_exp[KRI_DTOA_POW5_MAX - KRI_DTOA_POW5_MIN + 1];

/* Every digit of [m] * 2^[e2] (m > 0, m < 2^56, -1080 <= e2 <= 1024). */
KR_HIDDEN void kri_dtoa_exact(uint64_t m, int e2, KrDigits *out);
/* kri_dtoa_shortest by exact decimal expansions only: the slow reference the
 * fast path falls back on when its 128-bit products cannot decide. */
KR_HIDDEN void kri_dtoa_shortest_exact(double x, KrDigits *out);

#endif
