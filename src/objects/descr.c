/* Builtin functions and methods, and the descriptors that expose C-level
 * definitions on types: method descriptors (str.join), class method
 * descriptors (dict.fromkeys), member descriptors (fields of an instance
 * struct) and getset descriptors (computed attributes). A method descriptor
 * bound to an instance becomes a builtin method (KrBuiltin with self). */
#include <stdlib.h>

#include "objects/objects.h"

typedef struct KrDescr {
    KrObject ob_base;
    KrType *type;        /* borrowed: the owning type outlives its dict */
    KrObject *name;      /* str */
    union {
        const KrMethodDef *method;
        const KrMemberDef *member;
        const KrGetSetDef *getset;
    } d;
    KrVectorFn vectorcall;
} KrDescr;

/* ---- calling a KrMethodDef ---- */

static KrObject *call_def(KrThread *ts, const KrMethodDef *def, KrObject *self,
                          KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    int kind = def->flags & (KR_METH_NOARGS | KR_METH_O | KR_METH_FAST | KR_METH_KEYWORDS);
    if (kind != KR_METH_KEYWORDS && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                              def->name);
    switch (kind) {
    case KR_METH_NOARGS:
        if (nargs != 0)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "%s() takes no arguments (%zd given)", def->name, nargs);
        return ((KrMethFn)def->fn)(ts, self, NULL);
    case KR_METH_O:
        if (nargs != 1)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "%s() takes exactly one argument (%zd given)", def->name,
                                  nargs);
        return ((KrMethFn)def->fn)(ts, self, args[0]);
    case KR_METH_FAST:
        return ((KrMethFastFn)def->fn)(ts, self, args, nargs);
    default:
        return ((KrMethKwFn)def->fn)(ts, self, args, nargsf, kwnames);
    }
}

/* ---- builtin functions / bound builtin methods ---- */

static KrObject *builtin_vectorcall(KrThread *ts, KrObject *callable, KrObject *const *args,
                                    size_t nargsf, KrObject *kwnames)
{
    KrBuiltin *b = (KrBuiltin *)callable;
    return call_def(ts, b->def, b->self, args, nargsf, kwnames);
}

KrObject *kri_builtin_new(KrThread *ts, const KrMethodDef *def, KrObject *self,
                          KrObject *module)
{
    KrBuiltin *b = (KrBuiltin *)kri_object_alloc(ts, &kr_builtin_type, sizeof(KrBuiltin));
    if (!b)
        return NULL;
    b->def = def;
    b->self = self ? kr_incref(self) : NULL;
    b->module = module ? kr_incref(module) : NULL;
    b->vectorcall = builtin_vectorcall;
    return KR_OBJ(b);
}

static void builtin_dealloc(KrObject *o)
{
    KrBuiltin *b = (KrBuiltin *)o;
    kr_xdecref(b->self);
    kr_xdecref(b->module);
    kri_object_free(o);
}

static KrObject *builtin_repr(KrThread *ts, KrObject *o)
{
    KrBuiltin *b = (KrBuiltin *)o;
    if (!b->self || kr_is_type(b->self, &kr_module_type))
        return kri_str_format(ts, "<built-in function %s>", b->def->name);
    return kri_str_format(ts, "<built-in method %s of %s object at %p>", b->def->name,
                          kri_type_name(b->self->ob_type), (void *)b->self);
}

static KrObject *builtin_get_name(KrThread *ts, KrObject *o, void *closure)
{
    return kri_str_from_cstr(ts, ((KrBuiltin *)o)->def->name);
}

static KrObject *builtin_get_self(KrThread *ts, KrObject *o, void *closure)
{
    KrObject *self = ((KrBuiltin *)o)->self;
    return KR_NEWREF(self ? self : KR_NONE);
}

