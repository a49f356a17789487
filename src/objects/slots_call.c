/* The slot table and the dispatchers heap types put in their C slots.
 * A class that defines (or inherits from a Python base) `__add__` gets
 * slot_nb_add in nb[ADD]; the dispatcher looks the dunder up on the type
 * (never the instance) and calls it. Binary dispatchers follow CPython's
 * rules: the right operand's reflected method first when its type is a
 * proper subclass overriding it, NotImplemented passed on so the generic
 * protocol (abstract.c) can try the other side or fall back.
 *
 * Invariant: a dispatcher is called only through a slot of a type whose
 * MRO defines its dunder, so a missing method means the attribute was
 * deleted after the slot was set: treated as NotImplemented (operators)
 * or AttributeError (everything else). */
#include <stdlib.h>

#include "objects/slots.h"

/* ---- calling a special method ---- */

enum { SMALL_STACK = 8 };

KrObject *kri_slots_call_special_kw(KrThread *ts, KrObject *self, KrObject *name,
                                    KrObject *const *args, size_t nargsf, KrObject *kwnames,
                                    bool *found)
{
    KrObject *descr = kri_type_lookup(ts, self->ob_type, name);
    *found = descr != NULL;
    if (!descr) return NULL;
    kr_incref(descr);
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    KrObject *r;
    if (kr_type_has(descr->ob_type, KR_TPF_METHOD_DESCR)) {
        /* an unbound method: prepend self instead of binding */
        KrObject *small[SMALL_STACK + 1];
        KrObject **stack =
            total < SMALL_STACK ? small : malloc(sizeof(KrObject *) * (size_t)(total + 1));
        if (!stack) {
            kr_decref(descr);
            return kri_err_no_memory(ts);
        }
        stack[0] = self;
        for (ssize_t i = 0; i < total; i++)
            stack[1 + i] = args[i];
        r = kri_call(ts, descr, stack, (size_t)(nargs + 1), kwnames);
        if (stack != small) free(stack);
    } else if (descr->ob_type->descr_get) {
        KrObject *bound = descr->ob_type->descr_get(ts, descr, self, KR_OBJ(self->ob_type));
        r = bound ? kri_call(ts, bound, args, (size_t)nargs, kwnames) : NULL;
        kr_xdecref(bound);
    } else {
        r = kri_call(ts, descr, args, (size_t)nargs, kwnames);
    }
    kr_decref(descr);
    return r;
}

KrObject *kri_slots_call_special(KrThread *ts, KrObject *self, KrObject *name,
                                 KrObject *const *args, ssize_t nargs, bool *found)
{
    return kri_slots_call_special_kw(ts, self, name, args, (size_t)nargs, NULL, found);
}

/* The special method or AttributeError when it has gone missing. */
static KrObject *call_required(KrThread *ts, KrObject *self, KrObject *name, KrObject *const *args,
                               ssize_t nargs)
{
    bool found;
    KrObject *r = kri_slots_call_special(ts, self, name, args, nargs, &found);
    if (!found) { /* a slot shared by two names (__set__/__delete__): the bare name */
        kri_err_set_object(ts, &kr_exc_AttributeError, name);
        return NULL;
    }
    return r;
}

/* The special method or NotImplemented when it is missing. */
static KrObject *call_maybe(KrThread *ts, KrObject *self, KrObject *name, KrObject *arg)
{
    bool found;
    KrObject *r = kri_slots_call_special(ts, self, name, &arg, 1, &found);
    return found ? r : KR_NEWREF(KR_NOTIMPLEMENTED);
}

/* ---- binary operators ---- */

