/* Builtin types: their instance layouts (where other files need them) and
 * their C APIs, one section per file of src/objects/. Included by
 * objects.h. Instance sizes are chosen to stay within 8 bytes of CPython
 * 3.11's (sys.getsizeof): docs/internals/objects.md lists them. */
#ifndef KRAIT_TYPES_H
#define KRAIT_TYPES_H

/* ---- singletons (object.c) ---- */
KR_HIDDEN extern KrType kr_none_type, kr_notimplemented_type, kr_ellipsis_type;
KR_HIDDEN extern KrObject kr_none_obj, kr_notimplemented_obj, kr_ellipsis_obj;
#define KR_NONE (&kr_none_obj)
#define KR_NOTIMPLEMENTED (&kr_notimplemented_obj)
#define KR_ELLIPSIS (&kr_ellipsis_obj)
static inline KrObject *kr_none(void)
{
    return KR_NONE; /* immortal: no reference to take */
}

/* ---- str.c ----
 * Compact representation (PEP 393): the code points follow the header, 1, 2
 * or 4 bytes each (the narrowest that holds the largest), NUL-terminated.
 * ASCII strings are their own UTF-8; others cache a UTF-8 copy on demand. */
typedef struct KrStr {
    KrObject ob_base;
    ssize_t length;      /* code points */
    int64_t hash;        /* -1 until computed */
    uint8_t kind;        /* 1, 2 or 4 */
    uint8_t ascii;       /* every code point < 128 */
    uint8_t interned;    /* in the interpreter's interned table */
    uint8_t statically_allocated;
    uint32_t pad;
} KrStr;                 /* 48 bytes; ASCII data follows */

typedef struct KrStrWide {
    KrStr base;
    char *utf8;          /* owned, NUL-terminated, NULL until asked for */
    ssize_t utf8_length;
} KrStrWide;             /* 64 bytes; data follows */

