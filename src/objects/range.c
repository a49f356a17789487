/* range objects and their iterators. A range holds start, stop, step and
 * its length as exact ints, so ranges of any size work; every operation
 * first tries a machine-word path, taken when start, step and length all
 * fit in int64 (then every item does too, since items lie between start
 * and stop). Ranges compare and hash as the sequence they describe:
 * (len, start, step), with start ignored when empty and step when of
 * length one. Iteration uses range_iterator (machine words) or
 * longrange_iterator (int objects), as CPython does. Invariants: step is
 * never 0; length is >= 0. */
#include "objects/iterators.h"

/* ---- int helpers (all return new references or NULL) ---- */

static KrObject *add(KrThread *ts, KrObject *a, KrObject *b)
{
    return kri_number_binop(ts, a, b, KR_NB_ADD);
}

static KrObject *sub(KrThread *ts, KrObject *a, KrObject *b)
{
    return kri_number_binop(ts, a, b, KR_NB_SUBTRACT);
}

static KrObject *mul(KrThread *ts, KrObject *a, KrObject *b)
{
    return kri_number_binop(ts, a, b, KR_NB_MULTIPLY);
}

/* a + b * c */
static KrObject *add_mul(KrThread *ts, KrObject *a, KrObject *b, KrObject *c)
{
    KrObject *p = mul(ts, b, c);
    if (!p)
        return NULL;
    KrObject *r = add(ts, a, p);
    kr_decref(p);
    return r;
}

/* An exact int equal to int (or subclass) [o]. */
static KrObject *exact_int(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_int_type))
        return KR_NEWREF(o);
    return kri_number_binop(ts, o, kri_int_small(0), KR_NB_ADD);
}

/* The number of items of range(start, stop, step), as an int. */
static KrObject *compute_length(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    int64_t a, b, s;
    if (kri_int_to_i64(start, &a) && kri_int_to_i64(stop, &b) && kri_int_to_i64(step, &s)) {
        uint64_t n = 0;
        if (s > 0 && a < b)
            n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)s + 1;
        else if (s < 0 && a > b)
            n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)s) + 1;
        return kri_int_from_u64(ts, n);
    }
    bool up = kri_int_sign(step) > 0;
    int lo_hi = kri_object_richcompare_bool(ts, up ? start : stop, up ? stop : start, KR_LT);
    if (lo_hi <= 0)
        return lo_hi < 0 ? NULL : kri_int_small(0);
    /* (hi - lo - 1) // |step| + 1 */
    KrObject *diff = up ? sub(ts, stop, start) : sub(ts, start, stop);
    KrObject *dm1 = diff ? sub(ts, diff, kri_int_small(1)) : NULL;
    KrObject *abs_step = dm1 ? kri_number_absolute(ts, step) : NULL;
    KrObject *q = abs_step ? kri_number_binop(ts, dm1, abs_step, KR_NB_FLOOR_DIVIDE) : NULL;
    KrObject *r = q ? add(ts, q, kri_int_small(1)) : NULL;
    kr_xdecref(diff);
    kr_xdecref(dm1);
    kr_xdecref(abs_step);
    kr_xdecref(q);
    return r;
}

KrObject *kri_range_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step)
{
    KrRange *r = (KrRange *)kri_object_alloc(ts, &kr_range_type, sizeof(KrRange));
    if (!r)
        return NULL;
    r->start = exact_int(ts, start);
    r->stop = r->start ? exact_int(ts, stop) : NULL;
    r->step = r->stop ? exact_int(ts, step) : NULL;
    r->length = r->step ? compute_length(ts, r->start, r->stop, r->step) : NULL;
    if (!r->length) {
        kr_decref(KR_OBJ(r));
        return NULL;
    }
    return KR_OBJ(r);
}

/* The machine-word form of [r]: false unless start, stop, step and length
 * fit in int64 (then so does every item, all lying between start and
 * stop). */
static bool range_small(const KrRange *r, int64_t *start, int64_t *step, int64_t *len)
{
    int64_t stop;
    return kri_int_to_i64(r->start, start) && kri_int_to_i64(r->stop, &stop) &&
           kri_int_to_i64(r->step, step) && kri_int_to_i64(r->length, len);
}

