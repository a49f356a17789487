/* The bytes type: an immutable byte string stored inline after the header,
 * always NUL-terminated (so C APIs can read it), with its hash cached. The
 * empty bytes is an immortal static object. This file also holds what the
 * three binary types share: the buffer helpers (kri_bytes_like), argument
 * checking with CPython's per-method wording, byte-value conversion and
 * the bridge to codecs.c for encode/decode. Methods live in
 * bytes_methods.c and bytes_split.c, % in bytes_format.c. */
#include <string.h>

#include "objects/codecs.h"
#include "objects/objects.h"

/* Laid out as KrBytes with room for the NUL (a struct holding KrBytes
 * itself could not follow its flexible array in ISO C). */
static struct {
    KrVarObject ob_base;
    int64_t hash;
    char data[1];
} empty_bytes = {{KR_STATIC_HEADER(&kr_bytes_type), 0}, 0, ""}; /* hash(b"") == 0 */
#define EMPTY_BYTES ((KrObject *)(void *)&empty_bytes)

KrObject *kri_bytes_new_type(KrThread *ts, KrType *type, const char *data, ssize_t len)
{
    if (len < 0 || (size_t)len > SIZE_MAX / 2 - sizeof(KrBytes))
        return kri_err_no_memory(ts);
    if (len == 0 && type == &kr_bytes_type)
        return EMPTY_BYTES;
    KrBytes *b = (KrBytes *)kri_type_generic_alloc(ts, type, len);
    if (!b)
        return NULL;
    KR_SIZE(b) = len;
    b->hash = -1;
    if (data)
        memcpy(b->data, data, (size_t)len);
    b->data[len] = '\0';
    return KR_OBJ(b);
}

KrObject *kri_bytes_new(KrThread *ts, const char *data, ssize_t len)
{
    return kri_bytes_new_type(ts, &kr_bytes_type, data, len);
}

KrObject *kri_bytes_new_like(KrThread *ts, KrObject *self, const char *data, ssize_t len)
{
    if (kr_bytes_check(self))
        return kri_bytes_new(ts, data, len);
    return kri_bytearray_new(ts, data, len);
}

/* ---- buffers ---- */

void kri_bytes_fill_view(KrBuffer *view, KrObject *obj, void *buf, ssize_t len, bool readonly)
{
    view->buf = buf;
    view->obj = kr_incref(obj);
    view->len = len;
    view->itemsize = 1;
    view->readonly = readonly;
    view->format = "B";
    view->ndim = 1;
    view->shape = NULL;
    view->strides = NULL;
    view->shape0 = len;
    view->stride0 = 1;
}

int kri_bytes_getbuffer(KrThread *ts, KrObject *obj, KrBuffer *view, int flags)
{
    KrGetBufferFn fn = obj->ob_type->getbuffer;
    if (!fn) {
        kri_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                       kri_type_name(obj->ob_type));
        return -1;
    }
    return fn(ts, obj, view, flags);
}

void kri_bytes_release(KrBuffer *view)
{
    KrObject *obj = view->obj;
    if (!obj)
        return;
    if (obj->ob_type->releasebuffer)
        obj->ob_type->releasebuffer(obj, view);
    view->obj = NULL;
    kr_decref(obj);
}

/* Whether [view] describes one C-contiguous block. */
static bool view_is_contiguous(const KrBuffer *view)
{
    if (view->ndim <= 1 && !view->strides)
        return true;
    ssize_t expect = view->itemsize;
    for (int d = view->ndim - 1; d >= 0; d--) {
        ssize_t n = view->shape ? view->shape[d] : view->shape0;
        ssize_t s = view->strides ? view->strides[d] : view->stride0;
        if (n > 1 && s != expect)
            return false;
        if (n == 0)
            return true;
        expect *= n;
    }
    return true;
}