static KrObject *const nb_names[KR_NB_COUNT] = {
    [KR_NB_ADD] = KR_ID(__add__),
    [KR_NB_AND] = KR_ID(__and__),
    [KR_NB_FLOOR_DIVIDE] = KR_ID(__floordiv__),
    [KR_NB_LSHIFT] = KR_ID(__lshift__),
    [KR_NB_MATRIX_MULTIPLY] = KR_ID(__matmul__),
    [KR_NB_MULTIPLY] = KR_ID(__mul__),
    [KR_NB_REMAINDER] = KR_ID(__mod__),
    [KR_NB_OR] = KR_ID(__or__),
    [KR_NB_POWER] = KR_ID(__pow__),
    [KR_NB_RSHIFT] = KR_ID(__rshift__),
    [KR_NB_SUBTRACT] = KR_ID(__sub__),
    [KR_NB_TRUE_DIVIDE] = KR_ID(__truediv__),
    [KR_NB_XOR] = KR_ID(__xor__),
    [KR_NB_DIVMOD] = KR_ID(__divmod__),
};
static KrObject *const nb_rnames[KR_NB_COUNT] = {
    [KR_NB_ADD] = KR_ID(__radd__),
    [KR_NB_AND] = KR_ID(__rand__),
    [KR_NB_FLOOR_DIVIDE] = KR_ID(__rfloordiv__),
    [KR_NB_LSHIFT] = KR_ID(__rlshift__),
    [KR_NB_MATRIX_MULTIPLY] = KR_ID(__rmatmul__),
    [KR_NB_MULTIPLY] = KR_ID(__rmul__),
    [KR_NB_REMAINDER] = KR_ID(__rmod__),
    [KR_NB_OR] = KR_ID(__ror__),
    [KR_NB_POWER] = KR_ID(__rpow__),
    [KR_NB_RSHIFT] = KR_ID(__rrshift__),
    [KR_NB_SUBTRACT] = KR_ID(__rsub__),
    [KR_NB_TRUE_DIVIDE] = KR_ID(__rtruediv__),
    [KR_NB_XOR] = KR_ID(__rxor__),
    [KR_NB_DIVMOD] = KR_ID(__rdivmod__),
};
static KrObject *const nb_inames[KR_NB_COUNT] = {
    [KR_NB_ADD] = KR_ID(__iadd__),
    [KR_NB_AND] = KR_ID(__iand__),
    [KR_NB_FLOOR_DIVIDE] = KR_ID(__ifloordiv__),
    [KR_NB_LSHIFT] = KR_ID(__ilshift__),
    [KR_NB_MATRIX_MULTIPLY] = KR_ID(__imatmul__),
    [KR_NB_MULTIPLY] = KR_ID(__imul__),
    [KR_NB_REMAINDER] = KR_ID(__imod__),
    [KR_NB_OR] = KR_ID(__ior__),
    [KR_NB_POWER] = KR_ID(__ipow__),
    [KR_NB_RSHIFT] = KR_ID(__irshift__),
    [KR_NB_SUBTRACT] = KR_ID(__isub__),
    [KR_NB_TRUE_DIVIDE] = KR_ID(__itruediv__),
    [KR_NB_XOR] = KR_ID(__ixor__),
    [KR_NB_DIVMOD] = NULL,
};

/* Whether [sub] defines the reflected method differently from [base]. */
static bool overrides(KrThread *ts, KrType *base, KrType *sub, KrObject *rname)
{
    KrObject *b = kri_type_lookup(ts, sub, rname);
    return b && b != kri_type_lookup(ts, base, rname);
}

static KrObject *binary_dispatch(KrThread *ts, KrObject *self, KrObject *other, KrNbOp op,
                                 KrBinaryFn me)
{
    KrType *tself = self->ob_type, *tother = other->ob_type;
    bool do_other = tself != tother && tother->nb[op] == me;
    if (tself->nb[op] == me) {
        if (do_other && kri_type_is_subtype(tother, tself) &&
            overrides(ts, tself, tother, nb_rnames[op])) {
            KrObject *r = call_maybe(ts, other, nb_rnames[op], self);
            if (r != KR_NOTIMPLEMENTED) return r;
            do_other = false;
        }
        KrObject *r = call_maybe(ts, self, nb_names[op], other);
        if (r != KR_NOTIMPLEMENTED || tother == tself) return r;
    }
    if (do_other) return call_maybe(ts, other, nb_rnames[op], self);
    return KR_NOTIMPLEMENTED;
}

