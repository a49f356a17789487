/* The set algebra of set and frozenset: union, intersection, difference,
 * symmetric difference (methods taking any iterables, operators taking
 * only sets), the in-place forms, subset tests and comparisons, and the
 * method tables. Results have the operand's base type (set for set
 * subclasses, frozenset for frozenset subclasses), and the algorithms
 * visit items in CPython's order, so the resulting sets iterate the same.
 * Keys are held with a reference across lookups that may run __eq__. */
#include "objects/generic.h"
#include "objects/objects.h"

static KrType *base_type(const KrObject *o)
{
    return kr_isinstance(o, &kr_set_type) ? &kr_set_type : &kr_frozenset_type;
}

static KrObject *set_copy_of(KrThread *ts, KrObject *so)
{
    return kri_set_make(ts, base_type(so), so);
}

/* Calls [fn](ts, target, key, hash, result) for every key of [other] (a
 * set, or any iterable whose items are hashed here). [fn] returns -1 on
 * error, 0 to go on, 1 to stop; the walk returns -1, 0 (done) or 1. */
typedef int (*KeyFn)(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                     KrObject *result);

static int for_each_key(KrThread *ts, KrObject *other, KeyFn fn, KrObject *target,
                        KrObject *result)
{
    if (kr_anyset_check(other)) {
        ssize_t pos = 0;
        KrSetEntry *e;
        while (kri_set_next(other, &pos, &e)) {
            KrObject *key = kr_incref(e->key);
            int r = fn(ts, target, key, e->hash, result);
            kr_decref(key);
            if (r != 0)
                return r;
        }
        return 0;
    }
    KrObject *it = kri_object_iter(ts, other), *key;
    if (!it)
        return -1;
    while ((key = kri_iter_next(ts, it))) {
        int64_t hash = kri_object_hash(ts, key);
        int r = hash == -1 ? -1 : fn(ts, target, key, hash, result);
        kr_decref(key);
        if (r != 0) {
            kr_decref(it);
            return r;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

static int keep_if_in(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                      KrObject *result)
{
    int r = kri_set_contains_hashed(ts, target, key, hash);
    return r <= 0 ? r : kri_set_add_hashed(ts, result, key, hash);
}

static int keep_if_not_in(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                          KrObject *result)
{
    int r;
    if (kr_is_type(target, &kr_dict_type)) {
        r = kri_dict_get_hashed_borrow(ts, target, key, hash) ? 1 : 0;
        if (!r && kri_err_occurred(ts))
            return -1;
    } else {
        r = kri_set_contains_hashed(ts, target, key, hash);
    }
    return r != 0 ? (r < 0 ? -1 : 0) : kri_set_add_hashed(ts, result, key, hash);
}

static int discard_key(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                       KrObject *result)
{
    int r = kri_set_discard_hashed(ts, target, key, hash);
    return r < 0 ? -1 : 0;
}

static int toggle_key(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                      KrObject *result)
{
    int r = kri_set_discard_hashed(ts, target, key, hash);
    return r != 0 ? (r < 0 ? -1 : 0) : kri_set_add_hashed(ts, target, key, hash);
}

static KrObject *set_intersection(KrThread *ts, KrObject *so, KrObject *other)
{
    if (so == other)
        return set_copy_of(ts, so);
    KrObject *result = kri_set_make(ts, base_type(so), NULL);
    if (!result)
        return NULL;
    KrObject *probe = so;
    if (kr_anyset_check(other) && kri_set_len(other) > kri_set_len(so)) {
        probe = other;
        other = so;
    }
    if (for_each_key(ts, other, keep_if_in, probe, result) < 0)
        KR_CLEAR(result);
    return result;
}

static int difference_update(KrThread *ts, KrObject *so, KrObject *other)
{
    if (so == other) {
        kri_set_clear(so);
        return 0;
    }
    if (for_each_key(ts, other, discard_key, so, NULL) < 0)
        return -1;
    return kri_set_compact(ts, so);
}

static KrObject *copy_and_difference(KrThread *ts, KrObject *so, KrObject *other)
{
    KrObject *r = set_copy_of(ts, so);
    if (r && difference_update(ts, r, other) < 0)
        KR_CLEAR(r);
    return r;
}

static KrObject *set_difference(KrThread *ts, KrObject *so, KrObject *other)
{
    ssize_t other_size;
    if (kr_anyset_check(other))
        other_size = kri_set_len(other);
    else if (kr_is_type(other, &kr_dict_type))
        other_size = kri_dict_len(other);
    else
        return copy_and_difference(ts, so, other);
    if ((kri_set_len(so) >> 2) > other_size)
        return copy_and_difference(ts, so, other);
    KrObject *result = kri_set_make(ts, base_type(so), NULL);
    if (result && for_each_key(ts, so, keep_if_not_in, other, result) < 0)
        KR_CLEAR(result);
    return result;
}

static int symmetric_update(KrThread *ts, KrObject *so, KrObject *other)
{
    if (so == other) {
        kri_set_clear(so);
        return 0;
    }
    if (kr_is_type(other, &kr_dict_type)) {
        ssize_t pos = 0;
        KrObject *k, *v;
        int64_t h;
        while (kri_dict_next_hash(other, &pos, &k, &v, &h)) {
            kr_incref(k);
            int r = toggle_key(ts, so, k, h, NULL);
            kr_decref(k);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    KrObject *otherset = kr_anyset_check(other) ? KR_NEWREF(other)
                                                : kri_set_make(ts, base_type(so), other);
    if (!otherset)
        return -1;
    int r = for_each_key(ts, otherset, toggle_key, so, NULL);
    kr_decref(otherset);
    return r;
}

static KrObject *set_symmetric_difference(KrThread *ts, KrObject *so, KrObject *other)
{
    KrObject *r = kri_set_make(ts, base_type(so), other);
    if (r && symmetric_update(ts, r, so) < 0)
        KR_CLEAR(r);
    return r;
}

static int contains_in(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                       KrObject *unused)
{
    int r = kri_set_contains_hashed(ts, target, key, hash);
    return r < 0 ? -1 : r ? 0 : 1; /* 1 stops the walk below: a missing key */
}

int kri_set_issubset(KrThread *ts, KrObject *a, KrObject *b)
{
    if (kri_set_len(a) > kri_set_len(b))
        return 0;
    ssize_t pos = 0;
    KrSetEntry *e;
    while (kri_set_next(a, &pos, &e)) {
        KrObject *key = kr_incref(e->key);
        int r = contains_in(ts, b, key, e->hash, NULL);
        kr_decref(key);
        if (r != 0)
            return r < 0 ? -1 : 0;
    }
    return 1;
}

/* ---- methods ---- */

static KrObject *meth_add(KrThread *ts, KrObject *so, KrObject *key)
{
    return kri_set_add(ts, so, key) < 0 ? NULL : KR_NONE;
}

static KrObject *meth_clear(KrThread *ts, KrObject *so, KrObject *unused)
{
    kri_set_clear(so);
    return KR_NONE;
}

static KrObject *meth_copy(KrThread *ts, KrObject *so, KrObject *unused)
{
    return set_copy_of(ts, so);
}

static KrObject *meth_frozenset_copy(KrThread *ts, KrObject *so, KrObject *unused)
{
    if (kr_is_type(so, &kr_frozenset_type))
        return KR_NEWREF(so);
    return set_copy_of(ts, so);
}

static KrObject *meth_discard(KrThread *ts, KrObject *so, KrObject *key)
{
    return kri_set_discard(ts, so, key) < 0 ? NULL : KR_NONE;
}

static KrObject *meth_remove(KrThread *ts, KrObject *so, KrObject *key)
{
    int r = kri_set_discard(ts, so, key);
    if (r == 0)
        kri_err_set_object(ts, &kr_exc_KeyError, key);
    return r <= 0 ? NULL : KR_NONE;
}

static KrObject *meth_pop(KrThread *ts, KrObject *so, KrObject *unused)
{
    return kri_set_pop(ts, so);
}

static KrObject *meth_contains(KrThread *ts, KrObject *so, KrObject *key)
{
    int r = kri_set_contains(ts, so, key);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *meth_union(KrThread *ts, KrObject *so, KrObject *const *args, ssize_t nargs)
{
    KrObject *r = set_copy_of(ts, so);
    for (ssize_t i = 0; r && i < nargs; i++)
        if (args[i] != so && kri_set_update(ts, r, args[i]) < 0)
            KR_CLEAR(r);
    return r;
}

static KrObject *meth_update(KrThread *ts, KrObject *so, KrObject *const *args, ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (kri_set_update(ts, so, args[i]) < 0)
            return NULL;
    return KR_NONE;
}

static KrObject *meth_intersection(KrThread *ts, KrObject *so, KrObject *const *args,
                                   ssize_t nargs)
{
    if (nargs == 0)
        return set_copy_of(ts, so);
    KrObject *r = KR_NEWREF(so);
    for (ssize_t i = 0; r && i < nargs; i++) {
        KrObject *next = set_intersection(ts, r, args[i]);
        kr_decref(r);
        r = next;
    }
    return r;
}

static KrObject *meth_intersection_update(KrThread *ts, KrObject *so, KrObject *const *args,
                                          ssize_t nargs)
{
    KrObject *tmp = meth_intersection(ts, so, args, nargs);
    if (!tmp)
        return NULL;
    kri_set_swap_bodies(so, tmp);
    kr_decref(tmp);
    return KR_NONE;
}

static KrObject *meth_difference(KrThread *ts, KrObject *so, KrObject *const *args,
                                 ssize_t nargs)
{
    if (nargs == 0)
        return set_copy_of(ts, so);
    if (nargs == 1)
        return set_difference(ts, so, args[0]);
    KrObject *r = set_copy_of(ts, so);
    for (ssize_t i = 0; r && i < nargs; i++)
        if (difference_update(ts, r, args[i]) < 0)
            KR_CLEAR(r);
    return r;
}

static KrObject *meth_difference_update(KrThread *ts, KrObject *so, KrObject *const *args,
                                        ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (difference_update(ts, so, args[i]) < 0)
            return NULL;
    return KR_NONE;
}

static KrObject *meth_symmetric_difference(KrThread *ts, KrObject *so, KrObject *other)
{
    return set_symmetric_difference(ts, so, other);
}

static KrObject *meth_symmetric_difference_update(KrThread *ts, KrObject *so, KrObject *other)
{
    return symmetric_update(ts, so, other) < 0 ? NULL : KR_NONE;
}

static KrObject *meth_issubset(KrThread *ts, KrObject *so, KrObject *other)
{
    if (kr_anyset_check(other)) {
        int r = kri_set_issubset(ts, so, other);
        return r < 0 ? NULL : kr_bool(r);
    }
    KrObject *tmp = kri_set_new(ts, other);
    if (!tmp)
        return NULL;
    int r = kri_set_issubset(ts, so, tmp);
    kr_decref(tmp);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *meth_issuperset(KrThread *ts, KrObject *so, KrObject *other)
{
    if (kr_anyset_check(other)) {
        int r = kri_set_issubset(ts, other, so);
        return r < 0 ? NULL : kr_bool(r);
    }
    int r = for_each_key(ts, other, contains_in, so, NULL);
    return r < 0 ? NULL : kr_bool(r == 0);
}

static int found_in(KrThread *ts, KrObject *target, KrObject *key, int64_t hash,
                    KrObject *unused)
{
    return kri_set_contains_hashed(ts, target, key, hash); /* 1 stops the walk */
}

static KrObject *meth_isdisjoint(KrThread *ts, KrObject *so, KrObject *other)
{
    if (so == other)
        return kr_bool(kri_set_len(so) == 0);
    KrObject *probe = so;
    if (kr_anyset_check(other) && kri_set_len(other) > kri_set_len(so)) {
        probe = other;
        other = so;
    }
    int r = for_each_key(ts, other, found_in, probe, NULL);
    return r < 0 ? NULL : kr_bool(r == 0);
}

static KrObject *meth_sizeof(KrThread *ts, KrObject *so, KrObject *unused)
{
    KrSet *s = (KrSet *)so;
    size_t size = (size_t)so->ob_type->basicsize;
    if (s->table != s->smalltable)
        size += (s->mask + 1) * sizeof(KrSetEntry);
    return kri_int_from_ssize(ts, (ssize_t)size);
}

/* ---- operators: sets only ---- */

KrObject *kri_set_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    KrObject *r = set_copy_of(ts, a);
    if (r && a != b && kri_set_update(ts, r, b) < 0)
        KR_CLEAR(r);
    return r;
}

KrObject *kri_set_and(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return set_intersection(ts, a, b);
}

KrObject *kri_set_sub(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return set_difference(ts, a, b);
}

KrObject *kri_set_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return set_symmetric_difference(ts, a, b);
}

KrObject *kri_set_ior(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return kri_set_update(ts, a, b) < 0 ? NULL : KR_NEWREF(a);
}

KrObject *kri_set_iand(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    KrObject *r = meth_intersection_update(ts, a, &b, 1);
    return r ? KR_NEWREF(a) : NULL;
}

KrObject *kri_set_isub(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return difference_update(ts, a, b) < 0 ? NULL : KR_NEWREF(a);
}

KrObject *kri_set_ixor(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    return symmetric_update(ts, a, b) < 0 ? NULL : KR_NEWREF(a);
}

KrObject *kri_set_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_anyset_check(b))
        return KR_NOTIMPLEMENTED;
    ssize_t na = kri_set_len(a), nb = kri_set_len(b);
    int r;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        if (na != nb)
            r = 0;
        else if (kr_isinstance(a, &kr_frozenset_type) && kr_isinstance(b, &kr_frozenset_type) &&
                 ((KrSet *)a)->hash != -1 && ((KrSet *)b)->hash != -1 &&
                 ((KrSet *)a)->hash != ((KrSet *)b)->hash)
            r = 0;
        else
            r = kri_set_issubset(ts, a, b);
        if (r >= 0 && op == KR_NE)
            r = !r;
        break;
    case KR_LE: r = kri_set_issubset(ts, a, b); break;
    case KR_GE: r = kri_set_issubset(ts, b, a); break;
    case KR_LT: r = na < nb ? kri_set_issubset(ts, a, b) : 0; break;
    default: r = na > nb ? kri_set_issubset(ts, b, a) : 0; break;
    }
    return r < 0 ? NULL : kr_bool(r);
}

/* ---- method tables ---- */

#define SHARED_METHODS                                                             \
    {"__contains__", KR_METH(meth_contains), KR_METH_O | KR_METH_COEXIST,          \
     "x.__contains__(y) <==> y in x."},                                            \
    {"__sizeof__", KR_METH(meth_sizeof), KR_METH_NOARGS,                          \
     "S.__sizeof__() -> size of S in memory, in bytes"},                           \
    {"difference", KR_METH(meth_difference), KR_METH_FAST,                         \
     "Return the difference of two or more sets as a new set."},                   \
    {"intersection", KR_METH(meth_intersection), KR_METH_FAST,                     \
     "Return the intersection of two sets as a new set."},                         \
    {"isdisjoint", KR_METH(meth_isdisjoint), KR_METH_O,                            \
     "Return True if two sets have a null intersection."},                         \
    {"issubset", KR_METH(meth_issubset), KR_METH_O,                                \
     "Report whether another set contains this set."},                             \
    {"issuperset", KR_METH(meth_issuperset), KR_METH_O,                            \
     "Report whether this set contains another set."},                             \
    {"symmetric_difference", KR_METH(meth_symmetric_difference), KR_METH_O,        \
     "Return the symmetric difference of two sets as a new set."},                 \
    {"union", KR_METH(meth_union), KR_METH_FAST,                                   \
     "Return the union of sets as a new set."},                                    \
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem),                 \
     KR_METH_O | KR_METH_CLASS, "See PEP 585"}