int kri_bytes_like(KrThread *ts, KrObject *obj, KrBuffer *view)
{
    if (kri_bytes_getbuffer(ts, obj, view, KR_BUF_SIMPLE) < 0)
        return -1;
    if (!view_is_contiguous(view)) {
        kri_bytes_release(view);
        kri_err_set(ts, &kr_exc_BufferError,
                    "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return 0;
}

int kri_bytes_get_contig(KrThread *ts, KrObject *obj, KrBuffer *view)
{
    if (!obj->ob_type->getbuffer || kr_str_check(obj))
        return 0;
    if (kri_bytes_getbuffer(ts, obj, view, KR_BUF_SIMPLE) < 0)
        return -1;
    if (view_is_contiguous(view))
        return 1;
    kri_bytes_release(view);
    return 0;
}

static int bytes_getbuffer(KrThread *ts, KrObject *o, KrBuffer *view, int flags)
{
    if (flags & KR_BUF_WRITABLE) {
        kri_err_set(ts, &kr_exc_BufferError, "Object is not writable.");
        return -1;
    }
    kri_bytes_fill_view(view, o, KR_BYTES_DATA(o), KR_SIZE(o), true);
    return 0;
}

/* ---- argument checking ---- */

static const char *family_name(KrObject *self)
{
    if (!self)
        return "bytes"; /* a static method */
    KrType *t = kr_type_has(self->ob_type, KR_TPF_TYPE_SUBCLASS) ? (KrType *)self
                                                                 : self->ob_type;
    return kri_type_is_subtype(t, &kr_bytearray_type) ? "bytearray" : "bytes";
}

static int count_error(KrThread *ts, KrObject *self, const KrBytesArgs *spec, ssize_t n)
{
    const char *fam = family_name(self), *nm = spec->name;
    bool few = n < spec->min;
    int lim = few ? spec->min : spec->max;
    const char *plural = lim == 1 ? "" : "s";
    switch (spec->style) {
    case 'N':
        kri_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no arguments (%zd given)", fam,
                       nm, n);
        break;
    case 'O':
        kri_err_format(ts, &kr_exc_TypeError,
                       "%s.%s() takes exactly one argument (%zd given)", fam, nm, n);
        break;
    case 'P':
        if (spec->min == spec->max)
            kri_err_format(ts, &kr_exc_TypeError, "%s expected %d argument%s, got %zd", nm,
                           lim, plural, n);
        else
            kri_err_format(ts, &kr_exc_TypeError, "%s expected at %s %d argument%s, got %zd",
                           nm, few ? "least" : "most", lim, plural, n);
        break;
    default:
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes at %s %d %sargument%s (%zd given)",
                       nm, few ? "least" : "most", lim,
                       few && spec->style == 'K' ? "positional " : "", plural, n);
    }
    return -1;
}

/* Places keyword arguments of a 'K' method into [out]. */
static int place_keywords(KrThread *ts, const KrBytesArgs *spec, KrObject *const *args,
                          ssize_t nargs, KrObject *kwnames, KrObject **out)
{
    for (ssize_t k = 0; k < KR_SIZE(kwnames); k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        int slot = -1;
        for (int i = 0; i < spec->max && slot < 0; i++)
            if (spec->kw[i] && kri_str_eq_cstr(key, spec->kw[i]))
                slot = i;
        if (slot < 0) {
            kri_err_format(ts, &kr_exc_TypeError, "%R is an invalid keyword argument for %s()",
                           key, spec->name);
            return -1;
        }
        if (out[slot]) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)",
                           spec->name, spec->kw[slot], slot + 1);
            return -1;
        }
        out[slot] = args[nargs + k];
    }
    for (int i = 0; i < spec->min; i++)
        if (!out[i]) {
            kri_err_format(ts, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           spec->name, spec->kw[i], i + 1);
            return -1;
        }
    return 0;
}

int kri_bytes_args(KrThread *ts, KrObject *self, const KrBytesArgs *spec, KrObject *const *args,
                   size_t nargsf, KrObject *kwnames, KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (int i = 0; i < spec->max; i++)
        out[i] = i < nargs ? args[i] : NULL;
    if (spec->style != 'K') {
        if (nkw) {
            if (spec->style == 'A')
                kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                               spec->name);
            else
                kri_err_format(ts, &kr_exc_TypeError, "%s.%s() takes no keyword arguments",
                               family_name(self), spec->name);
            return -1;
        }
        if (nargs < spec->min || nargs > spec->max)
            return count_error(ts, self, spec, nargs);
        return 0;
    }
    if (nargs > spec->max || nargs + nkw > spec->max)
        return count_error(ts, self, spec, nargs + nkw > spec->max ? nargs + nkw : nargs);
    int npos = 0; /* required positional-only parameters */
    while (npos < spec->min && !spec->kw[npos])
        npos++;
    if ((nargs < spec->min && !nkw) || nargs < npos)
        return count_error(ts, self, spec, nargs);
    return nkw ? place_keywords(ts, spec, args, nargs, kwnames, out) : 0;
}

