/* Constant values of code units (KrCodeConst): making them from the AST's
 * literals, comparing them the two ways CPython does, and printing them.
 * - "Same constant" (kri_const_same) is CPython's code-constant key: equal
 *   values of the same type, so 0, 0.0, -0.0 and False are four constants,
 *   and (1,) differs from (True,). co_consts holds one entry per key.
 * - Python's == (kri_const_py_equal) decides which elements a frozenset
 *   keeps: {1, 1.0, True} folds to frozenset({1}).
 * A folded AST node is turned into a Constant whose value points at a
 * FoldedConst; kri_const_of_expr reads either kind back. Values live in the
 * output arena and are never modified once made. See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

KrCodeConst *kri_const_new(KrArena *arena, KrCodeConstKind kind)
{
    KrCodeConst *c = kri_arena_alloc(arena, sizeof(KrCodeConst));
    if (c) {
        memset(c, 0, sizeof *c);
        c->kind = kind;
    }
    return c;
}

KrCodeConst *kri_const_bool(KrArena *arena, bool v)
{
    return kri_const_new(arena, v ? KR_CC_TRUE : KR_CC_FALSE);
}

KrCodeConst *kri_const_int(KrArena *arena, const KrBigInt *v)
{
    KrCodeConst *c = kri_const_new(arena, KR_CC_INT);
    if (c)
        c->v.integer = *v;
    return c;
}

KrCodeConst *kri_const_int64(KrArena *arena, int64_t v)
{
    KrBigInt b;
    if (kri_bigint_from_i64(arena, v, &b) < 0)
        return NULL;
    return kri_const_int(arena, &b);
}

KrCodeConst *kri_const_float(KrArena *arena, double v)
{
    KrCodeConst *c = kri_const_new(arena, KR_CC_FLOAT);
    if (c)
        c->v.real = v;
    return c;
}

KrCodeConst *kri_const_complex(KrArena *arena, double real, double imag)
{
    KrCodeConst *c = kri_const_new(arena, KR_CC_COMPLEX);
    if (c) {
        c->v.complex.real = real;
        c->v.complex.imag = imag;
    }
    return c;
}

KrCodeConst *kri_const_text(KrArena *arena, KrCodeConstKind kind, const char *data, size_t len)
{
    KrCodeConst *c = kri_const_new(arena, kind);
    char *copy = kri_arena_alloc(arena, len + 1);
    if (!c || !copy)
        return NULL;
    memcpy(copy, data, len);
    copy[len] = '\0';
    c->v.str.data = copy;
    c->v.str.len = len;
    return c;
}

KrCodeConst *kri_const_tuple(KrArena *arena, KrCodeConst *const *items, size_t n)
{
    KrCodeConst *c = kri_const_new(arena, KR_CC_TUPLE);
    KrCodeConst **copy = kri_arena_alloc(arena, (n ? n : 1) * sizeof(KrCodeConst *));
    if (!c || !copy)
        return NULL;
    for (size_t i = 0; i < n; i++)
        copy[i] = items[i];
    c->v.seq.items = copy;
    c->v.seq.len = n;
    return c;
}

KrCodeConst *kri_const_frozenset(KrArena *arena, KrCodeConst *const *items, size_t n)
{
    KrCodeConst *c = kri_const_new(arena, KR_CC_FROZENSET);
    KrCodeConst **kept = kri_arena_alloc(arena, (n ? n : 1) * sizeof(KrCodeConst *));
    if (!c || !kept)
        return NULL;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t j = 0; j < len && !dup; j++)
            dup = kri_const_py_equal(kept[j], items[i]);
        if (!dup)
            kept[len++] = items[i];
    }
    c->v.seq.items = kept;
    c->v.seq.len = len;
    return c;
}

/* An int literal keeps its digits as text in the AST; it is converted once
 * here, so constants compare and fold by value (0x10 is 16). */
