/* The str type's core: compact storage (PEP 393), creation from UTF-8 and
 * code points, the cached UTF-8 form and hash, equality and ordering,
 * concatenation, interning, the string writer and printf-style formatting
 * for C code. Methods live in str_methods.c; repr in str_repr.c.
 *
 * Invariants: a str's kind is the narrowest that holds its largest code
 * point (so equal strings have equal kinds and storage, which equality and
 * hashing rely on); data is NUL-terminated; `ascii` is set exactly when
 * kind is 1 and every code point is below 128. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

static size_t str_header_size(bool ascii)
{
    return ascii ? sizeof(KrStr) : sizeof(KrStrWide);
}

KrObject *kri_str_new(KrThread *ts, ssize_t length, uint32_t maxchar)
{
    if (length == 0)
        return kri_str_empty();
    int kind = maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
    bool ascii = maxchar < 0x80;
    if (length < 0 || (size_t)length > (SIZE_MAX / 2 - 64) / (size_t)kind)
        return kri_err_no_memory(ts);
    size_t size = str_header_size(ascii) + ((size_t)length + 1) * (size_t)kind;
    KrObject *o = size <= KR_MAX_ALLOC_BYTES ? malloc(size) : NULL;
    if (!o)
        return kri_err_no_memory(ts);
    memset(o, 0, str_header_size(ascii));
    o->ob_tid = ts->id;
    o->ob_ref_local = 1;
    o->ob_type = &kr_str_type;
    KrStr *s = KR_STR(o);
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    char *data = kr_str_data(o);
    memset(data + (size_t)length * (size_t)kind, 0, (size_t)kind);
    return o;
}

void kri_str_dealloc(KrObject *o)
{
    KrStr *s = KR_STR(o);
    if (!s->ascii)
        free(((KrStrWide *)s)->utf8);
    kri_object_free(o);
}

/* Largest code point of UTF-8 text, and its length in code points; -1 on
 * invalid UTF-8 (lone surrogates in 3-byte form are valid here). */
static ssize_t utf8_scan(const char *s, ssize_t len, uint32_t *maxchar)
{
    ssize_t n = 0;
    uint32_t max = 0;
    ssize_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            max |= c;
        } else {
            int size;
            int32_t cp = kri_utf8_decode(s + i, (size_t)(len - i), &size);
            if (cp < 0)
                return -1;
            if ((uint32_t)cp > max)
                max = (uint32_t)cp;
            i += size;
        }
        n++;
    }
    *maxchar = max;
    return n;
}

KrObject *kri_str_from_utf8(KrThread *ts, const char *s, ssize_t len)
{
    uint32_t maxchar;
    ssize_t n = utf8_scan(s, len, &maxchar);
    if (n < 0) {
        int size;
        ssize_t i = 0;
        while (i < len && kri_utf8_decode(s + i, (size_t)(len - i), &size) >= 0)
            i += size;
        return kri_err_format(ts, &kr_exc_UnicodeDecodeError,
                              "'utf-8' codec can't decode byte 0x%02x in position %zd: "
                              "invalid start byte", (unsigned char)s[i], i);
    }
    KrObject *o = kri_str_new(ts, n, maxchar);
    if (!o || n == 0)
        return o;
    int kind = KR_STR(o)->kind;
    void *data = kr_str_data(o);
    if (maxchar < 0x80) {
        memcpy(data, s, (size_t)len);
        return o;
    }
    ssize_t i = 0, j = 0;
    while (i < len) {
        int size;
        uint32_t cp = (uint32_t)kri_utf8_decode(s + i, (size_t)(len - i), &size);
        i += size;
        if (kind == 1)
            ((uint8_t *)data)[j++] = (uint8_t)cp;
        else if (kind == 2)
            ((uint16_t *)data)[j++] = (uint16_t)cp;
        else
            ((uint32_t *)data)[j++] = cp;
    }
    return o;
}

KrObject *kri_str_from_cstr(KrThread *ts, const char *s)
{
    return kri_str_from_utf8(ts, s, (ssize_t)strlen(s));
}

KrObject *kri_str_from_kind(KrThread *ts, int kind, const void *data, ssize_t len)
{
    uint32_t max = 0;
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c > max)
            max = c;
    }
    KrObject *o = kri_str_new(ts, len, max);
    if (!o || len == 0)
        return o;
    int k = KR_STR(o)->kind;
    void *dst = kr_str_data(o);
    if (k == kind) {
        memcpy(dst, data, (size_t)len * (size_t)kind);
        return o;
    }
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (k == 1)
            ((uint8_t *)dst)[i] = (uint8_t)c;
        else if (k == 2)
            ((uint16_t *)dst)[i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[i] = c;
    }
    return o;
}

KrObject *kri_str_from_char(KrThread *ts, uint32_t cp)
{
    if (cp < 128)
        return kri_str_from_kind(ts, 1, &(uint8_t){(uint8_t)cp}, 1);
    return kri_str_from_kind(ts, 4, &cp, 1);
}

