/* code.replace(**changes), and code equality and hashing.
 *
 * Krait runs every code object it is given without re-checking it, so
 * replace() accepts only changes that cannot make the VM read out of
 * bounds: names and constants keep their count (and a constant that is a
 * code object or a tuple keeps its type), argument counts stay within the
 * locals, the exception table is decoded and checked against the
 * instructions, and co_code itself may only be replaced by the same
 * bytes (a bytecode verifier would be needed for anything else:
 * NotImplementedError says so). Everything else CPython allows works. */
#include <string.h>

#include "compiler/unit.h"
#include "objects/objects.h"

enum { F_ARGC, F_POSONLY, F_KWONLY, F_NLOCALS, F_STACK, F_FLAGS, F_FIRSTLINE, F_CODE,
       F_CONSTS, F_NAMES, F_VARNAMES, F_FREEVARS, F_CELLVARS, F_FILENAME, F_NAME,
       F_QUALNAME, F_LINETABLE, F_EXCTABLE, F_COUNT };

static const char *const field_names[F_COUNT] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
    "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
    "co_exceptiontable"};

/* The type each keyword must have ('i' int, 'b' bytes, 't' tuple, 's' str). */
static const char field_kinds[F_COUNT + 1] = "iiiiiiibtttttsssbb";

static int check_kind(KrThread *ts, int f, KrObject *v)
{
    static const char *const type_words[] = {"int", "bytes", "tuple", "str"};
    char k = field_kinds[f];
    bool ok = k == 'i' ? kr_int_check(v) : k == 'b' ? kr_bytes_check(v)
            : k == 't' ? kr_tuple_check(v) : kr_str_check(v);
    if (ok)
        return 0;
    int w = k == 'i' ? 0 : k == 'b' ? 1 : k == 't' ? 2 : 3;
    kri_err_format(ts, &kr_exc_TypeError, "replace() argument '%s' must be %s, not %s",
                   field_names[f], type_words[w], kri_type_name(v->ob_type));
    return -1;
}

/* A copy of [co] owning its own references. */
static KrCode *code_copy(KrThread *ts, KrCode *co)
{
    size_t size = sizeof(KrCode) + (size_t)KR_SIZE(co) * sizeof(uint16_t);
    KrCode *c = (KrCode *)kri_object_alloc(ts, &kr_code_type, size);
    if (!c)
        return NULL;
    KrObject head = c->ob_base.ob_base;
    memcpy(c, co, size);
    c->ob_base.ob_base = head;
    KrObject **refs[] = {&c->consts, &c->names, &c->localsplusnames, &c->localspluskinds,
                         &c->filename, &c->name, &c->qualname, &c->linetable,
                         &c->exceptiontable};
    for (size_t i = 0; i < KR_ARRAY_LEN(refs); i++)
        kr_xincref(*refs[i]);
    c->weaklist = NULL;
    c->code_bytes = NULL;
    return c;
}

static int bad_value(KrThread *ts, const char *what)
{
    kri_err_format(ts, &kr_exc_ValueError, "code.replace(): %s", what);
    return -1;
}

static bool all_str(KrObject *t)
{
    for (ssize_t i = 0; i < KR_SIZE(t); i++)
        if (!kr_str_check(KR_TUPLE_ITEMS(t)[i]))
            return false;
    return true;
}

/* New constants: same count; code objects and tuples (MAKE_FUNCTION and
 * KW_NAMES read them without checks) keep their type, str tuples stay so. */
static int set_consts(KrThread *ts, KrCode *c, KrObject *v)
{
    if (KR_SIZE(v) != KR_SIZE(c->consts))
        return bad_value(ts, "co_consts must keep its length");
    for (ssize_t i = 0; i < KR_SIZE(v); i++) {
        KrObject *old = KR_TUPLE_ITEMS(c->consts)[i], *new = KR_TUPLE_ITEMS(v)[i];
        if ((kr_code_check(old) || kr_tuple_check(old)) && old->ob_type != new->ob_type)
            return bad_value(ts, "a code or tuple constant must be replaced by its own type");
        if (kr_tuple_check(old) && all_str(old) && !all_str(new))
            return bad_value(ts, "a tuple of names must stay a tuple of str");
    }
    KR_SETREF(c->consts, kr_incref(v));
    return 0;
}

