/* The pattern-matching instructions MATCH_CLASS and MATCH_KEYS (PEP 634),
 * with CPython 3.11's errors. */
#include "vm/ops.h"

/* getattr(subject, name), or NULL with no exception when missing; [seen]
 * collects the names used so far (a repeated one is an error). */
static KrObject *match_attr(KrThread *ts, KrObject *subject, KrObject *type, KrObject *name,
                            KrObject *seen)
{
    int dup = kri_sequence_contains(ts, seen, name);
    if (dup < 0)
        return NULL;
    if (dup)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "%s() got multiple sub-patterns for attribute %R",
                              ((KrType *)type)->name, name);
    if (kri_list_append(ts, seen, name) < 0)
        return NULL;
    KrObject *v = NULL;
    kri_object_lookup_attr(ts, subject, name, &v);
    return v;
}

static KrObject *positional_names(KrThread *ts, KrObject *subject, KrObject *type, int nargs,
                                  bool *self_match)
{
    KrObject *match_args = NULL;
    *self_match = false;
    if (kri_object_lookup_attr(ts, type, KR_ID(__match_args__),
                               &match_args) < 0)
        return NULL;
    if (match_args) {
        if (!kr_is_type(match_args, &kr_tuple_type)) {
            kri_err_format(ts, &kr_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                           ((KrType *)type)->name, kri_type_name(match_args->ob_type));
            kr_decref(match_args);
            return NULL;
        }
    } else {
        match_args = kr_incref(kri_tuple_empty());
        /* builtins like int, str match the subject itself positionally */
        static const KrType *const self_types[] = {
            &kr_bool_type, &kr_bytearray_type, &kr_bytes_type, &kr_dict_type,
            &kr_float_type, &kr_frozenset_type, &kr_int_type, &kr_list_type,
            &kr_set_type, &kr_str_type, &kr_tuple_type,
        };
        for (size_t i = 0; i < KR_ARRAY_LEN(self_types); i++)
            if (kri_type_is_subtype((KrType *)type, self_types[i]))
                *self_match = true;
    }
    ssize_t allowed = *self_match ? 1 : KR_SIZE(match_args);
    if (nargs > allowed) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                       ((KrType *)type)->name, allowed, allowed == 1 ? "" : "s", nargs);
        kr_decref(match_args);
        return NULL;
    }
    return match_args;
}

KrObject *kri_vm_match_class(KrThread *ts, KrObject *subject, KrObject *type, int nargs,
                             KrObject *names)
{
    if (!kr_isinstance(type, &kr_type_type))
        return kri_err_format(ts, &kr_exc_TypeError, "called match pattern must be a type");
    int inst = kri_object_isinstance(ts, subject, type);
    if (inst <= 0)
        return NULL;
    KrObject *attrs = kri_list_new(ts, 0);
    KrObject *seen = kri_list_new(ts, 0);
    KrObject *match_args = NULL;
    if (!attrs || !seen)
        goto fail;
    bool self_match = false;
    if (nargs) {
        match_args = positional_names(ts, subject, type, nargs, &self_match);
        if (!match_args)
            goto fail;
        for (int i = 0; i < nargs; i++) {
            KrObject *v;
            if (self_match) {
                v = kr_incref(subject);
            } else {
                KrObject *name = KR_TUPLE_ITEMS(match_args)[i];
                if (!kr_str_check(name)) {
                    kri_err_format(ts, &kr_exc_TypeError,
                                   "__match_args__ elements must be strings (got %s)",
                                   kri_type_name(name->ob_type));
                    goto fail;
                }
                v = match_attr(ts, subject, type, name, seen);
            }
            if (!v || kri_list_append_steal(ts, attrs, v) < 0)
                goto fail;
        }
    }
    for (ssize_t i = 0; i < KR_SIZE(names); i++) {
        KrObject *v = match_attr(ts, subject, type, KR_TUPLE_ITEMS(names)[i], seen);
        if (!v || kri_list_append_steal(ts, attrs, v) < 0)
            goto fail;
    }
    KrObject *t = kri_list_as_tuple(ts, attrs);
    kr_decref(attrs);
    kr_decref(seen);
    kr_xdecref(match_args);
    return t;
fail:
    kr_xdecref(attrs);
    kr_xdecref(seen);
    kr_xdecref(match_args);
    return NULL;
}

KrObject *kri_vm_match_keys(KrThread *ts, KrObject *subject, KrObject *keys)
{
    ssize_t n = KR_SIZE(keys);
    if (n == 0)
        return kr_incref(kri_tuple_empty());
    KrObject *get = kri_object_getattr_cstr(ts, subject, "get");
    if (!get)
        return NULL;
    KrObject *dummy = KR_OBJ(&kr_object_type); /* a sentinel no mapping holds */
    KrObject *values = kri_list_new(ts, 0), *seen = kri_list_new(ts, 0);
    KrObject *result = NULL;
    if (!values || !seen)
        goto done;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *key = KR_TUPLE_ITEMS(keys)[i];
        int dup = kri_sequence_contains(ts, seen, key);
        if (dup < 0)
            goto done;
        if (dup) {
            kri_err_format(ts, &kr_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        if (kri_list_append(ts, seen, key) < 0)
            goto done;
        KrObject *v = kri_call2(ts, get, key, dummy);
        if (!v)
            goto done;
        if (v == dummy) {
            kr_decref(v);
            result = kr_incref(KR_NONE);
            goto done;
        }
        if (kri_list_append_steal(ts, values, v) < 0)
            goto done;
    }
    result = kri_list_as_tuple(ts, values);
done:
    kr_decref(get);
    kr_xdecref(values);
    kr_xdecref(seen);
    return result;
}
