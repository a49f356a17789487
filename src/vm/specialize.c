/* The eval loop's fast paths and cache refills (see specialize.h for the
 * cache layouts and their guards).
 *
 * Every fast path here must give exactly what the generic operation gives
 * and run no Python code, so it only takes operands whose behaviour is
 * fixed: exact int (one digit), float, str, list, tuple and dict. Refills
 * never raise: when a fact cannot be cached safely they leave the cache
 * empty. Before the first write into a code object's cache words the code
 * object's co_code bytes are made from the untouched instructions, so
 * co_code keeps showing what the compiler emitted (CPython's co_code as
 * opposed to its _co_code_adaptive). */
#include <math.h>

#include "vm/specialize.h"

#include "compiler/unit.h"
#include "objects/bytes.h"

/* Whether the cache words of [f]'s code may be written (co_code saved). */
static bool may_write_cache(KrThread *ts, KrFrame *f)
{
    KrCode *co = f->code;
    if (co->code_bytes)
        return true;
    KrObject *exc = kri_err_fetch(ts);
    co->code_bytes = kri_bytes_new(ts, (const char *)co->code,
                                   KR_SIZE(co) * (ssize_t)sizeof(uint16_t));
    if (!co->code_bytes)
        kri_err_clear(ts);
    kri_err_restore(ts, exc);
    return co->code_bytes != NULL;
}

/* ---- globals ---- */

void kri_spec_fill_global(KrThread *ts, KrFrame *f, KrObject *name, uint16_t *c)
{
    c[0] = 0;
    if (f->globals->ob_type != &kr_dict_type || !may_write_cache(ts, f))
        return;
    ssize_t ix = kri_dict_find_str(ts, f->globals, name);
    uint32_t bv = 0;
    if (ix == -1) {
        if (f->builtins->ob_type != &kr_dict_type)
            return;
        ix = kri_dict_find_str(ts, f->builtins, name);
        if (ix < 0 || !(bv = kri_dict_keys_version(ts, f->builtins)))
            return;
    }
    uint32_t gv = kri_dict_keys_version(ts, f->globals);
    if (ix < 0 || ix >= 0xffff || !gv)
        return;
    kri_cache_set_u32(c + 1, gv);
    kri_cache_set_u32(c + 3, bv);
    c[0] = (uint16_t)(ix + 1);
}

/* ---- attributes ---- */

/* The cache [c] names the __slots__ slot at [offset] of [t]'s instances. */
static void fill_slot(KrThread *ts, KrFrame *f, KrType *t, size_t offset, uint16_t *c)
{
    uint32_t version = kri_type_version(ts, t);
    if (offset > 0xffff || !version || !may_write_cache(ts, f))
        return;
    kri_cache_set_u32(c, version);
    c[2] = (uint16_t)offset;
    c[3] = KR_SPEC_ATTR_SLOT;
}

void kri_spec_fill_attr(KrThread *ts, KrFrame *f, KrObject *owner, KrObject *name,
                        uint16_t *c)
{
    KrType *t = owner->ob_type;
    c[3] = KR_SPEC_ATTR_NONE;
    if (t->getattro != kri_object_generic_getattr || t->setattro != kri_object_generic_setattr)
        return;
    /* a data descriptor on the type (property, slot) wins over the dict */
    KrObject *descr = kri_type_lookup(ts, t, name);
    size_t offset;
    if (!ts->exc && descr && kri_member_descr_slot(descr, &offset)) {
        fill_slot(ts, f, t, offset, c);
        return;
    }
    if (ts->exc || (descr && descr->ob_type->descr_set) || t->dictoffset <= 0)
        return;
    KrObject *dict = kri_spec_instance_dict(owner);
    if (!dict || dict->ob_type != &kr_dict_type)
        return;
    ssize_t ix = kri_dict_find_str(ts, dict, name);
    uint32_t version = kri_type_version(ts, t);
    if (ix < 0 || ix > 0xffff || !version || !may_write_cache(ts, f))
        return;
    kri_cache_set_u32(c, version);
    c[2] = (uint16_t)ix;
    c[3] = KR_SPEC_ATTR_INSTANCE_DICT;
}

KrDictEntry *kri_spec_attr_other_type(KrThread *ts, KrObject *owner, KrObject *name,
                                      const uint16_t *c)
{
    KrType *t = owner->ob_type;
    if (t->getattro != kri_object_generic_getattr ||
        t->setattro != kri_object_generic_setattr || t->dictoffset <= 0)
        return NULL;
    KrDictEntry *e = kri_spec_dict_hint(kri_spec_instance_dict(owner), name, c[2]);
    if (!e)
        return NULL;
    /* a data descriptor on the type (property, slot) wins over the dict */
    KrObject *descr = kri_type_lookup(ts, t, name);
    if (ts->exc) {
        kri_err_clear(ts); /* the generic path meets it again */
        return NULL;
    }
    if (descr && descr->ob_type->descr_set)
        return NULL;
    /* the site follows the type it sees now (a site that alternates keeps
     * taking this second chance) */
    uint32_t version = kri_type_version(ts, t);
    if (version)
        kri_cache_set_u32((uint16_t *)c, version);
    return e;
}

