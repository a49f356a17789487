/* The int type object: its slots, methods and attributes. Binary operators
 * first try machine words: when both operands fit in 64 bits the result is
 * computed in 128-bit arithmetic and kept when it fits in 64 bits;
 * everything else goes to the arbitrary-precision paths of int_ops.c.
 * Operators return NotImplemented for non-int operands (float and complex
 * own the mixed cases). Results are always exact ints, even for bool and
 * other subclass operands. */
#include <math.h>

#include "objects/int.h"
#include "objects/format.h"

static KrObject *int_repr(KrThread *ts, KrObject *o)
{
    return kri_int_to_str(ts, o, 10);
}

static int64_t int_hash(KrThread *ts, KrObject *o)
{
    return kri_int_hash(o);
}

static KrObject *int_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_int_check(a) || !kr_int_check(b))
        return KR_NOTIMPLEMENTED;
    return kr_bool(kr_compare_holds(kri_int_compare(a, b), op));
}

static int int_bool(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o) != 0;
}

/* ---- machine-word fast paths ---- */

static bool fits64(__int128 r)
{
    return r >= INT64_MIN && r <= INT64_MAX;
}

/* x ** e (e >= 0) when it fits in 64 bits: 1 with *[out] set, else 0. */
static int pow_small(int64_t x, int64_t e, int64_t *out)
{
    __int128 r = 1, b = x;
    while (e) {
        if (e & 1) {
            r *= b;
            if (!fits64(r))
                return 0;
        }
        e >>= 1;
        if (e) {
            b *= b;
            if (!fits64(b))
                return 0;
        }
    }
    *out = (int64_t)r;
    return 1;
}

/* The operation on machine words: 1 with *[out] set, 0 when the slow
 * path must decide (overflow, errors, float results other than the exact
 * case below). */
static int binop_small(int64_t x, int64_t y, KrNbOp op, int64_t *out)
{
    __int128 r;
    switch (op) {
    case KR_NB_ADD: r = (__int128)x + y; break;
    case KR_NB_SUBTRACT: r = (__int128)x - y; break;
    case KR_NB_MULTIPLY: r = (__int128)x * y; break;
    case KR_NB_AND: r = x & y; break;
    case KR_NB_OR: r = x | y; break;
    case KR_NB_XOR: r = x ^ y; break;
    case KR_NB_FLOOR_DIVIDE:
    case KR_NB_REMAINDER:
        if (y == 0 || (x == INT64_MIN && y == -1))
            return 0;
        r = x % y;
        if (op == KR_NB_FLOOR_DIVIDE)
            r = x / y - (r != 0 && (x < 0) != (y < 0));
        else if (r != 0 && (r < 0) != (y < 0))
            r += y;
        break;
    case KR_NB_LSHIFT:
        if (y < 0 || y > 63)
            return 0;
        r = (__int128)x * ((__int128)1 << y);
        break;
    case KR_NB_RSHIFT:
        if (y < 0)
            return 0;
        if (y > 63)
            r = x < 0 ? -1 : 0;
        else
            r = x >= 0 ? x >> y : ~(~x >> y);
        break;
    case KR_NB_POWER:
        return y >= 0 ? pow_small(x, y, out) : 0;
    default:
        return 0;
    }
    if (!fits64(r))
        return 0;
    *out = (int64_t)r;
    return 1;
}

static KrObject *divmod_small(KrThread *ts, int64_t x, int64_t y, KrObject *a, KrObject *b)
{
    int64_t q, r;
    if (!binop_small(x, y, KR_NB_FLOOR_DIVIDE, &q) || !binop_small(x, y, KR_NB_REMAINDER, &r))
        return kri_int_big_binop(ts, a, b, KR_NB_DIVMOD);
    KrObject *qo = kri_int_from_i64(ts, q), *ro = qo ? kri_int_from_i64(ts, r) : NULL;
    KrObject *t = ro ? kri_tuple_pack(ts, 2, qo, ro) : NULL;
    kr_xdecref(qo);
    kr_xdecref(ro);
    return t;
}

