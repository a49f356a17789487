/* Calling Python functions: binding arguments to the parameters of a new
 * frame (positional, keyword, defaults, *args, **kwargs, with CPython
 * 3.11's error messages), the vector call of functions, running module and
 * class-body code, and the helpers of MAKE_FUNCTION and
 * CALL_FUNCTION_EX. */
#include <string.h>

#include "compiler/unit.h"
#include "vm/ops.h"
#include "vm/vm.h"

/* ---- argument binding ---- */

static KrObject *param_name(KrCode *co, ssize_t i)
{
    return KR_TUPLE_ITEMS(co->localsplusnames)[i];
}

static void too_many_positional(KrThread *ts, KrFunction *func, KrObject **locals, ssize_t given)
{
    KrCode *co = func->code;
    ssize_t defcount = func->defaults ? KR_SIZE(func->defaults) : 0;
    ssize_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        kwonly_given += locals[i] != NULL;
    KrObject *sig = defcount ? kri_str_format(ts, "from %zd to %d", co->argcount - defcount,
                                              co->argcount)
                             : kri_str_format(ts, "%d", co->argcount);
    KrObject *kwsig = kwonly_given
                          ? kri_str_format(ts, " positional argument%s (and %zd keyword-only argument%s)",
                                           given != 1 ? "s" : "", kwonly_given,
                                           kwonly_given != 1 ? "s" : "")
                          : kri_str_format(ts, "");
    if (sig && kwsig)
        kri_err_format(ts, &kr_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                       func->qualname, sig, co->argcount != 1 || defcount ? "s" : "", given, kwsig,
                       given == 1 && !kwonly_given ? "was" : "were");
    kr_xdecref(sig);
    kr_xdecref(kwsig);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static KrObject *name_list(KrThread *ts, KrObject *names)
{
    ssize_t n = KR_SIZE(names);
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : n == 2 ? " and " : i == n - 1 ? ", and " : ", ";
        if (kri_strw_ascii(ts, &w, sep, (ssize_t)strlen(sep)) < 0 ||
            kri_strw_putc(ts, &w, '\'') < 0 ||
            kri_strw_str(ts, &w, KR_LIST_ITEMS(names)[i]) < 0 || kri_strw_putc(ts, &w, '\'') < 0) {
            kri_strw_discard(&w);
            return NULL;
        }
    }
    return kri_strw_finish(ts, &w);
}

static void missing_arguments(KrThread *ts, KrFunction *func, KrObject **locals, ssize_t from,
                              ssize_t to, const char *kind)
{
    KrObject *names = kri_list_new(ts, 0);
    if (!names)
        return;
    for (ssize_t i = from; i < to; i++)
        if (!locals[i] && kri_list_append(ts, names, param_name(func->code, i)) < 0) {
            kr_decref(names);
            return;
        }
    KrObject *list = name_list(ts, names);
    if (list)
        kri_err_format(ts, &kr_exc_TypeError, "%U() missing %zd required %s argument%s: %U",
                       func->qualname, KR_SIZE(names), kind, KR_SIZE(names) == 1 ? "" : "s", list);
    kr_xdecref(list);
    kr_decref(names);
}

/* The parameter index for keyword [name] among the keyword-capable
 * parameters, or -1. */
static ssize_t find_param(KrThread *ts, KrCode *co, KrObject *name)
{
    ssize_t total = co->argcount + co->kwonlyargcount;
    for (ssize_t i = co->posonlyargcount; i < total; i++)
        if (param_name(co, i) == name)
            return i;
    for (ssize_t i = co->posonlyargcount; i < total; i++)
        if (kri_str_eq(param_name(co, i), name))
            return i;
    return -1;
}

