/* Object allocation, the end of an object's life, the basic protocols
 * every type shares (repr, str, hash, rich comparison, truth, attributes,
 * isinstance/issubclass with their hooks) and the root type `object`.
 *
 * Reference counts are biased (object.h): the owning thread counts in
 * ob_ref_local, everyone else in ob_ref_shared. When the owner's count
 * reaches zero the object dies if nobody else holds it; otherwise the owner
 * gives up ownership (ob_tid = 0) and the shared count decides. While
 * threads take turns (one runs Python at a time) a non-owner may also merge
 * the two counts directly; the free-threaded build will queue that merge to
 * the owner instead. Deallocation nests at most KR_DEALLOC_DEPTH deep on the
 * C stack; deeper objects wait on a per-thread list (the "trashcan"). */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "objects/blocks.h"
#include "objects/generic.h"
#include "objects/slots.h"
#include "objects/format.h"

enum { KR_DEALLOC_DEPTH = 64 };

/* ---- the per-thread block cache (blocks.h) ---- */

void *kri_block_alloc(KrThread *ts, size_t size)
{
    if (size > KR_MAX_ALLOC_BYTES)
        return NULL;
    if (!KR_BLOCK_CACHE || size > 16 * KR_FREE_CLASSES)
        return calloc(1, size);
    size_t c = kri_block_class(size);
    void *b = kri_block_take(ts, c);
    if (!b)
        return calloc(1, 16 * (c + 1));
    memset(b, 0, size);
    return b;
}

/* Any malloc'd block may be freed here: it goes to the class its
 * malloc_usable_size() guarantees. */
void kri_block_free(void *p)
{
    KrThread *ts = kri_tls_thread;
    size_t usable = KR_BLOCK_CACHE && ts ? malloc_usable_size(p) : 0;
    if (usable < 16 || !kri_block_give(ts, p, usable / 16 - 1))
        free(p);
}

void kri_object_release_blocks(KrThread *ts)
{
    for (int c = 0; c < KR_FREE_CLASSES; c++) {
        while (ts->free_blocks[c]) {
            struct KrFreeBlock *b = ts->free_blocks[c];
            ts->free_blocks[c] = b->next;
            free(b);
        }
        ts->free_counts[c] = 0;
    }
}

/* An object remembers its block's class in ob_flags (KR_OBF_BLOCK_*),
 * so freeing it needs no malloc_usable_size(). */
KrObject *kri_object_alloc(KrThread *ts, KrType *type, size_t size)
{
    KrObject *o = kri_block_alloc(ts, size);
    if (!o)
        return kri_err_no_memory(ts);
    if (KR_BLOCK_CACHE && size <= 16 * KR_FREE_CLASSES)
        o->ob_flags = (uint16_t)((kri_block_class(size) + 1) << KR_OBF_BLOCK_SHIFT);
    o->ob_tid = ts->id;
    o->ob_ref_local = 1;
    o->ob_type = type;
    if (kr_type_has(type, KR_TPF_HEAPTYPE))
        kr_incref(KR_OBJ(type));
    return o;
}

void kri_object_free(KrObject *o)
{
    KrType *type = o->ob_type;
    unsigned c = (o->ob_flags & KR_OBF_BLOCK_MASK) >> KR_OBF_BLOCK_SHIFT;
    KrThread *ts = kri_tls_thread;
    if (!c || !ts)
        kri_block_free(o);
    else if (!kri_block_give(ts, o, c - 1))
        free(o);
    if (kr_type_has(type, KR_TPF_HEAPTYPE))
        kr_decref(KR_OBJ(type));
}

/* The objects waiting in the trashcan are chained through their (dead)
 * refcount fields. */
static KrObject **trash_link(KrObject *o)
{
    return (KrObject **)(void *)&o->ob_ref_local;
}

