/* The number, sequence, mapping and iterator protocols over the type
 * slots. Binary operators follow CPython's rules: try the left operand's
 * slot, then the right's, the right first when its type is a proper
 * subclass of the left's and overrides the slot; NotImplemented from both
 * gives TypeError; `+` and `*` fall back to sequence concatenation and
 * repetition. In-place operators try the in-place slot first. Errors name
 * types by their full name (CPython's tp_name: 'types.UnionType'). */
#include "objects/generic.h"

static const char *const op_symbols[KR_NB_COUNT] = {
    [KR_NB_ADD] = "+", [KR_NB_AND] = "&", [KR_NB_FLOOR_DIVIDE] = "//",
    [KR_NB_LSHIFT] = "<<", [KR_NB_MATRIX_MULTIPLY] = "@", [KR_NB_MULTIPLY] = "*",
    [KR_NB_REMAINDER] = "%", [KR_NB_OR] = "|", [KR_NB_POWER] = "** or pow()",
    [KR_NB_RSHIFT] = ">>", [KR_NB_SUBTRACT] = "-", [KR_NB_TRUE_DIVIDE] = "/",
    [KR_NB_XOR] = "^", [KR_NB_DIVMOD] = "divmod()",
};
static const char *const inplace_symbols[KR_NB_COUNT] = {
    [KR_NB_ADD] = "+=", [KR_NB_AND] = "&=", [KR_NB_FLOOR_DIVIDE] = "//=",
    [KR_NB_LSHIFT] = "<<=", [KR_NB_MATRIX_MULTIPLY] = "@=", [KR_NB_MULTIPLY] = "*=",
    [KR_NB_REMAINDER] = "%=", [KR_NB_OR] = "|=", [KR_NB_POWER] = "**=",
    [KR_NB_RSHIFT] = ">>=", [KR_NB_SUBTRACT] = "-=", [KR_NB_TRUE_DIVIDE] = "/=",
    [KR_NB_XOR] = "^=", [KR_NB_DIVMOD] = "divmod()",
};

const char *kri_number_op_symbol(KrNbOp op, bool inplace)
{
    return inplace ? inplace_symbols[op] : op_symbols[op];
}

/* The binary slot protocol without the sequence fallbacks: a result, or
 * NotImplemented, or NULL on error. */
static KrObject *binary_slots(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    KrBinaryFn sa = a->ob_type->nb[op], sb = NULL;
    if (b->ob_type != a->ob_type) {
        sb = b->ob_type->nb[op];
        if (sb == sa)
            sb = NULL;
    }
    if (sa) {
        if (sb && kri_type_is_subtype(b->ob_type, a->ob_type)) {
            KrObject *r = sb(ts, a, b);
            if (r != KR_NOTIMPLEMENTED)
                return r;
            sb = NULL;
        }
        KrObject *r = sa(ts, a, b);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    if (sb)
        return sb(ts, a, b);
    return KR_NOTIMPLEMENTED;
}

static KrObject *binop_error(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op, bool inplace)
{
    return kri_err_format(ts, &kr_exc_TypeError,
                          "unsupported operand type(s) for %s: '%s' and '%s'",
                          inplace ? inplace_symbols[op] : op_symbols[op], a->ob_type->name,
                          b->ob_type->name);
}

/* `seq * n` and `n * seq` through sq_repeat. */
static KrObject *sequence_repeat(KrThread *ts, KrRepeatFn repeat, KrObject *seq, KrObject *n)
{
    if (!kri_number_has_index(n))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "can't multiply sequence by non-int of type '%s'",
                              n->ob_type->name);
    ssize_t count = kri_number_as_ssize(ts, n, &kr_exc_OverflowError);
    if (count == -1 && kri_err_occurred(ts))
        return NULL;
    return repeat(ts, seq, count);
}

