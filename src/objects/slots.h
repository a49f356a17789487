/* The class machinery's internal header (slots.c, slots_call.c, type.c,
 * type_new.c, object.c, super.c, descr_py.c): the slot table that ties
 * dunder names to KrType slots, and the helpers those files share.
 * Included after objects/objects.h; nothing outside this group uses it.
 * See docs/internals/objects.md. */
#ifndef KRAIT_SLOTS_H
#define KRAIT_SLOTS_H

#include "objects/objects.h"

typedef struct KrSlotDef KrSlotDef;

/* Calls the C slot [fn] of a static type for a slot wrapper:
 * `int.__add__(1, 2)`. [self] has been checked against the type. */
typedef KrObject *(*KrSlotWrapFn)(KrThread *ts, KrObject *self, KrObject *const *args,
                                  ssize_t nargs, KrObject *kwnames, void (*fn)(void),
                                  const KrSlotDef *def);

/* One dunder name bound to one slot. Several entries may share a slot
 * (the six comparisons, __setattr__/__delattr__) and several may share a
 * name (__add__ fills nb[ADD] or sq_concat): static types get a wrapper
 * for the first filled entry of a name. */
struct KrSlotDef {
    const char *name;
    size_t offset;         /* of the slot in KrType */
    void (*generic)(void); /* heap types: the dispatcher, or NULL */
    KrSlotWrapFn wrap;
    int op;        /* comparison operator or KrNbOp */
    bool keywords; /* the wrapper takes keyword arguments */
    const char *doc;
};

/* ---- slots.c ---- */
KR_HIDDEN extern KrType kr_wrapper_descr_type, kr_method_wrapper_type;
/* The table, ended by an entry with a NULL name. */
KR_HIDDEN extern const KrSlotDef kri_slot_defs[];
/* Sets every slot of heap type [type] from the names its MRO defines. */
KR_HIDDEN int kri_slots_fixup(KrThread *ts, KrType *type);
/* type_bases.c: `C.__bases__ = value` (value NULL: deletion, refused). */
KR_HIDDEN int kri_type_set_bases(KrThread *ts, KrType *type, KrObject *value);
/* The `__new__` builtin of a static type (a KrMethodDef with self = the
 * type), to recognise it when a class inherits it. */
KR_HIDDEN extern const KrMethodDef kri_slots_new_def;

/* ---- slots_wrap.c ---- */
/* A wrapper descriptor for [def] of static [type] (its current slot). */
KR_HIDDEN KrObject *kri_slots_wrapper_new(KrThread *ts, KrType *type, const KrSlotDef *def);
/* Whether [o] is a wrapper descriptor; if so its entry, wrapped function
 * and type. */
KR_HIDDEN bool kri_slots_wrapper_info(const KrObject *o, const KrSlotDef **def, void (**fn)(void),
                                      KrType **type);
#define KR_SLOT_WRAP_DECL(name)                                                                    \
    KR_HIDDEN KrObject *kri_slots_wrap_##name(KrThread *ts, KrObject *self, KrObject *const *args, \
                                              ssize_t nargs, KrObject *kwnames, void (*fn)(void),  \
                                              const KrSlotDef *def);
KR_SLOT_WRAP_DECL(unary)
KR_SLOT_WRAP_DECL(binary_l) KR_SLOT_WRAP_DECL(binary_r) KR_SLOT_WRAP_DECL(pow)
    KR_SLOT_WRAP_DECL(richcmp) KR_SLOT_WRAP_DECL(len) KR_SLOT_WRAP_DECL(hash)
        KR_SLOT_WRAP_DECL(inquiry) KR_SLOT_WRAP_DECL(contains) KR_SLOT_WRAP_DECL(call)
            KR_SLOT_WRAP_DECL(init) KR_SLOT_WRAP_DECL(next) KR_SLOT_WRAP_DECL(getattr)
                KR_SLOT_WRAP_DECL(setattr) KR_SLOT_WRAP_DECL(delattr) KR_SLOT_WRAP_DECL(setitem)
                    KR_SLOT_WRAP_DECL(delitem) KR_SLOT_WRAP_DECL(descr_get)
                        KR_SLOT_WRAP_DECL(descr_set) KR_SLOT_WRAP_DECL(descr_delete)
                            KR_SLOT_WRAP_DECL(repeat) KR_SLOT_WRAP_DECL(del)
