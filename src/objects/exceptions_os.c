/* OSError and its subclasses: the fields errno, strerror, filename,
 * filename2 and BlockingIOError.characters_written, the str forms
 * "[Errno 2] msg: 'file' -> 'other'", and the errno mapping that makes
 * OSError(2, 'x') a FileNotFoundError.
 * As in CPython the arguments are read by __new__ (so the mapping can pick
 * the class), unless a subclass overrides __init__ but not __new__: then
 * __new__ leaves args empty and OSError.__init__ reads them when called.
 * Invariant: written is -1 when characters_written is unset. */
#include <errno.h>
#include <string.h>

#include "objects/objects.h"

KrType *kri_exc_errno_type(int errnum)
{
    switch (errnum) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &kr_exc_BlockingIOError;
    case ECHILD: return &kr_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &kr_exc_BrokenPipeError;
    case ECONNABORTED: return &kr_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &kr_exc_ConnectionRefusedError;
    case ECONNRESET: return &kr_exc_ConnectionResetError;
    case EEXIST: return &kr_exc_FileExistsError;
    case ENOENT: return &kr_exc_FileNotFoundError;
    case EISDIR: return &kr_exc_IsADirectoryError;
    case ENOTDIR: return &kr_exc_NotADirectoryError;
    case EINTR: return &kr_exc_InterruptedError;
    case EACCES:
    case EPERM: return &kr_exc_PermissionError;
    case ESRCH: return &kr_exc_ProcessLookupError;
    case ETIMEDOUT: return &kr_exc_TimeoutError;
    default: return &kr_exc_OSError;
    }
}

static int os_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames);
static KrObject *os_error_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames);

/* Whether __init__ rather than __new__ reads the arguments of [type]:
 * its __init__ is not OSError's but its __new__ is (a class statement
 * that defines no __new__ gets a new_ that forwards to the base's). */
static bool reads_in_init(const KrType *type)
{
    const KrType *t = type;
    while (t && t->new_ == kri_slots_inherited_new)
        t = t->base;
    return type->init != os_error_init && t && t->new_ == os_error_new;
}

/* Stores the arguments: (errno, strerror[, filename[, winerror[,
 * filename2]]]) when there are 2 to 5, else args only. A filename shortens
 * args to (errno, strerror); BlockingIOError takes a number there as the
 * count of characters written. */
static int os_error_fill(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t n)
{
    KrOSError *e = (KrOSError *)self;
    KrObject *tuple = kri_tuple_from_array(ts, args, n);
    if (!tuple)
        return -1;
    KR_SETREF(e->base.args, tuple);
    if (n < 2 || n > 5)
        return 0;
    KrObject *filename = n >= 3 ? args[2] : NULL, *filename2 = n == 5 ? args[4] : NULL;
    if (filename && filename != KR_NONE) {
        KrType *ft = filename->ob_type;
        if (kr_is_type(self, &kr_exc_BlockingIOError) && (ft->nb_index || ft->nb_int || ft->nb_float)) {
            ssize_t w = kri_number_as_ssize(ts, filename, &kr_exc_ValueError);
            if (w == -1 && kri_err_occurred(ts))
                return -1;
            e->written = w;
        } else {
            KR_SETREF(e->filename, kr_incref(filename));
            if (filename2 && filename2 != KR_NONE)
                KR_SETREF(e->filename2, kr_incref(filename2));
            KrObject *two = kri_tuple_from_array(ts, args, 2);
            if (!two)
                return -1;
            KR_SETREF(e->base.args, two);
        }
    }
    KR_SETREF(e->myerrno, kr_incref(args[0]));
    KR_SETREF(e->strerror, kr_incref(args[1]));
    return 0;
}

/* OSError itself picks the subclass of an int errno it knows. */
static KrType *mapped_type(KrType *type, KrObject *const *args, ssize_t n)
{
    if (type != &kr_exc_OSError || n < 2 || n > 5 || !kr_int_check(args[0]))
        return type;
    int64_t v;
    if (!kri_int_to_i64(args[0], &v) || v < INT32_MIN || v > INT32_MAX)
        return type;
    return kri_exc_errno_type((int)v);
}

static KrObject *os_error_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames)
{
    ssize_t n = KR_NARGS(nargsf);
    bool in_init = reads_in_init(type);
    if (!in_init && kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                              kri_type_name(type));
    KrType *actual = in_init ? type : mapped_type(type, args, n);
    KrObject *o = kri_type_generic_alloc(ts, actual, 0);
    if (!o)
        return NULL;
    ((KrOSError *)o)->written = -1;
    int r = in_init ? kri_exceptions_set_args(ts, o, NULL, 0) : os_error_fill(ts, o, args, n);
    if (r < 0)
        KR_CLEAR(o);
    return o;
}

