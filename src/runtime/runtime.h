/* Runtime, interpreter and thread state, and the error indicator.
 *
 * All mutable state of Krait lives in three structs: KrRuntime (the process:
 * hash key, interpreters), KrInterp (one interpreter: modules, builtins, sys,
 * interned strings, limits) and KrThread (one OS thread running Python code:
 * its frames, the exception being raised, the exceptions being handled,
 * recursion counters). Functions that can allocate, raise or run Python code
 * take the thread first. The only thread-local variables are the id used by
 * refcounting and the current KrThread (for API entry points and
 * deallocation). See docs/internals/runtime.md. */
#ifndef KRAIT_RUNTIME_H
#define KRAIT_RUNTIME_H

#include <stdarg.h>

#include "base/hash.h"
#include "objects/object.h"

typedef struct KrRuntime KrRuntime;
typedef struct KrInterp KrInterp;
typedef struct KrFrame KrFrame;

/* One exception being handled (sys.exc_info()): a stack through the frames
 * and generators whose except/finally blocks are running. */
typedef struct KrExcInfo {
    KrObject *exc; /* owned; NULL or None when nothing is handled */
    struct KrExcInfo *previous;
} KrExcInfo;

/* A chunk of the per-thread data stack holding interpreter frames. */
typedef struct KrStackChunk {
    struct KrStackChunk *previous;
    size_t size;          /* bytes, header included */
    KrObject **top;       /* saved top when not the current chunk */
    KrObject *data[];
} KrStackChunk;

enum { KR_FREE_CLASSES = 16 }; /* blocks of 16 .. 256 bytes */

struct KrThread {
    uint32_t id;             /* ob_tid of the objects this thread owns */
    KrInterp *interp;
    KrRuntime *runtime;
    KrObject *exc;           /* the exception being raised, owned, or NULL */
    KrExcInfo *exc_info;     /* the exception being handled */
    KrExcInfo exc_base;      /* bottom of that stack */
    KrFrame *frame;          /* the innermost running Python frame */
    KrStackChunk *chunk;     /* data stack: current chunk */
    KrObject **stack_top;    /* first free slot in the current chunk */
    KrObject **stack_limit;  /* end of the current chunk */
    int py_depth;            /* Python call depth (sys.setrecursionlimit) */
    int c_depth;             /* C recursion depth of the runtime */
    char *c_stack_limit;     /* lowest safe address of the C stack */
    int dealloc_depth;       /* nested deallocations (trashcan) */
    KrObject *dealloc_later; /* objects whose deallocation was deferred */
    _Atomic uint32_t eval_breaker;
    KrObject *repr_running;  /* list: objects whose repr runs on this thread */
    struct KrTypeCache *type_cache; /* objects/type.c's attribute cache, made on
                                       first use (its entries are borrowed) */
    /* freed small object blocks kept for reuse, by 16-byte size class
     * (objects/object.c); a stopgap until the allocator of issue #4 */
    struct KrFreeBlock *free_blocks[KR_FREE_CLASSES];
    uint16_t free_counts[KR_FREE_CLASSES];
};

struct KrInterp {
    KrRuntime *runtime;
    KrObject *modules;       /* dict: sys.modules */
    KrObject *builtins;      /* dict: the builtins module's namespace */
    KrObject *builtins_mod;
    KrObject *sys_mod;
    KrObject *sysdict;
    KrObject *interned;      /* dict: interned str -> itself */
    KrObject *memory_error;  /* preallocated MemoryError instance */
    int recursion_limit;     /* sys.getrecursionlimit() */
    int int_max_str_digits;  /* sys.get_int_max_str_digits(); 0: no limit */
    uint32_t next_version;   /* the last type / dict-keys version given out
                                (caches); 0 is never a valid version */
    KrThread *main_thread;
};

struct KrRuntime {
    KrHashKey hash_key;
    KrInterp *main_interp;
    uint32_t next_thread_id;
};

