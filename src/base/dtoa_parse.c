/* Text to double: float(str) and float.fromhex, correctly rounded for any
 * input length, without the C library's strtod (which follows the locale).
 * Decimal: the syntax is checked first; then the first 19 significant digits
 * w and their scale 10^q decide the result when exact double arithmetic can
 * (Clinger's case), else through a 64x128-bit product with the table's 5^q,
 * whose error is below 2 units of its 128-bit result: unless those bits sit
 * within that error of a halfway point, the rounding is certain. When digits
 * were cut, w + 1 must round the same. What is left is settled exactly: the
 * input's digits are compared with the exact decimal expansion of the
 * halfway point between the two candidate doubles (at most 767 digits),
 * however many digits the input has.
 * Hex: the bits are gathered with a round and a sticky bit, and rounded
 * half-even once. See docs/internals/dtoa.md. */
#include "base/dtoa.h"

#include <float.h>
#include <math.h>
#include <string.h>

#if FLT_EVAL_METHOD != 0
#error "the exact double fast path needs double arithmetic without excess precision"
#endif

__extension__ typedef unsigned __int128 u128;

#define INF_BITS UINT64_C(0x7FF0000000000000)
/* Decimal exponents stop growing here while read: any larger one already
 * means infinity or zero, whatever the digits (fewer than 10^17 of them). */
