/* The list type's methods (append ... sort, __reversed__, __sizeof__) and
 * its reverse iterator. Methods that compare items hold references to
 * them across the comparison and re-read the list's size afterwards,
 * because Python code in __eq__ or __lt__ may mutate the list. list.sort
 * empties the list while it runs (allocated = -1), as CPython does, and
 * reports "list modified during sort" when anything touched it. */
#include <stdlib.h>
#include <string.h>

#include "base/sort.h"
#include "objects/generic.h"
#include "objects/objects.h"

/* A Py_ssize_t argument as CPython's argument clinic converts it. */
static int ssize_arg(KrThread *ts, KrObject *o, ssize_t *out)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return -1;
    *out = kri_int_as_ssize(ts, i);
    kr_decref(i);
    return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
}

/* A slice index argument (start/stop of index()): clamps huge values. */
static int slice_index_arg(KrThread *ts, KrObject *o, ssize_t *out)
{
    if (!kri_number_has_index(o)) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "slice indices must be integers or have an __index__ method");
        return -1;
    }
    *out = kri_number_as_ssize(ts, o, NULL);
    return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
}

int kri_seq_index_bounds(KrThread *ts, KrObject *const *args, ssize_t nargs, ssize_t len,
                         ssize_t *start, ssize_t *stop)
{
    *start = 0;
    *stop = PTRDIFF_MAX;
    if ((nargs > 1 && slice_index_arg(ts, args[1], start) < 0) ||
        (nargs > 2 && slice_index_arg(ts, args[2], stop) < 0))
        return -1;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    if (*stop < 0 && (*stop += len) < 0)
        *stop = 0;
    return 0;
}

static KrObject *list_append(KrThread *ts, KrObject *self, KrObject *item)
{
    return kri_list_append(ts, self, item) < 0 ? NULL : KR_NONE;
}

static KrObject *list_clear_meth(KrThread *ts, KrObject *self, KrObject *unused)
{
    kri_list_clear(self);
    return KR_NONE;
}

static KrObject *list_copy(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *r = kri_list_new(ts, KR_SIZE(self));
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < KR_SIZE(self); i++)
        KR_LIST_ITEMS(r)[i] = kr_incref(KR_LIST_ITEMS(self)[i]);
    return r;
}

static KrObject *list_count(KrThread *ts, KrObject *self, KrObject *value)
{
    ssize_t count = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *x = kr_incref(KR_LIST_ITEMS(self)[i]);
        int eq = kri_object_richcompare_bool(ts, x, value, KR_EQ);
        kr_decref(x);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return kri_int_from_ssize(ts, count);
}

static KrObject *list_extend_meth(KrThread *ts, KrObject *self, KrObject *iterable)
{
    return kri_list_extend(ts, self, iterable) < 0 ? NULL : KR_NONE;
}

static KrObject *list_index(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "index", nargs, 1, 3, NULL) < 0)
        return NULL;
    ssize_t start, stop;
    if (kri_seq_index_bounds(ts, args, nargs, KR_SIZE(self), &start, &stop) < 0)
        return NULL;
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        KrObject *x = kr_incref(KR_LIST_ITEMS(self)[i]);
        int eq = kri_object_richcompare_bool(ts, x, args[0], KR_EQ);
        kr_decref(x);
        if (eq < 0)
            return NULL;
        if (eq)
            return kri_int_from_ssize(ts, i);
    }
    return kri_err_format(ts, &kr_exc_ValueError, "%R is not in list", args[0]);
}

static KrObject *list_insert(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t where;
    if (kri_check_args(ts, "insert", nargs, 2, 2, NULL) < 0 || ssize_arg(ts, args[0], &where) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self);
    if (where < 0 && (where += n) < 0)
        where = 0;
    if (where > n)
        where = n;
    if (kri_list_resize(ts, self, n + 1) < 0)
        return NULL;
    KrObject **items = KR_LIST_ITEMS(self);
    memmove(items + where + 1, items + where, (size_t)(n - where) * sizeof(KrObject *));
    items[where] = kr_incref(args[1]);
    return KR_NONE;
}

