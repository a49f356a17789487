/* Text formatting of objects: the format mini-language of format() and
 * __format__ (format_spec.c parses a spec, format_num.c lays out int, float
 * and complex, format_str.c does str.__format__, object.__format__,
 * format() and str.format / str.format_map) and printf-style `str % args`
 * (str_percent.c). Every function follows CPython 3.11 to the character,
 * error messages included; the C locale is assumed (type 'n' never groups).
 * The method functions are exported for the method tables of int, float,
 * complex, str and object, where each comment below says how to list it. */
#ifndef KRAIT_FORMAT_H
#define KRAIT_FORMAT_H

#include "objects/objects.h"

/* ---- format_spec.c: [[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type] ---- */
typedef struct KrFormatSpec {
    uint32_t fill;       /* ' ' unless given (or '0' from the 0 flag) */
    uint32_t type;       /* presentation type; the caller's default if omitted */
    ssize_t width;       /* -1: none */
    ssize_t precision;   /* -1: none */
    char align;          /* '<' '>' '^' '='; the caller's default if omitted */
    char sign;           /* '+' '-' ' ', or 0 when omitted */
    char grouping;       /* ',' '_' or 0 */
    uint8_t group_size;  /* 3, or 4 for '_' with b o x X; 0 without grouping */
    bool alternate;      /* '#' */
    bool no_neg_zero;    /* 'z' */
} KrFormatSpec;

/* Parses the whole of [spec] (a str) into *[out]. [obj] only names the type
 * in "Invalid format specifier" messages. ValueError and -1 on a malformed
 * spec; 0 otherwise. */
KR_HIDDEN KR_NODISCARD int kri_format_spec_parse(KrThread *ts, KrObject *spec, KrObject *obj,
                                                 uint32_t default_type, char default_align,
                                                 KrFormatSpec *out);
/* ValueError "Unknown format code 'x' for object of type 'T'"; NULL. */
KR_HIDDEN KrObject *kri_format_unknown_code(KrThread *ts, uint32_t type, KrObject *obj);
/* TypeError "__format__() argument must be str, not T" unless [spec] is a
 * str; 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_format_check_spec(KrThread *ts, KrObject *spec);

/* ---- format_num.c: numbers laid out by a parsed spec ---- */
/* int.__format__(spec): {"__format__", kri_format_int, KR_METH_O}. */
KR_HIDDEN KrObject *kri_format_int(KrThread *ts, KrObject *self, KrObject *spec);
/* float.__format__(spec). */
KR_HIDDEN KrObject *kri_format_float(KrThread *ts, KrObject *self, KrObject *spec);
/* complex.__format__(spec). */
KR_HIDDEN KrObject *kri_format_complex(KrThread *ts, KrObject *self, KrObject *spec);
/* A double laid out by an already parsed spec (the work of
 * float.__format__ after its checks); [obj] names the type in errors. */
KR_HIDDEN KrObject *kri_format_double(KrThread *ts, double x, const KrFormatSpec *spec,
                                      KrObject *obj);

/* ---- format_str.c ---- */
/* str.__format__(spec): {"__format__", kri_format_str, KR_METH_O}. */
KR_HIDDEN KrObject *kri_format_str(KrThread *ts, KrObject *self, KrObject *spec);
/* object.__format__(spec): str(self) for an empty spec, else TypeError
 * "unsupported format string passed to T.__format__". */
KR_HIDDEN KrObject *kri_format_object_default(KrThread *ts, KrObject *self, KrObject *spec);
/* format(obj, spec): type(obj).__format__(obj, spec), whose result must be
 * a str. [spec] NULL means ''. */
KR_HIDDEN KrObject *kri_format_object(KrThread *ts, KrObject *obj, KrObject *spec);
/* The builtin format(value, format_spec='', /): KR_METH_FAST. */
KR_HIDDEN KrObject *kri_format_builtin(KrThread *ts, KrObject *module, KrObject *const *args,
                                       ssize_t nargs);
/* str.format(*args, **kwargs): KR_METH_KEYWORDS. */
KR_HIDDEN KrObject *kri_format_str_method(KrThread *ts, KrObject *self, KrObject *const *args,
                                          size_t nargsf, KrObject *kwnames);
/* str.format_map(mapping): KR_METH_O. */
KR_HIDDEN KrObject *kri_format_str_map(KrThread *ts, KrObject *self, KrObject *mapping);

/* ---- str_percent.c: printf-style formatting ---- */
/* Flags of a % directive. */
enum {
    KR_PCT_LJUST = 1 << 0, /* '-' */
    KR_PCT_SIGN = 1 << 1,  /* '+' */
    KR_PCT_BLANK = 1 << 2, /* ' ' */
    KR_PCT_ALT = 1 << 3,   /* '#' */
    KR_PCT_ZERO = 1 << 4,  /* '0' */
};
typedef struct KrPercentSpec {
    unsigned flags;  /* KR_PCT_* */
    ssize_t width;   /* -1: none */
    int precision;   /* -1: none */
    char type;       /* d i u o x X e E f F g G */
    bool for_bytes;  /* bytes %: "float argument required" wording */
} KrPercentSpec;
/* Appends [v] converted by one numeric % directive, padded to its width,
 * as ASCII text to [out]: what str % and bytes % share. TypeError,
 * OverflowError or MemoryError and -1 on failure. */
KR_HIDDEN KR_NODISCARD int kri_percent_format_number(KrThread *ts, KrBuf *out, KrObject *v,
                                                     const KrPercentSpec *spec);
/* [fmt] % [args] for a str [fmt]. */
KR_HIDDEN KrObject *kri_str_percent_format(KrThread *ts, KrObject *fmt, KrObject *args);
/* The str type's nb[KR_NB_REMAINDER] slot: NotImplemented unless [a] is a
 * str. */
KR_HIDDEN KrObject *kri_str_percent(KrThread *ts, KrObject *a, KrObject *b);

#endif
