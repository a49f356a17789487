/* Conversions between ints and text: str()/repr()/bin()/oct()/hex() digits,
 * int(x, base) from str, bytes and buffers, and int(x) from any object
 * (PyNumber_Long). The syntax check and the digit conversion are the
 * kernel's (kri_digits_scan_literal, kri_digits_from_string/to_string);
 * this file does what needs objects: Unicode whitespace and digits, the
 * interpreter's limit on decimal digits (sys.set_int_max_str_digits, which
 * exempts power-of-two bases) and CPython's messages.
 * Invariant: an "invalid literal" message always shows the caller's
 * original object (bytes-likes as bytes), truncated to 200 characters. */
#include <stdlib.h>
#include <string.h>

#include "base/unicode.h"
#include "objects/int.h"

#define LIMIT_TO_STR                                                               \
    "Exceeds the limit (%d digits) for integer string conversion; "               \
    "use sys.set_int_max_str_digits() to increase the limit"
#define LIMIT_TO_INT                                                               \
    "Exceeds the limit (%d digits) for integer string conversion: value has %zu " \
    "digits; use sys.set_int_max_str_digits() to increase the limit"

/* ---- int to text ---- */

char *kri_int_digits_text(KrThread *ts, KrObject *o, int base, size_t *len)
{
    size_t n = kri_int_ndigits(o);
    int max = ts->interp->int_max_str_digits;
    /* CPython refuses before converting when the size alone proves the
     * decimal form too long (it always is then: see its long_to_decimal). */
    if (base == 10 && max > 0 && n >= (size_t)10 * (size_t)max / (3 * KR_DIGIT_BITS) + 2) {
        kri_err_format(ts, &kr_exc_ValueError, LIMIT_TO_STR, max);
        return NULL;
    }
    char *buf = malloc(kri_digits_string_size(n, base) + 1);
    ptrdiff_t r = buf ? kri_digits_to_string(buf, kri_int_digits(o), n, base) : -1;
    if (r < 0) {
        free(buf);
        kri_err_no_memory(ts);
        return NULL;
    }
    if (base == 10 && max > 0 && r > max) {
        free(buf);
        kri_err_format(ts, &kr_exc_ValueError, LIMIT_TO_STR, max);
        return NULL;
    }
    buf[r] = '\0';
    *len = (size_t)r;
    return buf;
}

