/* The tuple type: an immutable array of references stored inline. The
 * empty tuple is an immortal static object. Methods beyond the core
 * (count, index, comparisons) live in tuple_methods.c. */
#include <stdlib.h>
#include <string.h>

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
    KrObject *t = kri_object_alloc(ts, &kr_tuple_type, sizeof(KrTuple) + (size_t)n * sizeof(KrObject *));
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

KrType kr_tuple_type = {
    KR_TYPE_HEADER,
    .name = "tuple",
    .basicsize = sizeof(KrTuple),
    .itemsize = sizeof(KrObject *),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_TUPLE_SUBCLASS | KR_TPF_IMMUTABLE |
             KR_TPF_SEQUENCE,
    .doc = "Built-in immutable sequence.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .getattro = kri_object_generic_getattr,
    .len = tuple_len,
    .contains = tuple_contains,
    .iter = kri_tuple_iter,
    .sq_like = true,
};
