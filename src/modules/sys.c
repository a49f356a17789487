/* The sys module, minimal until the standard library issue completes it:
 * argv, path, modules, the standard streams (a small UTF-8 text stream
 * type over C stdio until _io exists), exit, recursion limit, version
 * facts, intern, getrefcount, getsizeof, exc_info, exception, _getframe,
 * int max str digits, displayhook and excepthook. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "modules/modules.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* ---- the standard stream type ---- */

typedef struct StdStream {
    KrObject ob_base;
    FILE *fp;         /* stdout or stderr of the C library */
    KrObject *name;   /* "<stdout>" */
    bool unbuffered;  /* stderr: flush after every write */
    bool line_buffered; /* a terminal: flush after a write with a newline */
} StdStream;

static KrObject *stream_write(KrThread *ts, KrObject *self, KrObject *arg)
{
    if (!kr_str_check(arg))
        return kri_err_format(ts, &kr_exc_TypeError, "write() argument must be str, not %T", arg);
    ssize_t n;
    const char *s = kri_str_utf8(ts, arg, &n);
    if (!s)
        return NULL;
    StdStream *st = (StdStream *)self;
    if (n && fwrite(s, 1, (size_t)n, st->fp) != (size_t)n)
        return kri_err_format(ts, &kr_exc_OSError, "write failed");
    if (st->unbuffered || (st->line_buffered && memchr(s, '\n', (size_t)n)))
        fflush(st->fp);
    return kri_int_from_ssize(ts, kr_str_len(arg));
}

static KrObject *stream_flush(KrThread *ts, KrObject *self, KrObject *unused)
{
    fflush(((StdStream *)self)->fp);
    return kr_incref(KR_NONE);
}

static KrObject *stream_fileno(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_ssize(ts, fileno(((StdStream *)self)->fp));
}

static KrObject *stream_isatty(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kr_bool(isatty(fileno(((StdStream *)self)->fp)));
}

static KrObject *stream_get_encoding(KrThread *ts, KrObject *self, void *c)
{
    return kri_str_from_cstr(ts, "utf-8");
}

static KrObject *stream_get_errors(KrThread *ts, KrObject *self, void *c)
{
    return kri_str_from_cstr(ts, ((StdStream *)self)->fp == stderr ? "backslashreplace" : "strict");
}

static void stream_dealloc(KrObject *o)
{
    KR_CLEAR(((StdStream *)o)->name);
    kri_object_free(o);
}

static KrObject *stream_repr(KrThread *ts, KrObject *o)
{
    return kri_str_format(ts, "<_io.TextIOWrapper name=%R mode='w' encoding='utf-8'>",
                          ((StdStream *)o)->name);
}

