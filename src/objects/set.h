/* The set and frozenset types (set.c), and the internals the container
 * files share among themselves (list*.c, tuple.c, dict*.c, set*.c):
 * included by types.h. Functions return new references or NULL, ints -1 on
 * error, unless their comment says otherwise. */
#ifndef KRAIT_SET_H
#define KRAIT_SET_H

/* ---- set.c ----
 * An open-addressing table of {key, hash} entries, probed as CPython's
 * setobject.c does (nine linear probes, then perturbation), so iteration
 * order equals CPython's. An entry is unused (key NULL), a dummy (key
 * a static dummy, hash -1) or active. Invariants: fill counts active and
 * dummy entries, used the active ones; fill*5 < mask*3 after every
 * insertion; small tables live inline in the object. */
typedef struct KrSetEntry {
    KrObject *key; /* owned when active */
    int64_t hash;
} KrSetEntry;

#define KRI_SET_MINSIZE 8

typedef struct KrSet {
    KrObject ob_base;
    ssize_t fill, used;
    size_t mask;
    size_t finger;       /* where pop() looks next */
    int64_t hash;        /* frozenset: cached hash, -1 until computed */
    KrSetEntry *table;   /* smalltable or malloc'd */
    KrObject *weaklist;
    KrSetEntry smalltable[KRI_SET_MINSIZE];
} KrSet;

KR_HIDDEN extern KrType kr_set_type, kr_frozenset_type, kr_set_iter_type;
KR_HIDDEN KrObject *kri_set_new(KrThread *ts, KrObject *iterable);
KR_HIDDEN KrObject *kri_frozenset_new(KrThread *ts, KrObject *iterable);
KR_HIDDEN int kri_set_add(KrThread *ts, KrObject *set, KrObject *key);
KR_HIDDEN int kri_set_contains(KrThread *ts, KrObject *set, KrObject *key);
static inline bool kr_anyset_check(const KrObject *o)
{
    return kr_isinstance(o, &kr_set_type) || kr_isinstance(o, &kr_frozenset_type);
}
static inline ssize_t kri_set_len(const KrObject *o)
{
    return ((const KrSet *)o)->used;
}
/* A set of exact [type] (set, frozenset or a subclass) holding the items
 * of [iterable] (NULL: empty); the subclass's __init__ is not run. */
KR_HIDDEN KrObject *kri_set_make(KrThread *ts, KrType *type, KrObject *iterable);
/* Adds every item of [other] (any iterable; sets and dicts fast). */
KR_HIDDEN KR_NODISCARD int kri_set_update(KrThread *ts, KrObject *set, KrObject *other);
/* 1 removed, 0 missing, -1 error; a set key is looked up as a frozenset. */
KR_HIDDEN int kri_set_discard(KrThread *ts, KrObject *set, KrObject *key);
KR_HIDDEN void kri_set_clear(KrObject *set);
/* Iterates: *[pos] starts at 0; the entry is borrowed. false at the end. */
KR_HIDDEN bool kri_set_next(KrObject *set, ssize_t *pos, KrSetEntry **entry);
KR_HIDDEN int kri_set_contains_hashed(KrThread *ts, KrObject *set, KrObject *key,
                                      int64_t hash);
KR_HIDDEN int kri_set_add_hashed(KrThread *ts, KrObject *set, KrObject *key, int64_t hash);
/* 1 when found (and removed), 0 missing, -1 error. */
KR_HIDDEN int kri_set_discard_hashed(KrThread *ts, KrObject *set, KrObject *key,
                                     int64_t hash);
/* Rebuilds the table with room for [minused] items (drops dummies). */
KR_HIDDEN KR_NODISCARD int kri_set_resize(KrThread *ts, KrObject *set, ssize_t minused);
/* set.pop(): an arbitrary item (KeyError "pop from an empty set"). */
KR_HIDDEN KrObject *kri_set_pop(KrThread *ts, KrObject *set);
/* Resizes away the dummies when they fill over a quarter of the table. */
KR_HIDDEN KR_NODISCARD int kri_set_compact(KrThread *ts, KrObject *set);
/* Exchanges the contents (not the types) of two sets. */
KR_HIDDEN void kri_set_swap_bodies(KrObject *a, KrObject *b);

