/* Async generators' awaitables (PEP 525) and anext()'s wrapper.
 *
 * `agen.__anext__()` / `asend(v)` make an async_generator_asend, and
 * `athrow(...)` / `aclose()` an async_generator_athrow: awaitables that
 * resume the generator when driven. The generator's own `yield v` reaches
 * them wrapped (ASYNC_GEN_WRAP): they end with StopIteration(v). Anything
 * else the frame yields comes from an `await` inside it and goes out to
 * whoever drives the awaitable. Each awaitable is single use: INIT until
 * first driven, ITER while in progress, CLOSED once finished. While one is
 * in progress the generator's `running_async` is set, so a second one
 * fails with "already running"; `closed` marks a generator that aclose()
 * began or that ended, after which athrow/aclose finish at once. */
#include "vm/gen.h"

enum { AW_INIT, AW_ITER, AW_CLOSED };

/* The value of an async generator's `yield`, as its frame yields it. */
typedef struct {
    KrObject ob_base;
    KrObject *value; /* owned */
} KrAgenWrapped;

typedef struct {
    KrObject ob_base;
    KrGen *gen;        /* owned */
    KrObject *sendval; /* owned: asend's argument (None for __anext__) */
    uint8_t state;     /* AW_* */
} KrAgenAsend;

typedef struct {
    KrObject ob_base;
    KrGen *gen;     /* owned */
    KrObject *args; /* owned tuple of athrow's arguments; NULL for aclose() */
    uint8_t state;  /* AW_* */
} KrAgenAthrow;

typedef struct {
    KrObject ob_base;
    KrObject *wrapped; /* owned: what __anext__ returned */
    KrObject *dflt;    /* owned */
} KrAnextAwaitable;

KrObject *kri_vm_async_gen_wrap(KrThread *ts, KrObject *v)
{
    KrAgenWrapped *w = (KrAgenWrapped *)kri_object_alloc(ts, &kr_async_gen_wrapped_type,
                                                         sizeof(KrAgenWrapped));
    if (!w)
        return NULL;
    w->value = kr_incref(v);
    return KR_OBJ(w);
}

/* What resuming [g] gave ([result], stolen, NULL on error) seen from its
 * awaitable: an await's suspension passes through; the generator's own
 * yield ends the awaitable with StopIteration(value); its end (and
 * GeneratorExit) marks it closed. */
static KrObject *agen_unwrap(KrThread *ts, KrGen *g, KrObject *result)
{
    if (!result) {
        if (!ts->exc)
            kri_err_set_object(ts, &kr_exc_StopAsyncIteration, NULL);
        if (kri_err_matches(ts, &kr_exc_StopAsyncIteration) ||
            kri_err_matches(ts, &kr_exc_GeneratorExit))
            g->closed = true;
        g->running_async = false;
        return NULL;
    }
    if (kr_is_type(result, &kr_async_gen_wrapped_type)) {
        KrObject *v = ((KrAgenWrapped *)result)->value;
        if (v == KR_NONE)
            kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
        else
            kri_exc_raise_stop_iteration(ts, v);
        kr_decref(result);
        g->running_async = false;
        return NULL;
    }
    return result;
}

static void wrapped_dealloc(KrObject *o)
{
    kr_decref(((KrAgenWrapped *)o)->value);
    kri_object_free(o);
}

KrType kr_async_gen_wrapped_type = {
    KR_TYPE_HEADER,
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(KrAgenWrapped),
    .flags = KR_TPF_GC,
    .dealloc = wrapped_dealloc,
};

static KrObject *self_iter(KrThread *ts, KrObject *o)
{
    return kr_incref(o);
}

/* ---- asend ---- */

