/* The builtins module: its constants and types, the functions of
 * bltin_core.c/bltin_num.c, and the builtins that run code or look at
 * frames: print, __build_class__, __import__, exec, eval, compile,
 * globals, locals, vars, dir, format, input. */
#include <stdio.h>
#include <string.h>

#include "compiler/unit.h"
#include "modules/bltin.h"
#include "modules/modules.h"
#include "objects/format.h"
#include "vm/vm.h"

/* ---- print, input ---- */

static KrObject *sys_attr(KrThread *ts, const char *name)
{
    KrObject *sd = ts->interp->sysdict;
    KrObject *v = sd ? kri_dict_get_cstr_borrow(ts, sd, name) : NULL;
    if (!v && !kri_err_occurred(ts))
        kri_err_format(ts, &kr_exc_RuntimeError, "lost sys.%s", name);
    return v;
}

static int write_str(KrThread *ts, KrObject *file, KrObject *s)
{
    KrObject *r = kri_call_method(ts, file, KR_ID(write), &s, 1);
    kr_xdecref(r);
    return r ? 0 : -1;
}

static KrObject *bltin_print(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                             KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    KrObject *sep = KR_NONE, *end = KR_NONE, *file = KR_NONE, *flush = KR_FALSE;
    for (ssize_t i = 0; kwnames && i < KR_SIZE(kwnames); i++) {
        KrObject *k = KR_TUPLE_ITEMS(kwnames)[i], *v = args[nargs + i];
        if (kri_str_eq_cstr(k, "sep"))
            sep = v;
        else if (kri_str_eq_cstr(k, "end"))
            end = v;
        else if (kri_str_eq_cstr(k, "file"))
            file = v;
        else if (kri_str_eq_cstr(k, "flush"))
            flush = v;
        else
            return kri_err_format(ts, &kr_exc_TypeError,
                                  "'%U' is an invalid keyword argument for print()", k);
    }
    if (file == KR_NONE) {
        file = sys_attr(ts, "stdout");
        if (!file)
            return NULL;
        if (file == KR_NONE)
            return kr_incref(KR_NONE);
    }
    if (sep != KR_NONE && !kr_str_check(sep))
        return kri_err_format(ts, &kr_exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end != KR_NONE && !kr_str_check(end))
        return kri_err_format(ts, &kr_exc_TypeError, "end must be None or a string, not %T", end);
    kr_incref(file);
    for (ssize_t i = 0; i < nargs; i++) {
        if (i > 0 && write_str(ts, file, sep == KR_NONE ? KR_ID(space) : sep) < 0)
            goto fail;
        KrObject *s = kri_object_str(ts, args[i]);
        if (!s || write_str(ts, file, s) < 0) {
            kr_xdecref(s);
            goto fail;
        }
        kr_decref(s);
    }
    if (write_str(ts, file, end == KR_NONE ? KR_ID(newline) : end) < 0)
        goto fail;
    int t = kri_object_is_true(ts, flush);
    if (t < 0)
        goto fail;
    if (t) {
        KrObject *r = kri_call_method(ts, file, KR_ID(flush), NULL, 0);
        if (!r)
            goto fail;
        kr_decref(r);
    }
    kr_decref(file);
    return kr_incref(KR_NONE);
fail:
    kr_decref(file);
    return NULL;
}

static KrObject *bltin_input(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "input", nargs, 0, 1, NULL) < 0)
        return NULL;
    KrObject *out = sys_attr(ts, "stdout");
    if (!out)
        return NULL;
    if (nargs == 1) {
        KrObject *p = kri_object_str(ts, args[0]);
        int err = p ? write_str(ts, out, p) : -1;
        kr_xdecref(p);
        if (err < 0)
            return NULL;
    }
    KrObject *r = kri_call_method(ts, out, KR_ID(flush), NULL, 0);
    if (!r)
        return NULL;
    kr_decref(r);
    KrBuf line;
    kri_buf_init(&line);
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        if (kri_buf_putc(&line, (char)c) < 0) {
            kri_buf_free(&line);
            return kri_err_no_memory(ts);
        }
    if (c == EOF && line.len == 0) {
        kri_buf_free(&line);
        return kri_err_format(ts, &kr_exc_EOFError, "EOF when reading a line");
    }
    KrObject *s = kri_str_from_utf8(ts, line.data ? line.data : "", (ssize_t)line.len);
    kri_buf_free(&line);
    return s;
}