#undef KR_SLOT_WRAP_DECL

    /* ---- slots_call.c ---- */
    /* As kri_slots_call_special, with keyword arguments. */
    KR_HIDDEN KrObject *kri_slots_call_special_kw(KrThread *ts, KrObject *self, KrObject *name,
                                                  KrObject *const *args, size_t nargsf,
                                                  KrObject *kwnames, bool *found);
/* Calls the special method [name] of [self] looked up on its type (not
 * the instance): *[found] is false and NULL returned, without an
 * exception, when the type has no such attribute. */
KR_HIDDEN KrObject *kri_slots_call_special(KrThread *ts, KrObject *self, KrObject *name,
                                           KrObject *const *args, ssize_t nargs, bool *found);
/* The new_ of a heap type that did not define __new__: the nearest static
 * base's new_, checked to have made an instance of the subclass. */
KR_HIDDEN KrObject *kri_slots_inherited_new(KrThread *ts, KrType *type, KrObject *const *args,
                                            size_t nargsf, KrObject *kwnames);
KR_HIDDEN KrObject *kri_slots_tp_new(KrThread *ts, KrType *type, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames);
/* Prints "Exception ignored in: <obj>" and the pending exception to
 * stderr, then clears it (errors in __del__ cannot propagate). */
KR_HIDDEN void kri_slots_write_unraisable(KrThread *ts, KrObject *obj);

/* ---- type_new.c ---- */
/* Instance dealloc of heap types: __del__, slots, __dict__, then the
 * nearest static base's dealloc. */
KR_HIDDEN void kri_type_new_subtype_dealloc(KrObject *o);
/* The getset giving instances of heap types their __dict__. */
KR_HIDDEN extern const KrGetSetDef kri_type_new_dict_getset[];
/* The C3 linearization of [type]'s bases (a new tuple starting with it). */
KR_HIDDEN KrObject *kri_type_new_mro(KrThread *ts, KrType *type);
/* Whether instances of [a] and [b] share a layout (for __class__
 * assignment): same solid base, same dict/weakref slots, same __slots__. */
KR_HIDDEN bool kri_type_new_same_layout(const KrType *a, const KrType *b);

/* ---- object.c ---- */
KR_HIDDEN int64_t kri_object_identity_hash(KrThread *ts, KrObject *o);
/* isinstance / issubclass without __instancecheck__ / __subclasscheck__
 * (what type's own hooks do): the MRO, or __class__ / __bases__. */
KR_HIDDEN int kri_object_real_isinstance(KrThread *ts, KrObject *inst, KrObject *cls);
KR_HIDDEN int kri_object_real_issubclass(KrThread *ts, KrObject *derived, KrObject *cls);

/* ---- type.c ---- */
/* Copies into [type] every slot it left empty that [base] fills. */
KR_HIDDEN void kri_type_inherit_slots(KrType *type, KrType *base);
KR_HIDDEN extern KrType kr_mappingproxy_type;
KR_HIDDEN KrObject *kri_mappingproxy_new(KrThread *ts, KrObject *mapping);
/* Adds [sub] to the subclass list of each of its bases / removes it. */
KR_HIDDEN int kri_type_add_subclass(KrThread *ts, KrType *base, KrType *sub);
KR_HIDDEN void kri_type_remove_subclass(KrThread *ts, KrType *base, KrType *sub);
/* Breaks the reference cycles a heap type is part of (its mro holds it,
 * its dict holds functions): what the cycle collector will call. */
KR_HIDDEN int kri_type_clear(KrThread *ts, KrObject *type);

/* ---- descr_py.c ---- */
KR_HIDDEN extern KrType kr_property_type, kr_classmethod_type, kr_staticmethod_type;
KR_HIDDEN KrObject *kri_classmethod_new(KrThread *ts, KrObject *func);
KR_HIDDEN KrObject *kri_staticmethod_new(KrThread *ts, KrObject *func);

/* ---- super.c ---- */
KR_HIDDEN extern KrType kr_super_type;

#endif