enum { METHOD_KIND_NONE, METHOD_KIND_DESCR };

void kri_spec_fill_method(KrThread *ts, KrFrame *f, KrObject *owner, KrObject *name,
                          uint16_t *c)
{
    KrType *t = owner->ob_type;
    c[6] = METHOD_KIND_NONE;
    if (t->getattro != kri_object_generic_getattr || t->dictoffset < 0)
        return;
    KrObject *descr = kri_type_lookup(ts, t, name);
    if (ts->exc || !descr || !kr_type_has(descr->ob_type, KR_TPF_METHOD_DESCR))
        return;
    uint32_t version = kri_type_version(ts, t);
    if (!version || !may_write_cache(ts, f))
        return;
    kri_cache_set_u32(c, version);
    uintptr_t p = (uintptr_t)descr;
    for (int i = 0; i < 4; i++)
        c[2 + i] = (uint16_t)(p >> (16 * i));
    c[6] = METHOD_KIND_DESCR;
}

KrObject *kri_spec_load_method(KrThread *ts, KrObject *owner, KrObject *name,
                               const uint16_t *c)
{
    KrType *t = owner->ob_type;
    if (c[6] != METHOD_KIND_DESCR || t->version != kri_cache_u32(c))
        return NULL;
    KrObject *dict = kri_spec_instance_dict(owner);
    /* an instance attribute of that name would shadow the method */
    if (dict && (dict->ob_type != &kr_dict_type || kri_dict_find_str(ts, dict, name) != -1))
        return NULL;
    uintptr_t p = 0;
    for (int i = 0; i < 4; i++)
        p |= (uintptr_t)c[2 + i] << (16 * i);
    return (KrObject *)p;
}

/* ---- operators ---- */

/* The value of an exact int of at most two digits (below 2**60). */
static inline bool word_int(const KrObject *o, int64_t *v)
{
    if (o->ob_type != &kr_int_type)
        return false;
    ssize_t n = KR_SIZE(o);
    if (n < -2 || n > 2)
        return false;
    const KrDigit *d = kri_int_digits(o);
    int64_t m = n == 0 ? 0 : n == 1 || n == -1 ? (int64_t)d[0]
                                               : (int64_t)d[0] | (int64_t)d[1] << KR_DIGIT_BITS;
    *v = n < 0 ? -m : m;
    return true;
}

/* [a] as a double when it is an exact float or a one-digit exact int. */
static inline bool float_operand(const KrObject *o, double *v)
{
    int64_t i;
    if (o->ob_type == &kr_float_type) {
        *v = KR_FLOAT_VALUE(o);
        return true;
    }
    if (kri_int_exact_small(o, &i)) {
        *v = (double)i;
        return true;
    }
    return false;
}

/* Whether [o], an operand of an int operator, may carry a result of [n]
 * digits: it is an exact int the stack holds alone, with room for them. */
static inline bool int_reusable(KrObject *o, ssize_t n)
{
    ssize_t size = KR_SIZE(o);
    return o->ob_type == &kr_int_type && (size < 0 ? -size : size) >= n &&
           kri_spec_sole_reference(o);
}

/* An int of value [r] for a result of the operands [a] and [b] (exact
 * ints below 2**60): the small-int cache, a sole operand reused, or a new
 * int. */
KrObject *kri_spec_int_result(KrThread *ts, int64_t r, KrObject *a, KrObject *b)
{
    uint64_t mag = r < 0 ? 0 - (uint64_t)r : (uint64_t)r;
    if ((r < KR_SMALL_INT_MIN || r > KR_SMALL_INT_MAX) && mag >> (2 * KR_DIGIT_BITS) == 0) {
        ssize_t n = mag >> KR_DIGIT_BITS ? 2 : 1;
        KrObject *o = int_reusable(a, n) ? a : int_reusable(b, n) ? b : NULL;
        if (o) {
            KrDigit *d = ((KrInt *)o)->digits;
            d[0] = (KrDigit)(mag & KR_DIGIT_MASK);
            if (n == 2)
                d[1] = (KrDigit)(mag >> KR_DIGIT_BITS);
            KR_SIZE(o) = r < 0 ? -n : n;
            return kr_incref(o);
        }
    }
    return kri_int_from_i64(ts, r);
}

/* A float of value [r], reusing a sole exact-float operand when possible. */
static KrObject *float_result(KrThread *ts, double r, KrObject *a, KrObject *b)
{
    KrObject *o = a->ob_type == &kr_float_type && kri_spec_sole_reference(a) ? a
                  : b->ob_type == &kr_float_type && kri_spec_sole_reference(b) ? b : NULL;
    if (o) {
        KR_FLOAT_VALUE(o) = r;
        return kr_incref(o);
    }
    return kri_float_from_double(ts, r);
}

