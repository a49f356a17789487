/* None, NotImplemented and Ellipsis: immortal static singletons and their
 * types. Their types cannot be instantiated with arguments; calling them
 * with none returns the singleton, as in CPython. */
#include "objects/objects.h"

static KrObject *none_repr(KrThread *ts, KrObject *o)
{
    return kri_str_from_cstr(ts, "None");
}

static KrObject *notimpl_repr(KrThread *ts, KrObject *o)
{
    return kri_str_from_cstr(ts, "NotImplemented");
}

static KrObject *ellipsis_repr(KrThread *ts, KrObject *o)
{
    return kri_str_from_cstr(ts, "Ellipsis");
}

static int none_bool(KrThread *ts, KrObject *o)
{
    return 0;
}

static int64_t singleton_hash(KrThread *ts, KrObject *o)
{
    return kri_hash_pointer(o);
}

static KrObject *singleton_new(KrThread *ts, KrType *type, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    if (KR_NARGS(nargsf) || (kwnames && KR_SIZE(kwnames))) {
        return kri_err_format(ts, &kr_exc_TypeError, "%s takes no arguments",
                              kri_type_name(type));
    }
    if (type == &kr_none_type)
        return KR_NONE;
    if (type == &kr_notimplemented_type)
        return KR_NOTIMPLEMENTED;
    return KR_ELLIPSIS;
}

KrType kr_none_type = {
    KR_TYPE_HEADER,
    .name = "NoneType",
    .basicsize = sizeof(KrObject),
    .repr = none_repr,
    .hash = singleton_hash,
    .nb_bool = none_bool,
    .new_ = singleton_new,
    .getattro = kri_object_generic_getattr,
};

KrType kr_notimplemented_type = {
    KR_TYPE_HEADER,
    .name = "NotImplementedType",
    .basicsize = sizeof(KrObject),
    .repr = notimpl_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .getattro = kri_object_generic_getattr,
};

KrType kr_ellipsis_type = {
    KR_TYPE_HEADER,
    .name = "ellipsis",
    .basicsize = sizeof(KrObject),
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .getattro = kri_object_generic_getattr,
};

KrObject kr_none_obj = KR_STATIC_HEADER(&kr_none_type);
KrObject kr_notimplemented_obj = KR_STATIC_HEADER(&kr_notimplemented_type);
KrObject kr_ellipsis_obj = KR_STATIC_HEADER(&kr_ellipsis_type);