/* ---- namespaces ---- */

static KrObject *bltin_globals(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *g = kri_vm_globals(ts);
    return kr_incref(g ? g : KR_NONE);
}

static KrObject *bltin_locals(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *l = kri_vm_locals(ts);
    if (!l && !kri_err_occurred(ts))
        return kri_err_format(ts, &kr_exc_SystemError, "frame does not exist");
    return l;
}

static KrObject *bltin_vars(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "vars", nargs, 0, 1, NULL) < 0)
        return NULL;
    if (nargs == 0)
        return bltin_locals(ts, self, NULL);
    KrObject *d = NULL;
    if (kri_object_lookup_attr(ts, args[0], KR_ID(__dict__), &d) < 0)
        return NULL;
    if (!d)
        return kri_err_format(ts, &kr_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static KrObject *bltin_dir(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kri_check_args(ts, "dir", nargs, 0, 1, NULL) < 0)
        return NULL;
    KrObject *names;
    if (nargs == 0) {
        KrObject *l = kri_vm_locals(ts);
        if (!l)
            return kri_err_occurred(ts) ? NULL : kri_list_new(ts, 0);
        names = kri_dict_keys_list(ts, l);
        kr_decref(l);
    } else {
        KrObject *r = kri_call_method(ts, args[0], KR_ID(__dir__), NULL, 0);
        if (!r)
            return NULL;
        names = kri_sequence_list(ts, r);
        kr_decref(r);
    }
    if (names && kri_list_sort(ts, names, NULL, false) < 0)
        KR_CLEAR(names);
    return names;
}

/* ---- exec, eval, compile ---- */

/* Source bytes of a str, bytes or bytes-like object; [owner] keeps them. */
static const char *source_bytes(KrThread *ts, KrObject *src, const char *fn, size_t *len)
{
    if (kr_str_check(src)) {
        ssize_t n;
        const char *s = kri_str_utf8(ts, src, &n);
        if (s)
            *len = (size_t)n;
        return s;
    }
    if (kr_bytes_check(src)) {
        *len = (size_t)KR_SIZE(src);
        return KR_BYTES_DATA(src);
    }
    kri_err_format(ts, &kr_exc_TypeError,
                   "%s() arg 1 must be a string, bytes or code object", fn);
    return NULL;
}

static KrObject *bltin_compile(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                               KrObject *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version"};
    static const KrArgSpec spec = {"compile", names, 7, 0, 6, 3, true};
    KrObject *v[7] = {NULL};
    if (kri_iterargs_parse(ts, &spec, args, nargsf, kwnames, v) < 0)
        return NULL;
    int64_t flags = 0, optimize = -1;
    if ((v[3] && !kri_int_to_i64(v[3], &flags)) || (v[5] && !kri_int_to_i64(v[5], &optimize)))
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              kri_type_name((v[3] && !kr_int_check(v[3]) ? v[3] : v[5])->ob_type));
    if (!kr_str_check(v[2]))
        return kri_err_format(ts, &kr_exc_TypeError, "compile() argument 'mode' must be str, not %T",
                              v[2]);
    int mode;
    if (kri_str_eq_cstr(v[2], "exec"))
        mode = KRI_MODE_EXEC;
    else if (kri_str_eq_cstr(v[2], "eval"))
        mode = KRI_MODE_EVAL;
    else if (kri_str_eq_cstr(v[2], "single"))
        mode = KRI_MODE_SINGLE;
    else
        return kri_err_format(ts, &kr_exc_ValueError,
                              "compile() mode must be 'exec', 'eval' or 'single'");
    if (flags & 0x400)
        return kri_err_format(ts, &kr_exc_NotImplementedError,
                              "compile() to an AST (ast.PyCF_ONLY_AST) is not implemented yet");
    if (kr_code_check(v[0]))
        return kr_incref(v[0]);
    size_t len;
    const char *src = source_bytes(ts, v[0], "compile", &len);
    if (!src)
        return NULL;
    if (memchr(src, '\0', len))
        return kri_err_format(ts, &kr_exc_ValueError, "source code string cannot contain null bytes");
    KrObject *filename = kr_str_check(v[1]) ? kr_incref(v[1]) : kri_object_str(ts, v[1]);
    if (!filename)
        return NULL;
    KrObject *code = kri_vm_compile(ts, src, len, filename, mode, (int)flags, (int)optimize);
    kr_decref(filename);
    return code;
}

