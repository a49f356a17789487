/* The list type's core: a growable array of references, indexing and
 * slicing (get, set, delete, extended slices), concatenation, repetition,
 * comparison and construction. Growth follows CPython's over-allocation
 * (new = n + n/8 + 6, rounded to 4) so that sys.getsizeof agrees.
 * Invariants: items[0..size) are owned non-NULL references (outside the
 * brief windows where a caller fills a fresh list); allocated >= size,
 * except while list.sort runs, when the list is emptied and allocated is -1
 * so any mutation is detected. Item comparisons and decrefs run Python
 * code: items are held with a reference across them and decrefs happen
 * after the list is consistent again. Methods live in list_methods.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

KrObject *kri_list_new(KrThread *ts, ssize_t n)
{
    if (n < 0 || (size_t)n > KR_MAX_ALLOC_BYTES / sizeof(KrObject *))
        return kri_err_no_memory(ts);
    KrList *l = (KrList *)kri_object_alloc(ts, &kr_list_type, sizeof(KrList));
    if (!l)
        return NULL;
    if (n) {
        l->items = kri_block_alloc(ts, (size_t)n * sizeof(KrObject *));
        if (!l->items) {
            kri_object_free(KR_OBJ(l));
            return kri_err_no_memory(ts);
        }
    }
    KR_SIZE(l) = n;
    l->allocated = n;
    return KR_OBJ(l);
}

int kri_list_resize(KrThread *ts, KrObject *list, ssize_t newsize)
{
    KrList *l = (KrList *)list;
    if (l->allocated >= newsize && newsize >= (l->allocated >> 1)) {
        KR_SIZE(l) = newsize;
        return 0;
    }
    size_t cap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - KR_SIZE(l) > (ssize_t)(cap - (size_t)newsize))
        cap = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        cap = 0;
    if (cap > KR_MAX_ALLOC_BYTES / sizeof(KrObject *)) {
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
    if (kri_list_resize(ts, list, n + 1) < 0) {
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

/* Capacity for exactly [n] items (rounded up to even) in an empty list,
 * as list(x) and a first extend do: sizes then match CPython's. */
static int preallocate_exact(KrThread *ts, KrList *l, ssize_t n)
{
    size_t cap = ((size_t)n + 1) & ~(size_t)1;
    if (cap > KR_MAX_ALLOC_BYTES / sizeof(KrObject *)) {
        kri_err_no_memory(ts);
        return -1;
    }
    KrObject **items = malloc(cap * sizeof(KrObject *));
    if (!items) {
        kri_err_no_memory(ts);
        return -1;
    }
    l->items = items;
    l->allocated = (ssize_t)cap;
    return 0;
}

static int extend_from_iterator(KrThread *ts, KrObject *list, KrObject *iterable)
{
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it)
        return -1;
    /* the hint sizes the list; a user's __length_hint__ runs (and its
     * errors propagate) as in CPython */
    ssize_t hint = kri_object_length_hint(ts, iterable, 8);
    ssize_t n = KR_SIZE(list);
    bool empty = !((KrList *)list)->items;
    if ((hint < 0 && kri_err_occurred(ts)) ||
        (hint > 0 && hint <= PTRDIFF_MAX / 16 - n &&
         (empty ? preallocate_exact(ts, (KrList *)list, hint)
                : kri_list_resize(ts, list, n + hint)) < 0)) {
        kr_decref(it);
        return -1;
    }
    KR_SIZE(list) = n;
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        if (kri_list_append_steal(ts, list, item) < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    if (kri_err_occurred(ts))
        return -1;
    /* cut the guess back (kept when at least half is used) */
    return kri_list_resize(ts, list, KR_SIZE(list));
}

int kri_list_extend(KrThread *ts, KrObject *list, KrObject *iterable)
{
    if (!kr_list_check(iterable) && !kr_tuple_check(iterable))
        return extend_from_iterator(ts, list, iterable);
    ssize_t m = KR_SIZE(iterable);
    ssize_t n = KR_SIZE(list);
    if (m == 0)
        return 0;
    KrList *l = (KrList *)list;
    if (!l->items) {
        if (preallocate_exact(ts, l, m) < 0)
            return -1;
        KR_SIZE(l) = m;
    } else if (kri_list_resize(ts, list, n + m) < 0) {
        return -1;
    }
    /* read the source after resizing: it may be [list] itself, whose
     * first n items did not move */
    KrObject **src = kr_list_check(iterable) ? KR_LIST_ITEMS(iterable) : KR_TUPLE_ITEMS(iterable);
    for (ssize_t i = 0; i < m; i++)
        KR_LIST_ITEMS(list)[n + i] = kr_incref(src[i]);
    return 0;
}

