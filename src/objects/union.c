/* types.UnionType (PEP 604): what int | str evaluates to. A union holds
 * at least two arguments, flattened (a union inside a union contributes
 * its own arguments) and without duplicates (classes by identity, generic
 * aliases by equality), in the order first seen; None is stored as
 * NoneType and shown as "None". A union of one argument is that argument.
 * Equality and hashing ignore the order. isinstance() and issubclass()
 * test the arguments in order, as a tuple of classes would be tested.
 * Unions are immutable. */
#include "objects/generic.h"

typedef struct KrUnion {
    KrObject ob_base;
    KrObject *args;       /* owned: a tuple of at least two items */
    KrObject *parameters; /* owned: a tuple, or NULL until first asked for */
} KrUnion;

#define UNION(o) ((KrUnion *)(o))

KrObject *kri_union_args_borrow(KrObject *u)
{
    return UNION(u)->args;
}

/* What may stand on either side of | for a union to be made. */
static bool is_unionable(const KrObject *o)
{
    return o == KR_NONE || kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS) ||
           kri_genericalias_check(o) || kri_union_check(o);
}

/* [args] flattened: the arguments of nested unions spread in place, None
 * replaced by its type. A new list. */
static KrObject *flatten(KrThread *ts, KrObject *args)
{
    KrObject *list = kri_list_new(ts, 0);
    for (ssize_t i = 0; list && i < KR_SIZE(args); i++) {
        KrObject *arg = KR_TUPLE_ITEMS(args)[i];
        int r;
        if (kri_union_check(arg))
            r = kri_list_extend(ts, list, UNION(arg)->args);
        else
            r = kri_list_append(ts, list, arg == KR_NONE ? KR_OBJ(&kr_none_type) : arg);
        if (r < 0)
            KR_CLEAR(list);
    }
    return list;
}

/* Whether [item] is among the first [n] items of [list]: 1, 0 or -1. */
static int seen_before(KrThread *ts, KrObject *list, ssize_t n, KrObject *item)
{
    for (ssize_t j = 0; j < n; j++) {
        KrObject *other = KR_LIST_ITEMS(list)[j];
        if (other == item)
            return 1;
        /* generic aliases are made afresh by each subscript: compare them */
        if (kri_genericalias_check(item) && kri_genericalias_check(other)) {
            int eq = kri_object_richcompare_bool(ts, item, other, KR_EQ);
            if (eq != 0)
                return eq;
        }
    }
    return 0;
}

/* The flattened arguments of [args] without duplicates, as a tuple. */
static KrObject *dedup_and_flatten(KrThread *ts, KrObject *args)
{
    KrObject *list = flatten(ts, args);
    if (!list)
        return NULL;
    ssize_t kept = 0;
    for (ssize_t i = 0; i < KR_SIZE(list); i++) {
        KrObject *item = KR_LIST_ITEMS(list)[i];
        int dup = seen_before(ts, list, kept, item);
        if (dup < 0) {
            kr_decref(list);
            return NULL;
        }
        if (!dup) {
            /* swap into place: every item stays owned by the list */
            KR_LIST_ITEMS(list)[i] = KR_LIST_ITEMS(list)[kept];
            KR_LIST_ITEMS(list)[kept++] = item;
        }
    }
    KrObject *r = kri_tuple_from_array(ts, KR_LIST_ITEMS(list), kept);
    kr_decref(list);
    return r;
}

/* The union of [args] (a tuple), or its one argument when only one
 * remains. */
static KrObject *make_union(KrThread *ts, KrObject *args)
{
    KrObject *unique = dedup_and_flatten(ts, args);
    if (!unique)
        return NULL;
    if (KR_SIZE(unique) == 1) {
        KrObject *only = kr_incref(KR_TUPLE_ITEMS(unique)[0]);
        kr_decref(unique);
        return only;
    }
    KrUnion *u = (KrUnion *)kri_object_alloc(ts, &kr_union_type, sizeof(KrUnion));
    if (!u) {
        kr_decref(unique);
        return NULL;
    }
    u->args = unique;
    return KR_OBJ(u);
}

KrObject *kri_union_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!is_unionable(a) || !is_unionable(b))
        return KR_NOTIMPLEMENTED;
    KrObject *pair = kri_tuple_pack(ts, 2, a, b);
    if (!pair)
        return NULL;
    KrObject *r = make_union(ts, pair);
    kr_decref(pair);
    /* a union that [b] adds nothing to is kept, as CPython 3.11 does:
     * (u | int) is u when int is among u's arguments */
    if (r && kri_union_check(a) && kri_union_check(r) &&
        KR_SIZE(UNION(r)->args) == KR_SIZE(UNION(a)->args)) {
        kr_decref(r);
        r = kr_incref(a);
    }
    return r;
}

