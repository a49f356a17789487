/* The exception kinds that take fields from their arguments (see
 * exceptions.c for the shared BaseException part): StopIteration.value,
 * SystemExit.code, KeyError's str, NameError.name, AttributeError.name/obj,
 * ImportError.msg/name/path and SyntaxError's position fields.
 * Invariant: every field is NULL or a reference; NULL reads as None through
 * the member descriptors, as CPython's T_OBJECT members do. Each __init__
 * first stores args like BaseException.__init__, so re-running __init__
 * replaces every field. */
#include "objects/objects.h"

/* Keyword-only arguments of [fn]() named [names] ([n] of them, n <= 2):
 * their values go to out[i] (borrowed; untouched when not given). */
static int parse_kw_only(KrThread *ts, const char *fn, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames, const char *const *names, int n, KrObject **out)
{
    ssize_t nk = kwnames ? KR_SIZE(kwnames) : 0;
    if (nk > n) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "%s() takes at most %d keyword argument%s (%zd given)", fn, n,
                       n == 1 ? "" : "s", nk);
        return -1;
    }
    KrObject *const *values = args + KR_NARGS(nargsf);
    for (ssize_t i = 0; i < nk; i++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[i];
        int j = 0;
        while (j < n && !kri_str_eq_cstr(key, names[j]))
            j++;
        if (j == n) {
            kri_err_format(ts, &kr_exc_TypeError, "%R is an invalid keyword argument for %s()",
                           key, fn);
            return -1;
        }
        out[j] = values[i];
    }
    return 0;
}

static void set_field(KrObject **slot, KrObject *value)
{
    KR_SETREF(*slot, value ? kr_incref(value) : NULL);
}

/* ---- StopIteration, SystemExit, KeyError ---- */

static int stop_iteration_init(KrThread *ts, KrObject *self, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0 ||
        kri_exceptions_set_args(ts, self, args, nargsf) < 0)
        return -1;
    set_field(&((KrStopIteration *)self)->value, KR_NARGS(nargsf) > 0 ? args[0] : KR_NONE);
    return 0;
}

/* code: None without arguments, the argument alone, else the args tuple. */
static int system_exit_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0 ||
        kri_exceptions_set_args(ts, self, args, nargsf) < 0)
        return -1;
    ssize_t n = KR_NARGS(nargsf);
    KrObject *code = n == 0 ? KR_NONE : n == 1 ? args[0] : ((KrBaseException *)self)->args;
    set_field(&((KrSystemExit *)self)->code, code);
    return 0;
}

void kri_exc_raise_stop_iteration(KrThread *ts, KrObject *value)
{
    KrObject *args = kri_tuple_pack(ts, 1, value);
    if (!args)
        return;
    KrObject *e = kri_exc_new(ts, &kr_exc_StopIteration, args);
    kr_decref(args);
    if (e)
        kri_err_raise_steal(ts, e);
}

/* A lone key shows as its repr, so KeyError('') does not print empty. */
static KrObject *key_error_str(KrThread *ts, KrObject *o)
{
    KrObject *args = ((KrBaseException *)o)->args;
    if (args && KR_SIZE(args) == 1)
        return kri_object_repr(ts, KR_TUPLE_ITEMS(args)[0]);
    return kri_exceptions_str(ts, o);
}

/* ---- NameError, AttributeError ---- */

static int name_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    static const char *const names[] = {"name"};
    KrObject *name = NULL;
    if (kri_exceptions_set_args(ts, self, args, nargsf) < 0 ||
        parse_kw_only(ts, "NameError", args, nargsf, kwnames, names, 1, &name) < 0)
        return -1;
    set_field(&((KrNameErrorObj *)self)->name, name);
    return 0;
}

static int attribute_error_init(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = {"name", "obj"};
    KrObject *vals[2] = {NULL, NULL};
    if (kri_exceptions_set_args(ts, self, args, nargsf) < 0 ||
        parse_kw_only(ts, "AttributeError", args, nargsf, kwnames, names, 2, vals) < 0)
        return -1;
    set_field(&((KrAttributeErrorObj *)self)->name, vals[0]);
    set_field(&((KrAttributeErrorObj *)self)->obj, vals[1]);
    return 0;
}