void kri_object_dealloc(KrObject *o)
{
    KrThread *ts = kri_thread_current();
    if (!ts) {
        o->ob_type->dealloc(o);
        return;
    }
    if (ts->dealloc_depth >= KR_DEALLOC_DEPTH) {
        *trash_link(o) = ts->dealloc_later;
        ts->dealloc_later = o;
        return;
    }
    ts->dealloc_depth++;
    o->ob_type->dealloc(o);
    if (ts->dealloc_depth == 1) {
        while (ts->dealloc_later) {
            KrObject *next = ts->dealloc_later;
            ts->dealloc_later = *trash_link(next);
            next->ob_type->dealloc(next);
        }
    }
    ts->dealloc_depth--;
}

void kri_object_merge_zero(KrObject *o)
{
    if (atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire) == 0) {
        kri_object_dealloc(o);
        return;
    }
    o->ob_tid = 0; /* others still hold it: the shared count decides */
}

void kri_object_decref_shared(KrObject *o)
{
    int32_t shared = atomic_fetch_sub_explicit(&o->ob_ref_shared, 1, memory_order_acq_rel) - 1;
    if (o->ob_tid == 0) {
        if (shared == 0)
            kri_object_dealloc(o);
        return;
    }
    if (shared < 0) {
        /* A reference the owner counted was dropped here. Threads take
         * turns, so the owner is not running: merge the counts now. */
        int64_t total = (int64_t)o->ob_ref_local + shared;
        o->ob_tid = 0;
        o->ob_ref_local = 0;
        atomic_store_explicit(&o->ob_ref_shared, (int32_t)total, memory_order_release);
        if (total == 0)
            kri_object_dealloc(o);
    }
}

/* ---- repr, str, ascii ---- */

static KrObject *check_str_result(KrThread *ts, KrObject *r, const char *what)
{
    if (r && !kr_str_check(r)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s returned non-string (type %T)", what, r);
        kr_decref(r);
        return NULL;
    }
    return r;
}

KrObject *kri_object_repr(KrThread *ts, KrObject *o)
{
    KrType *t = o->ob_type;
    if (!t->repr)
        return kri_str_format(ts, "<%s object at %p>", t->name, (void *)o);
    if (kri_enter_recursive(ts, " while getting the repr of an object") < 0)
        return NULL;
    KrObject *r = t->repr(ts, o);
    kri_leave_recursive(ts);
    return check_str_result(ts, r, "__repr__");
}

KrObject *kri_object_str(KrThread *ts, KrObject *o)
{
    if (kr_is_type(o, &kr_str_type))
        return KR_NEWREF(o);
    KrType *t = o->ob_type;
    if (!t->str)
        return kri_object_repr(ts, o);
    if (kri_enter_recursive(ts, " while getting the str of an object") < 0)
        return NULL;
    KrObject *r = t->str(ts, o);
    kri_leave_recursive(ts);
    return check_str_result(ts, r, "__str__");
}

KrObject *kri_object_ascii(KrThread *ts, KrObject *o)
{
    KrObject *r = kri_object_repr(ts, o);
    if (!r || KR_STR(r)->ascii)
        return r;
    KrStrWriter w;
    kri_strw_init(&w);
    ssize_t n = kr_str_len(r);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(r, i);
        if ((c < 128 ? kri_strw_putc(ts, &w, c) : kri_strw_escape(ts, &w, c)) < 0) {
            kri_strw_discard(&w);
            kr_decref(r);
            return NULL;
        }
    }
    kr_decref(r);
    return kri_strw_finish(ts, &w);
}

/* ---- hash ---- */

int64_t kri_object_hash_not_implemented(KrThread *ts, KrObject *o)
{
    kri_err_format(ts, &kr_exc_TypeError, "unhashable type: '%s'", o->ob_type->name);
    return -1;
}

int64_t kri_object_hash(KrThread *ts, KrObject *o)
{
    KrType *t = o->ob_type;
    if (KR_LIKELY(t->hash != NULL))
        return t->hash(ts, o);
    return kri_object_hash_not_implemented(ts, o);
}

/* ---- rich comparison ---- */

static const char *const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE};

