/* bytes % args and bytearray % args (PEP 461): printf-style formatting
 * into a byte buffer. Conversions: %s %b (buffers and __bytes__), %r %a
 * (ascii()), %c, %d %i %u, %x %X %o, %e %E %f %F %g %G and %%, with the
 * flags - + space # 0 z, a width and a precision (either may be *), and
 * %(key)s mapping keys (the key is looked up as bytes). Length modifiers
 * h l L are accepted and ignored, as in CPython. */
#include <string.h>

#include "base/dtoa.h"
#include "objects/objects.h"

typedef struct Spec {
    bool left, plus, space, alt, zero, no_neg_zero;
    ssize_t width, prec; /* -1: not given */
    char type;
} Spec;

/* The state of one formatting run. */
typedef struct Fmt {
    KrObject *args;  /* the right operand */
    KrObject *dict;  /* borrowed: the mapping for %(key), or NULL */
    ssize_t argidx;  /* next positional argument; -1 when args is not a tuple */
    ssize_t nargs;
} Fmt;

static KrObject *next_arg(KrThread *ts, Fmt *f)
{
    if (f->argidx < 0) {
        f->argidx = -2; /* the one argument is used */
        return f->args;
    }
    if (f->argidx == -2 || f->argidx >= f->nargs)
        return kri_err_format(ts, &kr_exc_TypeError, "not enough arguments for format string");
    return KR_TUPLE_ITEMS(f->args)[f->argidx++];
}

/* Appends [s] padded to the spec's width; [sign_len] leading bytes (a
 * sign and 0x-style prefix) stay before zero padding. */
static int put_padded(KrBuf *out, const Spec *sp, const char *s, ssize_t len, ssize_t sign_len,
                      bool zero_ok)
{
    ssize_t pad = sp->width > len ? sp->width - len : 0;
    bool zero = sp->zero && !sp->left && zero_ok;
    if (zero && kri_buf_append(out, s, (size_t)sign_len) < 0)
        return -1;
    for (ssize_t i = 0; !sp->left && i < pad; i++)
        if (kri_buf_putc(out, zero ? '0' : ' ') < 0)
            return -1;
    if (zero ? kri_buf_append(out, s + sign_len, (size_t)(len - sign_len)) < 0
             : kri_buf_append(out, s, (size_t)len) < 0)
        return -1;
    for (ssize_t i = 0; sp->left && i < pad; i++)
        if (kri_buf_putc(out, ' ') < 0)
            return -1;
    return 0;
}

/* %s / %b: the bytes of a buffer or of __bytes__. */
static int format_bytes(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    KrObject *b = NULL;
    KrBuffer view;
    bool have_view = false;
    if (v->ob_type->getbuffer && !kr_is_type(v, &kr_memoryview_type)) {
        if (kri_bytes_like(ts, v, &view) < 0)
            return -1;
        have_view = true;
    } else if (v->ob_type->getbuffer || kri_type_lookup(ts, v->ob_type, KR_ID(__bytes__))) {
        b = kri_bytes_from_object(ts, v);
        if (!b)
            return -1;
    } else {
        kri_err_format(ts, &kr_exc_TypeError, "%%b requires a bytes-like object, or an object "
                       "that implements __bytes__, not '%s'", kri_type_name(v->ob_type));
        return -1;
    }
    const char *d = have_view ? view.buf : KR_BYTES_DATA(b);
    ssize_t n = have_view ? view.len : KR_SIZE(b);
    if (sp->prec >= 0 && sp->prec < n)
        n = sp->prec;
    int r = put_padded(out, sp, d, n, 0, false);
    if (have_view)
        kri_bytes_release(&view);
    kr_xdecref(b);
    if (r < 0)
        kri_err_no_memory(ts);
    return r;
}

/* %r / %a: ascii(v), which is pure ASCII. */
static int format_ascii(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    KrObject *s = kri_object_ascii(ts, v);
    if (!s)
        return -1;
    ssize_t n = kr_str_len(s);
    if (sp->prec >= 0 && sp->prec < n)
        n = sp->prec;
    int r = put_padded(out, sp, kr_str_data(s), n, 0, false);
    kr_decref(s);
    return r < 0 ? (kri_err_no_memory(ts), -1) : 0;
}

