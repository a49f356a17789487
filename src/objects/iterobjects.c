/* The lazy iterator builtins: enumerate, zip, map, filter, reversed and
 * callable_iterator (iter(callable, sentinel)). Each holds the iterators it
 * draws from and produces one item per __next__; enumerate, zip, map,
 * filter and reversed may be subclassed, so their constructors allocate
 * through the type they are given. An exhausted reversed or
 * callable_iterator drops what it held and stays exhausted.
 * __reduce__ gives what CPython's gives (the iterators drawn from, not
 * the original iterables). */
#include <stdlib.h>

#include "objects/generic.h"
#include "objects/iterators.h"

static KrObject *self_iter(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

/* map, filter and reversed refuse keywords unless a subclass defines an
 * __init__ that may take them (CPython's rule). */
static bool keywords_refused(const KrType *type, const KrType *builtin)
{
    return type == builtin || type->init == builtin->init;
}

/* Iterators over every item of [args] as a tuple; NULL on error. On a
 * failure the unfilled slots get None so the half-built tuple can be
 * released like any other. */
static KrObject *iter_all(KrThread *ts, KrObject *const *args, ssize_t n)
{
    KrObject *iters = kri_tuple_new(ts, n);
    if (!iters)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *it = kri_object_iter(ts, args[i]);
        if (!it) {
            for (ssize_t j = i; j < n; j++)
                KR_TUPLE_ITEMS(iters)[j] = kr_incref(KR_NONE);
            kr_decref(iters);
            return NULL;
        }
        KR_TUPLE_ITEMS(iters)[i] = it;
    }
    return iters;
}

/* ---- enumerate ---- */

/* The count lives in a machine word until it reaches PTRDIFF_MAX, then in
 * an int object: counting never overflows, and the common case allocates
 * nothing but the result tuple and its int. */
typedef struct KrEnumerate {
    KrObject ob_base;
    KrObject *iter;       /* owned */
    ssize_t index;        /* the next count while long_index is NULL */
    KrObject *long_index; /* owned: the next count once past ssize_t, or NULL */
} KrEnumerate;

static const char *const enumerate_names[] = {"iterable", "start"};
static const KrArgSpec enumerate_spec = {"enumerate", enumerate_names, 2, 0, 2, 1, false};

static KrObject *enumerate_new(KrThread *ts, KrType *type, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    KrObject *a[2];
    ssize_t nargs = KR_NARGS(nargsf), nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw <= 2 && nkw > 0) {
        /* CPython 3.11 rejects the first keyword when 'iterable' is not
         * passed by keyword alone, and 'iterable' given twice */
        bool has_iterable = false;
        for (ssize_t k = 0; k < nkw; k++) {
            KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
            bool is_iterable = kri_str_eq_cstr(key, "iterable");
            if (is_iterable && nargs > 0)
                return kri_iterargs_bad_keyword(ts, "enumerate", key);
            has_iterable |= is_iterable;
        }
        if (nargs == 0 && !has_iterable)
            return kri_iterargs_bad_keyword(ts, "enumerate", KR_TUPLE_ITEMS(kwnames)[0]);
        for (ssize_t k = 0; k < nkw; k++) {
            KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
            if (!kri_str_eq_cstr(key, "iterable") && !kri_str_eq_cstr(key, "start"))
                return kri_iterargs_bad_keyword(ts, "enumerate", key);
        }
    }
    if (kri_iterargs_parse(ts, &enumerate_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    KrObject *start = NULL;
    if (a[1] && !(start = kri_number_index(ts, a[1])))
        return NULL;
    KrEnumerate *e = (KrEnumerate *)kri_type_generic_alloc(ts, type, 0);
    if (!e) {
        kr_xdecref(start);
        return NULL;
    }
    e->iter = kri_object_iter(ts, a[0]);
    if (!e->iter) {
        kr_xdecref(start);
        kr_decref(KR_OBJ(e));
        return NULL;
    }
    int64_t v = 0;
    if (start && (!kri_int_to_i64(start, &v) || v == PTRDIFF_MAX))
        e->long_index = kr_incref(start);
    else
        e->index = (ssize_t)v;
    kr_xdecref(start);
    return KR_OBJ(e);
}

static void enumerate_dealloc(KrObject *o)
{
    KrEnumerate *e = (KrEnumerate *)o;
    kr_xdecref(e->iter);
    kr_xdecref(e->long_index);
    kri_object_free(o);
}

static int enumerate_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrEnumerate *e = (KrEnumerate *)o;
    int r = e->iter ? visit(e->iter, arg) : 0;
    return r ? r : e->long_index ? visit(e->long_index, arg) : 0;
}

