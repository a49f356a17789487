/* float's constructor and methods: float(x) from numbers, str and
 * bytes-like objects, round, trunc/floor/ceil, as_integer_ratio, hex and
 * fromhex. Text goes through kri_float_text_to_ascii (Unicode spaces and
 * digits mapped to ASCII) and is parsed, correctly rounded, by
 * src/base/dtoa_parse.c; rounding to decimal places is dtoa's too. Every
 * method returns an exact float or int, also for float subclasses. */
#include <limits.h>
#include <math.h>

#include "base/dtoa.h"
#include "objects/complex.h"
#include "objects/format.h"

/* ---- text to float ---- */

int kri_float_text_to_ascii(KrThread *ts, KrObject *s, KrBuf *out)
{
    ssize_t n = kr_str_len(s);
    if (kri_buf_reserve(out, (size_t)n + 1) < 0) {
        kri_err_no_memory(ts);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        uint32_t cp = kr_str_at(s, i);
        char c;
        if (cp < 128)
            c = (char)cp;
        else if (kri_unicode_is_space(cp))
            c = ' ';
        else if (kri_unicode_is_decimal(cp))
            c = (char)('0' + kri_unicode_decimal(cp));
        else
            c = '?';
        if (kri_buf_putc(out, c) < 0) {
            kri_err_no_memory(ts);
            return -1;
        }
    }
    return 0;
}

/* Python's ASCII white space (Py_ISSPACE). */
static bool is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Parses [len] bytes at [s] as float() does; [orig] names the argument in
 * the ValueError. 0 with *[out] set, or -1. */
static int parse_text(KrThread *ts, const char *s, size_t len, KrObject *orig, double *out)
{
    while (len > 0 && is_ascii_space(*s)) {
        s++;
        len--;
    }
    while (len > 0 && is_ascii_space(s[len - 1]))
        len--;
    if (kri_dtoa_parse(s, len, out) == 0)
        return 0;
    kri_err_format(ts, &kr_exc_ValueError, "could not convert string to float: %R", orig);
    return -1;
}

/* float(o) for a str or a bytes-like [o]. */
static int float_from_text(KrThread *ts, KrObject *o, double *out)
{
    if (kr_str_check(o)) {
        KrBuf buf;
        kri_buf_init(&buf);
        int r = kri_float_text_to_ascii(ts, o, &buf);
        if (r == 0)
            r = parse_text(ts, buf.data, buf.len, o, out);
        kri_buf_free(&buf);
        return r;
    }
    KrBuffer view;
    if (kri_bytes_like(ts, o, &view) < 0)
        return -1;
    int r = parse_text(ts, view.buf, (size_t)view.len, o, out);
    kri_bytes_release(&view);
    return r;
}

/* The value float(x) has. A float subclass goes through its nb_float
 * slot, which may be an overriding __float__. */
static int float_argument(KrThread *ts, KrObject *x, double *out)
{
    KrType *t = x->ob_type;
    if (kr_is_type(x, &kr_str_type))
        return float_from_text(ts, x, out);
    if (kr_float_check(x) && t->nb_float && t != &kr_float_type) {
        KrObject *r = t->nb_float(ts, x);
        if (!r)
            return -1;
        if (!kr_float_check(r)) {
            kri_err_format(ts, &kr_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                           kri_type_name(t), kri_type_name(r->ob_type));
            kr_decref(r);
            return -1;
        }
        *out = KR_FLOAT_VALUE(r);
        kr_decref(r);
        return 0;
    }
    if (kr_float_check(x) || t->nb_float || t->nb_index) {
        *out = kri_float_as_double(ts, x);
        return *out == -1.0 && kri_err_occurred(ts) ? -1 : 0;
    }
    if (kr_str_check(x) || t->getbuffer)
        return float_from_text(ts, x, out);
    kri_err_format(ts, &kr_exc_TypeError,
                   "float() argument must be a string or a real number, not '%s'",
                   kri_type_name(t));
    return -1;
}