KR_HIDDEN extern KrType kr_str_type, kr_str_iter_type, kr_str_ascii_iter_type;
#define KR_STR(o) ((KrStr *)(o))
static inline bool kr_str_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_STR_SUBCLASS);
}
static inline void *kr_str_data(const KrObject *o)
{
    const KrStr *s = (const KrStr *)o;
    return s->ascii ? (void *)(s + 1) : (void *)((const KrStrWide *)s + 1);
}
static inline ssize_t kr_str_len(const KrObject *o)
{
    return ((const KrStr *)o)->length;
}
static inline uint32_t kr_str_read(int kind, const void *data, ssize_t i)
{
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline uint32_t kr_str_at(const KrObject *o, ssize_t i)
{
    return kr_str_read(KR_STR(o)->kind, kr_str_data(o), i);
}
/* A new str of [length] code points all below [maxchar] + 1, contents
 * uninitialized (the caller fills kr_str_data). */
KR_HIDDEN KrObject *kri_str_new(KrThread *ts, ssize_t length, uint32_t maxchar);
/* From UTF-8 text; lone surrogates in their 3-byte form are accepted.
 * Invalid UTF-8 raises UnicodeDecodeError. */
KR_HIDDEN KrObject *kri_str_from_utf8(KrThread *ts, const char *s, ssize_t len);
KR_HIDDEN KrObject *kri_str_from_cstr(KrThread *ts, const char *s);
/* From code points of the given [kind] (1, 2, 4); narrows as needed. */
KR_HIDDEN KrObject *kri_str_from_kind(KrThread *ts, int kind, const void *data, ssize_t len);
KR_HIDDEN KrObject *kri_str_from_char(KrThread *ts, uint32_t cp);
/* The UTF-8 form (borrowed, lives as long as [o]); NULL with
 * UnicodeEncodeError when [o] holds lone surrogates. [len] may be NULL. */
KR_HIDDEN const char *kri_str_utf8(KrThread *ts, KrObject *o, ssize_t *len);
KR_HIDDEN int64_t kri_str_hash(KrThread *ts, KrObject *o);
KR_HIDDEN bool kri_str_eq(const KrObject *a, const KrObject *b);
KR_HIDDEN bool kri_str_eq_cstr(const KrObject *a, const char *s);
KR_HIDDEN int kri_str_compare(const KrObject *a, const KrObject *b); /* <0, 0, >0 */
KR_HIDDEN KrObject *kri_str_concat(KrThread *ts, KrObject *a, KrObject *b);
KR_HIDDEN KrObject *kri_str_substr(KrThread *ts, KrObject *s, ssize_t start, ssize_t end);
/* Replaces *[p] with the interned string equal to it (stealing and
 * returning a reference). 0 or -1. */
KR_HIDDEN int kri_str_intern(KrThread *ts, KrObject **p);
KR_HIDDEN KrObject *kri_str_intern_cstr(KrThread *ts, const char *s);
/* printf-like formatting into a new str: see kri_err_format. */
KR_HIDDEN KrObject *kri_str_format(KrThread *ts, const char *fmt, ...);
KR_HIDDEN KrObject *kri_str_vformat(KrThread *ts, const char *fmt, va_list ap);
KR_HIDDEN KrObject *kri_str_repr(KrThread *ts, KrObject *s);
KR_HIDDEN KrObject *kri_str_join(KrThread *ts, KrObject *sep, KrObject *iterable);
KR_HIDDEN void kri_str_dealloc(KrObject *o);
/* The empty str (immortal). */
KR_HIDDEN KrObject *kri_str_empty(void);

/* A growable buffer building a str of any kind. */
typedef struct KrStrWriter {
    void *data;
    ssize_t len, cap;
    int kind;
    uint32_t maxchar;
} KrStrWriter;
KR_HIDDEN void kri_strw_init(KrStrWriter *w);
KR_HIDDEN KR_NODISCARD int kri_strw_putc(KrThread *ts, KrStrWriter *w, uint32_t cp);
KR_HIDDEN KR_NODISCARD int kri_strw_ascii(KrThread *ts, KrStrWriter *w, const char *s,
                                          ssize_t len);
KR_HIDDEN KR_NODISCARD int kri_strw_utf8(KrThread *ts, KrStrWriter *w, const char *s,
                                         ssize_t len);
KR_HIDDEN KR_NODISCARD int kri_strw_str(KrThread *ts, KrStrWriter *w, KrObject *s);
KR_HIDDEN KR_NODISCARD int kri_strw_substr(KrThread *ts, KrStrWriter *w, KrObject *s,
                                           ssize_t start, ssize_t end);
/* Appends [cp] escaped as repr() and ascii() write it: \xhh below 0x100,
 * \uhhhh below 0x10000, else \Uhhhhhhhh. */
KR_HIDDEN KR_NODISCARD int kri_strw_escape(KrThread *ts, KrStrWriter *w, uint32_t cp);
/* The finished str (the writer is emptied); NULL on error. */
KR_HIDDEN KrObject *kri_strw_finish(KrThread *ts, KrStrWriter *w);
KR_HIDDEN void kri_strw_discard(KrStrWriter *w);

/* ---- ids.c: immortal static identifier strings ---- */
#include "objects/ids.h"
/* Enters every static identifier into [interned] (a dict). */
KR_HIDDEN int kri_ids_intern_all(KrThread *ts, KrObject *interned);

/* ---- int.c ----
 * Sign and magnitude: ob_size is the signed number of 30-bit digits (0 for
 * zero), digits little-endian. Small values (-5..1024) are immortal. */
typedef struct KrInt {
    KrVarObject ob_base;
    uint32_t digits[];
} KrInt;
KR_HIDDEN extern KrType kr_int_type;
static inline bool kr_int_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_INT_SUBCLASS);
}
KR_HIDDEN KrObject *kri_int_from_ssize(KrThread *ts, ssize_t v);
KR_HIDDEN KrObject *kri_int_from_i64(KrThread *ts, int64_t v);
KR_HIDDEN KrObject *kri_int_from_u64(KrThread *ts, uint64_t v);
KR_HIDDEN KrObject *kri_int_from_double(KrThread *ts, double v); /* int(float) */
/* The value of int [o] (exact or subclass); OverflowError "Python int too
 * large to convert to C ssize_t" when it does not fit. */
