/* Conversions between magnitudes and digit strings in bases 2..36.
 * Power-of-two bases move bits straight between digits and characters.
 * Other bases work in "chunks": k characters make one big digit below
 * chunk = base^k < 2^30 (9 decimal characters, chunk 10^9). Short numbers
 * convert chunk by chunk, quadratically; long ones divide and conquer on the
 * powers P[i] = chunk^(2^i), each the square of the one before:
 *   to a string:   x = q P[i] + r, with r written as exactly k 2^i
 *                  characters (leading zeros kept) after q;
 *   from a string: the last k 2^i characters are r, the rest q, x = q P[i] + r.
 * Both cost O(M(n) log n) (the division in the first, recursive in
 * digits_div.c, adds a log). The one- and two-digit case (values below 2^60)
 * goes through uint64_t without touching any table. */
#include "base/digits.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Measured on x86-64: the point where division/multiplication by powers
 * starts to beat the quadratic loops. */
enum { TO_STRING_DC_CUTOFF = 40, FROM_STRING_DC_CHARS = 1000 };

/* Chunks of TO_STRING_DC_CUTOFF digits: the smallest chunk (33^5) has 25.2
 * bits, so 40 digits make at most 48 chunks. */
enum { LEAF_CHUNKS = 64 };

/* The chunk of a base that is not a power of two. */
typedef struct Radix {
    int base;
    int chars;     /* characters per chunk */
    KrDigit chunk; /* base^chars */
} Radix;

static Radix radix_of(int base)
{
    Radix rx = {base, 0, 1};
    while ((KrTwoDigits)rx.chunk * (KrDigit)base < KR_DIGIT_BASE) {
        rx.chunk *= (KrDigit)base;
        rx.chars++;
    }
    return rx;
}

