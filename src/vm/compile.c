/* From source text to a code object: parse, compile, build the code
 * object; front-end errors become SyntaxError (IndentationError, TabError,
 * ValueError, MemoryError) objects with CPython's fields. Used by the
 * command line and by compile(), exec() and eval(). */
#include <stdio.h>
#include <stdlib.h>
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

/* An Interactive module from a parsed file ('single' mode; the grammar's
 * interactive rule comes with the REPL). */
static KrMod *interactive(KrArena *arena, KrMod *mod)
{
    KrMod *m = kri_arena_alloc(arena, sizeof *m);
    if (!m)
        return NULL;
    memset(m, 0, sizeof *m);
    m->kind = KR_AST_Interactive;
    m->v.Interactive.body = mod->v.Module.body;
    return m;
}

/* Line [lineno] of the file [fname], newline kept; NULL when unreadable.
 * CPython reads a compiler error's line from the file named, so code
 * compiled from a string ("<string>") gets none. */
static char *file_line(const char *fname, int lineno)
{
    FILE *f = fopen(fname, "rb");
    if (!f)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno && (n = getline(&line, &cap, f)) >= 0; i++) {
    }
    fclose(f);
    if (n < 0) {
        free(line);
        return NULL;
    }
    return line;
}

/* What CPython's SyntaxError holds beyond the parser's report: the line of
 * a compiler error read from the file, and for eval input, which CPython
 * does not end with a newline, the text as given ("" on line 0 when empty). */
static void fix_error_text(KrSyntaxError *err, const char *fname, const char *src, size_t len,
                           int mode)
{
    if (!err->text && err->lineno > 0)
        err->text = file_line(fname, err->lineno);
    if (mode != KRI_MODE_EVAL)
        return;
    if (len == 0) {
        free(err->text);
        err->text = strdup("");
        err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
        return;
    }
    size_t n = err->text ? strlen(err->text) : 0;
    if (n && n - 1 <= len && err->text[n - 1] == '\n' && src[len - 1] != '\n' &&
        memcmp(src + len - (n - 1), err->text, n - 1) == 0 &&
        (n - 1 == len || src[len - n] == '\n'))
        err->text[n - 1] = '\0'; /* the last line, which had no newline */
}

KrObject *kri_vm_compile(KrThread *ts, const char *src, size_t len, KrObject *filename, int mode,
                         int flags, int optimize)
{
    const char *fname = kri_str_utf8(ts, filename, NULL);
    if (!fname)
        return NULL;
    if (optimize < 0)
        optimize = 0; /* the interpreter's level: no -O option exists yet */
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err;
    memset(&err, 0, sizeof err);
    KrMod *mod = kri_parse_bytes_start(&arena, src, len, mode == KRI_MODE_EVAL, &err, NULL);
    if (mod && mode == KRI_MODE_SINGLE)
        mod = interactive(&arena, mod);
    KrCodeUnit *unit = mod ? kri_compile_module(&arena, mod, fname, flags & KR_CO_FUTURE_MASK,
                                                optimize, &err)
                           : NULL;
    KrObject *code = NULL;
    if (unit) {
        code = KR_OBJ(kri_code_from_unit(ts, unit));
    } else if (err.kind == KR_ERR_NONE) {
        kri_err_no_memory(ts);
    } else {
        fix_error_text(&err, fname, src, len, mode);
        raise_syntax_error(ts, &err, filename);
    }
    kri_syntax_error_clear(&err);
    kri_arena_free(&arena);
    return code;
}
