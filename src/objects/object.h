/* The object header, reference counting and the type object: the core every
 * other object file builds on. Every object starts with KrObject (24 bytes),
 * laid out for free threading: the owning thread's id and its plain local
 * count, a shared atomic count for every other thread (biased reference
 * counting, PEP 703), flags, a one-byte lock and the type. Immortal objects
 * have ob_ref_local == KR_REF_IMMORTAL; increments and decrements on them do
 * nothing, at the cost of one predictable branch. All refcounting goes
 * through the inline functions here. See docs/internals/objects.md. */
#ifndef KRAIT_OBJECT_H
#define KRAIT_OBJECT_H

#include <stdatomic.h>
#include <stdio.h>
#include <sys/types.h>

#include "base/base.h"

typedef struct KrObject KrObject;
typedef struct KrType KrType;
typedef struct KrThread KrThread;

struct KrObject {
    uint32_t ob_tid;                /* owning thread (KrThread.id); 0 = none */
    uint16_t ob_flags;              /* KR_OBF_* */
    uint8_t ob_mutex;               /* per-object lock byte (free threading) */
    uint8_t ob_gc_bits;             /* cycle collector state */
    uint32_t ob_ref_local;          /* the owner's count; KR_REF_IMMORTAL */
    _Atomic int32_t ob_ref_shared;  /* every other thread's count */
    KrType *ob_type;                /* owned (types are deferred/immortal) */
};

/* Objects whose length varies (int, tuple, bytes, ...) add a size. */
typedef struct KrVarObject {
    KrObject ob_base;
    ssize_t ob_size;
} KrVarObject;

#define KR_REF_IMMORTAL UINT32_MAX

enum {
    KR_OBF_FINALIZED = 1 << 0, /* __del__ ran (PEP 442) */
    KR_OBF_STATIC = 1 << 1,    /* statically allocated (never freed) */
    /* the per-thread block class + 1 of the object's memory (object.c) */
    KR_OBF_BLOCK_SHIFT = 8,
    KR_OBF_BLOCK_MASK = 0x1f << 8,
};

/* The header of an immortal static object of [type]. */
#define KR_STATIC_HEADER(type)                                                     \
    { .ob_tid = 0, .ob_flags = KR_OBF_STATIC, .ob_ref_local = KR_REF_IMMORTAL,     \
      .ob_ref_shared = 0, .ob_type = (type) }

#define KR_TYPE(o) (((KrObject *)(o))->ob_type)
#define KR_SIZE(o) (((KrVarObject *)(o))->ob_size)
#define KR_OBJ(o) ((KrObject *)(o))

/* ---- thread identity (runtime/thread.c) ----
 * The id of the calling thread, as stored in ob_tid of the objects it
 * creates. Thread-local: the one piece of per-thread state read without a
 * KrThread pointer, because refcounting must stay cheap. */
KR_HIDDEN extern _Thread_local uint32_t kri_tls_tid;

static inline bool kr_is_immortal(const KrObject *o)
{
    return o->ob_ref_local == KR_REF_IMMORTAL;
}

KR_HIDDEN void kri_object_dealloc(KrObject *o);
KR_HIDDEN void kri_object_decref_shared(KrObject *o);
KR_HIDDEN void kri_object_merge_zero(KrObject *o);

static inline KrObject *kr_incref(KrObject *o)
{
    uint32_t local = o->ob_ref_local;
    if (KR_UNLIKELY(local == KR_REF_IMMORTAL))
        return o;
    if (KR_LIKELY(o->ob_tid == kri_tls_tid))
        o->ob_ref_local = local + 1;
    else
        atomic_fetch_add_explicit(&o->ob_ref_shared, 1, memory_order_relaxed);
    return o;
}

static inline void kr_decref(KrObject *o)
{
    uint32_t local = o->ob_ref_local;
    if (KR_UNLIKELY(local == KR_REF_IMMORTAL))
        return;
    if (KR_LIKELY(o->ob_tid == kri_tls_tid)) {
        o->ob_ref_local = --local;
        if (local == 0)
            kri_object_merge_zero(o);
    } else {
        kri_object_decref_shared(o);
    }
}

static inline void kr_xincref(KrObject *o)
{
    if (o)
        kr_incref(o);
}

static inline void kr_xdecref(KrObject *o)
{
    if (o)
        kr_decref(o);
}

/* Sets *[slot] to NULL, then drops the reference it held (in that order, so
 * code run by a finalizer never sees the dead object). */
#define KR_CLEAR(slot)                                                             \
    do {                                                                           \
        KrObject *kr_clear_tmp = (KrObject *)(slot);                               \
        (slot) = NULL;                                                             \
        kr_xdecref(kr_clear_tmp);                                                  \
    } while (0)

/* Replaces *[slot] with [value] (a new reference the slot takes). */
#define KR_SETREF(slot, value)                                                     \
    do {                                                                           \
        KrObject *kr_set_tmp = (KrObject *)(slot);                                 \
        (slot) = (value);                                                          \
        kr_xdecref(kr_set_tmp);                                                    \
    } while (0)

/* A new reference to [o], for returning a borrowed object. */
#define KR_NEWREF(o) (kr_incref(KR_OBJ(o)), (o))

/* The total count (local + shared); exact only when no other thread runs. */
static inline ssize_t kr_refcount(const KrObject *o)
{
    if (kr_is_immortal(o))
        return (ssize_t)UINT32_MAX;
    return (ssize_t)o->ob_ref_local +
           atomic_load_explicit(&((KrObject *)o)->ob_ref_shared, memory_order_relaxed);
}

#include "objects/type.h"

#endif