/* The globals and locals of exec()/eval(): the caller's when omitted. */
static int namespaces(KrThread *ts, const char *fn, KrObject **globals, KrObject **locals)
{
    if (*globals == KR_NONE)
        *globals = NULL;
    if (*locals == KR_NONE)
        *locals = NULL;
    if (*globals && !kr_dict_check(*globals)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       strcmp(fn, "exec") == 0 ? "exec() globals must be a dict, not %s"
                                               : "globals must be a real dict; try eval(expr, {}, mapping)",
                       kri_type_name((*globals)->ob_type));
        return -1;
    }
    if (!*globals) {
        *globals = kri_vm_globals(ts);
        if (!*globals) {
            kri_err_format(ts, &kr_exc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        kr_incref(*globals);
        *locals = *locals ? kr_incref(*locals) : kri_vm_locals(ts);
        if (!*locals) {
            kr_decref(*globals);
            return -1;
        }
        return 0;
    }
    kr_incref(*globals);
    *locals = kr_incref(*locals ? *locals : *globals);
    return 0;
}

static KrObject *run_source(KrThread *ts, const char *fn, int mode, KrObject *const *args,
                            ssize_t nargs)
{
    if (kri_check_args(ts, fn, nargs, 1, 3, NULL) < 0)
        return NULL;
    KrObject *globals = nargs > 1 ? args[1] : KR_NONE, *locals = nargs > 2 ? args[2] : KR_NONE;
    if (namespaces(ts, fn, &globals, &locals) < 0)
        return NULL;
    KrObject *code;
    if (kr_code_check(args[0])) {
        code = kr_incref(args[0]);
    } else {
        size_t len;
        const char *src = source_bytes(ts, args[0], fn, &len);
        KrObject *name = src ? kri_str_from_cstr(ts, "<string>") : NULL;
        if (src && memchr(src, '\0', len)) {
            kri_err_format(ts, &kr_exc_ValueError, "source code string cannot contain null bytes");
            KR_CLEAR(name);
        }
        if (name && mode == KRI_MODE_EVAL) {
            /* eval() ignores leading spaces and tabs */
            while (len && (*src == ' ' || *src == '\t')) {
                src++;
                len--;
            }
        }
        code = name ? kri_vm_compile(ts, src, len, name, mode, 0, -1) : NULL;
        kr_xdecref(name);
    }
    KrObject *r = code ? kri_vm_run_code(ts, (KrCode *)code, globals, locals) : NULL;
    kr_xdecref(code);
    kr_decref(globals);
    kr_decref(locals);
    if (r && mode == KRI_MODE_EXEC)
        KR_SETREF(r, kr_incref(KR_NONE));
    return r;
}

static KrObject *bltin_exec(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return run_source(ts, "exec", KRI_MODE_EXEC, args, nargs);
}

static KrObject *bltin_eval(KrThread *ts, KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return run_source(ts, "eval", KRI_MODE_EVAL, args, nargs);
}

static const KrMethodDef vm_builtins[] = {
    {"print", KR_METH(bltin_print), KR_METH_KEYWORDS,
     "print(*args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"
     "Prints the values to a stream, or to sys.stdout by default."},
    {"format", KR_METH(kri_format_builtin), KR_METH_FAST,
     "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)"},
    {"input", KR_METH(bltin_input), KR_METH_FAST,
     "input($module, prompt='', /)\n--\n\nRead a string from standard input."},
    {"globals", KR_METH(bltin_globals), KR_METH_NOARGS,
     "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables."},
    {"locals", KR_METH(bltin_locals), KR_METH_NOARGS,
     "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables."},
    {"vars", KR_METH(bltin_vars), KR_METH_FAST,
     "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals()."},
    {"dir", KR_METH(bltin_dir), KR_METH_FAST,
     "dir([object]) -> list of strings\n\nReturn an alphabetized list of names."},
    {"compile", KR_METH(bltin_compile), KR_METH_KEYWORDS,
     "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, "
     "optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object."},
    {"exec", KR_METH(bltin_exec), KR_METH_FAST,
     "exec($module, source, globals=None, locals=None, /)\n--\n\nExecute the given source."},
    {"eval", KR_METH(bltin_eval), KR_METH_FAST,
     "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source."},
    {"__build_class__", KR_METH(kri_bltin_build_class), KR_METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"__import__", KR_METH(kri_bltin_import), KR_METH_KEYWORDS,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\n"
     "Import a module."},
    {NULL, NULL, 0, NULL},
};

/* ---- the module ---- */

typedef struct NamedObject {
    const char *name;
    KrObject *obj;
} NamedObject;

static int add_objects(KrThread *ts, KrObject *d)
{
    const NamedObject objs[] = {
        {"None", KR_NONE}, {"Ellipsis", KR_ELLIPSIS}, {"NotImplemented", KR_NOTIMPLEMENTED},
        {"False", KR_FALSE}, {"True", KR_TRUE}, {"__debug__", KR_TRUE},
        {"object", KR_OBJ(&kr_object_type)}, {"type", KR_OBJ(&kr_type_type)},
        {"int", KR_OBJ(&kr_int_type)}, {"bool", KR_OBJ(&kr_bool_type)},
        {"float", KR_OBJ(&kr_float_type)}, {"complex", KR_OBJ(&kr_complex_type)},
        {"str", KR_OBJ(&kr_str_type)}, {"bytes", KR_OBJ(&kr_bytes_type)},
        {"bytearray", KR_OBJ(&kr_bytearray_type)}, {"memoryview", KR_OBJ(&kr_memoryview_type)},
        {"list", KR_OBJ(&kr_list_type)}, {"tuple", KR_OBJ(&kr_tuple_type)},
        {"dict", KR_OBJ(&kr_dict_type)}, {"set", KR_OBJ(&kr_set_type)},
        {"frozenset", KR_OBJ(&kr_frozenset_type)}, {"range", KR_OBJ(&kr_range_type)},
        {"slice", KR_OBJ(&kr_slice_type)}, {"enumerate", KR_OBJ(&kr_enumerate_type)},
        {"zip", KR_OBJ(&kr_zip_type)}, {"map", KR_OBJ(&kr_map_type)},
        {"filter", KR_OBJ(&kr_filter_type)}, {"reversed", KR_OBJ(&kr_reversed_type)},
        {"property", KR_OBJ(&kr_property_type)}, {"classmethod", KR_OBJ(&kr_classmethod_type)},
        {"staticmethod", KR_OBJ(&kr_staticmethod_type)}, {"super", KR_OBJ(&kr_super_type)},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(objs); i++)
        if (kri_dict_set_cstr(ts, d, objs[i].name, objs[i].obj) < 0)
            return -1;
    return 0;
}

int kri_builtins_init(KrThread *ts)
{
    KrInterp *in = ts->interp;
    KrObject *name = kri_str_intern_cstr(ts, "builtins");
    KrObject *mod = name ? kri_module_new(ts, name) : NULL;
    kr_xdecref(name);
    if (!mod)
        return -1;
    KrObject *d = kri_module_dict(mod);
    /* the module's namespace is the interpreter's builtins dict */
    if (kri_dict_update(ts, in->builtins, d) < 0) {
        kr_decref(mod);
        return -1;
    }
    KR_SETREF(((KrModule *)mod)->dict, kr_incref(in->builtins));
    in->builtins_mod = mod;
    if (add_objects(ts, in->builtins) < 0 || kri_bltin_add_core(ts, in->builtins) < 0 ||
        kri_sitebuiltins_add(ts, in->builtins) < 0)
        return -1;
    for (const KrMethodDef *m = vm_builtins; m->name; m++) {
        KrObject *f = kri_builtin_new(ts, m, NULL, KR_ID(builtins));
        if (!f || kri_dict_set_cstr(ts, in->builtins, m->name, f) < 0) {
            kr_xdecref(f);
            return -1;
        }
        kr_decref(f);
    }
    return kri_dict_set(ts, in->modules, KR_ID(builtins), mod);
}
