/* The str type object: repr, comparison, hashing, length, concatenation,
 * containment and construction. The empty string is an immortal static
 * object. The method set (str_methods.c) and formatting (% and format())
 * arrive separately. */
#include <string.h>

#include "objects/objects.h"

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
    int c = kri_str_compare(a, b);
    bool r = op == KR_LT ? c < 0 : op == KR_LE ? c <= 0 : op == KR_GT ? c > 0 : c >= 0;
    return kr_bool(r);
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

/* Index of [needle] in [hay] at or after [start], or -1. */
static ssize_t str_find(KrObject *hay, KrObject *needle, ssize_t start)
{
    ssize_t n = kr_str_len(hay), m = kr_str_len(needle);
    for (ssize_t i = start; i + m <= n; i++) {
        ssize_t j = 0;
        while (j < m && kr_str_at(hay, i + j) == kr_str_at(needle, j))
            j++;
        if (j == m)
            return i;
    }
    return -1;
}

static int str_contains(KrThread *ts, KrObject *o, KrObject *item)
{
    if (!kr_str_check(item)) {
        kri_err_format(ts, &kr_exc_TypeError, "'in <string>' requires string as left operand, "
                       "not %s", kri_type_name(item->ob_type));
        return -1;
    }
    return str_find(o, item, 0) >= 0;
}

static KrObject *str_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "str() with keyword arguments is not implemented yet");
    if (nargs > 1)
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "str() decoding bytes is not implemented yet");
    KrObject *r = nargs == 0 ? kri_str_empty() : kri_object_str(ts, args[0]);
    if (!r || type == &kr_str_type)
        return r;
    kr_decref(r);
    return kri_err_format(ts, &kr_exc_NotImplementedError, "str subclasses are not "
                          "implemented yet");
}

KrType kr_str_type = {
    KR_TYPE_HEADER,
    .name = "str",
    .basicsize = sizeof(KrStr),
    .itemsize = 1,
    .flags = KR_TPF_BASETYPE | KR_TPF_STR_SUBCLASS | KR_TPF_IMMUTABLE,
    .doc = "str(object='') -> str",
    .dealloc = kri_str_dealloc,
    .new_ = str_new,
    .repr = str_repr_slot,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .getattro = kri_object_generic_getattr,
    .len = str_len,
    .contains = str_contains,
    .sq_concat = str_concat,
};
