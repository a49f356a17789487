/* The str type object: repr, comparison, hashing, the sequence slots
 * (len, indexing and slicing, `in`, +, *), iteration, construction (str(),
 * str(obj), str(bytes, encoding, errors), subclasses) and the method table,
 * whose functions live in str_methods.c, str_case.c and format_str.c.
 * The empty string and the 128 one-character ASCII strings are immortal
 * static objects (s[i] and iteration hand them out without allocating).
 * A subclass instance keeps the compact layout: header, code points, then
 * the fields the subclass adds, at kri_str_subclass_tail(). */
#include <string.h>

#include "objects/codecs.h"
#include "objects/format.h"
#include "objects/str_methods.h"

static struct {
    KrStr base;
    char data[1];
} empty_str = {{.ob_base = KR_STATIC_HEADER(&kr_str_type), .length = 0, .hash = 0,
                .kind = 1, .ascii = 1, .interned = 0, .statically_allocated = 1},
               ""};

KrObject *kri_str_empty(void)
{
    return KR_OBJ(&empty_str.base);
}

typedef struct StaticChar {
    KrStr base;
    char data[2];
} StaticChar;

#define CHAR1(c)                                                                   \
    {{.ob_base = KR_STATIC_HEADER(&kr_str_type), .length = 1, .hash = -1, .kind = 1,  \
      .ascii = 1, .statically_allocated = 1}, {(char)(c), 0}}
#define CHAR4(c) CHAR1(c), CHAR1((c) + 1), CHAR1((c) + 2), CHAR1((c) + 3)
#define CHAR16(c) CHAR4(c), CHAR4((c) + 4), CHAR4((c) + 8), CHAR4((c) + 12)
#define CHAR64(c) CHAR16(c), CHAR16((c) + 16), CHAR16((c) + 32), CHAR16((c) + 48)
static StaticChar ascii_chars[128] = {CHAR64(0), CHAR64(64)};
#undef CHAR64
#undef CHAR16
#undef CHAR4
#undef CHAR1

/* The one-character str [c] (new reference). */
static KrObject *char_str(KrThread *ts, uint32_t c)
{
    if (c < 128)
        return KR_OBJ(&ascii_chars[c].base);
    return kri_str_from_char(ts, c);
}

KrObject *kri_str_repr(KrThread *ts, KrObject *s)
{
    ssize_t n = kr_str_len(s);
    bool has_single = false, has_double = false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(s, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_strw_putc(ts, &w, quote) < 0)
        goto fail;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(s, i);
        int r;
        if (c == quote || c == '\\')
            r = kri_strw_putc(ts, &w, '\\') < 0 ? -1 : kri_strw_putc(ts, &w, c);
        else if (c == '\n' || c == '\r' || c == '\t')
            r = kri_strw_ascii(ts, &w, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t", 2);
        else if (c < 0x20 || c == 0x7f || (c >= 0x80 && !kri_unicode_is_printable(c)))
            r = kri_strw_escape(ts, &w, c);
        else
            r = kri_strw_putc(ts, &w, c);
        if (r < 0)
            goto fail;
    }
    if (kri_strw_putc(ts, &w, quote) < 0)
        goto fail;
    return kri_strw_finish(ts, &w);
fail:
    kri_strw_discard(&w);
    return NULL;
}

static KrObject *str_repr_slot(KrThread *ts, KrObject *o)
{
    return kri_str_repr(ts, o);
}

static KrObject *str_str(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_str_type))
        return KR_NEWREF(o);
    return kri_str_from_kind(ts, KR_STR(o)->kind, kr_str_data(o), kr_str_len(o));
}

static int64_t str_hash(KrThread *ts, KrObject *o)
{
    return kri_str_hash(ts, o);
}

static KrObject *str_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_str_check(a) || !kr_str_check(b))
        return KR_NOTIMPLEMENTED;
    if (op == KR_EQ || op == KR_NE)
        return kr_bool(kri_str_eq(a, b) == (op == KR_EQ));
    return kr_bool(kr_compare_holds(kri_str_compare(a, b), op));
}

static ssize_t str_len(KrThread *ts, KrObject *o)
{
    return kr_str_len(o);
}

static KrObject *str_concat(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_str_check(b))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "can only concatenate str (not \"%s\") to str",
                              kri_type_name(b->ob_type));
    return kri_str_concat(ts, a, b);
}


