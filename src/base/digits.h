/* The magnitude kernel of Python ints, in the style of GMP's mpn layer: pure C
 * on arrays of 30-bit digits, little-endian (digit 0 least significant), as
 * CPython lays them out (sys.int_info: 30 bits per digit, 4-byte digits). The
 * object layer owns allocation and signs; these functions only see
 * (const KrDigit *a, size_t na) operands and caller-provided outputs.
 * Invariants: every digit is < KR_DIGIT_BASE; an operand is "normalized" when
 * its top digit is non-zero (zero is the empty array, na == 0). Inputs must be
 * normalized unless a function says otherwise; results come back normalized,
 * with their length returned. A ptrdiff_t result is a length, or -1 when
 * scratch memory could not be had (the caller raises MemoryError). An output
 * may alias an input only where the function says so. Pointers are never
 * NULL unless a function allows it, even for zero-length operands. Nothing
 * here keeps state: every function is reentrant.
 * See docs/internals/base.md. */
#ifndef KRAIT_DIGITS_H
#define KRAIT_DIGITS_H

#include "base/base.h"

typedef uint32_t KrDigit;
typedef uint64_t KrTwoDigits;

#define KR_DIGIT_BITS 30
#define KR_DIGIT_BASE ((KrDigit)1 << KR_DIGIT_BITS)
#define KR_DIGIT_MASK (KR_DIGIT_BASE - 1)

/* Digits an output needs to hold any uint64_t, int64_t or finite double. */
#define KR_DIGITS_U64_MAX 3
#define KR_DIGITS_DOUBLE_MAX 36

/* Bits needed to write [d] (0 for 0). */
static inline int kri_digit_bit_length(KrDigit d)
{
    return d ? 32 - __builtin_clz(d) : 0;
}