KrCodeConst *kri_const_from_ast(KrArena *arena, const KrConst *k)
{
    switch (k->kind) {
    case KR_CONST_NONE:
        return kri_const_new(arena, KR_CC_NONE);
    case KR_CONST_TRUE:
        return kri_const_new(arena, KR_CC_TRUE);
    case KR_CONST_FALSE:
        return kri_const_new(arena, KR_CC_FALSE);
    case KR_CONST_ELLIPSIS:
        return kri_const_new(arena, KR_CC_ELLIPSIS);
    case KR_CONST_INT: {
        KrBigInt b;
        if (k->v.integer.fits) {
            if (kri_bigint_from_i64(arena, k->v.integer.small, &b) < 0)
                return NULL;
        } else if (kri_bigint_from_text(arena, k->v.integer.digits, k->v.integer.ndigits,
                                        k->v.integer.base, &b) < 0) {
            return NULL;
        }
        return kri_const_int(arena, &b);
    }
    case KR_CONST_FLOAT:
        return kri_const_float(arena, k->v.real);
    case KR_CONST_COMPLEX:
        return kri_const_complex(arena, 0.0, k->v.real);
    case KR_CONST_STR:
        return kri_const_text(arena, KR_CC_STR, k->v.str.data, k->v.str.len);
    case KR_CONST_BYTES:
        return kri_const_text(arena, KR_CC_BYTES, k->v.str.data, k->v.str.len);
    }
    return NULL;
}

/* ---- folded AST nodes ---- */

/* What a folded Constant node points at. [base] keeps a plain KrConst for
 * readers that know nothing of folding (None for tuples and frozensets). */
typedef struct FoldedConst {
    KrConst base;
    KrCodeConst *value;
} FoldedConst;

/* Constant.kind of a folded node: identifies FoldedConst by address. */
static const char folded_marker[] = "";

int kri_const_set_expr(KrArena *arena, KrExpr *e, KrCodeConst *value)
{
    FoldedConst *f = kri_arena_alloc(arena, sizeof(FoldedConst));
    if (!f)
        return -1;
    memset(f, 0, sizeof *f);
    f->value = value;
    switch (value->kind) {
    case KR_CC_TRUE: f->base.kind = KR_CONST_TRUE; break;
    case KR_CC_FALSE: f->base.kind = KR_CONST_FALSE; break;
    case KR_CC_ELLIPSIS: f->base.kind = KR_CONST_ELLIPSIS; break;
    case KR_CC_FLOAT: f->base.kind = KR_CONST_FLOAT; f->base.v.real = value->v.real; break;
    case KR_CC_STR:
    case KR_CC_BYTES:
        f->base.kind = value->kind == KR_CC_STR ? KR_CONST_STR : KR_CONST_BYTES;
        f->base.v.str.data = value->v.str.data;
        f->base.v.str.len = value->v.str.len;
        break;
    default: f->base.kind = KR_CONST_NONE; break;
    }
    e->kind = KR_AST_Constant;
    e->v.Constant.value = &f->base;
    e->v.Constant.kind = folded_marker;
    return 0;
}

KrCodeConst *kri_const_of_expr(KrArena *arena, const KrExpr *e)
{
    if (e->v.Constant.kind == folded_marker)
        return ((const FoldedConst *)(const void *)e->v.Constant.value)->value;
    return kri_const_from_ast(arena, e->v.Constant.value);
}

bool kri_const_is_folded(const KrExpr *e)
{
    return e->kind == KR_AST_Constant && e->v.Constant.kind == folded_marker;
}

KrConstKind kri_const_expr_kind(const KrExpr *e)
{
    if (e->v.Constant.kind == folded_marker) {
        KrCodeConstKind k = ((const FoldedConst *)(const void *)e->v.Constant.value)->value->kind;
        switch (k) {
        case KR_CC_INT: return KR_CONST_INT;
        case KR_CC_COMPLEX: return KR_CONST_COMPLEX;
        case KR_CC_NONE: return KR_CONST_NONE;
        default: break;
        }
    }
    return e->v.Constant.value->kind;
}

/* ---- comparisons ---- */

/* Floats are the same constant when equal with the same sign (0.0 and
 * -0.0 differ); NaNs never are, as two NaN literals are two constants. */
static bool same_double(double a, double b)
{
    /* CPython keys floats by value but keeps 0.0 and -0.0 apart; NaNs are
     * only ever equal to themselves, which a fresh constant never is. */
    return a == b && signbit(a) == signbit(b);
}

/* Ints by value. */
static bool bigint_equal(const KrBigInt *a, const KrBigInt *b)
{
    return kri_bigint_cmp(a, b) == 0;
}

/* Two string arrays with equal contents. */
static bool same_strings(const char *const *a, const char *const *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(a[i], b[i]) != 0)
            return false;
    return true;
}

/* Code objects compare by value, as CPython's code_richcompare: a nested
 * function compiled twice from the same source (a while loop's test, a
 * finally body) is one constant. The qualname and filename do not count. */
