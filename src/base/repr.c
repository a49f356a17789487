/* Python's repr() of the literal values an AST holds (str, bytes, float,
 * imaginary, int), byte for byte as CPython 3.11 prints them, for the AST
 * dumper. Nothing here allocates beyond appending to the caller's KrBuf.
 * Floats: dtoa.c's shortest round-trip digits laid out by Python's 'r'
 * rules (exponent form below 1e-4 and from 1e16 on). Ints: a fixed-size
 * base-10^9 bignum on the stack, capped at CPython's 4300-digit int-to-str
 * limit. See docs/internals/base.md. */
#include "base/base.h"
#include "base/dtoa.h"

#include <inttypes.h>
#include <stdio.h>
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

int kri_repr_float(KrBuf *out, double v)
{
    return kri_dtoa_repr(out, v);
}

int kri_repr_imag(KrBuf *out, double imag)
{
    /* complex.__repr__ drops the real part when it is +0.0 and prints the
     * imaginary part without ".0": 1j, 1e+16j, infj, nanj, -0j. */
    if (kri_dtoa_format(out, imag, 'r', 0, 0) < 0)
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
