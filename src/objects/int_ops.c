/* Arbitrary-precision int arithmetic: the slow paths of the int type's
 * slots, for operands or results beyond the machine-word fast paths of
 * int_type.c. Each operation sizes a fresh exact int for the worst case,
 * lets the kernel (base/digits.h) write the magnitude into it, then fixes
 * the sign and normalizes (finish(): small values become the static
 * objects). Python's rules on top of the kernel's truncating magnitudes:
 * floor division and modulo take the divisor's sign, >> floors, & | ^ ~
 * act on infinite two's complement, ** with a negative exponent is float
 * arithmetic, three-argument pow reduces into [0, m) or (m, 0]. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "objects/int.h"

/* The most digits a CPython int may have ((PY_SSIZE_T_MAX - 24) / 4). */
#define MAX_INT_DIGITS (((uint64_t)PTRDIFF_MAX - 24) / sizeof(KrDigit))

/* An exact int with room for [cap] digits (contents zero). */
static KrInt *new_int(KrThread *ts, size_t cap)
{
    if (cap > ((size_t)PTRDIFF_MAX - sizeof(KrInt)) / sizeof(KrDigit) - 1) {
        kri_err_no_memory(ts);
        return NULL;
    }
    return (KrInt *)kri_object_alloc(ts, &kr_int_type,
                                     sizeof(KrInt) + (cap ? cap : 1) * sizeof(KrDigit));
}

/* Completes [o] (stolen) whose magnitude is its first [n] digits. */
static KrObject *finish(KrThread *ts, KrInt *o, size_t n, bool negative)
{
    n = kri_digits_normalize(o->digits, n);
    if (n <= 1) {
        ssize_t v = n ? (ssize_t)o->digits[0] : 0;
        if (negative)
            v = -v;
        if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX) {
            kr_decref(KR_OBJ(o));
            return kri_int_small(v);
        }
    }
    KR_SIZE(o) = negative && n ? -(ssize_t)n : (ssize_t)n;
    return KR_OBJ(o);
}

/* Operand view: magnitude, length and sign of an int. */
typedef struct Operand {
    const KrDigit *d;
    size_t n;
    bool neg;
} Operand;

static Operand operand(const KrObject *o)
{
    return (Operand){ kri_int_digits(o), kri_int_ndigits(o), KR_SIZE(o) < 0 };
}

/* x + y, with y's sign flipped when [negate_b] (subtraction). */
static KrObject *add_signed(KrThread *ts, Operand x, Operand y, bool negate_b)
{
    bool yneg = y.n ? y.neg != negate_b : false;
    KrInt *r = new_int(ts, (x.n > y.n ? x.n : y.n) + 1);
    if (!r)
        return NULL;
    if (x.neg == yneg || y.n == 0 || x.n == 0) {
        bool neg = x.n ? x.neg : yneg;
        return finish(ts, r, kri_digits_add(r->digits, x.d, x.n, y.d, y.n), neg);
    }
    int c = kri_digits_cmp(x.d, x.n, y.d, y.n);
    if (c >= 0)
        return finish(ts, r, kri_digits_sub(r->digits, x.d, x.n, y.d, y.n), x.neg);
    return finish(ts, r, kri_digits_sub(r->digits, y.d, y.n, x.d, x.n), yneg);
}

static KrObject *multiply(KrThread *ts, Operand x, Operand y, bool square)
{
    if (x.n == 0 || y.n == 0)
        return kri_int_small(0);
    KrInt *r = new_int(ts, x.n + y.n);
    if (!r)
        return NULL;
    ptrdiff_t n = square ? kri_digits_sqr(r->digits, x.d, x.n)
                         : kri_digits_mul(r->digits, x.d, x.n, y.d, y.n);
    if (n < 0) {
        kr_decref(KR_OBJ(r));
        return kri_err_no_memory(ts);
    }
    return finish(ts, r, x.n + y.n, x.neg != y.neg);
}

/* Floor division and modulo of x by y (y != 0): *[q] and *[r] get new
 * references (either pointer may be NULL when not wanted). 0 or -1. */