KR_HIDDEN ssize_t kri_int_as_ssize(KrThread *ts, KrObject *o);
/* Whether int [o] fits in int64 (*[out] set then). */
KR_HIDDEN bool kri_int_to_i64(const KrObject *o, int64_t *out);
KR_HIDDEN double kri_int_as_double(KrThread *ts, KrObject *o); /* -1.0 + error */
KR_HIDDEN int kri_int_sign(const KrObject *o);
/* Parses int(s, base) syntax from UTF-8 text (already stripped of
 * whitespace by the caller? no: this strips). */
KR_HIDDEN KrObject *kri_int_from_str(KrThread *ts, const char *s, ssize_t len, int base,
                                     KrObject *orig);
KR_HIDDEN KrObject *kri_int_from_digits_str(KrThread *ts, const char *digits, size_t n,
                                            int base);
KR_HIDDEN KrObject *kri_int_to_str(KrThread *ts, KrObject *o, int base);
KR_HIDDEN int64_t kri_int_hash(const KrObject *o);
/* Fills the static small ints; once per process, before any interpreter. */
KR_HIDDEN void kri_int_init_small(void);
static inline ssize_t kri_int_small_value(const KrObject *o)
{
    /* for |ob_size| <= 1 only */
    ssize_t size = KR_SIZE(o);
    return size == 0 ? 0 : size > 0 ? (ssize_t)((KrInt *)o)->digits[0]
                                    : -(ssize_t)((KrInt *)o)->digits[0];
}
#define KR_SMALL_INT_MIN (-5)
#define KR_SMALL_INT_MAX 1024
/* Static ints have room for one digit. */
typedef struct KrSmallInt {
    KrVarObject ob_base;
    uint32_t digits[1];
} KrSmallInt;
KR_HIDDEN extern KrSmallInt kri_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1];
static inline KrObject *kri_int_small(ssize_t v)
{
    return (KrObject *)&kri_small_ints[v - KR_SMALL_INT_MIN];
}

/* ---- bool.c ---- */
KR_HIDDEN extern KrType kr_bool_type;
KR_HIDDEN extern KrSmallInt kr_false_obj, kr_true_obj;
#define KR_TRUE ((KrObject *)&kr_true_obj)
#define KR_FALSE ((KrObject *)&kr_false_obj)
static inline KrObject *kr_bool(bool b)
{
    return b ? KR_TRUE : KR_FALSE;
}

/* ---- float.c ---- */
typedef struct KrFloat {
    KrObject ob_base;
    double value;
} KrFloat;
KR_HIDDEN extern KrType kr_float_type;
static inline bool kr_float_check(const KrObject *o)
{
    return kri_type_is_subtype(o->ob_type, &kr_float_type);
}
#define KR_FLOAT_VALUE(o) (((KrFloat *)(o))->value)
KR_HIDDEN KrObject *kri_float_from_double(KrThread *ts, double v);
/* float(o) as a double (__float__, __index__); -1.0 with an error. */
KR_HIDDEN double kri_float_as_double(KrThread *ts, KrObject *o);