static void union_dealloc(KrObject *o)
{
    kr_decref(UNION(o)->args);
    kr_xdecref(UNION(o)->parameters);
    kri_object_free(o);
}

static int union_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    int r = visit(UNION(o)->args, arg);
    return r ? r : UNION(o)->parameters ? visit(UNION(o)->parameters, arg) : 0;
}

static KrObject *union_repr(KrThread *ts, KrObject *o)
{
    KrStrWriter w;
    kri_strw_init(&w);
    KrObject *args = UNION(o)->args;
    if (kri_enter_recursive(ts, " while getting the repr of an object") < 0)
        return NULL;
    int r = 0;
    for (ssize_t i = 0; i < KR_SIZE(args) && r == 0; i++) {
        KrObject *p = KR_TUPLE_ITEMS(args)[i];
        if (i > 0)
            r = kri_strw_ascii(ts, &w, " | ", 3);
        if (r == 0)
            r = p == KR_OBJ(&kr_none_type) ? kri_strw_ascii(ts, &w, "None", 4)
                                           : kri_genericalias_repr_item(ts, &w, p);
    }
    kri_leave_recursive(ts);
    if (r < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

/* ---- comparison and hashing: the arguments as a set ---- */

static KrObject *union_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kri_union_check(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPLEMENTED;
    KrObject *sa = kri_frozenset_new(ts, UNION(a)->args);
    KrObject *sb = sa ? kri_frozenset_new(ts, UNION(b)->args) : NULL;
    KrObject *r = sb ? kri_object_richcompare(ts, sa, sb, op) : NULL;
    kr_xdecref(sa);
    kr_xdecref(sb);
    return r;
}

static int64_t union_hash(KrThread *ts, KrObject *o)
{
    KrObject *set = kri_frozenset_new(ts, UNION(o)->args);
    if (!set)
        return -1;
    int64_t h = kri_object_hash(ts, set);
    kr_decref(set);
    return h;
}

/* ---- attributes ---- */

static KrObject *union_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    /* the typing module reads __module__: the type's, "types" */
    if (kr_str_check(name) && kri_str_eq(name, KR_ID(__module__)))
        return kri_object_getattr(ts, KR_OBJ(o->ob_type), name);
    KrObject *r = kri_object_generic_getattr(ts, o, name);
    if (!r && kr_str_check(name) && kri_err_matches(ts, &kr_exc_AttributeError)) {
        kri_err_clear(ts);
        return kri_object_no_attribute(ts, o, name);
    }
    return r;
}

static KrObject *union_parameters_borrow(KrThread *ts, KrUnion *u)
{
    if (!u->parameters)
        u->parameters = kri_genericalias_make_parameters(ts, u->args);
    return u->parameters;
}

static KrObject *union_get_parameters(KrThread *ts, KrObject *self, void *closure)
{
    KrObject *params = union_parameters_borrow(ts, UNION(self));
    return params ? kr_incref(params) : NULL;
}

/* (int | T)[str] is int | str: the substituted arguments joined with |,
 * so that whatever they are decides what joining them means. */
static KrObject *union_getitem(KrThread *ts, KrObject *o, KrObject *item)
{
    KrObject *params = union_parameters_borrow(ts, UNION(o));
    if (!params)
        return NULL;
    KrObject *args = kri_genericalias_subs_parameters(ts, o, UNION(o)->args, params, item);
    if (!args)
        return NULL;
    KrObject *r;
    if (KR_SIZE(args) == 0) {
        r = make_union(ts, args);
    } else {
        r = kr_incref(KR_TUPLE_ITEMS(args)[0]);
        for (ssize_t i = 1; r && i < KR_SIZE(args); i++) {
            KrObject *next = kri_number_binop(ts, r, KR_TUPLE_ITEMS(args)[i], KR_NB_OR);
            kr_decref(r);
            r = next;
        }
    }
    kr_decref(args);
    return r;
}

static const KrMemberDef union_members[] = {
    {"__args__", KR_MEMBER_OBJECT, offsetof(KrUnion, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef union_getsets[] = {
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType.",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_union_type = {
    KR_TYPE_HEADER,
    .name = "types.UnionType",
    .basicsize = sizeof(KrUnion),
    .flags = KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .new_ = kri_type_no_instances,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattro = union_getattro,
    .setattro = kri_object_generic_setattr,
    .getitem = union_getitem,
    .nb = {[KR_NB_OR] = kri_union_or},
    .members = union_members,
    .getsets = union_getsets,
};