/* log2 of [base] when it is a power of two, else 0. */
static int power_of_two_bits(int base)
{
    return (base & (base - 1)) == 0 ? __builtin_ctz((unsigned)base) : 0;
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* P[i] = chunk^(2^i) for i < count. */
typedef struct Powers {
    KrDigit *digits[48];
    size_t len[48];
    int count;
} Powers;

static void powers_free(Powers *pw)
{
    for (int i = 0; i < pw->count; i++)
        free(pw->digits[i]);
    pw->count = 0;
}

/* Adds squares until P[index] exists and the next square would have more
 * than [want] digits (or the table is full). Returns -1 when memory runs
 * out. */
static int powers_extend(Powers *pw, KrDigit chunk, int index, size_t want)
{
    if (pw->count == 0) {
        pw->digits[0] = malloc(sizeof(KrDigit));
        if (!pw->digits[0])
            return -1;
        pw->digits[0][0] = chunk;
        pw->len[0] = 1;
        pw->count = 1;
    }
    while (pw->count < (int)KR_ARRAY_LEN(pw->digits) &&
           (pw->count <= index || 2 * pw->len[pw->count - 1] - 1 <= want)) {
        size_t n = pw->len[pw->count - 1];
        KrDigit *sq = malloc(2 * n * sizeof(KrDigit));
        if (!sq)
            return -1;
        ptrdiff_t nsq = kri_digits_sqr(sq, pw->digits[pw->count - 1], n);
        if (nsq < 0) {
            free(sq);
            return -1;
        }
        pw->digits[pw->count] = sq;
        pw->len[pw->count] = (size_t)nsq;
        pw->count++;
    }
    return 0;
}

/* ---- to a string ---- */

size_t kri_digits_string_size(size_t na, int base)
{
    return (size_t)((double)na * KR_DIGIT_BITS / log2((double)base)) + 2;
}

static ptrdiff_t power_of_two_to_string(char *out, const KrDigit *a, size_t na, int bits)
{
    uint64_t total = kri_digits_bit_length(a, na);
    size_t nchars = (size_t)((total + (uint64_t)bits - 1) / (uint64_t)bits);
    unsigned mask = (1u << bits) - 1;
    for (size_t c = 0; c < nchars; c++) {
        uint64_t v = kri_digits_extract64(a, na, (uint64_t)c * (uint64_t)bits);
        out[nchars - 1 - c] = digit_chars[v & mask];
    }
    return (ptrdiff_t)nchars;
}

static const char decimal_pairs[] = "00010203040506070809101112131415161718192021222324"
                                    "25262728293031323334353637383940414243444546474849"
                                    "50515253545556575859606162636465666768697071727374"
                                    "75767778798081828384858687888990919293949596979899";

/* Writes v in [base], right-aligned to end at [end], at least [width]
 * characters (zero-padded). Returns the count. */
static size_t u64_to_chars(char *end, uint64_t v, int base, size_t width)
{
    char *p = end;
    if (base == 10) {
        while (v >= 100) {
            unsigned pair = (unsigned)(v % 100) * 2;
            v /= 100;
            *--p = decimal_pairs[pair + 1];
            *--p = decimal_pairs[pair];
        }
    }
    do {
        *--p = digit_chars[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    while ((size_t)(end - p) < width)
        *--p = '0';
    return (size_t)(end - p);
}

/* The base-chunk digits of a, least significant first, into [big] (room for
 * na * 30 / log2(chunk) + 1 of them), by repeated multiply-add from the top:
 * quadratic, but each step is one division by a constant when inlined with
 * [chunk] known. */
static inline __attribute__((always_inline)) size_t to_chunks(KrDigit *big, const KrDigit *a,
                                                              size_t na, KrDigit chunk)
{
    size_t n = 0;
    for (size_t i = na; i-- > 0;) {
        KrTwoDigits carry = a[i]; /* stays < 2^30 since each big digit < chunk */
        for (size_t j = 0; j < n; j++) {
            KrTwoDigits z = ((KrTwoDigits)big[j] << KR_DIGIT_BITS) | carry;
            carry = z / chunk;
            big[j] = (KrDigit)(z - carry * chunk);
        }
        while (carry) {
            big[n++] = (KrDigit)(carry % chunk);
            carry /= chunk;
        }
    }
    return n;
}

/* a written quadratically with at least [width] characters; [big] is
 * scratch of LEAF_CHUNKS digits (a has at most TO_STRING_DC_CUTOFF). */
static size_t small_to_string(char *out, const KrDigit *a, size_t na, const Radix *rx,
                              size_t width, KrDigit *big)
{
    /* A literal chunk lets the compiler divide by multiplying. */
    size_t n = rx->base == 10 ? to_chunks(big, a, na, 1000000000)
                              : to_chunks(big, a, na, rx->chunk);
    size_t chars = (size_t)rx->chars;
    char top[32];
    size_t ntop = u64_to_chars(top + sizeof top, n ? big[n - 1] : 0, rx->base, 0);
    size_t body = ntop + (n > 1 ? (n - 1) * chars : 0);
    size_t pos = 0;
    while (pos + body < width)
        out[pos++] = '0';
    memcpy(out + pos, top + sizeof top - ntop, ntop);
    pos += ntop;
    for (size_t j = n > 1 ? n - 1 : 0; j-- > 0;) {
        u64_to_chars(out + pos + chars, big[j], rx->base, chars);
        pos += chars;
    }
    return pos;
}

typedef struct ToString {
    Radix rx;
    Powers pw;
    KrDigit big[LEAF_CHUNKS]; /* scratch for small_to_string at the leaves */
} ToString;

static ptrdiff_t to_string_rec(ToString *ts, char *out, const KrDigit *x, size_t nx, int level,
                               bool padded);

/* x = q P[i] + r: q first (padded to the width left, if any), then r as
 * exactly chars 2^i characters. Unpadded, x >= P[i] (the caller picks i
 * so), so q has no leading zero to print. */
static ptrdiff_t to_string_split(ToString *ts, char *out, const KrDigit *x, size_t nx, int i,
                                 bool padded)
{
    size_t np = ts->pw.len[i];
    /* Padded, x may be shorter than P[i]: r gets all of it, q is 0. */
    size_t qroom = nx >= np ? nx - np + 2 : 2;
    KrDigit *q = malloc((qroom + np) * sizeof(KrDigit));
    if (!q)
        return -1;
    KrDigit *r = q + qroom;
    size_t nq, nr;
    ptrdiff_t n1 = -1, n2 = -1;
    if (kri_digits_divrem(q, &nq, r, &nr, x, nx, ts->pw.digits[i], np) == 0) {
        /* Unpadded, q may still exceed P[i] and split at i again. */
        n1 = to_string_rec(ts, out, q, nq, padded ? i : i + 1, padded);
        if (n1 >= 0)
            n2 = to_string_rec(ts, out + n1, r, nr, i, true);
    }
    free(q);
    return n1 < 0 || n2 < 0 ? -1 : n1 + n2;
}

/* Writes x; when [padded], as exactly chars 2^level characters (x is below
 * P[level]). Unpadded, [level] bounds the split power from above. */
static ptrdiff_t to_string_rec(ToString *ts, char *out, const KrDigit *x, size_t nx, int level,
                               bool padded)
{
    size_t width = padded ? (size_t)ts->rx.chars << level : 0;
    if (nx <= TO_STRING_DC_CUTOFF || level == 0) {
        if (nx == 0 && !padded)
            return 0;
        return (ptrdiff_t)small_to_string(out, x, nx, &ts->rx, width, ts->big);
    }
    int i = level - 1;
    if (!padded) {
        while (i > 0 && ts->pw.len[i] > (nx + 1) / 2)
            i--;
    }
    return to_string_split(ts, out, x, nx, i, padded);
}

static ptrdiff_t dc_to_string(char *out, const KrDigit *a, size_t na, const Radix *rx)
{
    ToString ts = {.rx = *rx, .pw = {.count = 0}};
    ptrdiff_t n = -1;
    if (powers_extend(&ts.pw, rx->chunk, 0, (na + 1) / 2) == 0)
        n = to_string_rec(&ts, out, a, na, ts.pw.count, false);
    powers_free(&ts.pw);
    return n;
}

ptrdiff_t kri_digits_to_string(char *out, const KrDigit *a, size_t na, int base)
{
    int bits = power_of_two_bits(base);
    if (bits && na > 0)
        return power_of_two_to_string(out, a, na, bits);
    if (na <= 2) {
        uint64_t v = na == 0 ? 0 : na == 1 ? a[0] : ((uint64_t)a[1] << KR_DIGIT_BITS) | a[0];
        char tmp[64];
        size_t n = u64_to_chars(tmp + sizeof tmp, v, base, 0);
        memcpy(out, tmp + sizeof tmp - n, n);
        return (ptrdiff_t)n;
    }
    Radix rx = radix_of(base);
    if (na > TO_STRING_DC_CUTOFF)
        return dc_to_string(out, a, na, &rx);
    KrDigit big[LEAF_CHUNKS];
    return (ptrdiff_t)small_to_string(out, a, na, &rx, 0, big);
}

/* ---- from a string ---- */

static int char_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 36;
}

size_t kri_digits_from_string_size(size_t len, int base)
{
    return (size_t)((double)len * log2((double)base) / KR_DIGIT_BITS) + 2;
}

static size_t power_of_two_from_string(KrDigit *r, const char *s, size_t len, int bits)
{
    KrTwoDigits acc = 0;
    int have = 0;
    size_t n = 0;
    for (size_t i = len; i-- > 0;) {
        if (s[i] == '_')
            continue;
        acc |= (KrTwoDigits)char_value(s[i]) << have;
        have += bits;
        if (have >= KR_DIGIT_BITS) {
            r[n++] = (KrDigit)acc & KR_DIGIT_MASK;
            acc >>= KR_DIGIT_BITS;
            have -= KR_DIGIT_BITS;
        }
    }
    if (have > 0)
        r[n++] = (KrDigit)acc;
    return kri_digits_normalize(r, n);
}

/* The value of [len] digit values at [v] (no underscores) in r, chunk by
 * chunk from the top: quadratic. r needs kri_digits_from_string_size. */
static size_t small_from_values(KrDigit *r, const unsigned char *v, size_t len, const Radix *rx)
{
    size_t chars = (size_t)rx->chars, n = 0;
    size_t take = len % chars ? len % chars : chars; /* the first chunk may be short */
    for (size_t pos = 0; pos < len; pos += take, take = chars) {
        KrDigit chunk = 0, mult = 1;
        for (size_t k = 0; k < take; k++) {
            chunk = chunk * (KrDigit)rx->base + v[pos + k];
            mult *= (KrDigit)rx->base;
        }
        n = kri_digits_muladd1(r, r, n, mult, chunk);
    }
    return n;
}

typedef struct FromString {
    Radix rx;
    Powers pw;
} FromString;

/* The value of v[0, len) in a new malloc'ed array (*out, length returned;
 * -1 when memory runs out). */
static ptrdiff_t from_values_rec(FromString *fs, KrDigit **out, const unsigned char *v, size_t len)
{
    if (len <= FROM_STRING_DC_CHARS) {
        KrDigit *r = malloc(kri_digits_from_string_size(len, fs->rx.base) * sizeof(KrDigit));
        if (!r)
            return -1;
        *out = r;
        return (ptrdiff_t)small_from_values(r, v, len, &fs->rx);
    }
    int i = 0;
    while (((size_t)fs->rx.chars << (i + 1)) < len)
        i++;
    if (powers_extend(&fs->pw, fs->rx.chunk, i, 0) < 0 || i >= fs->pw.count)
        return -1;
    size_t nlow = (size_t)fs->rx.chars << i; /* len / 2 <= nlow < len */
    KrDigit *hi = NULL, *lo = NULL, *r = NULL;
    ptrdiff_t nhi = from_values_rec(fs, &hi, v, len - nlow);
    ptrdiff_t nlo = nhi < 0 ? -1 : from_values_rec(fs, &lo, v + len - nlow, nlow);
    ptrdiff_t n = -1;
    if (nlo >= 0) {
        size_t np = fs->pw.len[i];
        r = malloc(((size_t)nhi + np + 1) * sizeof(KrDigit));
        if (r && kri_digits_mul(r, hi, (size_t)nhi, fs->pw.digits[i], np) >= 0) {
            size_t nr = (size_t)nhi + np;
            r[nr] = 0;
            KrDigit carry = kri_digits_add_n(r, r, lo, (size_t)nlo);
            for (size_t j = (size_t)nlo; carry; j++) {
                carry += r[j];
                r[j] = carry & KR_DIGIT_MASK;
                carry >>= KR_DIGIT_BITS;
            }
            n = (ptrdiff_t)kri_digits_normalize(r, nr + 1);
        }
    }
    free(hi);
    free(lo);
    if (n < 0)
        free(r);
    else
        *out = r;
    return n;
}

/* Digit values without underscores, then divide and conquer. */
static ptrdiff_t dc_from_string(KrDigit *r, const char *s, size_t len, const Radix *rx)
{
    unsigned char *v = malloc(len);
    if (!v)
        return -1;
    size_t nv = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_')
            v[nv++] = (unsigned char)char_value(s[i]);
    }
    FromString fs = {*rx, {.count = 0}};
    ptrdiff_t n = -1;
    KrDigit *x;
    n = from_values_rec(&fs, &x, v, nv);
    if (n >= 0) {
        memcpy(r, x, (size_t)n * sizeof(KrDigit));
        free(x);
    }
    powers_free(&fs.pw);
    free(v);
    return n;
}

ptrdiff_t kri_digits_from_string(KrDigit *r, const char *s, size_t len, int base)
{
    int bits = power_of_two_bits(base);
    if (bits)
        return (ptrdiff_t)power_of_two_from_string(r, s, len, bits);
    Radix rx = radix_of(base);
    if (len <= 2 * (size_t)rx.chars) {
        /* Below chunk^2 < 2^60: the value fits a uint64_t. */
        uint64_t v = 0;
        for (size_t i = 0; i < len; i++) {
            if (s[i] != '_')
                v = v * (uint64_t)base + (uint64_t)char_value(s[i]);
        }
        return (ptrdiff_t)kri_digits_from_uint64(r, v);
    }
    if (len > FROM_STRING_DC_CHARS)
        return dc_from_string(r, s, len, &rx);
    /* Short: chunks straight from the characters, skipping underscores. */
    unsigned char v[FROM_STRING_DC_CHARS];
    size_t nv = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_')
            v[nv++] = (unsigned char)char_value(s[i]);
    }
    return (ptrdiff_t)small_from_values(r, v, nv, &rx);
}