const KrMethodDef kri_set_methods[] = {
    {"add", KR_METH(meth_add), KR_METH_O, "Add an element to a set."},
    {"clear", KR_METH(meth_clear), KR_METH_NOARGS, "Remove all elements from this set."},
    {"copy", KR_METH(meth_copy), KR_METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", KR_METH(meth_discard), KR_METH_O,
     "Remove an element from a set if it is a member."},
    {"difference_update", KR_METH(meth_difference_update), KR_METH_FAST,
     "Remove all elements of another set from this set."},
    {"intersection_update", KR_METH(meth_intersection_update), KR_METH_FAST,
     "Update a set with the intersection of itself and another."},
    {"pop", KR_METH(meth_pop), KR_METH_NOARGS, "Remove and return an arbitrary set element."},
    {"remove", KR_METH(meth_remove), KR_METH_O,
     "Remove an element from a set; it must be a member."},
    {"symmetric_difference_update", KR_METH(meth_symmetric_difference_update), KR_METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"update", KR_METH(meth_update), KR_METH_FAST,
     "Update a set with the union of itself and others."},
    SHARED_METHODS,
    {NULL, NULL, 0, NULL},
};

const KrMethodDef kri_frozenset_methods[] = {
    {"copy", KR_METH(meth_frozenset_copy), KR_METH_NOARGS, "Return a shallow copy of a set."},
    SHARED_METHODS,
    {NULL, NULL, 0, NULL},
};
