/* The float type: a boxed C double, immutable. Arithmetic follows IEEE-754
 * with Python's rules on top: ZeroDivisionError instead of infinities from
 * a zero divisor, floor division and modulo taking the divisor's sign,
 * ** raising OverflowError where the C library reports ERANGE and handing
 * negative bases with fractional exponents to complex. Comparisons with
 * ints are exact whatever the int's size (no rounding of the int to a
 * double). Operators return NotImplemented for anything but int and float
 * operands, so complex's reflected slots run for mixed operations.
 * The constructor, the methods and text parsing are in float_methods.c;
 * repr comes from src/base/dtoa*.c. See docs/internals/objects.md. */
#include <errno.h>
#include <math.h>

#include "base/dtoa.h"
#include "objects/blocks.h"
#include "objects/complex.h"

KrObject *kri_float_from_double(KrThread *ts, double v)
{
    size_t c = kri_block_class(sizeof(KrFloat));
    KrFloat *f = kri_block_take(ts, c);
    if (f) {
        kri_block_init_header(ts, KR_OBJ(f), &kr_float_type, c);
        f->value = v;
        return KR_OBJ(f);
    }
    f = (KrFloat *)kri_object_alloc(ts, &kr_float_type, sizeof(KrFloat));
    if (f)
        f->value = v;
    return KR_OBJ(f);
}

double kri_float_as_double(KrThread *ts, KrObject *o)
{
    if (kr_float_check(o))
        return KR_FLOAT_VALUE(o);
    if (kr_int_check(o))
        return kri_int_as_double(ts, o);
    KrType *t = o->ob_type;
    if (t->nb_float) {
        KrObject *r = t->nb_float(ts, o);
        if (!r)
            return -1.0;
        if (!kr_float_check(r)) {
            kri_err_format(ts, &kr_exc_TypeError, "%s.__float__ returned non-float (type %T)",
                           kri_type_name(t), r);
            kr_decref(r);
            return -1.0;
        }
        double d = KR_FLOAT_VALUE(r);
        kr_decref(r);
        return d;
    }
    if (t->nb_index) {
        KrObject *i = kri_number_index(ts, o);
        if (!i)
            return -1.0;
        double d = kri_int_as_double(ts, i);
        kr_decref(i);
        return d;
    }
    kri_err_format(ts, &kr_exc_TypeError, "must be real number, not %s", kri_type_name(t));
    return -1.0;
}

KrObject *kri_float_to_int(KrThread *ts, double v)
{
    if (isnan(v))
        return kri_err_format(ts, &kr_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(v))
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "cannot convert float infinity to integer");
    return kri_int_from_double(ts, v);
}

static KrObject *float_repr(KrThread *ts, KrObject *o)
{
    KrBuf buf;
    kri_buf_init(&buf);
    if (kri_dtoa_repr(&buf, KR_FLOAT_VALUE(o)) < 0) {
        kri_buf_free(&buf);
        return kri_err_no_memory(ts);
    }
    KrObject *r = kri_str_from_utf8(ts, buf.data, (ssize_t)buf.len);
    kri_buf_free(&buf);
    return r;
}

static int64_t float_hash(KrThread *ts, KrObject *o)
{
    double v = KR_FLOAT_VALUE(o);
    if (isnan(v))
        return kri_hash_pointer(o); /* since 3.10: nans hash by identity */
    return kri_hash_double(v);
}

/* ---- comparisons ---- */

/* A three-way result, or 2 when a nan makes the operands unordered (then
 * only != holds). */
static bool compare_outcome(int c, int op)
{
    return c == 2 ? op == KR_NE : kr_compare_holds(c, op);
}

