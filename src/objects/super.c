/* super: attribute lookup that starts after a given class in the MRO of
 * an object's type. super(T, obj) searches type(obj).__mro__ past T and
 * binds what it finds to obj; super(T, T2) binds to the class T2 (so
 * functions come back unbound); super(T) is unbound and binds later
 * through its own __get__. Zero-argument super() asks the VM for the
 * enclosing function's __class__ cell and first argument.
 *
 * Invariant: when obj is set, obj_type is obj itself (a subclass of
 * type) or a subclass of type that obj is an instance of. */
#include "objects/slots.h"
#include "vm/vm.h"

typedef struct KrSuper {
    KrObject ob_base;
    KrType *type;     /* owned: the class to start after, or NULL before init */
    KrObject *obj;    /* owned, or NULL (unbound) */
    KrType *obj_type; /* owned, or NULL */
} KrSuper;

static KrObject *super_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    return kri_type_generic_alloc(ts, type, 0);
}

/* The type whose MRO super searches for (type, obj); NULL + TypeError
 * when obj is neither an instance nor a subclass of [type]. */
static KrType *supercheck(KrThread *ts, KrType *type, KrObject *obj)
{
    if (kr_type_has(obj->ob_type, KR_TPF_TYPE_SUBCLASS) && kri_type_is_subtype((KrType *)obj, type))
        return (KrType *)kr_incref(obj);
    if (kr_isinstance(obj, type)) return (KrType *)kr_incref(KR_OBJ(obj->ob_type));
    KrObject *cls;
    int r = kri_object_lookup_attr(ts, obj, KR_ID(__class__), &cls);
    if (r < 0) return NULL;
    if (r > 0 && cls != KR_OBJ(obj->ob_type) && kr_type_has(cls->ob_type, KR_TPF_TYPE_SUBCLASS) &&
        kri_type_is_subtype((KrType *)cls, type))
        return (KrType *)cls;
    kr_xdecref(cls);
    kri_err_set(ts, &kr_exc_TypeError,
                "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                      KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_set(ts, &kr_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    if (nargs > 2) {
        kri_err_format(ts, &kr_exc_TypeError, "super() takes at most 2 arguments (%zd given)",
                       nargs);
        return -1;
    }
    KrType *type = NULL;
    KrObject *obj = NULL;
    if (nargs == 0) {
        /* borrowed from the running frame */
        if (kri_vm_super_args(ts, &type, &obj) < 0) return -1;
    } else {
        if (!kr_type_has(args[0]->ob_type, KR_TPF_TYPE_SUBCLASS)) {
            kri_err_format(ts, &kr_exc_TypeError, "super() argument 1 must be a type, not %s",
                           kri_type_name(args[0]->ob_type));
            return -1;
        }
        type = (KrType *)args[0];
        obj = nargs == 2 && args[1] != KR_NONE ? args[1] : NULL;
    }
    KrType *obj_type = NULL;
    if (obj && !(obj_type = supercheck(ts, type, obj))) return -1;
    KrSuper *su = (KrSuper *)self;
    KR_SETREF(su->type, (KrType *)kr_incref(KR_OBJ(type)));
    KR_SETREF(su->obj, obj ? kr_incref(obj) : NULL);
    KR_SETREF(su->obj_type, obj_type);
    return 0;
}

static void super_dealloc(KrObject *o)
{
    KrSuper *su = (KrSuper *)o;
    KR_CLEAR(su->type);
    KR_CLEAR(su->obj);
    KR_CLEAR(su->obj_type);
    kri_object_free(o);
}

static KrObject *super_getattro(KrThread *ts, KrObject *self, KrObject *name)
{
    KrSuper *su = (KrSuper *)self;
    KrType *start = su->obj_type;
    if (!start || !kr_str_check(name) || kri_str_eq(name, KR_ID(__class__)))
        return kri_object_generic_getattr(ts, self, name);
    KrObject *mro = start->mro;
    ssize_t n = mro ? KR_SIZE(mro) : 0, i = 0;
    while (i < n && KR_TUPLE_ITEMS(mro)[i] != KR_OBJ(su->type))
        i++;
    kr_incref(mro ? mro : KR_NONE); /* a __get__ below may replace start->mro */
    for (i++; i < n; i++) {
        KrType *t = (KrType *)KR_TUPLE_ITEMS(mro)[i];
        KrObject *res = t->dict ? kri_dict_get_str_borrow(ts, t->dict, name) : NULL;
        if (!res) continue;
        kr_incref(res);
        KrDescrGetFn get = res->ob_type->descr_get;
        if (get) {
            KrObject *obj = su->obj == KR_OBJ(start) ? NULL : su->obj;
            KrObject *bound = get(ts, res, obj, KR_OBJ(start));
            kr_decref(res);
            res = bound;
        }
        kr_decref(mro);
        return res;
    }
    kr_decref(mro ? mro : KR_NONE);
    return kri_object_generic_getattr(ts, self, name);
}

static KrObject *super_descr_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type)
{
    KrSuper *su = (KrSuper *)self;
    if (!obj || obj == KR_NONE || su->obj) return KR_NEWREF(self);
    KrObject *args[2] = {KR_OBJ(su->type), obj};
    return kri_call(ts, KR_OBJ(self->ob_type), args, 2, NULL);
}

static KrObject *super_repr(KrThread *ts, KrObject *self)
{
    KrSuper *su = (KrSuper *)self;
    const char *tname = su->type ? kri_type_name(su->type) : "NULL";
    if (su->obj_type)
        return kri_str_format(ts, "<super: <class '%s'>, <%s object>>", tname,
                              kri_type_name(su->obj_type));
    return kri_str_format(ts, "<super: <class '%s'>, NULL>", tname);
}

static const KrMemberDef super_members[] = {
    {"__thisclass__", KR_MEMBER_OBJECT, offsetof(KrSuper, type), true,
     "the class invoking super()"},
    {"__self__", KR_MEMBER_OBJECT, offsetof(KrSuper, obj), true,
     "the instance invoking super(); may be None"},
    {"__self_class__", KR_MEMBER_OBJECT, offsetof(KrSuper, obj_type), true,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, false, NULL},
};

KrType kr_super_type = {
    KR_TYPE_HEADER,
    .name = "super",
    .basicsize = sizeof(KrSuper),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .dealloc = super_dealloc,
    .new_ = super_new,
    .init = super_init,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .members = super_members,
};
