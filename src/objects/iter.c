/* Iterators over sequences: the generic one that calls __getitem__ with
 * 0, 1, 2, ... (iter() of an object with __getitem__ but no __iter__), and
 * the fast ones over lists and tuples. An exhausted iterator drops its
 * sequence and stays exhausted. All three share one layout and pickle as
 * CPython 3.11's do: (iter, (seq,), index). */
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

/* tp_new of the types Python code cannot instantiate (the slot would
 * otherwise be inherited from object). */
KrObject *kri_type_no_instances(KrThread *ts, KrType *type, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return kri_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
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

/* ---- methods shared by the three kinds ---- */

/* __length_hint__: the items left; NotImplemented for a generic
 * iterator over an object without __len__. */
static KrObject *seqiter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrSeqIter *it = (KrSeqIter *)o;
    if (!it->seq)
        return kri_int_small(0);
    if (!it->seq->ob_type->len)
        return KR_NOTIMPLEMENTED;
    ssize_t n = kri_object_len(ts, it->seq);
    if (n < 0)
        return NULL;
    return kri_int_from_ssize(ts, n > it->index ? n - it->index : 0);
}

/* (iter, (seq,), index), or (iter, (empty,)) once exhausted; [empty] is
 * what CPython puts there for the kind. */
static KrObject *seqiter_reduce_with(KrThread *ts, KrObject *o, KrObject *empty)
{
    KrSeqIter *it = (KrSeqIter *)o;
    KrObject *iter = kri_dict_get_cstr_borrow(ts, ts->interp->builtins, "iter");
    if (!iter)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_RuntimeError, "lost builtins.iter");
    if (!it->seq) {
        KrObject *args = empty ? kri_tuple_pack(ts, 1, empty) : NULL;
        KrObject *r = args ? kri_tuple_pack(ts, 2, iter, args) : NULL;
        kr_xdecref(args);
        return r;
    }
    KrObject *index = kri_int_from_ssize(ts, it->index);
    KrObject *args = index ? kri_tuple_pack(ts, 1, it->seq) : NULL;
    KrObject *r = args ? kri_tuple_pack(ts, 3, iter, args, index) : NULL;
    kr_xdecref(index);
    kr_xdecref(args);
    return r;
}

static KrObject *seqiter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    return seqiter_reduce_with(ts, o, kri_tuple_empty());
}

static KrObject *list_iter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrObject *empty = ((KrSeqIter *)o)->seq ? NULL : kri_list_new(ts, 0);
    if (!((KrSeqIter *)o)->seq && !empty)
        return NULL;
    KrObject *r = seqiter_reduce_with(ts, o, empty);
    kr_xdecref(empty);
    return r;
}

/* __setstate__(index): negative becomes 0; list and tuple iterators also
 * clamp to the length. */
static KrObject *seqiter_setstate(KrThread *ts, KrObject *o, KrObject *state)
{
    KrSeqIter *it = (KrSeqIter *)o;
    ssize_t index = kri_number_as_ssize(ts, state, NULL);
    if (index == -1 && kri_err_occurred(ts))
        return NULL;
    if (!it->seq)
        return KR_NONE;
    if (index < 0)
        index = 0;
    if (!kr_is_type(o, &kr_seqiter_type) && index > KR_SIZE(it->seq))
        index = KR_SIZE(it->seq);
    it->index = index;
    return KR_NONE;
}

#define LENGTH_HINT_DEF                                                            \
    {"__length_hint__", KR_METH(seqiter_length_hint), KR_METH_NOARGS,              \
     "Private method returning an estimate of len(list(it))."}
#define SETSTATE_DEF                                                               \
    {"__setstate__", KR_METH(seqiter_setstate), KR_METH_O,                         \
     "Set state information for unpickling."}

static const KrMethodDef seqiter_methods[] = {
    LENGTH_HINT_DEF,
    {"__reduce__", KR_METH(seqiter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    SETSTATE_DEF,
    {NULL, NULL, 0, NULL},
};

static const KrMethodDef list_iter_methods[] = {
    LENGTH_HINT_DEF,
    {"__reduce__", KR_METH(list_iter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    SETSTATE_DEF,
    {NULL, NULL, 0, NULL},
};

KrType kr_seqiter_type = {
    KR_TYPE_HEADER,
    .name = "iterator",
    .basicsize = sizeof(KrSeqIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = seqiter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = seqiter_next,
    .new_ = kri_type_no_instances,
    .methods = seqiter_methods,
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
    .new_ = kri_type_no_instances,
    .methods = list_iter_methods,
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
    .new_ = kri_type_no_instances,
    .methods = seqiter_methods,
};

KrObject *kri_list_iter(KrThread *ts, KrObject *o)
{
    return seqiter_alloc(ts, &kr_list_iter_type, o);
}

KrObject *kri_tuple_iter(KrThread *ts, KrObject *o)
{
    return seqiter_alloc(ts, &kr_tuple_iter_type, o);
}
