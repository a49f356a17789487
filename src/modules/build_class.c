/* builtins.__build_class__, which the class statement calls, and
 * builtins.__import__ (modules already in sys.modules only, until the
 * import system comes with the standard library). */
#include "modules/modules.h"
#include "vm/vm.h"

/* PEP 560: bases with __mro_entries__ replaced by what it returns. The
 * original tuple (new reference) when nothing changes. */
static KrObject *update_bases(KrThread *ts, KrObject *bases)
{
    KrObject *list = NULL;
    ssize_t n = KR_SIZE(bases);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *b = KR_TUPLE_ITEMS(bases)[i];
        KrObject *meth = NULL;
        if (kr_isinstance(b, &kr_type_type)) {
            if (list && kri_list_append(ts, list, b) < 0)
                goto fail;
            continue;
        }
        if (kri_object_lookup_attr(ts, b, KR_ID(__mro_entries__), &meth) < 0)
            goto fail;
        if (!meth) {
            if (list && kri_list_append(ts, list, b) < 0)
                goto fail;
            continue;
        }
        KrObject *entries = kri_call1(ts, meth, bases);
        kr_decref(meth);
        if (!entries)
            goto fail;
        if (!kr_tuple_check(entries)) {
            kr_decref(entries);
            kri_err_format(ts, &kr_exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!list) {
            list = kri_list_new(ts, 0);
            for (ssize_t j = 0; list && j < i; j++)
                if (kri_list_append(ts, list, KR_TUPLE_ITEMS(bases)[j]) < 0)
                    KR_CLEAR(list);
            if (!list) {
                kr_decref(entries);
                goto fail;
            }
        }
        int err = kri_list_extend(ts, list, entries);
        kr_decref(entries);
        if (err < 0)
            goto fail;
    }
    if (!list)
        return kr_incref(bases);
    KrObject *t = kri_list_as_tuple(ts, list);
    kr_decref(list);
    return t;
fail:
    kr_xdecref(list);
    return NULL;
}

