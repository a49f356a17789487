/* The bytearray type: a mutable byte string in a malloc block. Growth
 * follows CPython's policy (moderate growth over-allocates by an eighth
 * plus a few bytes, a big jump allocates exactly, a shrink below half
 * reallocates) so that __alloc__ and sys.getsizeof agree with it. The block
 * always has room for a NUL after the last byte. While buffers are
 * exported (exports > 0) the block never moves: any change of size raises
 * BufferError, though bytes may still be overwritten in place. The methods
 * shared with bytes are in bytes_methods.c and bytes_split.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

#define BA(o) ((KrByteArray *)(o))

static int check_resizable(KrThread *ts, KrObject *o)
{
    if (BA(o)->exports > 0) {
        kri_err_set(ts, &kr_exc_BufferError,
                    "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

int kri_bytearray_resize(KrThread *ts, KrObject *o, ssize_t size)
{
    KrByteArray *b = BA(o);
    if (size == KR_SIZE(o))
        return 0;
    if (check_resizable(ts, o) < 0)
        return -1;
    ssize_t alloc = b->allocated;
    if (size + 1 <= alloc && size >= alloc / 2) {
        KR_SIZE(o) = size;
        b->data[size] = '\0';
        return 0;
    }
    if (size + 1 <= alloc)
        alloc = size + 1;
    else if ((double)size <= (double)alloc * 1.125)
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    else
        alloc = size + 1;
    if (size < 0 || size >= KR_SSIZE_MAX - 16 || (size_t)alloc > KR_MAX_ALLOC_BYTES) {
        kri_err_no_memory(ts);
        return -1;
    }
    char *data = realloc(b->data, (size_t)alloc);
    if (!data) {
        kri_err_no_memory(ts);
        return -1;
    }
    b->data = data;
    b->allocated = alloc;
    KR_SIZE(o) = size;
    data[size] = '\0';
    return 0;
}

static KrObject *bytearray_alloc(KrThread *ts, KrType *type)
{
    return kri_type_generic_alloc(ts, type, 0);
}

KrObject *kri_bytearray_new(KrThread *ts, const char *data, ssize_t len)
{
    KrObject *o = bytearray_alloc(ts, &kr_bytearray_type);
    if (!o)
        return NULL;
    if (len > 0) {
        KrByteArray *b = BA(o);
        b->data = malloc((size_t)len + 1);
        if (!b->data) {
            kr_decref(o);
            return kri_err_no_memory(ts);
        }
        b->allocated = len + 1;
        KR_SIZE(o) = len;
        if (data)
            memcpy(b->data, data, (size_t)len);
        b->data[len] = '\0';
    }
    return o;
}

/* Appends [len] bytes at [data] (which may lie inside [o] itself). */
static int append_bytes(KrThread *ts, KrObject *o, const char *data, ssize_t len)
{
    ssize_t n = KR_SIZE(o);
    if (len == 0)
        return 0;
    char *old = BA(o)->data;
    ssize_t off = old && data >= old && data < old + n ? data - old : -1;
    if (kri_bytearray_resize(ts, o, n + len) < 0)
        return -1;
    memmove(BA(o)->data + n, off >= 0 ? BA(o)->data + off : data, (size_t)len);
    return 0;
}

static void bytearray_dealloc(KrObject *o)
{
    free(BA(o)->data);
    kri_object_free(o);
}

/* ---- construction ---- */

/* Appends the contents of [x] as bytearray(x) reads them: a buffer or an
 * iterable of ints ([what] names the target in "cannot convert"). */
