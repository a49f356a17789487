/* types.GenericAlias (PEP 585: list[int]) and types.UnionType (PEP 604:
 * int | str), shared by genericalias.c and union.c, and the entry point the
 * builtin generic classes put in their method tables as __class_getitem__.
 * Both kinds of objects are immutable once made; their __parameters__
 * tuple is computed on first use and then kept. */
#ifndef KRAIT_GENERIC_H
#define KRAIT_GENERIC_H

#include "objects/objects.h"

KR_HIDDEN extern KrType kr_genericalias_type, kr_union_type;

/* ---- genericalias.c ---- */
/* types.GenericAlias([origin], [args]); [args] that is not a tuple stands
 * for a one-item tuple. */
KR_HIDDEN KrObject *kri_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args);
/* The classmethod __class_getitem__ of list, dict, tuple, ...: cls[item]
 * as a generic alias. A KR_METH_O | KR_METH_CLASS method. */
KR_HIDDEN KrObject *kri_genericalias_class_getitem(KrThread *ts, KrObject *cls,
                                                   KrObject *item);
static inline bool kri_genericalias_check(const KrObject *o)
{
    return kr_isinstance(o, &kr_genericalias_type);
}
/* Appends how a generic alias or a union shows one of its arguments [p]:
 * "..." for Ellipsis, a class as its (module-qualified) __qualname__,
 * anything else as its repr. 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_genericalias_repr_item(KrThread *ts, KrStrWriter *w,
                                                      KrObject *p);
/* The type variables among [args] (a tuple), in order, each once: the
 * arguments with __typing_subst__ and the __parameters__ of the others.
 * A new tuple. */
KR_HIDDEN KrObject *kri_genericalias_make_parameters(KrThread *ts, KrObject *args);
/* The arguments of [self] (whose __args__ are [args] and __parameters__
 * [params]) with each parameter replaced by its value in [item], the key
 * of self[item]. A new tuple. */
KR_HIDDEN KrObject *kri_genericalias_subs_parameters(KrThread *ts, KrObject *self,
                                                     KrObject *args, KrObject *params,
                                                     KrObject *item);

/* ---- union.c ---- */
/* a | b for classes, None, generic aliases and unions (the nb_or slot of
 * type, GenericAlias and UnionType); NotImplemented for anything else. */
KR_HIDDEN KrObject *kri_union_or(KrThread *ts, KrObject *a, KrObject *b);
static inline bool kri_union_check(const KrObject *o)
{
    return o->ob_type == &kr_union_type;
}
/* The __args__ tuple of union [u] (borrowed: lives as long as [u]). */
KR_HIDDEN KrObject *kri_union_args_borrow(KrObject *u);

#endif
