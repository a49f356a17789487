/* Builtin functions and methods, and the descriptors that expose C-level
 * definitions on types: method descriptors (str.join), class method
 * descriptors (dict.fromkeys), member descriptors (fields of an instance
 * struct) and getset descriptors (computed attributes). A method descriptor
 * bound to an instance becomes a builtin method (KrBuiltin with self).
 *
 * Argument errors name the callable as CPython's _PyObject_FunctionStr
 * does: "str.join()" for a method, "sys.exit()" for a function of a module
 * other than builtins, "len()" otherwise. A static method (str.maketrans)
 * is a builtin whose self is the type, put in the type's dict as it is
 * (CPython wraps it in a staticmethod, which the type's dict cannot hold
 * before the exceptions exist): the type names it, but it is called with a
 * NULL self and its __self__ reads None.
 * Invariant: a descriptor's type outlives it (the type's dict holds it). */
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
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

/* ---- names and docs ---- */

/* type.__qualname__ as a new str. */
static KrObject *type_qualname(KrThread *ts, KrType *t)
{
    if (kr_type_has(t, KR_TPF_HEAPTYPE) && t->qualname)
        return KR_NEWREF(t->qualname);
    return kri_str_from_cstr(ts, kri_type_name(t));
}

/* "T.name" with T's qualname. */
static KrObject *dotted_name(KrThread *ts, KrType *t, const char *name)
{
    KrObject *q = type_qualname(ts, t);
    if (!q)
        return NULL;
    KrObject *r = kri_str_format(ts, "%U.%s", q, name);
    kr_decref(q);
    return r;
}

/* Where a doc string of the form "name(sig)\n--\n\nbody" ends its
 * signature: the ')' of the marker, or NULL when [doc] has none (the doc
 * is then all body). Mirrors the layout Argument Clinic emits. */
