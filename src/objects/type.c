/* Type objects: readying static builtin types, attribute lookup along the
 * MRO, calling a type to make an instance, the type `type` (its attributes
 * and methods, the registry of subclasses) and mappingproxy, the read-only
 * view type.__dict__ gives. Class creation lives in type_new.c, the slot
 * table connecting dunder methods with C slots in slots*.c, `object` in
 * object.c.
 *
 * Invariant: a ready type has `mro` (a tuple starting with the type and
 * ending with object), `bases` and `dict`; every slot it left NULL that
 * its base fills is inherited. Static builtin types are readied once per
 * process, before any interpreter runs, and are immutable afterwards. */
#include <stdlib.h>
#include <string.h>

#include "objects/caches.h"
#include "objects/generic.h"
#include "objects/slots.h"

const char *kri_type_name(const KrType *type)
{
    if (kr_type_has(type, KR_TPF_HEAPTYPE))
        return type->name; /* __name__ itself, which may contain dots */
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

/* ---- attribute lookup and its cache ----
 * A type's `version` is valid when odd: a number handed out once per
 * interpreter (KrInterp.next_version), so a cache keyed by it can never
 * confuse two types, even one freed and another made at its address.
 * Even values (0 after a change, or the address type_new.c stores) mean
 * "not given yet". Any change to a type's dict or MRO resets the version
 * of the type and of its subclasses (invalidate_versions), so an entry
 * {version, name} -> value stays true while the version lives. The cache
 * belongs to one thread and its values are borrowed from the types'
 * dicts, valid exactly while the version matches. Only interned names
 * are cached: they live as long as the interpreter, so a name pointer is
 * never reused by another string. */
#define TYPE_CACHE_BITS 12

typedef struct KrTypeCacheEntry {
    uint32_t version;
    KrObject *name;  /* interned str */
    KrObject *value; /* borrowed; NULL: the name is not on the MRO */
} KrTypeCacheEntry;

struct KrTypeCache {
    KrTypeCacheEntry entries[1 << TYPE_CACHE_BITS];
};

uint32_t kri_type_version(KrThread *ts, KrType *type)
{
    uint32_t v = type->version;
    if (v & 1)
        return v;
    if (!kr_type_has(type, KR_TPF_READY) || !type->mro)
        return 0;
    KrInterp *interp = ts->interp;
    if (interp->next_version >= UINT32_MAX >> 1)
        return 0; /* versions ran out: no more caching, still correct */
    v = ++interp->next_version << 1 | 1;
    type->version = v;
    return v;
}

static KrObject *type_lookup_uncached(KrThread *ts, KrType *type, KrObject *name)
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

KrObject *kri_type_lookup(KrThread *ts, KrType *type, KrObject *name)
{
    if (!ts || !kr_is_type(name, &kr_str_type) || !KR_STR(name)->interned)
        return type_lookup_uncached(ts, type, name);
    struct KrTypeCache *cache = ts->type_cache;
    if (!cache) {
        cache = ts->type_cache = calloc(1, sizeof *cache);
        if (!cache)
            return type_lookup_uncached(ts, type, name);
    }
    uint32_t version = kri_type_version(ts, type);
    if (!version)
        return type_lookup_uncached(ts, type, name);
    size_t h = ((uintptr_t)name >> 4 ^ version * 2654435761u) & ((1u << TYPE_CACHE_BITS) - 1);
    KrTypeCacheEntry *e = &cache->entries[h];
    if (e->version == version && e->name == name)
        return e->value;
    KrObject *v = type_lookup_uncached(ts, type, name);
    /* a key's __eq__ may have changed the type meanwhile */
    if (type->version == version && !ts->exc) {
        e->version = version;
        e->name = name;
        e->value = v;
    }
    return v;
}

/* ---- readying static types ---- */

#define INHERIT(field)                                                             \
    do {                                                                           \
        if (!type->field)                                                          \
            type->field = base->field;                                             \
    } while (0)

void kri_type_inherit_slots(KrType *type, KrType *base)
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
        kri_type_inherit_slots(type, base);
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
    /* object.__subclasses__() lists the builtin types too */
    if (base && kri_type_add_subclass(ts, base, type) < 0)
        return -1;
    type->flags |= KR_TPF_READY;
    type->version = 0; /* given on first use (kri_type_version) */
    return 0;
}

