/* The int object: creation, conversion to and from C numbers and bytes,
 * hashing and comparison. Values are sign and magnitude in 30-bit digits
 * (types.h, base/digits.h); the kernel in base/digits*.c does the magnitude
 * work. -5..1024 are immortal static objects, so common small results
 * allocate nothing.
 * Invariants: the magnitude is normalized (no leading zero digit), zero has
 * ob_size 0, and an exact int in the small range is always the static
 * object. Int subclass instances hold any value (they are never cached).
 * Text conversions live in int_text.c, big arithmetic in int_ops.c, the
 * type object in int_type.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "objects/int.h"

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

/* ---- construction ---- */

/* Exact int of [type] with room for [n] digits (at least one). */
static KrInt *int_alloc_type(KrThread *ts, KrType *type, size_t n)
{
    if (n > ((size_t)PTRDIFF_MAX - sizeof(KrInt)) / sizeof(KrDigit) - 1) {
        kri_err_no_memory(ts);
        return NULL;
    }
    if (type == &kr_int_type)
        return (KrInt *)kri_object_alloc(ts, type, sizeof(KrInt) + (n ? n : 1) * sizeof(KrDigit));
    return (KrInt *)kri_type_generic_alloc(ts, type, (ssize_t)(n ? n : 1));
}

KrObject *kri_int_from_digits_type(KrThread *ts, KrType *type, const KrDigit *d, size_t n,
                                   int sign)
{
    n = kri_digits_normalize(d, n);
    if (type == &kr_int_type && n <= 1) {
        ssize_t v = n ? (ssize_t)d[0] : 0;
        if (sign < 0)
            v = -v;
        if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
            return kri_int_small(v);
    }
    KrInt *o = int_alloc_type(ts, type, n);
    if (!o)
        return NULL;
    memcpy(o->digits, d, n * sizeof(KrDigit));
    KR_SIZE(o) = sign < 0 ? -(ssize_t)n : (ssize_t)n;
    return KR_OBJ(o);
}

KrObject *kri_int_from_digits(KrThread *ts, const KrDigit *d, size_t n, int sign)
{
    return kri_int_from_digits_type(ts, &kr_int_type, d, n, sign);
}

KrObject *kri_int_exact(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_int_type))
        return KR_NEWREF(o);
    return kri_int_from_digits(ts, kri_int_digits(o), kri_int_ndigits(o), KR_SIZE(o) < 0 ? -1 : 1);
}

KrObject *kri_int_from_u64(KrThread *ts, uint64_t v)
{
    if (v <= KR_SMALL_INT_MAX)
        return kri_int_small((ssize_t)v);
    KrDigit d[KR_DIGITS_U64_MAX];
    size_t n = kri_digits_from_uint64(d, v);
    return kri_int_from_digits(ts, d, n, 1);
}

KrObject *kri_int_from_i64(KrThread *ts, int64_t v)
{
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
        return kri_int_small((ssize_t)v);
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (u < (uint64_t)1 << (2 * KR_DIGIT_BITS)) {
        /* one or two digits, the result of most arithmetic: built in place */
        size_t n = u >> KR_DIGIT_BITS ? 2 : 1;
        KrInt *o = int_alloc_type(ts, &kr_int_type, n);
        if (!o)
            return NULL;
        o->digits[0] = (KrDigit)(u & KR_DIGIT_MASK);
        if (n == 2)
            o->digits[1] = (KrDigit)(u >> KR_DIGIT_BITS);
        KR_SIZE(o) = v < 0 ? -(ssize_t)n : (ssize_t)n;
        return KR_OBJ(o);
    }
    KrDigit d[KR_DIGITS_U64_MAX];
    bool negative;
    size_t n = kri_digits_from_int64(d, v, &negative);
    return kri_int_from_digits(ts, d, n, negative ? -1 : 1);
}

KrObject *kri_int_from_ssize(KrThread *ts, ssize_t v)
{
    return kri_int_from_i64(ts, v);
}

KrObject *kri_int_from_double(KrThread *ts, double v)
{
    if (v > -9.2e18 && v < 9.2e18)
        return kri_int_from_i64(ts, (int64_t)v);
    if (isinf(v))
        return kri_err_format(ts, &kr_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(v))
        return kri_err_format(ts, &kr_exc_ValueError, "cannot convert float NaN to integer");
    KrDigit d[KR_DIGITS_DOUBLE_MAX];
    size_t n = kri_digits_from_double(d, v);
    return kri_int_from_digits(ts, d, n, v < 0 ? -1 : 1);
}