static int positional_only_error(KrThread *ts, KrFunction *func, KrObject *kwnames,
                                 KrObject *const *kwvalues)
{
    KrCode *co = func->code;
    KrObject *names = kri_list_new(ts, 0);
    if (!names)
        return -1;
    for (ssize_t k = 0; k < KR_SIZE(kwnames); k++) {
        KrObject *name = KR_TUPLE_ITEMS(kwnames)[k];
        for (int i = 0; i < co->posonlyargcount; i++)
            if (kri_str_eq(param_name(co, i), name)) {
                if (kri_list_append(ts, names, name) < 0) {
                    kr_decref(names);
                    return -1;
                }
            }
    }
    if (KR_SIZE(names) == 0) {
        kr_decref(names);
        return 0;
    }
    KrObject *sep = kri_str_from_cstr(ts, ", ");
    KrObject *joined = sep ? kri_str_join(ts, sep, names) : NULL;
    if (joined)
        kri_err_format(ts, &kr_exc_TypeError,
                       "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                       func->qualname, joined);
    kr_xdecref(sep);
    kr_xdecref(joined);
    kr_decref(names);
    return -1;
}

static int bind_keywords(KrThread *ts, KrFunction *func, KrObject **locals, KrObject *kwdict,
                         KrObject *const *kwvalues, KrObject *kwnames)
{
    KrCode *co = func->code;
    for (ssize_t k = 0; k < KR_SIZE(kwnames); k++) {
        KrObject *name = KR_TUPLE_ITEMS(kwnames)[k];
        if (!kr_str_check(name)) {
            kri_err_set(ts, &kr_exc_TypeError, "keywords must be strings");
            return -1;
        }
        ssize_t j = find_param(ts, co, name);
        if (j < 0) {
            if (kwdict) {
                if (kri_dict_set(ts, kwdict, name, kwvalues[k]) < 0)
                    return -1;
                continue;
            }
            if (positional_only_error(ts, func, kwnames, kwvalues) < 0)
                return -1;
            kri_err_format(ts, &kr_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                           func->qualname, name);
            return -1;
        }
        if (locals[j]) {
            kri_err_format(ts, &kr_exc_TypeError, "%U() got multiple values for argument '%U'",
                           func->qualname, name);
            return -1;
        }
        locals[j] = kr_incref(kwvalues[k]);
    }
    return 0;
}

static int fill_defaults(KrThread *ts, KrFunction *func, KrObject **locals, ssize_t nargs)
{
    KrCode *co = func->code;
    ssize_t argcount = co->argcount;
    if (nargs < argcount) {
        ssize_t defcount = func->defaults ? KR_SIZE(func->defaults) : 0;
        ssize_t first_default = argcount - defcount;
        for (ssize_t i = nargs; i < first_default; i++)
            if (!locals[i]) {
                missing_arguments(ts, func, locals, nargs, first_default, "positional");
                return -1;
            }
        for (ssize_t i = first_default > nargs ? first_default : nargs; i < argcount; i++)
            if (!locals[i])
                locals[i] = kr_incref(KR_TUPLE_ITEMS(func->defaults)[i - first_default]);
    }
    ssize_t total = argcount + co->kwonlyargcount;
    bool missing = false;
    for (ssize_t i = argcount; i < total; i++) {
        if (locals[i])
            continue;
        KrObject *d = func->kwdefaults
                          ? kri_dict_get_borrow(ts, func->kwdefaults, param_name(co, i))
                          : NULL;
        if (d)
            locals[i] = kr_incref(d);
        else if (kri_err_occurred(ts))
            return -1;
        else
            missing = true;
    }
    if (missing) {
        missing_arguments(ts, func, locals, argcount, total, "keyword-only");
        return -1;
    }
    return 0;
}

static int bind_args(KrThread *ts, KrFrame *f, KrFunction *func, KrObject *const *args,
                     ssize_t nargs, KrObject *kwnames)
{
    KrCode *co = func->code;
    KrObject **locals = f->localsplus;
    ssize_t argcount = co->argcount, total = argcount + co->kwonlyargcount;
    KrObject *kwdict = NULL;
    if (co->flags & KR_CO_VARKEYWORDS) {
        kwdict = kri_dict_new(ts);
        if (!kwdict)
            return -1;
        locals[total + ((co->flags & KR_CO_VARARGS) != 0)] = kwdict;
    }
    ssize_t n = nargs < argcount ? nargs : argcount;
    for (ssize_t i = 0; i < n; i++)
        locals[i] = kr_incref(args[i]);
    if (co->flags & KR_CO_VARARGS) {
        KrObject *rest = kri_tuple_from_array(ts, args + n, nargs - n);
        if (!rest)
            return -1;
        locals[total] = rest;
    }
    if (kwnames && KR_SIZE(kwnames) &&
        bind_keywords(ts, func, locals, kwdict, args + nargs, kwnames) < 0)
        return -1;
    if (nargs > argcount && !(co->flags & KR_CO_VARARGS)) {
        too_many_positional(ts, func, locals, nargs);
        return -1;
    }
    return fill_defaults(ts, func, locals, nargs);
}

int kri_vm_enter(KrThread *ts)
{
    if (ts->py_depth + ts->c_depth >= ts->interp->recursion_limit) {
        kri_err_format(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    ts->py_depth++;
    return 0;
}

KrFrame *kri_vm_push_args(KrThread *ts, KrFunction *func, KrObject **args, int n)
{
    if (kri_vm_enter(ts) < 0) {
        for (int i = 0; i < n; i++)
            kr_decref(args[i]);
        kr_decref(KR_OBJ(func));
        return NULL;
    }
    KrFrame *f = kri_frame_push_args(ts, func, args, n);
    if (!f)
        ts->py_depth--;
    return f;
}

KrFrame *kri_vm_push_call(KrThread *ts, KrFunction *func, KrObject *const *args, ssize_t nargs,
                          KrObject *kwnames)
{
    if ((!kwnames || !KR_SIZE(kwnames)) && nargs <= INT32_MAX &&
        kri_frame_fast_call(func, (int)nargs)) {
        /* exactly the positional parameters: new references go in */
        for (ssize_t i = 0; i < nargs; i++)
            kr_incref(args[i]);
        kr_incref(KR_OBJ(func));
        return kri_vm_push_args(ts, func, (KrObject **)args, (int)nargs);
    }
    if (kri_vm_enter(ts) < 0)
        return NULL;
    KrFrame *f = kri_frame_push(ts, func, NULL);
    if (f && bind_args(ts, f, func, args, nargs, kwnames) == 0)
        return f;
    if (f)
        kri_frame_pop(ts, f);
    ts->py_depth--;
    return NULL;
}

KrObject *kri_vm_call_function(KrThread *ts, KrObject *callable, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    KrFrame *f = kri_vm_push_call(ts, (KrFunction *)callable, args, KR_NARGS(nargsf), kwnames);
    if (!f)
        return NULL;
    KrObject *r = kri_vm_eval(ts, f);
    kri_frame_pop(ts, f);
    return r;
}

/* Runs [func]'s code in a frame whose locals are [locals]. */
static KrObject *run_with_locals(KrThread *ts, KrFunction *func, KrObject *locals)
{
    if (kri_vm_enter(ts) < 0)
        return NULL;
    KrFrame *f = kri_frame_push(ts, func, locals);
    if (!f) {
        ts->py_depth--;
        return NULL;
    }
    KrObject *r = kri_vm_eval(ts, f);
    kri_frame_pop(ts, f);
    return r;
}

KrObject *kri_vm_run_code(KrThread *ts, KrCode *co, KrObject *globals, KrObject *locals)
{
    if (!kri_dict_get_str_borrow(ts, globals, KR_ID(__builtins__))) {
        if (kri_err_occurred(ts))
            return NULL;
        /* exec() and eval() give new globals the running code's builtins
         * dict (a module's namespace gets the module: run.c) */
        KrObject *b = ts->frame ? ts->frame->builtins : ts->interp->builtins;
        if (kri_dict_set(ts, globals, KR_ID(__builtins__), b) < 0)
            return NULL;
    }
    KrObject *func = kri_function_new(ts, co, globals, NULL);
    if (!func)
        return NULL;
    KrObject *r = run_with_locals(ts, (KrFunction *)func, locals);
    kr_decref(func);
    return r;
}

KrObject *kri_vm_run_class_body(KrThread *ts, KrObject *func, KrObject *ns)
{
    return run_with_locals(ts, (KrFunction *)func, ns);
}

/* ---- MAKE_FUNCTION, CALL_FUNCTION_EX ---- */

KrObject *kri_vm_make_function(KrThread *ts, KrFrame *f, int flags, KrObject **top)
{
    KrCode *co = (KrCode *)top[-1];
    KrObject **p = top - 2;
    KrFunction *func = (KrFunction *)kri_function_new(ts, co, f->globals, co->qualname);
    if (!func)
        return NULL;
    if (flags & KR_MKFN_CLOSURE)
        func->closure = kr_incref(*p--);
    if (flags & KR_MKFN_ANNOTATIONS)
        func->annotations = kr_incref(*p--);
    if (flags & KR_MKFN_KWDEFAULTS)
        func->kwdefaults = kr_incref(*p--);
    if (flags & KR_MKFN_DEFAULTS)
        func->defaults = kr_incref(*p--);
    return KR_OBJ(func);
}

KrObject *kri_vm_load_build_class(KrThread *ts, KrFrame *f)
{
    KrObject *bc = kri_dict_get_str_borrow(ts, f->builtins, KR_ID(__build_class__));
    if (bc)
        return kr_incref(bc);
    if (!kri_err_occurred(ts))
        kri_err_format(ts, &kr_exc_NameError, "__build_class__ not found");
    return NULL;
}

KrObject *kri_vm_func_desc(KrThread *ts, KrObject *func)
{
    KrObject *qualname = NULL, *module = NULL;
    if (kri_object_lookup_attr(ts, func, KR_ID(__qualname__), &qualname) < 0)
        return NULL;
    if (!qualname)
        return kri_object_str(ts, func);
    if (kri_object_lookup_attr(ts, func, KR_ID(__module__), &module) < 0) {
        kr_decref(qualname);
        return NULL;
    }
    KrObject *r;
    if (module && module != KR_NONE && !(kr_str_check(module) && kri_str_eq_cstr(module, "builtins")))
        r = kri_str_format(ts, "%S.%S()", module, qualname);
    else
        r = kri_str_format(ts, "%S()", qualname);
    kr_decref(qualname);
    kr_xdecref(module);
    return r;
}

KrObject *kri_vm_call_ex(KrThread *ts, KrObject *func, KrObject *args, KrObject *kwargs)
{
    KrObject *targs = NULL, *dkw = NULL, *r = NULL;
    if (kr_is_type(args, &kr_tuple_type)) {
        targs = kr_incref(args);
    } else {
        if (!args->ob_type->iter && !args->ob_type->getitem) {
            KrObject *desc = kri_vm_func_desc(ts, func);
            if (desc)
                kri_err_format(ts, &kr_exc_TypeError, "%U argument after * must be an iterable, not %T",
                               desc, args);
            kr_xdecref(desc);
            return NULL;
        }
        targs = kri_sequence_tuple(ts, args);
        if (!targs)
            return NULL;
    }
    if (kwargs && !kr_is_type(kwargs, &kr_dict_type)) {
        dkw = kri_dict_new(ts);
        if (!dkw || kri_vm_dict_merge(ts, func, dkw, kwargs) < 0)
            goto done;
        kwargs = dkw;
    }
    /* kri_call_tuple rejects keys that are not str */
    r = kri_call_tuple(ts, func, targs, kwargs);
done:
    kr_xdecref(targs);
    kr_xdecref(dkw);
    return r;
}
