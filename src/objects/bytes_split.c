/* The methods of bytes and bytearray that cut, join, strip or rewrite
 * their receiver: split, rsplit, splitlines, partition, rpartition, join,
 * strip, lstrip, rstrip, replace, expandtabs, translate and maketrans.
 * Pieces are made in the receiver's family (bytes or bytearray). Arguments
 * that are bytes-like are held as buffers for the duration of the call and
 * always released before returning. */
#include <string.h>

#include "objects/objects.h"

#define ARGS(spec, n)                                                              \
    KrObject *a[n];                                                                \
    if (kri_bytes_args(ts, self, &(spec), args, nargsf, kwnames, a) < 0)           \
        return NULL

static bool is_space(unsigned c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Appends a piece [d, d + n) of the receiver's family to [list]. */
static int add_piece(KrThread *ts, KrObject *list, KrObject *self, const char *d, ssize_t n)
{
    KrObject *p = kri_bytes_new_like(ts, self, d, n);
    return p ? kri_list_append_steal(ts, list, p) : -1;
}

/* The optional bytes-like separator [o] (None or NULL: whitespace) into
 * [view]; 1 when a separator was given, 0 when not, -1 on error. */
static int get_sep(KrThread *ts, KrObject *o, KrBuffer *view, bool empty_ok)
{
    if (!o || o == KR_NONE)
        return 0;
    if (kri_bytes_like(ts, o, view) < 0)
        return -1;
    if (view->len == 0 && !empty_ok) {
        kri_bytes_release(view);
        kri_err_set(ts, &kr_exc_ValueError, "empty separator");
        return -1;
    }
    return 1;
}

/* Splits on runs of whitespace, from the left or the right. */
static int split_whitespace(KrThread *ts, KrObject *list, KrObject *self, ssize_t maxsplit,
                            bool right)
{
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self);
    if (!right) {
        ssize_t i = 0;
        while (i < n) {
            while (i < n && is_space(d[i]))
                i++;
            if (i == n)
                break;
            ssize_t j = i;
            if (maxsplit-- == 0) {
                j = n; /* the rest, trailing whitespace included */
            } else {
                while (j < n && !is_space(d[j]))
                    j++;
            }
            if (add_piece(ts, list, self, (const char *)d + i, j - i) < 0)
                return -1;
            i = j;
        }
        return 0;
    }
    ssize_t i = n;
    while (i > 0) {
        while (i > 0 && is_space(d[i - 1]))
            i--;
        if (i == 0)
            break;
        ssize_t j = i;
        if (maxsplit-- == 0) {
            j = 0;
        } else {
            while (j > 0 && !is_space(d[j - 1]))
                j--;
        }
        if (add_piece(ts, list, self, (const char *)d + j, i - j) < 0)
            return -1;
        i = j;
    }
    return 0;
}

