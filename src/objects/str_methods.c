/* The str methods built on substring search: find, rfind, index, rindex,
 * count, startswith, endswith, replace, split, rsplit, splitlines,
 * partition, rpartition, strip, lstrip, rstrip, removeprefix, removesuffix
 * and join; plus the argument helpers every str method file shares.
 *
 * Methods of a subclass instance return exact str objects, as CPython's
 * do; an exact str that comes back unchanged is returned itself. Argument
 * errors copy CPython 3.11's wording, which differs between methods parsed
 * by argument clinic ("replace expected at least 2 arguments, got 0") and
 * those parsed the old way ("find() takes at least 1 argument (0 given)"). */
#include <string.h>

#include "objects/str_methods.h"

/* Argument clinic names None "None" (not "NoneType") in its type errors. */
static const char *arg_type_name(const KrObject *o)
{
    return o == KR_NONE ? "None" : kri_type_name(o->ob_type);
}

/* ---- argument helpers ---- */

int kri_str_methods_bind(KrThread *ts, const char *fname, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames, const char *const *names, int nnames,
                         KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf), nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (int i = 0; i < nnames; i++)
        out[i] = NULL;
    if (nargs + nkw > nnames) {
        bool kwonly = nargs == 0;
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                       fname, nnames, kwonly ? "keyword " : "", nnames == 1 ? "" : "s",
                       nargs + nkw);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        int slot = -1;
        for (int i = 0; i < nnames && slot < 0; i++)
            if (kri_str_eq_cstr(key, names[i]))
                slot = i;
        if (slot < 0) {
            kri_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           key, fname);
            return -1;
        }
        if (slot < nargs) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)", fname,
                           names[slot], slot + 1);
            return -1;
        }
        out[slot] = args[nargs + k];
    }
    return 0;
}

int kri_str_methods_need_str(KrThread *ts, KrObject *o)
{
    if (kr_str_check(o))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "must be str, not %s", kri_type_name(o->ob_type));
    return -1;
}

/* The positional-only methods parsed the old way: find, count, index,
 * startswith ... */
static int check_old_style(KrThread *ts, const char *name, size_t nargsf, KrObject *kwnames,
                           ssize_t min, ssize_t max)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < min) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes at least %zd argument%s (%zd given)",
                       name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)",
                       name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* The positional-only methods of argument clinic: replace, strip ... */
static int check_clinic(KrThread *ts, const char *name, size_t nargsf, KrObject *kwnames,
                        ssize_t min, ssize_t max)
{
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    return kri_check_args(ts, name, KR_NARGS(nargsf), min, max, NULL);
}

/* An integer argument as ssize_t; OverflowError "Python int too large to
 * convert to C ssize_t" when it does not fit. */
static int ssize_arg(KrThread *ts, KrObject *o, ssize_t *out)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return -1;
    ssize_t v = kri_int_as_ssize(ts, i);
    kr_decref(i);
    if (v == -1 && kri_err_occurred(ts))
        return -1;
    *out = v;
    return 0;
}

/* [self] as an exact str (itself, or a copy of a subclass instance). */
static KrObject *exact_str(KrThread *ts, KrObject *self)
{
    return kri_str_substr(ts, self, 0, kr_str_len(self));
}

/* ---- find, index, count ---- */

/* Parses (sub[, start[, end]]) with start/end clipped to [self]. */
static int parse_sub_range(KrThread *ts, const char *name, KrObject *self, KrObject *const *args,
                           size_t nargsf, KrObject *kwnames, ssize_t *start, ssize_t *end)
{
    if (check_old_style(ts, name, nargsf, kwnames, 1, 3) < 0)
        return -1;
    ssize_t nargs = KR_NARGS(nargsf);
    *start = 0;
    *end = PTRDIFF_MAX;
    if (kri_slice_bound_arg(ts, nargs > 1 ? args[1] : NULL, start) < 0 ||
        kri_slice_bound_arg(ts, nargs > 2 ? args[2] : NULL, end) < 0)
        return -1;
    kri_slice_clip(kr_str_len(self), start, end);
    return 0;
}

/* -1 not found, -2 error, else the index. */
static ssize_t find_common(KrThread *ts, const char *name, KrObject *self, KrObject *const *args,
                           size_t nargsf, KrObject *kwnames, bool reverse)
{
    ssize_t start, end;
    if (parse_sub_range(ts, name, self, args, nargsf, kwnames, &start, &end) < 0 ||
        kri_str_methods_need_str(ts, args[0]) < 0)
        return -2;
    return kri_str_search_find(ts, self, args[0], start, end, reverse);
}

