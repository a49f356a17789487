/* printf-style formatting, `str % args`, as CPython 3.11's
 * PyUnicode_Format. [args] is used as a tuple of values when it is a tuple,
 * else as the one value; it is also the mapping of %(key) directives when
 * it has __getitem__ and is neither a tuple nor a str (so `'' % []` is no
 * error, as in CPython). A directive reads its argument before checking its
 * conversion character, hence "not enough arguments" can win over
 * "unsupported format character". The numeric conversions build ASCII in a
 * KrBuf so that bytes % can share them (kri_percent_format_number). */
#include <limits.h>
#include <string.h>

#include "base/dtoa.h"
#include "objects/complex.h"
#include "objects/format.h"

/* ---- numbers (shared with bytes %) ---- */

static bool is_number(const KrObject *v)
{
    const KrType *t = v->ob_type;
    return t->nb_index || t->nb_int || t->nb_float || kr_complex_check(v);
}

static int wrong_type(KrThread *ts, const KrPercentSpec *spec, KrObject *v)
{
    const char *what = spec->type == 'o' || spec->type == 'x' || spec->type == 'X'
                           ? "an integer" : "a real number";
    kri_err_format(ts, &kr_exc_TypeError, "%%%c format: %s is required, not %T", spec->type,
                   what, v);
    return -1;
}

/* The digits of an integer directive: [-][0x]digits, zero-filled to the
 * precision, as CPython's _PyUnicode_FormatLong. */
static int integer_text(KrThread *ts, KrBuf *body, KrObject *v, const KrPercentSpec *spec)
{
    char type = spec->type;
    bool hex_like = type == 'o' || type == 'x' || type == 'X';
    if (!is_number(v))
        return wrong_type(ts, spec, v);
    KrObject *iobj = kr_int_check(v) ? KR_NEWREF(v)
                   : hex_like ? kri_number_index(ts, v) : kri_number_int(ts, v);
    if (!iobj) {
        if (!kri_err_matches(ts, &kr_exc_TypeError))
            return -1;
        kri_err_clear(ts);
        return wrong_type(ts, spec, v);
    }
    KrObject *text = kri_int_to_str(ts, iobj, type == 'o' ? 8 : hex_like ? 16 : 10);
    kr_decref(iobj);
    if (!text)
        return -1;
    const char *s = (const char *)kr_str_data(text);
    ssize_t len = kr_str_len(text);
    bool negative = s[0] == '-';
    ssize_t prefix = hex_like ? 2 : 0, digits_at = negative + prefix;
    ssize_t ndigits = len - digits_at;
    int r = 0;
    if (negative)
        r |= kri_buf_putc(body, '-');
    if (hex_like && (spec->flags & KR_PCT_ALT))
        r |= kri_buf_append(body, s + negative, 2);
    for (ssize_t i = ndigits; i < spec->precision; i++)
        r |= kri_buf_putc(body, '0');
    r |= kri_buf_append(body, s + digits_at, (size_t)ndigits);
    kr_decref(text);
    if (r < 0) {
        kri_err_no_memory(ts);
        return -1;
    }
    if (type == 'X')
        for (size_t i = 0; i < body->len; i++)
            if (body->data[i] >= 'a' && body->data[i] <= 'x')
                body->data[i] = (char)(body->data[i] - 'a' + 'A');
    return 0;
}

static int float_text(KrThread *ts, KrBuf *body, KrObject *v, const KrPercentSpec *spec)
{
    double x = kri_float_as_double(ts, v);
    if (x == -1.0 && kri_err_occurred(ts)) {
        if (spec->for_bytes && kri_err_matches(ts, &kr_exc_TypeError)) {
            kri_err_clear(ts);
            kri_err_format(ts, &kr_exc_TypeError, "float argument required, not %T", v);
        }
        return -1;
    }
    int prec = spec->precision < 0 ? 6 : spec->precision;
    unsigned flags = spec->flags & KR_PCT_ALT ? KR_DTOA_ALT : 0;
    if (kri_dtoa_format(body, x, spec->type, prec, flags) < 0) {
        kri_err_no_memory(ts);
        return -1;
    }
    return 0;
}

static int put_run(KrBuf *out, char c, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if (kri_buf_putc(out, c) < 0)
            return -1;
    return 0;
}