static KrObject *do_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    KrType *ta = a->ob_type, *tb = b->ob_type;
    bool checked_reverse = false;
    if (ta != tb && kri_type_is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        KrObject *r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    if (ta->richcompare) {
        KrObject *r = ta->richcompare(ts, a, b, op);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    if (!checked_reverse && tb->richcompare) {
        KrObject *r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (r != KR_NOTIMPLEMENTED)
            return r;
    }
    if (op == KR_EQ)
        return kr_bool(a == b);
    if (op == KR_NE)
        return kr_bool(a != b);
    return kri_err_format(ts, &kr_exc_TypeError,
                          "'%s' not supported between instances of '%s' and '%s'",
                          compare_symbols[op], ta->name, tb->name);
}

KrObject *kri_object_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (kri_enter_recursive(ts, " in comparison") < 0)
        return NULL;
    KrObject *r = do_richcompare(ts, a, b, op);
    kri_leave_recursive(ts);
    return r;
}

int kri_object_richcompare_bool(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (a == b) {
        if (op == KR_EQ)
            return 1;
        if (op == KR_NE)
            return 0;
    }
    int quick = kri_object_compare_plain(a, b, op);
    if (quick >= 0)
        return quick;
    KrObject *r = kri_object_richcompare(ts, a, b, op);
    if (!r)
        return -1;
    int truth = r == KR_TRUE ? 1 : r == KR_FALSE ? 0 : kri_object_is_true(ts, r);
    kr_decref(r);
    return truth;
}

/* ---- truth ---- */

