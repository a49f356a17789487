/* Dict views (dict_keys, dict_values, dict_items) and the six dict
 * iterators (forward and reversed, over keys, values and items).
 *
 * An iterator remembers the dict's size when it started (used) and how
 * many items it still expects (len): a size change raises "dictionary
 * changed size during iteration"; finding more items than expected with
 * the size unchanged (keys deleted and others added) raises "dictionary
 * keys changed during iteration". An exhausted iterator drops its dict.
 * Keys and items views are set-like: & | ^ - with any iterable give sets,
 * and they compare with sets by containment. */
#include "objects/objects.h"

typedef struct KrDictIter {
    KrObject ob_base;
    KrObject *dict; /* owned; NULL once exhausted */
    ssize_t used;   /* the dict's size at the start; -1 after an error */
    ssize_t pos;    /* next entry index (reversed: the current one) */
    ssize_t len;    /* items still expected */
} KrDictIter;

static bool is_reversed(const KrType *t)
{
    return t == &kr_dict_revkeyiter_type || t == &kr_dict_revvalueiter_type ||
           t == &kr_dict_revitemiter_type;
}

KrObject *kri_dictiter_new(KrThread *ts, KrObject *dict, KrType *type)
{
    KrDictIter *it = (KrDictIter *)kri_object_alloc(ts, type, sizeof(KrDictIter));
    if (!it)
        return NULL;
    it->dict = kr_incref(dict);
    it->used = kri_dict_len(dict);
    it->len = it->used;
    it->pos = is_reversed(type) ? kri_dict_nentries(dict) - 1 : 0;
    return KR_OBJ(it);
}

KrObject *kri_dict_iter(KrThread *ts, KrObject *dict)
{
    return kri_dictiter_new(ts, dict, &kr_dict_keyiter_type);
}

static void dictiter_dealloc(KrObject *o)
{
    kr_xdecref(((KrDictIter *)o)->dict);
    kri_object_free(o);
}

