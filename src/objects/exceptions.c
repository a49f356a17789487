/* The builtin exception types, declared from KR_EXCEPTION_LIST
 * (exceptions.h): BaseException's behaviour (args, str, repr, traceback,
 * context, cause, notes) and the attributes the special kinds take from
 * their arguments (StopIteration.value, SystemExit.code, NameError.name,
 * ImportError.name/path, OSError.errno/strerror/filename, SyntaxError's
 * position fields). Exception groups come with exceptions_group.c. */
#include "objects/objects.h"

static void exc_clear_fields(KrBaseException *e)
{
    KR_CLEAR(e->dict);
    KR_CLEAR(e->args);
    KR_CLEAR(e->notes);
    KR_CLEAR(e->traceback);
    KR_CLEAR(e->context);
    KR_CLEAR(e->cause);
}

/* Every object field after the KrBaseException part is a reference: the
 * layouts of exceptions.h keep it that way (bar two ssize_t fields that
 * KrOSError and KrUnicodeErrorObj put last, counted out here). */
static void exc_dealloc(KrObject *o)
{
    KrType *t = o->ob_type;
    while (kr_type_has(t, KR_TPF_HEAPTYPE))
        t = t->base;
    size_t end = (size_t)t->basicsize;
    if (kri_type_is_subtype(t, &kr_exc_OSError) || kri_type_is_subtype(t, &kr_exc_UnicodeError))
        end -= sizeof(ssize_t) * (kri_type_is_subtype(t, &kr_exc_OSError) ? 1 : 2);
    for (size_t off = sizeof(KrBaseException); off + sizeof(KrObject *) <= end;
         off += sizeof(KrObject *))
        KR_CLEAR(*(KrObject **)(void *)((char *)o + off));
    exc_clear_fields((KrBaseException *)o);
    kri_object_free(o);
}

KrObject *kri_exc_new(KrThread *ts, KrType *type, KrObject *args)
{
    KrObject *o = kri_type_generic_alloc(ts, type, 0);
    if (!o)
        return NULL;
    ((KrBaseException *)o)->args = kr_incref(args);
    ssize_t n = KR_SIZE(args);
    if (type->init && type->init(ts, o, KR_TUPLE_ITEMS(args), (size_t)n, NULL) < 0) {
        kr_decref(o);
        return NULL;
    }
    return o;
}

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

static int exc_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                    KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments",
                       kri_type_name(self->ob_type));
        return -1;
    }
    KrObject *t = kri_tuple_from_array(ts, args, KR_NARGS(nargsf));
    if (!t)
        return -1;
    KR_SETREF(((KrBaseException *)self)->args, t);
    return 0;
}

/* [slot] = args[0] if there is exactly one argument else args (or None
 * for no arguments) -- the rule of StopIteration.value and
 * SystemExit.code. */
static int init_first_arg(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                          KrObject *kwnames, KrObject **slot, bool whole_tuple)
{
    if (exc_init(ts, self, args, nargsf, kwnames) < 0)
        return -1;
    ssize_t n = KR_NARGS(nargsf);
    KrObject *v = n == 0 ? KR_NONE : n == 1 || !whole_tuple ? args[0]
                                                          : ((KrBaseException *)self)->args;
    KR_SETREF(*slot, kr_incref(v));
    return 0;
}

static int stop_iteration_init(KrThread *ts, KrObject *self, KrObject *const *args,
                               size_t nargsf, KrObject *kwnames)
{
    return init_first_arg(ts, self, args, nargsf, kwnames, &((KrStopIteration *)self)->value,
                          false);
}

static int system_exit_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                            KrObject *kwnames)
{
    return init_first_arg(ts, self, args, nargsf, kwnames, &((KrSystemExit *)self)->code, true);
}

static KrObject *exc_str(KrThread *ts, KrObject *o)
{
    KrObject *args = ((KrBaseException *)o)->args;
    ssize_t n = args ? KR_SIZE(args) : 0;
    if (n == 0)
        return kri_str_empty();
    if (n == 1)
        return kri_object_str(ts, KR_TUPLE_ITEMS(args)[0]);
    return kri_object_str(ts, args);
}

static KrObject *key_error_str(KrThread *ts, KrObject *o)
{
    KrObject *args = ((KrBaseException *)o)->args;
    if (args && KR_SIZE(args) == 1)
        return kri_object_repr(ts, KR_TUPLE_ITEMS(args)[0]);
    return exc_str(ts, o);
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

static KrObject *exc_get_context(KrThread *ts, KrObject *o, void *c)
{
    return exc_get_field(((KrBaseException *)o)->context);
}

static KrObject *exc_get_cause(KrThread *ts, KrObject *o, void *c)
{
    return exc_get_field(((KrBaseException *)o)->cause);
}

static int set_exc_field(KrThread *ts, KrObject **slot, KrObject *value, const char *what)
{
    if (!value) {
        kri_err_format(ts, &kr_exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (value == KR_NONE) {
        KR_CLEAR(*slot);
        return 0;
    }
    if (!kr_exc_check(value)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "exception %s must be None or derive from BaseException", what + 2);
        return -1;
    }
    KR_SETREF(*slot, kr_incref(value));
    return 0;
}

static int exc_set_context(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    return set_exc_field(ts, &((KrBaseException *)o)->context, v, "__context__");
}

static int exc_set_cause(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    int r = set_exc_field(ts, &((KrBaseException *)o)->cause, v, "__cause__");
    if (r == 0)
        ((KrBaseException *)o)->suppress_context = true;
    return r;
}

static const KrGetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, NULL, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, NULL, NULL},
    {"__cause__", exc_get_cause, exc_set_cause, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const KrMemberDef exc_members[] = {
    {"__suppress_context__", KR_MEMBER_BOOL, offsetof(KrBaseException, suppress_context),
     true, NULL},
    {NULL, 0, 0, false, NULL},
};

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

int kri_exceptions_init(KrThread *ts)
{
    KrType *base = &kr_exc_BaseException;
    base->base = &kr_object_type;
    base->dealloc = exc_dealloc;
    base->new_ = exc_new;
    base->init = exc_init;
    base->repr = exc_repr;
    base->str = exc_str;
    base->getattro = kri_object_generic_getattr;
    base->setattro = kri_object_generic_setattr;
    base->getsets = exc_getsets;
    base->members = exc_members;
    base->doc = "Common base class for all exceptions";
#define EXC_LINK(cname, basename, layout)                                          \
    if (&kr_exc_##cname != base)                                                   \
        kr_exc_##cname.base = &kr_exc_##basename;
#define kr_exc_object kr_object_type
    KR_EXCEPTION_LIST(EXC_LINK)
#undef kr_exc_object
#undef EXC_LINK
    kr_exc_StopIteration.init = stop_iteration_init;
    kr_exc_SystemExit.init = system_exit_init;
    kr_exc_KeyError.str = key_error_str;
#define EXC_READY(cname, basename, layout)                                         \
    if (kri_type_ready(ts, &kr_exc_##cname) < 0)                                   \
        return -1;
    KR_EXCEPTION_LIST(EXC_READY)
#undef EXC_READY
    return 0;
}

int kri_exceptions_add_builtins(KrThread *ts, KrObject *builtins)
{
#define EXC_ADD(cname, basename, layout)                                           \
    if (kri_dict_set_cstr(ts, builtins, #cname, KR_OBJ(&kr_exc_##cname)) < 0)      \
        return -1;
    KR_EXCEPTION_LIST(EXC_ADD)
#undef EXC_ADD
    return 0;
}