void kri_exc_set_name_obj(KrObject *exc, KrObject *name, KrObject *obj)
{
    if (!exc)
        return;
    if (kr_isinstance(exc, &kr_exc_AttributeError)) {
        if (name)
            set_field(&((KrAttributeErrorObj *)exc)->name, name);
        if (obj)
            set_field(&((KrAttributeErrorObj *)exc)->obj, obj);
    } else if (kr_isinstance(exc, &kr_exc_NameError)) {
        if (name)
            set_field(&((KrNameErrorObj *)exc)->name, name);
    } else if (kr_isinstance(exc, &kr_exc_ImportError)) {
        if (name)
            set_field(&((KrImportError *)exc)->name, name);
    }
}

/* ---- ImportError, ModuleNotFoundError ---- */

static int import_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    static const char *const names[] = {"name", "path"};
    KrObject *vals[2] = {NULL, NULL};
    if (kri_exceptions_set_args(ts, self, args, nargsf) < 0 ||
        parse_kw_only(ts, "ImportError", args, nargsf, kwnames, names, 2, vals) < 0)
        return -1;
    KrImportError *e = (KrImportError *)self;
    set_field(&e->name, vals[0]);
    set_field(&e->path, vals[1]);
    set_field(&e->msg, KR_NARGS(nargsf) == 1 ? args[0] : NULL);
    return 0;
}

static KrObject *import_error_str(KrThread *ts, KrObject *o)
{
    KrObject *msg = ((KrImportError *)o)->msg;
    if (msg && kr_is_type(msg, &kr_str_type))
        return kr_incref(msg);
    return kri_exceptions_str(ts, o);
}

/* The pickled state carries name and path beside the instance dict. */
static KrObject *import_error_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrImportError *e = (KrImportError *)self;
    KrObject *args = e->base.args ? e->base.args : kri_tuple_empty();
    KrObject *dict = e->base.dict;
    if (!e->name && !e->path)
        return kri_exceptions_reduce(ts, self, args, dict);
    KrObject *state = dict ? kri_dict_copy(ts, dict) : kri_dict_new(ts);
    if (!state)
        return NULL;
    KrObject *r = NULL;
    if ((!e->name || kri_dict_set(ts, state, KR_ID(name), e->name) == 0) &&
        (!e->path || kri_dict_set(ts, state, KR_ID(path), e->path) == 0))
        r = kri_exceptions_reduce(ts, self, args, state);
    kr_decref(state);
    return r;
}

static const KrMethodDef import_error_methods[] = {
    {"__reduce__", KR_METH(import_error_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- SyntaxError, IndentationError, TabError ---- */

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
 * end_offset])): the details tuple is unpacked only when there are exactly
 * two arguments. */
static int syntax_error_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    if (kri_exceptions_no_kwargs(ts, self, kwnames) < 0 ||
        kri_exceptions_set_args(ts, self, args, nargsf) < 0)
        return -1;
    KrSyntaxErrorObj *e = (KrSyntaxErrorObj *)self;
    ssize_t n = KR_NARGS(nargsf);
    if (n >= 1)
        set_field(&e->msg, args[0]);
    if (n != 2)
        return 0;
    KrObject *info = kri_sequence_tuple(ts, args[1]);
    if (!info)
        return -1;
    ssize_t k = KR_SIZE(info);
    int r = -1;
    if (k < 4 || k > 6) {
        kri_err_format(ts, &kr_exc_TypeError, "function takes at %s %d arguments (%zd given)",
                       k < 4 ? "least" : "most", k < 4 ? 4 : 6, k);
    } else if (k == 5) {
        kri_err_set(ts, &kr_exc_TypeError,
                    "end_offset must be provided when end_lineno is provided");
    } else {
        KrObject *const *it = KR_TUPLE_ITEMS(info);
        set_field(&e->filename, it[0]);
        set_field(&e->lineno, it[1]);
        set_field(&e->offset, it[2]);
        set_field(&e->text, it[3]);
        set_field(&e->end_lineno, k == 6 ? it[4] : NULL);
        set_field(&e->end_offset, k == 6 ? it[5] : NULL);
        r = 0;
    }
    kr_decref(info);
    return r;
}