int kri_object_is_true(KrThread *ts, KrObject *o)
{
    if (o == KR_TRUE)
        return 1;
    if (o == KR_FALSE || o == KR_NONE)
        return 0;
    KrType *t = o->ob_type;
    if (t->nb_bool)
        return t->nb_bool(ts, o);
    if (t->len) {
        ssize_t n = t->len(ts, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---- */

KrObject *kri_object_no_attribute(KrThread *ts, KrObject *o, KrObject *name)
{
    if (kr_exc_type_check(o) || kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS))
        kri_err_format(ts, &kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                       ((KrType *)o)->name, name);
    else
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       o->ob_type->name, name);
    kri_exc_set_name_obj(ts->exc, name, o);
    return NULL;
}

KrObject **kri_object_dict_ptr(KrObject *o)
{
    KrType *t = o->ob_type;
    ssize_t off = t->dictoffset;
    if (off == 0)
        return NULL;
    if (off < 0) {
        /* variable-size instance: counted from the pointer-aligned end */
        ssize_t n = KR_SIZE(o) < 0 ? -KR_SIZE(o) : KR_SIZE(o);
        size_t size = (size_t)t->basicsize + (size_t)n * (size_t)t->itemsize;
        size = (size + sizeof(KrObject *) - 1) & ~(sizeof(KrObject *) - 1);
        off += (ssize_t)size;
    }
    return (KrObject **)(void *)((char *)o + off);
}

KrObject *kri_object_generic_getattr(KrThread *ts, KrObject *o, KrObject *name)
{
    KrType *t = o->ob_type;
    KrObject *descr = kri_type_lookup(ts, t, name);
    KrDescrGetFn get = NULL;
    if (descr) {
        kr_incref(descr);
        get = descr->ob_type->descr_get;
        if (get && descr->ob_type->descr_set) {
            KrObject *r = get(ts, descr, o, KR_OBJ(t));
            kr_decref(descr);
            return r;
        }
    }
    KrObject **dictp = kri_object_dict_ptr(o);
    if (dictp && *dictp) {
        KrObject *dict = *dictp;
        kr_incref(dict);
        KrObject *v = kri_dict_get_borrow(ts, dict, name);
        if (v) {
            kr_incref(v);
            kr_decref(dict);
            kr_xdecref(descr);
            return v;
        }
        kr_decref(dict);
        if (kri_err_occurred(ts)) {
            kr_xdecref(descr);
            return NULL;
        }
    }
    if (get) {
        KrObject *r = get(ts, descr, o, KR_OBJ(t));
        kr_decref(descr);
        return r;
    }
    if (descr)
        return descr;
    return kri_object_no_attribute(ts, o, name);
}

int kri_object_generic_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value)
{
    KrType *t = o->ob_type;
    KrObject *descr = kri_type_lookup(ts, t, name);
    if (descr && descr->ob_type->descr_set) {
        kr_incref(descr);
        int r = descr->ob_type->descr_set(ts, descr, o, value);
        kr_decref(descr);
        return r;
    }
    KrObject **dictp = kri_object_dict_ptr(o);
    if (!dictp) {
        if (descr) {
            kri_err_format(ts, &kr_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                           t->name, name);
            return -1;
        }
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       t->name, name);
        return -1;
    }
    if (!*dictp) {
        if (!value) {
            kri_object_no_attribute(ts, o, name);
            return -1;
        }
        if (!(*dictp = kri_dict_new(ts)))
            return -1;
    }
    if (value)
        return kri_dict_set(ts, *dictp, name, value);
    int r = kri_dict_del(ts, *dictp, name);
    if (r == 0) {
        kri_object_no_attribute(ts, o, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

KrObject *kri_object_getattr(KrThread *ts, KrObject *o, KrObject *name)
{
    KrGetattrFn get = o->ob_type->getattro;
    if (!get)
        return kri_object_no_attribute(ts, o, name);
    return get(ts, o, name);
}

KrObject *kri_object_getattr_cstr(KrThread *ts, KrObject *o, const char *name)
{
    KrObject *s = kri_str_intern_cstr(ts, name);
    if (!s)
        return NULL;
    KrObject *r = kri_object_getattr(ts, o, s);
    kr_decref(s);
    return r;
}

int kri_object_lookup_attr(KrThread *ts, KrObject *o, KrObject *name, KrObject **result)
{
    *result = kri_object_getattr(ts, o, name);
    if (*result)
        return 1;
    if (!kri_err_matches(ts, &kr_exc_AttributeError))
        return -1;
    kri_err_clear(ts);
    return 0;
}

int kri_object_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value)
{
    KrSetattrFn set = o->ob_type->setattro;
    if (!set) {
        bool has_attrs = o->ob_type->getattro != NULL;
        kri_err_format(ts, &kr_exc_AttributeError,
                       has_attrs ? "'%s' object has only read-only attributes (%s .%U)"
                                 : "'%s' object has no attributes (%s .%U)",
                       o->ob_type->name, value ? "assign to" : "del", name);
        return -1;
    }
    return set(ts, o, name, value);
}

int kri_object_delattr(KrThread *ts, KrObject *o, KrObject *name)
{
    return kri_object_setattr(ts, o, name, NULL);
}

/* ---- isinstance / issubclass without hooks ---- */

bool kri_type_is_subtype(const KrType *a, const KrType *b)
{
    if (a == b)
        return true;
    KrObject *mro = a->mro;
    if (mro) {
        ssize_t n = KR_SIZE(mro);
        for (ssize_t i = 0; i < n; i++)
            if (KR_TUPLE_ITEMS(mro)[i] == (const KrObject *)b)
                return true;
        return false;
    }
    for (const KrType *t = a->base; t; t = t->base)
        if (t == b)
            return true;
    return b == &kr_object_type;
}

/* ---- isinstance / issubclass with hooks ---- */

/* Whether [o] looks like a class to the abstract protocol: it has a
 * tuple __bases__. -1 on error. */
static int has_bases(KrThread *ts, KrObject *o, KrObject **bases)
{
    KrObject *b;
    int r = kri_object_lookup_attr(ts, o, KR_ID(__bases__), &b);
    if (r <= 0)
        return r;
    if (kr_tuple_check(b)) {
        *bases = b;
        return 1;
    }
    kr_decref(b);
    return 0;
}

/* [derived] reaches [cls] through __bases__. */
static int abstract_issubclass(KrThread *ts, KrObject *derived, KrObject *cls)
{
    if (derived == cls)
        return 1;
    if (kri_enter_recursive(ts, " in __subclasscheck__") < 0)
        return -1;
    KrObject *bases = NULL;
    int r = has_bases(ts, derived, &bases);
    if (r > 0) {
        r = 0;
        for (ssize_t i = 0; i < KR_SIZE(bases) && r == 0; i++)
            r = abstract_issubclass(ts, KR_TUPLE_ITEMS(bases)[i], cls);
    }
    kr_xdecref(bases);
    kri_leave_recursive(ts);
    return r;
}

static bool is_type(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS);
}

