/* Division of magnitudes. One-digit divisors take a single pass. Longer ones
 * are shifted until their top bit is set ("normalized"), which bounds the
 * error of each quotient digit guessed from leading digits. Short quotients
 * or divisors use Knuth's algorithm D (TAOCP 4.3.1): O(m n) for an m-digit
 * quotient. Long ones use recursive division (Burnikel and Ziegler; Brent and
 * Zimmermann, "Modern Computer Arithmetic" 1.4.3): each half of the quotient
 * is divided out using only as many top digits of the divisor as it has
 * digits, then corrected by one multiplication by the remaining digits, so a
 * 2n / n division costs about 2 M(n) log n. Quotients much longer than the
 * divisor are done n digits at a time from the top.
 * Invariant of every step: the part of the dividend being divided is below
 * base^k times the divisor, so its quotient has k digits. */
#include "base/digits.h"

#include <stdlib.h>
#include <string.h>

/* Quotients and divisors both longer than this go recursive. */
enum { DIV_DC_CUTOFF = 48 };

/* Room for operands on the stack before divrem reaches for malloc. */
enum { DIV_STACK_DIGITS = 64 };

size_t kri_digits_divrem1(KrDigit *q, const KrDigit *a, size_t na, KrDigit d, KrDigit *rem)
{
    KrTwoDigits r = 0;
    for (size_t i = na; i-- > 0;) {
        r = (r << KR_DIGIT_BITS) | a[i];
        KrDigit qd = (KrDigit)(r / d);
        r -= (KrTwoDigits)qd * d;
        q[i] = qd;
    }
    *rem = (KrDigit)r;
    return kri_digits_normalize(q, na);
}

KrDigit kri_digits_mod1(const KrDigit *a, size_t na, KrDigit d)
{
    KrTwoDigits r = 0;
    for (size_t i = na; i-- > 0;)
        r = ((r << KR_DIGIT_BITS) | a[i]) % d;
    return (KrDigit)r;
}

/* Algorithm D on a[0, na) with b normalized, nb >= 2, a's top nb digits
 * below b. Each quotient digit is guessed from the top two digits of the
 * window and the top digit of b, refined with b's second digit (after which
 * it is at most one too large), and the rare overshoot undone by adding b
 * back. */
static void knuth_div(KrDigit *q, KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    KrDigit btop = b[nb - 1], bnext = b[nb - 2];
    for (size_t j = na - nb; j-- > 0;) {
        KrDigit *w = a + j; /* the window w[0, nb], w[nb] <= btop */
        KrTwoDigits top = ((KrTwoDigits)w[nb] << KR_DIGIT_BITS) | w[nb - 1];
        KrTwoDigits qhat = top / btop;
        if (qhat > KR_DIGIT_MASK)
            qhat = KR_DIGIT_MASK;
        KrTwoDigits rhat = top - qhat * btop;
        while (rhat < KR_DIGIT_BASE &&
               qhat * bnext > ((rhat << KR_DIGIT_BITS) | w[nb - 2])) {
            qhat--;
            rhat += btop;
        }
        KrDigit owed = kri_digits_submul1(w, b, nb, (KrDigit)qhat);
        if (owed > w[nb]) {
            qhat--;
            kri_digits_add_n(w, w, b, nb);
        }
        w[nb] = 0;
        q[j] = (KrDigit)qhat;
    }
}

static int div_rec(KrDigit *q, KrDigit *a, const KrDigit *b, size_t n, size_t m);

/* q[0, k) = a[0, n + k) / b[0, n) (a < base^k b, k <= n), remainder left in
 * a[0, n). The k-digit quotient is first found from the top 2k digits of a
 * and the top k of b (it is then at most 2 too large, b being normalized),
 * then corrected after subtracting its product with the low n - k digits. */
