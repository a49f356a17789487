/* Code objects: built once from the compiler's KrCodeUnit (constants
 * become objects, nested units become nested code objects) and immutable
 * afterwards, except for the instruction array the VM may later rewrite
 * for specialization. Also the readers of the two tables the assembler
 * writes in CPython 3.11's formats: the exception table (handlers for
 * zero-cost exceptions) and the location table (line and column of each
 * instruction). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/unit.h"
#include "objects/objects.h"

/* ---- from compiler units ---- */

static KrObject *const_to_object(KrThread *ts, const KrCodeConst *c);

/* An int constant from base-2**32 digits. */
static KrObject *const_int(KrThread *ts, const KrBigInt *v)
{
    KrObject *r;
    if (v->ndigits <= 2) {
        uint64_t m = v->ndigits == 0 ? 0 : v->digits[0];
        if (v->ndigits == 2)
            m |= (uint64_t)v->digits[1] << 32;
        if (v->negative && m <= (uint64_t)INT64_MAX)
            return kri_int_from_i64(ts, -(int64_t)m);
        r = kri_int_from_u64(ts, m);
    } else {
        char *hex = malloc(v->ndigits * 8 + 1);
        if (!hex)
            return kri_err_no_memory(ts);
        size_t n = (size_t)sprintf(hex, "%x", v->digits[v->ndigits - 1]);
        for (size_t i = v->ndigits - 1; i-- > 0;)
            n += (size_t)sprintf(hex + n, "%08x", v->digits[i]);
        r = kri_int_from_digits_str(ts, hex, n, 16);
        free(hex);
    }
    if (r && v->negative) {
        KrObject *neg = kri_number_negative(ts, r);
        kr_decref(r);
        r = neg;
    }
    return r;
}

/* Whether [s] is made of identifier characters only: CPython interns
 * such constants, so `is` between equal ones holds as it does there. */
static bool all_name_chars(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
            return false;
    }
    return true;
}

