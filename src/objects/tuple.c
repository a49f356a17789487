/* The tuple type: an immutable array of references stored inline, with
 * indexing, slicing, concatenation, repetition, comparison, hashing (the
 * xxHash-based scheme of CPython 3.8+, in base/hash.h) and its methods.
 * The empty exact tuple is an immortal static object; a tuple is never
 * changed after its creator filled every slot. Subclass instances carry
 * the same inline array, allocated by kri_type_generic_alloc. */
#include <stdlib.h>
#include <string.h>

#include "objects/generic.h"
#include "objects/objects.h"

static KrTuple empty_tuple = {{KR_STATIC_HEADER(&kr_tuple_type), 0}};

KrObject *kri_tuple_empty(void)
{
    return KR_OBJ(&empty_tuple);
}

KrObject *kri_tuple_new(KrThread *ts, ssize_t n)
{
    if (n == 0)
        return kri_tuple_empty();
    if (n < 0 || (size_t)n > (SIZE_MAX - sizeof(KrTuple)) / sizeof(KrObject *) / 2)
        return kri_err_no_memory(ts);
    KrObject *t = kri_object_alloc(ts, &kr_tuple_type,
                                   sizeof(KrTuple) + (size_t)n * sizeof(KrObject *));
    if (t)
        KR_SIZE(t) = n;
    return t;
}

KrObject *kri_tuple_from_array(KrThread *ts, KrObject *const *items, ssize_t n)
{
    KrObject *t = kri_tuple_new(ts, n);
    if (!t)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(t)[i] = kr_incref(items[i]);
    return t;
}

KrObject *kri_tuple_from_array_steal(KrThread *ts, KrObject **items, ssize_t n)
{
    KrObject *t = kri_tuple_new(ts, n);
    if (!t) {
        for (ssize_t i = 0; i < n; i++)
            kr_decref(items[i]);
        return NULL;
    }
    memcpy(KR_TUPLE_ITEMS(t), items, (size_t)n * sizeof(KrObject *));
    return t;
}

KrObject *kri_tuple_pack(KrThread *ts, ssize_t n, ...)
{
    KrObject *t = kri_tuple_new(ts, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(t)[i] = kr_incref(va_arg(ap, KrObject *));
    va_end(ap);
    return t;
}

KrObject *kri_tuple_slice(KrThread *ts, KrObject *t, ssize_t start, ssize_t end)
{
    if (start < 0)
        start = 0;
    if (end > KR_SIZE(t))
        end = KR_SIZE(t);
    if (start == 0 && end == KR_SIZE(t) && kr_is_type(t, &kr_tuple_type))
        return KR_NEWREF(t);
    return kri_tuple_from_array(ts, KR_TUPLE_ITEMS(t) + start, end > start ? end - start : 0);
}

static void tuple_dealloc(KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    for (ssize_t i = 0; i < n; i++)
        kr_xdecref(KR_TUPLE_ITEMS(o)[i]);
    kri_object_free(o);
}

static int tuple_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *item = KR_TUPLE_ITEMS(o)[i];
        int r = item ? visit(item, arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

static KrObject *tuple_repr(KrThread *ts, KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    if (n == 0)
        return kri_str_from_cstr(ts, "()");
    int rec = kri_repr_enter(ts, o);
    if (rec != 0)
        return rec < 0 ? NULL : kri_str_from_cstr(ts, "(...)");
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_strw_putc(ts, &w, '(') < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        if (i && kri_strw_ascii(ts, &w, ", ", 2) < 0)
            goto fail;
        KrObject *r = kri_object_repr(ts, KR_TUPLE_ITEMS(o)[i]);
        if (!r)
            goto fail;
        int e = kri_strw_str(ts, &w, r);
        kr_decref(r);
        if (e < 0)
            goto fail;
    }
    if ((n == 1 && kri_strw_putc(ts, &w, ',') < 0) || kri_strw_putc(ts, &w, ')') < 0)
        goto fail;
    kri_repr_leave(ts, o);
    return kri_strw_finish(ts, &w);
fail:
    kri_repr_leave(ts, o);
    kri_strw_discard(&w);
    return NULL;
}

static int64_t tuple_hash(KrThread *ts, KrObject *o)
{
    uint64_t acc = kri_hash_tuple_start();
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        int64_t h = kri_object_hash(ts, KR_TUPLE_ITEMS(o)[i]);
        if (h == -1)
            return -1;
        acc = kri_hash_tuple_add(acc, h);
    }
    return kri_hash_tuple_finish(acc, (size_t)KR_SIZE(o));
}

static ssize_t tuple_len(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o);
}

static int tuple_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        int r = kri_object_richcompare_bool(ts, KR_TUPLE_ITEMS(o)[i], item, KR_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

static KrObject *tuple_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    ssize_t n = KR_SIZE(o);
    if (kri_number_has_index(key)) {
        ssize_t i = kri_seq_index(ts, key, n);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
        if (i < 0 || i >= n)
            return kri_err_format(ts, &kr_exc_IndexError, "tuple index out of range");
        return kr_incref(KR_TUPLE_ITEMS(o)[i]);
    }
    if (!kr_is_type(key, &kr_slice_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "tuple indices must be integers or slices, not %s",
                              kri_type_name(key->ob_type));
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, n, &start, &stop, &step, &count) < 0)
        return NULL;
    if (step == 1)
        return kri_tuple_slice(ts, o, start, stop);
    KrObject *r = kri_tuple_new(ts, count);
    if (!r)
        return NULL;
    for (ssize_t i = 0, j = start; i < count; i++, j += step)
        KR_TUPLE_ITEMS(r)[i] = kr_incref(KR_TUPLE_ITEMS(o)[j]);
    return r;
}

