/* Traceback objects: one entry per frame an exception passed through,
 * newest last, linked from the exception's __traceback__. The eval loop
 * adds the entry of a frame when an error occurs or arrives in it. */
#include "vm/frame.h"

int kri_traceback_here(KrThread *ts, KrFrame *f)
{
    KrObject *exc = ts->exc;
    if (!exc || !kr_type_has(exc->ob_type, KR_TPF_EXC_SUBCLASS))
        return 0;
    KrObject *fo = kri_frame_object(ts, f);
    if (!fo)
        return -1;
    KrTraceback *tb = (KrTraceback *)kri_object_alloc(ts, &kr_traceback_type, sizeof(KrTraceback));
    if (!tb) {
        kr_decref(fo);
        return -1;
    }
    tb->frame = fo;
    tb->lasti = kri_frame_lasti(f) * 2;
    tb->lineno = KR_TB_LINE_UNKNOWN; /* read from the location table when asked */
    KrBaseException *e = (KrBaseException *)exc;
    tb->next = (KrTraceback *)e->traceback; /* the reference moves */
    e->traceback = KR_OBJ(tb);
    return 0;
}

int kri_traceback_line(KrTraceback *tb)
{
    if (tb->lineno == KR_TB_LINE_UNKNOWN) {
        KrFrame *f = ((KrFrameObject *)tb->frame)->frame;
        tb->lineno = f && f->code ? kri_code_line(f->code, tb->lasti / 2) : -1;
    }
    return tb->lineno;
}

static KrObject *tb_get_lineno(KrThread *ts, KrObject *o, void *c)
{
    return kri_int_from_ssize(ts, kri_traceback_line((KrTraceback *)o));
}

static void tb_dealloc(KrObject *o)
{
    KrTraceback *tb = (KrTraceback *)o;
    kr_xdecref(KR_OBJ(tb->next));
    KR_CLEAR(tb->frame);
    kri_object_free(o);
}

static KrObject *tb_get_next(KrThread *ts, KrObject *o, void *c)
{
    KrObject *n = KR_OBJ(((KrTraceback *)o)->next);
    return kr_incref(n ? n : KR_NONE);
}

static int tb_set_next(KrThread *ts, KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kri_err_format(ts, &kr_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == KR_NONE) {
        v = NULL;
    } else if (!kr_is_type(v, &kr_traceback_type)) {
        kri_err_format(ts, &kr_exc_TypeError, "expected traceback object or None, got '%s'",
                       kri_type_name(v->ob_type));
        return -1;
    }
    for (KrObject *p = v; p; p = KR_OBJ(((KrTraceback *)p)->next))
        if (p == o) {
            kri_err_format(ts, &kr_exc_ValueError, "traceback loop detected");
            return -1;
        }
    KrObject *old = KR_OBJ(((KrTraceback *)o)->next);
    ((KrTraceback *)o)->next = (KrTraceback *)(v ? kr_incref(v) : NULL);
    kr_xdecref(old);
    return 0;
}

static KrObject *tb_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    ssize_t n = KR_NARGS(nargsf);
    if (kri_check_args(ts, "traceback", n, 4, 4, kwnames) < 0)
        return NULL;
    if (args[0] != KR_NONE && !kr_is_type(args[0], &kr_traceback_type))
        return kri_err_format(ts, &kr_exc_TypeError, "expected traceback object or None, got '%s'",
                              kri_type_name(args[0]->ob_type));
    if (!kr_is_type(args[1], &kr_frame_type))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "TracebackType() argument 'tb_frame' must be frame, not %T", args[1]);
    ssize_t lasti = kri_number_as_ssize(ts, args[2], &kr_exc_OverflowError);
    ssize_t lineno = lasti == -1 && ts->exc ? -1 : kri_number_as_ssize(ts, args[3], &kr_exc_OverflowError);
    if (ts->exc)
        return NULL;
    KrTraceback *tb = (KrTraceback *)kri_object_alloc(ts, type, sizeof(KrTraceback));
    if (!tb)
        return NULL;
    tb->next = args[0] == KR_NONE ? NULL : (KrTraceback *)kr_incref(args[0]);
    tb->frame = kr_incref(args[1]);
    tb->lasti = (int)lasti;
    tb->lineno = (int)lineno;
    return KR_OBJ(tb);
}

static const KrMemberDef tb_members[] = {
    {"tb_frame", KR_MEMBER_OBJECT, offsetof(KrTraceback, frame), true, NULL},
    {"tb_lasti", KR_MEMBER_INT, offsetof(KrTraceback, lasti), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_traceback_type = {
    KR_TYPE_HEADER,
    .name = "traceback",
    .basicsize = sizeof(KrTraceback),
    .flags = KR_TPF_GC,
    .doc = "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\n"
           "Create a new traceback object.",
    .dealloc = tb_dealloc,
    .getattro = kri_object_generic_getattr,
    .new_ = tb_new,
    .members = tb_members,
    .getsets = tb_getsets,
};
