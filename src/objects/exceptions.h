/* The builtin exception hierarchy (exceptions.c): instance layouts and the
 * type objects, declared from one list. Included by types.h. */
#ifndef KRAIT_EXCEPTIONS_H
#define KRAIT_EXCEPTIONS_H

typedef struct KrBaseException {
    KrObject ob_base;
    KrObject *dict;
    KrObject *args;        /* tuple */
    KrObject *traceback;   /* traceback or NULL */
    KrObject *context;     /* exception or NULL */
    KrObject *cause;       /* exception or NULL */
    bool suppress_context;
} KrBaseException;

typedef struct KrStopIteration {
    KrBaseException base;
    KrObject *value;
} KrStopIteration;

typedef struct KrSystemExit {
    KrBaseException base;
    KrObject *code;
} KrSystemExit;

typedef struct KrImportError {
    KrBaseException base;
    KrObject *msg, *name, *path;
} KrImportError;

typedef struct KrOSError {
    KrBaseException base;
    KrObject *myerrno, *strerror, *filename, *filename2;
    ssize_t written;
} KrOSError;

typedef struct KrSyntaxErrorObj {
    KrBaseException base;
    KrObject *msg, *filename, *lineno, *offset, *end_lineno, *end_offset, *text,
        *print_file_and_line;
} KrSyntaxErrorObj;

typedef struct KrUnicodeErrorObj {
    KrBaseException base;
    KrObject *encoding, *object, *reason;
    ssize_t start, end;
} KrUnicodeErrorObj;

typedef struct KrNameErrorObj {
    KrBaseException base;
    KrObject *name;
} KrNameErrorObj;

typedef struct KrAttributeErrorObj {
    KrBaseException base;
    KrObject *name, *obj;
} KrAttributeErrorObj;

typedef struct KrExceptionGroup {
    KrBaseException base;
    KrObject *msg, *excs;
} KrExceptionGroup;

/* X(name, base, layout): every builtin exception, parents first. */
#define KR_EXCEPTION_LIST(X)                                                       \
    X(BaseException, object, KrBaseException)                                      \
    X(BaseExceptionGroup, BaseException, KrExceptionGroup)                         \
    X(GeneratorExit, BaseException, KrBaseException)                               \
    X(KeyboardInterrupt, BaseException, KrBaseException)                           \
    X(SystemExit, BaseException, KrSystemExit)                                     \
    X(Exception, BaseException, KrBaseException)                                   \
    X(ArithmeticError, Exception, KrBaseException)                                 \
    X(FloatingPointError, ArithmeticError, KrBaseException)                        \
    X(OverflowError, ArithmeticError, KrBaseException)                             \
    X(ZeroDivisionError, ArithmeticError, KrBaseException)                         \
    X(AssertionError, Exception, KrBaseException)                                  \
    X(AttributeError, Exception, KrAttributeErrorObj)                              \
    X(BufferError, Exception, KrBaseException)                                     \
    X(EOFError, Exception, KrBaseException)                                        \
    X(ExceptionGroup, BaseExceptionGroup, KrExceptionGroup)                        \
    X(ImportError, Exception, KrImportError)                                       \
    X(ModuleNotFoundError, ImportError, KrImportError)                             \
    X(LookupError, Exception, KrBaseException)                                     \
    X(IndexError, LookupError, KrBaseException)                                    \
    X(KeyError, LookupError, KrBaseException)                                      \
    X(MemoryError, Exception, KrBaseException)                                     \
    X(NameError, Exception, KrNameErrorObj)                                        \
    X(UnboundLocalError, NameError, KrNameErrorObj)                                \
    X(OSError, Exception, KrOSError)                                               \
    X(BlockingIOError, OSError, KrOSError)                                         \
    X(ChildProcessError, OSError, KrOSError)                                       \
    X(ConnectionError, OSError, KrOSError)                                         \
    X(BrokenPipeError, ConnectionError, KrOSError)                                 \
    X(ConnectionAbortedError, ConnectionError, KrOSError)                          \
    X(ConnectionRefusedError, ConnectionError, KrOSError)                          \
    X(ConnectionResetError, ConnectionError, KrOSError)                            \
    X(FileExistsError, OSError, KrOSError)                                         \
    X(FileNotFoundError, OSError, KrOSError)                                       \
    X(InterruptedError, OSError, KrOSError)                                        \
    X(IsADirectoryError, OSError, KrOSError)                                       \
    X(NotADirectoryError, OSError, KrOSError)                                      \
    X(PermissionError, OSError, KrOSError)                                         \
    X(ProcessLookupError, OSError, KrOSError)                                      \
    X(TimeoutError, OSError, KrOSError)                                            \
    X(ReferenceError, Exception, KrBaseException)                                  \
    X(RuntimeError, Exception, KrBaseException)                                    \
    X(NotImplementedError, RuntimeError, KrBaseException)                          \
    X(RecursionError, RuntimeError, KrBaseException)                               \
    X(StopAsyncIteration, Exception, KrBaseException)                              \
    X(StopIteration, Exception, KrStopIteration)                                   \
    X(SyntaxError, Exception, KrSyntaxErrorObj)                                    \
    X(IndentationError, SyntaxError, KrSyntaxErrorObj)                             \
    X(TabError, IndentationError, KrSyntaxErrorObj)                                \
    X(SystemError, Exception, KrBaseException)                                     \
    X(TypeError, Exception, KrBaseException)                                       \
    X(ValueError, Exception, KrBaseException)                                      \
    X(UnicodeError, ValueError, KrBaseException)                                   \
    X(UnicodeDecodeError, UnicodeError, KrUnicodeErrorObj)                         \
    X(UnicodeEncodeError, UnicodeError, KrUnicodeErrorObj)                         \
    X(UnicodeTranslateError, UnicodeError, KrUnicodeErrorObj)                      \
    X(Warning, Exception, KrBaseException)                                         \
    X(BytesWarning, Warning, KrBaseException)                                      \
    X(DeprecationWarning, Warning, KrBaseException)                                \
    X(EncodingWarning, Warning, KrBaseException)                                   \
    X(FutureWarning, Warning, KrBaseException)                                     \
    X(ImportWarning, Warning, KrBaseException)                                     \
    X(PendingDeprecationWarning, Warning, KrBaseException)                         \
    X(ResourceWarning, Warning, KrBaseException)                                   \
    X(RuntimeWarning, Warning, KrBaseException)                                    \
    X(SyntaxWarning, Warning, KrBaseException)                                     \
    X(UnicodeWarning, Warning, KrBaseException)                                    \
    X(UserWarning, Warning, KrBaseException)