#define SLOT_BINARY(cname, op)                                                                     \
    static KrObject *slot_nb_##cname(KrThread *ts, KrObject *a, KrObject *b)                       \
    {                                                                                              \
        return binary_dispatch(ts, a, b, op, slot_nb_##cname);                                     \
    }                                                                                              \
    static KrObject *slot_nb_i##cname(KrThread *ts, KrObject *a, KrObject *b)                      \
    {                                                                                              \
        return call_maybe(ts, a, nb_inames[op], b);                                                \
    }

SLOT_BINARY(add, KR_NB_ADD)
SLOT_BINARY(and, KR_NB_AND)
SLOT_BINARY(floordiv, KR_NB_FLOOR_DIVIDE)
SLOT_BINARY(lshift, KR_NB_LSHIFT)
SLOT_BINARY(matmul, KR_NB_MATRIX_MULTIPLY)
SLOT_BINARY(mul, KR_NB_MULTIPLY)
SLOT_BINARY(mod, KR_NB_REMAINDER)
SLOT_BINARY(or, KR_NB_OR)
SLOT_BINARY(pow, KR_NB_POWER)
SLOT_BINARY(rshift, KR_NB_RSHIFT)
SLOT_BINARY(sub, KR_NB_SUBTRACT)
SLOT_BINARY(truediv, KR_NB_TRUE_DIVIDE)
SLOT_BINARY(xor, KR_NB_XOR)

static KrObject *slot_nb_divmod(KrThread *ts, KrObject *a, KrObject *b)
{
    return binary_dispatch(ts, a, b, KR_NB_DIVMOD, slot_nb_divmod);
}

/* pow(a, b, mod): three-argument power never tries __rpow__. */
static KrObject *slot_nb_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    if (a->ob_type->nb_power != slot_nb_power3) return KR_NEWREF(KR_NOTIMPLEMENTED);
    KrObject *args[2] = {b, mod};
    bool found;
    KrObject *r = kri_slots_call_special(ts, a, KR_ID(__pow__), args, 2, &found);
    return found ? r : KR_NEWREF(KR_NOTIMPLEMENTED);
}

/* ---- unary operators and conversions ---- */

#define SLOT_UNARY(cname, id)                                                                      \
    static KrObject *slot_##cname(KrThread *ts, KrObject *a)                                       \
    {                                                                                              \
        return call_required(ts, a, KR_ID(id), NULL, 0);                                           \
    }

SLOT_UNARY(neg, __neg__)
SLOT_UNARY(pos, __pos__)
SLOT_UNARY(abs, __abs__)
SLOT_UNARY(invert, __invert__)
SLOT_UNARY(index, __index__)
SLOT_UNARY(int, __int__)
SLOT_UNARY(float, __float__)
SLOT_UNARY(repr, __repr__)
SLOT_UNARY(str, __str__)
SLOT_UNARY(await, __await__)
SLOT_UNARY(aiter, __aiter__)
SLOT_UNARY(anext, __anext__)

static int slot_bool(KrThread *ts, KrObject *a)
{
    KrObject *r = call_required(ts, a, KR_ID(__bool__), NULL, 0);
    if (!r) return -1;
    if (r == KR_TRUE || r == KR_FALSE) return r == KR_TRUE;
    kri_err_format(ts, &kr_exc_TypeError, "__bool__ should return bool, returned %s",
                   kri_type_name(r->ob_type));
    kr_decref(r);
    return -1;
}

