/* The per-thread block cache: freed blocks of up to 256 bytes are kept on
 * their thread's list for their 16-byte size class and handed out again,
 * so the small objects born and dying at a high rate (floats, ints, bound
 * methods, iterators) rarely reach malloc. A block serves class c when its
 * usable size is at least 16 * (c + 1). Objects remember their class in
 * ob_flags (KR_OBF_BLOCK_*). Sanitizer builds skip the cache so that
 * use-after-free is still caught. Issue #4 replaces this with the real
 * allocator. The functions here are the inline fast paths; object.c has
 * the rest. */
#ifndef KRAIT_OBJECTS_BLOCKS_H
#define KRAIT_OBJECTS_BLOCKS_H

#include "objects/objects.h"

#if defined(__SANITIZE_ADDRESS__)
#define KR_BLOCK_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KR_BLOCK_CACHE 0
#endif
#endif
#ifndef KR_BLOCK_CACHE
#define KR_BLOCK_CACHE 1
#endif

struct KrFreeBlock {
    struct KrFreeBlock *next;
};

enum { KR_FREE_CAP = 512 }; /* blocks kept per class */

/* The class of a block of [size] bytes (1 .. 16 * KR_FREE_CLASSES). */
static inline size_t kri_block_class(size_t size)
{
    return (size + 15) / 16 - 1;
}

/* A kept block of class [c] (its old contents left), or NULL. */
static inline void *kri_block_take(KrThread *ts, size_t c)
{
    struct KrFreeBlock *b = ts->free_blocks[c];
    if (KR_BLOCK_CACHE && b) {
        ts->free_blocks[c] = b->next;
        ts->free_counts[c]--;
    }
    return KR_BLOCK_CACHE ? b : NULL;
}

/* Keeps [p], a block serving class [c], for reuse; false when the list is
 * full (the caller frees it). */
static inline bool kri_block_give(KrThread *ts, void *p, size_t c)
{
    if (!KR_BLOCK_CACHE || c >= KR_FREE_CLASSES || ts->free_counts[c] >= KR_FREE_CAP)
        return false;
    struct KrFreeBlock *b = p;
    b->next = ts->free_blocks[c];
    ts->free_blocks[c] = b;
    ts->free_counts[c]++;
    return true;
}

/* The header of a new object of the static [type] in the block of class
 * [c] that [ts] took from its list (the fields after it are the caller's
 * to set). */
static inline void kri_block_init_header(KrThread *ts, KrObject *o, KrType *type, size_t c)
{
    o->ob_tid = ts->id;
    o->ob_flags = (uint16_t)((c + 1) << KR_OBF_BLOCK_SHIFT);
    o->ob_mutex = 0;
    o->ob_gc_bits = 0;
    o->ob_ref_local = 1;
    atomic_store_explicit(&o->ob_ref_shared, 0, memory_order_relaxed);
    o->ob_type = type;
}

/* Drops the stack's reference to [o], an exact float; a float nobody else
 * holds goes straight back to the block list. */
static inline void kri_float_release(KrThread *ts, KrObject *o)
{
    size_t c = kri_block_class(sizeof(KrFloat));
    if (o->ob_ref_local == 1 && o->ob_tid == ts->id &&
        o->ob_flags == (uint16_t)((c + 1) << KR_OBF_BLOCK_SHIFT) &&
        atomic_load_explicit(&o->ob_ref_shared, memory_order_relaxed) == 0 &&
        kri_block_give(ts, o, c))
        return;
    kr_decref(o);
}

#endif
