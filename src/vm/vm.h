/* The virtual machine's interface to the rest of Krait: running code
 * objects, and the frame introspection that builtins need (zero-argument
 * super(), globals(), locals(), sys._getframe). */
#ifndef KRAIT_VM_H
#define KRAIT_VM_H

#include "objects/objects.h"

/* For zero-argument super(): the class (from the __class__ cell) and the
 * first argument of the innermost running Python function. 0, or -1 with
 * RuntimeError as CPython words it ("super(): no arguments", "super():
 * __class__ cell not found", ...). */
KR_HIDDEN int kri_vm_super_args(KrThread *ts, KrType **type, KrObject **obj);

#endif