static int floor_divmod(KrThread *ts, Operand x, Operand y, KrObject **q, KrObject **r)
{
    size_t qcap = (x.n >= y.n ? x.n - y.n + 1 : 1) + 1;
    KrInt *qo = new_int(ts, qcap), *ro = qo ? new_int(ts, y.n + 1) : NULL;
    size_t nq = 0, nr = 0;
    if (!ro || kri_digits_divrem(qo->digits, &nq, ro->digits, &nr, x.d, x.n, y.d, y.n) < 0) {
        if (ro)
            kri_err_no_memory(ts);
        kr_xdecref(KR_OBJ(qo));
        kr_xdecref(KR_OBJ(ro));
        return -1;
    }
    bool qneg = x.neg != y.neg;
    if (qneg && nr != 0) {
        /* truncation went toward zero; floor goes one further */
        nq = kri_digits_incr(qo->digits, nq);
        nr = kri_digits_sub(ro->digits, y.d, y.n, ro->digits, nr);
    }
    KrObject *qr = finish(ts, qo, nq, qneg), *rr = finish(ts, ro, nr, y.neg);
    if (q)
        *q = qr;
    else
        kr_decref(qr);
    if (r)
        *r = rr;
    else
        kr_decref(rr);
    return 0;
}

static KrObject *divide(KrThread *ts, Operand x, Operand y, KrNbOp op)
{
    if (y.n == 0)
        return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                              op == KR_NB_REMAINDER ? "integer modulo by zero"
                                                    : "integer division or modulo by zero");
    KrObject *q = NULL, *r = NULL;
    if (floor_divmod(ts, x, y, op == KR_NB_REMAINDER ? NULL : &q,
                     op == KR_NB_FLOOR_DIVIDE ? NULL : &r) < 0)
        return NULL;
    if (op == KR_NB_FLOOR_DIVIDE)
        return q;
    if (op == KR_NB_REMAINDER)
        return r;
    KrObject *t = kri_tuple_pack(ts, 2, q, r);
    kr_decref(q);
    kr_decref(r);
    return t;
}

static KrObject *true_divide(KrThread *ts, Operand x, Operand y)
{
    if (y.n == 0)
        return kri_err_format(ts, &kr_exc_ZeroDivisionError, "division by zero");
    double v = 0.0;
    int rc = x.n ? kri_digits_truediv(x.d, x.n, y.d, y.n, &v) : 0;
    if (rc == -1)
        return kri_err_no_memory(ts);
    if (rc == -2)
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "integer division result too large for a float");
    return kri_float_from_double(ts, x.neg != y.neg ? -v : v);
}

/* A shift count as uint64: 0, or 1 when it saturated at UINT64_MAX; -1
 * with ValueError when negative. */
static int shift_count(KrThread *ts, Operand y, uint64_t *out)
{
    if (y.neg) {
        kri_err_set(ts, &kr_exc_ValueError, "negative shift count");
        return -1;
    }
    if (kri_digits_to_uint64(y.d, y.n, out) < 0) {
        *out = UINT64_MAX;
        return 1;
    }
    return 0;
}

static KrObject *shift(KrThread *ts, Operand x, Operand y, bool left)
{
    uint64_t bits;
    int huge = shift_count(ts, y, &bits);
    if (huge < 0)
        return NULL;
    if (x.n == 0)
        return kri_int_small(0);
    if (!left) {
        if (bits / KR_DIGIT_BITS >= x.n)
            return kri_int_small(x.neg ? -1 : 0);
        size_t cap = x.n - (size_t)(bits / KR_DIGIT_BITS) + 1;
        KrInt *r = new_int(ts, cap);
        if (!r)
            return NULL;
        return finish(ts, r, kri_digits_rshift_floor(r->digits, x.d, x.n, (size_t)bits, x.neg),
                      x.neg);
    }
    /* CPython's bound on an int's size, past which it does not even try */
    if (huge || bits / KR_DIGIT_BITS > MAX_INT_DIGITS - x.n - 1)
        return kri_err_format(ts, &kr_exc_OverflowError, "too many digits in integer");
    KrInt *r = new_int(ts, x.n + (size_t)(bits / KR_DIGIT_BITS) + 1);
    if (!r)
        return NULL;
    return finish(ts, r, kri_digits_lshift(r->digits, x.d, x.n, (size_t)bits), x.neg);
}

