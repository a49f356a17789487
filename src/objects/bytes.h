/* The binary sequence types: bytes (bytes.c), bytearray (bytearray.c) and
 * memoryview (memoryview.c), with the methods the first two share
 * (bytes_methods.c, bytes_split.c) and bytes % (bytes_format.c). Included
 * by types.h.
 *
 * Invariants: a bytes object's data is inline and NUL-terminated; a
 * bytearray's data is a malloc block of `allocated` + 1 bytes (or NULL when
 * nothing was ever allocated) and is NUL-terminated too; a bytearray with
 * exports > 0 never moves or resizes its block. A memoryview holds one
 * buffer of its root exporter for its whole life until released. */
#ifndef KRAIT_BYTES_H
#define KRAIT_BYTES_H

/* ---- bytes.c ---- */
typedef struct KrBytes {
    KrVarObject ob_base;
    int64_t hash; /* -1 until computed */
    char data[];  /* ob_size bytes + NUL */
} KrBytes;
KR_HIDDEN extern KrType kr_bytes_type, kr_bytearray_type, kr_memoryview_type;
KR_HIDDEN extern KrType kr_bytes_iter_type, kr_bytearray_iter_type;
static inline bool kr_bytes_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_BYTES_SUBCLASS);
}
#define KR_BYTES_DATA(o) (((KrBytes *)(o))->data)
/* A new bytes of [len] bytes copied from [data] (uninitialized when [data]
 * is NULL: the caller fills KR_BYTES_DATA before sharing it). */
KR_HIDDEN KrObject *kri_bytes_new(KrThread *ts, const char *data, ssize_t len);
/* The same for an arbitrary subtype of bytes. */
KR_HIDDEN KrObject *kri_bytes_new_type(KrThread *ts, KrType *type, const char *data,
                                       ssize_t len);
/* bytes(x) for one argument x: __bytes__, a buffer, an iterable of ints or
 * an int count. A new exact bytes. */
KR_HIDDEN KrObject *kri_bytes_from_object(KrThread *ts, KrObject *x);

/* ---- bytearray.c ---- */
typedef struct KrByteArray {
    KrVarObject ob_base; /* ob_size: bytes in use */
    ssize_t allocated;   /* size of the data block, its NUL included; 0: NULL */
    char *data;          /* owned malloc block, or NULL when allocated == 0 */
    ssize_t exports;     /* buffers handed out and not yet released */
} KrByteArray;
static inline bool kr_bytearray_check(const KrObject *o)
{
    return kri_type_is_subtype(o->ob_type, &kr_bytearray_type);
}
KR_HIDDEN KrObject *kri_bytearray_new(KrThread *ts, const char *data, ssize_t len);
/* Resizes [o] to [len] bytes (contents kept up to the shorter length);
 * BufferError while exported. 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bytearray_resize(KrThread *ts, KrObject *o, ssize_t len);

/* The data of a bytes or bytearray (borrowed; a bytearray's moves when it
 * is resized). Never NULL. */
static inline char *kri_bytes_ptr(KrObject *o)
{
    if (kr_bytes_check(o))
        return KR_BYTES_DATA(o);
    char *d = ((KrByteArray *)o)->data;
    return d ? d : (char *)(uintptr_t)"";
}

/* ---- buffers (bytes.c) ---- */
/* Gets a contiguous read-only buffer of any bytes-like [obj] into [view];
 * TypeError "a bytes-like object is required, not 'T'" otherwise. Release
 * it with kri_bytes_release. 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bytes_like(KrThread *ts, KrObject *obj, KrBuffer *view);
/* Gets a buffer of [obj] with [flags] (KR_BUF_*), any layout; TypeError
 * "a bytes-like object is required, not 'T'" when [obj] exports none. */
KR_HIDDEN KR_NODISCARD int kri_bytes_getbuffer(KrThread *ts, KrObject *obj, KrBuffer *view,
                                               int flags);
/* Like kri_bytes_like, but 0 without an exception when [obj] is not
 * bytes-like or not contiguous (callers word their own TypeError); 1 with
 * [view] filled, -1 on other errors. */
KR_HIDDEN KR_NODISCARD int kri_bytes_get_contig(KrThread *ts, KrObject *obj, KrBuffer *view);
/* Releases a buffer from kri_bytes_like / kri_bytes_getbuffer. */
KR_HIDDEN void kri_bytes_release(KrBuffer *view);
/* Fills [view] for exporter [obj] over [len] bytes at [buf], one
 * dimension, format "B". Takes a reference to [obj]. */
KR_HIDDEN void kri_bytes_fill_view(KrBuffer *view, KrObject *obj, void *buf, ssize_t len,
                                   bool readonly);

/* ---- argument checking shared by the method files (bytes.c) ----
 * One record per method; [style] picks CPython's wording for that method:
 * 'N' no arguments, 'O' exactly one, 'P' positional only ("m expected at
 * least 1 argument, got 0"), 'A' positional only in the old style ("m()
 * takes at least 1 argument (0 given)"), 'K' positional or keyword. */
