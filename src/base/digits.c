/* The linear part of the magnitude kernel: fixed-width primitives the other
 * digits_*.c files build on, addition and subtraction, single-digit
 * operations, shifts, Python's two's-complement bit operations, bit counts,
 * and conversions to and from machine integers and byte strings. Nothing here
 * allocates. Every result is normalized (no leading zero digit) and each
 * digit stays below KR_DIGIT_BASE, so a digit sum or difference fits a
 * uint32_t and a digit product plus two digits fits a uint64_t. */
#include "base/digits.h"

#include <string.h>

KrDigit kri_digits_add_n(KrDigit *r, const KrDigit *a, const KrDigit *b, size_t n)
{
    KrDigit carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += a[i] + b[i];
        r[i] = carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    return carry;
}

/* A negative difference wraps around 2^32, which sets bit 30: that bit is
 * the borrow. */
KrDigit kri_digits_sub_n(KrDigit *r, const KrDigit *a, const KrDigit *b, size_t n)
{
    KrDigit borrow = 0;
    for (size_t i = 0; i < n; i++) {
        borrow = a[i] - b[i] - borrow;
        r[i] = borrow & KR_DIGIT_MASK;
        borrow = (borrow >> KR_DIGIT_BITS) & 1;
    }
    return borrow;
}

KrDigit kri_digits_addmul1(KrDigit *r, const KrDigit *a, size_t n, KrDigit d)
{
    KrTwoDigits carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (KrTwoDigits)a[i] * d + r[i];
        r[i] = (KrDigit)carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    return (KrDigit)carry;
}

/* The running carry c (between -(base + 1) and 0) is kept as c + 2^32, and
 * each step adds 2^62 - 2^32, a multiple of the base: the low digit is then
 * unchanged and the sum, never negative, shifts down to the next biased
 * carry. One add and one shift per digit on the carry chain. */
KrDigit kri_digits_submul1(KrDigit *r, const KrDigit *a, size_t n, KrDigit d)
{
    const KrTwoDigits bias = (KrTwoDigits)1 << 32, offset = ((KrTwoDigits)1 << 62) - bias;
    KrTwoDigits carry = bias;
    for (size_t i = 0; i < n; i++) {
        KrTwoDigits u = r[i] + (offset - (KrTwoDigits)a[i] * d) + carry;
        r[i] = (KrDigit)u & KR_DIGIT_MASK;
        carry = u >> KR_DIGIT_BITS;
    }
    return (KrDigit)(bias - carry);
}

int kri_digits_cmp_n(const KrDigit *a, const KrDigit *b, size_t n)
{
    while (n-- > 0) {
        if (a[n] != b[n])
            return a[n] < b[n] ? -1 : 1;
    }
    return 0;
}

int kri_digits_cmp(const KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    return kri_digits_cmp_n(a, b, na);
}

/* Copies a[from, n) to r while a carry of 1 ripples through; the digits
 * after the ripple stops are copied unchanged. Returns the final carry. */