static const KrGetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_name, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef builtin_members[] = {
    {"__module__", KR_MEMBER_OBJECT, offsetof(KrBuiltin, module), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_builtin_type = {
    KR_TYPE_HEADER,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(KrBuiltin),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .getattro = kri_object_generic_getattr,
    .call = builtin_vectorcall,
    .getsets = builtin_getsets,
    .members = builtin_members,
};

/* ---- descriptors ---- */

static KrObject *descr_new(KrThread *ts, KrType *dtype, KrType *owner, const char *name)
{
    KrDescr *d = (KrDescr *)kri_object_alloc(ts, dtype, sizeof(KrDescr));
    if (!d)
        return NULL;
    d->type = owner;
    d->name = kri_str_intern_cstr(ts, name);
    if (!d->name) {
        kr_decref(KR_OBJ(d));
        return NULL;
    }
    return KR_OBJ(d);
}

static void descr_dealloc(KrObject *o)
{
    kr_xdecref(((KrDescr *)o)->name);
    kri_object_free(o);
}

/* TypeError unless [obj] is an instance of the descriptor's type. */
static int descr_check(KrThread *ts, KrDescr *d, KrObject *obj, const char *what)
{
    if (kr_isinstance(obj, d->type))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError,
                   "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                   kri_type_name(d->type), kri_type_name(obj->ob_type));
    (void)what;
    return -1;
}

static KrObject *method_descr_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames)
{
    KrDescr *d = (KrDescr *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "unbound method %s.%s() needs an argument",
                              kri_type_name(d->type), d->d.method->name);
    if (descr_check(ts, d, args[0], "call") < 0)
        return NULL;
    return call_def(ts, d->d.method, args[0], args + 1, (size_t)(nargs - 1), kwnames);
}

static KrObject *method_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj, "get") < 0)
        return NULL;
    return kri_builtin_new(ts, d->d.method, obj, NULL);
}

static KrObject *method_descr_repr(KrThread *ts, KrObject *o)
{
    KrDescr *d = (KrDescr *)o;
    return kri_str_format(ts, "<method '%U' of '%s' objects>", d->name, kri_type_name(d->type));
}

KrType kr_method_descr_type = {
    KR_TYPE_HEADER,
    .name = "method_descriptor",
    .basicsize = sizeof(KrDescr),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_METHOD_DESCR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .getattro = kri_object_generic_getattr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

static KrObject *classmethod_descr_get(KrThread *ts, KrObject *descr, KrObject *obj,
                                       KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!type)
        type = KR_OBJ(obj->ob_type);
    return kri_builtin_new(ts, d->d.method, type, NULL);
}

static KrObject *classmethod_descr_call(KrThread *ts, KrObject *callable,
                                        KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    KrDescr *d = (KrDescr *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1 || !kr_type_has(args[0]->ob_type, KR_TPF_TYPE_SUBCLASS))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "descriptor '%U' for type '%s' needs a type", d->name,
                              kri_type_name(d->type));
    return call_def(ts, d->d.method, args[0], args + 1, (size_t)(nargs - 1), kwnames);
}

KrType kr_classmethod_descr_type = {
    KR_TYPE_HEADER,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(KrDescr),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .getattro = kri_object_generic_getattr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
};

KrObject *kri_descr_new_method(KrThread *ts, KrType *type, const KrMethodDef *def)
{
    if (def->flags & KR_METH_STATIC)
        return kri_builtin_new(ts, def, NULL, NULL);
    KrType *dt = def->flags & KR_METH_CLASS ? &kr_classmethod_descr_type : &kr_method_descr_type;
    KrObject *d = descr_new(ts, dt, type, def->name);
    if (d)
        ((KrDescr *)d)->d.method = def;
    return d;
}

/* ---- members ---- */

