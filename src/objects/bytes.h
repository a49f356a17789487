/* The bytes and bytearray types (bytes.c): included by types.h. */
#ifndef KRAIT_BYTES_H
#define KRAIT_BYTES_H

/* ---- bytes.c ---- */
typedef struct KrBytes {
    KrVarObject ob_base;
    int64_t hash;
    char data[];  /* ob_size bytes + NUL */
} KrBytes;
KR_HIDDEN extern KrType kr_bytes_type, kr_bytearray_type;
static inline bool kr_bytes_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_BYTES_SUBCLASS);
}
#define KR_BYTES_DATA(o) (((KrBytes *)(o))->data)
KR_HIDDEN KrObject *kri_bytes_new(KrThread *ts, const char *data, ssize_t len);

#endif