static bool same_code(const KrCodeUnit *a, const KrCodeUnit *b)
{
    if (a == b)
        return true;
    if (strcmp(a->name, b->name) != 0 || a->argcount != b->argcount ||
        a->posonlyargcount != b->posonlyargcount || a->kwonlyargcount != b->kwonlyargcount ||
        a->flags != b->flags || a->firstlineno != b->firstlineno || a->ncode != b->ncode ||
        a->nconsts != b->nconsts || a->nnames != b->nnames ||
        a->nlocalsplus != b->nlocalsplus || a->linetable_len != b->linetable_len ||
        a->exceptiontable_len != b->exceptiontable_len)
        return false;
    if (memcmp(a->code, b->code, a->ncode * sizeof(uint16_t)) != 0 ||
        memcmp(a->linetable, b->linetable, a->linetable_len) != 0 ||
        memcmp(a->exceptiontable, b->exceptiontable, a->exceptiontable_len) != 0 ||
        !same_strings(a->names, b->names, a->nnames) ||
        !same_strings(a->localsplusnames, b->localsplusnames, a->nlocalsplus))
        return false;
    for (size_t i = 0; i < a->nconsts; i++)
        if (!kri_const_same(a->consts[i], b->consts[i]))
            return false;
    return true;
}

bool kri_const_same(const KrCodeConst *a, const KrCodeConst *b)
{
    if (a == b)
        return true;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case KR_CC_NONE:
    case KR_CC_TRUE:
    case KR_CC_FALSE:
    case KR_CC_ELLIPSIS:
        return true;
    case KR_CC_INT:
        return bigint_equal(&a->v.integer, &b->v.integer);
    case KR_CC_FLOAT:
        return same_double(a->v.real, b->v.real);
    case KR_CC_COMPLEX:
        return same_double(a->v.complex.real, b->v.complex.real) &&
               same_double(a->v.complex.imag, b->v.complex.imag);
    case KR_CC_STR:
    case KR_CC_BYTES:
        return a->v.str.len == b->v.str.len &&
               memcmp(a->v.str.data, b->v.str.data, a->v.str.len) == 0;
    case KR_CC_TUPLE:
        if (a->v.seq.len != b->v.seq.len)
            return false;
        for (size_t i = 0; i < a->v.seq.len; i++)
            if (!kri_const_same(a->v.seq.items[i], b->v.seq.items[i]))
                return false;
        return true;
    case KR_CC_FROZENSET:
        if (a->v.seq.len != b->v.seq.len)
            return false;
        for (size_t i = 0; i < a->v.seq.len; i++) {
            bool found = false;
            for (size_t j = 0; j < b->v.seq.len && !found; j++)
                found = kri_const_same(a->v.seq.items[i], b->v.seq.items[j]);
            if (!found)
                return false;
        }
        return true;
    case KR_CC_CODE:
        return same_code(a->v.code, b->v.code);
    }
    return false;
}

/* FNV-1a over [len] bytes, continuing from [h]. */
static uint64_t hash_bytes(const char *s, size_t len, uint64_t h)
{
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
    return h;
}

/* A hash of the bits of [d]: 0.0 and -0.0 hash apart, as they are
 * different constants. */
static uint64_t hash_double(double d)
{
    uint64_t bits;
    if (d == 0.0)
        d = signbit(d) ? -0.0 : 0.0;
    memcpy(&bits, &d, sizeof bits);
    return bits * 0x9e3779b97f4a7c15u;
}

uint64_t kri_const_hash(const KrCodeConst *c)
{
    uint64_t h = 0xcbf29ce484222325u ^ (uint64_t)c->kind;
    switch (c->kind) {
    case KR_CC_INT:
        h ^= c->v.integer.negative;
        return hash_bytes((const char *)c->v.integer.digits,
                          c->v.integer.ndigits * sizeof(uint32_t), h);
    case KR_CC_FLOAT:
        return h ^ hash_double(c->v.real);
    case KR_CC_COMPLEX:
        return h ^ hash_double(c->v.complex.real) ^ (hash_double(c->v.complex.imag) >> 1);
    case KR_CC_STR:
    case KR_CC_BYTES:
        return hash_bytes(c->v.str.data, c->v.str.len, h);
    case KR_CC_TUPLE:
        for (size_t i = 0; i < c->v.seq.len; i++)
            h = (h ^ kri_const_hash(c->v.seq.items[i])) * 0x100000001b3u;
        return h;
    case KR_CC_FROZENSET: /* order-independent */
        for (size_t i = 0; i < c->v.seq.len; i++)
            h += kri_const_hash(c->v.seq.items[i]);
        return h;
    case KR_CC_CODE:
        h = hash_bytes(c->v.code->name, strlen(c->v.code->name), h);
        return h ^ ((uint64_t)c->v.code->firstlineno << 20) ^ c->v.code->ncode;
    default:
        return h;
    }
}

