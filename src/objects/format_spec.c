/* Parsing the format mini-language:
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * into a KrFormatSpec, with CPython 3.11's checks and messages. Only what
 * the spec alone can decide is checked here (grouping against the type);
 * each type's formatter checks the rest. Digits may be any Unicode decimal
 * digits, as in CPython. */
#include <limits.h>

#include "objects/format.h"

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static bool is_sign(uint32_t c)
{
    return c == '+' || c == '-' || c == ' ';
}

/* Reads decimal digits at *[pos] into *[value]; returns how many were read
 * (0: none, *value untouched), or -1 with ValueError on overflow. */
static ssize_t read_integer(KrThread *ts, KrObject *s, ssize_t *pos, ssize_t end,
                            ssize_t *value)
{
    ssize_t acc = 0, count = 0;
    for (; *pos < end; (*pos)++, count++) {
        int digit = kri_unicode_decimal(kr_str_at(s, *pos));
        if (digit < 0)
            break;
        if (acc > (SSIZE_MAX - digit) / 10) {
            kri_err_set(ts, &kr_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + digit;
    }
    if (count)
        *value = acc;
    return count;
}

/* The printable form CPython uses for a type code in messages: the
 * character itself when printable ASCII, else \x followed by hex. */
static void code_text(uint32_t c, char *buf, size_t size)
{
    if (c > 32 && c < 128)
        snprintf(buf, size, "%c", (char)c);
    else
        snprintf(buf, size, "\\x%x", (unsigned)c);
}

KrObject *kri_format_unknown_code(KrThread *ts, uint32_t type, KrObject *obj)
{
    char code[16];
    code_text(type, code, sizeof code);
    return kri_err_format(ts, &kr_exc_ValueError,
                          "Unknown format code '%s' for object of type '%s'", code,
                          kri_type_name(obj->ob_type));
}

int kri_format_check_spec(KrThread *ts, KrObject *spec)
{
    if (kr_str_check(spec))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %T", spec);
    return -1;
}

/* Grouping is allowed with the decimal and float types (PEP 378); '_'
 * also with b o x X, where it groups by four (PEP 515). */
static int check_grouping(KrThread *ts, KrFormatSpec *f)
{
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        f->group_size = 3;
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') {
            f->group_size = 4;
            return 0;
        }
        break;
    default:
        break;
    }
    char code[16];
    code_text(f->type, code, sizeof code);
    kri_err_format(ts, &kr_exc_ValueError, "Cannot specify '%c' with '%s'.", f->grouping, code);
    return -1;
}

static int both_separators(KrThread *ts)
{
    kri_err_set(ts, &kr_exc_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

/* The part after the width: grouping, precision and the type. */
static int parse_tail(KrThread *ts, KrObject *spec, KrObject *obj, ssize_t pos,
                      KrFormatSpec *f)
{
    ssize_t end = kr_str_len(spec);
    if (pos < end && kr_str_at(spec, pos) == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < end && kr_str_at(spec, pos) == '_') {
        if (f->grouping)
            return both_separators(ts);
        f->grouping = '_';
        pos++;
    }
    if (pos < end && kr_str_at(spec, pos) == ',' && f->grouping == '_')
        return both_separators(ts);
    if (pos < end && kr_str_at(spec, pos) == '.') {
        pos++;
        ssize_t n = read_integer(ts, spec, &pos, end, &f->precision);
        if (n < 0)
            return -1;
        if (n == 0) {
            kri_err_set(ts, &kr_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        kri_err_format(ts, &kr_exc_ValueError,
                       "Invalid format specifier '%U' for object of type '%s'", spec,
                       kri_type_name(obj->ob_type));
        return -1;
    }
    if (end - pos == 1)
        f->type = kr_str_at(spec, pos);
    if (f->grouping)
        return check_grouping(ts, f);
    return 0;
}

int kri_format_spec_parse(KrThread *ts, KrObject *spec, KrObject *obj, uint32_t default_type,
                          char default_align, KrFormatSpec *out)
{
    KrFormatSpec f = { .fill = ' ', .type = default_type, .width = -1, .precision = -1,
                       .align = default_align };
    ssize_t pos = 0, end = kr_str_len(spec);
    bool fill_given = false, align_given = false;
    if (end - pos >= 2 && is_align(kr_str_at(spec, pos + 1))) {
        f.fill = kr_str_at(spec, pos);
        f.align = (char)kr_str_at(spec, pos + 1);
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(kr_str_at(spec, pos))) {
        f.align = (char)kr_str_at(spec, pos);
        align_given = true;
        pos++;
    }
    if (pos < end && is_sign(kr_str_at(spec, pos)))
        f.sign = (char)kr_str_at(spec, pos++);
    if (pos < end && kr_str_at(spec, pos) == 'z') {
        f.no_neg_zero = true;
        pos++;
    }
    if (pos < end && kr_str_at(spec, pos) == '#') {
        f.alternate = true;
        pos++;
    }
    /* A leading 0 means zero padding after the sign, unless a fill was
     * given; numbers then default to '=' alignment. */
    if (!fill_given && pos < end && kr_str_at(spec, pos) == '0') {
        f.fill = '0';
        if (!align_given && default_align == '>')
            f.align = '=';
        pos++;
    }
    if (read_integer(ts, spec, &pos, end, &f.width) < 0)
        return -1;
    if (parse_tail(ts, spec, obj, pos, &f) < 0)
        return -1;
    *out = f;
    return 0;
}
