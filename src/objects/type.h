/* The type object: slots, flags and the tables builtin types are declared
 * with. Included by object.h; not on its own.
 *
 * Calls use one convention everywhere ("vector calls"): positional arguments
 * in a C array, then keyword argument values after them, with their names in
 * a tuple [kwnames] (NULL when there are none). [nargsf] is the number of
 * positional arguments, possibly with KR_ARGS_OFFSET set: the callee may then
 * overwrite args[-1] temporarily (bound methods prepend self that way).
 * Slot functions return new references or NULL with an exception set on the
 * thread, except where a comment says otherwise. */
#ifndef KRAIT_TYPE_H
#define KRAIT_TYPE_H

#define KR_ARGS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
#define KR_NARGS(nargsf) ((ssize_t)((nargsf) & ~KR_ARGS_OFFSET))

typedef KrObject *(*KrUnaryFn)(KrThread *ts, KrObject *a);
typedef KrObject *(*KrBinaryFn)(KrThread *ts, KrObject *a, KrObject *b);
typedef KrObject *(*KrTernaryFn)(KrThread *ts, KrObject *a, KrObject *b, KrObject *c);
typedef int (*KrInquiryFn)(KrThread *ts, KrObject *a); /* -1, 0 or 1 */
typedef ssize_t (*KrLenFn)(KrThread *ts, KrObject *a);  /* -1 on error */
typedef int64_t (*KrHashFn)(KrThread *ts, KrObject *a); /* -1 on error */
typedef KrObject *(*KrCompareFn)(KrThread *ts, KrObject *a, KrObject *b, int op);
typedef KrObject *(*KrGetattrFn)(KrThread *ts, KrObject *o, KrObject *name);
/* [value] NULL means delete. */
typedef int (*KrSetattrFn)(KrThread *ts, KrObject *o, KrObject *name, KrObject *value);
typedef int (*KrSetitemFn)(KrThread *ts, KrObject *o, KrObject *key, KrObject *value);
typedef int (*KrContainsFn)(KrThread *ts, KrObject *o, KrObject *item);
typedef KrObject *(*KrRepeatFn)(KrThread *ts, KrObject *a, ssize_t n);
typedef KrObject *(*KrDescrGetFn)(KrThread *ts, KrObject *descr, KrObject *obj,
                                  KrObject *type);
typedef int (*KrDescrSetFn)(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value);
typedef KrObject *(*KrVectorFn)(KrThread *ts, KrObject *callable, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames);
typedef KrObject *(*KrNewFn)(KrThread *ts, KrType *type, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames);
typedef int (*KrInitFn)(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames);
typedef void (*KrDeallocFn)(KrObject *o);
typedef int (*KrVisitFn)(KrObject *o, void *arg);
typedef int (*KrTraverseFn)(KrObject *o, KrVisitFn visit, void *arg);
typedef void (*KrFinalizeFn)(KrThread *ts, KrObject *o);
/* iternext: a new reference, or NULL; NULL without an exception set means
 * the iterator is exhausted (no StopIteration object is made). */
typedef KrObject *(*KrIterNextFn)(KrThread *ts, KrObject *it);

/* Rich comparison operators, in CPython's order (the VM's oparg). */
enum { KR_LT, KR_LE, KR_EQ, KR_NE, KR_GT, KR_GE };

/* Whether a three-way result [c] (< 0, 0, > 0) satisfies operator [op]. */
static inline bool kr_compare_holds(int c, int op)
{
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Binary number operators: index into KrType.nb and nb_inplace. The order
 * is the VM's BINARY_OP oparg order (CPython 3.11's NB_* order). */
typedef enum KrNbOp {
    KR_NB_ADD, KR_NB_AND, KR_NB_FLOOR_DIVIDE, KR_NB_LSHIFT, KR_NB_MATRIX_MULTIPLY,
    KR_NB_MULTIPLY, KR_NB_REMAINDER, KR_NB_OR, KR_NB_POWER, KR_NB_RSHIFT,
    KR_NB_SUBTRACT, KR_NB_TRUE_DIVIDE, KR_NB_XOR, KR_NB_DIVMOD,
    KR_NB_COUNT
} KrNbOp;

