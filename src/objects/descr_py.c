/* The descriptor types Python code builds classes with: property,
 * classmethod and staticmethod. All three are subclassable. A property
 * holds up to three accessor callables and a doc; its name (from
 * __set_name__) only serves error messages. classmethod/staticmethod
 * wrap one callable and carry an instance __dict__ into which the
 * callable's __name__, __qualname__, __doc__, __module__ and
 * __annotations__ are copied (as CPython 3.10+ does), so the wrapper
 * reads like the function it wraps. */
#include "objects/slots.h"

typedef struct KrProperty {
    KrObject ob_base;
    KrObject *fget, *fset, *fdel, *doc; /* owned; NULL when absent */
    KrObject *name;                     /* owned; NULL until __set_name__ */
    bool getter_doc;                    /* doc came from fget.__doc__ */
} KrProperty;

typedef struct KrFuncWrapper {
    KrObject ob_base;
    KrObject *callable; /* owned */
    KrObject *dict;     /* owned, or NULL */
} KrFuncWrapper;

#define PROP(o) ((KrProperty *)(o))
#define WRAPPED(o) (((KrFuncWrapper *)(o))->callable)

/* ---- property ---- */

static KrObject *property_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames)
{
    return kri_type_generic_alloc(ts, type, 0);
}

static const char *const property_kw[] = {"fget", "fset", "fdel", "doc"};

/* Spreads positional and keyword arguments over [out] (four slots). */
static int property_args(KrThread *ts, KrObject *const *args, size_t nargsf, KrObject *kwnames,
                         KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs > 4) {
        kri_err_format(ts, &kr_exc_TypeError, "property() takes at most 4 arguments (%zd given)",
                       nargs + (kwnames ? KR_SIZE(kwnames) : 0));
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (ssize_t k = 0; kwnames && k < KR_SIZE(kwnames); k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        int idx = -1;
        for (int j = 0; j < 4; j++)
            if (kri_str_eq_cstr(key, property_kw[j])) idx = j;
        if (idx < 0) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "%R is an invalid keyword argument for "
                           "property()",
                           key);
            return -1;
        }
        if (idx < nargs) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "argument for property() given by name ('%s') "
                           "and position (%d)",
                           property_kw[idx], idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    return 0;
}

static int property_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    KrObject *a[4] = {NULL, NULL, NULL, NULL};
    if (property_args(ts, args, nargsf, kwnames, a) < 0) return -1;
    KrProperty *p = PROP(self);
    KrObject **fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (int i = 0; i < 4; i++)
        KR_SETREF(*fields[i], a[i] && a[i] != KR_NONE ? kr_incref(a[i]) : NULL);
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        KrObject *doc;
        if (kri_object_lookup_attr(ts, p->fget, KR_ID(__doc__), &doc) < 0) return -1;
        if (doc && doc != KR_NONE) {
            p->doc = doc;
            p->getter_doc = true;
        } else {
            kr_xdecref(doc);
        }
    }
    /* a subclass's own __doc__ (None) would shadow the member: keep the
     * doc in the instance dict, as CPython does */
    if (!kr_is_type(self, &kr_property_type) && kri_object_dict_ptr(self))
        return kri_object_generic_setattr(ts, self, KR_ID(__doc__), p->doc ? p->doc : KR_NONE);
    return 0;
}

static void property_dealloc(KrObject *o)
{
    KrProperty *p = PROP(o);
    KR_CLEAR(p->fget);
    KR_CLEAR(p->fset);
    KR_CLEAR(p->fdel);
    KR_CLEAR(p->doc);
    KR_CLEAR(p->name);
    kri_object_free(o);
}

static KrObject *missing_accessor(KrThread *ts, KrProperty *p, KrObject *obj, const char *what)
{
    if (p->name)
        return kri_err_format(ts, &kr_exc_AttributeError, "property %R of '%s' object has no %s",
                              p->name, kri_type_name(obj->ob_type), what);
    return kri_err_format(ts, &kr_exc_AttributeError, "property of '%s' object has no %s",
                          kri_type_name(obj->ob_type), what);
}

static KrObject *property_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type)
{
    KrProperty *p = PROP(self);
    if (!obj || obj == KR_NONE) return KR_NEWREF(self);
    if (!p->fget) return missing_accessor(ts, p, obj, "getter");
    return kri_call1(ts, p->fget, obj);
}

static int property_set(KrThread *ts, KrObject *self, KrObject *obj, KrObject *value)
{
    KrProperty *p = PROP(self);
    KrObject *fn = value ? p->fset : p->fdel;
    if (!fn) {
        missing_accessor(ts, p, obj, value ? "setter" : "deleter");
        return -1;
    }
    KrObject *r = value ? kri_call2(ts, fn, obj, value) : kri_call1(ts, fn, obj);
    if (!r) return -1;
    kr_decref(r);
    return 0;
}

