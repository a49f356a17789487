/* The generic object protocols (object.c, abstract.c, call.c): what the VM
 * and every builtin use to operate on objects of any type. Each function
 * returns a new reference or NULL with an exception set, or an int that is
 * -1 on error, unless its comment says otherwise. Included by objects.h. */
#ifndef KRAIT_PROTOCOLS_H
#define KRAIT_PROTOCOLS_H

/* ---- object.c: allocation and the basic protocols ---- */
/* A zeroed object of [type] with [size] bytes (header included), owned by
 * [ts], refcount 1. Holds a reference to a heap type. NULL: MemoryError. */
KR_HIDDEN KrObject *kri_object_alloc(KrThread *ts, KrType *type, size_t size);
/* Frees the memory of [o] (the end of a dealloc slot; drops the reference
 * to a heap type). */
KR_HIDDEN void kri_object_free(KrObject *o);
/* Whether [descr] is the member descriptor of a writable __slots__ slot
 * (AttributeError when empty); *[offset] receives the slot's offset. */
KR_HIDDEN bool kri_member_descr_slot(const KrObject *descr, size_t *offset);
/* Zeroed memory of [size] bytes from the thread's block cache (or malloc),
 * and its release; any malloc'd block may be released here, and a block
 * from here may be given to realloc or free. NULL: out of memory. */
KR_HIDDEN void *kri_block_alloc(KrThread *ts, size_t size);
KR_HIDDEN void kri_block_free(void *p);
/* Returns the blocks [ts] keeps for reuse to the system (thread end). */
KR_HIDDEN void kri_object_release_blocks(KrThread *ts);

KR_HIDDEN KrObject *kri_object_repr(KrThread *ts, KrObject *o);
KR_HIDDEN KrObject *kri_object_str(KrThread *ts, KrObject *o);
KR_HIDDEN KrObject *kri_object_ascii(KrThread *ts, KrObject *o);
KR_HIDDEN int64_t kri_object_hash(KrThread *ts, KrObject *o);
/* TypeError "unhashable type: 'X'"; returns -1. */
KR_HIDDEN int64_t kri_object_hash_not_implemented(KrThread *ts, KrObject *o);
KR_HIDDEN KrObject *kri_object_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op);
/* Like richcompare, as a truth value; identity implies equality for
 * KR_EQ/KR_NE, as in containers. */
KR_HIDDEN int kri_object_richcompare_bool(KrThread *ts, KrObject *a, KrObject *b, int op);
KR_HIDDEN int kri_object_is_true(KrThread *ts, KrObject *o);

/* Attributes: [name] must be a str. */
KR_HIDDEN KrObject *kri_object_getattr(KrThread *ts, KrObject *o, KrObject *name);
KR_HIDDEN KrObject *kri_object_getattr_cstr(KrThread *ts, KrObject *o, const char *name);
/* 1 with *[result] set, 0 when the attribute is missing (AttributeError
 * suppressed, *result NULL), -1 on other errors. */
KR_HIDDEN int kri_object_lookup_attr(KrThread *ts, KrObject *o, KrObject *name,
                                     KrObject **result);
KR_HIDDEN int kri_object_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value);
KR_HIDDEN int kri_object_delattr(KrThread *ts, KrObject *o, KrObject *name);
KR_HIDDEN KrObject *kri_object_generic_getattr(KrThread *ts, KrObject *o, KrObject *name);
KR_HIDDEN int kri_object_generic_setattr(KrThread *ts, KrObject *o, KrObject *name,
                                         KrObject *value);
/* The address of the instance __dict__ pointer of [o], or NULL. */
KR_HIDDEN KrObject **kri_object_dict_ptr(KrObject *o);
/* AttributeError "'T' object has no attribute 'name'" (with name/obj set). */
KR_HIDDEN KrObject *kri_object_no_attribute(KrThread *ts, KrObject *o, KrObject *name);

KR_HIDDEN KrObject *kri_object_format(KrThread *ts, KrObject *o, KrObject *spec);
KR_HIDDEN int kri_object_isinstance(KrThread *ts, KrObject *o, KrObject *cls);
KR_HIDDEN int kri_object_issubclass(KrThread *ts, KrObject *derived, KrObject *cls);
static inline bool kr_is_type(const KrObject *o, const KrType *t)
{
    return o->ob_type == t;
}
KR_HIDDEN bool kri_type_is_subtype(const KrType *a, const KrType *b);
/* isinstance for exact C-level checks (no __instancecheck__). */
static inline bool kr_isinstance(const KrObject *o, const KrType *t)
{
    return o->ob_type == t || kri_type_is_subtype(o->ob_type, t);
}

