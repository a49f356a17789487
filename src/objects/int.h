/* The int type's shared API beyond types.h (int.c, int_ops.c, int_type.c):
 * access to the magnitude digits, construction from digits, exact
 * comparisons with doubles, bytes and text conversions. Ints are sign and
 * magnitude over the 30-bit digits of base/digits.h; the kernel works on the
 * magnitude, these functions own the sign, the small-int cache and the
 * interpreter's string-length limit. Every function returning an object
 * gives a new reference or NULL with an exception set. Meant to be included
 * from types.h; compiles on its own after objects/objects.h. */
#ifndef KRAIT_INT_H
#define KRAIT_INT_H

#include "base/digits.h"
#include "objects/objects.h"

/* The magnitude of int [o] (exact or subclass), borrowed for as long as
 * [o] lives; kri_int_ndigits(o) digits, normalized. */
static inline const KrDigit *kri_int_digits(const KrObject *o)
{
    return ((const KrInt *)o)->digits;
}
static inline size_t kri_int_ndigits(const KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    return (size_t)(n < 0 ? -n : n);
}
static inline bool kri_int_is_negative(const KrObject *o)
{
    return KR_SIZE(o) < 0;
}

/* The value of [o] when it is an exact int of at most one digit (the
 * case the fast paths of the VM and of comparisons take). */
static inline bool kri_int_exact_small(const KrObject *o, int64_t *v)
{
    ssize_t n = KR_SIZE(o);
    if (o->ob_type != &kr_int_type || n < -1 || n > 1)
        return false;
    *v = kri_int_small_value(o);
    return true;
}

/* The comparison [a] [op] [b] when both are exact ints of at most one
 * digit, exact floats or (for == and !=) exact strs: it runs no Python
 * code. -1 for any other operands. */
static inline int kri_object_compare_plain(const KrObject *a, const KrObject *b, int op)
{
    KrType *t = a->ob_type;
    int64_t x, y;
    if (t != b->ob_type)
        return -1;
    if (kri_int_exact_small(a, &x) && kri_int_exact_small(b, &y))
        return kr_compare_holds(x < y ? -1 : x > y, op);
    if (t == &kr_float_type) {
        double fx = KR_FLOAT_VALUE(a), fy = KR_FLOAT_VALUE(b);
        switch (op) { /* NaN: only != holds */
        case KR_LT: return fx < fy;
        case KR_LE: return fx <= fy;
        case KR_EQ: return fx == fy;
        case KR_NE: return fx != fy;
        case KR_GT: return fx > fy;
        default: return fx >= fy;
        }
    }
    if (t == &kr_str_type && (op == KR_EQ || op == KR_NE))
        return kri_str_eq(a, b) == (op == KR_EQ);
    return -1;
}

/* The exact int of sign [sign] (< 0 negative) and magnitude [d] of [n]
 * digits (copied; leading zeros allowed). */
KR_HIDDEN KrObject *kri_int_from_digits(KrThread *ts, const KrDigit *d, size_t n, int sign);
/* The same value as an instance of int subclass [type] (int.__new__). */
KR_HIDDEN KrObject *kri_int_from_digits_type(KrThread *ts, KrType *type, const KrDigit *d,
                                             size_t n, int sign);
/* An exact int equal to int [o] (itself when already exact). */
KR_HIDDEN KrObject *kri_int_exact(KrThread *ts, KrObject *o);

/* int.bit_length() of [o]. */
KR_HIDDEN uint64_t kri_int_bit_length(const KrObject *o);
/* -1, 0 or 1 as int a < b, a == b, a > b. */
KR_HIDDEN int kri_int_compare(const KrObject *a, const KrObject *b);
/* Exact comparison of int [i] with [d]: -1, 0 or 1 as i < d, i == d,
 * i > d, and 2 when d is a NaN. Never fails, whatever the sizes. */
KR_HIDDEN int kri_int_compare_double(const KrObject *i, double d);

/* int.to_bytes: [o] in [len] bytes; OverflowError "int too big to convert"
 * or "can't convert negative int to unsigned". A new bytes. */
KR_HIDDEN KrObject *kri_int_to_bytes(KrThread *ts, KrObject *o, size_t len, bool little,
                                     bool is_signed);
/* int.from_bytes over [len] bytes at [s]. */
KR_HIDDEN KrObject *kri_int_from_bytes(KrThread *ts, const unsigned char *s, size_t len,
                                       bool little, bool is_signed);

/* The digits of |[o]| in [base] (2..36), lowercase, without sign or
 * prefix, as a malloc'd NUL-terminated string (the caller frees it) of
 * *[len] characters. Base 10 enforces sys.get_int_max_str_digits(), raising
 * ValueError as str() does. NULL with an exception on error. */
KR_HIDDEN char *kri_int_digits_text(KrThread *ts, KrObject *o, int base, size_t *len);
/* int(x, base) for a str, bytes, bytearray or other bytes-like [x] and
 * [base] 0 or 2..36: whitespace, underscores, Unicode digits, the literal
 * length limit and CPython's "invalid literal" message. */
KR_HIDDEN KrObject *kri_int_from_text_object(KrThread *ts, KrObject *x, int base);
/* int(x) for one argument (PyNumber_Long): __int__, __index__, __trunc__,
 * then text. Always an exact int. */
KR_HIDDEN KrObject *kri_int_from_object(KrThread *ts, KrObject *x);

/* Big-number slots (int_ops.c), called by the int type's slots once the
 * fast machine-word paths gave up. Operands are ints (exact or subclass). */
KR_HIDDEN KrObject *kri_int_big_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op);
KR_HIDDEN KrObject *kri_int_big_powmod(KrThread *ts, KrObject *a, KrObject *b, KrObject *m);
KR_HIDDEN KrObject *kri_int_negate(KrThread *ts, KrObject *a);
KR_HIDDEN KrObject *kri_int_invert(KrThread *ts, KrObject *a);
/* round(o, -n) for n > 0: half to even at 10**n. */
KR_HIDDEN KrObject *kri_int_round_neg(KrThread *ts, KrObject *o, uint64_t n);

#endif