static int div_part(KrDigit *q, KrDigit *a, const KrDigit *b, size_t n, size_t k)
{
    if (k < DIV_DC_CUTOFF) {
        knuth_div(q, a, n + k, b, n);
        return 0;
    }
    size_t low = n - k;
    KrDigit *at = a + low;
    const KrDigit *bt = b + low;
    if (kri_digits_cmp_n(at + k, bt, k) < 0) {
        if (div_rec(q, at, bt, k, k) < 0)
            return -1;
    } else {
        /* The top k digits of a equal bt (a < base^k b allows no more): the
         * estimate is base^k - 1, leaving at - (base^k - 1) bt = at[0, k) + bt. */
        for (size_t i = 0; i < k; i++)
            q[i] = KR_DIGIT_MASK;
        memset(at + k, 0, k * sizeof(KrDigit));
        at[k] = kri_digits_add_n(at, at, bt, k);
    }
    if (low == 0)
        return 0;
    KrDigit *prod = malloc(n * sizeof(KrDigit));
    if (!prod)
        return -1;
    if (kri_digits_mul(prod, q, k, b, low) < 0) {
        free(prod);
        return -1;
    }
    /* a[0, n] holds remainder * base^low + the low digits; a[n] is 0 or 1. */
    int64_t top = (int64_t)a[n] - kri_digits_sub_n(a, a, prod, n);
    while (top < 0) {
        for (size_t i = 0; q[i]-- == 0; i++)
            q[i] = KR_DIGIT_MASK;
        top += kri_digits_add_n(a, a, b, n);
    }
    a[n] = 0;
    free(prod);
    return 0;
}

/* q[0, m) = a[0, n + m) / b[0, n) for m <= n, a < base^m b: the high half
 * of the quotient, then the low half from what remains. */
static int div_rec(KrDigit *q, KrDigit *a, const KrDigit *b, size_t n, size_t m)
{
    if (m < DIV_DC_CUTOFF) {
        knuth_div(q, a, n + m, b, n);
        return 0;
    }
    size_t lo = m / 2;
    if (div_part(q + lo, a + lo, b, n, m - lo) < 0)
        return -1;
    return div_part(q, a, b, n, lo);
}

int kri_digits_div_normalized(KrDigit *q, KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    size_t m = na - nb;
    if (nb < DIV_DC_CUTOFF || m < DIV_DC_CUTOFF) {
        knuth_div(q, a, na, b, nb);
        return 0;
    }
    /* n quotient digits at a time from the top, each from a 2n-digit window
     * whose top half is the previous remainder. */
    while (m > nb) {
        m -= nb;
        if (div_rec(q + m, a + m, b, nb, nb) < 0)
            return -1;
    }
    return div_rec(q, a, b, nb, m);
}

/* The general case of divrem: a >= b, nb >= 2. Both are shifted so that b's
 * top bit is set; a gains a digit so that its top nb digits are below b. */
static int divrem_general(KrDigit *q, size_t *nq, KrDigit *r, size_t *nr, const KrDigit *a,
                          size_t na, const KrDigit *b, size_t nb)
{
    KrDigit stack[DIV_STACK_DIGITS];
    size_t qlen = na + 1 - nb;
    size_t need = na + 1 + nb + 1 + (q ? 0 : qlen); /* lshift writes b's carry digit */
    KrDigit *work = stack, *heap = NULL;
    if (need > DIV_STACK_DIGITS) {
        heap = malloc(need * sizeof(KrDigit));
        if (!heap)
            return -1;
        work = heap;
    }
    KrDigit *an = work, *bn = work + na + 1;
    KrDigit *qbuf = q ? q : bn + nb + 1;
    int s = KR_DIGIT_BITS - kri_digit_bit_length(b[nb - 1]);
    memset(an, 0, (na + 1) * sizeof(KrDigit));
    kri_digits_lshift(an, a, na, (size_t)s);
    kri_digits_lshift(bn, b, nb, (size_t)s);
    if (kri_digits_div_normalized(qbuf, an, na + 1, bn, nb) < 0) {
        free(heap);
        return -1;
    }
    if (nq)
        *nq = kri_digits_normalize(qbuf, qlen);
    if (r) {
        size_t n = kri_digits_rshift(r, an, kri_digits_normalize(an, nb), (size_t)s);
        if (nr)
            *nr = n;
    }
    free(heap);
    return 0;
}

int kri_digits_divrem(KrDigit *q, size_t *nq, KrDigit *r, size_t *nr, const KrDigit *a,
                      size_t na, const KrDigit *b, size_t nb)
{
    if (kri_digits_cmp(a, na, b, nb) < 0) {
        if (r)
            memmove(r, a, na * sizeof(KrDigit));
        if (q)
            q[0] = 0;
        if (nq)
            *nq = 0;
        if (nr)
            *nr = na;
        return 0;
    }
    if (nb == 1) {
        KrDigit d = b[0], rem;
        size_t n;
        if (q) {
            n = kri_digits_divrem1(q, a, na, d, &rem);
        } else {
            n = 0;
            rem = kri_digits_mod1(a, na, d);
        }
        if (nq)
            *nq = n;
        if (r)
            r[0] = rem;
        if (nr)
            *nr = rem ? 1 : 0;
        return 0;
    }
    return divrem_general(q, nq, r, nr, a, na, b, nb);
}