/* [a] is a float (the slot is called with its owner first). */
static KrObject *float_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    double x = KR_FLOAT_VALUE(a);
    int c;
    if (kr_float_check(b)) {
        double y = KR_FLOAT_VALUE(b);
        c = isnan(x) || isnan(y) ? 2 : x < y ? -1 : x > y;
    } else if (kr_int_check(b)) {
        c = kri_int_compare_double(b, x);
        c = c == 2 ? 2 : -c;
    } else {
        return KR_NOTIMPLEMENTED;
    }
    return kr_bool(compare_outcome(c, op));
}

/* ---- arithmetic ---- */

/* Converts an operand: 1 with *[out] set, 0 when it is neither an int nor
 * a float (the operator returns NotImplemented), -1 on error (an int too
 * large for a double). */
static int as_double(KrThread *ts, KrObject *o, double *out)
{
    if (kr_float_check(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 1;
    }
    if (kr_int_check(o)) {
        *out = kri_int_as_double(ts, o);
        return *out == -1.0 && kri_err_occurred(ts) ? -1 : 1;
    }
    return 0;
}

/* Python's floor division and modulo together (y != 0): the remainder
 * takes y's sign, and the quotient is made exact where the division of
 * (x - mod) by y rounds just below an integer. */
static void floor_divmod(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y); /* the zero remainder keeps y's sign */
    }
    if (div != 0.0) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        *floordiv = f;
    } else {
        *floordiv = copysign(0.0, x / y);
    }
    *mod = m;
}

static KrObject *errno_error(KrThread *ts, int err)
{
    bool range = err == ERANGE;
    KrObject *code = kri_int_from_i64(ts, range ? ERANGE : EDOM);
    KrObject *text = code ? kri_str_from_cstr(ts, range ? "Numerical result out of range"
                                                        : "Numerical argument out of domain")
                          : NULL;
    KrObject *args = text ? kri_tuple_pack(ts, 2, code, text) : NULL;
    KrObject *exc = args ? kri_exc_new(ts, range ? &kr_exc_OverflowError : &kr_exc_ValueError,
                                       args)
                         : NULL;
    kr_xdecref(code);
    kr_xdecref(text);
    kr_xdecref(args);
    if (exc)
        kri_err_raise_steal(ts, exc);
    return NULL;
}

static bool is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

/* x ** y with the special values of C99's pow spelled out (the C library's
 * handling of them varies) and Python's errors. [a] and [b] are the
 * operands x and y came from, for the complex case. */
static KrObject *float_power(KrThread *ts, KrObject *a, KrObject *b, double x, double y)
{
    if (y == 0.0)
        return kri_float_from_double(ts, 1.0);
    if (isnan(x))
        return kri_float_from_double(ts, x);
    if (isnan(y))
        return kri_float_from_double(ts, x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return kri_float_from_double(ts, 1.0);
        return kri_float_from_double(ts, (y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0)
            return kri_float_from_double(ts, odd ? x : fabs(x));
        return kri_float_from_double(ts, odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        return kri_float_from_double(ts, is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y)) /* a complex result since 3.0 */
            return kri_complex_power(ts, a, b);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0)
        return kri_float_from_double(ts, negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    int err = errno;
    if (isinf(r))
        err = ERANGE;
    else if (err == ERANGE && r == 0.0)
        err = 0; /* underflow to zero is not an error */
    if (err)
        return errno_error(ts, err);
    return kri_float_from_double(ts, negate ? -r : r);
}

static KrObject *float_divmod_pair(KrThread *ts, double q, double m)
{
    KrObject *fq = kri_float_from_double(ts, q);
    KrObject *fm = fq ? kri_float_from_double(ts, m) : NULL;
    KrObject *t = fm ? kri_tuple_pack(ts, 2, fq, fm) : NULL;
    kr_xdecref(fq);
    kr_xdecref(fm);
    return t;
}

static KrObject *float_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    double x, y;
    int ra = as_double(ts, a, &x);
    if (ra <= 0)
        return ra < 0 ? NULL : KR_NOTIMPLEMENTED;
    int rb = as_double(ts, b, &y);
    if (rb <= 0)
        return rb < 0 ? NULL : KR_NOTIMPLEMENTED;
    double q, m;
    switch (op) {
    case KR_NB_ADD: return kri_float_from_double(ts, x + y);
    case KR_NB_SUBTRACT: return kri_float_from_double(ts, x - y);
    case KR_NB_MULTIPLY: return kri_float_from_double(ts, x * y);
    case KR_NB_TRUE_DIVIDE:
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "float division by zero");
        return kri_float_from_double(ts, x / y);
    case KR_NB_FLOOR_DIVIDE:
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  "float floor division by zero");
        floor_divmod(x, y, &q, &m);
        return kri_float_from_double(ts, q);
    case KR_NB_REMAINDER:
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "float modulo");
        floor_divmod(x, y, &q, &m);
        return kri_float_from_double(ts, m);
    case KR_NB_DIVMOD:
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "float divmod()");
        floor_divmod(x, y, &q, &m);
        return float_divmod_pair(ts, q, m);
    case KR_NB_POWER:
        return float_power(ts, a, b, x, y);
    default:
        return KR_NOTIMPLEMENTED;
    }
}

