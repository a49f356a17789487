/* Generators and coroutines. Calling a generator function runs its
 * RETURN_GENERATOR instruction, which moves the new frame into a generator
 * object; each send/next/throw pushes the sent value onto that frame and
 * runs it until it yields or returns. While it runs, the generator's own
 * "exception being handled" is on top of the thread's stack of them.
 *
 * Delegation (`yield from`, `await`) is the SEND instruction; a generator
 * suspended in it has its sub-iterator on top of its stack, which is how
 * throw() and close() find it (CPython 3.11's rule: the next instruction is
 * a RESUME with oparg >= 2). Async generators are not there yet: making
 * one raises NotImplementedError. */
#include <string.h>

#include "compiler/unit.h"
#include "vm/ops.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED };

typedef struct KrGen {
    KrObject ob_base;
    KrObject *name, *qualname; /* owned */
    KrCode *code;              /* owned: gi_code after completion too */
    KrObject *weaklist;
    KrExcInfo exc_state;
    uint8_t state;
    KrObject *storage[];       /* the frame */
} KrGen;

static KrFrame *gen_frame(KrGen *g)
{
    return (KrFrame *)g->storage;
}

static bool is_coro(const KrObject *o)
{
    return kr_is_type(o, &kr_coroutine_type);
}

static bool is_gen_or_coro(const KrObject *o)
{
    return kr_is_type(o, &kr_generator_type) || is_coro(o);
}

KrObject *kri_vm_return_generator(KrThread *ts, KrFrame *f)
{
    KrCode *co = f->code;
    KrType *type;
    if (co->flags & KR_CO_COROUTINE)
        type = &kr_coroutine_type;
    else if (co->flags & KR_CO_ASYNC_GENERATOR)
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "async generators are not implemented yet");
    else
        type = &kr_generator_type;
    size_t slots = kri_frame_slots(co);
    KrGen *g = (KrGen *)kri_object_alloc(ts, type, sizeof(KrGen) + slots * sizeof(KrObject *));
    if (!g)
        return NULL;
    g->name = kr_incref(f->func->name);
    g->qualname = kr_incref(f->func->qualname);
    g->code = (KrCode *)kr_incref(KR_OBJ(co));
    g->state = GEN_CREATED;
    KrFrame *gf = gen_frame(g);
    memcpy(gf, f, sizeof(KrFrame) + sizeof(KrObject *) * (size_t)f->stacktop);
    gf->owner = KR_FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->is_entry = false;
    gf->frame_obj = NULL;
    /* the references now belong to the generator's frame */
    f->stacktop = 0;
    f->locals = NULL;
    f->func = NULL;
    f->code = NULL;
    return KR_OBJ(g);
}

/* The sub-iterator a suspended generator delegates to (borrowed), or NULL. */
static KrObject *gen_yieldfrom(KrGen *g)
{
    if (g->state != GEN_SUSPENDED)
        return NULL;
    KrFrame *f = gen_frame(g);
    uint16_t next = f->prev_instr[1];
    if ((next & 0xff) != KR_OP_RESUME || (next >> 8) < 2)
        return NULL;
    return f->localsplus[f->stacktop - 1];
}

/* Ends the generator's frame. */
static void gen_finish(KrThread *ts, KrGen *g)
{
    g->state = GEN_COMPLETED;
    kri_frame_pop(ts, gen_frame(g));
}

/* Runs the generator with [arg] sent in (or the pending exception thrown
 * when [arg] is NULL): 1 yielded *[res], 0 returned *[res], -1 error. */