KrObject *kri_float_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "float", nargs, 0, 1, kwnames) < 0)
        return NULL;
    if (type == &kr_float_type && nargs == 1 && kr_is_type(args[0], &kr_float_type))
        return KR_NEWREF(args[0]);
    double v = 0.0;
    if (nargs == 1 && float_argument(ts, args[0], &v) < 0)
        return NULL;
    if (type == &kr_float_type)
        return kri_float_from_double(ts, v);
    KrObject *o = kri_type_generic_alloc(ts, type, 0);
    if (o)
        KR_FLOAT_VALUE(o) = v;
    return o;
}

/* ---- methods ---- */

static KrObject *float_exact(KrThread *ts, KrObject *self, KrObject *unused)
{
    if (kr_is_type(self, &kr_float_type))
        return KR_NEWREF(self);
    return kri_float_from_double(ts, KR_FLOAT_VALUE(self));
}

static KrObject *float_trunc(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_float_to_int(ts, KR_FLOAT_VALUE(self));
}

static KrObject *float_floor(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_float_to_int(ts, floor(KR_FLOAT_VALUE(self)));
}

static KrObject *float_ceil(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_float_to_int(ts, ceil(KR_FLOAT_VALUE(self)));
}

/* round(x): to the nearest int, ties to even. */
static double round_half_even(double x)
{
    double r = round(x); /* ties away from zero */
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

static KrObject *float_round(KrThread *ts, KrObject *self, KrObject *const *args,
                             ssize_t nargs)
{
    if (kri_check_args(ts, "__round__", nargs, 0, 1, NULL) < 0)
        return NULL;
    double x = KR_FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == KR_NONE)
        return kri_float_to_int(ts, round_half_even(x));
    ssize_t nd = kri_number_as_ssize(ts, args[0], NULL);
    if (nd == -1 && kri_err_occurred(ts))
        return NULL;
    int ndigits = nd > INT_MAX ? INT_MAX : nd < INT_MIN ? INT_MIN : (int)nd;
    double r;
    if (kri_dtoa_round(x, ndigits, &r) < 0)
        return kri_err_format(ts, &kr_exc_OverflowError, "rounded value too large to represent");
    return kri_float_from_double(ts, r);
}

/* The int 2**[k] (k >= 0), built digit by digit: denominators reach 2**1074,
 * beyond any double. */
static KrObject *int_power_of_two(KrThread *ts, int k)
{
    if (k < 62)
        return kri_int_from_i64(ts, (int64_t)1 << k);
    ssize_t n = k / 30 + 1;
    KrObject *o = kri_type_generic_alloc(ts, &kr_int_type, n);
    if (o)
        ((KrInt *)o)->digits[n - 1] = (uint32_t)1 << (k % 30);
    return o;
}