#define EXP10_CAP INT64_C(100000000000000000)

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Whether [p]..[end] spells [word] (lower case) in any case. */
static bool equal_nocase(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/* inf, infinity and nan as float() and float.fromhex accept them (after the
 * sign): stores the positive value. */
static bool match_inf_nan(const char *p, const char *end, double *out)
{
    if (equal_nocase(p, end, "inf") || equal_nocase(p, end, "infinity")) {
        *out = HUGE_VAL;
        return true;
    }
    if (equal_nocase(p, end, "nan")) {
        *out = fabs(NAN);
        return true;
    }
    return false;
}

/* ---- decimal ---- */

/* A decimal number in the text: 0.D1D2... x 10^decpt, where the digits are
 * those of [first]..[end] with '.' and '_' skipped, D1 being nonzero. */
typedef struct Decimal {
    const char *first;
    const char *end;
    int64_t decpt;
} Decimal;

/* Steps over digits with single underscores between digits (PEP 515) from
 * *[pp]; returns how many digits. An underscore that breaks the rule stops
 * the scan, so the caller sees a character it does not expect. */
static int64_t scan_digits(const char **pp, const char *end)
{
    const char *p = *pp;
    int64_t n = 0;
    while (p < end) {
        if (is_digit(*p))
            n++;
        else if (!(*p == '_' && n > 0 && p + 1 < end && is_digit(p[1])))
            break;
        p++;
    }
    *pp = p;
    return n;
}

/* Compares the input [d] with the exact digits [h]: -1, 0 or 1. */
static int compare_input(const Decimal *d, const KrDigits *h)
{
    if (d->decpt != h->decpt)
        return d->decpt < h->decpt ? -1 : 1;
    int i = 0;
    for (const char *p = d->first; p < d->end; p++) {
        if (!is_digit(*p))
            continue;
        char hd = i < h->ndigits ? h->digits[i] : '0';
        if (*p != hd)
            return *p < hd ? -1 : 1;
        i++;
    }
    /* h has no trailing zeros: digits left in it make it the larger. */
    return i < h->ndigits ? -1 : 0;
}

/* The double just below or at a scaled value, and how to round from it. */
typedef struct Candidate {
    uint64_t floor_bits; /* IEEE bits of the double at or below */
    uint64_t mant;       /* its significand, hidden bit included */
    int lsb;             /* binary exponent of the significand's last bit */
    int step;            /* add to floor_bits: 0 or 1; -1 when undecided */
} Candidate;

/* Rounds w * 10^q (w > 0, -342 <= q <= 308). U = floor(w' * T / 2^64) with
 * w' = w << lz and T the table's floor of 5^q: then w * 10^q lies in
 * [U, U + 2) * 2^e0, so only a remainder R (the bits below the last kept
 * one) within 2 units of the halfway point leaves the rounding open. */
static Candidate approximate(uint64_t w, int q)
{
    int idx = q - KRI_DTOA_POW5_MIN;
    const KrPow5 *t = &kri_dtoa_pow5[idx];
    int lz = __builtin_clzll(w);
    uint64_t wn = w << lz;
    u128 u = (u128)wn * t->hi + (((u128)wn * t->lo) >> 64);
    int e0 = 64 + kri_dtoa_pow5_exp[idx] + q - lz;
    int top = (u >> 127) ? 127 : 126; /* u >= 2^126 as w' >= 2^63, T >= 2^127 */
    Candidate c = {0, 0, -1074, 0};
    int s;             /* bits of u below the significand */
    uint64_t biased = 0;
    if (top + e0 >= -1022) {
        if (top + e0 > 1023) {
            c.floor_bits = INF_BITS;
            return c;
        }
        s = top - 52;
        biased = (uint64_t)(top + e0 + 1023);
    } else {
        s = -1074 - e0;
        if (s > 128) /* below a quarter of the smallest subnormal */
            return c;
    }
    u128 rem = s >= 128 ? u : u & (((u128)1 << s) - 1);
    u128 half = (u128)1 << (s - 1);
    c.mant = s >= 128 ? 0 : (uint64_t)(u >> s);
    c.lsb = e0 + s;
    /* A normal significand carries the hidden bit: (biased - 1) << 52 plus
     * it sets the exponent field, and a carry from rounding moves on to the
     * next binade or to infinity. */
    c.floor_bits = biased ? ((biased - 1) << 52) + c.mant : c.mant;
    c.step = rem + 1 < half ? 0 : rem > half ? 1 : -1;
    return c;
}

/* Exactly representable powers of ten, for Clinger's fast path. */
static const double exact_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* The value of [d], positive, correctly rounded. */
static double decimal_value(const Decimal *d)
{
    if (d->decpt > 310) /* at least 10^309 */
        return HUGE_VAL;
    if (d->decpt < -330) /* below 10^-330 */
        return 0.0;
    uint64_t w = 0;
    int nd = 0;
    const char *p = d->first;
    for (; p < d->end && nd < 19; p++)
        if (is_digit(*p)) {
            w = w * 10 + (uint64_t)(*p - '0');
            nd++;
        }
    bool cut = false;
    for (; p < d->end && !cut; p++)
        cut = *p >= '1' && *p <= '9';
    int q = (int)d->decpt - nd; /* the value is w * 10^q, plus more if cut */
    if (q > 308)
        return HUGE_VAL;
    if (q < -342) /* below 10^19 * 10^-343 < 2^-1075 */
        return 0.0;
    if (!cut && w <= (UINT64_C(1) << 53)) {
        /* w and 10^|q| are exact doubles, so one rounding gives the answer.
         * Above 10^22, up to 15 powers of ten can move into w while it stays
         * exact ("1e30" = 10^8 * 10^22). */
        if (q >= -22 && q <= 22)
            return q < 0 ? (double)w / exact_pow10[-q] : (double)w * exact_pow10[q];
        if (q > 22 && q <= 22 + 15) {
            uint64_t scale = (uint64_t)exact_pow10[q - 22];
            if (w <= (UINT64_C(1) << 53) / scale)
                return (double)(w * scale) * exact_pow10[22];
        }
    }
    Candidate c = approximate(w, q);
    if (c.step >= 0 && !cut)
        return from_bits(c.floor_bits + (uint64_t)c.step);
    if (c.step >= 0) {
        /* The value lies between w * 10^q and (w + 1) * 10^q. */
        Candidate c1 = approximate(w + 1, q);
        if (c1.step >= 0 && c1.floor_bits + (uint64_t)c1.step == c.floor_bits + (uint64_t)c.step)
            return from_bits(c.floor_bits + (uint64_t)c.step);
    }
    /* The value is within [mant, mant + 1.5) units of 2^lsb: compare it with
     * the halfway point mant + 1/2. */
    KrDigits half;
    kri_dtoa_exact(2 * c.mant + 1, c.lsb - 1, &half);
    int cmp = compare_input(d, &half);
    bool up = cmp > 0 || (cmp == 0 && (c.mant & 1));
    return from_bits(c.floor_bits + up);
}

/* Finds the first nonzero digit of the mantissa [mant]..[end] ([nint] digits
 * before the point) and the decimal point's place relative to it. Returns
 * false when every digit is zero. */
static bool locate_digits(const char *mant, const char *end, int64_t nint, int64_t exp10,
                          Decimal *d)
{
    int64_t index = 0; /* digits passed */
    for (const char *p = mant; p < end; p++) {
        if (!is_digit(*p))
            continue;
        if (*p != '0') {
            d->first = p;
            d->end = end;
            d->decpt = nint - index + exp10;
            return true;
        }
        index++;
    }
    return false;
}

int kri_dtoa_parse(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    double value;
    if (match_inf_nan(p, end, &value)) {
        *out = negative ? -value : value;
        return 0;
    }
    const char *mant = p;
    int64_t nint = scan_digits(&p, end), nfrac = 0;
    if (p < end && *p == '.') {
        p++;
        nfrac = scan_digits(&p, end);
    }
    if (nint + nfrac == 0)
        return -1;
    const char *mant_end = p;
    int64_t exp10 = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        bool exp_negative = false;
        if (p < end && (*p == '+' || *p == '-')) {
            exp_negative = *p == '-';
            p++;
        }
        const char *digits = p;
        if (scan_digits(&p, end) == 0)
            return -1;
        for (; digits < p; digits++)
            if (is_digit(*digits) && exp10 < EXP10_CAP)
                exp10 = exp10 * 10 + (*digits - '0');
        if (exp_negative)
            exp10 = -exp10;
    }
    if (p != end)
        return -1;
    Decimal d;
    value = locate_digits(mant, mant_end, nint, exp10, &d) ? decimal_value(&d) : 0.0;
    *out = negative ? -value : value;
    return 0;
}

