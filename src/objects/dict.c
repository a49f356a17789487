/* The dict type's core: a compact, insertion-ordered hash table.
 *
 * KrDictKeys holds an index table of 2**log2size slots followed by an
 * entry array. A slot is EMPTY (-1), DUMMY (-2, a deleted entry) or the
 * position of an entry; entries {hash, key, value} are appended in
 * insertion order, so iteration is ordered and dense. Slots are 1, 2, 4 or
 * 8 bytes wide depending on the table size. Probing is CPython's
 * (i = 5*i + perturb + 1, perturb >>= 5), so collision behaviour matches.
 * Invariants: usable + nentries <= 2/3 of the slots; used counts live
 * entries (key != NULL); version changes on every mutation. Comparisons run
 * Python code that may mutate the dict: lookups restart when the table they
 * were reading was replaced. Methods live in dict_methods.c, views and
 * iterators in dict_views.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/caches.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)

static KrDictEntry *keys_entries(KrDictKeys *k)
{
    return kri_dict_keys_entries(k);
}

static ssize_t slot_get(const KrDictKeys *k, size_t i)
{
    switch (k->slot_bytes) {
    case 1: return ((const int8_t *)k->slots)[i];
    case 2: return ((const int16_t *)(const void *)k->slots)[i];
    case 4: return ((const int32_t *)(const void *)k->slots)[i];
    default: return ((const int64_t *)(const void *)k->slots)[i];
    }
}

static void slot_set(KrDictKeys *k, size_t i, ssize_t v)
{
    switch (k->slot_bytes) {
    case 1: ((int8_t *)k->slots)[i] = (int8_t)v; break;
    case 2: ((int16_t *)(void *)k->slots)[i] = (int16_t)v; break;
    case 4: ((int32_t *)(void *)k->slots)[i] = (int32_t)v; break;
    default: ((int64_t *)(void *)k->slots)[i] = (int64_t)v; break;
    }
}

static KrDictKeys *keys_new(KrThread *ts, uint8_t log2size)
{
    size_t size = (size_t)1 << log2size;
    uint8_t sb = log2size < 8 ? 1 : log2size < 16 ? 2 : log2size < 32 ? 4 : 8;
    ssize_t usable = (ssize_t)(size * 2 / 3);
    size_t bytes = sizeof(KrDictKeys) + size * sb + (size_t)usable * sizeof(KrDictEntry);
    KrDictKeys *k = malloc(bytes);
    if (!k) {
        kri_err_no_memory(ts);
        return NULL;
    }
    k->log2size = log2size;
    k->slot_bytes = sb;
    k->version = 0;
    k->usable = usable;
    k->nentries = 0;
    k->bloom = 0;
    memset(k->slots, 0xff, size * sb); /* every slot EMPTY (-1) */
    return k;
}

static void keys_free(KrDictKeys *k)
{
    if (!k)
        return;
    KrDictEntry *e = keys_entries(k);
    for (ssize_t i = 0; i < k->nentries; i++) {
        if (e[i].key) {
            kr_decref(e[i].key);
            kr_decref(e[i].value);
        }
    }
    free(k);
}

/* The slot index where [hash] should go in a table with no DUMMY slots
 * needed (insertion into a fresh table). */