static KrObject *list_pop(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t i = -1;
    if (kri_check_args(ts, "pop", nargs, 0, 1, NULL) < 0 ||
        (nargs && ssize_arg(ts, args[0], &i) < 0))
        return NULL;
    ssize_t n = KR_SIZE(self);
    if (n == 0)
        return kri_err_format(ts, &kr_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return kri_err_format(ts, &kr_exc_IndexError, "pop index out of range");
    KrObject **items = KR_LIST_ITEMS(self);
    KrObject *item = items[i];
    memmove(items + i, items + i + 1, (size_t)(n - i - 1) * sizeof(KrObject *));
    if (kri_list_resize(ts, self, n - 1) < 0) {
        KR_SIZE(self) = n - 1; /* shrinking in place is always possible */
        kri_err_clear(ts);
    }
    return item;
}

static KrObject *list_remove(KrThread *ts, KrObject *self, KrObject *value)
{
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *x = kr_incref(KR_LIST_ITEMS(self)[i]);
        int eq = kri_object_richcompare_bool(ts, x, value, KR_EQ);
        kr_decref(x);
        if (eq < 0)
            return NULL;
        if (eq && i < KR_SIZE(self)) {
            KrObject *idx = kri_int_from_ssize(ts, i);
            int r = idx ? kri_object_delitem(ts, self, idx) : -1;
            kr_xdecref(idx);
            return r < 0 ? NULL : KR_NONE;
        }
    }
    return kri_err_format(ts, &kr_exc_ValueError, "list.remove(x): x not in list");
}

