/* Keeping a heap type's C slots in step with its dunder methods.
 *
 * After a class is created, and whenever one of its dunder attributes is
 * assigned or deleted, each affected slot is recomputed from what the MRO
 * defines for the slot's names: nothing (the slot is emptied), a slot
 * wrapper of a static base for this very slot (the base's C function is
 * copied: `class L(list)` keeps list's fast len), `__hash__ = None` (the
 * type is unhashable), or anything else (the generic dispatcher of
 * slots_call.c, which calls the Python-level method). A change is pushed
 * down to every subclass, whose own definitions still win because the
 * lookup runs along each subclass's MRO.
 *
 * Slots without a table entry (dealloc, traverse, ...) are inherited from
 * the solid base when the class is made and never change. */
#include <string.h>

#include "objects/slots.h"

typedef void (*AnyFn)(void);

static void set_slot(KrType *type, size_t offset, AnyFn fn)
{
    memcpy((char *)type + offset, &fn, sizeof fn);
}

/* The value the slot at [offset] takes in [type]; *[skip] when no entry
 * for it has a dispatcher (the slot keeps its inherited value). */
static int compute_slot(KrThread *ts, KrType *type, size_t offset, AnyFn *out, bool *skip)
{
    AnyFn generic = NULL, specific = NULL;
    bool any = false, use_generic = false, listed = false;
    for (const KrSlotDef *def = kri_slot_defs; def->name; def++) {
        if (def->offset != offset) continue;
        listed = true;
        if (def->generic) generic = def->generic;
        KrObject *name = kri_str_intern_cstr(ts, def->name);
        if (!name) return -1;
        KrObject *descr = kri_type_lookup(ts, type, name);
        kr_decref(name);
        if (!descr) continue;
        any = true;
        const KrSlotDef *wdef;
        AnyFn fn;
        KrType *owner;
        if (kri_slots_wrapper_info(descr, &wdef, &fn, &owner) && wdef->offset == offset &&
            kri_type_is_subtype(type, owner)) {
            if (specific && specific != fn) use_generic = true;
            specific = fn;
        } else if (offset == offsetof(KrType, hash) && descr == KR_NONE) {
            specific = (AnyFn)kri_object_hash_not_implemented;
        } else {
            use_generic = true;
        }
    }
    /* a slot without a dispatcher (sq_concat, sq_repeat, ...) is emptied
     * by a Python-level method of its name: `__add__` defined in a tuple
     * subclass must not leave tuple's concatenation behind it */
    *skip = !listed;
    *out = !any ? NULL : use_generic || !specific ? generic : specific;
    return 0;
}

static int fix_new(KrThread *ts, KrType *type)
{
    KrObject *descr = kri_type_lookup(ts, type, KR_ID(__new__));
    if (descr && kr_is_type(descr, &kr_builtin_type) &&
        ((KrBuiltin *)descr)->def == &kri_slots_new_def)
        type->new_ = kri_slots_inherited_new;
    else if (descr)
        type->new_ = kri_slots_tp_new;
    else
        type->new_ = NULL;
    return 0;
}

/* Recomputes the slot at [offset] (or every slot when [offset] is
 * SIZE_MAX) for [type]. */
static int fix_one(KrThread *ts, KrType *type, size_t offset)
{
    for (const KrSlotDef *def = kri_slot_defs; def->name; def++) {
        if (offset != SIZE_MAX && def->offset != offset) continue;
        bool seen = false; /* one computation per slot */
        for (const KrSlotDef *p = kri_slot_defs; p < def && !seen; p++)
            seen = p->offset == def->offset;
        if (seen) continue;
        AnyFn fn;
        bool skip;
        if (compute_slot(ts, type, def->offset, &fn, &skip) < 0) return -1;
        if (skip) continue;
        set_slot(type, def->offset, fn);
        if (def->offset == offsetof(KrType, getitem) && fn == def->generic)
            type->sq_like = true; /* iter() by __getitem__ */
    }
    return 0;
}

int kri_slots_fixup(KrThread *ts, KrType *type)
{
    if (fix_one(ts, type, SIZE_MAX) < 0) return -1;
    return fix_new(ts, type);
}

/* Applies the change of [offset] (SIZE_MAX: __new__) to [type] and its
 * subclasses, recursively. */
static int update_tree(KrThread *ts, KrType *type, size_t offset, int depth)
{
    if (kr_type_has(type, KR_TPF_HEAPTYPE)) {
        int r = offset == SIZE_MAX ? fix_new(ts, type) : fix_one(ts, type, offset);
        if (r < 0) return -1;
    }
    if (!type->subclasses || depth > 1000) return 0;
    KrObject *subs = kri_dict_keys_list(ts, type->subclasses);
    if (!subs) return -1;
    int r = 0;
    for (ssize_t i = 0; i < KR_SIZE(subs) && r == 0; i++) {
        KrObject *key = KR_LIST_ITEMS(subs)[i];
        int64_t addr;
        if (kri_int_to_i64(key, &addr))
            r = update_tree(ts, (KrType *)(uintptr_t)addr, offset, depth + 1);
    }
    kr_decref(subs);
    return r;
}

int kri_type_update_slot(KrThread *ts, KrType *type, KrObject *name)
{
    if (!kr_str_check(name)) return 0;
    if (kri_str_eq(name, KR_ID(__new__))) return update_tree(ts, type, SIZE_MAX, 0);
    for (const KrSlotDef *def = kri_slot_defs; def->name; def++) {
        if (!kri_str_eq_cstr(name, def->name)) continue;
        if (update_tree(ts, type, def->offset, 0) < 0) return -1;
    }
    return 0;
}