/* New local names of the kinds in [mask]: same count, all str. */
static int set_local_names(KrThread *ts, KrCode *c, KrObject *v, int mask, const char *what)
{
    const uint8_t *kinds = kri_code_kinds(c);
    ssize_t want = 0;
    for (int i = 0; i < c->nlocalsplus; i++)
        want += (kinds[i] & mask) != 0;
    if (KR_SIZE(v) != want || !all_str(v))
        return bad_value(ts, what);
    KrObject *names = kri_tuple_from_array(ts, KR_TUPLE_ITEMS(c->localsplusnames),
                                           c->nlocalsplus);
    if (!names)
        return -1;
    for (int i = 0, j = 0; i < c->nlocalsplus; i++)
        if (kinds[i] & mask)
            KR_SETREF(KR_TUPLE_ITEMS(names)[i], kr_incref(KR_TUPLE_ITEMS(v)[j++]));
    KR_SETREF(c->localsplusnames, names);
    return 0;
}

/* Every exception-table entry decodes within the table and points at an
 * instruction, with a stack depth the frame has room for. */
static bool exception_table_ok(KrObject *table, int ncode, int stacksize)
{
    const uint8_t *p = (const uint8_t *)KR_BYTES_DATA(table);
    const uint8_t *end = p + KR_SIZE(table);
    while (p < end) {
        int v[4];
        for (int k = 0; k < 4; k++) {
            if (p >= end || (k == 0) != ((*p & 0x80) != 0))
                return false;
            v[k] = *p & 63;
            while (*p++ & 64) {
                if (p >= end || v[k] > (1 << 24))
                    return false;
                v[k] = (v[k] << 6) | (*p & 63);
            }
        }
        if (v[0] + v[1] > ncode || v[2] >= ncode || (v[3] >> 1) > stacksize)
            return false;
    }
    return true;
}

static int set_int_field(KrThread *ts, KrCode *c, int f, KrObject *v)
{
    int64_t x;
    if (!kri_int_to_i64(v, &x) || x < INT32_MIN || x > INT32_MAX)
        return bad_value(ts, "an integer field is out of range");
    int n = (int)x;
    switch (f) {
    case F_ARGC: c->argcount = n; break;
    case F_POSONLY: c->posonlyargcount = n; break;
    case F_KWONLY: c->kwonlyargcount = n; break;
    case F_FIRSTLINE: c->firstlineno = n; break;
    case F_NLOCALS:
        if (n != c->nlocals)
            return bad_value(ts, "co_nlocals must match co_varnames");
        break;
    case F_STACK:
        if (n < c->stacksize)
            return bad_value(ts, "co_stacksize cannot shrink");
        break; /* the frame keeps the room the compiler computed */
    case F_FLAGS:
        /* the kind of code (generator, coroutine, varargs) fixes how its
         * frame is built: only the informational bits may change */
        if ((n ^ c->flags) & 0x3ef)
            return bad_value(ts, "co_flags may not change the kind of code");
        c->flags = n;
        break;
    default: break;
    }
    return 0;
}

static int apply(KrThread *ts, KrCode *c, int f, KrObject *v)
{
    switch (f) {
    case F_CODE: {
        size_t n = (size_t)KR_SIZE(c) * sizeof(uint16_t);
        if ((size_t)KR_SIZE(v) == n && memcmp(KR_BYTES_DATA(v), c->code, n) == 0)
            return 0;
        kri_err_format(ts, &kr_exc_NotImplementedError,
                       "code.replace(co_code=...) with new bytecode is not supported "
                       "(Krait has no bytecode verifier yet)");
        return -1;
    }
    case F_CONSTS: return set_consts(ts, c, v);
    case F_NAMES:
        if (KR_SIZE(v) != KR_SIZE(c->names) || !all_str(v))
            return bad_value(ts, "co_names must keep its length and hold str");
        KR_SETREF(c->names, kr_incref(v));
        return 0;
    case F_VARNAMES:
        return set_local_names(ts, c, v, KR_FAST_LOCAL, "co_varnames must keep its length");
    case F_FREEVARS:
        return set_local_names(ts, c, v, KR_FAST_FREE, "co_freevars must keep its length");
    case F_CELLVARS:
        return set_local_names(ts, c, v, KR_FAST_CELL, "co_cellvars must keep its length");
    case F_FILENAME: KR_SETREF(c->filename, kr_incref(v)); return 0;
    case F_NAME: KR_SETREF(c->name, kr_incref(v)); return 0;
    case F_QUALNAME: KR_SETREF(c->qualname, kr_incref(v)); return 0;
    case F_LINETABLE: KR_SETREF(c->linetable, kr_incref(v)); return 0;
    case F_EXCTABLE:
        if (!exception_table_ok(v, (int)KR_SIZE(c), c->stacksize))
            return bad_value(ts, "invalid co_exceptiontable");
        KR_SETREF(c->exceptiontable, kr_incref(v));
        return 0;
    default: return set_int_field(ts, c, f, v);
    }
}

