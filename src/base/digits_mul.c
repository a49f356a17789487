/* Multiplication of magnitudes: schoolbook products for short operands,
 * Karatsuba's three half-size products above KARATSUBA_CUTOFF digits (a
 * separate squaring path above SQR_CUTOFF), and lopsided products (the short
 * operand at most half the long one) cut into slices of the short operand's
 * size, so that 10 x 100000 digits costs 10 x 100000 digit products.
 * Karatsuba's temporaries come from one scratch block per top-level call,
 * SCRATCH(n) = 6n + 64 digits for a long operand of n digits: a node takes
 * at most 2n + 6 digits and hands the rest to a child of at most n / 2 + 2
 * digits, whose own need fits by induction (that needs a cutoff of 16 or
 * more). Operands may have leading zeros; products write every digit. */
#include "base/digits.h"

#include <stdlib.h>
#include <string.h>

/* Measured on x86-64 (gcc -O2): below these sizes the schoolbook loops win. */
enum { KARATSUBA_CUTOFF = 32, SQR_CUTOFF = 48 };

_Static_assert(KARATSUBA_CUTOFF >= 16 && SQR_CUTOFF >= 16, "scratch bound needs cutoffs >= 16");

static size_t scratch_digits(size_t n)
{
    return 6 * n + 64;
}

/* r[0, n + 1] += b[0, n) (x0 + x1 base): two rows per pass, so the carry
 * chain (an add and a shift per digit) is shared by two products. A column
 * sum stays below 2^62. Returns the carry out of r[n]. */