int kri_bytes_byte_value(KrThread *ts, KrObject *o, int *out)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return -1;
    int64_t v;
    bool fits = kri_int_to_i64(i, &v);
    kr_decref(i);
    if (!fits || v < 0 || v > 255) {
        kri_err_set(ts, &kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ---- codecs (codecs.c does the work) ---- */

/* The C string of an optional str argument [o] (NULL stays NULL). */
static int codec_arg(KrThread *ts, KrObject *o, const char *who, const char *what,
                     const char **out)
{
    *out = NULL;
    if (!o)
        return 0;
    if (!kr_str_check(o)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s argument '%s' must be str, not %s", who, what,
                       kri_type_name(o->ob_type));
        return -1;
    }
    ssize_t len;
    *out = kri_str_utf8(ts, o, &len);
    if (!*out)
        return -1;
    if ((size_t)len != strlen(*out)) {
        kri_err_set(ts, &kr_exc_ValueError, "embedded null character");
        return -1;
    }
    return 0;
}

KrObject *kri_bytes_decode(KrThread *ts, const char *data, ssize_t len, KrObject *encoding,
                           KrObject *errors)
{
    const char *enc, *err;
    if (codec_arg(ts, encoding, "decode()", "encoding", &enc) < 0 ||
        codec_arg(ts, errors, "decode()", "errors", &err) < 0)
        return NULL;
    return kri_codec_decode(ts, data, len, enc, err);
}

KrObject *kri_bytes_encode(KrThread *ts, KrObject *s, KrObject *encoding, KrObject *errors,
                           const char *who)
{
    const char *enc, *err;
    if (codec_arg(ts, encoding, who, "encoding", &enc) < 0 ||
        codec_arg(ts, errors, who, "errors", &err) < 0)
        return NULL;
    return kri_codec_encode(ts, s, enc, err);
}

/* ---- construction ---- */

/* Appends the byte values of the items of [iterable] to [out]. */
static int collect_ints(KrThread *ts, KrObject *iterable, KrBuf *out, const char *range_msg)
{
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it)
        return -1;
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        KrObject *i = kri_number_index(ts, item);
        kr_decref(item);
        int64_t v = -1;
        if (!i || !kri_int_to_i64(i, &v) || v < 0 || v > 255) {
            if (i)
                kri_err_set(ts, &kr_exc_ValueError, range_msg);
            kr_xdecref(i);
            kr_decref(it);
            return -1;
        }
        kr_decref(i);
        if (kri_buf_putc(out, (char)v) < 0) {
            kr_decref(it);
            kri_err_no_memory(ts);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

/* The bytes of a buffer or iterable (PyBytes_FromObject). */
static KrObject *bytes_from_buffer_or_iterable(KrThread *ts, KrObject *x)
{
    if (x->ob_type->getbuffer) {
        KrBuffer view;
        if (kr_is_type(x, &kr_memoryview_type))
            return kri_call_method(ts, x, KR_ID(tobytes), NULL, 0);
        if (kri_bytes_like(ts, x, &view) < 0)
            return NULL;
        KrObject *r = kri_bytes_new(ts, view.buf, view.len);
        kri_bytes_release(&view);
        return r;
    }
    if (kr_str_check(x) || !(x->ob_type->iter || (x->ob_type->getitem && x->ob_type->sq_like)))
        return kri_err_format(ts, &kr_exc_TypeError, "cannot convert '%s' object to bytes",
                              kri_type_name(x->ob_type));
    KrBuf buf;
    kri_buf_init(&buf);
    if (collect_ints(ts, x, &buf, "bytes must be in range(0, 256)") < 0) {
        kri_buf_free(&buf);
        return NULL;
    }
    KrObject *r = kri_bytes_new(ts, buf.data, (ssize_t)buf.len);
    kri_buf_free(&buf);
    return r;
}

KrObject *kri_bytes_from_object(KrThread *ts, KrObject *x)
{
    KrObject *meth = kri_type_lookup(ts, x->ob_type, KR_ID(__bytes__));
    if (meth && !kr_is_type(x, &kr_bytes_type)) {
        KrObject *r = kri_call_method(ts, x, KR_ID(__bytes__), NULL, 0);
        if (r && !kr_bytes_check(r)) {
            kri_err_format(ts, &kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                           kri_type_name(r->ob_type));
            KR_CLEAR(r);
        }
        return r;
    }
    if (kr_is_type(x, &kr_bytes_type))
        return KR_NEWREF(x);
    if (kr_str_check(x))
        return kri_err_format(ts, &kr_exc_TypeError, "string argument without an encoding");
    if (kri_number_has_index(x)) {
        ssize_t n = kri_number_as_ssize(ts, x, &kr_exc_OverflowError);
        if (n == -1 && kri_err_occurred(ts)) {
            if (!kri_err_matches(ts, &kr_exc_TypeError))
                return NULL;
            kri_err_clear(ts);
            return bytes_from_buffer_or_iterable(ts, x);
        }
        if (n < 0)
            return kri_err_format(ts, &kr_exc_ValueError, "negative count");
        KrObject *r = kri_bytes_new(ts, NULL, n);
        if (r)
            memset(KR_BYTES_DATA(r), 0, (size_t)n);
        return r;
    }
    return bytes_from_buffer_or_iterable(ts, x);
}

static KrObject *bytes_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors"};
    static const KrBytesArgs spec = {"bytes", 'K', 0, 3, kw};
    KrObject *a[3];
    if (kri_bytes_args(ts, KR_OBJ(type), &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    KrObject *x = a[0], *encoding = a[1], *errors = a[2], *r;
    if (encoding && !kr_str_check(encoding))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "bytes() argument 'encoding' must be str, not %s",
                              kri_type_name(encoding->ob_type));
    if (errors && !kr_str_check(errors))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "bytes() argument 'errors' must be str, not %s",
                              kri_type_name(errors->ob_type));
    if (!x) {
        if (encoding || errors)
            return kri_err_format(ts, &kr_exc_TypeError, "%s without a string argument",
                                  encoding ? "encoding" : "errors");
        r = KR_NEWREF(EMPTY_BYTES);
    } else if (encoding) {
        if (!kr_str_check(x))
            return kri_err_format(ts, &kr_exc_TypeError, "encoding without a string argument");
        r = kri_bytes_encode(ts, x, encoding, errors, "bytes()");
    } else if (errors) {
        return kri_err_format(ts, &kr_exc_TypeError, kr_str_check(x)
                                  ? "string argument without an encoding"
                                  : "errors without a string argument");
    } else {
        r = kri_bytes_from_object(ts, x);
    }
    if (!r || type == &kr_bytes_type)
        return r;
    KrObject *sub = kri_bytes_new_type(ts, type, KR_BYTES_DATA(r), KR_SIZE(r));
    kr_decref(r);
    return sub;
}

/* ---- the protocols ---- */

/* b'...' as repr() writes it: single quotes unless the bytes hold a
 * single quote and no double quote. bytearray's repr wraps the same. */
static KrObject *bytes_repr(KrThread *ts, KrObject *o)
{
    const unsigned char *p = (const unsigned char *)kri_bytes_ptr(o);
    ssize_t n = KR_SIZE(o);
    char quote = memchr(p, '\'', (size_t)n) && !memchr(p, '"', (size_t)n) ? '"' : '\'';
    bool ba = !kr_bytes_check(o);
    KrStrWriter w;
    kri_strw_init(&w);
    if (ba && (kri_strw_ascii(ts, &w, kri_type_name(o->ob_type),
                              (ssize_t)strlen(kri_type_name(o->ob_type))) < 0 ||
               kri_strw_putc(ts, &w, '(') < 0))
        goto fail;
    if (kri_strw_putc(ts, &w, 'b') < 0 || kri_strw_putc(ts, &w, quote) < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        unsigned c = p[i];
        char buf[5];
        int len = 1;
        buf[0] = (char)c;
        /* bytearray's repr escapes ' even inside "..." (as CPython's) */
        if (c == (unsigned char)quote || c == '\\' || (ba && c == '\''))
            len = snprintf(buf, sizeof buf, "\\%c", c);
        else if (c == '\t')
            len = snprintf(buf, sizeof buf, "\\t");
        else if (c == '\n')
            len = snprintf(buf, sizeof buf, "\\n");
        else if (c == '\r')
            len = snprintf(buf, sizeof buf, "\\r");
        else if (c < 0x20 || c >= 0x7f)
            len = snprintf(buf, sizeof buf, "\\x%02x", c);
        if (kri_strw_ascii(ts, &w, buf, len) < 0)
            goto fail;
    }
    if (kri_strw_putc(ts, &w, quote) < 0 || (ba && kri_strw_putc(ts, &w, ')') < 0))
        goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

static int64_t bytes_hash(KrThread *ts, KrObject *o)
{
    KrBytes *b = (KrBytes *)o;
    if (b->hash == -1)
        b->hash = kri_hash_bytes(&ts->runtime->hash_key, b->data, (size_t)KR_SIZE(o));
    return b->hash;
}

KrObject *kri_bytes_compare(const char *a, ssize_t la, const char *b, ssize_t lb, int op)
{
    if ((op == KR_EQ || op == KR_NE) && la != lb)
        return kr_bool(op == KR_NE);
    int c = memcmp(a, b, (size_t)(la < lb ? la : lb));
    if (c == 0)
        c = la < lb ? -1 : la > lb;
    return kr_bool(kr_compare_holds(c, op));
}

static KrObject *bytes_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_bytes_check(a) || !kr_bytes_check(b))
        return KR_NOTIMPLEMENTED;
    return kri_bytes_compare(KR_BYTES_DATA(a), KR_SIZE(a), KR_BYTES_DATA(b), KR_SIZE(b), op);
}

