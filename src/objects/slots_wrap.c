/* Slot wrappers: the Python-visible face of a static type's C slots.
 * `int.__add__` is a wrapper_descriptor naming the type, the slot table
 * entry and the C function the slot held when the type was readied;
 * `(1).__add__` binds it into a method-wrapper. Each entry of the slot
 * table names one of the wrap_* adapters below, which unpack Python
 * arguments into the slot's C signature and turn its C result back into
 * an object (a length into an int, a truth value into a bool, an
 * exhausted iterator into StopIteration).
 *
 * Invariant: a wrapper descriptor's type outlives it (it lives in that
 * type's dict), so the type pointer is borrowed. */
#include <string.h>

#include "objects/slots.h"

typedef struct KrWrapperDescr {
    KrObject ob_base;
    KrType *type; /* borrowed: the type whose dict holds this wrapper */
    const KrSlotDef *def;
    void (*wrapped)(void); /* the slot's function when the type was readied */
    KrObject *name;        /* owned, interned */
} KrWrapperDescr;

typedef struct KrMethodWrapper {
    KrObject ob_base;
    KrWrapperDescr *descr; /* owned */
    KrObject *self;        /* owned */
} KrMethodWrapper;

/* ---- argument checks ---- */

static int check_nargs(KrThread *ts, ssize_t nargs, ssize_t want)
{
    if (nargs == want) return 0;
    kri_err_format(ts, &kr_exc_TypeError, "expected %zd argument%s, got %zd", want,
                   want == 1 ? "" : "s", nargs);
    return -1;
}

static int check_name(KrThread *ts, KrObject *name)
{
    if (kr_str_check(name)) return 0;
    kri_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                   kri_type_name(name->ob_type));
    return -1;
}

/* ---- the adapters (one per slot signature) ---- */

#define WRAP(name)                                                                                 \
    KrObject *name(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs,             \
                   KrObject *kwnames, void (*fn)(void), const KrSlotDef *def)

WRAP(kri_slots_wrap_unary)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    return ((KrUnaryFn)fn)(ts, self);
}

WRAP(kri_slots_wrap_binary_l)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrBinaryFn)fn)(ts, self, args[0]);
}

WRAP(kri_slots_wrap_binary_r)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrBinaryFn)fn)(ts, args[0], self);
}

/* __pow__(value, mod=None): the three-argument form goes to nb_power. */
WRAP(kri_slots_wrap_pow)
{
    if (nargs == 2 && args[1] != KR_NONE) {
        KrTernaryFn tern = self->ob_type->nb_power;
        for (KrType *t = self->ob_type; t; t = t->base)
            if (!kr_type_has(t, KR_TPF_HEAPTYPE)) {
                tern = t->nb_power; /* the static type's own, not a Python override */
                break;
            }
        if (!tern) return KR_NEWREF(KR_NOTIMPLEMENTED);
        return tern(ts, self, args[0], args[1]);
    }
    if (nargs != 2 && check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrBinaryFn)fn)(ts, self, args[0]);
}

WRAP(kri_slots_wrap_richcmp)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrCompareFn)fn)(ts, self, args[0], def->op);
}

WRAP(kri_slots_wrap_len)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    ssize_t n = ((KrLenFn)fn)(ts, self);
    return n < 0 ? NULL : kri_int_from_ssize(ts, n);
}

WRAP(kri_slots_wrap_hash)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    int64_t h = ((KrHashFn)fn)(ts, self);
    return h == -1 ? NULL : kri_int_from_i64(ts, h);
}

WRAP(kri_slots_wrap_inquiry)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    int r = ((KrInquiryFn)fn)(ts, self);
    return r < 0 ? NULL : kr_bool(r);
}

WRAP(kri_slots_wrap_contains)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    int r = ((KrContainsFn)fn)(ts, self, args[0]);
    return r < 0 ? NULL : kr_bool(r);
}

/* __call__ and __init__ take keywords; the rest refuse them earlier. */
WRAP(kri_slots_wrap_call)
{
    return ((KrVectorFn)fn)(ts, self, args, (size_t)nargs, kwnames);
}

WRAP(kri_slots_wrap_init)
{
    if (((KrInitFn)fn)(ts, self, args, (size_t)nargs, kwnames) < 0) return NULL;
    return KR_NONE;
}

WRAP(kri_slots_wrap_next)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    KrObject *r = ((KrIterNextFn)fn)(ts, self);
    if (!r && !kri_err_occurred(ts)) kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
    return r;
}

WRAP(kri_slots_wrap_getattr)
{
    if (check_nargs(ts, nargs, 1) < 0 || check_name(ts, args[0]) < 0) return NULL;
    return ((KrGetattrFn)fn)(ts, self, args[0]);
}