static KrObject *bitwise(KrThread *ts, Operand x, Operand y, KrDigitsBitop op)
{
    KrInt *r = new_int(ts, (x.n > y.n ? x.n : y.n) + 1);
    if (!r)
        return NULL;
    bool rneg;
    size_t n = kri_digits_bitop(r->digits, &rneg, op, x.neg, x.d, x.n, y.neg, y.d, y.n);
    return finish(ts, r, n, rneg);
}

/* x ** y for y < 0: float arithmetic, as CPython hands it to float. */
static KrObject *power_negative(KrThread *ts, KrObject *a, KrObject *b)
{
    double x = kri_int_as_double(ts, a);
    if (x == -1.0 && kri_err_occurred(ts))
        return NULL;
    double y = kri_int_as_double(ts, b);
    if (y == -1.0 && kri_err_occurred(ts))
        return NULL;
    if (x == 0.0)
        return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                              "0.0 cannot be raised to a negative power");
    return kri_float_from_double(ts, pow(x, y));
}

static KrObject *power(KrThread *ts, KrObject *a, KrObject *b)
{
    Operand x = operand(a), y = operand(b);
    if (y.neg)
        return power_negative(ts, a, b);
    bool odd = y.n && (y.d[0] & 1);
    if (x.n == 0)
        return kri_int_small(y.n == 0 ? 1 : 0);
    if (x.n == 1 && x.d[0] == 1)
        return kri_int_small(x.neg && odd ? -1 : 1);
    uint64_t e;
    if (kri_digits_to_uint64(y.d, y.n, &e) < 0)
        return kri_err_no_memory(ts);
    size_t cap = kri_digits_pow_size(x.d, x.n, e);
    KrInt *r = cap ? new_int(ts, cap) : NULL;
    if (!r)
        return cap ? NULL : kri_err_no_memory(ts);
    ptrdiff_t n = kri_digits_pow(r->digits, x.d, x.n, e);
    if (n < 0) {
        kr_decref(KR_OBJ(r));
        return kri_err_no_memory(ts);
    }
    return finish(ts, r, (size_t)n, x.neg && odd);
}

KrObject *kri_int_big_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    Operand x = operand(a), y = operand(b);
    switch (op) {
    case KR_NB_ADD: return add_signed(ts, x, y, false);
    case KR_NB_SUBTRACT: return add_signed(ts, x, y, true);
    case KR_NB_MULTIPLY: return multiply(ts, x, y, a == b);
    case KR_NB_FLOOR_DIVIDE:
    case KR_NB_REMAINDER:
    case KR_NB_DIVMOD: return divide(ts, x, y, op);
    case KR_NB_TRUE_DIVIDE: return true_divide(ts, x, y);
    case KR_NB_LSHIFT: return shift(ts, x, y, true);
    case KR_NB_RSHIFT: return shift(ts, x, y, false);
    case KR_NB_AND: return bitwise(ts, x, y, KR_DIGITS_AND);
    case KR_NB_OR: return bitwise(ts, x, y, KR_DIGITS_OR);
    case KR_NB_XOR: return bitwise(ts, x, y, KR_DIGITS_XOR);
    case KR_NB_POWER: return power(ts, a, b);
    default: return KR_NOTIMPLEMENTED;
    }
}

/* *[out] = x mod |m| in [0, |m|), as a buffer of *[n] digits (m != 0).
 * The buffer has room for nm digits. 0 or -1. */
