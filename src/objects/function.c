/* Python functions, bound methods and cells. A function pairs a code
 * object with the globals it runs in, its defaults and its closure; the VM
 * runs it (kri_vm_call_function) when it is called. Functions bind to
 * methods through their descr_get, as every method descriptor does; a
 * bound method calls its function with self prepended, reusing the
 * caller's argument array when KR_ARGS_OFFSET allows. */
#include <stdlib.h>
#include <string.h>

#include "objects/objects.h"
#include "vm/vm.h"

KrObject *kri_function_new(KrThread *ts, KrCode *code, KrObject *globals, KrObject *qualname)
{
    KrFunction *f = (KrFunction *)kri_object_alloc(ts, &kr_function_type, sizeof(KrFunction));
    if (!f)
        return NULL;
    f->globals = kr_incref(globals);
    f->code = (KrCode *)kr_incref(KR_OBJ(code));
    f->name = kr_incref(code->name);
    f->qualname = kr_incref(qualname ? qualname : code->qualname);
    KrObject *doc = KR_SIZE(code->consts) > 0 ? KR_TUPLE_ITEMS(code->consts)[0] : KR_NONE;
    f->doc = kr_incref(kr_str_check(doc) ? doc : KR_NONE);
    f->vectorcall = kri_vm_call_function;
    KrObject *module = kri_dict_get_str_borrow(ts, globals, KR_ID(__name__));
    if (!module && kri_err_occurred(ts)) {
        kr_decref(KR_OBJ(f));
        return NULL;
    }
    f->module = module ? kr_incref(module) : NULL;
    KrObject *b = kri_dict_get_str_borrow(ts, globals, KR_ID(__builtins__));
    if (b && kr_is_type(b, &kr_module_type))
        b = kri_module_dict(b);
    if (!b || !kr_dict_check(b))
        b = ts->interp->builtins;
    f->builtins = kr_incref(b);
    return KR_OBJ(f);
}

/* function(code, globals, name=None, argdefs=None, closure=None): the
 * arguments in order, by position or keyword; NULL for one not given. */