static ssize_t bytes_len(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o);
}

static KrObject *bytes_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    ssize_t n = KR_SIZE(o);
    const char *d = KR_BYTES_DATA(o);
    if (kri_number_has_index(key)) {
        ssize_t i = kri_number_as_ssize(ts, key, &kr_exc_IndexError);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return kri_err_format(ts, &kr_exc_IndexError, "index out of range");
        return kri_int_small((unsigned char)d[i]);
    }
    if (!kr_is_type(key, &kr_slice_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "byte indices must be integers or slices, not %s",
                              kri_type_name(key->ob_type));
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, n, &start, &stop, &step, &count) < 0)
        return NULL;
    if (step == 1) {
        if (count == n && kr_is_type(o, &kr_bytes_type))
            return KR_NEWREF(o);
        return kri_bytes_new(ts, d + start, count);
    }
    KrObject *r = kri_bytes_new(ts, NULL, count);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < count; i++)
        KR_BYTES_DATA(r)[i] = d[start + i * step];
    return r;
}

static KrObject *bytes_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    KrBuffer va, vb;
    int got = kri_bytes_get_contig(ts, b, &vb);
    if (got <= 0)
        return got < 0 ? NULL : kri_err_format(ts, &kr_exc_TypeError, "can't concat %s to %s",
                                               kri_type_name(b->ob_type),
                                               kri_type_name(a->ob_type));
    if (kri_bytes_like(ts, a, &va) < 0) {
        kri_bytes_release(&vb);
        return NULL;
    }
    KrObject *r = NULL;
    if (va.len > KR_SSIZE_MAX - vb.len) {
        kri_err_no_memory(ts);
    } else if (vb.len == 0 && kr_is_type(a, &kr_bytes_type)) {
        r = KR_NEWREF(a);
    } else {
        r = kri_bytes_new(ts, NULL, va.len + vb.len);
        if (r) {
            memcpy(KR_BYTES_DATA(r), va.buf, (size_t)va.len);
            memcpy(KR_BYTES_DATA(r) + va.len, vb.buf, (size_t)vb.len);
        }
    }
    kri_bytes_release(&va);
    kri_bytes_release(&vb);
    return r;
}

