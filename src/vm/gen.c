/* Generators, coroutines and async generators: calling such a function
 * runs its RETURN_GENERATOR instruction, which moves the new frame into a
 * KrGen (vm/gen.h); each send/next/throw pushes the sent value onto that
 * frame and runs it until it yields or returns. While it runs, the
 * generator's own "exception being handled" is on top of the thread's
 * stack of them.
 *
 * Delegation (`yield from`, `await`) is the SEND instruction; a generator
 * suspended in it has its sub-iterator on top of its stack, which is how
 * throw() and close() find it (CPython 3.11's rule: the next instruction
 * is a RESUME with oparg >= 2). An async generator's own yields arrive
 * wrapped (ASYNC_GEN_WRAP), which is how agen.c tells them from the
 * suspensions of an await. Also here: coroutine.__await__()'s wrapper and
 * the async instructions' helpers. */
#include <string.h>

#include "compiler/unit.h"
#include "objects/slots.h"
#include "vm/gen.h"

static bool is_coro(const KrObject *o)
{
    return kr_is_type(o, &kr_coroutine_type);
}

static bool is_agen(const KrObject *o)
{
    return kr_is_type(o, &kr_async_generator_type);
}

/* Generators and coroutines: the objects a throw/close delegates to
 * directly instead of through their Python-level methods. */
static bool is_gen_or_coro(const KrObject *o)
{
    return kr_is_type(o, &kr_generator_type) || is_coro(o);
}

static const char *gen_kind(const KrObject *o)
{
    return is_coro(o) ? "coroutine" : is_agen(o) ? "async generator" : "generator";
}

