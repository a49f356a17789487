/* The builtin exception types, declared from KR_EXCEPTION_LIST
 * (exceptions.h), and BaseException's behaviour: args, str, repr, the
 * __traceback__ / __context__ / __cause__ / __suppress_context__ / __notes__
 * attributes with CPython's checks, with_traceback, add_note, __reduce__,
 * __setstate__. The kinds with fields of their own live beside this file:
 * exceptions_kinds.c (StopIteration, SystemExit, KeyError, NameError,
 * AttributeError, ImportError, SyntaxError), exceptions_os.c (OSError and
 * its errno mapping), exceptions_unicode.c (UnicodeError family); groups
 * come with exceptions_group.c.
 * Invariants: args is always a tuple once __new__ ran; __notes__ is a
 * plain attribute in the instance __dict__, as in CPython. */
#include "objects/exceptions_group.h"
#include "objects/objects.h"
#include "objects/slots.h"

static void exc_clear_fields(KrBaseException *e)
{
    KR_CLEAR(e->dict);
    KR_CLEAR(e->args);
    KR_CLEAR(e->traceback);
    KR_CLEAR(e->context);
    KR_CLEAR(e->cause);
}

/* Every object field after the KrBaseException part is a reference: the
 * layouts of exceptions.h keep it that way (bar the ssize_t fields that
 * KrOSError and KrUnicodeErrorObj put last, counted out here). Returns
 * where the references of [o]'s builtin layout end. */
static size_t exc_refs_end(const KrObject *o)
{
    const KrType *t = o->ob_type;
    while (kr_type_has(t, KR_TPF_HEAPTYPE))
        t = t->base;
    if (kri_type_is_subtype(t, &kr_exc_OSError))
        return offsetof(KrOSError, written);
    if (kri_type_is_subtype(t, &kr_exc_UnicodeError) && t != &kr_exc_UnicodeError)
        return offsetof(KrUnicodeErrorObj, start);
    return (size_t)t->basicsize;
}

#define EXC_EXTRA_REF(o, off) (*(KrObject **)(void *)((char *)(o) + (off)))

static void exc_dealloc(KrObject *o)
{
    size_t end = exc_refs_end(o);
    for (size_t off = sizeof(KrBaseException); off + sizeof(KrObject *) <= end;
         off += sizeof(KrObject *))
        KR_CLEAR(EXC_EXTRA_REF(o, off));
    exc_clear_fields((KrBaseException *)o);
    kri_object_free(o);
}

static int exc_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    KrBaseException *e = (KrBaseException *)o;
    KrObject *const base_refs[] = {e->dict, e->args, e->traceback, e->context, e->cause};
    int r = 0;
    for (size_t i = 0; !r && i < KR_ARRAY_LEN(base_refs); i++)
        r = base_refs[i] ? visit(base_refs[i], arg) : 0;
    size_t end = exc_refs_end(o);
    for (size_t off = sizeof(KrBaseException); !r && off + sizeof(KrObject *) <= end;
         off += sizeof(KrObject *))
        r = EXC_EXTRA_REF(o, off) ? visit(EXC_EXTRA_REF(o, off), arg) : 0;
    return r;
}

static KrObject *exc_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames);
static int exc_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                    KrObject *kwnames);

/* Runtime errors take the short way: plain kinds share [args] itself and
 * skip BaseException.__init__, which would only copy it again. */
KrObject *kri_exc_new(KrThread *ts, KrType *type, KrObject *args)
{
    KrObject *const *items = KR_TUPLE_ITEMS(args);
    size_t n = (size_t)KR_SIZE(args);
    KrObject *o;
    if (type->new_ == exc_new) {
        o = kri_type_generic_alloc(ts, type, 0);
        if (!o)
            return NULL;
        ((KrBaseException *)o)->args = kr_incref(args);
    } else {
        o = type->new_(ts, type, items, n, NULL);
    }
    if (o && !kr_exc_check(o)) {
        /* a Python __new__ may return anything; callers raise the result */
        kri_err_format(ts, &kr_exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T",
                       KR_OBJ(type), o);
        KR_CLEAR(o);
    }
    KrInitFn init = o ? o->ob_type->init : NULL;
    if (!init || init == exc_init || !kr_isinstance(o, type))
        return o;
    if (init(ts, o, items, n, NULL) < 0)
        KR_CLEAR(o);
    return o;
}