KrObject *kri_int_to_str(KrThread *ts, KrObject *o, int base)
{
    int64_t v;
    if (base == 10 && kri_int_to_i64(o, &v)) {
        /* the common case, written from the end without printf */
        char small[24];
        char *p = small + sizeof small;
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        return kri_str_from_kind(ts, 1, p, (ssize_t)(small + sizeof small - p));
    }
    size_t len;
    char *digits = kri_int_digits_text(ts, o, base, &len);
    if (!digits)
        return NULL;
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    KrStrWriter w;
    kri_strw_init(&w);
    int ok = 0;
    if (KR_SIZE(o) < 0)
        ok = kri_strw_ascii(ts, &w, "-", 1);
    if (ok == 0)
        ok = kri_strw_ascii(ts, &w, prefix, (ssize_t)strlen(prefix));
    if (ok == 0)
        ok = kri_strw_ascii(ts, &w, digits, (ssize_t)len);
    free(digits);
    if (ok < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

/* ---- text to int ---- */

static bool is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* ValueError "invalid literal for int() with base B: <repr>". [orig] is
 * shown when given, else the text as a str. */
static KrObject *invalid_literal(KrThread *ts, const char *s, size_t len, int base,
                                 KrObject *orig)
{
    KrObject *text = orig ? KR_NEWREF(orig) : kri_str_from_utf8(ts, s, (ssize_t)len);
    if (!text)
        return NULL;
    kri_err_format(ts, &kr_exc_ValueError, "invalid literal for int() with base %d: %.200R",
                   base, text);
    kr_decref(text);
    return NULL;
}

/* Parses ASCII text whose surrounding whitespace is still there. */
static KrObject *parse_ascii(KrThread *ts, const char *s, size_t len, int base,
                             KrObject *orig)
{
    const char *text = s, *end = s + len;
    while (s < end && is_ascii_space(*s))
        s++;
    while (end > s && is_ascii_space(end[-1]))
        end--;
    /* the common case: a short plain decimal (no '_'), read directly */
    if (base == 10 && end - s > 0 && end - s <= 18) {
        const char *p = s + (*s == '-' || *s == '+');
        int64_t v = 0;
        while (p < end && *p >= '0' && *p <= '9')
            v = v * 10 + (*p++ - '0');
        if (p == end && p > s + (*s == '-' || *s == '+'))
            return kri_int_from_i64(ts, *s == '-' ? -v : v);
    }
    KrDigitsLiteral lit;
    if (kri_digits_scan_literal(s, (size_t)(end - s), base, &lit) < 0)
        return invalid_literal(ts, text, len, base, orig);
    int max = ts->interp->int_max_str_digits;
    if ((lit.base & (lit.base - 1)) != 0 && max > 0 && lit.ndigits > (size_t)max)
        return kri_err_format(ts, &kr_exc_ValueError, LIMIT_TO_INT, max, lit.ndigits);
    size_t cap = kri_digits_from_string_size(lit.len, lit.base);
    KrDigit small[8];
    KrDigit *d = cap <= 8 ? small : malloc(cap * sizeof(KrDigit));
    ptrdiff_t n = d ? kri_digits_from_string(d, lit.digits, lit.len, lit.base) : -1;
    KrObject *r = n >= 0 ? kri_int_from_digits(ts, d, (size_t)n, lit.negative ? -1 : 1)
                         : kri_err_no_memory(ts);
    if (d != small)
        free(d);
    return r;
}

/* The ASCII form of str [s] as int() reads it: non-ASCII whitespace becomes ' ',
 * decimal digits of any script their ASCII digit, other non-ASCII code
 * points '?' (never valid). A malloc'd buffer of *[len] bytes. */
static char *str_to_ascii(KrThread *ts, KrObject *s, size_t *len)
{
    ssize_t n = kr_str_len(s);
    char *buf = malloc((size_t)n + 1);
    if (!buf) {
        kri_err_no_memory(ts);
        return NULL;
    }
    int kind = KR_STR(s)->kind;
    const void *data = kr_str_data(s);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t cp = kr_str_read(kind, data, i);
        int dv;
        if (cp < 127) /* as CPython: ASCII is kept, so \x1c is no space here */
            buf[i] = (char)cp;
        else if (kri_unicode_is_space(cp))
            buf[i] = ' ';
        else if ((dv = kri_unicode_decimal(cp)) >= 0)
            buf[i] = (char)('0' + dv);
        else
            buf[i] = '?';
    }
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

KrObject *kri_int_from_text_object(KrThread *ts, KrObject *x, int base)
{
    if (kr_str_check(x)) {
        size_t len;
        char *text = str_to_ascii(ts, x, &len);
        if (!text)
            return NULL;
        KrObject *r = parse_ascii(ts, text, len, base, x);
        free(text);
        return r;
    }
    if (!x->ob_type->getbuffer)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "int() can't convert non-string with explicit base");
    KrBuffer view;
    if (kri_bytes_like(ts, x, &view) < 0)
        return NULL;
    KrObject *r = NULL;
    /* The message shows the data as bytes, whatever exported it. */
    KrObject *shown = kr_is_type(x, &kr_bytes_type) ? KR_NEWREF(x)
                                                    : kri_bytes_new(ts, view.buf, view.len);
    if (shown)
        r = parse_ascii(ts, view.buf, (size_t)view.len, base, shown);
    kr_xdecref(shown);
    kri_bytes_release(&view);
    return r;
}

KrObject *kri_int_from_str(KrThread *ts, const char *s, ssize_t len, int base, KrObject *orig)
{
    if (orig && kr_str_check(orig))
        return kri_int_from_text_object(ts, orig, base);
    return parse_ascii(ts, s, (size_t)len, base, orig);
}

KrObject *kri_int_from_digits_str(KrThread *ts, const char *digits, size_t n, int base)
{
    int max = ts->interp->int_max_str_digits;
    if ((base & (base - 1)) != 0 && max > 0 && n > (size_t)max)
        return kri_err_format(ts, &kr_exc_ValueError, LIMIT_TO_INT, max, n);
    size_t cap = kri_digits_from_string_size(n, base);
    KrDigit *d = malloc((cap ? cap : 1) * sizeof(KrDigit));
    ptrdiff_t nd = d ? kri_digits_from_string(d, digits, n, base) : -1;
    KrObject *r = nd >= 0 ? kri_int_from_digits(ts, d, (size_t)nd, 1) : kri_err_no_memory(ts);
    free(d);
    return r;
}

/* ---- int(x) ---- */

/* The exact int for a result [r] (stolen) of __int__/__index__/__trunc__. */
static KrObject *exact_result(KrThread *ts, KrObject *r)
{
    if (!r || kr_is_type(r, &kr_int_type))
        return r;
    KrObject *e = kri_int_exact(ts, r);
    kr_decref(r);
    return e;
}

/* int(x) through x.__trunc__() (deprecated in 3.11; the warning CPython
 * gives is not raised here). */
static KrObject *from_trunc(KrThread *ts, KrObject *x)
{
    KrObject *r = kri_call_method(ts, x, KR_ID(__trunc__), NULL, 0);
    if (!r || kr_int_check(r))
        return exact_result(ts, r);
    if (!kri_number_has_index(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                       kri_type_name(r->ob_type));
        kr_decref(r);
        return NULL;
    }
    KrObject *i = kri_number_index(ts, r);
    kr_decref(r);
    return exact_result(ts, i);
}

KrObject *kri_int_from_object(KrThread *ts, KrObject *x)
{
    if (kr_is_type(x, &kr_int_type))
        return KR_NEWREF(x);
    KrType *t = x->ob_type;
    if (t->nb_int) {
        KrObject *r = t->nb_int(ts, x);
        if (r && !kr_int_check(r)) {
            kri_err_format(ts, &kr_exc_TypeError, "__int__ returned non-int (type %s)",
                           kri_type_name(r->ob_type));
            KR_CLEAR(r);
        }
        return exact_result(ts, r);
    }
    if (t->nb_index)
        return exact_result(ts, kri_number_index(ts, x));
    if (kri_type_lookup(ts, t, KR_ID(__trunc__)))
        return from_trunc(ts, x);
    if (kr_str_check(x) || t->getbuffer)
        return kri_int_from_text_object(ts, x, 10);
    return kri_err_format(ts, &kr_exc_TypeError, "int() argument must be a string, a "
                          "bytes-like object or a real number, not '%s'", kri_type_name(t));
}