static const char *doc_signature_end(const char *name, const char *doc)
{
    const char *dot = strrchr(name, '.');
    if (dot)
        name = dot + 1;
    size_t n = strlen(name);
    if (!doc || strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    const char *end = strstr(doc + n, ")\n--\n\n");
    if (!end)
        return NULL;
    /* a blank line before the marker means the "signature" was prose */
    const char *blank = strstr(doc + n, "\n\n");
    return blank && blank < end ? NULL : end;
}

/* __doc__ of a C definition: the body after any signature; None if empty. */
static KrObject *doc_from_internal(KrThread *ts, const char *name, const char *doc)
{
    const char *end = doc_signature_end(name, doc);
    if (end)
        doc = end + 6;
    if (!doc || !*doc)
        return KR_NONE;
    return kri_str_from_cstr(ts, doc);
}

/* __text_signature__: "(sig)" from the doc, or None. */
static KrObject *signature_from_internal(KrThread *ts, const char *name, const char *doc)
{
    const char *end = doc_signature_end(name, doc);
    if (!end)
        return KR_NONE;
    const char *start = strchr(doc, '(');
    return kri_str_from_utf8(ts, start, end + 1 - start);
}

/* ---- calling a KrMethodDef ---- */

static KrObject *func_str(KrThread *ts, KrObject *callable);

enum arg_error { ERR_KEYWORDS, ERR_NOARGS, ERR_ONE };

/* TypeError for a call of [callable] with the wrong arguments; NULL. */
static KrObject *arg_error(KrThread *ts, KrObject *callable, enum arg_error kind, ssize_t n)
{
    KrObject *fs = func_str(ts, callable);
    if (!fs)
        return NULL;
    if (kind == ERR_KEYWORDS)
        kri_err_format(ts, &kr_exc_TypeError, "%U takes no keyword arguments", fs);
    else if (kind == ERR_NOARGS)
        kri_err_format(ts, &kr_exc_TypeError, "%U takes no arguments (%zd given)", fs, n);
    else
        kri_err_format(ts, &kr_exc_TypeError, "%U takes exactly one argument (%zd given)", fs,
                       n);
    kr_decref(fs);
    return NULL;
}

/* Calls [def] with [self]; [callable] only names it in errors. */
static KrObject *call_def(KrThread *ts, KrObject *callable, const KrMethodDef *def,
                          KrObject *self, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    int kind = def->flags & (KR_METH_NOARGS | KR_METH_O | KR_METH_FAST | KR_METH_KEYWORDS);
    if (kind != KR_METH_KEYWORDS && kwnames && KR_SIZE(kwnames))
        return arg_error(ts, callable, ERR_KEYWORDS, 0);
    switch (kind) {
    case KR_METH_NOARGS:
        if (nargs != 0)
            return arg_error(ts, callable, ERR_NOARGS, nargs);
        return ((KrMethFn)def->fn)(ts, self, NULL);
    case KR_METH_O:
        if (nargs != 1)
            return arg_error(ts, callable, ERR_ONE, nargs);
        return ((KrMethFn)def->fn)(ts, self, args[0]);
    case KR_METH_FAST:
        return ((KrMethFastFn)def->fn)(ts, self, args, nargs);
    default:
        return ((KrMethKwFn)def->fn)(ts, self, args, nargsf, kwnames);
    }
}

/* ---- builtin functions / bound builtin methods ---- */

/* Whether [b] is a plain function: no self, or a module as self. */
static bool builtin_is_function(const KrBuiltin *b)
{
    return !b->self || kr_is_type(b->self, &kr_module_type);
}

/* The self passed to the C function: NULL for a static method. */
static KrObject *builtin_call_self(const KrBuiltin *b)
{
    return b->def->flags & KR_METH_STATIC ? NULL : b->self;
}

static KrObject *builtin_vectorcall(KrThread *ts, KrObject *callable, KrObject *const *args,
                                    size_t nargsf, KrObject *kwnames)
{
    KrBuiltin *b = (KrBuiltin *)callable;
    return call_def(ts, callable, b->def, builtin_call_self(b), args, nargsf, kwnames);
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
    if (builtin_is_function(b))
        return kri_str_format(ts, "<built-in function %s>", b->def->name);
    return kri_str_format(ts, "<built-in method %s of %s object at %p>", b->def->name,
                          kri_type_name(b->self->ob_type), (void *)b->self);
}

static KrObject *builtin_get_name(KrThread *ts, KrObject *o, void *closure)
{
    return kri_str_from_cstr(ts, ((KrBuiltin *)o)->def->name);
}

/* The name for a function; "T.name" for a method, T being self's type
 * (or self itself when it is a type: class and static methods). */
static KrObject *builtin_get_qualname(KrThread *ts, KrObject *o, void *closure)
{
    KrBuiltin *b = (KrBuiltin *)o;
    if (builtin_is_function(b))
        return kri_str_from_cstr(ts, b->def->name);
    KrType *t = kr_type_has(b->self->ob_type, KR_TPF_TYPE_SUBCLASS) ? (KrType *)b->self
                                                                    : b->self->ob_type;
    return dotted_name(ts, t, b->def->name);
}

/* __self__: the bound object; for a function of a module, that module.
 * The functions of builtins keep only the module's name (a reference to
 * the module would make a cycle nothing collects yet): it is looked up in
 * sys.modules. */
static KrObject *builtin_get_self(KrThread *ts, KrObject *o, void *closure)
{
    KrBuiltin *b = (KrBuiltin *)o;
    if (b->def->flags & KR_METH_STATIC)
        return KR_NONE;
    if (b->self)
        return KR_NEWREF(b->self);
    if (b->module && kr_str_check(b->module)) {
        KrObject *m = kri_dict_get_borrow(ts, ts->interp->modules, b->module);
        if (m)
            return KR_NEWREF(m);
        if (kri_err_occurred(ts))
            return NULL;
    }
    return KR_NONE;
}

static KrObject *builtin_get_doc(KrThread *ts, KrObject *o, void *closure)
{
    const KrMethodDef *def = ((KrBuiltin *)o)->def;
    return doc_from_internal(ts, def->name, def->doc);
}

static KrObject *builtin_get_signature(KrThread *ts, KrObject *o, void *closure)
{
    const KrMethodDef *def = ((KrBuiltin *)o)->def;
    return signature_from_internal(ts, def->name, def->doc);
}

/* CPython's _PyObject_FunctionStr for every callable of this file. */
static KrObject *func_str(KrThread *ts, KrObject *callable)
{
    if (!kr_is_type(callable, &kr_builtin_type)) {
        KrDescr *d = (KrDescr *)callable;
        KrObject *q = dotted_name(ts, d->type, d->d.method->name);
        KrObject *r = q ? kri_str_format(ts, "%U()", q) : NULL;
        kr_xdecref(q);
        return r;
    }
    KrBuiltin *b = (KrBuiltin *)callable;
    KrObject *q = builtin_get_qualname(ts, callable, NULL);
    if (!q)
        return NULL;
    KrObject *r;
    if (builtin_is_function(b) && b->module && kr_str_check(b->module) &&
        !kri_str_eq_cstr(b->module, "builtins"))
        r = kri_str_format(ts, "%U.%U()", b->module, q);
    else
        r = kri_str_format(ts, "%U()", q);
    kr_decref(q);
    return r;
}

/* (getattr, (owner, name)): how pickle rebuilds a bound method. */
static KrObject *reduce_to_getattr(KrThread *ts, KrObject *owner, const char *name)
{
    KrObject *getattr_fn = kri_dict_get_cstr_borrow(ts, ts->interp->builtins, "getattr");
    if (!getattr_fn)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_RuntimeError,
                                                     "lost builtins.getattr");
    KrObject *n = kri_str_from_cstr(ts, name);
    KrObject *args = n ? kri_tuple_pack(ts, 2, owner, n) : NULL;
    KrObject *r = args ? kri_tuple_pack(ts, 2, getattr_fn, args) : NULL;
    kr_xdecref(n);
    kr_xdecref(args);
    return r;
}