static KrObject *const_seq(KrThread *ts, const KrCodeConst *c)
{
    KrObject *t = kri_tuple_new(ts, (ssize_t)c->v.seq.len);
    if (!t)
        return NULL;
    for (size_t i = 0; i < c->v.seq.len; i++) {
        KrObject *item = const_to_object(ts, c->v.seq.items[i]);
        if (!item) {
            for (size_t j = i; j < c->v.seq.len; j++)
                KR_TUPLE_ITEMS(t)[j] = kr_incref(KR_NONE);
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

static KrObject *const_to_object(KrThread *ts, const KrCodeConst *c)
{
    switch (c->kind) {
    case KR_CC_NONE: return KR_NONE;
    case KR_CC_TRUE: return KR_TRUE;
    case KR_CC_FALSE: return KR_FALSE;
    case KR_CC_ELLIPSIS: return KR_ELLIPSIS;
    case KR_CC_INT: return const_int(ts, &c->v.integer);
    case KR_CC_FLOAT: return kri_float_from_double(ts, c->v.real);
    case KR_CC_COMPLEX: return kri_complex_from_doubles(ts, c->v.complex.real, c->v.complex.imag);
    case KR_CC_STR: {
        KrObject *s = kri_str_from_utf8(ts, c->v.str.data, (ssize_t)c->v.str.len);
        if (s && all_name_chars(c->v.str.data, c->v.str.len) && kri_str_intern(ts, &s) < 0)
            return NULL;
        return s;
    }
    case KR_CC_BYTES: return kri_bytes_new(ts, c->v.str.data, (ssize_t)c->v.str.len);
    case KR_CC_TUPLE: return const_seq(ts, c);
    case KR_CC_FROZENSET: {
        KrObject *t = const_seq(ts, c);
        KrObject *fs = t ? kri_frozenset_new(ts, t) : NULL;
        kr_xdecref(t);
        return fs;
    }
    case KR_CC_CODE: return KR_OBJ(kri_code_from_unit(ts, c->v.code));
    }
    return kri_err_bad_internal_call(ts, "const_to_object");
}

static KrObject *str_tuple(KrThread *ts, const char *const *names, size_t n)
{
    KrObject *t = kri_tuple_new(ts, (ssize_t)n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        KrObject *s = kri_str_from_cstr(ts, names[i]);
        if (s && kri_str_intern(ts, &s) < 0)
            s = NULL;
        if (!s) {
            for (size_t j = i; j < n; j++)
                KR_TUPLE_ITEMS(t)[j] = kr_incref(KR_NONE);
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = s;
    }
    return t;
}

static int fill_objects(KrThread *ts, KrCode *co, const KrCodeUnit *u)
{
    co->consts = kri_tuple_new(ts, (ssize_t)u->nconsts);
    if (!co->consts)
        return -1;
    for (size_t i = 0; i < u->nconsts; i++)
        KR_TUPLE_ITEMS(co->consts)[i] = kr_incref(KR_NONE);
    for (size_t i = 0; i < u->nconsts; i++) {
        KrObject *v = const_to_object(ts, u->consts[i]);
        if (!v)
            return -1;
        KR_SETREF(KR_TUPLE_ITEMS(co->consts)[i], v);
    }
    co->names = str_tuple(ts, u->names, u->nnames);
    co->localsplusnames = str_tuple(ts, u->localsplusnames, u->nlocalsplus);
    co->localspluskinds = kri_bytes_new(ts, (const char *)u->localspluskinds, (ssize_t)u->nlocalsplus);
    co->filename = kri_str_from_cstr(ts, u->filename);
    co->name = kri_str_intern_cstr(ts, u->name);
    co->qualname = kri_str_intern_cstr(ts, u->qualname);
    co->linetable = kri_bytes_new(ts, (const char *)u->linetable, (ssize_t)u->linetable_len);
    co->exceptiontable = kri_bytes_new(ts, (const char *)u->exceptiontable,
                                       (ssize_t)u->exceptiontable_len);
    if (!co->names || !co->localsplusnames || !co->localspluskinds || !co->filename ||
        !co->name || !co->qualname || !co->linetable || !co->exceptiontable)
        return -1;
    return 0;
}

KrCode *kri_code_from_unit(KrThread *ts, const KrCodeUnit *u)
{
    KrCode *co = (KrCode *)kri_object_alloc(ts, &kr_code_type,
                                            sizeof(KrCode) + u->ncode * sizeof(uint16_t));
    if (!co)
        return NULL;
    KR_SIZE(co) = (ssize_t)u->ncode;
    memcpy(co->code, u->code, u->ncode * sizeof(uint16_t));
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = u->stacksize;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    co->nlocalsplus = (int)u->nlocalsplus;
    co->nlocals = u->nlocals;
    for (size_t i = 0; i < u->nlocalsplus; i++) {
        if (u->localspluskinds[i] & KR_FAST_CELL)
            co->ncellvars++;
        if (u->localspluskinds[i] & KR_FAST_FREE)
            co->nfreevars++;
    }
    co->framesize = co->nlocalsplus + co->stacksize;
    if (fill_objects(ts, co, u) < 0) {
        kr_decref(KR_OBJ(co));
        return NULL;
    }
    return co;
}

static void code_dealloc(KrObject *o)
{
    KrCode *co = (KrCode *)o;
    kr_xdecref(co->consts);
    kr_xdecref(co->names);
    kr_xdecref(co->localsplusnames);
    kr_xdecref(co->localspluskinds);
    kr_xdecref(co->filename);
    kr_xdecref(co->name);
    kr_xdecref(co->qualname);
    kr_xdecref(co->linetable);
    kr_xdecref(co->exceptiontable);
    kr_xdecref(co->code_bytes);
    kri_object_free(o);
}

/* ---- the exception table ---- */

/* One big-endian varint item; [p] advances. */
static int except_item(const uint8_t **p)
{
    int v = **p & 0x3f;
    while (*(*p)++ & 0x40)
        v = (v << 6) | (**p & 0x3f);
    return v;
}

bool kri_code_find_handler(const KrCode *co, int offset, int *target, int *depth, bool *lasti)
{
    const uint8_t *p = (const uint8_t *)KR_BYTES_DATA(co->exceptiontable);
    const uint8_t *end = p + KR_SIZE(co->exceptiontable);
    while (p < end) {
        int start = except_item(&p);
        int length = except_item(&p);
        int tgt = except_item(&p);
        int dl = except_item(&p);
        if (offset < start)
            return false;
        if (offset < start + length) {
            *target = tgt;
            *depth = dl >> 1;
            *lasti = dl & 1;
            return true;
        }
    }
    return false;
}

/* ---- the location table ---- */

typedef struct LocReader {
    const uint8_t *p, *end;
    int line;      /* line the previous entry ended on */
    int offset;    /* code unit where the current entry starts */
} LocReader;

static unsigned loc_varint(LocReader *r)
{
    unsigned v = 0;
    int shift = 0;
    while (r->p < r->end) {
        unsigned b = *r->p++;
        v |= (b & 63) << shift;
        shift += 6;
        if (!(b & 64))
            break;
    }
    return v;
}

static int loc_svarint(LocReader *r)
{
    unsigned v = loc_varint(r);
    return v & 1 ? -(int)(v >> 1) : (int)(v >> 1);
}

/* Decodes the next entry into [pos]; returns its length in code units,
 * or 0 at the end of the table. */
static int loc_next(LocReader *r, KrCodePos *pos)
{
    if (r->p >= r->end)
        return 0;
    unsigned first = *r->p++;
    int code = (first >> 3) & 15, length = (int)(first & 7) + 1;
    *pos = (KrCodePos){-1, -1, -1, -1};
    if (code == 15)
        return length;
    if (code == 14) {
        r->line += loc_svarint(r);
        pos->line = r->line;
        pos->end_line = r->line + (int)loc_varint(r);
        pos->col = (int)loc_varint(r) - 1;
        pos->end_col = (int)loc_varint(r) - 1;
    } else if (code == 13) {
        r->line += loc_svarint(r);
        pos->line = pos->end_line = r->line;
    } else if (code >= 10) {
        r->line += code - 10;
        pos->line = pos->end_line = r->line;
        pos->col = r->p < r->end ? *r->p++ : -1;
        pos->end_col = r->p < r->end ? *r->p++ : -1;
    } else {
        unsigned b = r->p < r->end ? *r->p++ : 0;
        pos->line = pos->end_line = r->line;
        pos->col = code * 8 + (int)(b >> 4);
        pos->end_col = pos->col + (int)(b & 15);
    }
    return length;
}

void kri_code_position(const KrCode *co, int offset, KrCodePos *pos)
{
    LocReader r = {(const uint8_t *)KR_BYTES_DATA(co->linetable), NULL, co->firstlineno, 0};
    r.end = r.p + KR_SIZE(co->linetable);
    *pos = (KrCodePos){-1, -1, -1, -1};
    KrCodePos cur;
    int len;
    while ((len = loc_next(&r, &cur)) > 0) {
        if (offset < r.offset + len) {
            *pos = cur;
            return;
        }
        r.offset += len;
    }
}

int kri_code_line(const KrCode *co, int offset)
{
    KrCodePos pos;
    kri_code_position(co, offset, &pos);
    return pos.line;
}

/* ---- Python-level attributes ---- */

static KrObject *code_repr(KrThread *ts, KrObject *o)
{
    KrCode *co = (KrCode *)o;
    return kri_str_format(ts, "<code object %U at %p, file %R, line %d>", co->name, (void *)o,
                          co->filename, co->firstlineno);
}

/* The names of the locals-plus entries with any of [mask]'s kind bits
 * (co_varnames, co_cellvars, co_freevars). */
static KrObject *names_of_kind(KrThread *ts, KrCode *co, int mask)
{
    KrObject *list = kri_list_new(ts, 0);
    if (!list)
        return NULL;
    const uint8_t *kinds = kri_code_kinds(co);
    for (int i = 0; i < co->nlocalsplus; i++)
        if ((kinds[i] & mask) && kri_list_append(ts, list, KR_TUPLE_ITEMS(co->localsplusnames)[i]) < 0) {
            kr_decref(list);
            return NULL;
        }
    KrObject *t = kri_list_as_tuple(ts, list);
    kr_decref(list);
    return t;
}

static KrObject *code_varnames(KrThread *ts, KrObject *o, void *closure)
{
    return names_of_kind(ts, (KrCode *)o, KR_FAST_LOCAL);
}

static KrObject *code_cellvars(KrThread *ts, KrObject *o, void *closure)
{
    return names_of_kind(ts, (KrCode *)o, KR_FAST_CELL);
}

static KrObject *code_freevars(KrThread *ts, KrObject *o, void *closure)
{
    return names_of_kind(ts, (KrCode *)o, KR_FAST_FREE);
}

static KrObject *code_code(KrThread *ts, KrObject *o, void *closure)
{
    KrCode *co = (KrCode *)o;
    if (!co->code_bytes)
        co->code_bytes = kri_bytes_new(ts, (const char *)co->code,
                                       KR_SIZE(co) * (ssize_t)sizeof(uint16_t));
    return co->code_bytes ? kr_incref(co->code_bytes) : NULL;
}

static KrObject *code_nlocals(KrThread *ts, KrObject *o, void *closure)
{
    return kri_int_from_ssize(ts, ((KrCode *)o)->nlocals);
}

/* An int or None for a position value. */
static KrObject *pos_value(KrThread *ts, int v)
{
    return v < 0 ? KR_NONE : kri_int_from_ssize(ts, v);
}

static KrObject *code_positions(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrCode *co = (KrCode *)o;
    KrObject *list = kri_list_new(ts, 0);
    if (!list)
        return NULL;
    for (ssize_t i = 0; i < KR_SIZE(co); i++) {
        KrCodePos p;
        kri_code_position(co, (int)i, &p);
        KrObject *v[4] = {pos_value(ts, p.line), pos_value(ts, p.end_line),
                          pos_value(ts, p.col), pos_value(ts, p.end_col)};
        KrObject *t = v[0] && v[1] && v[2] && v[3] ? kri_tuple_from_array(ts, v, 4) : NULL;
        for (int k = 0; k < 4; k++)
            kr_xdecref(v[k]);
        if (!t || kri_list_append_steal(ts, list, t) < 0) {
            kr_decref(list);
            return NULL;
        }
    }
    KrObject *it = kri_object_iter(ts, list);
    kr_decref(list);
    return it;
}

/* Appends (start, end, line) to [list], offsets given in code units. */
static int append_line_range(KrThread *ts, KrObject *list, int start, int end, int line)
{
    KrObject *a = kri_int_from_ssize(ts, start * 2), *b = kri_int_from_ssize(ts, end * 2);
    KrObject *l = pos_value(ts, line);
    KrObject *item = a && b && l ? kri_tuple_pack(ts, 3, a, b, l) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(l);
    return item ? kri_list_append_steal(ts, list, item) : -1;
}

/* co_lines(): (start, end, line) in bytes, one range per location entry
 * as CPython 3.11 yields them (equal lines are not merged). */
static KrObject *code_lines(KrThread *ts, KrObject *o, KrObject *unused)
{
    KrCode *co = (KrCode *)o;
    LocReader r = {(const uint8_t *)KR_BYTES_DATA(co->linetable), NULL, co->firstlineno, 0};
    r.end = r.p + KR_SIZE(co->linetable);
    KrObject *list = kri_list_new(ts, 0);
    KrCodePos cur;
    int len;
    while (list && (len = loc_next(&r, &cur)) > 0) {
        if (append_line_range(ts, list, r.offset, r.offset + len, cur.line) < 0)
            KR_CLEAR(list);
        r.offset += len;
    }
    if (!list)
        return NULL;
    KrObject *it = kri_object_iter(ts, list);
    kr_decref(list);
    return it;
}

static const KrMethodDef code_methods[] = {
    {"co_positions", KR_METH(code_positions), KR_METH_NOARGS, NULL},
    {"co_lines", KR_METH(code_lines), KR_METH_NOARGS, NULL},
    {"replace", KR_METH(kri_code_replace), KR_METH_KEYWORDS,
     "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values "
     "for the specified fields."},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef code_members[] = {
    {"co_argcount", KR_MEMBER_INT, offsetof(KrCode, argcount), true, NULL},
    {"co_posonlyargcount", KR_MEMBER_INT, offsetof(KrCode, posonlyargcount), true, NULL},
    {"co_kwonlyargcount", KR_MEMBER_INT, offsetof(KrCode, kwonlyargcount), true, NULL},
    {"co_stacksize", KR_MEMBER_INT, offsetof(KrCode, stacksize), true, NULL},
    {"co_flags", KR_MEMBER_INT, offsetof(KrCode, flags), true, NULL},
    {"co_firstlineno", KR_MEMBER_INT, offsetof(KrCode, firstlineno), true, NULL},
    {"co_consts", KR_MEMBER_OBJECT, offsetof(KrCode, consts), true, NULL},
    {"co_names", KR_MEMBER_OBJECT, offsetof(KrCode, names), true, NULL},
    {"co_filename", KR_MEMBER_OBJECT, offsetof(KrCode, filename), true, NULL},
    {"co_name", KR_MEMBER_OBJECT, offsetof(KrCode, name), true, NULL},
    {"co_qualname", KR_MEMBER_OBJECT, offsetof(KrCode, qualname), true, NULL},
    {"co_linetable", KR_MEMBER_OBJECT, offsetof(KrCode, linetable), true, NULL},
    {"co_exceptiontable", KR_MEMBER_OBJECT, offsetof(KrCode, exceptiontable), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef code_getsets[] = {
    {"co_varnames", code_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_freevars, NULL, NULL, NULL},
    {"co_code", code_code, NULL, NULL, NULL},
    {"co_nlocals", code_nlocals, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_code_type = {
    KR_TYPE_HEADER,
    .name = "code",
    .basicsize = sizeof(KrCode),
    .itemsize = sizeof(uint16_t),
    .doc = "Create a code object.  Not for the faint of heart.",
    .dealloc = code_dealloc,
    .repr = code_repr,
    .richcompare = kri_code_richcompare,
    .hash = kri_code_hash,
    .getattro = kri_object_generic_getattr,
    .methods = code_methods,
    .members = code_members,
    .getsets = code_getsets,
};
