/* Decimal digits of doubles: shortest round-trip digits (repr) and digits
 * correctly rounded to a precision (format, round).
 * Shortest: the interval R of reals that read back as v = c * 2^q holds at
 * least one multiple of 10^k and at most one of 10^(k+1), for k chosen with
 * 10^k <= width(R) < 10^(k+1) (Giulietti's Schubfach observation). So the
 * answer is that multiple of 10^(k+1) if there is one, else the nearer of
 * the two multiples of 10^k around v. The scaled values 4 * R's ends * 10^-k
 * come from one 64x128-bit product with a 128-bit power of five; products
 * whose fraction is too small to be trusted are settled exactly (a
 * divisibility test, or the slow exact path).
 * Precision modes: up to 17 digits, the nearest integer to v * 10^n from
 * the same kind of product; otherwise (and for ties) the exact value's
 * every digit (at most 767, in base 10^9 limbs), rounded half-even as a
 * string. See docs/internals/dtoa.md. */
#include "base/dtoa.h"

#include <limits.h>
#include <string.h>

__extension__ typedef unsigned __int128 u128;

#define MANT_BITS 52
#define MANT_MASK ((UINT64_C(1) << MANT_BITS) - 1)
#define LIMB_BASE 1000000000u
/* m * 5^1080 < 2^56 * 5^1080 has 772 digits (86 limbs); m * 2^1024 fewer. */
#define EXACT_LIMBS 88

/* A double's magnitude as c * 2^q with the IEEE fields decoded. */
typedef struct Binary {
    uint64_t c;
    int q;
    bool asym; /* c is a power of two above the smallest normal: the gap below
                * v is half the gap above */
} Binary;

static Binary decompose(double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & MANT_MASK;
    int biased = (int)((bits >> MANT_BITS) & 0x7FF);
    Binary b;
    if (biased == 0) {
        b.c = frac;
        b.q = -1074;
    } else {
        b.c = frac | (UINT64_C(1) << MANT_BITS);
        b.q = biased - 1075;
    }
    b.asym = frac == 0 && biased > 1;
    return b;
}

static void set_zero(KrDigits *out)
{
    out->digits[0] = '0';
    out->ndigits = 1;
    out->decpt = 1;
}

/* ---- exact decimal expansion ---- */

typedef struct Limbs {
    uint32_t v[EXACT_LIMBS]; /* base 10^9, least significant first */
    int n;
} Limbs;

/* a = a * [mul] for mul <= 5^13 (products stay below 2^61). */
static void limbs_mul(Limbs *a, uint32_t mul)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->v[i] * mul + carry;
        a->v[i] = (uint32_t)(t % LIMB_BASE);
        carry = t / LIMB_BASE;
    }
    while (carry) {
        a->v[a->n++] = (uint32_t)(carry % LIMB_BASE);
        carry /= LIMB_BASE;
    }
}

/* Writes [v] as exactly [width] digits at [p], leading zeros included. */
static void put_limb(char *p, uint32_t v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

static const uint64_t pow10[20] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
    UINT64_C(10000000000), UINT64_C(100000000000), UINT64_C(1000000000000),
    UINT64_C(10000000000000), UINT64_C(100000000000000), UINT64_C(1000000000000000),
    UINT64_C(10000000000000000), UINT64_C(100000000000000000),
    UINT64_C(1000000000000000000), UINT64_C(10000000000000000000)};

/* Decimal digits in [v] > 0: from the bit length (log10(2) ~ 1233 / 4096),
 * corrected by one comparison. */
static int count_digits(uint64_t v)
{
    int bits = 64 - __builtin_clzll(v);
    int n = (bits * 1233) >> 12; /* floor(log10(2^bits)) */
    return n + (v >= pow10[n]);
}