/* The most derived metaclass of [meta] and the bases' types. */
static KrObject *calculate_meta(KrThread *ts, KrObject *meta, KrObject *bases)
{
    KrType *winner = (KrType *)meta;
    for (ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrType *t = KR_TUPLE_ITEMS(bases)[i]->ob_type;
        if (kri_type_is_subtype(winner, t))
            continue;
        if (kri_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return kri_err_format(ts, &kr_exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
    }
    return kr_incref(KR_OBJ(winner));
}

/* Splits off the `metaclass` keyword (*[meta], NULL when absent); the
 * other keywords go to __prepare__ and the metaclass as a dict (*[kwargs],
 * NULL when there are none). 0 or -1. */
static int split_keywords(KrThread *ts, KrObject *const *kwvalues, KrObject *kwnames,
                          KrObject **meta, KrObject **kwargs)
{
    *meta = *kwargs = NULL;
    for (ssize_t i = 0; kwnames && i < KR_SIZE(kwnames); i++) {
        KrObject *k = KR_TUPLE_ITEMS(kwnames)[i];
        if (kri_str_eq(k, KR_ID(metaclass))) {
            *meta = kwvalues[i];
            continue;
        }
        if (!*kwargs && !(*kwargs = kri_dict_new(ts)))
            return -1;
        if (kri_dict_set(ts, *kwargs, k, kwvalues[i]) < 0) {
            KR_CLEAR(*kwargs);
            return -1;
        }
    }
    return 0;
}

/* callable(*[n] args, **kwargs) */
static KrObject *call_with(KrThread *ts, KrObject *callable, KrObject *const *args, ssize_t n,
                           KrObject *kwargs)
{
    KrObject *t = kri_tuple_from_array(ts, args, n);
    KrObject *r = t ? kri_call_tuple(ts, callable, t, kwargs) : NULL;
    kr_xdecref(t);
    return r;
}

static int check_class_cell(KrThread *ts, KrObject *cls, KrObject *cell)
{
    if (!cls || !kr_isinstance(cls, &kr_type_type) || !kr_is_type(cell, &kr_cell_type))
        return 0;
    KrObject *got = ((KrCell *)cell)->ref;
    if (got == cls)
        return 0;
    if (!got)
        kri_err_format(ts, &kr_exc_RuntimeError,
                       "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                       "type.__new__?", ((KrType *)cls)->qualname, cls);
    else
        kri_err_format(ts, &kr_exc_TypeError, "__class__ set to %R defining %R as %R", got,
                       ((KrType *)cls)->qualname, cls);
    return -1;
}

KrObject *kri_bltin_build_class(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 2)
        return kri_err_format(ts, &kr_exc_TypeError, "__build_class__: not enough arguments");
    KrObject *func = args[0], *name = args[1];
    if (!kr_is_type(func, &kr_function_type))
        return kri_err_format(ts, &kr_exc_TypeError, "__build_class__: func must be a function");
    if (!kr_str_check(name))
        return kri_err_format(ts, &kr_exc_TypeError, "__build_class__: name is not a string");
    KrObject *orig_bases = kri_tuple_from_array(ts, args + 2, nargs - 2);
    KrObject *bases = orig_bases ? update_bases(ts, orig_bases) : NULL;
    KrObject *kwargs = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    KrObject *given = NULL;
    if (!bases || split_keywords(ts, args + nargs, kwnames, &given, &kwargs) < 0)
        goto done;
    if (!given)
        meta = kr_incref(KR_SIZE(bases) ? KR_OBJ(KR_TUPLE_ITEMS(bases)[0]->ob_type)
                                        : KR_OBJ(&kr_type_type));
    else
        meta = kr_incref(given);
    if (kr_isinstance(meta, &kr_type_type)) {
        KrObject *winner = calculate_meta(ts, meta, bases);
        if (!winner)
            goto done;
        KR_SETREF(meta, winner);
    }
    KrObject *prepare = NULL;
    if (kri_object_lookup_attr(ts, meta, KR_ID(__prepare__), &prepare) < 0)
        goto done;
    if (prepare) {
        KrObject *pa[2] = {name, bases};
        ns = call_with(ts, prepare, pa, 2, kwargs);
        kr_decref(prepare);
    } else {
        ns = kri_dict_new(ts);
    }
    if (!ns)
        goto done;
    if (!ns->ob_type->getitem) {
        kri_err_format(ts, &kr_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       kr_isinstance(meta, &kr_type_type) ? kri_type_name((KrType *)meta)
                                                          : "<metaclass>",
                       kri_type_name(ns->ob_type));
        goto done;
    }
    cell = kri_vm_run_class_body(ts, func, ns);
    if (!cell)
        goto done;
    if (bases != orig_bases && kri_object_setitem(ts, ns, KR_ID(__orig_bases__), orig_bases) < 0)
        goto done;
    KrObject *ca[3] = {name, bases, ns};
    cls = call_with(ts, meta, ca, 3, kwargs);
    if (cls && check_class_cell(ts, cls, cell) < 0)
        KR_CLEAR(cls);
done:
    kr_xdecref(orig_bases);
    kr_xdecref(bases);
    kr_xdecref(kwargs);
    kr_xdecref(meta);
    kr_xdecref(ns);
    kr_xdecref(cell);
    return cls;
}

KrObject *kri_bltin_import(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    static const KrArgSpec spec = {"__import__", names, 5, 0, 5, 1, false};
    KrObject *v[5] = {NULL};
    if (kri_iterargs_parse(ts, &spec, args, nargsf, kwnames, v) < 0)
        return NULL;
    KrObject *name = v[0];
    if (!kr_str_check(name))
        return kri_err_format(ts, &kr_exc_TypeError, "module name must be str, not %T", name);
    int64_t level = 0;
    if (v[4] && !kri_int_to_i64(v[4], &level))
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              kri_type_name(v[4]->ob_type));
    if (level < 0)
        return kri_err_format(ts, &kr_exc_ValueError, "level must be >= 0");
    if (level > 0)
        return kri_err_format(ts, &kr_exc_ImportError,
                              "attempted relative import with no known parent package");
    if (kr_str_len(name) == 0)
        return kri_err_format(ts, &kr_exc_ValueError, "Empty module name");
    KrObject *mod = kri_dict_get_borrow(ts, ts->interp->modules, name);
    if (!mod) {
        if (kri_err_occurred(ts))
            return NULL;
        kri_err_format(ts, &kr_exc_ModuleNotFoundError, "No module named %R", name);
        kri_exc_set_name_obj(ts->exc, name, NULL);
        return NULL;
    }
    bool has_from = v[3] && v[3] != KR_NONE && kri_object_is_true(ts, v[3]) == 1;
    ssize_t dot = -1;
    for (ssize_t i = 0; i < kr_str_len(name); i++)
        if (kr_str_at(name, i) == '.') {
            dot = i;
            break;
        }
    if (has_from || dot < 0)
        return kr_incref(mod);
    KrObject *top = kri_str_substr(ts, name, 0, dot);
    if (!top)
        return NULL;
    KrObject *tm = kri_dict_get_borrow(ts, ts->interp->modules, top);
    kr_decref(top);
    return tm ? kr_incref(tm) : kr_incref(mod);
}