static KrObject *enumerate_next(KrThread *ts, KrObject *o)
{
    KrEnumerate *e = (KrEnumerate *)o;
    KrObject *item = kri_iter_next(ts, e->iter);
    if (!item)
        return NULL;
    KrObject *count;
    if (!e->long_index) {
        count = kri_int_from_ssize(ts, e->index);
        if (count && ++e->index == PTRDIFF_MAX)
            e->long_index = kri_int_from_ssize(ts, PTRDIFF_MAX);
    } else {
        count = kr_incref(e->long_index);
        KrObject *next = kri_number_binop(ts, count, kri_int_small(1), KR_NB_ADD);
        if (next)
            KR_SETREF(e->long_index, next);
        else
            KR_CLEAR(count);
    }
    if (!count) {
        kr_decref(item);
        return NULL;
    }
    KrObject *items[2] = {count, item};
    return kri_tuple_from_array_steal(ts, items, 2);
}

static KrObject *enumerate_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrEnumerate *e = (KrEnumerate *)o;
    KrObject *count = e->long_index ? kr_incref(e->long_index) : kri_int_from_ssize(ts, e->index);
    KrObject *args = count ? kri_tuple_pack(ts, 2, e->iter, count) : NULL;
    KrObject *r = args ? kri_tuple_pack(ts, 2, KR_OBJ(o->ob_type), args) : NULL;
    kr_xdecref(count);
    kr_xdecref(args);
    return r;
}

