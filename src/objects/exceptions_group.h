/* Exception groups (PEP 654, exceptions_group.c): what the rest of the
 * runtime needs of them -- the VM's except* (vm/except_star.c) and the
 * traceback printer (vm/tb_print.c). The layout is KrExceptionGroup of
 * exceptions.h: [msg] a str, [excs] a non-empty tuple of exceptions, both
 * fixed once the group is made. */
#ifndef KRAIT_EXCEPTIONS_GROUP_H
#define KRAIT_EXCEPTIONS_GROUP_H

#include "objects/objects.h"

/* Gives BaseExceptionGroup its slots and methods, readies both group types
 * and makes ExceptionGroup derive from Exception as well. Must run inside
 * kri_exceptions_init after the exception types are linked to their bases
 * and before they are readied. */
KR_HIDDEN int kri_exceptions_group_init(KrThread *ts);

static inline bool kr_exc_group_check(const KrObject *o)
{
    return kr_isinstance(o, &kr_exc_BaseExceptionGroup);
}

/* BaseExceptionGroup([msg], [excs]): an ExceptionGroup when every item of
 * [excs] is an Exception. */
KR_HIDDEN KrObject *kri_exceptions_group_create(KrThread *ts, KrObject *msg, KrObject *excs);

/* The part of group [eg] whose leaves are leaves of the exceptions listed
 * in [keep] (a list; None items are skipped), with [eg]'s nesting and
 * metadata; None when nothing is kept. */
KR_HIDDEN KrObject *kri_exceptions_group_project(KrThread *ts, KrObject *eg, KrObject *keep);

#endif
