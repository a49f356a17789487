/* Builtin functions that reduce or order values: max, min, sum, sorted,
 * and the numeric pow and round. sum keeps CPython 3.11's fast paths (an
 * int64 accumulator for exact ints, a plain double for floats: 3.11 adds
 * floats left to right without compensation, so results match it bit for
 * bit) and falls back to `+` on the first other value. */
#include "modules/bltin.h"

/* ---- max / min ---- */

/* Parses max/min's keywords (key=, default=) into *[key] and *[dflt]
 * (borrowed, NULL when absent; key=None counts as absent). */
static int minmax_keywords(KrThread *ts, const char *name, KrObject *const *args,
                           ssize_t nargs, KrObject *kwnames, KrObject **key, KrObject **dflt)
{
    *key = *dflt = NULL;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *kw = KR_TUPLE_ITEMS(kwnames)[k];
        if (kri_str_eq_cstr(kw, "key"))
            *key = args[nargs + k];
        else if (kri_str_eq_cstr(kw, "default"))
            *dflt = args[nargs + k];
        else {
            kri_iterargs_bad_keyword(ts, name, kw);
            return -1;
        }
    }
    if (*key == KR_NONE)
        *key = NULL;
    return 0;
}

static KrObject *min_max(KrThread *ts, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames, int op)
{
    const char *name = op == KR_GT ? "max" : "min";
    ssize_t nargs = KR_NARGS(nargsf);
    KrObject *key, *dflt;
    if (kri_check_args(ts, name, nargs, 1, PTRDIFF_MAX, NULL) < 0 ||
        minmax_keywords(ts, name, args, nargs, kwnames, &key, &dflt) < 0)
        return NULL;
    if (nargs > 1 && dflt)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional "
                              "arguments", name);
    KrObject *seq = nargs == 1 ? args[0] : kri_tuple_from_array(ts, args, nargs);
    KrObject *it = seq ? kri_object_iter(ts, seq) : NULL;
    if (nargs > 1)
        kr_xdecref(seq);
    if (!it)
        return NULL;
    KrObject *best = NULL, *best_key = NULL, *item;
    while ((item = kri_iter_next(ts, it))) {
        KrObject *k = key ? kri_call1(ts, key, item) : kr_incref(item);
        int better = !k ? -1 : !best ? 1 : kri_object_richcompare_bool(ts, k, best_key, op);
        if (better > 0) {
            KR_SETREF(best, item);
            KR_SETREF(best_key, k);
            continue;
        }
        kr_decref(item);
        kr_xdecref(k);
        if (better < 0)
            break;
    }
    kr_decref(it);
    kr_xdecref(best_key);
    if (kri_err_occurred(ts)) {
        kr_xdecref(best);
        return NULL;
    }
    if (best)
        return best;
    if (dflt)
        return KR_NEWREF(dflt);
    return kri_err_format(ts, &kr_exc_ValueError, "%s() arg is an empty sequence", name);
}

static KrObject *bltin_max(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    return min_max(ts, args, nargsf, kwnames, KR_GT);
}

static KrObject *bltin_min(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    return min_max(ts, args, nargsf, kwnames, KR_LT);
}

/* ---- pow, round ---- */

static const char *const pow_names[] = {"base", "exp", "mod"};
static const KrArgSpec pow_spec = {"pow", pow_names, 3, 0, 3, 2, true};