/* ---- thread.c ---- */
KR_HIDDEN extern _Thread_local KrThread *kri_tls_thread;
static inline KrThread *kri_thread_current(void)
{
    return kri_tls_thread;
}
/* Makes [ts] the calling OS thread's current thread state. */
KR_HIDDEN void kri_thread_bind(KrThread *ts);
/* Sets ts->c_stack_limit from the calling thread's stack bounds. */
KR_HIDDEN void kri_thread_set_stack_limit(KrThread *ts);

/* ---- lifecycle.c ---- */
/* Creates the runtime with its main interpreter and thread, bound to the
 * calling OS thread; NULL when memory runs out. */
KR_HIDDEN KrThread *kri_runtime_start(int argc, char **argv);
KR_HIDDEN void kri_runtime_finish(KrThread *ts);

/* ---- errors.c: the exception being raised ----
 * Every function that fails sets an exception on its thread and returns
 * NULL or -1. Exceptions are always normalized instances. */
/* The exception being raised (borrowed), or NULL. */
static inline KrObject *kri_err_occurred(KrThread *ts)
{
    return ts->exc;
}
/* Raises [exc] (stolen), which must be an exception instance; its
 * __context__ becomes the exception being handled, as for any raise. */
KR_HIDDEN void kri_err_raise_steal(KrThread *ts, KrObject *exc);
/* Puts [exc] (stolen, or NULL) back as the exception being raised, with
 * no chaining (re-raising, restoring a fetched exception). */
KR_HIDDEN void kri_err_restore(KrThread *ts, KrObject *exc);
/* The exception being handled (sys.exception()), borrowed, or NULL. */
KR_HIDDEN KrObject *kri_err_handled(KrThread *ts);
/* Raises [type]([value]): [value] NULL means no arguments, a tuple is not
 * unpacked (it is the one argument). */
KR_HIDDEN void kri_err_set_object(KrThread *ts, KrType *type, KrObject *value);
KR_HIDDEN void kri_err_set(KrThread *ts, KrType *type, const char *msg);
/* Raises [type] with a message formatted by kri_str_format's rules
 * (%s %d %ld %lld %zd %zu %u %x %c %p %%, and for objects: %R repr, %S str,
 * %U a str object, %T the object's type name, %N a type's name). Returns
 * NULL so callers can `return kri_err_format(...)`. */
KR_HIDDEN KrObject *kri_err_format(KrThread *ts, KrType *type, const char *fmt, ...);
KR_HIDDEN KrObject *kri_err_vformat(KrThread *ts, KrType *type, const char *fmt,
                                    va_list ap);
/* Takes the exception being raised (a new reference, or NULL). */
KR_HIDDEN KrObject *kri_err_fetch(KrThread *ts);
KR_HIDDEN void kri_err_clear(KrThread *ts);
/* Whether the exception being raised is an instance of [type]. */
KR_HIDDEN bool kri_err_matches(KrThread *ts, KrType *type);
/* Raises MemoryError; returns NULL. */
KR_HIDDEN KrObject *kri_err_no_memory(KrThread *ts);
/* TypeError "bad argument" style errors for C code. */
KR_HIDDEN KrObject *kri_err_bad_internal_call(KrThread *ts, const char *where);

/* ---- recursion guards ---- */
/* Enters a C-level recursive step (repr, compare, hash of nested containers).
 * Raises RecursionError and returns -1 when too deep or when the C stack
 * runs low; [where] completes "maximum recursion depth exceeded%s". */
KR_HIDDEN KR_NODISCARD int kri_enter_recursive(KrThread *ts, const char *where);
static inline void kri_leave_recursive(KrThread *ts)
{
    ts->c_depth--;
}
/* True when the C stack is nearly used up (see kri_thread_set_stack_limit). */
static inline bool kri_c_stack_low(const KrThread *ts)
{
    char here;
    return ts->c_stack_limit && &here < ts->c_stack_limit;
}

#endif
