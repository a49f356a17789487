/* The str methods that look at characters one at a time: case conversion
 * (lower, upper, casefold, title, capitalize, swapcase), the is*()
 * predicates, padding (center, ljust, rjust, zfill), expandtabs,
 * translate, maketrans and encode. Character properties come from the
 * Unicode database of base/unicode.h, which answers as CPython 3.11's; the
 * conversions here follow CPython's rules for combining them (final sigma,
 * title after a cased character, the empty-string answers). */
#include <limits.h>
#include <string.h>

#include "objects/codecs.h"
#include "objects/str_methods.h"

/* Argument clinic names None "None" (not "NoneType") in its type errors. */
static const char *arg_type_name(const KrObject *o)
{
    return o == KR_NONE ? "None" : kri_type_name(o->ob_type);
}

/* ---- case conversion ---- */

/* Lower-cases the character at [i] of [self] into [out], the final-sigma
 * rule included. */
static int lower_at(KrObject *self, ssize_t i, uint32_t c, uint32_t out[3])
{
    if (c == 0x3A3) {
        const KrStr *s = KR_STR(self);
        if (kri_unicode_is_final_sigma(kr_str_data(self), s->kind, (size_t)s->length,
                                       (size_t)i)) {
            out[0] = 0x3C2;
            return 1;
        }
    }
    return kri_unicode_lower(c, out);
}

KrObject *kri_str_case_convert(KrThread *ts, KrObject *self, KrUnicodeCaseOp op)
{
    ssize_t n = kr_str_len(self);
    KrStrWriter w;
    kri_strw_init(&w);
    bool prev_cased = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(self, i), out[3];
        int k;
        switch (op) {
        case KR_UCASE_LOWER: k = lower_at(self, i, c, out); break;
        case KR_UCASE_UPPER: k = kri_unicode_upper(c, out); break;
        case KR_UCASE_CASEFOLD: k = kri_unicode_casefold(c, out); break;
        case KR_UCASE_TITLE:
            k = prev_cased ? lower_at(self, i, c, out) : kri_unicode_title(c, out);
            prev_cased = kri_unicode_is_cased(c);
            break;
        case KR_UCASE_CAPITALIZE:
            k = i == 0 ? kri_unicode_title(c, out) : lower_at(self, i, c, out);
            break;
        default: /* swapcase */
            if (kri_unicode_is_upper(c))
                k = lower_at(self, i, c, out);
            else if (kri_unicode_is_lower(c))
                k = kri_unicode_upper(c, out);
            else {
                out[0] = c;
                k = 1;
            }
            break;
        }
        for (int j = 0; j < k; j++) {
            if (kri_strw_putc(ts, &w, out[j]) < 0) {
                kri_strw_discard(&w);
                return NULL;
            }
        }
    }
    return kri_strw_finish(ts, &w);
}

#define CASE_METHOD(name, op)                                                      \
    KrObject *kri_str_case_##name(KrThread *ts, KrObject *self, KrObject *unused)  \
    {                                                                              \
        return kri_str_case_convert(ts, self, op);                                 \
    }
CASE_METHOD(lower, KR_UCASE_LOWER)
CASE_METHOD(upper, KR_UCASE_UPPER)
CASE_METHOD(casefold, KR_UCASE_CASEFOLD)
CASE_METHOD(title, KR_UCASE_TITLE)
CASE_METHOD(capitalize, KR_UCASE_CAPITALIZE)
CASE_METHOD(swapcase, KR_UCASE_SWAPCASE)
#undef CASE_METHOD

/* ---- predicates ---- */

/* True when [self] is not empty and [test] holds for every character. */
static KrObject *all_chars(KrObject *self, bool (*test)(uint32_t))
{
    ssize_t n = kr_str_len(self);
    if (n == 0)
        return KR_FALSE;
    for (ssize_t i = 0; i < n; i++)
        if (!test(kr_str_at(self, i)))
            return KR_FALSE;
    return KR_TRUE;
}

#define ALL_CHARS_METHOD(name, test)                                               \
    KrObject *kri_str_case_##name(KrThread *ts, KrObject *self, KrObject *unused)  \
    {                                                                              \
        return all_chars(self, test);                                              \
    }
