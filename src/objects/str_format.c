/* printf-style formatting into a str for C code (error messages, reprs):
 * kri_str_format and kri_str_vformat. The directives are those of
 * kri_err_format (runtime.h): C values %s %d %i %u %ld %lu %lld %llu %zd %zu
 * %x %c %p %%, an optional precision on %s and %U ("%.200s"), and objects
 * %R repr, %S str, %A ascii, %U a str object, %T the type name of an object,
 * %N the name of a type. Format strings are UTF-8. */
#include <stdio.h>
#include <string.h>

#include "objects/objects.h"

/* Appends [o] (a str) truncated to [prec] code points (-1: all). */
static int put_str_obj(KrThread *ts, KrStrWriter *w, KrObject *o, ssize_t prec)
{
    ssize_t n = kr_str_len(o);
    if (prec >= 0 && prec < n)
        n = prec;
    return kri_strw_substr(ts, w, o, 0, n);
}

static int put_object(KrThread *ts, KrStrWriter *w, char conv, KrObject *o, ssize_t prec)
{
    KrObject *s;
    switch (conv) {
    case 'R':
        s = kri_object_repr(ts, o);
        break;
    case 'S':
        s = kri_object_str(ts, o);
        break;
    case 'A':
        s = kri_object_ascii(ts, o);
        break;
    default: /* 'U' */
        return put_str_obj(ts, w, o, prec);
    }
    if (!s)
        return -1;
    int r = put_str_obj(ts, w, s, prec);
    kr_decref(s);
    return r;
}

static int put_cstr(KrThread *ts, KrStrWriter *w, const char *s, ssize_t prec)
{
    if (!s)
        s = "(null)";
    ssize_t len = (ssize_t)strlen(s);
    if (prec < 0)
        return kri_strw_utf8(ts, w, s, len);
    /* precision counts code points */
    ssize_t i = 0, n = 0;
    while (i < len && n < prec) {
        int size;
        if (kri_utf8_decode(s + i, (size_t)(len - i), &size) < 0)
            size = 1;
        i += size;
        n++;
    }
    return kri_strw_utf8(ts, w, s, i);
}

/* One directive at fmt[0] == '%'; advances *[pfmt]. */
static int put_directive(KrThread *ts, KrStrWriter *w, const char **pfmt, va_list *ap)
{
    const char *f = *pfmt + 1;
    ssize_t prec = -1;
    while (*f >= '0' && *f <= '9')
        f++; /* width: ignored */
    if (*f == '.') {
        prec = 0;
        for (f++; *f >= '0' && *f <= '9'; f++)
            prec = prec * 10 + (*f - '0');
    }
    int longs = 0;
    bool size_t_mod = false;
    while (*f == 'l') {
        longs++;
        f++;
    }
    if (*f == 'z') {
        size_t_mod = true;
        f++;
    }
    char conv = *f;
    *pfmt = f + 1;
    char num[64];
    int len = 0;
    switch (conv) {
    case 'd':
    case 'i':
        if (size_t_mod)
            len = snprintf(num, sizeof num, "%zd", va_arg(*ap, ssize_t));
        else if (longs >= 2)
            len = snprintf(num, sizeof num, "%lld", va_arg(*ap, long long));
        else if (longs == 1)
            len = snprintf(num, sizeof num, "%ld", va_arg(*ap, long));
        else
            len = snprintf(num, sizeof num, "%d", va_arg(*ap, int));
        break;
    case 'u':
        if (size_t_mod)
            len = snprintf(num, sizeof num, "%zu", va_arg(*ap, size_t));
        else if (longs >= 2)
            len = snprintf(num, sizeof num, "%llu", va_arg(*ap, unsigned long long));
        else if (longs == 1)
            len = snprintf(num, sizeof num, "%lu", va_arg(*ap, unsigned long));
        else
            len = snprintf(num, sizeof num, "%u", va_arg(*ap, unsigned));
        break;
    case 'x':
        len = snprintf(num, sizeof num, "%x", va_arg(*ap, unsigned));
        break;
    case 'p':
        len = snprintf(num, sizeof num, "%p", va_arg(*ap, void *));
        break;
    case 'c':
        return kri_strw_putc(ts, w, (uint32_t)va_arg(*ap, int));
    case 's':
        return put_cstr(ts, w, va_arg(*ap, const char *), prec);
    case 'R':
    case 'S':
    case 'A':
    case 'U':
        return put_object(ts, w, conv, va_arg(*ap, KrObject *), prec);
    case 'T':
        return put_cstr(ts, w, kri_type_name(va_arg(*ap, KrObject *)->ob_type), prec);
    case 'N':
        return put_cstr(ts, w, kri_type_name(va_arg(*ap, KrType *)), prec);
    case '%':
        return kri_strw_putc(ts, w, '%');
    default:
        kri_err_set(ts, &kr_exc_SystemError, "bad format directive in kri_str_format");
        return -1;
    }
    return kri_strw_ascii(ts, w, num, len);
}

KrObject *kri_str_vformat(KrThread *ts, const char *fmt, va_list ap)
{
    KrStrWriter w;
    kri_strw_init(&w);
    va_list args;
    va_copy(args, ap);
    while (*fmt) {
        const char *pct = strchr(fmt, '%');
        size_t lit = pct ? (size_t)(pct - fmt) : strlen(fmt);
        if (lit && kri_strw_utf8(ts, &w, fmt, (ssize_t)lit) < 0)
            goto fail;
        fmt += lit;
        if (*fmt == '%' && put_directive(ts, &w, &fmt, &args) < 0)
            goto fail;
    }
    va_end(args);
    return kri_strw_finish(ts, &w);
fail:
    va_end(args);
    kri_strw_discard(&w);
    return NULL;
}

KrObject *kri_str_format(KrThread *ts, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *r = kri_str_vformat(ts, fmt, ap);
    va_end(ap);
    return r;
}
