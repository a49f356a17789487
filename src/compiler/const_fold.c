/* CPython 3.11's AST optimizer (its ast_opt.c, behaviour only): folds
 * operators on constants with the same size limits (ints up to 128 bits,
 * collections up to 256 items, strings up to 4096 characters), tuples of
 * constants, constant subscripts, `not (a is b)` into `a is not b`,
 * `x in [1, 2]` into a tuple and `x in {1, 2}` into a frozenset, and
 * `__debug__` into a constant. It rewrites the AST in place, before the
 * symbol table is built, exactly where CPython's would; a fold whose Python
 * operation would raise (1/0, "a" - 1) leaves the node as it was.
 * Arithmetic follows Python's rules: floor division and modulo round toward
 * -inf, int/int is correctly rounded, bools are ints but `True & False` is a
 * bool. See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_INT_SIZE = 128,       /* bits */
    MAX_COLLECTION_SIZE = 256, /* items */
    MAX_STR_SIZE = 4096,      /* characters */
    MAX_TOTAL_ITEMS = 1024,   /* including nested collections */
    FOLD_RECURSION_LIMIT = 3000,
};

typedef struct Folder {
    KrArena *arena;
    int optimize;
    bool future_annotations;
    int depth;
    KrSyntaxError *err;
} Folder;

/* ---- numbers ---- */

/* Python ints for arithmetic: int and bool. */
static bool is_int(const KrCodeConst *c)
{
    return c->kind == KR_CC_INT || c->kind == KR_CC_TRUE || c->kind == KR_CC_FALSE;
}

/* True or False. */
static bool is_bool(const KrCodeConst *c)
{
    return c->kind == KR_CC_TRUE || c->kind == KR_CC_FALSE;
}

/* The value of an int or bool as a big int (True is 1). */
static KrBigInt as_int(const KrCodeConst *c)
{
    static const uint32_t one[1] = {1};
    KrBigInt b = {false, c->kind == KR_CC_TRUE ? 1 : 0, one};
    return c->kind == KR_CC_INT ? c->v.integer : b;
}

/* [c] as a double (ints converted as float() does); false on overflow or
 * when [c] is not a real number. */
static bool as_double(const KrCodeConst *c, double *out)
{
    if (c->kind == KR_CC_FLOAT) {
        *out = c->v.real;
        return true;
    }
    if (!is_int(c))
        return false;
    KrBigInt b = as_int(c);
    return kri_bigint_to_double(&b, out) == 0;
}

/* int, bool, float or complex. */
static bool is_number(const KrCodeConst *c)
{
    return is_int(c) || c->kind == KR_CC_FLOAT || c->kind == KR_CC_COMPLEX;
}

/* A number as the complex Python would convert it to. */
static bool as_complex(const KrCodeConst *c, double *re, double *im)
{
    if (c->kind == KR_CC_COMPLEX) {
        *re = c->v.complex.real;
        *im = c->v.complex.imag;
        return true;
    }
    *im = 0.0;
    return as_double(c, re);
}

/* Whether [x] is an odd integer (float_pow keeps the sign then). */
static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* Python's complex division (Smith's method); false for division by 0. */
static bool complex_div(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    double abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0)
            return false;
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else { /* a NaN in the divisor */
        *rr = *ri = NAN;
    }
    return true;
}

/* Complex product, the textbook formula (as _Py_c_prod). */
static void complex_mul(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    *rr = ar * br - ai * bi;
    *ri = ar * bi + ai * br;
}

/* complex ** complex as Python computes it: binary powering for small
 * integral exponents, polar form otherwise. False where Python raises. */
static bool complex_pow(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br, m = n < 0 ? -n : n;
        double pr = ar, pi = ai, xr = 1.0, xi = 0.0;
        for (long mask = 1; mask > 0 && m >= mask; mask <<= 1) {
            if (m & mask)
                complex_mul(xr, xi, pr, pi, &xr, &xi);
            complex_mul(pr, pi, pr, pi, &pr, &pi);
        }
        if (n < 0 && !complex_div(1.0, 0.0, xr, xi, &xr, &xi))
            return false;
        *rr = xr;
        *ri = xi;
    } else if (br == 0.0 && bi == 0.0) {
        *rr = 1.0;
        *ri = 0.0;
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            return false; /* ZeroDivisionError */
        *rr = *ri = 0.0;
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        *rr = len * cos(phase);
        *ri = len * sin(phase);
    }
    return !isinf(*rr) && !isinf(*ri); /* OverflowError */
}

