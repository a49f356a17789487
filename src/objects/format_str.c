/* str.__format__, object.__format__, format(), and str.format /
 * str.format_map: literal text with replacement fields
 *     {field_name!conversion:format_spec}
 * where field_name is an index or a name followed by .attr and [key]
 * lookups, and the spec may itself hold {fields} (one level deep: a third
 * level is "Max string recursion exceeded"). Fields are parsed and looked up
 * left to right, so errors come out in CPython 3.11's order; automatic
 * numbering ({}) and manual numbering ({0}) must not be mixed, nested
 * specs included. */
#include <limits.h>

#include "objects/complex.h"
#include "objects/format.h"

/* ---- str.__format__, object.__format__ and format() ---- */

KrObject *kri_format_str(KrThread *ts, KrObject *self, KrObject *spec)
{
    if (kri_format_check_spec(ts, spec) < 0)
        return NULL;
    if (kr_str_len(spec) == 0)
        return kr_is_type(self, &kr_str_type) ? KR_NEWREF(self) : kri_object_str(ts, self);
    KrFormatSpec f;
    if (kri_format_spec_parse(ts, spec, self, 's', '<', &f) < 0)
        return NULL;
    if (f.type != 's')
        return kri_format_unknown_code(ts, f.type, self);
    const char *what = f.sign == ' ' ? "Space not allowed in string format specifier"
                     : f.sign ? "Sign not allowed in string format specifier"
                     : f.no_neg_zero
                         ? "Negative zero coercion (z) not allowed in string format specifier"
                     : f.alternate ? "Alternate form (#) not allowed in string format specifier"
                     : f.align == '=' ? "'=' alignment not allowed in string format specifier"
                                      : NULL;
    if (what) {
        kri_err_set(ts, &kr_exc_ValueError, what);
        return NULL;
    }
    ssize_t len = kr_str_len(self);
    if (f.precision >= 0 && f.precision < len)
        len = f.precision;
    ssize_t pad = f.width > len ? f.width - len : 0;
    ssize_t lpad = f.align == '>' ? pad : f.align == '^' ? pad / 2 : 0;
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0; i < lpad; i++)
        if (kri_strw_putc(ts, &w, f.fill) < 0)
            goto fail;
    if (kri_strw_substr(ts, &w, self, 0, len) < 0)
        goto fail;
    for (ssize_t i = lpad; i < pad; i++)
        if (kri_strw_putc(ts, &w, f.fill) < 0)
            goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

KrObject *kri_format_object_default(KrThread *ts, KrObject *self, KrObject *spec)
{
    if (kri_format_check_spec(ts, spec) < 0)
        return NULL;
    if (kr_str_len(spec) > 0)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "unsupported format string passed to %s.__format__",
                              kri_type_name(self->ob_type));
    return kri_object_str(ts, self);
}

/* For a type whose MRO has no __format__ (the builtin types before their
 * method tables list it): the builtin base's formatter. */
static KrObject *format_by_base(KrThread *ts, KrObject *obj, KrObject *spec)
{
    if (kr_int_check(obj))
        return kri_format_int(ts, obj, spec);
    if (kr_float_check(obj))
        return kri_format_float(ts, obj, spec);
    if (kr_complex_check(obj))
        return kri_format_complex(ts, obj, spec);
    if (kr_str_check(obj))
        return kri_format_str(ts, obj, spec);
    return kri_format_object_default(ts, obj, spec);
}

KrObject *kri_format_object(KrThread *ts, KrObject *obj, KrObject *spec)
{
    if (!spec)
        spec = kri_str_empty();
    /* The exact builtin types skip the method lookup, as CPython does. */
    KrType *t = obj->ob_type;
    if (t == &kr_str_type)
        return kri_format_str(ts, obj, spec);
    if (t == &kr_int_type)
        return kri_format_int(ts, obj, spec);
    if (t == &kr_float_type)
        return kri_format_float(ts, obj, spec);
    if (t == &kr_complex_type)
        return kri_format_complex(ts, obj, spec);
    KrObject *r;
    if (!kri_type_lookup(ts, t, KR_ID(__format__)))
        r = format_by_base(ts, obj, spec);
    else
        r = kri_call_method(ts, obj, KR_ID(__format__), &spec, 1);
    if (r && !kr_str_check(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "__format__ must return a str, not %T", r);
        KR_CLEAR(r);
    }
    return r;
}

