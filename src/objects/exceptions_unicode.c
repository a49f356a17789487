/* UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the
 * fields encoding, object, start, end, reason read from the constructor
 * arguments (CPython's "UUnnU", "UOnnU" with a bytes-like object copied to
 * bytes, and "UnnU"), and the str forms "'utf-8' codec can't decode byte
 * 0xff in position 0: invalid start byte".
 * Invariant: object is NULL until __init__ succeeded; str() of such an
 * instance is empty. start and end are plain ssize_t, as CPython's
 * T_PYSSIZET members, and may hold any value a user stores. */
#include "objects/objects.h"

typedef enum { UE_ENCODE, UE_DECODE, UE_TRANSLATE } UnicodeKind;

/* Argument number [argno] (counted from 1, as CPython words it) must be a
 * str. */
static int need_str(KrThread *ts, KrObject *value, int argno)
{
    if (kr_str_check(value))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "argument %d must be str, not %s", argno,
                   value == KR_NONE ? "None" : kri_type_name(value->ob_type));
    return -1;
}

/* An 'n' argument: any object with __index__ that fits a ssize_t. */
static int ssize_arg(KrThread *ts, KrObject *value, ssize_t *out)
{
    KrObject *i = kri_number_index(ts, value);
    if (!i)
        return -1;
    *out = kri_int_as_ssize(ts, i);
    kr_decref(i);
    return *out == -1 && kri_err_occurred(ts) ? -1 : 0;
}

/* An exact bytes copy of bytes-like [o]. */
static KrObject *as_bytes(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_bytes_type))
        return kr_incref(o);
    KrBuffer view;
    if (kri_bytes_like(ts, o, &view) < 0)
        return NULL;
    KrObject *b = kri_bytes_new(ts, view.buf, view.len);
    kri_bytes_release(&view);
    return b;
}

static int unicode_error_fill(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames, UnicodeKind kind)
{
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0 ||
        kri_exceptions_set_args(ts, self, args, nargsf) < 0)
        return -1;
    ssize_t n = KR_NARGS(nargsf), want = kind == UE_TRANSLATE ? 4 : 5;
    if (n != want) {
        kri_err_format(ts, &kr_exc_TypeError, "function takes exactly %zd arguments (%zd given)",
                       want, n);
        return -1;
    }
    /* translate has no encoding: [skip] shifts the other arguments */
    int skip = kind == UE_TRANSLATE ? 1 : 0;
    KrObject *obj = args[1 - skip], *reason = args[4 - skip];
    if (kind != UE_TRANSLATE && need_str(ts, args[0], 1) < 0)
        return -1;
    if (kind != UE_DECODE && need_str(ts, obj, 2 - skip) < 0)
        return -1;
    ssize_t start, end;
    if (ssize_arg(ts, args[2 - skip], &start) < 0 || ssize_arg(ts, args[3 - skip], &end) < 0)
        return -1;
    if (need_str(ts, reason, 5 - skip) < 0)
        return -1;
    KrObject *object = kind == UE_DECODE ? as_bytes(ts, obj) : kr_incref(obj);
    if (!object)
        return -1;
    KrUnicodeErrorObj *e = (KrUnicodeErrorObj *)self;
    KR_SETREF(e->encoding, kind == UE_TRANSLATE ? NULL : kr_incref(args[0]));
    KR_SETREF(e->object, object);
    KR_SETREF(e->reason, kr_incref(reason));
    e->start = start;
    e->end = end;
    return 0;
}

static int encode_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    return unicode_error_fill(ts, self, args, nargsf, kwnames, UE_ENCODE);
}

static int decode_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    return unicode_error_fill(ts, self, args, nargsf, kwnames, UE_DECODE);
}

static int translate_error_init(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    return unicode_error_fill(ts, self, args, nargsf, kwnames, UE_TRANSLATE);
}

/* "character '\xe9'" (or \u / \U forms) for one bad code point [c]. */
static void char_text(char *buf, size_t size, uint32_t c)
{
    if (c <= 0xff)
        snprintf(buf, size, "character '\\x%02x'", (unsigned)c);
    else if (c <= 0xffff)
        snprintf(buf, size, "character '\\u%04x'", (unsigned)c);
    else
        snprintf(buf, size, "character '\\U%08x'", (unsigned)c);
}

/* The bad part: one character or byte when end == start + 1 and start
 * lies inside the object, else the position range. */
