/* The methods bytes and bytearray share, written once over (data, length)
 * and returning results of the receiver's family (kri_bytes_new_like), plus
 * the two method tables. Character classes are ASCII only, as in CPython.
 * Every method takes the vector-call convention and checks its arguments
 * with kri_bytes_args so each one keeps CPython's own error wording. A
 * bytearray's data pointer is read only after its arguments are converted,
 * since converting them can run Python code that resizes it. The split
 * family and friends live in bytes_split.c. */
#include <string.h>

#include "objects/objects.h"

#define ARGS(spec, n)                                                              \
    KrObject *a[n];                                                                \
    if (kri_bytes_args(ts, self, &(spec), args, nargsf, kwnames, a) < 0)           \
        return NULL

#define METHOD(name)                                                               \
    static KrObject *name(KrThread *ts, KrObject *self, KrObject *const *args,     \
                          size_t nargsf, KrObject *kwnames)

static bool is_space(unsigned c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_lower(unsigned c)
{
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned c)
{
    return c >= 'A' && c <= 'Z';
}
static bool is_digit(unsigned c)
{
    return c >= '0' && c <= '9';
}
static bool is_alpha(unsigned c)
{
    return is_lower(c) || is_upper(c);
}

ssize_t kri_bytes_find_raw(const char *hay, ssize_t n, const char *needle, ssize_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const char *p = m == 1 ? memchr(hay, needle[0], (size_t)n)
                           : memmem(hay, (size_t)n, needle, (size_t)m);
    return p ? p - hay : -1;
}

/* Last index of [needle] in [hay], or -1. */
static ssize_t rfind_raw(const char *hay, ssize_t n, const char *needle, ssize_t m)
{
    if (m > n)
        return -1;
    for (ssize_t i = n - m; i >= 0; i--)
        if (hay[i] == (m ? needle[0] : hay[i]) && memcmp(hay + i, needle, (size_t)m) == 0)
            return i;
    return -1;
}

int kri_bytes_contains(KrThread *ts, const char *data, ssize_t len, KrObject *needle)
{
    if (kri_number_has_index(needle)) {
        int v;
        if (kri_bytes_byte_value(ts, needle, &v) < 0)
            return -1;
        return memchr(data, v, (size_t)len) != NULL;
    }
    KrBuffer view;
    if (kri_bytes_like(ts, needle, &view) < 0)
        return -1;
    int r = kri_bytes_find_raw(data, len, view.buf, view.len) >= 0;
    kri_bytes_release(&view);
    return r;
}

/* ---- find, count, index and their reverse forms ---- */

/* The parsed arguments of find/count/index: the needle as bytes (a
 * buffer, or one byte in [byte]) and the bounds. */
typedef struct FindArgs {
    KrBuffer view;
    bool have_view;
    char byte;
    const char *needle;
    ssize_t nlen, start, end;
} FindArgs;

static int find_args(KrThread *ts, KrObject *self, const char *name, KrObject *const *args,
                     size_t nargsf, KrObject *kwnames, FindArgs *fa)
{
    KrBytesArgs spec = {name, 'A', 1, 3, NULL};
    KrObject *a[3];
    fa->have_view = false;
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return -1;
    fa->start = 0;
    fa->end = KR_SSIZE_MAX;
    if (kri_slice_bound_arg(ts, a[1], &fa->start) < 0 || kri_slice_bound_arg(ts, a[2], &fa->end) < 0)
        return -1;
    if (kri_number_has_index(a[0])) {
        int v;
        if (kri_bytes_byte_value(ts, a[0], &v) < 0)
            return -1;
        fa->byte = (char)v;
        fa->needle = &fa->byte;
        fa->nlen = 1;
        return 0;
    }
    if (!a[0]->ob_type->getbuffer) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "argument should be integer or bytes-like object, not '%s'",
                       kri_type_name(a[0]->ob_type));
        return -1;
    }
    if (kri_bytes_like(ts, a[0], &fa->view) < 0)
        return -1;
    fa->have_view = true;
    fa->needle = fa->view.buf;
    fa->nlen = fa->view.len;
    return 0;
}