static int gen_run(KrThread *ts, KrGen *g, KrObject *arg, KrObject **res)
{
    *res = NULL;
    bool coro = is_coro(KR_OBJ(g));
    if (g->state == GEN_RUNNING) {
        kri_err_format(ts, &kr_exc_ValueError, coro ? "coroutine already executing"
                                                     : "generator already executing");
        return -1;
    }
    if (g->state == GEN_COMPLETED) {
        if (coro && arg) {
            kri_err_format(ts, &kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (!arg)
            return -1; /* the thrown exception propagates */
        *res = kr_incref(KR_NONE);
        return 0;
    }
    if (g->state == GEN_CREATED && arg && arg != KR_NONE) {
        kri_err_format(ts, &kr_exc_TypeError, "can't send non-None value to a just-started %s",
                       coro ? "coroutine" : "generator");
        return -1;
    }
    if (kri_vm_enter(ts) < 0)
        return -1;
    KrFrame *f = gen_frame(g);
    f->localsplus[f->stacktop++] = kr_incref(arg ? arg : KR_NONE);
    g->state = GEN_RUNNING;
    g->exc_state.previous = ts->exc_info;
    ts->exc_info = &g->exc_state;
    KrObject *r = kri_vm_eval(ts, f);
    ts->exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    if (r && f->yielded) {
        g->state = GEN_SUSPENDED;
        *res = r;
        return 1;
    }
    gen_finish(ts, g);
    if (r) {
        *res = r;
        return 0;
    }
    if (kri_err_matches(ts, &kr_exc_StopIteration)) {
        KrObject *cause = kri_err_fetch(ts);
        kri_err_format(ts, &kr_exc_RuntimeError, "%s raised StopIteration",
                       coro ? "coroutine" : "generator");
        if (ts->exc) {
            kri_exc_set_context_steal(ts->exc, kr_incref(cause));
            kri_exc_set_cause_steal(ts->exc, cause);
        } else {
            kr_decref(cause);
        }
    }
    return -1;
}

/* iternext / send: a StopIteration carrying the return value, as the
 * protocols expect. */
static KrObject *gen_send_value(KrThread *ts, KrGen *g, KrObject *arg, bool stop_on_none)
{
    KrObject *res;
    int r = gen_run(ts, g, arg, &res);
    if (r == 1)
        return res;
    if (r == 0) {
        if (res != KR_NONE || !stop_on_none)
            kri_exc_raise_stop_iteration(ts, res);
        kr_decref(res);
    }
    return NULL;
}

static KrObject *gen_iternext(KrThread *ts, KrObject *o)
{
    /* NULL without an exception when it returns None: exhausted */
    return gen_send_value(ts, (KrGen *)o, KR_NONE, true);
}

static KrObject *gen_send(KrThread *ts, KrObject *self, KrObject *arg)
{
    return gen_send_value(ts, (KrGen *)self, arg, false);
}

int kri_vm_send(KrThread *ts, KrObject *receiver, KrObject *v, KrObject **res)
{
    if (is_gen_or_coro(receiver)) {
        int r = gen_run(ts, (KrGen *)receiver, v, res);
        return r;
    }
    KrObject *r;
    if (v == KR_NONE && receiver->ob_type->iternext)
        r = receiver->ob_type->iternext(ts, receiver);
    else
        r = kri_call_method(ts, receiver, KR_ID(send), &v, 1);
    if (r) {
        *res = r;
        return 1;
    }
    if (!ts->exc) {
        *res = kr_incref(KR_NONE);
        return 0;
    }
    if (kri_err_matches(ts, &kr_exc_StopIteration)) {
        KrObject *e = kri_err_fetch(ts);
        KrObject *val = ((KrStopIteration *)e)->value;
        *res = kr_incref(val ? val : KR_NONE);
        kr_decref(e);
        return 0;
    }
    return -1;
}

/* ---- throw and close ---- */

static KrObject *make_thrown(KrThread *ts, KrObject *typ, KrObject *val, KrObject *tb)
{
    if (tb == KR_NONE)
        tb = NULL;
    if (tb && !kr_is_type(tb, &kr_traceback_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "throw() third argument must be a traceback object");
    KrObject *exc;
    if (kr_isinstance(typ, &kr_type_type) && kr_type_has((KrType *)typ, KR_TPF_EXC_SUBCLASS)) {
        if (val && kr_isinstance(val, (KrType *)typ))
            exc = kr_incref(val);
        else if (!val || val == KR_NONE)
            exc = kri_call0(ts, typ);
        else if (kr_tuple_check(val))
            exc = kri_call_tuple(ts, typ, val, NULL);
        else
            exc = kri_call1(ts, typ, val);
    } else if (kr_type_has(typ->ob_type, KR_TPF_EXC_SUBCLASS)) {
        if (val && val != KR_NONE)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "instance exception may not have a separate value");
        exc = kr_incref(typ);
    } else {
        return kri_err_format(ts, &kr_exc_TypeError,
                              "exceptions must be classes or instances deriving from "
                              "BaseException, not %s",
                              kri_type_name(typ->ob_type));
    }
    if (exc && tb)
        kri_exc_set_traceback(exc, tb);
    return exc;
}

static KrObject *gen_throw_exc(KrThread *ts, KrGen *g, KrObject *exc);

/* close() of a sub-iterator during throw/close. */
static int close_subiter(KrThread *ts, KrObject *yf)
{
    if (is_gen_or_coro(yf)) {
        KrObject *exc = kri_call0(ts, KR_OBJ(&kr_exc_GeneratorExit));
        if (!exc)
            return -1;
        KrObject *r = gen_throw_exc(ts, (KrGen *)yf, exc);
        if (r) {
            kr_decref(r);
            kri_err_format(ts, &kr_exc_RuntimeError, "generator ignored GeneratorExit");
            return -1;
        }
        if (kri_err_matches(ts, &kr_exc_StopIteration) ||
            kri_err_matches(ts, &kr_exc_GeneratorExit)) {
            kri_err_clear(ts);
            return 0;
        }
        return ts->exc ? -1 : 0;
    }
    KrObject *close = NULL;
    if (kri_object_lookup_attr(ts, yf, KR_ID(close), &close) < 0)
        return -1;
    if (!close)
        return 0;
    KrObject *r = kri_call0(ts, close);
    kr_decref(close);
    kr_xdecref(r);
    return r ? 0 : -1;
}

/* Resumes [g] after its sub-iterator finished with StopIteration(value)
 * during a throw: the SEND loop is left as SEND itself would leave it. */
static KrObject *resume_after_subiter(KrThread *ts, KrGen *g)
{
    KrFrame *f = gen_frame(g);
    KrObject *sub = f->localsplus[--f->stacktop];
    kr_decref(sub);
    uint16_t send = f->prev_instr[-1];
    f->prev_instr += (send >> 8) - 1;
    KrObject *e = kri_err_fetch(ts);
    KrObject *val = e && ((KrStopIteration *)e)->value ? ((KrStopIteration *)e)->value : KR_NONE;
    kr_incref(val);
    kr_xdecref(e);
    KrObject *r = gen_send_value(ts, g, val, false);
    kr_decref(val);
    return r;
}

/* Throws [exc] (stolen) into [g]. */
static KrObject *gen_throw_exc(KrThread *ts, KrGen *g, KrObject *exc)
{
    KrObject *yf = gen_yieldfrom(g);
    if (yf) {
        kr_incref(yf);
        KrObject *r = NULL;
        if (kr_isinstance(exc, &kr_exc_GeneratorExit)) {
            g->state = GEN_RUNNING;
            int err = close_subiter(ts, yf);
            g->state = GEN_SUSPENDED;
            kr_decref(yf);
            if (err < 0) {
                kr_decref(exc);
                exc = kri_err_fetch(ts);
            }
            goto throw_here;
        }
        g->state = GEN_RUNNING;
        if (is_gen_or_coro(yf)) {
            r = gen_throw_exc(ts, (KrGen *)yf, exc);
        } else {
            KrObject *meth = NULL;
            if (kri_object_lookup_attr(ts, yf, KR_ID(throw), &meth) < 0) {
                g->state = GEN_SUSPENDED;
                kr_decref(yf);
                kr_decref(exc);
                return NULL;
            }
            if (!meth) {
                g->state = GEN_SUSPENDED;
                kr_decref(yf);
                goto throw_here;
            }
            r = kri_call1(ts, meth, exc);
            kr_decref(meth);
            kr_decref(exc);
        }
        g->state = GEN_SUSPENDED;
        kr_decref(yf);
        if (r)
            return r;
        if (kri_err_matches(ts, &kr_exc_StopIteration))
            return resume_after_subiter(ts, g);
        exc = kri_err_fetch(ts);
        if (!exc)
            return resume_after_subiter(ts, g);
    }
throw_here:
    kri_err_restore(ts, exc);
    if (g->state == GEN_CREATED) {
        gen_finish(ts, g);
        return NULL;
    }
    return gen_send_value(ts, g, NULL, false);
}

static KrObject *gen_throw(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1 || nargs > 3)
        return kri_err_format(ts, &kr_exc_TypeError,
                              nargs < 1 ? "throw expected at least 1 argument, got %zd"
                                        : "throw expected at most 3 arguments, got %zd",
                              nargs);
    KrObject *exc = make_thrown(ts, args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!exc)
        return NULL;
    return gen_throw_exc(ts, (KrGen *)self, exc);
}

static KrObject *gen_close(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrGen *g = (KrGen *)self;
    if (g->state == GEN_CREATED) {
        gen_finish(ts, g);
        return kr_incref(KR_NONE);
    }
    if (g->state == GEN_COMPLETED)
        return kr_incref(KR_NONE);
    KrObject *exc = kri_call0(ts, KR_OBJ(&kr_exc_GeneratorExit));
    if (!exc)
        return NULL;
    KrObject *r = gen_throw_exc(ts, g, exc);
    if (r) {
        kr_decref(r);
        return kri_err_format(ts, &kr_exc_RuntimeError, "%s ignored GeneratorExit",
                              is_coro(self) ? "coroutine" : "generator");
    }
    if (kri_err_matches(ts, &kr_exc_StopIteration) || kri_err_matches(ts, &kr_exc_GeneratorExit)) {
        kri_err_clear(ts);
        return kr_incref(KR_NONE);
    }
    return ts->exc ? NULL : kr_incref(KR_NONE);
}

/* ---- the types ---- */

static void gen_dealloc(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    if (g->state == GEN_SUSPENDED) {
        /* close it as CPython's finalizer does; it is alive again meanwhile */
        KrThread *ts = kri_thread_current();
        o->ob_ref_local = 1;
        KrObject *saved = kri_err_fetch(ts);
        KrObject *r = gen_close(ts, o, NULL);
        kr_xdecref(r);
        kri_err_clear(ts);
        kri_err_restore(ts, saved);
        if (--o->ob_ref_local != 0)
            return; /* resurrected */
    }
    if (g->state != GEN_COMPLETED)
        kri_frame_clear(gen_frame(g));
    KR_CLEAR(g->name);
    KR_CLEAR(g->qualname);
    kr_xdecref(KR_OBJ(g->code));
    KR_CLEAR(g->exc_state.exc);
    kri_object_free(o);
}

static KrObject *gen_repr(KrThread *ts, KrObject *o)
{
    return kri_str_format(ts, "<%s object %U at %p>", is_coro(o) ? "coroutine" : "generator",
                          ((KrGen *)o)->qualname, (void *)o);
}

static KrObject *gen_self_iter(KrThread *ts, KrObject *o)
{
    return kr_incref(o);
}

static KrObject *gen_get_frame(KrThread *ts, KrObject *o, void *c)
{
    KrGen *g = (KrGen *)o;
    if (g->state == GEN_COMPLETED)
        return kr_incref(KR_NONE);
    return kri_frame_object(ts, gen_frame(g));
}

static KrObject *gen_get_running(KrThread *ts, KrObject *o, void *c)
{
    return kr_bool(((KrGen *)o)->state == GEN_RUNNING);
}

static KrObject *gen_get_suspended(KrThread *ts, KrObject *o, void *c)
{
    return kr_bool(((KrGen *)o)->state == GEN_SUSPENDED);
}

static KrObject *gen_get_yieldfrom(KrThread *ts, KrObject *o, void *c)
{
    KrObject *yf = gen_yieldfrom((KrGen *)o);
    return kr_incref(yf ? yf : KR_NONE);
}

static KrObject *gen_get_name(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(((KrGen *)o)->name);
}

static KrObject *gen_get_qualname(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(((KrGen *)o)->qualname);
}

static int gen_set_name(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v || !kr_str_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGen *)o)->name, kr_incref(v));
    return 0;
}

