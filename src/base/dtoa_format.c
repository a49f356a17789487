/* Python's text forms of a double: PyOS_double_to_string's layout of the
 * digits from dtoa.c (repr, str, format, %), round(x, n), float.hex.
 * The layout views the digits as a window on an infinite string of zeros
 * around them: the output is the slice from a start at or before the first
 * digit to an end at or past the last one, with the decimal point inside the
 * slice, strictly inside it when ".0" must follow an integral value. 'e'
 * and 'f' fix the end by the precision; 'g' and 'r' end at the last digit
 * ('#' makes 'g' pad to the precision). See docs/internals/dtoa.md. */
#include "base/dtoa.h"

#include <limits.h>
#include <math.h>
#include <string.h>

static const char zeros[] = "0000000000000000000000000000000000000000000000000000000000000000";

static int put_zeros(KrBuf *out, int64_t n)
{
    while (n > 0) {
        size_t chunk = n > 64 ? 64 : (size_t)n;
        if (kri_buf_append(out, zeros, chunk) < 0)
            return -1;
        n -= (int64_t)chunk;
    }
    return 0;
}

/* Appends 'e', the sign and at least two digits of [exp10] (C's "%+.02d"). */
static int put_exponent(KrBuf *out, char e, int64_t exp10)
{
    char tmp[24];
    int n = 0;
    tmp[n++] = e;
    tmp[n++] = exp10 < 0 ? '-' : '+';
    uint64_t mag = exp10 < 0 ? (uint64_t)-exp10 : (uint64_t)exp10;
    char rev[20];
    int r = 0;
    do {
        rev[r++] = (char)('0' + mag % 10);
        mag /= 10;
    } while (mag);
    if (r == 1)
        rev[r++] = '0';
    while (r > 0)
        tmp[n++] = rev[--r];
    return kri_buf_append(out, tmp, (size_t)n);
}

/* The layout of format_float_short. [type] is 'e', 'f', 'g' or 'r'; for 'e'
 * [precision] counts every digit (one more than the format's). */
static int layout(KrBuf *out, const KrDigits *d, bool negative, char type, int64_t precision,
                  unsigned flags, bool upper)
{
    bool add_dot_0 = flags & KR_DTOA_ADD_DOT_0, alt = flags & KR_DTOA_ALT;
    int64_t ndigits = d->ndigits, decpt = d->decpt, end = ndigits, exp10 = 0;
    bool use_exp = false;
    switch (type) {
    case 'e':
        use_exp = true;
        end = precision;
        break;
    case 'f':
        end = decpt + precision;
        break;
    case 'g':
        /* With ADD_DOT_0 (format(x, '.3')) an integral value needs room for
         * ".0" within the precision, so the exponent form comes sooner. */
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt)
            end = precision;
        break;
    default: /* 'r': from 1e16 on, and below 1e-4 */
        use_exp = decpt <= -4 || decpt > 16;
        break;
    }
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int64_t start = decpt <= 0 ? decpt - 1 : 0;
    int64_t min_end = !use_exp && add_dot_0 ? decpt + 1 : decpt;
    if (end < min_end)
        end = min_end;
    if (negative && kri_buf_putc(out, '-') < 0)
        return -1;
    if (!negative && (flags & KR_DTOA_SIGN) && kri_buf_putc(out, '+') < 0)
        return -1;
    /* Exactly one of the three parts below places the point. */
    if (decpt <= 0) {
        if (put_zeros(out, decpt - start) < 0 || kri_buf_putc(out, '.') < 0 ||
            put_zeros(out, -decpt) < 0)
            return -1;
    }
    if (decpt > 0 && decpt <= ndigits) {
        if (kri_buf_append(out, d->digits, (size_t)decpt) < 0 || kri_buf_putc(out, '.') < 0 ||
            kri_buf_append(out, d->digits + decpt, (size_t)(ndigits - decpt)) < 0)
            return -1;
    } else if (kri_buf_append(out, d->digits, (size_t)ndigits) < 0) {
        return -1;
    }
    if (ndigits < decpt) {
        if (put_zeros(out, decpt - ndigits) < 0 || kri_buf_putc(out, '.') < 0 ||
            put_zeros(out, end - decpt) < 0)
            return -1;
    } else if (put_zeros(out, end - ndigits) < 0) {
        return -1;
    }
    if (out->data[out->len - 1] == '.' && !alt)
        out->data[--out->len] = '\0';
    return use_exp ? put_exponent(out, upper ? 'E' : 'e', exp10) : 0;
}