static int str_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    if (!kr_str_check(item)) {
        kri_err_format(ts, &kr_exc_TypeError, "'in <string>' requires string as left operand, "
                       "not %s", kri_type_name(item->ob_type));
        return -1;
    }
    ssize_t i = kri_str_search_find(ts, o, item, 0, kr_str_len(o), false);
    return i == -2 ? -1 : i >= 0;
}

/* Argument clinic names None "None" (not "NoneType") in its type errors. */
static const char *arg_type_name(const KrObject *o)
{
    return o == KR_NONE ? "None" : kri_type_name(o->ob_type);
}

/* ---- indexing and slicing ---- */

static KrObject *str_slice(KrThread *ts, KrObject *s, KrObject *slice)
{
    ssize_t start, stop, step, count;
    if (kri_slice_indices(ts, slice, kr_str_len(s), &start, &stop, &step, &count) < 0)
        return NULL;
    if (step == 1)
        return kri_str_substr(ts, s, start, start + count);
    if (count == 1)
        return char_str(ts, kr_str_at(s, start));
    KrStrWriter w;
    kri_strw_init(&w);
    for (ssize_t i = 0, at = start; i < count; i++, at += step) {
        if (kri_strw_putc(ts, &w, kr_str_at(s, at)) < 0) {
            kri_strw_discard(&w);
            return NULL;
        }
    }
    return kri_strw_finish(ts, &w);
}

static KrObject *str_getitem(KrThread *ts, KrObject *s, KrObject *key)
{
    if (kri_number_has_index(key)) {
        ssize_t i = kri_number_as_ssize(ts, key, &kr_exc_IndexError);
        if (i == -1 && kri_err_occurred(ts))
            return NULL;
        ssize_t n = kr_str_len(s);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return kri_err_format(ts, &kr_exc_IndexError, "string index out of range");
        return char_str(ts, kr_str_at(s, i));
    }
    if (kr_is_type(key, &kr_slice_type))
        return str_slice(ts, s, key);
    return kri_err_format(ts, &kr_exc_TypeError, "string indices must be integers, not '%s'",
                          kri_type_name(key->ob_type));
}

static KrObject *str_repeat(KrThread *ts, KrObject *s, ssize_t count)
{
    ssize_t n = kr_str_len(s);
    if (count < 0)
        count = 0;
    if (count == 1)
        return kri_str_substr(ts, s, 0, n);
    if (n == 0 || count == 0)
        return kri_str_empty();
    if (n > PTRDIFF_MAX / count)
        return kri_err_format(ts, &kr_exc_OverflowError, "repeated string is too long");
    const KrStr *src = KR_STR(s);
    uint32_t maxchar = src->ascii ? 0x7f : src->kind == 1 ? 0xff
                                       : src->kind == 2 ? 0xffff : 0x10ffff;
    KrObject *r = kri_str_new(ts, n * count, maxchar);
    if (!r)
        return NULL;
    /* copy once, then keep doubling what is already there */
    size_t unit = (size_t)n * src->kind, total = unit * (size_t)count, done = unit;
    char *dst = kr_str_data(r);
    memcpy(dst, kr_str_data(s), unit);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
    return r;
}

/* ---- iteration ---- */

typedef struct KrStrIter {
    KrObject ob_base;
    KrObject *str; /* owned; NULL once exhausted */
    ssize_t index;
} KrStrIter;

static KrObject *str_iter(KrThread *ts, KrObject *s)
{
    KrType *t = KR_STR(s)->ascii ? &kr_str_ascii_iter_type : &kr_str_iter_type;
    KrStrIter *it = (KrStrIter *)kri_object_alloc(ts, t, sizeof(KrStrIter));
    if (!it)
        return NULL;
    it->str = kr_incref(s);
    return KR_OBJ(it);
}

static void str_iter_dealloc(KrObject *o)
{
    KR_CLEAR(((KrStrIter *)o)->str);
    kri_object_free(o);
}

static KrObject *str_iter_next(KrThread *ts, KrObject *o)
{
    KrStrIter *it = (KrStrIter *)o;
    if (!it->str)
        return NULL;
    if (it->index < kr_str_len(it->str))
        return char_str(ts, kr_str_at(it->str, it->index++));
    KR_CLEAR(it->str);
    return NULL;
}

static KrObject *str_iter_self(KrThread *ts, KrObject *o)
{
    return KR_NEWREF(o);
}

static KrObject *str_iter_length_hint(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrStrIter *it = (KrStrIter *)o;
    return kri_int_from_ssize(ts, it->str ? kr_str_len(it->str) - it->index : 0);
}

static int str_iter_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrObject *s = ((KrStrIter *)o)->str;
    return s ? visit(s, arg) : 0;
}