/* ---- int(text, base) syntax ---- */

/* The base a 0x / 0o / 0b prefix at [s] selects (either case), or 0. */
static int prefix_base(const char *s, size_t len)
{
    if (len < 2 || s[0] != '0')
        return 0;
    char c = (char)(s[1] | 0x20);
    return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
}

int kri_digits_scan_literal(const char *s, size_t len, int base, KrDigitsLiteral *lit)
{
    if (base != 0 && (base < 2 || base > 36))
        return -1;
    size_t i = 0;
    bool negative = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        i++;
    }
    int pb = prefix_base(s + i, len - i);
    if (pb && (base == 0 || base == pb)) {
        base = pb;
        i += 2;
        if (i < len && s[i] == '_') /* "0x_1f" is a valid literal */
            i++;
    }
    bool literal_decimal = base == 0;
    if (literal_decimal)
        base = 10;
    size_t start = i, ndigits = 0;
    bool after_digit = false;
    for (; i < len; i++) {
        if (s[i] == '_') {
            if (!after_digit)
                return -1;
            after_digit = false;
            continue;
        }
        if (char_value(s[i]) >= base)
            return -1;
        after_digit = true;
        ndigits++;
    }
    if (!after_digit)
        return -1; /* no digits, or an underscore last */
    if (literal_decimal && s[start] == '0') {
        /* Base 0 reads "010" as Python source would: an error. */
        for (size_t j = start; j < len; j++) {
            if (s[j] != '0' && s[j] != '_')
                return -1;
        }
    }
    lit->negative = negative;
    lit->base = base;
    lit->digits = s + start;
    lit->len = len - start;
    lit->ndigits = ndigits;
    return 0;
}