/* BaseException.__new__ takes any arguments (keywords are left to
 * __init__, so a subclass with its own __init__ may accept them). */
static KrObject *exc_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    KrObject *o = kri_type_generic_alloc(ts, type, 0);
    if (!o)
        return NULL;
    KrObject *t = kri_tuple_from_array(ts, args, KR_NARGS(nargsf));
    if (!t) {
        kr_decref(o);
        return NULL;
    }
    ((KrBaseException *)o)->args = t;
    return o;
}

int kri_exceptions_no_kwargs(KrThread *ts, KrObject *self, KrObject *kwnames)
{
    if (!kwnames || KR_SIZE(kwnames) == 0)
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                   kri_type_name(self->ob_type));
    return -1;
}

int kri_exceptions_set_args(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf)
{
    KrObject *t = kri_tuple_from_array(ts, args, KR_NARGS(nargsf));
    if (!t)
        return -1;
    KR_SETREF(((KrBaseException *)self)->args, t);
    return 0;
}

static int exc_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                    KrObject *kwnames)
{
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0)
        return -1;
    return kri_exceptions_set_args(ts, self, args, nargsf);
}

KrObject *kri_exceptions_str(KrThread *ts, KrObject *o)
{
    KrObject *args = ((KrBaseException *)o)->args;
    ssize_t n = args ? KR_SIZE(args) : 0;
    if (n == 0)
        return kri_str_empty();
    if (n == 1)
        return kri_object_str(ts, KR_TUPLE_ITEMS(args)[0]);
    return kri_object_str(ts, args);
}

static KrObject *exc_repr(KrThread *ts, KrObject *o)
{
    KrObject *args = ((KrBaseException *)o)->args;
    const char *name = kri_type_name(o->ob_type);
    if (args && KR_SIZE(args) == 1)
        return kri_str_format(ts, "%s(%R)", name, KR_TUPLE_ITEMS(args)[0]);
    if (!args || KR_SIZE(args) == 0)
        return kri_str_format(ts, "%s()", name);
    return kri_str_format(ts, "%s%R", name, args);
}

/* ---- attributes ---- */

static KrObject *exc_get_args(KrThread *ts, KrObject *o, void *closure)
{
    KrObject *a = ((KrBaseException *)o)->args;
    return KR_NEWREF(a ? a : kri_tuple_empty());
}

static int exc_set_args(KrThread *ts, KrObject *o, KrObject *value, void *closure)
{
    if (!value) {
        kri_err_set(ts, &kr_exc_TypeError, "args may not be deleted");
        return -1;
    }
    KrObject *t = kri_sequence_tuple(ts, value);
    if (!t)
        return -1;
    KR_SETREF(((KrBaseException *)o)->args, t);
    return 0;
}

static KrObject *exc_get_field(KrObject *v)
{
    return KR_NEWREF(v ? v : KR_NONE);
}

static KrObject *exc_get_tb(KrThread *ts, KrObject *o, void *c)
{
    return exc_get_field(((KrBaseException *)o)->traceback);
}