static KrObject *int_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    if (!kr_int_check(a) || !kr_int_check(b))
        return KR_NOTIMPLEMENTED;
    int64_t x, y, r;
    if (kri_int_to_i64(a, &x) && kri_int_to_i64(b, &y)) {
        if (op == KR_NB_TRUE_DIVIDE && y != 0 && x >= -(INT64_C(1) << 53) &&
            x <= INT64_C(1) << 53 && y >= -(INT64_C(1) << 53) && y <= INT64_C(1) << 53)
            return kri_float_from_double(ts, (double)x / (double)y); /* exact operands */
        if (op == KR_NB_DIVMOD)
            return divmod_small(ts, x, y, a, b);
        if (binop_small(x, y, op, &r))
            return kri_int_from_i64(ts, r);
    }
    return kri_int_big_binop(ts, a, b, op);
}

#define INT_BINOP(name, op)                                                        \
    static KrObject *name(KrThread *ts, KrObject *a, KrObject *b)                  \
    {                                                                              \
        return int_binop(ts, a, b, op);                                            \
    }
INT_BINOP(int_add, KR_NB_ADD)
INT_BINOP(int_sub, KR_NB_SUBTRACT)
INT_BINOP(int_mul, KR_NB_MULTIPLY)
INT_BINOP(int_and, KR_NB_AND)
INT_BINOP(int_or, KR_NB_OR)
INT_BINOP(int_xor, KR_NB_XOR)
INT_BINOP(int_floordiv, KR_NB_FLOOR_DIVIDE)
INT_BINOP(int_mod, KR_NB_REMAINDER)
INT_BINOP(int_divmod, KR_NB_DIVMOD)
INT_BINOP(int_truediv, KR_NB_TRUE_DIVIDE)
INT_BINOP(int_lshift, KR_NB_LSHIFT)
INT_BINOP(int_rshift, KR_NB_RSHIFT)
INT_BINOP(int_pow2, KR_NB_POWER)

static KrObject *int_pow(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == KR_NONE)
        return int_binop(ts, a, b, KR_NB_POWER);
    if (!kr_int_check(a) || !kr_int_check(b) || !kr_int_check(mod))
        return KR_NOTIMPLEMENTED;
    return kri_int_big_powmod(ts, a, b, mod);
}

static KrObject *int_neg(KrThread *ts, KrObject *a)
{
    int64_t x;
    if (kri_int_to_i64(a, &x) && x != INT64_MIN)
        return kri_int_from_i64(ts, -x);
    return kri_int_negate(ts, a);
}

static KrObject *int_invert(KrThread *ts, KrObject *a)
{
    int64_t x;
    if (kri_int_to_i64(a, &x))
        return kri_int_from_i64(ts, ~x);
    return kri_int_invert(ts, a);
}

static KrObject *int_pos(KrThread *ts, KrObject *a)
{
    return kri_int_exact(ts, a);
}

static KrObject *int_abs(KrThread *ts, KrObject *a)
{
    return KR_SIZE(a) < 0 ? int_neg(ts, a) : kri_int_exact(ts, a);
}

static KrObject *int_float(KrThread *ts, KrObject *a)
{
    double d = kri_int_as_double(ts, a);
    if (d == -1.0 && kri_err_occurred(ts))
        return NULL;
    return kri_float_from_double(ts, d);
}

/* ---- argument parsing for the keyword methods ---- */

/* A method's parameters: [npos] may be positional, the rest keyword-only;
 * the first [nreq] are required. */
typedef struct ArgSpec {
    const char *fname;
    const char *const *names;
    int npos, nreq, ntotal;
} ArgSpec;

/* Fills out[0..ntotal) with borrowed arguments (NULL when not given),
 * raising CPython's Argument Clinic messages. 0 or -1. */
