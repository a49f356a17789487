/* Frame introspection for builtins: zero-argument super(), globals(),
 * locals(), and the builtins of the running code. */
#include "compiler/unit.h"
#include "vm/frame.h"
#include "vm/vm.h"

int kri_vm_super_args(KrThread *ts, KrType **type, KrObject **obj)
{
    *type = NULL;
    *obj = NULL;
    KrFrame *f = ts->frame;
    if (!f) {
        kri_err_format(ts, &kr_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    KrCode *co = f->code;
    if (co->argcount == 0) {
        kri_err_format(ts, &kr_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    const uint8_t *kinds = kri_code_kinds(co);
    KrObject *first = f->localsplus[0];
    if (first && (kinds[0] & KR_FAST_CELL) && kr_is_type(first, &kr_cell_type))
        first = ((KrCell *)first)->ref;
    if (!first) {
        kri_err_format(ts, &kr_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(kinds[i] & KR_FAST_FREE) ||
            !kri_str_eq_cstr(KR_TUPLE_ITEMS(co->localsplusnames)[i], "__class__"))
            continue;
        KrObject *cell = f->localsplus[i];
        KrObject *t = cell && kr_is_type(cell, &kr_cell_type) ? ((KrCell *)cell)->ref : NULL;
        if (!t) {
            kri_err_format(ts, &kr_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!kr_isinstance(t, &kr_type_type)) {
            kri_err_format(ts, &kr_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                           kri_type_name(t->ob_type));
            return -1;
        }
        *type = (KrType *)t;
        *obj = first;
        return 0;
    }
    kri_err_format(ts, &kr_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

KrObject *kri_vm_globals(KrThread *ts)
{
    return ts->frame ? ts->frame->globals : NULL;
}

KrObject *kri_vm_builtins(KrThread *ts)
{
    return ts->frame ? ts->frame->builtins : ts->interp->builtins;
}

KrObject *kri_vm_locals(KrThread *ts)
{
    return ts->frame ? kri_frame_locals(ts, ts->frame) : NULL;
}