int kri_object_real_isinstance(KrThread *ts, KrObject *inst, KrObject *cls)
{
    KrObject *icls;
    if (is_type(cls)) {
        if (kr_isinstance(inst, (KrType *)cls))
            return 1;
        int r = kri_object_lookup_attr(ts, inst, KR_ID(__class__), &icls);
        if (r <= 0)
            return r;
        r = icls != KR_OBJ(inst->ob_type) && is_type(icls) &&
            kri_type_is_subtype((KrType *)icls, (KrType *)cls);
        kr_decref(icls);
        return r;
    }
    KrObject *bases = NULL;
    int r = has_bases(ts, cls, &bases);
    kr_xdecref(bases);
    if (r <= 0) {
        if (r == 0)
            kri_err_set(ts, &kr_exc_TypeError,
                        "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    r = kri_object_lookup_attr(ts, inst, KR_ID(__class__), &icls);
    if (r <= 0)
        return r;
    r = abstract_issubclass(ts, icls, cls);
    kr_decref(icls);
    return r;
}

int kri_object_real_issubclass(KrThread *ts, KrObject *derived, KrObject *cls)
{
    if (is_type(cls) && is_type(derived))
        return kri_type_is_subtype((KrType *)derived, (KrType *)cls);
    KrObject *bases = NULL;
    int r = has_bases(ts, derived, &bases);
    kr_xdecref(bases);
    if (r <= 0) {
        if (r == 0)
            kri_err_set(ts, &kr_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    bases = NULL;
    r = is_type(cls) ? 1 : has_bases(ts, cls, &bases);
    kr_xdecref(bases);
    if (r <= 0) {
        if (r == 0)
            kri_err_set(ts, &kr_exc_TypeError,
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_issubclass(ts, derived, cls);
}

/* Calls the metaclass hook [hook] when there is one; 2 when there is not. */
static int check_hook(KrThread *ts, KrObject *cls, KrObject *hook, KrObject *arg)
{
    KrObject *fn = kri_type_lookup(ts, cls->ob_type, hook);
    if (!fn)
        return 2;
    bool found;
    KrObject *r = kri_slots_call_special(ts, cls, hook, &arg, 1, &found);
    if (!r)
        return -1;
    int truth = kri_object_is_true(ts, r);
    kr_decref(r);
    return truth;
}

static int check_tuple(KrThread *ts, KrObject *o, KrObject *cls, bool inst)
{
    if (kri_enter_recursive(ts, inst ? " in __instancecheck__" : " in __subclasscheck__") < 0)
        return -1;
    int r = 0;
    for (ssize_t i = 0; i < KR_SIZE(cls) && r == 0; i++) {
        KrObject *item = KR_TUPLE_ITEMS(cls)[i];
        r = inst ? kri_object_isinstance(ts, o, item) : kri_object_issubclass(ts, o, item);
    }
    kri_leave_recursive(ts);
    return r;
}

int kri_object_isinstance(KrThread *ts, KrObject *o, KrObject *cls)
{
    if (KR_OBJ(o->ob_type) == cls)
        return 1;
    if (kr_is_type(cls, &kr_type_type))
        return kri_object_real_isinstance(ts, o, cls);
    if (kri_union_check(cls)) /* int | str tests its arguments like a tuple */
        cls = kri_union_args_borrow(cls);
    if (kr_tuple_check(cls))
        return check_tuple(ts, o, cls, true);
    int r = check_hook(ts, cls, KR_ID(__instancecheck__), o);
    return r == 2 ? kri_object_real_isinstance(ts, o, cls) : r;
}

int kri_object_issubclass(KrThread *ts, KrObject *derived, KrObject *cls)
{
    if (kr_is_type(cls, &kr_type_type) && is_type(derived))
        return kri_type_is_subtype((KrType *)derived, (KrType *)cls);
    if (kri_union_check(cls))
        cls = kri_union_args_borrow(cls);
    if (kr_tuple_check(cls))
        return check_tuple(ts, derived, cls, false);
    int r = check_hook(ts, cls, KR_ID(__subclasscheck__), derived);
    return r == 2 ? kri_object_real_issubclass(ts, derived, cls) : r;
}

/* ---- the type `object` ---- */

int64_t kri_object_identity_hash(KrThread *ts, KrObject *o)
{
    return kri_hash_pointer(o);
}

static KrObject *object_repr(KrThread *ts, KrObject *o)
{
    KrType *t = o->ob_type;
    KrObject *qual = t->qualname;
    if (t->module && kr_str_check(t->module) && !kri_str_eq_cstr(t->module, "builtins") && qual)
        return kri_str_format(ts, "<%U.%U object at %p>", t->module, qual, (void *)o);
    if (kr_type_has(t, KR_TPF_HEAPTYPE) && qual)
        return kri_str_format(ts, "<%U object at %p>", qual, (void *)o);
    return kri_str_format(ts, "<%s object at %p>", t->name, (void *)o);
}

/* object.__str__ calls the repr slot itself, unchecked: a bad result is
 * then reported by str() as "__str__ returned non-string". */
static KrObject *object_str(KrThread *ts, KrObject *o)
{
    KrType *t = o->ob_type;
    if (!t->repr)
        return kri_object_repr(ts, o);
    if (kri_enter_recursive(ts, " while getting the repr of an object") < 0)
        return NULL;
    KrObject *r = t->repr(ts, o);
    kri_leave_recursive(ts);
    return r;
}

static KrObject *object_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (op == KR_EQ)
        return a == b ? KR_TRUE : KR_NOTIMPLEMENTED;
    if (op == KR_NE) {
        /* __ne__ inverts whatever __eq__ says */
        KrType *t = a->ob_type;
        if (!t->richcompare)
            return KR_NOTIMPLEMENTED;
        KrObject *r = t->richcompare(ts, a, b, KR_EQ);
        if (r == KR_NOTIMPLEMENTED || !r)
            return r;
        int truth = kri_object_is_true(ts, r);
        kr_decref(r);
        return truth < 0 ? NULL : kr_bool(!truth);
    }
    return KR_NOTIMPLEMENTED;
}

static bool excess_args(ssize_t nargs, KrObject *kwnames)
{
    return nargs > 0 || (kwnames && KR_SIZE(kwnames) > 0);
}

static KrObject *object_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames);
static int object_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames);

/* The new_ a class really uses (through inherited-new trampolines). */
static KrNewFn effective_new(const KrType *type)
{
    while (type->new_ == kri_slots_inherited_new && type->base)
        type = type->base;
    return type->new_;
}

static KrObject *abstract_error(KrThread *ts, KrType *type)
{
    KrObject *names = kri_dict_get_cstr_borrow(ts, type->dict, "__abstractmethods__");
    KrObject *sorted = names ? kri_sequence_list(ts, names) : NULL;
    KrObject *sep = sorted ? kri_str_from_cstr(ts, "', '") : NULL;
    KrObject *joined = NULL;
    if (sep && kri_list_sort(ts, sorted, NULL, false) == 0)
        joined = kri_str_join(ts, sep, sorted);
    if (joined)
        kri_err_format(ts, &kr_exc_TypeError, "Can't instantiate abstract class %s with "
                       "abstract method%s '%U'", type->name,
                       KR_SIZE(sorted) > 1 ? "s" : "", joined);
    else if (!kri_err_occurred(ts))
        kri_err_format(ts, &kr_exc_TypeError, "Can't instantiate abstract class %s",
                       type->name);
    kr_xdecref(sorted);
    kr_xdecref(sep);
    kr_xdecref(joined);
    return NULL;
}

static KrObject *object_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    /* builtin types with no constructor of their own (CPython's
     * DISALLOW_INSTANTIATION) inherit this one only to refuse */
    if (kr_type_has(type, KR_TPF_NO_INSTANCES))
        return kri_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances",
                              type->name);
    if (excess_args(KR_NARGS(nargsf), kwnames)) {
        if (effective_new(type) != object_new)
            return kri_err_format(ts, &kr_exc_TypeError, "object.__new__() takes exactly one "
                                  "argument (the type to instantiate)");
        if (type->init == object_init)
            return kri_err_format(ts, &kr_exc_TypeError, "%s() takes no arguments",
                                  type->name);
    }
    if (kr_type_has(type, KR_TPF_ABSTRACT))
        return abstract_error(ts, type);
    return kri_type_generic_alloc(ts, type, 0);
}

static int object_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames)
{
    KrType *type = self->ob_type;
    if (excess_args(KR_NARGS(nargsf), kwnames)) {
        if (type->init != object_init) {
            kri_err_set(ts, &kr_exc_TypeError, "object.__init__() takes exactly one argument "
                        "(the instance to initialize)");
            return -1;
        }
        if (effective_new(type) == object_new) {
            kri_err_format(ts, &kr_exc_TypeError, "%s.__init__() takes exactly one argument "
                           "(the instance to initialize)", type->name);
            return -1;
        }
    }
    return 0;
}