KrObject *kri_number_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    KrObject *r = binary_slots(ts, a, b, op);
    if (r != KR_NOTIMPLEMENTED)
        return r;
    if (op == KR_NB_ADD && a->ob_type->sq_concat)
        return a->ob_type->sq_concat(ts, a, b);
    if (op == KR_NB_MULTIPLY) {
        if (a->ob_type->sq_repeat)
            return sequence_repeat(ts, a->ob_type->sq_repeat, a, b);
        if (b->ob_type->sq_repeat)
            return sequence_repeat(ts, b->ob_type->sq_repeat, b, a);
    }
    return binop_error(ts, a, b, op, false);
}

KrObject *kri_number_inplace(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op)
{
    KrBinaryFn slot = a->ob_type->nb_inplace[op];
    if (slot) {
        KrObject *r = slot(ts, a, b);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    KrObject *r = binary_slots(ts, a, b, op);
    if (r != KR_NOTIMPLEMENTED)
        return r;
    KrType *t = a->ob_type;
    if (op == KR_NB_ADD && (t->sq_inplace_concat || t->sq_concat))
        return (t->sq_inplace_concat ? t->sq_inplace_concat : t->sq_concat)(ts, a, b);
    if (op == KR_NB_MULTIPLY) {
        KrRepeatFn rep = t->sq_inplace_repeat ? t->sq_inplace_repeat : t->sq_repeat;
        if (rep)
            return sequence_repeat(ts, rep, a, b);
        if (b->ob_type->sq_repeat)
            return sequence_repeat(ts, b->ob_type->sq_repeat, b, a);
    }
    return binop_error(ts, a, b, op, true);
}

KrObject *kri_number_power(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == KR_NONE)
        return kri_number_binop(ts, a, b, KR_NB_POWER);
    KrTernaryFn sa = a->ob_type->nb_power, sb = b->ob_type->nb_power;
    if (sa) {
        KrObject *r = sa(ts, a, b, mod);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    if (sb && sb != sa) {
        KrObject *r = sb(ts, a, b, mod);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    /* the modulus gets its turn too: pow(2, 3, 4.0) is float's to refuse */
    KrTernaryFn sm = mod->ob_type->nb_power;
    if (sm && sm != sa && sm != sb) {
        KrObject *r = sm(ts, a, b, mod);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    return kri_err_format(ts, &kr_exc_TypeError,
                          "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          a->ob_type->name, b->ob_type->name, mod->ob_type->name);
}

static KrObject *unary(KrThread *ts, KrObject *a, KrUnaryFn fn, const char *what)
{
    if (fn)
        return fn(ts, a);
    return kri_err_format(ts, &kr_exc_TypeError, "bad operand type for %s: '%s'", what,
                          a->ob_type->name);
}

KrObject *kri_number_negative(KrThread *ts, KrObject *a)
{
    return unary(ts, a, a->ob_type->nb_negative, "unary -");
}

KrObject *kri_number_positive(KrThread *ts, KrObject *a)
{
    return unary(ts, a, a->ob_type->nb_positive, "unary +");
}

KrObject *kri_number_invert(KrThread *ts, KrObject *a)
{
    return unary(ts, a, a->ob_type->nb_invert, "unary ~");
}

KrObject *kri_number_absolute(KrThread *ts, KrObject *a)
{
    return unary(ts, a, a->ob_type->nb_absolute, "abs()");
}

bool kri_number_has_index(const KrObject *o)
{
    return kr_int_check(o) || o->ob_type->nb_index != NULL;
}

KrObject *kri_number_index(KrThread *ts, KrObject *o)
{
    if (kr_int_check(o))
        return KR_NEWREF(o);
    KrUnaryFn fn = o->ob_type->nb_index;
    if (!fn)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              o->ob_type->name);
    KrObject *r = fn(ts, o);
    if (r && !kr_int_check(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "__index__ returned non-int (type %s)",
                       r->ob_type->name);
        KR_CLEAR(r);
    }
    return r;
}

ssize_t kri_number_as_ssize(KrThread *ts, KrObject *o, KrType *overflow)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return -1;
    int64_t v;
    bool fits = kri_int_to_i64(i, &v);
    int sign = kri_int_sign(i);
    kr_decref(i);
    if (fits)
        return (ssize_t)v;
    if (!overflow)
        return sign < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    kri_err_format(ts, overflow, "cannot fit '%s' into an index-sized integer",
                   o->ob_type->name);
    return -1;
}

KrObject *kri_number_int(KrThread *ts, KrObject *o)
{
    return kri_int_from_object(ts, o);
}

KrObject *kri_number_float(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_float_type))
        return KR_NEWREF(o);
    double d = kri_float_as_double(ts, o);
    if (d == -1.0 && kri_err_occurred(ts))
        return NULL;
    return kri_float_from_double(ts, d);
}

