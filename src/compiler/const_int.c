/* Arbitrary-precision integers for constant folding: just enough of Python's
 * int to fold `2**64 - 1`, `1 << 100` or `-0x8000` exactly as CPython 3.11's
 * AST optimizer does, without the object model.
 * A KrBigInt is sign + magnitude in base 2**32 digits, least significant
 * first, never with a leading zero digit (zero has no digits and is never
 * negative). Every result is a fresh digit array in the given arena; inputs
 * are never modified. Functions return -1 when the operation has no result
 * (division by zero, a negative shift, a float overflow) or memory runs out:
 * for the folder both mean "leave the expression alone".
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A digit array for [n] digits (at least one, never NULL-sized). */
static uint32_t *digits_new(KrArena *arena, size_t n)
{
    return kri_arena_alloc(arena, (n ? n : 1) * sizeof(uint32_t));
}

/* Drops leading zero digits and the sign of zero. */
static void normalize(KrBigInt *x, uint32_t *d, size_t n)
{
    while (n && d[n - 1] == 0)
        n--;
    x->digits = d;
    x->ndigits = n;
    if (n == 0)
        x->negative = false;
}

int kri_bigint_from_u64(KrArena *arena, uint64_t mag, bool negative, KrBigInt *out)
{
    uint32_t *d = digits_new(arena, 2);
    if (!d)
        return -1;
    d[0] = (uint32_t)mag;
    d[1] = (uint32_t)(mag >> 32);
    out->negative = negative;
    normalize(out, d, 2);
    return 0;
}

int kri_bigint_from_i64(KrArena *arena, int64_t v, KrBigInt *out)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return kri_bigint_from_u64(arena, mag, v < 0, out);
}

