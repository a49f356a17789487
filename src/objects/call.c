/* Calling objects. Every callable type fills its `call` slot with a vector
 * call function (type.h); kri_call dispatches to it, guarding the C
 * recursion depth. Tuple/dict calls are converted to vector calls. */
#include <stdlib.h>

#include "objects/objects.h"

KrObject *kri_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargsf,
                   KrObject *kwnames)
{
    KrVectorFn call = callable->ob_type->call;
    if (!call)
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not callable",
                              callable->ob_type->name);
    KrObject *r;
    KrType *t = callable->ob_type;
    if (t == &kr_function_type || t == &kr_method_type || t == &kr_builtin_type) {
        /* their frames count themselves (as CPython's vector calls do not
         * count a level here); only the C stack is watched */
        if (kri_c_stack_low(ts))
            return kri_err_format(ts, &kr_exc_RecursionError,
                                  "maximum recursion depth exceeded while calling a Python object");
        r = call(ts, callable, args, nargsf, kwnames);
    } else {
        if (kri_enter_recursive(ts, " while calling a Python object") < 0)
            return NULL;
        r = call(ts, callable, args, nargsf, kwnames);
        kri_leave_recursive(ts);
    }
    if (!r && !kri_err_occurred(ts))
        kri_err_format(ts, &kr_exc_SystemError, "%R returned NULL without setting an exception",
                       callable);
    return r;
}

KrObject *kri_call_tuple(KrThread *ts, KrObject *callable, KrObject *args, KrObject *kwargs)
{
    ssize_t nargs = args ? KR_SIZE(args) : 0;
    ssize_t nkw = kwargs ? kri_dict_len(kwargs) : 0;
    if (nkw == 0)
        return kri_call(ts, callable, nargs ? KR_TUPLE_ITEMS(args) : NULL, (size_t)nargs, NULL);
    KrObject **stack = malloc(sizeof(KrObject *) * (size_t)(1 + nargs + nkw));
    KrObject *kwnames = kri_tuple_new(ts, nkw);
    if (!stack || !kwnames) {
        free(stack);
        kr_xdecref(kwnames);
        return kri_err_no_memory(ts);
    }
    for (ssize_t i = 0; i < nargs; i++)
        stack[1 + i] = KR_TUPLE_ITEMS(args)[i];
    ssize_t pos = 0, i = 0;
    KrObject *k, *v;
    while (kri_dict_next(kwargs, &pos, &k, &v)) {
        if (!kr_str_check(k)) {
            free(stack);
            kr_decref(kwnames);
            return kri_err_format(ts, &kr_exc_TypeError, "keywords must be strings");
        }
        KR_TUPLE_ITEMS(kwnames)[i] = kr_incref(k);
        stack[1 + nargs + i] = v;
        i++;
    }
    KrObject *r = kri_call(ts, callable, stack + 1, (size_t)nargs | KR_ARGS_OFFSET, kwnames);
    free(stack);
    kr_decref(kwnames);
    return r;
}

KrObject *kri_call0(KrThread *ts, KrObject *callable)
{
    return kri_call(ts, callable, NULL, 0, NULL);
}

KrObject *kri_call1(KrThread *ts, KrObject *callable, KrObject *a)
{
    KrObject *args[2] = {NULL, a};
    return kri_call(ts, callable, args + 1, 1 | KR_ARGS_OFFSET, NULL);
}

KrObject *kri_call2(KrThread *ts, KrObject *callable, KrObject *a, KrObject *b)
{
    KrObject *args[3] = {NULL, a, b};
    return kri_call(ts, callable, args + 1, 2 | KR_ARGS_OFFSET, NULL);
}

enum { SMALL_ARGS = 8 };

KrObject *kri_call_method(KrThread *ts, KrObject *o, KrObject *name, KrObject *const *args,
                          size_t nargs)
{
    KrObject *descr = kri_type_lookup(ts, o->ob_type, name);
    if (descr && kr_type_has(descr->ob_type, KR_TPF_METHOD_DESCR) && nargs < SMALL_ARGS) {
        /* an unbound method: call it with o prepended, no bound object */
        KrObject *stack[SMALL_ARGS + 1];
        stack[0] = o;
        for (size_t i = 0; i < nargs; i++)
            stack[1 + i] = args[i];
        kr_incref(descr);
        KrObject *r = kri_call(ts, descr, stack, nargs + 1, NULL);
        kr_decref(descr);
        return r;
    }
    KrObject *bound = kri_object_getattr(ts, o, name);
    if (!bound)
        return NULL;
    KrObject *r = kri_call(ts, bound, args, nargs, NULL);
    kr_decref(bound);
    return r;
}

bool kri_callable(const KrObject *o)
{
    return o->ob_type->call != NULL;
}

int kri_check_args(KrThread *ts, const char *name, ssize_t nargs, ssize_t min, ssize_t max,
                   KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max)
        kri_err_format(ts, &kr_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                       min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        kri_err_format(ts, &kr_exc_TypeError, "%s expected at least %zd argument%s, got %zd",
                       name, min, min == 1 ? "" : "s", nargs);
    else
        kri_err_format(ts, &kr_exc_TypeError, "%s expected at most %zd argument%s, got %zd",
                       name, max, max == 1 ? "" : "s", nargs);
    return -1;
}
