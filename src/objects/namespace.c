/* types.SimpleNamespace: an object whose attributes are its keyword
 * arguments, kept in its __dict__ (made at allocation, never NULL).
 * repr lists the attributes in insertion order, and two namespaces are
 * equal when their dicts are. sys.implementation is one. */
#include <string.h>

#include "objects/objects.h"
#include "objects/namespace.h"

typedef struct KrNamespace {
    KrObject ob;
    KrObject *dict;
} KrNamespace;

static KrObject *ns_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    KrObject *o = kri_type_generic_alloc(ts, type, 0);
    if (o && !(((KrNamespace *)o)->dict = kri_dict_new(ts)))
        KR_CLEAR(o);
    return o;
}

static int ns_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                   KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs) {
        kri_err_format(ts, &kr_exc_TypeError, "no positional arguments expected");
        return -1;
    }
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (kri_dict_set(ts, ((KrNamespace *)self)->dict, KR_TUPLE_ITEMS(kwnames)[i],
                         args[nargs + i]) < 0)
            return -1;
    return 0;
}

static void ns_dealloc(KrObject *o)
{
    KR_CLEAR(((KrNamespace *)o)->dict);
    kri_object_free(o);
}

static int ns_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *d = ((KrNamespace *)o)->dict;
    return d ? visit(d, arg) : 0;
}

/* "namespace(a=1, b='x')"; a subclass shows its own name */
static KrObject *ns_repr(KrThread *ts, KrObject *self)
{
    const char *name = kr_is_type(self, &kr_namespace_type) ? "namespace"
                                                            : kri_type_name(self->ob_type);
    int busy = kri_repr_enter(ts, self);
    if (busy)
        return busy < 0 ? NULL : kri_str_format(ts, "%s(...)", name);
    KrObject *d = ((KrNamespace *)self)->dict, *key, *value;
    KrStrWriter w;
    kri_strw_init(&w);
    ssize_t pos = 0;
    bool first = true;
    if (kri_strw_utf8(ts, &w, name, (ssize_t)strlen(name)) < 0 || kri_strw_putc(ts, &w, '(') < 0)
        goto fail;
    while (kri_dict_next(d, &pos, &key, &value)) {
        if (!kr_str_check(key))
            continue;
        KrObject *r = kri_object_repr(ts, value);
        int bad = !r || (!first && kri_strw_ascii(ts, &w, ", ", 2) < 0) ||
                  kri_strw_str(ts, &w, key) < 0 || kri_strw_putc(ts, &w, '=') < 0 ||
                  kri_strw_str(ts, &w, r) < 0;
        kr_xdecref(r);
        if (bad)
            goto fail;
        first = false;
    }
    if (kri_strw_putc(ts, &w, ')') < 0)
        goto fail;
    kri_repr_leave(ts, self);
    return kri_strw_finish(ts, &w);
fail:
    kri_repr_leave(ts, self);
    kri_strw_discard(&w);
    return NULL;
}

static KrObject *ns_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kri_type_is_subtype(a->ob_type, &kr_namespace_type) ||
        !kri_type_is_subtype(b->ob_type, &kr_namespace_type))
        return KR_NOTIMPLEMENTED;
    return kri_object_richcompare(ts, ((KrNamespace *)a)->dict, ((KrNamespace *)b)->dict, op);
}

/* (type, (), dict): rebuilt by calling the type, then filling __dict__ */
static KrObject *ns_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_tuple_pack(ts, 3, (KrObject *)self->ob_type, kri_tuple_empty(),
                          ((KrNamespace *)self)->dict);
}

static KrObject *ns_get_dict(KrThread *ts, KrObject *self, void *closure)
{
    return kr_incref(((KrNamespace *)self)->dict);
}

static const KrMethodDef ns_methods[] = {
    {"__reduce__", KR_METH(ns_reduce), KR_METH_NOARGS, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef ns_getsets[] = {
    {"__dict__", ns_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_namespace_type = {
    KR_TYPE_HEADER,
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(KrNamespace),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .new_ = ns_new,
    .init = ns_init,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .hash = kri_object_hash_not_implemented,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .methods = ns_methods,
    .getsets = ns_getsets,
    .dictoffset = offsetof(KrNamespace, dict),
};

KrObject *kri_namespace_new(KrThread *ts, KrObject *dict)
{
    KrObject *o = ns_new(ts, &kr_namespace_type, NULL, 0, NULL);
    if (o && kri_dict_update(ts, ((KrNamespace *)o)->dict, dict) < 0)
        KR_CLEAR(o);
    return o;
}