#define KR_DECLARE_EXC(name, base, layout) KR_HIDDEN extern KrType kr_exc_##name;
KR_EXCEPTION_LIST(KR_DECLARE_EXC)
#undef KR_DECLARE_EXC

static inline bool kr_exc_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_EXC_SUBCLASS);
}
static inline bool kr_exc_type_check(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS) &&
           kr_type_has((const KrType *)o, KR_TPF_EXC_SUBCLASS);
}
/* An instance of exception [type] with [args] (a tuple, borrowed), made
 * as calling the type would (OSError may give a subclass for its errno). */
KR_HIDDEN KrObject *kri_exc_new(KrThread *ts, KrType *type, KrObject *args);
/* Sets __context__ / __cause__ (steals [value], which may be NULL). */
KR_HIDDEN void kri_exc_set_context_steal(KrObject *exc, KrObject *value);
KR_HIDDEN void kri_exc_set_cause_steal(KrObject *exc, KrObject *value);
KR_HIDDEN void kri_exc_set_traceback(KrObject *exc, KrObject *tb);
/* StopIteration(value) raised with [value] as its payload. */
KR_HIDDEN void kri_exc_raise_stop_iteration(KrThread *ts, KrObject *value);
/* Fills the fields the runtime knows when it raises: NameError.name,
 * AttributeError.name and .obj, ImportError.name. [exc] may be any
 * exception or NULL (then nothing happens); NULL arguments leave their
 * field alone; the others are borrowed. Cannot fail. */
KR_HIDDEN void kri_exc_set_name_obj(KrObject *exc, KrObject *name, KrObject *obj);
/* The OSError subclass errno [errnum] maps to (OSError itself when none). */
KR_HIDDEN KrType *kri_exc_errno_type(int errnum);
/* Raises OSError(errnum, strerror(errnum)[, filename[, None, filename2]])
 * -- which gives the mapped subclass; [filename] and [filename2] are
 * borrowed and may be NULL. */
KR_HIDDEN void kri_exc_raise_errno(KrThread *ts, int errnum, KrObject *filename,
                                   KrObject *filename2);
/* Readies every exception type and fills [builtins] (a dict). */
KR_HIDDEN int kri_exceptions_init(KrThread *ts);
KR_HIDDEN int kri_exceptions_add_builtins(KrThread *ts, KrObject *builtins);

/* ---- shared by the exceptions*.c files only ---- */
/* TypeError "T() takes no keyword arguments" when [kwnames] has any. */
KR_HIDDEN int kri_exceptions_no_kwargs(KrThread *ts, KrObject *self, KrObject *kwnames);
/* self.args = tuple(args), as BaseException.__init__ does. */
KR_HIDDEN int kri_exceptions_set_args(KrThread *ts, KrObject *self, KrObject *const *args,
                                      size_t nargsf);
/* BaseException.__str__. */
KR_HIDDEN KrObject *kri_exceptions_str(KrThread *ts, KrObject *o);
/* (type(self), args) or (type(self), args, state) when [state] is not
 * NULL: the __reduce__ result. */
KR_HIDDEN KrObject *kri_exceptions_reduce(KrThread *ts, KrObject *self, KrObject *args,
                                          KrObject *state);
/* Install each file's slots on the static types before they are readied. */
KR_HIDDEN void kri_exceptions_kinds_setup(void);
KR_HIDDEN void kri_exceptions_os_setup(void);
KR_HIDDEN void kri_exceptions_unicode_setup(void);

#endif