static KrDigit ripple_add(KrDigit *r, const KrDigit *a, size_t from, size_t n, KrDigit carry)
{
    size_t i = from;
    for (; carry && i < n; i++) {
        carry += a[i];
        r[i] = carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    if (r != a && i < n)
        memcpy(r + i, a + i, (n - i) * sizeof(KrDigit));
    return carry;
}

/* As ripple_add for a borrow; the caller guarantees it stops within a. */
static void ripple_sub(KrDigit *r, const KrDigit *a, size_t from, size_t n, KrDigit borrow)
{
    size_t i = from;
    for (; borrow && i < n; i++) {
        borrow = a[i] - borrow;
        r[i] = borrow & KR_DIGIT_MASK;
        borrow = (borrow >> KR_DIGIT_BITS) & 1;
    }
    if (r != a && i < n)
        memcpy(r + i, a + i, (n - i) * sizeof(KrDigit));
}

size_t kri_digits_add(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    if (na < nb) {
        const KrDigit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    KrDigit carry = kri_digits_add_n(r, a, b, nb);
    carry = ripple_add(r, a, nb, na, carry);
    r[na] = carry;
    return na + carry;
}

size_t kri_digits_sub(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    KrDigit borrow = kri_digits_sub_n(r, a, b, nb);
    ripple_sub(r, a, nb, na, borrow);
    return kri_digits_normalize(r, na);
}

size_t kri_digits_add1(KrDigit *r, const KrDigit *a, size_t na, KrDigit d)
{
    KrDigit carry = ripple_add(r, a, 0, na, d);
    r[na] = carry;
    return kri_digits_normalize(r, na + 1);
}

size_t kri_digits_sub1(KrDigit *r, const KrDigit *a, size_t na, KrDigit d)
{
    if (na == 0)
        return 0;
    KrDigit first = a[0] - d;
    r[0] = first & KR_DIGIT_MASK;
    ripple_sub(r, a, 1, na, (first >> KR_DIGIT_BITS) & 1);
    return kri_digits_normalize(r, na);
}

size_t kri_digits_muladd1(KrDigit *r, const KrDigit *a, size_t na, KrDigit m, KrDigit add)
{
    KrTwoDigits carry = add;
    for (size_t i = 0; i < na; i++) {
        carry += (KrTwoDigits)a[i] * m;
        r[i] = (KrDigit)carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    r[na] = (KrDigit)carry;
    return kri_digits_normalize(r, na + 1);
}

size_t kri_digits_incr(KrDigit *a, size_t na)
{
    return kri_digits_add1(a, a, na, 1);
}

/* ---- shifts ---- */

/* Works downwards so that r == a is safe: digit i + whole is written only
 * after digits i and i - 1 of a were read. */
size_t kri_digits_lshift(KrDigit *r, const KrDigit *a, size_t na, size_t bits)
{
    if (na == 0)
        return 0;
    size_t whole = bits / KR_DIGIT_BITS;
    int s = (int)(bits % KR_DIGIT_BITS);
    size_t top = na + whole;
    if (s == 0) {
        memmove(r + whole, a, na * sizeof(KrDigit));
    } else {
        r[top] = a[na - 1] >> (KR_DIGIT_BITS - s);
        for (size_t i = na - 1; i > 0; i--)
            r[i + whole] = ((a[i] << s) | (a[i - 1] >> (KR_DIGIT_BITS - s))) & KR_DIGIT_MASK;
        r[whole] = (a[0] << s) & KR_DIGIT_MASK;
        top++;
    }
    memset(r, 0, whole * sizeof(KrDigit));
    return kri_digits_normalize(r, top);
}

size_t kri_digits_rshift(KrDigit *r, const KrDigit *a, size_t na, size_t bits)
{
    size_t whole = bits / KR_DIGIT_BITS;
    if (whole >= na)
        return 0;
    int s = (int)(bits % KR_DIGIT_BITS);
    size_t n = na - whole;
    if (s == 0) {
        memmove(r, a + whole, n * sizeof(KrDigit));
        return kri_digits_normalize(r, n);
    }
    for (size_t i = 0; i + 1 < n; i++)
        r[i] = ((a[i + whole] >> s) | (a[i + whole + 1] << (KR_DIGIT_BITS - s))) & KR_DIGIT_MASK;
    r[n - 1] = a[na - 1] >> s;
    return kri_digits_normalize(r, n);
}

bool kri_digits_any_below(const KrDigit *a, size_t na, uint64_t bits)
{
    uint64_t whole = bits / KR_DIGIT_BITS;
    size_t i = 0;
    for (; i < na && i < whole; i++) {
        if (a[i])
            return true;
    }
    int s = (int)(bits % KR_DIGIT_BITS);
    return i < na && s && (a[i] & ((1u << s) - 1));
}

/* floor(-a / 2^bits) == -ceil(a / 2^bits): round the magnitude up when any
 * bit shifted out was set. */
size_t kri_digits_rshift_floor(KrDigit *r, const KrDigit *a, size_t na, size_t bits,
                               bool negative)
{
    bool round_up = negative && kri_digits_any_below(a, na, bits);
    size_t n = kri_digits_rshift(r, a, na, bits);
    return round_up ? kri_digits_incr(r, n) : n;
}

uint64_t kri_digits_extract64(const KrDigit *a, size_t na, uint64_t shift)
{
    uint64_t whole = shift / KR_DIGIT_BITS;
    int s = (int)(shift % KR_DIGIT_BITS);
    uint64_t v = 0;
    int have = -s; /* bits of v filled so far, counted from bit [shift] */
    for (uint64_t i = whole; i < na && have < 64; i++) {
        if (have < 0)
            v = a[i] >> -have;
        else
            v |= (uint64_t)a[i] << have;
        have += KR_DIGIT_BITS;
    }
    return v;
}

/* ---- two's complement bit operations ---- */

/* Produces, digit by digit, the infinite two's complement form of -a or a:
 * for -a that is ~(a - 1), computed with a running borrow. Past the end of a
 * the digits are the sign: 0 or all ones. */
typedef struct TwosStream {
    const KrDigit *d;
    size_t n;
    bool negative;
    KrDigit borrow;
} TwosStream;

static KrDigit twos_next(TwosStream *t, size_t i)
{
    KrDigit v = i < t->n ? t->d[i] : 0;
    if (!t->negative)
        return v;
    KrDigit w = v - t->borrow;
    t->borrow = (w >> KR_DIGIT_BITS) & 1;
    return ~w & KR_DIGIT_MASK;
}

static bool bitop_apply(KrDigitsBitop op, bool x, bool y)
{
    return op == KR_DIGITS_AND ? x && y : op == KR_DIGITS_OR ? x || y : x != y;
}

/* Digit max(na, nb) is pure sign on both sides, so the result's digit there
 * is its sign too; converting back from two's complement then fits the
 * max(na, nb) + 1 digits computed. */
size_t kri_digits_bitop(KrDigit *r, bool *rneg, KrDigitsBitop op, bool aneg, const KrDigit *a,
                        size_t na, bool bneg, const KrDigit *b, size_t nb)
{
    TwosStream x = {a, na, aneg, 1}, y = {b, nb, bneg, 1};
    bool neg = bitop_apply(op, aneg, bneg);
    size_t n = (na > nb ? na : nb) + 1;
    KrDigit carry = 1; /* -z == ~z + 1 for a negative result z */
    for (size_t i = 0; i < n; i++) {
        KrDigit u = twos_next(&x, i), v = twos_next(&y, i);
        KrDigit z = op == KR_DIGITS_AND ? u & v : op == KR_DIGITS_OR ? u | v : u ^ v;
        if (neg) {
            carry += ~z & KR_DIGIT_MASK;
            z = carry & KR_DIGIT_MASK;
            carry >>= KR_DIGIT_BITS;
        }
        r[i] = z;
    }
    n = kri_digits_normalize(r, n);
    *rneg = neg && n > 0;
    return n;
}

size_t kri_digits_invert(KrDigit *r, bool *rneg, bool aneg, const KrDigit *a, size_t na)
{
    *rneg = !aneg;
    if (aneg)
        return kri_digits_sub1(r, a, na, 1); /* ~(-a) == a - 1 */
    return kri_digits_add1(r, a, na, 1);     /* ~a == -(a + 1) */
}

uint64_t kri_digits_bit_length(const KrDigit *a, size_t na)
{
    if (na == 0)
        return 0;
    return (uint64_t)(na - 1) * KR_DIGIT_BITS + (uint64_t)kri_digit_bit_length(a[na - 1]);
}

uint64_t kri_digits_bit_count(const KrDigit *a, size_t na)
{
    uint64_t count = 0;
    for (size_t i = 0; i < na; i++)
        count += (uint64_t)__builtin_popcount(a[i]);
    return count;
}

uint64_t kri_digits_ctz(const KrDigit *a, size_t na)
{
    for (size_t i = 0; i < na; i++) {
        if (a[i])
            return (uint64_t)i * KR_DIGIT_BITS + (uint64_t)__builtin_ctz(a[i]);
    }
    return 0;
}

/* ---- machine integers ---- */

size_t kri_digits_from_uint64(KrDigit *r, uint64_t v)
{
    size_t n = 0;
    while (v) {
        r[n++] = (KrDigit)v & KR_DIGIT_MASK;
        v >>= KR_DIGIT_BITS;
    }
    return n;
}

size_t kri_digits_from_int64(KrDigit *r, int64_t v, bool *negative)
{
    *negative = v < 0;
    /* Negating in uint64_t keeps INT64_MIN defined. */
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return kri_digits_from_uint64(r, m);
}

int kri_digits_to_uint64(const KrDigit *a, size_t na, uint64_t *out)
{
    if (kri_digits_bit_length(a, na) > 64)
        return -1;
    uint64_t v = 0;
    for (size_t i = na; i-- > 0;)
        v = (v << KR_DIGIT_BITS) | a[i];
    *out = v;
    return 0;
}

int kri_digits_to_int64(bool negative, const KrDigit *a, size_t na, int64_t *out)
{
    uint64_t m;
    if (kri_digits_to_uint64(a, na, &m) < 0)
        return -1;
    uint64_t limit = (uint64_t)INT64_MAX + (negative ? 1 : 0);
    if (m > limit)
        return -1;
    /* -m computed without signed overflow when m == 2^63. */
    *out = negative ? (int64_t)(0 - m) : (int64_t)m;
    return 0;
}

/* ---- byte strings ---- */

/* Whether x = (negative ? -a : a) fits [len] bytes. Two's complement holds
 * -2^(8 len - 1) .. 2^(8 len - 1) - 1; the unsigned form 0 .. 2^(8 len) - 1. */
static bool bytes_fit(size_t len, bool is_signed, bool negative, const KrDigit *a, size_t na)
{
    uint64_t bits = kri_digits_bit_length(a, na);
    if (!is_signed)
        return bits <= (uint64_t)len * 8;
    if (negative && bits > 0 && kri_digits_ctz(a, na) == bits - 1)
        bits--; /* -2^k needs no more bits than 2^k - 1 */
    /* CPython lets 0 and -1 both fit in zero bytes. */
    return bits + 1 <= (uint64_t)len * 8 || bits == 0;
}

int kri_digits_to_bytes(unsigned char *out, size_t len, bool little, bool is_signed,
                        bool negative, const KrDigit *a, size_t na)
{
    if (negative && !is_signed)
        return -2;
    if (!bytes_fit(len, is_signed, negative, a, na))
        return -1;
    TwosStream t = {a, na, negative, 1};
    uint64_t acc = 0;
    int have = 0;
    size_t next = 0;
    for (size_t k = 0; k < len; k++) {
        if (have < 8) {
            acc |= (uint64_t)twos_next(&t, next++) << have;
            have += KR_DIGIT_BITS;
        }
        out[little ? k : len - 1 - k] = (unsigned char)acc;
        acc >>= 8;
        have -= 8;
    }
    return 0;
}

/* A negative value's magnitude is ~x + 1 over the 8 len bits: the bytes are
 * complemented as read, and the + 1 carried along. */
size_t kri_digits_from_bytes(KrDigit *r, bool *negative, const unsigned char *s, size_t len,
                             bool little, bool is_signed)
{
    unsigned char top = len ? s[little ? len - 1 : 0] : 0;
    bool neg = is_signed && (top & 0x80);
    unsigned carry = neg ? 1 : 0;
    uint64_t acc = 0;
    int have = 0;
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        unsigned byte = s[little ? k : len - 1 - k];
        if (neg) {
            carry += ~byte & 0xFFu;
            byte = carry & 0xFFu;
            carry >>= 8;
        }
        acc |= (uint64_t)byte << have;
        have += 8;
        if (have >= KR_DIGIT_BITS) {
            r[n++] = (KrDigit)acc & KR_DIGIT_MASK;
            acc >>= KR_DIGIT_BITS;
            have -= KR_DIGIT_BITS;
        }
    }
    if (have > 0)
        r[n++] = (KrDigit)acc;
    /* With every byte zero, a complement carries out: -2^(8 len) cannot be
     * signed input, since the top byte's sign bit would be clear. */
    n = kri_digits_normalize(r, n);
    *negative = neg && n > 0;
    return n;
}