/* ---- tuple.c ---- */
typedef struct KrTuple {
    KrVarObject ob_base;
    KrObject *items[];
} KrTuple;
KR_HIDDEN extern KrType kr_tuple_type;
static inline bool kr_tuple_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_TUPLE_SUBCLASS);
}
#define KR_TUPLE_ITEMS(o) (((KrTuple *)(o))->items)
/* A tuple of [n] items, all NULL: the caller fills every slot. */
KR_HIDDEN KrObject *kri_tuple_new(KrThread *ts, ssize_t n);
KR_HIDDEN KrObject *kri_tuple_from_array(KrThread *ts, KrObject *const *items, ssize_t n);
/* Steals every item, even on failure. */
KR_HIDDEN KrObject *kri_tuple_from_array_steal(KrThread *ts, KrObject **items, ssize_t n);
KR_HIDDEN KrObject *kri_tuple_pack(KrThread *ts, ssize_t n, ...);
KR_HIDDEN KrObject *kri_tuple_empty(void);
KR_HIDDEN KrObject *kri_tuple_slice(KrThread *ts, KrObject *t, ssize_t start, ssize_t end);

/* ---- list.c ---- */
typedef struct KrList {
    KrVarObject ob_base;
    KrObject **items;
    ssize_t allocated;
} KrList;
KR_HIDDEN extern KrType kr_list_type;
static inline bool kr_list_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_LIST_SUBCLASS);
}
#define KR_LIST_ITEMS(o) (((KrList *)(o))->items)
/* A list of [n] items, all NULL: the caller fills every slot. */
KR_HIDDEN KrObject *kri_list_new(KrThread *ts, ssize_t n);
KR_HIDDEN int kri_list_append(KrThread *ts, KrObject *list, KrObject *item);
KR_HIDDEN int kri_list_append_steal(KrThread *ts, KrObject *list, KrObject *item);
KR_HIDDEN int kri_list_extend(KrThread *ts, KrObject *list, KrObject *iterable);
KR_HIDDEN KrObject *kri_list_as_tuple(KrThread *ts, KrObject *list);
KR_HIDDEN int kri_list_sort(KrThread *ts, KrObject *list, KrObject *key, bool reverse);

/* ---- dict.c ---- */
typedef struct KrDictKeys KrDictKeys;
typedef struct KrDict {
    KrObject ob_base;
    ssize_t used;        /* number of items */
    uint64_t version;    /* changes with every mutation (caches) */
    KrDictKeys *keys;    /* owned: the hash index and entries */
    void *reserved;      /* split-table values (shared keys), later */
} KrDict;
KR_HIDDEN extern KrType kr_dict_type;
static inline bool kr_dict_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_DICT_SUBCLASS);
}
KR_HIDDEN KrObject *kri_dict_new(KrThread *ts);
/* The value for [key] (borrowed: valid until the dict changes), or NULL
 * with no exception when missing, NULL with an exception on error. */
KR_HIDDEN KrObject *kri_dict_get_borrow(KrThread *ts, KrObject *d, KrObject *key);
/* Same for a str key known to be hashed (no error possible but a
 * comparison raising). */
KR_HIDDEN KrObject *kri_dict_get_str_borrow(KrThread *ts, KrObject *d, KrObject *key);
KR_HIDDEN KrObject *kri_dict_get_cstr_borrow(KrThread *ts, KrObject *d, const char *key);
KR_HIDDEN int kri_dict_set(KrThread *ts, KrObject *d, KrObject *key, KrObject *value);
KR_HIDDEN int kri_dict_set_cstr(KrThread *ts, KrObject *d, const char *key, KrObject *value);
/* 1 deleted, 0 missing (no exception), -1 error. */
KR_HIDDEN int kri_dict_del(KrThread *ts, KrObject *d, KrObject *key);
/* Iterates: *[pos] starts at 0; borrowed key and value. false at the end. */
KR_HIDDEN bool kri_dict_next(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value);
KR_HIDDEN ssize_t kri_dict_len(const KrObject *d);
KR_HIDDEN int kri_dict_update(KrThread *ts, KrObject *d, KrObject *other);
KR_HIDDEN int kri_dict_merge(KrThread *ts, KrObject *d, KrObject *other, int override);
KR_HIDDEN KrObject *kri_dict_copy(KrThread *ts, KrObject *d);
KR_HIDDEN KrObject *kri_dict_keys_list(KrThread *ts, KrObject *d);
KR_HIDDEN void kri_dict_clear(KrObject *d);
KR_HIDDEN int kri_dict_contains(KrThread *ts, KrObject *d, KrObject *key);

