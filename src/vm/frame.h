/* Interpreter frames: the activation record of a running code object,
 * allocated on the thread's data stack (frame.c) so a Python-to-Python
 * call costs a bump of a pointer. A frame is owned by its thread while it
 * runs; a generator owns the frame of its code between resumptions; a
 * frame object (`sys._getframe()`, tracebacks) takes a copy of the frame
 * when the frame ends while the object is still referenced.
 *
 * Layout of localsplus: the code's fast locals, cells and free variables
 * (co_nlocalsplus), then the value stack (co_stacksize). Slots below
 * `stacktop` hold owned references or NULL (unbound locals). */
#ifndef KRAIT_VM_FRAME_H
#define KRAIT_VM_FRAME_H

#include "compiler/unit.h"
#include "objects/objects.h"

enum {
    KR_FRAME_OWNED_BY_THREAD,
    KR_FRAME_OWNED_BY_GENERATOR,
    KR_FRAME_OWNED_BY_FRAME_OBJECT,
};

typedef struct KrFrameObject KrFrameObject;

struct KrFrame {
    KrFunction *func;          /* owned */
    KrCode *code;              /* owned (func.__code__ may be replaced) */
    KrObject *globals;         /* borrowed from func */
    KrObject *builtins;        /* borrowed from func */
    KrObject *locals;          /* owned: the namespace of module, class and
                                  exec code; NULL for functions */
    struct KrFrame *previous;  /* the caller, while running */
    KrFrameObject *frame_obj;  /* borrowed; the frame object, if made */
    const uint16_t *prev_instr;/* the instruction running or last run */
    int stacktop;              /* first free slot of localsplus */
    uint8_t owner;             /* KR_FRAME_OWNED_BY_* */
    uint8_t yielded;           /* the last eval of it ended in a yield */
    bool is_entry;             /* returning from it leaves the eval loop */
    KrObject *localsplus[];
};

/* Size in pointer slots of a frame for [co], header included. */
static inline size_t kri_frame_slots(const KrCode *co)
{
    return (sizeof(KrFrame) + sizeof(KrObject *) - 1) / sizeof(KrObject *) +
           (size_t)co->framesize;
}

static inline int kri_frame_lasti(const KrFrame *f)
{
    return (int)(f->prev_instr - f->code->code);
}

/* A frame for [func] on [ts]'s data stack, every local unbound, the
 * function's references taken; NULL with MemoryError. */
KR_HIDDEN KrFrame *kri_frame_push(KrThread *ts, KrFunction *func, KrObject *locals);
/* A frame for a plain positional call of [func] (kri_frame_fast_call):
 * it takes over the caller's reference to [func] and the [n] references
 * at [args] as its first locals. NULL with MemoryError (the references
 * are then dropped). */
KR_HIDDEN KrFrame *kri_frame_push_args(KrThread *ts, KrFunction *func, KrObject **args, int n);
/* Whether a call of [func] with [n] positional arguments and no keywords
 * may bind them by moving: exactly co_argcount, and no *args, **kwargs,
 * keyword-only parameter or generator-like code. */
static inline bool kri_frame_fast_call(const KrFunction *func, int n)
{
    const KrCode *co = func->code;
    enum { SLOW = KR_CO_VARARGS | KR_CO_VARKEYWORDS | KR_CO_GENERATOR | KR_CO_COROUTINE |
                  KR_CO_ASYNC_GENERATOR };
    return co->argcount == n && !co->kwonlyargcount && !(co->flags & SLOW);
}
/* Releases the frame's references and (for thread-owned frames) its data
 * stack space; a frame object still referenced gets a copy first. */
KR_HIDDEN void kri_frame_pop(KrThread *ts, KrFrame *f);
/* Drops the references the frame holds (locals, stack, func). */
KR_HIDDEN void kri_frame_clear(KrFrame *f);
/* The frame object of [f], made on first request (new reference). */
KR_HIDDEN KrObject *kri_frame_object(KrThread *ts, KrFrame *f);
/* The line the frame is at. */
KR_HIDDEN int kri_frame_line(const KrFrame *f);
/* The frame's locals as a dict (f_locals, locals()): the namespace for
 * module and class code, a fresh snapshot for functions. New reference. */
KR_HIDDEN KrObject *kri_frame_locals(KrThread *ts, KrFrame *f);

/* The frame object type. */
struct KrFrameObject {
    KrObject ob_base;
    KrFrame *frame;     /* the live frame, or `storage` once taken */
    KrObject *back;     /* f_back, set when the frame is taken */
    KrObject *locals_cache; /* f_locals dict of a function frame */
    KrObject *storage[];/* room for a copy of the frame */
};
KR_HIDDEN extern KrType kr_frame_type;

/* ---- tracebacks (traceback.c) ---- */
typedef struct KrTraceback {
    KrObject ob_base;
    struct KrTraceback *next; /* owned */
    KrObject *frame;          /* owned frame object */
    int lasti;                /* in bytes, as tb_lasti */
    int lineno;               /* KR_TB_LINE_UNKNOWN until first read */
} KrTraceback;
enum { KR_TB_LINE_UNKNOWN = -2 };
/* tb_lineno, computed from the location table on first use. */
KR_HIDDEN int kri_traceback_line(KrTraceback *tb);
KR_HIDDEN extern KrType kr_traceback_type;
/* Adds an entry for [f] to the traceback of the exception being raised. */
KR_HIDDEN int kri_traceback_here(KrThread *ts, KrFrame *f);

#endif