static int exc_set_tb(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    if (!value) {
        kri_err_set(ts, &kr_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != KR_NONE && !kr_is_type(value, &kr_traceback_type)) {
        kri_err_set(ts, &kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    kri_exc_set_traceback(o, value == KR_NONE ? NULL : value);
    return 0;
}

static KrObject *exc_get_context(KrThread *ts, KrObject *o, void *c)
{
    return exc_get_field(((KrBaseException *)o)->context);
}

static KrObject *exc_get_cause(KrThread *ts, KrObject *o, void *c)
{
    return exc_get_field(((KrBaseException *)o)->cause);
}

/* [attr] is the dunder name, [what] the word of the type error message. */
static int set_exc_field(KrThread *ts, KrObject **slot, KrObject *value, const char *attr,
                         const char *what)
{
    if (!value) {
        kri_err_format(ts, &kr_exc_TypeError, "%s may not be deleted", attr);
        return -1;
    }
    if (value == KR_NONE) {
        KR_CLEAR(*slot);
        return 0;
    }
    if (!kr_exc_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    KR_SETREF(*slot, kr_incref(value));
    return 0;
}

static int exc_set_context(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    return set_exc_field(ts, &((KrBaseException *)o)->context, v, "__context__", "context");
}

static int exc_set_cause(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    int r = set_exc_field(ts, &((KrBaseException *)o)->cause, v, "__cause__", "cause");
    if (r == 0)
        ((KrBaseException *)o)->suppress_context = true;
    return r;
}

static KrObject *exc_get_suppress(KrThread *ts, KrObject *o, void *c)
{
    return KR_NEWREF(((KrBaseException *)o)->suppress_context ? KR_TRUE : KR_FALSE);
}

/* CPython keeps the flag in a T_BOOL member: only True and False fit. */
static int exc_set_suppress(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kri_err_set(ts, &kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (v != KR_TRUE && v != KR_FALSE) {
        kri_err_set(ts, &kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((KrBaseException *)o)->suppress_context = v == KR_TRUE;
    return 0;
}

/* The instance dict, made on first use; NULL with an exception set. */
static KrObject *exc_dict_borrow(KrThread *ts, KrObject *o)
{
    KrBaseException *e = (KrBaseException *)o;
    if (!e->dict)
        e->dict = kri_dict_new(ts);
    return e->dict;
}

static KrObject *exc_get_dict(KrThread *ts, KrObject *o, void *c)
{
    KrObject *d = exc_dict_borrow(ts, o);
    return d ? kr_incref(d) : NULL;
}

static int exc_set_dict(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kri_err_set(ts, &kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!kr_dict_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       kri_type_name(v->ob_type));
        return -1;
    }
    KR_SETREF(((KrBaseException *)o)->dict, kr_incref(v));
    return 0;
}

static const KrGetSetDef exc_getsets[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause, "exception cause", NULL},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- methods ---- */

static KrObject *exc_with_traceback(KrThread *ts, KrObject *self, KrObject *tb)
{
    if (exc_set_tb(ts, self, tb, NULL) < 0)
        return NULL;
    return kr_incref(self);
}

/* Looks __notes__ up as an attribute, as CPython does, so a subclass may
 * redefine it. */
static KrObject *exc_add_note(KrThread *ts, KrObject *self, KrObject *note)
{
    if (!kr_str_check(note))
        return kri_err_format(ts, &kr_exc_TypeError, "note must be a str, not '%s'",
                              kri_type_name(note->ob_type));
    KrObject *notes = kri_object_getattr(ts, self, KR_ID(__notes__));
    if (!notes) {
        if (!kri_err_matches(ts, &kr_exc_AttributeError))
            return NULL;
        kri_err_clear(ts);
        notes = kri_list_new(ts, 0);
        if (!notes || kri_object_setattr(ts, self, KR_ID(__notes__), notes) < 0) {
            kr_xdecref(notes);
            return NULL;
        }
    } else if (!kr_list_check(notes)) {
        kr_decref(notes);
        return kri_err_format(ts, &kr_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = kri_list_append(ts, notes, note);
    kr_decref(notes);
    return r < 0 ? NULL : KR_NEWREF(KR_NONE);
}

KrObject *kri_exceptions_reduce(KrThread *ts, KrObject *self, KrObject *args, KrObject *state)
{
    if (state)
        return kri_tuple_pack(ts, 3, KR_OBJ(self->ob_type), args, state);
    return kri_tuple_pack(ts, 2, KR_OBJ(self->ob_type), args);
}

static KrObject *exc_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrBaseException *e = (KrBaseException *)self;
    KrObject *args = e->args ? e->args : kri_tuple_empty();
    return kri_exceptions_reduce(ts, self, args, e->dict);
}

static KrObject *exc_setstate(KrThread *ts, KrObject *self, KrObject *state)
{
    if (state == KR_NONE)
        return KR_NEWREF(KR_NONE);
    if (!kr_dict_check(state))
        return kri_err_format(ts, &kr_exc_TypeError, "state is not a dictionary");
    ssize_t pos = 0;
    KrObject *key, *value;
    while (kri_dict_next(state, &pos, &key, &value)) {
        if (!kr_str_check(key))
            return kri_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                                  kri_type_name(key->ob_type));
        kr_incref(key);
        kr_incref(value);
        int r = kri_object_setattr(ts, self, key, value);
        kr_decref(key);
        kr_decref(value);
        if (r < 0)
            return NULL;
    }
    return KR_NEWREF(KR_NONE);
}

static const KrMethodDef exc_methods[] = {
    {"__reduce__", KR_METH(exc_reduce), KR_METH_NOARGS, NULL},
    {"__setstate__", KR_METH(exc_setstate), KR_METH_O, NULL},
    {"with_traceback", KR_METH(exc_with_traceback), KR_METH_O,
     "Exception.with_traceback(tb) --\n"
     "    set self.__traceback__ to tb and return self."},
    {"add_note", KR_METH(exc_add_note), KR_METH_O,
     "Exception.add_note(note) --\n"
     "    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

/* ---- the hooks the rest of the runtime uses ---- */

void kri_exc_set_context_steal(KrObject *exc, KrObject *value)
{
    KR_SETREF(((KrBaseException *)exc)->context, value);
}

void kri_exc_set_cause_steal(KrObject *exc, KrObject *value)
{
    KrBaseException *e = (KrBaseException *)exc;
    KR_SETREF(e->cause, value);
    e->suppress_context = true;
}

void kri_exc_set_traceback(KrObject *exc, KrObject *tb)
{
    KR_SETREF(((KrBaseException *)exc)->traceback, tb ? kr_incref(tb) : NULL);
}

/* ---- the type objects ---- */

#define EXC_TYPE(cname, basename, layout)                                          \
    KrType kr_exc_##cname = {                                                      \
        KR_TYPE_HEADER,                                                            \
        .name = #cname,                                                            \
        .basicsize = sizeof(layout),                                               \
        .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_EXC_SUBCLASS | KR_TPF_IMMUTABLE, \
        .dictoffset = offsetof(KrBaseException, dict),                             \
    };
KR_EXCEPTION_LIST(EXC_TYPE)
#undef EXC_TYPE

/* The docstrings CPython gives (help() and __doc__ show them). */
static void set_docs(void)
{
#define DOC(cname, text)                                                           \
    if (!kr_exc_##cname.doc)                                                       \
        kr_exc_##cname.doc = text;
    DOC(BaseException, "Common base class for all exceptions")
    DOC(BaseExceptionGroup, "A combination of multiple unrelated exceptions.")
    DOC(GeneratorExit, "Request that a generator exit.")
    DOC(KeyboardInterrupt, "Program interrupted by user.")
    DOC(SystemExit, "Request to exit from the interpreter.")
    DOC(Exception, "Common base class for all non-exit exceptions.")
    DOC(ArithmeticError, "Base class for arithmetic errors.")
    DOC(FloatingPointError, "Floating point operation failed.")
    DOC(OverflowError, "Result too large to be represented.")
    DOC(ZeroDivisionError, "Second argument to a division or modulo operation was zero.")
    DOC(AssertionError, "Assertion failed.")
    DOC(AttributeError, "Attribute not found.")
    DOC(BufferError, "Buffer error.")
    DOC(EOFError, "Read beyond end of file.")
    DOC(ImportError, "Import can't find module, or can't find name in module.")
    DOC(ModuleNotFoundError, "Module not found.")
    DOC(LookupError, "Base class for lookup errors.")
    DOC(IndexError, "Sequence index out of range.")
    DOC(KeyError, "Mapping key not found.")
    DOC(MemoryError, "Out of memory.")
    DOC(NameError, "Name not found globally.")
    DOC(UnboundLocalError, "Local name referenced but not bound to a value.")
    DOC(OSError, "Base class for I/O related errors.")
    DOC(BlockingIOError, "I/O operation would block.")
    DOC(ChildProcessError, "Child process error.")
    DOC(ConnectionError, "Connection error.")
    DOC(BrokenPipeError, "Broken pipe.")
    DOC(ConnectionAbortedError, "Connection aborted.")
    DOC(ConnectionRefusedError, "Connection refused.")
    DOC(ConnectionResetError, "Connection reset.")
    DOC(FileExistsError, "File already exists.")
    DOC(FileNotFoundError, "File not found.")
    DOC(InterruptedError, "Interrupted by signal.")
    DOC(IsADirectoryError, "Operation doesn't work on directories.")
    DOC(NotADirectoryError, "Operation only works on directories.")
    DOC(PermissionError, "Not enough permissions.")
    DOC(ProcessLookupError, "Process not found.")
    DOC(TimeoutError, "Timeout expired.")
    DOC(ReferenceError, "Weak ref proxy used after referent went away.")
    DOC(RuntimeError, "Unspecified run-time error.")
    DOC(NotImplementedError, "Method or function hasn't been implemented yet.")
    DOC(RecursionError, "Recursion limit exceeded.")
    DOC(StopAsyncIteration, "Signal the end from iterator.__anext__().")
    DOC(StopIteration, "Signal the end from iterator.__next__().")
    DOC(SyntaxError, "Invalid syntax.")
    DOC(IndentationError, "Improper indentation.")
    DOC(TabError, "Improper mixture of spaces and tabs.")
    DOC(SystemError, "Internal error in the Python interpreter.\n\n"
                     "Please report this to the Python maintainer, along with the traceback,\n"
                     "the Python version, and the hardware/OS platform and version.")
    DOC(TypeError, "Inappropriate argument type.")
    DOC(ValueError, "Inappropriate argument value (of correct type).")
    DOC(UnicodeError, "Unicode related error.")
    DOC(UnicodeDecodeError, "Unicode decoding error.")
    DOC(UnicodeEncodeError, "Unicode encoding error.")
    DOC(UnicodeTranslateError, "Unicode translation error.")
    DOC(Warning, "Base class for warning categories.")
    DOC(BytesWarning, "Base class for warnings about bytes and buffer related problems, mostly\n"
                      "related to conversion from str or comparing to str.")
    DOC(DeprecationWarning, "Base class for warnings about deprecated features.")
    DOC(EncodingWarning, "Base class for warnings about encodings.")
    DOC(FutureWarning, "Base class for warnings about constructs that will change "
                       "semantically\nin the future.")
    DOC(ImportWarning, "Base class for warnings about probable mistakes in module imports")
    DOC(PendingDeprecationWarning, "Base class for warnings about features which will be "
                                   "deprecated\nin the future.")
    DOC(ResourceWarning, "Base class for warnings about resource usage.")
    DOC(RuntimeWarning, "Base class for warnings about dubious runtime behavior.")
    DOC(SyntaxWarning, "Base class for warnings about dubious syntax.")
    DOC(UnicodeWarning, "Base class for warnings about Unicode related problems, mostly\n"
                        "related to conversion problems.")
    DOC(UserWarning, "Base class for warnings generated by user code.")
#undef DOC
}

int kri_exceptions_init(KrThread *ts)
{
    KrType *base = &kr_exc_BaseException;
    base->base = &kr_object_type;
    base->dealloc = exc_dealloc;
    base->traverse = exc_traverse;
    base->new_ = exc_new;
    base->init = exc_init;
    base->repr = exc_repr;
    base->str = kri_exceptions_str;
    base->getattro = kri_object_generic_getattr;
    base->setattro = kri_object_generic_setattr;
    base->getsets = exc_getsets;
    base->methods = exc_methods;
#define EXC_LINK(cname, basename, layout)                                          \
    if (&kr_exc_##cname != base)                                                   \
        kr_exc_##cname.base = &kr_exc_##basename;
#define kr_exc_object kr_object_type
    KR_EXCEPTION_LIST(EXC_LINK)
#undef kr_exc_object
#undef EXC_LINK
    set_docs();
    kri_exceptions_kinds_setup();
    kri_exceptions_os_setup();
    kri_exceptions_unicode_setup();
    if (kri_exceptions_group_init(ts) < 0)
        return -1;
#define EXC_READY(cname, basename, layout)                                         \
    if (kri_type_ready(ts, &kr_exc_##cname) < 0)                                   \
        return -1;
    KR_EXCEPTION_LIST(EXC_READY)
#undef EXC_READY
    /* type.__subclasses__() lists what registered itself with its base */
#define EXC_REGISTER(cname, basename, layout)                                      \
    if (&kr_exc_##cname != base &&                                                 \
        kri_type_add_subclass(ts, kr_exc_##cname.base, &kr_exc_##cname) < 0)       \
        return -1;
    KR_EXCEPTION_LIST(EXC_REGISTER)
#undef EXC_REGISTER
    return kri_type_add_subclass(ts, &kr_exc_Exception, &kr_exc_ExceptionGroup);
}

int kri_exceptions_add_builtins(KrThread *ts, KrObject *builtins)
{
#define EXC_ADD(cname, basename, layout)                                           \
    if (kri_dict_set_cstr(ts, builtins, #cname, KR_OBJ(&kr_exc_##cname)) < 0)      \
        return -1;
    KR_EXCEPTION_LIST(EXC_ADD)
#undef EXC_ADD
    /* the old names of OSError, kept as aliases since Python 3.3 */
    if (kri_dict_set_cstr(ts, builtins, "EnvironmentError", KR_OBJ(&kr_exc_OSError)) < 0 ||
        kri_dict_set_cstr(ts, builtins, "IOError", KR_OBJ(&kr_exc_OSError)) < 0)
        return -1;
    return 0;
}