ALL_CHARS_METHOD(isalnum, kri_unicode_is_alnum)
ALL_CHARS_METHOD(isalpha, kri_unicode_is_alpha)
ALL_CHARS_METHOD(isdecimal, kri_unicode_is_decimal)
ALL_CHARS_METHOD(isdigit, kri_unicode_is_digit)
ALL_CHARS_METHOD(isnumeric, kri_unicode_is_numeric)
ALL_CHARS_METHOD(isspace, kri_unicode_is_space)
#undef ALL_CHARS_METHOD

KrObject *kri_str_case_isascii(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kr_bool(KR_STR(self)->ascii);
}

KrObject *kri_str_case_isprintable(KrThread *ts, KrObject *self, KrObject *unused)
{
    ssize_t n = kr_str_len(self);
    for (ssize_t i = 0; i < n; i++)
        if (!kri_unicode_is_printable(kr_str_at(self, i)))
            return KR_FALSE;
    return KR_TRUE; /* '' is printable */
}

KrObject *kri_str_case_isidentifier(KrThread *ts, KrObject *self, KrObject *unused)
{
    ssize_t n = kr_str_len(self);
    if (n == 0 || !kri_unicode_is_xid_start(kr_str_at(self, 0)))
        return KR_FALSE;
    for (ssize_t i = 1; i < n; i++)
        if (!kri_unicode_is_xid_continue(kr_str_at(self, i)))
            return KR_FALSE;
    return KR_TRUE;
}

/* islower / isupper: no character of the opposite case or titlecase, and
 * at least one of the wanted case. */
static KrObject *one_case(KrObject *self, bool (*want)(uint32_t), bool (*other)(uint32_t))
{
    ssize_t n = kr_str_len(self);
    bool seen = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(self, i);
        if (other(c) || kri_unicode_is_title(c))
            return KR_FALSE;
        seen |= want(c);
    }
    return kr_bool(seen);
}

KrObject *kri_str_case_islower(KrThread *ts, KrObject *self, KrObject *unused)
{
    return one_case(self, kri_unicode_is_lower, kri_unicode_is_upper);
}

KrObject *kri_str_case_isupper(KrThread *ts, KrObject *self, KrObject *unused)
{
    return one_case(self, kri_unicode_is_upper, kri_unicode_is_lower);
}

KrObject *kri_str_case_istitle(KrThread *ts, KrObject *self, KrObject *unused)
{
    ssize_t n = kr_str_len(self);
    bool cased = false, prev_cased = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(self, i);
        if (kri_unicode_is_upper(c) || kri_unicode_is_title(c)) {
            if (prev_cased)
                return KR_FALSE;
            prev_cased = cased = true;
        } else if (kri_unicode_is_lower(c)) {
            if (!prev_cased)
                return KR_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return kr_bool(cased);
}

/* ---- padding ---- */

static int width_arg(KrThread *ts, KrObject *o, ssize_t *out)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return -1;
    *out = kri_int_as_ssize(ts, i);
    kr_decref(i);
    return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
}

/* [left] copies of [fill], [self], [right] copies of [fill]. */
static KrObject *pad(KrThread *ts, KrObject *self, ssize_t left, ssize_t right, uint32_t fill)
{
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < left; i++)
        if (kri_strw_putc(ts, &w, fill) < 0)
            goto fail;
    if (kri_strw_str(ts, &w, self) < 0)
        goto fail;
    for (ssize_t i = 0; i < right; i++)
        if (kri_strw_putc(ts, &w, fill) < 0)
            goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

/* center/ljust/rjust: [where] 0 centre, 1 left-justify, 2 right-justify. */
static KrObject *justify(KrThread *ts, const char *name, KrObject *self, KrObject *const *args,
                         size_t nargsf, KrObject *kwnames, int where)
{
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "str.%s() takes no keyword arguments",
                              name);
    ssize_t nargs = KR_NARGS(nargsf), width;
    if (kri_check_args(ts, name, nargs, 1, 2, NULL) < 0 || width_arg(ts, args[0], &width) < 0)
        return NULL;
    uint32_t fill = ' ';
    if (nargs > 1) {
        KrObject *f = args[1];
        if (!kr_str_check(f))
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "The fill character must be a unicode character, not %s",
                                  kri_type_name(f->ob_type));
        if (kr_str_len(f) != 1)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "The fill character must be exactly one character long");
        fill = kr_str_at(f, 0);
    }
    ssize_t n = kr_str_len(self);
    if (n >= width)
        return kri_str_substr(ts, self, 0, n);
    ssize_t marg = width - n, left;
    if (where == 0)
        left = marg / 2 + (marg & width & 1);
    else
        left = where == 1 ? 0 : marg;
    return pad(ts, self, left, marg - left, fill);
}