/* ---- calling a type ---- */

KrObject *kri_type_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    KrType *type = (KrType *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (type == &kr_type_type) {
        if (nargs == 1 && (!kwnames || KR_SIZE(kwnames) == 0))
            return KR_NEWREF(KR_OBJ(args[0]->ob_type));
        if (nargs != 3)
            return kri_err_format(ts, &kr_exc_TypeError, "type() takes 1 or 3 arguments");
    }
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
    if (type->itemsize) /* a negative dictoffset counts from the aligned end */
        size = (size + sizeof(KrObject *) - 1) & ~(sizeof(KrObject *) - 1);
    KrObject *o = kri_object_alloc(ts, type, size);
    if (o && type->itemsize)
        KR_SIZE(o) = nitems;
    return o;
}

/* ---- subclass registry ----
 * [subclasses] maps the address of each live direct subclass (an int) to
 * None: it does not keep the subclasses alive (CPython uses weak
 * references); a heap type removes itself when it dies. */

static KrObject *address_key(KrThread *ts, const KrType *t)
{
    return kri_int_from_u64(ts, (uint64_t)(uintptr_t)t);
}

int kri_type_add_subclass(KrThread *ts, KrType *base, KrType *sub)
{
    if (!base->subclasses && !(base->subclasses = kri_dict_new(ts)))
        return -1;
    KrObject *key = address_key(ts, sub);
    int r = key ? kri_dict_set(ts, base->subclasses, key, KR_NONE) : -1;
    kr_xdecref(key);
    return r;
}

void kri_type_remove_subclass(KrThread *ts, KrType *base, KrType *sub)
{
    if (!base->subclasses)
        return;
    KrObject *saved = kri_err_fetch(ts);
    KrObject *key = address_key(ts, sub);
    if (!key || kri_dict_del(ts, base->subclasses, key) < 0)
        kri_err_clear(ts);
    kr_xdecref(key);
    if (saved)
        kri_err_raise_steal(ts, saved);
}

static KrObject *type_subclasses(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrType *t = (KrType *)self;
    KrObject *list = kri_list_new(ts, 0);
    ssize_t pos = 0;
    KrObject *key, *value;
    while (list && t->subclasses && kri_dict_next(t->subclasses, &pos, &key, &value)) {
        int64_t addr;
        if (kri_int_to_i64(key, &addr) &&
            kri_list_append(ts, list, (KrObject *)(uintptr_t)addr) < 0)
            KR_CLEAR(list);
    }
    return list;
}

int kri_type_clear(KrThread *ts, KrObject *o)
{
    KrType *t = (KrType *)o;
    if (!kr_type_has(t, KR_TPF_HEAPTYPE))
        return 0;
    KR_CLEAR(t->mro);
    if (t->dict)
        kri_dict_clear(t->dict);
    return 0;
}

/* ---- the type `type` ---- */

static KrObject *type_repr(KrThread *ts, KrObject *o)
{
    KrType *t = (KrType *)o;
    KrObject *qual = t->qualname;
    if (t->module && kr_str_check(t->module) && !kri_str_eq_cstr(t->module, "builtins"))
        return qual ? kri_str_format(ts, "<class '%U.%U'>", t->module, qual)
                    : kri_str_format(ts, "<class '%U.%s'>", t->module, kri_type_name(t));
    if (kr_type_has(t, KR_TPF_HEAPTYPE) && qual)
        return kri_str_format(ts, "<class '%U'>", qual);
    return kri_str_format(ts, "<class '%s'>", t->name);
}

static KrObject *type_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    KrType *type = (KrType *)o, *meta = o->ob_type;
    if (!kr_str_check(name))
        return kri_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                              kri_type_name(name->ob_type));
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
    kri_object_no_attribute(ts, o, name);
    return NULL;
}

