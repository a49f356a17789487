/* The set and frozenset types' core: the hash table, construction,
 * iteration, repr, hashing of frozensets.
 *
 * The table follows CPython's setobject.c so iteration order matches:
 * probing looks at nine neighbouring entries before jumping
 * (i = 5*i + 1 + perturb), tables grow to 4x the used count (2x past
 * 50,000) when fill*5 >= mask*3, and deleted entries become dummies (the
 * static DUMMY key, hash -1, never compared). Comparisons run Python code that
 * may mutate the set: lookups restart when the table they read changed.
 * The algebra (union, intersection, ...) lives in set_methods.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The dummy key marking a deleted entry (immortal, never compared). */
static const KrObject dummy_key = KR_STATIC_HEADER(&kr_object_type);
#define DUMMY ((KrObject *)&dummy_key)

static int64_t key_hash(KrThread *ts, KrObject *key)
{
    if (kr_is_type(key, &kr_str_type)) {
        int64_t h = KR_STR(key)->hash;
        return h != -1 ? h : kri_str_hash(ts, key);
    }
    return kri_object_hash(ts, key);
}

static void set_init_empty(KrSet *s)
{
    memset(s->smalltable, 0, sizeof s->smalltable);
    s->table = s->smalltable;
    s->mask = KRI_SET_MINSIZE - 1;
    s->fill = s->used = 0;
    s->finger = 0;
}

KrObject *kri_set_make(KrThread *ts, KrType *type, KrObject *iterable)
{
    KrSet *s = (KrSet *)kri_type_generic_alloc(ts, type, 0);
    if (!s)
        return NULL;
    set_init_empty(s);
    s->hash = -1;
    if (iterable && kri_set_update(ts, KR_OBJ(s), iterable) < 0) {
        kr_decref(KR_OBJ(s));
        return NULL;
    }
    return KR_OBJ(s);
}

KrObject *kri_set_new(KrThread *ts, KrObject *iterable)
{
    return kri_set_make(ts, &kr_set_type, iterable);
}

KrObject *kri_frozenset_new(KrThread *ts, KrObject *iterable)
{
    if (iterable && kr_is_type(iterable, &kr_frozenset_type))
        return KR_NEWREF(iterable);
    return kri_set_make(ts, &kr_frozenset_type, iterable);
}

/* Finds [key]: the active entry holding it, or NULL (with *[err] set to
 * -1 on error, 0 when missing). */
