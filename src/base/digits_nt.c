/* Number theory on magnitudes: powers, modular powers, gcd, modular inverse
 * and integer square root.
 * - pow: left-to-right binary powering (the last squarings dominate).
 * - powmod: left-to-right sliding windows over the exponent; residues are
 *   fixed-width arrays of n digits (leading zeros kept) in Montgomery form
 *   (x R mod m, R = base^n) for odd moduli up to MONT_MAX_DIGITS, else
 *   reduced by division after each product.
 * - gcd and modinv: Lehmer's algorithm (Knuth, TAOCP 4.5.2, algorithm L)
 *   on the top 62 bits: Euclid steps are simulated on single words while
 *   both quotient bounds agree, then applied to the full numbers at once as
 *   a 2x2 matrix whose entries stay below 2^31, so each pass removes about
 *   30 bits for O(n) work. modinv carries the cofactor of the second
 *   operand, whose signs alternate along the sequence, so only magnitudes
 *   and the step parity are kept.
 * - isqrt: the root of the top half, scaled, then one Newton step. */
#include "base/digits.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Odd moduli up to this size use Montgomery reduction (measured). */
enum { MONT_MAX_DIGITS = 128 };

/* ---- a^e ---- */

size_t kri_digits_pow_size(const KrDigit *a, size_t na, uint64_t e)
{
    uint64_t bits = kri_digits_bit_length(a, na);
    if (bits <= 1 || e == 0)
        return 1;
    if (e > UINT64_MAX / bits)
        return 0;
    /* Two extra digits cover the rounding of intermediate products. */
    uint64_t digits = bits * e / KR_DIGIT_BITS + 3;
    if (digits > (uint64_t)(PTRDIFF_MAX / (ptrdiff_t)sizeof(KrDigit)))
        return 0;
    return (size_t)digits;
}

ptrdiff_t kri_digits_pow(KrDigit *r, const KrDigit *a, size_t na, uint64_t e)
{
    if (e == 0 || (na == 1 && a[0] == 1)) {
        r[0] = 1;
        return 1;
    }
    if (na == 0)
        return 0;
    uint64_t bits = kri_digits_bit_length(a, na);
    if (kri_digits_bit_count(a, na) == 1) {
        /* 2^k to the e is a shift: no products at all. */
        uint64_t shift = (bits - 1) * e;
        size_t whole = (size_t)(shift / KR_DIGIT_BITS);
        memset(r, 0, whole * sizeof(KrDigit));
        r[whole] = (KrDigit)1 << (shift % KR_DIGIT_BITS);
        return (ptrdiff_t)whole + 1;
    }
    size_t size = kri_digits_pow_size(a, na, e);
    KrDigit *tmp = malloc(size * sizeof(KrDigit));
    if (!tmp)
        return -1;
    /* cur holds a^k for the bits of e seen so far; each step squares into
     * the other buffer, then multiplies back by a when the bit is set. */
    KrDigit *cur = r, *other = tmp;
    memcpy(cur, a, na * sizeof(KrDigit));
    ptrdiff_t n = (ptrdiff_t)na;
    for (int bit = 62 - __builtin_clzll(e); bit >= 0 && n >= 0; bit--) {
        n = kri_digits_sqr(other, cur, (size_t)n);
        KrDigit *t = cur;
        cur = other;
        other = t;
        if (n >= 0 && (e >> bit) & 1) {
            n = kri_digits_mul(other, cur, (size_t)n, a, na);
            t = cur;
            cur = other;
            other = t;
        }
    }
    if (n >= 0 && cur != r)
        memcpy(r, cur, (size_t)n * sizeof(KrDigit));
    free(tmp);
    return n;
}

/* ---- a^e mod m ---- */

typedef struct ModRing {
    const KrDigit *m;
    size_t n;
    bool mont;
    KrDigit minv;  /* Montgomery: -1 / m mod base */
    KrDigit *mnorm; /* division: m shifted to set its top bit */
    int shift;
    KrDigit *prod;  /* 2n + 2 digits: the product being reduced */
    KrDigit *quot;  /* n + 2 digits: the discarded quotient */
} ModRing;

/* -1 / m0 mod 2^30 for odd m0: Newton's iteration doubles the correct low
 * bits each time, starting from 3 (m0 m0 == 1 mod 8). */
static KrDigit neg_inverse(KrDigit m0)
{
    uint32_t inv = m0;
    for (int i = 0; i < 4; i++)
        inv *= 2 - m0 * inv;
    return (0 - inv) & KR_DIGIT_MASK;
}

