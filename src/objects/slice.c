/* Slice objects (`a[i:j:k]`, `slice(...)`) and the index arithmetic every
 * sequence shares: unpacking a slice into C integers with CPython's
 * clamping, and adjusting it to a sequence length. Slices are unhashable
 * in 3.11 and compare as the tuple (start, stop, step). */
#include "objects/objects.h"

KrObject *kri_slice_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    KrSlice *s = (KrSlice *)kri_object_alloc(ts, &kr_slice_type, sizeof(KrSlice));
    if (!s)
        return NULL;
    s->start = kr_incref(start ? start : KR_NONE);
    s->stop = kr_incref(stop ? stop : KR_NONE);
    s->step = kr_incref(step ? step : KR_NONE);
    return KR_OBJ(s);
}

int kri_slice_bound_arg(KrThread *ts, KrObject *v, ssize_t *out)
{
    if (!v || v == KR_NONE)
        return 0;
    int64_t small;
    if (kri_int_exact_small(v, &small)) { /* the common case */
        *out = (ssize_t)small;
        return 0;
    }
    if (!kri_number_has_index(v)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t x = kri_number_as_ssize(ts, v, NULL);
    if (x == -1 && kri_err_occurred(ts))
        return -1;
    *out = x;
    return 0;
}

int kri_slice_unpack(KrThread *ts, KrObject *slice, ssize_t *start, ssize_t *stop,
                     ssize_t *step)
{
    KrSlice *s = (KrSlice *)slice;
    if (s->step == KR_NONE) {
        *step = 1;
    } else {
        if (kri_slice_bound_arg(ts, s->step, step) < 0)
            return -1;
        if (*step == 0) {
            kri_err_format(ts, &kr_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -KR_SSIZE_MAX) /* so that -step cannot overflow */
            *step = -KR_SSIZE_MAX;
    }
    if (s->start == KR_NONE)
        *start = *step < 0 ? KR_SSIZE_MAX : 0;
    else if (kri_slice_bound_arg(ts, s->start, start) < 0)
        return -1;
    if (s->stop == KR_NONE)
        *stop = *step < 0 ? KR_SSIZE_MIN : KR_SSIZE_MAX;
    else if (kri_slice_bound_arg(ts, s->stop, stop) < 0)
        return -1;
    return 0;
}

ssize_t kri_slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

void kri_slice_clip(ssize_t length, ssize_t *start, ssize_t *end)
{
    if (*end > length)
        *end = length;
    else if (*end < 0 && (*end += length) < 0)
        *end = 0;
    if (*start < 0 && (*start += length) < 0)
        *start = 0;
}

int kri_slice_indices(KrThread *ts, KrObject *slice, ssize_t length, ssize_t *start,
                      ssize_t *stop, ssize_t *step, ssize_t *count)
{
    if (kri_slice_unpack(ts, slice, start, stop, step) < 0)
        return -1;
    *count = kri_slice_adjust(length, start, stop, *step);
    return 0;
}

static void slice_dealloc(KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    kr_decref(s->start);
    kr_decref(s->stop);
    kr_decref(s->step);
    kri_object_free(o);
}

static KrObject *slice_repr(KrThread *ts, KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    return kri_str_format(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static KrObject *slice_as_tuple(KrThread *ts, KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    return kri_tuple_pack(ts, 3, s->start, s->stop, s->step);
}

static KrObject *slice_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_is_type(b, &kr_slice_type))
        return KR_NOTIMPLEMENTED;
    if (a == b && (op == KR_EQ || op == KR_NE))
        return kr_bool(op == KR_EQ);
    KrObject *ta = slice_as_tuple(ts, a);
    KrObject *tb = ta ? slice_as_tuple(ts, b) : NULL;
    KrObject *r = tb ? kri_object_richcompare(ts, ta, tb, op) : NULL;
    kr_xdecref(ta);
    kr_xdecref(tb);
    return r;
}

static KrObject *slice_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    ssize_t n = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "slice() takes no keyword arguments");
        return NULL;
    }
    if (n < 1 || n > 3) {
        kri_err_format(ts, &kr_exc_TypeError,
                       n < 1 ? "slice expected at least 1 argument, got %zd"
                             : "slice expected at most 3 arguments, got %zd",
                       n);
        return NULL;
    }
    if (n == 1)
        return kri_slice_new(ts, NULL, args[0], NULL);
    return kri_slice_new(ts, args[0], args[1], n == 3 ? args[2] : NULL);
}

/* slice.indices(length): the normalized (start, stop, step) for a
 * sequence of that length. Works for any int length through the ssize_t
 * path; longer lengths raise OverflowError, as CPython's fast path does
 * not exist for them either. */
static KrObject *slice_indices_meth(KrThread *ts, KrObject *self, KrObject *arg)
{
    ssize_t length = kri_number_as_ssize(ts, arg, &kr_exc_OverflowError);
    if (length == -1 && kri_err_occurred(ts))
        return NULL;
    if (length < 0)
        return kri_err_format(ts, &kr_exc_ValueError, "length should not be negative");
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, self, length, &start, &stop, &step, &count) < 0)
        return NULL;
    (void)count;
    KrObject *a = kri_int_from_ssize(ts, start);
    KrObject *b = a ? kri_int_from_ssize(ts, stop) : NULL;
    KrObject *c = b ? kri_int_from_ssize(ts, step) : NULL;
    KrObject *r = c ? kri_tuple_pack(ts, 3, a, b, c) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(c);
    return r;
}

static KrObject *slice_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *t = slice_as_tuple(ts, self);
    KrObject *r = t ? kri_tuple_pack(ts, 2, KR_OBJ(self->ob_type), t) : NULL;
    kr_xdecref(t);
    return r;
}

static const KrMethodDef slice_methods[] = {
    {"indices", KR_METH(slice_indices_meth), KR_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, "
     "calculate the start and stop\nindices, and the stride length of the extended "
     "slice described by\nS. Out of bounds indices are clipped in a manner consistent "
     "with the\nhandling of normal slices."},
    {"__reduce__", KR_METH(slice_reduce), KR_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef slice_members[] = {
    {"start", KR_MEMBER_OBJECT, offsetof(KrSlice, start), true, NULL},
    {"stop", KR_MEMBER_OBJECT, offsetof(KrSlice, stop), true, NULL},
    {"step", KR_MEMBER_OBJECT, offsetof(KrSlice, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_slice_type = {
    KR_TYPE_HEADER,
    .name = "slice",
    .basicsize = sizeof(KrSlice),
    .flags = KR_TPF_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is "
           "used for extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = slice_richcompare,
    .getattro = kri_object_generic_getattr,
    .new_ = slice_new,
    .methods = slice_methods,
    .members = slice_members,
};