static int gen_set_qualname(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v || !kr_str_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGen *)o)->qualname, kr_incref(v));
    return 0;
}

static const KrMethodDef gen_methods[] = {
    {"send", KR_METH(gen_send), KR_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", KR_METH(gen_throw), KR_METH_FAST,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", KR_METH(gen_close), KR_METH_NOARGS,
     "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef gen_members[] = {
    {"gi_code", KR_MEMBER_OBJECT, offsetof(KrGen, code), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_generator_type = {
    KR_TYPE_HEADER,
    .name = "generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPF_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattro = kri_object_generic_getattr,
    .iter = gen_self_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
    .members = gen_members,
};

/* ---- coroutines ---- */

static KrObject *coro_await(KrThread *ts, KrObject *o)
{
    /* a coroutine is its own awaitable iterator here: `yield from` and
     * await both drive it through SEND */
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "coroutine.__await__() wrappers are not implemented yet");
}

static const KrGetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef coro_members[] = {
    {"cr_code", KR_MEMBER_OBJECT, offsetof(KrGen, code), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_coroutine_type = {
    KR_TYPE_HEADER,
    .name = "coroutine",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPF_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattro = kri_object_generic_getattr,
    .am_await = coro_await,
    .methods = gen_methods,
    .getsets = coro_getsets,
    .members = coro_members,
};

/* ---- instructions ---- */

KrObject *kri_vm_get_yield_from_iter(KrThread *ts, KrFrame *f, KrObject *iterable)
{
    if (is_coro(iterable)) {
        if (!(f->code->flags & (KR_CO_COROUTINE | KR_CO_ITERABLE_COROUTINE)))
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "cannot 'yield from' a coroutine object in a non-coroutine "
                                  "generator");
        return kr_incref(iterable);
    }
    if (kr_is_type(iterable, &kr_generator_type))
        return kr_incref(iterable);
    return kri_object_iter(ts, iterable);
}

KrObject *kri_vm_get_awaitable(KrThread *ts, KrObject *obj, int where)
{
    if (is_coro(obj)) {
        if (gen_yieldfrom((KrGen *)obj))
            return kri_err_format(ts, &kr_exc_RuntimeError, "coroutine is being awaited already");
        return kr_incref(obj);
    }
    KrUnaryFn await = obj->ob_type->am_await;
    KrObject *meth = NULL;
    if (!await) {
        if (kri_object_lookup_attr(ts, obj, KR_ID(__await__), &meth) < 0)
            return NULL;
        if (!meth) {
            if (where == 1)
                return kri_err_format(ts, &kr_exc_TypeError,
                                      "'async with' received an object from __aenter__ that "
                                      "does not implement __await__: %s",
                                      kri_type_name(obj->ob_type));
            if (where == 2)
                return kri_err_format(ts, &kr_exc_TypeError,
                                      "'async with' received an object from __aexit__ that "
                                      "does not implement __await__: %s",
                                      kri_type_name(obj->ob_type));
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "object %s can't be used in 'await' expression",
                                  kri_type_name(obj->ob_type));
        }
    }
    KrObject *it = await ? await(ts, obj) : kri_call0(ts, meth);
    kr_xdecref(meth);
    if (!it)
        return NULL;
    if (is_coro(it)) {
        kr_decref(it);
        return kri_err_format(ts, &kr_exc_TypeError, "__await__() returned a coroutine");
    }
    if (!it->ob_type->iternext) {
        KrObject *r = kri_err_format(ts, &kr_exc_TypeError,
                                     "__await__() returned non-iterator of type '%s'",
                                     kri_type_name(it->ob_type));
        kr_decref(it);
        return r;
    }
    return it;
}

KrObject *kri_vm_get_aiter(KrThread *ts, KrObject *obj)
{
    KrObject *meth = kri_type_lookup(ts, obj->ob_type, KR_ID(__aiter__));
    if (!meth)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'async for' requires an object with __aiter__ method, got %s",
                              kri_type_name(obj->ob_type));
    KrObject *it = kri_call_method(ts, obj, KR_ID(__aiter__), NULL, 0);
    if (!it)
        return NULL;
    if (!kri_type_lookup(ts, it->ob_type, KR_ID(__anext__))) {
        KrObject *r = kri_err_format(ts, &kr_exc_TypeError,
                                     "'async for' received an object from __aiter__ that does "
                                     "not implement __anext__: %s",
                                     kri_type_name(it->ob_type));
        kr_decref(it);
        return r;
    }
    return it;
}

KrObject *kri_vm_get_anext(KrThread *ts, KrObject *aiter)
{
    if (!kri_type_lookup(ts, aiter->ob_type, KR_ID(__anext__)))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'async for' requires an iterator with __anext__ method, got %s",
                              kri_type_name(aiter->ob_type));
    KrObject *next = kri_call_method(ts, aiter, KR_ID(__anext__), NULL, 0);
    if (!next)
        return NULL;
    KrObject *aw = kri_vm_get_awaitable(ts, next, 0);
    if (!aw && kri_err_matches(ts, &kr_exc_TypeError)) {
        kri_err_clear(ts);
        kri_err_format(ts, &kr_exc_TypeError,
                       "'async for' received an invalid object from __anext__: %s",
                       kri_type_name(next->ob_type));
    }
    kr_decref(next);
    return aw;
}

KrObject *kri_vm_async_gen_wrap(KrThread *ts, KrObject *v)
{
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "async generators are not implemented yet");
}