KrObject *kri_vm_return_generator(KrThread *ts, KrFrame *f)
{
    KrCode *co = f->code;
    KrType *type = &kr_generator_type;
    if (co->flags & KR_CO_COROUTINE) {
        type = &kr_coroutine_type;
    } else if (co->flags & KR_CO_ASYNC_GENERATOR) {
        type = &kr_async_generator_type;
    }
    size_t slots = kri_frame_slots(co);
    KrGen *g = (KrGen *)kri_object_alloc(ts, type, sizeof(KrGen) + slots * sizeof(KrObject *));
    if (!g)
        return NULL;
    g->name = kr_incref(f->func->name);
    g->qualname = kr_incref(f->func->qualname);
    g->code = (KrCode *)kr_incref(KR_OBJ(co));
    g->state = KR_GEN_CREATED;
    g->running_async = false;
    g->closed = false;
    KrFrame *gf = kri_gen_frame(g);
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

KrObject *kri_gen_yieldfrom_borrow(KrGen *g)
{
    if (g->state != KR_GEN_SUSPENDED)
        return NULL;
    KrFrame *f = kri_gen_frame(g);
    uint16_t next = f->prev_instr[1];
    if ((next & 0xff) != KR_OP_RESUME || (next >> 8) < 2)
        return NULL;
    return f->localsplus[f->stacktop - 1];
}

/* Ends the generator's frame. */
static void gen_finish(KrThread *ts, KrGen *g)
{
    g->state = KR_GEN_COMPLETED;
    kri_frame_pop(ts, kri_gen_frame(g));
}

/* The frame ended with an exception: a StopIteration (or, in an async
 * generator, a StopAsyncIteration) escaping it becomes a RuntimeError
 * caused by it, so it cannot end an iteration by accident (PEP 479). */
static int gen_escaped_error(KrThread *ts, KrGen *g)
{
    const char *what;
    if (kri_err_matches(ts, &kr_exc_StopIteration))
        what = "StopIteration";
    else if (is_agen(KR_OBJ(g)) && kri_err_matches(ts, &kr_exc_StopAsyncIteration))
        what = "StopAsyncIteration";
    else
        return -1;
    KrObject *cause = kri_err_fetch(ts);
    kri_err_format(ts, &kr_exc_RuntimeError, "%s raised %s", gen_kind(KR_OBJ(g)), what);
    if (ts->exc) {
        kri_exc_set_context_steal(ts->exc, kr_incref(cause));
        kri_exc_set_cause_steal(ts->exc, cause);
    } else {
        kr_decref(cause);
    }
    return -1;
}

/* Why [g] cannot be resumed with [arg] now: -1 with the error set, 0 with
 * *[res] set when a finished generator just returns None, 1 when it may
 * run. */
static int gen_check_resumable(KrThread *ts, KrGen *g, KrObject *arg, KrObject **res)
{
    const char *kind = gen_kind(KR_OBJ(g));
    if (g->state == KR_GEN_CREATED && arg && arg != KR_NONE) {
        kri_err_format(ts, &kr_exc_TypeError, "can't send non-None value to a just-started %s",
                       kind);
        return -1;
    }
    if (g->state == KR_GEN_RUNNING) {
        kri_err_format(ts, &kr_exc_ValueError, "%s already executing", kind);
        return -1;
    }
    if (g->state == KR_GEN_COMPLETED) {
        if (is_coro(KR_OBJ(g))) {
            kri_err_format(ts, &kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (!arg)
            return -1; /* the thrown exception propagates */
        *res = kr_incref(KR_NONE);
        return 0;
    }
    return 1;
}

int kri_gen_run(KrThread *ts, KrGen *g, KrObject *arg, KrObject **res)
{
    *res = NULL;
    int ok = gen_check_resumable(ts, g, arg, res);
    if (ok <= 0)
        return ok;
    if (kri_vm_enter(ts) < 0)
        return -1;
    KrFrame *f = kri_gen_frame(g);
    f->localsplus[f->stacktop++] = kr_incref(arg ? arg : KR_NONE);
    g->state = KR_GEN_RUNNING;
    g->exc_state.previous = ts->exc_info;
    ts->exc_info = &g->exc_state;
    KrObject *r = kri_vm_eval(ts, f);
    ts->exc_info = g->exc_state.previous;
    g->exc_state.previous = NULL;
    if (r && f->yielded) {
        g->state = KR_GEN_SUSPENDED;
        *res = r;
        return 1;
    }
    gen_finish(ts, g);
    if (r) {
        *res = r;
        return 0;
    }
    return gen_escaped_error(ts, g);
}

/* The end of an iteration: StopIteration carrying [value] (no arguments
 * for None, as CPython), or StopAsyncIteration for an async generator. */
static void gen_raise_stop(KrThread *ts, KrGen *g, KrObject *value)
{
    if (is_agen(KR_OBJ(g)))
        kri_err_set_object(ts, &kr_exc_StopAsyncIteration, NULL);
    else if (value == KR_NONE)
        kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
    else
        kri_exc_raise_stop_iteration(ts, value);
}

/* Runs [g] as send() does; the return becomes StopIteration, or nothing
 * at all for [stop_quietly] and a None return (iternext's exhaustion). */
static KrObject *gen_send_ex(KrThread *ts, KrGen *g, KrObject *arg, bool stop_quietly)
{
    KrObject *res;
    int r = kri_gen_run(ts, g, arg, &res);
    if (r == 1)
        return res;
    if (r == 0) {
        if (res != KR_NONE || !stop_quietly)
            gen_raise_stop(ts, g, res);
        kr_decref(res);
    }
    return NULL;
}

KrObject *kri_gen_send(KrThread *ts, KrGen *g, KrObject *arg)
{
    return gen_send_ex(ts, g, arg, false);
}

static KrObject *gen_iternext(KrThread *ts, KrObject *o)
{
    return gen_send_ex(ts, (KrGen *)o, KR_NONE, true);
}

static KrObject *gen_send(KrThread *ts, KrObject *self, KrObject *arg)
{
    return gen_send_ex(ts, (KrGen *)self, arg, false);
}

/* ---- throw and close ---- */

/* The exception throw(typ, val, tb) raises ([val], [tb] may be NULL). */
static KrObject *make_thrown(KrThread *ts, KrObject *typ, KrObject *val, KrObject *tb)
{
    if (tb == KR_NONE)
        tb = NULL;
    if (tb && !kr_is_type(tb, &kr_traceback_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "throw() third argument must be a traceback object");
    KrObject *exc;
    if (kr_exc_type_check(typ)) {
        if (val && kr_isinstance(val, (KrType *)typ))
            exc = kr_incref(val);
        else if (!val || val == KR_NONE)
            exc = kri_call0(ts, typ);
        else if (kr_tuple_check(val))
            exc = kri_call_tuple(ts, typ, val, NULL);
        else
            exc = kri_call1(ts, typ, val);
        if (exc && !kr_exc_check(exc)) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "calling %R should have returned an instance of BaseException, "
                           "not %s", typ, kri_type_name(exc->ob_type));
            KR_CLEAR(exc);
        }
    } else if (kr_exc_check(typ)) {
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

/* Resumes [g] with the pending exception thrown in (before its first
 * line when it has not started: the traceback shows its `def`). */
static KrObject *gen_resume_error(KrThread *ts, KrGen *g)
{
    return gen_send_ex(ts, g, NULL, false);
}

/* close() of the sub-iterator [yf] of a generator being closed. */
static int close_subiter(KrThread *ts, KrObject *yf)
{
    if (is_gen_or_coro(yf)) {
        KrObject *r = kri_gen_close(ts, (KrGen *)yf);
        kr_xdecref(r);
        return r ? 0 : -1;
    }
    KrObject *close = NULL;
    if (kri_object_lookup_attr(ts, yf, KR_ID(close), &close) < 0)
        kri_slots_write_unraisable(ts, yf);
    if (!close)
        return 0;
    KrObject *r = kri_call0(ts, close);
    kr_decref(close);
    kr_xdecref(r);
    return r ? 0 : -1;
}

/* The sub-iterator of [g] ended during a throw: it is popped and [g]
 * resumes after its SEND loop, as SEND itself would leave it, with the
 * sub-iterator's return value or with its exception. */
static KrObject *resume_after_subiter(KrThread *ts, KrGen *g)
{
    KrFrame *f = kri_gen_frame(g);
    KrObject *sub = f->localsplus[--f->stacktop];
    kr_decref(sub);
    uint16_t send = f->prev_instr[-1];
    f->prev_instr += (send >> 8) - 1;
    if (ts->exc && !kri_err_matches(ts, &kr_exc_StopIteration))
        return gen_send_ex(ts, g, NULL, false);
    KrObject *e = kri_err_fetch(ts);
    KrObject *val = e && ((KrStopIteration *)e)->value ? ((KrStopIteration *)e)->value : KR_NONE;
    kr_incref(val);
    kr_xdecref(e);
    KrObject *r = gen_send_ex(ts, g, val, false);
    kr_decref(val);
    return r;
}

/* Whether throw()'s first argument [typ] is GeneratorExit, as a class or
 * an instance. */
static bool is_generator_exit(const KrObject *typ)
{
    if (kr_exc_type_check(typ))
        return kri_type_is_subtype((const KrType *)typ, &kr_exc_GeneratorExit);
    return kr_isinstance(typ, &kr_exc_GeneratorExit);
}

enum { SUB_ERROR = -1, SUB_NO_THROW, SUB_DONE };

/* throw() delegated to the sub-iterator [yf], with the arguments as given
 * (a Python-level throw() sees them unnormalized): SUB_DONE with *[res]
 * its result (NULL when it raised), SUB_NO_THROW when [yf] has no
 * throw(), SUB_ERROR when looking for it failed. */
static int throw_subiter(KrThread *ts, KrGen *g, KrObject *yf, KrObject *const *args,
                         ssize_t nargs, bool close_on_exit, KrObject **res)
{
    if (is_gen_or_coro(yf)) {
        g->state = KR_GEN_RUNNING;
        *res = kri_gen_throw(ts, (KrGen *)yf, args, nargs, close_on_exit);
        g->state = KR_GEN_SUSPENDED;
        return SUB_DONE;
    }
    KrObject *meth = NULL;
    if (kri_object_lookup_attr(ts, yf, KR_ID(throw), &meth) < 0)
        return SUB_ERROR;
    if (!meth)
        return SUB_NO_THROW;
    while (nargs > 1 && !args[nargs - 1])
        nargs--;
    g->state = KR_GEN_RUNNING;
    *res = kri_call(ts, meth, args, (size_t)nargs, NULL);
    g->state = KR_GEN_SUSPENDED;
    kr_decref(meth);
    return SUB_DONE;
}

/* CPython's _gen_throw: [args] are throw()'s 1 to 3 arguments. */
static KrObject *gen_throw_impl(KrThread *ts, KrGen *g, KrObject *const *args, ssize_t nargs,
                                bool close_on_exit)
{
    KrObject *yf = kri_gen_yieldfrom_borrow(g);
    if (yf && close_on_exit && is_generator_exit(args[0])) {
        /* closing: the sub-iterator is closed, then GeneratorExit (or
         * what closing it raised) goes to [g] */
        kr_incref(yf);
        g->state = KR_GEN_RUNNING;
        int err = close_subiter(ts, yf);
        g->state = KR_GEN_SUSPENDED;
        kr_decref(yf);
        if (err < 0)
            return gen_resume_error(ts, g);
    } else if (yf) {
        kr_incref(yf);
        KrObject *r = NULL;
        int how = throw_subiter(ts, g, yf, args, nargs, close_on_exit, &r);
        kr_decref(yf);
        if (how == SUB_ERROR)
            return NULL;
        if (how == SUB_DONE)
            return r ? r : resume_after_subiter(ts, g);
    }
    KrObject *exc = make_thrown(ts, args[0], nargs > 1 ? args[1] : NULL,
                                nargs > 2 ? args[2] : NULL);
    if (!exc)
        return NULL;
    kri_err_restore(ts, exc);
    return gen_resume_error(ts, g);
}

KrObject *kri_gen_throw(KrThread *ts, KrGen *g, KrObject *const *args, ssize_t nargs,
                        bool close_on_exit)
{
    if (nargs < 1 || nargs > 3)
        return kri_err_format(ts, &kr_exc_TypeError,
                              nargs < 1 ? "throw expected at least 1 argument, got %zd"
                                        : "throw expected at most 3 arguments, got %zd",
                              nargs);
    return gen_throw_impl(ts, g, args, nargs, close_on_exit);
}

KrObject *kri_gen_throw_steal(KrThread *ts, KrGen *g, KrObject *exc, bool close_on_exit)
{
    KrObject *r = gen_throw_impl(ts, g, &exc, 1, close_on_exit);
    kr_decref(exc);
    return r;
}

static KrObject *gen_throw(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kri_gen_throw(ts, (KrGen *)self, args, nargs, true);
}

KrObject *kri_gen_close(KrThread *ts, KrGen *g)
{
    if (g->state == KR_GEN_CREATED) {
        gen_finish(ts, g);
        return kr_incref(KR_NONE);
    }
    if (g->state == KR_GEN_COMPLETED)
        return kr_incref(KR_NONE);
    int err = 0;
    KrObject *yf = kri_gen_yieldfrom_borrow(g);
    if (yf) {
        uint8_t state = g->state;
        kr_incref(yf);
        g->state = KR_GEN_RUNNING;
        err = close_subiter(ts, yf);
        g->state = state;
        kr_decref(yf);
    }
    if (err == 0)
        kri_err_set_object(ts, &kr_exc_GeneratorExit, NULL);
    KrObject *r = gen_resume_error(ts, g);
    if (r) {
        kr_decref(r);
        return kri_err_format(ts, &kr_exc_RuntimeError, "%s ignored GeneratorExit",
                              gen_kind(KR_OBJ(g)));
    }
    if (kri_err_matches(ts, &kr_exc_StopIteration) || kri_err_matches(ts, &kr_exc_GeneratorExit)) {
        kri_err_clear(ts);
        return kr_incref(KR_NONE);
    }
    return NULL;
}

static KrObject *gen_close(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_gen_close(ts, (KrGen *)self);
}

/* ---- the types ---- */

static void gen_dealloc(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    if (g->state == KR_GEN_SUSPENDED) {
        /* close it as CPython's finalizer does; it is alive again meanwhile */
        KrThread *ts = kri_thread_current();
        o->ob_ref_local = 1;
        KrObject *saved = kri_err_fetch(ts);
        KrObject *r = kri_gen_close(ts, g);
        if (r)
            kr_decref(r);
        else
            kri_slots_write_unraisable(ts, o);
        kri_err_restore(ts, saved);
        if (--o->ob_ref_local != 0)
            return; /* resurrected */
    }
    if (g->state != KR_GEN_COMPLETED)
        kri_frame_clear(kri_gen_frame(g));
    KR_CLEAR(g->name);
    KR_CLEAR(g->qualname);
    kr_xdecref(KR_OBJ(g->code));
    KR_CLEAR(g->exc_state.exc);
    kri_object_free(o);
}

static KrObject *gen_repr(KrThread *ts, KrObject *o)
{
    const char *kind = is_coro(o) ? "coroutine" : is_agen(o) ? "async_generator" : "generator";
    return kri_str_format(ts, "<%s object %U at %p>", kind, ((KrGen *)o)->qualname, (void *)o);
}

static KrObject *gen_self_iter(KrThread *ts, KrObject *o)
{
    return kr_incref(o);
}

static KrObject *gen_get_frame(KrThread *ts, KrObject *o, void *c)
{
    KrGen *g = (KrGen *)o;
    if (g->state == KR_GEN_COMPLETED)
        return kr_incref(KR_NONE);
    return kri_frame_object(ts, kri_gen_frame(g));
}

static KrObject *gen_get_running(KrThread *ts, KrObject *o, void *c)
{
    return kr_bool(((KrGen *)o)->state == KR_GEN_RUNNING);
}

/* ag_running: whether an awaitable of it is in progress, not whether its
 * frame runs (it is False while the generator waits in an await). */
static KrObject *agen_get_running(KrThread *ts, KrObject *o, void *c)
{
    return kr_bool(((KrGen *)o)->running_async);
}

static KrObject *gen_get_suspended(KrThread *ts, KrObject *o, void *c)
{
    return kr_bool(((KrGen *)o)->state == KR_GEN_SUSPENDED);
}

static KrObject *gen_get_yieldfrom(KrThread *ts, KrObject *o, void *c)
{
    KrObject *yf = kri_gen_yieldfrom_borrow((KrGen *)o);
    return kr_incref(yf ? yf : KR_NONE);
}

static KrObject *gen_get_none(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(KR_NONE);
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

/* coroutine.__await__(): an iterator driving the coroutine, for code that
 * awaits by hand (`yield from coro.__await__()`, event loops). */
typedef struct {
    KrObject ob_base;
    KrGen *coro; /* owned */
} KrCoroWrapper;

static KrObject *coro_await(KrThread *ts, KrObject *o)
{
    KrCoroWrapper *w = (KrCoroWrapper *)kri_object_alloc(ts, &kr_coroutine_wrapper_type,
                                                         sizeof(KrCoroWrapper));
    if (!w)
        return NULL;
    w->coro = (KrGen *)kr_incref(o);
    return KR_OBJ(w);
}

static const KrGetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    /* origin tracking (sys.set_coroutine_origin_tracking_depth) is off */
    {"cr_origin", gen_get_none, NULL, NULL, NULL},
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

static void coro_wrapper_dealloc(KrObject *o)
{
    kr_decref(KR_OBJ(((KrCoroWrapper *)o)->coro));
    kri_object_free(o);
}

static KrObject *coro_wrapper_iternext(KrThread *ts, KrObject *o)
{
    return gen_send_ex(ts, ((KrCoroWrapper *)o)->coro, KR_NONE, true);
}

static KrObject *coro_wrapper_send(KrThread *ts, KrObject *o, KrObject *arg)
{
    return gen_send_ex(ts, ((KrCoroWrapper *)o)->coro, arg, false);
}

static KrObject *coro_wrapper_throw(KrThread *ts, KrObject *o, KrObject *const *args,
                                    ssize_t nargs)
{
    return kri_gen_throw(ts, ((KrCoroWrapper *)o)->coro, args, nargs, true);
}

static KrObject *coro_wrapper_close(KrThread *ts, KrObject *o, KrObject *unused)
{
    return kri_gen_close(ts, ((KrCoroWrapper *)o)->coro);
}

static const KrMethodDef coro_wrapper_methods[] = {
    {"send", KR_METH(coro_wrapper_send), KR_METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise "
     "StopIteration."},
    {"throw", KR_METH(coro_wrapper_throw), KR_METH_FAST,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return "
     "next iterated value or raise\nStopIteration."},
    {"close", KR_METH(coro_wrapper_close), KR_METH_NOARGS,
     "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

KrType kr_coroutine_wrapper_type = {
    KR_TYPE_HEADER,
    .name = "coroutine_wrapper",
    .basicsize = sizeof(KrCoroWrapper),
    .flags = KR_TPF_GC,
    .dealloc = coro_wrapper_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = gen_self_iter,
    .iternext = coro_wrapper_iternext,
    .methods = coro_wrapper_methods,
};

/* ---- async generators (their methods and awaitables are in agen.c) ---- */

static KrObject *agen_aiter(KrThread *ts, KrObject *o)
{
    return kr_incref(o);
}

static const KrMethodDef agen_methods[] = {
    {"asend", KR_METH(kri_agen_asend), KR_METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", KR_METH(kri_agen_athrow), KR_METH_FAST,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", KR_METH(kri_agen_aclose), KR_METH_NOARGS,
     "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef agen_members[] = {
    {"ag_code", KR_MEMBER_OBJECT, offsetof(KrGen, code), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_async_generator_type = {
    KR_TYPE_HEADER,
    .name = "async_generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPF_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattro = kri_object_generic_getattr,
    .am_aiter = agen_aiter,
    .am_anext = kri_agen_anext,
    .methods = agen_methods,
    .getsets = agen_getsets,
    .members = agen_members,
};

/* ---- instructions ---- */

int kri_vm_send(KrThread *ts, KrObject *receiver, KrObject *v, KrObject **res)
{
    if (is_gen_or_coro(receiver))
        return kri_gen_run(ts, (KrGen *)receiver, v, res);
    if (kr_is_type(receiver, &kr_coroutine_wrapper_type))
        return kri_gen_run(ts, ((KrCoroWrapper *)receiver)->coro, v, res);
    int fast = kri_agen_send_fast(ts, receiver, v, res);
    if (fast != -2)
        return fast;
    KrObject *r;
    KrType *type = receiver->ob_type;
    if (v == KR_NONE && type->iternext && kr_type_has(type, KR_TPF_HEAPTYPE))
        /* the slot would swallow the StopIteration carrying the result */
        r = kri_call_method(ts, receiver, KR_ID(__next__), NULL, 0);
    else if (v == KR_NONE && type->iternext)
        r = type->iternext(ts, receiver);
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

/* A coroutine, or a generator decorated by types.coroutine. */
static bool is_awaitable_itself(const KrObject *o)
{
    return is_coro(o) || (kr_is_type(o, &kr_generator_type) &&
                          (((const KrGen *)o)->code->flags & KR_CO_ITERABLE_COROUTINE));
}

KrObject *kri_gen_awaitable_iter(KrThread *ts, KrObject *obj)
{
    if (is_awaitable_itself(obj))
        return kr_incref(obj);
    KrUnaryFn await = obj->ob_type->am_await;
    if (!await)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "object %s can't be used in 'await' expression",
                              kri_type_name(obj->ob_type));
    KrObject *it = await(ts, obj);
    if (!it)
        return NULL;
    if (is_awaitable_itself(it)) {
        kr_decref(it);
        return kri_err_format(ts, &kr_exc_TypeError, "__await__() returned a coroutine");
    }
    if (!kri_iter_check(it)) {
        kri_err_format(ts, &kr_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                       kri_type_name(it->ob_type));
        KR_CLEAR(it);
    }
    return it;
}

/* GET_AWAITABLE: [where] is 1 after __aenter__, 2 after __aexit__. */
KrObject *kri_vm_get_awaitable(KrThread *ts, KrObject *obj, int where)
{
    KrObject *it = kri_gen_awaitable_iter(ts, obj);
    if (!it) {
        if (!obj->ob_type->am_await && (where == 1 || where == 2))
            kri_err_format(ts, &kr_exc_TypeError,
                           "'async with' received an object from %s that does not implement "
                           "__await__: %s",
                           where == 1 ? "__aenter__" : "__aexit__", kri_type_name(obj->ob_type));
        return NULL;
    }
    if (is_coro(it) && kri_gen_yieldfrom_borrow((KrGen *)it)) {
        kr_decref(it);
        return kri_err_format(ts, &kr_exc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

KrObject *kri_vm_get_aiter(KrThread *ts, KrObject *obj)
{
    KrUnaryFn aiter = obj->ob_type->am_aiter;
    if (!aiter)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'async for' requires an object with __aiter__ method, got %s",
                              kri_type_name(obj->ob_type));
    KrObject *it = aiter(ts, obj);
    if (it && !it->ob_type->am_anext) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "'async for' received an object from __aiter__ that does not "
                       "implement __anext__: %s",
                       kri_type_name(it->ob_type));
        KR_CLEAR(it);
    }
    return it;
}

KrObject *kri_vm_get_anext(KrThread *ts, KrObject *aiter)
{
    KrUnaryFn anext = aiter->ob_type->am_anext;
    if (is_agen(aiter))
        return anext(ts, aiter);
    if (!anext)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'async for' requires an iterator with __anext__ method, got %s",
                              kri_type_name(aiter->ob_type));
    KrObject *next = anext(ts, aiter);
    if (!next)
        return NULL;
    KrObject *aw = kri_gen_awaitable_iter(ts, next);
    if (!aw) {
        KrObject *cause = kri_err_fetch(ts);
        kri_err_format(ts, &kr_exc_TypeError,
                       "'async for' received an invalid object from __anext__: %s",
                       kri_type_name(next->ob_type));
        if (ts->exc) {
            kri_exc_set_context_steal(ts->exc, kr_incref(cause));
            kri_exc_set_cause_steal(ts->exc, cause);
        } else {
            kr_decref(cause);
        }
    }
    kr_decref(next);
    return aw;
}