static KrObject *range_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "range", nargs, 1, 3, kwnames) < 0)
        return NULL;
    KrObject *v[3] = {NULL, NULL, NULL};
    KrObject *r = NULL;
    for (ssize_t i = 0; i < nargs; i++)
        if (!(v[i] = kri_number_index(ts, args[i])))
            goto done;
    if (nargs == 1) {
        r = kri_range_new(ts, kri_int_small(0), v[0], kri_int_small(1));
    } else if (nargs == 3 && kri_int_sign(v[2]) == 0) {
        kri_err_set(ts, &kr_exc_ValueError, "range() arg 3 must not be zero");
    } else {
        r = kri_range_new(ts, v[0], v[1], nargs == 3 ? v[2] : kri_int_small(1));
    }
done:
    for (int i = 0; i < 3; i++)
        kr_xdecref(v[i]);
    return r;
}

static void range_dealloc(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    kr_xdecref(r->start);
    kr_xdecref(r->stop);
    kr_xdecref(r->step);
    kr_xdecref(r->length);
    kri_object_free(o);
}

static KrObject *range_repr(KrThread *ts, KrObject *o)
{
    KrRange *r = (KrRange *)o;
    int64_t step;
    if (kri_int_to_i64(r->step, &step) && step == 1)
        return kri_str_format(ts, "range(%R, %R)", r->start, r->stop);
    return kri_str_format(ts, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ssize_t range_len(KrThread *ts, KrObject *o)
{
    return kri_int_as_ssize(ts, ((KrRange *)o)->length);
}

static int range_bool(KrThread *ts, KrObject *o)
{
    return kri_int_sign(((KrRange *)o)->length) != 0;
}

/* ---- indexing and slicing ---- */

static KrObject *index_error(KrThread *ts)
{
    return kri_err_format(ts, &kr_exc_IndexError, "range object index out of range");
}

/* The item at int [i] (may be negative). */
static KrObject *range_item(KrThread *ts, KrRange *r, KrObject *i)
{
    int64_t start, step, len, idx;
    if (range_small(r, &start, &step, &len) && kri_int_to_i64(i, &idx)) {
        if (idx < 0)
            idx += len;
        if (idx < 0 || idx >= len)
            return index_error(ts);
        return kri_int_from_i64(ts, (int64_t)((uint64_t)start + (uint64_t)idx * (uint64_t)step));
    }
    KrObject *pos = kri_int_sign(i) < 0 ? add(ts, i, r->length) : KR_NEWREF(i);
    if (!pos)
        return NULL;
    KrObject *res = NULL;
    int ok = kri_int_sign(pos) >= 0 ? kri_object_richcompare_bool(ts, pos, r->length, KR_LT) : 0;
    if (ok > 0)
        res = add_mul(ts, r->start, pos, r->step);
    else if (ok == 0)
        index_error(ts);
    kr_decref(pos);
    return res;
}

/* One slice bound as an int, None, or TypeError. */
static int slice_bound(KrThread *ts, KrObject *v, KrObject **out)
{
    if (v == KR_NONE) {
        *out = NULL;
        return 0;
    }
    if (!kri_number_has_index(v)) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = kri_number_index(ts, v);
    return *out ? 0 : -1;
}

/* Clamps bound [*v] (owned, or NULL for None) as slice.indices() does,
 * replacing it with an owned int. */
static int clamp_bound(KrThread *ts, KrObject **v, KrObject *dflt, KrObject *lower,
                       KrObject *upper, KrObject *length)
{
    if (!*v) {
        *v = KR_NEWREF(dflt);
        return 0;
    }
    if (kri_int_sign(*v) < 0) {
        KrObject *t = add(ts, *v, length);
        if (!t)
            return -1;
        KR_SETREF(*v, t);
        int below = kri_object_richcompare_bool(ts, *v, lower, KR_LT);
        if (below > 0)
            KR_SETREF(*v, KR_NEWREF(lower));
        return below < 0 ? -1 : 0;
    }
    int above = kri_object_richcompare_bool(ts, *v, upper, KR_GT);
    if (above > 0)
        KR_SETREF(*v, KR_NEWREF(upper));
    return above < 0 ? -1 : 0;
}

/* range[slice]: the slice's indices over the length as ints (any size),
 * then the range of the items they select. */
static KrObject *range_slice(KrThread *ts, KrRange *r, KrSlice *s)
{
    KrObject *step = NULL, *start = NULL, *stop = NULL, *lower = NULL, *upper = NULL;
    KrObject *res = NULL;
    if (slice_bound(ts, s->step, &step) < 0)
        return NULL;
    if (!step)
        step = kri_int_small(1);
    if (kri_int_sign(step) == 0) {
        kri_err_set(ts, &kr_exc_ValueError, "slice step cannot be zero");
        goto done;
    }
    if (slice_bound(ts, s->start, &start) < 0 || slice_bound(ts, s->stop, &stop) < 0)
        goto done;
    bool down = kri_int_sign(step) < 0;
    lower = down ? kri_int_small(-1) : kri_int_small(0);
    upper = down ? sub(ts, r->length, kri_int_small(1)) : KR_NEWREF(r->length);
    if (!upper || clamp_bound(ts, &start, down ? upper : lower, lower, upper, r->length) < 0 ||
        clamp_bound(ts, &stop, down ? lower : upper, lower, upper, r->length) < 0)
        goto done;
    KrObject *nstart = add_mul(ts, r->start, start, r->step);
    KrObject *nstop = nstart ? add_mul(ts, r->start, stop, r->step) : NULL;
    KrObject *nstep = nstop ? mul(ts, r->step, step) : NULL;
    if (nstep)
        res = kri_range_new(ts, nstart, nstop, nstep);
    kr_xdecref(nstart);
    kr_xdecref(nstop);
    kr_xdecref(nstep);
done:
    kr_xdecref(step);
    kr_xdecref(start);
    kr_xdecref(stop);
    kr_xdecref(upper);
    return res;
}

static KrObject *range_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    KrRange *r = (KrRange *)o;
    if (kr_is_type(key, &kr_slice_type))
        return range_slice(ts, r, (KrSlice *)key);
    if (!kri_number_has_index(key))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "range indices must be integers or slices, not %s",
                              kri_type_name(key->ob_type));
    KrObject *i = kri_number_index(ts, key);
    if (!i)
        return NULL;
    KrObject *res = range_item(ts, r, i);
    kr_decref(i);
    return res;
}

