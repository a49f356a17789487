/* bool: the int subclass with exactly two immortal instances. Its bitwise
 * operators keep bool results for bool operands; everything else is int's. */
#include "objects/objects.h"

KrSmallInt kr_false_obj = {{KR_STATIC_HEADER(&kr_bool_type), 0}, {0}};
KrSmallInt kr_true_obj = {{KR_STATIC_HEADER(&kr_bool_type), 1}, {1}};

static KrObject *bool_repr(KrThread *ts, KrObject *o)
{
    return kri_str_from_cstr(ts, o == KR_TRUE ? "True" : "False");
}

static KrObject *bool_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "bool", nargs, 0, 1, kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return KR_FALSE;
    int t = kri_object_is_true(ts, args[0]);
    return t < 0 ? NULL : kr_bool(t);
}

static KrObject *bool_bitop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    if (kr_is_type(a, &kr_bool_type) && kr_is_type(b, &kr_bool_type)) {
        bool x = a == KR_TRUE, y = b == KR_TRUE;
        return kr_bool(op == KR_NB_AND ? (x && y) : op == KR_NB_OR ? (x || y) : (x != y));
    }
    return kr_int_type.nb[op](ts, a, b);
}

static KrObject *bool_and(KrThread *ts, KrObject *a, KrObject *b)
{
    return bool_bitop(ts, a, b, KR_NB_AND);
}

static KrObject *bool_or(KrThread *ts, KrObject *a, KrObject *b)
{
    return bool_bitop(ts, a, b, KR_NB_OR);
}

static KrObject *bool_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    return bool_bitop(ts, a, b, KR_NB_XOR);
}

KrType kr_bool_type = {
    KR_TYPE_HEADER,
    .name = "bool",
    .basicsize = sizeof(KrInt),
    .itemsize = 4,
    .flags = KR_TPF_INT_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "bool(x) -> bool",
    .base = &kr_int_type,
    .new_ = bool_new,
    .repr = bool_repr,
    .nb = {[KR_NB_AND] = bool_and, [KR_NB_OR] = bool_or, [KR_NB_XOR] = bool_xor},
};
