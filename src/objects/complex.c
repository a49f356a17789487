/* The complex type: two doubles, immutable. Arithmetic mixes freely with
 * int and float in both directions (int and float return NotImplemented
 * for complex operands, so the slots here see them either side). Division
 * scales by the larger part of the divisor (Smith's method); ** uses
 * repeated squaring for small integral exponents and the polar form
 * otherwise, reporting errors the way CPython reads errno afterwards.
 * complex(str) accepts CPython's forms: "<float>", "<float>j",
 * "<float><signed float>j", their "<sign>j" / "j" shorthands, optional
 * parentheses and white space. See docs/internals/objects.md. */
#include <errno.h>
#include <math.h>

#include "base/dtoa.h"
#include "objects/complex.h"
#include "objects/format.h"

typedef struct Cplx {
    double re, im;
} Cplx;

static KrObject *complex_alloc(KrThread *ts, KrType *type, double re, double im)
{
    KrObject *o = type == &kr_complex_type
                      ? kri_object_alloc(ts, type, sizeof(KrComplex))
                      : kri_type_generic_alloc(ts, type, 0);
    if (o) {
        KR_COMPLEX_REAL(o) = re;
        KR_COMPLEX_IMAG(o) = im;
    }
    return o;
}

KrObject *kri_complex_from_doubles(KrThread *ts, double real, double imag)
{
    return complex_alloc(ts, &kr_complex_type, real, imag);
}

static KrObject *complex_from(KrThread *ts, Cplx z)
{
    return complex_alloc(ts, &kr_complex_type, z.re, z.im);
}

/* ---- repr and hash ---- */

/* A real part of +0.0 is left out: 1j, -0j, infj; otherwise both parts
 * are shown, the imaginary one always signed: (1+2j), (-0-0j), (nan+infj).
 * Parts print as repr(float) without a ".0". */
static KrObject *complex_repr(KrThread *ts, KrObject *o)
{
    double re = KR_COMPLEX_REAL(o), im = KR_COMPLEX_IMAG(o);
    KrBuf buf;
    kri_buf_init(&buf);
    int rc;
    if (re == 0.0 && !signbit(re)) {
        rc = kri_dtoa_format(&buf, im, 'r', 0, 0) < 0 || kri_buf_putc(&buf, 'j') < 0 ? -1 : 0;
    } else {
        rc = kri_buf_putc(&buf, '(') < 0 || kri_dtoa_format(&buf, re, 'r', 0, 0) < 0 ||
                     kri_dtoa_format(&buf, im, 'r', 0, KR_DTOA_SIGN) < 0 ||
                     kri_buf_puts(&buf, "j)") < 0
                 ? -1
                 : 0;
    }
    KrObject *r = rc < 0 ? kri_err_no_memory(ts)
                         : kri_str_from_utf8(ts, buf.data, (ssize_t)buf.len);
    kri_buf_free(&buf);
    return r;
}

static int64_t complex_hash(KrThread *ts, KrObject *o)
{
    double re = KR_COMPLEX_REAL(o), im = KR_COMPLEX_IMAG(o);
    int64_t hr = isnan(re) ? kri_hash_pointer(o) : kri_hash_double(re);
    int64_t hi = isnan(im) ? kri_hash_pointer(o) : kri_hash_double(im);
    return kri_hash_complex_combine(hr, hi);
}

/* ---- the operations on C values ---- */

static Cplx c_mul(Cplx a, Cplx b)
{
    return (Cplx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b dividing by the larger of b's parts first, so that squaring b's
 * parts cannot overflow; *[edom] is set for a zero divisor. */
static Cplx c_quot(Cplx a, Cplx b, bool *edom)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *edom = true;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cplx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cplx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cplx){NAN, NAN}; /* a nan in b: neither comparison held */
}

