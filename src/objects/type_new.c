/* Class creation (type.__new__) and the slot table connecting dunder
 * methods with C slots. Not written yet: creating a class raises
 * NotImplementedError naming what is missing, and static types get no
 * slot wrappers (int.__add__ and the like are not visible as attributes
 * until slots.c lands). docs/STATUS.md tracks it. */
#include "objects/objects.h"

KrObject *kri_type_new(KrThread *ts, KrType *meta, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames)
{
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "creating classes (type.__new__) is not implemented yet");
}

int kri_slots_add_wrappers(KrThread *ts, KrType *type)
{
    return 0; /* the wrapper table comes with slots.c */
}

int kri_type_update_slot(KrThread *ts, KrType *type, KrObject *name)
{
    kri_err_format(ts, &kr_exc_NotImplementedError,
                   "changing '%U' on a class is not implemented yet", name);
    return -1;
}