/* object.__setattr__(some_class, ...) must not skip type's own setattr:
 * below the Python classes (whose slot is the generic dispatcher), the
 * first type in self's chain must be using the wrapped function. */
static int setattr_applies(KrThread *ts, KrObject *self, void (*fn)(void), const KrSlotDef *def,
                           const char *what)
{
    KrType *t = self->ob_type;
    while (t && (void (*)(void))t->setattro == def->generic)
        t = t->base;
    if (!t || (void (*)(void))t->setattro == fn)
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "can't apply this %s to %s object", what,
                   self->ob_type->name);
    return -1;
}

WRAP(kri_slots_wrap_setattr)
{
    if (check_nargs(ts, nargs, 2) < 0 || check_name(ts, args[0]) < 0 ||
        setattr_applies(ts, self, fn, def, "__setattr__") < 0)
        return NULL;
    return ((KrSetattrFn)fn)(ts, self, args[0], args[1]) < 0 ? NULL : KR_NONE;
}

WRAP(kri_slots_wrap_delattr)
{
    if (check_nargs(ts, nargs, 1) < 0 || check_name(ts, args[0]) < 0 ||
        setattr_applies(ts, self, fn, def, "__delattr__") < 0)
        return NULL;
    return ((KrSetattrFn)fn)(ts, self, args[0], NULL) < 0 ? NULL : KR_NONE;
}

WRAP(kri_slots_wrap_setitem)
{
    if (check_nargs(ts, nargs, 2) < 0) return NULL;
    return ((KrSetitemFn)fn)(ts, self, args[0], args[1]) < 0 ? NULL : KR_NONE;
}

WRAP(kri_slots_wrap_delitem)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrSetitemFn)fn)(ts, self, args[0], NULL) < 0 ? NULL : KR_NONE;
}

WRAP(kri_slots_wrap_descr_get)
{
    if (nargs != 2 && check_nargs(ts, nargs, 1) < 0) return NULL;
    KrObject *obj = args[0] == KR_NONE ? NULL : args[0];
    KrObject *type = nargs == 2 && args[1] != KR_NONE ? args[1] : NULL;
    if (!obj && !type)
        return kri_err_format(ts, &kr_exc_TypeError, "__get__(None, None) is invalid");
    return ((KrDescrGetFn)fn)(ts, self, obj, type);
}

WRAP(kri_slots_wrap_descr_set)
{
    if (check_nargs(ts, nargs, 2) < 0) return NULL;
    return ((KrDescrSetFn)fn)(ts, self, args[0], args[1]) < 0 ? NULL : KR_NONE;
}

WRAP(kri_slots_wrap_descr_delete)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    return ((KrDescrSetFn)fn)(ts, self, args[0], NULL) < 0 ? NULL : KR_NONE;
}

/* sq_repeat as __mul__ / __rmul__: the count must be an index. */
WRAP(kri_slots_wrap_repeat)
{
    if (check_nargs(ts, nargs, 1) < 0) return NULL;
    ssize_t n = kri_number_as_ssize(ts, args[0], &kr_exc_OverflowError);
    if (n == -1 && kri_err_occurred(ts)) return NULL;
    return ((KrRepeatFn)fn)(ts, self, n);
}

WRAP(kri_slots_wrap_del)
{
    if (check_nargs(ts, nargs, 0) < 0) return NULL;
    ((KrFinalizeFn)fn)(ts, self);
    return kri_err_occurred(ts) ? NULL : KR_NONE;
}

/* ---- wrapper_descriptor ---- */

static KrObject *call_wrapper(KrThread *ts, KrWrapperDescr *d, KrObject *self,
                              KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (!d->def->keywords && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "wrapper %U() takes no keyword arguments",
                              d->name);
    return d->def->wrap(ts, self, args, nargs, kwnames, d->wrapped, d->def);
}

static int check_self(KrThread *ts, KrWrapperDescr *d, KrObject *self)
{
    if (kr_isinstance(self, d->type)) return 0;
    kri_err_format(ts, &kr_exc_TypeError,
                   "descriptor '%U' requires a '%s' object but "
                   "received a '%s'",
                   d->name, kri_type_name(d->type), kri_type_name(self->ob_type));
    return -1;
}

static KrObject *wrapper_descr_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                                    size_t nargsf, KrObject *kwnames)
{
    KrWrapperDescr *d = (KrWrapperDescr *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "descriptor '%U' of '%s' object needs an "
                              "argument",
                              d->name, kri_type_name(d->type));
    if (check_self(ts, d, args[0]) < 0) return NULL;
    return call_wrapper(ts, d, args[0], args + 1, nargs - 1, kwnames);
}

