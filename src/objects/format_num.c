/* int, float and complex __format__: a number becomes ASCII text (sign,
 * prefix, integer digits, decimal point, remainder), then one layout routine
 * adds grouping, zero padding and fill the way CPython 3.11's
 * formatter_unicode.c does. Invariants of the layout: zero padding ('0'
 * fill with '=' alignment) happens inside the digit grouping, so the zeros
 * get separators too ("0,001,234"); every other padding goes around the
 * parts; type 'n' uses the C locale (no grouping, '.' as the point). Float
 * digits come from src/base/dtoa.h. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/dtoa.h"
#include "objects/complex.h"
#include "objects/format.h"

/* A number split into the pieces the layout places. */
typedef struct NumberParts {
    bool negative;
    const char *prefix;  /* "0x" and the like, or "" */
    const char *digits;  /* the integer digits (grouped); may be empty */
    ssize_t ndigits;
    bool has_decimal;    /* a '.' follows the digits */
    const char *rem;     /* what follows the point (or the digits) */
    ssize_t nrem;
    bool is_char;        /* int 'c': the remainder is the one character ch */
    uint32_t ch;
} NumberParts;

static ssize_t max_ss(ssize_t a, ssize_t b)
{
    return a > b ? a : b;
}

/* Writes [n] (>= 1) digits with a separator every [size] digits (0: none),
 * padded with zeros to at least [min_width] characters, into [out] (with
 * room for 2 * max(n, min_width) + 4 bytes, filled from the end). Returns
 * where the text starts. */
static char *group_digits(char *end, const char *d, ssize_t n, ssize_t min_width, int size,
                          char sep)
{
    char *pos = end;
    ssize_t remaining = n;
    bool use_sep = false;
    for (;;) {
        ssize_t l = max_ss(max_ss(remaining, min_width), 1);
        if (size)
            l = l < size ? l : size;
        ssize_t zeros = max_ss(0, l - remaining);
        ssize_t chars = remaining < l ? remaining : l;
        if (use_sep)
            *--pos = sep;
        pos -= chars;
        memcpy(pos, d + remaining - chars, (size_t)chars);
        pos -= zeros;
        memset(pos, '0', (size_t)zeros);
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (!size || (remaining <= 0 && min_width <= 0))
            return pos;
        min_width -= 1;
    }
}

/* kri_strw_ascii, skipping empty text (the writer may have no buffer yet). */
static int put_ascii(KrThread *ts, KrStrWriter *w, const char *s, ssize_t len)
{
    return len > 0 ? kri_strw_ascii(ts, w, s, len) : 0;
}

static int put_fill(KrThread *ts, KrStrWriter *w, uint32_t fill, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if (kri_strw_putc(ts, w, fill) < 0)
            return -1;
    return 0;
}

/* Appends [p] laid out by [f]: [lpad][sign][prefix][spad][digits][.rem]
 * [rpad]. */
static int write_number(KrThread *ts, KrStrWriter *w, const NumberParts *p,
                        const KrFormatSpec *f)
{
    char sign = p->negative ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
    ssize_t nprefix = (ssize_t)strlen(p->prefix);
    ssize_t nrem = p->is_char ? 1 : p->nrem;
    ssize_t nondigit = (sign != 0) + nprefix + p->has_decimal + nrem;
    ssize_t min_width = f->fill == '0' && f->align == '=' ? f->width - nondigit : 0;
    char *buf = NULL, *digits = NULL;
    ssize_t ngrouped = 0;
    if (p->ndigits > 0) {
        ssize_t cap = 2 * max_ss(p->ndigits, min_width) + 4;
        buf = malloc((size_t)cap);
        if (!buf) {
            kri_err_no_memory(ts);
            return -1;
        }
        char sep = f->grouping == '_' ? '_' : ',';
        digits = group_digits(buf + cap, p->digits, p->ndigits, min_width, f->group_size, sep);
        ngrouped = buf + cap - digits;
    }
    ssize_t pad = f->width - (nondigit + ngrouped), lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    int r = -1;
    if (put_fill(ts, w, f->fill, lpad) < 0 || (sign && kri_strw_putc(ts, w, (uint32_t)sign) < 0) ||
        put_ascii(ts, w, p->prefix, nprefix) < 0 || put_fill(ts, w, f->fill, spad) < 0 ||
        put_ascii(ts, w, digits, ngrouped) < 0 ||
        (p->has_decimal && kri_strw_putc(ts, w, '.') < 0))
        goto done;
    if (p->is_char ? kri_strw_putc(ts, w, p->ch) < 0
                    : put_ascii(ts, w, p->rem, p->nrem) < 0)
        goto done;
    r = put_fill(ts, w, f->fill, rpad);
done:
    free(buf);
    return r;
}

/* Splits dtoa's output [s] (no sign) into digits, point and remainder. */
static void split_float_text(const char *s, ssize_t len, NumberParts *p)
{
    ssize_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    p->digits = s;
    p->ndigits = i;
    p->has_decimal = i < len && s[i] == '.';
    if (p->has_decimal)
        i++;
    p->rem = s + i;
    p->nrem = len - i;
}