static int dictiter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *d = ((KrDictIter *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static KrObject *self_iter(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

/* What an iterator of [type] yields for one entry. */
static KrObject *yield_entry(KrThread *ts, KrType *type, KrObject *k, KrObject *v)
{
    if (type == &kr_dict_keyiter_type || type == &kr_dict_revkeyiter_type)
        return kr_incref(k);
    if (type == &kr_dict_valueiter_type || type == &kr_dict_revvalueiter_type)
        return kr_incref(v);
    return kri_tuple_pack(ts, 2, k, v);
}

static KrObject *dictiter_next(KrThread *ts, KrObject *o)
{
    KrDictIter *it = (KrDictIter *)o;
    KrObject *d = it->dict;
    if (!d)
        return NULL;
    if (it->used != kri_dict_len(d)) {
        it->used = -1;
        return kri_err_format(ts, &kr_exc_RuntimeError,
                              "dictionary changed size during iteration");
    }
    bool rev = is_reversed(o->ob_type);
    KrObject *k = NULL, *v = NULL;
    ssize_t n = kri_dict_nentries(d);
    while (rev ? it->pos >= 0 : it->pos < n) {
        ssize_t i = rev ? it->pos-- : it->pos++;
        if (kri_dict_entry(d, i, &k, &v))
            break;
        k = NULL;
    }
    if (!k) {
        KR_CLEAR(it->dict);
        return NULL;
    }
    if (it->len == 0) {
        KR_CLEAR(it->dict);
        return kri_err_format(ts, &kr_exc_RuntimeError,
                              "dictionary keys changed during iteration");
    }
    it->len--;
    return yield_entry(ts, o->ob_type, k, v);
}

static KrObject *dictiter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrDictIter *it = (KrDictIter *)o;
    ssize_t n = it->dict && it->used == kri_dict_len(it->dict) ? it->len : 0;
    return kri_int_from_ssize(ts, n);
}

static const KrMethodDef dictiter_methods[] = {
    {"__length_hint__", KR_METH(dictiter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname)                                              \
    KrType cname = {                                                               \
        KR_TYPE_HEADER,                                                            \
        .name = pyname,                                                            \
        .basicsize = sizeof(KrDictIter),                                           \
        .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,               \
        .dealloc = dictiter_dealloc,                                               \
        .traverse = dictiter_traverse,                                             \
        .getattro = kri_object_generic_getattr,                                    \
        .iter = self_iter,                                                         \
        .iternext = dictiter_next,                                                 \
        .methods = dictiter_methods,                                               \
    }

DICT_ITER_TYPE(kr_dict_keyiter_type, "dict_keyiterator");
DICT_ITER_TYPE(kr_dict_valueiter_type, "dict_valueiterator");
DICT_ITER_TYPE(kr_dict_itemiter_type, "dict_itemiterator");
DICT_ITER_TYPE(kr_dict_revkeyiter_type, "dict_reversekeyiterator");
DICT_ITER_TYPE(kr_dict_revvalueiter_type, "dict_reversevalueiterator");
DICT_ITER_TYPE(kr_dict_revitemiter_type, "dict_reverseitemiterator");

/* ---- views ---- */

#define VIEW_DICT(o) (((KrDictView *)(o))->dict)

KrObject *kri_dictview_new(KrThread *ts, KrObject *dict, KrType *type)
{
    KrDictView *v = (KrDictView *)kri_object_alloc(ts, type, sizeof(KrDictView));
    if (v)
        v->dict = kr_incref(dict);
    return KR_OBJ(v);
}

static void view_dealloc(KrObject *o)
{
    kr_decref(VIEW_DICT(o));
    kri_object_free(o);
}

static int view_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    return visit(VIEW_DICT(o), arg);
}

static ssize_t view_len(KrThread *ts, KrObject *o)
{
    return kri_dict_len(VIEW_DICT(o));
}

static bool is_setlike_view(const KrObject *o)
{
    return kr_isinstance(o, &kr_dict_keys_type) || kr_isinstance(o, &kr_dict_items_type);
}

static KrObject *view_iter(KrThread *ts, KrObject *o)
{
    KrType *t = kr_isinstance(o, &kr_dict_keys_type)   ? &kr_dict_keyiter_type
              : kr_isinstance(o, &kr_dict_values_type) ? &kr_dict_valueiter_type
                                                       : &kr_dict_itemiter_type;
    return kri_dictiter_new(ts, VIEW_DICT(o), t);
}

static KrObject *view_reversed(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrType *t = kr_isinstance(o, &kr_dict_keys_type)   ? &kr_dict_revkeyiter_type
              : kr_isinstance(o, &kr_dict_values_type) ? &kr_dict_revvalueiter_type
                                                       : &kr_dict_revitemiter_type;
    return kri_dictiter_new(ts, VIEW_DICT(o), t);
}

static KrObject *view_repr(KrThread *ts, KrObject *o)
{
    int rec = kri_repr_enter(ts, o);
    if (rec != 0)
        return rec < 0 ? NULL : kri_str_from_cstr(ts, "...");
    KrObject *seq = kri_sequence_list(ts, o);
    KrObject *r = seq ? kri_str_format(ts, "%s(%R)", kri_type_name(o->ob_type), seq) : NULL;
    kr_xdecref(seq);
    kri_repr_leave(ts, o);
    return r;
}

static int keys_contains(KrThread *ts, KrObject *o, KrObject *key)
{
    return kri_dict_contains(ts, VIEW_DICT(o), key);
}

static int items_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    if (!kr_tuple_check(item) || KR_SIZE(item) != 2)
        return 0;
    KrObject *v = kri_dict_get_borrow(ts, VIEW_DICT(o), KR_TUPLE_ITEMS(item)[0]);
    if (!v)
        return kri_err_occurred(ts) ? -1 : 0;
    kr_incref(v);
    int r = kri_object_richcompare_bool(ts, v, KR_TUPLE_ITEMS(item)[1], KR_EQ);
    kr_decref(v);
    return r;
}

static int values_contains(KrThread *ts, KrObject *o, KrObject *value)
{
    KrObject *it = view_iter(ts, o), *x;
    if (!it)
        return -1;
    int found = 0;
    while (!found && (x = kri_iter_next(ts, it))) {
        found = kri_object_richcompare_bool(ts, x, value, KR_EQ);
        kr_decref(x);
    }
    kr_decref(it);
    return found < 0 || kri_err_occurred(ts) ? -1 : found;
}

static KrObject *view_mapping(KrThread *ts, KrObject *o, void *closure)
{
    return kri_mappingproxy_new(ts, VIEW_DICT(o));
}

/* ---- set operations of keys and items views ---- */

/* Every item of [a] is in [b]: 1, 0 or -1. */
static int all_contained_in(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *it = kri_object_iter(ts, a), *x;
    if (!it)
        return -1;
    int ok = 1;
    while (ok == 1 && (x = kri_iter_next(ts, it))) {
        ok = kri_sequence_contains(ts, b, x);
        kr_decref(x);
    }
    kr_decref(it);
    return ok < 0 || kri_err_occurred(ts) ? -1 : ok;
}

static KrObject *view_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_anyset_check(b) && !is_setlike_view(b))
        return KR_NOTIMPLEMENTED;
    ssize_t na = kri_object_len(ts, a), nb = na < 0 ? -1 : kri_object_len(ts, b);
    if (nb < 0)
        return NULL;
    int r;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        r = na == nb ? all_contained_in(ts, a, b) : 0;
        if (r >= 0 && op == KR_NE)
            r = !r;
        break;
    case KR_LT: r = na < nb ? all_contained_in(ts, a, b) : 0; break;
    case KR_LE: r = na <= nb ? all_contained_in(ts, a, b) : 0; break;
    case KR_GT: r = na > nb ? all_contained_in(ts, b, a) : 0; break;
    default: r = na >= nb ? all_contained_in(ts, b, a) : 0; break;
    }
    return r < 0 ? NULL : kr_bool(r);
}