/* x ** n for n >= 0 by binary powering (exact for small integers). */
static Cplx c_powu(Cplx x, long n)
{
    Cplx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

static Cplx c_pow(Cplx a, Cplx b, bool *edom)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (Cplx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *edom = true;
        return (Cplx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cplx){len * cos(phase), len * sin(phase)};
}

/* ---- conversions of operands ---- */

/* 1 with *[z] set for an int, float or complex [o]; 0 for anything else
 * (NotImplemented); -1 on error (an int too large for a double). */
static int to_cplx(KrThread *ts, KrObject *o, Cplx *z)
{
    if (kr_complex_check(o)) {
        *z = (Cplx){KR_COMPLEX_REAL(o), KR_COMPLEX_IMAG(o)};
        return 1;
    }
    if (kr_float_check(o)) {
        *z = (Cplx){KR_FLOAT_VALUE(o), 0.0};
        return 1;
    }
    if (kr_int_check(o)) {
        double d = kri_int_as_double(ts, o);
        if (d == -1.0 && kri_err_occurred(ts))
            return -1;
        *z = (Cplx){d, 0.0};
        return 1;
    }
    return 0;
}

/* Both operands of a binary operator: 1, or 0 / -1 as to_cplx. */
static int operands(KrThread *ts, KrObject *a, KrObject *b, Cplx *x, Cplx *y)
{
    int r = to_cplx(ts, a, x);
    return r <= 0 ? r : to_cplx(ts, b, y);
}

/* ---- arithmetic slots ---- */

static KrObject *complex_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    Cplx x, y;
    int r = operands(ts, a, b, &x, &y);
    if (r <= 0)
        return r < 0 ? NULL : KR_NOTIMPLEMENTED;
    bool edom = false;
    switch (op) {
    case KR_NB_ADD: return complex_from(ts, (Cplx){x.re + y.re, x.im + y.im});
    case KR_NB_SUBTRACT: return complex_from(ts, (Cplx){x.re - y.re, x.im - y.im});
    case KR_NB_MULTIPLY: return complex_from(ts, c_mul(x, y));
    default: {
        Cplx q = c_quot(x, y, &edom);
        if (edom)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "complex division by zero");
        return complex_from(ts, q);
    }
    }
}

static KrObject *complex_add(KrThread *ts, KrObject *a, KrObject *b)
{
    return complex_binop(ts, a, b, KR_NB_ADD);
}

static KrObject *complex_sub(KrThread *ts, KrObject *a, KrObject *b)
{
    return complex_binop(ts, a, b, KR_NB_SUBTRACT);
}

static KrObject *complex_mul(KrThread *ts, KrObject *a, KrObject *b)
{
    return complex_binop(ts, a, b, KR_NB_MULTIPLY);
}

static KrObject *complex_truediv(KrThread *ts, KrObject *a, KrObject *b)
{
    return complex_binop(ts, a, b, KR_NB_TRUE_DIVIDE);
}

/* x ** y once both are complex values. Small integral exponents use
 * binary powering (exact where the inputs allow); errors follow errno as
 * the C library and the powering leave it: EDOM for 0 to a negative or
 * complex power, ERANGE when a part overflowed to infinity. */
static KrObject *complex_pow_values(KrThread *ts, Cplx x, Cplx y)
{
    bool edom = false;
    Cplx p;
    errno = 0;
    if (y.im == 0.0 && y.re == floor(y.re) && fabs(y.re) <= 100.0) {
        long n = (long)y.re;
        p = n >= 0 ? c_powu(x, n) : c_quot((Cplx){1.0, 0.0}, c_powu(x, -n), &edom);
    } else {
        p = c_pow(x, y, &edom);
    }
    int err = edom ? EDOM : errno;
    if (isinf(p.re) || isinf(p.im)) {
        if (err == 0)
            err = ERANGE;
    } else if (err == ERANGE) {
        err = 0; /* an underflow */
    }
    if (err == EDOM)
        return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                              "0.0 to a negative or complex power");
    if (err == ERANGE)
        return kri_err_format(ts, &kr_exc_OverflowError, "complex exponentiation");
    return complex_from(ts, p);
}

KrObject *kri_complex_power(KrThread *ts, KrObject *a, KrObject *b)
{
    Cplx x, y;
    int r = operands(ts, a, b, &x, &y);
    if (r <= 0)
        return r < 0 ? NULL : KR_NOTIMPLEMENTED;
    return complex_pow_values(ts, x, y);
}

static KrObject *complex_pow(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    Cplx x, y;
    int r = operands(ts, a, b, &x, &y);
    if (r <= 0)
        return r < 0 ? NULL : KR_NOTIMPLEMENTED;
    if (mod != KR_NONE)
        return kri_err_format(ts, &kr_exc_ValueError, "complex modulo");
    return complex_pow_values(ts, x, y);
}

static KrObject *complex_neg(KrThread *ts, KrObject *a)
{
    return kri_complex_from_doubles(ts, -KR_COMPLEX_REAL(a), -KR_COMPLEX_IMAG(a));
}