/* Montgomery reduction of ring->prod (2n digits): prod / R mod m into r.
 * Each step adds the multiple of m that clears the lowest digit left. */
static void mont_reduce(ModRing *ring, KrDigit *r)
{
    size_t n = ring->n;
    KrDigit *t = ring->prod;
    KrDigit high = 0;
    for (size_t i = 0; i < n; i++) {
        KrDigit u = (t[i] * ring->minv) & KR_DIGIT_MASK;
        KrDigit c = kri_digits_addmul1(t + i, ring->m, n, u) + t[i + n] + high;
        t[i + n] = c & KR_DIGIT_MASK;
        high = c >> KR_DIGIT_BITS;
    }
    /* The result t[n, 2n] + high base^n is below 2m. */
    if (high || kri_digits_cmp_n(t + n, ring->m, n) >= 0)
        kri_digits_sub_n(t + n, t + n, ring->m, n);
    memcpy(r, t + n, n * sizeof(KrDigit));
}

/* ring->prod (2n digits, below m^2) mod m into r by division. */
static int div_reduce(ModRing *ring, KrDigit *r)
{
    size_t n = ring->n;
    KrDigit *t = ring->prod;
    t[2 * n] = 0;
    kri_digits_lshift(t, t, 2 * n, (size_t)ring->shift);
    if (kri_digits_div_normalized(ring->quot, t, 2 * n + 1, ring->mnorm, n) < 0)
        return -1;
    memset(r, 0, n * sizeof(KrDigit));
    kri_digits_rshift(r, t, n, (size_t)ring->shift);
    return 0;
}

/* r = x y (mod m), in Montgomery form when the ring is; r may be x or y. */
static int ring_mul(ModRing *ring, KrDigit *r, const KrDigit *x, const KrDigit *y)
{
    size_t n = ring->n;
    if (kri_digits_mul(ring->prod, x, n, y, n) < 0)
        return -1;
    if (ring->mont) {
        mont_reduce(ring, r);
        return 0;
    }
    return div_reduce(ring, r);
}

/* x mod m into r (n digits), times R when the ring is Montgomery. */
static int ring_enter(ModRing *ring, KrDigit *r, const KrDigit *x, size_t nx)
{
    size_t n = ring->n;
    KrDigit *tmp = malloc((nx + n + 1) * sizeof(KrDigit));
    if (!tmp)
        return -1;
    size_t nt = ring->mont ? kri_digits_lshift(tmp, x, nx, n * KR_DIGIT_BITS) : nx;
    if (!ring->mont)
        memcpy(tmp, x, nx * sizeof(KrDigit));
    size_t nr;
    memset(r, 0, n * sizeof(KrDigit));
    int rc = kri_digits_divrem(NULL, NULL, r, &nr, tmp, nt, ring->m, n);
    free(tmp);
    return rc;
}

static bool exponent_bit(const KrDigit *e, uint64_t i)
{
    return (e[i / KR_DIGIT_BITS] >> (i % KR_DIGIT_BITS)) & 1;
}

static int window_bits(uint64_t ebits)
{
    return ebits <= 8 ? 1 : ebits <= 64 ? 3 : ebits <= 256 ? 4 : ebits <= 1024 ? 5 : 6;
}

/* acc = g^e over the ring by left-to-right sliding windows: table[j] holds
 * g^(2j + 1); a window is the longest run of at most w bits ending in a 1. */
static int ring_pow(ModRing *ring, KrDigit *acc, const KrDigit *g, const KrDigit *e, size_t ne)
{
    size_t n = ring->n;
    uint64_t ebits = kri_digits_bit_length(e, ne);
    int w = window_bits(ebits);
    size_t entries = (size_t)1 << (w - 1);
    KrDigit *table = malloc((entries + 1) * n * sizeof(KrDigit));
    if (!table)
        return -1;
    KrDigit *g2 = table + entries * n;
    int rc = 0;
    memcpy(table, g, n * sizeof(KrDigit));
    if (entries > 1)
        rc = ring_mul(ring, g2, g, g);
    for (size_t j = 1; rc == 0 && j < entries; j++)
        rc = ring_mul(ring, table + j * n, table + (j - 1) * n, g2);
    bool started = false;
    for (uint64_t i = ebits; rc == 0 && i-- > 0;) {
        if (!exponent_bit(e, i)) {
            if (started)
                rc = ring_mul(ring, acc, acc, acc);
            continue;
        }
        uint64_t low = i + 1 >= (uint64_t)w ? i + 1 - (uint64_t)w : 0;
        while (!exponent_bit(e, low))
            low++;
        size_t value = 0;
        for (uint64_t k = i + 1; k-- > low;) {
            value = value * 2 + exponent_bit(e, k);
            if (started && rc == 0)
                rc = ring_mul(ring, acc, acc, acc);
        }
        if (rc == 0 && started)
            rc = ring_mul(ring, acc, acc, table + (value / 2) * n);
        else if (rc == 0)
            memcpy(acc, table + (value / 2) * n, n * sizeof(KrDigit));
        started = true;
        i = low;
    }
    free(table);
    return rc;
}

