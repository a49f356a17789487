/* The memoryview type: a typed, possibly strided view of another object's
 * buffer. Each view holds its own buffer of the root exporter (so a
 * bytearray stays locked while any view of it, sliced or cast, is alive)
 * and describes its window with buf/shape/strides. Views made from a view
 * (slices, casts, memoryview(m)) take a fresh buffer of the same root and
 * copy the layout, so releasing one view never invalidates another. Items
 * are read and written per the native struct formats of fmt_table. Once
 * released (view.obj == NULL) every operation raises ValueError. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"

#define MV(o) ((KrMemoryView *)(o))
#define MAX_DIM 64

typedef struct FmtInfo {
    const char *name, *at_name; /* static, as .format reports it */
    char code;
    int size;
} FmtInfo;

#define FMT(c, size) {c, "@" c, c[0], size}
static const FmtInfo fmt_table[] = {
    FMT("B", 1), FMT("b", 1), FMT("c", 1), FMT("?", 1), FMT("h", 2), FMT("H", 2),
    FMT("i", 4), FMT("I", 4), FMT("l", 8), FMT("L", 8), FMT("q", 8), FMT("Q", 8),
    FMT("n", 8), FMT("N", 8), FMT("f", 4), FMT("d", 8), FMT("P", 8),
};

/* The static name of format [f] as spelled ('@' kept), or [f] itself. */
static const char *fmt_name(const FmtInfo *fi, const char *f)
{
    if (!fi)
        return f;
    return f && f[0] == '@' ? fi->at_name : fi->name;
}

/* The native single-character format [f] (optionally '@'-prefixed). */
static const FmtInfo *fmt_lookup(const char *f)
{
    if (!f)
        return &fmt_table[0];
    if (f[0] == '@')
        f++;
    if (!f[0] || f[1])
        return NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(fmt_table); i++)
        if (fmt_table[i].code == f[0])
            return &fmt_table[i];
    return NULL;
}

static ssize_t shape_at(const KrBuffer *v, int d)
{
    return v->shape ? v->shape[d] : v->shape0;
}

static ssize_t stride_at(const KrBuffer *v, int d)
{
    return v->strides ? v->strides[d] : v->stride0;
}