KrObject *kri_str_case_center(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    return justify(ts, "center", self, args, nargsf, kwnames, 0);
}

KrObject *kri_str_case_ljust(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return justify(ts, "ljust", self, args, nargsf, kwnames, 1);
}

KrObject *kri_str_case_rjust(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return justify(ts, "rjust", self, args, nargsf, kwnames, 2);
}

KrObject *kri_str_case_zfill(KrThread *ts, KrObject *self, KrObject *arg)
{
    ssize_t width, n = kr_str_len(self);
    if (width_arg(ts, arg, &width) < 0)
        return NULL;
    if (n >= width)
        return kri_str_substr(ts, self, 0, n);
    ssize_t fill = width - n;
    KrStrWriter w;
    kri_strw_init(&w);
    uint32_t first = n ? kr_str_at(self, 0) : 0;
    bool sign = first == '+' || first == '-';
    if (sign && kri_strw_putc(ts, &w, first) < 0)
        goto fail;
    for (ssize_t i = 0; i < fill; i++)
        if (kri_strw_putc(ts, &w, '0') < 0)
            goto fail;
    if (kri_strw_substr(ts, &w, self, sign ? 1 : 0, n) < 0)
        goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

KrObject *kri_str_case_expandtabs(KrThread *ts, KrObject *self, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    KrObject *a[1];
    ssize_t tabsize = 8;
    if (kri_str_methods_bind(ts, "expandtabs", args, nargsf, kwnames, names, 1, a) < 0)
        return NULL;
    if (a[0]) {
        if (width_arg(ts, a[0], &tabsize) < 0) {
            if (kri_err_matches(ts, &kr_exc_OverflowError)) {
                kri_err_clear(ts);
                kri_err_set(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
            }
            return NULL;
        }
        if (tabsize > INT_MAX || tabsize < INT_MIN)
            return kri_err_format(ts, &kr_exc_OverflowError, "Python int too %s to convert "
                                  "to C int", tabsize > 0 ? "large" : "small");
    }
    ssize_t n = kr_str_len(self), col = 0;
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(self, i);
        if (c == '\t') {
            if (tabsize <= 0)
                continue;
            ssize_t incr = tabsize - col % tabsize;
            if (col > PTRDIFF_MAX - incr) {
                kri_strw_discard(&w);
                return kri_err_format(ts, &kr_exc_OverflowError, "new string is too long");
            }
            col += incr;
            for (ssize_t k = 0; k < incr; k++)
                if (kri_strw_putc(ts, &w, ' ') < 0)
                    goto fail;
            continue;
        }
        if (kri_strw_putc(ts, &w, c) < 0)
            goto fail;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

/* ---- translate, maketrans ---- */

/* Appends what [table] maps [c] to: 0, or -1 on error. */
static int translate_char(KrThread *ts, KrStrWriter *w, KrObject *table, uint32_t c)
{
    KrObject *key = kri_int_from_ssize(ts, (ssize_t)c);
    if (!key)
        return -1;
    KrObject *v = kri_object_getitem(ts, table, key);
    kr_decref(key);
    if (!v) {
        if (!kri_err_matches(ts, &kr_exc_LookupError))
            return -1;
        kri_err_clear(ts);
        return kri_strw_putc(ts, w, c);
    }
    int r = 0;
    if (v == KR_NONE) {
        r = 0;
    } else if (kr_int_check(v)) {
        int64_t cp;
        if (!kri_int_to_i64(v, &cp) || cp < 0 || cp > 0x10FFFF) {
            kri_err_set(ts, &kr_exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            r = kri_strw_putc(ts, w, (uint32_t)cp);
        }
    } else if (kr_str_check(v)) {
        r = kri_strw_str(ts, w, v);
    } else {
        kri_err_set(ts, &kr_exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    kr_decref(v);
    return r;
}

KrObject *kri_str_case_translate(KrThread *ts, KrObject *self, KrObject *table)
{
    ssize_t n = kr_str_len(self);
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < n; i++) {
        if (translate_char(ts, &w, table, kr_str_at(self, i)) < 0) {
            kri_strw_discard(&w);
            return NULL;
        }
    }
    return kri_strw_finish(ts, &w);
}

/* maketrans(dict): str keys of length 1 become their code points. */
static int maketrans_dict(KrThread *ts, KrObject *result, KrObject *x)
{
    ssize_t pos = 0;
    KrObject *key, *value;
    while (kri_dict_next(x, &pos, &key, &value)) {
        if (kr_str_check(key)) {
            if (kr_str_len(key) != 1) {
                kri_err_set(ts, &kr_exc_ValueError,
                            "string keys in translate table must be of length 1");
                return -1;
            }
            KrObject *k = kri_int_from_ssize(ts, (ssize_t)kr_str_at(key, 0));
            int r = k ? kri_dict_set(ts, result, k, value) : -1;
            kr_xdecref(k);
            if (r < 0)
                return -1;
        } else if (kr_int_check(key)) {
            if (kri_dict_set(ts, result, key, value) < 0)
                return -1;
        } else {
            kri_err_set(ts, &kr_exc_TypeError, "keys in translate table must be strings or "
                        "integers");
            return -1;
        }
    }
    return 0;
}

/* maketrans(x, y[, z]): x[i] -> y[i], every z[i] -> None. */
static int maketrans_strings(KrThread *ts, KrObject *result, KrObject *const *args,
                             ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++) {
        if (!kr_str_check(args[i])) {
            kri_err_format(ts, &kr_exc_TypeError, "maketrans() argument %zd must be str, not %s",
                           i + 1, arg_type_name(args[i]));
            return -1;
        }
    }
    KrObject *x = args[0], *y = args[1];
    if (kr_str_len(x) != kr_str_len(y)) {
        kri_err_set(ts, &kr_exc_ValueError,
                    "the first two maketrans arguments must have equal length");
        return -1;
    }
    for (int part = 0; part < (nargs > 2 ? 2 : 1); part++) {
        KrObject *keys = part == 0 ? x : args[2];
        for (ssize_t i = 0; i < kr_str_len(keys); i++) {
            KrObject *k = kri_int_from_ssize(ts, (ssize_t)kr_str_at(keys, i));
            KrObject *v = part ? KR_NONE : kri_int_from_ssize(ts, (ssize_t)kr_str_at(y, i));
            int r = k && v ? kri_dict_set(ts, result, k, v) : -1;
            kr_xdecref(k);
            kr_xdecref(v);
            if (r < 0)
                return -1;
        }
    }
    return 0;
}

KrObject *kri_str_case_maketrans(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "maketrans() takes no keyword arguments");
    if (kri_check_args(ts, "maketrans", nargs, 1, 3, NULL) < 0)
        return NULL;
    KrObject *result = kri_dict_new(ts);
    if (!result)
        return NULL;
    int r;
    if (nargs == 1) {
        if (!kr_dict_check(args[0])) {
            kr_decref(result);
            return kri_err_format(ts, &kr_exc_TypeError, "if you give only one argument to "
                                  "maketrans it must be a dict");
        }
        r = maketrans_dict(ts, result, args[0]);
    } else {
        r = maketrans_strings(ts, result, args, nargs);
    }
    if (r < 0)
        KR_CLEAR(result);
    return result;
}

/* ---- encode ---- */

/* A str argument [o] of [fname] named [what] as UTF-8 (borrowed). */
static const char *name_arg(KrThread *ts, const char *fname, const char *what, KrObject *o)
{
    if (!kr_str_check(o)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() argument '%s' must be str, not %s", fname,
                       what, arg_type_name(o));
        return NULL;
    }
    ssize_t len;
    const char *s = kri_str_utf8(ts, o, &len);
    if (s && (ssize_t)strlen(s) != len) {
        kri_err_set(ts, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

KrObject *kri_str_case_encode(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    KrObject *a[2];
    if (kri_str_methods_bind(ts, "encode", args, nargsf, kwnames, names, 2, a) < 0)
        return NULL;
    const char *enc = NULL, *err = NULL;
    if (a[0] && !(enc = name_arg(ts, "encode", "encoding", a[0])))
        return NULL;
    if (a[1] && !(err = name_arg(ts, "encode", "errors", a[1])))
        return NULL;
    return kri_codec_encode(ts, self, enc, err);
}