/* find (dir 1) or rfind (dir -1) over the receiver: the index or -1. */
static ssize_t find_in(KrObject *self, FindArgs *fa, int dir)
{
    ssize_t len = KR_SIZE(self);
    kri_slice_clip(len, &fa->start, &fa->end);
    if (fa->start > len || fa->end - fa->start < fa->nlen)
        return -1;
    const char *d = kri_bytes_ptr(self) + fa->start;
    ssize_t n = fa->end - fa->start, i;
    i = dir > 0 ? kri_bytes_find_raw(d, n, fa->needle, fa->nlen)
                : rfind_raw(d, n, fa->needle, fa->nlen);
    return i < 0 ? -1 : i + fa->start;
}

static KrObject *find_common(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames, const char *name, int dir,
                             bool raise)
{
    FindArgs fa;
    if (find_args(ts, self, name, args, nargsf, kwnames, &fa) < 0) {
        if (fa.have_view)
            kri_bytes_release(&fa.view);
        return NULL;
    }
    ssize_t i = find_in(self, &fa, dir);
    if (fa.have_view)
        kri_bytes_release(&fa.view);
    if (i < 0 && raise)
        return kri_err_format(ts, &kr_exc_ValueError, "subsection not found");
    return kri_int_from_ssize(ts, i);
}

METHOD(bytes_find)
{
    return find_common(ts, self, args, nargsf, kwnames, "find", 1, false);
}
METHOD(bytes_rfind)
{
    return find_common(ts, self, args, nargsf, kwnames, "rfind", -1, false);
}
METHOD(bytes_index)
{
    return find_common(ts, self, args, nargsf, kwnames, "index", 1, true);
}
METHOD(bytes_rindex)
{
    return find_common(ts, self, args, nargsf, kwnames, "rindex", -1, true);
}

METHOD(bytes_count)
{
    FindArgs fa;
    if (find_args(ts, self, "count", args, nargsf, kwnames, &fa) < 0) {
        if (fa.have_view)
            kri_bytes_release(&fa.view);
        return NULL;
    }
    ssize_t len = KR_SIZE(self), count = 0;
    kri_slice_clip(len, &fa.start, &fa.end);
    if (fa.start > len) {
        count = 0;
    } else if (fa.nlen == 0) {
        count = fa.end >= fa.start ? fa.end - fa.start + 1 : 0;
    } else {
        const char *d = kri_bytes_ptr(self);
        ssize_t i = fa.start;
        while (fa.end - i >= fa.nlen) {
            ssize_t j = kri_bytes_find_raw(d + i, fa.end - i, fa.needle, fa.nlen);
            if (j < 0)
                break;
            count++;
            i += j + fa.nlen;
        }
    }
    if (fa.have_view)
        kri_bytes_release(&fa.view);
    return kri_int_from_ssize(ts, count);
}

/* startswith (end false) / endswith (end true) of one candidate. */
static int tail_match(KrThread *ts, KrObject *self, KrObject *cand, ssize_t start,
                      ssize_t end, bool at_end)
{
    KrBuffer v;
    if (kri_bytes_like(ts, cand, &v) < 0)
        return -1;
    ssize_t len = KR_SIZE(self);
    kri_slice_clip(len, &start, &end);
    int r = 0;
    if (start <= len && end - start >= v.len) {
        const char *d = kri_bytes_ptr(self) + (at_end ? end - v.len : start);
        r = memcmp(d, v.buf, (size_t)v.len) == 0;
    }
    kri_bytes_release(&v);
    return r;
}