double kri_dtoa_digits_value(const KrDigits *digits)
{
    if (digits->ndigits == 0 || digits->digits[0] == '0')
        return 0.0;
    Decimal d = {digits->digits, digits->digits + digits->ndigits, digits->decpt};
    return decimal_value(&d);
}

/* ---- hexadecimal ---- */

/* Exponents beyond these give zero or overflow whatever the digits, as
 * CPython's limits LONG_MIN / 2 and LONG_MAX / 2 do on a 64-bit long. */
#define HEX_EXP_MIN (INT64_MIN / 2)
#define HEX_EXP_MAX (INT64_MAX / 2)
/* Where reading saturates: beyond both limits once negated. */
#define HEX_EXP_SAT (HEX_EXP_MAX + 2)

/* Reads a p-exponent's decimal digits from *[pp] (sign included),
 * saturating past the limits. Returns false when there is no digit. */
static bool scan_hex_exponent(const char **pp, const char *end, int64_t *exp2)
{
    const char *p = *pp;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    if (p == end || !is_digit(*p))
        return false;
    int64_t e = 0;
    for (; p < end && is_digit(*p); p++)
        e = e > (HEX_EXP_SAT - 9) / 10 ? HEX_EXP_SAT : e * 10 + (*p - '0');
    *exp2 = negative ? -e : e;
    *pp = p;
    return true;
}

/* Rounds the hex digits [digits]..[end] ('.' skipped; the first one, at
 * [first], nonzero, of weight 16^[power]) times 2^[exp2] half-even. Returns
 * 0, or -2 on overflow. */
static int hex_value(const char *first, const char *end, int64_t power, int64_t exp2,
                     double *out)
{
    int lead = kri_hex_digit(*first);
    int lead_bits = 32 - __builtin_clz((unsigned)lead);
    int64_t msb = exp2 + 4 * power + lead_bits - 1; /* exponent of the top bit */
    if (msb < -1075) { /* below 2^-1075, half the smallest subnormal */
        *out = 0.0;
        return 0;
    }
    if (msb > 1023)
        return -2;
    int64_t lsb = (msb > -1022 ? msb : -1022) - 52; /* of the rounded value */
    uint64_t mant = 0;
    bool round = false, sticky = false;
    int64_t pos = msb + 1; /* exponent of the bit just taken, plus one */
    for (const char *p = first; p < end && !sticky; p++) {
        int v = kri_hex_digit(*p);
        if (v < 0)
            continue;
        for (int bit = (p == first ? lead_bits : 4) - 1; bit >= 0; bit--) {
            int b = (v >> bit) & 1;
            pos--;
            if (pos >= lsb)
                mant = mant << 1 | (uint64_t)b;
            else if (pos == lsb - 1)
                round = b;
            else
                sticky |= b;
        }
    }
    if (pos > lsb)
        mant <<= pos - lsb;
    if (round && (sticky || (mant & 1)))
        mant++;
    double v = ldexp((double)mant, (int)lsb);
    if (isinf(v))
        return -2;
    *out = v;
    return 0;
}

int kri_dtoa_from_hex(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    double value;
    if (match_inf_nan(p, end, &value)) {
        *out = negative ? -value : value;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        p += 2;
    const char *digits = p;
    while (p < end && kri_hex_digit(*p) >= 0)
        p++;
    int64_t nint = p - digits, nfrac = 0;
    if (p < end && *p == '.') {
        const char *frac = ++p;
        while (p < end && kri_hex_digit(*p) >= 0)
            p++;
        nfrac = p - frac;
    }
    if (nint + nfrac == 0)
        return -1;
    const char *digits_end = p;
    int64_t exp2 = 0;
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        if (!scan_hex_exponent(&p, end, &exp2))
            return -1;
    }
    if (p != end)
        return -1;
    int64_t index = 0; /* hex digits before the first nonzero one */
    const char *first = digits;
    for (; first < digits_end; first++) {
        int v = kri_hex_digit(*first);
        if (v > 0)
            break;
        if (v == 0)
            index++;
    }
    value = 0.0;
    if (first < digits_end && exp2 >= HEX_EXP_MIN) {
        if (exp2 > HEX_EXP_MAX)
            return -2;
        if (hex_value(first, digits_end, nint - 1 - index, exp2, &value) < 0)
            return -2;
    }
    *out = negative ? -value : value;
    return 0;
}