static KrObject *float_as_integer_ratio(KrThread *ts, KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_VALUE(self);
    if (isinf(x))
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return kri_err_format(ts, &kr_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    /* at most 53 doublings make the mantissa integral (and then odd) */
    while (m != floor(m)) {
        m *= 2.0;
        e--;
    }
    KrObject *num, *den;
    if (e >= 0) {
        num = kri_int_from_double(ts, ldexp(m, e)); /* exact: an integral double */
        den = kri_int_small(1);
    } else {
        num = kri_int_from_double(ts, m);
        den = num ? int_power_of_two(ts, -e) : NULL;
    }
    KrObject *r = den ? kri_tuple_pack(ts, 2, num, den) : NULL;
    kr_xdecref(num);
    kr_xdecref(den);
    return r;
}

static KrObject *float_is_integer(KrThread *ts, KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_VALUE(self);
    return kr_bool(isfinite(x) && floor(x) == x);
}

static KrObject *buf_to_str(KrThread *ts, KrBuf *buf, int rc)
{
    KrObject *r = rc < 0 ? kri_err_no_memory(ts)
                         : kri_str_from_utf8(ts, buf->data, (ssize_t)buf->len);
    kri_buf_free(buf);
    return r;
}

static KrObject *float_hex(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrBuf buf;
    kri_buf_init(&buf);
    return buf_to_str(ts, &buf, kri_dtoa_to_hex(&buf, KR_FLOAT_VALUE(self)));
}

/* float.fromhex(string): a classmethod; a subclass is called with the
 * float, as CPython does. */
static KrObject *float_fromhex(KrThread *ts, KrObject *cls, KrObject *arg)
{
    if (!kr_str_check(arg))
        return kri_err_format(ts, &kr_exc_TypeError, "bad argument type for built-in operation");
    ssize_t len;
    const char *s = kri_str_utf8(ts, arg, &len);
    if (!s)
        return NULL;
    while (len > 0 && is_ascii_space(*s)) {
        s++;
        len--;
    }
    while (len > 0 && is_ascii_space(s[len - 1]))
        len--;
    double v;
    int rc = kri_dtoa_from_hex(s, (size_t)len, &v);
    if (rc == -2)
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "hexadecimal value too large to represent as a float");
    if (rc < 0)
        return kri_err_format(ts, &kr_exc_ValueError, "invalid hexadecimal floating-point string");
    KrObject *f = kri_float_from_double(ts, v);
    if (!f || cls == KR_OBJ(&kr_float_type))
        return f;
    KrObject *r = kri_call1(ts, cls, f);
    kr_decref(f);
    return r;
}

static KrObject *float_getnewargs(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *f = float_exact(ts, self, NULL);
    KrObject *r = f ? kri_tuple_pack(ts, 1, f) : NULL;
    kr_xdecref(f);
    return r;
}

static KrObject *float_getformat(KrThread *ts, KrObject *cls, KrObject *arg)
{
    if (!kr_str_check(arg))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "__getformat__() argument must be str, not %s",
                              kri_type_name(arg->ob_type));
    if (!kri_str_eq_cstr(arg, "double") && !kri_str_eq_cstr(arg, "float"))
        return kri_err_format(ts, &kr_exc_ValueError,
                              "__getformat__() argument 1 must be 'double' or 'float'");
    return kri_str_from_cstr(ts, "IEEE, little-endian");
}

const KrMethodDef kri_float_methods[] = {
    {"conjugate", KR_METH(float_exact), KR_METH_NOARGS,
     "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float."},
    {"__trunc__", KR_METH(float_trunc), KR_METH_NOARGS,
     "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x."},
    {"__floor__", KR_METH(float_floor), KR_METH_NOARGS,
     "__floor__($self, /)\n--\n\nReturn the floor as an Integral."},
    {"__ceil__", KR_METH(float_ceil), KR_METH_NOARGS,
     "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral."},
    {"__round__", KR_METH(float_round), KR_METH_FAST,
     "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding "
     "half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", KR_METH(float_as_integer_ratio), KR_METH_NOARGS,
     "as_integer_ratio($self, /)\n--\n\nReturn integer ratio."},
    {"fromhex", KR_METH(float_fromhex), KR_METH_O | KR_METH_CLASS,
     "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal "
     "string."},
    {"hex", KR_METH(float_hex), KR_METH_NOARGS,
     "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number."},
    {"is_integer", KR_METH(float_is_integer), KR_METH_NOARGS,
     "is_integer($self, /)\n--\n\nReturn True if the float is an integer."},
    {"__format__", KR_METH(kri_format_float), KR_METH_O,
     "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec."},
    {"__getnewargs__", KR_METH(float_getnewargs), KR_METH_NOARGS,
     "__getnewargs__($self, /)\n--\n\n"},
    {"__getformat__", KR_METH(float_getformat), KR_METH_O | KR_METH_CLASS,
     "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this "
     "function.\n\nIt exists mainly to be used in Python's test suite."},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

static KrObject *float_get_real(KrThread *ts, KrObject *self, void *closure)
{
    return float_exact(ts, self, NULL);
}

static KrObject *float_get_imag(KrThread *ts, KrObject *self, void *closure)
{
    return kri_float_from_double(ts, 0.0);
}

const KrGetSetDef kri_float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