static const KrMethodDef str_iter_methods[] = {
    {"__length_hint__", KR_METH(str_iter_length_hint), KR_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define STR_ITER_TYPE(cname, pyname)                                               \
    KrType cname = {                                                               \
        KR_TYPE_HEADER,                                                            \
        .name = pyname,                                                            \
        .basicsize = sizeof(KrStrIter),                                            \
        .flags = KR_TPF_IMMUTABLE | KR_TPF_NO_INSTANCES | KR_TPF_GC,               \
        .dealloc = str_iter_dealloc,                                               \
        .traverse = str_iter_traverse,                                             \
        .getattro = kri_object_generic_getattr,                                    \
        .iter = str_iter_self,                                                     \
        .iternext = str_iter_next,                                                 \
        .methods = str_iter_methods,                                               \
    };
STR_ITER_TYPE(kr_str_iter_type, "str_iterator")
STR_ITER_TYPE(kr_str_ascii_iter_type, "str_ascii_iterator")
#undef STR_ITER_TYPE

/* ---- construction ---- */

static size_t align8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

/* Bytes from the start of [o] (a str or subclass instance) to the end of
 * its code points and NUL, rounded up to 8. */
static size_t str_storage_end(const KrObject *o)
{
    const KrStr *s = KR_STR(o);
    size_t head = s->ascii ? sizeof(KrStr) : sizeof(KrStrWide);
    return align8(head + ((size_t)s->length + 1) * s->kind);
}

void *kri_str_subclass_tail(KrObject *o)
{
    return (char *)o + str_storage_end(o);
}

/* An instance of str subclass [type] equal to the exact str [value]. */
static KrObject *str_subtype_new(KrThread *ts, KrType *type, KrObject *value)
{
    const KrStr *v = KR_STR(value);
    size_t extra = (size_t)type->basicsize - sizeof(KrStr);
    KrObject *o = kri_object_alloc(ts, type, str_storage_end(value) + extra);
    if (!o)
        return NULL;
    KrStr *s = KR_STR(o);
    s->length = v->length;
    s->hash = -1;
    s->kind = v->kind;
    s->ascii = v->ascii;
    memcpy(kr_str_data(o), kr_str_data(value), ((size_t)v->length + 1) * v->kind);
    return o;
}

/* An optional str argument of str() as UTF-8 (borrowed), or NULL. */
static int codec_arg(KrThread *ts, const char *what, KrObject *o, const char **out)
{
    *out = NULL;
    if (!o)
        return 0;
    if (!kr_str_check(o)) {
        kri_err_format(ts, &kr_exc_TypeError, "str() argument '%s' must be str, not %s", what,
                       arg_type_name(o));
        return -1;
    }
    ssize_t len;
    *out = kri_str_utf8(ts, o, &len);
    if (*out && (ssize_t)strlen(*out) != len) {
        kri_err_set(ts, &kr_exc_ValueError, "embedded null character");
        return -1;
    }
    return *out ? 0 : -1;
}

/* str(obj, encoding, errors). */
static KrObject *str_decode_object(KrThread *ts, KrObject *obj, KrObject *encoding,
                                   KrObject *errors)
{
    const char *enc, *err;
    if (codec_arg(ts, "encoding", encoding, &enc) < 0 || codec_arg(ts, "errors", errors, &err) < 0)
        return NULL;
    if (kr_str_check(obj))
        return kri_err_format(ts, &kr_exc_TypeError, "decoding str is not supported");
    if (!kr_bytes_check(obj) && !obj->ob_type->getbuffer)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "decoding to str: need a bytes-like object, %s found",
                              kri_type_name(obj->ob_type));
    KrBuffer view;
    if (kri_bytes_like(ts, obj, &view) < 0)
        return NULL;
    KrObject *r = kri_codec_decode(ts, view.buf, view.len, enc, err);
    kri_bytes_release(&view);
    return r;
}

static KrObject *str_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    KrObject *a[3];
    if (kri_str_methods_bind(ts, "str", args, nargsf, kwnames, names, 3, a) < 0)
        return NULL;
    KrObject *value;
    if (!a[0])
        value = kri_str_empty();
    else if (a[1] || a[2])
        value = str_decode_object(ts, a[0], a[1], a[2]);
    else
        value = kri_object_str(ts, a[0]);
    if (!value || type == &kr_str_type)
        return value;
    KrObject *r = str_subtype_new(ts, type, value);
    kr_decref(value);
    return r;
}

/* ---- small methods ---- */