static void reverse_array(void **items, ssize_t n)
{
    for (ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        void *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static KrObject *list_reverse(KrThread *ts, KrObject *self, KrObject *unused)
{
    reverse_array((void **)KR_LIST_ITEMS(self), KR_SIZE(self));
    return KR_NONE;
}

/* ---- sort ---- */

static int sort_less(void *ctx, void *a, void *b)
{
    return kri_object_richcompare_bool((KrThread *)ctx, (KrObject *)a, (KrObject *)b, KR_LT);
}

/* The key of every item in *[keysp] (malloc'd); -1 on error. */
static int compute_keys(KrThread *ts, KrObject *key, KrObject **items, ssize_t n,
                        KrObject ***keysp)
{
    KrObject **keys = malloc((size_t)(n ? n : 1) * sizeof(KrObject *));
    if (!keys) {
        kri_err_no_memory(ts);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        keys[i] = kri_call1(ts, key, items[i]);
        if (!keys[i]) {
            while (i-- > 0)
                kr_decref(keys[i]);
            free(keys);
            return -1;
        }
    }
    *keysp = keys;
    return 0;
}

int kri_list_sort(KrThread *ts, KrObject *list, KrObject *key, bool reverse)
{
    KrList *l = (KrList *)list;
    KrObject **items = l->items;
    ssize_t n = KR_SIZE(l), allocated = l->allocated;
    l->items = NULL;
    KR_SIZE(l) = 0;
    l->allocated = -1;
    KrObject **keys = NULL;
    int r = -1;
    if (key && key != KR_NONE && compute_keys(ts, key, items, n, &keys) < 0)
        goto restore;
    if (reverse) {
        reverse_array((void **)items, n);
        if (keys)
            reverse_array((void **)keys, n);
    }
    r = keys ? kri_sort_with_values((void **)keys, (void **)items, (size_t)n, sort_less, ts)
             : kri_sort((void **)items, (size_t)n, sort_less, ts);
    if (r == -2)
        kri_err_no_memory(ts);
    if (reverse)
        reverse_array((void **)items, n);
    if (keys) {
        for (ssize_t i = 0; i < n; i++)
            kr_decref(keys[i]);
        free(keys);
    }
restore:;
    bool modified = l->allocated != -1;
    KrObject **final = l->items;
    ssize_t nfinal = KR_SIZE(l);
    l->items = items;
    KR_SIZE(l) = n;
    l->allocated = allocated;
    for (ssize_t i = nfinal - 1; i >= 0; i--)
        kr_decref(final[i]);
    free(final);
    if (modified && r == 0) {
        kri_err_set(ts, &kr_exc_ValueError, "list modified during sort");
        r = -1;
    }
    return r == 0 ? 0 : -1;
}

static KrObject *list_sort(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    if (KR_NARGS(nargsf))
        return kri_err_format(ts, &kr_exc_TypeError, "sort() takes no positional arguments");
    KrObject *key = NULL;
    ssize_t reverse = 0;
    for (ssize_t i = 0; kwnames && i < KR_SIZE(kwnames); i++) {
        KrObject *name = KR_TUPLE_ITEMS(kwnames)[i], *value = args[i];
        if (kri_str_eq_cstr(name, "key")) {
            key = value;
        } else if (kri_str_eq_cstr(name, "reverse")) {
            if (ssize_arg(ts, value, &reverse) < 0)
                return NULL;
        } else {
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    return kri_list_sort(ts, self, key, reverse != 0) < 0 ? NULL : KR_NONE;
}

/* ---- the reverse iterator ---- */

typedef struct KrListRevIter {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq; /* owned; NULL once exhausted */
} KrListRevIter;

static KrObject *list_reversed(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrListRevIter *it = (KrListRevIter *)kri_object_alloc(ts, &kr_list_reviter_type,
                                                          sizeof(KrListRevIter));
    if (!it)
        return NULL;
    it->index = KR_SIZE(self) - 1;
    it->seq = kr_incref(self);
    return KR_OBJ(it);
}

static KrObject *list_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrList *l = (KrList *)self;
    size_t size = (size_t)self->ob_type->basicsize +
                  (size_t)(l->allocated > 0 ? l->allocated : 0) * sizeof(KrObject *);
    return kri_int_from_ssize(ts, (ssize_t)size);
}

static void reviter_dealloc(KrObject *o)
{
    kr_xdecref(((KrListRevIter *)o)->seq);
    kri_object_free(o);
}

static int reviter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *seq = ((KrListRevIter *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static KrObject *reviter_self(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *reviter_next(KrThread *ts, KrObject *o)
{
    KrListRevIter *it = (KrListRevIter *)o;
    if (it->seq && it->index >= 0 && it->index < KR_SIZE(it->seq))
        return kr_incref(KR_LIST_ITEMS(it->seq)[it->index--]);
    it->index = -1;
    KR_CLEAR(it->seq);
    return NULL;
}

static KrObject *reviter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrListRevIter *it = (KrListRevIter *)o;
    ssize_t n = it->seq && it->index < KR_SIZE(it->seq) ? it->index + 1 : 0;
    return kri_int_from_ssize(ts, n);
}

static const KrMethodDef reviter_methods[] = {
    {"__length_hint__", KR_METH(reviter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

KrType kr_list_reviter_type = {
    KR_TYPE_HEADER,
    .name = "list_reverseiterator",
    .basicsize = sizeof(KrListRevIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,
    .dealloc = reviter_dealloc,
    .traverse = reviter_traverse,
    .getattro = kri_object_generic_getattr,
    .iter = reviter_self,
    .iternext = reviter_next,
    .methods = reviter_methods,
};

const KrMethodDef kri_list_methods[] = {
    {"__reversed__", KR_METH(list_reversed), KR_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", KR_METH(list_sizeof), KR_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", KR_METH(list_clear_meth), KR_METH_NOARGS, "Remove all items from list."},
    {"copy", KR_METH(list_copy), KR_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", KR_METH(list_append), KR_METH_O, "Append object to the end of the list."},
    {"insert", KR_METH(list_insert), KR_METH_FAST, "Insert object before index."},
    {"extend", KR_METH(list_extend_meth), KR_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", KR_METH(list_pop), KR_METH_FAST,
     "Remove and return item at index (default last)."},
    {"remove", KR_METH(list_remove), KR_METH_O, "Remove first occurrence of value."},
    {"index", KR_METH(list_index), KR_METH_FAST, "Return first index of value."},
    {"count", KR_METH(list_count), KR_METH_O, "Return number of occurrences of value."},
    {"reverse", KR_METH(list_reverse), KR_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", KR_METH(list_sort), KR_METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};