static ssize_t slot_len(KrThread *ts, KrObject *a)
{
    KrObject *r = call_required(ts, a, KR_ID(__len__), NULL, 0);
    if (!r) return -1;
    KrObject *i = kri_number_index(ts, r);
    kr_decref(r);
    if (!i) return -1;
    if (kri_int_sign(i) < 0) {
        kr_decref(i);
        kri_err_set(ts, &kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t n = kri_number_as_ssize(ts, i, &kr_exc_OverflowError);
    kr_decref(i);
    return n;
}

static int64_t slot_hash(KrThread *ts, KrObject *a)
{
    KrObject *r = call_required(ts, a, KR_ID(__hash__), NULL, 0);
    if (!r) return -1;
    if (!kr_int_check(r)) {
        kr_decref(r);
        kri_err_set(ts, &kr_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* an int subclass's own __hash__ must not run here: hash the value */
    int64_t h = kr_int_type.hash(ts, r);
    kr_decref(r);
    return h;
}

/* ---- comparison ---- */

static KrObject *const compare_names[] = {
    KR_ID(__lt__), KR_ID(__le__), KR_ID(__eq__), KR_ID(__ne__), KR_ID(__gt__), KR_ID(__ge__),
};

static KrObject *slot_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    return call_maybe(ts, a, compare_names[op], b);
}

/* ---- attributes and descriptors ---- */

static KrObject *slot_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    KrType *t = o->ob_type;
    KrObject *ga = kri_type_lookup(ts, t, KR_ID(__getattribute__));
    const KrSlotDef *def;
    void (*fn)(void);
    KrType *owner;
    KrObject *r;
    if (ga && kri_slots_wrapper_info(ga, &def, &fn, &owner) &&
        fn == (void (*)(void))kri_object_generic_getattr)
        r = kri_object_generic_getattr(ts, o, name);
    else
        r = call_required(ts, o, KR_ID(__getattribute__), &name, 1);
    if (r || !kri_err_matches(ts, &kr_exc_AttributeError)) return r;
    if (!kri_type_lookup(ts, t, KR_ID(__getattr__))) return NULL;
    kri_err_clear(ts);
    return call_required(ts, o, KR_ID(__getattr__), &name, 1);
}

static int none_result(KrObject *r)
{
    if (!r) return -1;
    kr_decref(r);
    return 0;
}

static int slot_setattro(KrThread *ts, KrObject *o, KrObject *name, KrObject *value)
{
    if (!value) return none_result(call_required(ts, o, KR_ID(__delattr__), &name, 1));
    KrObject *args[2] = {name, value};
    return none_result(call_required(ts, o, KR_ID(__setattr__), args, 2));
}

static KrObject *slot_descr_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *args[2] = {obj ? obj : KR_NONE, type ? type : KR_NONE};
    return call_required(ts, self, KR_ID(__get__), args, 2);
}

static int slot_descr_set(KrThread *ts, KrObject *self, KrObject *obj, KrObject *value)
{
    if (!value) return none_result(call_required(ts, self, KR_ID(__delete__), &obj, 1));
    KrObject *args[2] = {obj, value};
    return none_result(call_required(ts, self, KR_ID(__set__), args, 2));
}

/* ---- calls, construction, finalization ---- */

static KrObject *slot_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    bool found;
    KrObject *r =
        kri_slots_call_special_kw(ts, self, KR_ID(__call__), args, nargsf, kwnames, &found);
    if (!found)
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not callable",
                              kri_type_name(self->ob_type));
    return r;
}

static int slot_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                     KrObject *kwnames)
{
    bool found;
    KrObject *r =
        kri_slots_call_special_kw(ts, self, KR_ID(__init__), args, nargsf, kwnames, &found);
    if (!found) {
        kri_object_no_attribute(ts, self, KR_ID(__init__));
        return -1;
    }
    if (!r) return -1;
    if (r != KR_NONE) {
        kri_err_format(ts, &kr_exc_TypeError, "__init__() should return None, not '%s'",
                       kri_type_name(r->ob_type));
        kr_decref(r);
        return -1;
    }
    return 0;
}

