/* The complex type (complex.c) and what float.c, float_methods.c and
 * complex.c share: the layout of a complex number, its constructors, the
 * power operator float delegates to for negative bases, and the text
 * preparation float() and complex() apply to a str before parsing it.
 * Until types.h includes this header, the files that need it include it
 * after objects/objects.h. */
#ifndef KRAIT_COMPLEX_H
#define KRAIT_COMPLEX_H

#include "objects/objects.h"

/* ---- complex.c ----
 * Two doubles, the real and the imaginary part; immutable. */
typedef struct KrComplex {
    KrObject ob_base;
    double real;
    double imag;
} KrComplex;
KR_HIDDEN extern KrType kr_complex_type;
static inline bool kr_complex_check(const KrObject *o)
{
    return kri_type_is_subtype(o->ob_type, &kr_complex_type);
}
#define KR_COMPLEX_REAL(o) (((KrComplex *)(o))->real)
#define KR_COMPLEX_IMAG(o) (((KrComplex *)(o))->imag)
/* A new exact complex. */
KR_HIDDEN KrObject *kri_complex_from_doubles(KrThread *ts, double real, double imag);
/* [a] ** [b] for ints, floats and complex numbers (either may be any of
 * them), as complex.__pow__: float's ** calls it for a negative base and a
 * fractional exponent. NotImplemented for other operands. */
KR_HIDDEN KrObject *kri_complex_power(KrThread *ts, KrObject *a, KrObject *b);

/* ---- float_methods.c: text to number ----
 * The characters of str [s] as float() and complex() read them: each
 * Unicode white space becomes ' ', each Unicode decimal digit its ASCII
 * digit, any other non-ASCII character '?' (which no parser accepts).
 * Appends to [out]; -1 (MemoryError raised) or 0. */
KR_HIDDEN KR_NODISCARD int kri_float_text_to_ascii(KrThread *ts, KrObject *s, KrBuf *out);
/* float.__new__ (the type's new_ slot). */
KR_HIDDEN KrObject *kri_float_new(KrThread *ts, KrType *type, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames);
/* float's methods and attributes (tables for kr_float_type, constant). */
KR_HIDDEN extern const KrMethodDef kri_float_methods[];
KR_HIDDEN extern const KrGetSetDef kri_float_getsets[];
/* int(x) of a float value with CPython's errors for nan and infinities. */
KR_HIDDEN KrObject *kri_float_to_int(KrThread *ts, double v);

#endif