static KrObject *find_result(KrThread *ts, ssize_t i, bool raise)
{
    if (i == -2)
        return NULL;
    if (i == -1 && raise)
        return kri_err_format(ts, &kr_exc_ValueError, "substring not found");
    return kri_int_from_ssize(ts, i);
}

KrObject *kri_str_methods_find(KrThread *ts, KrObject *self, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    return find_result(ts, find_common(ts, "find", self, args, nargsf, kwnames, false), false);
}

KrObject *kri_str_methods_rfind(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return find_result(ts, find_common(ts, "rfind", self, args, nargsf, kwnames, true), false);
}

KrObject *kri_str_methods_index(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return find_result(ts, find_common(ts, "index", self, args, nargsf, kwnames, false), true);
}

KrObject *kri_str_methods_rindex(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    return find_result(ts, find_common(ts, "rindex", self, args, nargsf, kwnames, true), true);
}

KrObject *kri_str_methods_count(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    ssize_t start, end;
    if (parse_sub_range(ts, "count", self, args, nargsf, kwnames, &start, &end) < 0 ||
        kri_str_methods_need_str(ts, args[0]) < 0)
        return NULL;
    ssize_t n;
    if (start > end)
        n = 0;
    else if (kr_str_len(args[0]) == 0)
        n = end - start + 1;
    else if ((n = kri_str_search_count(ts, self, args[0], start, end, -1)) < 0)
        return NULL;
    return kri_int_from_ssize(ts, n);
}

/* ---- startswith, endswith ---- */

static bool tail_match(KrObject *self, KrObject *sub, ssize_t start, ssize_t end, bool at_end)
{
    ssize_t m = kr_str_len(sub);
    if (end - start < m)
        return false;
    ssize_t at = at_end ? end - m : start;
    const KrStr *a = KR_STR(self), *b = KR_STR(sub);
    if (a->kind == b->kind)
        return memcmp((const char *)kr_str_data(self) + at * a->kind, kr_str_data(sub),
                      (size_t)m * a->kind) == 0;
    for (ssize_t i = 0; i < m; i++)
        if (kr_str_at(self, at + i) != kr_str_at(sub, i))
            return false;
    return true;
}

static KrObject *starts_ends(KrThread *ts, const char *name, KrObject *self,
                             KrObject *const *args, size_t nargsf, KrObject *kwnames,
                             bool at_end)
{
    ssize_t start, end;
    if (parse_sub_range(ts, name, self, args, nargsf, kwnames, &start, &end) < 0)
        return NULL;
    KrObject *what = args[0];
    if (kr_str_check(what))
        return kr_bool(tail_match(self, what, start, end, at_end));
    if (!kr_tuple_check(what))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "%s first arg must be str or a tuple of str, not %s", name,
                              kri_type_name(what->ob_type));
    for (ssize_t i = 0; i < KR_SIZE(what); i++) {
        KrObject *sub = KR_TUPLE_ITEMS(what)[i];
        if (!kr_str_check(sub))
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "tuple for %s must only contain str, not %s", name,
                                  kri_type_name(sub->ob_type));
        if (tail_match(self, sub, start, end, at_end))
            return KR_TRUE;
    }
    return KR_FALSE;
}

KrObject *kri_str_methods_startswith(KrThread *ts, KrObject *self, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames)
{
    return starts_ends(ts, "startswith", self, args, nargsf, kwnames, false);
}

KrObject *kri_str_methods_endswith(KrThread *ts, KrObject *self, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames)
{
    return starts_ends(ts, "endswith", self, args, nargsf, kwnames, true);
}

/* ---- replace ---- */

/* replace('', new): [new] before every character and at the end, at most
 * [count] times. */
static KrObject *replace_empty(KrThread *ts, KrObject *self, KrObject *rep, ssize_t count)
{
    ssize_t n = kr_str_len(self);
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i <= n; i++) {
        if ((count < 0 || i < count) && kri_strw_str(ts, &w, rep) < 0)
            goto fail;
        if (i < n && kri_strw_substr(ts, &w, self, i, i + 1) < 0)
            goto fail;
    }
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