/* ---- conversion to C numbers ---- */

bool kri_int_to_i64(const KrObject *o, int64_t *out)
{
    size_t n = kri_int_ndigits(o);
    const KrDigit *d = kri_int_digits(o);
    if (n <= 2) { /* up to 60 bits: no overflow possible */
        int64_t v = n ? (int64_t)d[0] : 0;
        if (n == 2)
            v |= (int64_t)d[1] << KR_DIGIT_BITS;
        *out = KR_SIZE(o) < 0 ? -v : v;
        return true;
    }
    if (n > KR_DIGITS_U64_MAX)
        return false;
    int64_t v;
    if (kri_digits_to_int64(KR_SIZE(o) < 0, d, n, &v) < 0)
        return false;
    *out = v;
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
    size_t n = kri_int_ndigits(o);
    const KrDigit *d = kri_int_digits(o);
    if (n <= 1) {
        double v = n ? (double)d[0] : 0.0;
        return KR_SIZE(o) < 0 ? -v : v;
    }
    double r;
    if (kri_digits_to_double(d, n, &r) < 0) {
        kri_err_set(ts, &kr_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return KR_SIZE(o) < 0 ? -r : r;
}

/* ---- hashing and comparison ---- */

int64_t kri_int_hash(const KrObject *o)
{
    return kri_hash_int_digits(kri_int_digits(o), kri_int_ndigits(o), KR_SIZE(o) < 0);
}

uint64_t kri_int_bit_length(const KrObject *o)
{
    return kri_digits_bit_length(kri_int_digits(o), kri_int_ndigits(o));
}

int kri_int_compare(const KrObject *a, const KrObject *b)
{
    ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int c = kri_digits_cmp_n(kri_int_digits(a), kri_int_digits(b), kri_int_ndigits(a));
    return sa < 0 ? -c : c;
}

int kri_int_compare_double(const KrObject *i, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    int si = kri_int_sign(i), sd = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (si != sd)
        return si < sd ? -1 : 1;
    if (si == 0)
        return 0;
    /* Same sign: compare magnitudes exactly. Any finite double is below
     * 2**1024, and its integer part converts exactly. */
    size_t n = kri_int_ndigits(i);
    const KrDigit *a = kri_int_digits(i);
    int c;
    if (kri_digits_bit_length(a, n) > 1024) {
        c = 1;
    } else {
        double ad = fabs(d), whole;
        double frac = modf(ad, &whole);
        KrDigit t[KR_DIGITS_DOUBLE_MAX];
        size_t nt = kri_digits_from_double(t, whole);
        c = kri_digits_cmp(a, n, t, nt);
        if (c == 0 && frac > 0)
            c = -1;
    }
    return si < 0 ? -c : c;
}

/* ---- bytes ---- */

KrObject *kri_int_to_bytes(KrThread *ts, KrObject *o, size_t len, bool little, bool is_signed)
{
    if (len > (size_t)PTRDIFF_MAX)
        return kri_err_no_memory(ts);
    KrObject *b = kri_bytes_new(ts, NULL, (ssize_t)len);
    if (!b)
        return NULL;
    int r = kri_digits_to_bytes((unsigned char *)KR_BYTES_DATA(b), len, little, is_signed,
                                KR_SIZE(o) < 0, kri_int_digits(o), kri_int_ndigits(o));
    if (r == 0)
        return b;
    kr_decref(b);
    return kri_err_format(ts, &kr_exc_OverflowError, r == -1 ? "int too big to convert"
                                                             : "can't convert negative int to unsigned");
}

KrObject *kri_int_from_bytes(KrThread *ts, const unsigned char *s, size_t len, bool little,
                             bool is_signed)
{
    size_t cap = kri_digits_from_bytes_size(len);
    KrInt *o = int_alloc_type(ts, &kr_int_type, cap);
    if (!o)
        return NULL;
    bool negative = false;
    size_t n = kri_digits_from_bytes(o->digits, &negative, s, len, little, is_signed);
    KrObject *r = n <= 1 ? kri_int_from_digits(ts, o->digits, n, negative ? -1 : 1) : NULL;
    if (n <= 1) {
        kr_decref(KR_OBJ(o));
        return r;
    }
    KR_SIZE(o) = negative ? -(ssize_t)n : (ssize_t)n;
    return KR_OBJ(o);
}