static bool has_surrogate(const KrObject *o)
{
    const KrStr *s = KR_STR(o);
    if (s->kind == 1)
        return false;
    const void *data = kr_str_data(o);
    for (ssize_t i = 0; i < s->length; i++) {
        uint32_t c = kr_str_read(s->kind, data, i);
        if (c >= 0xD800 && c <= 0xDFFF)
            return true;
    }
    return false;
}

const char *kri_str_utf8(KrThread *ts, KrObject *o, ssize_t *len)
{
    KrStr *s = KR_STR(o);
    if (s->ascii) {
        if (len)
            *len = s->length;
        return kr_str_data(o);
    }
    KrStrWide *w = (KrStrWide *)s;
    if (!w->utf8) {
        if (has_surrogate(o)) {
            ssize_t i = 0;
            while (kr_str_at(o, i) < 0xD800 || kr_str_at(o, i) > 0xDFFF)
                i++;
            kri_err_format(ts, &kr_exc_UnicodeEncodeError,
                           "'utf-8' codec can't encode character '\\u%04x' in position %zd: "
                           "surrogates not allowed", kr_str_at(o, i), i);
            return NULL;
        }
        KrBuf buf;
        kri_buf_init(&buf);
        const void *data = kr_str_data(o);
        for (ssize_t i = 0; i < s->length; i++) {
            if (kri_utf8_encode(&buf, kr_str_read(s->kind, data, i)) < 0) {
                kri_buf_free(&buf);
                kri_err_no_memory(ts);
                return NULL;
            }
        }
        w->utf8_length = (ssize_t)buf.len;
        w->utf8 = buf.data;
    }
    if (len)
        *len = w->utf8_length;
    return w->utf8;
}

int64_t kri_str_hash(KrThread *ts, KrObject *o)
{
    KrStr *s = KR_STR(o);
    if (s->hash != -1)
        return s->hash;
    int64_t h = kri_hash_bytes(&ts->runtime->hash_key, kr_str_data(o),
                               (size_t)s->length * s->kind);
    s->hash = h;
    return h;
}

bool kri_str_eq(const KrObject *a, const KrObject *b)
{
    if (a == b)
        return true;
    const KrStr *x = KR_STR(a), *y = KR_STR(b);
    if (x->length != y->length || x->kind != y->kind)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(kr_str_data(a), kr_str_data(b), (size_t)x->length * x->kind) == 0;
}

bool kri_str_eq_cstr(const KrObject *a, const char *s)
{
    const KrStr *x = KR_STR(a);
    size_t n = strlen(s);
    return x->ascii && (size_t)x->length == n && memcmp(kr_str_data(a), s, n) == 0;
}

int kri_str_compare(const KrObject *a, const KrObject *b)
{
    const KrStr *x = KR_STR(a), *y = KR_STR(b);
    ssize_t n = x->length < y->length ? x->length : y->length;
    const void *da = kr_str_data(a), *db = kr_str_data(b);
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c)
            return c;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t ca = kr_str_read(x->kind, da, i), cb = kr_str_read(y->kind, db, i);
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length;
}

KrObject *kri_str_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    ssize_t na = kr_str_len(a), nb = kr_str_len(b);
    if (na == 0 && kr_is_type(b, &kr_str_type))
        return KR_NEWREF(b);
    if (nb == 0 && kr_is_type(a, &kr_str_type))
        return KR_NEWREF(a);
    if (na > PTRDIFF_MAX / 4 - nb)
        return kri_err_no_memory(ts);
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_strw_str(ts, &w, a) < 0 || kri_strw_str(ts, &w, b) < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

KrObject *kri_str_substr(KrThread *ts, KrObject *s, ssize_t start, ssize_t end)
{
    if (start <= 0 && end >= kr_str_len(s) && kr_is_type(s, &kr_str_type))
        return KR_NEWREF(s);
    if (end <= start)
        return kri_str_empty();
    int kind = KR_STR(s)->kind;
    return kri_str_from_kind(ts, kind, (char *)kr_str_data(s) + start * kind, end - start);
}

/* ---- interning ---- */

int kri_str_intern(KrThread *ts, KrObject **p)
{
    KrObject *s = *p;
    if (!kr_is_type(s, &kr_str_type) || KR_STR(s)->interned)
        return 0;
    KrObject *table = ts->interp->interned;
    KrObject *found = kri_dict_get_str_borrow(ts, table, s);
    if (found) {
        kr_incref(found);
        kr_decref(s);
        *p = found;
        return 0;
    }
    if (kri_err_occurred(ts) || kri_dict_set(ts, table, s, s) < 0)
        return -1;
    KR_STR(s)->interned = 1;
    return 0;
}

KrObject *kri_str_intern_cstr(KrThread *ts, const char *s)
{
    KrObject *o = kri_str_from_cstr(ts, s);
    if (o && kri_str_intern(ts, &o) < 0)
        KR_CLEAR(o);
    return o;
}

/* ---- the writer ---- */

void kri_strw_init(KrStrWriter *w)
{
    memset(w, 0, sizeof *w);
    w->kind = 1;
}