KrObject *kri_list_as_tuple(KrThread *ts, KrObject *list)
{
    return kri_tuple_from_array(ts, KR_LIST_ITEMS(list), KR_SIZE(list));
}

/* Empties [list]; the items are released after the list is consistent,
 * since their finalizers may look at it. */
void kri_list_clear(KrObject *list)
{
    KrList *l = (KrList *)list;
    KrObject **items = l->items;
    ssize_t n = KR_SIZE(l);
    if (!items)
        return; /* nothing to do; and list.sort's emptied list stays marked */
    l->items = NULL;
    KR_SIZE(l) = 0;
    l->allocated = 0;
    for (ssize_t i = n - 1; i >= 0; i--)
        kr_xdecref(items[i]);
    free(items);
}

static void list_dealloc(KrObject *o)
{
    KrList *l = (KrList *)o;
    for (ssize_t i = KR_SIZE(l) - 1; i >= 0; i--)
        kr_xdecref(l->items[i]);
    kri_block_free(l->items);
    kri_object_free(o);
}

static int list_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        int r = KR_LIST_ITEMS(o)[i] ? visit(KR_LIST_ITEMS(o)[i], arg) : 0;
        if (r)
            return r;
    }
    return 0;
}

/* The collector's clear slot: drops every item, breaking cycles. */
static int list_clear_slot(KrThread *ts, KrObject *o)
{
    kri_list_clear(o);
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

/* ---- indexing and slicing ---- */

ssize_t kri_seq_index(KrThread *ts, KrObject *o, ssize_t len)
{
    ssize_t i = kri_number_as_ssize(ts, o, &kr_exc_IndexError);
    if (i == -1 && kri_err_occurred(ts))
        return -1;
    return i < 0 ? i + len : i;
}

static KrObject *list_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    ssize_t n = KR_SIZE(o);
    if (kri_number_has_index(key)) {
        ssize_t i = kri_seq_index(ts, key, n);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
        if (i < 0 || i >= n)
            return kri_err_format(ts, &kr_exc_IndexError, "list index out of range");
        return kr_incref(KR_LIST_ITEMS(o)[i]);
    }
    if (!kr_is_type(key, &kr_slice_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "list indices must be integers or slices, not %s",
                              kri_type_name(key->ob_type));
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, n, &start, &stop, &step, &count) < 0)
        return NULL;
    KrObject *r = kri_list_new(ts, count);
    if (!r)
        return NULL;
    for (ssize_t i = 0, j = start; i < count; i++, j += step)
        KR_LIST_ITEMS(r)[i] = kr_incref(KR_LIST_ITEMS(o)[j]);
    return r;
}

/* [v] as a list or tuple (a new reference) for slice assignment; NULL
 * on error, with TypeError [msg] when [v] is not iterable. */
static KrObject *fast_sequence(KrThread *ts, KrObject *v, const char *msg)
{
    if (kr_list_check(v) || kr_tuple_check(v))
        return KR_NEWREF(v);
    KrObject *it = kri_object_iter(ts, v);
    if (!it) {
        if (kri_err_matches(ts, &kr_exc_TypeError)) {
            kri_err_clear(ts);
            kri_err_set(ts, &kr_exc_TypeError, msg);
        }
        return NULL;
    }
    KrObject *l = kri_list_new(ts, 0);
    if (l && kri_list_extend(ts, l, it) < 0)
        KR_CLEAR(l);
    kr_decref(it);
    return l;
}

static KrObject **seq_items(KrObject *s)
{
    return kr_list_check(s) ? KR_LIST_ITEMS(s) : KR_TUPLE_ITEMS(s);
}

/* a[lo:hi] = v (v NULL: delete), the step-1 case. The bounds are clipped
 * after [v] is read, since reading it may run code that resizes [a]. */