static KrObject *affix_match(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames, const char *name, bool at_end)
{
    KrBytesArgs spec = {name, 'A', 1, 3, NULL};
    KrObject *a[3];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    ssize_t start = 0, end = KR_SSIZE_MAX;
    if (kri_slice_bound_arg(ts, a[1], &start) < 0 || kri_slice_bound_arg(ts, a[2], &end) < 0)
        return NULL;
    if (kr_tuple_check(a[0])) {
        for (ssize_t i = 0; i < KR_SIZE(a[0]); i++) {
            int r = tail_match(ts, self, KR_TUPLE_ITEMS(a[0])[i], start, end, at_end);
            if (r != 0)
                return r < 0 ? NULL : KR_TRUE;
        }
        return KR_FALSE;
    }
    if (!a[0]->ob_type->getbuffer)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              kri_type_name(a[0]->ob_type));
    int r = tail_match(ts, self, a[0], start, end, at_end);
    return r < 0 ? NULL : kr_bool(r);
}

METHOD(bytes_startswith)
{
    return affix_match(ts, self, args, nargsf, kwnames, "startswith", false);
}
METHOD(bytes_endswith)
{
    return affix_match(ts, self, args, nargsf, kwnames, "endswith", true);
}

/* ---- character classes and case ---- */

static KrObject *test_all(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames, const char *name, bool (*pred)(unsigned))
{
    KrBytesArgs spec = {name, 'N', 0, 0, NULL};
    KrObject *a[1];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self);
    if (n == 0)
        return KR_FALSE;
    for (ssize_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return KR_FALSE;
    return KR_TRUE;
}

static bool is_alnum(unsigned c)
{
    return is_alpha(c) || is_digit(c);
}

METHOD(bytes_isalnum)
{
    return test_all(ts, self, args, nargsf, kwnames, "isalnum", is_alnum);
}
METHOD(bytes_isalpha)
{
    return test_all(ts, self, args, nargsf, kwnames, "isalpha", is_alpha);
}
METHOD(bytes_isdigit)
{
    return test_all(ts, self, args, nargsf, kwnames, "isdigit", is_digit);
}
METHOD(bytes_isspace)
{
    return test_all(ts, self, args, nargsf, kwnames, "isspace", is_space);
}

METHOD(bytes_isascii)
{
    static const KrBytesArgs spec = {"isascii", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    for (ssize_t i = 0; i < KR_SIZE(self); i++)
        if (d[i] >= 0x80)
            return KR_FALSE;
    return KR_TRUE;
}

/* islower (want_lower) / isupper: some cased byte and none of the other
 * case. */
static KrObject *test_case(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames, const char *name, bool want_lower)
{
    KrBytesArgs spec = {name, 'N', 0, 0, NULL};
    KrObject *a[1];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    bool cased = false;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        if (want_lower ? is_upper(d[i]) : is_lower(d[i]))
            return KR_FALSE;
        cased |= want_lower ? is_lower(d[i]) : is_upper(d[i]);
    }
    return kr_bool(cased);
}

METHOD(bytes_islower)
{
    return test_case(ts, self, args, nargsf, kwnames, "islower", true);
}
METHOD(bytes_isupper)
{
    return test_case(ts, self, args, nargsf, kwnames, "isupper", false);
}