/* Caches keyed by type version must not trust [type] or its subclasses
 * after one of its attributes changed. */
static void invalidate_versions(KrType *type, int depth)
{
    type->version = 0;
    ssize_t pos = 0;
    KrObject *key, *value;
    while (depth < 1000 && type->subclasses &&
           kri_dict_next(type->subclasses, &pos, &key, &value)) {
        int64_t addr;
        if (kri_int_to_i64(key, &addr))
            invalidate_versions((KrType *)(uintptr_t)addr, depth + 1);
    }
}

void kri_type_modified(KrType *type)
{
    invalidate_versions(type, 0);
}

static int type_setattro(KrThread *ts, KrObject *o, KrObject *name, KrObject *value)
{
    KrType *type = (KrType *)o;
    if (!kr_str_check(name)) {
        kri_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                       kri_type_name(name->ob_type));
        return -1;
    }
    if (!kr_type_has(type, KR_TPF_HEAPTYPE) || kr_type_has(type, KR_TPF_IMMUTABLE)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "cannot set %R attribute of immutable type '%s'", name, type->name);
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
            kri_object_no_attribute(ts, o, name);
            r = -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0) {
        invalidate_versions(type, 0);
        r = kri_type_update_slot(ts, type, name);
    }
    return r;
}

static void type_dealloc(KrObject *o)
{
    KrType *t = (KrType *)o;
    KrThread *ts = kri_thread_current();
    if (ts && t->bases && kr_type_has(t, KR_TPF_HEAPTYPE))
        for (ssize_t i = 0; i < KR_SIZE(t->bases); i++)
            kri_type_remove_subclass(ts, (KrType *)KR_TUPLE_ITEMS(t->bases)[i], t);
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
    free((KrMemberDef *)t->members);
    kri_object_free(o);
}

static int type_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                     KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs == 1 && kwnames && KR_SIZE(kwnames)) {
        kri_err_set(ts, &kr_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        kri_err_set(ts, &kr_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* ---- type attributes ---- */

static int heap_str_value(KrThread *ts, KrType *t, KrObject *value, const char *what)
{
    if (!kr_type_has(t, KR_TPF_HEAPTYPE)) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot set '%s' attribute of immutable type "
                       "'%s'", what, t->name);
        return -1;
    }
    if (!value) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot delete '%s' attribute of immutable type "
                       "'%s'", what, kri_type_name(t));
        return -1;
    }
    if (!kr_str_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError, "can only assign string to %s.%s, not '%s'",
                       kri_type_name(t), what, kri_type_name(value->ob_type));
        return -1;
    }
    return 0;
}

static KrObject *type_get_name(KrThread *ts, KrObject *o, void *c)
{
    return kri_str_from_cstr(ts, kri_type_name((KrType *)o));
}