static int list_assign_slice(KrThread *ts, KrObject *a, ssize_t lo, ssize_t hi, KrObject *v)
{
    KrObject *seq = NULL;
    ssize_t m = 0;
    if (v) {
        /* a copy first: v may be a itself */
        seq = v == a ? kri_list_as_tuple(ts, a)
                     : fast_sequence(ts, v, "can only assign an iterable");
        if (!seq)
            return -1;
        m = KR_SIZE(seq);
    }
    ssize_t n = KR_SIZE(a);
    lo = lo < 0 ? 0 : lo > n ? n : lo;
    hi = hi < lo ? lo : hi > n ? n : hi;
    ssize_t old = hi - lo, delta = m - old;
    KrObject *small[16]; /* most replaced runs are short: no malloc */
    KrObject **recycle = old <= 16 ? small : NULL;
    if (old > 16) {
        recycle = malloc((size_t)old * sizeof(KrObject *));
        if (!recycle) {
            kr_xdecref(seq);
            kri_err_no_memory(ts);
            return -1;
        }
    }
    if (old)
        memcpy(recycle, KR_LIST_ITEMS(a) + lo, (size_t)old * sizeof(KrObject *));
    if (delta < 0) {
        memmove(KR_LIST_ITEMS(a) + hi + delta, KR_LIST_ITEMS(a) + hi,
                (size_t)(n - hi) * sizeof(KrObject *));
        if (kri_list_resize(ts, a, n + delta) < 0)
            KR_SIZE(a) = n + delta; /* shrinking cannot lose items */
        kri_err_clear(ts);
    } else if (delta > 0) {
        if (kri_list_resize(ts, a, n + delta) < 0) {
            if (recycle != small)
                free(recycle);
            kr_xdecref(seq);
            return -1;
        }
        memmove(KR_LIST_ITEMS(a) + hi + delta, KR_LIST_ITEMS(a) + hi,
                (size_t)(n - hi) * sizeof(KrObject *));
    }
    for (ssize_t i = 0; i < m; i++)
        KR_LIST_ITEMS(a)[lo + i] = kr_incref(seq_items(seq)[i]);
    for (ssize_t i = old - 1; i >= 0; i--)
        kr_decref(recycle[i]);
    if (recycle != small)
        free(recycle);
    kr_xdecref(seq);
    return 0;
}

/* del a[start::step] for [count] items, step != 1. */
static void list_delete_extended(KrObject *a, ssize_t start, ssize_t step, ssize_t count,
                                 KrObject **garbage)
{
    if (step < 0) {
        start = start + step * (count - 1);
        step = -step;
    }
    KrObject **items = KR_LIST_ITEMS(a);
    ssize_t n = KR_SIZE(a), dst = start, k = 0;
    for (ssize_t src = start; src < n; src++) {
        if (k < count && src == start + k * step)
            garbage[k++] = items[src];
        else
            items[dst++] = items[src];
    }
    KR_SIZE(a) = n - count;
}

/* a[key] = v for an extended slice [key] (v NULL: delete). The indexes
 * are computed again once [v] is read, in case that resized [a]. */
static int list_assign_extended(KrThread *ts, KrObject *a, KrObject *key, KrObject *v)
{
    KrObject *seq = NULL;
    if (v) {
        seq = v == a ? kri_list_as_tuple(ts, a)
                     : fast_sequence(ts, v, "must assign iterable to extended slice");
        if (!seq)
            return -1;
    }
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, KR_SIZE(a), &start, &stop, &step, &count) < 0) {
        kr_xdecref(seq);
        return -1;
    }
    if (seq && KR_SIZE(seq) != count) {
        kri_err_format(ts, &kr_exc_ValueError, "attempt to assign sequence of size %zd "
                       "to extended slice of size %zd", KR_SIZE(seq), count);
        kr_decref(seq);
        return -1;
    }
    if (count <= 0) {
        kr_xdecref(seq);
        return 0;
    }
    KrObject **garbage = malloc((size_t)count * sizeof(KrObject *));
    if (!garbage) {
        kr_xdecref(seq);
        kri_err_no_memory(ts);
        return -1;
    }
    if (!v) {
        list_delete_extended(a, start, step, count, garbage);
        KrList *l = (KrList *)a;
        if (KR_SIZE(a) < (l->allocated >> 1) && kri_list_resize(ts, a, KR_SIZE(a)) < 0)
            kri_err_clear(ts); /* keeping the larger buffer is harmless */
    } else {
        for (ssize_t i = 0, j = start; i < count; i++, j += step) {
            garbage[i] = KR_LIST_ITEMS(a)[j];
            KR_LIST_ITEMS(a)[j] = kr_incref(seq_items(seq)[i]);
        }
    }
    for (ssize_t i = 0; i < count; i++)
        kr_decref(garbage[i]);
    free(garbage);
    kr_xdecref(seq);
    return 0;
}

static int list_ass_subscript(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    ssize_t n = KR_SIZE(o);
    if (kri_number_has_index(key)) {
        ssize_t i = kri_seq_index(ts, key, n);
        if (i == -1 && kri_err_occurred(ts))
            return -1;
        if (i < 0 || i >= n) {
            kri_err_set(ts, &kr_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (!value)
            return list_assign_slice(ts, o, i, i + 1, NULL);
        KrObject *old = KR_LIST_ITEMS(o)[i];
        KR_LIST_ITEMS(o)[i] = kr_incref(value);
        kr_decref(old);
        return 0;
    }
    if (!kr_is_type(key, &kr_slice_type)) {
        kri_err_format(ts, &kr_exc_TypeError, "list indices must be integers or slices, not %s",
                       kri_type_name(key->ob_type));
        return -1;
    }
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, n, &start, &stop, &step, &count) < 0)
        return -1;
    if (step == 1)
        return list_assign_slice(ts, o, start, stop, value);
    return list_assign_extended(ts, o, key, value);
}

