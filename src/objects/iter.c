/* Iterators over sequences: the generic one that calls __getitem__ with
 * 0, 1, 2, ... (iter() of an object with __getitem__ but no __iter__), and
 * the fast ones over lists and tuples. An exhausted iterator drops its
 * sequence and stays exhausted. */
#include "objects/objects.h"

typedef struct KrSeqIter {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq; /* owned; NULL once exhausted */
} KrSeqIter;

static KrObject *seqiter_alloc(KrThread *ts, KrType *type, KrObject *seq)
{
    KrSeqIter *it = (KrSeqIter *)kri_object_alloc(ts, type, sizeof(KrSeqIter));
    if (it)
        it->seq = kr_incref(seq);
    return KR_OBJ(it);
}

KrObject *kri_seqiter_new(KrThread *ts, KrObject *seq)
{
    return seqiter_alloc(ts, &kr_seqiter_type, seq);
}

static void seqiter_dealloc(KrObject *o)
{
    kr_xdecref(((KrSeqIter *)o)->seq);
    kri_object_free(o);
}

static KrObject *self_iter(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *seqiter_next(KrThread *ts, KrObject *o)
{
    KrSeqIter *it = (KrSeqIter *)o;
    if (!it->seq)
        return NULL;
    KrObject *r = kri_object_getitem_index(ts, it->seq, it->index);
    if (r) {
        it->index++;
        return r;
    }
    if (kri_err_matches(ts, &kr_exc_IndexError) || kri_err_matches(ts, &kr_exc_StopIteration)) {
        kri_err_clear(ts);
        KR_CLEAR(it->seq);
    }
    return NULL;
}

KrType kr_seqiter_type = {
    KR_TYPE_HEADER,
    .name = "iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = seqiter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = seqiter_next,
};

static KrObject *list_iter_next(KrThread *ts, KrObject *o)
{
    KrSeqIter *it = (KrSeqIter *)o;
    if (it->seq && it->index < KR_SIZE(it->seq))
        return kr_incref(KR_LIST_ITEMS(it->seq)[it->index++]);
    KR_CLEAR(it->seq);
    return NULL;
}

static KrObject *tuple_iter_next(KrThread *ts, KrObject *o)
{
    KrSeqIter *it = (KrSeqIter *)o;
    if (it->seq && it->index < KR_SIZE(it->seq))
        return kr_incref(KR_TUPLE_ITEMS(it->seq)[it->index++]);
    KR_CLEAR(it->seq);
    return NULL;
}

KrType kr_list_iter_type = {
    KR_TYPE_HEADER,
    .name = "list_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = seqiter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = list_iter_next,
};

KrType kr_tuple_iter_type = {
    KR_TYPE_HEADER,
    .name = "tuple_iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = seqiter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = tuple_iter_next,
};

KrObject *kri_list_iter(KrThread *ts, KrObject *o)
{
    return seqiter_alloc(ts, &kr_list_iter_type, o);
}

KrObject *kri_tuple_iter(KrThread *ts, KrObject *o)
{
    return seqiter_alloc(ts, &kr_tuple_iter_type, o);
}