static KrObject *bytes_repeat(KrThread *ts, KrObject *o, ssize_t count)
{
    ssize_t n = KR_SIZE(o);
    if (count < 0)
        count = 0;
    if (count == 1 && kr_is_type(o, &kr_bytes_type))
        return KR_NEWREF(o);
    if (n && count > KR_SSIZE_MAX / n)
        return kri_err_no_memory(ts);
    KrObject *r = kri_bytes_new(ts, NULL, n * count);
    if (!r)
        return NULL;
    for (ssize_t i = 0; i < count; i++)
        memcpy(KR_BYTES_DATA(r) + i * n, KR_BYTES_DATA(o), (size_t)n);
    return r;
}

static int bytes_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    return kri_bytes_contains(ts, KR_BYTES_DATA(o), KR_SIZE(o), item);
}

static KrObject *bytes_mod(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_bytes_check(a))
        return KR_NOTIMPLEMENTED;
    KrBuf out;
    kri_buf_init(&out);
    if (kri_bytes_format(ts, KR_BYTES_DATA(a), KR_SIZE(a), b, &out) < 0) {
        kri_buf_free(&out);
        return NULL;
    }
    KrObject *r = kri_bytes_new(ts, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    return r;
}

/* ---- iterators over bytes and bytearray ---- */