static KrObject *wrapper_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    KrWrapperDescr *d = (KrWrapperDescr *)descr;
    if (!obj) return KR_NEWREF(descr);
    if (check_self(ts, d, obj) < 0) return NULL;
    KrMethodWrapper *w =
        (KrMethodWrapper *)kri_object_alloc(ts, &kr_method_wrapper_type, sizeof *w);
    if (!w) return NULL;
    w->descr = (KrWrapperDescr *)kr_incref(descr);
    w->self = kr_incref(obj);
    return KR_OBJ(w);
}

static void wrapper_descr_dealloc(KrObject *o)
{
    kr_xdecref(((KrWrapperDescr *)o)->name);
    kri_object_free(o);
}

static KrObject *wrapper_descr_repr(KrThread *ts, KrObject *o)
{
    KrWrapperDescr *d = (KrWrapperDescr *)o;
    return kri_str_format(ts, "<slot wrapper '%U' of '%s' objects>", d->name,
                          kri_type_name(d->type));
}

/* The getsets below serve both types: [o] is a wrapper descriptor or a
 * method-wrapper, told apart by its type. */
static KrWrapperDescr *descr_of(KrObject *o)
{
    if (kr_is_type(o, &kr_method_wrapper_type)) return ((KrMethodWrapper *)o)->descr;
    return (KrWrapperDescr *)o;
}

static KrObject *wrapper_get_name(KrThread *ts, KrObject *o, void *closure)
{
    return KR_NEWREF(descr_of(o)->name);
}

static KrObject *wrapper_get_qualname(KrThread *ts, KrObject *o, void *closure)
{
    KrWrapperDescr *d = descr_of(o);
    return kri_str_format(ts, "%s.%U", kri_type_name(d->type), d->name);
}

static KrObject *wrapper_get_objclass(KrThread *ts, KrObject *o, void *closure)
{
    return KR_NEWREF(KR_OBJ(descr_of(o)->type));
}

static KrObject *wrapper_get_doc(KrThread *ts, KrObject *o, void *closure)
{
    const char *doc = descr_of(o)->def->doc;
    return doc ? kri_str_from_cstr(ts, doc) : KR_NONE;
}

static KrObject *wrapper_get_self(KrThread *ts, KrObject *o, void *closure)
{
    return KR_NEWREF(((KrMethodWrapper *)o)->self);
}

static const KrGetSetDef wrapper_descr_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_wrapper_descr_type = {
    KR_TYPE_HEADER,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(KrWrapperDescr),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_METHOD_DESCR,
    .dealloc = wrapper_descr_dealloc,
    .repr = wrapper_descr_repr,
    .getattro = kri_object_generic_getattr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

/* ---- method-wrapper ---- */

static KrObject *method_wrapper_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames)
{
    KrMethodWrapper *w = (KrMethodWrapper *)callable;
    return call_wrapper(ts, w->descr, w->self, args, KR_NARGS(nargsf), kwnames);
}

static void method_wrapper_dealloc(KrObject *o)
{
    KrMethodWrapper *w = (KrMethodWrapper *)o;
    kr_decref(KR_OBJ(w->descr));
    kr_decref(w->self);
    kri_object_free(o);
}

static KrObject *method_wrapper_repr(KrThread *ts, KrObject *o)
{
    KrMethodWrapper *w = (KrMethodWrapper *)o;
    return kri_str_format(ts, "<method-wrapper '%U' of %s object at %p>", w->descr->name,
                          kri_type_name(w->self->ob_type), (void *)w->self);
}

static KrObject *method_wrapper_compare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_method_wrapper_type))
        return KR_NOTIMPLEMENTED;
    KrMethodWrapper *x = (KrMethodWrapper *)a, *y = (KrMethodWrapper *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return kr_bool(op == KR_EQ ? eq : !eq);
}

static int64_t method_wrapper_hash(KrThread *ts, KrObject *o)
{
    KrMethodWrapper *w = (KrMethodWrapper *)o;
    int64_t h = kri_hash_pointer(w->self) ^ kri_hash_pointer(KR_OBJ(w->descr));
    return h == -1 ? -2 : h;
}

