/* The builtins module's functions that need no VM (bltin_core.c: object
 * and attribute helpers, conversions, iteration; bltin_num.c: max, min,
 * pow, round, sum, sorted). The module object itself and the builtins
 * that run code or touch frames (print, exec, eval, compile, globals,
 * locals, vars, dir, __build_class__, __import__, input, open, breakpoint,
 * format) live with the VM. */
#ifndef KRAIT_BLTIN_H
#define KRAIT_BLTIN_H

#include "objects/iterators.h"

/* Adds every builtin function of bltin_core.c and bltin_num.c to
 * [builtins_dict] as builtin_function_or_method objects whose __module__
 * is 'builtins'. 0 or -1. */
KR_HIDDEN KR_NODISCARD int kri_bltin_add_core(KrThread *ts, KrObject *builtins_dict);

/* The method table of bltin_num.c, NULL-terminated. */
KR_HIDDEN extern const KrMethodDef kri_bltin_num_methods[];

#endif
