/* The list type's core: a growable array of references. Growth follows
 * CPython's over-allocation (new = n + n/8 + 6, rounded to 4) so that
 * sys.getsizeof agrees. Methods live in list_methods.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

KrObject *kri_list_new(KrThread *ts, ssize_t n)
{
    if (n < 0 || (size_t)n > PTRDIFF_MAX / sizeof(KrObject *))
        return kri_err_no_memory(ts);
    KrList *l = (KrList *)kri_object_alloc(ts, &kr_list_type, sizeof(KrList));
    if (!l)
        return NULL;
    if (n) {
        l->items = calloc((size_t)n, sizeof(KrObject *));
        if (!l->items) {
            kri_object_free(KR_OBJ(l));
            return kri_err_no_memory(ts);
        }
    }
    KR_SIZE(l) = n;
    l->allocated = n;
    return KR_OBJ(l);
}

/* Makes room for [newsize] items (newsize >= 0), keeping the contents. */
static int list_resize(KrThread *ts, KrList *l, ssize_t newsize)
{
    if (l->allocated >= newsize && newsize >= (l->allocated >> 1)) {
        KR_SIZE(l) = newsize;
        return 0;
    }
    size_t cap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - KR_SIZE(l) > (ssize_t)(cap - (size_t)newsize))
        cap = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        cap = 0;
    if (cap > PTRDIFF_MAX / sizeof(KrObject *)) {
        kri_err_no_memory(ts);
        return -1;
    }
    KrObject **items = realloc(l->items, cap * sizeof(KrObject *));
    if (!items && cap) {
        kri_err_no_memory(ts);
        return -1;
    }
    l->items = items;
    l->allocated = (ssize_t)cap;
    KR_SIZE(l) = newsize;
    return 0;
}

int kri_list_append_steal(KrThread *ts, KrObject *list, KrObject *item)
{
    KrList *l = (KrList *)list;
    ssize_t n = KR_SIZE(l);
    if (n < l->allocated) {
        l->items[n] = item;
        KR_SIZE(l) = n + 1;
        return 0;
    }
    if (list_resize(ts, l, n + 1) < 0) {
        kr_decref(item);
        return -1;
    }
    l->items[n] = item;
    return 0;
}

int kri_list_append(KrThread *ts, KrObject *list, KrObject *item)
{
    return kri_list_append_steal(ts, list, kr_incref(item));
}

int kri_list_extend(KrThread *ts, KrObject *list, KrObject *iterable)
{
    if (kr_list_check(iterable) || kr_tuple_check(iterable)) {
        ssize_t m = KR_SIZE(iterable);
        KrObject **src = kr_list_check(iterable) ? KR_LIST_ITEMS(iterable)
                                                 : KR_TUPLE_ITEMS(iterable);
        ssize_t n = KR_SIZE(list);
        if (list_resize(ts, (KrList *)list, n + m) < 0)
            return -1;
        /* [src] may be [list] itself: its items did not move past n */
        src = kr_list_check(iterable) ? KR_LIST_ITEMS(iterable) : src;
        for (ssize_t i = 0; i < m; i++)
            KR_LIST_ITEMS(list)[n + i] = kr_incref(src[i]);
        return 0;
    }
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it)
        return -1;
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        if (kri_list_append_steal(ts, list, item) < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

KrObject *kri_list_as_tuple(KrThread *ts, KrObject *list)
{
    return kri_tuple_from_array(ts, KR_LIST_ITEMS(list), KR_SIZE(list));
}

static void list_dealloc(KrObject *o)
{
    KrList *l = (KrList *)o;
    for (ssize_t i = KR_SIZE(l) - 1; i >= 0; i--)
        kr_xdecref(l->items[i]);
    free(l->items);
    kri_object_free(o);
}

static int list_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        int r = visit(KR_LIST_ITEMS(o)[i], arg);
        if (r)
            return r;
    }
    return 0;
}

static KrObject *list_repr(KrThread *ts, KrObject *o)
{
    if (KR_SIZE(o) == 0)
        return kri_str_from_cstr(ts, "[]");
    int rec = kri_repr_enter(ts, o);
    if (rec != 0)
        return rec < 0 ? NULL : kri_str_from_cstr(ts, "[...]");
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_strw_putc(ts, &w, '[') < 0)
        goto fail;
    /* the list may change while its items' reprs run */
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i && kri_strw_ascii(ts, &w, ", ", 2) < 0)
            goto fail;
        KrObject *item = kr_incref(KR_LIST_ITEMS(o)[i]);
        KrObject *r = kri_object_repr(ts, item);
        kr_decref(item);
        if (!r)
            goto fail;
        int e = kri_strw_str(ts, &w, r);
        kr_decref(r);
        if (e < 0)
            goto fail;
    }
    if (kri_strw_putc(ts, &w, ']') < 0)
        goto fail;
    kri_repr_leave(ts, o);
    return kri_strw_finish(ts, &w);
fail:
    kri_repr_leave(ts, o);
    kri_strw_discard(&w);
    return NULL;
}

static ssize_t list_len(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o);
}

static int list_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *x = kr_incref(KR_LIST_ITEMS(o)[i]);
        int r = kri_object_richcompare_bool(ts, x, item, KR_EQ);
        kr_decref(x);
        if (r != 0)
            return r;
    }
    return 0;
}

KrType kr_list_type = {
    KR_TYPE_HEADER,
    .name = "list",
    .basicsize = sizeof(KrList),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_LIST_SUBCLASS | KR_TPF_IMMUTABLE |
             KR_TPF_SEQUENCE,
    .doc = "Built-in mutable sequence.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .repr = list_repr,
    .hash = kri_object_hash_not_implemented,
    .getattro = kri_object_generic_getattr,
    .len = list_len,
    .contains = list_contains,
    .iter = kri_list_iter,
    .sq_like = true,
};
