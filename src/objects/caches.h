/* What the VM's inline caches read without a call: the layout of a dict's
 * keys table (dict.c) and the versions that make a cached fact safe to
 * reuse. A dict's keys version (KrDictKeys.version) is 0 until someone
 * asks for it, and goes back to 0 whenever a key is added or removed or
 * the table is rebuilt; replacing a value keeps it, so "entry [ix] of a
 * table with version V" names the same key, whose current value is read
 * in place. A type's version (type.c) is valid when odd and changes with
 * the type's dict or MRO. Versions are unique per interpreter
 * (KrInterp.next_version), never reused. Only src/objects/dict.c writes
 * these structures; readers hold no lock (one thread runs Python code). */
#ifndef KRAIT_OBJECTS_CACHES_H
#define KRAIT_OBJECTS_CACHES_H

#include "objects/objects.h"

typedef struct KrDictEntry {
    int64_t hash;
    KrObject *key;   /* owned; NULL for a deleted entry */
    KrObject *value; /* owned */
} KrDictEntry;

struct KrDictKeys {
    uint8_t log2size;
    uint8_t slot_bytes;
    uint32_t version; /* keys version, 0 when not given (see above) */
    ssize_t usable;   /* entries that may still be appended */
    ssize_t nentries; /* entries used so far, deleted ones included */
    uint64_t bloom;   /* bit (hash & 63) set for every key's hash: a clear
                         bit proves a key absent without probing */
    char slots[];     /* (1 << log2size) * slot_bytes, then the entries */
};

static inline KrDictEntry *kri_dict_keys_entries(KrDictKeys *k)
{
    return (KrDictEntry *)(void *)(k->slots + ((size_t)k->slot_bytes << k->log2size));
}

/* The bit of KrDictKeys.bloom for a key of [hash]. */
static inline uint64_t kri_dict_bloom_bit(int64_t hash)
{
    return (uint64_t)1 << (hash & 63);
}

/* The value of entry [ix] of [d] (an exact dict) if its keys version is
 * still [version], else NULL. Borrowed, valid until [d] changes. */
static inline KrObject *kri_dict_cached_value(KrObject *d, uint32_t version, unsigned ix)
{
    KrDictKeys *k = ((KrDict *)d)->keys;
    if (!k || k->version != version)
        return NULL;
    return kri_dict_keys_entries(k)[ix].value;
}

/* The keys version of [d], given now if it had none; 0 when [d] has no
 * table or versions ran out (then nothing may be cached). */
KR_HIDDEN uint32_t kri_dict_keys_version(KrThread *ts, KrObject *d);
/* The entry index of [key] in [d]: -1 when missing, -2 on error. */
KR_HIDDEN ssize_t kri_dict_lookup_index(KrThread *ts, KrObject *d, KrObject *key);
/* The entry index of the exact str [key] in [d] without running Python
 * code: -1 when missing, -3 when unsure (a key that is not an exact str
 * has the same hash). */
KR_HIDDEN ssize_t kri_dict_find_str(KrThread *ts, KrObject *d, KrObject *key);
/* Must be called by C code that changes a ready type's dict or MRO
 * directly (not through setattr): drops the versions of [type] and its
 * subclasses so no cache trusts the old contents. */
KR_HIDDEN void kri_type_modified(KrType *type);
/* [type]'s version, given now if it had none; 0: do not cache. */
KR_HIDDEN uint32_t kri_type_version(KrThread *ts, KrType *type);

#endif
