/* The exception being raised on a thread (KrThread.exc) and the helpers
 * that set it. Exceptions are always instances (never a type/value pair),
 * so fetching and re-raising is one pointer move. The recursion guards for
 * C-level recursion live here too. */
#include "objects/objects.h"

/* The exception being handled, looking through generators that handle
 * nothing (CPython's topmost exception), or NULL. */
KrObject *kri_err_handled(KrThread *ts)
{
    for (KrExcInfo *ei = ts->exc_info; ei; ei = ei->previous)
        if (ei->exc && ei->exc != KR_NONE)
            return ei->exc;
    return NULL;
}

/* Sets [exc].__context__ to the exception being handled, first cutting
 * [exc] out of that exception's context chain so no cycle forms. */
static void chain_context(KrThread *ts, KrObject *exc)
{
    KrObject *handled = kri_err_handled(ts);
    if (!handled || handled == exc)
        return;
    KrObject *o = handled, *slow = handled;
    bool step = false;
    for (;;) {
        KrObject *ctx = ((KrBaseException *)o)->context;
        if (!ctx)
            break;
        if (ctx == exc) {
            kri_exc_set_context_steal(o, NULL);
            break;
        }
        o = ctx;
        if (step)
            slow = ((KrBaseException *)slow)->context;
        step = !step;
        if (o == slow)
            break; /* a pre-existing cycle: leave it */
    }
    kri_exc_set_context_steal(exc, kr_incref(handled));
}

void kri_err_raise_steal(KrThread *ts, KrObject *exc)
{
    chain_context(ts, exc);
    kri_err_restore(ts, exc);
}

void kri_err_restore(KrThread *ts, KrObject *exc)
{
    KrObject *old = ts->exc;
    ts->exc = exc;
    kr_xdecref(old);
}

void kri_err_set_object(KrThread *ts, KrType *type, KrObject *value)
{
    KrObject *args = value ? kri_tuple_pack(ts, 1, value) : KR_NEWREF(kri_tuple_empty());
    if (!args)
        return;
    KrObject *exc = kri_exc_new(ts, type, args);
    kr_decref(args);
    if (exc)
        kri_err_raise_steal(ts, exc);
}

void kri_err_set(KrThread *ts, KrType *type, const char *msg)
{
    KrObject *s = kri_str_from_cstr(ts, msg);
    if (!s)
        return;
    kri_err_set_object(ts, type, s);
    kr_decref(s);
}

KrObject *kri_err_vformat(KrThread *ts, KrType *type, const char *fmt, va_list ap)
{
    /* Formatting may run Python code (%R): it must not see a pending
     * exception, and its own failure wins. */
    KrObject *pending = kri_err_fetch(ts);
    KrObject *msg = kri_str_vformat(ts, fmt, ap);
    kr_xdecref(pending);
    if (!msg)
        return NULL;
    kri_err_set_object(ts, type, msg);
    kr_decref(msg);
    return NULL;
}

KrObject *kri_err_format(KrThread *ts, KrType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kri_err_vformat(ts, type, fmt, ap);
    va_end(ap);
    return NULL;
}

KrObject *kri_err_fetch(KrThread *ts)
{
    KrObject *exc = ts->exc;
    ts->exc = NULL;
    return exc;
}

void kri_err_clear(KrThread *ts)
{
    KR_CLEAR(ts->exc);
}

bool kri_err_matches(KrThread *ts, KrType *type)
{
    return ts->exc && kr_isinstance(ts->exc, type);
}

KrObject *kri_err_no_memory(KrThread *ts)
{
    KrObject *exc = ts->interp ? ts->interp->memory_error : NULL;
    if (exc) {
        KrBaseException *e = (KrBaseException *)exc;
        KR_CLEAR(e->traceback);
        KR_CLEAR(e->context);
        KR_CLEAR(e->cause);
        kri_err_raise_steal(ts, KR_NEWREF(exc));
    }
    return NULL;
}

KrObject *kri_err_bad_internal_call(KrThread *ts, const char *where)
{
    return kri_err_format(ts, &kr_exc_SystemError, "%s: bad argument to internal function",
                          where);
}

int kri_enter_recursive(KrThread *ts, const char *where)
{
    char here;
    int limit = ts->interp ? ts->interp->recursion_limit : 1000;
    if (++ts->c_depth + ts->py_depth > limit ||
        (ts->c_stack_limit && &here < ts->c_stack_limit)) {
        ts->c_depth--;
        kri_err_format(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded%s",
                       where);
        return -1;
    }
    return 0;
}
