/* Conversions between magnitudes and IEEE doubles, all correctly rounded
 * (half to even). Every conversion first reduces its exact value to an
 * integer m of at most 63 bits, a binary exponent and a "sticky" flag saying
 * whether anything non-zero was dropped below m; m keeps at least two bits
 * beyond the 53 that survive, so m and the flag decide the rounding exactly.
 * Exponent ranges: normal doubles have frexp exponents -1021 .. 1024;
 * below that, subnormals keep fewer bits (their last bit weighs 2^-1074). */
#include "base/digits.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MANT_BITS = DBL_MANT_DIG, MIN_EXP = DBL_MIN_EXP, MAX_EXP = DBL_MAX_EXP };

static int bit_length64(uint64_t v)
{
    return v ? 64 - __builtin_clzll(v) : 0;
}

/* m >> drop rounded half to even, where [sticky] says that bits below m,
 * all dropped too, were not all zero. drop may exceed 63. */
static uint64_t round_shift(uint64_t m, int64_t drop, bool sticky)
{
    if (drop <= 0)
        return m;
    if (drop > 64)
        return 0; /* m < 2^63 is below half of 2^drop */
    uint64_t keep = drop == 64 ? 0 : m >> drop;
    uint64_t rest = drop == 64 ? m : m & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (keep & 1))))
        keep++;
    return keep;
}

/* The double nearest to (m + sticky fraction) * 2^e2, for m < 2^63 with at
 * least MANT_BITS + 2 bits whenever [sticky] is set. Returns -1 on overflow. */
static int make_double(uint64_t m, int64_t e2, bool sticky, double *out)
{
    if (m == 0) {
        *out = 0.0;
        return 0;
    }
    int64_t top = bit_length64(m) + e2; /* value in [2^(top-1), 2^top) */
    if (top > MAX_EXP)
        return -1;
    int64_t keep_bits = MANT_BITS;
    if (top < MIN_EXP)
        keep_bits -= MIN_EXP - top; /* subnormal: bits below 2^-1074 go */
    int64_t drop = bit_length64(m) - keep_bits;
    uint64_t mant = round_shift(m, drop, sticky);
    int64_t shift = e2 + (drop > 0 ? drop : 0);
    if (mant == 0) {
        *out = 0.0;
        return 0;
    }
    if (bit_length64(mant) + shift > MAX_EXP)
        return -1; /* rounding carried up to 2^1024 */
    *out = ldexp((double)mant, (int)shift);
    return 0;
}

/* The top 63 bits of a (all of it if shorter) as m, with a's value being
 * m * 2^*e2 plus what *sticky reports. */
static uint64_t top_bits(const KrDigit *a, size_t na, int64_t *e2, bool *sticky)
{
    uint64_t bits = kri_digits_bit_length(a, na);
    uint64_t shift = bits > 63 ? bits - 63 : 0;
    *e2 = (int64_t)shift;
    *sticky = shift > 0 && kri_digits_any_below(a, na, shift);
    return kri_digits_extract64(a, na, shift);
}

int kri_digits_to_double(const KrDigit *a, size_t na, double *out)
{
    if (kri_digits_bit_length(a, na) > MAX_EXP + 1)
        return -1;
    int64_t e2;
    bool sticky;
    uint64_t m = top_bits(a, na, &e2, &sticky);
    return make_double(m, e2, sticky, out);
}

double kri_digits_frexp(const KrDigit *a, size_t na, int64_t *exp)
{
    if (na == 0) {
        *exp = 0;
        return 0.0;
    }
    int64_t e2;
    bool sticky;
    uint64_t m = top_bits(a, na, &e2, &sticky);
    int bits = bit_length64(m);
    int drop = bits > MANT_BITS ? bits - MANT_BITS : 0;
    uint64_t mant = round_shift(m, drop, sticky);
    int mbits = bit_length64(mant); /* one more than expected if rounding carried */
    *exp = e2 + drop + mbits;
    return ldexp((double)mant, -mbits);
}

size_t kri_digits_from_double(KrDigit *r, double v)
{
    int e;
    double frac = frexp(fabs(v), &e); /* |v| = frac * 2^e, 0.5 <= frac < 1 */
    if (e <= 0)
        return 0;
    uint64_t mant = (uint64_t)ldexp(frac, MANT_BITS); /* exact: 53 bits */
    if (e <= MANT_BITS)
        return kri_digits_from_uint64(r, mant >> (MANT_BITS - e));
    size_t n = kri_digits_from_uint64(r, mant);
    return kri_digits_lshift(r, r, n, (size_t)(e - MANT_BITS));
}

/* Exact below 2^53, so the hardware division rounds correctly. */
static bool small_enough(const KrDigit *a, size_t na)
{
    return kri_digits_bit_length(a, na) <= MANT_BITS;
}

static double small_value(const KrDigit *a, size_t na)
{
    uint64_t v = 0;
    for (size_t i = na; i-- > 0;)
        v = (v << KR_DIGIT_BITS) | a[i];
    return (double)v;
}

/* a / b = (a / 2^k) / b with k chosen so the integer quotient q has 56 or 57
 * bits: a / b is within a factor 2 of 2^(la - lb), so k = la - lb - 56. For
 * k >= 0 the low k bits of a only matter through the sticky flag (floor of
 * a floor is the floor); for k < 0 a is shifted up instead. Either way the
 * division is of a number of about nb + 2 digits by b, which is linear. */
int kri_digits_truediv(const KrDigit *a, size_t na, const KrDigit *b, size_t nb, double *out)
{
    if (small_enough(a, na) && small_enough(b, nb)) {
        *out = small_value(a, na) / small_value(b, nb);
        return 0;
    }
    if (na == 0) {
        *out = 0.0;
        return 0;
    }
    int64_t la = (int64_t)kri_digits_bit_length(a, na), lb = (int64_t)kri_digits_bit_length(b, nb);
    if (la - lb > MAX_EXP + 1)
        return -2;
    if (la - lb < MIN_EXP - MANT_BITS - 2) {
        *out = 0.0;
        return 0;
    }
    int64_t k = la - lb - 56;
    size_t width = k >= 0 ? na - (size_t)k / KR_DIGIT_BITS : na + (size_t)(-k) / KR_DIGIT_BITS + 1;
    KrDigit stack[64];
    KrDigit *x = stack;
    KrDigit *heap = NULL;
    if (width > KR_ARRAY_LEN(stack)) {
        heap = malloc(width * sizeof(KrDigit));
        if (!heap)
            return -1;
        x = heap;
    }
    bool sticky = false;
    size_t nx;
    if (k >= 0) {
        sticky = kri_digits_any_below(a, na, (uint64_t)k);
        nx = kri_digits_rshift(x, a, na, (size_t)k);
    } else {
        nx = kri_digits_lshift(x, a, na, (size_t)-k);
    }
    /* The quotient has at most 3 digits; the remainder replaces x. */
    KrDigit q[4];
    size_t nq, nrem;
    int rc = kri_digits_divrem(q, &nq, x, &nrem, x, nx, b, nb);
    free(heap);
    if (rc < 0)
        return -1;
    sticky = sticky || nrem > 0;
    uint64_t m = 0;
    for (size_t i = nq; i-- > 0;)
        m = (m << KR_DIGIT_BITS) | q[i];
    return make_double(m, k, sticky, out) < 0 ? -2 : 0;
}
