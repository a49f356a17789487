/* Fast paths of the eval loop and the inline caches that feed them.
 *
 * Two kinds of speed-up live here. Type-guarded fast paths (int and float
 * arithmetic, comparisons, list/tuple/dict items) need no state: they test
 * the operand types and fall back to the generic operation otherwise.
 * Cached paths (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR) keep what
 * a slow lookup found in the instruction's inline cache words, guarded by
 * a dict keys version or a type version (objects/caches.h), and check the
 * guard before each use: a failed guard only means the slow path runs and
 * refills the cache. Cache words are the code object's own, written only
 * by the thread running the code (Krait runs one thread at a time; a
 * free-threaded build must write them with relaxed atomics, one word at a
 * time, and validate a version word last). co_code stays as compiled:
 * specialize.c makes the code's co_code bytes before the first write.
 * Versions and dict layout: objects/caches.h. */
#ifndef KRAIT_VM_SPECIALIZE_H
#define KRAIT_VM_SPECIALIZE_H

#include "compiler/unit.h"
#include "objects/blocks.h"
#include "objects/caches.h"
#include "vm/frame.h"

static inline uint32_t kri_cache_u32(const uint16_t *c)
{
    return c[0] | (uint32_t)c[1] << 16;
}

static inline void kri_cache_set_u32(uint16_t *c, uint32_t v)
{
    c[0] = (uint16_t)v;
    c[1] = (uint16_t)(v >> 16);
}

/* The value of a LOAD_GLOBAL cache [c] (5 words: entry index + 1, globals
 * keys version, builtins keys version or 0 for a module global), borrowed,
 * or NULL when the cache is empty or stale. */
static inline KrObject *kri_spec_global_borrow(KrFrame *f, const uint16_t *c)
{
    if (!c[0])
        return NULL;
    uint32_t gv = kri_cache_u32(c + 1), bv = kri_cache_u32(c + 3);
    KrDictKeys *gk = ((KrDict *)f->globals)->keys;
    if (!gk || gk->version != gv)
        return NULL;
    if (!bv)
        return kri_dict_keys_entries(gk)[c[0] - 1].value;
    return kri_dict_cached_value(f->builtins, bv, c[0] - 1u);
}

/* The instance dict of [o] when its type keeps it at a fixed offset. */
static inline KrObject *kri_spec_instance_dict(KrObject *o)
{
    ssize_t off = o->ob_type->dictoffset;
    return off > 0 ? *(KrObject **)(void *)((char *)o + off) : NULL;
}

/* The entry of [name] in [dict] at the cached index [ix], or NULL. */
static inline KrDictEntry *kri_spec_dict_hint(KrObject *dict, KrObject *name, unsigned ix)
{
    if (!dict || dict->ob_type != &kr_dict_type)
        return NULL;
    KrDictKeys *k = ((KrDict *)dict)->keys;
    if (!k || (ssize_t)ix >= k->nentries)
        return NULL;
    KrDictEntry *e = &kri_dict_keys_entries(k)[ix];
    return e->key == name ? e : NULL;
}

/* LOAD_ATTR / STORE_ATTR cache (4 words): type version, instance dict
 * index or slot offset, kind. */
enum { KR_SPEC_ATTR_NONE, KR_SPEC_ATTR_INSTANCE_DICT, KR_SPEC_ATTR_SLOT };

/* The __slots__ slot of [owner] that the cache [c] names, or NULL. */
static inline KrObject **kri_spec_attr_slot(KrObject *owner, const uint16_t *c)
{
    if (c[3] != KR_SPEC_ATTR_SLOT || owner->ob_type->version != kri_cache_u32(c))
        return NULL;
    return (KrObject **)(void *)((char *)owner + c[2]);
}

/* The instance-dict entry of [name] in [owner] at the index cached in
 * [c] when [owner]'s type (not the cached one) leaves its instance dict in
 * charge of [name]: the second chance of a site that sees several types
 * sharing one attribute layout (subclasses). NULL, no exception: not so. */