static KrObject *object_get_class(KrThread *ts, KrObject *self, void *closure)
{
    return KR_NEWREF(KR_OBJ(self->ob_type));
}

static int object_set_class(KrThread *ts, KrObject *self, KrObject *value, void *closure)
{
    if (!value) {
        kri_err_set(ts, &kr_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_type(value)) {
        kri_err_format(ts, &kr_exc_TypeError, "__class__ must be set to a class, not '%s' "
                       "object", value->ob_type->name);
        return -1;
    }
    KrType *old = self->ob_type, *new_type = (KrType *)value;
    if (!kr_type_has(old, KR_TPF_HEAPTYPE) || !kr_type_has(new_type, KR_TPF_HEAPTYPE)) {
        kri_err_set(ts, &kr_exc_TypeError, "__class__ assignment only supported for mutable "
                    "types or ModuleType subclasses");
        return -1;
    }
    if (!kri_type_new_same_layout(old, new_type)) {
        kri_err_format(ts, &kr_exc_TypeError, "__class__ assignment: '%s' object layout "
                       "differs from '%s'", new_type->name, old->name);
        return -1;
    }
    kr_incref(value);
    self->ob_type = new_type;
    kr_decref(KR_OBJ(old));
    return 0;
}

static const KrGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- object methods ---- */

static KrObject *object_init_subclass(KrThread *ts, KrObject *cls, KrObject *const *args,
                                      size_t nargsf, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__init_subclass__() takes no keyword "
                              "arguments", ((KrType *)cls)->name);
    if (KR_NARGS(nargsf))
        return kri_err_format(ts, &kr_exc_TypeError, "%s.__init_subclass__() takes no "
                              "arguments (%zd given)", ((KrType *)cls)->name,
                              KR_NARGS(nargsf));
    return KR_NONE;
}

