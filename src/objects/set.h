/* The set and frozenset types (set.c): included by types.h. */
#ifndef KRAIT_SET_H
#define KRAIT_SET_H

/* ---- set.c ---- */
KR_HIDDEN extern KrType kr_set_type, kr_frozenset_type;
KR_HIDDEN KrObject *kri_set_new(KrThread *ts, KrObject *iterable);
KR_HIDDEN KrObject *kri_frozenset_new(KrThread *ts, KrObject *iterable);
KR_HIDDEN int kri_set_add(KrThread *ts, KrObject *set, KrObject *key);
KR_HIDDEN int kri_set_contains(KrThread *ts, KrObject *set, KrObject *key);
static inline bool kr_anyset_check(const KrObject *o)
{
    return kr_isinstance(o, &kr_set_type) || kr_isinstance(o, &kr_frozenset_type);
}

#endif