/* The last path component of str [path] (a new reference). */
static KrObject *path_basename(KrThread *ts, KrObject *path)
{
    ssize_t n = kr_str_len(path), cut = 0;
    for (ssize_t i = 0; i < n; i++)
        if (kr_str_at(path, i) == '/')
            cut = i + 1;
    if (cut == 0)
        return kr_incref(path);
    return kri_str_substr(ts, path, cut, n);
}

/* "msg (file, line N)", dropping the parts that are not a str filename or
 * an exact int line number. */
static KrObject *syntax_error_str(KrThread *ts, KrObject *o)
{
    KrSyntaxErrorObj *e = (KrSyntaxErrorObj *)o;
    KrObject *msg = e->msg ? e->msg : KR_NONE;
    KrObject *file = NULL;
    if (e->filename && kr_str_check(e->filename)) {
        file = path_basename(ts, e->filename);
        if (!file)
            return NULL;
    }
    bool have_line = e->lineno && kr_is_type(e->lineno, &kr_int_type);
    KrObject *r;
    if (file && have_line)
        r = kri_str_format(ts, "%S (%U, line %S)", msg, file, e->lineno);
    else if (file)
        r = kri_str_format(ts, "%S (%U)", msg, file);
    else if (have_line)
        r = kri_str_format(ts, "%S (line %S)", msg, e->lineno);
    else
        r = kri_object_str(ts, msg);
    kr_xdecref(file);
    return r;
}

/* ---- member tables and installation ---- */

#define EXC_MEMBER(name, layout, field)                                            \
    {name, KR_MEMBER_OBJECT, offsetof(layout, field), false, NULL}
#define EXC_MEMBERS_END {NULL, 0, 0, false, NULL}

static const KrMemberDef stop_iteration_members[] = {
    EXC_MEMBER("value", KrStopIteration, value), EXC_MEMBERS_END};
static const KrMemberDef system_exit_members[] = {
    EXC_MEMBER("code", KrSystemExit, code), EXC_MEMBERS_END};
static const KrMemberDef import_error_members[] = {
    EXC_MEMBER("msg", KrImportError, msg), EXC_MEMBER("name", KrImportError, name),
    EXC_MEMBER("path", KrImportError, path), EXC_MEMBERS_END};
static const KrMemberDef name_error_members[] = {
    EXC_MEMBER("name", KrNameErrorObj, name), EXC_MEMBERS_END};
static const KrMemberDef attribute_error_members[] = {
    EXC_MEMBER("name", KrAttributeErrorObj, name), EXC_MEMBER("obj", KrAttributeErrorObj, obj),
    EXC_MEMBERS_END};
static const KrMemberDef syntax_error_members[] = {
    EXC_MEMBER("msg", KrSyntaxErrorObj, msg),
    EXC_MEMBER("filename", KrSyntaxErrorObj, filename),
    EXC_MEMBER("lineno", KrSyntaxErrorObj, lineno),
    EXC_MEMBER("offset", KrSyntaxErrorObj, offset),
    EXC_MEMBER("text", KrSyntaxErrorObj, text),
    EXC_MEMBER("end_lineno", KrSyntaxErrorObj, end_lineno),
    EXC_MEMBER("end_offset", KrSyntaxErrorObj, end_offset),
    EXC_MEMBER("print_file_and_line", KrSyntaxErrorObj, print_file_and_line),
    EXC_MEMBERS_END};

void kri_exceptions_kinds_setup(void)
{
    kr_exc_StopIteration.init = stop_iteration_init;
    kr_exc_StopIteration.members = stop_iteration_members;
    kr_exc_SystemExit.init = system_exit_init;
    kr_exc_SystemExit.members = system_exit_members;
    kr_exc_KeyError.str = key_error_str;
    kr_exc_NameError.init = name_error_init;
    kr_exc_NameError.members = name_error_members;
    kr_exc_AttributeError.init = attribute_error_init;
    kr_exc_AttributeError.members = attribute_error_members;
    kr_exc_ImportError.init = import_error_init;
    kr_exc_ImportError.str = import_error_str;
    kr_exc_ImportError.members = import_error_members;
    kr_exc_ImportError.methods = import_error_methods;
    kr_exc_SyntaxError.init = syntax_error_init;
    kr_exc_SyntaxError.str = syntax_error_str;
    kr_exc_SyntaxError.members = syntax_error_members;
}
