/* Type objects: readying static builtin types, attribute lookup along the
 * MRO, calling a type to make an instance, and the two roots `type` and
 * `object`. Class creation (the class statement, type(name, bases, dict))
 * and the slot table that connects dunder methods with C slots live in
 * type_new.c and slots.c.
 *
 * Invariant: a ready type has `mro` (a tuple starting with the type and
 * ending with object), `bases` and `dict`; every slot it left NULL that
 * its base fills is inherited. Static builtin types are readied once per
 * process, before any interpreter runs, and are immutable afterwards. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

const char *kri_type_name(const KrType *type)
{
    if (kr_type_has(type, KR_TPF_HEAPTYPE))
        return type->name; /* __name__ itself, which may contain dots */
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

KrObject *kri_type_lookup(KrThread *ts, KrType *type, KrObject *name)
{
    KrObject *mro = type->mro;
    if (!mro)
        return type->dict ? kri_dict_get_str_borrow(ts, type->dict, name) : NULL;
    ssize_t n = KR_SIZE(mro);
    for (ssize_t i = 0; i < n; i++) {
        KrType *t = (KrType *)KR_TUPLE_ITEMS(mro)[i];
        if (!t->dict)
            continue;
        KrObject *v = kri_dict_get_str_borrow(ts, t->dict, name);
        if (v)
            return v;
    }
    return NULL;
}

/* ---- readying static types ---- */

#define INHERIT(field)                                                             \
    do {                                                                           \
        if (!type->field)                                                          \
            type->field = base->field;                                             \
    } while (0)

static void inherit_slots(KrType *type, KrType *base)
{
    if (!type->basicsize)
        type->basicsize = base->basicsize;
    if (!type->itemsize)
        type->itemsize = base->itemsize;
    type->flags |= base->flags & KR_TPF_SUBCLASS_MASK;
    INHERIT(dealloc);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(repr);
    INHERIT(str);
    if (!type->hash && !type->richcompare) {
        type->hash = base->hash;
        type->richcompare = base->richcompare;
    }
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    for (int i = 0; i < KR_NB_COUNT; i++) {
        if (!type->nb[i])
            type->nb[i] = base->nb[i];
        if (!type->nb_inplace[i])
            type->nb_inplace[i] = base->nb_inplace[i];
    }
    INHERIT(nb_power);
    INHERIT(nb_inplace_power);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_absolute);
    INHERIT(nb_invert);
    INHERIT(nb_bool);
    INHERIT(nb_index);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(sq_concat);
    INHERIT(sq_repeat);
    INHERIT(sq_inplace_concat);
    INHERIT(sq_inplace_repeat);
    if (!type->sq_like)
        type->sq_like = base->sq_like;
    INHERIT(getbuffer);
    INHERIT(releasebuffer);
    INHERIT(am_await);
    INHERIT(am_aiter);
    INHERIT(am_anext);
    if (!type->dictoffset)
        type->dictoffset = base->dictoffset;
    if (!type->weaklistoffset)
        type->weaklistoffset = base->weaklistoffset;
}

static int add_to_dict(KrThread *ts, KrType *type, const char *name, KrObject *value)
{
    if (!value)
        return -1;
    KrObject *key = kri_str_intern_cstr(ts, name);
    int r = -1;
    if (key) {
        /* the first definition wins (a method may shadow a slot wrapper) */
        KrObject *old = kri_dict_get_str_borrow(ts, type->dict, key);
        r = old ? 0 : kri_dict_set(ts, type->dict, key, value);
        kr_decref(key);
    }
    kr_decref(value);
    return r;
}

static int fill_dict(KrThread *ts, KrType *type)
{
    for (const KrMethodDef *m = type->methods; m && m->name; m++)
        if (add_to_dict(ts, type, m->name, kri_descr_new_method(ts, type, m)) < 0)
            return -1;
    for (const KrMemberDef *m = type->members; m && m->name; m++)
        if (add_to_dict(ts, type, m->name, kri_descr_new_member(ts, type, m)) < 0)
            return -1;
    for (const KrGetSetDef *g = type->getsets; g && g->name; g++)
        if (add_to_dict(ts, type, g->name, kri_descr_new_getset(ts, type, g)) < 0)
            return -1;
    if (kri_slots_add_wrappers(ts, type) < 0)
        return -1;
    KrObject *doc = type->doc ? kri_str_from_cstr(ts, type->doc) : KR_NONE;
    return add_to_dict(ts, type, "__doc__", doc);
}