/* ---- operators ---- */

static KrObject *list_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_list_check(b))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "can only concatenate list (not \"%s\") to list",
                              kri_type_name(b->ob_type));
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (na > PTRDIFF_MAX / (ssize_t)sizeof(KrObject *) - nb)
        return kri_err_no_memory(ts);
    KrObject *r = kri_list_new(ts, na + nb);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < na; i++)
        KR_LIST_ITEMS(r)[i] = kr_incref(KR_LIST_ITEMS(a)[i]);
    for (ssize_t i = 0; i < nb; i++)
        KR_LIST_ITEMS(r)[na + i] = kr_incref(KR_LIST_ITEMS(b)[i]);
    return r;
}

static KrObject *list_inplace_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    if (kri_list_extend(ts, a, b) < 0)
        return NULL;
    return KR_NEWREF(a);
}

static KrObject *list_repeat(KrThread *ts, KrObject *a, ssize_t count)
{
    ssize_t n = KR_SIZE(a);
    if (count <= 0 || n == 0)
        return kri_list_new(ts, 0);
    if (count > PTRDIFF_MAX / (ssize_t)sizeof(KrObject *) / n)
        return kri_err_no_memory(ts);
    KrObject *r = kri_list_new(ts, n * count);
    if (!r)
        return NULL;
    for (ssize_t k = 0; k < count; k++)
        for (ssize_t i = 0; i < n; i++)
            KR_LIST_ITEMS(r)[k * n + i] = kr_incref(KR_LIST_ITEMS(a)[i]);
    return r;
}

static KrObject *list_inplace_repeat(KrThread *ts, KrObject *a, ssize_t count)
{
    ssize_t n = KR_SIZE(a);
    if (count <= 0 || n == 0) {
        kri_list_clear(a);
        return KR_NEWREF(a);
    }
    if (count > PTRDIFF_MAX / (ssize_t)sizeof(KrObject *) / n)
        return kri_err_no_memory(ts);
    if (kri_list_resize(ts, a, n * count) < 0)
        return NULL;
    for (ssize_t k = 1; k < count; k++)
        for (ssize_t i = 0; i < n; i++)
            KR_LIST_ITEMS(a)[k * n + i] = kr_incref(KR_LIST_ITEMS(a)[i]);
    return KR_NEWREF(a);
}

static KrObject *size_compare(ssize_t na, ssize_t nb, int op)
{
    return kr_bool(kr_compare_holds((na > nb) - (na < nb), op));
}

/* Lexicographic order: the first pair of items that are not equal decides,
 * else the lengths do. Sizes and items are re-read after every comparison
 * because Python code in __eq__ may shrink a list. */
KrObject *kri_seq_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (KR_SIZE(a) != KR_SIZE(b) && (op == KR_EQ || op == KR_NE))
        return kr_bool(op == KR_NE);
    for (ssize_t i = 0; i < KR_SIZE(a) && i < KR_SIZE(b); i++) {
        KrObject *x = kr_incref(seq_items(a)[i]), *y = kr_incref(seq_items(b)[i]);
        int eq = kri_object_richcompare_bool(ts, x, y, KR_EQ);
        KrObject *r = NULL;
        if (eq == 0)
            r = op == KR_EQ ? KR_FALSE : op == KR_NE ? KR_TRUE
                                                     : kri_object_richcompare(ts, x, y, op);
        kr_decref(x);
        kr_decref(y);
        if (eq <= 0)
            return r;
    }
    return size_compare(KR_SIZE(a), KR_SIZE(b), op);
}

static KrObject *list_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_list_check(a) || !kr_list_check(b))
        return KR_NOTIMPLEMENTED;
    return kri_seq_richcompare(ts, a, b, op);
}

/* ---- construction ---- */

static KrObject *list_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    return kri_type_generic_alloc(ts, type, 0);
}

static int list_tp_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_set(ts, &kr_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (kri_check_args(ts, "list", nargs, 0, 1, NULL) < 0)
        return -1;
    if (KR_SIZE(self))
        kri_list_clear(self);
    return nargs ? kri_list_extend(ts, self, args[0]) : 0;
}

KrType kr_list_type = {
    KR_TYPE_HEADER,
    .name = "list",
    .basicsize = sizeof(KrList),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_LIST_SUBCLASS | KR_TPF_IMMUTABLE |
             KR_TPF_SEQUENCE,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_tp_new,
    .init = list_tp_init,
    .repr = list_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = list_richcompare,
    .getattro = kri_object_generic_getattr,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
    .iter = kri_list_iter,
    .sq_like = true,
    .methods = kri_list_methods,
};