/* float ** float as Python's float_pow; may produce a complex. */
static KrCodeConst *float_pow(KrArena *arena, double iv, double iw)
{
    bool negate = false;
    if (iw == 0)
        return kri_const_float(arena, 1.0);
    if (isnan(iv))
        return kri_const_float(arena, iv);
    if (isnan(iw))
        return kri_const_float(arena, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return kri_const_float(arena, 1.0);
        return kri_const_float(arena, (iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return kri_const_float(arena, odd ? iv : fabs(iv));
        return kri_const_float(arena, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return NULL; /* ZeroDivisionError */
        return kri_const_float(arena, is_odd_integer(iw) ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            double rr, ri;
            if (!complex_pow(iv, 0.0, iw, 0.0, &rr, &ri))
                return NULL;
            return kri_const_complex(arena, rr, ri);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return kri_const_float(arena, negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (isinf(ix))
        return NULL; /* OverflowError */
    return kri_const_float(arena, negate ? -ix : ix);
}

/* Python's float floor division and modulo (divmod's rules). */
static void float_divmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx), div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

/* A binary operator where either side is complex. */
static KrCodeConst *complex_binop(KrArena *arena, KrOperator op, const KrCodeConst *a,
                                  const KrCodeConst *b)
{
    double ar, ai, br, bi, rr, ri;
    if (!as_complex(a, &ar, &ai) || !as_complex(b, &br, &bi))
        return NULL;
    switch (op) {
    case KR_AST_Add: rr = ar + br; ri = ai + bi; break;
    case KR_AST_Sub: rr = ar - br; ri = ai - bi; break;
    case KR_AST_Mult: complex_mul(ar, ai, br, bi, &rr, &ri); break;
    case KR_AST_Div:
        if (!complex_div(ar, ai, br, bi, &rr, &ri))
            return NULL;
        break;
    case KR_AST_Pow:
        if (!complex_pow(ar, ai, br, bi, &rr, &ri))
            return NULL;
        break;
    default: return NULL;
    }
    return kri_const_complex(arena, rr, ri);
}

/* A binary operator on floats (ints converted), Python's semantics. */
static KrCodeConst *float_binop(KrArena *arena, KrOperator op, const KrCodeConst *a,
                                const KrCodeConst *b)
{
    double x, y, q, m;
    if (!as_double(a, &x) || !as_double(b, &y))
        return NULL;
    switch (op) {
    case KR_AST_Add: return kri_const_float(arena, x + y);
    case KR_AST_Sub: return kri_const_float(arena, x - y);
    case KR_AST_Mult: return kri_const_float(arena, x * y);
    case KR_AST_Div: return y == 0.0 ? NULL : kri_const_float(arena, x / y);
    case KR_AST_FloorDiv:
    case KR_AST_Mod:
        if (y == 0.0)
            return NULL;
        float_divmod(x, y, &q, &m);
        return kri_const_float(arena, op == KR_AST_Mod ? m : q);
    case KR_AST_Pow: return float_pow(arena, x, y);
    default: return NULL;
    }
}

/* The constant for an int result, or NULL when the operation failed. */
static KrCodeConst *int_result(KrArena *arena, int rc, const KrBigInt *v)
{
    return rc < 0 ? NULL : kri_const_int(arena, v);
}

/* A binary operator on two ints or bools. */
static KrCodeConst *int_binop(KrArena *arena, KrOperator op, const KrCodeConst *a,
                              const KrCodeConst *b)
{
    KrBigInt x = as_int(a), y = as_int(b), r;
    double d;
    int64_t n;
    switch (op) {
    case KR_AST_Add: return int_result(arena, kri_bigint_add(arena, &x, &y, &r), &r);
    case KR_AST_Sub: return int_result(arena, kri_bigint_sub(arena, &x, &y, &r), &r);
    case KR_AST_Mult: return int_result(arena, kri_bigint_mul(arena, &x, &y, &r), &r);
    case KR_AST_FloorDiv:
        return int_result(arena, kri_bigint_divmod(arena, &x, &y, &r, NULL), &r);
    case KR_AST_Mod: return int_result(arena, kri_bigint_divmod(arena, &x, &y, NULL, &r), &r);
    case KR_AST_Div:
        if (kri_bigint_truediv(arena, &x, &y, &d) < 0)
            return NULL;
        return kri_const_float(arena, d);
    case KR_AST_Pow:
        if (y.negative) { /* int ** negative int is float ** float */
            double fx, fy;
            if (kri_bigint_to_double(&x, &fx) < 0 || kri_bigint_to_double(&y, &fy) < 0)
                return NULL;
            return float_pow(arena, fx, fy);
        }
        if (x.ndigits == 0 || (x.ndigits == 1 && x.digits[0] == 1)) {
            /* 0 ** n, 1 ** n, -1 ** n: exponents of any size */
            bool odd = y.ndigits && (y.digits[0] & 1);
            if (x.ndigits == 0)
                return kri_const_int64(arena, y.ndigits ? 0 : 1);
            return kri_const_int64(arena, x.negative && odd ? -1 : 1);
        }
        if (!kri_bigint_to_i64(&y, &n))
            return NULL;
        return int_result(arena, kri_bigint_pow(arena, &x, (uint64_t)n, &r), &r);
    case KR_AST_LShift:
    case KR_AST_RShift:
        if (y.negative || !kri_bigint_to_i64(&y, &n))
            return NULL;
        if (op == KR_AST_LShift)
            return int_result(arena, kri_bigint_lshift(arena, &x, (size_t)n, &r), &r);
        return int_result(arena, kri_bigint_rshift(arena, &x, (size_t)n, &r), &r);
    case KR_AST_BitAnd:
    case KR_AST_BitOr:
    case KR_AST_BitXor: {
        char c = op == KR_AST_BitAnd ? '&' : op == KR_AST_BitOr ? '|' : '^';
        if (is_bool(a) && is_bool(b)) {
            bool p = a->kind == KR_CC_TRUE, q = b->kind == KR_CC_TRUE;
            return kri_const_bool(arena, c == '&' ? p && q : c == '|' ? p || q : p != q);
        }
        return int_result(arena, kri_bigint_bitop(arena, &x, &y, c, &r), &r);
    }
    default: return NULL;
    }
}

/* ---- sequences ---- */

/* len() of a str (in code points), bytes, tuple or frozenset. */
static size_t seq_length(const KrCodeConst *c)
{
    if (c->kind == KR_CC_STR)
        return kri_utf8_count(c->v.str.data, c->v.str.len);
    if (c->kind == KR_CC_BYTES)
        return c->v.str.len;
    return c->v.seq.len;
}

/* What is left of [limit] after counting the items of nested tuples and
 * frozensets in [c] (negative: too complex to fold). */
static long check_complexity(const KrCodeConst *c, long limit)
{
    if (c->kind == KR_CC_TUPLE || c->kind == KR_CC_FROZENSET) {
        limit -= (long)c->v.seq.len;
        for (size_t i = 0; limit >= 0 && i < c->v.seq.len; i++)
            limit = check_complexity(c->v.seq.items[i], limit);
    }
    return limit;
}

/* str + str, bytes + bytes, tuple + tuple. */
static KrCodeConst *seq_concat(KrArena *arena, const KrCodeConst *a, const KrCodeConst *b)
{
    if (a->kind != b->kind)
        return NULL;
    if (a->kind == KR_CC_STR || a->kind == KR_CC_BYTES) {
        size_t n = a->v.str.len + b->v.str.len;
        char *buf = kri_arena_alloc(arena, n + 1);
        if (!buf)
            return NULL;
        memcpy(buf, a->v.str.data, a->v.str.len);
        memcpy(buf + a->v.str.len, b->v.str.data, b->v.str.len);
        return kri_const_text(arena, a->kind, buf, n);
    }
    if (a->kind != KR_CC_TUPLE)
        return NULL;
    size_t n = a->v.seq.len + b->v.seq.len;
    KrCodeConst **items = kri_arena_alloc(arena, (n ? n : 1) * sizeof(KrCodeConst *));
    if (!items)
        return NULL;
    for (size_t i = 0; i < n; i++)
        items[i] = i < a->v.seq.len ? a->v.seq.items[i] : b->v.seq.items[i - a->v.seq.len];
    return kri_const_tuple(arena, items, n);
}

/* A sequence repeated [n] times (n <= 0 gives an empty one). */
static KrCodeConst *seq_repeat(KrArena *arena, const KrCodeConst *s, int64_t n)
{
    if (n < 0)
        n = 0;
    if (s->kind == KR_CC_STR || s->kind == KR_CC_BYTES) {
        size_t len = s->v.str.len * (size_t)n;
        char *buf = kri_arena_alloc(arena, len + 1);
        if (!buf)
            return NULL;
        for (int64_t i = 0; i < n; i++)
            memcpy(buf + (size_t)i * s->v.str.len, s->v.str.data, s->v.str.len);
        return kri_const_text(arena, s->kind, buf, len);
    }
    if (s->kind != KR_CC_TUPLE)
        return NULL;
    size_t len = s->v.seq.len * (size_t)n;
    KrCodeConst **items = kri_arena_alloc(arena, (len ? len : 1) * sizeof(KrCodeConst *));
    if (!items)
        return NULL;
    for (size_t i = 0; i < len; i++)
        items[i] = s->v.seq.items[i % s->v.seq.len];
    return kri_const_tuple(arena, items, len);
}

/* CPython's safe_multiply: refuses products that would be too big. */
static KrCodeConst *safe_multiply(KrArena *arena, const KrCodeConst *v, const KrCodeConst *w)
{
    if (is_int(v) && is_int(w)) {
        KrBigInt x = as_int(v), y = as_int(w);
        if (x.ndigits && y.ndigits &&
            kri_bigint_numbits(&x) + kri_bigint_numbits(&y) > MAX_INT_SIZE)
            return NULL;
        return int_binop(arena, KR_AST_Mult, v, w);
    }
    bool wseq = w->kind == KR_CC_TUPLE || w->kind == KR_CC_FROZENSET ||
                w->kind == KR_CC_STR || w->kind == KR_CC_BYTES;
    bool vseq = v->kind == KR_CC_TUPLE || v->kind == KR_CC_FROZENSET ||
                v->kind == KR_CC_STR || v->kind == KR_CC_BYTES;
    if (is_int(w) && vseq)
        return safe_multiply(arena, w, v);
    if (is_int(v) && wseq) {
        KrBigInt x = as_int(v);
        int64_t n;
        bool fits = kri_bigint_to_i64(&x, &n);
        size_t size = seq_length(w);
        if (size) {
            bool text = w->kind == KR_CC_STR || w->kind == KR_CC_BYTES;
            long limit = text ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
            if (!fits || n < 0 || n > limit / (long)size)
                return NULL;
            if (!text && n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
        if (w->kind == KR_CC_FROZENSET)
            return NULL; /* TypeError */
        return seq_repeat(arena, w, fits ? n : 0);
    }
    if (is_number(v) && is_number(w)) {
        if (v->kind == KR_CC_COMPLEX || w->kind == KR_CC_COMPLEX)
            return complex_binop(arena, KR_AST_Mult, v, w);
        return float_binop(arena, KR_AST_Mult, v, w);
    }
    return NULL;
}

KrCodeConst *kri_fold_binop(KrArena *arena, KrOperator op, const KrCodeConst *a,
                            const KrCodeConst *b)
{
    if (op == KR_AST_Mult)
        return safe_multiply(arena, a, b);
    if (is_int(a) && is_int(b)) {
        KrBigInt x = as_int(a), y = as_int(b);
        if (op == KR_AST_Pow && x.ndigits && !y.negative && y.ndigits) {
            int64_t w;
            size_t vbits = kri_bigint_numbits(&x);
            if (!kri_bigint_to_i64(&y, &w) || vbits > MAX_INT_SIZE / (uint64_t)w)
                return NULL;
        }
        if (op == KR_AST_LShift && x.ndigits && y.ndigits) {
            int64_t w;
            size_t vbits = kri_bigint_numbits(&x);
            if (y.negative || !kri_bigint_to_i64(&y, &w) || w > MAX_INT_SIZE ||
                vbits > (size_t)(MAX_INT_SIZE - w))
                return NULL;
        }
        return int_binop(arena, op, a, b);
    }
    if (is_number(a) && is_number(b)) {
        if (a->kind == KR_CC_COMPLEX || b->kind == KR_CC_COMPLEX)
            return complex_binop(arena, op, a, b);
        return float_binop(arena, op, a, b);
    }
    if (op == KR_AST_Add)
        return seq_concat(arena, a, b);
    return NULL; /* str % x is not folded; anything else raises */
}

KrCodeConst *kri_fold_unaryop(KrArena *arena, KrUnaryop op, const KrCodeConst *a)
{
    if (op == KR_AST_Not)
        return kri_const_bool(arena, !kri_const_truth(a));
    if (is_int(a)) {
        KrBigInt x = as_int(a), r;
        if (op == KR_AST_Invert)
            return int_result(arena, kri_bigint_invert(arena, &x, &r), &r);
        if (op == KR_AST_USub)
            return int_result(arena, kri_bigint_neg(arena, &x, &r), &r);
        return kri_const_int(arena, &x);
    }
    if (a->kind == KR_CC_FLOAT && op != KR_AST_Invert)
        return kri_const_float(arena, op == KR_AST_USub ? -a->v.real : a->v.real);
    if (a->kind == KR_CC_COMPLEX && op != KR_AST_Invert) {
        if (op == KR_AST_UAdd)
            return kri_const_complex(arena, a->v.complex.real, a->v.complex.imag);
        return kri_const_complex(arena, -a->v.complex.real, -a->v.complex.imag);
    }
    return NULL;
}

KrCodeConst *kri_fold_subscript(KrArena *arena, const KrCodeConst *seq, const KrCodeConst *idx)
{
    if (!is_int(idx))
        return NULL;
    if (seq->kind != KR_CC_STR && seq->kind != KR_CC_BYTES && seq->kind != KR_CC_TUPLE)
        return NULL;
    KrBigInt b = as_int(idx);
    int64_t i, len = (int64_t)seq_length(seq);
    if (!kri_bigint_to_i64(&b, &i))
        return NULL;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return NULL; /* IndexError */
    if (seq->kind == KR_CC_TUPLE)
        return seq->v.seq.items[i];
    if (seq->kind == KR_CC_BYTES)
        return kri_const_int64(arena, (unsigned char)seq->v.str.data[i]);
    const char *s = seq->v.str.data, *end = s + seq->v.str.len;
    for (int64_t k = 0; k < i; k++) {
        int size;
        kri_utf8_decode(s, (size_t)(end - s), &size);
        s += size ? size : 1;
    }
    int size;
    kri_utf8_decode(s, (size_t)(end - s), &size);
    return kri_const_text(arena, KR_CC_STR, s, (size_t)(size ? size : 1));
}

/* ---- the AST walk ---- */

static int fold_expr(Folder *f, KrExpr *e);
static int fold_stmts(Folder *f, KrStmtSeq *body);

/* Folds every expression of [seq]. */
static int fold_exprs(Folder *f, KrExprSeq *seq)
{
    for (ptrdiff_t i = 0; seq && i < seq->len; i++)
        if (seq->items[i] && fold_expr(f, seq->items[i]) < 0)
            return -1;
    return 0;
}

/* Folds [e] when present. */
static int fold_opt(Folder *f, KrExpr *e)
{
    return e ? fold_expr(f, e) : 0;
}

/* Replaces [e] by the constant [v], when the fold produced one. */
static int make_const(Folder *f, KrExpr *e, KrCodeConst *v)
{
    if (!v)
        return f->arena->oom ? -1 : 0;
    return kri_const_set_expr(f->arena, e, v);
}

/* A tuple of the values of [elts] when all are constants, else NULL. */
static KrCodeConst *const_tuple_of(Folder *f, KrExprSeq *elts)
{
    ptrdiff_t n = elts ? elts->len : 0;
    KrCodeConst **items = kri_arena_alloc(f->arena, (n ? (size_t)n : 1) * sizeof(KrCodeConst *));
    if (!items)
        return NULL;
    for (ptrdiff_t i = 0; i < n; i++) {
        if (elts->items[i]->kind != KR_AST_Constant)
            return NULL;
        if (!(items[i] = kri_const_of_expr(f->arena, elts->items[i])))
            return NULL;
    }
    return kri_const_tuple(f->arena, items, (size_t)n);
}

/* A list or set display iterated over (for-loops, comprehensions, `in`):
 * a list becomes a tuple, constant if it can; a constant set a frozenset. */
static int fold_iter(Folder *f, KrExpr *e)
{
    if (e->kind == KR_AST_List) {
        KrExprSeq *elts = e->v.List.elts;
        for (ptrdiff_t i = 0; elts && i < elts->len; i++)
            if (elts->items[i]->kind == KR_AST_Starred)
                return 0;
        KrExprContext ctx = e->v.List.ctx;
        e->kind = KR_AST_Tuple;
        e->v.Tuple.elts = elts;
        e->v.Tuple.ctx = ctx;
        return make_const(f, e, const_tuple_of(f, elts));
    }
    if (e->kind == KR_AST_Set) {
        KrCodeConst *t = const_tuple_of(f, e->v.Set.elts);
        if (!t)
            return make_const(f, e, NULL);
        return make_const(f, e, kri_const_frozenset(f->arena, t->v.seq.items, t->v.seq.len));
    }
    return 0;
}

/* ---- printf-style formatting into an f-string ----
 * `"%s: %r" % (a, b)` becomes f"{a!s}: {b!r}" when every conversion is
 * %s, %r or %a (with optional width and precision) and the counts agree. */

/* A str Constant node at [pos] (-1: no position, as CPython's folded
 * f-string pieces). */
static KrExpr *str_constant(Folder *f, const char *s, size_t len, int pos)
{
    KrConst *k = kri_arena_alloc(f->arena, sizeof(KrConst));
    char *copy = kri_arena_alloc(f->arena, len + 1);
    if (!k || !copy)
        return NULL;
    memcpy(copy, s, len);
    copy[len] = '\0';
    memset(k, 0, sizeof *k);
    k->kind = KR_CONST_STR;
    k->v.str.data = copy;
    k->v.str.len = len;
    return kri_ast_Constant(f->arena, k, NULL, pos, pos, pos, pos);
}

/* Literal text up to the next lone '%', "%%" made '%'; NULL (with *[none])
 * when there is none. */
static KrExpr *format_literal(Folder *f, const char *fmt, size_t len, size_t *pos, bool *none)
{
    size_t start = *pos, p = start;
    KrBuf text;
    kri_buf_init(&text);
    while (p < len) {
        if (fmt[p] != '%') {
            p++;
        } else if (p + 1 < len && fmt[p + 1] == '%') {
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    *none = p == start;
    if (*none)
        return NULL;
    for (size_t i = start; i < p; i++) {
        if (kri_buf_putc(&text, fmt[i]) < 0) {
            kri_buf_free(&text);
            return NULL;
        }
        if (fmt[i] == '%')
            i++;
    }
    KrExpr *c = str_constant(f, text.data, text.len, -1);
    kri_buf_free(&text);
    return c;
}

/* One conversion after its '%': the FormattedValue, or NULL with
 * *[unsupported] when it is not a plain %s, %r or %a. */
static KrExpr *format_unit(Folder *f, const char *fmt, size_t len, size_t *pos, KrExpr *arg,
                           bool *unsupported)
{
    size_t p = *pos;
    long width = -1, prec = -1;
    bool ljust = false;
    *unsupported = true;
#define NEXT_CHAR()                                                                          \
    do {                                                                                     \
        if (p >= len)                                                                        \
            return NULL;                                                                     \
        ch = (unsigned char)fmt[p++];                                                        \
    } while (0)
    int ch;
    for (;;) {
        NEXT_CHAR();
        if (ch == '-')
            ljust = true;
        else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0')
            break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (ch - '0');
            NEXT_CHAR();
            if (width > 99) /* CPython keeps to two digits */
                return NULL;
        }
    }
    if (ch == '.') {
        NEXT_CHAR();
        prec = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch - '0');
            NEXT_CHAR();
            if (prec > 99)
                return NULL;
        }
    }
#undef NEXT_CHAR
    *pos = p;
    if (ch != 's' && ch != 'r' && ch != 'a')
        return NULL;
    *unsupported = false;
    char spec[64];
    int n = 0;
    if (!ljust && width > 0)
        spec[n++] = '>';
    if (width >= 0)
        n += snprintf(spec + n, sizeof spec - (size_t)n, "%ld", width);
    if (prec >= 0)
        n += snprintf(spec + n, sizeof spec - (size_t)n, ".%ld", prec);
    KrExpr *format_spec = NULL;
    if (n && !(format_spec = str_constant(f, spec, (size_t)n, -1)))
        return NULL;
    return kri_ast_FormattedValue(f->arena, arg, ch, format_spec, KR_POS(arg));
}

static int optimize_format(Folder *f, KrExpr *e, const KrCodeConst *fmt, KrExprSeq *elts)
{
    ptrdiff_t nelts = elts ? elts->len : 0, count = 0;
    KrExprSeq *seq = kri_ast_expr_seq_new(f->arena, nelts * 2 + 1);
    if (!seq)
        return -1;
    seq->len = 0;
    size_t pos = 0, len = fmt->v.str.len;
    const char *text = fmt->v.str.data;
    for (;;) {
        bool none, unsupported;
        KrExpr *lit = format_literal(f, text, len, &pos, &none);
        if (lit)
            seq->items[seq->len++] = lit;
        else if (!none)
            return -1;
        if (pos >= len)
            break;
        if (count >= nelts)
            return 0; /* more conversions than items */
        pos++; /* the '%' */
        KrExpr *unit = format_unit(f, text, len, &pos, elts->items[count++], &unsupported);
        if (!unit)
            return unsupported ? 0 : -1;
        seq->items[seq->len++] = unit;
    }
    if (count < nelts)
        return 0; /* more items than conversions */
    KrExpr *j = kri_ast_JoinedStr(f->arena, seq, KR_POS(e));
    if (!j)
        return -1;
    *e = *j;
    return 0;
}

/* A BinOp whose operands are constants becomes a constant; a % with a
 * str on the left and a tuple display on the right may become an f-string. */
static int fold_binop(Folder *f, KrExpr *e)
{
    KrExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (l->kind != KR_AST_Constant)
        return 0;
    if (e->v.BinOp.op == KR_AST_Mod && r->kind == KR_AST_Tuple &&
        kri_const_expr_kind(l) == KR_CONST_STR) {
        bool starred = false;
        for (ptrdiff_t i = 0; r->v.Tuple.elts && i < r->v.Tuple.elts->len; i++)
            starred = starred || r->v.Tuple.elts->items[i]->kind == KR_AST_Starred;
        if (!starred) {
            KrCodeConst *fmt = kri_const_of_expr(f->arena, l);
            if (!fmt)
                return -1;
            return optimize_format(f, e, fmt, r->v.Tuple.elts);
        }
    }
    if (r->kind != KR_AST_Constant)
        return 0;
    KrCodeConst *a = kri_const_of_expr(f->arena, l), *b = kri_const_of_expr(f->arena, r);
    if (!a || !b)
        return -1;
    return make_const(f, e, kri_fold_binop(f->arena, e->v.BinOp.op, a, b));
}

/* A UnaryOp on a constant becomes a constant. */
static int fold_unaryop(Folder *f, KrExpr *e)
{
    KrExpr *arg = e->v.UnaryOp.operand;
    if (arg->kind != KR_AST_Constant) {
        /* `not a is b` becomes `a is not b` (likewise `in`); == and < are
         * left alone, since __ne__ need not be the negation of __eq__. The
         * node takes the comparison's position too, as in CPython. */
        if (e->v.UnaryOp.op == KR_AST_Not && arg->kind == KR_AST_Compare &&
            arg->v.Compare.ops->len == 1) {
            int op = arg->v.Compare.ops->items[0], neg = 0;
            switch (op) {
            case KR_AST_Is: neg = KR_AST_IsNot; break;
            case KR_AST_IsNot: neg = KR_AST_Is; break;
            case KR_AST_In: neg = KR_AST_NotIn; break;
            case KR_AST_NotIn: neg = KR_AST_In; break;
            default: break;
            }
            if (neg) {
                arg->v.Compare.ops->items[0] = neg;
                *e = *arg;
            }
        }
        return 0;
    }
    KrCodeConst *a = kri_const_of_expr(f->arena, arg);
    if (!a)
        return -1;
    return make_const(f, e, kri_fold_unaryop(f->arena, e->v.UnaryOp.op, a));
}

/* constant[constant] in load context. */
static int fold_subscript(Folder *f, KrExpr *e)
{
    KrExpr *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    if (e->v.Subscript.ctx != KR_AST_Load || v->kind != KR_AST_Constant ||
        s->kind != KR_AST_Constant)
        return 0;
    KrCodeConst *a = kri_const_of_expr(f->arena, v), *b = kri_const_of_expr(f->arena, s);
    if (!a || !b)
        return -1;
    return make_const(f, e, kri_fold_subscript(f->arena, a, b));
}

/* Defaults, and annotations unless they become strings. */
static int fold_arguments(Folder *f, KrArguments *args)
{
    KrArgSeq *lists[3] = {args->posonlyargs, args->args, args->kwonlyargs};
    KrArg *singles[2] = {args->vararg, args->kwarg};
    if (!f->future_annotations) {
        for (int k = 0; k < 3; k++)
            for (ptrdiff_t i = 0; lists[k] && i < lists[k]->len; i++)
                if (fold_opt(f, lists[k]->items[i]->annotation) < 0)
                    return -1;
        for (int k = 0; k < 2; k++)
            if (singles[k] && fold_opt(f, singles[k]->annotation) < 0)
                return -1;
    }
    if (fold_exprs(f, args->kw_defaults) < 0 || fold_exprs(f, args->defaults) < 0)
        return -1;
    return 0;
}

/* Each `for` clause; iterables become tuples or frozensets. */
static int fold_comprehensions(Folder *f, KrComprehensionSeq *gens)
{
    for (ptrdiff_t i = 0; gens && i < gens->len; i++) {
        KrComprehension *g = gens->items[i];
        if (fold_expr(f, g->target) < 0 || fold_expr(f, g->iter) < 0 ||
            fold_exprs(f, g->ifs) < 0 || fold_iter(f, g->iter) < 0)
            return -1;
    }
    return 0;
}

/* Keyword argument values. */
static int fold_keywords(Folder *f, KrKeywordSeq *kws)
{
    for (ptrdiff_t i = 0; kws && i < kws->len; i++)
        if (fold_expr(f, kws->items[i]->value) < 0)
            return -1;
    return 0;
}

/* The operands; the last `in`/`not in` operand may become a constant. */
static int fold_compare(Folder *f, KrExpr *e)
{
    if (fold_expr(f, e->v.Compare.left) < 0 || fold_exprs(f, e->v.Compare.comparators) < 0)
        return -1;
    ptrdiff_t last = e->v.Compare.ops->len - 1;
    int op = e->v.Compare.ops->items[last];
    if (op == KR_AST_In || op == KR_AST_NotIn)
        return fold_iter(f, e->v.Compare.comparators->items[last]);
    return 0;
}

/* The body of fold_expr: children first, then the node itself. */
static int fold_expr_kind(Folder *f, KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_BoolOp: return fold_exprs(f, e->v.BoolOp.values);
    case KR_AST_BinOp:
        if (fold_expr(f, e->v.BinOp.left) < 0 || fold_expr(f, e->v.BinOp.right) < 0)
            return -1;
        return fold_binop(f, e);
    case KR_AST_UnaryOp:
        if (fold_expr(f, e->v.UnaryOp.operand) < 0)
            return -1;
        return fold_unaryop(f, e);
    case KR_AST_Lambda:
        if (fold_arguments(f, e->v.Lambda.args) < 0)
            return -1;
        return fold_expr(f, e->v.Lambda.body);
    case KR_AST_IfExp:
        if (fold_expr(f, e->v.IfExp.test) < 0 || fold_expr(f, e->v.IfExp.body) < 0)
            return -1;
        return fold_expr(f, e->v.IfExp.orelse);
    case KR_AST_Dict:
        if (fold_exprs(f, e->v.Dict.keys) < 0)
            return -1;
        return fold_exprs(f, e->v.Dict.values);
    case KR_AST_Set: return fold_exprs(f, e->v.Set.elts);
    case KR_AST_ListComp:
    case KR_AST_SetComp:
    case KR_AST_GeneratorExp:
        /* the three share their layout */
        if (fold_expr(f, e->v.ListComp.elt) < 0)
            return -1;
        return fold_comprehensions(f, e->v.ListComp.generators);
    case KR_AST_DictComp:
        if (fold_expr(f, e->v.DictComp.key) < 0 || fold_expr(f, e->v.DictComp.value) < 0)
            return -1;
        return fold_comprehensions(f, e->v.DictComp.generators);
    case KR_AST_Await: return fold_expr(f, e->v.Await.value);
    case KR_AST_Yield: return fold_opt(f, e->v.Yield.value);
    case KR_AST_YieldFrom: return fold_expr(f, e->v.YieldFrom.value);
    case KR_AST_Compare: return fold_compare(f, e);
    case KR_AST_Call:
        if (fold_expr(f, e->v.Call.func) < 0 || fold_exprs(f, e->v.Call.args) < 0)
            return -1;
        return fold_keywords(f, e->v.Call.keywords);
    case KR_AST_FormattedValue:
        if (fold_expr(f, e->v.FormattedValue.value) < 0)
            return -1;
        return fold_opt(f, e->v.FormattedValue.format_spec);
    case KR_AST_JoinedStr: return fold_exprs(f, e->v.JoinedStr.values);
    case KR_AST_Attribute: return fold_expr(f, e->v.Attribute.value);
    case KR_AST_Subscript:
        if (fold_expr(f, e->v.Subscript.value) < 0 || fold_expr(f, e->v.Subscript.slice) < 0)
            return -1;
        return fold_subscript(f, e);
    case KR_AST_Starred: return fold_expr(f, e->v.Starred.value);
    case KR_AST_Slice:
        if (fold_opt(f, e->v.Slice.lower) < 0 || fold_opt(f, e->v.Slice.upper) < 0)
            return -1;
        return fold_opt(f, e->v.Slice.step);
    case KR_AST_List: return fold_exprs(f, e->v.List.elts);
    case KR_AST_Tuple:
        if (fold_exprs(f, e->v.Tuple.elts) < 0)
            return -1;
        if (e->v.Tuple.ctx != KR_AST_Load)
            return 0;
        return make_const(f, e, const_tuple_of(f, e->v.Tuple.elts));
    case KR_AST_Name:
        if (e->v.Name.ctx == KR_AST_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            return make_const(f, e, kri_const_bool(f->arena, !f->optimize));
        return 0;
    case KR_AST_NamedExpr: return fold_expr(f, e->v.NamedExpr.value);
    case KR_AST_Constant: return 0;
    }
    return 0;
}

/* Folds [e] and its children, with CPython's recursion limit. */
static int fold_expr(Folder *f, KrExpr *e)
{
    if (++f->depth > FOLD_RECURSION_LIMIT) {
        f->err->kind = KR_ERR_RECURSION;
        f->err->msg = strdup("maximum recursion depth exceeded during compilation");
        f->err->lineno = f->err->offset = f->err->end_lineno = f->err->end_offset = KR_POS_NONE;
        return -1;
    }
    int rc = fold_expr_kind(f, e);
    f->depth--;
    return rc;
}

static int fold_pattern(Folder *f, KrPattern *p);

/* Folds each pattern of [seq]. */
static int fold_patterns(Folder *f, KrPatternSeq *seq)
{
    for (ptrdiff_t i = 0; seq && i < seq->len; i++)
        if (fold_pattern(f, seq->items[i]) < 0)
            return -1;
    return 0;
}

/* Value patterns and mapping keys (`case -1:` is a constant). */
static int fold_pattern(Folder *f, KrPattern *p)
{
    switch (p->kind) {
    case KR_AST_MatchValue: return fold_expr(f, p->v.MatchValue.value);
    case KR_AST_MatchSequence: return fold_patterns(f, p->v.MatchSequence.patterns);
    case KR_AST_MatchMapping:
        if (fold_exprs(f, p->v.MatchMapping.keys) < 0)
            return -1;
        return fold_patterns(f, p->v.MatchMapping.patterns);
    case KR_AST_MatchClass:
        if (fold_expr(f, p->v.MatchClass.cls) < 0 ||
            fold_patterns(f, p->v.MatchClass.patterns) < 0)
            return -1;
        return fold_patterns(f, p->v.MatchClass.kwd_patterns);
    case KR_AST_MatchAs:
        return p->v.MatchAs.pattern ? fold_pattern(f, p->v.MatchAs.pattern) : 0;
    case KR_AST_MatchOr: return fold_patterns(f, p->v.MatchOr.patterns);
    default: return 0;
    }
}

/* A statement that is a str constant. */
static bool is_docstring_stmt(const KrStmt *s)
{
    if (s->kind != KR_AST_Expr || s->v.Expr.value->kind != KR_AST_Constant)
        return false;
    return kri_const_expr_kind(s->v.Expr.value) == KR_CONST_STR;
}

/* A body whose first statement only became a string by folding does not
 * get a docstring: CPython wraps the string in a JoinedStr to keep it one. */
static int fold_body(Folder *f, KrStmtSeq *body)
{
    bool had_doc = body && body->len && is_docstring_stmt(body->items[0]);
    if (fold_stmts(f, body) < 0)
        return -1;
    if (!had_doc && body && body->len && is_docstring_stmt(body->items[0])) {
        KrStmt *s = body->items[0];
        KrExprSeq *values = kri_ast_expr_seq_new(f->arena, 1);
        if (!values)
            return -1;
        values->items[0] = s->v.Expr.value;
        KrExpr *j = kri_ast_JoinedStr(f->arena, values, KR_POS(s));
        if (!j)
            return -1;
        s->v.Expr.value = j;
    }
    return 0;
}

/* except clauses: the type and the body. */
static int fold_handlers(Folder *f, KrExcepthandlerSeq *hs)
{
    for (ptrdiff_t i = 0; hs && i < hs->len; i++) {
        KrExcepthandler *h = hs->items[i];
        if (fold_opt(f, h->v.ExceptHandler.type) < 0 || fold_stmts(f, h->v.ExceptHandler.body) < 0)
            return -1;
    }
    return 0;
}

/* with items: the context expression and the target. */
static int fold_withitems(Folder *f, KrWithitemSeq *items)
{
    for (ptrdiff_t i = 0; items && i < items->len; i++)
        if (fold_expr(f, items->items[i]->context_expr) < 0 ||
            fold_opt(f, items->items[i]->optional_vars) < 0)
            return -1;
    return 0;
}

/* def and async def. */
static int fold_function(Folder *f, KrArguments *args, KrStmtSeq *body, KrExprSeq *decorators,
                         KrExpr *returns)
{
    if (fold_arguments(f, args) < 0 || fold_body(f, body) < 0 || fold_exprs(f, decorators) < 0)
        return -1;
    return f->future_annotations ? 0 : fold_opt(f, returns);
}

/* One statement and what it contains. */
static int fold_stmt(Folder *f, KrStmt *s)
{
    switch (s->kind) {
    case KR_AST_FunctionDef:
    case KR_AST_AsyncFunctionDef: /* same layout */
        return fold_function(f, s->v.FunctionDef.args, s->v.FunctionDef.body,
                             s->v.FunctionDef.decorator_list, s->v.FunctionDef.returns);
    case KR_AST_ClassDef:
        if (fold_exprs(f, s->v.ClassDef.bases) < 0 ||
            fold_keywords(f, s->v.ClassDef.keywords) < 0 || fold_body(f, s->v.ClassDef.body) < 0)
            return -1;
        return fold_exprs(f, s->v.ClassDef.decorator_list);
    case KR_AST_Return: return fold_opt(f, s->v.Return.value);
    case KR_AST_Delete: return fold_exprs(f, s->v.Delete.targets);
    case KR_AST_Assign:
        if (fold_exprs(f, s->v.Assign.targets) < 0)
            return -1;
        return fold_expr(f, s->v.Assign.value);
    case KR_AST_AugAssign:
        if (fold_expr(f, s->v.AugAssign.target) < 0)
            return -1;
        return fold_expr(f, s->v.AugAssign.value);
    case KR_AST_AnnAssign:
        if (fold_expr(f, s->v.AnnAssign.target) < 0)
            return -1;
        if (!f->future_annotations && fold_expr(f, s->v.AnnAssign.annotation) < 0)
            return -1;
        return fold_opt(f, s->v.AnnAssign.value);
    case KR_AST_For:
    case KR_AST_AsyncFor:
        if (fold_expr(f, s->v.For.target) < 0 || fold_expr(f, s->v.For.iter) < 0 ||
            fold_stmts(f, s->v.For.body) < 0 || fold_stmts(f, s->v.For.orelse) < 0)
            return -1;
        return s->kind == KR_AST_For ? fold_iter(f, s->v.For.iter) : 0;
    case KR_AST_While:
    case KR_AST_If: /* same layout */
        if (fold_expr(f, s->v.If.test) < 0 || fold_stmts(f, s->v.If.body) < 0)
            return -1;
        return fold_stmts(f, s->v.If.orelse);
    case KR_AST_With:
    case KR_AST_AsyncWith:
        if (fold_withitems(f, s->v.With.items) < 0)
            return -1;
        return fold_stmts(f, s->v.With.body);
    case KR_AST_Raise:
        if (fold_opt(f, s->v.Raise.exc) < 0)
            return -1;
        return fold_opt(f, s->v.Raise.cause);
    case KR_AST_Match:
        if (fold_expr(f, s->v.Match.subject) < 0)
            return -1;
        for (ptrdiff_t i = 0; i < s->v.Match.cases->len; i++) {
            KrMatchCase *mc = s->v.Match.cases->items[i];
            if (fold_pattern(f, mc->pattern) < 0 || fold_opt(f, mc->guard) < 0 ||
                fold_stmts(f, mc->body) < 0)
                return -1;
        }
        return 0;
    case KR_AST_Try:
    case KR_AST_TryStar:
        if (fold_stmts(f, s->v.Try.body) < 0 || fold_handlers(f, s->v.Try.handlers) < 0 ||
            fold_stmts(f, s->v.Try.orelse) < 0)
            return -1;
        return fold_stmts(f, s->v.Try.finalbody);
    case KR_AST_Assert:
        if (fold_expr(f, s->v.Assert.test) < 0)
            return -1;
        return fold_opt(f, s->v.Assert.msg);
    case KR_AST_Expr: return fold_expr(f, s->v.Expr.value);
    default: return 0;
    }
}

/* Folds each statement of [body]. */
static int fold_stmts(Folder *f, KrStmtSeq *body)
{
    for (ptrdiff_t i = 0; body && i < body->len; i++)
        if (fold_stmt(f, body->items[i]) < 0)
            return -1;
    return 0;
}

int kri_fold_module(KrArena *arena, KrMod *mod, int optimize, int future_flags,
                    KrSyntaxError *err)
{
    Folder f = {arena, optimize, (future_flags & KR_CO_FUTURE_ANNOTATIONS) != 0, 0, err};
    int rc = 0;
    switch (mod->kind) {
    case KR_AST_Module: rc = fold_body(&f, mod->v.Module.body); break;
    case KR_AST_Interactive: rc = fold_stmts(&f, mod->v.Interactive.body); break;
    case KR_AST_Expression: rc = fold_expr(&f, mod->v.Expression.body); break;
    default: break;
    }
    if (rc < 0 && err->kind == KR_ERR_NONE)
        err->kind = KR_ERR_MEMORY;
    return rc;
}