void kri_dtoa_exact(uint64_t m, int e2, KrDigits *out)
{
    /* With a negative exponent each factor two in m saves a multiply by 5. */
    if (e2 < 0) {
        int tz = __builtin_ctzll(m);
        if (tz > -e2)
            tz = -e2;
        m >>= tz;
        e2 += tz;
    }
    Limbs a;
    a.n = 0;
    for (; m; m /= LIMB_BASE)
        a.v[a.n++] = (uint32_t)(m % LIMB_BASE);
    /* m * 2^e2 = a, or m * 5^-e2 * 10^e2 = a * 10^e2. */
    int shift = 0;
    if (e2 >= 0) {
        for (; e2 >= 29; e2 -= 29)
            limbs_mul(&a, UINT32_C(1) << 29);
        if (e2)
            limbs_mul(&a, UINT32_C(1) << e2);
    } else {
        shift = e2;
        int n = -e2;
        for (; n >= 13; n -= 13)
            limbs_mul(&a, 1220703125u); /* 5^13 */
        uint32_t p = 1;
        for (; n > 0; n--)
            p *= 5;
        if (p > 1)
            limbs_mul(&a, p);
    }
    uint32_t top = a.v[a.n - 1];
    int len = count_digits(top);
    put_limb(out->digits, top, len);
    for (int i = a.n - 2; i >= 0; i--, len += 9)
        put_limb(out->digits + len, a.v[i], 9);
    out->decpt = len + shift;
    while (out->digits[len - 1] == '0')
        len--;
    out->ndigits = len;
}

/* ---- shortest: the fast path ---- */

/* floor(v / 2^shift) for any sign of v, without relying on how >> treats
 * negative numbers. */
static int floor_shift(int64_t v, int shift)
{
    if (v >= 0)
        return (int)(v >> shift);
    return (int)-((-v + ((int64_t)1 << shift) - 1) >> shift);
}

/* floor(q * log10(2)) and floor(log10(3/4 * 2^q)), exact for |q| <= 1100
 * (the constants were checked against exact rational arithmetic). */
static int floor_log10_pow2(int q)
{
    return floor_shift((int64_t)q * 78913, 18);
}

static int floor_log10_three_quarters_pow2(int q)
{
    return floor_shift((int64_t)q * 157827 - 65507, 19);
}

/* One scaled end of the interval: X = cb * 2^q * 10^-k as floor(X) and
 * whether X has a fraction. */
typedef struct Scaled {
    uint64_t whole;
    bool frac;
} Scaled;

/* Computes X = [cb] * 2^[q] * 10^-[k] for cb < 2^56. The table gives 10^-k
 * = 5^j * 2^j (j = -k) as G * 2^e within one unit of G: G is the table's
 * floor rounded up, so the 64x128-bit product overestimates X by less than
 * 2^-65 and its 64-bit fraction F is exact to that much. F != 0 then proves X
 * is not an integer and floor(X) is the product's; F == 0 with an exact entry
 * is exact. Otherwise X lies within 2^-64 of an integer: it is that integer
 * when 5^k divides cb (X = cb * 2^(q-k) / 5^k, q >= k when k > 0); any other
 * case cannot be decided here and returns false. */
static bool scale(uint64_t cb, int q, int k, Scaled *out)
{
    int j = -k;
    int idx = j - KRI_DTOA_POW5_MIN;
    const KrPow5 *p = &kri_dtoa_pow5[idx];
    bool exact = j >= 0 && j <= KRI_DTOA_POW5_EXACT_MAX;
    u128 g = ((u128)p->hi << 64) | p->lo;
    if (!exact)
        g++;
    int h = q + kri_dtoa_pow5_exp[idx] + j + 128; /* 1..8: see the tests */
    uint64_t cp = cb << h;
    u128 low = (u128)cp * (uint64_t)g;
    u128 a = (u128)cp * (uint64_t)(g >> 64) + (low >> 64);
    out->whole = (uint64_t)(a >> 64);
    uint64_t f = (uint64_t)a;
    if (exact) {
        out->frac = f != 0 || (uint64_t)low != 0;
        return true;
    }
    if (f != 0) {
        out->frac = true;
        return true;
    }
    if (k <= 0 || k > 27) /* 5^28 > 2^56 > cb */
        return false;
    uint64_t pow5 = 1;
    for (int i = 0; i < k; i++)
        pow5 *= 5;
    out->frac = false;
    return cb % pow5 == 0;
}