static KrObject *builtin_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrBuiltin *b = (KrBuiltin *)self;
    if (builtin_is_function(b))
        return builtin_get_qualname(ts, self, NULL);
    return reduce_to_getattr(ts, b->self, b->def->name);
}

/* Equal when they bind the same object (by identity) to the same C
 * function, as in CPython; no ordering. */
static KrObject *builtin_compare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_builtin_type))
        return KR_NOTIMPLEMENTED;
    const KrBuiltin *x = (const KrBuiltin *)a, *y = (const KrBuiltin *)b;
    bool eq = x->self == y->self && x->def->fn == y->def->fn;
    return kr_bool(op == KR_EQ ? eq : !eq);
}

static int64_t builtin_hash(KrThread *ts, KrObject *o)
{
    const KrBuiltin *b = (const KrBuiltin *)o;
    int64_t h = kri_hash_pointer(b->self) ^ kri_hash_pointer((const void *)(uintptr_t)b->def->fn);
    return h == -1 ? -2 : h;
}

static const KrMethodDef builtin_methods[] = {
    {"__reduce__", KR_METH(builtin_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef builtin_getsets[] = {
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__text_signature__", builtin_get_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef builtin_members[] = {
    {"__module__", KR_MEMBER_OBJECT, offsetof(KrBuiltin, module), false, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_builtin_type = {
    KR_TYPE_HEADER,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(KrBuiltin),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_compare,
    .getattro = kri_object_generic_getattr,
    .call = builtin_vectorcall,
    .methods = builtin_methods,
    .getsets = builtin_getsets,
    .members = builtin_members,
};

/* ---- descriptors: what they share ---- */

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
static int descr_check(KrThread *ts, KrDescr *d, KrObject *obj)
{
    if (kr_isinstance(obj, d->type))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError,
                   "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                   kri_type_name(d->type), kri_type_name(obj->ob_type));
    return -1;
}

static KrObject *descr_get_qualname(KrThread *ts, KrObject *o, void *closure)
{
    KrDescr *d = (KrDescr *)o;
    KrObject *q = type_qualname(ts, d->type);
    if (!q)
        return NULL;
    KrObject *r = kri_str_format(ts, "%U.%U", q, d->name);
    kr_decref(q);
    return r;
}

/* (getattr, (type, name)), shared by every descriptor kind. */
static KrObject *descr_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrDescr *d = (KrDescr *)self;
    const char *name = kri_str_utf8(ts, d->name, NULL);
    return name ? reduce_to_getattr(ts, KR_OBJ(d->type), name) : NULL;
}

static const KrMethodDef descr_methods[] = {
    {"__reduce__", KR_METH(descr_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* Read-only members, as CPython's (so writing them says "readonly
 * attribute"); the type pointer reads as an object since a type is one. */
static const KrMemberDef descr_members[] = {
    {"__name__", KR_MEMBER_OBJECT, offsetof(KrDescr, name), true, NULL},
    {"__objclass__", KR_MEMBER_OBJECT, offsetof(KrDescr, type), true, NULL},
    {NULL, 0, 0, false, NULL},
};

/* ---- method descriptors (str.join) ---- */

static KrObject *method_descr_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames)
{
    KrDescr *d = (KrDescr *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1) {
        KrObject *q = descr_get_qualname(ts, callable, NULL);
        if (q)
            kri_err_format(ts, &kr_exc_TypeError, "unbound method %U() needs an argument", q);
        kr_xdecref(q);
        return NULL;
    }
    if (descr_check(ts, d, args[0]) < 0)
        return NULL;
    return call_def(ts, callable, d->d.method, args[0], args + 1, (size_t)(nargs - 1),
                    kwnames);
}

static KrObject *method_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj) < 0)
        return NULL;
    return kri_builtin_new(ts, d->d.method, obj, NULL);
}

static KrObject *method_descr_repr(KrThread *ts, KrObject *o)
{
    KrDescr *d = (KrDescr *)o;
    return kri_str_format(ts, "<method '%U' of '%s' objects>", d->name, kri_type_name(d->type));
}

static KrObject *method_descr_get_doc(KrThread *ts, KrObject *o, void *closure)
{
    const KrMethodDef *def = ((KrDescr *)o)->d.method;
    return doc_from_internal(ts, def->name, def->doc);
}

static KrObject *method_descr_get_signature(KrThread *ts, KrObject *o, void *closure)
{
    const KrMethodDef *def = ((KrDescr *)o)->d.method;
    return signature_from_internal(ts, def->name, def->doc);
}

static const KrGetSetDef method_descr_getsets[] = {
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__text_signature__", method_descr_get_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

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
    .methods = descr_methods,
    .members = descr_members,
    .getsets = method_descr_getsets,
};

/* ---- class method descriptors (dict.fromkeys) ---- */

/* The type a class method binds to: [type], or the type of [obj]; it
 * must be a subtype of the descriptor's type. NULL with TypeError. */
static KrType *classmethod_owner(KrThread *ts, KrDescr *d, KrObject *obj, KrObject *type)
{
    if (!type) {
        if (!obj) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "descriptor '%U' for type '%s' needs either an object or a type",
                           d->name, kri_type_name(d->type));
            return NULL;
        }
        type = KR_OBJ(obj->ob_type);
    }
    if (!kr_type_has(type->ob_type, KR_TPF_TYPE_SUBCLASS)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                       d->name, kri_type_name(d->type), kri_type_name(type->ob_type));
        return NULL;
    }
    if (!kri_type_is_subtype((KrType *)type, d->type)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "descriptor '%U' requires a subtype of '%s' but received '%s'", d->name,
                       kri_type_name(d->type), kri_type_name((KrType *)type));
        return NULL;
    }
    return (KrType *)type;
}