KR_HIDDEN KrDictEntry *kri_spec_attr_other_type(KrThread *ts, KrObject *owner, KrObject *name,
                                                const uint16_t *c);

/* The instance-dict entry that the LOAD_ATTR / STORE_ATTR cache [c] names
 * for [owner], or NULL when the cache does not apply. */
static inline KrDictEntry *kri_spec_attr_entry(KrThread *ts, KrObject *owner, KrObject *name,
                                               const uint16_t *c)
{
    if (c[3] != KR_SPEC_ATTR_INSTANCE_DICT)
        return NULL;
    if (owner->ob_type->version != kri_cache_u32(c))
        return kri_spec_attr_other_type(ts, owner, name, c);
    return kri_spec_dict_hint(kri_spec_instance_dict(owner), name, c[2]);
}

/* A new reference to the attribute [name] of [owner] found through the
 * LOAD_ATTR cache [c], or NULL (no exception) when the cache does not
 * apply. */
static inline KrObject *kri_spec_load_attr(KrThread *ts, KrObject *owner, KrObject *name,
                                           const uint16_t *c)
{
    if (c[3] == KR_SPEC_ATTR_SLOT) {
        KrObject **slot = kri_spec_attr_slot(owner, c);
        return slot && *slot ? kr_incref(*slot) : NULL; /* empty: AttributeError */
    }
    KrDictEntry *e = kri_spec_attr_entry(ts, owner, name, c);
    return e ? kr_incref(e->value) : NULL;
}

/* STORE_ATTR through the cache [c]: stores [value] (stolen) and returns
 * true, or returns false having done nothing. */
static inline bool kri_spec_store_attr(KrThread *ts, KrObject *owner, KrObject *name,
                                       KrObject *value, const uint16_t *c)
{
    if (c[3] == KR_SPEC_ATTR_SLOT) {
        KrObject **slot = kri_spec_attr_slot(owner, c);
        if (!slot)
            return false;
        KrObject *old = *slot;
        *slot = value;
        kr_xdecref(old);
        return true;
    }
    KrDictEntry *e = kri_spec_attr_entry(ts, owner, name, c);
    if (!e)
        return false;
    KrObject *old = e->value;
    e->value = value;
    ((KrDict *)kri_spec_instance_dict(owner))->version++;
    kr_decref(old);
    return true;
}

/* LOAD_METHOD cache (10 words): type version, the method descriptor
 * (4 words, borrowed from the type's dict while the version holds), kind. */
KR_HIDDEN KrObject *kri_spec_load_method(KrThread *ts, KrObject *owner, KrObject *name,
                                         const uint16_t *c);

/* Cache refills after a slow path succeeded; they run no Python code and
 * raise nothing. */
KR_HIDDEN void kri_spec_fill_global(KrThread *ts, KrFrame *f, KrObject *name, uint16_t *c);
KR_HIDDEN void kri_spec_fill_attr(KrThread *ts, KrFrame *f, KrObject *owner, KrObject *name,
                                  uint16_t *c);
KR_HIDDEN void kri_spec_fill_method(KrThread *ts, KrFrame *f, KrObject *owner,
                                    KrObject *name, uint16_t *c);

/* ---- inline fast paths: the commonest cases, tested in the loop ---- */

/* Whether the stack's reference to [o] is its only one: the operator
 * consumes its operands, so such an operand may carry the result instead
 * of a new object being allocated while the operand is freed. */
static inline bool kri_spec_sole_reference(KrObject *o)
{
    return o->ob_ref_local == 1 && o->ob_tid == kri_tls_tid &&
           atomic_load_explicit(&o->ob_ref_shared, memory_order_relaxed) == 0;
}

/* [sub] as an index into a sequence of [n] items when it is an exact int
 * in 0 .. n - 1 (negative and other indexes take the general paths). */