/* Whether 4 * d * 10^k (as [x4]) is at or above the scaled lower end. */
static bool above_lower(uint64_t x4, const Scaled *lower, bool closed)
{
    return x4 > lower->whole || (closed && x4 == lower->whole && !lower->frac);
}

/* Whether [x4] is at or below the scaled upper end. */
static bool below_upper(uint64_t x4, const Scaled *upper, bool closed)
{
    return x4 < upper->whole || (x4 == upper->whole && (closed || upper->frac));
}

static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324"
                                  "25262728293031323334353637383940414243444546474849"
                                  "50515253545556575859606162636465666768697071727374"
                                  "75767778798081828384858687888990919293949596979899";

/* Stores d * 10^k (0 < d < 10^19) without its trailing zeros. Trailing
 * zeros are rare except in short results, so they go in blocks. */
static void put_scaled(KrDigits *out, uint64_t d, int k)
{
    int zeros = 0;
    while (d % 10000 == 0) {
        d /= 10000;
        zeros += 4;
    }
    while (d % 10 == 0) {
        d /= 10;
        zeros++;
    }
    int n = count_digits(d);
    out->ndigits = n;
    out->decpt = n + zeros + k;
    char *p = out->digits + n;
    for (; d >= 100; d /= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (d % 100), 2);
    }
    if (d >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * d, 2);
    } else {
        p[-1] = (char)('0' + d);
    }
}

void kri_dtoa_shortest(double x, KrDigits *out)
{
    Binary b = decompose(x);
    if (b.c == 0) {
        set_zero(out);
        return;
    }
    /* R = [v - 2^(q-1), v + 2^(q-1)] (a quarter below when asymmetric),
     * closed when c is even: round-half-even reading gives ties to c. */
    int k = b.asym ? floor_log10_three_quarters_pow2(b.q) : floor_log10_pow2(b.q);
    uint64_t cb = b.c << 2;
    bool closed = (b.c & 1) == 0;
    Scaled mid, lower, upper;
    if (!scale(cb, b.q, k, &mid) || !scale(b.asym ? cb - 1 : cb - 2, b.q, k, &lower) ||
        !scale(cb + 2, b.q, k, &upper)) {
        kri_dtoa_shortest_exact(x, out);
        return;
    }
    uint64_t s = mid.whole >> 2; /* s * 10^k <= v < (s + 1) * 10^k */
    /* The multiples of 10^(k+1) around v; R holds at most one of them. */
    uint64_t sp = s / 10 * 10, tp = sp + 10;
    bool sp_in = above_lower(sp << 2, &lower, closed);
    bool tp_in = below_upper(tp << 2, &upper, closed);
    if (sp_in != tp_in) {
        put_scaled(out, sp_in ? sp : tp, k);
        return;
    }
    /* Otherwise s or s + 1 (at least one is in R): the one in R, or the
     * nearer, or on an exact tie the even one. */
    bool s_in = above_lower(s << 2, &lower, closed);
    bool t_in = below_upper((s + 1) << 2, &upper, closed);
    uint64_t d;
    if (s_in != t_in) {
        d = s_in ? s : s + 1;
    } else {
        unsigned quarter = (unsigned)(mid.whole & 3); /* v against s + 1/2 */
        bool tie = quarter == 2 && !mid.frac;
        d = quarter < 2 || (tie && (s & 1) == 0) ? s : s + 1;
    }
    put_scaled(out, d, k);
}

/* ---- shortest: the exact reference ---- */

/* Compares 0.[a] x 10^decpt with 0.[b] x 10^decpt' (both nonzero, first
 * digit nonzero): -1, 0 or 1. Missing digits count as zeros. */