KrObject *kri_slots_tp_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    KrObject *func = kri_object_getattr(ts, KR_OBJ(type), KR_ID(__new__));
    if (!func) return NULL;
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    KrObject **stack = malloc(sizeof(KrObject *) * (size_t)(total + 2));
    if (!stack) {
        kr_decref(func);
        return kri_err_no_memory(ts);
    }
    stack[1] = KR_OBJ(type);
    for (ssize_t i = 0; i < total; i++)
        stack[2 + i] = args[i];
    KrObject *r = kri_call(ts, func, stack + 1, (size_t)(nargs + 1) | KR_ARGS_OFFSET, kwnames);
    free(stack);
    kr_decref(func);
    return r;
}

KrObject *kri_slots_inherited_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    KrType *base = type;
    while (base && base->new_ == kri_slots_inherited_new)
        base = base->base;
    if (!base || !base->new_)
        return kri_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances",
                              kri_type_name(type));
    KrObject *r = base->new_(ts, type, args, nargsf, kwnames);
    if (r && !kr_isinstance(r, type) && kr_is_type(r, base)) {
        /* the base's constructor ignored the subtype it was asked for */
        kri_err_format(ts, &kr_exc_NotImplementedError,
                       "subclasses of '%s' cannot be instantiated yet (%s.__new__ ignores "
                       "the subtype)",
                       kri_type_name(base), kri_type_name(base));
        KR_CLEAR(r);
    }
    return r;
}

void kri_slots_write_unraisable(KrThread *ts, KrObject *obj)
{
    KrObject *exc = kri_err_fetch(ts);
    if (!exc) return;
    KrObject *where = obj ? kri_object_repr(ts, obj) : NULL;
    if (!where) kri_err_clear(ts);
    KrObject *msg = kri_object_str(ts, exc);
    if (!msg) kri_err_clear(ts);
    fflush(stdout);
    fprintf(stderr, "Exception ignored in: %s\n", where ? kri_str_utf8(ts, where, NULL) : "?");
    const char *text = msg ? kri_str_utf8(ts, msg, NULL) : NULL;
    fprintf(stderr, "%s%s%s\n", kri_type_name(exc->ob_type), text && *text ? ": " : "",
            text ? text : "");
    kri_err_clear(ts);
    kr_xdecref(where);
    kr_xdecref(msg);
    kr_decref(exc);
}

static void slot_finalize(KrThread *ts, KrObject *self)
{
    KrObject *saved = kri_err_fetch(ts);
    bool found;
    KrObject *r = kri_slots_call_special(ts, self, KR_ID(__del__), NULL, 0, &found);
    if (r)
        kr_decref(r);
    else if (found)
        kri_slots_write_unraisable(ts, kri_type_lookup(ts, self->ob_type, KR_ID(__del__)));
    if (saved) kri_err_raise_steal(ts, saved);
}

/* ---- iteration and containers ---- */

static KrObject *slot_iter(KrThread *ts, KrObject *self)
{
    KrObject *fn = kri_type_lookup(ts, self->ob_type, KR_ID(__iter__));
    if (fn == KR_NONE)
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not iterable",
                              kri_type_name(self->ob_type));
    return call_required(ts, self, KR_ID(__iter__), NULL, 0);
}

static KrObject *slot_iternext(KrThread *ts, KrObject *self)
{
    KrObject *r = call_required(ts, self, KR_ID(__next__), NULL, 0);
    if (!r && kri_err_matches(ts, &kr_exc_StopIteration))
        kri_err_clear(ts); /* exhausted: NULL without an exception */
    return r;
}

static KrObject *slot_getitem(KrThread *ts, KrObject *self, KrObject *key)
{
    return call_required(ts, self, KR_ID(__getitem__), &key, 1);
}

static int slot_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value)
{
    if (!value) return none_result(call_required(ts, self, KR_ID(__delitem__), &key, 1));
    KrObject *args[2] = {key, value};
    return none_result(call_required(ts, self, KR_ID(__setitem__), args, 2));
}

