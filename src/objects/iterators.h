/* The iterator-like builtin types: range and its iterators (range.c),
 * enumerate, zip, map, filter, reversed and callable_iterator
 * (iterobjects.c), and the small keyword-argument parser their
 * constructors and the builtins module share (iterargs.c). Included by
 * types.h (and, until then, by the files that use it). */
#ifndef KRAIT_ITERATORS_H
#define KRAIT_ITERATORS_H

#include "objects/objects.h"

/* ---- range.c ----
 * range keeps its four bounds as exact ints (length cached), so huge
 * ranges work; operations take a machine-word path whenever start, step
 * and length fit in ssize_t. */
typedef struct KrRange {
    KrObject ob_base;
    KrObject *start, *stop, *step; /* owned exact ints; step != 0 */
    KrObject *length;              /* owned exact int >= 0 */
} KrRange;
KR_HIDDEN extern KrType kr_range_type, kr_range_iter_type, kr_longrange_iter_type;
/* range(start, stop, step) from ints (any int subclass; step non-zero). */
KR_HIDDEN KrObject *kri_range_new(KrThread *ts, KrObject *start, KrObject *stop,
                                  KrObject *step);

/* ---- iterobjects.c ---- */
KR_HIDDEN extern KrType kr_enumerate_type, kr_zip_type, kr_map_type, kr_filter_type,
    kr_reversed_type, kr_callable_iter_type;
/* iter(callable, sentinel). */
KR_HIDDEN KrObject *kri_callable_iter_new(KrThread *ts, KrObject *callable,
                                          KrObject *sentinel);
/* reversed(seq): __reversed__, else a reversed object over __len__ and
 * __getitem__; TypeError "'T' object is not reversible". */
KR_HIDDEN KrObject *kri_reversed_of(KrThread *ts, KrObject *seq);

/* ---- iterargs.c: argument parsing for builtins with keywords ----
 * Describes a signature: [names] lists every parameter (positional ones
 * first); the first [posonly] cannot be passed by keyword, at most
 * [maxpos] can be passed by position (the rest are keyword-only), the
 * first [required] must be given. [show_pos] appends " (pos N)" to the
 * missing-argument message, as CPython's generated parsers do. */
typedef struct KrArgSpec {
    const char *fname; /* for messages: "round" */
    const char *const *names;
    int nnames, posonly, maxpos, required;
    bool show_pos;
} KrArgSpec;
/* Fills out[0..nnames) with borrowed arguments (NULL when not given).
 * TypeError with CPython's wording on a mismatch. 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_iterargs_parse(KrThread *ts, const KrArgSpec *spec,
                                              KrObject *const *args, size_t nargsf,
                                              KrObject *kwnames, KrObject **out);
/* TypeError "'name' is an invalid keyword argument for fname()"; NULL. */
KR_HIDDEN KrObject *kri_iterargs_bad_keyword(KrThread *ts, const char *fname,
                                             KrObject *name);

#endif
