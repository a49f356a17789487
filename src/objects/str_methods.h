/* Declarations shared by the files of the str type only (str_type.c,
 * str_search.c, str_methods.c, str_case.c): substring search, argument
 * helpers and the method functions the type's method table lists. Other
 * code uses the str API of types.h and codecs.h. */
#ifndef KRAIT_STR_METHODS_H
#define KRAIT_STR_METHODS_H

#include "objects/objects.h"

/* ---- str_type.c ----
 * A str subclass instance is laid out as a str (header, code points, NUL)
 * followed, at the next multiple of 8 bytes, by the fields its class adds:
 * a field the class puts at offset `off` (>= sizeof(KrStr), as if the str
 * part were sizeof(KrStr) bytes) lives at kri_str_subclass_tail(o) + off -
 * sizeof(KrStr). Type code locating a str subclass's __dict__ uses this. */
KR_HIDDEN void *kri_str_subclass_tail(KrObject *o);

/* ---- str_search.c ----
 * Searches [needle] in hay[start:end] (bounds already clipped to the
 * haystack, start <= end). Returns the index in [hay], -1 when absent, -2
 * with MemoryError set. [reverse] finds the last occurrence. */
KR_HIDDEN ssize_t kri_str_search_find(KrThread *ts, KrObject *hay, KrObject *needle,
                                      ssize_t start, ssize_t end, bool reverse);
/* Non-overlapping occurrences of a non-empty [needle] in hay[start:end], at
 * most [maxcount] (negative: no limit); -1 with MemoryError set. */
KR_HIDDEN ssize_t kri_str_search_count(KrThread *ts, KrObject *hay, KrObject *needle,
                                       ssize_t start, ssize_t end, ssize_t maxcount);

/* ---- str_methods.c: argument helpers ---- */
/* Binds vector-call arguments to [nnames] parameters called [names], the
 * first [npos] of which may be given by position; missing ones are left
 * NULL. Errors worded as CPython's argument clinic for [fname]. */
KR_HIDDEN KR_NODISCARD int kri_str_methods_bind(KrThread *ts, const char *fname,
                                                KrObject *const *args, size_t nargsf,
                                                KrObject *kwnames, const char *const *names,
                                                int nnames, KrObject **out);
/* A str argument or TypeError "must be str, not T". */
KR_HIDDEN KR_NODISCARD int kri_str_methods_need_str(KrThread *ts, KrObject *o);

/* Method functions: KR_METH_KEYWORDS signature unless noted. */
#define KR_STR_METHOD(name)                                                        \
    KR_HIDDEN KrObject *name(KrThread *ts, KrObject *self, KrObject *const *args,  \
                             size_t nargsf, KrObject *kwnames)
/* str_methods.c */
KR_STR_METHOD(kri_str_methods_find);
KR_STR_METHOD(kri_str_methods_rfind);
KR_STR_METHOD(kri_str_methods_index);
KR_STR_METHOD(kri_str_methods_rindex);
KR_STR_METHOD(kri_str_methods_count);
KR_STR_METHOD(kri_str_methods_startswith);
KR_STR_METHOD(kri_str_methods_endswith);
KR_STR_METHOD(kri_str_methods_replace);
KR_STR_METHOD(kri_str_methods_split);
KR_STR_METHOD(kri_str_methods_rsplit);
KR_STR_METHOD(kri_str_methods_splitlines);
KR_STR_METHOD(kri_str_methods_strip);
KR_STR_METHOD(kri_str_methods_lstrip);
KR_STR_METHOD(kri_str_methods_rstrip);
/* KR_METH_O */
KR_HIDDEN KrObject *kri_str_methods_join(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_str_methods_partition(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_str_methods_rpartition(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_str_methods_removeprefix(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_str_methods_removesuffix(KrThread *ts, KrObject *self, KrObject *arg);

/* str_case.c */
KR_STR_METHOD(kri_str_case_center);
KR_STR_METHOD(kri_str_case_ljust);
KR_STR_METHOD(kri_str_case_rjust);
KR_STR_METHOD(kri_str_case_expandtabs);
KR_STR_METHOD(kri_str_case_encode);
KR_STR_METHOD(kri_str_case_maketrans); /* static: [self] is NULL */
/* KR_METH_O */
KR_HIDDEN KrObject *kri_str_case_zfill(KrThread *ts, KrObject *self, KrObject *arg);
KR_HIDDEN KrObject *kri_str_case_translate(KrThread *ts, KrObject *self, KrObject *arg);
/* KR_METH_NOARGS: the case conversions (KrUnicodeCaseOp order) and the
 * predicates. */
KR_HIDDEN KrObject *kri_str_case_convert(KrThread *ts, KrObject *self, KrUnicodeCaseOp op);
#define KR_STR_NOARGS(name)                                                        \
    KR_HIDDEN KrObject *name(KrThread *ts, KrObject *self, KrObject *unused)
KR_STR_NOARGS(kri_str_case_lower);
KR_STR_NOARGS(kri_str_case_upper);
KR_STR_NOARGS(kri_str_case_casefold);
KR_STR_NOARGS(kri_str_case_title);
KR_STR_NOARGS(kri_str_case_capitalize);
KR_STR_NOARGS(kri_str_case_swapcase);
KR_STR_NOARGS(kri_str_case_isalnum);
KR_STR_NOARGS(kri_str_case_isalpha);
KR_STR_NOARGS(kri_str_case_isascii);
KR_STR_NOARGS(kri_str_case_isdecimal);
KR_STR_NOARGS(kri_str_case_isdigit);
KR_STR_NOARGS(kri_str_case_isidentifier);
KR_STR_NOARGS(kri_str_case_islower);
KR_STR_NOARGS(kri_str_case_isnumeric);
KR_STR_NOARGS(kri_str_case_isprintable);
KR_STR_NOARGS(kri_str_case_isspace);
KR_STR_NOARGS(kri_str_case_istitle);
KR_STR_NOARGS(kri_str_case_isupper);

#endif
