/* The eval loop: runs interpreter frames. The instruction bodies come from
 * src/vm/bytecodes.def through the generated cases.gen.h; this file gives
 * them their macros, the dispatch (computed goto), the calls into and
 * returns from Python functions (a new frame, no C recursion), and the
 * unwinding of exceptions through the code's exception table.
 *
 * Invariants: `frame` is ts->frame; `stack_pointer` is the first free
 * stack slot of `frame` and is written back to frame->stacktop whenever
 * the frame is left; frame->prev_instr is the instruction running, so the
 * exception table and tracebacks see where an error happened. */
#include <string.h>

#include "compiler/unit.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/specialize.h"
#include "vm/vm.h"

#define KR_VM_TABLES
#include "vm/cases.gen.h"
#undef KR_VM_TABLES

#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                                 \
    do {                                                                           \
        frame->prev_instr = next_instr;                                            \
        uint16_t word_ = *next_instr++;                                            \
        opcode = word_ & 0xff;                                                     \
        oparg = word_ >> 8;                                                        \
        goto *targets[opcode];                                                     \
    } while (0)
/* dispatch the instruction at next_instr with a wider oparg */
#define DISPATCH_EXTENDED(ext)                                                     \
    do {                                                                           \
        uint16_t word_ = *next_instr++;                                            \
        opcode = word_ & 0xff;                                                     \
        oparg = (ext) << 8 | (word_ >> 8);                                         \
        goto *targets[opcode];                                                     \
    } while (0)
#define JUMPBY(n) (next_instr += (n))
#define ERROR_IF_POP(n, cond, label)                                               \
    do {                                                                           \
        if (cond) {                                                                \
            stack_pointer -= (n);                                                  \
            goto label;                                                            \
        }                                                                          \
    } while (0)
#define ERROR_IF_MANAGED(cond, label)                                              \
    do {                                                                           \
        if (cond)                                                                  \
            goto label;                                                            \
    } while (0)
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define PEEK(n) (stack_pointer[-(n)])
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                                                             \
    do {                                                                           \
        KrObject *old_ = frame->localsplus[i];                                     \
        frame->localsplus[i] = (v);                                                \
        kr_xdecref(old_);                                                          \
    } while (0)
#define CONSTS() (KR_TUPLE_ITEMS(frame->code->consts))
#define NAMES() (KR_TUPLE_ITEMS(frame->code->names))
#define SAVE_FRAME() (frame->stacktop = (int)(stack_pointer - frame->localsplus))
#define LOAD_FRAME()                                                               \
    do {                                                                           \
        next_instr = frame->prev_instr + 1;                                        \
        stack_pointer = frame->localsplus + frame->stacktop;                       \
    } while (0)

/* Runs the new frame [nf] called by the instruction at next_instr - 1,
 * which has [cache] cache units: the caller resumes after them. */
#define ENTER_FRAME(nf, cache)                                                     \
    do {                                                                           \
        next_instr += (cache);                                                     \
        frame->prev_instr = next_instr - 1;                                        \
        SAVE_FRAME();                                                              \
        (nf)->previous = frame;                                                    \
        frame = (nf);                                                              \
        ts->frame = (nf);                                                          \
        goto resume_frame;                                                         \
    } while (0)

/* Leaves [f] for its caller (the frame was saved); the depth was counted
 * by kri_vm_enter when the frame was set up. */
static void leave_frame(KrThread *ts, KrFrame *f)
{
    ts->frame = f->previous;
    ts->py_depth--;
}

KrObject *kri_vm_eval(KrThread *ts, KrFrame *entry)
{
    static const void *const targets[256] = KR_VM_TARGETS;

    entry->is_entry = true;
    entry->previous = ts->frame;
    ts->frame = entry;
    entry->yielded = false;

    KrFrame *frame = entry;
    const uint16_t *next_instr;
    KrObject **stack_pointer;
    int opcode, oparg;
    KrObject *kwnames = NULL; /* set by KW_NAMES for the next CALL */
    KrObject *retval = NULL;
    int unwind_at; /* the offset whose handler is searched (RERAISE sets it apart) */

resume_frame:
    LOAD_FRAME();
    if (ts->exc)
        goto error; /* generator.throw() and errors of a resumed caller */
    DISPATCH();

#define KR_VM_CASES
#include "vm/cases.gen.h"
#undef KR_VM_CASES

unknown_opcode:
    kri_err_format(ts, &kr_exc_SystemError, "%U:%d: unknown opcode %d",
                   frame->code->filename, kri_frame_line(frame), opcode);
    goto error;

error:
    if (!ts->exc)
        kri_err_format(ts, &kr_exc_SystemError, "error return without exception set");
    if (kri_traceback_here(ts, frame) < 0) {
        /* the traceback entry is lost; the exception still propagates */
    }
exception_unwind:
    unwind_at = (int)(frame->prev_instr - frame->code->code);
exception_unwind_at: {
    /* a RERAISE restores the original raise's position for tracebacks and
     * the pushed lasti, yet its handler is the one covering the RERAISE */
    int offset = (int)(frame->prev_instr - frame->code->code);
    int target, depth;
    bool lasti;
    if (kri_code_find_handler(frame->code, unwind_at, &target, &depth, &lasti)) {
        KrObject **base = frame->localsplus + frame->code->nlocalsplus + depth;
        while (stack_pointer > base)
            kr_xdecref(POP());
        if (lasti) {
            KrObject *l = kri_int_from_ssize(ts, offset);
            if (!l)
                goto exception_unwind_popped;
            PUSH(l);
        }
        PUSH(kri_err_fetch(ts));
        next_instr = frame->code->code + target;
        kwnames = NULL;
        DISPATCH();
    }
exception_unwind_popped:
    while (stack_pointer > frame->localsplus + frame->code->nlocalsplus)
        kr_xdecref(POP());
    SAVE_FRAME();
    if (frame->is_entry) {
        leave_frame(ts, frame);
        return NULL;
    }
    KrFrame *dead = frame;
    frame = frame->previous;
    leave_frame(ts, dead);
    kri_frame_pop(ts, dead);
    LOAD_FRAME();
    goto error;
}

/* RETURN_VALUE lands here with [retval] set and the frame's stack empty */
return_from_frame:
    SAVE_FRAME();
    if (frame->is_entry) {
        leave_frame(ts, frame);
        return retval;
    }
    {
        KrFrame *dead = frame;
        frame = frame->previous;
        leave_frame(ts, dead);
        kri_frame_pop(ts, dead);
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }
}