static KrObject *str_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    const KrStr *s = KR_STR(self);
    size_t size = (s->ascii ? sizeof(KrStr) : sizeof(KrStrWide)) + ((size_t)s->length + 1) * s->kind;
    if (!s->ascii && ((const KrStrWide *)s)->utf8)
        size += (size_t)((const KrStrWide *)s)->utf8_length + 1;
    if (!kr_is_type(self, &kr_str_type))
        size += (size_t)self->ob_type->basicsize - sizeof(KrStr);
    return kri_int_from_ssize(ts, (ssize_t)size);
}

static KrObject *str_getnewargs(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *copy = kri_str_substr(ts, self, 0, kr_str_len(self));
    if (!copy)
        return NULL;
    KrObject *r = kri_tuple_pack(ts, 1, copy);
    kr_decref(copy);
    return r;
}

/* ---- the type ---- */

#define KW(name, fn, doc) {name, KR_METH(fn), KR_METH_KEYWORDS, doc}
#define NOARGS(name, fn, doc) {name, KR_METH(fn), KR_METH_NOARGS, doc}
#define ONE(name, fn, doc) {name, KR_METH(fn), KR_METH_O, doc}

static const KrMethodDef str_methods[] = {
    KW("encode", kri_str_case_encode,
       "encode($self, /, encoding='utf-8', errors='strict')\n--\n\n"
       "Encode the string using the codec registered for encoding."),
    KW("replace", kri_str_methods_replace,
       "replace($self, old, new, count=-1, /)\n--\n\n"
       "Return a copy with all occurrences of substring old replaced by new."),
    KW("split", kri_str_methods_split,
       "split($self, /, sep=None, maxsplit=-1)\n--\n\n"
       "Return a list of the substrings in the string, using sep as the separator string."),
    KW("rsplit", kri_str_methods_rsplit,
       "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"
       "Return a list of the substrings in the string, using sep as the separator string."),
    ONE("join", kri_str_methods_join,
        "join($self, iterable, /)\n--\n\nConcatenate any number of strings."),
    NOARGS("capitalize", kri_str_case_capitalize,
           "capitalize($self, /)\n--\n\nReturn a capitalized version of the string."),
    NOARGS("casefold", kri_str_case_casefold,
           "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless "
           "comparisons."),
    NOARGS("title", kri_str_case_title,
           "title($self, /)\n--\n\nReturn a version of the string where each word is "
           "titlecased."),
    KW("center", kri_str_case_center,
       "center($self, width, fillchar=' ', /)\n--\n\n"
       "Return a centered string of length width."),
    KW("count", kri_str_methods_count,
       "S.count(sub[, start[, end]]) -> int\n\n"
       "Return the number of non-overlapping occurrences of substring sub in string "
       "S[start:end]."),
    KW("expandtabs", kri_str_case_expandtabs,
       "expandtabs($self, /, tabsize=8)\n--\n\n"
       "Return a copy where all tab characters are expanded using spaces."),
    KW("find", kri_str_methods_find,
       "S.find(sub[, start[, end]]) -> int\n\n"
       "Return the lowest index in S where substring sub is found. Return -1 on failure."),
    ONE("partition", kri_str_methods_partition,
        "partition($self, sep, /)\n--\n\nPartition the string into three parts using the "
        "given separator."),
    KW("index", kri_str_methods_index,
       "S.index(sub[, start[, end]]) -> int\n\n"
       "Return the lowest index in S where substring sub is found. Raises ValueError when "
       "the substring is not found."),
    KW("ljust", kri_str_case_ljust,
       "ljust($self, width, fillchar=' ', /)\n--\n\n"
       "Return a left-justified string of length width."),
    NOARGS("lower", kri_str_case_lower,
           "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase."),
    KW("lstrip", kri_str_methods_lstrip,
       "lstrip($self, chars=None, /)\n--\n\n"
       "Return a copy of the string with leading whitespace removed."),
    KW("rfind", kri_str_methods_rfind,
       "S.rfind(sub[, start[, end]]) -> int\n\n"
       "Return the highest index in S where substring sub is found. Return -1 on failure."),
    KW("rindex", kri_str_methods_rindex,
       "S.rindex(sub[, start[, end]]) -> int\n\n"
       "Return the highest index in S where substring sub is found. Raises ValueError "
       "when the substring is not found."),
    KW("rjust", kri_str_case_rjust,
       "rjust($self, width, fillchar=' ', /)\n--\n\n"
       "Return a right-justified string of length width."),
    KW("rstrip", kri_str_methods_rstrip,
       "rstrip($self, chars=None, /)\n--\n\n"
       "Return a copy of the string with trailing whitespace removed."),
    ONE("rpartition", kri_str_methods_rpartition,
        "rpartition($self, sep, /)\n--\n\nPartition the string into three parts using the "
        "given separator, searching from the end."),
    KW("splitlines", kri_str_methods_splitlines,
       "splitlines($self, /, keepends=False)\n--\n\n"
       "Return a list of the lines in the string, breaking at line boundaries."),
    KW("strip", kri_str_methods_strip,
       "strip($self, chars=None, /)\n--\n\n"
       "Return a copy of the string with leading and trailing whitespace removed."),
    NOARGS("swapcase", kri_str_case_swapcase,
           "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and "
           "lowercase characters to uppercase."),
    ONE("translate", kri_str_case_translate,
        "translate($self, table, /)\n--\n\n"
        "Replace each character in the string using the given translation table."),
    NOARGS("upper", kri_str_case_upper,
           "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase."),
    KW("startswith", kri_str_methods_startswith,
       "S.startswith(prefix[, start[, end]]) -> bool\n\n"
       "Return True if S starts with the specified prefix, False otherwise."),
    KW("endswith", kri_str_methods_endswith,
       "S.endswith(suffix[, start[, end]]) -> bool\n\n"
       "Return True if S ends with the specified suffix, False otherwise."),
    ONE("removeprefix", kri_str_methods_removeprefix,
        "removeprefix($self, prefix, /)\n--\n\n"
        "Return a str with the given prefix string removed if present."),
    ONE("removesuffix", kri_str_methods_removesuffix,
        "removesuffix($self, suffix, /)\n--\n\n"
        "Return a str with the given suffix string removed if present."),
    NOARGS("isascii", kri_str_case_isascii,
           "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, "
           "False otherwise."),
    NOARGS("islower", kri_str_case_islower,
           "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False "
           "otherwise."),
    NOARGS("isupper", kri_str_case_isupper,
           "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False "
           "otherwise."),
    NOARGS("istitle", kri_str_case_istitle,
           "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False "
           "otherwise."),
    NOARGS("isspace", kri_str_case_isspace,
           "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False "
           "otherwise."),
    NOARGS("isdecimal", kri_str_case_isdecimal,
           "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False "
           "otherwise."),
    NOARGS("isdigit", kri_str_case_isdigit,
           "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False "
           "otherwise."),
    NOARGS("isnumeric", kri_str_case_isnumeric,
           "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False "
           "otherwise."),
    NOARGS("isalpha", kri_str_case_isalpha,
           "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False "
           "otherwise."),
    NOARGS("isalnum", kri_str_case_isalnum,
           "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, "
           "False otherwise."),
    NOARGS("isidentifier", kri_str_case_isidentifier,
           "isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python "
           "identifier, False otherwise."),
    NOARGS("isprintable", kri_str_case_isprintable,
           "isprintable($self, /)\n--\n\nReturn True if the string is printable, False "
           "otherwise."),
    ONE("zfill", kri_str_case_zfill,
        "zfill($self, width, /)\n--\n\n"
        "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    KW("format", kri_format_str_method,
       "S.format(*args, **kwargs) -> str\n\n"
       "Return a formatted version of S, using substitutions from args and kwargs."),
    ONE("format_map", kri_format_str_map,
        "S.format_map(mapping) -> str\n\n"
        "Return a formatted version of S, using substitutions from mapping."),
    ONE("__format__", kri_format_str,
        "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as "
        "described by format_spec."),
    {"maketrans", KR_METH(kri_str_case_maketrans), KR_METH_KEYWORDS | KR_METH_STATIC,
     "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\n"
     "Return a translation table usable for str.translate()."},
    NOARGS("__sizeof__", str_sizeof,
           "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes."),
    NOARGS("__getnewargs__", str_getnewargs, NULL),
    {NULL, NULL, 0, NULL},
};

#undef KW
#undef NOARGS
#undef ONE

KrType kr_str_type = {
    KR_TYPE_HEADER,
    .name = "str",
    .basicsize = sizeof(KrStr),
    .itemsize = 1,
    .flags = KR_TPF_BASETYPE | KR_TPF_STR_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .dealloc = kri_str_dealloc,
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .getattro = kri_object_generic_getattr,
    .nb = {[KR_NB_REMAINDER] = kri_str_percent},
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .sq_concat = str_concat,
    .sq_repeat = str_repeat,
    .sq_like = true,
    .methods = str_methods,
};
