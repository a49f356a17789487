/* The per-thread data stack and the frames on it; frame objects.
 *
 * The data stack is a list of chunks; frames are pushed and popped in LIFO
 * order, so a chunk is released when its first frame is popped. Frame
 * objects are made only when asked for (tracebacks, sys._getframe); when a
 * frame ends while its frame object lives on, the object receives a copy
 * of the frame (owner KR_FRAME_OWNED_BY_FRAME_OBJECT) so f_locals,
 * f_lineno and f_code keep working. */
#include <stdlib.h>
#include <string.h>

#include "compiler/unit.h"
#include "vm/frame.h"

enum { CHUNK_BYTES = 64 * 1024 };

/* Makes room for [slots] pointers on the data stack; NULL: out of memory. */
static KrObject **stack_alloc(KrThread *ts, size_t slots)
{
    if (ts->stack_top && (size_t)(ts->stack_limit - ts->stack_top) >= slots) {
        KrObject **p = ts->stack_top;
        ts->stack_top += slots;
        return p;
    }
    size_t bytes = sizeof(KrStackChunk) + slots * sizeof(KrObject *);
    if (bytes < CHUNK_BYTES)
        bytes = CHUNK_BYTES;
    KrStackChunk *c = malloc(bytes);
    if (!c)
        return NULL;
    c->previous = ts->chunk;
    c->size = bytes;
    c->top = ts->stack_top;
    ts->chunk = c;
    ts->stack_top = c->data + slots;
    ts->stack_limit = (KrObject **)((char *)c + bytes);
    return c->data;
}

static void stack_free(KrThread *ts, KrObject **base)
{
    KrStackChunk *c = ts->chunk;
    if (base == c->data) {
        ts->chunk = c->previous;
        ts->stack_top = c->top;
        ts->stack_limit = ts->chunk ? (KrObject **)((char *)ts->chunk + ts->chunk->size) : NULL;
        free(c);
        return;
    }
    ts->stack_top = base;
}

/* The header of a new frame [f] for [func] (whose reference it takes)
 * and the namespace [locals] (owned, or NULL). */
static void frame_init(KrFrame *f, KrFunction *func, KrObject *locals)
{
    KrCode *co = func->code;
    f->func = func;
    f->code = (KrCode *)kr_incref(KR_OBJ(co));
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = locals;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->prev_instr = co->code - 1;
    f->stacktop = co->nlocalsplus;
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->is_entry = false;
    f->yielded = false;
}

KrFrame *kri_frame_push(KrThread *ts, KrFunction *func, KrObject *locals)
{
    KrCode *co = func->code;
    KrFrame *f = (KrFrame *)stack_alloc(ts, kri_frame_slots(co));
    if (!f) {
        kri_err_no_memory(ts);
        return NULL;
    }
    kr_incref(KR_OBJ(func));
    frame_init(f, func, locals ? kr_incref(locals) : NULL);
    memset(f->localsplus, 0, sizeof(KrObject *) * (size_t)co->nlocalsplus);
    return f;
}

KrFrame *kri_frame_push_args(KrThread *ts, KrFunction *func, KrObject **args, int n)
{
    KrCode *co = func->code;
    KrFrame *f = (KrFrame *)stack_alloc(ts, kri_frame_slots(co));
    if (!f) {
        for (int i = 0; i < n; i++)
            kr_decref(args[i]);
        kr_decref(KR_OBJ(func));
        kri_err_no_memory(ts);
        return NULL;
    }
    frame_init(f, func, NULL);
    memcpy(f->localsplus, args, sizeof(KrObject *) * (size_t)n);
    memset(f->localsplus + n, 0, sizeof(KrObject *) * (size_t)(co->nlocalsplus - n));
    return f;
}

void kri_frame_clear(KrFrame *f)
{
    for (int i = 0; i < f->stacktop; i++)
        KR_CLEAR(f->localsplus[i]);
    f->stacktop = 0;
    KR_CLEAR(f->locals);
    kr_xdecref(KR_OBJ(f->func));
    kr_xdecref(KR_OBJ(f->code));
    f->func = NULL;
    f->code = NULL;
}

/* The frame ends while its frame object is referenced elsewhere: the
 * object gets its own copy, and f_back is fixed at this moment. */
static void take_frame(KrThread *ts, KrFrame *f)
{
    KrFrameObject *fo = f->frame_obj;
    KrFrame *copy = (KrFrame *)fo->storage;
    size_t bytes = sizeof(KrFrame) + sizeof(KrObject *) * (size_t)f->stacktop;
    memcpy(copy, f, bytes);
    copy->owner = KR_FRAME_OWNED_BY_FRAME_OBJECT;
    copy->previous = NULL;
    if (f->previous && !fo->back) {
        fo->back = kri_frame_object(ts, f->previous);
        if (!fo->back)
            kri_err_clear(ts); /* f_back then reads None */
    }
    fo->frame = copy;
    f->frame_obj = NULL;
    /* the references moved with the copy */
    f->stacktop = 0;
    f->locals = NULL;
    f->func = NULL;
    f->code = NULL;
}

void kri_frame_pop(KrThread *ts, KrFrame *f)
{
    if (f->frame_obj) {
        KrFrameObject *fo = f->frame_obj;
        if (kr_refcount(KR_OBJ(fo)) > 1) {
            KrObject *saved = kri_err_fetch(ts);
            take_frame(ts, f);
            if (saved)
                kri_err_restore(ts, saved);
        } else {
            fo->frame = NULL;
            f->frame_obj = NULL;
        }
        kr_decref(KR_OBJ(fo));
    }
    kri_frame_clear(f);
    if (f->owner == KR_FRAME_OWNED_BY_THREAD)
        stack_free(ts, (KrObject **)f);
}

