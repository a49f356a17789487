/* Frame introspection for builtins. Until the VM runs Python frames there
 * is never a caller frame, so zero-argument super() has nothing to find. */
#include "vm/vm.h"

int kri_vm_super_args(KrThread *ts, KrType **type, KrObject **obj)
{
    *type = NULL;
    *obj = NULL;
    kri_err_format(ts, &kr_exc_RuntimeError, "super(): no current frame");
    return -1;
}