int kri_dtoa_format(KrBuf *out, double x, char type, int precision, unsigned flags)
{
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper)
        type = (char)(type - 'A' + 'a');
    if (type != 'e' && type != 'f' && type != 'g' && type != 'r')
        return -1;
    if (precision < 0)
        precision = 0;
    bool negative = signbit(x);
    if (isnan(x) || isinf(x)) {
        /* A nan prints no sign of its own. */
        if (isnan(x))
            negative = false;
        if (negative || (flags & KR_DTOA_SIGN))
            if (kri_buf_putc(out, negative ? '-' : '+') < 0)
                return -1;
        const char *word = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return kri_buf_puts(out, word);
    }
    KrDigits d;
    int64_t prec = precision;
    switch (type) {
    case 'e':
        prec++;
        kri_dtoa_sig_digits(x, precision == INT_MAX ? INT_MAX : precision + 1, &d);
        break;
    case 'f':
        kri_dtoa_fixed_digits(x, precision, &d);
        break;
    case 'g':
        if (prec == 0)
            prec = 1;
        kri_dtoa_sig_digits(x, (int)prec, &d);
        break;
    default:
        kri_dtoa_shortest(x, &d);
        break;
    }
    /* 'z' looks at the rounded digits: -0.0001 with '.2f' is "0.00". */
    if ((flags & KR_DTOA_NO_NEG_0) &&
        (d.ndigits == 0 || (d.ndigits == 1 && d.digits[0] == '0')))
        negative = false;
    return layout(out, &d, negative, type, prec, flags, upper);
}

int kri_dtoa_repr(KrBuf *out, double x)
{
    return kri_dtoa_format(out, x, 'r', 0, KR_DTOA_ADD_DOT_0);
}

/* float.__round__'s limits: from ndigits = 324 on every double's exact
 * value is unchanged by rounding ((53 - DBL_MIN_EXP) * log10(2) = 323.3);
 * below -308 even DBL_MAX rounds to zero. */
#define ROUND_NDIGITS_MAX 323
#define ROUND_NDIGITS_MIN (-308)

int kri_dtoa_round(double x, int ndigits, double *out)
{
    if (!isfinite(x) || ndigits > ROUND_NDIGITS_MAX) {
        *out = x;
        return 0;
    }
    if (ndigits < ROUND_NDIGITS_MIN) {
        *out = 0.0 * x;
        return 0;
    }
    KrDigits d;
    kri_dtoa_fixed_digits(x, ndigits, &d);
    double r = kri_dtoa_digits_value(&d);
    if (isinf(r))
        return -1;
    *out = signbit(x) ? -r : r;
    return 0;
}

int kri_dtoa_to_hex(KrBuf *out, double x)
{
    if (isnan(x) || isinf(x))
        return kri_dtoa_repr(out, x);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    const char *sign = bits >> 63 ? "-" : "";
    if (x == 0.0)
        return kri_buf_printf(out, "%s0x0.0p+0", sign);
    int biased = (int)((bits >> 52) & 0x7FF);
    /* Subnormals print as 0x0.<fraction>p-1022, as Python does. */
    int exp2 = biased ? biased - 1023 : -1022;
    char frac[14];
    uint64_t f = bits & ((UINT64_C(1) << 52) - 1);
    for (int i = 12; i >= 0; i--, f >>= 4)
        frac[i] = "0123456789abcdef"[f & 15];
    frac[13] = '\0';
    return kri_buf_printf(out, "%s0x%d.%sp%c%d", sign, biased ? 1 : 0, frac,
                          exp2 < 0 ? '-' : '+', exp2 < 0 ? -exp2 : exp2);
}
