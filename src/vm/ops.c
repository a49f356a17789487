/* The VM's operations on names, containers and exceptions: what the
 * instructions of bytecodes.def call when their work does not fit in a few
 * lines. Error messages are CPython 3.11's. */
#include "compiler/unit.h"
#include "vm/ops.h"

/* ---- names ---- */

static KrObject *local_name(KrFrame *f, int i)
{
    return KR_TUPLE_ITEMS(f->code->localsplusnames)[i];
}

void kri_vm_unbound_local(KrThread *ts, KrFrame *f, int i)
{
    kri_err_format(ts, &kr_exc_UnboundLocalError,
                   "cannot access local variable '%U' where it is not associated with a value",
                   local_name(f, i));
}

void kri_vm_unbound_deref(KrThread *ts, KrFrame *f, int i)
{
    if (kri_code_kinds(f->code)[i] & KR_FAST_FREE) {
        kri_err_format(ts, &kr_exc_NameError,
                       "cannot access free variable '%U' where it is not associated with a "
                       "value in enclosing scope",
                       local_name(f, i));
        kri_exc_set_name_obj(ts->exc, local_name(f, i), NULL);
    } else
        kri_vm_unbound_local(ts, f, i);
}

void kri_vm_name_error(KrThread *ts, KrObject *name)
{
    kri_err_format(ts, &kr_exc_NameError, "name '%U' is not defined", name);
    kri_exc_set_name_obj(ts->exc, name, NULL);
}

/* A name from a mapping that may not be a dict: 1 found, 0 missing, -1. */
static int mapping_lookup(KrThread *ts, KrObject *map, KrObject *name, KrObject **out)
{
    if (kr_is_type(map, &kr_dict_type)) {
        KrObject *v = kri_dict_get_str_borrow(ts, map, name);
        if (v) {
            *out = kr_incref(v);
            return 1;
        }
        return kri_err_occurred(ts) ? -1 : 0;
    }
    KrObject *v = kri_object_getitem(ts, map, name);
    if (v) {
        *out = v;
        return 1;
    }
    if (kri_err_matches(ts, &kr_exc_KeyError)) {
        kri_err_clear(ts);
        return 0;
    }
    return -1;
}

KrObject *kri_vm_load_global(KrThread *ts, KrFrame *f, KrObject *name)
{
    KrObject *v = kri_dict_get_str_borrow(ts, f->globals, name);
    if (v)
        return kr_incref(v);
    if (kri_err_occurred(ts))
        return NULL;
    KrObject *out;
    int r = mapping_lookup(ts, f->builtins, name, &out);
    if (r > 0)
        return out;
    if (r == 0)
        kri_vm_name_error(ts, name);
    return NULL;
}

KrObject *kri_vm_load_name(KrThread *ts, KrFrame *f, KrObject *name)
{
    if (!f->locals)
        return kri_err_format(ts, &kr_exc_SystemError, "no locals when loading %R", name);
    KrObject *out;
    int r = mapping_lookup(ts, f->locals, name, &out);
    if (r != 0)
        return r > 0 ? out : NULL;
    return kri_vm_load_global(ts, f, name);
}