/* ---- sequences and mappings ---- */

ssize_t kri_object_len(KrThread *ts, KrObject *o)
{
    KrLenFn fn = o->ob_type->len;
    if (fn)
        return fn(ts, o);
    kri_err_format(ts, &kr_exc_TypeError, "object of type '%s' has no len()",
                   o->ob_type->name);
    return -1;
}

ssize_t kri_object_length_hint(KrThread *ts, KrObject *o, ssize_t dflt)
{
    if (o->ob_type->len) {
        ssize_t n = o->ob_type->len(ts, o);
        if (n >= 0)
            return n;
        if (!kri_err_matches(ts, &kr_exc_TypeError))
            return -1;
        kri_err_clear(ts);
    }
    KrObject *hint = kri_type_lookup(ts, o->ob_type, KR_ID(__length_hint__));
    if (!hint)
        return dflt;
    KrObject *r = kri_call_method(ts, o, KR_ID(__length_hint__), NULL, 0);
    if (!r) {
        if (!kri_err_matches(ts, &kr_exc_TypeError))
            return -1;
        kri_err_clear(ts);
        return dflt;
    }
    if (r == KR_NOTIMPLEMENTED)
        return dflt;
    if (!kr_int_check(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "__length_hint__ must be an integer, not %s",
                       r->ob_type->name);
        kr_decref(r);
        return -1;
    }
    ssize_t n = kri_int_as_ssize(ts, r);
    kr_decref(r);
    if (n < 0 && !kri_err_occurred(ts))
        kri_err_set(ts, &kr_exc_ValueError, "__length_hint__() should return >= 0");
    return n < 0 ? -1 : n;
}

KrObject *kri_object_getitem(KrThread *ts, KrObject *o, KrObject *key)
{
    KrBinaryFn fn = o->ob_type->getitem;
    if (fn)
        return fn(ts, o, key);
    if (kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS)) {
        if (o == KR_OBJ(&kr_type_type))
            return kri_genericalias_new(ts, o, key);
        KrObject *meth = NULL;
        int found = kri_object_lookup_attr(ts, o, KR_ID(__class_getitem__), &meth);
        if (found < 0)
            return NULL;
        if (found) {
            KrObject *r = kri_call1(ts, meth, key);
            kr_decref(meth);
            return r;
        }
        return kri_err_format(ts, &kr_exc_TypeError, "type '%s' is not subscriptable",
                              ((KrType *)o)->name);
    }
    return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not subscriptable",
                          o->ob_type->name);
}

KrObject *kri_object_getitem_index(KrThread *ts, KrObject *o, ssize_t i)
{
    KrObject *key = kri_int_from_ssize(ts, i);
    if (!key)
        return NULL;
    KrObject *r = kri_object_getitem(ts, o, key);
    kr_decref(key);
    return r;
}

int kri_object_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    KrSetitemFn fn = o->ob_type->setitem;
    if (fn)
        return fn(ts, o, key, value);
    kri_err_format(ts, &kr_exc_TypeError, "'%s' object does not support item assignment",
                   o->ob_type->name);
    return -1;
}