static int type_set_name(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    KrType *t = (KrType *)o;
    if (heap_str_value(ts, t, value, "__name__") < 0)
        return -1;
    ssize_t len;
    const char *u = kri_str_utf8(ts, value, &len);
    if (!u)
        return -1;
    if ((ssize_t)strlen(u) != len) {
        kri_err_set(ts, &kr_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *copy = malloc((size_t)len + 1);
    if (!copy) {
        kri_err_no_memory(ts);
        return -1;
    }
    memcpy(copy, u, (size_t)len + 1);
    free((char *)t->name);
    t->name = copy;
    return 0;
}

static KrObject *type_get_qualname(KrThread *ts, KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    if (kr_type_has(t, KR_TPF_HEAPTYPE) && t->qualname)
        return KR_NEWREF(t->qualname);
    return type_get_name(ts, o, c);
}

static int type_set_qualname(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    KrType *t = (KrType *)o;
    if (heap_str_value(ts, t, value, "__qualname__") < 0)
        return -1;
    KR_SETREF(t->qualname, kr_incref(value));
    return 0;
}

static KrObject *type_get_bases(KrThread *ts, KrObject *o, void *c)
{
    return KR_NEWREF(((KrType *)o)->bases);
}

static int type_set_bases(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    return kri_type_set_bases(ts, (KrType *)o, value);
}

static KrObject *type_get_base(KrThread *ts, KrObject *o, void *c)
{
    KrType *b = ((KrType *)o)->base;
    return KR_NEWREF(b ? KR_OBJ(b) : KR_NONE);
}

static KrObject *type_get_mro(KrThread *ts, KrObject *o, void *c)
{
    KrObject *mro = ((KrType *)o)->mro;
    return KR_NEWREF(mro ? mro : KR_NONE);
}

static KrObject *type_get_dict(KrThread *ts, KrObject *o, void *c)
{
    return kri_mappingproxy_new(ts, ((KrType *)o)->dict);
}

static KrObject *type_get_doc(KrThread *ts, KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    KrObject *doc = t->dict ? kri_dict_get_str_borrow(ts, t->dict, KR_ID(__doc__)) : NULL;
    if (!doc)
        return kri_err_occurred(ts) ? NULL : KR_NONE;
    if (doc->ob_type->descr_get)
        return doc->ob_type->descr_get(ts, doc, NULL, o);
    return KR_NEWREF(doc);
}

static int type_set_in_dict(KrThread *ts, KrType *t, KrObject *name, KrObject *value)
{
    if (!kr_type_has(t, KR_TPF_HEAPTYPE)) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot set '%U' attribute of immutable type "
                       "'%s'", name, t->name);
        return -1;
    }
    if (!value) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot delete '%U' attribute of immutable type "
                       "'%s'", name, kri_type_name(t));
        return -1;
    }
    invalidate_versions(t, 0);
    return kri_dict_set(ts, t->dict, name, value);
}

static int type_set_doc(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    return type_set_in_dict(ts, (KrType *)o, KR_ID(__doc__), value);
}