/* ---- abstract.c: numbers, sequences, mappings, iteration ---- */
KR_HIDDEN KrObject *kri_number_binop(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op);
KR_HIDDEN KrObject *kri_number_inplace(KrThread *ts, KrObject *a, KrObject *b, KrNbOp op);
KR_HIDDEN KrObject *kri_number_power(KrThread *ts, KrObject *a, KrObject *b, KrObject *mod);
KR_HIDDEN KrObject *kri_number_negative(KrThread *ts, KrObject *a);
KR_HIDDEN KrObject *kri_number_positive(KrThread *ts, KrObject *a);
KR_HIDDEN KrObject *kri_number_invert(KrThread *ts, KrObject *a);
KR_HIDDEN KrObject *kri_number_absolute(KrThread *ts, KrObject *a);
/* operator.index(o): an int (exact int or subclass), or TypeError
 * "'T' object cannot be interpreted as an integer". */
KR_HIDDEN KrObject *kri_number_index(KrThread *ts, KrObject *o);
/* index(o) as ssize_t; when it does not fit, raises [overflow] with
 * "cannot fit 'int' into an index-sized integer", or clamps when
 * [overflow] is NULL. */
KR_HIDDEN ssize_t kri_number_as_ssize(KrThread *ts, KrObject *o, KrType *overflow);
KR_HIDDEN bool kri_number_has_index(const KrObject *o);
/* int(o) / float(o) conversions as the builtins do. */
KR_HIDDEN KrObject *kri_number_int(KrThread *ts, KrObject *o);
KR_HIDDEN KrObject *kri_number_float(KrThread *ts, KrObject *o);
/* The symbol of a binary operator for messages: "+", "//", "@", ... */
KR_HIDDEN const char *kri_number_op_symbol(KrNbOp op, bool inplace);

KR_HIDDEN ssize_t kri_object_len(KrThread *ts, KrObject *o);
/* len(o) or, failing that, __length_hint__; [dflt] when neither is known. */
KR_HIDDEN ssize_t kri_object_length_hint(KrThread *ts, KrObject *o, ssize_t dflt);
KR_HIDDEN KrObject *kri_object_getitem(KrThread *ts, KrObject *o, KrObject *key);
KR_HIDDEN KrObject *kri_object_getitem_index(KrThread *ts, KrObject *o, ssize_t i);
KR_HIDDEN int kri_object_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value);
KR_HIDDEN int kri_object_delitem(KrThread *ts, KrObject *o, KrObject *key);
/* `item in o`: 1, 0 or -1. */
KR_HIDDEN int kri_sequence_contains(KrThread *ts, KrObject *o, KrObject *item);
/* A list / tuple of the items of an iterable. */
KR_HIDDEN KrObject *kri_sequence_list(KrThread *ts, KrObject *iterable);
KR_HIDDEN KrObject *kri_sequence_tuple(KrThread *ts, KrObject *iterable);

KR_HIDDEN KrObject *kri_object_iter(KrThread *ts, KrObject *o);
/* The next item (new reference); NULL without an exception when the
 * iterator is exhausted (a StopIteration raised by a Python __next__ is
 * swallowed here), NULL with an exception on error. */
KR_HIDDEN KrObject *kri_iter_next(KrThread *ts, KrObject *it);
KR_HIDDEN bool kri_iter_check(const KrObject *o);

/* ---- call.c: calling objects ---- */
KR_HIDDEN KrObject *kri_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames);
/* callable(*[args], **[kwargs]): a tuple and a dict or NULL. */
KR_HIDDEN KrObject *kri_call_tuple(KrThread *ts, KrObject *callable, KrObject *args,
                                   KrObject *kwargs);
KR_HIDDEN KrObject *kri_call0(KrThread *ts, KrObject *callable);
KR_HIDDEN KrObject *kri_call1(KrThread *ts, KrObject *callable, KrObject *a);
KR_HIDDEN KrObject *kri_call2(KrThread *ts, KrObject *callable, KrObject *a, KrObject *b);
/* o.name(*args): looks the method up without making a bound method. */
KR_HIDDEN KrObject *kri_call_method(KrThread *ts, KrObject *o, KrObject *name,
                                    KrObject *const *args, size_t nargs);
KR_HIDDEN bool kri_callable(const KrObject *o);
/* Checks a builtin's arguments: TypeError with CPython's wording when
 * [nargs] is outside [min, max] or keywords are given. [name] is the
 * function's name. 0 or -1. */
KR_HIDDEN int kri_check_args(KrThread *ts, const char *name, ssize_t nargs, ssize_t min,
                             ssize_t max, KrObject *kwnames);

/* The `new_` of types Python code cannot instantiate (without one, the
 * slot is inherited from the base): "cannot create 'X' instances". */
KR_HIDDEN KrObject *kri_type_no_instances(KrThread *ts, KrType *type, KrObject *const *args,
                                          size_t nargsf, KrObject *kwnames);

/* ---- runtime helpers for recursive container operations ----
 * repr of containers guards against self-reference (`[...]`): 1 when [o] is
 * already being repr'd on this thread, 0 when entered, -1 on error. */
KR_HIDDEN int kri_repr_enter(KrThread *ts, KrObject *o);
KR_HIDDEN void kri_repr_leave(KrThread *ts, KrObject *o);

#endif
