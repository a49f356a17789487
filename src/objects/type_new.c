/* Class creation: type.__new__(meta, name, bases, namespace, **kwds), as
 * the class statement (through the metaclass) and type(name, bases, dict)
 * call it; and the life of instances of the classes it makes.
 *
 * Layout invariant: an instance of a heap type starts with the layout of
 * its solid base (the nearest static type that adds fields; `object` when
 * none does), followed by the `__slots__` fields of each heap type along
 * the base chain, then the `__dict__` pointer and the weakref pointer when
 * the class added them. For variable-size bases (int, tuple, bytes) the
 * dict pointer lives at the end of the variable part instead: dictoffset
 * is negative, counted from the pointer-aligned end of the object.
 * A heap type owns: its name and doc (malloc'd C strings), `members` (the
 * __slots__ member table, names borrowed from `slot_names`), a reference
 * to its base, and its bases/mro/dict tuples. See docs/internals/objects.md. */
#include <stdlib.h>
#include <string.h>

#include "objects/slots.h"

/* ---- arguments and metaclass ---- */

static int check_args(KrThread *ts, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 3) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "type.__new__() takes exactly 3 arguments (%zd given)", nargs);
        return -1;
    }
    static const char *const want[] = {"str", "tuple", "dict"};
    bool ok[3] = {kr_str_check(args[0]), kr_tuple_check(args[1]), kr_dict_check(args[2])};
    for (int i = 0; i < 3; i++) {
        if (!ok[i]) {
            kri_err_format(ts, &kr_exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                           i + 1, want[i], kri_type_name(args[i]->ob_type));
            return -1;
        }
    }
    return 0;
}