/* The value of a bool, int, or float as a double for ==; false when it is
 * not a real number. Ints beyond the double range compare by exactness. */
static bool real_value(const KrCodeConst *c, double *out, bool *is_int)
{
    *is_int = true;
    switch (c->kind) {
    case KR_CC_TRUE: *out = 1.0; return true;
    case KR_CC_FALSE: *out = 0.0; return true;
    case KR_CC_INT:
        if (kri_bigint_to_double(&c->v.integer, out) < 0)
            *out = c->v.integer.negative ? -INFINITY : INFINITY;
        return true;
    case KR_CC_FLOAT: *is_int = false; *out = c->v.real; return true;
    default: return false;
    }
}

/* bool and int take part in int arithmetic and comparisons. */
static bool int_like(const KrCodeConst *c)
{
    return c->kind == KR_CC_INT || c->kind == KR_CC_TRUE || c->kind == KR_CC_FALSE;
}

/* [c] as a big int (bool or int), for exact comparisons. */
static KrBigInt int_of(const KrCodeConst *c)
{
    static const uint32_t one[1] = {1};
    KrBigInt b = {false, 0, one};
    if (c->kind == KR_CC_INT)
        return c->v.integer;
    if (c->kind == KR_CC_TRUE)
        b.ndigits = 1;
    return b;
}

/* Python's float == int: exact, whatever the magnitudes. */
static bool float_equals_int(double d, const KrCodeConst *i)
{
    if (!isfinite(d) || d != floor(d))
        return false;
    double back;
    KrBigInt b = int_of(i);
    if (kri_bigint_to_double(&b, &back) < 0 || back != d)
        return false;
    /* The double is an integer equal to the int's rounding; it is exact when
     * the int needs no more than 53 significant bits or d's ulp is 1. */
    size_t nbits = kri_bigint_numbits(&b);
    if (nbits <= 53)
        return true;
    size_t low = 0; /* trailing zero bits of the int */
    while (low < nbits && !((b.digits[low / 32] >> (low % 32)) & 1))
        low++;
    return nbits - low <= 53;
}

/* Numbers compare across types by value (1 == 1.0 == True == 1+0j, exactly
 * even for ints beyond 2**53); sequences elementwise; other kinds only with
 * their own kind. */
bool kri_const_py_equal(const KrCodeConst *a, const KrCodeConst *b)
{
    if (int_like(a) && int_like(b)) {
        KrBigInt x = int_of(a), y = int_of(b);
        return kri_bigint_cmp(&x, &y) == 0;
    }
    double x, y;
    bool xi, yi;
    if (a->kind == KR_CC_COMPLEX || b->kind == KR_CC_COMPLEX) {
        double ar, ai = 0, br, bi = 0;
        if (a->kind == KR_CC_COMPLEX) {
            ar = a->v.complex.real;
            ai = a->v.complex.imag;
        } else if (!real_value(a, &ar, &xi)) {
            return false;
        }
        if (b->kind == KR_CC_COMPLEX) {
            br = b->v.complex.real;
            bi = b->v.complex.imag;
        } else if (!real_value(b, &br, &yi)) {
            return false;
        }
        return ar == br && ai == bi;
    }
    if (real_value(a, &x, &xi) && real_value(b, &y, &yi)) {
        if (!xi && !yi)
            return x == y;
        return xi ? float_equals_int(y, a) : float_equals_int(x, b);
    }
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case KR_CC_TUPLE:
        if (a->v.seq.len != b->v.seq.len)
            return false;
        for (size_t i = 0; i < a->v.seq.len; i++)
            if (!kri_const_py_equal(a->v.seq.items[i], b->v.seq.items[i]))
                return false;
        return true;
    case KR_CC_FROZENSET:
        if (a->v.seq.len != b->v.seq.len)
            return false;
        for (size_t i = 0; i < a->v.seq.len; i++) {
            bool found = false;
            for (size_t j = 0; j < b->v.seq.len && !found; j++)
                found = kri_const_py_equal(a->v.seq.items[i], b->v.seq.items[j]);
            if (!found)
                return false;
        }
        return true;
    default:
        return kri_const_same(a, b);
    }
}