static KrObject *bltin_pow(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    KrObject *a[3];
    if (kri_iterargs_parse(ts, &pow_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    return kri_number_power(ts, a[0], a[1], a[2] ? a[2] : KR_NONE);
}

static const char *const round_names[] = {"number", "ndigits"};
static const KrArgSpec round_spec = {"round", round_names, 2, 0, 2, 1, true};

static KrObject *bltin_round(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    KrObject *a[2];
    if (kri_iterargs_parse(ts, &round_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    KrType *t = a[0]->ob_type;
    if (!kri_type_lookup(ts, t, KR_ID(__round__)))
        return kri_err_format(ts, &kr_exc_TypeError, "type %s doesn't define __round__ method",
                              t->name);
    bool with_digits = a[1] && a[1] != KR_NONE;
    return kri_call_method(ts, a[0], KR_ID(__round__), a + 1, with_digits ? 1 : 0);
}

/* ---- sum ---- */

/* The int64 fast path: adds exact ints to [*acc] while they fit; returns
 * the first item it could not take (new reference), or NULL at the end or
 * on error. */
static KrObject *sum_ints(KrThread *ts, KrObject *it, int64_t *acc)
{
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        int64_t v, r;
        if ((kr_is_type(item, &kr_int_type) || kr_is_type(item, &kr_bool_type)) &&
            kri_int_to_i64(item, &v) && !__builtin_add_overflow(*acc, v, &r)) {
            *acc = r;
            kr_decref(item);
            continue;
        }
        return item;
    }
    return NULL;
}

/* The double fast path: exact floats, and exact ints that fit in int64. */
static KrObject *sum_floats(KrThread *ts, KrObject *it, double *acc)
{
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        int64_t v;
        if (kr_is_type(item, &kr_float_type))
            *acc += KR_FLOAT_VALUE(item);
        else if (kr_int_check(item) && kri_int_to_i64(item, &v))
            *acc += (double)v;
        else
            return item;
        kr_decref(item);
    }
    return NULL;
}

/* Folds the rest of [it] into [result] (stolen) with `+`, returning to a
 * fast path whenever the running result becomes an exact int or float. */
static KrObject *sum_rest(KrThread *ts, KrObject *it, KrObject *result)
{
    for (;;) {
        KrObject *item = NULL;
        int64_t iacc;
        if (kr_is_type(result, &kr_int_type) && kri_int_to_i64(result, &iacc)) {
            kr_decref(result);
            item = sum_ints(ts, it, &iacc);
            result = kri_int_from_i64(ts, iacc);
        } else if (kr_is_type(result, &kr_float_type)) {
            double facc = KR_FLOAT_VALUE(result);
            kr_decref(result);
            item = sum_floats(ts, it, &facc);
            result = kri_float_from_double(ts, facc);
        } else {
            item = kri_iter_next(ts, it);
        }
        if (!item || !result || kri_err_occurred(ts)) {
            kr_xdecref(item);
            if (kri_err_occurred(ts))
                KR_CLEAR(result);
            return result;
        }
        KrObject *next = kri_number_binop(ts, result, item, KR_NB_ADD);
        kr_decref(result);
        kr_decref(item);
        if (!next)
            return NULL;
        result = next;
    }
}

static const char *const sum_names[] = {"iterable", "start"};
static const KrArgSpec sum_spec = {"sum", sum_names, 2, 1, 2, 1, true};

static KrObject *bltin_sum(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    KrObject *a[2];
    if (nargs < 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "sum() takes at least 1 positional argument (0 given)");
    if (kri_iterargs_parse(ts, &sum_spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    KrObject *start = a[1] ? a[1] : kri_int_small(0);
    if (kr_str_check(start))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "sum() can't sum strings [use ''.join(seq) instead]");
    if (kr_bytes_check(start))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "sum() can't sum bytes [use b''.join(seq) instead]");
    if (kr_bytearray_check(start))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "sum() can't sum bytearray [use b''.join(seq) instead]");
    KrObject *it = kri_object_iter(ts, a[0]);
    if (!it)
        return NULL;
    KrObject *r = sum_rest(ts, it, kr_incref(start));
    kr_decref(it);
    return r;
}

/* ---- sorted ---- */

static KrObject *bltin_sorted(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "sorted", nargs, 1, 1, NULL) < 0)
        return NULL;
    KrObject *key = NULL, *reverse = NULL;
    for (ssize_t k = 0; kwnames && k < KR_SIZE(kwnames); k++) {
        KrObject *kw = KR_TUPLE_ITEMS(kwnames)[k];
        if (kri_str_eq_cstr(kw, "key"))
            key = args[nargs + k];
        else if (kri_str_eq_cstr(kw, "reverse"))
            reverse = args[nargs + k];
        else
            return kri_iterargs_bad_keyword(ts, "sort", kw);
    }
    bool rev = false;
    if (reverse) {
        KrObject *i = kri_number_index(ts, reverse);
        if (!i)
            return NULL;
        rev = kri_int_sign(i) != 0;
        kr_decref(i);
    }
    KrObject *list = kri_sequence_list(ts, args[0]);
    if (list && kri_list_sort(ts, list, key == KR_NONE ? NULL : key, rev) < 0)
        KR_CLEAR(list);
    return list;
}

const KrMethodDef kri_bltin_num_methods[] = {
    {"max", KR_METH(bltin_max), KR_METH_KEYWORDS,
     "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, "
     "key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\n"
     "default keyword-only argument specifies an object to return if\nthe provided "
     "iterable is empty.\nWith two or more arguments, return the largest argument."},
    {"min", KR_METH(bltin_min), KR_METH_KEYWORDS,
     "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, "
     "key=func]) -> value\n\nWith a single iterable argument, return its smallest item. "
     "The\ndefault keyword-only argument specifies an object to return if\nthe provided "
     "iterable is empty.\nWith two or more arguments, return the smallest argument."},
    {"pow", KR_METH(bltin_pow), KR_METH_KEYWORDS,
     "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or "
     "base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more "
     "efficient algorithm when\ninvoked using the three argument form."},
    {"round", KR_METH(bltin_round), KR_METH_KEYWORDS,
     "round($module, /, number, ndigits=None)\n--\n\n"
     "Round a number to a given precision in decimal "
     "digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\n"
     "the return value has the same type as the number.  ndigits may be negative."},
    {"sorted", KR_METH(bltin_sorted), KR_METH_KEYWORDS,
     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing "
     "all items from the iterable in ascending order.\n\nA custom key function can be "
     "supplied to customize the sort order, and the\nreverse flag can be set to request "
     "the result in descending order."},
    {"sum", KR_METH(bltin_sum), KR_METH_KEYWORDS,
     "sum($module, iterable, /, start=0)\n--\n\n"
     "Return the sum of a 'start' value (default: 0) plus "
     "an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis "
     "function is intended specifically for use with numeric values and may\nreject "
     "non-numeric types."},
    {NULL, NULL, 0, NULL},
};