static const KrMethodDef enumerate_methods[] = {
    {"__reduce__", KR_METH(enumerate_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

KrType kr_enumerate_type = {
    KR_TYPE_HEADER,
    .name = "enumerate",
    .basicsize = sizeof(KrEnumerate),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "Return an enumerate object.\n\n  iterable\n"
           "    an object supporting iteration\n\nThe enumerate object yields pairs containing "
           "a count (from start, which\ndefaults to zero) and a value yielded by the iterable "
           "argument.\n\nenumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .getattro = kri_object_generic_getattr,
    .new_ = enumerate_new,
    .iter = self_iter,
    .iternext = enumerate_next,
    .methods = enumerate_methods,
};

/* ---- zip ---- */

typedef struct KrZip {
    KrObject ob_base;
    KrObject *iters; /* owned tuple of iterators */
    bool strict;
} KrZip;

static KrObject *zip_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    bool strict = false;
    if (nkw > 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "zip() takes at most 1 keyword argument (%zd given)", nkw);
    if (nkw == 1) {
        if (!kri_str_eq_cstr(KR_TUPLE_ITEMS(kwnames)[0], "strict"))
            return kri_iterargs_bad_keyword(ts, "zip", KR_TUPLE_ITEMS(kwnames)[0]);
        int t = kri_object_is_true(ts, args[nargs]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    KrObject *iters = iter_all(ts, args, nargs);
    if (!iters)
        return NULL;
    KrZip *z = (KrZip *)kri_type_generic_alloc(ts, type, 0);
    if (!z) {
        kr_decref(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return KR_OBJ(z);
}

static void zip_dealloc(KrObject *o)
{
    kr_xdecref(((KrZip *)o)->iters);
    kri_object_free(o);
}

static int zip_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *iters = ((KrZip *)o)->iters;
    return iters ? visit(iters, arg) : 0;
}

/* strict=True found iterator [i] exhausted (0-based): raises ValueError if
 * the lengths differ; NULL either way (end of iteration or error). When
 * the first iterator ends, the others must end too, so each is advanced
 * once more; a later one ending first is shorter than all before it.
 * Messages name arguments 1-based: "argument 3 is shorter than arguments
 * 1-2", "argument 2 is longer than argument 1". */
static KrObject *zip_strict_end(KrThread *ts, KrZip *z, ssize_t i)
{
    if (kri_err_occurred(ts))
        return NULL;
    ssize_t n = KR_SIZE(z->iters);
    if (i > 0)
        return kri_err_format(ts, &kr_exc_ValueError,
                              "zip() argument %zd is shorter than argument%s%zd", i + 1,
                              i == 1 ? " " : "s 1-", i);
    for (ssize_t j = 1; j < n; j++) {
        KrObject *item = kri_iter_next(ts, KR_TUPLE_ITEMS(z->iters)[j]);
        if (item) {
            kr_decref(item);
            return kri_err_format(ts, &kr_exc_ValueError,
                                  "zip() argument %zd is longer than argument%s%zd", j + 1,
                                  j == 1 ? " " : "s 1-", j);
        }
        if (kri_err_occurred(ts))
            return NULL;
    }
    return NULL;
}

static KrObject *zip_next(KrThread *ts, KrObject *o)
{
    KrZip *z = (KrZip *)o;
    ssize_t n = KR_SIZE(z->iters);
    if (n == 0)
        return NULL;
    KrObject *result = kri_tuple_new(ts, n);
    if (!result)
        return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = kri_iter_next(ts, KR_TUPLE_ITEMS(z->iters)[i]);
        if (!item) {
            /* complete the tuple so it can be freed normally */
            for (ssize_t j = i; j < n; j++)
                KR_TUPLE_ITEMS(result)[j] = kr_incref(KR_NONE);
            kr_decref(result);
            return z->strict ? zip_strict_end(ts, z, i) : NULL;
        }
        KR_TUPLE_ITEMS(result)[i] = item;
    }
    return result;
}

static KrObject *zip_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrZip *z = (KrZip *)o;
    if (z->strict)
        return kri_tuple_pack(ts, 3, KR_OBJ(o->ob_type), z->iters, KR_TRUE);
    return kri_tuple_pack(ts, 2, KR_OBJ(o->ob_type), z->iters);
}

static KrObject *zip_setstate(KrThread *ts, KrObject *o, KrObject *state)
{
    int t = kri_object_is_true(ts, state);
    if (t < 0)
        return NULL;
    ((KrZip *)o)->strict = t;
    return KR_NONE;
}

static const KrMethodDef zip_methods[] = {
    {"__reduce__", KR_METH(zip_reduce), KR_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", KR_METH(zip_setstate), KR_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_zip_type = {
    KR_TYPE_HEADER,
    .name = "zip",
    .basicsize = sizeof(KrZip),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .getattro = kri_object_generic_getattr,
    .new_ = zip_new,
    .iter = self_iter,
    .iternext = zip_next,
    .methods = zip_methods,
};

/* ---- map ---- */

typedef struct KrMap {
    KrObject ob_base;
    KrObject *func;  /* owned */
    KrObject *iters; /* owned tuple of iterators */
} KrMap;

static KrObject *map_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (keywords_refused(type, &kr_map_type) && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return kri_err_format(ts, &kr_exc_TypeError, "map() must have at least two arguments.");
    KrObject *iters = iter_all(ts, args + 1, nargs - 1);
    if (!iters)
        return NULL;
    KrMap *m = (KrMap *)kri_type_generic_alloc(ts, type, 0);
    if (!m) {
        kr_decref(iters);
        return NULL;
    }
    m->func = kr_incref(args[0]);
    m->iters = iters;
    return KR_OBJ(m);
}

static void map_dealloc(KrObject *o)
{
    KrMap *m = (KrMap *)o;
    kr_xdecref(m->func);
    kr_xdecref(m->iters);
    kri_object_free(o);
}

static int map_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrMap *m = (KrMap *)o;
    int r = m->func ? visit(m->func, arg) : 0;
    return r ? r : m->iters ? visit(m->iters, arg) : 0;
}

/* Arguments of one call to the function: on the C stack for up to
 * SMALL_STACK iterables, with a spare slot in front so the callee may use
 * KR_ARGS_OFFSET (bound methods prepend self there without copying). */
enum { SMALL_STACK = 5 };

static KrObject *map_next(KrThread *ts, KrObject *o)
{
    KrMap *m = (KrMap *)o;
    ssize_t n = KR_SIZE(m->iters);
    KrObject *small[SMALL_STACK + 1];
    KrObject **stack = small;
    if (n > SMALL_STACK) {
        stack = malloc(sizeof(KrObject *) * (size_t)(n + 1));
        if (!stack)
            return kri_err_no_memory(ts);
    }
    ssize_t got = 0;
    KrObject *r = NULL;
    for (; got < n; got++) {
        KrObject *item = kri_iter_next(ts, KR_TUPLE_ITEMS(m->iters)[got]);
        if (!item)
            break;
        stack[1 + got] = item;
    }
    if (got == n)
        r = kri_call(ts, m->func, stack + 1, (size_t)n | KR_ARGS_OFFSET, NULL);
    for (ssize_t i = 0; i < got; i++)
        kr_decref(stack[1 + i]);
    if (stack != small)
        free(stack);
    return r;
}

static KrObject *map_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrMap *m = (KrMap *)o;
    ssize_t n = KR_SIZE(m->iters);
    KrObject *args = kri_tuple_new(ts, n + 1);
    if (!args)
        return NULL;
    KR_TUPLE_ITEMS(args)[0] = kr_incref(m->func);
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(args)[i + 1] = kr_incref(KR_TUPLE_ITEMS(m->iters)[i]);
    KrObject *r = kri_tuple_pack(ts, 2, KR_OBJ(o->ob_type), args);
    kr_decref(args);
    return r;
}

static const KrMethodDef map_methods[] = {
    {"__reduce__", KR_METH(map_reduce), KR_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_map_type = {
    KR_TYPE_HEADER,
    .name = "map",
    .basicsize = sizeof(KrMap),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the "
           "function using arguments from\neach of the iterables.  Stops when the shortest "
           "iterable is exhausted.",
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .getattro = kri_object_generic_getattr,
    .new_ = map_new,
    .iter = self_iter,
    .iternext = map_next,
    .methods = map_methods,
};

/* ---- filter ---- */

typedef struct KrFilter {
    KrObject ob_base;
    KrObject *func; /* owned; None or bool mean "the item's truth" */
    KrObject *iter; /* owned */
} KrFilter;

static KrObject *filter_new(KrThread *ts, KrType *type, KrObject *const *args,
                            size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (keywords_refused(type, &kr_filter_type) && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "filter() takes no keyword arguments");
    if (kri_check_args(ts, "filter", nargs, 2, 2, NULL) < 0)
        return NULL;
    KrObject *it = kri_object_iter(ts, args[1]);
    if (!it)
        return NULL;
    KrFilter *f = (KrFilter *)kri_type_generic_alloc(ts, type, 0);
    if (!f) {
        kr_decref(it);
        return NULL;
    }
    f->func = kr_incref(args[0]);
    f->iter = it;
    return KR_OBJ(f);
}

static void filter_dealloc(KrObject *o)
{
    KrFilter *f = (KrFilter *)o;
    kr_xdecref(f->func);
    kr_xdecref(f->iter);
    kri_object_free(o);
}

static int filter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrFilter *f = (KrFilter *)o;
    int r = f->func ? visit(f->func, arg) : 0;
    return r ? r : f->iter ? visit(f->iter, arg) : 0;
}

static KrObject *filter_next(KrThread *ts, KrObject *o)
{
    KrFilter *f = (KrFilter *)o;
    /* filter(bool, ...) gives the same items as filter(None, ...): skip
     * the call, as CPython does */
    bool plain = f->func == KR_NONE || f->func == KR_OBJ(&kr_bool_type);
    KrObject *item;
    while ((item = kri_iter_next(ts, f->iter))) {
        int ok;
        if (plain) {
            ok = kri_object_is_true(ts, item);
        } else {
            KrObject *r = kri_call1(ts, f->func, item);
            ok = r ? kri_object_is_true(ts, r) : -1;
            kr_xdecref(r);
        }
        if (ok > 0)
            return item;
        kr_decref(item);
        if (ok < 0)
            return NULL;
    }
    return NULL;
}

static KrObject *filter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrFilter *f = (KrFilter *)o;
    KrObject *args = kri_tuple_pack(ts, 2, f->func, f->iter);
    KrObject *r = args ? kri_tuple_pack(ts, 2, KR_OBJ(o->ob_type), args) : NULL;
    kr_xdecref(args);
    return r;
}

static const KrMethodDef filter_methods[] = {
    {"__reduce__", KR_METH(filter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_filter_type = {
    KR_TYPE_HEADER,
    .name = "filter",
    .basicsize = sizeof(KrFilter),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator "
           "yielding those items of iterable for which function(item)\nis true. If function "
           "is None, return the items that are true.",
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .getattro = kri_object_generic_getattr,
    .new_ = filter_new,
    .iter = self_iter,
    .iternext = filter_next,
    .methods = filter_methods,
};

/* ---- reversed ---- */

typedef struct KrReversed {
    KrObject ob_base;
    ssize_t index;  /* the next index to fetch; -1 when exhausted */
    KrObject *seq;  /* owned; NULL once exhausted */
} KrReversed;

/* CPython's PySequence_Check: indexable by integers and not a dict. A
 * class statement's __getitem__ does not say whether it takes indexes or
 * keys, so every heap type with one counts, as in CPython. */
static bool is_sequence(const KrObject *o)
{
    const KrType *t = o->ob_type;
    return t->getitem && !kr_dict_check(o) && (t->sq_like || kr_type_has(t, KR_TPF_HEAPTYPE));
}

static KrObject *not_reversible(KrThread *ts, KrObject *seq)
{
    return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not reversible",
                          kri_type_name(seq->ob_type));
}

/* reversed(seq) for [type] (reversed or a subclass). A __reversed__
 * method wins and its result is returned as is, even for a subclass;
 * __reversed__ = None opts out of the sequence fallback. */
static KrObject *reversed_make(KrThread *ts, KrType *type, KrObject *seq)
{
    KrObject *meth = kri_type_lookup(ts, seq->ob_type, KR_ID(__reversed__));
    if (meth == KR_NONE)
        return not_reversible(ts, seq);
    if (meth)
        return kri_call_method(ts, seq, KR_ID(__reversed__), NULL, 0);
    if (kri_err_occurred(ts))
        return NULL;
    if (!is_sequence(seq))
        return not_reversible(ts, seq);
    ssize_t n = kri_object_len(ts, seq);
    if (n < 0)
        return NULL;
    KrReversed *r = (KrReversed *)kri_type_generic_alloc(ts, type, 0);
    if (!r)
        return NULL;
    r->index = n - 1;
    r->seq = kr_incref(seq);
    return KR_OBJ(r);
}

KrObject *kri_reversed_of(KrThread *ts, KrObject *seq)
{
    return reversed_make(ts, &kr_reversed_type, seq);
}

static KrObject *reversed_new(KrThread *ts, KrType *type, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    if (keywords_refused(type, &kr_reversed_type) && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "reversed() takes no keyword arguments");
    if (kri_check_args(ts, "reversed", KR_NARGS(nargsf), 1, 1, NULL) < 0)
        return NULL;
    return reversed_make(ts, type, args[0]);
}

static void reversed_dealloc(KrObject *o)
{
    kr_xdecref(((KrReversed *)o)->seq);
    kri_object_free(o);
}

static int reversed_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *seq = ((KrReversed *)o)->seq;
    return seq ? visit(seq, arg) : 0;
}

static KrObject *reversed_next(KrThread *ts, KrObject *o)
{
    KrReversed *r = (KrReversed *)o;
    if (r->seq && r->index >= 0) {
        KrObject *item = kri_object_getitem_index(ts, r->seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (!kri_err_matches(ts, &kr_exc_IndexError) &&
            !kri_err_matches(ts, &kr_exc_StopIteration))
            return NULL;
        kri_err_clear(ts);
    }
    r->index = -1;
    KR_CLEAR(r->seq);
    return NULL;
}

static KrObject *reversed_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrReversed *r = (KrReversed *)o;
    if (!r->seq)
        return kri_int_small(0);
    ssize_t n = kri_object_len(ts, r->seq);
    if (n < 0)
        return NULL;
    return kri_int_from_ssize(ts, n < r->index + 1 ? 0 : r->index + 1);
}

static KrObject *reversed_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrReversed *r = (KrReversed *)o;
    if (!r->seq) {
        KrObject *args = kri_tuple_pack(ts, 1, kri_tuple_empty());
        KrObject *res = args ? kri_tuple_pack(ts, 2, KR_OBJ(o->ob_type), args) : NULL;
        kr_xdecref(args);
        return res;
    }
    KrObject *index = kri_int_from_ssize(ts, r->index);
    KrObject *args = index ? kri_tuple_pack(ts, 1, r->seq) : NULL;
    KrObject *res = args ? kri_tuple_pack(ts, 3, KR_OBJ(o->ob_type), args, index) : NULL;
    kr_xdecref(index);
    kr_xdecref(args);
    return res;
}

/* __setstate__(index): clamped to [-1, len - 1]. */
static KrObject *reversed_setstate(KrThread *ts, KrObject *o, KrObject *state)
{
    KrReversed *r = (KrReversed *)o;
    ssize_t index = kri_number_as_ssize(ts, state, NULL);
    if (index == -1 && kri_err_occurred(ts))
        return NULL;
    if (r->seq) {
        ssize_t n = kri_object_len(ts, r->seq);
        if (n < 0)
            return NULL;
        r->index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
    }
    return KR_NONE;
}

static const KrMethodDef reversed_methods[] = {
    {"__length_hint__", KR_METH(reversed_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", KR_METH(reversed_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", KR_METH(reversed_setstate), KR_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_reversed_type = {
    KR_TYPE_HEADER,
    .name = "reversed",
    .basicsize = sizeof(KrReversed),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .getattro = kri_object_generic_getattr,
    .new_ = reversed_new,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};

/* ---- callable_iterator ---- */

typedef struct KrCallableIter {
    KrObject ob_base;
    KrObject *callable; /* owned; NULL once exhausted */
    KrObject *sentinel; /* owned; NULL once exhausted */
} KrCallableIter;

KrObject *kri_callable_iter_new(KrThread *ts, KrObject *callable, KrObject *sentinel)
{
    KrCallableIter *it = (KrCallableIter *)kri_object_alloc(ts, &kr_callable_iter_type,
                                                            sizeof(KrCallableIter));
    if (!it)
        return NULL;
    it->callable = kr_incref(callable);
    it->sentinel = kr_incref(sentinel);
    return KR_OBJ(it);
}

static void callable_iter_dealloc(KrObject *o)
{
    KrCallableIter *it = (KrCallableIter *)o;
    kr_xdecref(it->callable);
    kr_xdecref(it->sentinel);
    kri_object_free(o);
}

static int callable_iter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrCallableIter *it = (KrCallableIter *)o;
    int r = it->callable ? visit(it->callable, arg) : 0;
    return r ? r : it->sentinel ? visit(it->sentinel, arg) : 0;
}

static KrObject *callable_iter_next(KrThread *ts, KrObject *o)
{
    KrCallableIter *it = (KrCallableIter *)o;
    if (!it->callable)
        return NULL;
    KrObject *r = kri_call0(ts, it->callable);
    if (!r) {
        if (kri_err_matches(ts, &kr_exc_StopIteration)) {
            kri_err_clear(ts);
            KR_CLEAR(it->callable);
            KR_CLEAR(it->sentinel);
        }
        return NULL;
    }
    /* the sentinel is the left operand, so its __eq__ decides first */
    int eq = kri_object_richcompare_bool(ts, it->sentinel, r, KR_EQ);
    if (eq == 0)
        return r;
    kr_decref(r);
    if (eq > 0) {
        KR_CLEAR(it->callable);
        KR_CLEAR(it->sentinel);
    }
    return NULL;
}

/* (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. */
static KrObject *callable_iter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrCallableIter *it = (KrCallableIter *)o;
    KrObject *iter = kri_dict_get_cstr_borrow(ts, ts->interp->builtins, "iter");
    if (!iter)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_RuntimeError, "lost builtins.iter");
    KrObject *args = it->callable ? kri_tuple_pack(ts, 2, it->callable, it->sentinel)
                                  : kri_tuple_pack(ts, 1, kri_tuple_empty());
    KrObject *r = args ? kri_tuple_pack(ts, 2, iter, args) : NULL;
    kr_xdecref(args);
    return r;
}

static const KrMethodDef callable_iter_methods[] = {
    {"__reduce__", KR_METH(callable_iter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_callable_iter_type = {
    KR_TYPE_HEADER,
    .name = "callable_iterator",
    .basicsize = sizeof(KrCallableIter),
    .flags = KR_TPF_GC | KR_TPF_NO_INSTANCES,
    .dealloc = callable_iter_dealloc,
    .traverse = callable_iter_traverse,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = callable_iter_next,
    .new_ = kri_type_no_instances,
    .methods = callable_iter_methods,
};