KrObject *kri_str_methods_replace(KrThread *ts, KrObject *self, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames)
{
    if (check_clinic(ts, "replace", nargsf, kwnames, 2, 3) < 0)
        return NULL;
    KrObject *old = args[0], *rep = args[1];
    ssize_t count = -1;
    if (!kr_str_check(old))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "replace() argument 1 must be str, not %s",
                              arg_type_name(old));
    if (!kr_str_check(rep))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "replace() argument 2 must be str, not %s",
                              arg_type_name(rep));
    if (KR_NARGS(nargsf) > 2 && ssize_arg(ts, args[2], &count) < 0)
        return NULL;
    ssize_t n = kr_str_len(self), m = kr_str_len(old);
    if (count == 0)
        return exact_str(ts, self);
    if (m == 0)
        return replace_empty(ts, self, rep, count);
    KrStrWriter w;
    kri_strw_init(&w);
    ssize_t pos = 0, done = 0;
    while (count < 0 || done < count) {
        ssize_t i = kri_str_search_find(ts, self, old, pos, n, false);
        if (i == -2)
            goto fail;
        if (i < 0)
            break;
        if (kri_strw_substr(ts, &w, self, pos, i) < 0 || kri_strw_str(ts, &w, rep) < 0)
            goto fail;
        pos = i + m;
        done++;
    }
    if (done == 0) {
        kri_strw_discard(&w);
        return exact_str(ts, self);
    }
    if (kri_strw_substr(ts, &w, self, pos, n) < 0)
        goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

/* ---- split, rsplit, splitlines ---- */

static const char *const split_names[] = {"sep", "maxsplit"};