/* ---- int ---- */

static KrObject *value_error(KrThread *ts, const char *msg)
{
    kri_err_set(ts, &kr_exc_ValueError, msg);
    return NULL;
}

static int int_char(KrThread *ts, KrObject *self, const KrFormatSpec *f, NumberParts *p)
{
    if (f->sign) {
        value_error(ts, "Sign not allowed with integer format specifier 'c'");
        return -1;
    }
    if (f->alternate) {
        value_error(ts, "Alternate form (#) not allowed with integer format specifier 'c'");
        return -1;
    }
    int64_t v;
    if (!kri_int_to_i64(self, &v) || v < 0 || v > 0x10ffff) {
        kri_err_set(ts, &kr_exc_OverflowError, "%c arg not in range(0x110000)");
        return -1;
    }
    p->is_char = true;
    p->ch = (uint32_t)v;
    return 0;
}

static KrObject *format_int_spec(KrThread *ts, KrObject *self, const KrFormatSpec *f)
{
    if (f->precision != -1)
        return value_error(ts, "Precision not allowed in integer format specifier");
    if (f->no_neg_zero)
        return value_error(ts,
                           "Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts p = { .prefix = "", .digits = "", .rem = "" };
    KrStrWriter w;
    kri_strw_init(&w);
    KrObject *text = NULL;
    if (f->type == 'c') {
        if (int_char(ts, self, f, &p) < 0)
            return NULL;
    } else {
        int base = f->type == 'b' ? 2 : f->type == 'o' ? 8
                 : f->type == 'x' || f->type == 'X' ? 16 : 10;
        text = kri_int_to_str(ts, self, base);
        if (!text)
            return NULL;
        /* ASCII: "-0x1f" -> sign, then digits after the base prefix */
        char *s = (char *)kr_str_data(text);
        ssize_t len = kr_str_len(text), i = 0;
        p.negative = s[0] == '-';
        i = p.negative + (base != 10 ? 2 : 0);
        if (f->type == 'X')
            for (ssize_t j = i; j < len; j++)
                if (s[j] >= 'a' && s[j] <= 'f')
                    s[j] = (char)(s[j] - 'a' + 'A');
        p.digits = s + i;
        p.ndigits = len - i;
        if (f->alternate && base != 10)
            p.prefix = base == 2 ? "0b" : base == 8 ? "0o" : f->type == 'X' ? "0X" : "0x";
    }
    int r = write_number(ts, &w, &p, f);
    kr_xdecref(text);
    if (r < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

KrObject *kri_format_int(KrThread *ts, KrObject *self, KrObject *spec)
{
    if (kri_format_check_spec(ts, spec) < 0)
        return NULL;
    if (kr_str_len(spec) == 0)
        return kri_object_str(ts, self);
    KrFormatSpec f;
    if (kri_format_spec_parse(ts, spec, self, 'd', '>', &f) < 0)
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(ts, self, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = kri_int_as_double(ts, self);
        if (x == -1.0 && kri_err_occurred(ts))
            return NULL;
        return kri_format_double(ts, x, &f, self);
    }
    default:
        return kri_format_unknown_code(ts, f.type, self);
    }
}

/* ---- float ---- */

/* The dtoa type, precision and flags for [f] (float or complex part);
 * false with ValueError when the precision does not fit an int. */
static bool float_conversion(KrThread *ts, const KrFormatSpec *f, char *type, int *prec,
                             unsigned *flags)
{
    if (f->precision > INT_MAX) {
        kri_err_set(ts, &kr_exc_ValueError, "precision too big");
        return false;
    }
    *flags = (f->alternate ? KR_DTOA_ALT : 0) | (f->no_neg_zero ? KR_DTOA_NO_NEG_0 : 0);
    int default_prec = 6;
    *type = (char)f->type;
    if (*type == 'n')
        *type = 'g';
    if (*type == '%')
        *type = 'f';
    if (*type == 0) {
        *type = 'r';
        default_prec = 0;
    }
    *prec = f->precision < 0 ? default_prec : (int)f->precision;
    if (f->precision >= 0 && *type == 'r')
        *type = 'g';
    return true;
}

/* [x] as dtoa text into [buf] (sign included). */
static int float_text(KrThread *ts, KrBuf *buf, double x, const KrFormatSpec *f,
                      unsigned extra_flags)
{
    char type;
    int prec;
    unsigned flags;
    if (!float_conversion(ts, f, &type, &prec, &flags))
        return -1;
    if (f->type == '%')
        x *= 100;
    if (kri_dtoa_format(buf, x, type, prec, flags | extra_flags) < 0 ||
        (f->type == '%' && kri_buf_putc(buf, '%') < 0)) {
        kri_err_no_memory(ts);
        return -1;
    }
    return 0;
}

KrObject *kri_format_double(KrThread *ts, double x, const KrFormatSpec *f, KrObject *obj)
{
    KrBuf buf;
    kri_buf_init(&buf);
    unsigned extra = f->type == 0 ? KR_DTOA_ADD_DOT_0 : 0;
    if (float_text(ts, &buf, x, f, extra) < 0) {
        kri_buf_free(&buf);
        return NULL;
    }
    NumberParts p = { .prefix = "" };
    const char *s = buf.data;
    ssize_t len = (ssize_t)buf.len;
    p.negative = s[0] == '-';
    split_float_text(s + p.negative, len - p.negative, &p);
    KrStrWriter w;
    kri_strw_init(&w);
    int r = write_number(ts, &w, &p, f);
    kri_buf_free(&buf);
    if (r < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

KrObject *kri_format_float(KrThread *ts, KrObject *self, KrObject *spec)
{
    if (kri_format_check_spec(ts, spec) < 0)
        return NULL;
    if (kr_str_len(spec) == 0)
        return kri_object_str(ts, self);
    KrFormatSpec f;
    if (kri_format_spec_parse(ts, spec, self, 0, '>', &f) < 0)
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return kri_format_double(ts, KR_FLOAT_VALUE(self), &f, self);
    default:
        return kri_format_unknown_code(ts, f.type, self);
    }
}

/* ---- complex ---- */

/* One part of a complex as NumberParts over the text in [buf]. */
static void complex_part(const KrBuf *buf, NumberParts *p)
{
    const char *s = buf->data;
    p->prefix = "";
    p->negative = s[0] == '-';
    split_float_text(s + p->negative, (ssize_t)buf->len - p->negative, p);
}

/* Writes the parts without padding: [re][im]j, in parentheses when asked. */
static int complex_body(KrThread *ts, KrStrWriter *w, const KrBuf *re, const KrBuf *im,
                        const KrFormatSpec *f, bool skip_re, bool parens)
{
    KrFormatSpec plain = *f;
    plain.fill = 0;
    plain.align = '<';
    plain.width = -1;
    NumberParts pr = { .prefix = "" }, pi = { .prefix = "" };
    complex_part(re, &pr);
    complex_part(im, &pi);
    if (parens && kri_strw_putc(ts, w, '(') < 0)
        return -1;
    if (!skip_re && write_number(ts, w, &pr, &plain) < 0)
        return -1;
    if (!skip_re)
        plain.sign = '+';
    if (write_number(ts, w, &pi, &plain) < 0 || kri_strw_putc(ts, w, 'j') < 0)
        return -1;
    if (parens && kri_strw_putc(ts, w, ')') < 0)
        return -1;
    return 0;
}

/* Pads the finished [body] to the spec's width and alignment. */
static KrObject *pad_text(KrThread *ts, KrObject *body, const KrFormatSpec *f)
{
    ssize_t len = kr_str_len(body);
    if (f->width <= len)
        return body;
    ssize_t total = f->width, lpad = 0;
    if (f->align == '>')
        lpad = total - len;
    else if (f->align == '^')
        lpad = (total - len) / 2;
    KrStrWriter w;
    kri_strw_init(&w);
    if (put_fill(ts, &w, f->fill, lpad) < 0 || kri_strw_str(ts, &w, body) < 0 ||
        put_fill(ts, &w, f->fill, total - len - lpad) < 0) {
        kri_strw_discard(&w);
        kr_decref(body);
        return NULL;
    }
    kr_decref(body);
    return kri_strw_finish(ts, &w);
}

static KrObject *format_complex_spec(KrThread *ts, double real, double imag,
                                     const KrFormatSpec *f)
{
    if (f->fill == '0')
        return value_error(ts, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return value_error(ts, "'=' alignment flag is not allowed in complex format specifier");
    bool skip_re = false, parens = false;
    if (f->type == 0) {
        /* like str(): no real part when it is +0.0, else parentheses */
        if (real == 0.0 && !signbit(real))
            skip_re = true;
        else
            parens = true;
    }
    KrBuf re, im;
    kri_buf_init(&re);
    kri_buf_init(&im);
    KrStrWriter w;
    kri_strw_init(&w);
    KrObject *r = NULL;
    if (float_text(ts, &re, real, f, 0) < 0 || float_text(ts, &im, imag, f, 0) < 0 ||
        complex_body(ts, &w, &re, &im, f, skip_re, parens) < 0)
        kri_strw_discard(&w);
    else
        r = kri_strw_finish(ts, &w);
    kri_buf_free(&re);
    kri_buf_free(&im);
    return r ? pad_text(ts, r, f) : NULL;
}

KrObject *kri_format_complex(KrThread *ts, KrObject *self, KrObject *spec)
{
    if (kri_format_check_spec(ts, spec) < 0)
        return NULL;
    if (kr_str_len(spec) == 0)
        return kri_object_str(ts, self);
    KrFormatSpec f;
    if (kri_format_spec_parse(ts, spec, self, 0, '>', &f) < 0)
        return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        return format_complex_spec(ts, KR_COMPLEX_REAL(self), KR_COMPLEX_IMAG(self), &f);
    default:
        return kri_format_unknown_code(ts, f.type, self);
    }
}