int kri_type_ready(KrThread *ts, KrType *type)
{
    if (kr_type_has(type, KR_TPF_READY))
        return 0;
    if (!type->base && type != &kr_object_type)
        type->base = &kr_object_type;
    KrType *base = type->base;
    if (base && kri_type_ready(ts, base) < 0)
        return -1;
    if (base)
        inherit_slots(type, base);
    ssize_t depth = 1;
    for (KrType *t = base; t; t = t->base)
        depth++;
    type->mro = kri_tuple_new(ts, depth);
    type->bases = base ? kri_tuple_pack(ts, 1, KR_OBJ(base)) : KR_NEWREF(kri_tuple_empty());
    type->dict = kri_dict_new(ts);
    if (!type->mro || !type->bases || !type->dict)
        return -1;
    ssize_t i = 0;
    for (KrType *t = type; t; t = t->base)
        KR_TUPLE_ITEMS(type->mro)[i++] = kr_incref(KR_OBJ(t));
    if (fill_dict(ts, type) < 0)
        return -1;
    type->flags |= KR_TPF_READY;
    type->version = (uint32_t)(uintptr_t)type;
    return 0;
}

/* ---- calling a type ---- */

KrObject *kri_type_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    KrType *type = (KrType *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (type == &kr_type_type && nargs == 1 && (!kwnames || KR_SIZE(kwnames) == 0))
        return KR_NEWREF(KR_OBJ(args[0]->ob_type));
    if (!type->new_)
        return kri_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances",
                              type->name);
    KrObject *obj = type->new_(ts, type, args, nargsf, kwnames);
    if (!obj || !kr_isinstance(obj, type))
        return obj;
    KrType *t = obj->ob_type;
    if (t->init && t->init(ts, obj, args, nargsf, kwnames) < 0) {
        kr_decref(obj);
        return NULL;
    }
    return obj;
}

KrObject *kri_type_generic_alloc(KrThread *ts, KrType *type, ssize_t nitems)
{
    size_t size = (size_t)type->basicsize + (size_t)nitems * (size_t)type->itemsize;
    KrObject *o = kri_object_alloc(ts, type, size);
    if (o && type->itemsize)
        KR_SIZE(o) = nitems;
    return o;
}

/* ---- the type `type` ---- */

static KrObject *type_repr(KrThread *ts, KrObject *o)
{
    KrType *t = (KrType *)o;
    if (t->module && kr_str_check(t->module) && !kri_str_eq_cstr(t->module, "builtins"))
        return kri_str_format(ts, "<class '%U.%U'>", t->module, t->qualname);
    if (kr_type_has(t, KR_TPF_HEAPTYPE) && t->qualname)
        return kri_str_format(ts, "<class '%U'>", t->qualname);
    return kri_str_format(ts, "<class '%s'>", t->name);
}

static KrObject *type_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    KrType *type = (KrType *)o, *meta = o->ob_type;
    KrObject *meta_attr = kri_type_lookup(ts, meta, name);
    KrDescrGetFn meta_get = NULL;
    if (meta_attr) {
        kr_incref(meta_attr);
        meta_get = meta_attr->ob_type->descr_get;
        if (meta_get && meta_attr->ob_type->descr_set) {
            KrObject *r = meta_get(ts, meta_attr, o, KR_OBJ(meta));
            kr_decref(meta_attr);
            return r;
        }
    }
    KrObject *attr = kri_type_lookup(ts, type, name);
    if (attr) {
        kr_incref(attr);
        kr_xdecref(meta_attr);
        KrDescrGetFn get = attr->ob_type->descr_get;
        if (get) {
            KrObject *r = get(ts, attr, NULL, o);
            kr_decref(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        KrObject *r = meta_get(ts, meta_attr, o, KR_OBJ(meta));
        kr_decref(meta_attr);
        return r;
    }
    if (meta_attr)
        return meta_attr;
    return kri_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          kri_type_name(type), name);
}

