/* The dict type's methods, construction and operators: dict(...) and
 * update() from a mapping (anything with keys()) or an iterable of pairs
 * plus keyword arguments, get/setdefault/pop/popitem, fromkeys, ==, | and
 * |=. Values and keys are held with a reference across any call that may
 * run Python code (hashing, comparison), since that code may mutate the
 * dict being read. */
#include "objects/generic.h"
#include "objects/objects.h"

/* One element of dict(iterable): a pair, or CPython's errors. */
static int merge_pair(KrThread *ts, KrObject *d, KrObject *item, ssize_t index)
{
    KrObject *seq = NULL;
    if (kr_list_check(item) || kr_tuple_check(item)) {
        seq = kr_incref(item);
    } else {
        KrObject *it = kri_object_iter(ts, item);
        if (!it) {
            if (kri_err_matches(ts, &kr_exc_TypeError)) {
                kri_err_clear(ts);
                kri_err_format(ts, &kr_exc_TypeError, "cannot convert dictionary update "
                               "sequence element #%zd to a sequence", index);
            }
            return -1;
        }
        seq = kri_sequence_list(ts, it);
        kr_decref(it);
        if (!seq)
            return -1;
    }
    int r = -1;
    if (KR_SIZE(seq) != 2) {
        kri_err_format(ts, &kr_exc_ValueError, "dictionary update sequence element #%zd "
                       "has length %zd; 2 is required", index, KR_SIZE(seq));
    } else {
        KrObject **items = kr_list_check(seq) ? KR_LIST_ITEMS(seq) : KR_TUPLE_ITEMS(seq);
        KrObject *k = kr_incref(items[0]), *v = kr_incref(items[1]);
        r = kri_dict_set(ts, d, k, v);
        kr_decref(k);
        kr_decref(v);
    }
    kr_decref(seq);
    return r;
}

static int merge_pairs(KrThread *ts, KrObject *d, KrObject *iterable)
{
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it)
        return -1;
    KrObject *item;
    ssize_t index = 0;
    while ((item = kri_iter_next(ts, it))) {
        int r = merge_pair(ts, d, item, index++);
        kr_decref(item);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

int kri_dict_update_arg(KrThread *ts, KrObject *d, KrObject *arg)
{
    if (kr_is_type(arg, &kr_dict_type))
        return kri_dict_merge(ts, d, arg, 1);
    KrObject *keys = NULL;
    int has = kri_object_lookup_attr(ts, arg, KR_ID(keys), &keys);
    if (has < 0)
        return -1;
    kr_xdecref(keys);
    return has ? kri_dict_merge(ts, d, arg, 1) : merge_pairs(ts, d, arg);
}

/* update(*args, **kwargs) shared by dict.__init__ and dict.update. */
static int update_common(KrThread *ts, KrObject *d, const char *name, KrObject *const *args,
                         size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, name, nargs, 0, 1, NULL) < 0)
        return -1;
    if (nargs && kri_dict_update_arg(ts, d, args[0]) < 0)
        return -1;
    for (ssize_t i = 0; kwnames && i < KR_SIZE(kwnames); i++)
        if (kri_dict_set(ts, d, KR_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

KrObject *kri_dict_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames)
{
    return kri_type_generic_alloc(ts, type, 0);
}

int kri_dict_tp_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                     KrObject *kwnames)
{
    return update_common(ts, self, "dict", args, nargsf, kwnames);
}

static KrObject *dict_update(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return update_common(ts, self, "update", args, nargsf, kwnames) < 0 ? NULL : KR_NONE;
}

static KrObject *dict_get(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "get", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *v = kri_dict_get_borrow(ts, self, args[0]);
    if (v)
        return kr_incref(v);
    if (kri_err_occurred(ts))
        return NULL;
    return KR_NEWREF(nargs > 1 ? args[1] : KR_NONE);
}