/* d[0..n) = d * mul + add, returning the carry out. */
static uint32_t mul_add_small(uint32_t *d, size_t n, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (uint64_t)d[i] * mul;
        d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

int kri_bigint_from_text(KrArena *arena, const char *text, size_t len, int base,
                         KrBigInt *out)
{
    /* Each digit of [base] adds at most 4 bits. */
    size_t cap = len * 4 / 32 + 2, n = 0;
    uint32_t *d = digits_new(arena, cap);
    if (!d)
        return -1;
    for (size_t i = 0; i < len; i++) {
        int v = kri_hex_digit((unsigned char)text[i]);
        if (v < 0 || v >= base)
            return -1;
        uint32_t carry = mul_add_small(d, n, (uint32_t)base, (uint32_t)v);
        if (carry)
            d[n++] = carry;
    }
    out->negative = false;
    normalize(out, d, n);
    return 0;
}

bool kri_bigint_to_i64(const KrBigInt *x, int64_t *out)
{
    if (x->ndigits > 2)
        return false;
    uint64_t mag = 0;
    for (size_t i = x->ndigits; i-- > 0;)
        mag = (mag << 32) | x->digits[i];
    if (x->negative) {
        if (mag > (uint64_t)INT64_MAX + 1)
            return false;
        *out = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
    } else {
        if (mag > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)mag;
    }
    return true;
}

/* Compares |a| and |b|. */
static int cmp_mag(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

int kri_bigint_cmp(const KrBigInt *a, const KrBigInt *b)
{
    if (a->negative != b->negative)
        return a->negative ? -1 : 1;
    int c = cmp_mag(a->digits, a->ndigits, b->digits, b->ndigits);
    return a->negative ? -c : c;
}

size_t kri_bigint_numbits(const KrBigInt *x)
{
    if (x->ndigits == 0)
        return 0;
    uint32_t top = x->digits[x->ndigits - 1];
    return (x->ndigits - 1) * 32 + (size_t)(32 - __builtin_clz(top));
}

/* |a| + |b| with the given sign. */
static int add_mag(KrArena *arena, const KrBigInt *a, const KrBigInt *b, bool negative,
                   KrBigInt *out)
{
    if (a->ndigits < b->ndigits) {
        const KrBigInt *t = a;
        a = b;
        b = t;
    }
    uint32_t *d = digits_new(arena, a->ndigits + 1);
    if (!d)
        return -1;
    uint64_t carry = 0;
    for (size_t i = 0; i < a->ndigits; i++) {
        carry += a->digits[i];
        if (i < b->ndigits)
            carry += b->digits[i];
        d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    d[a->ndigits] = (uint32_t)carry;
    out->negative = negative;
    normalize(out, d, a->ndigits + 1);
    return 0;
}

/* |a| - |b| for |a| >= |b|, with the given sign. */
static int sub_mag(KrArena *arena, const KrBigInt *a, const KrBigInt *b, bool negative,
                   KrBigInt *out)
{
    uint32_t *d = digits_new(arena, a->ndigits);
    if (!d)
        return -1;
    int64_t borrow = 0;
    for (size_t i = 0; i < a->ndigits; i++) {
        int64_t v = (int64_t)a->digits[i] - borrow - (i < b->ndigits ? b->digits[i] : 0);
        borrow = v < 0;
        d[i] = (uint32_t)(v + (borrow ? (int64_t)1 << 32 : 0));
    }
    out->negative = negative;
    normalize(out, d, a->ndigits);
    return 0;
}

/* a + b, with b's sign flipped when [negate_b]. */
static int add_signed(KrArena *arena, const KrBigInt *a, const KrBigInt *b, bool negate_b,
                      KrBigInt *out)
{
    bool bneg = b->ndigits ? b->negative != negate_b : false;
    if (a->negative == bneg)
        return add_mag(arena, a, b, a->negative, out);
    if (cmp_mag(a->digits, a->ndigits, b->digits, b->ndigits) >= 0)
        return sub_mag(arena, a, b, a->negative, out);
    return sub_mag(arena, b, a, bneg, out);
}

int kri_bigint_add(KrArena *arena, const KrBigInt *a, const KrBigInt *b, KrBigInt *out)
{
    return add_signed(arena, a, b, false, out);
}

int kri_bigint_sub(KrArena *arena, const KrBigInt *a, const KrBigInt *b, KrBigInt *out)
{
    return add_signed(arena, a, b, true, out);
}

int kri_bigint_mul(KrArena *arena, const KrBigInt *a, const KrBigInt *b, KrBigInt *out)
{
    size_t n = a->ndigits + b->ndigits;
    uint32_t *d = digits_new(arena, n);
    if (!d)
        return -1;
    memset(d, 0, (n ? n : 1) * sizeof(uint32_t));
    for (size_t i = 0; i < a->ndigits; i++) {
        uint64_t carry = 0;
        for (size_t j = 0; j < b->ndigits; j++) {
            carry += (uint64_t)a->digits[i] * b->digits[j] + d[i + j];
            d[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        d[i + b->ndigits] = (uint32_t)carry;
    }
    out->negative = a->negative != b->negative;
    normalize(out, d, n);
    return 0;
}

/* Truncating division of magnitudes (Knuth's algorithm D): q = |a| / |b|,
 * r = |a| % |b|, both non-negative. Both operands are shifted so the
 * divisor's top digit has its high bit set; each quotient digit is then
 * estimated from the top two digits of the remainder, off by at most two,
 * and corrected by the add-back step. */
static int divmod_mag(KrArena *arena, const KrBigInt *a, const KrBigInt *b, KrBigInt *q,
                      KrBigInt *r)
{
    size_t na = a->ndigits, nb = b->ndigits;
    q->negative = r->negative = false;
    if (cmp_mag(a->digits, na, b->digits, nb) < 0) {
        normalize(q, digits_new(arena, 1), 0);
        uint32_t *rd = digits_new(arena, na);
        if (!rd)
            return -1;
        memcpy(rd, a->digits, na * sizeof(uint32_t));
        normalize(r, rd, na);
        return 0;
    }
    uint32_t *qd = digits_new(arena, na - nb + 1);
    uint32_t *u = digits_new(arena, na + 1), *v = digits_new(arena, nb);
    if (!qd || !u || !v)
        return -1;
    /* Shift so the divisor's top digit has its high bit set. */
    int s = __builtin_clz(b->digits[nb - 1]);
    for (size_t i = nb; i-- > 0;)
        v[i] = (b->digits[i] << s) | (s && i ? b->digits[i - 1] >> (32 - s) : 0);
    u[na] = s ? a->digits[na - 1] >> (32 - s) : 0;
    for (size_t i = na; i-- > 0;)
        u[i] = (a->digits[i] << s) | (s && i ? a->digits[i - 1] >> (32 - s) : 0);
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / v[nb - 1], rhat = num % v[nb - 1];
        while (qhat >> 32 ||
               (nb > 1 && qhat * v[nb - 2] > ((rhat << 32) | u[j + nb - 2]))) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat >> 32)
                break;
        }
        /* u[j..j+nb] -= qhat * v */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            carry += qhat * v[i];
            int64_t t = (int64_t)u[i + j] - borrow - (int64_t)(uint32_t)carry;
            carry >>= 32;
            borrow = t < 0;
            u[i + j] = (uint32_t)(t + (borrow ? (int64_t)1 << 32 : 0));
        }
        int64_t t = (int64_t)u[j + nb] - borrow - (int64_t)carry;
        u[j + nb] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u[j + nb] += (uint32_t)c;
        }
        qd[j] = (uint32_t)qhat;
    }
    normalize(q, qd, na - nb + 1);
    for (size_t i = 0; i < nb; i++)
        u[i] = (u[i] >> s) | (s && i + 1 < nb + 1 ? u[i + 1] << (32 - s) : 0);
    normalize(r, u, nb);
    return 0;
}