/* ---- set_methods.c: the set algebra and the method tables ---- */
KR_HIDDEN extern const KrMethodDef kri_set_methods[], kri_frozenset_methods[];
KR_HIDDEN KrObject *kri_set_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op);
KR_HIDDEN KrObject *kri_set_or(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_and(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_sub(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_xor(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_ior(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_iand(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_isub(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_set_ixor(KrThread *ts, KrObject *a, KrObject *b);
/* set.issubset-style tests on two sets: 1, 0 or -1. */
KR_HIDDEN int kri_set_issubset(KrThread *ts, KrObject *a, KrObject *b);

/* ---- list.c / list_methods.c ---- */
KR_HIDDEN KR_NODISCARD int kri_list_resize(KrThread *ts, KrObject *list, ssize_t newsize);
KR_HIDDEN void kri_list_clear(KrObject *list);
KR_HIDDEN extern const KrMethodDef kri_list_methods[];
KR_HIDDEN extern KrType kr_list_reviter_type;
/* Lexicographic comparison of two lists or of two tuples. */
KR_HIDDEN KrObject *kri_seq_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op);
/* The index [o] for a sequence of [len] items, negative indexes counted
 * from the end; no bounds check. -1 with an exception on error (check
 * kri_err_occurred). */
KR_HIDDEN ssize_t kri_seq_index(KrThread *ts, KrObject *o, ssize_t len);
/* The (start, stop) arguments of list.index / tuple.index, clipped to
 * [len]. 0 or -1. */
KR_HIDDEN int kri_seq_index_bounds(KrThread *ts, KrObject *const *args, ssize_t nargs,
                                   ssize_t len, ssize_t *start, ssize_t *stop);

/* ---- dict.c internals ---- */
/* Like kri_dict_next, also giving the stored hash. */
KR_HIDDEN bool kri_dict_next_hash(KrObject *d, ssize_t *pos, KrObject **key,
                                  KrObject **value, int64_t *hash);
/* Entries used so far (deleted ones included): iteration bound. */
KR_HIDDEN ssize_t kri_dict_nentries(const KrObject *d);
/* The entry at [i] (borrowed key and value); false when deleted. */
KR_HIDDEN bool kri_dict_entry(KrObject *d, ssize_t i, KrObject **key, KrObject **value);
/* Removes the last item: new references in *[key] and *[value]. 0 or -1
 * (KeyError "popitem(): dictionary is empty"). */
KR_HIDDEN int kri_dict_popitem(KrThread *ts, KrObject *d, KrObject **key, KrObject **value);
KR_HIDDEN KrObject *kri_dict_get_hashed_borrow(KrThread *ts, KrObject *d, KrObject *key,
                                               int64_t hash);
KR_HIDDEN int kri_dict_set_hashed(KrThread *ts, KrObject *d, KrObject *key, int64_t hash,
                                  KrObject *value);
KR_HIDDEN size_t kri_dict_sizeof(const KrObject *d);

/* ---- dict_methods.c ---- */
KR_HIDDEN extern const KrMethodDef kri_dict_methods[];
/* dict.update(arg): a mapping (has keys()) or an iterable of pairs. */
KR_HIDDEN int kri_dict_update_arg(KrThread *ts, KrObject *d, KrObject *arg);
KR_HIDDEN KrObject *kri_dict_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op);
KR_HIDDEN KrObject *kri_dict_or(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_dict_ior(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_dict_tp_new(KrThread *ts, KrType *type, KrObject *const *args,
                                    size_t nargsf, KrObject *kwnames);
KR_HIDDEN int kri_dict_tp_init(KrThread *ts, KrObject *self, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames);

/* ---- dict_views.c: keys/values/items views and the iterators ---- */
typedef struct KrDictView {
    KrObject ob_base;
    KrObject *dict; /* owned */
} KrDictView;
KR_HIDDEN extern KrType kr_dict_keys_type, kr_dict_values_type, kr_dict_items_type;
KR_HIDDEN extern KrType kr_dict_keyiter_type, kr_dict_valueiter_type, kr_dict_itemiter_type;
KR_HIDDEN extern KrType kr_dict_revkeyiter_type, kr_dict_revvalueiter_type,
    kr_dict_revitemiter_type;
KR_HIDDEN KrObject *kri_dictview_new(KrThread *ts, KrObject *dict, KrType *type);
/* An iterator of [type] (one of the six above) over [dict]. */
KR_HIDDEN KrObject *kri_dictiter_new(KrThread *ts, KrObject *dict, KrType *type);
KR_HIDDEN KrObject *kri_dict_iter(KrThread *ts, KrObject *dict);

#endif