/* +z, and complex.__complex__: the object itself when exactly complex. */
static KrObject *complex_pos(KrThread *ts, KrObject *a)
{
    if (kr_is_type(a, &kr_complex_type))
        return KR_NEWREF(a);
    return kri_complex_from_doubles(ts, KR_COMPLEX_REAL(a), KR_COMPLEX_IMAG(a));
}

/* abs(z): an infinite part wins over a nan one (the modulus is infinite
 * whatever the other part is); a finite z whose modulus overflows raises. */
static KrObject *complex_abs(KrThread *ts, KrObject *a)
{
    double re = KR_COMPLEX_REAL(a), im = KR_COMPLEX_IMAG(a), r;
    if (isinf(re) || isinf(im))
        r = isinf(re) ? fabs(re) : fabs(im);
    else if (isnan(re) || isnan(im))
        r = NAN;
    else if (!isfinite(r = hypot(re, im)))
        return kri_err_format(ts, &kr_exc_OverflowError, "absolute value too large");
    return kri_float_from_double(ts, r);
}

static int complex_bool(KrThread *ts, KrObject *a)
{
    return KR_COMPLEX_REAL(a) != 0.0 || KR_COMPLEX_IMAG(a) != 0.0;
}

/* Only == and != are defined; < and the others give NotImplemented, which
 * becomes "'<' not supported between instances of ...". An int compares
 * exactly with the real part (through float's comparison). */
static KrObject *complex_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        return KR_NOTIMPLEMENTED;
    double re = KR_COMPLEX_REAL(a), im = KR_COMPLEX_IMAG(a);
    bool equal;
    if (kr_int_check(b)) {
        if (im != 0.0)
            return kr_bool(op == KR_NE);
        KrObject *f = kri_float_from_double(ts, re);
        KrObject *r = f ? kri_object_richcompare(ts, f, b, op) : NULL;
        kr_xdecref(f);
        return r;
    }
    if (kr_float_check(b))
        equal = re == KR_FLOAT_VALUE(b) && im == 0.0;
    else if (kr_complex_check(b))
        equal = re == KR_COMPLEX_REAL(b) && im == KR_COMPLEX_IMAG(b);
    else
        return KR_NOTIMPLEMENTED;
    return kr_bool(equal == (op == KR_EQ));
}

/* ---- complex(str) ---- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Whether [s] starts with [word], ignoring ASCII case. */
static bool starts_with_word(const char *s, const char *end, const char *word)
{
    for (; *word; word++, s++)
        if (s >= end || (*s | 0x20) != *word)
            return false;
    return true;
}

/* The length of the longest float literal at the start of [s] (an
 * optional sign, then digits with an optional point and exponent, or inf,
 * infinity, nan): what C's strtod would read. 0 when there is none. */
static size_t scan_float(const char *s, const char *end)
{
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (starts_with_word(p, end, "infinity"))
        return (size_t)(p - s) + 8;
    if (starts_with_word(p, end, "inf") || starts_with_word(p, end, "nan"))
        return (size_t)(p - s) + 3;
    size_t ndigits = 0;
    for (; p < end && is_digit(*p); p++)
        ndigits++;
    if (p < end && *p == '.')
        for (p++; p < end && is_digit(*p); p++)
            ndigits++;
    if (ndigits == 0)
        return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        if (q < end && is_digit(*q)) {
            while (q < end && is_digit(*q))
                q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

/* Reads a float literal at *[p], advancing past it: true when there was one. */
static bool read_float(const char **p, const char *end, double *out)
{
    size_t n = scan_float(*p, end);
    if (n == 0 || kri_dtoa_parse(*p, n, out) < 0)
        return false;
    *p += n;
    return true;
}

/* Parses text without underscores into *[z]; false when malformed. */
static bool parse_complex(const char *s, const char *end, Cplx *z)
{
    double x = 0.0, y = 0.0, v;
    while (s < end && is_space(*s))
        s++;
    bool bracket = s < end && *s == '(';
    if (bracket)
        for (s++; s < end && is_space(*s);)
            s++;
    if (read_float(&s, end, &v)) {
        if (s < end && (*s == '+' || *s == '-')) { /* <float><signed float>j, <float><sign>j */
            x = v;
            if (!read_float(&s, end, &y))
                y = *s++ == '+' ? 1.0 : -1.0;
            if (s >= end || (*s != 'j' && *s != 'J'))
                return false;
            s++;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            s++;
            y = v;
        } else {
            x = v;
        }
    } else { /* <sign>j or j */
        y = 1.0;
        if (s < end && (*s == '+' || *s == '-'))
            y = *s++ == '+' ? 1.0 : -1.0;
        if (s >= end || (*s != 'j' && *s != 'J'))
            return false;
        s++;
    }
    while (s < end && is_space(*s))
        s++;
    if (bracket) {
        if (s >= end || *s != ')')
            return false;
        for (s++; s < end && is_space(*s);)
            s++;
    }
    *z = (Cplx){x, y};
    return s == end;
}

/* Drops the underscores of [buf] in place; false when one is not between
 * two digits (PEP 515). */
static bool drop_underscores(KrBuf *buf)
{
    char *s = buf->data, prev = '\0';
    size_t w = 0;
    for (size_t i = 0; i < buf->len; i++) {
        char c = s[i];
        if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c))
            return false;
        if (c != '_')
            s[w++] = c;
        prev = c;
    }
    buf->len = w;
    return prev != '_';
}