static int digits_cmp(const KrDigits *a, const KrDigits *b)
{
    if (a->decpt != b->decpt)
        return a->decpt < b->decpt ? -1 : 1;
    int n = a->ndigits > b->ndigits ? a->ndigits : b->ndigits;
    for (int i = 0; i < n; i++) {
        char da = i < a->ndigits ? a->digits[i] : '0', db = i < b->ndigits ? b->digits[i] : '0';
        if (da != db)
            return da < db ? -1 : 1;
    }
    return 0;
}

/* [d] plus one unit in its last place. */
static void increment_last(KrDigits *d)
{
    int i = d->ndigits - 1;
    while (i >= 0 && d->digits[i] == '9')
        i--;
    if (i < 0) {
        d->digits[0] = '1';
        d->ndigits = 1;
        d->decpt++;
        return;
    }
    d->digits[i]++;
    d->ndigits = i + 1;
}

static void strip_zeros(KrDigits *d)
{
    while (d->ndigits > 0 && d->digits[d->ndigits - 1] == '0')
        d->ndigits--;
}

/* Tries v's n-digit neighbours, n = 1, 2, ...: the first n where one lies in
 * R gives the answer (a candidate with n digits at a smaller magnitude would
 * put the power of ten between it and v in R, which n = 1 finds). */
void kri_dtoa_shortest_exact(double x, KrDigits *out)
{
    Binary b = decompose(x);
    if (b.c == 0) {
        set_zero(out);
        return;
    }
    KrDigits v, lower, upper, down, up;
    kri_dtoa_exact(b.c, b.q, &v);
    kri_dtoa_exact(b.asym ? 4 * b.c - 1 : 4 * b.c - 2, b.q - 2, &lower);
    kri_dtoa_exact(4 * b.c + 2, b.q - 2, &upper);
    bool closed = (b.c & 1) == 0;
    for (int n = 1; n < v.ndigits; n++) {
        memcpy(down.digits, v.digits, (size_t)n);
        down.ndigits = n;
        down.decpt = v.decpt;
        up = down;
        increment_last(&up);
        strip_zeros(&down);
        int lo = digits_cmp(&down, &lower), hi = digits_cmp(&up, &upper);
        bool down_in = lo > 0 || (closed && lo == 0);
        bool up_in = hi < 0 || (closed && hi == 0);
        if (!down_in && !up_in)
            continue;
        bool take_up = up_in;
        if (down_in && up_in) {
            /* The rest of v's digits against one half unit. */
            char next = v.digits[n];
            bool tie = next == '5' && n + 1 == v.ndigits;
            take_up = next > '5' || (next == '5' && !tie) ||
                      (tie && ((v.digits[n - 1] - '0') & 1));
        }
        *out = take_up ? up : down;
        return;
    }
    *out = v;
}

/* ---- digits to a precision ---- */

/* The 64 bits of the 192-bit [w] (least significant word first) from bit
 * [pos] (0 <= pos < 192) up. */
static uint64_t bits_at(const uint64_t w[3], int pos)
{
    int i = pos / 64, r = pos % 64;
    uint64_t bits = w[i] >> r;
    if (r && i < 2)
        bits |= w[i + 1] << (64 - r);
    return bits;
}

/* The integer nearest X = v * 10^[nfrac] (ties to even), for X < 2^60.
 * W = c * G (G the table's 5^nfrac rounded up; 2^127 * c <= W < 2^181)
 * holds X with sh >= 67 + bitlen(c) fractional bits. G's error makes W too
 * large by less than c: below 2^-3 units of the 64-bit fraction F read
 * under X's integer part, so F alone decides unless it is exactly one half
 * (a tie, or within 2^-64 of one). Then, or when X is too large, returns
 * false for the exact path. */