/* ---- membership, index, count ---- */

/* Whether int [x] is an item: 1, 0 or -1. O(1). */
static int range_has_int(KrThread *ts, KrRange *r, KrObject *x)
{
    int64_t start, step, len, v;
    if (range_small(r, &start, &step, &len) && kri_int_to_i64(x, &v)) {
        if (len == 0)
            return 0;
        int64_t last = (int64_t)((uint64_t)start + (uint64_t)(len - 1) * (uint64_t)step);
        int64_t lo = step > 0 ? start : last, hi = step > 0 ? last : start;
        if (v < lo || v > hi)
            return 0;
        uint64_t off = step > 0 ? (uint64_t)v - (uint64_t)start : (uint64_t)start - (uint64_t)v;
        uint64_t mag = step > 0 ? (uint64_t)step : 0 - (uint64_t)step;
        return off % mag == 0;
    }
    bool up = kri_int_sign(r->step) > 0;
    /* up: start <= x < stop; down: stop < x <= start */
    int in = kri_object_richcompare_bool(ts, up ? r->start : x, up ? x : r->start, KR_LE);
    if (in > 0)
        in = kri_object_richcompare_bool(ts, up ? x : r->stop, up ? r->stop : x, KR_LT);
    if (in <= 0)
        return in;
    KrObject *d = sub(ts, x, r->start);
    KrObject *m = d ? kri_number_binop(ts, d, r->step, KR_NB_REMAINDER) : NULL;
    int res = m ? kri_int_sign(m) == 0 : -1;
    kr_xdecref(d);
    kr_xdecref(m);
    return res;
}

static bool exact_int_like(const KrObject *o)
{
    return kr_is_type(o, &kr_int_type) || kr_is_type(o, &kr_bool_type);
}

/* Counts the items equal to [x] by iteration, stopping at the first when
 * [first_only]; *[where] receives the index of the first. -1 on error. */
static ssize_t range_search(KrThread *ts, KrObject *o, KrObject *x, bool first_only,
                            ssize_t *where)
{
    KrObject *it = kri_object_iter(ts, o);
    if (!it)
        return -1;
    ssize_t count = 0, i = 0;
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        int eq = kri_object_richcompare_bool(ts, item, x, KR_EQ);
        kr_decref(item);
        if (eq < 0)
            break;
        if (eq && count++ == 0)
            *where = i;
        if (eq && first_only)
            break;
        i++;
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : count;
}