static const uint32_t one_digit[1] = {1};

int kri_bigint_divmod(KrArena *arena, const KrBigInt *a, const KrBigInt *b, KrBigInt *q,
                      KrBigInt *r)
{
    if (b->ndigits == 0)
        return -1;
    KrBigInt qq, rr;
    if (divmod_mag(arena, a, b, &qq, &rr) < 0)
        return -1;
    /* Python floors: when the signs differ and the division is inexact, the
     * quotient goes one further down and the remainder takes b's sign. */
    qq.negative = qq.ndigits && a->negative != b->negative;
    rr.negative = rr.ndigits && a->negative;
    if (rr.ndigits && a->negative != b->negative) {
        KrBigInt one = {false, 1, one_digit};
        if (kri_bigint_sub(arena, &qq, &one, &qq) < 0 ||
            kri_bigint_add(arena, &rr, b, &rr) < 0)
            return -1;
    }
    if (q)
        *q = qq;
    if (r)
        *r = rr;
    return 0;
}

int kri_bigint_pow(KrArena *arena, const KrBigInt *base, uint64_t exponent, KrBigInt *out)
{
    KrBigInt result = {false, 1, one_digit}, b = *base;
    while (exponent) {
        if (exponent & 1 && kri_bigint_mul(arena, &result, &b, &result) < 0)
            return -1;
        exponent >>= 1;
        if (exponent && kri_bigint_mul(arena, &b, &b, &b) < 0)
            return -1;
    }
    *out = result;
    return 0;
}

int kri_bigint_lshift(KrArena *arena, const KrBigInt *a, size_t shift, KrBigInt *out)
{
    size_t whole = shift / 32, bits = shift % 32, n = a->ndigits + whole + 1;
    uint32_t *d = digits_new(arena, n);
    if (!d)
        return -1;
    memset(d, 0, n * sizeof(uint32_t));
    for (size_t i = 0; i < a->ndigits; i++) {
        uint64_t v = (uint64_t)a->digits[i] << bits;
        d[i + whole] |= (uint32_t)v;
        d[i + whole + 1] |= (uint32_t)(v >> 32);
    }
    out->negative = a->negative;
    normalize(out, d, n);
    return 0;
}

int kri_bigint_rshift(KrArena *arena, const KrBigInt *a, size_t shift, KrBigInt *out)
{
    /* Python's >> floors: for a negative a it is ~(~a >> shift). */
    KrBigInt x = *a;
    if (a->negative && kri_bigint_invert(arena, a, &x) < 0)
        return -1;
    size_t whole = shift / 32, bits = shift % 32;
    size_t n = x.ndigits > whole ? x.ndigits - whole : 0;
    uint32_t *d = digits_new(arena, n);
    if (!d)
        return -1;
    for (size_t i = 0; i < n; i++) {
        uint64_t v = x.digits[i + whole];
        if (i + whole + 1 < x.ndigits)
            v |= (uint64_t)x.digits[i + whole + 1] << 32;
        d[i] = (uint32_t)(v >> bits);
    }
    out->negative = false;
    normalize(out, d, n);
    if (a->negative)
        return kri_bigint_invert(arena, out, out);
    return 0;
}

int kri_bigint_invert(KrArena *arena, const KrBigInt *a, KrBigInt *out)
{
    /* ~a == -(a + 1) */
    KrBigInt one = {false, 1, one_digit};
    if (kri_bigint_add(arena, a, &one, out) < 0)
        return -1;
    out->negative = out->ndigits && !out->negative;
    return 0;
}

/* The result shares [a]'s digits (they are never modified); [arena] keeps
 * the signature of the other operations. */
int kri_bigint_neg(KrArena *arena, const KrBigInt *a, KrBigInt *out)
{
    (void)arena;
    *out = *a;
    out->negative = a->ndigits && !a->negative;
    return 0;
}