/* set(view); a keys view is read straight from its dict. */
static KrObject *view_to_set(KrThread *ts, KrObject *o)
{
    KrObject *src = kr_isinstance(o, &kr_dict_keys_type) ? VIEW_DICT(o) : o;
    return kri_set_new(ts, src);
}

static KrObject *set_then_call(KrThread *ts, KrObject *a, KrObject *b, const char *meth)
{
    KrObject *r = view_to_set(ts, a);
    if (!r)
        return NULL;
    KrObject *name = kri_str_intern_cstr(ts, meth);
    KrObject *tmp = name ? kri_call_method(ts, r, name, &b, 1) : NULL;
    kr_xdecref(name);
    if (!tmp)
        KR_CLEAR(r);
    kr_xdecref(tmp);
    return r;
}

static KrObject *view_sub(KrThread *ts, KrObject *a, KrObject *b)
{
    return set_then_call(ts, a, b, "difference_update");
}

static KrObject *view_or(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *r = view_to_set(ts, a);
    if (r && kri_set_update(ts, r, b) < 0)
        KR_CLEAR(r);
    return r;
}

/* items ^ items: pairs of one dict that the other does not hold equal,
 * built in CPython's order (the second dict's pairs first). */
static KrObject *items_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    KrObject *rest = kri_dict_copy(ts, VIEW_DICT(a));
    KrObject *r = rest ? kri_set_new(ts, NULL) : NULL;
    ssize_t pos = 0;
    KrObject *k, *v2;
    int64_t h;
    while (r && kri_dict_next_hash(VIEW_DICT(b), &pos, &k, &v2, &h)) {
        kr_incref(k);
        kr_incref(v2);
        KrObject *v1 = kri_dict_get_hashed_borrow(ts, rest, k, h);
        int same = v1 ? 1 : kri_err_occurred(ts) ? -1 : 0;
        if (v1) {
            kr_incref(v1);
            same = kri_object_richcompare_bool(ts, v1, v2, KR_EQ);
            kr_decref(v1);
        }
        if (same > 0) {
            same = kri_dict_del(ts, rest, k) < 0 ? -1 : 1;
        } else if (same == 0) {
            KrObject *pair = kri_tuple_pack(ts, 2, k, v2);
            same = pair ? kri_set_add(ts, r, pair) : -1;
            kr_xdecref(pair);
        }
        kr_decref(k);
        kr_decref(v2);
        if (same < 0)
            KR_CLEAR(r);
    }
    KrObject *items = r ? kri_dictview_new(ts, rest, &kr_dict_items_type) : NULL;
    if (r && (!items || kri_set_update(ts, r, items) < 0))
        KR_CLEAR(r);
    kr_xdecref(items);
    kr_xdecref(rest);
    return r;
}