static int extend_from(KrThread *ts, KrObject *o, KrObject *x, const char *what)
{
    if (x->ob_type->getbuffer) {
        KrObject *copy = kri_bytes_from_object(ts, x);
        if (!copy)
            return -1;
        int r = append_bytes(ts, o, KR_BYTES_DATA(copy), KR_SIZE(copy));
        kr_decref(copy);
        return r;
    }
    bool iterable = x->ob_type->iter || (x->ob_type->getitem && x->ob_type->sq_like);
    if (!iterable) {
        kri_err_format(ts, &kr_exc_TypeError, "cannot convert '%s' object to %s",
                       kri_type_name(x->ob_type), what);
        return -1;
    }
    KrObject *it = kri_object_iter(ts, x);
    if (!it)
        return -1;
    KrObject *item;
    while ((item = kri_iter_next(ts, it))) {
        int v;
        int e = kri_bytes_byte_value(ts, item, &v);
        kr_decref(item);
        if (e < 0) {
            kr_decref(it);
            return -1;
        }
        char c = (char)v;
        if (append_bytes(ts, o, &c, 1) < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kri_err_occurred(ts) ? -1 : 0;
}

static KrObject *bytearray_new(KrThread *ts, KrType *type, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    return bytearray_alloc(ts, type);
}

static int bytearray_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors"};
    static const KrBytesArgs spec = {"bytearray", 'K', 0, 3, kw};
    KrObject *a[3];
    if (kri_bytes_args(ts, self, &spec, args, nargsf, kwnames, a) < 0)
        return -1;
    KrObject *x = a[0], *encoding = a[1], *errors = a[2];
    for (int i = 1; i < 3; i++)
        if (a[i] && !kr_str_check(a[i])) {
            kri_err_format(ts, &kr_exc_TypeError, "bytearray() argument '%s' must be str, not %s",
                           kw[i], kri_type_name(a[i]->ob_type));
            return -1;
        }
    if (kri_bytearray_resize(ts, self, 0) < 0)
        return -1;
    if (!x) {
        if (encoding || errors) {
            kri_err_format(ts, &kr_exc_TypeError, "%s without a string argument",
                           encoding ? "encoding" : "errors");
            return -1;
        }
        return 0;
    }
    if (kr_str_check(x) || encoding || errors) {
        if (!kr_str_check(x) || !encoding) {
            kri_err_set(ts, &kr_exc_TypeError, kr_str_check(x)
                                                   ? "string argument without an encoding"
                                               : encoding ? "encoding without a string argument"
                                                          : "errors without a string argument");
            return -1;
        }
        KrObject *b = kri_bytes_encode(ts, x, encoding, errors, "bytearray()");
        if (!b)
            return -1;
        int r = append_bytes(ts, self, KR_BYTES_DATA(b), KR_SIZE(b));
        kr_decref(b);
        return r;
    }
    if (kri_number_has_index(x)) {
        ssize_t n = kri_number_as_ssize(ts, x, &kr_exc_OverflowError);
        if (n == -1 && kri_err_occurred(ts)) {
            if (!kri_err_matches(ts, &kr_exc_TypeError))
                return -1;
            kri_err_clear(ts);
            return extend_from(ts, self, x, "bytearray");
        }
        if (n < 0) {
            kri_err_set(ts, &kr_exc_ValueError, "negative count");
            return -1;
        }
        if (kri_bytearray_resize(ts, self, n) < 0)
            return -1;
        if (n)
            memset(BA(self)->data, 0, (size_t)n);
        return 0;
    }
    return extend_from(ts, self, x, "bytearray");
}

/* ---- the protocols ---- */

static KrObject *bytearray_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    /* a non-contiguous operand leaves the comparison to the other side */
    KrBuffer va, vb;
    int got = kri_bytes_get_contig(ts, a, &va);
    if (got <= 0)
        return got < 0 ? NULL : KR_NOTIMPLEMENTED;
    got = kri_bytes_get_contig(ts, b, &vb);
    if (got <= 0) {
        kri_bytes_release(&va);
        return got < 0 ? NULL : KR_NOTIMPLEMENTED;
    }
    KrObject *r = kri_bytes_compare(va.buf, va.len, vb.buf, vb.len, op);
    kri_bytes_release(&va);
    kri_bytes_release(&vb);
    return r;
}

static ssize_t bytearray_len(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o);
}

/* An int index into [o], normalized; IndexError when out of range. */
static int get_index(KrThread *ts, KrObject *o, KrObject *key, ssize_t *out)
{
    ssize_t i = kri_number_as_ssize(ts, key, &kr_exc_IndexError);
    if (i == -1 && kri_err_occurred(ts))
        return -1;
    if (i < 0)
        i += KR_SIZE(o);
    if (i < 0 || i >= KR_SIZE(o)) {
        kri_err_set(ts, &kr_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    *out = i;
    return 0;
}

static KrObject *bytearray_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    if (kri_number_has_index(key)) {
        ssize_t i;
        if (get_index(ts, o, key, &i) < 0)
            return NULL;
        return kri_int_small((unsigned char)BA(o)->data[i]);
    }
    if (!kr_is_type(key, &kr_slice_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "bytearray indices must be integers or slices, not %s",
                              kri_type_name(key->ob_type));
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, KR_SIZE(o), &start, &stop, &step, &count) < 0)
        return NULL;
    const char *d = kri_bytes_ptr(o);
    if (step == 1)
        return kri_bytearray_new(ts, d + start, count);
    KrObject *r = kri_bytearray_new(ts, NULL, count);
    if (r)
        for (ssize_t i = 0; i < count; i++)
            BA(r)->data[i] = d[start + i * step];
    return r;
}