static KrObject *tuple_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_tuple_check(b))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "can only concatenate tuple (not \"%s\") to tuple",
                              kri_type_name(b->ob_type));
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (nb == 0 && kr_is_type(a, &kr_tuple_type))
        return KR_NEWREF(a);
    if (na == 0 && kr_is_type(b, &kr_tuple_type))
        return KR_NEWREF(b);
    if (na > PTRDIFF_MAX / (ssize_t)sizeof(KrObject *) - nb)
        return kri_err_no_memory(ts);
    KrObject *r = kri_tuple_new(ts, na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        KR_TUPLE_ITEMS(r)[i] = kr_incref(KR_TUPLE_ITEMS(a)[i]);
    for (ssize_t i = 0; i < nb; i++)
        KR_TUPLE_ITEMS(r)[na + i] = kr_incref(KR_TUPLE_ITEMS(b)[i]);
    return r;
}

static KrObject *tuple_repeat(KrThread *ts, KrObject *a, ssize_t count)
{
    ssize_t n = KR_SIZE(a);
    if (count == 1 && kr_is_type(a, &kr_tuple_type))
        return KR_NEWREF(a);
    if (count <= 0 || n == 0)
        return kri_tuple_empty();
    if (count > PTRDIFF_MAX / (ssize_t)sizeof(KrObject *) / n)
        return kri_err_no_memory(ts);
    KrObject *r = kri_tuple_new(ts, n * count);
    if (!r)
        return NULL;
    for (ssize_t k = 0; k < count; k++)
        for (ssize_t i = 0; i < n; i++)
            KR_TUPLE_ITEMS(r)[k * n + i] = kr_incref(KR_TUPLE_ITEMS(a)[i]);
    return r;
}

static KrObject *tuple_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_tuple_check(a) || !kr_tuple_check(b))
        return KR_NOTIMPLEMENTED;
    return kri_seq_richcompare(ts, a, b, op);
}

static KrObject *tuple_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    /* a subclass with its own __init__ may take keywords */
    bool plain_init = type == &kr_tuple_type || type->init == kr_tuple_type.init;
    if (plain_init && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "tuple() takes no keyword arguments");
    if (kri_check_args(ts, "tuple", nargs, 0, 1, NULL) < 0)
        return NULL;
    KrObject *base = nargs ? kri_sequence_tuple(ts, args[0]) : kri_tuple_empty();
    if (!base || type == &kr_tuple_type)
        return base;
    ssize_t n = KR_SIZE(base);
    KrObject *r = kri_type_generic_alloc(ts, type, n);
    if (r)
        for (ssize_t i = 0; i < n; i++)
            KR_TUPLE_ITEMS(r)[i] = kr_incref(KR_TUPLE_ITEMS(base)[i]);
    kr_decref(base);
    return r;
}

static KrObject *tuple_count(KrThread *ts, KrObject *self, KrObject *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        int eq = kri_object_richcompare_bool(ts, KR_TUPLE_ITEMS(self)[i], value, KR_EQ);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return kri_int_from_ssize(ts, count);
}

static KrObject *tuple_index(KrThread *ts, KrObject *self, KrObject *const *args,
                             ssize_t nargs)
{
    ssize_t start, stop;
    if (kri_check_args(ts, "index", nargs, 1, 3, NULL) < 0 ||
        kri_seq_index_bounds(ts, args, nargs, KR_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        int eq = kri_object_richcompare_bool(ts, KR_TUPLE_ITEMS(self)[i], args[0], KR_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return kri_int_from_ssize(ts, i);
    }
    return kri_err_format(ts, &kr_exc_ValueError, "tuple.index(x): x not in tuple");
}

static KrObject *tuple_getnewargs(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *copy = kri_tuple_slice(ts, self, 0, KR_SIZE(self));
    return copy ? kri_tuple_from_array_steal(ts, &copy, 1) : NULL;
}

static KrObject *tuple_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrType *t = self->ob_type;
    return kri_int_from_ssize(ts, t->basicsize + KR_SIZE(self) * t->itemsize);
}

static const KrMethodDef tuple_methods[] = {
    {"__getnewargs__", KR_METH(tuple_getnewargs), KR_METH_NOARGS, NULL},
    {"__sizeof__", KR_METH(tuple_sizeof), KR_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"index", KR_METH(tuple_index), KR_METH_FAST, "Return first index of value."},
    {"count", KR_METH(tuple_count), KR_METH_O, "Return number of occurrences of value."},
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

KrType kr_tuple_type = {
    KR_TYPE_HEADER,
    .name = "tuple",
    .basicsize = sizeof(KrTuple),
    .itemsize = sizeof(KrObject *),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_TUPLE_SUBCLASS | KR_TPF_IMMUTABLE |
             KR_TPF_SEQUENCE,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .new_ = tuple_tp_new,
    .richcompare = tuple_richcompare,
    .getitem = tuple_subscript,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .methods = tuple_methods,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .getattro = kri_object_generic_getattr,
    .len = tuple_len,
    .contains = tuple_contains,
    .iter = kri_tuple_iter,
    .sq_like = true,
};