static int reduce_mod(KrThread *ts, Operand x, Operand m, KrDigit *out, size_t *n)
{
    if (kri_digits_divrem(NULL, NULL, out, n, x.d, x.n, m.d, m.n) < 0) {
        kri_err_no_memory(ts);
        return -1;
    }
    if (x.neg && *n)
        *n = kri_digits_sub(out, m.d, m.n, out, *n);
    return 0;
}

KrObject *kri_int_big_powmod(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    Operand x = operand(a), e = operand(b), m = operand(mod);
    if (m.n == 0)
        return kri_err_format(ts, &kr_exc_ValueError, "pow() 3rd argument cannot be 0");
    if (m.n == 1 && m.d[0] == 1)
        return kri_int_small(0);
    KrDigit *base = malloc(m.n * sizeof(KrDigit));
    KrInt *r = base ? new_int(ts, m.n) : NULL;
    if (!r) {
        free(base);
        return base ? NULL : kri_err_no_memory(ts);
    }
    size_t nbase;
    if (reduce_mod(ts, x, m, base, &nbase) < 0)
        goto fail;
    if (e.neg) {
        ptrdiff_t inv = kri_digits_modinv(base, base, nbase, m.d, m.n);
        if (inv == -2) {
            kri_err_set(ts, &kr_exc_ValueError, "base is not invertible for the given modulus");
            goto fail;
        }
        if (inv < 0)
            goto nomem;
        nbase = (size_t)inv;
    }
    ptrdiff_t n = kri_digits_powmod(r->digits, base, nbase, e.d, e.n, m.d, m.n);
    if (n < 0)
        goto nomem;
    free(base);
    if (m.neg && n > 0)
        n = (ptrdiff_t)kri_digits_sub(r->digits, m.d, m.n, r->digits, (size_t)n);
    return finish(ts, r, (size_t)n, m.neg);
nomem:
    kri_err_no_memory(ts);
fail:
    free(base);
    kr_decref(KR_OBJ(r));
    return NULL;
}

KrObject *kri_int_negate(KrThread *ts, KrObject *a)
{
    return kri_int_from_digits(ts, kri_int_digits(a), kri_int_ndigits(a), KR_SIZE(a) < 0 ? 1 : -1);
}

KrObject *kri_int_invert(KrThread *ts, KrObject *a)
{
    Operand x = operand(a);
    KrInt *r = new_int(ts, x.n + 1);
    if (!r)
        return NULL;
    bool rneg;
    size_t n = kri_digits_invert(r->digits, &rneg, x.neg, x.d, x.n);
    return finish(ts, r, n, rneg);
}

/* a OP b for ints, new reference (NULL on error). */
static KrObject *op2(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    return kri_int_big_binop(ts, a, b, op);
}

KrObject *kri_int_round_neg(KrThread *ts, KrObject *o, uint64_t n)
{
    /* |o| < 2**bits <= 2**(n-1) makes 10**n > 2|o|: the result is 0. */
    if (n > kri_int_bit_length(o))
        return kri_int_small(0);
    KrObject *ten = kri_int_small(10), *expo = kri_int_from_u64(ts, n);
    KrObject *p = expo ? op2(ts, ten, expo, KR_NB_POWER) : NULL;
    kr_xdecref(expo);
    KrObject *q = NULL, *r = NULL, *res = NULL;
    if (!p || floor_divmod(ts, operand(o), operand(p), &q, &r) < 0)
        goto done;
    /* half to even: round up when 2r > p, or 2r == p and q is odd */
    KrObject *twice = op2(ts, r, r, KR_NB_ADD);
    if (!twice)
        goto done;
    int c = kri_int_compare(twice, p);
    kr_decref(twice);
    bool up = c > 0 || (c == 0 && kri_int_ndigits(q) && (kri_int_digits(q)[0] & 1));
    KrObject *down = op2(ts, o, r, KR_NB_SUBTRACT);
    res = down && up ? op2(ts, down, p, KR_NB_ADD) : (down ? KR_NEWREF(down) : NULL);
    kr_xdecref(down);
done:
    kr_xdecref(p);
    kr_xdecref(q);
    kr_xdecref(r);
    return res;
}