/* CPython's is a varargs method, whose keyword error has the bare name. */
static KrObject *object_subclasshook(KrThread *ts, KrObject *cls, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "__subclasshook__() takes no keyword arguments");
    return KR_NOTIMPLEMENTED;
}

static KrObject *object_sizeof(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrType *t = self->ob_type;
    ssize_t n = t->itemsize ? KR_SIZE(self) : 0;
    return kri_int_from_ssize(ts, t->basicsize + (n < 0 ? -n : n) * t->itemsize);
}

static KrObject *object_dir(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *names = kri_dict_new(ts);
    KrObject **dictp = kri_object_dict_ptr(self);
    if (names && dictp && *dictp && kri_dict_merge(ts, names, *dictp, 1) < 0)
        KR_CLEAR(names);
    KrObject *mro = self->ob_type->mro;
    for (ssize_t i = 0; names && mro && i < KR_SIZE(mro); i++) {
        KrObject *d = ((KrType *)KR_TUPLE_ITEMS(mro)[i])->dict;
        if (d && kri_dict_merge(ts, names, d, 1) < 0)
            KR_CLEAR(names);
    }
    if (!names)
        return NULL;
    KrObject *list = kri_dict_keys_list(ts, names);
    kr_decref(names);
    return list;
}

/* object.__getstate__(): the instance dict (None when empty), paired with
 * a dict of the __slots__ values when the class has slots. */