/* Replaces o[start:stop] (step 1) with [len] bytes at [src]. */
static int set_linear(KrThread *ts, KrObject *o, ssize_t start, ssize_t stop, const char *src,
                      ssize_t len)
{
    if (stop < start)
        stop = start;
    ssize_t n = KR_SIZE(o), old = stop - start, grow = len - old;
    if (grow != 0 && check_resizable(ts, o) < 0)
        return -1;
    if (grow > 0) {
        if (kri_bytearray_resize(ts, o, n + grow) < 0)
            return -1;
        char *d = BA(o)->data;
        memmove(d + stop + grow, d + stop, (size_t)(n - stop));
    } else if (grow < 0) {
        char *d = BA(o)->data;
        memmove(d + stop + grow, d + stop, (size_t)(n - stop));
        if (kri_bytearray_resize(ts, o, n + grow) < 0)
            return -1;
    }
    if (len)
        memcpy(BA(o)->data + start, src, (size_t)len);
    return 0;
}

/* Deletes the [count] items o[start::step] (step != 1). */
static int delete_extended(KrThread *ts, KrObject *o, ssize_t start, ssize_t step,
                           ssize_t count)
{
    if (count == 0)
        return 0;
    if (check_resizable(ts, o) < 0)
        return -1;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    char *d = BA(o)->data;
    ssize_t n = KR_SIZE(o), w = start;
    for (ssize_t r = start; r < n; r++)
        if (r >= start + step * count || (r - start) % step != 0)
            d[w++] = d[r];
    return kri_bytearray_resize(ts, o, w);
}

static int assign_slice(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, KR_SIZE(o), &start, &stop, &step, &count) < 0)
        return -1;
    if (!value) {
        if (step == 1)
            return set_linear(ts, o, start, stop, NULL, 0);
        return delete_extended(ts, o, start, step, count);
    }
    if (!value->ob_type->getbuffer &&
        (kri_number_has_index(value) || kr_str_check(value) || kr_float_check(value))) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    /* a private copy, so assigning a bytearray to a slice of itself works */
    KrObject *src = kri_bytearray_new(ts, NULL, 0);
    if (!src || extend_from(ts, src, value, "bytearray") < 0) {
        kr_xdecref(src);
        return -1;
    }
    ssize_t len = KR_SIZE(src);
    int r = 0;
    if (step == 1) {
        r = set_linear(ts, o, start, stop, kri_bytes_ptr(src), len);
    } else if (len != count) {
        kri_err_format(ts, &kr_exc_ValueError,
                       "attempt to assign bytes of size %zd to extended slice of size %zd", len,
                       count);
        r = -1;
    } else {
        for (ssize_t i = 0; i < count; i++)
            BA(o)->data[start + i * step] = BA(src)->data[i];
    }
    kr_decref(src);
    return r;
}

static int bytearray_ass_subscript(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    if (kri_number_has_index(key)) {
        ssize_t i;
        int v = 0;
        if (value && kri_bytes_byte_value(ts, value, &v) < 0)
            return -1;
        if (get_index(ts, o, key, &i) < 0)
            return -1;
        if (value) {
            BA(o)->data[i] = (char)v;
            return 0;
        }
        return set_linear(ts, o, i, i + 1, NULL, 0);
    }
    if (!kr_is_type(key, &kr_slice_type)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "bytearray indices must be integers or slices, not %s",
                       kri_type_name(key->ob_type));
        return -1;
    }
    return assign_slice(ts, o, key, value);
}

static int bytearray_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    return kri_bytes_contains(ts, kri_bytes_ptr(o), KR_SIZE(o), item);
}

static KrObject *bytearray_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    KrBuffer vb;
    int got = kri_bytes_get_contig(ts, b, &vb);
    if (got <= 0)
        return got < 0 ? NULL : kri_err_format(ts, &kr_exc_TypeError, "can't concat %s to %s",
                                               kri_type_name(b->ob_type),
                                               kri_type_name(a->ob_type));
    KrObject *r = kri_bytearray_new(ts, kri_bytes_ptr(a), KR_SIZE(a));
    if (r && append_bytes(ts, r, vb.buf, vb.len) < 0)
        KR_CLEAR(r);
    kri_bytes_release(&vb);
    return r;
}

static KrObject *bytearray_inplace_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    KrBuffer vb;
    int got = kri_bytes_get_contig(ts, b, &vb);
    if (got <= 0)
        return got < 0 ? NULL : kri_err_format(ts, &kr_exc_TypeError, "can't concat %s to %s",
                                               kri_type_name(b->ob_type),
                                               kri_type_name(a->ob_type));
    int e = append_bytes(ts, a, vb.buf, vb.len);
    kri_bytes_release(&vb);
    return e < 0 ? NULL : KR_NEWREF(a);
}