/* The most derived metaclass of [meta] and the bases' types. */
static KrType *calculate_metaclass(KrThread *ts, KrType *meta, KrObject *bases)
{
    KrType *winner = meta;
    for (ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrType *t = KR_TUPLE_ITEMS(bases)[i]->ob_type;
        if (kri_type_is_subtype(winner, t)) continue;
        if (kri_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        kri_err_set(ts, &kr_exc_TypeError,
                    "metaclass conflict: the metaclass of a derived "
                    "class must be a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- solid base and best base ---- */

/* Whether [t] adds instance fields to [base] beyond a dict and a weakref
 * pointer (which any two classes may add independently). */
static bool extra_ivars(const KrType *t, const KrType *base)
{
    ssize_t size = t->basicsize;
    if (t->itemsize || base->itemsize)
        return size != base->basicsize || t->itemsize != base->itemsize;
    if (kr_type_has(t, KR_TPF_HEAPTYPE)) {
        if (t->weaklistoffset && !base->weaklistoffset &&
            t->weaklistoffset + (ssize_t)sizeof(KrObject *) == size)
            size -= sizeof(KrObject *);
        if (t->dictoffset && !base->dictoffset &&
            t->dictoffset + (ssize_t)sizeof(KrObject *) == size)
            size -= sizeof(KrObject *);
    }
    return size != base->basicsize;
}

static const KrType *solid_base(const KrType *t)
{
    const KrType *base = t->base ? solid_base(t->base) : &kr_object_type;
    return extra_ivars(t, base) ? t : base;
}

static KrType *best_base(KrThread *ts, KrObject *bases)
{
    KrType *best = NULL;
    const KrType *winner = NULL;
    for (ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_ITEMS(bases)[i];
        if (!kr_type_has(b->ob_type, KR_TPF_TYPE_SUBCLASS)) {
            kri_err_set(ts, &kr_exc_TypeError, "bases must be types");
            return NULL;
        }
        KrType *bt = (KrType *)b;
        if (!kr_type_has(bt, KR_TPF_BASETYPE)) {
            kri_err_format(ts, &kr_exc_TypeError, "type '%s' is not an acceptable base type",
                           kri_type_name(bt));
            return NULL;
        }
        const KrType *candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            best = bt;
        } else if (kri_type_is_subtype(winner, candidate)) {
            continue;
        } else if (kri_type_is_subtype(candidate, winner)) {
            winner = candidate;
            best = bt;
        } else {
            kri_err_set(ts, &kr_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* ---- C3 linearization ---- */

/* TypeError naming the classes still at the heads of the lists. */
static void mro_error(KrThread *ts, KrObject **lists, ssize_t n, ssize_t *pos)
{
    KrStrWriter w;
    kri_strw_init(&w);
    KrObject *seen = kri_list_new(ts, 0);
    static const char prefix[] =
        "Cannot create a consistent method resolution\norder (MRO) for bases ";
    int r = seen ? kri_strw_ascii(ts, &w, prefix, (ssize_t)sizeof prefix - 1) : -1;
    for (ssize_t i = 0; i < n && r == 0; i++) {
        if (pos[i] >= KR_SIZE(lists[i])) continue;
        KrObject *head = KR_TUPLE_ITEMS(lists[i])[pos[i]];
        bool dup = false;
        for (ssize_t j = 0; j < KR_SIZE(seen); j++)
            dup |= KR_LIST_ITEMS(seen)[j] == head;
        if (dup) continue;
        if (KR_SIZE(seen) && kri_strw_ascii(ts, &w, ", ", 2) < 0)
            r = -1;
        else if (kri_list_append(ts, seen, head) < 0)
            r = -1;
        else
            r = kri_strw_utf8(ts, &w, kri_type_name((KrType *)head),
                              (ssize_t)strlen(kri_type_name((KrType *)head)));
    }
    kr_xdecref(seen);
    KrObject *msg = r == 0 ? kri_strw_finish(ts, &w) : NULL;
    if (r < 0) kri_strw_discard(&w);
    if (msg) {
        kri_err_set_object(ts, &kr_exc_TypeError, msg);
        kr_decref(msg);
    }
}

static bool in_tail(KrObject *cand, KrObject **lists, ssize_t n, ssize_t *pos)
{
    for (ssize_t i = 0; i < n; i++)
        for (ssize_t j = pos[i] + 1; j < KR_SIZE(lists[i]); j++)
            if (KR_TUPLE_ITEMS(lists[i])[j] == cand) return true;
    return false;
}

/* Merges [lists] (tuples) into [out] (a list): C3. */
static int c3_merge(KrThread *ts, KrObject *out, KrObject **lists, ssize_t n)
{
    ssize_t *pos = calloc((size_t)n, sizeof(ssize_t));
    if (!pos) {
        kri_err_no_memory(ts);
        return -1;
    }
    int r = 0;
    for (;;) {
        KrObject *found = NULL;
        bool empty = true;
        for (ssize_t i = 0; i < n && !found; i++) {
            if (pos[i] >= KR_SIZE(lists[i])) continue;
            empty = false;
            KrObject *cand = KR_TUPLE_ITEMS(lists[i])[pos[i]];
            if (!in_tail(cand, lists, n, pos)) found = cand;
        }
        if (empty) break;
        if (!found) {
            mro_error(ts, lists, n, pos);
            r = -1;
            break;
        }
        if (kri_list_append(ts, out, found) < 0) {
            r = -1;
            break;
        }
        for (ssize_t i = 0; i < n; i++)
            if (pos[i] < KR_SIZE(lists[i]) && KR_TUPLE_ITEMS(lists[i])[pos[i]] == found) pos[i]++;
    }
    free(pos);
    return r;
}

KrObject *kri_type_new_mro(KrThread *ts, KrType *type)
{
    KrObject *bases = type->bases;
    ssize_t nb = KR_SIZE(bases);
    for (ssize_t i = 0; i < nb; i++)
        for (ssize_t j = i + 1; j < nb; j++)
            if (KR_TUPLE_ITEMS(bases)[i] == KR_TUPLE_ITEMS(bases)[j])
                return kri_err_format(ts, &kr_exc_TypeError, "duplicate base class %s",
                                      kri_type_name((KrType *)KR_TUPLE_ITEMS(bases)[i]));
    KrObject **lists = malloc(sizeof(KrObject *) * (size_t)(nb + 1));
    KrObject *out = kri_list_new(ts, 0);
    if (!lists || !out || kri_list_append(ts, out, KR_OBJ(type)) < 0) {
        free(lists);
        kr_xdecref(out);
        return kri_err_no_memory(ts);
    }
    for (ssize_t i = 0; i < nb; i++)
        lists[i] = ((KrType *)KR_TUPLE_ITEMS(bases)[i])->mro;
    lists[nb] = bases;
    int r = c3_merge(ts, out, lists, nb + 1);
    free(lists);
    KrObject *t = r == 0 ? kri_list_as_tuple(ts, out) : NULL;
    kr_decref(out);
    return t;
}

/* A metaclass overriding mro() is asked for the MRO. */
static KrObject *compute_mro(KrThread *ts, KrType *type)
{
    KrType *meta = type->ob_base.ob_base.ob_type;
    if (meta != &kr_type_type) {
        KrObject *m = kri_type_lookup(ts, meta, KR_ID(mro));
        KrObject *dflt = kri_dict_get_str_borrow(ts, kr_type_type.dict, KR_ID(mro));
        if (m && m != dflt) {
            KrObject *r = kri_call_method(ts, KR_OBJ(type), KR_ID(mro), NULL, 0);
            if (!r) return NULL;
            KrObject *t = kri_sequence_tuple(ts, r);
            kr_decref(r);
            return t;
        }
    }
    return kri_type_new_mro(ts, type);
}

/* ---- __slots__ ---- */

static bool is_identifier(KrObject *s)
{
    ssize_t n = kr_str_len(s);
    if (n == 0) return false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_at(s, i);
        bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
                  (i > 0 && c >= '0' && c <= '9');
        if (!ok) return false;
    }
    return true;
}

/* `__x` inside class C is `_C__x` (leading underscores of C dropped). */
static KrObject *mangle(KrThread *ts, KrObject *cls_name, KrObject *name)
{
    ssize_t n = kr_str_len(name);
    if (n < 3 || kr_str_at(name, 0) != '_' || kr_str_at(name, 1) != '_' ||
        (kr_str_at(name, n - 1) == '_' && kr_str_at(name, n - 2) == '_'))
        return KR_NEWREF(name);
    ssize_t skip = 0, cn = kr_str_len(cls_name);
    while (skip < cn && kr_str_at(cls_name, skip) == '_')
        skip++;
    if (skip == cn) return KR_NEWREF(name);
    KrObject *tail = kri_str_substr(ts, cls_name, skip, cn);
    KrObject *r = tail ? kri_str_format(ts, "_%U%U", tail, name) : NULL;
    kr_xdecref(tail);
    return r;
}

typedef struct Layout {
    KrObject *slots; /* tuple of the mangled, sorted slot names, or NULL */
    bool add_dict, add_weak;
} Layout;

static int slot_name_ok(KrThread *ts, KrObject *s)
{
    if (!kr_str_check(s)) {
        kri_err_format(ts, &kr_exc_TypeError, "__slots__ items must be strings, not '%s'",
                       kri_type_name(s->ob_type));
        return -1;
    }
    if (!is_identifier(s)) {
        kri_err_set(ts, &kr_exc_TypeError, "__slots__ must be identifiers");
        return -1;
    }
    return 0;
}

/* Reads __slots__ from [dict]: which names become member descriptors and
 * whether instances still get a __dict__ / weakref slot. */
static int parse_slots(KrThread *ts, KrType *base, KrObject *name, KrObject *dict, Layout *lay)
{
    bool may_dict = base->dictoffset == 0,
         may_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    lay->add_dict = may_dict;
    lay->add_weak = may_weak;
    lay->slots = NULL;
    KrObject *spec = kri_dict_get_str_borrow(ts, dict, KR_ID(__slots__));
    if (!spec) return kri_err_occurred(ts) ? -1 : 0;
    KrObject *items =
        kr_str_check(spec) ? kri_tuple_pack(ts, 1, spec) : kri_sequence_tuple(ts, spec);
    KrObject *names = items ? kri_list_new(ts, 0) : NULL;
    if (!names) goto fail;
    lay->add_dict = lay->add_weak = false;
    for (ssize_t i = 0; i < KR_SIZE(items); i++) {
        KrObject *s = KR_TUPLE_ITEMS(items)[i];
        if (slot_name_ok(ts, s) < 0) goto fail;
        if (kri_str_eq_cstr(s, "__dict__")) {
            if (!may_dict || lay->add_dict) {
                kri_err_set(ts, &kr_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            lay->add_dict = true;
            continue;
        }
        if (kri_str_eq_cstr(s, "__weakref__")) {
            if (!may_weak || lay->add_weak) {
                kri_err_set(ts, &kr_exc_TypeError,
                            "__weakref__ slot disallowed: either we "
                            "already got one, or __itemsize__ != 0");
                goto fail;
            }
            lay->add_weak = true;
            continue;
        }
        KrObject *m = mangle(ts, name, s);
        if (!m || kri_list_append_steal(ts, names, m) < 0) goto fail;
        int has = kri_dict_contains(ts, dict, m);
        if (has != 0) {
            if (has > 0)
                kri_err_format(ts, &kr_exc_ValueError,
                               "%R in __slots__ conflicts with class variable", m);
            goto fail;
        }
    }
    if (KR_SIZE(names) && base->itemsize) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "nonempty __slots__ not supported for subtype "
                       "of '%s'",
                       kri_type_name(base));
        goto fail;
    }
    if (kri_list_sort(ts, names, NULL, false) < 0) goto fail;
    lay->slots = kri_list_as_tuple(ts, names);
    kr_decref(items);
    kr_decref(names);
    return lay->slots ? 0 : -1;
fail:
    kr_xdecref(items);
    kr_xdecref(names);
    return -1;
}

/* Places the slots, the dict and the weakref pointer after the base's
 * fields, and adds their descriptors to the type's dict. */
static int build_layout(KrThread *ts, KrType *type, KrType *base, Layout *lay)
{
    ssize_t size = base->basicsize, nslots = lay->slots ? KR_SIZE(lay->slots) : 0;
    type->basicsize = size;
    type->itemsize = base->itemsize;
    type->dictoffset = base->dictoffset;
    type->weaklistoffset = base->weaklistoffset;
    if (nslots) {
        KrMemberDef *members = calloc((size_t)nslots + 1, sizeof(KrMemberDef));
        if (!members) {
            kri_err_no_memory(ts);
            return -1;
        }
        type->members = members;
        type->slot_names = kr_incref(lay->slots);
        for (ssize_t i = 0; i < nslots; i++) {
            const char *n = kri_str_utf8(ts, KR_TUPLE_ITEMS(lay->slots)[i], NULL);
            if (!n) return -1;
            members[i] = (KrMemberDef){n, KR_MEMBER_OBJECT_EX, (size_t)size, false, NULL};
            size += sizeof(KrObject *);
            KrObject *d = kri_descr_new_member(ts, type, &members[i]);
            if (!d || kri_dict_set(ts, type->dict, KR_TUPLE_ITEMS(lay->slots)[i], d) < 0) {
                kr_xdecref(d);
                return -1;
            }
            kr_decref(d);
        }
    }
    if (lay->add_dict) {
        type->dictoffset = base->itemsize ? -(ssize_t)sizeof(KrObject *) : size;
        size += sizeof(KrObject *);
    }
    if (lay->add_weak) {
        type->weaklistoffset = size;
        size += sizeof(KrObject *);
    }
    type->basicsize = size;
    for (const KrGetSetDef *g = kri_type_new_dict_getset; g->name; g++) {
        bool want = g == kri_type_new_dict_getset ? lay->add_dict : lay->add_weak;
        if (!want) continue;
        KrObject *key = kri_str_intern_cstr(ts, g->name);
        KrObject *d = key ? kri_descr_new_getset(ts, type, g) : NULL;
        int r = d ? kri_dict_set(ts, type->dict, key, d) : -1;
        kr_xdecref(key);
        kr_xdecref(d);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- the namespace ---- */

/* __new__ is a staticmethod, __init_subclass__ and __class_getitem__
 * classmethods, without saying so, when they are plain functions. */
static int wrap_implicit(KrThread *ts, KrObject *dict, KrObject *name, bool cls)
{
    KrObject *v = kri_dict_get_str_borrow(ts, dict, name);
    if (!v || !kr_is_type(v, &kr_function_type)) return 0;
    KrObject *w = cls ? kri_classmethod_new(ts, v) : kri_staticmethod_new(ts, v);
    int r = w ? kri_dict_set(ts, dict, name, w) : -1;
    kr_xdecref(w);
    return r;
}

static char *copy_utf8(KrThread *ts, KrObject *s)
{
    ssize_t len;
    const char *u = kri_str_utf8(ts, s, &len);
    char *copy = u ? malloc((size_t)len + 1) : NULL;
    if (u && !copy) kri_err_no_memory(ts);
    if (copy) memcpy(copy, u, (size_t)len + 1);
    return copy;
}

static int read_namespace(KrThread *ts, KrType *type, KrObject *name)
{
    KrObject *dict = type->dict;
    KrObject *qual = kri_dict_get_str_borrow(ts, dict, KR_ID(__qualname__));
    if (qual) {
        if (!kr_str_check(qual)) {
            kri_err_format(ts, &kr_exc_TypeError, "type __qualname__ must be a str, not %s",
                           kri_type_name(qual->ob_type));
            return -1;
        }
        type->qualname = kr_incref(qual);
        if (kri_dict_del(ts, dict, KR_ID(__qualname__)) < 0) return -1;
    } else {
        type->qualname = kr_incref(name);
    }
    KrObject *module = kri_dict_get_str_borrow(ts, dict, KR_ID(__module__));
    type->module = module ? kr_incref(module) : NULL;
    KrObject *doc = kri_dict_get_str_borrow(ts, dict, KR_ID(__doc__));
    if (!doc && kri_dict_set(ts, dict, KR_ID(__doc__), KR_NONE) < 0) return -1;
    if (doc && kr_str_check(doc) && !(type->doc = copy_utf8(ts, doc))) return -1;
    if (wrap_implicit(ts, dict, KR_ID(__new__), false) < 0 ||
        wrap_implicit(ts, dict, KR_ID(__init_subclass__), true) < 0 ||
        wrap_implicit(ts, dict, KR_ID(__class_getitem__), true) < 0)
        return -1;
    /* defining __eq__ alone makes instances unhashable */
    if (kri_dict_get_str_borrow(ts, dict, KR_ID(__eq__)) &&
        !kri_dict_get_str_borrow(ts, dict, KR_ID(__hash__)) &&
        kri_dict_set(ts, dict, KR_ID(__hash__), KR_NONE) < 0)
        return -1;
    KrObject *cell = kri_dict_get_str_borrow(ts, dict, KR_ID(__classcell__));
    if (cell) {
        if (!kr_is_type(cell, &kr_cell_type)) {
            kri_err_format(ts, &kr_exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                           kri_type_name(cell->ob_type));
            return -1;
        }
        KR_SETREF(((KrCell *)cell)->ref, kr_incref(KR_OBJ(type)));
        if (kri_dict_del(ts, dict, KR_ID(__classcell__)) < 0) return -1;
    }
    return 0;
}

/* ---- after creation: __set_name__ and __init_subclass__ ---- */

static int set_names(KrThread *ts, KrType *type)
{
    KrObject *items = kri_dict_copy(ts, type->dict);
    if (!items) return -1;
    ssize_t pos = 0;
    KrObject *key, *value;
    int r = 0;
    while (r == 0 && kri_dict_next(items, &pos, &key, &value)) {
        if (!kri_type_lookup(ts, value->ob_type, KR_ID(__set_name__))) continue;
        KrObject *args[2] = {KR_OBJ(type), key};
        bool found;
        KrObject *res = kri_slots_call_special(ts, value, KR_ID(__set_name__), args, 2, &found);
        if (res) {
            kr_decref(res);
            continue;
        }
        r = -1;
        KrObject *cause = kri_err_fetch(ts);
        kri_err_format(ts, &kr_exc_RuntimeError,
                       "Error calling __set_name__ on '%s' instance "
                       "%R in '%s'",
                       kri_type_name(value->ob_type), key, kri_type_name(type));
        if (cause && ts->exc) {
            kri_exc_set_context_steal(ts->exc, kr_incref(cause));
            kri_exc_set_cause_steal(ts->exc, cause);
        } else {
            kr_xdecref(cause);
        }
    }
    kr_decref(items);
    return r;
}

/* super(type, type).__init_subclass__(**kwds) */
static int init_subclass(KrThread *ts, KrType *type, KrObject *const *kwvalues, KrObject *kwnames)
{
    KrObject *mro = type->mro, *fn = NULL;
    for (ssize_t i = 1; i < KR_SIZE(mro) && !fn; i++) {
        KrType *t = (KrType *)KR_TUPLE_ITEMS(mro)[i];
        fn = t->dict ? kri_dict_get_str_borrow(ts, t->dict, KR_ID(__init_subclass__)) : NULL;
    }
    if (!fn) return 0;
    KrObject *bound =
        fn->ob_type->descr_get ? fn->ob_type->descr_get(ts, fn, NULL, KR_OBJ(type)) : KR_NEWREF(fn);
    if (!bound) return -1;
    KrObject *r = kri_call(ts, bound, kwvalues, 0, kwnames);
    kr_decref(bound);
    if (!r) return -1;
    kr_decref(r);
    return 0;
}

/* ---- type.__new__ ---- */

static int register_subclass(KrThread *ts, KrType *type)
{
    for (ssize_t i = 0; i < KR_SIZE(type->bases); i++)
        if (kri_type_add_subclass(ts, (KrType *)KR_TUPLE_ITEMS(type->bases)[i], type) < 0)
            return -1;
    return 0;
}

static KrType *make_type(KrThread *ts, KrType *meta, KrObject *name, KrObject *bases, KrObject *ns,
                         KrType *base)
{
    KrType *type = (KrType *)kri_object_alloc(ts, meta, (size_t)meta->basicsize);
    if (!type) return NULL;
    type->flags = KR_TPF_HEAPTYPE | KR_TPF_BASETYPE | KR_TPF_GC |
                  (base->flags & (KR_TPF_SUBCLASS_MASK | KR_TPF_SEQUENCE | KR_TPF_MAPPING));
    type->base = (KrType *)kr_incref(KR_OBJ(base));
    type->bases = kr_incref(bases);
    type->name = copy_utf8(ts, name);
    type->dict = kri_dict_copy(ts, ns);
    Layout lay = {NULL, false, false};
    if (!type->name || !type->dict || read_namespace(ts, type, name) < 0 ||
        parse_slots(ts, base, name, type->dict, &lay) < 0 || build_layout(ts, type, base, &lay) < 0)
        goto fail;
    KR_CLEAR(lay.slots);
    kri_type_inherit_slots(type, base);
    type->dealloc = kri_type_new_subtype_dealloc;
    if (!(type->mro = compute_mro(ts, type)) || kri_slots_fixup(ts, type) < 0 ||
        register_subclass(ts, type) < 0)
        goto fail;
    type->version = 0; /* given on first use (kri_type_version) */
    type->flags |= KR_TPF_READY;
    return type;
fail:
    kr_xdecref(lay.slots);
    kri_type_clear(ts, KR_OBJ(type));
    kr_decref(KR_OBJ(type));
    return NULL;
}

KrObject *kri_type_new(KrThread *ts, KrType *meta, KrObject *const *args, size_t nargsf,
                       KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (check_args(ts, args, nargs) < 0) return NULL;
    KrObject *name = args[0], *bases = args[1], *ns = args[2];
    KrType *winner = calculate_metaclass(ts, meta, bases);
    if (!winner) return NULL;
    if (winner != meta && winner->new_ != kri_type_new)
        return winner->new_(ts, winner, args, nargsf, kwnames);
    meta = winner;
    KrObject *own_bases =
        KR_SIZE(bases) ? kr_incref(bases) : kri_tuple_pack(ts, 1, KR_OBJ(&kr_object_type));
    if (!own_bases) return NULL;
    KrType *base = best_base(ts, own_bases);
    KrType *type = base ? make_type(ts, meta, name, own_bases, ns, base) : NULL;
    kr_decref(own_bases);
    if (!type) return NULL;
    if (set_names(ts, type) < 0 || init_subclass(ts, type, args + 3, kwnames) < 0) {
        kr_decref(KR_OBJ(type));
        return NULL;
    }
    return KR_OBJ(type);
}

/* ---- instances ---- */

/* The nearest static type along [type]'s base chain. */
static KrType *static_base(KrType *type)
{
    while (kr_type_has(type, KR_TPF_HEAPTYPE))
        type = type->base;
    return type;
}

/* Runs __del__ once; false when it resurrected the object. */
static bool run_finalizer(KrObject *o)
{
    KrThread *ts = kri_thread_current();
    if (!ts || !o->ob_type->finalize || (o->ob_flags & KR_OBF_FINALIZED)) return true;
    o->ob_flags |= KR_OBF_FINALIZED;
    o->ob_tid = ts->id;
    o->ob_ref_local = 1; /* alive while __del__ runs */
    o->ob_type->finalize(ts, o);
    if (--o->ob_ref_local == 0 &&
        atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire) == 0)
        return true;
    if (o->ob_ref_local == 0) o->ob_tid = 0; /* only other threads hold it now */
    return false;
}

void kri_type_new_subtype_dealloc(KrObject *o)
{
    if (!run_finalizer(o)) return;
    KrType *type = o->ob_type, *sbase = static_base(type);
    for (KrType *t = type; t != sbase; t = t->base) {
        if (!t->slot_names) continue;
        for (const KrMemberDef *m = t->members; m && m->name; m++)
            KR_CLEAR(*(KrObject **)(void *)((char *)o + m->offset));
    }
    if (type->dictoffset && type->dictoffset != sbase->dictoffset) {
        KrObject **dictp = kri_object_dict_ptr(o);
        if (dictp) KR_CLEAR(*dictp);
    }
    /* the base's dealloc frees the memory and drops the type reference */
    sbase->dealloc(o);
}

static KrObject *instance_get_dict(KrThread *ts, KrObject *self, void *closure)
{
    KrObject **dictp = kri_object_dict_ptr(self);
    if (!dictp) return kri_err_format(ts, &kr_exc_AttributeError, "This object has no __dict__");
    if (!*dictp && !(*dictp = kri_dict_new(ts))) return NULL;
    return KR_NEWREF(*dictp);
}

static int instance_set_dict(KrThread *ts, KrObject *self, KrObject *value, void *closure)
{
    KrObject **dictp = kri_object_dict_ptr(self);
    if (!dictp) {
        kri_err_set(ts, &kr_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !kr_dict_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       kri_type_name(value->ob_type));
        return -1;
    }
    KR_SETREF(*dictp, value ? kr_incref(value) : NULL);
    return 0;
}

static KrObject *instance_get_weakref(KrThread *ts, KrObject *self, void *closure)
{
    return KR_NONE; /* no weak references exist yet */
}

const KrGetSetDef kri_type_new_dict_getset[] = {
    {"__dict__", instance_get_dict, instance_set_dict,
     "dictionary for instance variables "
     "(if defined)",
     NULL},
    {"__weakref__", instance_get_weakref, NULL,
     "list of weak references to the object (if "
     "defined)",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

bool kri_type_new_same_layout(const KrType *a, const KrType *b)
{
    const KrType *sa = a, *sb = b;
    while (kr_type_has(sa, KR_TPF_HEAPTYPE) && !sa->slot_names)
        sa = sa->base;
    while (kr_type_has(sb, KR_TPF_HEAPTYPE) && !sb->slot_names)
        sb = sb->base;
    if (sa != sb) {
        /* two classes adding the same __slots__ to the same base match */
        if (!kr_type_has(sa, KR_TPF_HEAPTYPE) || !kr_type_has(sb, KR_TPF_HEAPTYPE) ||
            !sa->slot_names || !sb->slot_names || sa->base != sb->base ||
            KR_SIZE(sa->slot_names) != KR_SIZE(sb->slot_names))
            return false;
        for (ssize_t i = 0; i < KR_SIZE(sa->slot_names); i++)
            if (!kri_str_eq(KR_TUPLE_ITEMS(sa->slot_names)[i], KR_TUPLE_ITEMS(sb->slot_names)[i]))
                return false;
    }
    return a->basicsize == b->basicsize && a->itemsize == b->itemsize &&
           a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset;
}