/* Type flags (KrType.flags). */
enum {
    KR_TPF_HEAPTYPE = 1u << 0,       /* made by class statement or type() */
    KR_TPF_BASETYPE = 1u << 1,       /* may be subclassed */
    KR_TPF_READY = 1u << 2,          /* kri_type_ready ran */
    KR_TPF_GC = 1u << 3,             /* instances may hold references (containers) */
    KR_TPF_IMMUTABLE = 1u << 4,      /* attributes cannot be set on the type */
    KR_TPF_ABSTRACT = 1u << 5,       /* has abstract methods (abc) */
    KR_TPF_NO_INSTANCES = 1u << 6,   /* cannot be instantiated from Python */
    KR_TPF_METHOD_DESCR = 1u << 7,   /* descr_get binds like a function */
    KR_TPF_SEQUENCE = 1u << 8,       /* match: sequence pattern */
    KR_TPF_MAPPING = 1u << 9,        /* match: mapping pattern */
    KR_TPF_MANAGED_DICT = 1u << 10,  /* instances carry a __dict__ slot */
    KR_TPF_MANAGED_WEAKREF = 1u << 11,
    /* Fast subclass checks: set on the builtin type and inherited. */
    KR_TPF_INT_SUBCLASS = 1u << 16,
    KR_TPF_LIST_SUBCLASS = 1u << 17,
    KR_TPF_TUPLE_SUBCLASS = 1u << 18,
    KR_TPF_BYTES_SUBCLASS = 1u << 19,
    KR_TPF_STR_SUBCLASS = 1u << 20,
    KR_TPF_DICT_SUBCLASS = 1u << 21,
    KR_TPF_EXC_SUBCLASS = 1u << 22,
    KR_TPF_TYPE_SUBCLASS = 1u << 23,
};
#define KR_TPF_SUBCLASS_MASK 0x00ff0000u

/* Methods of builtin types and modules. */
typedef enum KrMethFlags {
    KR_METH_NOARGS = 1,  /* fn(ts, self, NULL) */
    KR_METH_O = 2,       /* fn(ts, self, arg) */
    KR_METH_FAST = 4,    /* fn(ts, self, args, nargs) positional only */
    KR_METH_KEYWORDS = 8,/* fn(ts, self, args, nargsf, kwnames) */
    KR_METH_CLASS = 16,  /* classmethod: self is the type */
    KR_METH_STATIC = 32, /* staticmethod: self is NULL */
    KR_METH_COEXIST = 64,
} KrMethFlags;

typedef KrObject *(*KrMethFn)(KrThread *ts, KrObject *self, KrObject *arg);
typedef KrObject *(*KrMethFastFn)(KrThread *ts, KrObject *self, KrObject *const *args,
                                  ssize_t nargs);
typedef KrObject *(*KrMethKwFn)(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames);

typedef struct KrMethodDef {
    const char *name;
    void (*fn)(void); /* one of the KrMeth*Fn, cast; see flags */
    int flags;
    const char *doc;  /* __doc__, including the __text_signature__ line */
} KrMethodDef;

#define KR_METH(f) ((void (*)(void))(f))

/* Instance fields exposed as attributes (member descriptors). */
typedef enum KrMemberType {
    KR_MEMBER_OBJECT,    /* KrObject *, NULL reads as None */
    KR_MEMBER_OBJECT_EX, /* KrObject *, NULL raises AttributeError */
    KR_MEMBER_SSIZE, KR_MEMBER_INT, KR_MEMBER_UINT32, KR_MEMBER_BOOL, KR_MEMBER_DOUBLE,
} KrMemberType;

typedef struct KrMemberDef {
    const char *name;
    KrMemberType type;
    size_t offset;
    bool readonly;
    const char *doc;
} KrMemberDef;

typedef KrObject *(*KrGetterFn)(KrThread *ts, KrObject *self, void *closure);
typedef int (*KrSetterFn)(KrThread *ts, KrObject *self, KrObject *value, void *closure);

typedef struct KrGetSetDef {
    const char *name;
    KrGetterFn get;
    KrSetterFn set; /* NULL: read-only; value NULL: delete */
    const char *doc;
    void *closure;
} KrGetSetDef;

/* A buffer exported by bytes-like objects (the buffer protocol, contiguous
 * only). */