/* Argument counts must describe locals that exist. */
static int check_counts(KrThread *ts, KrCode *c)
{
    int total = c->argcount + c->kwonlyargcount + !!(c->flags & 0x04) + !!(c->flags & 0x08);
    if (c->argcount < 0 || c->kwonlyargcount < 0 || c->posonlyargcount < 0 ||
        c->posonlyargcount > c->argcount || total > c->nlocals)
        return bad_value(ts, "argument counts do not fit co_varnames");
    return 0;
}

KrObject *kri_code_replace(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    if (KR_NARGS(nargsf))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "replace() takes no positional arguments");
    KrCode *c = code_copy(ts, (KrCode *)self);
    if (!c)
        return NULL;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[i];
        int f = 0;
        while (f < F_COUNT && !kri_str_eq_cstr(key, field_names[f]))
            f++;
        if (f == F_COUNT) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "'%U' is an invalid keyword argument for replace()", key);
            goto fail;
        }
        if (check_kind(ts, f, args[i]) < 0 || apply(ts, c, f, args[i]) < 0)
            goto fail;
    }
    if (check_counts(ts, c) < 0)
        goto fail;
    return KR_OBJ(c);
fail:
    kr_decref(KR_OBJ(c));
    return NULL;
}

/* Constants compare by type as well as value, so 1 and 1.0 and True,
 * which are equal, still make two code objects differ. */
static int consts_equal(KrThread *ts, KrObject *a, KrObject *b)
{
    if (KR_SIZE(a) != KR_SIZE(b))
        return 0;
    for (ssize_t i = 0; i < KR_SIZE(a); i++) {
        KrObject *x = KR_TUPLE_ITEMS(a)[i], *y = KR_TUPLE_ITEMS(b)[i];
        if (x->ob_type != y->ob_type)
            return 0;
        int eq = kri_object_richcompare_bool(ts, x, y, KR_EQ);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static int code_equal(KrThread *ts, KrCode *a, KrCode *b)
{
    if (a == b)
        return 1;
    if (KR_SIZE(a) != KR_SIZE(b) || a->argcount != b->argcount ||
        a->posonlyargcount != b->posonlyargcount || a->kwonlyargcount != b->kwonlyargcount ||
        a->flags != b->flags || a->firstlineno != b->firstlineno ||
        memcmp(a->code, b->code, (size_t)KR_SIZE(a) * sizeof(uint16_t)) != 0)
        return 0;
    KrObject *pairs[][2] = {{a->name, b->name}, {a->qualname, b->qualname},
                            {a->names, b->names}, {a->localsplusnames, b->localsplusnames},
                            {a->localspluskinds, b->localspluskinds},
                            {a->linetable, b->linetable},
                            {a->exceptiontable, b->exceptiontable}};
    for (size_t i = 0; i < KR_ARRAY_LEN(pairs); i++) {
        int eq = kri_object_richcompare_bool(ts, pairs[i][0], pairs[i][1], KR_EQ);
        if (eq <= 0)
            return eq;
    }
    return consts_equal(ts, a->consts, b->consts);
}

KrObject *kri_code_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_code_check(a) || !kr_code_check(b))
        return KR_NOTIMPLEMENTED;
    int eq = code_equal(ts, (KrCode *)a, (KrCode *)b);
    if (eq < 0)
        return NULL;
    return kr_incref((eq == (op == KR_EQ)) ? KR_TRUE : KR_FALSE);
}

/* Mixes what code_equal compares (constants excluded: equal code objects
 * still hash alike, and constants may be costly to hash). */
int64_t kri_code_hash(KrThread *ts, KrObject *o)
{
    KrCode *c = (KrCode *)o;
    int64_t h = kri_object_hash(ts, c->name);
    if (h == -1)
        return -1;
    uint64_t x = (uint64_t)h;
    const int parts[] = {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags,
                         c->firstlineno, (int)KR_SIZE(c)};
    for (size_t i = 0; i < KR_ARRAY_LEN(parts); i++)
        x = (x ^ (uint64_t)(unsigned)parts[i]) * 1000003u;
    for (ssize_t i = 0; i < KR_SIZE(c); i++)
        x = (x ^ c->code[i]) * 1099511628211u;
    int64_t r = (int64_t)(x >> 1);
    return r == -1 ? -2 : r;
}