static const KrMethodDef stream_methods[] = {
    {"write", KR_METH(stream_write), KR_METH_O, NULL},
    {"flush", KR_METH(stream_flush), KR_METH_NOARGS, NULL},
    {"fileno", KR_METH(stream_fileno), KR_METH_NOARGS, NULL},
    {"isatty", KR_METH(stream_isatty), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const KrGetSetDef stream_getsets[] = {
    {"encoding", stream_get_encoding, NULL, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef stream_members[] = {
    {"name", KR_MEMBER_OBJECT, offsetof(StdStream, name), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static KrType kr_stdstream_type = {
    KR_TYPE_HEADER,
    .name = "_krait.StdStream",
    .basicsize = sizeof(StdStream),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .getattro = kri_object_generic_getattr,
    .methods = stream_methods,
    .getsets = stream_getsets,
    .members = stream_members,
};

static KrObject *stream_new(KrThread *ts, FILE *fp, const char *name)
{
    StdStream *s = (StdStream *)kri_object_alloc(ts, &kr_stdstream_type, sizeof(StdStream));
    if (!s)
        return NULL;
    s->fp = fp;
    s->unbuffered = fp == stderr;
    s->line_buffered = isatty(fileno(fp));
    s->name = kri_str_from_cstr(ts, name);
    if (!s->name) {
        kr_decref(KR_OBJ(s));
        return NULL;
    }
    return KR_OBJ(s);
}

/* ---- functions ---- */

static KrObject *sys_exit(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "exit", nargs, 0, 1, NULL) < 0)
        return NULL;
    kri_err_set_object(ts, &kr_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static KrObject *sys_getrecursionlimit(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_ssize(ts, ts->interp->recursion_limit);
}

static KrObject *sys_setrecursionlimit(KrThread *ts, KrObject *self, KrObject *arg)
{
    if (kr_float_check(arg))
        return kri_err_format(ts, &kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
    ssize_t n = kri_number_as_ssize(ts, arg, &kr_exc_OverflowError);
    if (n == -1 && kri_err_occurred(ts))
        return NULL;
    if (n < 1)
        return kri_err_format(ts, &kr_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > 0x7fffffff)
        return kri_err_format(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
    int depth = ts->py_depth + ts->c_depth;
    if (n <= depth)
        return kri_err_format(ts, &kr_exc_RecursionError,
                              "cannot set the recursion limit to %zd at the recursion depth %d: "
                              "the limit is too low", n, depth);
    ts->interp->recursion_limit = (int)n;
    return kr_incref(KR_NONE);
}

static KrObject *sys_intern(KrThread *ts, KrObject *self, KrObject *arg)
{
    if (!kr_is_type(arg, &kr_str_type))
        return kri_err_format(ts, &kr_exc_TypeError, "intern() argument must be str, not %T", arg);
    KrObject *s = kr_incref(arg);
    if (kri_str_intern(ts, &s) < 0)
        return NULL;
    return s;
}

static KrObject *sys_getrefcount(KrThread *ts, KrObject *self, KrObject *arg)
{
    return kri_int_from_ssize(ts, kr_refcount(arg));
}

static KrObject *sys_getsizeof(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "getsizeof", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *r = kri_call_method(ts, args[0], KR_ID(__sizeof__), NULL, 0);
    if (!r) {
        if (nargs == 2 && kri_err_matches(ts, &kr_exc_TypeError)) {
            kri_err_clear(ts);
            return kr_incref(args[1]);
        }
        return NULL;
    }
    if (!kr_int_check(r)) {
        kr_decref(r);
        return kri_err_format(ts, &kr_exc_TypeError, "an integer is required");
    }
    if (kri_int_sign(r) < 0) {
        kr_decref(r);
        return kri_err_format(ts, &kr_exc_ValueError, "__sizeof__() should return >= 0");
    }
    return r;
}

static KrObject *sys_exception(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *e = kri_err_handled(ts);
    return kr_incref(e ? e : KR_NONE);
}

static KrObject *sys_exc_info(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *e = kri_err_handled(ts);
    if (!e)
        return kri_tuple_pack(ts, 3, KR_NONE, KR_NONE, KR_NONE);
    KrObject *tb = ((KrBaseException *)e)->traceback;
    return kri_tuple_pack(ts, 3, KR_OBJ(e->ob_type), e, tb ? tb : KR_NONE);
}

static KrObject *sys_getframe(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "_getframe", nargs, 0, 1, NULL) < 0)
        return NULL;
    ssize_t depth = nargs ? kri_number_as_ssize(ts, args[0], &kr_exc_OverflowError) : 0;
    if (depth == -1 && kri_err_occurred(ts))
        return NULL;
    KrFrame *f = ts->frame;
    while (f && depth-- > 0)
        f = f->previous;
    if (!f)
        return kri_err_format(ts, &kr_exc_ValueError, "call stack is not deep enough");
    return kri_frame_object(ts, f);
}

static KrObject *sys_get_int_max_str_digits(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_int_from_ssize(ts, ts->interp->int_max_str_digits);
}

static KrObject *sys_set_int_max_str_digits(KrThread *ts, KrObject *self, KrObject *const *args,
                                            size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = {"maxdigits"};
    static const KrArgSpec spec = {"set_int_max_str_digits", names, 1, 0, 1, 1, true};
    KrObject *v[1] = {NULL};
    if (kri_iterargs_parse(ts, &spec, args, nargsf, kwnames, v) < 0)
        return NULL;
    ssize_t n = kri_number_as_ssize(ts, v[0], &kr_exc_OverflowError);
    if (n == -1 && kri_err_occurred(ts))
        return NULL;
    if (n != 0 && n < 640)
        return kri_err_format(ts, &kr_exc_ValueError, "maxdigits must be 0 or larger than 640");
    if (n > 0x7fffffff)
        return kri_err_format(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
    ts->interp->int_max_str_digits = (int)n;
    return kr_incref(KR_NONE);
}

static KrObject *sys_displayhook(KrThread *ts, KrObject *self, KrObject *arg)
{
    if (arg == KR_NONE)
        return kr_incref(KR_NONE);
    if (kri_dict_set_cstr(ts, ts->interp->builtins, "_", KR_NONE) < 0)
        return NULL;
    KrObject *out = kri_dict_get_cstr_borrow(ts, ts->interp->sysdict, "stdout");
    if (!out || out == KR_NONE)
        return kri_err_format(ts, &kr_exc_RuntimeError, "lost sys.stdout");
    KrObject *r = kri_object_repr(ts, arg);
    KrObject *nl = r ? kri_str_concat(ts, r, KR_ID(newline)) : NULL;
    kr_xdecref(r);
    KrObject *w = nl ? kri_call_method(ts, out, KR_ID(write), &nl, 1) : NULL;
    kr_xdecref(nl);
    if (!w)
        return NULL;
    kr_decref(w);
    if (kri_dict_set_cstr(ts, ts->interp->builtins, "_", arg) < 0)
        return NULL;
    return kr_incref(KR_NONE);
}

static KrObject *sys_excepthook(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "excepthook", nargs, 3, 3, NULL) < 0)
        return NULL;
    if (!kr_type_has(args[1]->ob_type, KR_TPF_EXC_SUBCLASS))
        return kri_err_format(ts, &kr_exc_TypeError, "excepthook expects an exception instance");
    kri_vm_print_exception(ts, args[1]);
    return kr_incref(KR_NONE);
}

static const KrMethodDef sys_methods[] = {
    {"exit", KR_METH(sys_exit), KR_METH_FAST, "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", KR_METH(sys_getrecursionlimit), KR_METH_NOARGS, NULL},
    {"setrecursionlimit", KR_METH(sys_setrecursionlimit), KR_METH_O, NULL},
    {"intern", KR_METH(sys_intern), KR_METH_O, NULL},
    {"getrefcount", KR_METH(sys_getrefcount), KR_METH_O, NULL},
    {"getsizeof", KR_METH(sys_getsizeof), KR_METH_FAST, NULL},
    {"exception", KR_METH(sys_exception), KR_METH_NOARGS, NULL},
    {"exc_info", KR_METH(sys_exc_info), KR_METH_NOARGS, NULL},
    {"_getframe", KR_METH(sys_getframe), KR_METH_FAST, NULL},
    {"get_int_max_str_digits", KR_METH(sys_get_int_max_str_digits), KR_METH_NOARGS, NULL},
    {"set_int_max_str_digits", KR_METH(sys_set_int_max_str_digits), KR_METH_KEYWORDS, NULL},
    {"displayhook", KR_METH(sys_displayhook), KR_METH_O, NULL},
    {"excepthook", KR_METH(sys_excepthook), KR_METH_FAST, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ---- */

static int set_value(KrThread *ts, KrObject *d, const char *name, KrObject *v)
{
    if (!v)
        return -1;
    int r = kri_dict_set_cstr(ts, d, name, v);
    kr_decref(v);
    return r;
}

static int add_facts(KrThread *ts, KrObject *d)
{
    if (set_value(ts, d, "version", kri_str_from_cstr(ts, "3.11.2 (Krait) [GCC]")) < 0 ||
        set_value(ts, d, "maxsize", kri_int_from_i64(ts, INT64_MAX)) < 0 ||
        set_value(ts, d, "maxunicode", kri_int_from_i64(ts, 0x10ffff)) < 0 ||
        set_value(ts, d, "byteorder", kri_str_from_cstr(ts, "little")) < 0 ||
        set_value(ts, d, "platform", kri_str_from_cstr(ts, "linux")) < 0 ||
        set_value(ts, d, "path", kri_list_new(ts, 0)) < 0)
        return -1;
    return kri_sys_add_info(ts, d);
}

int kri_sys_set_argv(KrThread *ts, int argc, char **argv)
{
    KrObject *list = kri_list_new(ts, 0);
    if (!list)
        return -1;
    for (int i = 0; i < argc; i++) {
        KrObject *s = kri_str_from_utf8(ts, argv[i], (ssize_t)strlen(argv[i]));
        if (!s || kri_list_append_steal(ts, list, s) < 0) {
            kr_decref(list);
            return -1;
        }
    }
    return set_value(ts, ts->interp->sysdict, "argv", list);
}

int kri_sys_init(KrThread *ts, int argc, char **argv)
{
    KrInterp *in = ts->interp;
    if (kri_type_ready(ts, &kr_stdstream_type) < 0)
        return -1;
    KrObject *mod = kri_module_new(ts, KR_ID(sys));
    if (!mod)
        return -1;
    in->sys_mod = mod;
    in->sysdict = kr_incref(kri_module_dict(mod));
    KrObject *d = in->sysdict;
    for (const KrMethodDef *m = sys_methods; m->name; m++) {
        KrObject *f = kri_builtin_new(ts, m, mod, KR_ID(sys));
        if (set_value(ts, d, m->name, f) < 0)
            return -1;
    }
    KrObject *out = stream_new(ts, stdout, "<stdout>");
    KrObject *err = stream_new(ts, stderr, "<stderr>");
    if (!out || !err || kri_dict_set_cstr(ts, d, "stdout", out) < 0 ||
        kri_dict_set_cstr(ts, d, "__stdout__", out) < 0 ||
        kri_dict_set_cstr(ts, d, "stderr", err) < 0 ||
        kri_dict_set_cstr(ts, d, "__stderr__", err) < 0) {
        kr_xdecref(out);
        kr_xdecref(err);
        return -1;
    }
    kr_decref(out);
    kr_decref(err);
    KrObject *hook = kri_dict_get_cstr_borrow(ts, d, "displayhook");
    KrObject *ehook = kri_dict_get_cstr_borrow(ts, d, "excepthook");
    if (kri_dict_set_cstr(ts, d, "__displayhook__", hook) < 0 ||
        kri_dict_set_cstr(ts, d, "__excepthook__", ehook) < 0 ||
        kri_dict_set_cstr(ts, d, "modules", in->modules) < 0 || add_facts(ts, d) < 0 ||
        kri_sys_set_argv(ts, argc, argv) < 0)
        return -1;
    return kri_dict_set(ts, in->modules, KR_ID(sys), mod);
}