static int type_setattro(KrThread *ts, KrObject *o, KrObject *name, KrObject *value)
{
    KrType *type = (KrType *)o;
    if (!kr_type_has(type, KR_TPF_HEAPTYPE) || kr_type_has(type, KR_TPF_IMMUTABLE)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "cannot set '%U' attribute of immutable type '%s'", name,
                       kri_type_name(type));
        return -1;
    }
    KrObject *meta_attr = kri_type_lookup(ts, o->ob_type, name);
    if (meta_attr && meta_attr->ob_type->descr_set)
        return meta_attr->ob_type->descr_set(ts, meta_attr, o, value);
    int r;
    if (value) {
        r = kri_dict_set(ts, type->dict, name, value);
    } else {
        r = kri_dict_del(ts, type->dict, name);
        if (r == 0) {
            kri_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                           kri_type_name(type), name);
            r = -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0) {
        type->version = 0; /* caches see the change */
        r = kri_type_update_slot(ts, type, name);
    }
    return r;
}

static void type_dealloc(KrObject *o)
{
    KrType *t = (KrType *)o;
    KR_CLEAR(t->bases);
    KR_CLEAR(t->mro);
    KR_CLEAR(t->dict);
    KR_CLEAR(t->subclasses);
    KR_CLEAR(t->qualname);
    KR_CLEAR(t->module);
    KR_CLEAR(t->slot_names);
    if (t->base)
        kr_decref(KR_OBJ(t->base));
    free((char *)t->name);
    free((char *)t->doc);
    kri_object_free(o);
}

static int64_t identity_hash(KrThread *ts, KrObject *o)
{
    return kri_hash_pointer(o);
}

KrType kr_type_type = {
    KR_TYPE_HEADER,
    .name = "type",
    .basicsize = sizeof(KrType),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_TYPE_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = identity_hash,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = kri_type_call,
    .new_ = kri_type_new,
};

/* ---- the type `object` ---- */

static KrObject *object_repr(KrThread *ts, KrObject *o)
{
    KrType *t = o->ob_type;
    if (t->module && kr_str_check(t->module) && !kri_str_eq_cstr(t->module, "builtins"))
        return kri_str_format(ts, "<%U.%U object at %p>", t->module, t->qualname, (void *)o);
    return kri_str_format(ts, "<%s object at %p>", t->name, (void *)o);
}

static KrObject *object_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (op == KR_EQ)
        return a == b ? KR_TRUE : KR_NOTIMPLEMENTED;
    if (op == KR_NE) {
        KrType *t = a->ob_type;
        if (!t->richcompare)
            return KR_NOTIMPLEMENTED;
        KrObject *r = t->richcompare(ts, a, b, KR_EQ);
        if (r == KR_NOTIMPLEMENTED || !r)
            return r;
        int truth = kri_object_is_true(ts, r);
        kr_decref(r);
        return truth < 0 ? NULL : kr_bool(!truth);
    }
    return KR_NOTIMPLEMENTED;
}

static bool excess_args(ssize_t nargs, KrObject *kwnames)
{
    return nargs > 0 || (kwnames && KR_SIZE(kwnames) > 0);
}

static KrObject *object_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    if (excess_args(KR_NARGS(nargsf), kwnames)) {
        if (type->new_ != object_new)
            return kri_err_format(ts, &kr_exc_TypeError, "object.__new__() takes exactly one "
                                  "argument (the type to instantiate)");
        if (type->init == kr_object_type.init)
            return kri_err_format(ts, &kr_exc_TypeError, "%s() takes no arguments",
                                  kri_type_name(type));
    }
    if (kr_type_has(type, KR_TPF_ABSTRACT))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "Can't instantiate abstract class %s", kri_type_name(type));
    return kri_type_generic_alloc(ts, type, 0);
}

static int object_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames)
{
    KrType *type = self->ob_type;
    if (excess_args(KR_NARGS(nargsf), kwnames)) {
        if (type->init != object_init) {
            kri_err_set(ts, &kr_exc_TypeError, "object.__init__() takes exactly one argument "
                        "(the instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            kri_err_format(ts, &kr_exc_TypeError, "%s() takes no arguments",
                           kri_type_name(type));
            return -1;
        }
    }
    return 0;
}

static KrObject *object_get_class(KrThread *ts, KrObject *self, void *closure)
{
    return KR_NEWREF(KR_OBJ(self->ob_type));
}

static const KrGetSetDef object_getsets[] = {
    {"__class__", object_get_class, NULL, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_object_type = {
    KR_TYPE_HEADER,
    .name = "object",
    .basicsize = sizeof(KrObject),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = kri_object_free,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .hash = identity_hash,
    .richcompare = object_richcompare,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .getsets = object_getsets,
};