typedef struct KrBuffer {
    void *buf;
    KrObject *obj; /* owned: the exporter, kept alive while the view lives */
    ssize_t len;   /* bytes */
    ssize_t itemsize;
    bool readonly;
    const char *format; /* struct-module format, "B" when NULL */
    int ndim;
    ssize_t *shape, *strides; /* NULL for one contiguous dimension */
    ssize_t shape0, stride0;  /* storage for the one-dimension case */
} KrBuffer;

typedef int (*KrGetBufferFn)(KrThread *ts, KrObject *o, KrBuffer *view, int flags);
typedef void (*KrReleaseBufferFn)(KrObject *o, KrBuffer *view);
enum { KR_BUF_SIMPLE = 0, KR_BUF_WRITABLE = 1 };

struct KrType {
    KrVarObject ob_base;
    const char *name;    /* builtin types: "module.name" or "name", as tp_name */
    ssize_t basicsize;   /* bytes of an instance, header included */
    ssize_t itemsize;    /* bytes per item of a variable-size instance */
    uint32_t flags;      /* KR_TPF_* */
    uint32_t version;    /* type version for caches; 0 = not valid */
    const char *doc;

    /* lifecycle */
    KrDeallocFn dealloc;
    KrTraverseFn traverse;
    KrInquiryFn clear;
    KrFinalizeFn finalize; /* __del__, run once before the dealloc (PEP 442) */
    KrNewFn new_;
    KrInitFn init;
    KrVectorFn vectorcall; /* calling the type itself; NULL: generic */

    /* basic protocols */
    KrUnaryFn repr, str;
    KrHashFn hash;           /* NULL: unhashable unless inherited */
    KrCompareFn richcompare;
    KrGetattrFn getattro;
    KrSetattrFn setattro;
    KrVectorFn call;         /* calling an instance */
    KrUnaryFn iter;
    KrIterNextFn iternext;
    KrDescrGetFn descr_get;
    KrDescrSetFn descr_set;

    /* numbers */
    KrBinaryFn nb[KR_NB_COUNT];         /* KR_NB_POWER is called with None */
    KrBinaryFn nb_inplace[KR_NB_COUNT];
    KrTernaryFn nb_power;               /* pow(a, b, mod) */
    KrTernaryFn nb_inplace_power;
    KrUnaryFn nb_negative, nb_positive, nb_absolute, nb_invert;
    KrInquiryFn nb_bool;
    KrUnaryFn nb_index, nb_int, nb_float;

    /* containers */
    KrLenFn len;
    KrBinaryFn getitem;
    KrSetitemFn setitem;
    KrContainsFn contains;
    KrBinaryFn sq_concat;        /* a + b for sequences, tried after nb[ADD] */
    KrRepeatFn sq_repeat;        /* a * n for sequences */
    KrBinaryFn sq_inplace_concat;
    KrRepeatFn sq_inplace_repeat;
    /* CPython's sq_item: the type's __getitem__ is meant for integer
     * indexes (sequences) rather than keys; iter() by __getitem__ uses it. */
    bool sq_like;

    /* buffers and coroutines */
    KrGetBufferFn getbuffer;
    KrReleaseBufferFn releasebuffer;
    KrUnaryFn am_await, am_aiter, am_anext;

    /* declarations a builtin type is made ready from */
    const KrMethodDef *methods;
    const KrMemberDef *members;
    const KrGetSetDef *getsets;
    KrType *base;

    /* filled by kri_type_ready / type creation (owned) */
    KrObject *bases;      /* tuple */
    KrObject *mro;        /* tuple */
    KrObject *dict;       /* the type's namespace */
    KrObject *subclasses; /* dict: id -> weakref, or NULL */
    KrObject *qualname;   /* str */
    KrObject *module;     /* str or NULL (builtins) */
    KrObject *slot_names; /* tuple of __slots__ names, or NULL */
    ssize_t dictoffset;   /* where the instance __dict__ pointer lives, or 0 */
    ssize_t weaklistoffset;
};

/* Declares a static builtin type's object header. */
#define KR_TYPE_HEADER                                                             \
    .ob_base = { .ob_base = KR_STATIC_HEADER(&kr_type_type), .ob_size = 0 }

KR_HIDDEN extern KrType kr_type_type;
KR_HIDDEN extern KrType kr_object_type;

static inline bool kr_type_has(const KrType *t, uint32_t flag)
{
    return (t->flags & flag) != 0;
}

#endif