/* ---- slice.c ---- */
typedef struct KrSlice {
    KrObject ob_base;
    KrObject *start, *stop, *step; /* owned; None when omitted */
} KrSlice;
KR_HIDDEN extern KrType kr_slice_type;
/* slice(start, stop, step); NULL arguments mean None. */
KR_HIDDEN KrObject *kri_slice_new(KrThread *ts, KrObject *start, KrObject *stop,
                                  KrObject *step);
/* The bounds as C integers, before any length is known: None becomes the
 * extreme for the step's direction, huge values clamp to the ssize_t
 * range; ValueError for a zero step, TypeError for non-integers. */
KR_HIDDEN int kri_slice_unpack(KrThread *ts, KrObject *slice, ssize_t *start, ssize_t *stop,
                               ssize_t *step);
/* Clips unpacked bounds to a sequence of [length]; returns how many items
 * the slice selects. */
KR_HIDDEN ssize_t kri_slice_adjust(ssize_t length, ssize_t *start, ssize_t *stop,
                                   ssize_t step);
/* A slice bound given as a C-level argument (str.find(sub, start, end)
 * and friends): NULL or None keeps *[out]; an __index__ value is clamped
 * to the ssize_t range; TypeError otherwise. 0 or -1. */
KR_HIDDEN int kri_slice_bound_arg(KrThread *ts, KrObject *v, ssize_t *out);
/* Clips [*start, *end) to a sequence of [length] as str.find does
 * (negative bounds count from the end; *start may stay above *end). */
KR_HIDDEN void kri_slice_clip(ssize_t length, ssize_t *start, ssize_t *end);
/* Both steps at once. 0 or -1. */
KR_HIDDEN int kri_slice_indices(KrThread *ts, KrObject *slice, ssize_t length,
                                ssize_t *start, ssize_t *stop, ssize_t *step,
                                ssize_t *count);

/* ---- set.c, bytes.c: their own headers ---- */
#include "objects/set.h"
#include "objects/bytes.h"

/* ---- module.c ---- */
typedef struct KrModule {
    KrObject ob_base;
    KrObject *dict;
    KrObject *name;
    const struct KrModuleDef *def; /* builtin modules: their definition */
    void *state;                  /* builtin modules: per-module state */
    KrObject *weaklist;
} KrModule;
KR_HIDDEN extern KrType kr_module_type;
KR_HIDDEN KrObject *kri_module_new(KrThread *ts, KrObject *name);
/* The module's dict (borrowed). */
static inline KrObject *kri_module_dict(KrObject *m)
{
    return ((KrModule *)m)->dict;
}

/* ---- descr.c: builtin functions, methods and descriptors ---- */
typedef struct KrBuiltin {
    KrObject ob_base;
    const KrMethodDef *def;
    KrObject *self;   /* owned: the bound object or module, or NULL */
    KrObject *module; /* owned: __module__, or NULL */
    KrVectorFn vectorcall;
} KrBuiltin;
KR_HIDDEN extern KrType kr_builtin_type, kr_method_descr_type, kr_classmethod_descr_type,
    kr_member_descr_type, kr_getset_descr_type;
KR_HIDDEN KrObject *kri_builtin_new(KrThread *ts, const KrMethodDef *def, KrObject *self,
                                    KrObject *module);
KR_HIDDEN KrObject *kri_descr_new_method(KrThread *ts, KrType *type, const KrMethodDef *def);
KR_HIDDEN KrObject *kri_descr_new_member(KrThread *ts, KrType *type, const KrMemberDef *def);
KR_HIDDEN KrObject *kri_descr_new_getset(KrThread *ts, KrType *type, const KrGetSetDef *def);

