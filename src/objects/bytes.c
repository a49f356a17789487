/* The bytes type: an immutable byte string stored inline after the
 * header, always NUL-terminated (so C APIs can read it), with its hash
 * cached. The methods live in the files the bytes work adds beside it. */
#include <string.h>

#include "objects/objects.h"

KrObject *kri_bytes_new(KrThread *ts, const char *data, ssize_t len)
{
    if (len < 0 || (size_t)len > SIZE_MAX / 2 - sizeof(KrBytes))
        return kri_err_no_memory(ts);
    KrBytes *b = (KrBytes *)kri_object_alloc(ts, &kr_bytes_type, sizeof(KrBytes) + (size_t)len + 1);
    if (!b)
        return NULL;
    KR_SIZE(b) = len;
    b->hash = -1;
    if (data)
        memcpy(b->data, data, (size_t)len);
    b->data[len] = '\0';
    return KR_OBJ(b);
}

/* b'...' as repr() writes it: single quotes unless the bytes hold a
 * single quote and no double quote. */
static KrObject *bytes_repr(KrThread *ts, KrObject *o)
{
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(o);
    ssize_t n = KR_SIZE(o);
    char quote = memchr(p, '\'', (size_t)n) && !memchr(p, '"', (size_t)n) ? '"' : '\'';
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_strw_putc(ts, &w, 'b') < 0 || kri_strw_putc(ts, &w, quote) < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        unsigned c = p[i];
        char buf[5];
        int len = 1;
        buf[0] = (char)c;
        if (c == (unsigned char)quote || c == '\\')
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
    if (kri_strw_putc(ts, &w, quote) < 0)
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

static KrObject *bytes_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_bytes_check(b))
        return KR_NOTIMPLEMENTED;
    ssize_t la = KR_SIZE(a), lb = KR_SIZE(b);
    if ((op == KR_EQ || op == KR_NE) && la != lb)
        return kr_bool(op == KR_NE);
    int c = memcmp(KR_BYTES_DATA(a), KR_BYTES_DATA(b), (size_t)(la < lb ? la : lb));
    if (c == 0)
        c = la < lb ? -1 : la > lb;
    switch (op) {
    case KR_LT: return kr_bool(c < 0);
    case KR_LE: return kr_bool(c <= 0);
    case KR_EQ: return kr_bool(c == 0);
    case KR_NE: return kr_bool(c != 0);
    case KR_GT: return kr_bool(c > 0);
    default: return kr_bool(c >= 0);
    }
}

static ssize_t bytes_len(KrThread *ts, KrObject *o)
{
    return KR_SIZE(o);
}

KrType kr_bytes_type = {
    KR_TYPE_HEADER,
    .name = "bytes",
    .basicsize = sizeof(KrBytes) + 1,
    .itemsize = 1,
    .flags = KR_TPF_BASETYPE | KR_TPF_BYTES_SUBCLASS,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with "
           "null bytes\nbytes() -> empty bytes object",
    .dealloc = kri_object_free,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattro = kri_object_generic_getattr,
    .len = bytes_len,
};