METHOD(bytes_istitle)
{
    static const KrBytesArgs spec = {"istitle", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    bool cased = false, prev_cased = false;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        unsigned c = d[i];
        if (is_upper(c)) {
            if (prev_cased)
                return KR_FALSE;
            prev_cased = cased = true;
        } else if (is_lower(c)) {
            if (!prev_cased)
                return KR_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return kr_bool(cased);
}

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static KrObject *change_case(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames, const char *name, int how)
{
    KrBytesArgs spec = {name, 'N', 0, 0, NULL};
    KrObject *a[1];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self);
    KrObject *r = kri_bytes_new_like(ts, self, kri_bytes_ptr(self), n);
    if (!r)
        return NULL;
    unsigned char *d = (unsigned char *)kri_bytes_ptr(r);
    bool prev_cased = false;
    for (ssize_t i = 0; i < n; i++) {
        unsigned c = d[i];
        bool up;
        switch (how) {
        case CASE_LOWER: up = false; break;
        case CASE_UPPER: up = true; break;
        case CASE_SWAP: up = is_lower(c); break;
        case CASE_CAPITALIZE: up = i == 0; break;
        default: up = !prev_cased; break;
        }
        prev_cased = is_alpha(c);
        if (up && is_lower(c))
            d[i] = (unsigned char)(c - 32);
        else if (!up && is_upper(c))
            d[i] = (unsigned char)(c + 32);
    }
    return r;
}

METHOD(bytes_lower)
{
    return change_case(ts, self, args, nargsf, kwnames, "lower", CASE_LOWER);
}
METHOD(bytes_upper)
{
    return change_case(ts, self, args, nargsf, kwnames, "upper", CASE_UPPER);
}
METHOD(bytes_swapcase)
{
    return change_case(ts, self, args, nargsf, kwnames, "swapcase", CASE_SWAP);
}
METHOD(bytes_capitalize)
{
    return change_case(ts, self, args, nargsf, kwnames, "capitalize", CASE_CAPITALIZE);
}
METHOD(bytes_title)
{
    return change_case(ts, self, args, nargsf, kwnames, "title", CASE_TITLE);
}

/* ---- padding ---- */

/* A copy of the receiver padded with [left] and [right] bytes of [fill]. */
static KrObject *pad(KrThread *ts, KrObject *self, ssize_t left, ssize_t right, char fill)
{
    ssize_t n = KR_SIZE(self);
    if (left <= 0 && right <= 0 && kr_is_type(self, &kr_bytes_type))
        return KR_NEWREF(self);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    KrObject *r = kri_bytes_new_like(ts, self, NULL, left + n + right);
    if (!r)
        return NULL;
    char *d = kri_bytes_ptr(r);
    memset(d, fill, (size_t)left);
    memcpy(d + left, kri_bytes_ptr(self), (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

static KrObject *justify(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames, const char *name, int where)
{
    KrBytesArgs spec = {name, 'P', 1, 2, NULL};
    KrObject *a[2];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    ssize_t width = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
    if (width == -1 && kri_err_occurred(ts))
        return NULL;
    char fill = ' ';
    if (a[1]) {
        bool ok = (kr_bytes_check(a[1]) || kr_bytearray_check(a[1])) && KR_SIZE(a[1]) == 1;
        if (!ok)
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "%s() argument 2 must be a byte string of length 1, not %s",
                                  name, kri_type_name(a[1]->ob_type));
        fill = kri_bytes_ptr(a[1])[0];
    }
    ssize_t marg = width - KR_SIZE(self);
    if (marg <= 0)
        return pad(ts, self, 0, 0, fill);
    if (where < 0)
        return pad(ts, self, 0, marg, fill);
    if (where > 0)
        return pad(ts, self, marg, 0, fill);
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(ts, self, left, marg - left, fill);
}

METHOD(bytes_ljust)
{
    return justify(ts, self, args, nargsf, kwnames, "ljust", -1);
}
METHOD(bytes_rjust)
{
    return justify(ts, self, args, nargsf, kwnames, "rjust", 1);
}
METHOD(bytes_center)
{
    return justify(ts, self, args, nargsf, kwnames, "center", 0);
}

METHOD(bytes_zfill)
{
    static const KrBytesArgs spec = {"zfill", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    ssize_t width = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
    if (width == -1 && kri_err_occurred(ts))
        return NULL;
    ssize_t fill = width - KR_SIZE(self);
    KrObject *r = pad(ts, self, fill, 0, '0');
    if (!r || fill <= 0)
        return r;
    char *d = kri_bytes_ptr(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

/* ---- hex, fromhex, decode ---- */

/* The separator argument of hex(): *[sep] set (0 for none). */
static int hex_sep(KrThread *ts, KrObject *o, char *sep)
{
    *sep = 0;
    if (!o)
        return 0;
    ssize_t len;
    unsigned c = 0;
    if (kr_str_check(o)) {
        len = kr_str_len(o);
        c = len == 1 ? kr_str_at(o, 0) : 0;
    } else if (kr_bytes_check(o) || kr_bytearray_check(o)) {
        len = KR_SIZE(o);
        c = len == 1 ? (unsigned char)kri_bytes_ptr(o)[0] : 0;
    } else if (o->ob_type->len) {
        kri_err_set(ts, &kr_exc_TypeError, "sep must be str or bytes.");
        return -1;
    } else {
        kri_err_format(ts, &kr_exc_TypeError, "object of type '%s' has no len()",
                       kri_type_name(o->ob_type));
        return -1;
    }
    if (len != 1) {
        kri_err_set(ts, &kr_exc_ValueError, "sep must be length 1.");
        return -1;
    }
    if (c >= 0x80) {
        kri_err_set(ts, &kr_exc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *sep = (char)c;
    return 0;
}

KrObject *kri_bytes_hex(KrThread *ts, const char *d, ssize_t len, KrObject *sep_obj,
                        KrObject *per_obj)
{
    char sep;
    ssize_t per = 1;
    if (hex_sep(ts, sep_obj, &sep) < 0)
        return NULL;
    if (per_obj) {
        per = kri_number_as_ssize(ts, per_obj, &kr_exc_OverflowError);
        if (per == -1 && kri_err_occurred(ts))
            return NULL;
    }
    static const char digits[] = "0123456789abcdef";
    ssize_t group = per < 0 ? -per : per;
    ssize_t nsep = sep && group && len ? (len - 1) / group : 0;
    KrObject *r = kri_str_new(ts, len * 2 + nsep, 0x7f);
    if (!r)
        return NULL;
    char *out = kr_str_data(r);
    for (ssize_t i = 0; i < len; i++) {
        /* separators go between groups counted from the right (per > 0)
         * or from the left (per < 0) */
        if (nsep && i > 0 && (per > 0 ? (len - i) % group == 0 : i % group == 0))
            *out++ = sep;
        unsigned char c = (unsigned char)d[i];
        *out++ = digits[c >> 4];
        *out++ = digits[c & 15];
    }
    return r;
}

METHOD(bytes_hex)
{
    static const char *const kw[] = {"sep", "bytes_per_sep"};
    static const KrBytesArgs spec = {"hex", 'K', 0, 2, kw};
    ARGS(spec, 2);
    return kri_bytes_hex(ts, kri_bytes_ptr(self), KR_SIZE(self), a[0], a[1]);
}

METHOD(bytes_fromhex)
{
    static const KrBytesArgs spec = {"fromhex", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    KrObject *s = a[0];
    if (!kr_str_check(s))
        return kri_err_format(ts, &kr_exc_TypeError, "fromhex() argument must be str, not %s",
                              kri_type_name(s->ob_type));
    ssize_t n = kr_str_len(s), i = 0;
    KrBuf buf;
    kri_buf_init(&buf);
    for (;;) {
        while (i < n && kr_str_at(s, i) < 0x80 && is_space(kr_str_at(s, i)))
            i++;
        if (i >= n)
            break;
        uint32_t c1 = kr_str_at(s, i);
        int hi = c1 < 0x80 ? kri_hex_digit((char)c1) : -1;
        uint32_t c2 = i + 1 < n ? kr_str_at(s, i + 1) : 0;
        int lo = hi >= 0 && c2 && c2 < 0x80 ? kri_hex_digit((char)c2) : -1;
        if (hi < 0 || lo < 0) {
            kri_buf_free(&buf);
            return kri_err_format(ts, &kr_exc_ValueError,
                                  "non-hexadecimal number found in fromhex() arg at position %zd",
                                  hi < 0 ? i : i + 1);
        }
        if (kri_buf_putc(&buf, (char)(hi * 16 + lo)) < 0) {
            kri_buf_free(&buf);
            return kri_err_no_memory(ts);
        }
        i += 2;
    }
    KrType *cls = (KrType *)self;
    bool ba = kri_type_is_subtype(cls, &kr_bytearray_type);
    KrObject *r = ba ? kri_bytearray_new(ts, buf.data, (ssize_t)buf.len)
                     : kri_bytes_new(ts, buf.data, (ssize_t)buf.len);
    kri_buf_free(&buf);
    if (!r || cls == &kr_bytes_type || cls == &kr_bytearray_type)
        return r;
    KrObject *sub = kri_call1(ts, self, r);
    kr_decref(r);
    return sub;
}

METHOD(bytes_decode)
{
    static const char *const kw[] = {"encoding", "errors"};
    static const KrBytesArgs spec = {"decode", 'K', 0, 2, kw};
    ARGS(spec, 2);
    for (int i = 0; i < 2; i++)
        if (a[i] && !kr_str_check(a[i]))
            return kri_err_format(ts, &kr_exc_TypeError, "decode() argument '%s' must be str, "
                                  "not %s", kw[i], kri_type_name(a[i]->ob_type));
    return kri_bytes_decode(ts, kri_bytes_ptr(self), KR_SIZE(self), a[0], a[1]);
}

/* ---- removeprefix, removesuffix and the dunder methods ---- */

static KrObject *remove_affix(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames, const char *name, bool suffix)
{
    KrBytesArgs spec = {name, 'O', 1, 1, NULL};
    KrObject *a[1];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    KrBuffer v;
    if (kri_bytes_like(ts, a[0], &v) < 0)
        return NULL;
    const char *d = kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self), cut = 0;
    if (v.len <= n && memcmp(suffix ? d + n - v.len : d, v.buf, (size_t)v.len) == 0)
        cut = v.len;
    kri_bytes_release(&v);
    if (cut == 0 && kr_is_type(self, &kr_bytes_type))
        return KR_NEWREF(self);
    return kri_bytes_new_like(ts, self, suffix ? d : d + cut, n - cut);
}

METHOD(bytes_removeprefix)
{
    return remove_affix(ts, self, args, nargsf, kwnames, "removeprefix", false);
}
METHOD(bytes_removesuffix)
{
    return remove_affix(ts, self, args, nargsf, kwnames, "removesuffix", true);
}

METHOD(bytes_getnewargs)
{
    static const KrBytesArgs spec = {"__getnewargs__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    KrObject *b = kri_bytes_new(ts, KR_BYTES_DATA(self), KR_SIZE(self));
    if (!b)
        return NULL;
    KrObject *t = kri_tuple_pack(ts, 1, b);
    kr_decref(b);
    return t;
}

METHOD(bytes_bytes)
{
    static const KrBytesArgs spec = {"__bytes__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    if (kr_is_type(self, &kr_bytes_type))
        return KR_NEWREF(self);
    return kri_bytes_new(ts, KR_BYTES_DATA(self), KR_SIZE(self));
}

METHOD(bytes_sizeof)
{
    static const KrBytesArgs spec = {"__sizeof__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return kri_int_from_ssize(ts, self->ob_type->basicsize + KR_SIZE(self));
}

/* ---- the tables ---- */

#define ENTRY(name, fn, doc) {name, KR_METH(fn), KR_METH_KEYWORDS, doc}

#define SHARED_ENTRIES                                                             \
    ENTRY("capitalize", bytes_capitalize, NULL), ENTRY("center", bytes_center, NULL), \
    ENTRY("count", bytes_count, NULL), ENTRY("decode", bytes_decode, NULL),        \
    ENTRY("endswith", bytes_endswith, NULL), ENTRY("find", bytes_find, NULL),      \
    ENTRY("hex", bytes_hex, NULL), ENTRY("index", bytes_index, NULL),              \
    ENTRY("isalnum", bytes_isalnum, NULL), ENTRY("isalpha", bytes_isalpha, NULL),  \
    ENTRY("isascii", bytes_isascii, NULL), ENTRY("isdigit", bytes_isdigit, NULL),  \
    ENTRY("islower", bytes_islower, NULL), ENTRY("isspace", bytes_isspace, NULL),  \
    ENTRY("istitle", bytes_istitle, NULL), ENTRY("isupper", bytes_isupper, NULL),  \
    ENTRY("ljust", bytes_ljust, NULL), ENTRY("lower", bytes_lower, NULL),          \
    ENTRY("removeprefix", bytes_removeprefix, NULL),                               \
    ENTRY("removesuffix", bytes_removesuffix, NULL), ENTRY("rfind", bytes_rfind, NULL), \
    ENTRY("rindex", bytes_rindex, NULL), ENTRY("rjust", bytes_rjust, NULL),        \
    ENTRY("startswith", bytes_startswith, NULL), ENTRY("swapcase", bytes_swapcase, NULL), \
    ENTRY("title", bytes_title, NULL), ENTRY("upper", bytes_upper, NULL),          \
    ENTRY("zfill", bytes_zfill, NULL),                                             \
    {"fromhex", KR_METH(bytes_fromhex), KR_METH_KEYWORDS | KR_METH_CLASS, NULL},   \
    {"maketrans", KR_METH(kri_bytes_m_maketrans), KR_METH_KEYWORDS | KR_METH_STATIC, NULL}, \
    ENTRY("split", kri_bytes_m_split, NULL), ENTRY("rsplit", kri_bytes_m_rsplit, NULL), \
    ENTRY("splitlines", kri_bytes_m_splitlines, NULL),                             \
    ENTRY("partition", kri_bytes_m_partition, NULL),                               \
    ENTRY("rpartition", kri_bytes_m_rpartition, NULL),                             \
    ENTRY("join", kri_bytes_m_join, NULL), ENTRY("strip", kri_bytes_m_strip, NULL), \
    ENTRY("lstrip", kri_bytes_m_lstrip, NULL), ENTRY("rstrip", kri_bytes_m_rstrip, NULL), \
    ENTRY("replace", kri_bytes_m_replace, NULL),                                   \
    ENTRY("expandtabs", kri_bytes_m_expandtabs, NULL),                             \
    ENTRY("translate", kri_bytes_m_translate, NULL)

const KrMethodDef kri_bytes_method_table[] = {
    SHARED_ENTRIES,
    ENTRY("__getnewargs__", bytes_getnewargs, NULL),
    ENTRY("__bytes__", bytes_bytes, NULL),
    ENTRY("__sizeof__", bytes_sizeof, NULL),
    {NULL, NULL, 0, NULL},
};

const KrMethodDef kri_bytearray_method_table[] = {
    SHARED_ENTRIES,
    ENTRY("append", kri_bytearray_m_append, NULL),
    ENTRY("extend", kri_bytearray_m_extend, NULL),
    ENTRY("insert", kri_bytearray_m_insert, NULL),
    ENTRY("pop", kri_bytearray_m_pop, NULL),
    ENTRY("remove", kri_bytearray_m_remove, NULL),
    ENTRY("clear", kri_bytearray_m_clear, NULL),
    ENTRY("copy", kri_bytearray_m_copy, NULL),
    ENTRY("reverse", kri_bytearray_m_reverse, NULL),
    ENTRY("__alloc__", kri_bytearray_m_alloc, NULL),
    ENTRY("__sizeof__", kri_bytearray_m_sizeof, NULL),
    ENTRY("__reduce__", kri_bytearray_m_reduce, NULL),
    ENTRY("__reduce_ex__", kri_bytearray_m_reduce_ex, NULL),
    {NULL, NULL, 0, NULL},
};