static int parse_args(KrThread *ts, const ArgSpec *spec, KrObject *const *args,
                      size_t nargsf, KrObject *kwnames, KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs > spec->npos) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes at most %d positional argument%s "
                       "(%zd given)", spec->fname, spec->npos, spec->npos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < spec->ntotal; i++)
        out[i] = i < nargs ? args[i] : NULL;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        int i = 0;
        while (i < spec->ntotal && !kri_str_eq_cstr(key, spec->names[i]))
            i++;
        if (i == spec->ntotal) {
            kri_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           key, spec->fname);
            return -1;
        }
        if (out[i]) {
            kri_err_format(ts, &kr_exc_TypeError, "argument for %s() given by name ('%s') "
                           "and position (%d)", spec->fname, spec->names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < spec->nreq; i++) {
        if (!out[i]) {
            kri_err_format(ts, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           spec->fname, spec->names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

/* byteorder: 1 for 'little', 0 for 'big' (also when not given); -1. */
static int parse_byteorder(KrThread *ts, const char *fname, KrObject *o)
{
    if (!o)
        return 0;
    if (!kr_str_check(o)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() argument 'byteorder' must be str, not %s",
                       fname, kri_type_name(o->ob_type));
        return -1;
    }
    if (kri_str_eq_cstr(o, "little"))
        return 1;
    if (kri_str_eq_cstr(o, "big"))
        return 0;
    kri_err_set(ts, &kr_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* ---- methods ---- */

static KrObject *int_m_bit_length(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_u64(ts, kri_int_bit_length(self));
}

static KrObject *int_m_bit_count(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_u64(ts, kri_digits_bit_count(kri_int_digits(self), kri_int_ndigits(self)));
}

static KrObject *int_m_exact(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_exact(ts, self);
}

static KrObject *int_m_as_integer_ratio(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *n = kri_int_exact(ts, self);
    if (!n)
        return NULL;
    KrObject *t = kri_tuple_pack(ts, 2, n, kri_int_small(1));
    kr_decref(n);
    return t;
}

static KrObject *int_m_getnewargs(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *n = kri_int_exact(ts, self);
    if (!n)
        return NULL;
    KrObject *t = kri_tuple_pack(ts, 1, n);
    kr_decref(n);
    return t;
}

static KrObject *int_m_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    /* CPython 3.11's figure: a 24-byte header and at least one digit */
    size_t n = kri_int_ndigits(self);
    return kri_int_from_u64(ts, 24 + 4 * (n ? n : 1));
}

static KrObject *int_m_round(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "__round__ expected at most 1 argument, got %zd", nargs);
    if (nargs == 0)
        return kri_int_exact(ts, self);
    KrObject *nd = kri_number_index(ts, args[0]);
    if (!nd)
        return NULL;
    KrObject *r;
    if (KR_SIZE(nd) >= 0) {
        r = kri_int_exact(ts, self);
    } else {
        uint64_t n;
        if (kri_digits_to_uint64(kri_int_digits(nd), kri_int_ndigits(nd), &n) < 0)
            n = UINT64_MAX;
        r = kri_int_round_neg(ts, self, n);
    }
    kr_decref(nd);
    return r;
}

static const char *const to_bytes_names[] = { "length", "byteorder", "signed" };
static const ArgSpec to_bytes_spec = { "to_bytes", to_bytes_names, 2, 0, 3 };

static KrObject *int_m_to_bytes(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    KrObject *a[3];
    if (parse_args(ts, &to_bytes_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    ssize_t len = 1;
    if (a[0]) {
        KrObject *i = kri_number_index(ts, a[0]);
        if (!i)
            return NULL;
        len = kri_int_as_ssize(ts, i);
        kr_decref(i);
        if (len == -1 && kri_err_occurred(ts))
            return NULL;
        if (len < 0)
            return kri_err_format(ts, &kr_exc_ValueError, "length argument must be non-negative");
    }
    int little = parse_byteorder(ts, "to_bytes", a[1]);
    int is_signed = a[2] ? kri_object_is_true(ts, a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    return kri_int_to_bytes(ts, self, (size_t)len, little, is_signed);
}

/* The bytes for int.from_bytes: bytes(x) for an iterable or buffer, but
 * refusing str and integers as CPython's PyObject_Bytes does. */
static KrObject *from_bytes_source(KrThread *ts, KrObject *x)
{
    if (kr_bytes_check(x))
        return KR_NEWREF(x);
    if (kr_str_check(x) || kri_number_has_index(x))
        return kri_err_format(ts, &kr_exc_TypeError, "cannot convert '%s' object to bytes",
                              kri_type_name(x->ob_type));
    return kri_bytes_from_object(ts, x);
}

static const char *const from_bytes_names[] = { "bytes", "byteorder", "signed" };
static const ArgSpec from_bytes_spec = { "from_bytes", from_bytes_names, 2, 1, 3 };

static KrObject *int_m_from_bytes(KrThread *ts, KrObject *type, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames)
{
    KrObject *a[3];
    if (parse_args(ts, &from_bytes_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    int little = parse_byteorder(ts, "from_bytes", a[1]);
    int is_signed = a[2] ? kri_object_is_true(ts, a[2]) : 0;
    if (little < 0 || is_signed < 0)
        return NULL;
    KrObject *b = from_bytes_source(ts, a[0]);
    if (!b)
        return NULL;
    KrObject *r = kri_int_from_bytes(ts, (const unsigned char *)KR_BYTES_DATA(b),
                                     (size_t)KR_SIZE(b), little, is_signed);
    kr_decref(b);
    if (r && type != KR_OBJ(&kr_int_type)) {
        KrObject *sub = kri_call1(ts, type, r);
        kr_decref(r);
        r = sub;
    }
    return r;
}

#define SIG(text) text "\n--\n\n"
static const KrMethodDef int_methods[] = {
    { "conjugate", KR_METH(int_m_exact), KR_METH_NOARGS,
      SIG("conjugate($self, /)") "Returns self, the complex conjugate of any int." },
    { "bit_length", KR_METH(int_m_bit_length), KR_METH_NOARGS,
      SIG("bit_length($self, /)") "Number of bits necessary to represent self in binary." },
    { "bit_count", KR_METH(int_m_bit_count), KR_METH_NOARGS,
      SIG("bit_count($self, /)") "Number of ones in the binary representation of the "
      "absolute value of self." },
    { "to_bytes", KR_METH(int_m_to_bytes), KR_METH_KEYWORDS,
      SIG("to_bytes($self, /, length=1, byteorder='big', *, signed=False)")
      "Return an array of bytes representing an integer." },
    { "from_bytes", KR_METH(int_m_from_bytes), KR_METH_KEYWORDS | KR_METH_CLASS,
      SIG("from_bytes($type, /, bytes, byteorder='big', *, signed=False)")
      "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", KR_METH(int_m_as_integer_ratio), KR_METH_NOARGS,
      SIG("as_integer_ratio($self, /)") "Return integer ratio." },
    { "__trunc__", KR_METH(int_m_exact), KR_METH_NOARGS, "Truncating an Integral returns itself." },
    { "__floor__", KR_METH(int_m_exact), KR_METH_NOARGS, "Flooring an Integral returns itself." },
    { "__ceil__", KR_METH(int_m_exact), KR_METH_NOARGS, "Ceiling of an Integral returns itself." },
    { "__round__", KR_METH(int_m_round), KR_METH_FAST,
      "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns "
      "an integer." },
    { "__getnewargs__", KR_METH(int_m_getnewargs), KR_METH_NOARGS,
      SIG("__getnewargs__($self, /)") },
    { "__format__", KR_METH(kri_format_int), KR_METH_O,
      SIG("__format__($self, format_spec, /)") },
    { "__sizeof__", KR_METH(int_m_sizeof), KR_METH_NOARGS,
      SIG("__sizeof__($self, /)") "Returns size in memory, in bytes." },
    { NULL, NULL, 0, NULL },
};

/* ---- attributes ---- */

static KrObject *int_get_self(KrThread *ts, KrObject *self, void *closure)
{
    return kri_int_exact(ts, self);
}

static KrObject *int_get_const(KrThread *ts, KrObject *self, void *closure)
{
    return kri_int_small(closure ? 1 : 0);
}

static const KrGetSetDef int_getsets[] = {
    { "real", int_get_self, NULL, "the real part of a complex number", NULL },
    { "imag", int_get_const, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms",
      NULL },
    { "denominator", int_get_const, NULL,
      "the denominator of a rational number in lowest terms", (void *)(uintptr_t)1 },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---- construction ---- */

/* int(x, base): the base as 0 or 2..36, or -1 with ValueError/TypeError. */
static int parse_base(KrThread *ts, KrObject *o)
{
    ssize_t base = kri_number_as_ssize(ts, o, NULL);
    if (base == -1 && kri_err_occurred(ts))
        return -1;
    if ((base != 0 && base < 2) || base > 36) {
        kri_err_set(ts, &kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    return (int)base;
}

/* The exact int for int(*args, **kw): int(x=0, /, base=10). */
static KrObject *int_from_args(KrThread *ts, KrObject *const *args, size_t nargsf,
                               KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf), nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return kri_err_format(ts, &kr_exc_TypeError, "int() takes at most 2 arguments "
                              "(%zd given)", nargs + nkw);
    KrObject *x = nargs > 0 ? args[0] : NULL, *obase = nargs > 1 ? args[1] : NULL;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        if (!kri_str_eq_cstr(key, "base"))
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "'%U' is an invalid keyword argument for int()", key);
        if (obase)
            return kri_err_format(ts, &kr_exc_TypeError, "argument for int() given by name "
                                  "('base') and position (2)");
        obase = args[nargs + k];
    }
    if (!x) {
        if (obase)
            return kri_err_format(ts, &kr_exc_TypeError, "int() missing string argument");
        return kri_int_small(0);
    }
    if (!obase)
        return kri_int_from_object(ts, x);
    int base = parse_base(ts, obase);
    if (base < 0)
        return NULL;
    if (!kr_str_check(x) && !kr_bytes_check(x) && !kr_bytearray_check(x))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "int() can't convert non-string with explicit base");
    return kri_int_from_text_object(ts, x, base);
}

static KrObject *int_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    KrObject *r = int_from_args(ts, args, nargsf, kwnames);
    if (!r || type == &kr_int_type)
        return r;
    KrObject *sub = kri_int_from_digits_type(ts, type, kri_int_digits(r), kri_int_ndigits(r),
                                             KR_SIZE(r) < 0 ? -1 : 1);
    kr_decref(r);
    return sub;
}

KrType kr_int_type = {
    KR_TYPE_HEADER,
    .name = "int",
    .basicsize = sizeof(KrInt),
    .itemsize = 4,
    .flags = KR_TPF_BASETYPE | KR_TPF_INT_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
    .dealloc = kri_object_free,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattro = kri_object_generic_getattr,
    .nb = {
        [KR_NB_ADD] = int_add, [KR_NB_SUBTRACT] = int_sub, [KR_NB_MULTIPLY] = int_mul,
        [KR_NB_AND] = int_and, [KR_NB_OR] = int_or, [KR_NB_XOR] = int_xor,
        [KR_NB_FLOOR_DIVIDE] = int_floordiv, [KR_NB_REMAINDER] = int_mod,
        [KR_NB_DIVMOD] = int_divmod, [KR_NB_TRUE_DIVIDE] = int_truediv,
        [KR_NB_LSHIFT] = int_lshift, [KR_NB_RSHIFT] = int_rshift, [KR_NB_POWER] = int_pow2,
    },
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_invert = int_invert,
    .nb_bool = int_bool,
    .nb_index = int_pos,
    .nb_int = int_pos,
    .nb_float = int_float,
    .methods = int_methods,
    .getsets = int_getsets,
};
