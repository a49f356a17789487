/* From source text to a code object: parse, compile, build the code
 * object; front-end errors become SyntaxError (IndentationError, TabError,
 * ValueError, MemoryError) objects with CPython's fields. Used by the
 * command line and by compile(), exec() and eval(). */
#include <string.h>

#include "compiler/codegen.h"
#include "compiler/unit.h"
#include "parser/parser.h"
#include "vm/vm.h"

static KrType *error_type(KrErrorKind kind)
{
    switch (kind) {
    case KR_ERR_INDENTATION: return &kr_exc_IndentationError;
    case KR_ERR_TAB: return &kr_exc_TabError;
    case KR_ERR_VALUE: return &kr_exc_ValueError;
    case KR_ERR_MEMORY: return &kr_exc_MemoryError;
    case KR_ERR_RECURSION: return &kr_exc_RecursionError;
    default: return &kr_exc_SyntaxError;
    }
}

static KrObject *int_or_none(KrThread *ts, int v)
{
    return v == KR_POS_NONE ? kr_incref(KR_NONE) : kri_int_from_ssize(ts, v);
}

/* Raises the exception [err] describes. */
static void raise_syntax_error(KrThread *ts, const KrSyntaxError *err, KrObject *filename)
{
    KrType *type = error_type(err->kind);
    const char *text = err->msg ? err->msg : "invalid syntax";
    KrObject *msg = kri_str_from_utf8(ts, text, (ssize_t)strlen(text));
    if (!msg)
        return;
    if (!kri_type_is_subtype(type, &kr_exc_SyntaxError)) {
        kri_err_set_object(ts, type, msg);
        kr_decref(msg);
        return;
    }
    KrObject *args = kri_tuple_pack(ts, 1, msg);
    KrObject *exc = args ? kri_exc_new(ts, type, args) : NULL;
    kr_xdecref(args);
    if (!exc) {
        kr_decref(msg);
        return;
    }
    KrSyntaxErrorObj *se = (KrSyntaxErrorObj *)exc;
    KR_SETREF(se->msg, msg);
    KR_SETREF(se->filename, kr_incref(filename));
    KR_SETREF(se->lineno, int_or_none(ts, err->lineno));
    KR_SETREF(se->offset, int_or_none(ts, err->offset));
    KR_SETREF(se->end_lineno, int_or_none(ts, err->end_lineno));
    KR_SETREF(se->end_offset, int_or_none(ts, err->end_offset));
    KrObject *line = err->text ? kri_str_from_utf8(ts, err->text, (ssize_t)strlen(err->text)) : NULL;
    if (err->text && !line)
        kri_err_clear(ts);
    KR_SETREF(se->text, line ? line : kr_incref(KR_NONE));
    KrObject *full = kri_tuple_pack(ts, 6, filename, se->lineno ? se->lineno : KR_NONE,
                                    se->offset ? se->offset : KR_NONE, se->text,
                                    se->end_lineno ? se->end_lineno : KR_NONE,
                                    se->end_offset ? se->end_offset : KR_NONE);
    KrObject *args2 = full ? kri_tuple_pack(ts, 2, se->msg, full) : NULL;
    if (args2)
        KR_SETREF(((KrBaseException *)exc)->args, args2);
    kr_xdecref(full);
    kri_err_clear(ts);
    kri_err_raise_steal(ts, exc);
}

/* An Expression or Interactive module from a parsed file (the front end
 * parses files only): eval mode needs exactly one expression. */
static KrMod *retarget(KrArena *arena, KrMod *mod, int mode, KrSyntaxError *err)
{
    if (mode == KRI_MODE_EXEC)
        return mod;
    KrMod *m = kri_arena_alloc(arena, sizeof *m);
    if (!m)
        return NULL;
    memset(m, 0, sizeof *m);
    KrStmtSeq *body = mod->v.Module.body;
    if (mode == KRI_MODE_SINGLE) {
        m->kind = KR_AST_Interactive;
        m->v.Interactive.body = body;
        return m;
    }
    if (!body || body->len != 1 || body->items[0]->kind != KR_AST_Expr) {
        err->kind = KR_ERR_SYNTAX;
        err->msg = strdup("invalid syntax");
        err->text = NULL;
        KrStmt *s = body && body->len ? body->items[body->len > 1 ? 1 : 0] : NULL;
        err->lineno = s ? s->lineno : 1;
        err->offset = s ? s->col_offset + 1 : 1;
        err->end_lineno = err->lineno;
        err->end_offset = err->offset + 1;
        return NULL;
    }
    m->kind = KR_AST_Expression;
    m->v.Expression.body = body->items[0]->v.Expr.value;
    return m;
}

KrObject *kri_vm_compile(KrThread *ts, const char *src, size_t len, KrObject *filename, int mode,
                         int flags, int optimize)
{
    const char *fname = kri_str_utf8(ts, filename, NULL);
    if (!fname)
        return NULL;
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err;
    memset(&err, 0, sizeof err);
    KrMod *mod = kri_parse_bytes(&arena, src, len, &err, NULL);
    if (mod)
        mod = retarget(&arena, mod, mode, &err);
    KrCodeUnit *unit = mod ? kri_compile_module(&arena, mod, fname, flags & KR_CO_FUTURE_MASK,
                                                optimize, &err)
                           : NULL;
    KrObject *code = NULL;
    if (unit) {
        code = KR_OBJ(kri_code_from_unit(ts, unit));
    } else if (err.kind == KR_ERR_NONE) {
        kri_err_no_memory(ts);
    } else {
        if (!err.text && err.lineno > 0) {
            /* the compiler leaves the line's text to us */
            const char *p = src;
            for (int i = 1; i < err.lineno && p; i++) {
                p = memchr(p, '\n', len - (size_t)(p - src));
                if (p)
                    p++;
            }
            if (p) {
                const char *e = memchr(p, '\n', len - (size_t)(p - src));
                size_t n = e ? (size_t)(e - p) + 1 : len - (size_t)(p - src);
                err.text = strndup(p, n);
            }
        }
        raise_syntax_error(ts, &err, filename);
    }
    kri_syntax_error_clear(&err);
    kri_arena_free(&arena);
    return code;
}