int kri_vm_store_name(KrThread *ts, KrFrame *f, KrObject *name, KrObject *v)
{
    if (!f->locals) {
        kri_err_format(ts, &kr_exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (kr_is_type(f->locals, &kr_dict_type))
        return kri_dict_set(ts, f->locals, name, v);
    return kri_object_setitem(ts, f->locals, name, v);
}

int kri_vm_delete_name(KrThread *ts, KrFrame *f, KrObject *name)
{
    if (!f->locals) {
        kri_err_format(ts, &kr_exc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (kr_is_type(f->locals, &kr_dict_type)) {
        int r = kri_dict_del(ts, f->locals, name);
        if (r == 0)
            kri_vm_name_error(ts, name);
        return r > 0 ? 0 : -1;
    }
    if (kri_object_delitem(ts, f->locals, name) == 0)
        return 0;
    if (kri_err_matches(ts, &kr_exc_KeyError)) {
        kri_err_clear(ts);
        kri_vm_name_error(ts, name);
    }
    return -1;
}

KrObject *kri_vm_load_classderef(KrThread *ts, KrFrame *f, int i)
{
    KrObject *name = local_name(f, i);
    if (f->locals) {
        KrObject *out;
        int r = mapping_lookup(ts, f->locals, name, &out);
        if (r != 0)
            return r > 0 ? out : NULL;
    }
    KrObject *v = ((KrCell *)f->localsplus[i])->ref;
    if (!v) {
        kri_vm_unbound_deref(ts, f, i);
        return NULL;
    }
    return kr_incref(v);
}

int kri_vm_setup_annotations(KrThread *ts, KrFrame *f)
{
    if (!f->locals) {
        kri_err_format(ts, &kr_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    KrObject *out;
    int r = mapping_lookup(ts, f->locals, KR_ID(__annotations__), &out);
    if (r != 0) {
        if (r > 0)
            kr_decref(out);
        return r > 0 ? 0 : -1;
    }
    KrObject *d = kri_dict_new(ts);
    if (!d)
        return -1;
    r = kri_vm_store_name(ts, f, KR_ID(__annotations__), d);
    kr_decref(d);
    return r;
}

int kri_vm_load_method(KrThread *ts, KrObject *obj, KrObject *name, KrObject **meth)
{
    KrType *t = obj->ob_type;
    if (t->getattro == kri_object_generic_getattr) {
        KrObject *descr = kri_type_lookup(ts, t, name);
        if (descr && kr_type_has(descr->ob_type, KR_TPF_METHOD_DESCR)) {
            KrObject **dictp = kri_object_dict_ptr(obj);
            KrObject *v = dictp && *dictp ? kri_dict_get_borrow(ts, *dictp, name) : NULL;
            if (v) {
                *meth = kr_incref(v);
                return 0;
            }
            if (kri_err_occurred(ts))
                return -1;
            *meth = kr_incref(descr);
            return 1;
        }
    }
    *meth = kri_object_getattr(ts, obj, name);
    return *meth ? 0 : -1;
}

/* ---- building values ---- */

KrObject *kri_vm_list_from_array_steal(KrThread *ts, KrObject **items, ssize_t n)
{
    KrObject *list = kri_list_new(ts, n);
    if (!list) {
        for (ssize_t i = 0; i < n; i++)
            kr_decref(items[i]);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++)
        KR_LIST_ITEMS(list)[i] = items[i];
    return list;
}

int kri_vm_list_extend(KrThread *ts, KrObject *list, KrObject *iterable)
{
    if (kri_list_extend(ts, list, iterable) == 0)
        return 0;
    if (kri_err_matches(ts, &kr_exc_TypeError) && !iterable->ob_type->iter &&
        !iterable->ob_type->getitem) {
        kri_err_clear(ts);
        kri_err_format(ts, &kr_exc_TypeError, "Value after * must be an iterable, not %T",
                       iterable);
    }
    return -1;
}

KrObject *kri_vm_build_set(KrThread *ts, KrObject **items, ssize_t n)
{
    KrObject *set = kri_set_new(ts, NULL);
    if (!set)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        if (kri_set_add(ts, set, items[i]) < 0) {
            kr_decref(set);
            return NULL;
        }
    return set;
}

KrObject *kri_vm_build_map(KrThread *ts, KrObject **items, ssize_t n)
{
    KrObject *d = kri_dict_new(ts);
    if (!d)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        if (kri_dict_set(ts, d, items[2 * i], items[2 * i + 1]) < 0) {
            kr_decref(d);
            return NULL;
        }
    return d;
}

KrObject *kri_vm_build_const_key_map(KrThread *ts, KrObject *keys, KrObject **values, ssize_t n)
{
    if (!kr_tuple_check(keys) || KR_SIZE(keys) != n)
        return kri_err_format(ts, &kr_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
    KrObject *d = kri_dict_new(ts);
    if (!d)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        if (kri_dict_set(ts, d, KR_TUPLE_ITEMS(keys)[i], values[i]) < 0) {
            kr_decref(d);
            return NULL;
        }
    return d;
}

int kri_vm_dict_update(KrThread *ts, KrObject *dict, KrObject *update)
{
    if (kri_dict_update(ts, dict, update) == 0)
        return 0;
    if (kri_err_matches(ts, &kr_exc_AttributeError)) {
        kri_err_clear(ts);
        kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not a mapping",
                       kri_type_name(update->ob_type));
    }
    return -1;
}

int kri_vm_dict_merge(KrThread *ts, KrObject *func, KrObject *dict, KrObject *update)
{
    if (kr_dict_check(update)) {
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kri_dict_next(update, &pos, &k, &v)) {
            int has = kri_dict_contains(ts, dict, k);
            if (has < 0)
                return -1;
            if (has) {
                KrObject *desc = kri_vm_func_desc(ts, func);
                if (desc) {
                    kri_err_format(ts, &kr_exc_TypeError,
                                   "%U got multiple values for keyword argument '%S'", desc, k);
                    kr_decref(desc);
                }
                return -1;
            }
            if (kri_dict_set(ts, dict, k, v) < 0)
                return -1;
        }
        return 0;
    }
    KrObject *keys = NULL;
    if (kri_object_lookup_attr(ts, update, KR_ID(keys), &keys) < 0)
        return -1;
    if (!keys) {
        KrObject *desc = kri_vm_func_desc(ts, func);
        if (desc) {
            kri_err_format(ts, &kr_exc_TypeError, "%U argument after ** must be a mapping, not %T",
                           desc, update);
            kr_decref(desc);
        }
        return -1;
    }
    kr_decref(keys);
    KrObject *tmp = kri_dict_new(ts);
    if (!tmp)
        return -1;
    int r = kri_dict_update(ts, tmp, update);
    if (r == 0)
        r = kri_vm_dict_merge(ts, func, dict, tmp);
    kr_decref(tmp);
    return r;
}

KrObject *kri_vm_format_value(KrThread *ts, KrObject *value, int conversion, KrObject *spec)
{
    KrObject *v;
    switch (conversion) {
    case KR_FVC_STR: v = kri_object_str(ts, value); break;
    case KR_FVC_REPR: v = kri_object_repr(ts, value); break;
    case KR_FVC_ASCII: v = kri_object_ascii(ts, value); break;
    default: v = kr_incref(value); break;
    }
    if (!v)
        return NULL;
    if (kr_is_type(v, &kr_str_type) && (!spec || kr_str_len(spec) == 0))
        return v;
    KrObject *r = kri_object_format(ts, v, spec ? spec : kri_str_empty());
    kr_decref(v);
    return r;
}

KrObject *kri_vm_build_string(KrThread *ts, KrObject **pieces, ssize_t n)
{
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < n; i++)
        if (kri_strw_str(ts, &w, pieces[i]) < 0) {
            kri_strw_discard(&w);
            return NULL;
        }
    return kri_strw_finish(ts, &w);
}

/* ---- unpacking ---- */

static int unpack_error(KrThread *ts, int before, int after, ssize_t got, bool too_many)
{
    if (too_many && after < 0)
        kri_err_format(ts, &kr_exc_ValueError, "too many values to unpack (expected %d)", before);
    else if (after < 0)
        kri_err_format(ts, &kr_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                       before, got);
    else
        kri_err_format(ts, &kr_exc_ValueError,
                       "not enough values to unpack (expected at least %d, got %zd)",
                       before + after, got);
    return -1;
}

/* Fast path: an exact tuple or list. */
static int unpack_array(KrThread *ts, KrObject *const *items, ssize_t n, int before, int after,
                        KrObject **out)
{
    if (after < 0) {
        if (n != before)
            return unpack_error(ts, before, after, n, n > before);
        for (int i = 0; i < before; i++)
            out[before - 1 - i] = kr_incref(items[i]);
        return 0;
    }
    if (n < before + after)
        return unpack_error(ts, before, after, n, false);
    int total = before + 1 + after;
    KrObject *rest = kri_list_new(ts, n - before - after);
    if (!rest)
        return -1;
    for (ssize_t i = 0; i < n - before - after; i++)
        KR_LIST_ITEMS(rest)[i] = kr_incref(items[before + i]);
    for (int i = 0; i < before; i++)
        out[total - 1 - i] = kr_incref(items[i]);
    out[after] = rest;
    for (int i = 0; i < after; i++)
        out[after - 1 - i] = kr_incref(items[n - after + i]);
    return 0;
}

static void release(KrObject **a, int n)
{
    for (int i = 0; i < n; i++)
        kr_xdecref(a[i]);
}

int kri_vm_unpack(KrThread *ts, KrObject *seq, int before, int after, KrObject **out)
{
    if (kr_is_type(seq, &kr_tuple_type))
        return unpack_array(ts, KR_TUPLE_ITEMS(seq), KR_SIZE(seq), before, after, out);
    if (kr_is_type(seq, &kr_list_type))
        return unpack_array(ts, KR_LIST_ITEMS(seq), KR_SIZE(seq), before, after, out);
    if (!seq->ob_type->iter && !seq->ob_type->getitem) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot unpack non-iterable %T object", seq);
        return -1;
    }
    KrObject *it = kri_object_iter(ts, seq);
    if (!it)
        return -1;
    int total = after < 0 ? before : before + 1 + after;
    for (int i = 0; i < before; i++) {
        KrObject *v = kri_iter_next(ts, it);
        if (!v) {
            release(out + total - i, i);
            kr_decref(it);
            return kri_err_occurred(ts) ? -1 : unpack_error(ts, before, after, i, false);
        }
        out[total - 1 - i] = v;
    }
    if (after < 0) {
        KrObject *extra = kri_iter_next(ts, it);
        kr_decref(it);
        if (!extra && !kri_err_occurred(ts))
            return 0;
        kr_xdecref(extra);
        release(out, total);
        return extra ? unpack_error(ts, before, after, 0, true) : -1;
    }
    KrObject *rest = kri_sequence_list(ts, it);
    kr_decref(it);
    if (!rest) {
        release(out + after + 1, before);
        return -1;
    }
    ssize_t n = KR_SIZE(rest);
    if (n < after) {
        release(out + after + 1, before);
        kr_decref(rest);
        return unpack_error(ts, before, after, before + n, false);
    }
    /* the last [after] items move out of the list */
    for (int i = 0; i < after; i++)
        out[after - 1 - i] = KR_LIST_ITEMS(rest)[n - after + i];
    KR_SIZE(rest) = n - after;
    out[after] = rest;
    return 0;
}

int kri_vm_print_expr(KrThread *ts, KrObject *value)
{
    KrObject *hook = ts->interp->sysdict
                         ? kri_dict_get_cstr_borrow(ts, ts->interp->sysdict, "displayhook")
                         : NULL;
    if (!hook) {
        kri_err_format(ts, &kr_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    KrObject *r = kri_call1(ts, hook, value);
    kr_xdecref(r);
    return r ? 0 : -1;
}

/* ---- exceptions ---- */

static bool is_exception_class(KrObject *o)
{
    return kr_isinstance(o, &kr_type_type) && kr_type_has((KrType *)o, KR_TPF_EXC_SUBCLASS);
}

/* An exception instance from `raise X`: X itself or X() for a class. */
static KrObject *make_exception(KrThread *ts, KrObject *x, const char *what)
{
    if (is_exception_class(x)) {
        KrObject *e = kri_call0(ts, x);
        if (e && !kr_type_has(e->ob_type, KR_TPF_EXC_SUBCLASS)) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %T",
                           x, e);
            kr_decref(e);
            return NULL;
        }
        return e;
    }
    if (kr_type_has(x->ob_type, KR_TPF_EXC_SUBCLASS))
        return kr_incref(x);
    return kri_err_format(ts, &kr_exc_TypeError, "%s", what);
}

int kri_vm_raise(KrThread *ts, KrObject *exc, KrObject *cause)
{
    if (!exc) {
        KrObject *handled = kri_err_handled(ts);
        if (!handled) {
            kri_err_format(ts, &kr_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        kri_err_restore(ts, kr_incref(handled));
        return 1;
    }
    KrObject *value = make_exception(ts, exc, "exceptions must derive from BaseException");
    kr_decref(exc);
    if (!value) {
        kr_xdecref(cause);
        return 0;
    }
    if (cause) {
        KrObject *c = NULL;
        if (cause == KR_NONE) {
            kr_decref(cause);
        } else {
            c = make_exception(ts, cause, "exception causes must derive from BaseException");
            kr_decref(cause);
            if (!c) {
                kr_decref(value);
                return 0;
            }
        }
        kri_exc_set_cause_steal(value, c);
    }
    kri_err_raise_steal(ts, value);
    return 0;
}

int kri_vm_check_catchable(KrThread *ts, KrObject *type)
{
    if (kr_tuple_check(type)) {
        for (ssize_t i = 0; i < KR_SIZE(type); i++)
            if (!is_exception_class(KR_TUPLE_ITEMS(type)[i]))
                goto bad;
        return 0;
    }
    if (is_exception_class(type))
        return 0;
bad:
    kri_err_format(ts, &kr_exc_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int kri_vm_exception_match(KrThread *ts, KrObject *exc, KrObject *type)
{
    if (kri_vm_check_catchable(ts, type) < 0)
        return -1;
    if (kr_tuple_check(type)) {
        for (ssize_t i = 0; i < KR_SIZE(type); i++)
            if (kri_type_is_subtype(exc->ob_type, (KrType *)KR_TUPLE_ITEMS(type)[i]))
                return 1;
        return 0;
    }
    return kri_type_is_subtype(exc->ob_type, (KrType *)type);
}

bool kri_vm_clear_stop_iteration(KrThread *ts)
{
    if (!kri_err_matches(ts, &kr_exc_StopIteration))
        return false;
    kri_err_clear(ts);
    return true;
}

KrObject *kri_vm_before_with(KrThread *ts, KrObject *mgr, KrObject **exit, bool async)
{
    KrObject *enter_name = async ? KR_ID(__aenter__) : KR_ID(__enter__);
    KrObject *exit_name = async ? KR_ID(__aexit__) : KR_ID(__exit__);
    KrObject *enter = kri_type_lookup(ts, mgr->ob_type, enter_name);
    KrObject *ex = enter ? kri_type_lookup(ts, mgr->ob_type, exit_name) : NULL;
    *exit = NULL;
    if (!enter || !ex)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'%s' object does not support the %scontext manager protocol%s",
                              kri_type_name(mgr->ob_type), async ? "asynchronous " : "",
                              !enter ? "" : async ? " (missed __aexit__ method)"
                                                  : " (missed __exit__ method)");
    KrObject *bound_exit = ex->ob_type->descr_get
                               ? ex->ob_type->descr_get(ts, ex, mgr, KR_OBJ(mgr->ob_type))
                               : kr_incref(ex);
    if (!bound_exit)
        return NULL;
    KrObject *bound_enter = enter->ob_type->descr_get
                                ? enter->ob_type->descr_get(ts, enter, mgr, KR_OBJ(mgr->ob_type))
                                : kr_incref(enter);
    KrObject *res = bound_enter ? kri_call0(ts, bound_enter) : NULL;
    kr_xdecref(bound_enter);
    if (!res) {
        kr_decref(bound_exit);
        return NULL;
    }
    *exit = bound_exit;
    return res;
}

KrObject *kri_vm_call_exit(KrThread *ts, KrObject *exit_func, KrObject *exc)
{
    KrObject *tb = ((KrBaseException *)exc)->traceback;
    KrObject *args[4] = {NULL, KR_OBJ(exc->ob_type), exc, tb ? tb : KR_NONE};
    return kri_call(ts, exit_func, args + 1, 3 | KR_ARGS_OFFSET, NULL);
}