static KrObject *dict_setdefault(KrThread *ts, KrObject *self, KrObject *const *args,
                                 ssize_t nargs)
{
    if (kri_check_args(ts, "setdefault", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *key = args[0], *dflt = nargs > 1 ? args[1] : KR_NONE;
    int64_t hash = kri_object_hash(ts, key);
    if (hash == -1)
        return NULL;
    KrObject *v = kri_dict_get_hashed_borrow(ts, self, key, hash);
    if (v)
        return kr_incref(v);
    if (kri_err_occurred(ts) || kri_dict_set_hashed(ts, self, key, hash, dflt) < 0)
        return NULL;
    return KR_NEWREF(dflt);
}

static KrObject *dict_pop(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "pop", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *v = kri_dict_get_borrow(ts, self, args[0]);
    if (!v) {
        if (kri_err_occurred(ts))
            return NULL;
        if (nargs > 1)
            return KR_NEWREF(args[1]);
        kri_err_set_object(ts, &kr_exc_KeyError, args[0]);
        return NULL;
    }
    kr_incref(v);
    if (kri_dict_del(ts, self, args[0]) < 0)
        KR_CLEAR(v);
    return v;
}

static KrObject *dict_popitem(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *k, *v;
    if (kri_dict_popitem(ts, self, &k, &v) < 0)
        return NULL;
    KrObject *pair[2] = {k, v};
    return kri_tuple_from_array_steal(ts, pair, 2);
}

static KrObject *dict_keys(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_dictview_new(ts, self, &kr_dict_keys_type);
}

static KrObject *dict_values(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_dictview_new(ts, self, &kr_dict_values_type);
}

static KrObject *dict_items(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_dictview_new(ts, self, &kr_dict_items_type);
}

static KrObject *dict_reversed(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_dictiter_new(ts, self, &kr_dict_revkeyiter_type);
}

static KrObject *dict_clear(KrThread *ts, KrObject *self, KrObject *unused)
{
    kri_dict_clear(self);
    return KR_NONE;
}

static KrObject *dict_copy(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_dict_copy(ts, self);
}

static KrObject *dict_contains_meth(KrThread *ts, KrObject *self, KrObject *key)
{
    int r = kri_dict_contains(ts, self, key);
    return r < 0 ? NULL : kr_bool(r);
}

/* dict.__getitem__: dict's own slot, never the subclass's (which may be
 * the slot that calls this method). */
static KrObject *dict_getitem_meth(KrThread *ts, KrObject *self, KrObject *key)
{
    return kr_dict_type.getitem(ts, self, key);
}

static KrObject *dict_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_ssize(ts, (ssize_t)kri_dict_sizeof(self));
}

/* dict.fromkeys(iterable, value=None): [type] is the class it is called on. */
static KrObject *dict_fromkeys(KrThread *ts, KrObject *type, KrObject *const *args,
                               ssize_t nargs)
{
    if (kri_check_args(ts, "fromkeys", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *value = nargs > 1 ? args[1] : KR_NONE;
    KrObject *d = kri_call0(ts, type);
    if (!d)
        return NULL;
    KrObject *it = kri_object_iter(ts, args[0]);
    if (!it) {
        kr_decref(d);
        return NULL;
    }
    bool exact = kr_is_type(d, &kr_dict_type);
    KrObject *key;
    while ((key = kri_iter_next(ts, it))) {
        int r = exact ? kri_dict_set(ts, d, key, value) : kri_object_setitem(ts, d, key, value);
        kr_decref(key);
        if (r < 0)
            break;
    }
    kr_decref(it);
    if (kri_err_occurred(ts))
        KR_CLEAR(d);
    return d;
}

/* Whether two dicts hold equal items: 1, 0 or -1. */
static int dict_equal(KrThread *ts, KrObject *a, KrObject *b)
{
    if (kri_dict_len(a) != kri_dict_len(b))
        return 0;
    for (ssize_t i = 0; i < kri_dict_nentries(a); i++) {
        KrObject *k, *av;
        if (!kri_dict_entry(a, i, &k, &av))
            continue;
        kr_incref(k);
        kr_incref(av);
        KrObject *bv = kri_dict_get_borrow(ts, b, k);
        int eq = bv ? 1 : kri_err_occurred(ts) ? -1 : 0;
        if (bv) {
            kr_incref(bv);
            eq = kri_object_richcompare_bool(ts, av, bv, KR_EQ);
            kr_decref(bv);
        }
        kr_decref(k);
        kr_decref(av);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

KrObject *kri_dict_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_dict_check(a) || !kr_dict_check(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPLEMENTED;
    int eq = dict_equal(ts, a, b);
    return eq < 0 ? NULL : kr_bool((eq == 1) == (op == KR_EQ));
}

KrObject *kri_dict_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_dict_check(a) || !kr_dict_check(b))
        return KR_NOTIMPLEMENTED;
    KrObject *r = kri_dict_copy(ts, a);
    if (r && kri_dict_update_arg(ts, r, b) < 0)
        KR_CLEAR(r);
    return r;
}

KrObject *kri_dict_ior(KrThread *ts, KrObject *a, KrObject *b)
{
    if (kri_dict_update_arg(ts, a, b) < 0)
        return NULL;
    return KR_NEWREF(a);
}

const KrMethodDef kri_dict_methods[] = {
    {"__contains__", KR_METH(dict_contains_meth), KR_METH_O | KR_METH_COEXIST,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", KR_METH(dict_getitem_meth), KR_METH_O | KR_METH_COEXIST,
     "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", KR_METH(dict_sizeof), KR_METH_NOARGS,
     "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", KR_METH(dict_get), KR_METH_FAST,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", KR_METH(dict_setdefault), KR_METH_FAST,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", KR_METH(dict_pop), KR_METH_FAST,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", KR_METH(dict_popitem), KR_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", KR_METH(dict_keys), KR_METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", KR_METH(dict_items), KR_METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", KR_METH(dict_values), KR_METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", KR_METH(dict_update), KR_METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", KR_METH(dict_fromkeys), KR_METH_FAST | KR_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", KR_METH(dict_clear), KR_METH_NOARGS, "D.clear() -> None.  Remove all items from D."},
    {"copy", KR_METH(dict_copy), KR_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", KR_METH(dict_reversed), KR_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};