static KrObject *classmethod_descr_get(KrThread *ts, KrObject *descr, KrObject *obj,
                                       KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    KrType *owner = classmethod_owner(ts, d, obj, type);
    return owner ? kri_builtin_new(ts, d->d.method, KR_OBJ(owner), NULL) : NULL;
}

static KrObject *classmethod_descr_call(KrThread *ts, KrObject *callable,
                                        KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    KrDescr *d = (KrDescr *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "descriptor '%U' of '%s' object needs an argument", d->name,
                              kri_type_name(d->type));
    if (!classmethod_owner(ts, d, NULL, args[0]))
        return NULL;
    return call_def(ts, callable, d->d.method, args[0], args + 1, (size_t)(nargs - 1),
                    kwnames);
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
    .members = descr_members,
    .getsets = method_descr_getsets,
};

KrObject *kri_descr_new_method(KrThread *ts, KrType *type, const KrMethodDef *def)
{
    if (def->flags & KR_METH_STATIC)
        return kri_builtin_new(ts, def, KR_OBJ(type), NULL);
    KrType *dt = def->flags & KR_METH_CLASS ? &kr_classmethod_descr_type : &kr_method_descr_type;
    KrObject *d = descr_new(ts, dt, type, def->name);
    if (d)
        ((KrDescr *)d)->d.method = def;
    return d;
}