static size_t find_empty_slot(KrDictKeys *k, int64_t hash)
{
    size_t mask = ((size_t)1 << k->log2size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    while (slot_get(k, i) != SLOT_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds [d]'s table with room for at least [minused] items. */
/* A new table of the smallest power-of-two size (8 at least) not below
 * [minsize] slots, holding the live entries. */
static int dict_resize(KrThread *ts, KrDict *d, ssize_t minsize)
{
    uint8_t log2 = 3;
    while (((size_t)1 << log2) < (size_t)minsize)
        log2++;
    KrDictKeys *nk = keys_new(ts, log2);
    if (!nk)
        return -1;
    KrDictKeys *ok = d->keys;
    if (ok) {
        KrDictEntry *src = keys_entries(ok), *dst = keys_entries(nk);
        ssize_t j = 0;
        for (ssize_t i = 0; i < ok->nentries; i++) {
            if (!src[i].key)
                continue;
            dst[j] = src[i];
            nk->bloom |= kri_dict_bloom_bit(src[i].hash);
            slot_set(nk, find_empty_slot(nk, src[i].hash), j);
            j++;
        }
        nk->nentries = j;
        nk->usable -= j;
        free(ok);
    }
    d->keys = nk;
    return 0;
}

/* dict_lookup for an exact str [key] in a table [k] holding only str
 * keys so far as it probes: identity first (interned names), then the
 * hash and the characters. No Python code runs. Returns the entry index
 * or -1 when missing, or -3 when it met a key that is not an exact str
 * with the same hash (the caller then takes the general path). */
static ssize_t lookup_str(KrDictKeys *k, KrObject *key, int64_t hash, size_t *slotp)
{
    size_t mask = ((size_t)1 << k->log2size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    KrDictEntry *entries = keys_entries(k);
    for (;;) {
        ssize_t ix = slot_get(k, i);
        if (ix == SLOT_EMPTY) {
            *slotp = i;
            return -1;
        }
        if (ix >= 0) {
            KrDictEntry *e = &entries[ix];
            if (e->key == key) {
                *slotp = i;
                return ix;
            }
            if (e->hash == hash) {
                if (!kr_is_type(e->key, &kr_str_type))
                    return -3;
                if (kri_str_eq(e->key, key)) {
                    *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Finds [key]: the entry index, or -1 when missing, or -2 on error.
 * *[slotp] receives the slot of the entry (or the first free slot). */
static ssize_t dict_lookup(KrThread *ts, KrDict *d, KrObject *key, int64_t hash, size_t *slotp)
{
    if (!d->keys)
        return -1;
    if (kr_is_type(key, &kr_str_type)) {
        ssize_t r = lookup_str(d->keys, key, hash, slotp);
        if (r != -3)
            return r;
    }
restart:;
    KrDictKeys *k = d->keys;
    if (!k)
        return -1;
    size_t mask = ((size_t)1 << k->log2size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = slot_get(k, i);
        if (ix == SLOT_EMPTY) {
            *slotp = i;
            return -1;
        }
        if (ix >= 0) {
            KrDictEntry *e = &keys_entries(k)[ix];
            if (e->key == key) {
                *slotp = i;
                return ix;
            }
            if (e->hash == hash) {
                KrObject *startkey = kr_incref(e->key);
                int cmp;
                if (kr_is_type(startkey, &kr_str_type) && kr_is_type(key, &kr_str_type))
                    cmp = kri_str_eq(startkey, key);
                else
                    cmp = kri_object_richcompare_bool(ts, startkey, key, KR_EQ);
                kr_decref(startkey);
                if (cmp < 0)
                    return -2;
                if (k != d->keys || e->key != startkey)
                    goto restart;
                if (cmp) {
                    *slotp = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int64_t key_hash(KrThread *ts, KrObject *key)
{
    if (kr_is_type(key, &kr_str_type)) {
        int64_t h = KR_STR(key)->hash;
        return h != -1 ? h : kri_str_hash(ts, key);
    }
    return kri_object_hash(ts, key);
}

KrObject *kri_dict_new(KrThread *ts)
{
    KrDict *d = (KrDict *)kri_object_alloc(ts, &kr_dict_type, sizeof(KrDict));
    return KR_OBJ(d);
}

static KrObject *dict_get_hashed(KrThread *ts, KrObject *o, KrObject *key, int64_t hash)
{
    KrDictKeys *k = ((KrDict *)o)->keys;
    if (!k || !(k->bloom & kri_dict_bloom_bit(hash)))
        return NULL; /* absent: no key has a hash with that bit */
    size_t slot;
    ssize_t ix = dict_lookup(ts, (KrDict *)o, key, hash, &slot);
    if (ix < 0)
        return NULL;
    return keys_entries(((KrDict *)o)->keys)[ix].value;
}

KrObject *kri_dict_get_borrow(KrThread *ts, KrObject *d, KrObject *key)
{
    int64_t hash = key_hash(ts, key);
    if (hash == -1)
        return NULL;
    return dict_get_hashed(ts, d, key, hash);
}

KrObject *kri_dict_get_str_borrow(KrThread *ts, KrObject *d, KrObject *key)
{
    return dict_get_hashed(ts, d, key, key_hash(ts, key));
}

KrObject *kri_dict_get_cstr_borrow(KrThread *ts, KrObject *d, const char *key)
{
    KrObject *s = kri_str_from_cstr(ts, key);
    if (!s)
        return NULL;
    KrObject *v = kri_dict_get_borrow(ts, d, s);
    kr_decref(s);
    return v;
}

static int dict_insert(KrThread *ts, KrDict *d, KrObject *key, int64_t hash, KrObject *value)
{
    size_t slot;
    ssize_t ix = dict_lookup(ts, d, key, hash, &slot);
    if (ix == -2)
        return -1;
    d->version++;
    if (ix >= 0) {
        KrDictEntry *e = &keys_entries(d->keys)[ix];
        KrObject *old = e->value;
        e->value = kr_incref(value);
        kr_decref(old);
        return 0;
    }
    if (!d->keys || d->keys->usable <= 0) {
        /* CPython's growth: three slots per live entry, so the sizes (and
         * sys.getsizeof) follow its own */
        if (dict_resize(ts, d, d->used * 3) < 0)
            return -1;
        slot = find_empty_slot(d->keys, hash);
    }
    KrDictKeys *k = d->keys;
    KrDictEntry *e = &keys_entries(k)[k->nentries];
    e->hash = hash;
    e->key = kr_incref(key);
    e->value = kr_incref(value);
    slot_set(k, slot, k->nentries);
    k->bloom |= kri_dict_bloom_bit(hash);
    k->nentries++;
    k->usable--;
    k->version = 0;
    d->used++;
    return 0;
}

int kri_dict_set(KrThread *ts, KrObject *d, KrObject *key, KrObject *value)
{
    int64_t hash = key_hash(ts, key);
    if (hash == -1)
        return -1;
    return dict_insert(ts, (KrDict *)d, key, hash, value);
}

int kri_dict_set_cstr(KrThread *ts, KrObject *d, const char *key, KrObject *value)
{
    KrObject *s = kri_str_intern_cstr(ts, key);
    if (!s)
        return -1;
    int r = kri_dict_set(ts, d, s, value);
    kr_decref(s);
    return r;
}

int kri_dict_del(KrThread *ts, KrObject *o, KrObject *key)
{
    int64_t hash = key_hash(ts, key);
    if (hash == -1)
        return -1;
    KrDict *d = (KrDict *)o;
    size_t slot;
    ssize_t ix = dict_lookup(ts, d, key, hash, &slot);
    if (ix < 0)
        return ix == -2 ? -1 : 0;
    KrDictEntry *e = &keys_entries(d->keys)[ix];
    KrObject *k = e->key, *v = e->value;
    e->key = e->value = NULL;
    slot_set(d->keys, slot, SLOT_DUMMY);
    d->keys->version = 0;
    d->used--;
    d->version++;
    kr_decref(k);
    kr_decref(v);
    return 1;
}

bool kri_dict_next(KrObject *o, ssize_t *pos, KrObject **key, KrObject **value)
{
    KrDict *d = (KrDict *)o;
    if (!d->keys)
        return false;
    KrDictEntry *e = keys_entries(d->keys);
    for (ssize_t i = *pos; i < d->keys->nentries; i++) {
        if (e[i].key) {
            *pos = i + 1;
            if (key)
                *key = e[i].key;
            if (value)
                *value = e[i].value;
            return true;
        }
    }
    *pos = d->keys->nentries;
    return false;
}

ssize_t kri_dict_len(const KrObject *d)
{
    return ((const KrDict *)d)->used;
}

void kri_dict_clear(KrObject *o)
{
    KrDict *d = (KrDict *)o;
    KrDictKeys *k = d->keys;
    d->keys = NULL;
    d->used = 0;
    d->version++;
    keys_free(k);
}

int kri_dict_contains(KrThread *ts, KrObject *d, KrObject *key)
{
    KrObject *v = kri_dict_get_borrow(ts, d, key);
    return v ? 1 : kri_err_occurred(ts) ? -1 : 0;
}

int kri_dict_merge(KrThread *ts, KrObject *d, KrObject *other, int override)
{
    if (kr_dict_check(other) && other->ob_type->iter == kr_dict_type.iter) {
        /* stored hashes are reused; [other] may change under __eq__ */
        ssize_t pos = 0, used = kri_dict_len(other);
        KrObject *k, *v;
        int64_t h;
        while (kri_dict_next_hash(other, &pos, &k, &v, &h)) {
            kr_incref(k);
            kr_incref(v);
            int r = 0;
            if (!override) {
                KrObject *cur = dict_get_hashed(ts, d, k, h);
                r = cur ? 1 : kri_err_occurred(ts) ? -1 : 0;
            }
            if (r == 0)
                r = dict_insert(ts, (KrDict *)d, k, h, v);
            kr_decref(k);
            kr_decref(v);
            if (r < 0)
                return -1;
            if (kri_dict_len(other) != used) {
                kri_err_set(ts, &kr_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    KrObject *keys = kri_call_method(ts, other, KR_ID(keys), NULL, 0);
    if (!keys)
        return -1;
    KrObject *it = kri_object_iter(ts, keys);
    if (!it && kri_err_matches(ts, &kr_exc_TypeError)) {
        kri_err_clear(ts);
        kri_err_format(ts, &kr_exc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                       kri_type_name(other->ob_type), kri_type_name(keys->ob_type));
    }
    kr_decref(keys);
    if (!it)
        return -1;
    KrObject *k;
    while ((k = kri_iter_next(ts, it))) {
        int r = 0;
        if (override || !(r = kri_dict_contains(ts, d, k))) {
            KrObject *v = kri_object_getitem(ts, other, k);
            r = v ? kri_dict_set(ts, d, k, v) : -1;
            kr_xdecref(v);
        }
        kr_decref(k);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

int kri_dict_update(KrThread *ts, KrObject *d, KrObject *other)
{
    return kri_dict_merge(ts, d, other, 1);
}

KrObject *kri_dict_copy(KrThread *ts, KrObject *d)
{
    KrObject *c = kri_dict_new(ts);
    if (c && kri_dict_merge(ts, c, d, 1) < 0)
        KR_CLEAR(c);
    return c;
}

KrObject *kri_dict_keys_list(KrThread *ts, KrObject *d)
{
    KrObject *l = kri_list_new(ts, 0);
    ssize_t pos = 0;
    KrObject *k;
    while (l && kri_dict_next(d, &pos, &k, NULL)) {
        if (kri_list_append(ts, l, k) < 0)
            KR_CLEAR(l);
    }
    return l;
}

bool kri_dict_next_hash(KrObject *o, ssize_t *pos, KrObject **key, KrObject **value,
                        int64_t *hash)
{
    KrDict *d = (KrDict *)o;
    if (!d->keys)
        return false;
    KrDictEntry *e = keys_entries(d->keys);
    for (ssize_t i = *pos; i < d->keys->nentries; i++) {
        if (e[i].key) {
            *pos = i + 1;
            *key = e[i].key;
            *value = e[i].value;
            *hash = e[i].hash;
            return true;
        }
    }
    *pos = d->keys->nentries;
    return false;
}

ssize_t kri_dict_nentries(const KrObject *o)
{
    const KrDict *d = (const KrDict *)o;
    return d->keys ? d->keys->nentries : 0;
}

bool kri_dict_entry(KrObject *o, ssize_t i, KrObject **key, KrObject **value)
{
    KrDict *d = (KrDict *)o;
    if (!d->keys || i < 0 || i >= d->keys->nentries)
        return false;
    KrDictEntry *e = &keys_entries(d->keys)[i];
    *key = e->key;
    *value = e->value;
    return e->key != NULL;
}

/* The slot holding entry [ix] (whose hash is [hash]). */
static size_t slot_of_entry(KrDictKeys *k, int64_t hash, ssize_t ix)
{
    size_t mask = ((size_t)1 << k->log2size) - 1;
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    while (slot_get(k, i) != ix) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Removes the last item and shrinks nentries past it, so popping every
 * item stays linear, as in CPython. */
int kri_dict_popitem(KrThread *ts, KrObject *o, KrObject **key, KrObject **value)
{
    KrDict *d = (KrDict *)o;
    if (d->used == 0) {
        kri_err_format(ts, &kr_exc_KeyError, "popitem(): dictionary is empty");
        return -1;
    }
    KrDictKeys *k = d->keys;
    KrDictEntry *e = keys_entries(k);
    ssize_t i = k->nentries - 1;
    while (!e[i].key)
        i--;
    slot_set(k, slot_of_entry(k, e[i].hash, i), SLOT_DUMMY);
    *key = e[i].key;
    *value = e[i].value;
    e[i].key = e[i].value = NULL;
    k->nentries = i;
    k->version = 0;
    d->used--;
    d->version++;
    return 0;
}

KrObject *kri_dict_get_hashed_borrow(KrThread *ts, KrObject *d, KrObject *key, int64_t hash)
{
    return dict_get_hashed(ts, d, key, hash);
}

int kri_dict_set_hashed(KrThread *ts, KrObject *d, KrObject *key, int64_t hash,
                        KrObject *value)
{
    return dict_insert(ts, (KrDict *)d, key, hash, value);
}

size_t kri_dict_sizeof(const KrObject *o)
{
    const KrDict *d = (const KrDict *)o;
    size_t size = (size_t)o->ob_type->basicsize;
    if (d->keys) {
        size_t slots = (size_t)1 << d->keys->log2size;
        size += sizeof(KrDictKeys) + slots * d->keys->slot_bytes +
                (size_t)(slots * 2 / 3) * sizeof(KrDictEntry);
    }
    return size;
}

uint32_t kri_dict_keys_version(KrThread *ts, KrObject *o)
{
    KrDictKeys *k = ((KrDict *)o)->keys;
    if (!k)
        return 0;
    if (!k->version) {
        KrInterp *interp = ts->interp;
        if (interp->next_version >= UINT32_MAX >> 1)
            return 0;
        k->version = ++interp->next_version << 1 | 1;
    }
    return k->version;
}

ssize_t kri_dict_find_str(KrThread *ts, KrObject *d, KrObject *key)
{
    KrDictKeys *k = ((KrDict *)d)->keys;
    if (!k)
        return -1;
    int64_t hash = KR_STR(key)->hash;
    if (hash == -1)
        hash = kri_str_hash(ts, key);
    if (!(k->bloom & kri_dict_bloom_bit(hash)))
        return -1;
    size_t slot;
    return lookup_str(k, key, hash, &slot);
}

ssize_t kri_dict_lookup_index(KrThread *ts, KrObject *d, KrObject *key)
{
    int64_t hash = key_hash(ts, key);
    if (hash == -1)
        return -2;
    size_t slot;
    return dict_lookup(ts, (KrDict *)d, key, hash, &slot);
}

static void dict_dealloc(KrObject *o)
{
    keys_free(((KrDict *)o)->keys);
    kri_object_free(o);
}

static int dict_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kri_dict_next(o, &pos, &k, &v)) {
        int r = visit(k, arg);
        if (!r)
            r = visit(v, arg);
        if (r)
            return r;
    }
    return 0;
}

static int dict_clear_slot(KrThread *ts, KrObject *o)
{
    kri_dict_clear(o);
    return 0;
}

static KrObject *dict_repr(KrThread *ts, KrObject *o)
{
    if (kri_dict_len(o) == 0)
        return kri_str_from_cstr(ts, "{}");
    int rec = kri_repr_enter(ts, o);
    if (rec != 0)
        return rec < 0 ? NULL : kri_str_from_cstr(ts, "{...}");
    KrStrWriter w;
    kri_strw_init(&w);
    ssize_t pos = 0, n = 0;
    KrObject *k, *v;
    if (kri_strw_putc(ts, &w, '{') < 0)
        goto fail;
    while (kri_dict_next(o, &pos, &k, &v)) {
        kr_incref(k);
        kr_incref(v);
        KrObject *rk = kri_object_repr(ts, k);
        KrObject *rv = rk ? kri_object_repr(ts, v) : NULL;
        kr_decref(k);
        kr_decref(v);
        int e = !rv || (n++ && kri_strw_ascii(ts, &w, ", ", 2) < 0) ||
                kri_strw_str(ts, &w, rk) < 0 || kri_strw_ascii(ts, &w, ": ", 2) < 0 ||
                kri_strw_str(ts, &w, rv) < 0;
        kr_xdecref(rk);
        kr_xdecref(rv);
        if (e)
            goto fail;
    }
    if (kri_strw_putc(ts, &w, '}') < 0)
        goto fail;
    kri_repr_leave(ts, o);
    return kri_strw_finish(ts, &w);
fail:
    kri_repr_leave(ts, o);
    kri_strw_discard(&w);
    return NULL;
}

static ssize_t dict_len(KrThread *ts, KrObject *o)
{
    return kri_dict_len(o);
}

static KrObject *dict_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    KrObject *v = kri_dict_get_borrow(ts, o, key);
    if (v)
        return kr_incref(v);
    if (kri_err_occurred(ts))
        return NULL;
    if (!kr_is_type(o, &kr_dict_type)) {
        KrObject *missing = kri_type_lookup(ts, o->ob_type, KR_ID(__missing__));
        if (missing)
            return kri_call_method(ts, o, KR_ID(__missing__), &key, 1);
    }
    kri_err_set_object(ts, &kr_exc_KeyError, key);
    return NULL;
}

static int dict_ass_sub(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    if (value)
        return kri_dict_set(ts, o, key, value);
    int r = kri_dict_del(ts, o, key);
    if (r == 0)
        kri_err_set_object(ts, &kr_exc_KeyError, key);
    return r > 0 ? 0 : -1;
}

static int dict_contains_slot(KrThread *ts, KrObject *o, KrObject *key)
{
    return kri_dict_contains(ts, o, key);
}

KrType kr_dict_type = {
    KR_TYPE_HEADER,
    .name = "dict",
    .basicsize = sizeof(KrDict),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_DICT_SUBCLASS | KR_TPF_IMMUTABLE |
             KR_TPF_MAPPING,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = kri_dict_tp_new,
    .init = kri_dict_tp_init,
    .repr = dict_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = kri_dict_richcompare,
    .getattro = kri_object_generic_getattr,
    .iter = kri_dict_iter,
    .nb = {[KR_NB_OR] = kri_dict_or},
    .nb_inplace = {[KR_NB_OR] = kri_dict_ior},
    .methods = kri_dict_methods,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
};
