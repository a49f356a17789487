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

/* LOAD_ATTR cache (4 words): type version, instance dict index, kind. */
enum { KR_SPEC_ATTR_NONE, KR_SPEC_ATTR_INSTANCE_DICT };

/* A new reference to the attribute [name] of [owner] found through the
 * LOAD_ATTR cache [c], or NULL (no exception) when the cache does not
 * apply. */
static inline KrObject *kri_spec_load_attr(KrObject *owner, KrObject *name, const uint16_t *c)
{
    if (c[3] != KR_SPEC_ATTR_INSTANCE_DICT || owner->ob_type->version != kri_cache_u32(c))
        return NULL;
    KrDictEntry *e = kri_spec_dict_hint(kri_spec_instance_dict(owner), name, c[2]);
    return e ? kr_incref(e->value) : NULL;
}

/* STORE_ATTR through the cache [c]: stores [value] (stolen) and returns
 * true, or returns false having done nothing. */
static inline bool kri_spec_store_attr(KrObject *owner, KrObject *name, KrObject *value,
                                       const uint16_t *c)
{
    if (c[3] != KR_SPEC_ATTR_INSTANCE_DICT || owner->ob_type->version != kri_cache_u32(c))
        return false;
    KrObject *dict = kri_spec_instance_dict(owner);
    KrDictEntry *e = kri_spec_dict_hint(dict, name, c[2]);
    if (!e)
        return false;
    KrObject *old = e->value;
    e->value = value;
    ((KrDict *)dict)->version++;
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

/* Type-guarded operators: 1 with *[res] set (a new reference), 0 when the
 * operands are not the simple case (nothing done), -1 on error. */
KR_HIDDEN int kri_spec_binop(KrThread *ts, KrObject *a, KrObject *b, int oparg,
                             KrObject **res);
KR_HIDDEN int kri_spec_compare(KrThread *ts, KrObject *a, KrObject *b, int op,
                               KrObject **res);
KR_HIDDEN int kri_spec_subscr(KrThread *ts, KrObject *container, KrObject *sub,
                              KrObject **res);
/* STORE_SUBSCR for an exact list with an int index in range, or an exact
 * dict: 1 done (nothing stolen), 0 not the simple case, -1 on error. */
KR_HIDDEN int kri_spec_store_subscr(KrThread *ts, KrObject *container, KrObject *sub,
                                    KrObject *v);

#endif