/* ---- member descriptors ---- */

bool kri_member_descr_slot(const KrObject *descr, size_t *offset)
{
    if (descr->ob_type != &kr_member_descr_type)
        return false;
    const KrMemberDef *m = ((const KrDescr *)descr)->d.member;
    *offset = m->offset;
    return m->type == KR_MEMBER_OBJECT_EX && !m->readonly;
}

static KrObject *member_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj) < 0)
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
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       kri_type_name(obj->ob_type), d->name);
        kri_exc_set_name_obj(ts->exc, d->name, obj);
        return NULL;
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
    if (descr_check(ts, d, obj) < 0)
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
        /* CPython's message here is the bare name */
        kri_err_set_object(ts, &kr_exc_AttributeError, d->name);
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

static KrObject *member_get_doc(KrThread *ts, KrObject *o, void *closure)
{
    const char *doc = ((KrDescr *)o)->d.member->doc;
    return doc ? kri_str_from_cstr(ts, doc) : KR_NONE;
}

static const KrGetSetDef member_getsets[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

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
    .methods = descr_methods,
    .members = descr_members,
    .getsets = member_getsets,
};

KrObject *kri_descr_new_member(KrThread *ts, KrType *type, const KrMemberDef *def)
{
    KrObject *d = descr_new(ts, &kr_member_descr_type, type, def->name);
    if (d)
        ((KrDescr *)d)->d.member = def;
    return d;
}

/* ---- getset descriptors ---- */

static KrObject *getset_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrDescr *d = (KrDescr *)descr;
    if (!obj)
        return KR_NEWREF(descr);
    if (descr_check(ts, d, obj) < 0)
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
    if (descr_check(ts, d, obj) < 0)
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

static KrObject *getset_get_doc(KrThread *ts, KrObject *o, void *closure)
{
    const char *doc = ((KrDescr *)o)->d.getset->doc;
    return doc ? kri_str_from_cstr(ts, doc) : KR_NONE;
}

static const KrGetSetDef getset_getsets[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

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
    .members = descr_members,
    .getsets = getset_getsets,
};

KrObject *kri_descr_new_getset(KrThread *ts, KrType *type, const KrGetSetDef *def)
{
    KrObject *d = descr_new(ts, &kr_getset_descr_type, type, def->name);
    if (d)
        ((KrDescr *)d)->d.getset = def;
    return d;
}