#define FLOAT_BINOP(name, op)                                                      \
    static KrObject *name(KrThread *ts, KrObject *a, KrObject *b)                  \
    {                                                                              \
        return float_binop(ts, a, b, op);                                          \
    }
FLOAT_BINOP(float_add, KR_NB_ADD)
FLOAT_BINOP(float_sub, KR_NB_SUBTRACT)
FLOAT_BINOP(float_mul, KR_NB_MULTIPLY)
FLOAT_BINOP(float_truediv, KR_NB_TRUE_DIVIDE)
FLOAT_BINOP(float_floordiv, KR_NB_FLOOR_DIVIDE)
FLOAT_BINOP(float_mod, KR_NB_REMAINDER)
FLOAT_BINOP(float_divmod, KR_NB_DIVMOD)
FLOAT_BINOP(float_pow2, KR_NB_POWER)

static KrObject *float_pow(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == KR_NONE)
        return float_binop(ts, a, b, KR_NB_POWER);
    /* before the operands are looked at: pow(1.0, 'a', 2) says this too */
    return kri_err_format(ts, &kr_exc_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
}

/* ---- unary operators and conversions ---- */

static KrObject *float_neg(KrThread *ts, KrObject *a)
{
    return kri_float_from_double(ts, -KR_FLOAT_VALUE(a));
}

/* float(x) and +x: the object itself when it is an exact float. */
static KrObject *float_float(KrThread *ts, KrObject *a)
{
    if (kr_is_type(a, &kr_float_type))
        return KR_NEWREF(a);
    return kri_float_from_double(ts, KR_FLOAT_VALUE(a));
}

static KrObject *float_abs(KrThread *ts, KrObject *a)
{
    return kri_float_from_double(ts, fabs(KR_FLOAT_VALUE(a)));
}

static int float_bool(KrThread *ts, KrObject *a)
{
    return KR_FLOAT_VALUE(a) != 0.0;
}

static KrObject *float_int(KrThread *ts, KrObject *a)
{
    return kri_float_to_int(ts, KR_FLOAT_VALUE(a));
}

KrType kr_float_type = {
    KR_TYPE_HEADER,
    .name = "float",
    .basicsize = sizeof(KrFloat),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = kri_object_free,
    .new_ = kri_float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattro = kri_object_generic_getattr,
    .nb = {
        [KR_NB_ADD] = float_add, [KR_NB_SUBTRACT] = float_sub, [KR_NB_MULTIPLY] = float_mul,
        [KR_NB_TRUE_DIVIDE] = float_truediv, [KR_NB_FLOOR_DIVIDE] = float_floordiv,
        [KR_NB_REMAINDER] = float_mod, [KR_NB_DIVMOD] = float_divmod,
        [KR_NB_POWER] = float_pow2,
    },
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .methods = kri_float_methods,
    .getsets = kri_float_getsets,
};