static int range_contains(KrThread *ts, KrObject *o, KrObject *x)
{
    if (exact_int_like(x))
        return range_has_int(ts, (KrRange *)o, x);
    ssize_t where;
    ssize_t n = range_search(ts, o, x, true, &where);
    return n < 0 ? -1 : n > 0;
}

static KrObject *range_count(KrThread *ts, KrObject *o, KrObject *x)
{
    if (exact_int_like(x)) {
        int in = range_has_int(ts, (KrRange *)o, x);
        return in < 0 ? NULL : kri_int_small(in);
    }
    ssize_t where;
    ssize_t n = range_search(ts, o, x, false, &where);
    return n < 0 ? NULL : kri_int_from_ssize(ts, n);
}

static KrObject *range_index(KrThread *ts, KrObject *o, KrObject *x)
{
    KrRange *r = (KrRange *)o;
    if (exact_int_like(x)) {
        int in = range_has_int(ts, r, x);
        if (in <= 0)
            return in < 0 ? NULL : kri_err_format(ts, &kr_exc_ValueError, "%R is not in range", x);
        KrObject *d = sub(ts, x, r->start);
        KrObject *q = d ? kri_number_binop(ts, d, r->step, KR_NB_FLOOR_DIVIDE) : NULL;
        kr_xdecref(d);
        return q;
    }
    ssize_t where = 0;
    ssize_t n = range_search(ts, o, x, true, &where);
    if (n < 0)
        return NULL;
    if (n == 0)
        return kri_err_format(ts, &kr_exc_ValueError, "sequence.index(x): x not in sequence");
    return kri_int_from_ssize(ts, where);
}

/* ---- comparison and hashing ---- */

/* Whether two ranges describe the same sequence: 1, 0 or -1. */
static int range_equal(KrThread *ts, KrRange *a, KrRange *b)
{
    if (a == b)
        return 1;
    int eq = kri_object_richcompare_bool(ts, a->length, b->length, KR_EQ);
    if (eq <= 0 || kri_int_sign(a->length) == 0)
        return eq;
    eq = kri_object_richcompare_bool(ts, a->start, b->start, KR_EQ);
    if (eq <= 0)
        return eq;
    if (kri_object_richcompare_bool(ts, a->length, kri_int_small(1), KR_EQ) == 1)
        return 1;
    return kri_object_richcompare_bool(ts, a->step, b->step, KR_EQ);
}

static KrObject *range_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_is_type(b, &kr_range_type) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPLEMENTED;
    int eq = range_equal(ts, (KrRange *)a, (KrRange *)b);
    if (eq < 0)
        return NULL;
    return kr_bool(op == KR_EQ ? eq : !eq);
}

static int64_t range_hash(KrThread *ts, KrObject *o)
{
    KrRange *r = (KrRange *)o;
    KrObject *start = KR_NONE, *step = KR_NONE;
    if (kri_int_sign(r->length) != 0) {
        start = r->start;
        if (kri_object_richcompare_bool(ts, r->length, kri_int_small(1), KR_EQ) != 1)
            step = r->step;
    }
    KrObject *t = kri_tuple_pack(ts, 3, r->length, start, step);
    if (!t)
        return -1;
    int64_t h = kri_object_hash(ts, t);
    kr_decref(t);
    return h;
}

/* ---- methods ---- */

static KrObject *range_iter_from(KrThread *ts, KrObject *start, KrObject *step,
                                 KrObject *len, bool words);

static KrObject *range_iter(KrThread *ts, KrObject *o)
{
    KrRange *r = (KrRange *)o;
    int64_t stop;
    return range_iter_from(ts, r->start, r->step, r->length, kri_int_to_i64(r->stop, &stop));
}

/* Whether CPython 3.11 reverses [r] with a range_iterator: start, stop,
 * step, -step and start - step all fit in a machine word. */
static bool reversed_fits_words(const KrRange *r)
{
    int64_t start, stop, step, before;
    return kri_int_to_i64(r->start, &start) && kri_int_to_i64(r->stop, &stop) &&
           kri_int_to_i64(r->step, &step) && step != INT64_MIN &&
           !__builtin_sub_overflow(start, step, &before);
}

