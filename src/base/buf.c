/* KrBuf: a growable, always NUL-terminated byte buffer on malloc. Used to build
 * decoded source text, dumps and messages. Invariant: data == NULL or
 * data[len] == '\0' and len < cap. */
#include "base/base.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kri_buf_init(KrBuf *buf)
{
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

void kri_buf_free(KrBuf *buf)
{
    free(buf->data);
    kri_buf_init(buf);
}

int kri_buf_reserve(KrBuf *buf, size_t extra)
{
    if (buf->len + extra < buf->cap)
        return 0;
    size_t cap = buf->cap ? buf->cap : 64;
    while (cap <= buf->len + extra) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    char *p = realloc(buf->data, cap);
    if (!p)
        return -1;
    buf->data = p;
    buf->cap = cap;
    buf->data[buf->len] = '\0';
    return 0;
}

int kri_buf_append(KrBuf *buf, const void *data, size_t len)
{
    if (kri_buf_reserve(buf, len) < 0)
        return -1;
    memcpy(buf->data + buf->len, data, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
    return 0;
}

int kri_buf_puts(KrBuf *buf, const char *s)
{
    return kri_buf_append(buf, s, strlen(s));
}

int kri_buf_printf(KrBuf *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof tmp)
        return kri_buf_append(buf, tmp, (size_t)n);
    if (kri_buf_reserve(buf, (size_t)n + 1) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf->len += (size_t)n;
    return 0;
}

int kri_buf_read_file(KrBuf *buf, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char chunk[65536];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        rc = kri_buf_append(buf, chunk, n);
    if (ferror(f))
        rc = -1;
    fclose(f);
    return rc;
}