/* One-digit moduli: everything fits a uint64_t product. */
static KrDigit powmod_small(KrDigit g, const KrDigit *e, size_t ne, KrDigit m)
{
    KrTwoDigits acc = 1 % m;
    for (uint64_t i = kri_digits_bit_length(e, ne); i-- > 0;) {
        acc = acc * acc % m;
        if (exponent_bit(e, i))
            acc = acc * g % m;
    }
    return (KrDigit)acc;
}

ptrdiff_t kri_digits_powmod(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *e,
                            size_t ne, const KrDigit *m, size_t nm)
{
    if (nm == 1) { /* includes m == 1, where everything is 0 */
        KrDigit v = powmod_small(kri_digits_mod1(a, na, m[0]), e, ne, m[0]);
        r[0] = v;
        return v ? 1 : 0;
    }
    if (ne == 0) {
        r[0] = 1;
        return 1;
    }
    size_t n = nm;
    ModRing ring = {m, n, (m[0] & 1) && n <= MONT_MAX_DIGITS, 0, NULL, 0, NULL, NULL};
    /* One block: mnorm n + 1, prod 2n + 2, quot n + 2, g n, acc n. */
    KrDigit *block = malloc((6 * n + 5) * sizeof(KrDigit));
    if (!block)
        return -1;
    ring.mnorm = block;
    ring.prod = block + n + 1;
    ring.quot = ring.prod + 2 * n + 2;
    KrDigit *g = ring.quot + n + 2, *acc = g + n;
    if (ring.mont) {
        ring.minv = neg_inverse(m[0]);
    } else {
        ring.shift = KR_DIGIT_BITS - kri_digit_bit_length(m[n - 1]);
        kri_digits_lshift(ring.mnorm, m, n, (size_t)ring.shift);
    }
    ptrdiff_t len = -1;
    if (ring_enter(&ring, g, a, na) == 0 && ring_pow(&ring, acc, g, e, ne) == 0) {
        if (ring.mont) {
            /* Leaving Montgomery form: reduce acc * 1. */
            memset(ring.prod, 0, 2 * n * sizeof(KrDigit));
            memcpy(ring.prod, acc, n * sizeof(KrDigit));
            mont_reduce(&ring, acc);
        }
        memcpy(r, acc, n * sizeof(KrDigit));
        len = (ptrdiff_t)kri_digits_normalize(r, n);
    }
    free(block);
    return len;
}

/* ---- Lehmer's gcd ---- */

/* The state of Euclid's algorithm on u >= v, with the cofactors of the
 * second original operand when [track]: |tu| and |tv|, tv of the opposite
 * sign to tu, and the number of steps taken (giving those signs). */
typedef struct Euclid {
    KrDigit *u, *v, *tu, *tv;
    size_t nu, nv, ntu, ntv;
    KrDigit *spare[2]; /* as long as u: new values are built here, then swapped in */
    KrDigit *tspare[2];
    bool track;
    uint64_t steps;
} Euclid;

/* A 2x2 matrix of Euclid steps: (u, v) becomes (a u + b v, c u + d v). */
typedef struct LehmerMatrix {
    int64_t a, b, c, d;
    uint64_t steps;
} LehmerMatrix;

#define COFACTOR_LIMIT (INT64_C(1) << 31)

/* Algorithm L: steps on x and y, the leading 62 bits of u and v, taken
 * while the quotients computed from both ends of the interval holding the
 * true ratio agree, and while the entries stay below 2^31 (so that a digit
 * times an entry plus another such product fits an int64_t). */