/* ---- type.c ---- */
/* Makes a static builtin type usable: inherits slots from its base,
 * computes its MRO, fills its dict from the method/member/getset tables
 * and the slot wrappers. 0 or -1. */
KR_HIDDEN int kri_type_ready(KrThread *ts, KrType *type);
/* Looks [name] up along the MRO of [type] (borrowed; NULL if missing, no
 * exception). */
KR_HIDDEN KrObject *kri_type_lookup(KrThread *ts, KrType *type, KrObject *name);
/* The short name (`__name__`) as a C string. */
KR_HIDDEN const char *kri_type_name(const KrType *type);
KR_HIDDEN KrObject *kri_type_generic_alloc(KrThread *ts, KrType *type, ssize_t nitems);
KR_HIDDEN KrObject *kri_type_call(KrThread *ts, KrObject *type, KrObject *const *args,
                                  size_t nargsf, KrObject *kwnames);
/* type.__new__: the class statement and type(name, bases, dict). */
KR_HIDDEN KrObject *kri_type_new(KrThread *ts, KrType *meta, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames);
/* slots.c: adds the slot wrappers (int.__add__, ...) of a static type's
 * filled slots to its dict. */
KR_HIDDEN int kri_slots_add_wrappers(KrThread *ts, KrType *type);
/* Called when a heap type's attribute [name] changes (slot update). */
KR_HIDDEN int kri_type_update_slot(KrThread *ts, KrType *type, KrObject *name);

/* ---- iter.c ---- */
/* An iterator over o[0], o[1], ... until IndexError or StopIteration. */
KR_HIDDEN KrObject *kri_seqiter_new(KrThread *ts, KrObject *seq);
KR_HIDDEN extern KrType kr_seqiter_type, kr_list_iter_type, kr_tuple_iter_type;
KR_HIDDEN KrObject *kri_list_iter(KrThread *ts, KrObject *list);
KR_HIDDEN KrObject *kri_tuple_iter(KrThread *ts, KrObject *tuple);

/* ---- function.c, code.c, cell, method ---- */
typedef struct KrCode KrCode;
typedef struct KrFunction {
    KrObject ob_base;
    KrObject *globals;     /* dict */
    KrObject *builtins;    /* dict */
    KrObject *name, *qualname;
    KrCode *code;
    KrObject *defaults;    /* tuple or NULL */
    KrObject *kwdefaults;  /* dict or NULL */
    KrObject *closure;     /* tuple of cells or NULL */
    KrObject *doc;
    KrObject *dict;        /* __dict__, made on demand */
    KrObject *module;
    KrObject *annotations; /* dict or NULL */
    KrObject *weaklist;
    KrVectorFn vectorcall;
    uint32_t version;
} KrFunction;
KR_HIDDEN extern KrType kr_function_type, kr_method_type, kr_cell_type;
KR_HIDDEN KrObject *kri_function_new(KrThread *ts, KrCode *code, KrObject *globals,
                                     KrObject *qualname);
typedef struct KrMethod {
    KrObject ob_base;
    KrObject *func; /* owned */
    KrObject *self; /* owned */
    KrObject *weaklist;
    KrVectorFn vectorcall;
} KrMethod;
KR_HIDDEN KrObject *kri_method_new(KrThread *ts, KrObject *func, KrObject *self);
typedef struct KrCell {
    KrObject ob_base;
    KrObject *ref; /* owned; NULL when empty */
} KrCell;
KR_HIDDEN KrObject *kri_cell_new(KrThread *ts, KrObject *value);

/* ---- code.c ---- */
#include "objects/code.h"

/* ---- exceptions.c ---- */
#include "objects/exceptions.h"

/* ---- the VM's object types (src/vm/) ---- */
KR_HIDDEN extern KrType kr_frame_type, kr_traceback_type, kr_generator_type, kr_coroutine_type;

/* ---- types with their own headers ---- */
#include "objects/complex.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/slots.h"

#endif