static KrObject *asend_new(KrThread *ts, KrObject *gen, KrObject *sendval)
{
    KrAgenAsend *a = (KrAgenAsend *)kri_object_alloc(ts, &kr_async_gen_asend_type,
                                                     sizeof(KrAgenAsend));
    if (!a)
        return NULL;
    a->gen = (KrGen *)kr_incref(gen);
    a->sendval = kr_incref(sendval);
    a->state = AW_INIT;
    return KR_OBJ(a);
}

KrObject *kri_agen_anext(KrThread *ts, KrObject *self)
{
    return asend_new(ts, self, KR_NONE);
}

KrObject *kri_agen_asend(KrThread *ts, KrObject *self, KrObject *arg)
{
    return asend_new(ts, self, arg);
}

static KrObject *asend_reused(KrThread *ts)
{
    return kri_err_format(ts, &kr_exc_RuntimeError,
                          "cannot reuse already awaited __anext__()/asend()");
}

static KrObject *asend_send(KrThread *ts, KrObject *self, KrObject *arg)
{
    KrAgenAsend *a = (KrAgenAsend *)self;
    if (a->state == AW_CLOSED)
        return asend_reused(ts);
    if (a->state == AW_INIT) {
        if (a->gen->running_async)
            return kri_err_format(ts, &kr_exc_RuntimeError,
                                  "anext(): asynchronous generator is already running");
        if (arg == KR_NONE)
            arg = a->sendval; /* the first send is asend's argument */
        a->state = AW_ITER;
    }
    a->gen->running_async = true;
    KrObject *r = agen_unwrap(ts, a->gen, kri_gen_send(ts, a->gen, arg));
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

static KrObject *asend_iternext(KrThread *ts, KrObject *self)
{
    return asend_send(ts, self, KR_NONE);
}

static KrObject *asend_throw(KrThread *ts, KrObject *self, KrObject *const *args,
                             ssize_t nargs)
{
    KrAgenAsend *a = (KrAgenAsend *)self;
    if (a->state == AW_CLOSED)
        return asend_reused(ts);
    KrObject *r = kri_gen_throw(ts, a->gen, args, nargs, true);
    r = agen_unwrap(ts, a->gen, r);
    if (!r)
        a->state = AW_CLOSED;
    return r;
}

static KrObject *asend_close(KrThread *ts, KrObject *self, KrObject *unused)
{
    ((KrAgenAsend *)self)->state = AW_CLOSED;
    return kr_incref(KR_NONE);
}

static void asend_dealloc(KrObject *o)
{
    KrAgenAsend *a = (KrAgenAsend *)o;
    kr_decref(KR_OBJ(a->gen));
    kr_decref(a->sendval);
    kri_object_free(o);
}

static const KrMethodDef asend_methods[] = {
    {"send", KR_METH(asend_send), KR_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", KR_METH(asend_throw), KR_METH_FAST,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", KR_METH(asend_close), KR_METH_NOARGS,
     "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

KrType kr_async_gen_asend_type = {
    KR_TYPE_HEADER,
    .name = "async_generator_asend",
    .basicsize = sizeof(KrAgenAsend),
    .flags = KR_TPF_GC,
    .dealloc = asend_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = asend_iternext,
    .am_await = self_iter,
    .methods = asend_methods,
};

/* ---- athrow and aclose ---- */

static KrObject *athrow_new(KrThread *ts, KrObject *gen, KrObject *args)
{
    KrAgenAthrow *a = (KrAgenAthrow *)kri_object_alloc(ts, &kr_async_gen_athrow_type,
                                                       sizeof(KrAgenAthrow));
    if (!a) {
        kr_xdecref(args);
        return NULL;
    }
    a->gen = (KrGen *)kr_incref(gen);
    a->args = args;
    a->state = AW_INIT;
    return KR_OBJ(a);
}

KrObject *kri_agen_athrow(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    /* the arguments are checked when the awaitable first runs, as CPython */
    KrObject *tuple = kri_tuple_from_array(ts, args, nargs);
    if (!tuple)
        return NULL;
    return athrow_new(ts, self, tuple);
}

KrObject *kri_agen_aclose(KrThread *ts, KrObject *self, KrObject *unused)
{
    return athrow_new(ts, self, NULL);
}

static KrObject *athrow_reused(KrThread *ts)
{
    return kri_err_format(ts, &kr_exc_RuntimeError,
                          "cannot reuse already awaited aclose()/athrow()");
}

/* The awaitable is over: the generator is free again. In aclose() mode
 * the generator's end (StopAsyncIteration, GeneratorExit) is the awaited
 * result, a plain StopIteration. */
static KrObject *athrow_finished(KrThread *ts, KrAgenAthrow *a)
{
    a->gen->running_async = false;
    a->state = AW_CLOSED;
    if (!a->args && (kri_err_matches(ts, &kr_exc_StopAsyncIteration) ||
                     kri_err_matches(ts, &kr_exc_GeneratorExit))) {
        kri_err_clear(ts);
        kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
    }
    return NULL;
}

/* aclose() mode: the generator yielded a value of its own instead of
 * ending, so it ignored GeneratorExit. */
static KrObject *athrow_ignored_exit(KrThread *ts, KrAgenAthrow *a, KrObject *wrapped)
{
    kr_decref(wrapped);
    a->gen->running_async = false;
    a->state = AW_CLOSED;
    return kri_err_format(ts, &kr_exc_RuntimeError, "async generator ignored GeneratorExit");
}

/* The first run: throws into the generator. */
static KrObject *athrow_start(KrThread *ts, KrAgenAthrow *a)
{
    KrGen *g = a->gen;
    a->state = AW_ITER;
    g->running_async = true;
    KrObject *r;
    if (!a->args) {
        g->closed = true;
        KrObject *exc = kr_incref(KR_OBJ(&kr_exc_GeneratorExit));
        r = kri_gen_throw(ts, g, &exc, 1, false);
        kr_decref(exc);
        if (r && kr_is_type(r, &kr_async_gen_wrapped_type))
            return athrow_ignored_exit(ts, a, r);
    } else {
        ssize_t n = KR_SIZE(a->args);
        if (n < 1 || n > 3)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  n < 1 ? "athrow expected at least 1 argument, got %zd"
                                        : "athrow expected at most 3 arguments, got %zd",
                                  n);
        r = kri_gen_throw(ts, g, KR_TUPLE_ITEMS(a->args), n, false);
        r = agen_unwrap(ts, g, r);
    }
    return r ? r : athrow_finished(ts, a);
}

static KrObject *athrow_send(KrThread *ts, KrObject *self, KrObject *arg)
{
    KrAgenAthrow *a = (KrAgenAthrow *)self;
    KrGen *g = a->gen;
    if (a->state == AW_CLOSED)
        return athrow_reused(ts);
    if (g->state == KR_GEN_COMPLETED) {
        a->state = AW_CLOSED;
        kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
        return NULL;
    }
    if (a->state == AW_INIT) {
        if (g->running_async) {
            a->state = AW_CLOSED;
            return kri_err_format(ts, &kr_exc_RuntimeError,
                                  "%s(): asynchronous generator is already running",
                                  a->args ? "athrow" : "aclose");
        }
        if (g->closed) {
            a->state = AW_CLOSED;
            kri_err_set_object(ts, &kr_exc_StopAsyncIteration, NULL);
            return NULL;
        }
        if (arg != KR_NONE)
            return kri_err_format(ts, &kr_exc_RuntimeError,
                                  "can't send non-None value to a just-started coroutine");
        return athrow_start(ts, a);
    }
    KrObject *r = kri_gen_send(ts, g, arg);
    if (a->args)
        return agen_unwrap(ts, g, r);
    if (r && kr_is_type(r, &kr_async_gen_wrapped_type))
        return athrow_ignored_exit(ts, a, r);
    return r ? r : athrow_finished(ts, a);
}

static KrObject *athrow_iternext(KrThread *ts, KrObject *self)
{
    return athrow_send(ts, self, KR_NONE);
}

static KrObject *athrow_throw(KrThread *ts, KrObject *self, KrObject *const *args,
                              ssize_t nargs)
{
    KrAgenAthrow *a = (KrAgenAthrow *)self;
    if (a->state == AW_CLOSED)
        return athrow_reused(ts);
    KrObject *r = kri_gen_throw(ts, a->gen, args, nargs, true);
    if (a->args)
        return agen_unwrap(ts, a->gen, r);
    if (r && kr_is_type(r, &kr_async_gen_wrapped_type))
        return athrow_ignored_exit(ts, a, r);
    if (!r && (kri_err_matches(ts, &kr_exc_StopAsyncIteration) ||
               kri_err_matches(ts, &kr_exc_GeneratorExit))) {
        kri_err_clear(ts);
        kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
    }
    return r;
}

static KrObject *athrow_close(KrThread *ts, KrObject *self, KrObject *unused)
{
    ((KrAgenAthrow *)self)->state = AW_CLOSED;
    return kr_incref(KR_NONE);
}

static void athrow_dealloc(KrObject *o)
{
    KrAgenAthrow *a = (KrAgenAthrow *)o;
    kr_decref(KR_OBJ(a->gen));
    kr_xdecref(a->args);
    kri_object_free(o);
}

static const KrMethodDef athrow_methods[] = {
    {"send", KR_METH(athrow_send), KR_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", KR_METH(athrow_throw), KR_METH_FAST,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration."},
    {"close", KR_METH(athrow_close), KR_METH_NOARGS,
     "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

KrType kr_async_gen_athrow_type = {
    KR_TYPE_HEADER,
    .name = "async_generator_athrow",
    .basicsize = sizeof(KrAgenAthrow),
    .flags = KR_TPF_GC,
    .dealloc = athrow_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = athrow_iternext,
    .am_await = self_iter,
    .methods = athrow_methods,
};

/* ---- anext(aiterator, default) ---- */

KrObject *kri_agen_anext_default(KrThread *ts, KrObject *awaitable, KrObject *dflt)
{
    KrAnextAwaitable *a = (KrAnextAwaitable *)kri_object_alloc(ts, &kr_anext_awaitable_type,
                                                               sizeof(KrAnextAwaitable));
    if (!a)
        return NULL;
    a->wrapped = kr_incref(awaitable);
    a->dflt = kr_incref(dflt);
    return KR_OBJ(a);
}

/* The iterator to drive, found again on each step: a coroutine's own
 * iterator is its __await__() wrapper. */
static KrObject *anext_awaitable_iter(KrThread *ts, KrAnextAwaitable *a)
{
    KrObject *it = kri_gen_awaitable_iter(ts, a->wrapped);
    if (!it || it->ob_type->iternext)
        return it;
    KrObject *w = it->ob_type->am_await(ts, it);
    kr_decref(it);
    if (w && !kri_iter_check(w)) {
        kri_err_format(ts, &kr_exc_TypeError, "__await__ returned a non-iterable");
        KR_CLEAR(w);
    }
    return w;
}

/* A StopAsyncIteration from the wrapped awaitable ends with the default. */
static KrObject *anext_awaitable_result(KrThread *ts, KrAnextAwaitable *a, KrObject *r)
{
    if (!r && kri_err_matches(ts, &kr_exc_StopAsyncIteration)) {
        kri_err_clear(ts);
        if (a->dflt == KR_NONE)
            kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
        else
            kri_exc_raise_stop_iteration(ts, a->dflt);
    }
    return r;
}

static KrObject *anext_awaitable_iternext(KrThread *ts, KrObject *self)
{
    KrAnextAwaitable *a = (KrAnextAwaitable *)self;
    KrObject *it = anext_awaitable_iter(ts, a);
    if (!it)
        return NULL;
    KrObject *r = kr_type_has(it->ob_type, KR_TPF_HEAPTYPE)
                      ? kri_call_method(ts, it, KR_ID(__next__), NULL, 0) /* keeps the value */
                      : it->ob_type->iternext(ts, it);
    kr_decref(it);
    if (!r && !ts->exc)
        return NULL; /* returned None */
    return anext_awaitable_result(ts, a, r);
}

/* send/throw/close passed on to the iterator by name. */
static KrObject *anext_awaitable_proxy(KrThread *ts, KrObject *self, KrObject *name,
                                       KrObject *const *args, ssize_t nargs)
{
    KrAnextAwaitable *a = (KrAnextAwaitable *)self;
    KrObject *it = anext_awaitable_iter(ts, a);
    if (!it)
        return NULL;
    KrObject *r = kri_call_method(ts, it, name, args, (size_t)nargs);
    kr_decref(it);
    return anext_awaitable_result(ts, a, r);
}

static KrObject *anext_awaitable_send(KrThread *ts, KrObject *self, KrObject *arg)
{
    return anext_awaitable_proxy(ts, self, KR_ID(send), &arg, 1);
}

static KrObject *anext_awaitable_throw(KrThread *ts, KrObject *self, KrObject *const *args,
                                       ssize_t nargs)
{
    return anext_awaitable_proxy(ts, self, KR_ID(throw), args, nargs);
}

static KrObject *anext_awaitable_close(KrThread *ts, KrObject *self, KrObject *unused)
{
    return anext_awaitable_proxy(ts, self, KR_ID(close), NULL, 0);
}

static void anext_awaitable_dealloc(KrObject *o)
{
    KrAnextAwaitable *a = (KrAnextAwaitable *)o;
    kr_decref(a->wrapped);
    kr_decref(a->dflt);
    kri_object_free(o);
}

static const KrMethodDef anext_awaitable_methods[] = {
    {"send", KR_METH(anext_awaitable_send), KR_METH_O,
     "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise "
     "StopIteration."},
    {"throw", KR_METH(anext_awaitable_throw), KR_METH_FAST,
     "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded "
     "value or raise StopIteration."},
    {"close", KR_METH(anext_awaitable_close), KR_METH_NOARGS,
     "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

KrType kr_anext_awaitable_type = {
    KR_TYPE_HEADER,
    .name = "anext_awaitable",
    .basicsize = sizeof(KrAnextAwaitable),
    .flags = KR_TPF_GC,
    .dealloc = anext_awaitable_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = anext_awaitable_iternext,
    .am_await = self_iter,
    .methods = anext_awaitable_methods,
};

/* ---- SEND's shortcut ---- */

/* The result of a send() turned into SEND's three outcomes. */
static int send_outcome(KrThread *ts, KrObject *r, KrObject **res)
{
    if (r) {
        *res = r;
        return 1;
    }
    if (!ts->exc) {
        *res = kr_incref(KR_NONE);
        return 0;
    }
    if (!kri_err_matches(ts, &kr_exc_StopIteration))
        return -1;
    KrObject *e = kri_err_fetch(ts);
    KrObject *val = ((KrStopIteration *)e)->value;
    *res = kr_incref(val ? val : KR_NONE);
    kr_decref(e);
    return 0;
}

int kri_agen_send_fast(KrThread *ts, KrObject *receiver, KrObject *v, KrObject **res)
{
    KrObject *r;
    if (kr_is_type(receiver, &kr_async_gen_asend_type))
        r = asend_send(ts, receiver, v);
    else if (kr_is_type(receiver, &kr_async_gen_athrow_type))
        r = athrow_send(ts, receiver, v);
    else if (kr_is_type(receiver, &kr_anext_awaitable_type) && v == KR_NONE)
        r = anext_awaitable_iternext(ts, receiver);
    else
        return -2;
    return send_outcome(ts, r, res);
}