static int slot_contains(KrThread *ts, KrObject *self, KrObject *item)
{
    KrObject *fn = kri_type_lookup(ts, self->ob_type, KR_ID(__contains__));
    if (fn == KR_NONE) {
        kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not a container",
                       kri_type_name(self->ob_type));
        return -1;
    }
    KrObject *r = call_required(ts, self, KR_ID(__contains__), &item, 1);
    if (!r) return -1;
    int truth = kri_object_is_true(ts, r);
    kr_decref(r);
    return truth;
}

/* ---- the table ---- */

/* clang-format off */
#define OFF(field) offsetof(KrType, field)
#define FN(f) ((void (*)(void))(f))
#define ENTRY(name, field, gen, wrap, op, kw, doc)                                 \
    {name, OFF(field), FN(gen), kri_slots_wrap_##wrap, op, kw, doc}
#define BINOP(op, cname, sym)                                                      \
    ENTRY("__" #cname "__", nb[op], slot_nb_##cname, binary_l, op, false,          \
          "Return self" sym "value."),                                             \
    ENTRY("__r" #cname "__", nb[op], slot_nb_##cname, binary_r, op, false,         \
          "Return value" sym "self."),                                             \
    ENTRY("__i" #cname "__", nb_inplace[op], slot_nb_i##cname, binary_l, op, false, \
          "Implement self" sym "=value.")

const KrSlotDef kri_slot_defs[] = {
    ENTRY("__getattribute__", getattro, slot_getattro, getattr, 0, false,
          "Return getattr(self, name)."),
    {"__getattr__", OFF(getattro), FN(slot_getattro), NULL, 0, false, NULL},
    ENTRY("__setattr__", setattro, slot_setattro, setattr, 0, false,
          "Implement setattr(self, name, value)."),
    ENTRY("__delattr__", setattro, slot_setattro, delattr, 0, false,
          "Implement delattr(self, name)."),
    ENTRY("__repr__", repr, slot_repr, unary, 0, false, "Return repr(self)."),
    ENTRY("__hash__", hash, slot_hash, hash, 0, false, "Return hash(self)."),
    ENTRY("__call__", call, slot_call, call, 0, true, "Call self as a function."),
    ENTRY("__str__", str, slot_str, unary, 0, false, "Return str(self)."),
    ENTRY("__lt__", richcompare, slot_richcompare, richcmp, KR_LT, false, "Return self<value."),
    ENTRY("__le__", richcompare, slot_richcompare, richcmp, KR_LE, false, "Return self<=value."),
    ENTRY("__eq__", richcompare, slot_richcompare, richcmp, KR_EQ, false, "Return self==value."),
    ENTRY("__ne__", richcompare, slot_richcompare, richcmp, KR_NE, false, "Return self!=value."),
    ENTRY("__gt__", richcompare, slot_richcompare, richcmp, KR_GT, false, "Return self>value."),
    ENTRY("__ge__", richcompare, slot_richcompare, richcmp, KR_GE, false, "Return self>=value."),
    ENTRY("__iter__", iter, slot_iter, unary, 0, false, "Implement iter(self)."),
    ENTRY("__next__", iternext, slot_iternext, next, 0, false, "Implement next(self)."),
    ENTRY("__get__", descr_get, slot_descr_get, descr_get, 0, false,
          "Return an attribute of instance, which is of type owner."),
    ENTRY("__set__", descr_set, slot_descr_set, descr_set, 0, false,
          "Set an attribute of instance to value."),
    ENTRY("__delete__", descr_set, slot_descr_set, descr_delete, 0, false,
          "Delete an attribute of instance."),
    ENTRY("__init__", init, slot_init, init, 0, true,
          "Initialize self.  See help(type(self)) for accurate signature."),
    ENTRY("__del__", finalize, slot_finalize, del, 0, false, "Called when the instance is "
          "about to be destroyed."),
    ENTRY("__await__", am_await, slot_await, unary, 0, false, "Return an iterator to be used "
          "in await expression."),
    ENTRY("__aiter__", am_aiter, slot_aiter, unary, 0, false, "Return an awaitable, that "
          "resolves in asynchronous iterator."),
    ENTRY("__anext__", am_anext, slot_anext, unary, 0, false, "Return a value or raise "
          "StopAsyncIteration."),
    BINOP(KR_NB_ADD, add, "+"),
    ENTRY("__add__", sq_concat, NULL, binary_l, 0, false, "Return self+value."),
    ENTRY("__iadd__", sq_inplace_concat, NULL, binary_l, 0, false, "Implement self+=value."),
    BINOP(KR_NB_SUBTRACT, sub, "-"),
    BINOP(KR_NB_MULTIPLY, mul, "*"),
    ENTRY("__mul__", sq_repeat, NULL, repeat, 0, false, "Return self*value."),
    ENTRY("__rmul__", sq_repeat, NULL, repeat, 0, false, "Return value*self."),
    ENTRY("__imul__", sq_inplace_repeat, NULL, repeat, 0, false, "Implement self*=value."),
    BINOP(KR_NB_REMAINDER, mod, "%"),
    ENTRY("__divmod__", nb[KR_NB_DIVMOD], slot_nb_divmod, binary_l, KR_NB_DIVMOD, false,
          "Return divmod(self, value)."),
    ENTRY("__rdivmod__", nb[KR_NB_DIVMOD], slot_nb_divmod, binary_r, KR_NB_DIVMOD, false,
          "Return divmod(value, self)."),
    ENTRY("__pow__", nb[KR_NB_POWER], slot_nb_pow, pow, KR_NB_POWER, false,
          "Return pow(self, value, mod)."),
    ENTRY("__rpow__", nb[KR_NB_POWER], slot_nb_pow, binary_r, KR_NB_POWER, false,
          "Return pow(value, self, mod)."),
    ENTRY("__ipow__", nb_inplace[KR_NB_POWER], slot_nb_ipow, binary_l, KR_NB_POWER, false,
          "Implement self**=value."),
    {"__pow__", OFF(nb_power), FN(slot_nb_power3), NULL, 0, false, NULL},
    ENTRY("__neg__", nb_negative, slot_neg, unary, 0, false, "-self"),
    ENTRY("__pos__", nb_positive, slot_pos, unary, 0, false, "+self"),
    ENTRY("__abs__", nb_absolute, slot_abs, unary, 0, false, "abs(self)"),
    ENTRY("__bool__", nb_bool, slot_bool, inquiry, 0, false, "True if self else False"),
    ENTRY("__invert__", nb_invert, slot_invert, unary, 0, false, "~self"),
    BINOP(KR_NB_LSHIFT, lshift, "<<"),
    BINOP(KR_NB_RSHIFT, rshift, ">>"),
    BINOP(KR_NB_AND, and, "&"),
    BINOP(KR_NB_XOR, xor, "^"),
    BINOP(KR_NB_OR, or, "|"),
    ENTRY("__int__", nb_int, slot_int, unary, 0, false, "int(self)"),
    ENTRY("__float__", nb_float, slot_float, unary, 0, false, "float(self)"),
    BINOP(KR_NB_FLOOR_DIVIDE, floordiv, "//"),
    BINOP(KR_NB_TRUE_DIVIDE, truediv, "/"),
    ENTRY("__index__", nb_index, slot_index, unary, 0, false, "Return self converted to an "
          "integer, if self is suitable for use as an index into a list."),
    BINOP(KR_NB_MATRIX_MULTIPLY, matmul, "@"),
    ENTRY("__len__", len, slot_len, len, 0, false, "Return len(self)."),
    ENTRY("__getitem__", getitem, slot_getitem, binary_l, 0, false, "Return self[key]."),
    ENTRY("__setitem__", setitem, slot_setitem, setitem, 0, false, "Set self[key] to value."),
    ENTRY("__delitem__", setitem, slot_setitem, delitem, 0, false, "Delete self[key]."),
    ENTRY("__contains__", contains, slot_contains, contains, 0, false, "Return key in self."),
    {NULL, 0, NULL, NULL, 0, false, NULL},
};
/* clang-format on */