typedef struct KrBytesIter {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq; /* owned; NULL once exhausted */
} KrBytesIter;

static KrObject *bytes_iter(KrThread *ts, KrObject *o)
{
    KrType *t = kr_bytes_check(o) ? &kr_bytes_iter_type : &kr_bytearray_iter_type;
    KrBytesIter *it = (KrBytesIter *)kri_object_alloc(ts, t, sizeof(KrBytesIter));
    if (it)
        it->seq = kr_incref(o);
    return KR_OBJ(it);
}

static void bytes_iter_dealloc(KrObject *o)
{
    kr_xdecref(((KrBytesIter *)o)->seq);
    kri_object_free(o);
}

static KrObject *bytes_iter_self(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *bytes_iter_next(KrThread *ts, KrObject *o)
{
    KrBytesIter *it = (KrBytesIter *)o;
    if (it->seq && it->index < KR_SIZE(it->seq))
        return kri_int_small((unsigned char)kri_bytes_ptr(it->seq)[it->index++]);
    KR_CLEAR(it->seq);
    return NULL;
}

static KrObject *bytes_iter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrBytesIter *it = (KrBytesIter *)o;
    ssize_t n = it->seq && it->index < KR_SIZE(it->seq) ? KR_SIZE(it->seq) - it->index : 0;
    return kri_int_from_ssize(ts, n);
}

static const KrMethodDef bytes_iter_methods[] = {
    {"__length_hint__", KR_METH(bytes_iter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

KrType kr_bytes_iter_type = {
    KR_TYPE_HEADER,
    .name = "bytes_iterator",
    .basicsize = sizeof(KrBytesIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = bytes_iter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

KrType kr_bytearray_iter_type = {
    KR_TYPE_HEADER,
    .name = "bytearray_iterator",
    .basicsize = sizeof(KrBytesIter),
    .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES,
    .dealloc = bytes_iter_dealloc,
    .getattro = kri_object_generic_getattr,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

KrObject *kri_bytes_iter(KrThread *ts, KrObject *o)
{
    return bytes_iter(ts, o);
}

KrObject *kri_bytes_repr(KrThread *ts, KrObject *o)
{
    return bytes_repr(ts, o);
}

KrType kr_bytes_type = {
    KR_TYPE_HEADER,
    .name = "bytes",
    .basicsize = sizeof(KrBytes) + 1,
    .itemsize = 1,
    .flags = KR_TPF_BASETYPE | KR_TPF_BYTES_SUBCLASS | KR_TPF_IMMUTABLE, /* no match sequence */
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with "
           "null bytes\nbytes() -> empty bytes object",
    .dealloc = kri_object_free,
    .new_ = bytes_new,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattro = kri_object_generic_getattr,
    .iter = bytes_iter,
    .nb = {[KR_NB_REMAINDER] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_subscript,
    .contains = bytes_contains,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_like = true,
    .getbuffer = bytes_getbuffer,
    .methods = kri_bytes_method_table,
};