static LehmerMatrix lehmer_steps(int64_t x, int64_t y)
{
    LehmerMatrix mt = {1, 0, 0, 1, 0};
    while (y + mt.c > 0 && y + mt.d > 0 && x + mt.a >= 0 && x + mt.b >= 0) {
        int64_t q = (x + mt.a) / (y + mt.c);
        if (q != (x + mt.b) / (y + mt.d) || q >= COFACTOR_LIMIT)
            break;
        int64_t c = mt.a - q * mt.c, d = mt.b - q * mt.d;
        if (c <= -COFACTOR_LIMIT || c >= COFACTOR_LIMIT || d <= -COFACTOR_LIMIT ||
            d >= COFACTOR_LIMIT)
            break;
        int64_t next = x - q * y;
        mt.a = mt.c;
        mt.b = mt.d;
        mt.c = c;
        mt.d = d;
        x = y;
        y = next;
        mt.steps++;
    }
    return mt;
}

/* Both rows of [mt] at once, in one pass over u and v (v zero beyond nv):
 * nu' = a u + b v into [ou], nv' = c u + d v into [ov]. Both results are
 * known to be non-negative and to fit nu digits; every product stays below
 * 2^61, so a row's sum and carry fit an int64_t. */
static void combine_rows(KrDigit *ou, KrDigit *ov, const LehmerMatrix *mt, const KrDigit *u,
                         size_t nu, const KrDigit *v, size_t nv)
{
    int64_t cu = 0, cv = 0;
    for (size_t i = 0; i < nu; i++) {
        int64_t ui = (int64_t)u[i], vi = i < nv ? (int64_t)v[i] : 0;
        int64_t tu = mt->a * ui + mt->b * vi + cu;
        int64_t tv = mt->c * ui + mt->d * vi + cv;
        KrDigit du = (KrDigit)((uint64_t)tu & KR_DIGIT_MASK);
        KrDigit dv = (KrDigit)((uint64_t)tv & KR_DIGIT_MASK);
        ou[i] = du;
        ov[i] = dv;
        /* Exact divisions: the floor of a signed value by the base. */
        cu = (tu - (int64_t)du) / (int64_t)KR_DIGIT_BASE;
        cv = (tv - (int64_t)dv) / (int64_t)KR_DIGIT_BASE;
    }
}

/* out = x u + y v for magnitudes, x and y below 2^31; out has room for
 * max(nu, nv) + 1 digits. */
static size_t combine_unsigned(KrDigit *out, uint64_t x, const KrDigit *u, size_t nu, uint64_t y,
                               const KrDigit *v, size_t nv)
{
    size_t n = nu > nv ? nu : nv;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (i < nu ? x * u[i] : 0) + (i < nv ? y * v[i] : 0);
        out[i] = (KrDigit)carry & KR_DIGIT_MASK;
        carry >>= KR_DIGIT_BITS;
    }
    out[n] = (KrDigit)carry;
    return kri_digits_normalize(out, n + 1);
}

static void swap_digits(KrDigit **x, KrDigit **y)
{
    KrDigit *t = *x;
    *x = *y;
    *y = t;
}

static void apply_matrix(Euclid *st, const LehmerMatrix *mt)
{
    combine_rows(st->spare[0], st->spare[1], mt, st->u, st->nu, st->v, st->nv);
    swap_digits(&st->u, &st->spare[0]);
    swap_digits(&st->v, &st->spare[1]);
    st->nv = kri_digits_normalize(st->v, st->nu);
    st->nu = kri_digits_normalize(st->u, st->nu);
    if (st->track) {
        /* Along the sequence the cofactors alternate in sign, and so do the
         * entries of each row: all four products below share one sign. */
        size_t ntu = combine_unsigned(st->tspare[0], (uint64_t)llabs(mt->a), st->tu, st->ntu,
                                      (uint64_t)llabs(mt->b), st->tv, st->ntv);
        size_t ntv = combine_unsigned(st->tspare[1], (uint64_t)llabs(mt->c), st->tu, st->ntu,
                                      (uint64_t)llabs(mt->d), st->tv, st->ntv);
        swap_digits(&st->tu, &st->tspare[0]);
        swap_digits(&st->tv, &st->tspare[1]);
        st->ntu = ntu;
        st->ntv = ntv;
    }
    st->steps += mt->steps;
}

/* One full Euclid step by division: (u, v) = (v, u mod v), and with the
 * cofactors (tu, tv) = (tv, tu + q tv) in magnitude. */