/* Repeats the contents of [o] into [dst] (resized to n * count). */
static int repeat_into(KrThread *ts, KrObject *dst, const KrObject *o, ssize_t count)
{
    ssize_t n = KR_SIZE(o);
    if (count < 0)
        count = 0;
    if (n && count > KR_SSIZE_MAX / n - 1) {
        kri_err_no_memory(ts);
        return -1;
    }
    if (dst == o && count == 1)
        return 0;
    if (kri_bytearray_resize(ts, dst, n * count) < 0)
        return -1;
    char *d = BA(dst)->data;
    for (ssize_t i = (dst == o); i < count; i++)
        memcpy(d + i * n, dst == o ? d : BA(o)->data, (size_t)n);
    return 0;
}

static KrObject *bytearray_repeat(KrThread *ts, KrObject *o, ssize_t count)
{
    KrObject *r = kri_bytearray_new(ts, NULL, 0);
    if (r && repeat_into(ts, r, o, count) < 0)
        KR_CLEAR(r);
    return r;
}

static KrObject *bytearray_inplace_repeat(KrThread *ts, KrObject *o, ssize_t count)
{
    return repeat_into(ts, o, o, count) < 0 ? NULL : KR_NEWREF(o);
}

static KrObject *bytearray_mod(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_bytearray_check(a))
        return KR_NOTIMPLEMENTED;
    KrBuf out;
    kri_buf_init(&out);
    KrObject *r = NULL;
    if (kri_bytes_format(ts, kri_bytes_ptr(a), KR_SIZE(a), b, &out) == 0)
        r = kri_bytearray_new(ts, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    return r;
}

static int bytearray_getbuffer(KrThread *ts, KrObject *o, KrBuffer *view, int flags)
{
    BA(o)->exports++;
    kri_bytes_fill_view(view, o, kri_bytes_ptr(o), KR_SIZE(o), false);
    return 0;
}

static void bytearray_releasebuffer(KrObject *o, KrBuffer *view)
{
    BA(o)->exports--;
}

/* ---- bytearray-only methods ---- */

#define ARGS(spec, n)                                                              \
    KrObject *a[n];                                                                \
    if (kri_bytes_args(ts, self, &(spec), args, nargsf, kwnames, a) < 0)           \
        return NULL
#define METHOD(name)                                                               \
    KrObject *kri_bytearray_m_##name(KrThread *ts, KrObject *self, KrObject *const *args, \
                                     size_t nargsf, KrObject *kwnames)

