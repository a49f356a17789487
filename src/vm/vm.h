/* The virtual machine's interface to the rest of Krait: running code
 * objects and functions, and the frame introspection builtins need
 * (zero-argument super(), globals(), locals(), sys._getframe). */
#ifndef KRAIT_VM_H
#define KRAIT_VM_H

#include "objects/objects.h"

/* For zero-argument super(): the class (from the __class__ cell) and the
 * first argument of the innermost running Python function (borrowed). 0,
 * or -1 with RuntimeError as CPython words it ("super(): no arguments",
 * "super(): __class__ cell not found", ...). */
KR_HIDDEN int kri_vm_super_args(KrThread *ts, KrType **type, KrObject **obj);

/* The vector call of Python functions. */
KR_HIDDEN KrObject *kri_vm_call_function(KrThread *ts, KrObject *func, KrObject *const *args,
                                         size_t nargsf, KrObject *kwnames);
/* Runs [co] (module or exec code: no arguments, no closure) with the given
 * namespaces. */
KR_HIDDEN KrObject *kri_vm_run_code(KrThread *ts, KrCode *co, KrObject *globals,
                                    KrObject *locals);
/* Runs a class body function with [ns] as its locals; returns what the
 * body returns (the __classcell__ cell or None). */
KR_HIDDEN KrObject *kri_vm_run_class_body(KrThread *ts, KrObject *func, KrObject *ns);

/* The innermost running frame's globals / a dict of its locals; NULL
 * without an exception when no Python frame runs (borrowed / new). */
KR_HIDDEN KrObject *kri_vm_globals(KrThread *ts);
KR_HIDDEN KrObject *kri_vm_locals(KrThread *ts);
KR_HIDDEN KrObject *kri_vm_builtins(KrThread *ts);

/* compile()'s modes. */
enum { KRI_MODE_EXEC, KRI_MODE_EVAL, KRI_MODE_SINGLE };
/* A code object from source bytes (decoded as a file is: BOM, PEP 263)
 * named [filename]; SyntaxError and friends on bad input (compile.c). */
KR_HIDDEN KrObject *kri_vm_compile(KrThread *ts, const char *src, size_t len,
                                   KrObject *filename, int mode, int flags, int optimize);

/* Prints [exc] with its chain and tracebacks to sys.stderr as CPython's
 * default excepthook does (tb_print.c). */
KR_HIDDEN int kri_vm_print_exception(KrThread *ts, KrObject *exc);

#endif