static const KrGetSetDef method_wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {"__self__", wrapper_get_self, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_method_wrapper_type = {
    KR_TYPE_HEADER,
    .name = "method-wrapper",
    .basicsize = sizeof(KrMethodWrapper),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .richcompare = method_wrapper_compare,
    .hash = method_wrapper_hash,
    .getattro = kri_object_generic_getattr,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

/* ---- filling a static type's dict ---- */

static void (*slot_value(const KrType *type, size_t offset))(void)
{
    void (*fn)(void);
    memcpy(&fn, (const char *)type + offset, sizeof fn);
    return fn;
}

KrObject *kri_slots_wrapper_new(KrThread *ts, KrType *type, const KrSlotDef *def)
{
    KrWrapperDescr *d = (KrWrapperDescr *)kri_object_alloc(ts, &kr_wrapper_descr_type, sizeof *d);
    if (!d) return NULL;
    d->type = type;
    d->def = def;
    d->wrapped = slot_value(type, def->offset);
    d->name = kri_str_intern_cstr(ts, def->name);
    if (!d->name) {
        kr_decref(KR_OBJ(d));
        return NULL;
    }
    return KR_OBJ(d);
}

bool kri_slots_wrapper_info(const KrObject *o, const KrSlotDef **def, void (**fn)(void),
                            KrType **type)
{
    if (!kr_is_type(o, &kr_wrapper_descr_type)) return false;
    const KrWrapperDescr *d = (const KrWrapperDescr *)o;
    *def = d->def;
    *fn = d->wrapped;
    *type = d->type;
    return true;
}

/* Whether [type] filled the slot itself rather than inheriting it: only
 * then does its dict get the wrapper (bool.__add__ is int's). */
static bool own_slot(const KrType *type, size_t offset)
{
    void (*fn)(void) = slot_value(type, offset);
    if (!fn) return false;
    return !type->base || slot_value(type->base, offset) != fn;
}

static int set_if_missing(KrThread *ts, KrType *type, const char *name, KrObject *value)
{
    if (!value) return -1;
    KrObject *key = kri_str_intern_cstr(ts, name);
    int r = -1;
    if (key) {
        r = kri_dict_get_str_borrow(ts, type->dict, key) ? 0
                                                         : kri_dict_set(ts, type->dict, key, value);
        kr_decref(key);
    }
    kr_decref(value);
    return r;
}

int kri_slots_add_wrappers(KrThread *ts, KrType *type)
{
    for (const KrSlotDef *def = kri_slot_defs; def->name; def++) {
        if (!def->wrap || !own_slot(type, def->offset)) continue;
        if (def->offset == offsetof(KrType, hash) &&
            slot_value(type, def->offset) == (void (*)(void))kri_object_hash_not_implemented) {
            if (set_if_missing(ts, type, "__hash__", KR_NONE) < 0) return -1;
            continue;
        }
        if (set_if_missing(ts, type, def->name, kri_slots_wrapper_new(ts, type, def)) < 0)
            return -1;
    }
    if (!type->hash && type->richcompare && !kr_type_has(type, KR_TPF_HEAPTYPE) &&
        set_if_missing(ts, type, "__hash__", KR_NONE) < 0)
        return -1;
    if (type->new_ && (!type->base || type->base->new_ != type->new_)) {
        KrObject *fn = kri_builtin_new(ts, &kri_slots_new_def, KR_OBJ(type), NULL);
        if (set_if_missing(ts, type, "__new__", fn) < 0) return -1;
    }
    return 0;
}

/* ---- T.__new__(S, ...) for static types ---- */

/* [self] is the static type T the builtin is bound to. */
static KrObject *tp_new_wrapper(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                                KrObject *kwnames)
{
    KrType *type = (KrType *)self;
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs < 1)
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__new__(): not enough arguments",
                              kri_type_name(type));
    KrObject *arg0 = args[0];
    if (!kr_type_has(arg0->ob_type, KR_TPF_TYPE_SUBCLASS))
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                              kri_type_name(type), kri_type_name(arg0->ob_type));
    KrType *sub = (KrType *)arg0;
    if (!kri_type_is_subtype(sub, type))
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                              kri_type_name(type), kri_type_name(sub), kri_type_name(sub),
                              kri_type_name(type));
    /* The most derived static base of [sub] must use this very new_:
     * object.__new__(int) would make an int without its value. */
    KrType *staticbase = sub;
    while (staticbase &&
           (kr_type_has(staticbase, KR_TPF_HEAPTYPE) || staticbase->new_ == kri_slots_tp_new))
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_)
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                              kri_type_name(type), kri_type_name(sub), kri_type_name(staticbase));
    KrObject *r = type->new_(ts, sub, args + 1, (size_t)(nargs - 1), kwnames);
    if (r && !kr_isinstance(r, sub) && sub != type) {
        kri_err_format(ts, &kr_exc_NotImplementedError,
                       "%s.__new__ cannot make instances of subclasses yet", kri_type_name(type));
        KR_CLEAR(r);
    }
    return r;
}

const KrMethodDef kri_slots_new_def = {
    "__new__",
    KR_METH(tp_new_wrapper),
    KR_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature.",
};