static void bad_part(KrUnicodeErrorObj *e, UnicodeKind kind, char *what, size_t size,
                     char *where, size_t wsize)
{
    ssize_t len = -1;
    if (kind == UE_DECODE && kr_bytes_check(e->object))
        len = KR_SIZE(e->object);
    else if (kind != UE_DECODE && kr_str_check(e->object))
        len = kr_str_len(e->object);
    if (e->start >= 0 && e->start < len && e->end == e->start + 1) {
        if (kind == UE_DECODE)
            snprintf(what, size, "byte 0x%02x", (unsigned char)KR_BYTES_DATA(e->object)[e->start]);
        else
            char_text(what, size, kr_str_at(e->object, e->start));
        snprintf(where, wsize, "position %zd", e->start);
    } else {
        snprintf(what, size, kind == UE_DECODE ? "bytes" : "characters");
        snprintf(where, wsize, "position %zd-%zd", e->start, e->end - 1);
    }
}

static KrObject *unicode_error_str(KrThread *ts, KrObject *o, UnicodeKind kind)
{
    KrUnicodeErrorObj *e = (KrUnicodeErrorObj *)o;
    if (!e->object)
        return kri_str_empty();
    char what[48], where[64];
    bad_part(e, kind, what, sizeof what, where, sizeof where);
    KrObject *reason = kri_object_str(ts, e->reason ? e->reason : KR_NONE);
    if (!reason)
        return NULL;
    KrObject *r;
    if (kind == UE_TRANSLATE) {
        r = kri_str_format(ts, "can't translate %s in %s: %U", what, where, reason);
    } else {
        KrObject *enc = kri_object_str(ts, e->encoding ? e->encoding : KR_NONE);
        r = enc ? kri_str_format(ts, "'%U' codec can't %s %s in %s: %U",
                                 enc, kind == UE_DECODE ? "decode" : "encode", what, where,
                                 reason)
                : NULL;
        kr_xdecref(enc);
    }
    kr_decref(reason);
    return r;
}

static KrObject *encode_error_str(KrThread *ts, KrObject *o)
{
    return unicode_error_str(ts, o, UE_ENCODE);
}

static KrObject *decode_error_str(KrThread *ts, KrObject *o)
{
    return unicode_error_str(ts, o, UE_DECODE);
}

static KrObject *translate_error_str(KrThread *ts, KrObject *o)
{
    return unicode_error_str(ts, o, UE_TRANSLATE);
}

/* start and end: C integers, set only from int (CPython's T_PYSSIZET). */
static KrObject *get_pos(KrThread *ts, KrObject *o, void *closure)
{
    KrUnicodeErrorObj *e = (KrUnicodeErrorObj *)o;
    return kri_int_from_ssize(ts, closure ? e->end : e->start);
}

static int set_pos(KrThread *ts, KrObject *o, KrObject *value, void *closure)
{
    if (!value) {
        kri_err_set(ts, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!kr_int_check(value)) {
        kri_err_set(ts, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    ssize_t v = kri_int_as_ssize(ts, value);
    if (v == -1 && kri_err_occurred(ts))
        return -1;
    KrUnicodeErrorObj *e = (KrUnicodeErrorObj *)o;
    *(closure ? &e->end : &e->start) = v;
    return 0;
}

static const KrMemberDef unicode_error_members[] = {
    {"encoding", KR_MEMBER_OBJECT, offsetof(KrUnicodeErrorObj, encoding), false,
     "exception encoding"},
    {"object", KR_MEMBER_OBJECT, offsetof(KrUnicodeErrorObj, object), false, "exception object"},
    {"reason", KR_MEMBER_OBJECT, offsetof(KrUnicodeErrorObj, reason), false, "exception reason"},
    {NULL, 0, 0, false, NULL},
};

/* The closure tells end (non-NULL) from start. */
static const KrGetSetDef unicode_error_getsets[] = {
    {"start", get_pos, set_pos, "exception start", NULL},
    {"end", get_pos, set_pos, "exception end", (void *)(uintptr_t)"end"},
    {NULL, NULL, NULL, NULL, NULL},
};

void kri_exceptions_unicode_setup(void)
{
    KrType *const kinds[] = {&kr_exc_UnicodeEncodeError, &kr_exc_UnicodeDecodeError,
                             &kr_exc_UnicodeTranslateError};
    for (size_t i = 0; i < KR_ARRAY_LEN(kinds); i++) {
        kinds[i]->members = unicode_error_members;
        kinds[i]->getsets = unicode_error_getsets;
    }
    kr_exc_UnicodeEncodeError.init = encode_error_init;
    kr_exc_UnicodeEncodeError.str = encode_error_str;
    kr_exc_UnicodeDecodeError.init = decode_error_init;
    kr_exc_UnicodeDecodeError.str = decode_error_str;
    kr_exc_UnicodeTranslateError.init = translate_error_init;
    kr_exc_UnicodeTranslateError.str = translate_error_str;
}