static KrObject *view_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    if (kr_isinstance(a, &kr_dict_items_type) && kr_isinstance(b, &kr_dict_items_type))
        return items_xor(ts, a, b);
    return set_then_call(ts, a, b, "symmetric_difference_update");
}

static KrObject *view_and(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!is_setlike_view(a)) {
        KrObject *t = a;
        a = b;
        b = t;
    }
    ssize_t na = view_len(ts, a);
    if (kr_is_type(b, &kr_set_type) && na <= kri_set_len(b)) {
        KrObject *name = kri_str_intern_cstr(ts, "intersection");
        KrObject *r = name ? kri_call_method(ts, b, name, &a, 1) : NULL;
        kr_xdecref(name);
        return r;
    }
    if (is_setlike_view(b) && view_len(ts, b) > na) {
        KrObject *t = a;
        a = b;
        b = t;
    }
    KrContainsFn contains = kr_isinstance(a, &kr_dict_keys_type) ? keys_contains : items_contains;
    KrObject *r = kri_set_new(ts, NULL);
    KrObject *it = r ? kri_object_iter(ts, b) : NULL, *x;
    if (!it) {
        kr_xdecref(r);
        return NULL;
    }
    while ((x = kri_iter_next(ts, it))) {
        int found = contains(ts, a, x);
        if (found < 0 || (found && kri_set_add(ts, r, x) < 0)) {
            kr_decref(x);
            break;
        }
        kr_decref(x);
    }
    kr_decref(it);
    if (kri_err_occurred(ts))
        KR_CLEAR(r);
    return r;
}

static KrObject *view_isdisjoint(KrThread *ts, KrObject *self, KrObject *other)
{
    if (self == other)
        return kr_bool(view_len(ts, self) == 0);
    KrObject *probe = self, *walk = other;
    if (kr_anyset_check(other) || is_setlike_view(other)) {
        ssize_t no = kri_object_len(ts, other);
        if (no < 0)
            return NULL;
        if (no > view_len(ts, self)) {
            probe = other;
            walk = self;
        }
    }
    KrObject *it = kri_object_iter(ts, walk), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (x = kri_iter_next(ts, it))) {
        found = kri_sequence_contains(ts, probe, x);
        kr_decref(x);
    }
    kr_decref(it);
    if (found < 0 || kri_err_occurred(ts))
        return NULL;
    return kr_bool(!found);
}

static const KrMethodDef setview_methods[] = {
    {"isdisjoint", KR_METH(view_isdisjoint), KR_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", KR_METH(view_reversed), KR_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static const KrMethodDef values_methods[] = {
    {"__reversed__", KR_METH(view_reversed), KR_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define SET_VIEW_TYPE(cname, pyname, contains_fn)                                  \
    KrType cname = {                                                               \
        KR_TYPE_HEADER,                                                            \
        .name = pyname,                                                            \
        .basicsize = sizeof(KrDictView),                                           \
        .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,               \
        .dealloc = view_dealloc,                                                   \
        .traverse = view_traverse,                                                 \
        .repr = view_repr,                                                         \
        .hash = kri_object_hash_not_implemented,                                   \
        .richcompare = view_richcompare,                                           \
        .getattro = kri_object_generic_getattr,                                    \
        .iter = view_iter,                                                         \
        .nb = {[KR_NB_SUBTRACT] = view_sub, [KR_NB_AND] = view_and,                \
               [KR_NB_OR] = view_or, [KR_NB_XOR] = view_xor},                      \
        .len = view_len,                                                           \
        .contains = contains_fn,                                                   \
        .methods = setview_methods,                                                \
        .getsets = view_getsets,                                                   \
    }

SET_VIEW_TYPE(kr_dict_keys_type, "dict_keys", keys_contains);
SET_VIEW_TYPE(kr_dict_items_type, "dict_items", items_contains);

KrType kr_dict_values_type = {
    KR_TYPE_HEADER,
    .name = "dict_values",
    .basicsize = sizeof(KrDictView),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .getattro = kri_object_generic_getattr,
    .iter = view_iter,
    .len = view_len,
    .contains = values_contains,
    .methods = values_methods,
    .getsets = view_getsets,
};