static int parse_split(KrThread *ts, const char *name, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames, KrObject **sep, ssize_t *maxsplit)
{
    KrObject *a[2];
    if (kri_str_methods_bind(ts, name, args, nargsf, kwnames, split_names, 2, a) < 0)
        return -1;
    *sep = a[0] == KR_NONE ? NULL : a[0];
    *maxsplit = -1;
    if (*sep && !kr_str_check(*sep)) {
        kri_err_format(ts, &kr_exc_TypeError, "must be str or None, not %s",
                       kri_type_name((*sep)->ob_type));
        return -1;
    }
    if (*sep && kr_str_len(*sep) == 0) {
        kri_err_set(ts, &kr_exc_ValueError, "empty separator");
        return -1;
    }
    if (a[1] && ssize_arg(ts, a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = PTRDIFF_MAX;
    return 0;
}

/* Appends self[start:end] to [list]; the whole of an exact str is shared. */
static int append_piece(KrThread *ts, KrObject *list, KrObject *self, ssize_t start, ssize_t end)
{
    KrObject *piece = kri_str_substr(ts, self, start, end);
    return piece ? kri_list_append_steal(ts, list, piece) : -1;
}

static int split_whitespace(KrThread *ts, KrObject *list, KrObject *self, ssize_t maxsplit)
{
    ssize_t n = kr_str_len(self), i = 0;
    while (true) {
        while (i < n && kri_unicode_is_space(kr_str_at(self, i)))
            i++;
        if (i == n)
            return 0;
        if (maxsplit-- == 0) /* the rest, trailing whitespace kept */
            return append_piece(ts, list, self, i, n);
        ssize_t j = i;
        while (j < n && !kri_unicode_is_space(kr_str_at(self, j)))
            j++;
        if (append_piece(ts, list, self, i, j) < 0)
            return -1;
        i = j;
    }
}

static int rsplit_whitespace(KrThread *ts, KrObject *list, KrObject *self, ssize_t maxsplit)
{
    ssize_t j = kr_str_len(self);
    while (true) {
        while (j > 0 && kri_unicode_is_space(kr_str_at(self, j - 1)))
            j--;
        if (j == 0)
            return 0;
        if (maxsplit-- == 0) /* the rest, leading whitespace kept */
            return append_piece(ts, list, self, 0, j);
        ssize_t i = j;
        while (i > 0 && !kri_unicode_is_space(kr_str_at(self, i - 1)))
            i--;
        if (append_piece(ts, list, self, i, j) < 0)
            return -1;
        j = i;
    }
}

static int split_sep(KrThread *ts, KrObject *list, KrObject *self, KrObject *sep,
                     ssize_t maxsplit, bool reverse)
{
    ssize_t n = kr_str_len(self), m = kr_str_len(sep), lo = 0, hi = n;
    while (maxsplit-- > 0) {
        ssize_t i = kri_str_search_find(ts, self, sep, lo, hi, reverse);
        if (i == -2)
            return -1;
        if (i < 0)
            break;
        if (reverse ? append_piece(ts, list, self, i + m, hi) < 0
                    : append_piece(ts, list, self, lo, i) < 0)
            return -1;
        if (reverse)
            hi = i;
        else
            lo = i + m;
    }
    return append_piece(ts, list, self, lo, hi);
}

/* Reverses a list in place (rsplit collects its pieces from the end). */
static void list_reverse(KrObject *list)
{
    KrObject **items = KR_LIST_ITEMS(list);
    for (ssize_t i = 0, j = KR_SIZE(list) - 1; i < j; i++, j--) {
        KrObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static KrObject *split_common(KrThread *ts, const char *name, KrObject *self,
                              KrObject *const *args, size_t nargsf, KrObject *kwnames,
                              bool reverse)
{
    KrObject *sep;
    ssize_t maxsplit;
    if (parse_split(ts, name, args, nargsf, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    KrObject *list = kri_list_new(ts, 0);
    if (!list)
        return NULL;
    int r = !sep ? (reverse ? rsplit_whitespace : split_whitespace)(ts, list, self, maxsplit)
                 : split_sep(ts, list, self, sep, maxsplit, reverse);
    if (r < 0) {
        kr_decref(list);
        return NULL;
    }
    if (reverse)
        list_reverse(list);
    return list;
}

KrObject *kri_str_methods_split(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return split_common(ts, "split", self, args, nargsf, kwnames, false);
}

KrObject *kri_str_methods_rsplit(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    return split_common(ts, "rsplit", self, args, nargsf, kwnames, true);
}

KrObject *kri_str_methods_splitlines(KrThread *ts, KrObject *self, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    KrObject *a[1];
    if (kri_str_methods_bind(ts, "splitlines", args, nargsf, kwnames, names, 1, a) < 0)
        return NULL;
    bool keep = false;
    if (a[0]) {
        KrObject *i = kri_number_index(ts, a[0]);
        if (!i)
            return NULL;
        keep = kri_int_sign(i) != 0;
        kr_decref(i);
    }
    KrObject *list = kri_list_new(ts, 0);
    ssize_t n = kr_str_len(self), i = 0;
    while (list && i < n) {
        ssize_t j = i;
        while (j < n && !kri_unicode_is_linebreak(kr_str_at(self, j)))
            j++;
        ssize_t eol = j;
        if (j < n) {
            j += kr_str_at(self, j) == '\r' && j + 1 < n && kr_str_at(self, j + 1) == '\n' ? 2 : 1;
            if (keep)
                eol = j;
        }
        if (append_piece(ts, list, self, i, eol) < 0)
            KR_CLEAR(list);
        i = j;
    }
    return list;
}

/* ---- partition ---- */

static KrObject *partition_common(KrThread *ts, KrObject *self, KrObject *sep, bool reverse)
{
    if (kri_str_methods_need_str(ts, sep) < 0)
        return NULL;
    if (kr_str_len(sep) == 0)
        return kri_err_format(ts, &kr_exc_ValueError, "empty separator");
    ssize_t n = kr_str_len(self);
    ssize_t i = kri_str_search_find(ts, self, sep, 0, n, reverse);
    if (i == -2)
        return NULL;
    KrObject *parts[3] = {NULL, NULL, NULL};
    if (i < 0) {
        parts[reverse ? 2 : 0] = exact_str(ts, self);
        parts[reverse ? 0 : 2] = kri_str_empty();
        parts[1] = kri_str_empty();
    } else {
        parts[0] = kri_str_substr(ts, self, 0, i);
        parts[1] = kri_str_substr(ts, sep, 0, kr_str_len(sep));
        parts[2] = kri_str_substr(ts, self, i + kr_str_len(sep), n);
    }
    if (!parts[0] || !parts[1] || !parts[2]) {
        for (int k = 0; k < 3; k++)
            kr_xdecref(parts[k]);
        return NULL;
    }
    return kri_tuple_from_array_steal(ts, parts, 3);
}

KrObject *kri_str_methods_partition(KrThread *ts, KrObject *self, KrObject *arg)
{
    return partition_common(ts, self, arg, false);
}

KrObject *kri_str_methods_rpartition(KrThread *ts, KrObject *self, KrObject *arg)
{
    return partition_common(ts, self, arg, true);
}

/* ---- strip, removeprefix, removesuffix ---- */

static bool in_chars(KrObject *chars, uint32_t c)
{
    if (!chars)
        return kri_unicode_is_space(c);
    ssize_t n = kr_str_len(chars);
    for (ssize_t i = 0; i < n; i++)
        if (kr_str_at(chars, i) == c)
            return true;
    return false;
}

static KrObject *strip_common(KrThread *ts, const char *name, KrObject *self,
                              KrObject *const *args, size_t nargsf, KrObject *kwnames,
                              bool left, bool right)
{
    if (check_clinic(ts, name, nargsf, kwnames, 0, 1) < 0)
        return NULL;
    KrObject *chars = KR_NARGS(nargsf) ? args[0] : NULL;
    if (chars == KR_NONE)
        chars = NULL;
    if (chars && !kr_str_check(chars))
        return kri_err_format(ts, &kr_exc_TypeError, "%s arg must be None or str", name);
    ssize_t i = 0, j = kr_str_len(self);
    while (left && i < j && in_chars(chars, kr_str_at(self, i)))
        i++;
    while (right && j > i && in_chars(chars, kr_str_at(self, j - 1)))
        j--;
    return kri_str_substr(ts, self, i, j);
}

KrObject *kri_str_methods_strip(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return strip_common(ts, "strip", self, args, nargsf, kwnames, true, true);
}

KrObject *kri_str_methods_lstrip(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    return strip_common(ts, "lstrip", self, args, nargsf, kwnames, true, false);
}

KrObject *kri_str_methods_rstrip(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    return strip_common(ts, "rstrip", self, args, nargsf, kwnames, false, true);
}

static KrObject *remove_affix(KrThread *ts, const char *name, KrObject *self, KrObject *affix,
                              bool suffix)
{
    if (!kr_str_check(affix))
        return kri_err_format(ts, &kr_exc_TypeError, "%s() argument must be str, not %s", name,
                              arg_type_name(affix));
    ssize_t n = kr_str_len(self), m = kr_str_len(affix);
    if (m > 0 && tail_match(self, affix, 0, n, suffix))
        return suffix ? kri_str_substr(ts, self, 0, n - m) : kri_str_substr(ts, self, m, n);
    return exact_str(ts, self);
}

KrObject *kri_str_methods_removeprefix(KrThread *ts, KrObject *self, KrObject *arg)
{
    return remove_affix(ts, "removeprefix", self, arg, false);
}

KrObject *kri_str_methods_removesuffix(KrThread *ts, KrObject *self, KrObject *arg)
{
    return remove_affix(ts, "removesuffix", self, arg, true);
}

/* ---- join ---- */

/* The items of [iterable] as a list or tuple (borrowed items); TypeError
 * "can only join an iterable" when iter() refuses it (and only then: a
 * TypeError raised while iterating passes through). */
static KrObject *join_items(KrThread *ts, KrObject *iterable)
{
    if (kr_is_type(iterable, &kr_list_type) || kr_is_type(iterable, &kr_tuple_type))
        return KR_NEWREF(iterable);
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it) {
        if (kri_err_matches(ts, &kr_exc_TypeError)) {
            kri_err_clear(ts);
            kri_err_set(ts, &kr_exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    KrObject *list = kri_sequence_list(ts, it);
    kr_decref(it);
    return list;
}

KrObject *kri_str_join(KrThread *ts, KrObject *sep, KrObject *iterable)
{
    KrObject *seq = join_items(ts, iterable);
    if (!seq)
        return NULL;
    ssize_t n = KR_SIZE(seq);
    KrObject *const *items = kr_tuple_check(seq) ? KR_TUPLE_ITEMS(seq) : KR_LIST_ITEMS(seq);
    KrStrWriter w;
    kri_strw_init(&w);
    if (n == 1 && kr_is_type(items[0], &kr_str_type)) {
        KrObject *only = KR_NEWREF(items[0]);
        kr_decref(seq);
        return only;
    }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = items[i];
        if (!kr_str_check(item)) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "sequence item %zd: expected str instance, %s found", i,
                           kri_type_name(item->ob_type));
            goto fail;
        }
        if ((i > 0 && kri_strw_str(ts, &w, sep) < 0) || kri_strw_str(ts, &w, item) < 0)
            goto fail;
    }
    kr_decref(seq);
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    kr_decref(seq);
    return NULL;
}

KrObject *kri_str_methods_join(KrThread *ts, KrObject *self, KrObject *arg)
{
    return kri_str_join(ts, self, arg);
}