/* protocols.h's name for the same operation (the VM's FORMAT_VALUE). */
KrObject *kri_object_format(KrThread *ts, KrObject *o, KrObject *spec)
{
    return kri_format_object(ts, o, spec);
}

KrObject *kri_format_builtin(KrThread *ts, KrObject *module, KrObject *const *args,
                             ssize_t nargs)
{
    if (kri_check_args(ts, "format", nargs, 1, 2, NULL) < 0)
        return NULL;
    if (nargs == 2 && !kr_str_check(args[1]))
        return kri_err_format(ts, &kr_exc_TypeError, "format() argument 2 must be str, not %T",
                              args[1]);
    return kri_format_object(ts, args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- str.format ---- */

typedef struct FormatCtx {
    KrObject *const *args;  /* positional arguments */
    ssize_t nargs;
    KrObject *const *kwvalues;
    KrObject *kwnames;      /* tuple or NULL */
    KrObject *mapping;      /* format_map's argument, or NULL */
    int numbering;          /* 0 not yet known, 1 automatic, 2 manual */
    ssize_t next_auto;
} FormatCtx;

/* A part [start, end) of the format string. */
typedef struct Span {
    KrObject *s;
    ssize_t start, end;
} Span;

static uint32_t span_at(const Span *sp, ssize_t i)
{
    return kr_str_at(sp->s, i);
}

static int format_error(KrThread *ts, const char *msg)
{
    kri_err_set(ts, &kr_exc_ValueError, msg);
    return -1;
}

/* The span as a non-negative integer when it is all decimal digits; -1
 * when it is not (or empty), -2 with ValueError when it overflows. */
static ssize_t span_integer(KrThread *ts, const Span *sp)
{
    if (sp->start >= sp->end)
        return -1;
    ssize_t acc = 0;
    for (ssize_t i = sp->start; i < sp->end; i++) {
        int digit = kri_unicode_decimal(span_at(sp, i));
        if (digit < 0)
            return -1;
        if (acc > (SSIZE_MAX - digit) / 10) {
            format_error(ts, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + digit;
    }
    return acc;
}

static KrObject *span_str(KrThread *ts, const Span *sp)
{
    return kri_str_substr(ts, sp->s, sp->start, sp->end);
}

/* A keyword field: format's keyword arguments or format_map's mapping. */
static KrObject *lookup_name(KrThread *ts, FormatCtx *ctx, const Span *name)
{
    KrObject *key = span_str(ts, name);
    if (!key)
        return NULL;
    KrObject *r = NULL;
    if (ctx->mapping) {
        r = kri_object_getitem(ts, ctx->mapping, key);
    } else {
        ssize_t n = ctx->kwnames ? KR_SIZE(ctx->kwnames) : 0;
        for (ssize_t i = 0; i < n && !r; i++)
            if (kri_str_eq(KR_TUPLE_ITEMS(ctx->kwnames)[i], key))
                r = KR_NEWREF(ctx->kwvalues[i]);
        if (!r)
            kri_err_set_object(ts, &kr_exc_KeyError, key);
    }
    kr_decref(key);
    return r;
}

/* The object the first part of a field name ([first]) designates. */
static KrObject *lookup_first(KrThread *ts, FormatCtx *ctx, const Span *first)
{
    ssize_t idx = span_integer(ts, first);
    if (idx == -2)
        return NULL;
    bool empty = first->start >= first->end;
    if (empty || idx >= 0) {
        if (!ctx->numbering)
            ctx->numbering = empty ? 1 : 2;
        if (ctx->numbering == 2 && empty)
            return kri_err_format(ts, &kr_exc_ValueError,
                                  "cannot switch from manual field specification to "
                                  "automatic field numbering");
        if (ctx->numbering == 1 && !empty)
            return kri_err_format(ts, &kr_exc_ValueError,
                                  "cannot switch from automatic field numbering to "
                                  "manual field specification");
        if (empty)
            idx = ctx->next_auto++;
    }
    if (idx < 0)
        return lookup_name(ts, ctx, first);
    if (ctx->mapping)
        return kri_err_format(ts, &kr_exc_ValueError, "Format string contains positional fields");
    if (idx >= ctx->nargs)
        return kri_err_format(ts, &kr_exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple",
                              idx);
    return KR_NEWREF(ctx->args[idx]);
}

/* Applies one ".attr" or "[key]" step at rest->start to *[obj] (replaced);
 * advances [rest]. */
static int apply_step(KrThread *ts, Span *rest, KrObject **obj)
{
    uint32_t c = span_at(rest, rest->start++);
    Span name = { rest->s, rest->start, rest->start };
    if (c == '.') {
        while (name.end < rest->end && span_at(rest, name.end) != '.' &&
               span_at(rest, name.end) != '[')
            name.end++;
        rest->start = name.end;
    } else if (c == '[') {
        while (name.end < rest->end && span_at(rest, name.end) != ']')
            name.end++;
        if (name.end >= rest->end)
            return format_error(ts, "Missing ']' in format string");
        rest->start = name.end + 1;
    } else {
        return format_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.start == name.end)
        return format_error(ts, "Empty attribute in format string");
    ssize_t idx = c == '[' ? span_integer(ts, &name) : -1;
    if (idx == -2)
        return -1;
    KrObject *key = idx >= 0 ? kri_int_from_ssize(ts, idx) : span_str(ts, &name);
    if (!key)
        return -1;
    KrObject *r = c == '.' ? kri_object_getattr(ts, *obj, key) : kri_object_getitem(ts, *obj, key);
    kr_decref(key);
    if (!r)
        return -1;
    KR_SETREF(*obj, r);
    return 0;
}

static KrObject *field_object(KrThread *ts, FormatCtx *ctx, const Span *field)
{
    Span first = *field;
    first.end = first.start;
    while (first.end < field->end && span_at(field, first.end) != '.' &&
           span_at(field, first.end) != '[')
        first.end++;
    KrObject *obj = lookup_first(ts, ctx, &first);
    Span rest = { field->s, first.end, field->end };
    while (obj && rest.start < rest.end)
        if (apply_step(ts, &rest, &obj) < 0)
            KR_CLEAR(obj);
    return obj;
}

/* One replacement field after its '{', parsed CPython's way. */
typedef struct Field {
    Span name, spec;
    uint32_t conversion;  /* 0: none */
    bool spec_has_fields;
} Field;

/* Parses the spec part after ':' up to the matching '}'. */
static int parse_spec(KrThread *ts, Span *src, Field *fd)
{
    fd->spec.start = src->start;
    int depth = 1;
    while (src->start < src->end) {
        uint32_t c = span_at(src, src->start++);
        if (c == '{') {
            fd->spec_has_fields = true;
            depth++;
        } else if (c == '}' && --depth == 0) {
            fd->spec.end = src->start - 1;
            return 0;
        }
    }
    return format_error(ts, "unmatched '{' in format spec");
}

static int parse_field(KrThread *ts, Span *src, Field *fd)
{
    uint32_t c = 0;
    fd->name = (Span){ src->s, src->start, src->start };
    fd->spec = (Span){ src->s, 0, 0 };
    while (src->start < src->end) {
        c = span_at(src, src->start++);
        if (c == '{')
            return format_error(ts, "unexpected '{' in field name");
        if (c == '[') {
            while (src->start < src->end && span_at(src, src->start) != ']')
                src->start++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    fd->name.end = src->start - 1;
    if (c == '!') {
        if (src->start >= src->end)
            return format_error(ts, "end of string while looking for conversion specifier");
        fd->conversion = span_at(src, src->start++);
        if (src->start < src->end) {
            c = span_at(src, src->start++);
            if (c == '}')
                return 0;
            if (c != ':')
                return format_error(ts, "expected ':' after conversion specifier");
        }
        return parse_spec(ts, src, fd);
    }
    if (c == ':')
        return parse_spec(ts, src, fd);
    if (c != '}')
        return format_error(ts, "expected '}' before end of string");
    return 0;
}

static int build_string(KrThread *ts, FormatCtx *ctx, Span src, int depth, KrStrWriter *w);

static KrObject *convert(KrThread *ts, KrObject *obj, uint32_t conversion)
{
    switch (conversion) {
    case 'r':
        return kri_object_repr(ts, obj);
    case 's':
        return kri_object_str(ts, obj);
    case 'a':
        return kri_object_ascii(ts, obj);
    default:
        if (conversion > 32 && conversion < 127)
            return kri_err_format(ts, &kr_exc_ValueError, "Unknown conversion specifier %c",
                                  (int)conversion);
        return kri_err_format(ts, &kr_exc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conversion);
    }
}

/* Looks up, converts and formats one field into [w]. */
static int output_field(KrThread *ts, FormatCtx *ctx, const Field *fd, int depth,
                        KrStrWriter *w)
{
    KrObject *obj = field_object(ts, ctx, &fd->name), *spec = NULL, *text = NULL;
    if (!obj)
        return -1;
    if (fd->conversion) {
        KR_SETREF(obj, convert(ts, obj, fd->conversion));
        if (!obj)
            return -1;
    }
    if (fd->spec_has_fields) {
        KrStrWriter sw;
        kri_strw_init(&sw);
        if (build_string(ts, ctx, fd->spec, depth - 1, &sw) < 0)
            kri_strw_discard(&sw);
        else
            spec = kri_strw_finish(ts, &sw);
    } else {
        spec = span_str(ts, &fd->spec);
    }
    if (spec)
        text = kri_format_object(ts, obj, spec);
    int r = text ? kri_strw_str(ts, w, text) : -1;
    kr_decref(obj);
    kr_xdecref(spec);
    kr_xdecref(text);
    return r;
}

/* Appends literal text up to the next field; *[field] tells whether one
 * follows (its '{' consumed). */
static int output_literal(KrThread *ts, Span *src, KrStrWriter *w, bool *field)
{
    ssize_t start = src->start;
    uint32_t c = 0;
    *field = false;
    while (src->start < src->end) {
        c = span_at(src, src->start++);
        if (c == '{' || c == '}') {
            *field = true;
            break;
        }
    }
    bool at_end = src->start >= src->end;
    ssize_t len = src->start - start;
    if (c == '}' && (at_end || span_at(src, src->start) != '}'))
        return format_error(ts, "Single '}' encountered in format string");
    if (at_end && c == '{')
        return format_error(ts, "Single '{' encountered in format string");
    if (!at_end) {
        if (span_at(src, src->start) == c) {
            src->start++; /* "{{" or "}}": one brace of literal text */
            *field = false;
        } else {
            len--;
        }
    }
    return kri_strw_substr(ts, w, src->s, start, start + len);
}

static int build_string(KrThread *ts, FormatCtx *ctx, Span src, int depth, KrStrWriter *w)
{
    if (depth <= 0)
        return format_error(ts, "Max string recursion exceeded");
    while (src.start < src.end) {
        bool has_field;
        if (output_literal(ts, &src, w, &has_field) < 0)
            return -1;
        if (!has_field)
            continue;
        Field fd = { .conversion = 0 };
        if (parse_field(ts, &src, &fd) < 0 || output_field(ts, ctx, &fd, depth, w) < 0)
            return -1;
    }
    return 0;
}

static bool has_brace(KrObject *s, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(s, i);
        if (c == '{' || c == '}')
            return true;
    }
    return false;
}

static KrObject *do_format(KrThread *ts, KrObject *self, FormatCtx *ctx)
{
    /* CPython hands back the very object (a str subclass stays one) when
     * the whole text is one literal piece: no braces at all */
    ssize_t n = kr_str_len(self);
    if (n && !has_brace(self, n))
        return kr_incref(self);
    KrStrWriter w;
    kri_strw_init(&w);
    Span all = { self, 0, n };
    if (build_string(ts, ctx, all, 2, &w) < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

KrObject *kri_format_str_method(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    FormatCtx ctx = { .args = args, .nargs = nargs, .kwvalues = args + nargs,
                      .kwnames = kwnames };
    return do_format(ts, self, &ctx);
}

KrObject *kri_format_str_map(KrThread *ts, KrObject *self, KrObject *mapping)
{
    FormatCtx ctx = { .mapping = mapping };
    return do_format(ts, self, &ctx);
}