/* A copy of [self] with one accessor replaced: type(self)(fget, fset,
 * fdel, doc). */
static KrObject *property_copy(KrThread *ts, KrObject *self, int which, KrObject *fn)
{
    KrProperty *p = PROP(self);
    KrObject *a[4] = {p->fget, p->fset, p->fdel, p->getter_doc ? NULL : p->doc};
    a[which] = fn;
    for (int i = 0; i < 4; i++)
        if (!a[i]) a[i] = KR_NONE;
    KrObject *r = kri_call(ts, KR_OBJ(self->ob_type), a, 4, NULL);
    if (r && kr_isinstance(r, &kr_property_type) && p->name)
        KR_SETREF(PROP(r)->name, kr_incref(p->name));
    return r;
}

static KrObject *property_getter(KrThread *ts, KrObject *self, KrObject *fn)
{
    return property_copy(ts, self, 0, fn);
}

static KrObject *property_setter(KrThread *ts, KrObject *self, KrObject *fn)
{
    return property_copy(ts, self, 1, fn);
}

static KrObject *property_deleter(KrThread *ts, KrObject *self, KrObject *fn)
{
    return property_copy(ts, self, 2, fn);
}

static KrObject *property_set_name(KrThread *ts, KrObject *self, KrObject *const *args,
                                   ssize_t nargs)
{
    if (nargs != 2)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "__set_name__() takes 2 positional "
                              "arguments but %zd were given",
                              nargs);
    KR_SETREF(PROP(self)->name, kr_incref(args[1]));
    return KR_NONE;
}

/* Whether [fn].__isabstractmethod__ is true: 1, 0 or -1. */
static int is_abstract(KrThread *ts, KrObject *fn)
{
    if (!fn) return 0;
    KrObject *v;
    int r = kri_object_lookup_attr(ts, fn, KR_ID(__isabstractmethod__), &v);
    if (r <= 0) return r;
    r = kri_object_is_true(ts, v);
    kr_decref(v);
    return r;
}

static KrObject *property_get_abstract(KrThread *ts, KrObject *self, void *closure)
{
    KrProperty *p = PROP(self);
    KrObject *fns[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(ts, fns[i]);
        if (r != 0) return r < 0 ? NULL : KR_TRUE;
    }
    return KR_FALSE;
}

static const KrMethodDef property_methods[] = {
    {"getter", KR_METH(property_getter), KR_METH_O,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", KR_METH(property_setter), KR_METH_O,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", KR_METH(property_deleter), KR_METH_O,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", KR_METH(property_set_name), KR_METH_FAST, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef property_members[] = {
    {"fget", KR_MEMBER_OBJECT, offsetof(KrProperty, fget), true, NULL},
    {"fset", KR_MEMBER_OBJECT, offsetof(KrProperty, fset), true, NULL},
    {"fdel", KR_MEMBER_OBJECT, offsetof(KrProperty, fdel), true, NULL},
    {"__doc__", KR_MEMBER_OBJECT, offsetof(KrProperty, doc), false, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_abstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_property_type = {
    KR_TYPE_HEADER,
    .name = "property",
    .basicsize = sizeof(KrProperty),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "Property attribute.",
    .dealloc = property_dealloc,
    .new_ = property_new,
    .init = property_init,
    .getattro = kri_object_generic_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .members = property_members,
    .getsets = property_getsets,
};

/* ---- classmethod and staticmethod ---- */

static KrObject *funcwrapper_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames)
{
    return kri_type_generic_alloc(ts, type, 0);
}

static const char *const copied_attrs[] = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__",
};

static int funcwrapper_set(KrThread *ts, KrObject *self, KrObject *callable)
{
    KrFuncWrapper *w = (KrFuncWrapper *)self;
    KR_SETREF(w->callable, kr_incref(callable));
    if (!w->dict && !(w->dict = kri_dict_new(ts))) return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(copied_attrs); i++) {
        KrObject *name = kri_str_intern_cstr(ts, copied_attrs[i]);
        KrObject *v = NULL;
        int r = name ? kri_object_lookup_attr(ts, callable, name, &v) : -1;
        if (r > 0) r = kri_dict_set(ts, w->dict, name, v);
        kr_xdecref(v);
        kr_xdecref(name);
        if (r < 0) return -1;
    }
    return 0;
}