static int check_released(KrThread *ts, KrObject *o)
{
    if (!MV(o)->view.obj) {
        kri_err_set(ts, &kr_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

/* Points the view's shape/strides at storage for [ndim] dimensions. */
static int set_ndim(KrThread *ts, KrMemoryView *m, int ndim)
{
    free(m->dims);
    m->dims = NULL;
    m->view.ndim = ndim;
    if (ndim <= 1) {
        m->view.shape = &m->view.shape0;
        m->view.strides = &m->view.stride0;
        return 0;
    }
    m->dims = calloc((size_t)ndim * 2, sizeof(ssize_t));
    if (!m->dims) {
        kri_err_no_memory(ts);
        return -1;
    }
    m->view.shape = m->dims;
    m->view.strides = m->dims + ndim;
    return 0;
}

/* A new view over a fresh buffer of [root] with the layout of [src]. */
static KrObject *view_from(KrThread *ts, KrObject *root, const KrBuffer *src)
{
    KrMemoryView *m = (KrMemoryView *)kri_object_alloc(ts, &kr_memoryview_type,
                                                       sizeof(KrMemoryView));
    if (!m)
        return NULL;
    m->hash = -1;
    KrBuffer fresh;
    if (kri_bytes_getbuffer(ts, root, &fresh, KR_BUF_SIMPLE) < 0 ||
        (m->view = fresh, set_ndim(ts, m, src->ndim)) < 0) {
        kr_decref(KR_OBJ(m));
        return NULL;
    }
    m->view.buf = src->buf;
    m->view.len = src->len;
    m->view.itemsize = src->itemsize;
    m->view.readonly = src->readonly;
    m->view.format = fmt_name(fmt_lookup(src->format), src->format);
    for (int d = 0; d < src->ndim; d++) {
        m->view.shape[d] = shape_at(src, d);
        m->view.strides[d] = stride_at(src, d);
    }
    return KR_OBJ(m);
}

KrObject *kri_memoryview_new(KrThread *ts, KrObject *obj)
{
    if (kr_is_type(obj, &kr_memoryview_type)) {
        if (check_released(ts, obj) < 0)
            return NULL;
        return view_from(ts, MV(obj)->view.obj, &MV(obj)->view);
    }
    if (!obj->ob_type->getbuffer)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: a bytes-like object is required, not '%s'",
                              kri_type_name(obj->ob_type));
    KrBuffer v;
    if (kri_bytes_getbuffer(ts, obj, &v, KR_BUF_SIMPLE) < 0)
        return NULL;
    KrObject *r = view_from(ts, obj, &v);
    kri_bytes_release(&v);
    return r;
}

static KrObject *memoryview_new(KrThread *ts, KrType *type, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    static const char *const kw[] = {"object"};
    static const KrBytesArgs spec = {"memoryview", 'K', 1, 1, kw};
    KrObject *a[1];
    if (kri_bytes_args(ts, KR_OBJ(type), &spec, args, nargsf, kwnames, a) < 0)
        return NULL;
    return kri_memoryview_new(ts, a[0]);
}

static void memoryview_dealloc(KrObject *o)
{
    kri_bytes_release(&MV(o)->view);
    free(MV(o)->dims);
    kri_object_free(o);
}

/* ---- items ---- */

static KrObject *unpack(KrThread *ts, const FmtInfo *fi, const char *p)
{
    union {
        int8_t b; uint8_t B; int16_t h; uint16_t H; int32_t i; uint32_t I;
        int64_t q; uint64_t Q; float f; double d; bool t; void *P;
    } u;
    memcpy(&u, p, (size_t)fi->size);
    switch (fi->code) {
    case 'b': return kri_int_from_i64(ts, u.b);
    case 'B': return kri_int_small(u.B);
    case 'h': return kri_int_from_i64(ts, u.h);
    case 'H': return kri_int_from_i64(ts, u.H);
    case 'i': return kri_int_from_i64(ts, u.i);
    case 'I': return kri_int_from_i64(ts, u.I);
    case 'l': case 'q': case 'n': return kri_int_from_i64(ts, u.q);
    case 'L': case 'Q': case 'N': case 'P': return kri_int_from_u64(ts, u.Q);
    case 'f': return kri_float_from_double(ts, u.f);
    case 'd': return kri_float_from_double(ts, u.d);
    case '?': return kr_bool(*p != 0);
    default: return kri_bytes_new(ts, p, 1); /* 'c' */
    }
}

static int pack_error(KrThread *ts, const FmtInfo *fi, bool type_error)
{
    kri_err_format(ts, type_error ? &kr_exc_TypeError : &kr_exc_ValueError,
                   "memoryview: invalid %s for format '%s'", type_error ? "type" : "value",
                   fi->name);
    return -1;
}

static int pack(KrThread *ts, const FmtInfo *fi, char *p, KrObject *v)
{
    if (fi->code == '?') {
        int t = kri_object_is_true(ts, v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    if (fi->code == 'c') {
        if (!kr_bytes_check(v))
            return pack_error(ts, fi, true);
        if (KR_SIZE(v) != 1)
            return pack_error(ts, fi, false);
        *p = KR_BYTES_DATA(v)[0];
        return 0;
    }
    if (fi->code == 'f' || fi->code == 'd') {
        if (!kr_float_check(v) && !kri_number_has_index(v))
            return pack_error(ts, fi, true);
        double x = kri_float_as_double(ts, v);
        if (x == -1.0 && kri_err_occurred(ts))
            return -1;
        float f = (float)x;
        memcpy(p, fi->code == 'f' ? (void *)&f : (void *)&x, (size_t)fi->size);
        return 0;
    }
    if (!kri_number_has_index(v))
        return pack_error(ts, fi, true);
    KrObject *iv = kri_number_index(ts, v);
    if (!iv)
        return -1;
    int64_t x = 0;
    bool is_unsigned = strchr("BHILQNP", fi->code) != NULL, fits;
    fits = kri_int_to_i64(iv, &x);
    uint64_t ux = (uint64_t)x;
    if (!fits && is_unsigned && kri_int_sign(iv) > 0 && fi->size == 8) {
        /* values in [2**63, 2**64) for the 8-byte unsigned formats */
        KrObject *s = kri_int_to_str(ts, iv, 10);
        fits = s && strlen(kr_str_data(s)) <= 20;
        errno = 0;
        ux = fits ? strtoull(kr_str_data(s), NULL, 10) : 0;
        fits = fits && errno == 0 && ux >= (1ull << 63);
        kr_xdecref(s);
        x = 0;
    }
    kr_decref(iv);
    int bits = fi->size * 8;
    if (fits && bits < 64) {
        int64_t lo = is_unsigned ? 0 : -((int64_t)1 << (bits - 1));
        int64_t hi = is_unsigned ? ((int64_t)1 << bits) - 1 : ((int64_t)1 << (bits - 1)) - 1;
        fits = x >= lo && x <= hi;
    } else if (fits && is_unsigned && ux < (1ull << 63)) {
        fits = x >= 0;
    }
    if (!fits)
        return pack_error(ts, fi, false);
    memcpy(p, &ux, (size_t)fi->size); /* little-endian: the low bytes */
    return 0;
}

static const FmtInfo *view_fmt(KrThread *ts, const KrBuffer *v)
{
    const FmtInfo *fi = fmt_lookup(v->format);
    if (!fi)
        kri_err_format(ts, &kr_exc_NotImplementedError,
                       "memoryview: format %s not supported", v->format);
    return fi;
}

/* ---- the sequence protocol ---- */

static ssize_t memoryview_len(KrThread *ts, KrObject *o)
{
    if (check_released(ts, o) < 0)
        return -1;
    if (MV(o)->view.ndim == 0) {
        kri_err_set(ts, &kr_exc_TypeError, "0-dim memory has no length");
        return -1;
    }
    return shape_at(&MV(o)->view, 0);
}

/* The address of the item at [key] (ints or a tuple of ints, one per
 * dimension); NULL with an exception. */
static char *item_ptr(KrThread *ts, KrObject *o, KrObject *key)
{
    KrBuffer *v = &MV(o)->view;
    KrObject *const *idx = &key;
    ssize_t n = 1;
    if (kr_tuple_check(key)) {
        idx = KR_TUPLE_ITEMS(key);
        n = KR_SIZE(key);
    }
    if (n != v->ndim) {
        if (v->ndim > 1 && n < v->ndim && !kr_tuple_check(key))
            kri_err_set(ts, &kr_exc_NotImplementedError,
                        "multi-dimensional sub-views are not implemented");
        else
            kri_err_format(ts, &kr_exc_TypeError, "cannot index %d-dimension view with "
                           "%zd-element tuple", v->ndim, n);
        return NULL;
    }
    char *p = v->buf;
    for (int d = 0; d < v->ndim; d++) {
        if (!kri_number_has_index(idx[d])) {
            kri_err_set(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
            return NULL;
        }
        ssize_t i = kri_number_as_ssize(ts, idx[d], &kr_exc_IndexError);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
        ssize_t len = shape_at(v, d);
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            kri_err_format(ts, &kr_exc_IndexError, "index out of bounds on dimension %d", d + 1);
            return NULL;
        }
        p += i * stride_at(v, d);
    }
    return p;
}

/* A view of o[slice] along the first dimension. */
static KrObject *slice_view(KrThread *ts, KrObject *o, KrObject *key)
{
    KrBuffer *v = &MV(o)->view;
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, key, shape_at(v, 0), &start, &stop, &step, &count) < 0)
        return NULL;
    KrObject *r = view_from(ts, v->obj, v);
    if (!r)
        return NULL;
    KrBuffer *rv = &MV(r)->view;
    rv->buf = (char *)v->buf + start * stride_at(v, 0);
    rv->shape[0] = count;
    rv->strides[0] = stride_at(v, 0) * step;
    ssize_t items = 1;
    for (int d = 0; d < rv->ndim; d++)
        items *= rv->shape[d];
    rv->len = items * rv->itemsize;
    return r;
}

static KrObject *memoryview_subscript(KrThread *ts, KrObject *o, KrObject *key)
{
    if (check_released(ts, o) < 0)
        return NULL;
    KrBuffer *v = &MV(o)->view;
    if (v->ndim == 0) {
        if (key == KR_ELLIPSIS)
            return KR_NEWREF(o);
        if (kr_tuple_check(key) && KR_SIZE(key) == 0) {
            const FmtInfo *fi = view_fmt(ts, v);
            return fi ? unpack(ts, fi, v->buf) : NULL;
        }
        return kri_err_format(ts, &kr_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (kr_is_type(key, &kr_slice_type))
        return slice_view(ts, o, key);
    if (kr_tuple_check(key) && KR_SIZE(key) == 0)
        return kri_err_format(ts, &kr_exc_NotImplementedError, "sub-views are not implemented");
    if (!kri_number_has_index(key) && !kr_tuple_check(key))
        return kri_err_format(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
    const FmtInfo *fi = view_fmt(ts, v);
    char *p = fi ? item_ptr(ts, o, key) : NULL;
    return p ? unpack(ts, fi, p) : NULL;
}

/* Copies the items of [src] into the window of [dst] (same shape and
 * itemsize), through a temporary so overlapping windows work. */
static int copy_items(KrThread *ts, const KrBuffer *dst, const KrBuffer *src)
{
    ssize_t n = shape_at(dst, 0), size = dst->itemsize;
    char *tmp = malloc((size_t)(n * size) + 1);
    if (!tmp) {
        kri_err_no_memory(ts);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        memcpy(tmp + i * size, (char *)src->buf + i * stride_at(src, 0), (size_t)size);
    for (ssize_t i = 0; i < n; i++)
        memcpy((char *)dst->buf + i * stride_at(dst, 0), tmp + i * size, (size_t)size);
    free(tmp);
    return 0;
}

static int assign_slice(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    KrObject *target = slice_view(ts, o, key);
    if (!target)
        return -1;
    KrBuffer src;
    int r = -1;
    if (kri_bytes_getbuffer(ts, value, &src, KR_BUF_SIMPLE) == 0) {
        const KrBuffer *dst = &MV(target)->view;
        const FmtInfo *a = fmt_lookup(dst->format), *b = fmt_lookup(src.format);
        if (src.ndim != 1 || dst->ndim != 1 || a != b || shape_at(&src, 0) != shape_at(dst, 0))
            kri_err_set(ts, &kr_exc_ValueError,
                        "memoryview assignment: lvalue and rvalue have different structures");
        else
            r = copy_items(ts, dst, &src);
        kri_bytes_release(&src);
    }
    kr_decref(target);
    return r;
}

static int memoryview_ass_subscript(KrThread *ts, KrObject *o, KrObject *key, KrObject *value)
{
    if (check_released(ts, o) < 0)
        return -1;
    KrBuffer *v = &MV(o)->view;
    if (v->readonly) {
        kri_err_set(ts, &kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        kri_err_set(ts, &kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    const FmtInfo *fi = view_fmt(ts, v);
    if (!fi)
        return -1;
    if (v->ndim == 0) {
        if (key == KR_ELLIPSIS || (kr_tuple_check(key) && KR_SIZE(key) == 0))
            return pack(ts, fi, v->buf, value);
        kri_err_set(ts, &kr_exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (kr_is_type(key, &kr_slice_type)) {
        if (v->ndim != 1) {
            kri_err_set(ts, &kr_exc_NotImplementedError,
                        "memoryview slice assignments are currently restricted to ndim = 1");
            return -1;
        }
        return assign_slice(ts, o, key, value);
    }
    if (!kri_number_has_index(key) && !kr_tuple_check(key)) {
        kri_err_set(ts, &kr_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    char *p = item_ptr(ts, o, key);
    return p ? pack(ts, fi, p, value) : -1;
}

/* ---- whole-view operations ---- */

/* Appends the items of dimension [d] at [p] in C order to [out]. */
static int gather(const KrBuffer *v, int d, const char *p, KrBuf *out)
{
    if (d == v->ndim)
        return kri_buf_append(out, p, (size_t)v->itemsize);
    for (ssize_t i = 0; i < shape_at(v, d); i++)
        if (gather(v, d + 1, p + i * stride_at(v, d), out) < 0)
            return -1;
    return 0;
}

/* The C-order bytes of the view, as a new bytes. */
static KrObject *view_bytes(KrThread *ts, const KrBuffer *v)
{
    KrBuf out;
    kri_buf_init(&out);
    if (gather(v, 0, v->buf, &out) < 0) {
        kri_buf_free(&out);
        return kri_err_no_memory(ts);
    }
    KrObject *r = kri_bytes_new(ts, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    return r;
}

/* Nested lists of the items of dimension [d] at [p]. */
static KrObject *to_list(KrThread *ts, const KrBuffer *v, const FmtInfo *fi, int d,
                         const char *p)
{
    if (d == v->ndim)
        return unpack(ts, fi, p);
    KrObject *list = kri_list_new(ts, 0);
    for (ssize_t i = 0; list && i < shape_at(v, d); i++) {
        KrObject *item = to_list(ts, v, fi, d + 1, p + i * stride_at(v, d));
        if (!item || kri_list_append_steal(ts, list, item) < 0)
            KR_CLEAR(list);
    }
    return list;
}

/* Compares the items of two layouts of equal shape: 1 equal, 0 not, -1. */
static int items_equal(KrThread *ts, const KrBuffer *a, const FmtInfo *fa, const char *pa,
                       const KrBuffer *b, const FmtInfo *fb, const char *pb, int d)
{
    if (d == a->ndim) {
        if (fa == fb && fa->code != 'f' && fa->code != 'd')
            return memcmp(pa, pb, (size_t)fa->size) == 0;
        KrObject *x = unpack(ts, fa, pa), *y = x ? unpack(ts, fb, pb) : NULL;
        int r = y ? kri_object_richcompare_bool(ts, x, y, KR_EQ) : -1;
        kr_xdecref(x);
        kr_xdecref(y);
        return r;
    }
    for (ssize_t i = 0; i < shape_at(a, d); i++) {
        int r = items_equal(ts, a, fa, pa + i * stride_at(a, d), b, fb,
                            pb + i * stride_at(b, d), d + 1);
        if (r != 1)
            return r;
    }
    return 1;
}

static KrObject *memoryview_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        return KR_NOTIMPLEMENTED;
    if (a == b)
        return kr_bool(op == KR_EQ);
    if (!MV(a)->view.obj || (kr_is_type(b, &kr_memoryview_type) && !MV(b)->view.obj))
        return kr_bool(op == KR_NE);
    if (!b->ob_type->getbuffer)
        return KR_NOTIMPLEMENTED;
    KrBuffer vb;
    if (kri_bytes_getbuffer(ts, b, &vb, KR_BUF_SIMPLE) < 0)
        return NULL;
    const KrBuffer *va = &MV(a)->view;
    const FmtInfo *fa = fmt_lookup(va->format), *fb = fmt_lookup(vb.format);
    int eq = va->ndim == vb.ndim;
    for (int d = 0; eq && d < va->ndim; d++)
        eq = shape_at(va, d) == shape_at(&vb, d);
    if (eq && (!fa || !fb)) {
        kri_bytes_release(&vb);
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "memoryview: format %s not supported", !fa ? va->format : vb.format);
    }
    if (eq)
        eq = items_equal(ts, va, fa, va->buf, &vb, fb, vb.buf, 0);
    kri_bytes_release(&vb);
    if (eq < 0)
        return NULL;
    return kr_bool((eq == 1) == (op == KR_EQ));
}

static int64_t memoryview_hash(KrThread *ts, KrObject *o)
{
    KrMemoryView *m = MV(o);
    if (m->hash != -1)
        return m->hash;
    if (check_released(ts, o) < 0)
        return -1;
    if (!m->view.readonly) {
        kri_err_set(ts, &kr_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    const FmtInfo *fi = fmt_lookup(m->view.format);
    if (!fi || (fi->code != 'B' && fi->code != 'b' && fi->code != 'c')) {
        kri_err_set(ts, &kr_exc_ValueError,
                    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    KrObject *b = view_bytes(ts, &m->view);
    if (!b)
        return -1;
    m->hash = kri_object_hash(ts, b);
    kr_decref(b);
    return m->hash;
}

static KrObject *memoryview_repr(KrThread *ts, KrObject *o)
{
    return kri_str_format(ts, MV(o)->view.obj ? "<memory at %p>" : "<released memory at %p>",
                          (void *)o);
}

static int memoryview_getbuffer(KrThread *ts, KrObject *o, KrBuffer *view, int flags)
{
    if (check_released(ts, o) < 0)
        return -1;
    KrMemoryView *m = MV(o);
    if ((flags & KR_BUF_WRITABLE) && m->view.readonly) {
        kri_err_set(ts, &kr_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    *view = m->view;
    view->obj = kr_incref(o);
    m->exports++;
    return 0;
}

static void memoryview_releasebuffer(KrObject *o, KrBuffer *view)
{
    MV(o)->exports--;
}

/* ---- methods ---- */

#define ARGS(spec, n)                                                              \
    KrObject *a[n];                                                                \
    if (kri_bytes_args(ts, self, &(spec), args, nargsf, kwnames, a) < 0)           \
        return NULL
#define METHOD(name)                                                               \
    static KrObject *name(KrThread *ts, KrObject *self, KrObject *const *args,     \
                          size_t nargsf, KrObject *kwnames)

/* Argument errors of memoryview methods name the type "memoryview". */
static int mv_args(KrThread *ts, const char *name, char style, int min, int max,
                   const char *const *kw, KrObject *const *args, size_t nargsf,
                   KrObject *kwnames, KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf);
    bool has_kw = kwnames && KR_SIZE(kwnames);
    if (style == 'N' && (nargs || has_kw)) {
        if (has_kw)
            kri_err_format(ts, &kr_exc_TypeError, "memoryview.%s() takes no keyword arguments",
                           name);
        else
            kri_err_format(ts, &kr_exc_TypeError, "memoryview.%s() takes no arguments (%zd "
                           "given)", name, nargs);
        return -1;
    }
    KrBytesArgs spec = {name, style, min, max, kw};
    return kri_bytes_args(ts, NULL, &spec, args, nargsf, kwnames, out);
}

METHOD(mv_tolist)
{
    if (mv_args(ts, "tolist", 'N', 0, 0, NULL, args, nargsf, kwnames, NULL) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    const FmtInfo *fi = view_fmt(ts, &MV(self)->view);
    return fi ? to_list(ts, &MV(self)->view, fi, 0, MV(self)->view.buf) : NULL;
}

METHOD(mv_tobytes)
{
    static const char *const kw[] = {"order"};
    KrObject *a[1];
    if (mv_args(ts, "tobytes", 'K', 0, 1, kw, args, nargsf, kwnames, a) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    if (a[0] && a[0] != KR_NONE) {
        bool ok = kr_str_check(a[0]) && (kri_str_eq_cstr(a[0], "C") ||
                                         kri_str_eq_cstr(a[0], "F") || kri_str_eq_cstr(a[0], "A"));
        if (!ok)
            return kri_err_format(ts, &kr_exc_ValueError, "order must be 'C', 'F' or 'A'");
        if (kri_str_eq_cstr(a[0], "F") && MV(self)->view.ndim > 1)
            return kri_err_format(ts, &kr_exc_NotImplementedError,
                                  "memoryview.tobytes(order='F') is not implemented yet for "
                                  "multi-dimensional views");
    }
    return view_bytes(ts, &MV(self)->view);
}

METHOD(mv_hex)
{
    static const char *const kw[] = {"sep", "bytes_per_sep"};
    KrObject *a[2];
    if (mv_args(ts, "hex", 'K', 0, 2, kw, args, nargsf, kwnames, a) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    KrObject *b = view_bytes(ts, &MV(self)->view);
    if (!b)
        return NULL;
    KrObject *r = kri_bytes_hex(ts, KR_BYTES_DATA(b), KR_SIZE(b), a[0], a[1]);
    kr_decref(b);
    return r;
}

/* Reads the shape argument of cast() into [shape]; returns its length. */
static int cast_shape(KrThread *ts, KrObject *o, ssize_t *shape)
{
    if (!kr_list_check(o) && !kr_tuple_check(o)) {
        kri_err_set(ts, &kr_exc_TypeError, "shape must be a list or a tuple");
        return -1;
    }
    ssize_t n = KR_SIZE(o);
    KrObject **items = kr_list_check(o) ? KR_LIST_ITEMS(o) : KR_TUPLE_ITEMS(o);
    if (n > MAX_DIM) {
        kri_err_set(ts, &kr_exc_ValueError,
                    "memoryview: number of dimensions must not exceed 64");
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (!kr_int_check(items[i])) {
            kri_err_set(ts, &kr_exc_TypeError,
                        "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        int64_t v;
        if (!kri_int_to_i64(items[i], &v) || v <= 0) {
            kri_err_set(ts, &kr_exc_ValueError,
                        "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        shape[i] = (ssize_t)v;
    }
    return (int)n;
}

static bool is_byte_format(const FmtInfo *f)
{
    return f && (f->code == 'B' || f->code == 'b' || f->code == 'c');
}

/* Whether the view is C-contiguous ([fortran]: Fortran-contiguous). */
static bool contiguous(const KrBuffer *v, bool fortran)
{
    ssize_t expect = v->itemsize;
    for (int k = 0; k < v->ndim; k++) {
        int d = fortran ? k : v->ndim - 1 - k;
        ssize_t n = shape_at(v, d);
        if (n == 0)
            return true;
        if (n > 1 && stride_at(v, d) != expect)
            return false;
        expect *= n;
    }
    return true;
}

METHOD(mv_cast)
{
    static const char *const kw[] = {"format", "shape"};
    KrObject *a[2];
    if (mv_args(ts, "cast", 'K', 1, 2, kw, args, nargsf, kwnames, a) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    if (!kr_str_check(a[0]))
        return kri_err_format(ts, &kr_exc_TypeError, "cast() argument 'format' must be str, "
                              "not %s", kri_type_name(a[0]->ob_type));
    KrBuffer *v = &MV(self)->view;
    if (!contiguous(v, false))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: casts are restricted to C-contiguous views");
    ssize_t shape[MAX_DIM];
    int ndim = 1;
    if (a[1] && (ndim = cast_shape(ts, a[1], shape)) < 0)
        return NULL;
    if (a[1] && v->ndim != 1 && ndim != 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: cast must be 1D -> ND or ND -> 1D");
    const char *fs = kri_str_utf8(ts, a[0], NULL);
    const FmtInfo *to = fs ? fmt_lookup(fs) : NULL, *from = fmt_lookup(v->format);
    if (!to)
        return fs ? kri_err_format(ts, &kr_exc_ValueError,
                                   "memoryview: destination format must be a native single "
                                   "character format prefixed with an optional '@'")
                  : NULL;
    if (!is_byte_format(from) && !is_byte_format(to))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: cannot cast between two non-byte formats");
    if (v->len % to->size)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: length is not a multiple of itemsize");
    if (!a[1])
        shape[0] = v->len / to->size;
    ssize_t product = 1;
    for (int d = 0; d < ndim; d++)
        product *= shape[d];
    if (product * to->size != v->len)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "memoryview: product(shape) * itemsize != buffer size");
    KrObject *r = view_from(ts, v->obj, v);
    if (!r || set_ndim(ts, MV(r), ndim) < 0) {
        kr_xdecref(r);
        return NULL;
    }
    KrBuffer *rv = &MV(r)->view;
    rv->format = fmt_name(to, fs);
    rv->itemsize = to->size;
    ssize_t stride = to->size;
    for (int d = ndim - 1; d >= 0; d--) {
        rv->shape[d] = shape[d];
        rv->strides[d] = stride;
        stride *= shape[d];
    }
    return r;
}

METHOD(mv_release)
{
    if (mv_args(ts, "release", 'N', 0, 0, NULL, args, nargsf, kwnames, NULL) < 0)
        return NULL;
    KrMemoryView *m = MV(self);
    if (m->exports > 0)
        return kri_err_format(ts, &kr_exc_BufferError, "memoryview has %zd exported buffer%s",
                              m->exports, m->exports == 1 ? "" : "s");
    kri_bytes_release(&m->view);
    return KR_NONE;
}

METHOD(mv_toreadonly)
{
    if (mv_args(ts, "toreadonly", 'N', 0, 0, NULL, args, nargsf, kwnames, NULL) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    KrObject *r = view_from(ts, MV(self)->view.obj, &MV(self)->view);
    if (r)
        MV(r)->view.readonly = true;
    return r;
}

METHOD(mv_enter)
{
    if (mv_args(ts, "__enter__", 'N', 0, 0, NULL, args, nargsf, kwnames, NULL) < 0 ||
        check_released(ts, self) < 0)
        return NULL;
    return KR_NEWREF(self);
}

METHOD(mv_exit)
{
    return mv_release(ts, self, NULL, 0, NULL);
}

#define ENTRY(name, fn) {name, KR_METH(fn), KR_METH_KEYWORDS, NULL}
static const KrMethodDef memoryview_methods[] = {
    ENTRY("tolist", mv_tolist), ENTRY("tobytes", mv_tobytes), ENTRY("hex", mv_hex),
    ENTRY("cast", mv_cast), ENTRY("release", mv_release),
    ENTRY("toreadonly", mv_toreadonly), ENTRY("__enter__", mv_enter),
    ENTRY("__exit__", mv_exit),
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

#define GETTER(name)                                                               \
    static KrObject *name(KrThread *ts, KrObject *self, void *closure)

static KrObject *dims_tuple(KrThread *ts, KrObject *self, bool strides)
{
    KrBuffer *v = &MV(self)->view;
    KrObject *t = kri_tuple_new(ts, v->ndim);
    for (int d = 0; t && d < v->ndim; d++) {
        KrObject *n = kri_int_from_ssize(ts, strides ? stride_at(v, d) : shape_at(v, d));
        if (!n) {
            /* fill the rest so the tuple can be freed */
            for (int k = d; k < v->ndim; k++)
                KR_TUPLE_ITEMS(t)[k] = KR_NEWREF(KR_NONE);
            KR_CLEAR(t);
            break;
        }
        KR_TUPLE_ITEMS(t)[d] = n;
    }
    return t;
}

GETTER(mv_get_obj)
{
    return check_released(ts, self) < 0 ? NULL : KR_NEWREF(MV(self)->view.obj);
}
GETTER(mv_get_nbytes)
{
    return check_released(ts, self) < 0 ? NULL : kri_int_from_ssize(ts, MV(self)->view.len);
}
GETTER(mv_get_readonly)
{
    return check_released(ts, self) < 0 ? NULL : kr_bool(MV(self)->view.readonly);
}
GETTER(mv_get_itemsize)
{
    return check_released(ts, self) < 0 ? NULL
                                        : kri_int_from_ssize(ts, MV(self)->view.itemsize);
}
GETTER(mv_get_format)
{
    if (check_released(ts, self) < 0)
        return NULL;
    const char *f = MV(self)->view.format;
    return kri_str_from_cstr(ts, f ? f : "B");
}
GETTER(mv_get_ndim)
{
    return check_released(ts, self) < 0 ? NULL : kri_int_from_ssize(ts, MV(self)->view.ndim);
}
GETTER(mv_get_shape)
{
    return check_released(ts, self) < 0 ? NULL : dims_tuple(ts, self, false);
}
GETTER(mv_get_strides)
{
    return check_released(ts, self) < 0 ? NULL : dims_tuple(ts, self, true);
}
GETTER(mv_get_suboffsets)
{
    return check_released(ts, self) < 0 ? NULL : kri_tuple_empty();
}
GETTER(mv_get_c_contiguous)
{
    return check_released(ts, self) < 0 ? NULL : kr_bool(contiguous(&MV(self)->view, false));
}
GETTER(mv_get_f_contiguous)
{
    return check_released(ts, self) < 0 ? NULL : kr_bool(contiguous(&MV(self)->view, true));
}
GETTER(mv_get_contiguous)
{
    if (check_released(ts, self) < 0)
        return NULL;
    const KrBuffer *v = &MV(self)->view;
    return kr_bool(contiguous(v, false) || contiguous(v, true));
}

static const KrGetSetDef memoryview_getsets[] = {
    {"obj", mv_get_obj, NULL, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL, NULL},
    {"itemsize", mv_get_itemsize, NULL, NULL, NULL},
    {"format", mv_get_format, NULL, NULL, NULL},
    {"ndim", mv_get_ndim, NULL, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL, NULL},
    {"suboffsets", mv_get_suboffsets, NULL, NULL, NULL},
    {"c_contiguous", mv_get_c_contiguous, NULL, NULL, NULL},
    {"f_contiguous", mv_get_f_contiguous, NULL, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_memoryview_type = {
    KR_TYPE_HEADER,
    .name = "memoryview",
    .basicsize = sizeof(KrMemoryView),
    .flags = KR_TPF_SEQUENCE | KR_TPF_IMMUTABLE,
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = memoryview_dealloc,
    .new_ = memoryview_new,
    .repr = memoryview_repr,
    .hash = memoryview_hash,
    .richcompare = memoryview_richcompare,
    .getattro = kri_object_generic_getattr,
    .len = memoryview_len,
    .getitem = memoryview_subscript,
    .setitem = memoryview_ass_subscript,
    .sq_like = true,
    .getbuffer = memoryview_getbuffer,
    .releasebuffer = memoryview_releasebuffer,
    .methods = memoryview_methods,
    .getsets = memoryview_getsets,
};
