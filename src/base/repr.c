/* Python's repr() of the literal values an AST holds (str, bytes, float,
 * imaginary, int), byte for byte as CPython 3.11 prints them, for the AST
 * dumper. Nothing here allocates beyond appending to the caller's KrBuf.
 * Floats: the shortest decimal string that reads back as the same double is
 * found by trying 1..17 significant digits with the C library's correctly
 * rounded printf/strtod, then laid out by Python's 'r' rules (exponent form
 * when the decimal point falls 4+ places left of or 16+ places right of the
 * first digit). Ints: a fixed-size base-10^9 bignum on the stack, capped at
 * CPython's 4300-digit int-to-str limit. See docs/internals/base.md. */
#include "base/base.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char hex_digits[] = "0123456789abcdef";

/* Appends a backslash, [kind] ('x', 'u' or 'U') and [value] as [width]
 * lowercase hex digits: Python's \xNN, \uNNNN and \UNNNNNNNN escapes. */
static int put_hex_escape(KrBuf *out, char kind, uint32_t value, int width)
{
    char tmp[10];
    tmp[0] = '\\';
    tmp[1] = kind;
    for (int i = 0; i < width; i++)
        tmp[2 + i] = hex_digits[(value >> (4 * (width - 1 - i))) & 0xF];
    return kri_buf_append(out, tmp, (size_t)width + 2);
}

/* Python quotes with ' unless the text holds a ' and no ", then with ".
 * Only ASCII bytes can equal a quote in UTF-8, so scanning bytes is exact. */
static char choose_quote(const char *s, size_t len)
{
    if (memchr(s, '\'', len) && !memchr(s, '"', len))
        return '"';
    return '\'';
}

/* The escapes str and bytes share for ASCII: backslash, the chosen quote,
 * \t \n \r, and \xNN for the other controls and DEL. Returns 1 when [c] was
 * handled, 0 when it is a plain printable character, -1 on memory error. */
static int put_ascii(KrBuf *out, unsigned char c, char quote)
{
    const char *esc = NULL;
    switch (c) {
    case '\t': esc = "\\t"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\\': esc = "\\\\"; break;
    default: break;
    }
    if (esc)
        return kri_buf_append(out, esc, 2) < 0 ? -1 : 1;
    if (c == (unsigned char)quote) {
        char pair[2] = {'\\', quote};
        return kri_buf_append(out, pair, 2) < 0 ? -1 : 1;
    }
    if (c < 0x20 || c >= 0x7F)
        return put_hex_escape(out, 'x', c, 2) < 0 ? -1 : 1;
    return 0;
}

int kri_repr_str(KrBuf *out, const char *s, size_t len)
{
    char quote = choose_quote(s, len);
    if (kri_buf_putc(out, quote) < 0)
        return -1;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            int done = put_ascii(out, c, quote);
            if (done < 0 || (done == 0 && kri_buf_putc(out, (char)c) < 0))
                return -1;
            i++;
            continue;
        }
        int size;
        int32_t cp = kri_utf8_decode(s + i, len - i, &size);
        int rc;
        if (cp < 0) {
            /* Never produced by the parser; show the stray byte plainly. */
            rc = put_hex_escape(out, 'x', c, 2);
        } else if (kri_unicode_is_printable((uint32_t)cp)) {
            rc = kri_buf_append(out, s + i, (size_t)size);
        } else if (cp <= 0xFF) {
            rc = put_hex_escape(out, 'x', (uint32_t)cp, 2);
        } else if (cp <= 0xFFFF) {
            rc = put_hex_escape(out, 'u', (uint32_t)cp, 4);
        } else {
            rc = put_hex_escape(out, 'U', (uint32_t)cp, 8);
        }
        if (rc < 0)
            return -1;
        i += (size_t)size;
    }
    return kri_buf_putc(out, quote);
}

int kri_repr_bytes(KrBuf *out, const char *s, size_t len)
{
    char quote = choose_quote(s, len);
    if (kri_buf_putc(out, 'b') < 0 || kri_buf_putc(out, quote) < 0)
        return -1;
    for (size_t i = 0; i < len; i++) {
        int done = put_ascii(out, (unsigned char)s[i], quote);
        if (done < 0 || (done == 0 && kri_buf_putc(out, s[i]) < 0))
            return -1;
    }
    return kri_buf_putc(out, quote);
}