static KrObject *range_reversed(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrRange *r = (KrRange *)o;
    /* last = start + (len - 1) * step, walking back by -step */
    KrObject *lm1 = sub(ts, r->length, kri_int_small(1));
    KrObject *last = lm1 ? add_mul(ts, r->start, lm1, r->step) : NULL;
    KrObject *neg = last ? kri_number_negative(ts, r->step) : NULL;
    KrObject *it = neg ? range_iter_from(ts, last, neg, r->length, reversed_fits_words(r)) : NULL;
    kr_xdecref(lm1);
    kr_xdecref(last);
    kr_xdecref(neg);
    return it;
}

static KrObject *range_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrRange *r = (KrRange *)o;
    KrObject *args = kri_tuple_pack(ts, 3, r->start, r->stop, r->step);
    KrObject *res = args ? kri_tuple_pack(ts, 2, KR_OBJ(&kr_range_type), args) : NULL;
    kr_xdecref(args);
    return res;
}

static const KrMethodDef range_methods[] = {
    {"__reversed__", KR_METH(range_reversed), KR_METH_NOARGS,
     "Return a reverse iterator."},
    {"__reduce__", KR_METH(range_reduce), KR_METH_NOARGS, NULL},
    {"count", KR_METH(range_count), KR_METH_O,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", KR_METH(range_index), KR_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef range_members[] = {
    {"start", KR_MEMBER_OBJECT, offsetof(KrRange, start), true, NULL},
    {"stop", KR_MEMBER_OBJECT, offsetof(KrRange, stop), true, NULL},
    {"step", KR_MEMBER_OBJECT, offsetof(KrRange, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_range_type = {
    KR_TYPE_HEADER,
    .name = "range",
    .basicsize = sizeof(KrRange),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_SEQUENCE,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattro = kri_object_generic_getattr,
    .new_ = range_new,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .sq_like = true,
    .methods = range_methods,
    .members = range_members,
};

/* ---- range_iterator: machine words ----
 * Item i is start + i * step, computed in unsigned arithmetic (it is
 * known to fit for i < len). */
typedef struct KrRangeIter {
    KrObject ob_base;
    int64_t start, step, len, index;
} KrRangeIter;

/* ---- longrange_iterator: int objects ---- */
typedef struct KrLongRangeIter {
    KrObject ob_base;
    KrObject *start, *step, *len, *index; /* owned ints */
} KrLongRangeIter;

/* An iterator over start, start + step, ... ([len] items): a
 * range_iterator when [words] allows and every item fits in int64, a
 * longrange_iterator otherwise. */
static KrObject *range_iter_from(KrThread *ts, KrObject *start, KrObject *step, KrObject *len,
                                 bool words)
{
    int64_t a, s, n, span, last;
    if (words && kri_int_to_i64(start, &a) && kri_int_to_i64(step, &s) && kri_int_to_i64(len, &n) &&
        !__builtin_mul_overflow(n > 0 ? n - 1 : 0, s, &span) &&
        !__builtin_add_overflow(a, span, &last)) {
        KrRangeIter *it =
            (KrRangeIter *)kri_object_alloc(ts, &kr_range_iter_type, sizeof(KrRangeIter));
        if (it) {
            it->start = a;
            it->step = s;
            it->len = n;
        }
        return KR_OBJ(it);
    }
    KrLongRangeIter *it =
        (KrLongRangeIter *)kri_object_alloc(ts, &kr_longrange_iter_type, sizeof(KrLongRangeIter));
    if (!it)
        return NULL;
    it->start = kr_incref(start);
    it->step = kr_incref(step);
    it->len = kr_incref(len);
    it->index = kri_int_small(0);
    return KR_OBJ(it);
}

static KrObject *self_iter(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *range_iter_next(KrThread *ts, KrObject *o)
{
    KrRangeIter *it = (KrRangeIter *)o;
    if (it->index >= it->len)
        return NULL;
    uint64_t v = (uint64_t)it->start + (uint64_t)it->index++ * (uint64_t)it->step;
    return kri_int_from_i64(ts, (int64_t)v);
}

static KrObject *range_iter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrRangeIter *it = (KrRangeIter *)o;
    return kri_int_from_i64(ts, it->len - it->index);
}

/* (iter, (range(start, start + len * step, step),), index) for both
 * iterator kinds, as CPython 3.11 pickles them. */
static KrObject *iter_reduce(KrThread *ts, KrObject *start, KrObject *step, KrObject *len,
                             KrObject *index)
{
    KrObject *iter = kri_dict_get_cstr_borrow(ts, ts->interp->builtins, "iter");
    if (!iter)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_RuntimeError, "lost builtins.iter");
    KrObject *stop = add_mul(ts, start, len, step);
    KrObject *range = stop ? kri_range_new(ts, start, stop, step) : NULL;
    KrObject *args = range ? kri_tuple_pack(ts, 1, range) : NULL;
    KrObject *r = args ? kri_tuple_pack(ts, 3, iter, args, index) : NULL;
    kr_xdecref(stop);
    kr_xdecref(range);
    kr_xdecref(args);
    return r;
}

static KrObject *range_iter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrRangeIter *it = (KrRangeIter *)o;
    KrObject *v[4] = {kri_int_from_i64(ts, it->start), kri_int_from_i64(ts, it->step),
                      kri_int_from_i64(ts, it->len), kri_int_from_i64(ts, it->index)};
    KrObject *r = v[0] && v[1] && v[2] && v[3] ? iter_reduce(ts, v[0], v[1], v[2], v[3]) : NULL;
    for (int i = 0; i < 4; i++)
        kr_xdecref(v[i]);
    return r;
}

/* __setstate__(index): clamped to [0, len]. */
static KrObject *range_iter_setstate(KrThread *ts, KrObject *o, KrObject *state)
{
    KrRangeIter *it = (KrRangeIter *)o;
    ssize_t index = kri_number_as_ssize(ts, state, NULL);
    if (index == -1 && kri_err_occurred(ts))
        return NULL;
    it->index = index < 0 ? 0 : index > it->len ? it->len : index;
    return KR_NONE;
}

static const KrMethodDef range_iter_methods[] = {
    {"__length_hint__", KR_METH(range_iter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", KR_METH(range_iter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", KR_METH(range_iter_setstate), KR_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_range_iter_type = {
    KR_TYPE_HEADER,
    .name = "range_iterator",
    .basicsize = sizeof(KrRangeIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = kri_object_free,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = range_iter_next,
    .new_ = kri_type_no_instances,
    .methods = range_iter_methods,
};

static void longrange_iter_dealloc(KrObject *o)
{
    KrLongRangeIter *it = (KrLongRangeIter *)o;
    kr_xdecref(it->start);
    kr_xdecref(it->step);
    kr_xdecref(it->len);
    kr_xdecref(it->index);
    kri_object_free(o);
}

static KrObject *longrange_iter_next(KrThread *ts, KrObject *o)
{
    KrLongRangeIter *it = (KrLongRangeIter *)o;
    int more = kri_object_richcompare_bool(ts, it->index, it->len, KR_LT);
    if (more <= 0)
        return NULL;
    KrObject *v = add_mul(ts, it->start, it->index, it->step);
    KrObject *next = v ? add(ts, it->index, kri_int_small(1)) : NULL;
    if (!next) {
        kr_xdecref(v);
        return NULL;
    }
    KR_SETREF(it->index, next);
    return v;
}

static KrObject *longrange_iter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrLongRangeIter *it = (KrLongRangeIter *)o;
    return sub(ts, it->len, it->index);
}

static KrObject *longrange_iter_reduce(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrLongRangeIter *it = (KrLongRangeIter *)o;
    return iter_reduce(ts, it->start, it->step, it->len, it->index);
}

/* __setstate__(index): an int clamped to [0, len]. */
static KrObject *longrange_iter_setstate(KrThread *ts, KrObject *o, KrObject *state)
{
    KrLongRangeIter *it = (KrLongRangeIter *)o;
    KrObject *index = kri_number_index(ts, state);
    if (!index)
        return NULL;
    int above = kri_object_richcompare_bool(ts, index, it->len, KR_GT);
    if (above < 0) {
        kr_decref(index);
        return NULL;
    }
    if (kri_int_sign(index) < 0)
        KR_SETREF(index, kri_int_small(0));
    else if (above)
        KR_SETREF(index, kr_incref(it->len));
    KR_SETREF(it->index, index);
    return KR_NONE;
}

static const KrMethodDef longrange_iter_methods[] = {
    {"__length_hint__", KR_METH(longrange_iter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", KR_METH(longrange_iter_reduce), KR_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", KR_METH(longrange_iter_setstate), KR_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

KrType kr_longrange_iter_type = {
    KR_TYPE_HEADER,
    .name = "longrange_iterator",
    .basicsize = sizeof(KrLongRangeIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = longrange_iter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = self_iter,
    .iternext = longrange_iter_next,
    .new_ = kri_type_no_instances,
    .methods = longrange_iter_methods,
};