static KrSetEntry *set_lookup(KrThread *ts, KrSet *s, KrObject *key, int64_t hash, int *err)
{
    *err = 0;
restart:;
    KrSetEntry *table = s->table;
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        KrSetEntry *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return NULL;
            if (e->hash == hash && e->key != DUMMY) {
                KrObject *start = e->key;
                if (start == key)
                    return e;
                bool strs = kr_is_type(start, &kr_str_type) && kr_is_type(key, &kr_str_type);
                if (strs && kri_str_eq(start, key))
                    return e;
                if (strs)
                    goto next;
                kr_incref(start);
                int cmp = kri_object_richcompare_bool(ts, start, key, KR_EQ);
                kr_decref(start);
                if (cmp < 0) {
                    *err = -1;
                    return NULL;
                }
                if (table != s->table || e->key != start)
                    goto restart;
                if (cmp)
                    return e;
                mask = s->mask;
            }
        next:
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Places [key] in a table known to hold no equal key and no dummies. */
static void insert_clean(KrSetEntry *table, size_t mask, KrObject *key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    KrSetEntry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    *e = (KrSetEntry){key, hash};
}

int kri_set_resize(KrThread *ts, KrObject *o, ssize_t minused)
{
    KrSet *s = (KrSet *)o;
    size_t newsize = KRI_SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    KrSetEntry *old = s->table, small_copy[KRI_SET_MINSIZE];
    size_t oldmask = s->mask;
    if (old == s->smalltable) {
        /* the small table is about to be reused or left: copy it out */
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    KrSetEntry *table;
    if (newsize == KRI_SET_MINSIZE) {
        table = s->smalltable;
        memset(table, 0, sizeof s->smalltable);
    } else {
        table = calloc(newsize, sizeof(KrSetEntry));
        if (!table) {
            kri_err_no_memory(ts);
            return -1;
        }
    }
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    if (s->table != s->smalltable && s->table != table)
        free(s->table);
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    return 0;
}

/* Adds [key] (hash known); 0 or -1. The last dummy met on the way is
 * reused, as in CPython. */
int kri_set_add_hashed(KrThread *ts, KrObject *o, KrObject *key, int64_t hash)
{
    KrSet *s = (KrSet *)o;
    kr_incref(key); /* the comparisons below may drop the caller's reference */
restart:;
    KrSetEntry *table = s->table, *freeslot = NULL, *e;
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused;
            if (e->hash == hash) {
                KrObject *start = e->key;
                if (start == key ||
                    (kr_is_type(start, &kr_str_type) && kr_is_type(key, &kr_str_type) &&
                     kri_str_eq(start, key)))
                    goto found_active;
                kr_incref(start);
                int cmp = kri_object_richcompare_bool(ts, start, key, KR_EQ);
                kr_decref(start);
                if (cmp < 0) {
                    kr_decref(key);
                    return -1;
                }
                if (cmp > 0)
                    goto found_active;
                if (table != s->table || e->key != start)
                    goto restart;
                mask = s->mask;
            } else if (e->hash == -1 && e->key == DUMMY) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        *freeslot = (KrSetEntry){key, hash};
        s->used++;
        return 0;
    }
    *e = (KrSetEntry){key, hash};
    s->fill++;
    s->used++;
    if ((size_t)s->fill * 5 < mask * 3)
        return 0;
    return kri_set_resize(ts, o, s->used > 50000 ? s->used * 2 : s->used * 4);
found_active:
    kr_decref(key);
    return 0;
}

int kri_set_add(KrThread *ts, KrObject *o, KrObject *key)
{
    int64_t hash = key_hash(ts, key);
    return hash == -1 ? -1 : kri_set_add_hashed(ts, o, key, hash);
}

int kri_set_contains_hashed(KrThread *ts, KrObject *o, KrObject *key, int64_t hash)
{
    int err;
    KrSetEntry *e = set_lookup(ts, (KrSet *)o, key, hash, &err);
    return e ? 1 : err;
}

int kri_set_discard_hashed(KrThread *ts, KrObject *o, KrObject *key, int64_t hash)
{
    KrSet *s = (KrSet *)o;
    int err;
    KrSetEntry *e = set_lookup(ts, s, key, hash, &err);
    if (!e)
        return err;
    KrObject *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    kr_decref(old);
    return 1;
}

/* The hash of [key] for a lookup: a set that is unhashable is looked up
 * as the equal frozenset (made into *[tmp], released by the caller). */
static int64_t lookup_hash(KrThread *ts, KrObject **key, KrObject **tmp)
{
    *tmp = NULL;
    int64_t hash = key_hash(ts, *key);
    if (hash != -1 || !kr_isinstance(*key, &kr_set_type) ||
        !kri_err_matches(ts, &kr_exc_TypeError))
        return hash;
    kri_err_clear(ts);
    *tmp = kri_set_make(ts, &kr_frozenset_type, *key);
    if (!*tmp)
        return -1;
    *key = *tmp;
    return key_hash(ts, *tmp);
}

int kri_set_contains(KrThread *ts, KrObject *o, KrObject *key)
{
    KrObject *tmp;
    int64_t hash = lookup_hash(ts, &key, &tmp);
    int r = hash == -1 ? -1 : kri_set_contains_hashed(ts, o, key, hash);
    kr_xdecref(tmp);
    return r;
}

int kri_set_discard(KrThread *ts, KrObject *o, KrObject *key)
{
    KrObject *tmp;
    int64_t hash = lookup_hash(ts, &key, &tmp);
    int r = hash == -1 ? -1 : kri_set_discard_hashed(ts, o, key, hash);
    kr_xdecref(tmp);
    return r;
}

/* Empties the set; keys are released after it is consistent again. */
void kri_set_clear(KrObject *o)
{
    KrSet *s = (KrSet *)o;
    KrSetEntry *table = s->table, small_copy[KRI_SET_MINSIZE];
    size_t mask = s->mask;
    if (table == s->smalltable) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    set_init_empty(s);
    for (size_t i = 0; i <= mask; i++)
        if (table[i].key && table[i].key != DUMMY)
            kr_decref(table[i].key);
    if (table != small_copy)
        free(table);
}

bool kri_set_next(KrObject *o, ssize_t *pos, KrSetEntry **entry)
{
    KrSet *s = (KrSet *)o;
    for (size_t i = (size_t)*pos; i <= s->mask; i++) {
        KrSetEntry *e = &s->table[i];
        if (e->key && e->key != DUMMY) {
            *pos = (ssize_t)i + 1;
            *entry = e;
            return true;
        }
    }
    *pos = (ssize_t)s->mask + 1;
    return false;
}

/* set.pop(): removes an arbitrary item, scanning on from where the last
 * pop stopped (CPython's finger), and returns it. */
KrObject *kri_set_pop(KrThread *ts, KrObject *o)
{
    KrSet *s = (KrSet *)o;
    if (s->used == 0)
        return kri_err_format(ts, &kr_exc_KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == DUMMY)
        i = (i + 1) & s->mask;
    KrObject *key = s->table[i].key;
    s->table[i] = (KrSetEntry){DUMMY, -1};
    s->used--;
    s->finger = i + 1;
    return key;
}

/* Drops the dummies once they are more than a quarter of the table. */
int kri_set_compact(KrThread *ts, KrObject *o)
{
    KrSet *s = (KrSet *)o;
    if ((size_t)(s->fill - s->used) <= s->mask / 4)
        return 0;
    return kri_set_resize(ts, o, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void kri_set_swap_bodies(KrObject *a, KrObject *b)
{
    KrSet *x = (KrSet *)a, *y = (KrSet *)b;
    KrSet t = *x;
    bool xs = x->table == x->smalltable, ys = y->table == y->smalltable;
    x->fill = y->fill;
    x->used = y->used;
    x->mask = y->mask;
    x->hash = y->hash;
    memcpy(x->smalltable, y->smalltable, sizeof x->smalltable);
    x->table = ys ? x->smalltable : y->table;
    y->fill = t.fill;
    y->used = t.used;
    y->mask = t.mask;
    y->hash = t.hash;
    memcpy(y->smalltable, t.smalltable, sizeof y->smalltable);
    y->table = xs ? y->smalltable : t.table;
}

/* Adds every key of set [other]: a straight table copy when [o] is
 * empty, as CPython does (which keeps the copy's order identical). */
static int merge_set(KrThread *ts, KrObject *o, KrObject *other)
{
    KrSet *s = (KrSet *)o, *t = (KrSet *)other;
    if (o == other || t->used == 0)
        return 0;
    if ((size_t)(s->fill + t->used) * 5 >= s->mask * 3 &&
        kri_set_resize(ts, o, (s->used + t->used) * 2) < 0)
        return -1;
    if (s->fill == 0 && s->mask == t->mask && t->fill == t->used) {
        for (size_t i = 0; i <= t->mask; i++)
            if (t->table[i].key)
                s->table[i] = (KrSetEntry){kr_incref(t->table[i].key), t->table[i].hash};
        s->fill = s->used = t->used;
        return 0;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= t->mask; i++) {
            KrSetEntry *e = &t->table[i];
            if (e->key && e->key != DUMMY)
                insert_clean(s->table, s->mask, kr_incref(e->key), e->hash);
        }
        s->fill = s->used = t->used;
        return 0;
    }
    for (size_t i = 0; i <= t->mask; i++) {
        KrSetEntry *e = &t->table[i];
        if (e->key && e->key != DUMMY && kri_set_add_hashed(ts, o, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

static int merge_dict(KrThread *ts, KrObject *o, KrObject *dict)
{
    KrSet *s = (KrSet *)o;
    ssize_t n = kri_dict_len(dict), pos = 0;
    if ((size_t)(s->fill + n) * 5 >= s->mask * 3 &&
        kri_set_resize(ts, o, (s->used + n) * 2) < 0)
        return -1;
    KrObject *k, *v;
    int64_t h;
    while (kri_dict_next_hash(dict, &pos, &k, &v, &h))
        if (kri_set_add_hashed(ts, o, k, h) < 0)
            return -1;
    return 0;
}

int kri_set_update(KrThread *ts, KrObject *o, KrObject *other)
{
    if (kr_anyset_check(other))
        return merge_set(ts, o, other);
    if (kr_is_type(other, &kr_dict_type))
        return merge_dict(ts, o, other);
    KrObject *it = kri_object_iter(ts, other), *key;
    if (!it)
        return -1;
    while ((key = kri_iter_next(ts, it))) {
        int r = kri_set_add(ts, o, key);
        kr_decref(key);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

/* ---- slots ---- */

static void set_dealloc(KrObject *o)
{
    KrSet *s = (KrSet *)o;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY)
            kr_decref(s->table[i].key);
    if (s->table != s->smalltable)
        free(s->table);
    kri_object_free(o);
}

static int set_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    ssize_t pos = 0;
    KrSetEntry *e;
    while (kri_set_next(o, &pos, &e)) {
        int r = visit(e->key, arg);
        if (r)
            return r;
    }
    return 0;
}

static int set_clear_slot(KrThread *ts, KrObject *o)
{
    kri_set_clear(o);
    return 0;
}

static ssize_t set_len(KrThread *ts, KrObject *o)
{
    return ((KrSet *)o)->used;
}

static int set_contains_slot(KrThread *ts, KrObject *o, KrObject *key)
{
    return kri_set_contains(ts, o, key);
}

static KrObject *set_repr(KrThread *ts, KrObject *o)
{
    const char *name = kri_type_name(o->ob_type);
    if (kri_set_len(o) == 0)
        return kri_str_format(ts, "%s()", name);
    int rec = kri_repr_enter(ts, o);
    if (rec != 0)
        return rec < 0 ? NULL : kri_str_format(ts, "%s(...)", name);
    KrObject *keys = kri_sequence_list(ts, o), *r = NULL;
    KrObject *lr = keys ? kri_object_repr(ts, keys) : NULL;
    if (lr) {
        /* "[1, 2]" becomes "{1, 2}" */
        KrObject *inner = kri_str_substr(ts, lr, 1, kr_str_len(lr) - 1);
        bool plain = kr_is_type(o, &kr_set_type);
        if (inner)
            r = plain ? kri_str_format(ts, "{%U}", inner)
                      : kri_str_format(ts, "%s({%U})", name, inner);
        kr_xdecref(inner);
    }
    kr_xdecref(lr);
    kr_xdecref(keys);
    kri_repr_leave(ts, o);
    return r;
}

static int64_t frozenset_hash(KrThread *ts, KrObject *o)
{
    KrSet *s = (KrSet *)o;
    if (s->hash != -1)
        return s->hash;
    int64_t *hashes = malloc((size_t)(s->used ? s->used : 1) * sizeof(int64_t));
    if (!hashes) {
        kri_err_no_memory(ts);
        return -1;
    }
    ssize_t pos = 0, n = 0;
    KrSetEntry *e;
    while (kri_set_next(o, &pos, &e))
        hashes[n++] = e->hash;
    s->hash = kri_hash_frozenset_combine(hashes, (size_t)n);
    free(hashes);
    return s->hash;
}

static KrObject *set_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    if (type == &kr_set_type && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "set() takes no keyword arguments");
    return kri_set_make(ts, type, NULL);
}

static int set_tp_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_set(ts, &kr_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (kri_check_args(ts, "set", nargs, 0, 1, NULL) < 0)
        return -1;
    if (kri_set_len(self))
        kri_set_clear(self);
    return nargs ? kri_set_update(ts, self, args[0]) : 0;
}

static KrObject *frozenset_tp_new(KrThread *ts, KrType *type, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    bool plain_init = type == &kr_frozenset_type || type->init == kr_frozenset_type.init;
    if (plain_init && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "frozenset() takes no keyword arguments");
    if (kri_check_args(ts, kri_type_name(type), nargs, 0, 1, NULL) < 0)
        return NULL;
    if (type == &kr_frozenset_type && nargs && kr_is_type(args[0], &kr_frozenset_type))
        return KR_NEWREF(args[0]);
    return kri_set_make(ts, type, nargs ? args[0] : NULL);
}

/* ---- the iterator ---- */

typedef struct KrSetIter {
    KrObject ob_base;
    KrObject *set; /* owned; NULL once exhausted */
    ssize_t used;  /* the set's size at the start */
    ssize_t pos;
    ssize_t len;   /* items left */
} KrSetIter;

static KrObject *set_iter(KrThread *ts, KrObject *o)
{
    KrSetIter *it = (KrSetIter *)kri_object_alloc(ts, &kr_set_iter_type, sizeof(KrSetIter));
    if (!it)
        return NULL;
    it->set = kr_incref(o);
    it->used = it->len = kri_set_len(o);
    return KR_OBJ(it);
}

static void setiter_dealloc(KrObject *o)
{
    kr_xdecref(((KrSetIter *)o)->set);
    kri_object_free(o);
}

static int setiter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *s = ((KrSetIter *)o)->set;
    return s ? visit(s, arg) : 0;
}

static KrObject *setiter_self(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *setiter_next(KrThread *ts, KrObject *o)
{
    KrSetIter *it = (KrSetIter *)o;
    if (!it->set)
        return NULL;
    if (it->used != kri_set_len(it->set)) {
        it->used = -1;
        return kri_err_format(ts, &kr_exc_RuntimeError, "Set changed size during iteration");
    }
    KrSetEntry *e;
    if (!kri_set_next(it->set, &it->pos, &e)) {
        KR_CLEAR(it->set);
        return NULL;
    }
    it->len--;
    return kr_incref(e->key);
}

static KrObject *setiter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrSetIter *it = (KrSetIter *)o;
    ssize_t n = it->set && it->used == kri_set_len(it->set) ? it->len : 0;
    return kri_int_from_ssize(ts, n);
}

static const KrMethodDef setiter_methods[] = {
    {"__length_hint__", KR_METH(setiter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

KrType kr_set_iter_type = {
    KR_TYPE_HEADER,
    .name = "set_iterator",
    .basicsize = sizeof(KrSetIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .getattro = kri_object_generic_getattr,
    .iter = setiter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

KrType kr_set_type = {
    KR_TYPE_HEADER,
    .name = "set",
    .basicsize = sizeof(KrSet),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = set_tp_new,
    .init = set_tp_init,
    .repr = set_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = kri_set_richcompare,
    .getattro = kri_object_generic_getattr,
    .iter = set_iter,
    .nb = {[KR_NB_OR] = kri_set_or, [KR_NB_AND] = kri_set_and,
           [KR_NB_SUBTRACT] = kri_set_sub, [KR_NB_XOR] = kri_set_xor},
    .nb_inplace = {[KR_NB_OR] = kri_set_ior, [KR_NB_AND] = kri_set_iand,
                   [KR_NB_SUBTRACT] = kri_set_isub, [KR_NB_XOR] = kri_set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = kri_set_methods,
};

KrType kr_frozenset_type = {
    KR_TYPE_HEADER,
    .name = "frozenset",
    .basicsize = sizeof(KrSet),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .new_ = frozenset_tp_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = kri_set_richcompare,
    .getattro = kri_object_generic_getattr,
    .iter = set_iter,
    .nb = {[KR_NB_OR] = kri_set_or, [KR_NB_AND] = kri_set_and,
           [KR_NB_SUBTRACT] = kri_set_sub, [KR_NB_XOR] = kri_set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = kri_frozenset_methods,
};
