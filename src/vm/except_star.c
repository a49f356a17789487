/* The run-time half of `except*` (PEP 654). CHECK_EG_MATCH splits the
 * exception being handled into the part a clause matches and the rest;
 * PREP_RERAISE_STAR rebuilds what is left to raise once every clause ran.
 *
 * The compiled code keeps [orig] (the exception that entered the try) and
 * a list: each clause that raises appends what it raised, and the last
 * unmatched rest is appended at the end. An item with [orig]'s traceback,
 * context and cause came from [orig] (a bare `raise`, or the rest) and is
 * "re-raised": those keep their place in [orig]'s nesting. Anything else
 * was raised anew and goes beside them in a new ExceptionGroup("", ...).
 * A naked (non-group) exception is wrapped in a group to match, without
 * its traceback, as CPython 3.11 does. */
#include "objects/exceptions_group.h"
#include "vm/ops.h"

/* TypeError when [type] (already known catchable) names a group type. */
static int reject_group_types(KrThread *ts, KrObject *type)
{
    bool group = false;
    if (kr_tuple_check(type)) {
        for (ssize_t i = 0; i < KR_SIZE(type) && !group; i++)
            group = kri_type_is_subtype((KrType *)KR_TUPLE_ITEMS(type)[i],
                                        &kr_exc_BaseExceptionGroup);
    } else {
        group = kri_type_is_subtype((KrType *)type, &kr_exc_BaseExceptionGroup);
    }
    if (!group)
        return 0;
    kri_err_set(ts, &kr_exc_TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
}

/* [exc] wrapped alone in a group: BaseExceptionGroup('', (exc,)). */
static KrObject *wrap_naked(KrThread *ts, KrObject *exc)
{
    KrObject *excs = kri_tuple_pack(ts, 1, exc);
    if (!excs)
        return NULL;
    KrObject *wrapped = kri_exceptions_group_create(ts, kri_str_empty(), excs);
    kr_decref(excs);
    return wrapped;
}

/* *[match], *[rest] = exc.split(type), checking what a subclass returned. */
static int split_group(KrThread *ts, KrObject *exc, KrObject *type, KrObject **rest,
                       KrObject **match)
{
    KrObject *pair = kri_call_method(ts, exc, KR_ID(split), &type, 1);
    if (!pair)
        return -1;
    if (!kr_tuple_check(pair) || KR_SIZE(pair) != 2) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "split() of an exception group must return a 2-tuple, not %T", pair);
        kr_decref(pair);
        return -1;
    }
    *match = kr_incref(KR_TUPLE_ITEMS(pair)[0]);
    *rest = kr_incref(KR_TUPLE_ITEMS(pair)[1]);
    kr_decref(pair);
    return 0;
}

/* Sets *[match] to the part of [exc] that [type] matches (None when
 * nothing does) and *[rest] to what remains for the next clauses (the
 * whole [exc] when nothing matched, None when all did). A match becomes
 * the exception being handled. */
int kri_vm_exception_group_match(KrThread *ts, KrObject *exc, KrObject *type, KrObject **rest,
                                 KrObject **match)
{
    *rest = *match = NULL;
    if (kri_vm_check_catchable(ts, type) < 0 || reject_group_types(ts, type) < 0)
        return -1;
    if (exc == KR_NONE) {
        *rest = KR_NEWREF(KR_NONE);
        *match = KR_NEWREF(KR_NONE);
        return 0;
    }
    int whole = kri_vm_exception_match(ts, exc, type);
    if (whole < 0)
        return -1;
    if (whole) {
        *match = kr_exc_group_check(exc) ? kr_incref(exc) : wrap_naked(ts, exc);
        if (!*match)
            return -1;
        *rest = KR_NEWREF(KR_NONE);
    } else if (kr_exc_group_check(exc)) {
        if (split_group(ts, exc, type, rest, match) < 0)
            return -1;
    } else {
        *match = KR_NEWREF(KR_NONE);
    }
    if (*match == KR_NONE) {
        KR_SETREF(*rest, kr_incref(exc));
        return 0;
    }
    KR_SETREF(ts->exc_info->exc, kr_incref(*match));
    return 0;
}

/* Whether [e] came out of [orig] unchanged: same traceback, cause and
 * context. (CPython compares its notes field too, which 3.11 never sets.) */
static bool same_metadata(KrObject *e, KrObject *orig)
{
    KrBaseException *a = (KrBaseException *)e, *b = (KrBaseException *)orig;
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

/* What is left to raise after the clauses of a try/except* that caught
 * [orig]: None, or one exception (a group, or what a clause raised for a
 * naked exception). [excs] is the list the clauses filled. */
KrObject *kri_vm_prep_reraise_star(KrThread *ts, KrObject *orig, KrObject *excs)
{
    ssize_t n = KR_SIZE(excs);
    if (n == 0)
        return KR_NEWREF(KR_NONE);
    /* Only one clause can run for a naked exception: it raised item 0 (or
     * None when it did not raise). */
    if (!kr_exc_group_check(orig))
        return KR_NEWREF(KR_LIST_ITEMS(excs)[0]);
    KrObject *raised = kri_list_new(ts, 0), *reraised = kri_list_new(ts, 0);
    KrObject *result = NULL, *kept = NULL;
    if (!raised || !reraised)
        goto done;
    for (ssize_t i = 0; i < KR_SIZE(excs); i++) {
        KrObject *e = KR_LIST_ITEMS(excs)[i];
        if (e == KR_NONE)
            continue;
        KrObject *into = kr_exc_check(e) && same_metadata(e, orig) ? reraised : raised;
        if (kri_list_append(ts, into, e) < 0)
            goto done;
    }
    kept = kri_exceptions_group_project(ts, orig, reraised);
    if (!kept)
        goto done;
    if (KR_SIZE(raised) == 0) {
        result = KR_NEWREF(kept);
        goto done;
    }
    /* Even one raised exception is wrapped: 3.11 always makes a group. */
    if (kept == KR_NONE || kri_list_append(ts, raised, kept) == 0)
        result = kri_exceptions_group_create(ts, kri_str_empty(), raised);
done:
    kr_xdecref(kept);
    kr_xdecref(raised);
    kr_xdecref(reraised);
    return result;
}