static KrObject *object_getstate(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrType *t = self->ob_type;
    KrObject **dictp = kri_object_dict_ptr(self);
    KrObject *state = dictp && *dictp && kri_dict_len(*dictp) ? kri_dict_copy(ts, *dictp)
                                                               : KR_NONE;
    if (!state)
        return NULL;
    KrObject *slots = NULL;
    for (KrType *s = t; s && kr_type_has(s, KR_TPF_HEAPTYPE); s = s->base) {
        for (const KrMemberDef *m = s->slot_names ? s->members : NULL; m && m->name; m++) {
            KrObject *v = *(KrObject **)(void *)((char *)self + m->offset);
            if (!v)
                continue;
            if ((!slots && !(slots = kri_dict_new(ts))) ||
                kri_dict_set_cstr(ts, slots, m->name, v) < 0) {
                kr_xdecref(slots);
                kr_decref(state);
                return NULL;
            }
        }
    }
    if (!slots)
        return state;
    KrObject *r = kri_tuple_pack(ts, 2, state, slots);
    kr_decref(state);
    kr_decref(slots);
    return r;
}

static KrObject *object_reduce_ex(KrThread *ts, KrObject *self, KrObject *const *args,
                                  ssize_t nargs)
{
    if (kri_check_args(ts, "__reduce_ex__", nargs, 1, 1, NULL) < 0)
        return NULL;
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "object.__reduce_ex__ (copyreg-based pickling) is not implemented yet");
}

static KrObject *object_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "object.__reduce__ (copyreg-based pickling) is not implemented yet");
}

static const KrMethodDef object_methods[] = {
    {"__init_subclass__", KR_METH(object_init_subclass), KR_METH_KEYWORDS | KR_METH_CLASS,
     "This method is called when a class is subclassed.\n\nThe default implementation does "
     "nothing. It may be\noverridden to extend subclasses.\n"},
    {"__subclasshook__", KR_METH(object_subclasshook), KR_METH_KEYWORDS | KR_METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {"__sizeof__", KR_METH(object_sizeof), KR_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", KR_METH(object_dir), KR_METH_NOARGS, "Default dir() implementation."},
    {"__format__", KR_METH(kri_format_object_default), KR_METH_O,
     "__format__($self, format_spec, /)\n--\n\nDefault object formatter."},
    {"__getstate__", KR_METH(object_getstate), KR_METH_NOARGS,
     "Helper for pickle."},
    {"__reduce_ex__", KR_METH(object_reduce_ex), KR_METH_FAST, "Helper for pickle."},
    {"__reduce__", KR_METH(object_reduce), KR_METH_NOARGS, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

KrType kr_object_type = {
    KR_TYPE_HEADER,
    .name = "object",
    .basicsize = sizeof(KrObject),
    .flags = KR_TPF_BASETYPE | KR_TPF_IMMUTABLE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
           "and returns a new featureless\ninstance that has no instance attributes and "
           "cannot be given any.\n",
    .dealloc = kri_object_free,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = kri_object_identity_hash,
    .richcompare = object_richcompare,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
};