int kri_const_truth(const KrCodeConst *c)
{
    switch (c->kind) {
    case KR_CC_NONE:
    case KR_CC_FALSE:
        return 0;
    case KR_CC_TRUE:
    case KR_CC_ELLIPSIS:
    case KR_CC_CODE:
        return 1;
    case KR_CC_INT:
        return c->v.integer.ndigits != 0;
    case KR_CC_FLOAT:
        return c->v.real != 0.0;
    case KR_CC_COMPLEX:
        return c->v.complex.real != 0.0 || c->v.complex.imag != 0.0;
    case KR_CC_STR:
    case KR_CC_BYTES:
        return c->v.str.len != 0;
    case KR_CC_TUPLE:
    case KR_CC_FROZENSET:
        return c->v.seq.len != 0;
    }
    return 1;
}

/* ---- repr, for dumps ---- */

/* A double as complex's repr writes its parts: float repr without ".0". */
static int put_complex_part(KrBuf *out, double v, bool sign)
{
    KrBuf tmp;
    kri_buf_init(&tmp);
    int rc = kri_repr_float(&tmp, v);
    if (rc == 0) {
        size_t len = tmp.len;
        if (len >= 2 && memcmp(tmp.data + len - 2, ".0", 2) == 0)
            len -= 2;
        if (sign && tmp.data[0] != '-')
            rc = kri_buf_putc(out, '+');
        if (rc == 0)
            rc = kri_buf_append(out, tmp.data, len);
    }
    kri_buf_free(&tmp);
    return rc;
}

/* strcmp for qsort over an array of strings. */
static int cmp_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* frozenset elements in a stable order (sorted by repr): CPython's order
 * depends on string hashing, so dumps sort on both sides. */
static int put_frozenset(KrBuf *out, const KrCodeConst *c)
{
    size_t n = c->v.seq.len;
    if (n == 0)
        return kri_buf_puts(out, "frozenset()");
    char **texts = calloc(n, sizeof(char *));
    int rc = texts ? 0 : -1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        KrBuf one;
        kri_buf_init(&one);
        rc = kri_const_format(&one, c->v.seq.items[i]);
        texts[i] = one.data;
        if (rc == 0 && !texts[i])
            rc = -1;
    }
    if (rc == 0) {
        qsort(texts, n, sizeof(char *), cmp_text);
        rc = kri_buf_puts(out, "frozenset({");
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = kri_buf_printf(out, "%s%s", i ? ", " : "", texts[i]);
        if (rc == 0)
            rc = kri_buf_puts(out, "})");
    }
    for (size_t i = 0; texts && i < n; i++)
        free(texts[i]);
    free(texts);
    return rc;
}

/* repr() of a constant; complex numbers as complex_repr does (no
 * parentheses when the real part is +0.0), code objects as <code NAME>. */
int kri_const_format(KrBuf *out, const KrCodeConst *c)
{
    switch (c->kind) {
    case KR_CC_NONE: return kri_buf_puts(out, "None");
    case KR_CC_TRUE: return kri_buf_puts(out, "True");
    case KR_CC_FALSE: return kri_buf_puts(out, "False");
    case KR_CC_ELLIPSIS: return kri_buf_puts(out, "Ellipsis");
    case KR_CC_INT: return kri_bigint_to_decimal(out, &c->v.integer);
    case KR_CC_FLOAT: return kri_repr_float(out, c->v.real);
    case KR_CC_COMPLEX:
        if (c->v.complex.real == 0.0 && !signbit(c->v.complex.real)) {
            if (put_complex_part(out, c->v.complex.imag, false) < 0)
                return -1;
            return kri_buf_putc(out, 'j');
        }
        if (kri_buf_putc(out, '(') < 0 || put_complex_part(out, c->v.complex.real, false) < 0 ||
            put_complex_part(out, c->v.complex.imag, true) < 0)
            return -1;
        return kri_buf_puts(out, "j)");
    case KR_CC_STR: return kri_repr_str(out, c->v.str.data, c->v.str.len);
    case KR_CC_BYTES: return kri_repr_bytes(out, c->v.str.data, c->v.str.len);
    case KR_CC_TUPLE:
        if (kri_buf_putc(out, '(') < 0)
            return -1;
        for (size_t i = 0; i < c->v.seq.len; i++) {
            if ((i && kri_buf_puts(out, ", ") < 0) ||
                kri_const_format(out, c->v.seq.items[i]) < 0)
                return -1;
        }
        return kri_buf_puts(out, c->v.seq.len == 1 ? ",)" : ")");
    case KR_CC_FROZENSET: return put_frozenset(out, c);
    case KR_CC_CODE: return kri_buf_printf(out, "<code %s>", c->v.code->name);
    }
    return -1;
}