/* Places sign, 0x prefix, padding and digits as CPython's
 * unicode_format_arg_output does for a numeric directive. */
static int layout_number(KrBuf *out, const char *s, ssize_t len, const KrPercentSpec *spec)
{
    unsigned fl = spec->flags;
    char fill = fl & KR_PCT_ZERO ? '0' : ' ', sign = 0;
    bool prefix = (fl & KR_PCT_ALT) &&
                  (spec->type == 'x' || spec->type == 'X' || spec->type == 'o');
    ssize_t width = spec->width, at = 0;
    if (s[0] == '-' || s[0] == '+') {
        sign = s[0];
        len--;
        at++;
    } else if (fl & KR_PCT_SIGN) {
        sign = '+';
    } else if (fl & KR_PCT_BLANK) {
        sign = ' ';
    }
    if (width < len)
        width = len;
    int r = 0;
    if (sign) {
        if (fill != ' ')
            r |= kri_buf_putc(out, sign);
        if (width > len)
            width--;
    }
    if (prefix) {
        if (fill != ' ') {
            r |= kri_buf_append(out, s + at, 2);
            at += 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(fl & KR_PCT_LJUST)) {
        r |= put_run(out, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (sign)
            r |= kri_buf_putc(out, sign);
        if (prefix) {
            r |= kri_buf_append(out, s + at, 2);
            at += 2;
        }
    }
    r |= kri_buf_append(out, s + at, (size_t)len);
    if (width > len)
        r |= put_run(out, ' ', width - len);
    return r < 0 ? -1 : 0;
}

int kri_percent_format_number(KrThread *ts, KrBuf *out, KrObject *v, const KrPercentSpec *spec)
{
    KrBuf body;
    kri_buf_init(&body);
    bool is_float = strchr("eEfFgG", spec->type) != NULL;
    int r = is_float ? float_text(ts, &body, v, spec) : integer_text(ts, &body, v, spec);
    if (r == 0 && layout_number(out, body.data, (ssize_t)body.len, spec) < 0) {
        kri_err_no_memory(ts);
        r = -1;
    }
    kri_buf_free(&body);
    return r;
}

/* ---- the str % args loop ---- */

typedef struct PctCtx {
    KrObject *fmt;
    ssize_t pos;        /* next character of fmt */
    ssize_t cnt;        /* characters left after pos, as CPython counts */
    KrObject *args;     /* the tuple, the one value, or a %(key) value */
    bool args_owned;
    ssize_t arglen;     /* tuple length, or -1 for one value */
    ssize_t argidx;     /* next tuple index; -2 before the one value */
    KrObject *dict;     /* borrowed: the mapping for %(key), or NULL */
    KrStrWriter w;
} PctCtx;

/* The directive being read. */
typedef struct PctArg {
    uint32_t ch;
    KrPercentSpec spec;
} PctArg;

/* The next value (borrowed), or TypeError. */
static KrObject *next_arg(KrThread *ts, PctCtx *c)
{
    if (c->argidx < c->arglen) {
        ssize_t i = c->argidx++;
        return c->arglen < 0 ? c->args : KR_TUPLE_ITEMS(c->args)[i];
    }
    return kri_err_format(ts, &kr_exc_TypeError, "not enough arguments for format string");
}

/* Reads the next character into a->ch; false at the end of the format. */
static bool read_char(PctCtx *c, PctArg *a)
{
    if (--c->cnt < 0)
        return false;
    a->ch = kr_str_at(c->fmt, c->pos++);
    return true;
}

/* %(key): replaces the argument by mapping[key]. */
static int parse_key(KrThread *ts, PctCtx *c, PctArg *a)
{
    if (!c->dict) {
        kri_err_set(ts, &kr_exc_TypeError, "format requires a mapping");
        return -1;
    }
    c->pos++;
    c->cnt--;
    ssize_t start = c->pos;
    int depth = 1;
    while (depth > 0 && --c->cnt >= 0) {
        a->ch = kr_str_at(c->fmt, c->pos++);
        depth += a->ch == '(' ? 1 : a->ch == ')' ? -1 : 0;
    }
    if (c->cnt < 0 || depth > 0) {
        kri_err_set(ts, &kr_exc_ValueError, "incomplete format key");
        return -1;
    }
    KrObject *key = kri_str_substr(ts, c->fmt, start, c->pos - 1);
    if (!key)
        return -1;
    KrObject *value = kri_object_getitem(ts, c->dict, key);
    kr_decref(key);
    if (!value)
        return -1;
    if (c->args_owned)
        kr_decref(c->args);
    c->args = value;
    c->args_owned = true;
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

/* A '*' width or precision: the next argument, which must be an int. */
static int star_value(KrThread *ts, PctCtx *c, bool is_width, ssize_t *out)
{
    KrObject *v = next_arg(ts, c);
    if (!v)
        return -1;
    if (!kr_int_check(v)) {
        kri_err_set(ts, &kr_exc_TypeError, "* wants int");
        return -1;
    }
    if (is_width) {
        *out = kri_int_as_ssize(ts, v);
        return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
    }
    int64_t x;
    if (!kri_int_to_i64(v, &x) || x > INT_MAX || x < INT_MIN) {
        kri_err_set(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (ssize_t)x;
    return 0;
}

/* Decimal digits after the first one (in a->ch): width or precision. */
static int read_number(KrThread *ts, PctCtx *c, PctArg *a, ssize_t max, const char *too_big,
                       ssize_t *out)
{
    ssize_t v = (ssize_t)(a->ch - '0');
    while (read_char(c, a)) {
        if (a->ch < '0' || a->ch > '9')
            break;
        if (v > (max - (ssize_t)(a->ch - '0')) / 10) {
            kri_err_set(ts, &kr_exc_ValueError, too_big);
            return -1;
        }
        v = v * 10 + (ssize_t)(a->ch - '0');
    }
    *out = v;
    return 0;
}

static int parse_width_prec(KrThread *ts, PctCtx *c, PctArg *a)
{
    KrPercentSpec *s = &a->spec;
    if (a->ch == '*') {
        if (star_value(ts, c, true, &s->width) < 0)
            return -1;
        if (s->width < 0) {
            s->flags |= KR_PCT_LJUST;
            s->width = -s->width;
        }
        read_char(c, a);
    } else if (a->ch >= '0' && a->ch <= '9') {
        if (read_number(ts, c, a, SSIZE_MAX, "width too big", &s->width) < 0)
            return -1;
    }
    if (a->ch != '.')
        return 0;
    ssize_t prec = 0;
    read_char(c, a);
    if (a->ch == '*') {
        if (star_value(ts, c, false, &prec) < 0)
            return -1;
        if (prec < 0)
            prec = 0;
        read_char(c, a);
    } else if (a->ch >= '0' && a->ch <= '9') {
        if (read_number(ts, c, a, INT_MAX, "precision too big", &prec) < 0)
            return -1;
    }
    s->precision = (int)prec;
    return 0;
}

static int parse_directive(KrThread *ts, PctCtx *c, PctArg *a)
{
    if (c->pos < kr_str_len(c->fmt) && kr_str_at(c->fmt, c->pos) == '(' &&
        parse_key(ts, c, a) < 0)
        return -1;
    while (read_char(c, a)) {
        unsigned flag = a->ch == '-' ? KR_PCT_LJUST : a->ch == '+' ? KR_PCT_SIGN
                      : a->ch == ' ' ? KR_PCT_BLANK : a->ch == '#' ? KR_PCT_ALT
                      : a->ch == '0' ? KR_PCT_ZERO : 0;
        if (!flag)
            break;
        a->spec.flags |= flag;
    }
    if (parse_width_prec(ts, c, a) < 0)
        return -1;
    if (c->cnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L'))
        read_char(c, a);
    if (c->cnt < 0) {
        kri_err_set(ts, &kr_exc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* %s %r %a %c: a str padded with spaces; precision truncates s r a. */
static int output_text(KrThread *ts, PctCtx *c, const PctArg *a, KrObject *s)
{
    ssize_t len = kr_str_len(s), width = a->spec.width;
    if (a->ch != 'c' && a->spec.precision >= 0 && len > a->spec.precision)
        len = a->spec.precision;
    ssize_t pad = width > len ? width - len : 0;
    bool left = (a->spec.flags & KR_PCT_LJUST) != 0;
    for (ssize_t i = 0; !left && i < pad; i++)
        if (kri_strw_putc(ts, &c->w, ' ') < 0)
            return -1;
    if (kri_strw_substr(ts, &c->w, s, 0, len) < 0)
        return -1;
    for (ssize_t i = 0; left && i < pad; i++)
        if (kri_strw_putc(ts, &c->w, ' ') < 0)
            return -1;
    return 0;
}

/* %c: a str of length 1 or an int code point. */
static KrObject *char_arg(KrThread *ts, KrObject *v)
{
    if (kr_str_check(v)) {
        if (kr_str_len(v) == 1)
            return kri_str_substr(ts, v, 0, 1);
    } else if (kri_number_has_index(v)) {
        KrObject *i = kri_number_index(ts, v);
        if (!i)
            return NULL;
        int64_t x;
        bool fits = kri_int_to_i64(i, &x);
        kr_decref(i);
        if (!fits || x < 0 || x > 0x10ffff)
            return kri_err_format(ts, &kr_exc_OverflowError, "%%c arg not in range(0x110000)");
        return kri_str_from_char(ts, (uint32_t)x);
    }
    return kri_err_format(ts, &kr_exc_TypeError, "%%c requires int or char");
}

static int output_number(KrThread *ts, PctCtx *c, KrObject *v, const PctArg *a)
{
    KrBuf out;
    kri_buf_init(&out);
    int r = kri_percent_format_number(ts, &out, v, &a->spec);
    if (r == 0 && out.len > 0)
        r = kri_strw_ascii(ts, &c->w, out.data, (ssize_t)out.len);
    kri_buf_free(&out);
    return r;
}

/* Converts one parsed directive with its argument. */
static int format_directive(KrThread *ts, PctCtx *c, PctArg *a)
{
    KrObject *v = next_arg(ts, c), *s = NULL;
    if (!v)
        return -1;
    switch (a->ch) {
    case 's':
        s = kri_object_str(ts, v);
        break;
    case 'r':
        s = kri_object_repr(ts, v);
        break;
    case 'a':
        s = kri_object_ascii(ts, v);
        break;
    case 'c':
        s = char_arg(ts, v);
        break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        a->spec.type = (char)a->ch;
        return output_number(ts, c, v, a);
    default:
        kri_err_format(ts, &kr_exc_ValueError,
                       "unsupported format character '%c' (0x%x) at index %zd",
                       a->ch >= 31 && a->ch <= 126 ? (int)a->ch : '?', (unsigned)a->ch,
                       c->pos - 1);
        return -1;
    }
    if (!s)
        return -1;
    int r = output_text(ts, c, a, s);
    kr_decref(s);
    return r;
}

static int format_loop(KrThread *ts, PctCtx *c)
{
    ssize_t end = kr_str_len(c->fmt);
    while (c->pos < end) {
        ssize_t start = c->pos;
        while (c->pos < end && kr_str_at(c->fmt, c->pos) != '%')
            c->pos++;
        if (kri_strw_substr(ts, &c->w, c->fmt, start, c->pos) < 0)
            return -1;
        if (c->pos >= end)
            break;
        c->pos++;
        c->cnt = end - c->pos;
        if (c->pos < end && kr_str_at(c->fmt, c->pos) == '%') {
            c->pos++;
            if (kri_strw_putc(ts, &c->w, '%') < 0)
                return -1;
            continue;
        }
        PctArg a = { .ch = 0, .spec = { .width = -1, .precision = -1 } };
        if (parse_directive(ts, c, &a) < 0 || format_directive(ts, c, &a) < 0)
            return -1;
    }
    if (c->argidx < c->arglen && !c->dict) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

KrObject *kri_str_percent_format(KrThread *ts, KrObject *fmt, KrObject *args)
{
    PctCtx c = { .fmt = fmt, .args = args };
    if (kr_tuple_check(args)) {
        c.arglen = KR_SIZE(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (args->ob_type->getitem && !kr_tuple_check(args) && !kr_str_check(args))
        c.dict = args;
    kri_strw_init(&c.w);
    int r = format_loop(ts, &c);
    if (c.args_owned)
        kr_decref(c.args);
    if (r < 0) {
        kri_strw_discard(&c.w);
        return NULL;
    }
    return kri_strw_finish(ts, &c.w);
}

KrObject *kri_str_percent(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_str_check(a))
        return KR_NOTIMPLEMENTED;
    return kri_str_percent_format(ts, a, b);
}