static KrObject *complex_from_string(KrThread *ts, KrType *type, KrObject *str)
{
    KrBuf buf;
    kri_buf_init(&buf);
    KrObject *r = NULL;
    Cplx z;
    if (kri_float_text_to_ascii(ts, str, &buf) < 0)
        goto done;
    if (!drop_underscores(&buf)) {
        kri_err_format(ts, &kr_exc_ValueError, "could not convert string to complex: %R", str);
        goto done;
    }
    if (!parse_complex(buf.data, buf.data + buf.len, &z)) {
        kri_err_format(ts, &kr_exc_ValueError, "complex() arg is a malformed string");
        goto done;
    }
    r = complex_alloc(ts, type, z.re, z.im);
done:
    kri_buf_free(&buf);
    return r;
}

/* ---- complex(real=0, imag=0) ---- */

/* Places the keyword arguments into [slots] (real, imag) after the
 * positional ones, with the errors of CPython's argument parser. */
static int complex_args(KrThread *ts, KrObject *const *args, size_t nargsf, KrObject *kwnames,
                        KrObject *slots[2])
{
    ssize_t nargs = KR_NARGS(nargsf), nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        kri_err_format(ts, &kr_exc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                       nargs + nkw);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++)
        slots[i] = args[i];
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_ITEMS(kwnames)[k];
        int idx = kri_str_eq_cstr(name, "real") ? 0 : kri_str_eq_cstr(name, "imag") ? 1 : -1;
        if (idx < 0) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "'%U' is an invalid keyword argument for complex()", name);
            return -1;
        }
        if (slots[idx]) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "argument for complex() given by name ('%U') and position (%d)",
                           name, idx + 1);
            return -1;
        }
        slots[idx] = args[nargs + k];
    }
    return 0;
}

/* The result of [o].__complex__(), if [o] has one: 1 with *[out] set (a
 * new reference to a complex), 0 when there is none, -1 on error. */
static int complex_special(KrThread *ts, KrObject *o, KrObject **out)
{
    if (!kri_type_lookup(ts, o->ob_type, KR_ID(dunder_complex)))
        return 0;
    KrObject *r = kri_call_method(ts, o, KR_ID(dunder_complex), NULL, 0);
    if (!r)
        return -1;
    if (!kr_complex_check(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "__complex__ returned non-complex (type %s)",
                       kri_type_name(r->ob_type));
        kr_decref(r);
        return -1;
    }
    *out = r;
    return 1;
}

static bool is_number_like(const KrObject *o)
{
    return kr_complex_check(o) || o->ob_type->nb_float || o->ob_type->nb_index;
}

/* A number argument as a complex value; *[is_complex] says whether it
 * was one (then its imaginary part counts). */
static int number_value(KrThread *ts, KrObject *o, Cplx *z, bool *is_complex)
{
    *is_complex = kr_complex_check(o);
    if (*is_complex) {
        *z = (Cplx){KR_COMPLEX_REAL(o), KR_COMPLEX_IMAG(o)};
        return 0;
    }
    double d = kri_float_as_double(ts, o);
    if (d == -1.0 && kri_err_occurred(ts))
        return -1;
    *z = (Cplx){d, 0.0};
    return 0;
}