static bool nearest_scaled(const Binary *b, int nfrac, uint64_t *out)
{
    if (nfrac < KRI_DTOA_POW5_MIN || nfrac > KRI_DTOA_POW5_MAX)
        return false;
    int idx = nfrac - KRI_DTOA_POW5_MIN;
    const KrPow5 *p = &kri_dtoa_pow5[idx];
    bool exact = nfrac >= 0 && nfrac <= KRI_DTOA_POW5_EXACT_MAX;
    u128 g = ((u128)p->hi << 64) | p->lo;
    if (!exact)
        g++;
    /* 10^nfrac = 5^nfrac * 2^nfrac = G * 2^(e + nfrac): X = W / 2^sh. */
    int sh = -(b->q + kri_dtoa_pow5_exp[idx] + nfrac);
    u128 lo = (u128)b->c * (uint64_t)g, hi = (u128)b->c * (uint64_t)(g >> 64);
    u128 mid = (u128)(uint64_t)hi + (lo >> 64);
    uint64_t w[3] = {(uint64_t)lo, (uint64_t)mid, (uint64_t)(hi >> 64) + (uint64_t)(mid >> 64)};
    int len = w[2] ? 192 - __builtin_clzll(w[2]) : 128 - __builtin_clzll(w[1]);
    if (len - sh > 60)
        return false;
    if (len - sh < -1) { /* X < 1/4 */
        *out = 0;
        return true;
    }
    uint64_t whole = bits_at(w, sh), frac = bits_at(w, sh - 64);
    const uint64_t half = UINT64_C(1) << 63;
    if (frac == half)
        return false;
    *out = whole + (frac > half);
    return true;
}

/* Rounds the exact digits [d] half-even to [keep] >= 1 significant digits. */
static void round_to(KrDigits *d, int keep)
{
    if (keep >= d->ndigits)
        return;
    char next = d->digits[keep];
    /* No trailing zeros: any digit after [next] makes the rest exceed 5. */
    bool up = next > '5' ||
              (next == '5' && (keep + 1 < d->ndigits || ((d->digits[keep - 1] - '0') & 1)));
    d->ndigits = keep;
    if (up)
        increment_last(d);
    else
        strip_zeros(d);
}

void kri_dtoa_sig_digits(double x, int nsig, KrDigits *out)
{
    Binary b = decompose(x);
    if (b.c == 0) {
        set_zero(out);
        return;
    }
    if (nsig < 1)
        nsig = 1;
    if (nsig <= 17) {
        /* X = v * 10^(nsig - 1 - e10) has nsig digits when e10 = floor(log10
         * v), which the top bit's exponent gives or underestimates by one;
         * then X rounds past 10^nsig and the next power is used. (X rounding
         * to exactly 10^nsig gives "1" at the same place either way.) */
        int top = b.q + 63 - __builtin_clzll(b.c);
        int nfrac = nsig - 1 - floor_log10_pow2(top);
        uint64_t r;
        if (nearest_scaled(&b, nfrac, &r) &&
            (r <= pow10[nsig] || nearest_scaled(&b, --nfrac, &r))) {
            put_scaled(out, r, -nfrac);
            return;
        }
    }
    kri_dtoa_exact(b.c, b.q, out);
    round_to(out, nsig);
}

void kri_dtoa_fixed_digits(double x, int nfrac, KrDigits *out)
{
    Binary b = decompose(x);
    if (b.c == 0) {
        set_zero(out);
        return;
    }
    if (nfrac < -INT_MAX) /* keeps -nfrac representable */
        nfrac = -INT_MAX;
    uint64_t r;
    if (nearest_scaled(&b, nfrac, &r)) {
        if (r)
            put_scaled(out, r, -nfrac);
        else {
            out->ndigits = 0;
            out->decpt = -nfrac;
        }
        return;
    }
    kri_dtoa_exact(b.c, b.q, out);
    int64_t keep = (int64_t)out->decpt + nfrac;
    if (keep >= out->ndigits)
        return;
    if (keep > 0) {
        round_to(out, (int)keep);
        return;
    }
    /* Below one unit of the last place kept: zero, or that unit when x is
     * above half of it (a tie goes to zero, the even choice). */
    if (keep == 0 && (out->digits[0] > '5' || (out->digits[0] == '5' && out->ndigits > 1))) {
        out->digits[0] = '1';
        out->ndigits = 1;
        out->decpt = 1 - nfrac;
        return;
    }
    out->ndigits = 0;
    out->decpt = -nfrac;
}