typedef struct KrBytesArgs {
    const char *name;
    char style;
    int min, max;
    const char *const *kw; /* 'K': parameter names (NULL: positional only) */
} KrBytesArgs;
/* Checks the call and stores each parameter (borrowed, NULL when not
 * given) in [out] (max entries). 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bytes_args(KrThread *ts, KrObject *self, const KrBytesArgs *spec,
                                          KrObject *const *args, size_t nargsf,
                                          KrObject *kwnames, KrObject **out);
/* A result of the same family as [self]: bytearray for a bytearray, else
 * bytes. */
KR_HIDDEN KrObject *kri_bytes_new_like(KrThread *ts, KrObject *self, const char *data,
                                       ssize_t len);
/* An int byte value in range(256) from [o] into *[out]; ValueError "byte
 * must be in range(0, 256)". 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bytes_byte_value(KrThread *ts, KrObject *o, int *out);
/* bytes.decode / str(bytes, encoding): see bytes.c for the codecs known. */
KR_HIDDEN KrObject *kri_bytes_decode(KrThread *ts, const char *data, ssize_t len,
                                     KrObject *encoding, KrObject *errors);
/* str [s] encoded as bytes(s, encoding, errors) does; [who] names the
 * caller in argument errors ("bytes()"). */
KR_HIDDEN KrObject *kri_bytes_encode(KrThread *ts, KrObject *s, KrObject *encoding,
                                     KrObject *errors, const char *who);
/* Rich comparison of two byte strings, op KR_LT..KR_GE. */
KR_HIDDEN KrObject *kri_bytes_compare(const char *a, ssize_t la, const char *b, ssize_t lb,
                                      int op);

/* ---- method tables (bytes_methods.c) and their helpers ---- */
KR_HIDDEN extern const KrMethodDef kri_bytes_method_table[];
KR_HIDDEN extern const KrMethodDef kri_bytearray_method_table[];
/* The iterator (bytes_iterator or bytearray_iterator) and repr of a bytes
 * or bytearray, shared by both types. */
KR_HIDDEN KrObject *kri_bytes_iter(KrThread *ts, KrObject *o);
KR_HIDDEN KrObject *kri_bytes_repr(KrThread *ts, KrObject *o);
/* `needle in [data, len]` for an int or bytes-like needle: 1, 0 or -1. */
KR_HIDDEN int kri_bytes_contains(KrThread *ts, const char *data, ssize_t len,
                                 KrObject *needle);
/* hex() of [len] bytes at [d] with optional [sep] and [per] (bytes per
 * separator) arguments; shared with memoryview.hex. */
KR_HIDDEN KrObject *kri_bytes_hex(KrThread *ts, const char *d, ssize_t len, KrObject *sep,
                                  KrObject *per);
/* Index of [needle] (length [m]) in [hay] (length [n]) at or after 0, or -1. */
KR_HIDDEN ssize_t kri_bytes_find_raw(const char *hay, ssize_t n, const char *needle,
                                     ssize_t m);

/* split family (bytes_split.c): method bodies referenced by the tables */
#define KRI_BYTES_SPLIT_METHODS(X)                                                 \
    X(split) X(rsplit) X(splitlines) X(partition) X(rpartition) X(join) X(strip)   \
    X(lstrip) X(rstrip) X(replace) X(expandtabs) X(translate) X(maketrans)
#define KRI_BYTES_DECLARE_M(name)                                                  \
    KR_HIDDEN KrObject *kri_bytes_m_##name(KrThread *ts, KrObject *self,           \
                                           KrObject *const *args, size_t nargsf,   \
                                           KrObject *kwnames);
KRI_BYTES_SPLIT_METHODS(KRI_BYTES_DECLARE_M)

/* bytearray-only methods (bytearray.c) */
#define KRI_BYTEARRAY_METHODS(X)                                                   \
    X(append) X(extend) X(insert) X(pop) X(remove) X(clear) X(copy) X(reverse)     \
    X(alloc) X(sizeof) X(reduce) X(reduce_ex)
#define KRI_BYTEARRAY_DECLARE_M(name)                                              \
    KR_HIDDEN KrObject *kri_bytearray_m_##name(KrThread *ts, KrObject *self,       \
                                               KrObject *const *args, size_t nargsf, \
                                               KrObject *kwnames);
KRI_BYTEARRAY_METHODS(KRI_BYTEARRAY_DECLARE_M)

/* ---- bytes_format.c ---- */
/* [fmt] % [args] for a bytes or bytearray format: the result in [out]
 * (a KrBuf the caller frees). 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bytes_format(KrThread *ts, const char *fmt, ssize_t len,
                                            KrObject *args, KrBuf *out);

/* ---- memoryview.c ---- */
typedef struct KrMemoryView {
    KrObject ob_base;
    KrBuffer view;      /* owned: view.obj is the root exporter (NULL: released) */
    ssize_t exports;    /* buffers this view handed out */
    int64_t hash;       /* -1 until computed */
    ssize_t *dims;      /* owned: shape then strides when ndim > 1, else NULL
                         * (view.shape/strides then point at shape0/stride0) */
} KrMemoryView;
KR_HIDDEN KrObject *kri_memoryview_new(KrThread *ts, KrObject *obj);

#endif
