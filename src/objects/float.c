/* The float type: a boxed C double. Arithmetic follows IEEE with Python's
 * rules on top (ZeroDivisionError, floor division and modulo signs). The
 * shortest round-trip repr comes from src/base/dtoa.c (through
 * kri_repr_float). */
#include <math.h>
#include <stdlib.h>

#include "objects/objects.h"

KrObject *kri_float_from_double(KrThread *ts, double v)
{
    KrFloat *f = (KrFloat *)kri_object_alloc(ts, &kr_float_type, sizeof(KrFloat));
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

static KrObject *float_repr(KrThread *ts, KrObject *o)
{
    KrBuf buf;
    kri_buf_init(&buf);
    if (kri_repr_float(&buf, KR_FLOAT_VALUE(o)) < 0) {
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
        return kri_hash_pointer(o);
    return kri_hash_double(v);
}

/* Converts an operand for arithmetic: false when it is not a number
 * float knows (the operator then returns NotImplemented). */
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

static KrObject *float_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    double x, y;
    int ra = as_double(ts, a, &x), rb = ra > 0 ? as_double(ts, b, &y) : 0;
    if (ra < 0 || rb < 0) {
        /* an int too large for a double: compare by sign */
        kri_err_clear(ts);
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "comparing floats with huge ints is not implemented yet");
    }
    if (!ra || !rb)
        return KR_NOTIMPLEMENTED;
    bool r;
    switch (op) {
    case KR_LT: r = x < y; break;
    case KR_LE: r = x <= y; break;
    case KR_EQ: r = x == y; break;
    case KR_NE: r = x != y; break;
    case KR_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return kr_bool(r);
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
    double r;
    switch (op) {
    case KR_NB_ADD: r = x + y; break;
    case KR_NB_SUBTRACT: r = x - y; break;
    case KR_NB_MULTIPLY: r = x * y; break;
    case KR_NB_TRUE_DIVIDE:
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "float division by zero");
        r = x / y;
        break;
    case KR_NB_FLOOR_DIVIDE:
    case KR_NB_REMAINDER:
    case KR_NB_DIVMOD: {
        if (y == 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  op == KR_NB_REMAINDER ? "float modulo"
                                  : op == KR_NB_DIVMOD ? "float divmod()"
                                                       : "float floor division by zero");
        double mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = copysign(0.0, y);
        }
        double floordiv;
        if (div) {
            floordiv = floor(div);
            if (div - floordiv > 0.5)
                floordiv += 1.0;
        } else {
            floordiv = copysign(0.0, x / y);
        }
        if (op == KR_NB_REMAINDER)
            return kri_float_from_double(ts, mod);
        if (op == KR_NB_FLOOR_DIVIDE)
            return kri_float_from_double(ts, floordiv);
        KrObject *q = kri_float_from_double(ts, floordiv);
        KrObject *m = q ? kri_float_from_double(ts, mod) : NULL;
        KrObject *t = m ? kri_tuple_pack(ts, 2, q, m) : NULL;
        kr_xdecref(q);
        kr_xdecref(m);
        return t;
    }
    case KR_NB_POWER:
        if (x == 0.0 && y < 0.0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        if (x < 0.0 && y != floor(y) && isfinite(y))
            return kri_err_format(ts, &kr_exc_NotImplementedError,
                                  "complex results of float powers are not implemented yet");
        r = pow(x, y);
        if (isinf(r) && isfinite(x) && isfinite(y))
            return kri_err_format(ts, &kr_exc_OverflowError, "(34, 'Numerical result out of range')");
        break;
    default:
        return KR_NOTIMPLEMENTED;
    }
    return kri_float_from_double(ts, r);
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
    if (mod != KR_NONE)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
    return float_binop(ts, a, b, KR_NB_POWER);
}

static KrObject *float_neg(KrThread *ts, KrObject *a)
{
    return kri_float_from_double(ts, -KR_FLOAT_VALUE(a));
}

static KrObject *float_pos(KrThread *ts, KrObject *a)
{
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
    double v = KR_FLOAT_VALUE(a);
    if (isnan(v))
        return kri_err_format(ts, &kr_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(v))
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "cannot convert float infinity to integer");
    return kri_int_from_double(ts, v);
}

static KrObject *float_float(KrThread *ts, KrObject *a)
{
    if (kr_is_type(a, &kr_float_type))
        return KR_NEWREF(a);
    return kri_float_from_double(ts, KR_FLOAT_VALUE(a));
}

KrType kr_float_type = {
    KR_TYPE_HEADER,
    .name = "float",
    .basicsize = sizeof(KrFloat),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = kri_object_free,
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
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
};
