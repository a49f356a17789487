/* Module objects: a namespace dict plus, for builtin modules, their C
 * definition and state. Attribute access goes to the dict; a missing
 * attribute names the module in its AttributeError, as CPython's does. */
#include "objects/objects.h"

KrObject *kri_module_new(KrThread *ts, KrObject *name)
{
    KrModule *m = (KrModule *)kri_object_alloc(ts, &kr_module_type, sizeof(KrModule));
    if (!m)
        return NULL;
    m->dict = kri_dict_new(ts);
    m->name = kr_incref(name);
    if (!m->dict || kri_dict_set(ts, m->dict, KR_ID(__name__), name) < 0 ||
        kri_dict_set(ts, m->dict, KR_ID(__doc__), KR_NONE) < 0 ||
        kri_dict_set(ts, m->dict, KR_ID(__package__), KR_NONE) < 0 ||
        kri_dict_set(ts, m->dict, KR_ID(__loader__), KR_NONE) < 0 ||
        kri_dict_set(ts, m->dict, KR_ID(__spec__), KR_NONE) < 0) {
        kr_decref(KR_OBJ(m));
        return NULL;
    }
    return KR_OBJ(m);
}

static void module_dealloc(KrObject *o)
{
    KrModule *m = (KrModule *)o;
    KR_CLEAR(m->dict);
    KR_CLEAR(m->name);
    kri_object_free(o);
}

static KrObject *module_repr(KrThread *ts, KrObject *o)
{
    KrModule *m = (KrModule *)o;
    KrObject *name = kri_dict_get_str_borrow(ts, m->dict, KR_ID(__name__));
    KrObject *file = kri_dict_get_str_borrow(ts, m->dict, KR_ID(__file__));
    if (!name || !kr_str_check(name))
        return kri_str_format(ts, "<module '?'>");
    if (file && kr_str_check(file))
        return kri_str_format(ts, "<module %R from %R>", name, file);
    return kri_str_format(ts, "<module %R (built-in)>", name);
}

static KrObject *module_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    KrModule *m = (KrModule *)o;
    KrObject *descr = kri_type_lookup(ts, o->ob_type, name);
    if (descr && descr->ob_type->descr_get && descr->ob_type->descr_set)
        return descr->ob_type->descr_get(ts, descr, o, KR_OBJ(o->ob_type));
    KrObject *v = kri_dict_get_borrow(ts, m->dict, name);
    if (v)
        return kr_incref(v);
    if (kri_err_occurred(ts))
        return NULL;
    if (descr) {
        if (descr->ob_type->descr_get)
            return descr->ob_type->descr_get(ts, descr, o, KR_OBJ(o->ob_type));
        return kr_incref(descr);
    }
    KrObject *getattr = kri_dict_get_str_borrow(ts, m->dict, KR_ID(__getattr__));
    if (getattr)
        return kri_call1(ts, getattr, name);
    KrObject *mname = kri_dict_get_str_borrow(ts, m->dict, KR_ID(__name__));
    if (mname && kr_str_check(mname))
        kri_err_format(ts, &kr_exc_AttributeError, "module '%U' has no attribute '%U'", mname,
                       name);
    else
        kri_err_format(ts, &kr_exc_AttributeError, "module has no attribute '%U'", name);
    kri_exc_set_name_obj(ts->exc, name, o);
    return NULL;
}

static KrObject *module_get_dict(KrThread *ts, KrObject *o, void *closure)
{
    return KR_NEWREF(((KrModule *)o)->dict);
}

static const KrGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_module_type = {
    KR_TYPE_HEADER,
    .name = "module",
    .basicsize = sizeof(KrModule),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .dictoffset = offsetof(KrModule, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = kri_object_generic_setattr,
    .getsets = module_getsets,
};