static int division_step(Euclid *st)
{
    KrDigit *q = st->track ? st->spare[1] : NULL;
    size_t nq = 0, nr;
    if (kri_digits_divrem(q, &nq, st->spare[0], &nr, st->u, st->nu, st->v, st->nv) < 0)
        return -1;
    swap_digits(&st->u, &st->spare[0]); /* u = remainder, spare[0] = old u */
    st->nu = nr;
    swap_digits(&st->u, &st->v);
    size_t tmp = st->nu;
    st->nu = st->nv;
    st->nv = tmp;
    if (st->track) {
        KrDigit *prod = st->tspare[0];
        ptrdiff_t np = nq && st->ntv ? kri_digits_mul(prod, q, nq, st->tv, st->ntv) : 0;
        if (np < 0)
            return -1;
        size_t nt = kri_digits_add(st->tspare[1], st->tu, st->ntu, prod, (size_t)np);
        swap_digits(&st->tu, &st->tspare[1]);
        st->ntu = nt;
        swap_digits(&st->tu, &st->tv);
        tmp = st->ntu;
        st->ntu = st->ntv;
        st->ntv = tmp;
    }
    st->steps++;
    return 0;
}

/* Runs Euclid's algorithm until v is 0; u is then the gcd. */
static int euclid_run(Euclid *st)
{
    while (st->nv > 0) {
        uint64_t bits = kri_digits_bit_length(st->u, st->nu);
        uint64_t shift = bits > 62 ? bits - 62 : 0;
        LehmerMatrix mt = {1, 0, 0, 1, 0};
        if (st->nu <= st->nv + 1)
            mt = lehmer_steps((int64_t)kri_digits_extract64(st->u, st->nu, shift),
                              (int64_t)kri_digits_extract64(st->v, st->nv, shift));
        if (mt.steps == 0) {
            if (division_step(st) < 0)
                return -1;
        } else {
            apply_matrix(st, &mt);
        }
    }
    return 0;
}

static uint64_t gcd64(uint64_t x, uint64_t y)
{
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return x;
}

/* Buffers for an Euclid run on u and v (copied), each of [room] digits. */
static KrDigit *euclid_init(Euclid *st, const KrDigit *u, size_t nu, const KrDigit *v,
                            size_t nv, bool track)
{
    size_t room = nu + 3; /* cofactor products and sums need nu + 2 */
    KrDigit *block = calloc((track ? 8 : 4) * room, sizeof(KrDigit));
    if (!block)
        return NULL;
    st->u = block;
    st->v = block + room;
    st->spare[0] = block + 2 * room;
    st->spare[1] = block + 3 * room;
    memcpy(st->u, u, nu * sizeof(KrDigit));
    memcpy(st->v, v, nv * sizeof(KrDigit));
    st->nu = nu;
    st->nv = nv;
    st->track = track;
    st->steps = 0;
    if (track) {
        st->tu = block + 4 * room;
        st->tv = block + 5 * room;
        st->tspare[0] = block + 6 * room;
        st->tspare[1] = block + 7 * room;
        st->ntu = 0;
        st->tv[0] = 1;
        st->ntv = 1;
    }
    return block;
}

ptrdiff_t kri_digits_gcd(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b, size_t nb)
{
    if (kri_digits_cmp(a, na, b, nb) < 0) {
        const KrDigit *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na <= 2) {
        uint64_t x = 0, y = 0;
        for (size_t i = na; i-- > 0;)
            x = (x << KR_DIGIT_BITS) | a[i];
        for (size_t i = nb; i-- > 0;)
            y = (y << KR_DIGIT_BITS) | b[i];
        return (ptrdiff_t)kri_digits_from_uint64(r, gcd64(x, y));
    }
    Euclid st;
    KrDigit *block = euclid_init(&st, a, na, b, nb, false);
    if (!block)
        return -1;
    ptrdiff_t n = -1;
    if (euclid_run(&st) == 0) {
        memcpy(r, st.u, st.nu * sizeof(KrDigit));
        n = (ptrdiff_t)st.nu;
    }
    free(block);
    return n;
}

/* Euclid on (m, a mod m): the remainders r_j satisfy r_j == t_j a (mod m)
 * with t_0 = 0, t_1 = 1 and t_j of sign (-1)^(j+1). When r_j = 1 is the
 * last non-zero remainder, t_j mod m is the inverse. */
