/* Struct sequences: tuple subclasses whose items also have names
 * (sys.version_info, sys.flags, sys.float_info, ...). Each is a static type
 * declared with KR_STRUCTSEQ_TYPE (structseq.h) whose getsets are its
 * fields in order: a getset's closure is the item's index, so one getter
 * serves every field, and repr and __new__ read the field names and count
 * from the same table. Instances are plain tuples in layout. */
#include <string.h>

#include "objects/caches.h"
#include "objects/objects.h"
#include "objects/structseq.h"

KrObject *kri_structseq_get_field(KrThread *ts, KrObject *self, void *closure)
{
    ssize_t i = (ssize_t)(intptr_t)closure;
    return kr_incref(KR_TUPLE_ITEMS(self)[i]);
}

/* Fields are read-only, worded as CPython's member descriptors word it. */
int kri_structseq_set_field(KrThread *ts, KrObject *self, KrObject *value, void *closure)
{
    kri_err_set(ts, &kr_exc_AttributeError, "readonly attribute");
    return -1;
}

static ssize_t field_count(const KrType *type)
{
    ssize_t n = 0;
    while (type->getsets[n].name)
        n++;
    return n;
}

KrObject *kri_structseq_new(KrThread *ts, KrType *type, KrObject *const *items)
{
    ssize_t n = field_count(type);
    KrObject *r = kri_type_generic_alloc(ts, type, n);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(r)[i] = kr_incref(items[i]);
    return r;
}

KrObject *kri_structseq_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                               KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                              type->name);
    if (kri_check_args(ts, type->name, nargs, 1, 2, NULL) < 0)
        return NULL;
    KrType *at = args[0]->ob_type;
    if (!at->iter && !(at->getitem && at->sq_like))
        return kri_err_format(ts, &kr_exc_TypeError, "constructor requires a sequence");
    KrObject *seq = kri_sequence_tuple(ts, args[0]);
    if (!seq)
        return NULL;
    ssize_t n = field_count(type);
    KrObject *r = NULL;
    if (KR_SIZE(seq) != n)
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                       type->name, n, KR_SIZE(seq));
    else
        r = kri_structseq_new(ts, type, KR_TUPLE_ITEMS(seq));
    kr_decref(seq);
    return r;
}

static int put(KrThread *ts, KrStrWriter *w, const char *s)
{
    return kri_strw_ascii(ts, w, s, (ssize_t)strlen(s));
}

/* "sys.version_info(major=3, minor=11, ...)" */
KrObject *kri_structseq_repr(KrThread *ts, KrObject *self)
{
    KrStrWriter w;
    kri_strw_init(&w);
    if (put(ts, &w, self->ob_type->name) < 0 || put(ts, &w, "(") < 0)
        goto fail;
    ssize_t n = KR_SIZE(self);
    for (ssize_t i = 0; i < n && self->ob_type->getsets[i].name; i++) {
        KrObject *r = kri_object_repr(ts, KR_TUPLE_ITEMS(self)[i]);
        int bad = !r || (i && put(ts, &w, ", ") < 0) ||
                  put(ts, &w, self->ob_type->getsets[i].name) < 0 ||
                  put(ts, &w, "=") < 0 || kri_strw_str(ts, &w, r) < 0;
        kr_xdecref(r);
        if (bad)
            goto fail;
    }
    if (put(ts, &w, ")") < 0)
        goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

/* (type, (tuple(self), {})): the dict would hold fields beyond the
 * sequence, which Krait's struct sequences do not have */
KrObject *kri_structseq_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *items = kri_tuple_from_array(ts, KR_TUPLE_ITEMS(self), KR_SIZE(self));
    KrObject *extra = kri_dict_new(ts);
    KrObject *args = items && extra ? kri_tuple_pack(ts, 2, items, extra) : NULL;
    kr_xdecref(items);
    kr_xdecref(extra);
    if (!args)
        return NULL;
    KrObject *r = kri_tuple_pack(ts, 2, (KrObject *)self->ob_type, args);
    kr_decref(args);
    return r;
}

const KrMethodDef kri_structseq_methods[] = {
    {"__reduce__", KR_METH(kri_structseq_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* After the type is readied: the class attributes CPython gives every
 * struct sequence (n_fields, n_sequence_fields, n_unnamed_fields,
 * __match_args__). */
int kri_structseq_finish_type(KrThread *ts, KrType *type)
{
    ssize_t n = field_count(type);
    KrObject *names = kri_tuple_new(ts, n);
    if (!names)
        return -1;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *s = kri_str_intern_cstr(ts, type->getsets[i].name);
        if (!s) {
            kr_decref(names);
            return -1;
        }
        KR_TUPLE_ITEMS(names)[i] = s;
    }
    KrObject *count = kri_int_from_ssize(ts, n);
    KrObject *zero = kri_int_from_ssize(ts, 0);
    int r = !count || !zero ? -1
          : kri_dict_set(ts, type->dict, KR_ID(__match_args__), names) < 0 ||
                    kri_dict_set_cstr(ts, type->dict, "n_fields", count) < 0 ||
                    kri_dict_set_cstr(ts, type->dict, "n_sequence_fields", count) < 0 ||
                    kri_dict_set_cstr(ts, type->dict, "n_unnamed_fields", zero) < 0
              ? -1
              : 0;
    kr_decref(names);
    kr_xdecref(count);
    kr_xdecref(zero);
    kri_type_modified(type); /* its dict changed after it was readied */
    return r;
}