void kri_strw_discard(KrStrWriter *w)
{
    free(w->data);
    kri_strw_init(w);
}

/* Makes room for [extra] more code points up to [maxchar], widening the
 * buffer's kind when needed. */
static int strw_prepare(KrThread *ts, KrStrWriter *w, ssize_t extra, uint32_t maxchar)
{
    int kind = maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
    if (kind < w->kind)
        kind = w->kind;
    if (extra > PTRDIFF_MAX / 8 - w->len) {
        kri_err_no_memory(ts);
        return -1;
    }
    ssize_t need = w->len + extra;
    if (kind == w->kind && need <= w->cap)
        return 0;
    ssize_t cap = w->cap;
    if (need > cap)
        cap = need < 16 ? 16 : need + need / 2;
    void *data = malloc((size_t)(cap + 1) * (size_t)kind);
    if (!data) {
        kri_err_no_memory(ts);
        return -1;
    }
    for (ssize_t i = 0; i < w->len; i++) {
        uint32_t c = kr_str_read(w->kind, w->data, i);
        if (kind == 1)
            ((uint8_t *)data)[i] = (uint8_t)c;
        else if (kind == 2)
            ((uint16_t *)data)[i] = (uint16_t)c;
        else
            ((uint32_t *)data)[i] = c;
    }
    free(w->data);
    w->data = data;
    w->cap = cap;
    w->kind = kind;
    return 0;
}

static inline void strw_write(KrStrWriter *w, uint32_t c)
{
    if (w->kind == 1)
        ((uint8_t *)w->data)[w->len++] = (uint8_t)c;
    else if (w->kind == 2)
        ((uint16_t *)w->data)[w->len++] = (uint16_t)c;
    else
        ((uint32_t *)w->data)[w->len++] = c;
    if (c > w->maxchar)
        w->maxchar = c;
}

int kri_strw_putc(KrThread *ts, KrStrWriter *w, uint32_t cp)
{
    if (strw_prepare(ts, w, 1, cp) < 0)
        return -1;
    strw_write(w, cp);
    return 0;
}

int kri_strw_ascii(KrThread *ts, KrStrWriter *w, const char *s, ssize_t len)
{
    if (len == 0)
        return 0; /* an empty writer has no buffer yet: no memcpy to NULL */
    if (strw_prepare(ts, w, len, 0x7f) < 0)
        return -1;
    if (w->kind == 1) {
        memcpy((char *)w->data + w->len, s, (size_t)len);
        w->len += len;
        for (ssize_t i = 0; i < len; i++)
            if ((unsigned char)s[i] > w->maxchar)
                w->maxchar = (unsigned char)s[i];
        return 0;
    }
    for (ssize_t i = 0; i < len; i++)
        strw_write(w, (unsigned char)s[i]);
    return 0;
}

int kri_strw_utf8(KrThread *ts, KrStrWriter *w, const char *s, ssize_t len)
{
    KrObject *o = kri_str_from_utf8(ts, s, len);
    if (!o)
        return -1;
    int r = kri_strw_str(ts, w, o);
    kr_decref(o);
    return r;
}

int kri_strw_substr(KrThread *ts, KrStrWriter *w, KrObject *s, ssize_t start, ssize_t end)
{
    KrStr *str = KR_STR(s);
    uint32_t max = str->ascii ? 0x7f : str->kind == 1 ? 0xff : str->kind == 2 ? 0xffff : 0x10ffff;
    if (end <= start)
        return 0;
    if (strw_prepare(ts, w, end - start, max) < 0)
        return -1;
    const void *data = kr_str_data(s);
    if (w->kind == str->kind) {
        memcpy((char *)w->data + w->len * w->kind, (const char *)data + start * str->kind,
               (size_t)(end - start) * (size_t)str->kind);
        w->len += end - start;
        if (max > w->maxchar) {
            for (ssize_t i = start; i < end; i++) {
                uint32_t c = kr_str_read(str->kind, data, i);
                if (c > w->maxchar)
                    w->maxchar = c;
            }
        }
        return 0;
    }
    for (ssize_t i = start; i < end; i++)
        strw_write(w, kr_str_read(str->kind, data, i));
    return 0;
}

int kri_strw_str(KrThread *ts, KrStrWriter *w, KrObject *s)
{
    return kri_strw_substr(ts, w, s, 0, kr_str_len(s));
}

int kri_strw_escape(KrThread *ts, KrStrWriter *w, uint32_t cp)
{
    char esc[16];
    int len = cp < 0x100     ? snprintf(esc, sizeof esc, "\\x%02x", cp)
              : cp < 0x10000 ? snprintf(esc, sizeof esc, "\\u%04x", cp)
                             : snprintf(esc, sizeof esc, "\\U%08x", cp);
    return kri_strw_ascii(ts, w, esc, len);
}

KrObject *kri_strw_finish(KrThread *ts, KrStrWriter *w)
{
    KrObject *o = kri_str_from_kind(ts, w->kind, w->data, w->len);
    kri_strw_discard(w);
    return o;
}
