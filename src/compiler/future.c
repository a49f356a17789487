/* Future statements: the `from __future__ import` lines a module may open
 * with, after its docstring. Only two features still change anything
 * (annotations, barry_as_FLUFL); the others are accepted and ignored, as
 * in CPython 3.11, and unknown ones are errors. The prologue ends at the
 * first other statement; CPython's future.c refuses a later future
 * statement only when it shares a line with that statement, and leaves
 * later lines to its code generator (kri_future_is_late).
 * See docs/internals/symtable.md. */
#include "compiler/compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Features with nothing left to do, in the order __future__ lists them. */
static const char *const historical_features[] = {
    "nested_scopes",  "generators",     "division",         "absolute_import",
    "with_statement", "print_function", "unicode_literals", "generator_stop",
};

/* A SyntaxError at [lineno], [offset], with no end offset: CPython's
 * PyErr_SyntaxLocationObject gives end_lineno = lineno and no end. */
static int future_error(KrSyntaxError *err, int lineno, int offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc((size_t)len + 1);
    if (msg) {
        va_start(ap, fmt);
        vsnprintf(msg, (size_t)len + 1, fmt, ap);
        va_end(ap);
    }
    err->kind = msg ? KR_ERR_SYNTAX : KR_ERR_MEMORY;
    err->msg = msg;
    err->text = NULL;
    err->lineno = msg ? lineno : KR_POS_NONE;
    err->offset = msg ? offset : KR_POS_NONE;
    err->end_lineno = msg ? lineno : KR_POS_NONE;
    err->end_offset = KR_POS_NONE;
    return -1;
}

static bool is_future_import(const KrStmt *s)
{
    return s->kind == KR_AST_ImportFrom && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

static int check_features(KrFuture *ff, const KrStmt *s, KrSyntaxError *err)
{
    const KrAliasSeq *names = s->v.ImportFrom.names;
    for (ptrdiff_t i = 0; names && i < names->len; i++) {
        const char *feature = names->items[i]->name;
        bool known = false;
        for (size_t k = 0; k < KR_ARRAY_LEN(historical_features); k++)
            known = known || strcmp(feature, historical_features[k]) == 0;
        if (known)
            continue;
        if (strcmp(feature, "barry_as_FLUFL") == 0)
            ff->features |= KR_FUTURE_BARRY_AS_BDFL;
        else if (strcmp(feature, "annotations") == 0)
            ff->features |= KR_FUTURE_ANNOTATIONS;
        else if (strcmp(feature, "braces") == 0)
            return future_error(err, s->lineno, s->col_offset + 1, "not a chance");
        else
            return future_error(err, s->lineno, s->col_offset + 1,
                                "future feature %s is not defined", feature);
    }
    return 0;
}

/* The docstring test of CPython's _PyAST_GetDocString: a first statement
 * that is a str constant (not an f-string, not bytes). */
static bool is_docstring(const KrStmt *s)
{
    return s->kind == KR_AST_Expr && s->v.Expr.value->kind == KR_AST_Constant &&
           s->v.Expr.value->v.Constant.value->kind == KR_CONST_STR;
}

int kri_future_parse(const KrMod *mod, KrFuture *out, KrSyntaxError *err)
{
    out->features = 0;
    out->lineno = -1;
    const KrStmtSeq *body = NULL;
    if (mod->kind == KR_AST_Module)
        body = mod->v.Module.body;
    else if (mod->kind == KR_AST_Interactive)
        body = mod->v.Interactive.body;
    if (!body || body->len == 0)
        return 0;
    ptrdiff_t i = is_docstring(body->items[0]) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < body->len; i++) {
        const KrStmt *s = body->items[i];
        /* Past the prologue only a statement sharing the line of the last
         * one can still be a late future import worth reporting here. */
        if (done && s->lineno > prev_line)
            return 0;
        prev_line = s->lineno;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        if (done)
            return future_error(err, s->lineno, s->col_offset,
                                "from __future__ imports must occur at the beginning of the file");
        if (check_features(out, s, err) < 0)
            return -1;
        out->lineno = s->lineno;
    }
    return 0;
}

bool kri_future_is_late(const KrFuture *future, const KrStmt *s)
{
    return is_future_import(s) && s->lineno > future->lineno;
}