static KrDigit addmul2(KrDigit *r, const KrDigit *b, size_t n, KrDigit x0, KrDigit x1)
{
    KrTwoDigits carry = (KrTwoDigits)b[0] * x0 + r[0];
    r[0] = (KrDigit)carry & KR_DIGIT_MASK;
    carry >>= KR_DIGIT_BITS;
    for (size_t j = 1; j < n; j++) {
        carry += (KrTwoDigits)b[j] * x0 + (KrTwoDigits)b[j - 1] * x1 + r[j];
        r[j] = (KrDigit)carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    carry += (KrTwoDigits)b[n - 1] * x1 + r[n];
    r[n] = (KrDigit)carry & KR_DIGIT_MASK;
    return (KrDigit)(carry >> KR_DIGIT_BITS);
}

size_t kri_digits_mul_basecase(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b,
                               size_t nb)
{
    if (na > nb) {
        const KrDigit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    memset(r, 0, (na + nb) * sizeof(KrDigit));
    if (nb == 0)
        return 0;
    size_t i = 0;
    for (; i + 1 < na; i += 2)
        r[i + nb + 1] = addmul2(r + i, b, nb, a[i], a[i + 1]);
    if (i < na)
        r[i + nb] = kri_digits_addmul1(r + i, b, nb, a[i]);
    return kri_digits_normalize(r, na + nb);
}

/* Each cross product a[i] a[j] (i < j) is formed once, the sum doubled by a
 * one-bit shift, then the squares a[i]^2 added on the diagonal. */
static void sqr_basecase(KrDigit *r, const KrDigit *a, size_t n)
{
    memset(r, 0, 2 * n * sizeof(KrDigit));
    for (size_t i = 0; i + 1 < n; i++)
        r[i + n] = kri_digits_addmul1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    KrDigit carry = 0;
    for (size_t i = 0; i < 2 * n; i++) {
        KrDigit d = (r[i] << 1) | carry;
        carry = r[i] >> (KR_DIGIT_BITS - 1);
        r[i] = d & KR_DIGIT_MASK;
    }
    KrTwoDigits acc = 0;
    for (size_t i = 0; i < n; i++) {
        acc += (KrTwoDigits)a[i] * a[i] + r[2 * i];
        r[2 * i] = (KrDigit)acc & KR_DIGIT_MASK;
        acc >>= KR_DIGIT_BITS;
        acc += r[2 * i + 1];
        r[2 * i + 1] = (KrDigit)acc & KR_DIGIT_MASK;
        acc >>= KR_DIGIT_BITS;
    }
}

/* r[0, n) += t[0, nt), where the sum is known to fit in n digits. */
static void add_into(KrDigit *r, size_t n, const KrDigit *t, size_t nt)
{
    KrDigit carry = kri_digits_add_n(r, r, t, nt);
    for (size_t i = nt; carry && i < n; i++) {
        carry += r[i];
        r[i] = carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
}

/* t[0, nt) -= s[0, ns) for ns <= nt, where t >= s. */
static void sub_from(KrDigit *t, size_t nt, const KrDigit *s, size_t ns)
{
    KrDigit borrow = kri_digits_sub_n(t, t, s, ns);
    for (size_t i = ns; borrow && i < nt; i++) {
        borrow = t[i] - borrow;
        t[i] = borrow & KR_DIGIT_MASK;
        borrow = (borrow >> KR_DIGIT_BITS) & 1;
    }
}

/* x[0, n) = lo[0, nlo) + hi[0, nhi), n = max(nlo, nhi) + 1. */
static size_t sum_halves(KrDigit *x, const KrDigit *lo, size_t nlo, const KrDigit *hi,
                         size_t nhi)
{
    size_t n = (nlo > nhi ? nlo : nhi) + 1;
    memset(x, 0, n * sizeof(KrDigit));
    memcpy(x, lo, nlo * sizeof(KrDigit));
    add_into(x, n, hi, nhi);
    return n;
}

static void kmul(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb,
                 KrDigit *scratch);

/* kmul for operands in either order. */
static void kmul_any(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb,
                     KrDigit *scratch)
{
    if (na <= nb)
        kmul(r, a, na, b, nb, scratch);
    else
        kmul(r, b, nb, a, na, scratch);
}

/* a is at most half of b: slices of b as long as a, each product added in. */
static void lopsided_mul(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb,
                         KrDigit *scratch)
{
    KrDigit *prod = scratch;
    memset(r, 0, (na + nb) * sizeof(KrDigit));
    for (size_t off = 0; off < nb; off += na) {
        size_t len = nb - off < na ? nb - off : na;
        kmul_any(prod, a, na, b + off, len, scratch + 2 * na);
        add_into(r + off, na + nb - off, prod, na + len);
    }
}

/* Karatsuba for na <= nb: with b = bh X + bl and a = ah X + al (X = base^h,
 * h = nb / 2), a b = ah bh X^2 + ((ah + al)(bh + bl) - ah bh - al bl) X + al bl.
 * The two outer products go straight into r; the middle one into scratch. */
static void kmul(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb,
                 KrDigit *scratch)
{
    if (na <= KARATSUBA_CUTOFF) {
        kri_digits_mul_basecase(r, a, na, b, nb);
        return;
    }
    if (2 * na <= nb) {
        lopsided_mul(r, a, na, b, nb, scratch);
        return;
    }
    size_t h = nb / 2;
    kmul(r, a, h, b, h, scratch);
    kmul_any(r + 2 * h, a + h, na - h, b + h, nb - h, scratch);
    KrDigit *sa = scratch;
    size_t nsa = sum_halves(sa, a, h, a + h, na - h);
    KrDigit *sb = sa + nsa;
    size_t nsb = sum_halves(sb, b, h, b + h, nb - h);
    KrDigit *mid = sb + nsb;
    kmul_any(mid, sa, nsa, sb, nsb, mid + nsa + nsb);
    size_t nmid = nsa + nsb;
    sub_from(mid, nmid, r, 2 * h);
    sub_from(mid, nmid, r + 2 * h, na + nb - 2 * h);
    add_into(r + h, na + nb - h, mid, kri_digits_normalize(mid, nmid));
}

/* Karatsuba squaring: a^2 = ah^2 X^2 + ((ah + al)^2 - ah^2 - al^2) X + al^2. */
static void ksqr(KrDigit *r, const KrDigit *a, size_t n, KrDigit *scratch)
{
    if (n <= SQR_CUTOFF) {
        sqr_basecase(r, a, n);
        return;
    }
    size_t h = n / 2;
    ksqr(r, a, h, scratch);
    ksqr(r + 2 * h, a + h, n - h, scratch);
    KrDigit *s = scratch;
    size_t ns = sum_halves(s, a, h, a + h, n - h);
    KrDigit *mid = s + ns;
    ksqr(mid, s, ns, mid + 2 * ns);
    sub_from(mid, 2 * ns, r, 2 * h);
    sub_from(mid, 2 * ns, r + 2 * h, 2 * (n - h));
    add_into(r + h, 2 * n - h, mid, kri_digits_normalize(mid, 2 * ns));
}

ptrdiff_t kri_digits_mul(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    if (na > nb) {
        const KrDigit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na == 0) {
        memset(r, 0, nb * sizeof(KrDigit));
        return 0;
    }
    if (a == b && na == nb)
        return kri_digits_sqr(r, a, na);
    if (na <= KARATSUBA_CUTOFF)
        return (ptrdiff_t)kri_digits_mul_basecase(r, a, na, b, nb);
    if (nb > (SIZE_MAX / sizeof(KrDigit) - 64) / 6)
        return -1;
    KrDigit *scratch = malloc(scratch_digits(nb) * sizeof(KrDigit));
    if (!scratch)
        return -1;
    kmul(r, a, na, b, nb, scratch);
    free(scratch);
    return (ptrdiff_t)kri_digits_normalize(r, na + nb);
}

ptrdiff_t kri_digits_sqr(KrDigit *r, const KrDigit *a, size_t na)
{
    if (na <= SQR_CUTOFF) {
        sqr_basecase(r, a, na);
        return (ptrdiff_t)kri_digits_normalize(r, 2 * na);
    }
    if (na > (SIZE_MAX / sizeof(KrDigit) - 64) / 6)
        return -1;
    KrDigit *scratch = malloc(scratch_digits(na) * sizeof(KrDigit));
    if (!scratch)
        return -1;
    ksqr(r, a, na, scratch);
    free(scratch);
    return (ptrdiff_t)kri_digits_normalize(r, 2 * na);
}