/* real + imag*1j, where either may itself be complex. */
static KrObject *complex_from_numbers(KrThread *ts, KrType *type, KrObject *r, KrObject *i)
{
    if (!is_number_like(r))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "complex() first argument must be a string or a number, not '%s'",
                              kri_type_name(r->ob_type));
    if (i && !is_number_like(i))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "complex() second argument must be a number, not '%s'",
                              kri_type_name(i->ob_type));
    Cplx cr, ci = {0.0, 0.0};
    bool r_complex, i_complex = false;
    if (number_value(ts, r, &cr, &r_complex) < 0)
        return NULL;
    if (!i)
        ci.re = cr.im;
    else if (number_value(ts, i, &ci, &i_complex) < 0)
        return NULL;
    /* (a+bj) + (c+dj)*1j == (a-d) + (b+c)j */
    if (i_complex)
        cr.re -= ci.im;
    if (r_complex && i)
        ci.re += cr.im;
    return complex_alloc(ts, type, cr.re, ci.re);
}

static KrObject *complex_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    KrObject *slots[2] = {NULL, NULL};
    if (complex_args(ts, args, nargsf, kwnames, slots) < 0)
        return NULL;
    KrObject *r = slots[0] ? slots[0] : KR_FALSE, *i = slots[1];
    if (kr_is_type(r, &kr_complex_type) && !i && type == &kr_complex_type)
        return KR_NEWREF(r);
    if (kr_str_check(r)) {
        if (i)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "complex() can't take second arg if first is a string");
        return complex_from_string(ts, type, r);
    }
    if (i && kr_str_check(i))
        return kri_err_format(ts, &kr_exc_TypeError, "complex() second arg can't be a string");
    KrObject *special = NULL;
    if (complex_special(ts, r, &special) < 0)
        return NULL;
    KrObject *result = complex_from_numbers(ts, type, special ? special : r, i);
    kr_xdecref(special);
    return result;
}

/* ---- methods and attributes ---- */

static KrObject *complex_conjugate(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_complex_from_doubles(ts, KR_COMPLEX_REAL(self), -KR_COMPLEX_IMAG(self));
}

static KrObject *complex_getnewargs(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *re = kri_float_from_double(ts, KR_COMPLEX_REAL(self));
    KrObject *im = re ? kri_float_from_double(ts, KR_COMPLEX_IMAG(self)) : NULL;
    KrObject *t = im ? kri_tuple_pack(ts, 2, re, im) : NULL;
    kr_xdecref(re);
    kr_xdecref(im);
    return t;
}

static KrObject *complex_complex(KrThread *ts, KrObject *self, KrObject *unused)
{
    return complex_pos(ts, self);
}

static const KrMethodDef complex_methods[] = {
    {"conjugate", KR_METH(complex_conjugate), KR_METH_NOARGS,
     "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. "
     "(3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", KR_METH(complex_getnewargs), KR_METH_NOARGS,
     "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", KR_METH(kri_format_complex), KR_METH_O,
     "__format__($self, format_spec, /)\n--\n\nConvert to a string according to "
     "format_spec."},
    {"__complex__", KR_METH(complex_complex), KR_METH_NOARGS,
     "__complex__($self, /)\n--\n\nConvert this value to exact type complex."},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef complex_members[] = {
    {"real", KR_MEMBER_DOUBLE, offsetof(KrComplex, real), true,
     "the real part of a complex number"},
    {"imag", KR_MEMBER_DOUBLE, offsetof(KrComplex, imag), true,
     "the imaginary part of a complex number"},
    {NULL, 0, 0, false, NULL},
};

KrType kr_complex_type = {
    KR_TYPE_HEADER,
    .name = "complex",
    .basicsize = sizeof(KrComplex),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE,
    .doc = "complex(real=0, imag=0)\n--\n\nCreate a complex number from a real part and an "
           "optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag "
           "defaults to 0.",
    .dealloc = kri_object_free,
    .new_ = complex_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattro = kri_object_generic_getattr,
    .nb = {
        [KR_NB_ADD] = complex_add, [KR_NB_SUBTRACT] = complex_sub,
        [KR_NB_MULTIPLY] = complex_mul, [KR_NB_TRUE_DIVIDE] = complex_truediv,
        [KR_NB_POWER] = kri_complex_power,
    },
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .methods = complex_methods,
    .members = complex_members,
};