static int function_args(KrThread *ts, KrObject *const *args, size_t nargsf, KrObject *kwnames,
                         KrObject *out[5])
{
    static const char *const names[5] = {"code", "globals", "name", "argdefs", "closure"};
    ssize_t nargs = KR_NARGS(nargsf), nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (kri_check_args(ts, "function", nargs, 0, 5, NULL) < 0)
        return -1;
    for (int i = 0; i < 5; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[k];
        int i = 0;
        while (i < 5 && !kri_str_eq_cstr(key, names[i]))
            i++;
        if (i == 5 || out[i]) {
            if (i == 5)
                kri_err_format(ts, &kr_exc_TypeError,
                               "'%U' is an invalid keyword argument for function()", key);
            else
                kri_err_format(ts, &kr_exc_TypeError,
                               "argument for function() given by name ('%U') and position (%d)",
                               key, i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < 2; i++)
        if (!out[i]) {
            kri_err_format(ts, &kr_exc_TypeError,
                           "function() missing required argument '%s' (pos %d)", names[i], i + 1);
            return -1;
        }
    return 0;
}

/* The checks of function()'s arguments, worded as CPython words them. */
static int check_function_args(KrThread *ts, KrObject *const a[5])
{
    if (!kr_code_check(a[0]) || !kr_dict_check(a[1])) {
        bool code = !kr_code_check(a[0]);
        kri_err_format(ts, &kr_exc_TypeError, "function() argument '%s' must be %s, not %s",
                       code ? "code" : "globals", code ? "code" : "dict",
                       kri_type_name(a[code ? 0 : 1]->ob_type));
        return -1;
    }
    const char *bad =
        a[2] && a[2] != KR_NONE && !kr_str_check(a[2]) ? "arg 3 (name) must be None or string"
        : a[3] && a[3] != KR_NONE && !kr_tuple_check(a[3]) ? "arg 4 (defaults) must be None or tuple"
        : NULL;
    if (bad) {
        kri_err_set(ts, &kr_exc_TypeError, bad);
        return -1;
    }
    KrCode *code = (KrCode *)a[0];
    KrObject *closure = a[4] && a[4] != KR_NONE ? a[4] : NULL;
    if ((closure && !kr_tuple_check(closure)) || (code->nfreevars && !closure)) {
        kri_err_set(ts, &kr_exc_TypeError, code->nfreevars ? "arg 5 (closure) must be tuple"
                                                          : "arg 5 (closure) must be None or tuple");
        return -1;
    }
    ssize_t n = closure ? KR_SIZE(closure) : 0;
    if (n != code->nfreevars) {
        kri_err_format(ts, &kr_exc_ValueError, "%U requires closure of length %d, not %zd",
                       code->name, code->nfreevars, n);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++)
        if (!kr_is_type(KR_TUPLE_ITEMS(closure)[i], &kr_cell_type)) {
            kri_err_format(ts, &kr_exc_TypeError, "arg 5 (closure) expected cell, found %s",
                           kri_type_name(KR_TUPLE_ITEMS(closure)[i]->ob_type));
            return -1;
        }
    return 0;
}

static KrObject *function_tp_new(KrThread *ts, KrType *type, KrObject *const *args,
                                 size_t nargsf, KrObject *kwnames)
{
    KrObject *a[5];
    if (function_args(ts, args, nargsf, kwnames, a) < 0 || check_function_args(ts, a) < 0)
        return NULL;
    KrFunction *f = (KrFunction *)kri_function_new(ts, (KrCode *)a[0], a[1], NULL);
    if (!f)
        return NULL;
    if (a[2] && a[2] != KR_NONE)
        KR_SETREF(f->name, kr_incref(a[2]));
    if (a[3] && a[3] != KR_NONE && KR_SIZE(a[3]))
        f->defaults = kr_incref(a[3]);
    if (a[4] && a[4] != KR_NONE && KR_SIZE(a[4]))
        f->closure = kr_incref(a[4]);
    return KR_OBJ(f);
}

static void function_dealloc(KrObject *o)
{
    KrFunction *f = (KrFunction *)o;
    KR_CLEAR(f->globals);
    KR_CLEAR(f->builtins);
    KR_CLEAR(f->name);
    KR_CLEAR(f->qualname);
    kr_xdecref(KR_OBJ(f->code));
    KR_CLEAR(f->defaults);
    KR_CLEAR(f->kwdefaults);
    KR_CLEAR(f->closure);
    KR_CLEAR(f->doc);
    KR_CLEAR(f->dict);
    KR_CLEAR(f->module);
    KR_CLEAR(f->annotations);
    kri_object_free(o);
}

static KrObject *function_repr(KrThread *ts, KrObject *o)
{
    return kri_str_format(ts, "<function %U at %p>", ((KrFunction *)o)->qualname, (void *)o);
}

static KrObject *function_call(KrThread *ts, KrObject *callable, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    return kri_vm_call_function(ts, callable, args, nargsf, kwnames);
}

static KrObject *function_descr_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type)
{
    if (!obj || obj == KR_NONE)
        return kr_incref(descr);
    return kri_method_new(ts, descr, obj);
}

/* ---- attributes ---- */

#define FUNC(o) ((KrFunction *)(o))

static int need_str(KrThread *ts, KrObject *v, const char *what)
{
    if (!v || !kr_str_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    return 0;
}

static KrObject *get_name(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(FUNC(o)->name);
}

static int set_name(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (need_str(ts, v, "__name__") < 0)
        return -1;
    KR_SETREF(FUNC(o)->name, kr_incref(v));
    return 0;
}

static KrObject *get_qualname(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(FUNC(o)->qualname);
}

static int set_qualname(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (need_str(ts, v, "__qualname__") < 0)
        return -1;
    KR_SETREF(FUNC(o)->qualname, kr_incref(v));
    return 0;
}

static KrObject *get_code(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(KR_OBJ(FUNC(o)->code));
}

static int set_code(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v || !kr_code_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    KrCode *co = (KrCode *)v;
    ssize_t nclosure = FUNC(o)->closure ? KR_SIZE(FUNC(o)->closure) : 0;
    if (co->nfreevars != nclosure) {
        kri_err_format(ts, &kr_exc_ValueError,
                       "%U() requires a code object with %zd free vars, not %d", FUNC(o)->name,
                       nclosure, co->nfreevars);
        return -1;
    }
    kr_incref(v);
    kr_decref(KR_OBJ(FUNC(o)->code));
    FUNC(o)->code = co;
    return 0;
}

static KrObject *get_defaults(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(FUNC(o)->defaults ? FUNC(o)->defaults : KR_NONE);
}

static int set_defaults(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE)
        v = NULL;
    if (v && !kr_tuple_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    KR_SETREF(FUNC(o)->defaults, v ? kr_incref(v) : NULL);
    return 0;
}

static KrObject *get_kwdefaults(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(FUNC(o)->kwdefaults ? FUNC(o)->kwdefaults : KR_NONE);
}

static int set_kwdefaults(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE)
        v = NULL;
    if (v && !kr_dict_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(FUNC(o)->kwdefaults, v ? kr_incref(v) : NULL);
    return 0;
}

static KrObject *get_annotations(KrThread *ts, KrObject *o, void *c)
{
    KrFunction *f = FUNC(o);
    if (!f->annotations) {
        f->annotations = kri_dict_new(ts);
        if (!f->annotations)
            return NULL;
    } else if (kr_tuple_check(f->annotations)) {
        /* MAKE_FUNCTION stores (name, value, name, value, ...) */
        KrObject *d = kri_dict_new(ts);
        if (!d)
            return NULL;
        KrObject *t = f->annotations;
        for (ssize_t i = 0; i + 1 < KR_SIZE(t); i += 2)
            if (kri_dict_set(ts, d, KR_TUPLE_ITEMS(t)[i], KR_TUPLE_ITEMS(t)[i + 1]) < 0) {
                kr_decref(d);
                return NULL;
            }
        KR_SETREF(f->annotations, d);
    }
    return kr_incref(f->annotations);
}

static int set_annotations(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE)
        v = NULL;
    if (v && !kr_dict_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(FUNC(o)->annotations, v ? kr_incref(v) : NULL);
    return 0;
}

static KrObject *get_dict(KrThread *ts, KrObject *o, void *c)
{
    if (!FUNC(o)->dict && !(FUNC(o)->dict = kri_dict_new(ts)))
        return NULL;
    return kr_incref(FUNC(o)->dict);
}

static int set_dict(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v || !kr_dict_check(v)) {
        kri_err_format(ts, &kr_exc_TypeError, v ? "__dict__ must be set to a dictionary, not a '%T'"
                                                : "cannot delete __dict__", v);
        return -1;
    }
    KR_SETREF(FUNC(o)->dict, kr_incref(v));
    return 0;
}

static KrObject *get_builtins(KrThread *ts, KrObject *o, void *c)
{
    return kr_incref(FUNC(o)->builtins);
}

static const KrGetSetDef function_getsets[] = {
    {"__name__", get_name, set_name, NULL, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL, NULL},
    {"__code__", get_code, set_code, NULL, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL, NULL},
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"__builtins__", get_builtins, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef function_members[] = {
    {"__closure__", KR_MEMBER_OBJECT, offsetof(KrFunction, closure), true, NULL},
    {"__doc__", KR_MEMBER_OBJECT, offsetof(KrFunction, doc), false, NULL},
    {"__globals__", KR_MEMBER_OBJECT, offsetof(KrFunction, globals), true, NULL},
    {"__module__", KR_MEMBER_OBJECT, offsetof(KrFunction, module), false, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_function_type = {
    KR_TYPE_HEADER,
    .name = "function",
    .basicsize = sizeof(KrFunction),
    .new_ = function_tp_new,
    .flags = KR_TPF_GC | KR_TPF_METHOD_DESCR,
    .doc = "Create a function object.",
    .dealloc = function_dealloc,
    .repr = function_repr,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
    .members = function_members,
    .dictoffset = offsetof(KrFunction, dict),
};

/* ---- bound methods ---- */

static KrObject *method_vectorcall(KrThread *ts, KrObject *callable, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames);

KrObject *kri_method_new(KrThread *ts, KrObject *func, KrObject *self)
{
    KrMethod *m = (KrMethod *)kri_object_alloc(ts, &kr_method_type, sizeof(KrMethod));
    if (!m)
        return NULL;
    m->func = kr_incref(func);
    m->self = kr_incref(self);
    m->vectorcall = method_vectorcall;
    return KR_OBJ(m);
}

enum { SMALL_STACK = 8 };

static KrObject *method_vectorcall(KrThread *ts, KrObject *callable, KrObject *const *args,
                                   size_t nargsf, KrObject *kwnames)
{
    KrMethod *m = (KrMethod *)callable;
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    if (nargsf & KR_ARGS_OFFSET) {
        /* the caller lets us use args[-1] */
        KrObject **a = (KrObject **)args - 1;
        KrObject *saved = a[0];
        a[0] = m->self;
        KrObject *r = kri_call(ts, m->func, a, (size_t)(nargs + 1), kwnames);
        a[0] = saved;
        return r;
    }
    KrObject *small[SMALL_STACK];
    KrObject **stack = total + 1 <= SMALL_STACK ? small : malloc(sizeof(KrObject *) * (size_t)(total + 1));
    if (!stack)
        return kri_err_no_memory(ts);
    stack[0] = m->self;
    if (total)
        memcpy(stack + 1, args, sizeof(KrObject *) * (size_t)total);
    KrObject *r = kri_call(ts, m->func, stack, (size_t)(nargs + 1), kwnames);
    if (stack != small)
        free(stack);
    return r;
}

static void method_dealloc(KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    KR_CLEAR(m->func);
    KR_CLEAR(m->self);
    kri_object_free(o);
}

static KrObject *method_repr(KrThread *ts, KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    KrObject *name = NULL;
    if (kri_object_lookup_attr(ts, m->func, KR_ID(__qualname__), &name) < 0)
        return NULL;
    if (!name && kri_object_lookup_attr(ts, m->func, KR_ID(__name__), &name) < 0)
        return NULL;
    if (!name)
        return kri_str_format(ts, "<bound method ? of %R>", m->self);
    KrObject *r = kri_str_format(ts, "<bound method %S of %R>", name, m->self);
    kr_decref(name);
    return r;
}

static KrObject *method_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_is_type(b, &kr_method_type))
        return KR_NOTIMPLEMENTED;
    KrMethod *x = (KrMethod *)a, *y = (KrMethod *)b;
    bool eq = x->self == y->self;
    if (eq) {
        int r = kri_object_richcompare_bool(ts, x->func, y->func, KR_EQ);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return kr_bool(op == KR_EQ ? eq : !eq);
}

static int64_t method_hash(KrThread *ts, KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    int64_t h = kri_object_hash(ts, m->func);
    if (h == -1)
        return -1;
    int64_t s = kri_hash_pointer(m->self);
    int64_t r = h ^ s;
    return r == -1 ? -2 : r;
}

/* Attributes not found on the method come from its function. */
static KrObject *method_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    KrObject *descr = kri_type_lookup(ts, o->ob_type, name);
    if (descr) {
        if (descr->ob_type->descr_get)
            return descr->ob_type->descr_get(ts, descr, o, KR_OBJ(o->ob_type));
        return kr_incref(descr);
    }
    return kri_object_getattr(ts, ((KrMethod *)o)->func, name);
}

static KrObject *method_get_doc(KrThread *ts, KrObject *o, void *c)
{
    return kri_object_getattr(ts, ((KrMethod *)o)->func, KR_ID(__doc__));
}

static KrObject *method_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    return kri_err_format(ts, &kr_exc_NotImplementedError,
                          "pickling bound methods is not implemented yet");
}

static const KrMethodDef method_methods[] = {
    {"__reduce__", KR_METH(method_reduce), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef method_members[] = {
    {"__func__", KR_MEMBER_OBJECT, offsetof(KrMethod, func), true, NULL},
    {"__self__", KR_MEMBER_OBJECT, offsetof(KrMethod, self), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef method_getsets[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_method_type = {
    KR_TYPE_HEADER,
    .name = "method",
    .basicsize = sizeof(KrMethod),
    .flags = KR_TPF_GC,
    .doc = "Create a bound instance method object.",
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .call = method_vectorcall,
    .methods = method_methods,
    .members = method_members,
    .getsets = method_getsets,
};

/* ---- cells ---- */

KrObject *kri_cell_new(KrThread *ts, KrObject *value)
{
    KrCell *c = (KrCell *)kri_object_alloc(ts, &kr_cell_type, sizeof(KrCell));
    if (c && value)
        c->ref = kr_incref(value);
    return KR_OBJ(c);
}

static void cell_dealloc(KrObject *o)
{
    KR_CLEAR(((KrCell *)o)->ref);
    kri_object_free(o);
}

static KrObject *cell_repr(KrThread *ts, KrObject *o)
{
    KrObject *v = ((KrCell *)o)->ref;
    if (!v)
        return kri_str_format(ts, "<cell at %p: empty>", (void *)o);
    return kri_str_format(ts, "<cell at %p: %s object at %p>", (void *)o,
                          kri_type_name(v->ob_type), (void *)v);
}

static KrObject *cell_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_is_type(b, &kr_cell_type))
        return KR_NOTIMPLEMENTED;
    KrObject *x = ((KrCell *)a)->ref, *y = ((KrCell *)b)->ref;
    if (x && y)
        return kri_object_richcompare(ts, x, y, op);
    return kr_bool(kr_compare_holds((x != NULL) - (y != NULL), op));
}

static KrObject *cell_get_contents(KrThread *ts, KrObject *o, void *c)
{
    KrObject *v = ((KrCell *)o)->ref;
    if (!v)
        return kri_err_format(ts, &kr_exc_ValueError, "Cell is empty");
    return kr_incref(v);
}

static int cell_set_contents(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrCell *)o)->ref, v ? kr_incref(v) : NULL);
    return 0;
}

static const KrGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_cell_type = {
    KR_TYPE_HEADER,
    .name = "cell",
    .basicsize = sizeof(KrCell),
    .flags = KR_TPF_GC,
    .doc = "Create a new cell object.",
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = kri_object_hash_not_implemented,
    .richcompare = cell_richcompare,
    .getattro = kri_object_generic_getattr,
    .getsets = cell_getsets,
};