static KrObject *member_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj, "get") < 0)
        return NULL;
    const KrMemberDef *m = d->d.member;
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case KR_MEMBER_OBJECT:
    case KR_MEMBER_OBJECT_EX: {
        KrObject *v = *(KrObject **)(void *)addr;
        if (v)
            return kr_incref(v);
        if (m->type == KR_MEMBER_OBJECT)
            return KR_NONE;
        return kri_err_format(ts, &kr_exc_AttributeError,
                              "'%s' object has no attribute '%U'", kri_type_name(obj->ob_type),
                              d->name);
    }
    case KR_MEMBER_SSIZE:
        return kri_int_from_ssize(ts, *(ssize_t *)(void *)addr);
    case KR_MEMBER_INT:
        return kri_int_from_ssize(ts, *(int *)(void *)addr);
    case KR_MEMBER_UINT32:
        return kri_int_from_u64(ts, *(uint32_t *)(void *)addr);
    case KR_MEMBER_BOOL:
        return kr_bool(*(bool *)addr);
    default:
        return kri_float_from_double(ts, *(double *)(void *)addr);
    }
}

static int member_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value)
{
    KrDescr *d = (KrDescr *)descr;
    const KrMemberDef *m = d->d.member;
    if (descr_check(ts, d, obj, "set") < 0)
        return -1;
    if (m->readonly) {
        kri_err_set(ts, &kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (m->type != KR_MEMBER_OBJECT && m->type != KR_MEMBER_OBJECT_EX) {
        kri_err_format(ts, &kr_exc_NotImplementedError,
                       "setting a C-typed member ('%U') is not implemented yet", d->name);
        return -1;
    }
    KrObject **slot = (KrObject **)(void *)((char *)obj + m->offset);
    if (!value && m->type == KR_MEMBER_OBJECT_EX && !*slot) {
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       kri_type_name(obj->ob_type), d->name);
        return -1;
    }
    KR_SETREF(*slot, value ? kr_incref(value) : NULL);
    return 0;
}

static KrObject *member_repr(KrThread *ts, KrObject *o)
{
    KrDescr *d = (KrDescr *)o;
    return kri_str_format(ts, "<member '%U' of '%s' objects>", d->name, kri_type_name(d->type));
}

KrType kr_member_descr_type = {
    KR_TYPE_HEADER,
    .name = "member_descriptor",
    .basicsize = sizeof(KrDescr),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = descr_dealloc,
    .repr = member_repr,
    .getattro = kri_object_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
};

KrObject *kri_descr_new_member(KrThread *ts, KrType *type, const KrMemberDef *def)
{
    KrObject *d = descr_new(ts, &kr_member_descr_type, type, def->name);
    if (d)
        ((KrDescr *)d)->d.member = def;
    return d;
}

/* ---- getset ---- */

static KrObject *getset_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj, "get") < 0)
        return NULL;
    const KrGetSetDef *g = d->d.getset;
    if (!g->get)
        return kri_err_format(ts, &kr_exc_AttributeError, "attribute '%U' of '%s' objects is "
                              "not readable", d->name, kri_type_name(d->type));
    return g->get(ts, obj, g->closure);
}

static int getset_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value)
{
    KrDescr *d = (KrDescr *)descr;
    if (descr_check(ts, d, obj, "set") < 0)
        return -1;
    const KrGetSetDef *g = d->d.getset;
    if (!g->set) {
        kri_err_format(ts, &kr_exc_AttributeError, "attribute '%U' of '%s' objects is not "
                       "writable", d->name, kri_type_name(d->type));
        return -1;
    }
    return g->set(ts, obj, value, g->closure);
}

static KrObject *getset_repr(KrThread *ts, KrObject *o)
{
    KrDescr *d = (KrDescr *)o;
    return kri_str_format(ts, "<attribute '%U' of '%s' objects>", d->name,
                          kri_type_name(d->type));
}

KrType kr_getset_descr_type = {
    KR_TYPE_HEADER,
    .name = "getset_descriptor",
    .basicsize = sizeof(KrDescr),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .getattro = kri_object_generic_getattr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

KrObject *kri_descr_new_getset(KrThread *ts, KrType *type, const KrGetSetDef *def)
{
    KrObject *d = descr_new(ts, &kr_getset_descr_type, type, def->name);
    if (d)
        ((KrDescr *)d)->d.getset = def;
    return d;
}