static int funcwrapper_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    const char *name = kr_isinstance(self, &kr_classmethod_type) ? "classmethod" : "staticmethod";
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (kri_check_args(ts, name, KR_NARGS(nargsf), 1, 1, NULL) < 0) return -1;
    return funcwrapper_set(ts, self, args[0]);
}

static KrObject *wrap_new(KrThread *ts, KrType *type, KrObject *func)
{
    KrObject *w = kri_type_generic_alloc(ts, type, 0);
    if (w && funcwrapper_set(ts, w, func) < 0) KR_CLEAR(w);
    return w;
}

KrObject *kri_classmethod_new(KrThread *ts, KrObject *func)
{
    return wrap_new(ts, &kr_classmethod_type, func);
}

KrObject *kri_staticmethod_new(KrThread *ts, KrObject *func)
{
    return wrap_new(ts, &kr_staticmethod_type, func);
}

static void funcwrapper_dealloc(KrObject *o)
{
    KrFuncWrapper *w = (KrFuncWrapper *)o;
    KR_CLEAR(w->callable);
    KR_CLEAR(w->dict);
    kri_object_free(o);
}

static KrObject *uninitialized(KrThread *ts, KrObject *self)
{
    return kri_err_format(ts, &kr_exc_RuntimeError, "uninitialized %s object",
                          kri_type_name(self->ob_type));
}

static KrObject *classmethod_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *fn = WRAPPED(self);
    if (!fn) return uninitialized(ts, self);
    if (!type) type = KR_OBJ(obj->ob_type);
    /* 3.9 to 3.12 chain to the callable's own __get__ */
    if (fn->ob_type->descr_get) return fn->ob_type->descr_get(ts, fn, type, KR_OBJ(type->ob_type));
    return kri_method_new(ts, fn, type);
}

static KrObject *staticmethod_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *fn = WRAPPED(self);
    return fn ? KR_NEWREF(fn) : uninitialized(ts, self);
}

static KrObject *staticmethod_call(KrThread *ts, KrObject *self, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames)
{
    KrObject *fn = WRAPPED(self);
    return fn ? kri_call(ts, fn, args, nargsf, kwnames) : uninitialized(ts, self);
}

static KrObject *funcwrapper_repr(KrThread *ts, KrObject *self)
{
    KrObject *fn = WRAPPED(self);
    return kri_str_format(ts, "<%s(%R)>", kri_type_name(self->ob_type), fn ? fn : KR_NONE);
}

static KrObject *funcwrapper_get_abstract(KrThread *ts, KrObject *self, void *closure)
{
    int r = is_abstract(ts, WRAPPED(self));
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *funcwrapper_get_dict(KrThread *ts, KrObject *self, void *closure)
{
    KrFuncWrapper *w = (KrFuncWrapper *)self;
    if (!w->dict && !(w->dict = kri_dict_new(ts))) return NULL;
    return KR_NEWREF(w->dict);
}

static int funcwrapper_set_dict(KrThread *ts, KrObject *self, KrObject *value, void *closure)
{
    if (value && !kr_dict_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       kri_type_name(value->ob_type));
        return -1;
    }
    KR_SETREF(((KrFuncWrapper *)self)->dict, value ? kr_incref(value) : NULL);
    return 0;
}

static const KrMemberDef funcwrapper_members[] = {
    {"__func__", KR_MEMBER_OBJECT, offsetof(KrFuncWrapper, callable), true, NULL},
    {"__wrapped__", KR_MEMBER_OBJECT, offsetof(KrFuncWrapper, callable), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef funcwrapper_getsets[] = {
    {"__isabstractmethod__", funcwrapper_get_abstract, NULL, NULL, NULL},
    {"__dict__", funcwrapper_get_dict, funcwrapper_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_classmethod_type = {
    KR_TYPE_HEADER,
    .name = "classmethod",
    .basicsize = sizeof(KrFuncWrapper),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "classmethod(function) -> method",
    .dealloc = funcwrapper_dealloc,
    .new_ = funcwrapper_new,
    .init = funcwrapper_init,
    .repr = funcwrapper_repr,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .descr_get = classmethod_get,
    .members = funcwrapper_members,
    .getsets = funcwrapper_getsets,
    .dictoffset = offsetof(KrFuncWrapper, dict),
};

KrType kr_staticmethod_type = {
    KR_TYPE_HEADER,
    .name = "staticmethod",
    .basicsize = sizeof(KrFuncWrapper),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "staticmethod(function) -> method",
    .dealloc = funcwrapper_dealloc,
    .new_ = funcwrapper_new,
    .init = funcwrapper_init,
    .repr = funcwrapper_repr,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .members = funcwrapper_members,
    .getsets = funcwrapper_getsets,
    .dictoffset = offsetof(KrFuncWrapper, dict),
};