static KrObject *type_get_module(KrThread *ts, KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    if (kr_type_has(t, KR_TPF_HEAPTYPE)) {
        KrObject *m = kri_dict_get_str_borrow(ts, t->dict, KR_ID(__module__));
        if (!m)
            return kri_err_occurred(ts) ? NULL
                                        : kri_err_format(ts, &kr_exc_AttributeError, "__module__");
        return KR_NEWREF(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (!dot)
        return KR_NEWREF(KR_ID(builtins));
    return kri_str_from_utf8(ts, t->name, dot - t->name);
}

static int type_set_module(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    KrType *t = (KrType *)o;
    if (type_set_in_dict(ts, t, KR_ID(__module__), value) < 0)
        return -1;
    KR_SETREF(t->module, kr_incref(value));
    return 0;
}

static KrObject *type_get_abstract(KrThread *ts, KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    KrObject *v = t != &kr_type_type && t->dict
                      ? kri_dict_get_cstr_borrow(ts, t->dict, "__abstractmethods__")
                      : NULL;
    if (!v)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_AttributeError,
                                                     "__abstractmethods__");
    return KR_NEWREF(v);
}

static int type_set_abstract(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    KrType *t = (KrType *)o;
    KrObject *key = kri_str_intern_cstr(ts, "__abstractmethods__");
    if (!key)
        return -1;
    int r, truth = 0;
    if (value) {
        truth = kri_object_is_true(ts, value);
        r = truth < 0 ? -1 : kri_dict_set(ts, t->dict, key, value);
    } else {
        r = kri_dict_del(ts, t->dict, key);
        if (r == 0)
            kri_err_set_object(ts, &kr_exc_AttributeError, key);
        r = r > 0 ? 0 : -1;
    }
    kr_decref(key);
    invalidate_versions(t, 0);
    if (r == 0)
        t->flags = truth ? t->flags | KR_TPF_ABSTRACT : t->flags & ~(uint32_t)KR_TPF_ABSTRACT;
    return r;
}

static const KrGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef type_members[] = {
    {"__basicsize__", KR_MEMBER_SSIZE, offsetof(KrType, basicsize), true, NULL},
    {"__itemsize__", KR_MEMBER_SSIZE, offsetof(KrType, itemsize), true, NULL},
    {"__flags__", KR_MEMBER_UINT32, offsetof(KrType, flags), true, NULL},
    {"__dictoffset__", KR_MEMBER_SSIZE, offsetof(KrType, dictoffset), true, NULL},
    {"__weakrefoffset__", KR_MEMBER_SSIZE, offsetof(KrType, weaklistoffset), true, NULL},
    {NULL, 0, 0, false, NULL},
};

/* ---- type methods ---- */

static KrObject *type_mro(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrType *t = (KrType *)self;
    KrObject *mro = kr_type_has(t, KR_TPF_HEAPTYPE) ? kri_type_new_mro(ts, t)
                                                    : KR_NEWREF(t->mro);
    if (!mro)
        return NULL;
    KrObject *list = kri_sequence_list(ts, mro);
    kr_decref(mro);
    return list;
}

static KrObject *type_instancecheck(KrThread *ts, KrObject *self, KrObject *inst)
{
    int r = kri_object_real_isinstance(ts, inst, self);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *type_subclasscheck(KrThread *ts, KrObject *self, KrObject *sub)
{
    int r = kri_object_real_issubclass(ts, sub, self);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *type_prepare(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    return kri_dict_new(ts);
}

static KrObject *type_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_ssize(ts, self->ob_type->basicsize);
}

static KrObject *type_dir(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *names = kri_dict_new(ts);
    KrObject *mro = ((KrType *)self)->mro;
    for (ssize_t i = 0; names && mro && i < KR_SIZE(mro); i++) {
        KrObject *d = ((KrType *)KR_TUPLE_ITEMS(mro)[i])->dict;
        if (d && kri_dict_merge(ts, names, d, 1) < 0)
            KR_CLEAR(names);
    }
    if (!names)
        return NULL;
    KrObject *list = kri_dict_keys_list(ts, names);
    kr_decref(names);
    return list;
}

static const KrMethodDef type_methods[] = {
    {"mro", KR_METH(type_mro), KR_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", KR_METH(type_subclasses), KR_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", KR_METH(type_instancecheck), KR_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", KR_METH(type_subclasscheck), KR_METH_O,
     "Check if a class is a subclass."},
    {"__prepare__", KR_METH(type_prepare), KR_METH_KEYWORDS | KR_METH_CLASS,
     "Create the namespace for the class statement"},
    {"__sizeof__", KR_METH(type_sizeof), KR_METH_NOARGS,
     "Return memory consumption of the type object."},
    {"__dir__", KR_METH(type_dir), KR_METH_NOARGS, "Specialized __dir__ implementation for "
     "types."},
    {NULL, NULL, 0, NULL},
};

KrType kr_type_type = {
    KR_TYPE_HEADER,
    .name = "type",
    .basicsize = sizeof(KrType),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_TYPE_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "type(object) -> the object's type\n"
           "type(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .clear = kri_type_clear,
    .repr = type_repr,
    .hash = kri_object_identity_hash,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = kri_type_call,
    .new_ = kri_type_new,
    .init = type_init,
    .nb = {[KR_NB_OR] = kri_union_or}, /* int | str: a types.UnionType */
    .methods = type_methods,
    .members = type_members,
    .getsets = type_getsets,
    .dictoffset = offsetof(KrType, dict),
};

/* ---- mappingproxy: the read-only view type.__dict__ returns ---- */

typedef struct KrMappingProxy {
    KrObject ob_base;
    KrObject *mapping; /* owned */
} KrMappingProxy;

#define PROXIED(o) (((KrMappingProxy *)(o))->mapping)

KrObject *kri_mappingproxy_new(KrThread *ts, KrObject *mapping)
{
    KrMappingProxy *p =
        (KrMappingProxy *)kri_object_alloc(ts, &kr_mappingproxy_type, sizeof *p);
    if (p)
        p->mapping = kr_incref(mapping);
    return KR_OBJ(p);
}

static KrObject *mappingproxy_new(KrThread *ts, KrType *type, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames)
{
    if (kri_check_args(ts, "mappingproxy", KR_NARGS(nargsf), 1, 1, kwnames) < 0)
        return NULL;
    KrObject *m = args[0];
    if (!m->ob_type->getitem || kr_list_check(m) || kr_tuple_check(m))
        return kri_err_format(ts, &kr_exc_TypeError, "mappingproxy() argument must be a "
                              "mapping, not %s", kri_type_name(m->ob_type));
    return kri_mappingproxy_new(ts, m);
}

static void mappingproxy_dealloc(KrObject *o)
{
    kr_decref(PROXIED(o));
    kri_object_free(o);
}

static KrObject *mappingproxy_repr(KrThread *ts, KrObject *o)
{
    return kri_str_format(ts, "mappingproxy(%R)", PROXIED(o));
}

static KrObject *mappingproxy_str(KrThread *ts, KrObject *o)
{
    return kri_object_str(ts, PROXIED(o));
}

static ssize_t mappingproxy_len(KrThread *ts, KrObject *o)
{
    return kri_object_len(ts, PROXIED(o));
}

static KrObject *mappingproxy_getitem(KrThread *ts, KrObject *o, KrObject *key)
{
    return kri_object_getitem(ts, PROXIED(o), key);
}

static int mappingproxy_contains(KrThread *ts, KrObject *o, KrObject *key)
{
    return kri_sequence_contains(ts, PROXIED(o), key);
}

static KrObject *mappingproxy_iter(KrThread *ts, KrObject *o)
{
    return kri_object_iter(ts, PROXIED(o));
}

static KrObject *mappingproxy_compare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    return kri_object_richcompare(ts, PROXIED(a), b, op);
}

static KrObject *proxy_call(KrThread *ts, KrObject *o, const char *name, KrObject *const *args,
                            size_t nargs)
{
    KrObject *n = kri_str_intern_cstr(ts, name);
    KrObject *r = n ? kri_call_method(ts, PROXIED(o), n, args, nargs) : NULL;
    kr_xdecref(n);
    return r;
}

static KrObject *mappingproxy_keys(KrThread *ts, KrObject *o, KrObject *unused)
{
    return proxy_call(ts, o, "keys", NULL, 0);
}

static KrObject *mappingproxy_values(KrThread *ts, KrObject *o, KrObject *unused)
{
    return proxy_call(ts, o, "values", NULL, 0);
}

static KrObject *mappingproxy_items(KrThread *ts, KrObject *o, KrObject *unused)
{
    return proxy_call(ts, o, "items", NULL, 0);
}

static KrObject *mappingproxy_copy(KrThread *ts, KrObject *o, KrObject *unused)
{
    return proxy_call(ts, o, "copy", NULL, 0);
}

static KrObject *mappingproxy_get(KrThread *ts, KrObject *o, KrObject *const *args,
                                  ssize_t nargs)
{
    if (kri_check_args(ts, "get", nargs, 1, 2, NULL) < 0)
        return NULL;
    return proxy_call(ts, o, "get", args, (size_t)nargs);
}

static const KrMethodDef mappingproxy_methods[] = {
    {"keys", KR_METH(mappingproxy_keys), KR_METH_NOARGS, NULL},
    {"values", KR_METH(mappingproxy_values), KR_METH_NOARGS, NULL},
    {"items", KR_METH(mappingproxy_items), KR_METH_NOARGS, NULL},
    {"copy", KR_METH(mappingproxy_copy), KR_METH_NOARGS, NULL},
    {"get", KR_METH(mappingproxy_get), KR_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

KrType kr_mappingproxy_type = {
    KR_TYPE_HEADER,
    .name = "mappingproxy",
    .basicsize = sizeof(KrMappingProxy),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_MAPPING,
    .dealloc = mappingproxy_dealloc,
    .new_ = mappingproxy_new,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .hash = kri_object_hash_not_implemented,
    .richcompare = mappingproxy_compare,
    .getattro = kri_object_generic_getattr,
    .iter = mappingproxy_iter,
    .len = mappingproxy_len,
    .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains,
    .methods = mappingproxy_methods,
};