/* [n] reduced so that a[n - 1] != 0 (0 for all-zero digits). */
static inline size_t kri_digits_normalize(const KrDigit *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

/* ---- digits.c: fixed-width primitives (operands of exactly [n] digits,
 * leading zeros allowed; r may be a, b, or both) ---- */
/* r = a + b; returns the carry out (0 or 1). */
KR_HIDDEN KrDigit kri_digits_add_n(KrDigit *r, const KrDigit *a, const KrDigit *b, size_t n);
/* r = a - b modulo base^n; returns the borrow out (0 or 1). */
KR_HIDDEN KrDigit kri_digits_sub_n(KrDigit *r, const KrDigit *a, const KrDigit *b, size_t n);
/* r += a * d over [n] digits; returns the digit carried out (< base). */
KR_HIDDEN KrDigit kri_digits_addmul1(KrDigit *r, const KrDigit *a, size_t n, KrDigit d);
/* r -= a * d over [n] digits; returns what is still owed above r[n - 1]
 * (<= base). */
KR_HIDDEN KrDigit kri_digits_submul1(KrDigit *r, const KrDigit *a, size_t n, KrDigit d);
/* -1, 0 or 1 as a < b, a == b, a > b, comparing [n] digits each. */
KR_HIDDEN int kri_digits_cmp_n(const KrDigit *a, const KrDigit *b, size_t n);

/* ---- digits.c: basic arithmetic ---- */
/* -1, 0 or 1 as a < b, a == b, a > b. */
KR_HIDDEN int kri_digits_cmp(const KrDigit *a, size_t na, const KrDigit *b, size_t nb);
/* r = a + b. r needs max(na, nb) + 1 digits and may be a or b. */
KR_HIDDEN size_t kri_digits_add(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b,
                                size_t nb);
/* r = a - b, requiring a >= b. r needs na digits and may be a or b. */
KR_HIDDEN size_t kri_digits_sub(KrDigit *r, const KrDigit *a, size_t na, const KrDigit *b,
                                size_t nb);
/* r = a + d (d < base). r needs na + 1 digits and may be a. */
KR_HIDDEN size_t kri_digits_add1(KrDigit *r, const KrDigit *a, size_t na, KrDigit d);
/* r = a - d, requiring a >= d (d < base). r needs na digits and may be a. */
KR_HIDDEN size_t kri_digits_sub1(KrDigit *r, const KrDigit *a, size_t na, KrDigit d);
/* r = a * m + add (m, add < base). r needs na + 1 digits and may be a. */
KR_HIDDEN size_t kri_digits_muladd1(KrDigit *r, const KrDigit *a, size_t na, KrDigit m,
                                    KrDigit add);
/* r = a * m (m < base). r needs na + 1 digits and may be a. */
static inline size_t kri_digits_mul1(KrDigit *r, const KrDigit *a, size_t na, KrDigit m)
{
    return kri_digits_muladd1(r, a, na, m, 0);
}
/* a += 1 in place; a has room for na + 1 digits. */
KR_HIDDEN size_t kri_digits_incr(KrDigit *a, size_t na);

/* ---- digits_mul.c: multiplication ----
 * Schoolbook below a threshold, Karatsuba above it, a squaring path when
 * both operands are the same array, and lopsided products cut into slices of
 * the short operand's size. Operands need not be normalized here. */
/* r = a * b, writing all na + nb digits of r, which must not overlap a or b.
 * Can fail (-1) only when min(na, nb) is above the Karatsuba threshold. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_mul(KrDigit *r, const KrDigit *a, size_t na,
                                                const KrDigit *b, size_t nb);
/* r = a * a; r needs 2 * na digits and must not overlap a. Can fail as mul. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_sqr(KrDigit *r, const KrDigit *a, size_t na);
/* The schoolbook product, for any sizes (O(na * nb), never fails); r as mul. */
KR_HIDDEN size_t kri_digits_mul_basecase(KrDigit *r, const KrDigit *a, size_t na,
                                         const KrDigit *b, size_t nb);

/* ---- digits_div.c: division ----
 * Truncating division of magnitudes: a = q * b + r with 0 <= r < b. Python's
 * floor division is the caller's: when the signs differ and r != 0 it takes
 * q + 1 and b - r (r carrying the divisor's sign). */
/* q = a / d, *[rem] = a % d, for 0 < d < base. q needs na digits and may be
 * a. Returns the length of q. */
KR_HIDDEN size_t kri_digits_divrem1(KrDigit *q, const KrDigit *a, size_t na, KrDigit d,
                                    KrDigit *rem);
/* a % d for 0 < d < base. */
KR_HIDDEN KrDigit kri_digits_mod1(const KrDigit *a, size_t na, KrDigit d);
/* Quotient and remainder of a by b (nb > 0). q needs max(na - nb + 1, 1)
 * digits, r needs nb; either may be NULL when not wanted, and both may alias a
 * or b (the inputs are copied before either is written). Their lengths go to
 * *[nq] and *[nr] (each may be NULL too). Knuth's algorithm D below a
 * threshold, recursive (Burnikel-Ziegler style) division above it. Returns 0,
 * or -1 when memory runs out. */
KR_HIDDEN KR_NODISCARD int kri_digits_divrem(KrDigit *q, size_t *nq, KrDigit *r, size_t *nr,
                                             const KrDigit *a, size_t na, const KrDigit *b,
                                             size_t nb);
/* The core of divrem for other kernel files: divides a[0, na) in place by b,
 * which is normalized to its top bit (b[nb - 1] >= base / 2, nb >= 2), where
 * a's top nb digits are below b. q gets the na - nb quotient digits; a[0, nb)
 * the remainder, a[nb, na) zeros. Returns 0, or -1 when memory runs out. */
KR_HIDDEN KR_NODISCARD int kri_digits_div_normalized(KrDigit *q, KrDigit *a, size_t na,
                                                     const KrDigit *b, size_t nb);

/* ---- digits.c: shifts and bits ---- */
/* r = a << bits. r needs na + bits / 30 + 1 digits and may be a. */
KR_HIDDEN size_t kri_digits_lshift(KrDigit *r, const KrDigit *a, size_t na, size_t bits);
/* r = a >> bits (truncating). r needs max(na - bits / 30, 0) digits and may
 * be a. */
KR_HIDDEN size_t kri_digits_rshift(KrDigit *r, const KrDigit *a, size_t na, size_t bits);
/* The magnitude of floor(x / 2^bits) for x = -a when [negative], else a:
 * Python's >> on either sign. r needs max(na - bits / 30, 0) + 1 digits and
 * may be a. */
KR_HIDDEN size_t kri_digits_rshift_floor(KrDigit *r, const KrDigit *a, size_t na, size_t bits,
                                         bool negative);
/* Bits [shift, shift + 64) of a, i.e. (a >> shift) mod 2^64. */
KR_HIDDEN uint64_t kri_digits_extract64(const KrDigit *a, size_t na, uint64_t shift);
/* Whether any of the low [bits] bits of a is set. */
KR_HIDDEN bool kri_digits_any_below(const KrDigit *a, size_t na, uint64_t bits);

typedef enum KrDigitsBitop { KR_DIGITS_AND, KR_DIGITS_OR, KR_DIGITS_XOR } KrDigitsBitop;
/* Python's &, | and ^ on signed values (infinite two's complement): x is -a
 * when [aneg], else a (likewise y); the result is -r when *[rneg], else r.
 * A zero operand must come with aneg false; a zero result has *rneg false.
 * r needs max(na, nb) + 1 digits and may be a or b. Never fails. */
KR_HIDDEN size_t kri_digits_bitop(KrDigit *r, bool *rneg, KrDigitsBitop op, bool aneg,
                                  const KrDigit *a, size_t na, bool bneg, const KrDigit *b,
                                  size_t nb);
/* ~x == -x - 1 with x as for bitop. r needs na + 1 digits and may be a. */
KR_HIDDEN size_t kri_digits_invert(KrDigit *r, bool *rneg, bool aneg, const KrDigit *a,
                                   size_t na);
/* int.bit_length(), int.bit_count(), and the index of the lowest set bit
 * (0 for zero). */
KR_HIDDEN uint64_t kri_digits_bit_length(const KrDigit *a, size_t na);
KR_HIDDEN uint64_t kri_digits_bit_count(const KrDigit *a, size_t na);
KR_HIDDEN uint64_t kri_digits_ctz(const KrDigit *a, size_t na);

/* ---- digits.c: machine integers and bytes ---- */
/* r (KR_DIGITS_U64_MAX digits) = v. */
KR_HIDDEN size_t kri_digits_from_uint64(KrDigit *r, uint64_t v);
/* r = |v| and *[negative] = v < 0. */
KR_HIDDEN size_t kri_digits_from_int64(KrDigit *r, int64_t v, bool *negative);
/* *[out] = a; -1 when a >= 2^64 (OverflowError), else 0. */
KR_HIDDEN KR_NODISCARD int kri_digits_to_uint64(const KrDigit *a, size_t na, uint64_t *out);
/* *[out] = -a when [negative], else a; -1 when that is outside int64_t. */
KR_HIDDEN KR_NODISCARD int kri_digits_to_int64(bool negative, const KrDigit *a, size_t na,
                                               int64_t *out);
/* int.to_bytes: writes x (-a when [negative], else a) into [len] bytes at
 * [out], least significant first when [little], in two's complement when
 * [is_signed]. Returns 0; -1 when x does not fit ("int too big to convert");
 * -2 for a negative x without [is_signed] ("can't convert negative int to
 * unsigned"). [out] is undefined after an error. */
KR_HIDDEN KR_NODISCARD int kri_digits_to_bytes(unsigned char *out, size_t len, bool little,
                                               bool is_signed, bool negative, const KrDigit *a,
                                               size_t na);
/* int.from_bytes: the value of [len] bytes at [s] as r (negated when
 * *[negative]). r needs kri_digits_from_bytes_size(len) digits. */
KR_HIDDEN size_t kri_digits_from_bytes(KrDigit *r, bool *negative, const unsigned char *s,
                                       size_t len, bool little, bool is_signed);
static inline size_t kri_digits_from_bytes_size(size_t len)
{
    return (len / 15) * 4 + (len % 15 * 8 + 29) / 30;
}

/* ---- digits_float.c: doubles ---- */
/* float(a), rounded half to even. Returns 0, or -1 when the rounded value
 * is 2^1024 or more ("int too large to convert to float"). */
KR_HIDDEN KR_NODISCARD int kri_digits_to_double(const KrDigit *a, size_t na, double *out);
/* The integer part of |v| (int(float) truncates toward zero) for finite v;
 * the caller rejects inf and nan. r needs KR_DIGITS_DOUBLE_MAX digits. */
KR_HIDDEN size_t kri_digits_from_double(KrDigit *r, double v);
/* a as m * 2^*[exp] with 0.5 <= m < 1, m rounded half to even to 53 bits, for
 * any size of a (math.log of huge ints). Zero gives 0.0 and *exp = 0. */
KR_HIDDEN double kri_digits_frexp(const KrDigit *a, size_t na, int64_t *exp);
/* a / b (nb > 0) correctly rounded to a double (int.__truediv__), whatever
 * the sizes: the cost is linear in them. Returns 0; -1 when memory runs out;
 * -2 when the result overflows ("integer division result too large for a
 * float"). Results below the smallest subnormal round to 0.0. */
KR_HIDDEN KR_NODISCARD int kri_digits_truediv(const KrDigit *a, size_t na, const KrDigit *b,
                                              size_t nb, double *out);

/* ---- digits_str.c: strings ---- */
/* Characters enough for a of [na] digits in [base] (2..36). */
KR_HIDDEN size_t kri_digits_string_size(size_t na, int base);
/* Writes a in [base] (2..36) with lowercase letters, no sign, prefix or NUL,
 * at [out] (kri_digits_string_size(na, base) bytes); zero is "0". Returns the
 * characters written, or -1 when memory runs out. Bases 2, 4, 8, 16 and 32
 * are linear; others are quadratic for small a and divide and conquer
 * (O(M(n) log^2 n)) above a threshold. Never fails for na <= 40. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_to_string(char *out, const KrDigit *a, size_t na,
                                                      int base);
/* Digits r needs for a number of [len] characters in [base] (2..36). */
KR_HIDDEN size_t kri_digits_from_string_size(size_t len, int base);
/* r = the value of the [len] characters at [s], digits of [base] (2..36, any
 * letter case) with single underscores allowed between digits, as
 * kri_digits_scan_literal leaves them; nothing else is checked. Returns the
 * length of r, or -1 when memory runs out. Subquadratic for huge inputs. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_from_string(KrDigit *r, const char *s, size_t len,
                                                        int base);

/* What kri_digits_scan_literal finds in the text given to int(text, base). */
typedef struct KrDigitsLiteral {
    bool negative;
    int base;           /* 2..36: [base], or from the prefix when it was 0 */
    const char *digits; /* the first digit, inside the text */
    size_t len;         /* bytes from [digits] to the end of the text */
    size_t ndigits;     /* digit characters among them (no underscores) */
} KrDigitsLiteral;
/* Checks int(text, base) syntax on [s][len], whose surrounding whitespace
 * the caller stripped and whose non-ASCII digits it made ASCII: a sign, then a
 * 0x/0o/0b prefix when base is 0 or that base (one underscore may follow it),
 * then digits of the base with single underscores between them; base 0 reads
 * the prefix and refuses leading zeros in a non-zero decimal. [base] is 0 or
 * 2..36. Returns 0 and fills *[lit], or -1 for an invalid literal. The limit
 * on decimal digits (sys.set_int_max_str_digits) is the caller's, from
 * lit->ndigits. */
KR_HIDDEN KR_NODISCARD int kri_digits_scan_literal(const char *s, size_t len, int base,
                                                   KrDigitsLiteral *lit);

/* ---- digits_nt.c: powers, gcd, inverses, square roots ---- */
/* Digits r needs for a^e (at least 1), or 0 when that does not fit size_t. */
KR_HIDDEN size_t kri_digits_pow_size(const KrDigit *a, size_t na, uint64_t e);
/* r = a^e (0^0 == 1); r needs kri_digits_pow_size(a, na, e) digits and must
 * not overlap a. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_pow(KrDigit *r, const KrDigit *a, size_t na,
                                                uint64_t e);
/* r = a^e mod m for m > 0 (1 when e == 0 and m > 1). r needs nm digits and
 * may alias nothing. Sliding windows over e, Montgomery reduction for odd m
 * of moderate size, division otherwise. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_powmod(KrDigit *r, const KrDigit *a, size_t na,
                                                   const KrDigit *e, size_t ne,
                                                   const KrDigit *m, size_t nm);
/* r = gcd(a, b) (gcd(0, 0) == 0) by Lehmer's algorithm. r needs max(na, nb)
 * digits and may alias a or b. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_gcd(KrDigit *r, const KrDigit *a, size_t na,
                                                const KrDigit *b, size_t nb);
/* r = the x in [0, m) with a * x == 1 mod m, for m > 0 (pow(a, -1, m); 0 when
 * m == 1). r needs nm digits and may alias a. Returns -2 when there is no such
 * x ("base is not invertible for the given modulus"). A negative base is the
 * caller's: it passes a mod m. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_modinv(KrDigit *r, const KrDigit *a, size_t na,
                                                   const KrDigit *m, size_t nm);
/* r = floor(sqrt(a)) (math.isqrt) by Newton steps of doubling precision. r
 * needs (na + 1) / 2 digits and must not overlap a. */
KR_HIDDEN KR_NODISCARD ptrdiff_t kri_digits_isqrt(KrDigit *r, const KrDigit *a, size_t na);

#endif