/* ---- floats ---- */

/* A finite positive double as decimal digits: value = 0.D1D2...Dn x 10^decpt.
 * The digits have no trailing zeros; at most 17 of them. */
typedef struct Decimal {
    char digits[24];
    int ndigits;
    int decpt;
} Decimal;

/* Parses printf's "%.*e" output ("d.ddde+XX", or "de+XX") into [dec],
 * dropping trailing zeros. */
static void parse_exp_form(const char *text, Decimal *dec)
{
    int n = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') /* skips the point, whatever the locale's */
            dec->digits[n++] = *p;
    while (n > 1 && dec->digits[n - 1] == '0')
        n--;
    dec->digits[n] = '\0';
    dec->ndigits = n;
    dec->decpt = atoi(p + 1) + 1;
}

/* Whether the [prec]-digit neighbour of [text] (its digits plus [delta], one
 * unit in the last place) reads back as [v]; if so stores it in [dec]. */
static bool try_neighbour(double v, const char *text, int prec, int delta, Decimal *dec)
{
    uint64_t mant = 0;
    const char *p = text;
    for (; *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            mant = mant * 10 + (uint64_t)(*p - '0');
    int exp10 = atoi(p + 1) - (prec - 1);
    if (delta < 0 && mant <= 1) /* zero never reads back as a positive v */
        return false;
    mant = delta < 0 ? mant - 1 : mant + 1;
    char cand[48];
    int n = snprintf(cand, sizeof cand, "%" PRIu64, mant);
    snprintf(cand + n, sizeof cand - (size_t)n, "e%d", exp10);
    if (strtod(cand, NULL) != v)
        return false;
    dec->decpt = n + exp10;
    while (n > 1 && cand[n - 1] == '0')
        n--;
    memcpy(dec->digits, cand, (size_t)n);
    dec->digits[n] = '\0';
    dec->ndigits = n;
    return true;
}

/* The shortest digit string that reads back as [v] (finite, > 0), and among
 * strings of that length the one nearest [v], as Python's repr picks. The
 * correctly rounded n-digit string is the nearest; when it misses, the
 * neighbour on the far side of [v] can still hit, because the round-trip
 * interval is lopsided at powers of two. 17 digits always suffice. */
static void shortest_digits(double v, Decimal *dec)
{
    char text[48];
    for (int prec = 1; prec < 17; prec++) {
        snprintf(text, sizeof text, "%.*e", prec - 1, v);
        if (strtod(text, NULL) == v) {
            parse_exp_form(text, dec);
            return;
        }
        if (try_neighbour(v, text, prec, 1, dec) || try_neighbour(v, text, prec, -1, dec))
            return;
    }
    snprintf(text, sizeof text, "%.16e", v);
    parse_exp_form(text, dec);
}

/* Appends [dec] laid out as Python's float repr does: exponent form
 * ("1.5e+16", "1e-05": mantissa with a point only when it has more than one
 * digit, a signed exponent of at least two digits) when decpt <= -4 or
 * decpt > 16, else positional; [add_dot_zero] gives integral values their
 * ".0" (float) or not (complex parts). */
static int put_decimal(KrBuf *out, const Decimal *dec, bool add_dot_zero)
{
    int n = dec->ndigits, decpt = dec->decpt;
    if (decpt <= -4 || decpt > 16) {
        if (kri_buf_putc(out, dec->digits[0]) < 0)
            return -1;
        if (n > 1 && (kri_buf_putc(out, '.') < 0 ||
                      kri_buf_append(out, dec->digits + 1, (size_t)n - 1) < 0))
            return -1;
        int exp10 = decpt - 1;
        return kri_buf_printf(out, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    }
    if (decpt <= 0) {
        /* 0.000ddd: at most three zeros after the point here. */
        if (kri_buf_puts(out, "0.") < 0)
            return -1;
        for (int i = 0; i < -decpt; i++)
            if (kri_buf_putc(out, '0') < 0)
                return -1;
        return kri_buf_append(out, dec->digits, (size_t)n);
    }
    if (decpt < n) {
        if (kri_buf_append(out, dec->digits, (size_t)decpt) < 0 || kri_buf_putc(out, '.') < 0)
            return -1;
        return kri_buf_append(out, dec->digits + decpt, (size_t)(n - decpt));
    }
    /* An integral value: digits, then zeros up to the decimal point. */
    if (kri_buf_append(out, dec->digits, (size_t)n) < 0)
        return -1;
    for (int i = n; i < decpt; i++)
        if (kri_buf_putc(out, '0') < 0)
            return -1;
    return add_dot_zero ? kri_buf_puts(out, ".0") : 0;
}

/* Python's 'r' formatting of any double. NaN prints as "nan" whatever its
 * sign bit; -0.0 keeps its sign. */
static int put_double(KrBuf *out, double v, bool add_dot_zero)
{
    if (isnan(v))
        return kri_buf_puts(out, "nan");
    if (signbit(v)) {
        if (kri_buf_putc(out, '-') < 0)
            return -1;
        v = -v;
    }
    if (isinf(v))
        return kri_buf_puts(out, "inf");
    if (v == 0.0)
        return kri_buf_puts(out, add_dot_zero ? "0.0" : "0");
    Decimal dec;
    shortest_digits(v, &dec);
    return put_decimal(out, &dec, add_dot_zero);
}

int kri_repr_float(KrBuf *out, double v)
{
    return put_double(out, v, true);
}

int kri_repr_imag(KrBuf *out, double imag)
{
    /* complex.__repr__ drops the real part when it is +0.0 and prints the
     * imaginary part without ".0": 1j, 1e+16j, infj, nanj, -0j. */
    if (put_double(out, imag, false) < 0)
        return -1;
    return kri_buf_putc(out, 'j');
}

/* ---- ints ---- */

#define LIMB_BASE 1000000000u /* each limb holds 9 decimal digits */
/* Enough limbs for any value below 10^KR_REPR_INT_MAX_DIGITS: a value needing
 * one more has at least 9 * MAX_LIMBS + 1 digits, past the limit. */
#define MAX_LIMBS ((KR_REPR_INT_MAX_DIGITS + 8) / 9)

/* limbs = limbs * [mul] + [add] with add < mul <= LIMB_BASE. Returns -2
 * when the result needs more than MAX_LIMBS limbs. */
static int bignum_mul_add(uint32_t *limbs, int *nlimbs, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    for (int i = 0; i < *nlimbs; i++) {
        uint64_t t = (uint64_t)limbs[i] * mul + carry;
        limbs[i] = (uint32_t)(t % LIMB_BASE);
        carry = t / LIMB_BASE;
    }
    while (carry) {
        if (*nlimbs == MAX_LIMBS)
            return -2;
        limbs[(*nlimbs)++] = (uint32_t)(carry % LIMB_BASE);
        carry /= LIMB_BASE;
    }
    return 0;
}

int kri_repr_int_digits(KrBuf *out, const char *digits, size_t ndigits, int base)
{
    uint32_t limbs[MAX_LIMBS];
    int nlimbs = 0;
    /* Digits are gathered into a chunk worth up to LIMB_BASE and then folded
     * in with one pass over the limbs: 9 decimal or 7 hex digits per pass. */
    uint32_t chunk = 0, scale = 1;
    for (size_t i = 0; i < ndigits; i++) {
        int d = kri_hex_digit(digits[i]);
        if (d < 0 || d >= base)
            return -1;
        chunk = chunk * (uint32_t)base + (uint32_t)d;
        scale *= (uint32_t)base;
        if ((uint64_t)scale * (uint32_t)base > LIMB_BASE) {
            if (bignum_mul_add(limbs, &nlimbs, scale, chunk) < 0)
                return -2;
            chunk = 0;
            scale = 1;
        }
    }
    if (scale > 1 && bignum_mul_add(limbs, &nlimbs, scale, chunk) < 0)
        return -2;
    if (nlimbs == 0)
        return kri_buf_putc(out, '0');
    /* Exact digit count: 9 per lower limb plus the top limb's own. */
    char top[16];
    int top_len = snprintf(top, sizeof top, "%" PRIu32, limbs[nlimbs - 1]);
    if ((size_t)top_len + 9 * (size_t)(nlimbs - 1) > KR_REPR_INT_MAX_DIGITS)
        return -2;
    if (kri_buf_append(out, top, (size_t)top_len) < 0)
        return -1;
    for (int i = nlimbs - 2; i >= 0; i--)
        if (kri_buf_printf(out, "%09" PRIu32, limbs[i]) < 0)
            return -1;
    return 0;
}