int kri_frame_line(const KrFrame *f)
{
    int lasti = kri_frame_lasti(f);
    return kri_code_line(f->code, lasti < 0 ? 0 : lasti);
}

KrObject *kri_frame_object(KrThread *ts, KrFrame *f)
{
    if (f->frame_obj)
        return kr_incref(KR_OBJ(f->frame_obj));
    size_t size = sizeof(KrFrameObject) + sizeof(KrObject *) * kri_frame_slots(f->code);
    KrFrameObject *fo = (KrFrameObject *)kri_object_alloc(ts, &kr_frame_type, size);
    if (!fo)
        return NULL;
    fo->frame = f;
    /* the frame holds one reference until it ends (kri_frame_pop) */
    f->frame_obj = (KrFrameObject *)kr_incref(KR_OBJ(fo));
    return KR_OBJ(fo);
}

/* Brings [d] up to date with the fast locals of [f]: bound names set,
 * unbound ones removed; other keys (put there by exec) stay. */
static int sync_fast_locals(KrThread *ts, KrFrame *f, KrObject *d)
{
    KrCode *co = f->code;
    const uint8_t *kinds = kri_code_kinds(co);
    for (int i = 0; i < co->nlocalsplus; i++) {
        KrObject *v = f->localsplus[i];
        KrObject *name = KR_TUPLE_ITEMS(co->localsplusnames)[i];
        /* a cell made by MAKE_CELL or copied by COPY_FREE_VARS */
        if (v && (kinds[i] & (KR_FAST_CELL | KR_FAST_FREE)) && kr_is_type(v, &kr_cell_type))
            v = ((KrCell *)v)->ref;
        int r = v ? kri_dict_set(ts, d, name, v) : kri_dict_del(ts, d, name);
        if (r < 0)
            return -1;
    }
    return 0;
}

KrObject *kri_frame_locals(KrThread *ts, KrFrame *f)
{
    if (f->locals)
        return kr_incref(f->locals);
    /* a function frame: one dict per frame, kept by its frame object, as
     * CPython's f_locals (what exec() wrote into it survives) */
    KrFrameObject *fo = (KrFrameObject *)kri_frame_object(ts, f);
    if (!fo)
        return NULL;
    if (!fo->locals_cache && !(fo->locals_cache = kri_dict_new(ts))) {
        kr_decref(KR_OBJ(fo));
        return NULL;
    }
    KrObject *d = kr_incref(fo->locals_cache);
    kr_decref(KR_OBJ(fo));
    if (sync_fast_locals(ts, f, d) < 0)
        KR_CLEAR(d);
    return d;
}

/* ---- the frame type ---- */

static void frame_dealloc(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (fo->frame && fo->frame->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT)
        kri_frame_clear(fo->frame);
    KR_CLEAR(fo->back);
    KR_CLEAR(fo->locals_cache);
    kri_object_free(o);
}

static KrFrame *live(KrFrameObject *fo)
{
    return fo->frame;
}

static KrObject *frame_repr(KrThread *ts, KrObject *o)
{
    KrFrame *f = live((KrFrameObject *)o);
    if (!f || !f->code)
        return kri_str_format(ts, "<frame at %p>", (void *)o);
    return kri_str_format(ts, "<frame at %p, file %R, line %d, code %U>", (void *)o,
                          f->code->filename, kri_frame_line(f), f->code->name);
}

static KrObject *frame_get_code(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    return f && f->code ? kr_incref(KR_OBJ(f->code)) : kr_incref(KR_NONE);
}

static KrObject *frame_get_globals(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    return f && f->globals ? kr_incref(f->globals) : kr_incref(KR_NONE);
}

static KrObject *frame_get_builtins(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    return f && f->builtins ? kr_incref(f->builtins) : kr_incref(KR_NONE);
}

static KrObject *frame_get_locals(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    if (!f || !f->code)
        return kri_dict_new(ts);
    return kri_frame_locals(ts, f);
}

static KrObject *frame_get_lineno(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    /* a taken frame keeps its code and position: the line is computed
     * when asked for, not each time a frame ends; a cleared one has none */
    return kri_int_from_ssize(ts, f && f->code ? kri_frame_line(f) : 0);
}

static KrObject *frame_get_lasti(KrThread *ts, KrObject *o, void *c)
{
    KrFrame *f = live((KrFrameObject *)o);
    return kri_int_from_ssize(ts, f && f->code ? kri_frame_lasti(f) * 2 : -1);
}

static KrObject *frame_get_back(KrThread *ts, KrObject *o, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = live(fo);
    if (f && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT && f->previous)
        return kri_frame_object(ts, f->previous);
    return kr_incref(fo->back ? fo->back : KR_NONE);
}

static KrObject *frame_get_trace(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(KR_NONE);
}

static KrObject *frame_clear_meth(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrFrameObject *fo = (KrFrameObject *)self;
    if (fo->frame && fo->frame->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT)
        return kri_err_format(ts, &kr_exc_RuntimeError, "cannot clear an executing frame");
    if (fo->frame && fo->frame->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        for (int i = 0; i < fo->frame->stacktop; i++)
            KR_CLEAR(fo->frame->localsplus[i]);
    }
    return kr_incref(KR_NONE);
}

static const KrMethodDef frame_methods[] = {
    {"clear", KR_METH(frame_clear_meth), KR_METH_NOARGS,
     "F.clear(): clear most references held by the frame"},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef frame_getsets[] = {
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_frame_type = {
    KR_TYPE_HEADER,
    .name = "frame",
    .basicsize = sizeof(KrFrameObject),
    .flags = KR_TPF_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .getattro = kri_object_generic_getattr,
    .methods = frame_methods,
    .getsets = frame_getsets,
};