ptrdiff_t kri_digits_modinv(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *m,
                            size_t nm)
{
    if (nm == 1 && m[0] == 1)
        return 0;
    KrDigit *red = malloc(nm * sizeof(KrDigit));
    if (!red)
        return -1;
    size_t nred;
    if (kri_digits_divrem(NULL, NULL, red, &nred, a, na, m, nm) < 0) {
        free(red);
        return -1;
    }
    Euclid st;
    KrDigit *block = euclid_init(&st, m, nm, red, nred, true);
    free(red);
    if (!block)
        return -1;
    ptrdiff_t n = -1;
    if (euclid_run(&st) == 0) {
        if (st.nu != 1 || st.u[0] != 1) {
            n = -2;
        } else if (st.steps % 2 == 0) {
            /* u is r_j with j = steps, even: t_j is negative. */
            n = (ptrdiff_t)kri_digits_sub(r, m, nm, st.tu, st.ntu);
        } else {
            memcpy(r, st.tu, st.ntu * sizeof(KrDigit));
            n = (ptrdiff_t)st.ntu;
        }
    }
    free(block);
    return n;
}

/* ---- integer square root ---- */

static uint64_t isqrt64(uint64_t v)
{
    uint64_t x = (uint64_t)sqrt((double)v);
    while (x * x > v)
        x--;
    while ((x + 1) * (x + 1) <= v)
        x++;
    return x;
}

/* Moves y (with room for two more digits than it has) to floor(sqrt(a)),
 * which it is already close to: one squaring, then (y +- 1)^2 = y^2 +- 2y + 1
 * step by step, which is linear. */
static ptrdiff_t isqrt_fix(KrDigit *y, size_t ny, const KrDigit *a, size_t na)
{
    size_t room = 2 * ny + 4;
    KrDigit *sq = malloc(2 * room * sizeof(KrDigit));
    if (!sq)
        return -1;
    KrDigit *twice = sq + room; /* 2y + 1 */
    ptrdiff_t nsq = kri_digits_sqr(sq, y, ny);
    if (nsq < 0) {
        free(sq);
        return -1;
    }
    size_t n = (size_t)nsq;
    while (kri_digits_cmp(sq, n, a, na) > 0) {
        ny = kri_digits_sub1(y, y, ny, 1);
        size_t nt = kri_digits_add1(twice, twice, kri_digits_lshift(twice, y, ny, 1), 1);
        n = kri_digits_sub(sq, sq, n, twice, nt); /* (y + 1)^2 - (2y + 1) */
    }
    for (;;) {
        size_t nt = kri_digits_add1(twice, twice, kri_digits_lshift(twice, y, ny, 1), 1);
        size_t nnext = kri_digits_add(sq, sq, n, twice, nt); /* (y + 1)^2 */
        if (kri_digits_cmp(sq, nnext, a, na) > 0)
            break;
        n = nnext;
        ny = kri_digits_add1(y, y, ny, 1);
    }
    free(sq);
    return (ptrdiff_t)ny;
}

/* With k about a quarter of a's bits, s = isqrt(a >> 2k) makes x = s 2^k an
 * approximation of sqrt(a) from below within about 2^k; one Newton step
 * (x + a / x) / 2 then squares that relative error, leaving the result
 * within 1 of floor(sqrt(a)), which isqrt_fix settles. */
static ptrdiff_t isqrt_rec(KrDigit *r, const KrDigit *a, size_t na)
{
    uint64_t bits = kri_digits_bit_length(a, na);
    if (bits <= 62) {
        uint64_t v = 0;
        for (size_t i = na; i-- > 0;)
            v = (v << KR_DIGIT_BITS) | a[i];
        return (ptrdiff_t)kri_digits_from_uint64(r, isqrt64(v));
    }
    size_t k = (size_t)(bits / 4 - 2);
    size_t nr = (na + 1) / 2 + 3;
    KrDigit *block = malloc((na + 2 * nr + na + 2) * sizeof(KrDigit));
    if (!block)
        return -1;
    KrDigit *hi = block, *x = block + na, *y = x + nr, *q = y + nr;
    ptrdiff_t n = -1;
    size_t nhi = kri_digits_rshift(hi, a, na, 2 * k);
    ptrdiff_t ns = isqrt_rec(x, hi, nhi);
    size_t nq;
    if (ns >= 0) {
        size_t nx = kri_digits_lshift(x, x, (size_t)ns, k);
        if (kri_digits_divrem(q, &nq, NULL, NULL, a, na, x, nx) == 0) {
            size_t ny = kri_digits_add(y, x, nx, q, nq);
            ny = kri_digits_rshift(y, y, ny, 1);
            n = isqrt_fix(y, ny, a, na);
        }
    }
    if (n >= 0)
        memcpy(r, y, (size_t)n * sizeof(KrDigit));
    free(block);
    return n;
}

ptrdiff_t kri_digits_isqrt(KrDigit *r, const KrDigit *a, size_t na)
{
    return isqrt_rec(r, a, na);
}