static int os_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    if (!reads_in_init(self->ob_type))
        return 0;
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0)
        return -1;
    return os_error_fill(ts, self, args, KR_NARGS(nargsf));
}

static KrObject *os_error_str(KrThread *ts, KrObject *o)
{
    KrOSError *e = (KrOSError *)o;
    KrObject *num = e->myerrno ? e->myerrno : KR_NONE;
    KrObject *msg = e->strerror ? e->strerror : KR_NONE;
    if (e->filename && e->filename2)
        return kri_str_format(ts, "[Errno %S] %S: %R -> %R", num, msg, e->filename, e->filename2);
    if (e->filename)
        return kri_str_format(ts, "[Errno %S] %S: %R", num, msg, e->filename);
    if (e->myerrno && e->strerror)
        return kri_str_format(ts, "[Errno %S] %S", num, msg);
    return kri_exceptions_str(ts, o);
}

/* The filenames go back into the arguments so that unpickling passes them
 * to the constructor again. */
static KrObject *os_error_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrOSError *e = (KrOSError *)self;
    KrObject *args = e->base.args ? e->base.args : kri_tuple_empty();
    if (KR_SIZE(args) != 2 || !e->filename)
        return kri_exceptions_reduce(ts, self, args, e->base.dict);
    KrObject *const *a = KR_TUPLE_ITEMS(args);
    KrObject *full = e->filename2
                         ? kri_tuple_pack(ts, 5, a[0], a[1], e->filename, KR_NONE, e->filename2)
                         : kri_tuple_pack(ts, 3, a[0], a[1], e->filename);
    if (!full)
        return NULL;
    KrObject *r = kri_exceptions_reduce(ts, self, full, e->base.dict);
    kr_decref(full);
    return r;
}

static KrObject *get_written(KrThread *ts, KrObject *o, void *c)
{
    ssize_t w = ((KrOSError *)o)->written;
    if (w == -1)
        return kri_err_format(ts, &kr_exc_AttributeError, "characters_written");
    return kri_int_from_ssize(ts, w);
}

static int set_written(KrThread *ts, KrObject *o, KrObject *value, void *c)
{
    KrOSError *e = (KrOSError *)o;
    if (!value) {
        if (e->written == -1) {
            kri_err_format(ts, &kr_exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ssize_t w = kri_number_as_ssize(ts, value, &kr_exc_ValueError);
    if (w == -1 && kri_err_occurred(ts))
        return -1;
    e->written = w;
    return 0;
}

void kri_exc_raise_errno(KrThread *ts, int errnum, KrObject *filename, KrObject *filename2)
{
    char buf[256];
    const char *text = strerror_r(errnum, buf, sizeof buf);
    KrObject *num = kri_int_from_ssize(ts, errnum);
    KrObject *msg = num ? kri_str_from_cstr(ts, text) : NULL;
    KrObject *args = NULL;
    if (msg && filename && filename2)
        args = kri_tuple_pack(ts, 5, num, msg, filename, KR_NONE, filename2);
    else if (msg && filename)
        args = kri_tuple_pack(ts, 3, num, msg, filename);
    else if (msg)
        args = kri_tuple_pack(ts, 2, num, msg);
    kr_xdecref(num);
    kr_xdecref(msg);
    if (!args)
        return;
    KrObject *exc = kri_exc_new(ts, &kr_exc_OSError, args);
    kr_decref(args);
    if (exc)
        kri_err_raise_steal(ts, exc);
}

static const KrMemberDef os_error_members[] = {
    {"errno", KR_MEMBER_OBJECT, offsetof(KrOSError, myerrno), false, "POSIX exception code"},
    {"strerror", KR_MEMBER_OBJECT, offsetof(KrOSError, strerror), false, "exception strerror"},
    {"filename", KR_MEMBER_OBJECT, offsetof(KrOSError, filename), false, "exception filename"},
    {"filename2", KR_MEMBER_OBJECT, offsetof(KrOSError, filename2), false,
     "second exception filename"},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef os_error_getsets[] = {
    {"characters_written", get_written, set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMethodDef os_error_methods[] = {
    {"__reduce__", KR_METH(os_error_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

void kri_exceptions_os_setup(void)
{
    KrType *t = &kr_exc_OSError;
    t->new_ = os_error_new;
    t->init = os_error_init;
    t->str = os_error_str;
    t->members = os_error_members;
    t->getsets = os_error_getsets;
    t->methods = os_error_methods;
}
