/* exit and quit: the objects CPython's site module adds to builtins
 * (_sitebuiltins.Quitter). repr() tells the user how to leave; calling
 * one closes sys.stdin, as CPython does, and raises SystemExit(code). */
#include "modules/modules.h"

typedef struct KrQuitter {
    KrObject ob;
    KrObject *name; /* "exit" or "quit" */
    KrObject *eof;  /* how to send end of file on this system */
} KrQuitter;

static void quitter_dealloc(KrObject *o)
{
    KR_CLEAR(((KrQuitter *)o)->name);
    KR_CLEAR(((KrQuitter *)o)->eof);
    kri_object_free(o);
}

static KrObject *quitter_repr(KrThread *ts, KrObject *o)
{
    KrQuitter *q = (KrQuitter *)o;
    return kri_str_format(ts, "Use %U() or %U to exit", q->name, q->eof);
}

/* sys.stdin.close(), its errors ignored: the program is leaving anyway */
static void close_stdin(KrThread *ts)
{
    KrObject *in = kri_dict_get_cstr_borrow(ts, ts->interp->sysdict, "stdin");
    KrObject *r = in ? kri_call_method(ts, in, KR_ID(close), NULL, 0) : NULL;
    kr_xdecref(r);
    kri_err_clear(ts);
}

static KrObject *quitter_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                              KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "Quitter.__call__() got an unexpected keyword argument '%U'",
                              KR_TUPLE_ITEMS(kwnames)[0]);
    if (nargs > 1)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "Quitter.__call__() takes from 1 to 2 positional arguments but %zd "
                              "were given",
                              nargs + 1);
    close_stdin(ts);
    KrObject *code = nargs ? args[0] : KR_NONE;
    KrObject *exc = kri_call1(ts, KR_OBJ(&kr_exc_SystemExit), code);
    if (exc)
        kri_err_raise_steal(ts, exc);
    return NULL;
}

static const KrMemberDef quitter_members[] = {
    {"name", KR_MEMBER_OBJECT, offsetof(KrQuitter, name), false, NULL},
    {"eof", KR_MEMBER_OBJECT, offsetof(KrQuitter, eof), false, NULL},
    {NULL, 0, 0, false, NULL},
};

KrType kr_quitter_type = {
    KR_TYPE_HEADER,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(KrQuitter),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getattro = kri_object_generic_getattr,
    .setattro = kri_object_generic_setattr,
    .members = quitter_members,
    .new_ = kri_type_no_instances,
};

static int add_quitter(KrThread *ts, KrObject *builtins, const char *name)
{
    KrQuitter *q = (KrQuitter *)kri_type_generic_alloc(ts, &kr_quitter_type, 0);
    if (!q)
        return -1;
    q->name = kri_str_from_cstr(ts, name);
    q->eof = kri_str_from_cstr(ts, "Ctrl-D (i.e. EOF)");
    int r = q->name && q->eof ? kri_dict_set_cstr(ts, builtins, name, KR_OBJ(q)) : -1;
    kr_decref(KR_OBJ(q));
    return r;
}

int kri_sitebuiltins_add(KrThread *ts, KrObject *builtins)
{
    if (kri_type_ready(ts, &kr_quitter_type) < 0)
        return -1;
    return add_quitter(ts, builtins, "exit") < 0 || add_quitter(ts, builtins, "quit") < 0 ? -1
                                                                                          : 0;
}
