/* Assigning a class's __bases__: the checks CPython makes (a non-empty
 * tuple of classes, no inheritance cycle, a compatible instance layout),
 * then the new MRO of the class and of every class below it, computed
 * all-or-nothing: if one fails (an inconsistent C3 merge), every MRO and
 * the bases are put back. The subclass registries move to the new bases,
 * attribute caches are invalidated and the slots recomputed along the
 * tree, since inherited dunders may now come from elsewhere. A
 * metaclass's own mro() is not consulted here (type_new.c does at class
 * creation); Krait computes the C3 MRO. */
#include "objects/objects.h"
#include "objects/caches.h"
#include "objects/slots.h"

static int check_new_bases(KrThread *ts, KrType *type, KrObject *value)
{
    const char *name = kri_type_name(type);
    if (!kr_tuple_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                       name, kri_type_name(value->ob_type));
        return -1;
    }
    if (KR_SIZE(value) == 0) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "can only assign non-empty tuple to %s.__bases__, not ()", name);
        return -1;
    }
    for (ssize_t i = 0; i < KR_SIZE(value); i++) {
        KrObject *b = KR_TUPLE_ITEMS(value)[i];
        if (!kr_type_has(b->ob_type, KR_TPF_TYPE_SUBCLASS)) {
            kri_err_format(ts, &kr_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                           name, kri_type_name(b->ob_type));
            return -1;
        }
        if (kri_type_is_subtype((KrType *)b, type)) {
            kri_err_set(ts, &kr_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

/* Which free function CPython's instances of [t] would have: heap types and
 * GC-tracked builtins share one, the other builtins another. */
static bool gc_freed(const KrType *t)
{
    return kr_type_has(t, KR_TPF_HEAPTYPE) || kr_type_has(t, KR_TPF_GC);
}

static int check_layout(KrThread *ts, KrType *old, KrType *new_base)
{
    if (gc_freed(old) != gc_freed(new_base)) {
        kri_err_format(ts, &kr_exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                       kri_type_name(new_base), kri_type_name(old));
        return -1;
    }
    if (!kri_type_new_same_layout(old, new_base)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "__bases__ assignment: '%s' object layout differs from '%s'",
                       kri_type_name(new_base), kri_type_name(old));
        return -1;
    }
    return 0;
}

/* [type] and every class below it, each once, parents before children. */
static int collect_tree(KrThread *ts, KrType *type, KrObject *out, int depth)
{
    if (depth > 1000) {
        kri_err_set(ts, &kr_exc_RecursionError, "class hierarchy too deep");
        return -1;
    }
    for (ssize_t i = 0; i < KR_SIZE(out); i++)
        if (KR_LIST_ITEMS(out)[i] == KR_OBJ(type))
            return 0;
    if (kri_list_append(ts, out, KR_OBJ(type)) < 0)
        return -1;
    if (!type->subclasses)
        return 0;
    KrObject *subs = kri_dict_keys_list(ts, type->subclasses);
    if (!subs)
        return -1;
    int r = 0;
    for (ssize_t i = 0; i < KR_SIZE(subs) && r == 0; i++) {
        int64_t addr;
        if (kri_int_to_i64(KR_LIST_ITEMS(subs)[i], &addr))
            r = collect_tree(ts, (KrType *)(uintptr_t)addr, out, depth + 1);
    }
    kr_decref(subs);
    return r;
}

/* New MROs for every class of [tree]; the old ones land in [old] (same
 * order). On failure the MROs already replaced are restored. */
static int remake_mros(KrThread *ts, KrObject *tree, KrObject *old)
{
    ssize_t n = KR_SIZE(tree), done = 0;
    for (; done < n; done++) {
        KrType *t = (KrType *)KR_LIST_ITEMS(tree)[done];
        KrObject *mro = kri_type_new_mro(ts, t);
        if (!mro || kri_list_append(ts, old, t->mro) < 0) {
            kr_xdecref(mro);
            break;
        }
        kr_decref(t->mro);
        t->mro = mro;
    }
    if (done == n)
        return 0;
    for (ssize_t i = 0; i < done; i++) {
        KrType *t = (KrType *)KR_LIST_ITEMS(tree)[i];
        KR_SETREF(t->mro, kr_incref(KR_LIST_ITEMS(old)[i]));
    }
    return -1;
}

static void move_registrations(KrThread *ts, KrType *type, KrObject *from, KrObject *to)
{
    for (ssize_t i = 0; i < KR_SIZE(from); i++)
        kri_type_remove_subclass(ts, (KrType *)KR_TUPLE_ITEMS(from)[i], type);
    for (ssize_t i = 0; i < KR_SIZE(to); i++)
        if (kri_type_add_subclass(ts, (KrType *)KR_TUPLE_ITEMS(to)[i], type) < 0)
            kri_err_clear(ts); /* the registry only serves invalidation */
}

int kri_type_set_bases(KrThread *ts, KrType *type, KrObject *value)
{
    bool heap = kr_type_has(type, KR_TPF_HEAPTYPE);
    if (!heap || !value) { /* a builtin type says "set" even for del */
        kri_err_format(ts, &kr_exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
                       heap ? "delete" : "set", type->name);
        return -1;
    }
    if (check_new_bases(ts, type, value) < 0)
        return -1;
    KrType *new_base = (KrType *)KR_TUPLE_ITEMS(value)[0];
    if (check_layout(ts, type->base, new_base) < 0)
        return -1;
    KrObject *tree = kri_list_new(ts, 0), *old_mros = kri_list_new(ts, 0);
    KrObject *old_bases = type->bases;
    KrType *old_base = type->base;
    int r = -1;
    if (!tree || !old_mros || collect_tree(ts, type, tree, 0) < 0)
        goto done;
    type->bases = kr_incref(value);
    type->base = new_base;
    if (remake_mros(ts, tree, old_mros) < 0) {
        kr_decref(type->bases);
        type->bases = old_bases;
        type->base = old_base;
        goto done;
    }
    move_registrations(ts, type, old_bases, value);
    kr_decref(old_bases);
    r = 0;
    for (ssize_t i = 0; i < KR_SIZE(tree) && r == 0; i++) {
        KrType *t = (KrType *)KR_LIST_ITEMS(tree)[i];
        kri_type_modified(t);
        r = kri_slots_fixup(ts, t);
    }
done:
    kr_xdecref(tree);
    kr_xdecref(old_mros);
    return r;
}
