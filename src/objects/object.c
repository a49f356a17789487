/* Object allocation, the end of an object's life, and the basic protocols
 * every type shares: repr, str, hash, rich comparison, truth, attributes.
 *
 * Reference counts are biased (object.h): the owning thread counts in
 * ob_ref_local, everyone else in ob_ref_shared. When the owner's count
 * reaches zero the object dies if nobody else holds it; otherwise the owner
 * gives up ownership (ob_tid = 0) and the shared count decides. While
 * threads take turns (one runs Python at a time) a non-owner may also merge
 * the two counts directly; the free-threaded build will queue that merge to
 * the owner instead. Deallocation nests at most KR_DEALLOC_DEPTH deep on the
 * C stack; deeper objects wait on a per-thread list (the "trashcan"). */
#include <stdlib.h>

#include "objects/objects.h"

enum { KR_DEALLOC_DEPTH = 64 };

KrObject *kri_object_alloc(KrThread *ts, KrType *type, size_t size)
{
    KrObject *o = calloc(1, size);
    if (!o)
        return kri_err_no_memory(ts);
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
    kri_err_format(ts, &kr_exc_TypeError, "unhashable type: '%s'", kri_type_name(o->ob_type));
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
                          compare_symbols[op], kri_type_name(ta), kri_type_name(tb));
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
                       kri_type_name((KrType *)o), name);
    else
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       kri_type_name(o->ob_type), name);
    KrObject *exc = ts->exc;
    if (exc && kr_isinstance(exc, &kr_exc_AttributeError)) {
        KrAttributeErrorObj *e = (KrAttributeErrorObj *)exc;
        KR_SETREF(e->name, KR_NEWREF(name));
        KR_SETREF(e->obj, KR_NEWREF(o));
    }
    return NULL;
}

KrObject **kri_object_dict_ptr(KrObject *o)
{
    ssize_t off = o->ob_type->dictoffset;
    if (off == 0)
        return NULL;
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
                           kri_type_name(t), name);
            return -1;
        }
        kri_err_format(ts, &kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                       kri_type_name(t), name);
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
                       kri_type_name(o->ob_type), value ? "assign to" : "del", name);
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
