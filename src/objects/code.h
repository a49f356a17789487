/* Code objects (code.c): the runtime form of a compiler KrCodeUnit, with
 * CPython 3.11's introspection attributes, and the decoders of the
 * exception and location tables the VM and tracebacks read. Included by
 * types.h. */
#ifndef KRAIT_CODE_H
#define KRAIT_CODE_H

struct KrCodeUnit;

struct KrCode {
    KrVarObject ob_base;      /* ob_size: number of 16-bit code units */
    KrObject *consts;         /* tuple */
    KrObject *names;          /* tuple of str */
    KrObject *localsplusnames;/* tuple of str */
    KrObject *localspluskinds;/* bytes: KR_FAST_* per entry */
    KrObject *filename, *name, *qualname;
    KrObject *linetable;      /* bytes (3.11 location table) */
    KrObject *exceptiontable; /* bytes */
    KrObject *weaklist;
    KrObject *code_bytes;     /* co_code, made on demand */
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize, flags, firstlineno;
    int nlocalsplus, nlocals, ncellvars, nfreevars;
    int framesize;            /* nlocalsplus + stacksize */
    uint16_t code[];          /* the instructions the VM runs */
};

KR_HIDDEN extern KrType kr_code_type;
static inline bool kr_code_check(const KrObject *o)
{
    return o->ob_type == &kr_code_type;
}
/* The code object of a compiler unit, nested units and constants
 * included. */
KR_HIDDEN KrCode *kri_code_from_unit(KrThread *ts, const struct KrCodeUnit *unit);
static inline const uint8_t *kri_code_kinds(const KrCode *co)
{
    return (const uint8_t *)KR_BYTES_DATA(co->localspluskinds);
}

/* The exception-table entry covering instruction [offset] (in code
 * units): true with the handler's [target], stack [depth] and whether it
 * wants the offset pushed ([lasti]); false when the offset is unprotected. */
KR_HIDDEN bool kri_code_find_handler(const KrCode *co, int offset, int *target, int *depth,
                                     bool *lasti);

/* Source positions of the instruction at [offset] (code units). Missing
 * values are -1 (no line: *line = -1). */
typedef struct KrCodePos {
    int line, end_line, col, end_col;
} KrCodePos;
KR_HIDDEN void kri_code_position(const KrCode *co, int offset, KrCodePos *pos);
KR_HIDDEN int kri_code_line(const KrCode *co, int offset);

/* code_replace.c: code.replace(**changes), ==, hash() */
KR_HIDDEN KrObject *kri_code_replace(KrThread *ts, KrObject *self, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames);
KR_HIDDEN KrObject *kri_code_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op);
KR_HIDDEN int64_t kri_code_hash(KrThread *ts, KrObject *o);

#endif