METHOD(append)
{
    static const KrBytesArgs spec = {"append", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    int v;
    if (kri_bytes_byte_value(ts, a[0], &v) < 0)
        return NULL;
    char c = (char)v;
    return append_bytes(ts, self, &c, 1) < 0 ? NULL : KR_NONE;
}

METHOD(extend)
{
    static const KrBytesArgs spec = {"extend", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    KrObject *x = a[0];
    bool iterable = x->ob_type->iter || (x->ob_type->getitem && x->ob_type->sq_like);
    if (!x->ob_type->getbuffer && !iterable)
        return kri_err_format(ts, &kr_exc_TypeError, "can't extend bytearray with %s",
                              kri_type_name(x->ob_type));
    KrObject *tmp = kri_bytearray_new(ts, NULL, 0);
    if (!tmp || extend_from(ts, tmp, x, "bytearray") < 0 ||
        append_bytes(ts, self, kri_bytes_ptr(tmp), KR_SIZE(tmp)) < 0) {
        kr_xdecref(tmp);
        return NULL;
    }
    kr_decref(tmp);
    return KR_NONE;
}

METHOD(insert)
{
    static const KrBytesArgs spec = {"insert", 'P', 2, 2, NULL};
    ARGS(spec, 2);
    ssize_t i = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
    if (i == -1 && kri_err_occurred(ts))
        return NULL;
    int v;
    if (kri_bytes_byte_value(ts, a[1], &v) < 0)
        return NULL;
    ssize_t n = KR_SIZE(self);
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    char c = (char)v;
    return set_linear(ts, self, i, i, &c, 1) < 0 ? NULL : KR_NONE;
}

METHOD(pop)
{
    static const KrBytesArgs spec = {"pop", 'P', 0, 1, NULL};
    ARGS(spec, 1);
    ssize_t i = -1, n = KR_SIZE(self);
    if (a[0]) {
        i = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
    }
    if (n == 0)
        return kri_err_format(ts, &kr_exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return kri_err_format(ts, &kr_exc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)BA(self)->data[i];
    if (set_linear(ts, self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return kri_int_small(c);
}

METHOD(remove)
{
    static const KrBytesArgs spec = {"remove", 'O', 1, 1, NULL};
    ARGS(spec, 1);
    int v;
    if (kri_bytes_byte_value(ts, a[0], &v) < 0)
        return NULL;
    const char *d = kri_bytes_ptr(self);
    const char *p = memchr(d, v, (size_t)KR_SIZE(self));
    if (!p)
        return kri_err_format(ts, &kr_exc_ValueError, "value not found in bytearray");
    return set_linear(ts, self, p - d, p - d + 1, NULL, 0) < 0 ? NULL : KR_NONE;
}

METHOD(clear)
{
    static const KrBytesArgs spec = {"clear", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return kri_bytearray_resize(ts, self, 0) < 0 ? NULL : KR_NONE;
}

METHOD(copy)
{
    static const KrBytesArgs spec = {"copy", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return kri_bytearray_new(ts, kri_bytes_ptr(self), KR_SIZE(self));
}

METHOD(reverse)
{
    static const KrBytesArgs spec = {"reverse", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    char *d = kri_bytes_ptr(self);
    for (ssize_t i = 0, j = KR_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return KR_NONE;
}

METHOD(alloc)
{
    static const KrBytesArgs spec = {"__alloc__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return kri_int_from_ssize(ts, BA(self)->allocated);
}

METHOD(sizeof)
{
    static const KrBytesArgs spec = {"__sizeof__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return kri_int_from_ssize(ts, (ssize_t)sizeof(KrByteArray) + BA(self)->allocated);
}

/* (type, args, state) as pickle wants it; [proto] < 3 encodes the data
 * as a latin-1 str, as CPython does for old protocols. */
static KrObject *reduce(KrThread *ts, KrObject *self, ssize_t proto)
{
    KrObject *state = NULL, **dictp = kri_object_dict_ptr(self);
    state = dictp && *dictp ? *dictp : KR_NONE;
    KrObject *data, *cargs;
    if (proto < 3) {
        KrObject *enc = kri_str_from_cstr(ts, "latin-1");
        data = kri_str_from_kind(ts, 1, kri_bytes_ptr(self), KR_SIZE(self));
        cargs = enc && data ? kri_tuple_pack(ts, 2, data, enc) : NULL;
        kr_xdecref(enc);
    } else {
        data = kri_bytes_new(ts, kri_bytes_ptr(self), KR_SIZE(self));
        cargs = data ? kri_tuple_pack(ts, 1, data) : NULL;
    }
    kr_xdecref(data);
    if (!cargs)
        return NULL;
    KrObject *r = kri_tuple_pack(ts, 3, KR_OBJ(self->ob_type), cargs, state);
    kr_decref(cargs);
    return r;
}

METHOD(reduce)
{
    static const KrBytesArgs spec = {"__reduce__", 'N', 0, 0, NULL};
    ARGS(spec, 1);
    return reduce(ts, self, 2);
}

METHOD(reduce_ex)
{
    static const KrBytesArgs spec = {"__reduce_ex__", 'P', 0, 1, NULL};
    ARGS(spec, 1);
    ssize_t proto = 0;
    if (a[0]) {
        proto = kri_number_as_ssize(ts, a[0], &kr_exc_OverflowError);
        if (proto == -1 && kri_err_occurred(ts))
            return NULL;
    }
    return reduce(ts, self, proto);
}

KrType kr_bytearray_type = {
    KR_TYPE_HEADER,
    .name = "bytearray",
    .basicsize = sizeof(KrByteArray),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE, /* not a match sequence */
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with "
           "null bytes\nbytearray() -> empty bytes array",
    .dealloc = bytearray_dealloc,
    .new_ = bytearray_new,
    .init = bytearray_init,
    .repr = kri_bytes_repr,
    .str = kri_bytes_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = bytearray_richcompare,
    .getattro = kri_object_generic_getattr,
    .iter = kri_bytes_iter,
    .nb = {[KR_NB_REMAINDER] = bytearray_mod},
    .len = bytearray_len,
    .getitem = bytearray_subscript,
    .setitem = bytearray_ass_subscript,
    .contains = bytearray_contains,
    .sq_concat = bytearray_concat,
    .sq_repeat = bytearray_repeat,
    .sq_inplace_concat = bytearray_inplace_concat,
    .sq_inplace_repeat = bytearray_inplace_repeat,
    .sq_like = true,
    .getbuffer = bytearray_getbuffer,
    .releasebuffer = bytearray_releasebuffer,
    .methods = kri_bytearray_method_table,
};