/* An operator on exact ints below 2**60: the result when it fits in 63
 * bits (0 otherwise: the generic path computes it). */
static int int_binop(KrThread *ts, int64_t x, int64_t y, int op, KrObject *a, KrObject *b,
                     KrObject **res)
{
    int64_t r;
    switch (op) {
    case KR_BINOP_ADD: r = x + y; break;
    case KR_BINOP_SUBTRACT: r = x - y; break;
    case KR_BINOP_MULTIPLY:
        if (__builtin_mul_overflow(x, y, &r))
            return 0;
        break;
    case KR_BINOP_AND: r = x & y; break;
    case KR_BINOP_OR: r = x | y; break;
    case KR_BINOP_XOR: r = x ^ y; break;
    case KR_BINOP_RSHIFT:
        if (y < 0)
            return 0; /* ValueError from the generic path */
        r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y; /* arithmetic: floors as Python */
        break;
    case KR_BINOP_LSHIFT:
        if (y < 0 || y >= 63 || (x < 0 ? -x : x) >> (62 - y))
            return 0;
        r = (int64_t)((uint64_t)x << y);
        break;
    case KR_BINOP_FLOOR_DIVIDE:
    case KR_BINOP_REMAINDER: {
        if (y == 0)
            return 0; /* the generic path raises ZeroDivisionError */
        int64_t q = x / y, m = x % y;
        if (m && ((m < 0) != (y < 0))) {
            q--;
            m += y;
        }
        r = op == KR_BINOP_FLOOR_DIVIDE ? q : m;
        break;
    }
    default: return 0;
    }
    *res = kri_spec_int_result(ts, r, a, b);
    return *res ? 1 : -1;
}

static int float_binop(KrThread *ts, double x, double y, int op, KrObject *a, KrObject *b,
                       KrObject **res)
{
    double r;
    switch (op) {
    case KR_BINOP_ADD: r = x + y; break;
    case KR_BINOP_SUBTRACT: r = x - y; break;
    case KR_BINOP_MULTIPLY: r = x * y; break;
    case KR_BINOP_TRUE_DIVIDE:
        if (y == 0.0)
            return 0;
        r = x / y;
        break;
    default: return 0;
    }
    *res = float_result(ts, r, a, b);
    return *res ? 1 : -1;
}

int kri_spec_binop(KrThread *ts, KrObject *a, KrObject *b, int oparg, KrObject **res)
{
    /* the in-place forms of immutable numbers are the plain operators */
    int op = oparg >= KR_BINOP_INPLACE_ADD ? oparg - KR_BINOP_INPLACE_ADD : oparg;
    int64_t x, y;
    if (word_int(a, &x) && word_int(b, &y)) {
        if (op == KR_BINOP_TRUE_DIVIDE) /* exact: both below 2**53 in magnitude */
            return y && x >> 53 == x >> 63 && y >> 53 == y >> 63
                       ? float_binop(ts, (double)x, (double)y, op, a, b, res) : 0;
        return int_binop(ts, x, y, op, a, b, res);
    }
    double fx, fy;
    if ((a->ob_type == &kr_float_type || b->ob_type == &kr_float_type) &&
        float_operand(a, &fx) && float_operand(b, &fy))
        return float_binop(ts, fx, fy, op, a, b, res);
    return 0;
}

/* A key whose hash and equality run no Python code. */
static inline bool plain_key(const KrObject *k)
{
    return k->ob_type == &kr_str_type || k->ob_type == &kr_int_type;
}

int kri_spec_subscr(KrThread *ts, KrObject *container, KrObject *sub, KrObject **res)
{
    KrType *t = container->ob_type;
    int64_t i;
    if ((t == &kr_list_type || t == &kr_tuple_type) && kri_int_exact_small(sub, &i)) {
        ssize_t n = KR_SIZE(container);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return 0; /* IndexError from the generic path */
        KrObject *item = t == &kr_list_type ? KR_LIST_ITEMS(container)[i]
                                            : KR_TUPLE_ITEMS(container)[i];
        *res = kr_incref(item);
        return 1;
    }
    if (t == &kr_dict_type && plain_key(sub)) {
        KrObject *v = kri_dict_get_borrow(ts, container, sub);
        if (!v)
            return ts->exc ? -1 : 0; /* KeyError from the generic path */
        *res = kr_incref(v);
        return 1;
    }
    return 0;
}

int kri_spec_store_subscr(KrThread *ts, KrObject *container, KrObject *sub, KrObject *v)
{
    KrType *t = container->ob_type;
    int64_t i;
    if (t == &kr_list_type && kri_int_exact_small(sub, &i)) {
        ssize_t n = KR_SIZE(container);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return 0;
        KrObject *old = KR_LIST_ITEMS(container)[i];
        KR_LIST_ITEMS(container)[i] = kr_incref(v);
        kr_decref(old);
        return 1;
    }
    if (t == &kr_dict_type)
        return kri_dict_set(ts, container, sub, v) < 0 ? -1 : 1;
    return 0;
}