int kri_object_delitem(KrThread *ts, KrObject *o, KrObject *key)
{
    KrSetitemFn fn = o->ob_type->setitem;
    if (fn)
        return fn(ts, o, key, NULL);
    /* CPython words it by the path that failed: the sequence protocol
     * (types with sequence slots, every class, an integer key) says
     * "doesn't", the generic one "does not". */
    KrType *t = o->ob_type;
    bool seq = kr_type_has(t, KR_TPF_HEAPTYPE) || t->len || t->contains || t->getitem ||
               t->sq_concat || t->sq_repeat;
    kri_err_format(ts, &kr_exc_TypeError, "'%s' object %s support item deletion",
                   t->name, seq && key->ob_type->nb_index ? "doesn't" : "does not");
    return -1;
}

int kri_sequence_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    KrContainsFn fn = o->ob_type->contains;
    if (fn)
        return fn(ts, o, item);
    KrObject *it = kri_object_iter(ts, o);
    if (!it) {
        if (kri_err_matches(ts, &kr_exc_TypeError)) {
            kri_err_clear(ts);
            kri_err_format(ts, &kr_exc_TypeError, "argument of type '%s' is not iterable",
                           o->ob_type->name);
        }
        return -1;
    }
    KrObject *x;
    int found = 0;
    while (!found && (x = kri_iter_next(ts, it))) {
        found = kri_object_richcompare_bool(ts, x, item, KR_EQ);
        kr_decref(x);
    }
    kr_decref(it);
    return found < 0 || kri_err_occurred(ts) ? -1 : found;
}

KrObject *kri_sequence_list(KrThread *ts, KrObject *iterable)
{
    KrObject *l = kri_list_new(ts, 0);
    if (l && kri_list_extend(ts, l, iterable) < 0)
        KR_CLEAR(l);
    return l;
}

KrObject *kri_sequence_tuple(KrThread *ts, KrObject *iterable)
{
    if (kr_is_type(iterable, &kr_tuple_type))
        return KR_NEWREF(iterable);
    KrObject *l = kri_sequence_list(ts, iterable);
    if (!l)
        return NULL;
    KrObject *t = kri_list_as_tuple(ts, l);
    kr_decref(l);
    return t;
}

/* ---- iteration ---- */

bool kri_iter_check(const KrObject *o)
{
    return o->ob_type->iternext != NULL;
}

KrObject *kri_object_iter(KrThread *ts, KrObject *o)
{
    KrUnaryFn fn = o->ob_type->iter;
    if (fn) {
        KrObject *it = fn(ts, o);
        if (it && !kri_iter_check(it)) {
            kri_err_format(ts, &kr_exc_TypeError, "iter() returned non-iterator of type '%s'",
                           it->ob_type->name);
            KR_CLEAR(it);
        }
        return it;
    }
    if (o->ob_type->getitem && o->ob_type->sq_like)
        return kri_seqiter_new(ts, o);
    return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not iterable",
                          o->ob_type->name);
}

KrObject *kri_iter_next(KrThread *ts, KrObject *it)
{
    KrObject *r = it->ob_type->iternext(ts, it);
    if (!r && kri_err_matches(ts, &kr_exc_StopIteration))
        kri_err_clear(ts);
    return r;
}

/* ---- repr recursion guard ---- */

int kri_repr_enter(KrThread *ts, KrObject *o)
{
    KrObject *list = ts->repr_running;
    if (!list) {
        list = ts->repr_running = kri_list_new(ts, 0);
        if (!list)
            return -1;
    }
    for (ssize_t i = 0; i < KR_SIZE(list); i++)
        if (KR_LIST_ITEMS(list)[i] == o)
            return 1;
    return kri_list_append(ts, list, o);
}

void kri_repr_leave(KrThread *ts, KrObject *o)
{
    KrObject *list = ts->repr_running;
    if (!list)
        return;
    for (ssize_t i = KR_SIZE(list) - 1; i >= 0; i--) {
        if (KR_LIST_ITEMS(list)[i] == o) {
            KrObject *item = KR_LIST_ITEMS(list)[i];
            for (ssize_t j = i; j < KR_SIZE(list) - 1; j++)
                KR_LIST_ITEMS(list)[j] = KR_LIST_ITEMS(list)[j + 1];
            KR_SIZE(list)--;
            kr_decref(item);
            return;
        }
    }
}