static int format_char(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    char c;
    if ((kr_bytes_check(v) || kr_bytearray_check(v)) && KR_SIZE(v) == 1) {
        c = kri_bytes_ptr(v)[0];
    } else if (kr_int_check(v)) {
        int64_t x;
        if (!kri_int_to_i64(v, &x) || x < 0 || x > 255) {
            kri_err_set(ts, &kr_exc_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        c = (char)x;
    } else {
        kri_err_set(ts, &kr_exc_TypeError,
                    "%c requires an integer in range(256) or a single byte");
        return -1;
    }
    return put_padded(out, sp, &c, 1, 0, false) < 0 ? (kri_err_no_memory(ts), -1) : 0;
}

/* %d %i %u %x %X %o of an int (floats truncate for the decimal forms). */
static int format_int(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    bool decimal = sp->type == 'd' || sp->type == 'i' || sp->type == 'u';
    KrObject *iv;
    if (kr_int_check(v)) {
        iv = KR_NEWREF(v);
    } else if (decimal && (kr_float_check(v) || v->ob_type->nb_int || v->ob_type->nb_index)) {
        iv = kri_number_int(ts, v);
    } else if (!decimal && v->ob_type->nb_index) {
        iv = kri_number_index(ts, v);
    } else {
        kri_err_format(ts, &kr_exc_TypeError, "%%%c format: %s is required, not %s", sp->type,
                       decimal ? "a real number" : "an integer", kri_type_name(v->ob_type));
        return -1;
    }
    if (!iv)
        return -1;
    int base = decimal ? 10 : sp->type == 'o' ? 8 : 16;
    KrObject *s = kri_int_to_str(ts, iv, base);
    bool neg = kri_int_sign(iv) < 0;
    kr_decref(iv);
    if (!s)
        return -1;
    /* the magnitude's digits, without the sign or a 0x prefix */
    const char *digits = kr_str_data(s);
    ssize_t nd = kr_str_len(s);
    if (neg)
        digits++, nd--;
    if (base != 10 && nd > 2 && digits[0] == '0' && digits[1] != '0')
        digits += 2, nd -= 2;
    KrBuf tmp;
    kri_buf_init(&tmp);
    int e = 0;
    if (neg || sp->plus || sp->space)
        e |= kri_buf_putc(&tmp, neg ? '-' : sp->plus ? '+' : ' ');
    if (sp->alt && base != 10)
        e |= kri_buf_append(&tmp, sp->type == 'o' ? "0o" : sp->type == 'x' ? "0x" : "0X", 2);
    ssize_t prefix = (ssize_t)tmp.len;
    for (ssize_t i = nd; i < sp->prec; i++)
        e |= kri_buf_putc(&tmp, '0');
    for (ssize_t i = 0; i < nd; i++) {
        char c = digits[i];
        e |= kri_buf_putc(&tmp, sp->type == 'X' && c >= 'a' ? (char)(c - 32) : c);
    }
    kr_decref(s);
    if (e == 0)
        e = put_padded(out, sp, tmp.data ? tmp.data : "", (ssize_t)tmp.len, prefix, true);
    kri_buf_free(&tmp);
    return e < 0 ? (kri_err_no_memory(ts), -1) : 0;
}

static int format_float(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    double x;
    if (kr_float_check(v)) {
        x = KR_FLOAT_VALUE(v);
    } else if (kr_int_check(v) || v->ob_type->nb_float || v->ob_type->nb_index) {
        x = kri_float_as_double(ts, v);
        if (x == -1.0 && kri_err_occurred(ts)) {
            kri_err_clear(ts);
            goto bad;
        }
    } else {
        goto bad;
    }
    KrBuf tmp;
    kri_buf_init(&tmp);
    unsigned flags = (sp->alt ? KR_DTOA_ALT : 0) | (sp->plus ? KR_DTOA_SIGN : 0) |
                     (sp->no_neg_zero ? KR_DTOA_NO_NEG_0 : 0);
    int e = 0;
    if (sp->space && !sp->plus && !(x < 0 || (x == 0 && 1 / x < 0)))
        e = kri_buf_putc(&tmp, ' ');
    if (e == 0)
        e = kri_dtoa_format(&tmp, x, sp->type, sp->prec < 0 ? 6 : (int)sp->prec, flags);
    if (e == 0) {
        ssize_t sign = tmp.len && (tmp.data[0] == '-' || tmp.data[0] == '+' || tmp.data[0] == ' ');
        e = put_padded(out, sp, tmp.data, (ssize_t)tmp.len, sign, true);
    }
    kri_buf_free(&tmp);
    return e < 0 ? (kri_err_no_memory(ts), -1) : 0;
bad:
    kri_err_format(ts, &kr_exc_TypeError, "float argument required, not %s",
                   kri_type_name(v->ob_type));
    return -1;
}

/* A '*' width or precision: the next argument as an int. */
static int star_arg(KrThread *ts, Fmt *f, ssize_t *out)
{
    KrObject *v = next_arg(ts, f);
    if (!v)
        return -1;
    if (!kr_int_check(v)) {
        kri_err_set(ts, &kr_exc_TypeError, "* wants int");
        return -1;
    }
    *out = kri_int_as_ssize(ts, v);
    return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
}

/* Reads "(key)" at fmt[*i] and returns the mapped value (new reference). */
static KrObject *mapping_arg(KrThread *ts, Fmt *f, const char *fmt, ssize_t len, ssize_t *i)
{
    if (!f->dict)
        return kri_err_format(ts, &kr_exc_TypeError, "format requires a mapping");
    ssize_t depth = 1, start = ++*i;
    while (*i < len && depth) {
        depth += fmt[*i] == '(' ? 1 : fmt[*i] == ')' ? -1 : 0;
        ++*i;
    }
    if (depth)
        return kri_err_format(ts, &kr_exc_ValueError, "incomplete format key");
    KrObject *key = kri_bytes_new(ts, fmt + start, *i - 1 - start);
    if (!key)
        return NULL;
    KrObject *v = kri_object_getitem(ts, f->dict, key);
    kr_decref(key);
    return v;
}

/* Parses flags, width, precision and type at fmt[*i]; [value] receives a
 * mapped argument (owned) when the spec names a key. */
static int parse_spec(KrThread *ts, Fmt *f, const char *fmt, ssize_t len, ssize_t *i, Spec *sp,
                      KrObject **value)
{
    memset(sp, 0, sizeof *sp);
    sp->width = sp->prec = -1;
    if (*i < len && fmt[*i] == '(' && !(*value = mapping_arg(ts, f, fmt, len, i)))
        return -1;
    for (; *i < len; ++*i) {
        char c = fmt[*i];
        if (c == '-')
            sp->left = true;
        else if (c == '+')
            sp->plus = true;
        else if (c == ' ')
            sp->space = true;
        else if (c == '#')
            sp->alt = true;
        else if (c == '0')
            sp->zero = true;
        else if (c == 'z')
            sp->no_neg_zero = true; /* bytes % accepts PEP 682's flag */
        else
            break;
    }
    for (int part = 0; part < 2; part++) {
        ssize_t *dst = part ? &sp->prec : &sp->width;
        if (part) {
            if (*i >= len || fmt[*i] != '.')
                break;
            ++*i;
            *dst = 0;
        }
        if (*i < len && fmt[*i] == '*') {
            ++*i;
            if (star_arg(ts, f, dst) < 0)
                return -1;
            if (!part && *dst < 0) {
                sp->left = true;
                *dst = -*dst;
            }
            continue;
        }
        for (; *i < len && fmt[*i] >= '0' && fmt[*i] <= '9'; ++*i)
            *dst = (*dst < 0 ? 0 : *dst) * 10 + (fmt[*i] - '0');
    }
    while (*i < len && (fmt[*i] == 'h' || fmt[*i] == 'l' || fmt[*i] == 'L'))
        ++*i;
    if (*i >= len) {
        kri_err_set(ts, &kr_exc_ValueError, "incomplete format");
        return -1;
    }
    sp->type = fmt[(*i)++];
    return 0;
}

static int format_one(KrThread *ts, KrBuf *out, const Spec *sp, KrObject *v)
{
    switch (sp->type) {
    case 's': case 'b':
        return format_bytes(ts, out, sp, v);
    case 'r': case 'a':
        return format_ascii(ts, out, sp, v);
    case 'c':
        return format_char(ts, out, sp, v);
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return format_int(ts, out, sp, v);
    default:
        return format_float(ts, out, sp, v);
    }
}

int kri_bytes_format(KrThread *ts, const char *fmt, ssize_t len, KrObject *args, KrBuf *out)
{
    Fmt f = {args, NULL, -1, 0};
    if (kr_tuple_check(args)) {
        f.argidx = 0;
        f.nargs = KR_SIZE(args);
    }
    if (args->ob_type->getitem && !kr_tuple_check(args) && !kr_bytes_check(args) &&
        !kr_str_check(args))
        f.dict = args;
    ssize_t i = 0;
    while (i < len) {
        const char *pct = memchr(fmt + i, '%', (size_t)(len - i));
        ssize_t lit = pct ? pct - (fmt + i) : len - i;
        if (kri_buf_append(out, fmt + i, (size_t)lit) < 0)
            goto nomem;
        i += lit;
        if (i >= len)
            break;
        i++;
        if (i < len && fmt[i] == '%') {
            if (kri_buf_putc(out, '%') < 0)
                goto nomem;
            i++;
            continue;
        }
        Spec sp;
        KrObject *mapped = NULL;
        if (parse_spec(ts, &f, fmt, len, &i, &sp, &mapped) < 0)
            return -1;
        if (sp.type == '%') {
            kr_xdecref(mapped);
            if (kri_buf_putc(out, '%') < 0)
                goto nomem;
            continue;
        }
        if (!strchr("sbracdiuxXoeEfFgG", sp.type) || sp.type == 0) {
            kr_xdecref(mapped);
            kri_err_format(ts, &kr_exc_ValueError,
                           "unsupported format character '%c' (0x%x) at index %zd", sp.type,
                           (unsigned)(unsigned char)sp.type, i - 1);
            return -1;
        }
        KrObject *v = mapped ? mapped : next_arg(ts, &f);
        if (!v)
            return -1;
        int r = format_one(ts, out, &sp, v);
        kr_xdecref(mapped);
        if (r < 0)
            return -1;
    }
    if (!f.dict && f.argidx != -2 && (f.argidx < 0 || f.argidx < f.nargs)) {
        kri_err_set(ts, &kr_exc_TypeError, "not all arguments converted during bytes formatting");
        return -1;
    }
    return 0;
nomem:
    kri_err_no_memory(ts);
    return -1;
}