/* Reverses a list in place (rsplit collects pieces right to left). */
static void reverse_list(KrObject *list)
{
    KrObject **items = KR_LIST_ITEMS(list);
    for (ssize_t i = 0, j = KR_SIZE(list) - 1; i < j; i++, j--) {
        KrObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static KrObject *split_common(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames, const char *name, bool right)
{
    static const char *const kw[] = {"sep", "maxsplit"};
    KrBytesArgs spec = {name, 'K', 0, 2, kw};
    ARGS(spec, 2);
    ssize_t maxsplit = -1;
    if (a[1]) {
        maxsplit = kri_number_as_ssize(ts, a[1], &kr_exc_OverflowError);
        if (maxsplit == -1 && kri_err_occurred(ts))
            return NULL;
    }
    if (maxsplit < 0)
        maxsplit = KR_SSIZE_MAX;
    KrBuffer sep;
    int has_sep = get_sep(ts, a[0], &sep, false);
    if (has_sep < 0)
        return NULL;
    KrObject *list = kri_list_new(ts, 0);
    if (!list || !has_sep) {
        if (list && split_whitespace(ts, list, self, maxsplit, right) < 0)
            KR_CLEAR(list);
        if (list && right)
            reverse_list(list);
        return list;
    }
    const char *d = kri_bytes_ptr(self), *s = sep.buf;
    ssize_t n = KR_SIZE(self), m = sep.len;
    if (!right) {
        ssize_t i = 0, j;
        while (maxsplit-- > 0 && (j = kri_bytes_find_raw(d + i, n - i, s, m)) >= 0) {
            if (add_piece(ts, list, self, d + i, j) < 0)
                goto fail;
            i += j + m;
        }
        if (add_piece(ts, list, self, d + i, n - i) < 0)
            goto fail;
    } else {
        ssize_t end = n;
        for (ssize_t i = n - m; i >= 0 && maxsplit > 0; i--) {
            if (memcmp(d + i, s, (size_t)m) != 0)
                continue;
            if (add_piece(ts, list, self, d + i + m, end - i - m) < 0)
                goto fail;
            end = i;
            i -= m - 1;
            maxsplit--;
        }
        if (add_piece(ts, list, self, d, end) < 0)
            goto fail;
        reverse_list(list);
    }
    kri_bytes_release(&sep);
    return list;
fail:
    kri_bytes_release(&sep);
    kr_decref(list);
    return NULL;
}

KrObject *kri_bytes_m_split(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    return split_common(ts, self, args, nargsf, kwnames, "split", false);
}

KrObject *kri_bytes_m_rsplit(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return split_common(ts, self, args, nargsf, kwnames, "rsplit", true);
}

KrObject *kri_bytes_m_splitlines(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    static const char *const kw[] = {"keepends"};
    static const KrBytesArgs spec = {"splitlines", 'K', 0, 1, kw};
    ARGS(spec, 1);
    bool keep = false;
    if (a[0]) {
        KrObject *v = kri_number_index(ts, a[0]);
        if (!v)
            return NULL;
        keep = kri_int_sign(v) != 0;
        kr_decref(v);
    }
    KrObject *list = kri_list_new(ts, 0);
    if (!list)
        return NULL;
    const char *d = kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self), i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        ssize_t eol = j;
        if (j < n)
            j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        if (add_piece(ts, list, self, d + i, (keep ? j : eol) - i) < 0) {
            kr_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

/* partition / rpartition: (head, sep, tail). */
static KrObject *partition(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames, const char *name, bool right)
{
    KrBytesArgs spec = {name, 'O', 1, 1, NULL};
    ARGS(spec, 1);
    KrBuffer sep;
    if (get_sep(ts, a[0], &sep, false) < 0)
        return NULL;
    if (a[0] == KR_NONE) /* get_sep treats None as "no separator" */
        return kri_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                              kri_type_name(a[0]->ob_type));
    const char *d = kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self), m = sep.len, at = -1;
    if (!right) {
        at = kri_bytes_find_raw(d, n, sep.buf, m);
    } else {
        for (ssize_t i = n - m; i >= 0 && at < 0; i--)
            if (memcmp(d + i, sep.buf, (size_t)m) == 0)
                at = i;
    }
    KrObject *parts[3] = {NULL, NULL, NULL};
    bool ba = !kr_bytes_check(self);
    if (at < 0) {
        /* not found: the whole receiver on the side it was searched from */
        parts[right ? 2 : 0] = ba ? kri_bytes_new_like(ts, self, d, n)
                                  : (kr_is_type(self, &kr_bytes_type)
                                         ? KR_NEWREF(self) : kri_bytes_new(ts, d, n));
        parts[1] = kri_bytes_new_like(ts, self, NULL, 0);
        parts[right ? 0 : 2] = kri_bytes_new_like(ts, self, NULL, 0);
    } else {
        parts[0] = kri_bytes_new_like(ts, self, d, at);
        parts[1] = ba ? kri_bytearray_new(ts, sep.buf, m) : KR_NEWREF(a[0]);
        parts[2] = kri_bytes_new_like(ts, self, d + at + m, n - at - m);
    }
    kri_bytes_release(&sep);
    if (!parts[0] || !parts[1] || !parts[2]) {
        for (int i = 0; i < 3; i++)
            kr_xdecref(parts[i]);
        return NULL;
    }
    return kri_tuple_from_array_steal(ts, parts, 3);
}

KrObject *kri_bytes_m_partition(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return partition(ts, self, args, nargsf, kwnames, "partition", false);
}

KrObject *kri_bytes_m_rpartition(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    return partition(ts, self, args, nargsf, kwnames, "rpartition", true);
}

KrObject *kri_bytes_m_join(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    static const KrBytesArgs spec = {"join", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    KrObject *seq = kri_sequence_list(ts, a[0]);
    if (!seq)
        return NULL;
    KrBuf out;
    kri_buf_init(&out);
    KrObject *r = NULL;
    for (ssize_t i = 0; i < KR_SIZE(seq); i++) {
        KrObject *item = KR_LIST_ITEMS(seq)[i];
        KrBuffer v;
        int got = kri_bytes_get_contig(ts, item, &v);
        if (got <= 0) {
            if (got == 0)
                kri_err_format(ts, &kr_exc_TypeError,
                               "sequence item %zd: expected a bytes-like object, %s found", i,
                               kri_type_name(item->ob_type));
            goto done;
        }
        int e = (i && kri_buf_append(&out, kri_bytes_ptr(self), (size_t)KR_SIZE(self)) < 0) ||
                kri_buf_append(&out, v.buf, (size_t)v.len) < 0;
        kri_bytes_release(&v);
        if (e) {
            kri_err_no_memory(ts);
            goto done;
        }
    }
    r = kri_bytes_new_like(ts, self, out.data, (ssize_t)out.len);
done:
    kri_buf_free(&out);
    kr_decref(seq);
    return r;
}

/* strip (where 0), lstrip (-1) or rstrip (1). */
static KrObject *strip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames, const char *name, int where)
{
    KrBytesArgs spec = {name, 'P', 0, 1, NULL};
    ARGS(spec, 1);
    KrBuffer chars;
    int has = get_sep(ts, a[0], &chars, true);
    if (has < 0)
        return NULL;
    bool set[256] = {false};
    if (has)
        for (ssize_t i = 0; i < chars.len; i++)
            set[((const unsigned char *)chars.buf)[i]] = true;
    else
        for (unsigned c = 0; c < 256; c++)
            set[c] = is_space(c);
    if (has)
        kri_bytes_release(&chars);
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    ssize_t i = 0, j = KR_SIZE(self);
    if (where <= 0)
        while (i < j && set[d[i]])
            i++;
    if (where >= 0)
        while (j > i && set[d[j - 1]])
            j--;
    if (i == 0 && j == KR_SIZE(self) && kr_is_type(self, &kr_bytes_type))
        return KR_NEWREF(self);
    return kri_bytes_new_like(ts, self, (const char *)d + i, j - i);
}

KrObject *kri_bytes_m_strip(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    return strip(ts, self, args, nargsf, kwnames, "strip", 0);
}

KrObject *kri_bytes_m_lstrip(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return strip(ts, self, args, nargsf, kwnames, "lstrip", -1);
}

KrObject *kri_bytes_m_rstrip(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    return strip(ts, self, args, nargsf, kwnames, "rstrip", 1);
}

/* Writes the receiver with up to [count] occurrences of [old] replaced. */
static int replace_into(KrBuf *out, const char *d, ssize_t n, const KrBuffer *old,
                        const KrBuffer *new_, ssize_t count)
{
    ssize_t i = 0;
    if (old->len == 0) {
        /* an empty pattern matches before every byte and at the end */
        for (; i <= n && count > 0; i++, count--) {
            if (kri_buf_append(out, new_->buf, (size_t)new_->len) < 0 ||
                (i < n && kri_buf_putc(out, d[i]) < 0))
                return -1;
        }
        return i < n ? kri_buf_append(out, d + i, (size_t)(n - i)) : 0;
    }
    while (count-- > 0) {
        ssize_t j = kri_bytes_find_raw(d + i, n - i, old->buf, old->len);
        if (j < 0)
            break;
        if (kri_buf_append(out, d + i, (size_t)j) < 0 ||
            kri_buf_append(out, new_->buf, (size_t)new_->len) < 0)
            return -1;
        i += j + old->len;
    }
    return kri_buf_append(out, d + i, (size_t)(n - i));
}

KrObject *kri_bytes_m_replace(KrThread *ts, KrObject *self, KrObject *const *args,
                              size_t nargsf, KrObject *kwnames)
{
    static const KrBytesArgs spec = {"replace", 'P', 2, 3, NULL};
    ARGS(spec, 3);
    ssize_t count = -1;
    if (a[2]) {
        count = kri_number_as_ssize(ts, a[2], &kr_exc_OverflowError);
        if (count == -1 && kri_err_occurred(ts))
            return NULL;
    }
    if (count < 0)
        count = KR_SSIZE_MAX;
    KrBuffer old, new_;
    if (kri_bytes_like(ts, a[0], &old) < 0)
        return NULL;
    if (kri_bytes_like(ts, a[1], &new_) < 0) {
        kri_bytes_release(&old);
        return NULL;
    }
    KrBuf out;
    kri_buf_init(&out);
    KrObject *r = NULL;
    if (replace_into(&out, kri_bytes_ptr(self), KR_SIZE(self), &old, &new_, count) < 0)
        kri_err_no_memory(ts);
    else
        r = kri_bytes_new_like(ts, self, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    kri_bytes_release(&old);
    kri_bytes_release(&new_);
    return r;
}

KrObject *kri_bytes_m_expandtabs(KrThread *ts, KrObject *self, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    static const char *const kw[] = {"tabsize"};
    static const KrBytesArgs spec = {"expandtabs", 'K', 0, 1, kw};
    ARGS(spec, 1);
    ssize_t tab = 8;
    if (a[0]) {
        tab = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
        if (tab == -1 && kri_err_occurred(ts))
            return NULL;
    }
    const char *d = kri_bytes_ptr(self);
    KrBuf out;
    kri_buf_init(&out);
    ssize_t col = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        char c = d[i];
        int e = 0;
        if (c == '\t') {
            if (tab > 0) {
                ssize_t spaces = tab - col % tab;
                col += spaces;
                while (spaces-- > 0 && e == 0)
                    e = kri_buf_putc(&out, ' ');
            }
        } else {
            e = kri_buf_putc(&out, c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        if (e < 0) {
            kri_buf_free(&out);
            return kri_err_no_memory(ts);
        }
    }
    KrObject *r = kri_bytes_new_like(ts, self, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    return r;
}

KrObject *kri_bytes_m_translate(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    static const char *const kw[] = {NULL, "delete"};
    static const KrBytesArgs spec = {"translate", 'K', 1, 2, kw};
    ARGS(spec, 2);
    KrBuffer table, del;
    bool has_table = a[0] != KR_NONE, has_del = a[1] != NULL;
    if (has_table) {
        if (kri_bytes_like(ts, a[0], &table) < 0)
            return NULL;
        if (table.len != 256) {
            kri_bytes_release(&table);
            return kri_err_format(ts, &kr_exc_ValueError,
                                  "translation table must be 256 characters long");
        }
    }
    if (has_del && kri_bytes_like(ts, a[1], &del) < 0) {
        if (has_table)
            kri_bytes_release(&table);
        return NULL;
    }
    bool drop[256] = {false};
    if (has_del)
        for (ssize_t i = 0; i < del.len; i++)
            drop[((const unsigned char *)del.buf)[i]] = true;
    const unsigned char *d = (const unsigned char *)kri_bytes_ptr(self);
    ssize_t n = KR_SIZE(self), k = 0;
    KrObject *r = kri_bytes_new_like(ts, self, NULL, n);
    if (r) {
        unsigned char *o = (unsigned char *)kri_bytes_ptr(r);
        for (ssize_t i = 0; i < n; i++)
            if (!drop[d[i]])
                o[k++] = has_table ? ((const unsigned char *)table.buf)[d[i]] : d[i];
    }
    if (has_table)
        kri_bytes_release(&table);
    if (has_del)
        kri_bytes_release(&del);
    if (r && k < n) {
        KrObject *shorter = kri_bytes_new_like(ts, self, kri_bytes_ptr(r), k);
        kr_decref(r);
        r = shorter;
    }
    return r;
}

KrObject *kri_bytes_m_maketrans(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    static const KrBytesArgs spec = {"maketrans", 'P', 2, 2, NULL};
    ARGS(spec, 2);
    KrBuffer from, to;
    if (kri_bytes_like(ts, a[0], &from) < 0)
        return NULL;
    if (kri_bytes_like(ts, a[1], &to) < 0) {
        kri_bytes_release(&from);
        return NULL;
    }
    KrObject *r = NULL;
    if (from.len != to.len) {
        kri_err_set(ts, &kr_exc_ValueError, "maketrans arguments must have same length");
    } else if ((r = kri_bytes_new(ts, NULL, 256))) {
        unsigned char *t = (unsigned char *)KR_BYTES_DATA(r);
        for (int c = 0; c < 256; c++)
            t[c] = (unsigned char)c;
        for (ssize_t i = 0; i < from.len; i++)
            t[((const unsigned char *)from.buf)[i]] = ((const unsigned char *)to.buf)[i];
    }
    kri_bytes_release(&from);
    kri_bytes_release(&to);
    return r;
}
