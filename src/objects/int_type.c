/* The int type object: its slots and methods. Binary operators take the
 * 63-bit fast path when both operands and the result fit; a result that
 * does not fit needs the big-number kernel and raises NotImplementedError
 * until it lands. Operators return NotImplemented for non-int operands. */
#include <math.h>

#include "objects/objects.h"

#define BIG_PENDING "arbitrary-precision int arithmetic is not implemented yet"

static KrObject *int_repr(KrThread *ts, KrObject *o)
{
    int64_t v;
    if (kri_int_to_i64(o, &v)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
        return kri_str_from_utf8(ts, buf, n);
    }
    return kri_int_to_str(ts, o, 10);
}

static int64_t int_hash(KrThread *ts, KrObject *o)
{
    return kri_int_hash(o);
}

static int int_cmp(const KrObject *a, const KrObject *b)
{
    ssize_t sa = KR_SIZE(a), sb = KR_SIZE(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    ssize_t n = sa < 0 ? -sa : sa;
    const uint32_t *da = ((const KrInt *)a)->digits, *db = ((const KrInt *)b)->digits;
    for (ssize_t i = n - 1; i >= 0; i--) {
        if (da[i] != db[i]) {
            int c = da[i] < db[i] ? -1 : 1;
            return sa < 0 ? -c : c;
        }
    }
    return 0;
}

static bool compare_result(int c, int op)
{
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

static KrObject *int_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_int_check(a) || !kr_int_check(b))
        return KR_NOTIMPLEMENTED;
    return kr_bool(compare_result(int_cmp(a, b), op));
}

static int int_bool(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o) != 0;
}

/* Python's floor division and modulo on C values (b != 0). */
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static int64_t floor_mod(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

static KrObject *int_pow_small(KrThread *ts, int64_t base, int64_t exp)
{
    if (exp < 0) {
        if (base == 0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        return kri_float_from_double(ts, pow((double)base, (double)exp));
    }
    __int128 r = 1, b = base;
    while (exp) {
        if (exp & 1) {
            r *= b;
            if (r > INT64_MAX || r < INT64_MIN)
                goto big;
        }
        exp >>= 1;
        if (exp) {
            b *= b;
            if (b > INT64_MAX || b < INT64_MIN)
                goto big;
        }
    }
    return kri_int_from_i64(ts, (int64_t)r);
big:
    return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
}

static KrObject *int_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    if (!kr_int_check(a) || !kr_int_check(b))
        return KR_NOTIMPLEMENTED;
    int64_t x, y;
    if (!kri_int_to_i64(a, &x) || !kri_int_to_i64(b, &y))
        return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
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
    case KR_NB_DIVMOD:
        if (y == 0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError,
                                  op == KR_NB_REMAINDER ? "integer modulo by zero"
                                                        : "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1)
            return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
        if (op == KR_NB_DIVMOD) {
            KrObject *q = kri_int_from_i64(ts, floor_div(x, y));
            KrObject *m = q ? kri_int_from_i64(ts, floor_mod(x, y)) : NULL;
            KrObject *t = m ? kri_tuple_pack(ts, 2, q, m) : NULL;
            kr_xdecref(q);
            kr_xdecref(m);
            return t;
        }
        r = op == KR_NB_FLOOR_DIVIDE ? floor_div(x, y) : floor_mod(x, y);
        break;
    case KR_NB_TRUE_DIVIDE:
        if (y == 0)
            return kri_err_format(ts, &kr_exc_ZeroDivisionError, "division by zero");
        if ((x < 0 ? -(uint64_t)x : (uint64_t)x) < ((uint64_t)1 << 53) &&
            (y < 0 ? -(uint64_t)y : (uint64_t)y) < ((uint64_t)1 << 53))
            return kri_float_from_double(ts, (double)x / (double)y);
        return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
    case KR_NB_LSHIFT:
    case KR_NB_RSHIFT:
        if (y < 0)
            return kri_err_format(ts, &kr_exc_ValueError, "negative shift count");
        if (op == KR_NB_RSHIFT) {
            r = y >= 64 ? (x < 0 ? -1 : 0) : (x >> y);
            break;
        }
        if (x == 0)
            return kri_int_small(0);
        if (y >= 63)
            return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
        r = (__int128)x << y;
        break;
    case KR_NB_POWER:
        return int_pow_small(ts, x, y);
    default:
        return KR_NOTIMPLEMENTED;
    }
    if (r > INT64_MAX || r < INT64_MIN)
        return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
    return kri_int_from_i64(ts, (int64_t)r);
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
    if (mod != KR_NONE)
        return kri_err_format(ts, &kr_exc_NotImplementedError, "pow() with a modulus: %s",
                              BIG_PENDING);
    return int_binop(ts, a, b, KR_NB_POWER);
}

static KrObject *int_neg(KrThread *ts, KrObject *a)
{
    int64_t x;
    if (kri_int_to_i64(a, &x) && x != INT64_MIN)
        return kri_int_from_i64(ts, -x);
    return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
}

static KrObject *int_invert(KrThread *ts, KrObject *a)
{
    int64_t x;
    if (kri_int_to_i64(a, &x))
        return kri_int_from_i64(ts, ~x);
    return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
}

static KrObject *int_pos(KrThread *ts, KrObject *a)
{
    if (kr_is_type(a, &kr_int_type))
        return KR_NEWREF(a);
    int64_t x;
    if (kri_int_to_i64(a, &x))
        return kri_int_from_i64(ts, x);
    return kri_err_format(ts, &kr_exc_NotImplementedError, BIG_PENDING);
}

static KrObject *int_abs(KrThread *ts, KrObject *a)
{
    return KR_SIZE(a) < 0 ? int_neg(ts, a) : int_pos(ts, a);
}

static KrObject *int_float(KrThread *ts, KrObject *a)
{
    double d = kri_int_as_double(ts, a);
    if (d == -1.0 && kri_err_occurred(ts))
        return NULL;
    return kri_float_from_double(ts, d);
}

static KrObject *int_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "int", nargs, 0, 2, kwnames) < 0)
        return NULL;
    KrObject *r;
    if (nargs == 0) {
        r = kri_int_small(0);
    } else if (nargs == 1) {
        r = kri_number_int(ts, args[0]);
    } else {
        ssize_t base = kri_number_as_ssize(ts, args[1], NULL);
        if (base == -1 && kri_err_occurred(ts))
            return NULL;
        if (!kr_str_check(args[0]))
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "int() can't convert non-string with explicit base");
        if ((base != 0 && base < 2) || base > 36)
            return kri_err_format(ts, &kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        ssize_t len;
        const char *s = kri_str_utf8(ts, args[0], &len);
        if (!s)
            return NULL;
        r = kri_int_from_str(ts, s, len, (int)base, args[0]);
    }
    if (!r || type == &kr_int_type)
        return r;
    kr_decref(r);
    return kri_err_format(ts, &kr_exc_NotImplementedError, "int subclasses: %s", BIG_PENDING);
}

static KrObject *int_index(KrThread *ts, KrObject *a)
{
    return int_pos(ts, a);
}

KrType kr_int_type = {
    KR_TYPE_HEADER,
    .name = "int",
    .basicsize = sizeof(KrInt),
    .itemsize = 4,
    .flags = KR_TPF_BASETYPE | KR_TPF_INT_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
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
    .nb_index = int_index,
    .nb_int = int_index,
    .nb_float = int_float,
};
