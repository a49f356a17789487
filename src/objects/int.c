/* The int type: creation, conversion to and from C integers and text, hash,
 * comparison and arithmetic. Values are sign and magnitude in 30-bit digits
 * (types.h). -5..1024 are immortal static objects, so the common small
 * results allocate nothing. Arithmetic has a fast path for values that fit
 * in 63 bits; results beyond that need the big-number kernel (arriving with
 * src/base/digits.c) and raise NotImplementedError until then.
 * Invariant: the magnitude is normalized (no leading zero digit), zero has
 * ob_size 0, and a value in the small range is always the static object. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

#define DIGIT_BITS 30
#define DIGIT_MASK ((1u << DIGIT_BITS) - 1)

KrSmallInt kri_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1];

void kri_int_init_small(void)
{
    for (ssize_t v = KR_SMALL_INT_MIN; v <= KR_SMALL_INT_MAX; v++) {
        KrSmallInt *o = &kri_small_ints[v - KR_SMALL_INT_MIN];
        o->ob_base.ob_base = (KrObject)KR_STATIC_HEADER(&kr_int_type);
        o->ob_base.ob_size = v == 0 ? 0 : v > 0 ? 1 : -1;
        o->digits[0] = (uint32_t)(v < 0 ? -v : v);
    }
}

static KrObject *int_from_mag(KrThread *ts, const uint32_t *d, ssize_t n, bool negative);

static KrInt *int_alloc(KrThread *ts, ssize_t ndigits)
{
    return (KrInt *)kri_object_alloc(ts, &kr_int_type,
                                     sizeof(KrInt) + (size_t)(ndigits ? ndigits : 1) * 4);
}

static ssize_t int_ndigits(const KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    return n < 0 ? -n : n;
}

KrObject *kri_int_from_u64(KrThread *ts, uint64_t v)
{
    if (v <= KR_SMALL_INT_MAX)
        return kri_int_small((ssize_t)v);
    ssize_t n = 0;
    for (uint64_t t = v; t; t >>= DIGIT_BITS)
        n++;
    KrInt *o = int_alloc(ts, n);
    if (!o)
        return NULL;
    for (ssize_t i = 0; i < n; i++, v >>= DIGIT_BITS)
        o->digits[i] = (uint32_t)(v & DIGIT_MASK);
    KR_SIZE(o) = n;
    return KR_OBJ(o);
}

KrObject *kri_int_from_i64(KrThread *ts, int64_t v)
{
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
        return kri_int_small((ssize_t)v);
    if (v >= 0)
        return kri_int_from_u64(ts, (uint64_t)v);
    uint64_t mag = (uint64_t)0 - (uint64_t)v;
    uint32_t d[3];
    ssize_t n = 0;
    for (; mag; mag >>= DIGIT_BITS)
        d[n++] = (uint32_t)(mag & DIGIT_MASK);
    return int_from_mag(ts, d, n, true);
}

KrObject *kri_int_from_ssize(KrThread *ts, ssize_t v)
{
    return kri_int_from_i64(ts, v);
}

bool kri_int_to_i64(const KrObject *o, int64_t *out)
{
    ssize_t n = int_ndigits(o);
    const uint32_t *d = ((const KrInt *)o)->digits;
    if (n > 3)
        return false;
    uint64_t mag = 0;
    for (ssize_t i = n - 1; i >= 0; i--)
        mag = (mag << DIGIT_BITS) | d[i];
    if (n == 3 && (d[2] >> 3) != 0 && !(KR_SIZE(o) < 0 && mag == (uint64_t)1 << 63))
        return false;
    if (mag > (uint64_t)INT64_MAX && !(KR_SIZE(o) < 0 && mag == (uint64_t)1 << 63))
        return false;
    *out = KR_SIZE(o) < 0 ? (int64_t)(0 - mag) : (int64_t)mag;
    return true;
}

ssize_t kri_int_as_ssize(KrThread *ts, KrObject *o)
{
    int64_t v;
    if (!kri_int_to_i64(o, &v)) {
        kri_err_set(ts, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)v;
}

int kri_int_sign(const KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    return n < 0 ? -1 : n > 0;
}

double kri_int_as_double(KrThread *ts, KrObject *o)
{
    int64_t v;
    if (kri_int_to_i64(o, &v))
        return (double)v;
    ssize_t n = int_ndigits(o);
    const uint32_t *d = ((const KrInt *)o)->digits;
    if ((size_t)n * DIGIT_BITS > 1100) {
        kri_err_set(ts, &kr_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    /* Not yet correctly rounded for more than 64 bits: the digit kernel
     * brings the exact conversion. */
    double r = 0.0;
    for (ssize_t i = n - 1; i >= 0; i--)
        r = r * (double)(1u << DIGIT_BITS) + d[i];
    if (r > 1.7976931348623157e308) {
        kri_err_set(ts, &kr_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return KR_SIZE(o) < 0 ? -r : r;
}

int64_t kri_int_hash(const KrObject *o)
{
    return kri_hash_int_digits(((const KrInt *)o)->digits, (size_t)int_ndigits(o),
                               KR_SIZE(o) < 0);
}

/* ---- text ---- */

/* magnitude = magnitude * mul + add, in place over [n] digits; returns
 * the new digit count (the array has room for one more). */
static ssize_t mag_muladd(uint32_t *d, ssize_t n, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    for (ssize_t i = 0; i < n; i++) {
        carry += (uint64_t)d[i] * mul;
        d[i] = (uint32_t)(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
    }
    while (carry) {
        d[n++] = (uint32_t)(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
    }
    return n;
}

/* magnitude /= div in place, returning the remainder. */
static uint32_t mag_divrem(uint32_t *d, ssize_t *n, uint32_t div)
{
    uint64_t rem = 0;
    for (ssize_t i = *n - 1; i >= 0; i--) {
        rem = (rem << DIGIT_BITS) | d[i];
        d[i] = (uint32_t)(rem / div);
        rem %= div;
    }
    while (*n && d[*n - 1] == 0)
        (*n)--;
    return (uint32_t)rem;
}

/* Makes the int from a magnitude array (taken by copy) and a sign. */
static KrObject *int_from_mag(KrThread *ts, const uint32_t *d, ssize_t n, bool negative)
{
    while (n && d[n - 1] == 0)
        n--;
    if (n <= 1) {
        ssize_t v = n ? (ssize_t)d[0] : 0;
        if (negative)
            v = -v;
        if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
            return kri_int_small(v);
    }
    KrInt *o = int_alloc(ts, n);
    if (!o)
        return NULL;
    memcpy(o->digits, d, (size_t)n * 4);
    KR_SIZE(o) = negative ? -n : n;
    return KR_OBJ(o);
}

KrObject *kri_int_from_digits_str(KrThread *ts, const char *digits, size_t n, int base)
{
    int max = ts->interp->int_max_str_digits;
    if (base == 10 && max > 0 && n > (size_t)max)
        return kri_err_format(ts, &kr_exc_ValueError,
                              "Exceeds the limit (%d digits) for integer string conversion: "
                              "value has %zu digits; use sys.set_int_max_str_digits() "
                              "to increase the limit", max, n);
    size_t cap = n * 6 / DIGIT_BITS + 2;
    uint32_t *d = calloc(cap, 4);
    if (!d)
        return kri_err_no_memory(ts);
    ssize_t nd = 0;
    for (size_t i = 0; i < n; i++) {
        int v = kri_hex_digit(digits[i]);
        if (v < 0)
            v = (digits[i] | 0x20) - 'a' + 10;
        nd = mag_muladd(d, nd, (uint32_t)base, (uint32_t)v);
    }
    KrObject *r = int_from_mag(ts, d, nd, false);
    free(d);
    return r;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Parses [s] as int(s, base) does; [orig] is the object for the message. */
KrObject *kri_int_from_str(KrThread *ts, const char *s, ssize_t len, int base, KrObject *orig)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    int b = base;
    if (end - p >= 2 && p[0] == '0') {
        char x = p[1] | 0x20;
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (b == 0)
        b = 10;
    char *clean = malloc((size_t)(end - p) + 1);
    if (!clean)
        return kri_err_no_memory(ts);
    size_t n = 0;
    bool ok = p < end, prev_us = true;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            ok = !prev_us;
            prev_us = true;
            continue;
        }
        ok = digit_value(*q) < b;
        prev_us = false;
        clean[n++] = *q;
    }
    ok = ok && !prev_us;
    if (ok && base == 0 && b == 10 && n > 1 && clean[0] == '0') {
        for (size_t i = 0; i < n; i++)
            ok = ok && clean[i] == '0';
    }
    if (!ok) {
        free(clean);
        KrObject *text = orig ? KR_NEWREF(orig) : kri_str_from_utf8(ts, s, len);
        KrObject *r = text ? kri_object_repr(ts, text) : NULL;
        kr_xdecref(text);
        if (!r)
            return NULL;
        kri_err_format(ts, &kr_exc_ValueError, "invalid literal for int() with base %d: %.200U",
                       base, r);
        kr_decref(r);
        return NULL;
    }
    KrObject *v = kri_int_from_digits_str(ts, clean, n, b);
    free(clean);
    if (v && negative && KR_SIZE(v) != 0) {
        KrObject *neg = kri_number_negative(ts, v);
        kr_decref(v);
        v = neg;
    }
    return v;
}

KrObject *kri_int_to_str(KrThread *ts, KrObject *o, int base)
{
    ssize_t n = int_ndigits(o);
    int max = ts->interp->int_max_str_digits;
    if (base == 10 && max > 0 && n > 1 && (size_t)(n - 1) * DIGIT_BITS * 3 / 10 > (size_t)max)
        return kri_err_format(ts, &kr_exc_ValueError,
                              "Exceeds the limit (%d digits) for integer string conversion; "
                              "use sys.set_int_max_str_digits() to increase the limit", max);
    uint32_t *d = malloc((size_t)(n ? n : 1) * 4);
    size_t cap = (size_t)n * 31 + 4;
    char *buf = malloc(cap);
    if (!d || !buf) {
        free(d);
        free(buf);
        return kri_err_no_memory(ts);
    }
    memcpy(d, ((KrInt *)o)->digits, (size_t)n * 4);
    size_t pos = cap;
    buf[--pos] = '\0';
    do {
        uint32_t r = mag_divrem(d, &n, (uint32_t)base);
        buf[--pos] = "0123456789abcdefghijklmnopqrstuvwxyz"[r];
    } while (n);
    free(d);
    size_t ndig = cap - 1 - pos;
    if (base == 10 && max > 0 && ndig > (size_t)max) {
        free(buf);
        return kri_err_format(ts, &kr_exc_ValueError,
                              "Exceeds the limit (%d digits) for integer string conversion; "
                              "use sys.set_int_max_str_digits() to increase the limit", max);
    }
    if (base != 10) {
        buf[--pos] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        buf[--pos] = '0';
    }
    if (KR_SIZE(o) < 0)
        buf[--pos] = '-';
    KrObject *r = kri_str_from_utf8(ts, buf + pos, (ssize_t)(cap - 1 - pos));
    free(buf);
    return r;
}

KrObject *kri_int_from_double(KrThread *ts, double v)
{
    if (v > -9.2e18 && v < 9.2e18)
        return kri_int_from_i64(ts, (int64_t)v);
    bool negative = v < 0;
    if (negative)
        v = -v;
    int exp;
    double frac = frexp(v, &exp); /* v = frac * 2**exp, 0.5 <= frac < 1 */
    ssize_t n = (exp - 1) / DIGIT_BITS + 1;
    uint32_t *d = calloc((size_t)n, 4);
    if (!d)
        return kri_err_no_memory(ts);
    frac = ldexp(frac, (exp - 1) % DIGIT_BITS + 1);
    for (ssize_t i = n - 1; i >= 0; i--) {
        uint32_t bits = (uint32_t)frac;
        d[i] = bits;
        frac -= bits;
        frac = ldexp(frac, DIGIT_BITS);
    }
    KrObject *r = int_from_mag(ts, d, n, negative);
    free(d);
    return r;
}