/* Two's complement digits of [a] over [n] digits (n > a's digits). */
static void twos_complement(const KrBigInt *a, uint32_t *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        d[i] = i < a->ndigits ? a->digits[i] : 0;
    if (a->negative) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~d[i];
            d[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

int kri_bigint_bitop(KrArena *arena, const KrBigInt *a, const KrBigInt *b, char op,
                     KrBigInt *out)
{
    size_t n = (a->ndigits > b->ndigits ? a->ndigits : b->ndigits) + 1;
    uint32_t *x = digits_new(arena, n), *y = digits_new(arena, n);
    if (!x || !y)
        return -1;
    twos_complement(a, x, n);
    twos_complement(b, y, n);
    for (size_t i = 0; i < n; i++)
        x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
    bool negative = x[n - 1] >> 31;
    if (negative) { /* back to a magnitude */
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (uint32_t)~x[i];
            x[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    out->negative = negative;
    normalize(out, x, n);
    return 0;
}

/* The top 64 bits of |x| (which has [nbits] > 64 bits), with the lowest one
 * set when any bit below them is: enough for a correctly rounded double. */
static uint64_t top_bits_sticky(const uint32_t *d, size_t n, size_t nbits)
{
    size_t low = nbits - 64; /* bits below the window */
    uint64_t m = 0;
    for (size_t bit = 0; bit < 64; bit++) {
        size_t pos = low + bit;
        if (pos / 32 < n && (d[pos / 32] >> (pos % 32)) & 1)
            m |= (uint64_t)1 << bit;
    }
    bool sticky = false;
    for (size_t pos = 0; pos < low && !sticky; pos++)
        sticky = (d[pos / 32] >> (pos % 32)) & 1;
    return m | (sticky ? 1 : 0);
}

int kri_bigint_to_double(const KrBigInt *x, double *out)
{
    size_t nbits = kri_bigint_numbits(x);
    double v;
    if (nbits <= 64) {
        uint64_t m = 0;
        for (size_t i = x->ndigits; i-- > 0;)
            m = (m << 32) | x->digits[i];
        v = (double)m;
    } else {
        if (nbits > 1100)
            return -1;
        v = ldexp((double)top_bits_sticky(x->digits, x->ndigits, nbits), (int)(nbits - 64));
    }
    if (isinf(v))
        return -1; /* OverflowError: int too large to convert to float */
    *out = x->negative ? -v : v;
    return 0;
}

int kri_bigint_truediv(KrArena *arena, const KrBigInt *a, const KrBigInt *b, double *out)
{
    if (b->ndigits == 0)
        return -1;
    size_t na = kri_bigint_numbits(a), nb = kri_bigint_numbits(b);
    bool negative = a->negative != b->negative;
    if (na <= 53 && nb <= 53) { /* both exact as doubles: one rounding */
        double x, y;
        if (kri_bigint_to_double(a, &x) < 0 || kri_bigint_to_double(b, &y) < 0)
            return -1;
        *out = x / y;
        return 0;
    }
    /* Scale so the quotient has 64 bits or so, keep a sticky bit for the
     * remainder, and let the conversion round once. */
    KrBigInt ua = *a, ub = *b, q, r;
    ua.negative = ub.negative = false;
    long shift = (long)nb - (long)na + 64;
    if (shift > 0 && kri_bigint_lshift(arena, &ua, (size_t)shift, &ua) < 0)
        return -1;
    if (shift < 0 && kri_bigint_lshift(arena, &ub, (size_t)-shift, &ub) < 0)
        return -1;
    if (divmod_mag(arena, &ua, &ub, &q, &r) < 0)
        return -1;
    size_t nq = kri_bigint_numbits(&q);
    uint64_t m = nq > 64 ? top_bits_sticky(q.digits, q.ndigits, nq) : 0;
    if (nq <= 64)
        for (size_t i = q.ndigits; i-- > 0;)
            m = (m << 32) | q.digits[i];
    long exp2 = nq > 64 ? (long)nq - 64 - shift : -shift;
    if (r.ndigits)
        m |= 1;
    if (exp2 > 2000)
        return -1;
    double v = ldexp((double)m, exp2 < -2000 ? -2000 : (int)exp2);
    if (isinf(v))
        return -1;
    *out = negative ? -v : v;
    return 0;
}

int kri_bigint_to_decimal(KrBuf *out, const KrBigInt *x)
{
    if (x->ndigits == 0)
        return kri_buf_putc(out, '0');
    /* Repeated division by 10**9; the chunks come out least significant first. */
    size_t n = x->ndigits, nchunks = 0;
    uint32_t *d = malloc(n * sizeof(uint32_t));
    uint32_t *chunks = malloc((n * 32 / 29 + 2) * sizeof(uint32_t));
    int rc = -1;
    if (!d || !chunks)
        goto done;
    memcpy(d, x->digits, n * sizeof(uint32_t));
    while (n) {
        uint64_t rem = 0;
        for (size_t i = n; i-- > 0;) {
            uint64_t cur = (rem << 32) | d[i];
            d[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks[nchunks++] = (uint32_t)rem;
        while (n && d[n - 1] == 0)
            n--;
    }
    if (x->negative && kri_buf_putc(out, '-') < 0)
        goto done;
    if (kri_buf_printf(out, "%u", chunks[nchunks - 1]) < 0)
        goto done;
    for (size_t i = nchunks - 1; i-- > 0;)
        if (kri_buf_printf(out, "%09u", chunks[i]) < 0)
            goto done;
    rc = 0;
done:
    free(d);
    free(chunks);
    return rc;
}