static inline bool kri_spec_index(const KrObject *sub, ssize_t n, ssize_t *i)
{
    if (sub->ob_type != &kr_int_type)
        return false;
    ssize_t size = KR_SIZE(sub);
    if (size == 0) {
        *i = 0;
        return n > 0;
    }
    if (size != 1)
        return false;
    *i = (ssize_t)kri_int_digits(sub)[0];
    return *i < n;
}

/* BINARY_OP's +, - and * (plain or in place) on two exact floats: 1 with
 * *[res] set, -1 on error, the stack's references to both operands
 * consumed either way; 0 not this case (nothing done). */
static inline int kri_spec_float_op(KrThread *ts, KrObject *a, KrObject *b, int oparg,
                                    KrObject **res)
{
    if (a->ob_type != &kr_float_type || b->ob_type != &kr_float_type)
        return 0;
    double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b), r;
    switch (oparg) {
    case KR_BINOP_ADD:
    case KR_BINOP_INPLACE_ADD + KR_BINOP_ADD: r = x + y; break;
    case KR_BINOP_SUBTRACT:
    case KR_BINOP_INPLACE_ADD + KR_BINOP_SUBTRACT: r = x - y; break;
    case KR_BINOP_MULTIPLY:
    case KR_BINOP_INPLACE_ADD + KR_BINOP_MULTIPLY: r = x * y; break;
    default: return 0;
    }
    KrObject *o = kri_spec_sole_reference(a) ? a : kri_spec_sole_reference(b) ? b : NULL;
    if (o) {
        KR_FLOAT_VALUE(o) = r;
        *res = o;
        kri_float_release(ts, o == a ? b : a);
        return 1;
    }
    *res = kri_float_from_double(ts, r);
    kri_float_release(ts, a);
    kri_float_release(ts, b);
    return *res ? 1 : -1;
}

/* An int of value [r] (below 2**62 in magnitude) for a result of the
 * exact int operands [a] and [b]: the small-int cache, an operand the
 * stack holds alone reused, or a new int; NULL on error. */
KR_HIDDEN KrObject *kri_spec_int_result(KrThread *ts, int64_t r, KrObject *a, KrObject *b);

/* BINARY_OP's + and - (plain or in place) on two exact ints of at most
 * one digit: 1 with *[res] set, 0 not this case, -1 on error. */
static inline int kri_spec_int_op(KrThread *ts, KrObject *a, KrObject *b, int oparg,
                                  KrObject **res)
{
    int64_t x, y, r;
    if (!kri_int_exact_small(a, &x) || !kri_int_exact_small(b, &y))
        return 0;
    switch (oparg) {
    case KR_BINOP_ADD:
    case KR_BINOP_INPLACE_ADD + KR_BINOP_ADD: r = x + y; break;
    case KR_BINOP_SUBTRACT:
    case KR_BINOP_INPLACE_ADD + KR_BINOP_SUBTRACT: r = x - y; break;
    default: return 0;
    }
    if (r >= KR_SMALL_INT_MIN && r <= KR_SMALL_INT_MAX) {
        *res = kri_int_small((ssize_t)r);
        return 1;
    }
    *res = kri_spec_int_result(ts, r, a, b);
    return *res ? 1 : -1;
}

/* Type-guarded operators: 1 with *[res] set (a new reference), 0 when the
 * operands are not the simple case (nothing done), -1 on error. */
KR_HIDDEN int kri_spec_binop(KrThread *ts, KrObject *a, KrObject *b, int oparg,
                             KrObject **res);
KR_HIDDEN int kri_spec_subscr(KrThread *ts, KrObject *container, KrObject *sub,
                              KrObject **res);
/* STORE_SUBSCR for an exact list with an int index in range, or an exact
 * dict: 1 done (nothing stolen), 0 not the simple case, -1 on error. */
KR_HIDDEN int kri_spec_store_subscr(KrThread *ts, KrObject *container, KrObject *sub,
                                    KrObject *v);

#endif
