/* Generator objects, shared by gen.c (generators, coroutines and the
 * coroutine wrapper) and agen.c (async generators' awaitables, anext()).
 * One struct serves generators, coroutines and async generators: the
 * type tells them apart, and only async generators use the ag_* flags.
 * A generator owns its frame (stored inline) from RETURN_GENERATOR until
 * it completes; `state` says where it is. Internal to src/vm and the
 * builtins that need these types. */
#ifndef KRAIT_VM_GEN_H
#define KRAIT_VM_GEN_H

#include "vm/ops.h"

enum { KR_GEN_CREATED, KR_GEN_SUSPENDED, KR_GEN_RUNNING, KR_GEN_COMPLETED };

typedef struct KrGen {
    KrObject ob_base;
    KrObject *name, *qualname; /* owned */
    KrCode *code;              /* owned: gi_code after completion too */
    KrObject *weaklist;
    KrExcInfo exc_state;
    uint8_t state;             /* KR_GEN_* */
    /* async generators only: an asend/athrow awaitable is driving it
     * (ag_running), and aclose() began or it ended for good */
    bool running_async, closed;
    KrObject *storage[];       /* the frame */
} KrGen;

KR_HIDDEN extern KrType kr_async_generator_type, kr_coroutine_wrapper_type;
KR_HIDDEN extern KrType kr_async_gen_asend_type, kr_async_gen_athrow_type;
KR_HIDDEN extern KrType kr_async_gen_wrapped_type, kr_anext_awaitable_type;

static inline KrFrame *kri_gen_frame(KrGen *g)
{
    return (KrFrame *)g->storage;
}

/* ---- gen.c ---- */
/* The sub-iterator a suspended generator delegates to (borrowed while it
 * stays suspended), or NULL. */
KR_HIDDEN KrObject *kri_gen_yieldfrom_borrow(KrGen *g);
/* Resumes [g] with [arg] sent in, or with the pending exception thrown
 * when [arg] is NULL: 1 yielded *[res], 0 returned *[res], -1 error. */
KR_HIDDEN int kri_gen_run(KrThread *ts, KrGen *g, KrObject *arg, KrObject **res);
/* generator.send(): the yielded value, or NULL with StopIteration(value)
 * raised (StopAsyncIteration for an async generator) or another error. */
KR_HIDDEN KrObject *kri_gen_send(KrThread *ts, KrGen *g, KrObject *arg);
/* generator.throw(*args) with [close_on_exit] false for async generators'
 * aclose(), which lets the sub-iterator see GeneratorExit itself. */
KR_HIDDEN KrObject *kri_gen_throw(KrThread *ts, KrGen *g, KrObject *const *args,
                                  ssize_t nargs, bool close_on_exit);
/* Throws [exc] (stolen) into [g]. */
KR_HIDDEN KrObject *kri_gen_throw_steal(KrThread *ts, KrGen *g, KrObject *exc,
                                        bool close_on_exit);
/* generator.close(). */
KR_HIDDEN KrObject *kri_gen_close(KrThread *ts, KrGen *g);
/* The iterator `await` drives for [obj] (CPython's _PyCoro_GetAwaitableIter):
 * coroutines and iterable-coroutine generators themselves, else __await__'s
 * result, checked. */
KR_HIDDEN KrObject *kri_gen_awaitable_iter(KrThread *ts, KrObject *obj);


/* ---- agen.c ---- */
/* async_generator methods (self is the async generator). */
KR_HIDDEN KrObject *kri_agen_anext(KrThread *ts, KrObject *self);
KR_HIDDEN KrObject *kri_agen_asend(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_agen_athrow(KrThread *ts, KrObject *self, KrObject *const *args,
                                    ssize_t nargs);
KR_HIDDEN KrObject *kri_agen_aclose(KrThread *ts, KrObject *self, KrObject *unused);
/* send() of the awaitables of this header that SEND drives directly:
 * 1 with *[res] yielded, 0 with *[res] returned, -1 error; -2 when
 * [receiver] is none of them. */
KR_HIDDEN int kri_agen_send_fast(KrThread *ts, KrObject *receiver, KrObject *v,
                                 KrObject **res);
/* anext(aiterator, default): [awaitable] wrapped so StopAsyncIteration
 * becomes the return of [dflt]. */
KR_HIDDEN KrObject *kri_agen_anext_default(KrThread *ts, KrObject *awaitable, KrObject *dflt);

#endif
