/* Expressions back to source, for `from __future__ import annotations`
 * (PEP 563), which stores every annotation as the string CPython 3.11's C
 * unparser (Python/ast_unparse.c) produces: not the `ast.unparse` of the
 * Python library, which differs in quoting and parentheses. The rules:
 * operators get parentheses only when their precedence is lower than the
 * context's, constants print as repr() (infinities as 1e309), f-strings
 * are rebuilt and printed as f + repr(body), `lambda *a: 0` prints as
 * "lambda*a: 0", and a tuple subscript drops its parentheses.
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <string.h>

enum {
    PR_TUPLE,
    PR_TEST, /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

static int expr(KrBuf *out, const KrExpr *e, int level);
static int joined_str(KrBuf *out, const KrExpr *e, bool is_format_spec);

#define PUT(s) KR_TRY(kri_buf_puts(out, (s)))
#define PUT_IF(cond, s)                                                                      \
    do {                                                                                     \
        if (cond)                                                                            \
            PUT(s);                                                                          \
    } while (0)

/* repr() of a literal, with "inf" spelled 1e309 in floats and complexes
 * (the source of an infinite literal). */
static int constant(KrBuf *out, const KrExpr *e)
{
    /* CPython replaces "inf" in the repr of floats and complexes, so
     * 1e400 reads back as the same infinity; "nan" stays (it has no
     * literal). */
    KrBuf tmp;
    kri_buf_init(&tmp);
    const KrConst *k = e->v.Constant.value;
    int rc = kri_const_repr(&tmp, k);
    if (rc == 0 && (k->kind == KR_CONST_FLOAT || k->kind == KR_CONST_COMPLEX)) {
        for (size_t i = 0; i < tmp.len && rc == 0; i++) {
            if (i + 3 <= tmp.len && memcmp(tmp.data + i, "inf", 3) == 0) {
                rc = kri_buf_puts(out, "1e309");
                i += 2;
            } else {
                rc = kri_buf_putc(out, tmp.data[i]);
            }
        }
    } else if (rc == 0) {
        rc = kri_buf_append(out, tmp.data ? tmp.data : "", tmp.len);
    }
    kri_buf_free(&tmp);
    return rc < 0 ? -1 : 0;
}

/* Items separated by ", ". */
static int seq(KrBuf *out, KrExprSeq *s, int level)
{
    for (ptrdiff_t i = 0; s && i < s->len; i++) {
        PUT_IF(i > 0, ", ");
        KR_TRY(expr(out, s->items[i], level));
    }
    return 0;
}

/* a and b / a or b */
static int boolop(KrBuf *out, const KrExpr *e, int level)
{
    bool and_ = e->v.BoolOp.op == KR_AST_And;
    int pr = and_ ? PR_AND : PR_OR;
    PUT_IF(level > pr, "(");
    for (ptrdiff_t i = 0; i < e->v.BoolOp.values->len; i++) {
        PUT_IF(i > 0, and_ ? " and " : " or ");
        KR_TRY(expr(out, e->v.BoolOp.values->items[i], pr + 1));
    }
    PUT_IF(level > pr, ")");
    return 0;
}

/* Binary operators; ** is right-associative. */
static int binop(KrBuf *out, const KrExpr *e, int level)
{
    static const struct {
        const char *op;
        int pr;
    } ops[] = {
        [KR_AST_Add] = {" + ", PR_ARITH},     [KR_AST_Sub] = {" - ", PR_ARITH},
        [KR_AST_Mult] = {" * ", PR_TERM},     [KR_AST_MatMult] = {" @ ", PR_TERM},
        [KR_AST_Div] = {" / ", PR_TERM},      [KR_AST_Mod] = {" % ", PR_TERM},
        [KR_AST_Pow] = {" ** ", PR_POWER},    [KR_AST_LShift] = {" << ", PR_SHIFT},
        [KR_AST_RShift] = {" >> ", PR_SHIFT}, [KR_AST_BitOr] = {" | ", PR_BOR},
        [KR_AST_BitXor] = {" ^ ", PR_BXOR},   [KR_AST_BitAnd] = {" & ", PR_BAND},
        [KR_AST_FloorDiv] = {" // ", PR_TERM},
    };
    int pr = ops[e->v.BinOp.op].pr;
    int rassoc = e->v.BinOp.op == KR_AST_Pow;
    PUT_IF(level > pr, "(");
    KR_TRY(expr(out, e->v.BinOp.left, pr + rassoc));
    PUT(ops[e->v.BinOp.op].op);
    KR_TRY(expr(out, e->v.BinOp.right, pr + !rassoc));
    PUT_IF(level > pr, ")");
    return 0;
}

/* ~a -a +a not a */
static int unaryop(KrBuf *out, const KrExpr *e, int level)
{
    static const char *const ops[] = {NULL, "~", "not ", "+", "-"};
    int pr = e->v.UnaryOp.op == KR_AST_Not ? PR_NOT : PR_FACTOR;
    PUT_IF(level > pr, "(");
    PUT(ops[e->v.UnaryOp.op]);
    KR_TRY(expr(out, e->v.UnaryOp.operand, pr));
    PUT_IF(level > pr, ")");
    return 0;
}

/* A parameter and its annotation. */
static int arg(KrBuf *out, const KrArg *a)
{
    PUT(a->arg);
    if (a->annotation) {
        PUT(": ");
        KR_TRY(expr(out, a->annotation, PR_TEST));
    }
    return 0;
}

/* A parameter list: defaults align with the last positional
 * parameters, `/` after the positional-only ones, `*` before keyword-only
 * ones when there is no *args. */
static int arguments(KrBuf *out, const KrArguments *args)
{
    bool first = true;
    ptrdiff_t nposonly = args->posonlyargs ? args->posonlyargs->len : 0;
    ptrdiff_t nargs = args->args ? args->args->len : 0;
    ptrdiff_t ndefaults = args->defaults ? args->defaults->len : 0;
    for (ptrdiff_t i = 0; i < nposonly + nargs; i++) {
        PUT_IF(!first, ", ");
        first = false;
        KR_TRY(arg(out, i < nposonly ? args->posonlyargs->items[i]
                                  : args->args->items[i - nposonly]));
        ptrdiff_t di = i - nposonly - nargs + ndefaults;
        if (di >= 0) {
            PUT("=");
            KR_TRY(expr(out, args->defaults->items[di], PR_TEST));
        }
        PUT_IF(nposonly && i + 1 == nposonly, ", /");
    }
    ptrdiff_t nkw = args->kwonlyargs ? args->kwonlyargs->len : 0;
    if (args->vararg || nkw) {
        PUT_IF(!first, ", ");
        first = false;
        PUT("*");
        if (args->vararg)
            KR_TRY(arg(out, args->vararg));
    }
    ptrdiff_t nkwdefaults = args->kw_defaults ? args->kw_defaults->len : 0;
    for (ptrdiff_t i = 0; i < nkw; i++) {
        PUT_IF(!first, ", ");
        first = false;
        KR_TRY(arg(out, args->kwonlyargs->items[i]));
        ptrdiff_t di = i - nkw + nkwdefaults;
        if (di >= 0 && args->kw_defaults->items[di]) {
            PUT("=");
            KR_TRY(expr(out, args->kw_defaults->items[di], PR_TEST));
        }
    }
    if (args->kwarg) {
        PUT_IF(!first, ", ");
        PUT("**");
        KR_TRY(arg(out, args->kwarg));
    }
    return 0;
}

/* lambda parameters: body */
static int lambda(KrBuf *out, const KrExpr *e, int level)
{
    const KrArguments *a = e->v.Lambda.args;
    bool positional = (a->args && a->args->len) || (a->posonlyargs && a->posonlyargs->len);
    PUT_IF(level > PR_TEST, "(");
    PUT(positional ? "lambda " : "lambda");
    KR_TRY(arguments(out, a));
    PUT(": ");
    KR_TRY(expr(out, e->v.Lambda.body, PR_TEST));
    PUT_IF(level > PR_TEST, ")");
    return 0;
}

/* a if t else b */
static int ifexp(KrBuf *out, const KrExpr *e, int level)
{
    PUT_IF(level > PR_TEST, "(");
    KR_TRY(expr(out, e->v.IfExp.body, PR_TEST + 1));
    PUT(" if ");
    KR_TRY(expr(out, e->v.IfExp.test, PR_TEST + 1));
    PUT(" else ");
    KR_TRY(expr(out, e->v.IfExp.orelse, PR_TEST));
    PUT_IF(level > PR_TEST, ")");
    return 0;
}

/* {k: v, **m} */
static int dict(KrBuf *out, const KrExpr *e)
{
    PUT("{");
    for (ptrdiff_t i = 0; e->v.Dict.values && i < e->v.Dict.values->len; i++) {
        PUT_IF(i > 0, ", ");
        KrExpr *key = e->v.Dict.keys->items[i];
        if (key) {
            KR_TRY(expr(out, key, PR_TEST));
            PUT(": ");
            KR_TRY(expr(out, e->v.Dict.values->items[i], PR_TEST));
        } else {
            PUT("**");
            KR_TRY(expr(out, e->v.Dict.values->items[i], PR_EXPR));
        }
    }
    PUT("}");
    return 0;
}

/* Parentheses only where the context needs them (and for ()). */
static int tuple(KrBuf *out, const KrExpr *e, int level)
{
    ptrdiff_t n = e->v.Tuple.elts ? e->v.Tuple.elts->len : 0;
    if (n == 0) {
        PUT("()");
        return 0;
    }
    PUT_IF(level > PR_TUPLE, "(");
    KR_TRY(seq(out, e->v.Tuple.elts, PR_TEST));
    PUT_IF(n == 1, ",");
    PUT_IF(level > PR_TUPLE, ")");
    return 0;
}

/* The for/async for and if clauses. */
static int comprehensions(KrBuf *out, const KrComprehensionSeq *gens)
{
    for (ptrdiff_t i = 0; i < gens->len; i++) {
        const KrComprehension *g = gens->items[i];
        PUT(g->is_async ? " async for " : " for ");
        KR_TRY(expr(out, g->target, PR_TUPLE));
        PUT(" in ");
        KR_TRY(expr(out, g->iter, PR_TEST + 1));
        for (ptrdiff_t j = 0; g->ifs && j < g->ifs->len; j++) {
            PUT(" if ");
            KR_TRY(expr(out, g->ifs->items[j], PR_TEST + 1));
        }
    }
    return 0;
}

/* [x for ...], {x for ...}, (x for ...): the three share their layout. */
static int comp(KrBuf *out, const KrExpr *e, const char *open, const char *close)
{
    PUT(open);
    KR_TRY(expr(out, e->v.ListComp.elt, PR_TEST));
    KR_TRY(comprehensions(out, e->v.ListComp.generators));
    PUT(close);
    return 0;
}

/* Comparisons, chained. */
static int compare(KrBuf *out, const KrExpr *e, int level)
{
    static const char *const ops[] = {
        NULL,     " == ",     " != ", " < ",  " <= ",    " > ",
        " >= ", " is ", " is not ", " in ", " not in ",
    };
    PUT_IF(level > PR_CMP, "(");
    KR_TRY(expr(out, e->v.Compare.left, PR_CMP + 1));
    for (ptrdiff_t i = 0; i < e->v.Compare.comparators->len; i++) {
        PUT(ops[e->v.Compare.ops->items[i]]);
        KR_TRY(expr(out, e->v.Compare.comparators->items[i], PR_CMP + 1));
    }
    PUT_IF(level > PR_CMP, ")");
    return 0;
}

/* f(args, k=v, *a, **m); a lone generator argument keeps its own parentheses. */
static int call(KrBuf *out, const KrExpr *e)
{
    KR_TRY(expr(out, e->v.Call.func, PR_ATOM));
    KrExprSeq *args = e->v.Call.args;
    KrKeywordSeq *kws = e->v.Call.keywords;
    ptrdiff_t nargs = args ? args->len : 0, nkw = kws ? kws->len : 0;
    if (nargs == 1 && nkw == 0 && args->items[0]->kind == KR_AST_GeneratorExp)
        return comp(out, args->items[0], "(", ")"); /* f(x for x in y) */
    PUT("(");
    KR_TRY(seq(out, args, PR_TEST));
    for (ptrdiff_t i = 0; i < nkw; i++) {
        PUT_IF(i > 0 || nargs > 0, ", ");
        if (kws->items[i]->arg) {
            PUT(kws->items[i]->arg);
            PUT("=");
        } else {
            PUT("**");
        }
        KR_TRY(expr(out, kws->items[i]->value, PR_TEST));
    }
    PUT(")");
    return 0;
}

/* Literal text inside an f-string, braces doubled. */
static int fstring_text(KrBuf *out, const KrExpr *e)
{
    const KrConst *k = e->v.Constant.value;
    for (size_t i = 0; i < k->v.str.len; i++) {
        char ch = k->v.str.data[i];
        KR_TRY(kri_buf_putc(out, ch));
        if (ch == '{' || ch == '}')
            KR_TRY(kri_buf_putc(out, ch));
    }
    return 0;
}

static int formatted_value(KrBuf *out, const KrExpr *e)
{
    KrBuf value;
    kri_buf_init(&value);
    /* above PR_TEST, so a lambda gets parentheses around its ':' */
    if (expr(&value, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
        kri_buf_free(&value);
        return -1;
    }
    /* an expression starting with a brace is set off from the field's */
    int rc = kri_buf_puts(out, value.len && value.data[0] == '{' ? "{ " : "{");
    if (rc == 0)
        rc = kri_buf_append(out, value.data ? value.data : "", value.len);
    kri_buf_free(&value);
    KR_TRY(rc);
    switch (e->v.FormattedValue.conversion) {
    case 'a': PUT("!a"); break;
    case 'r': PUT("!r"); break;
    case 's': PUT("!s"); break;
    default: break;
    }
    const KrExpr *spec = e->v.FormattedValue.format_spec;
    if (spec) {
        PUT(":");
        if (spec->kind == KR_AST_JoinedStr)
            KR_TRY(joined_str(out, spec, true));
        else if (spec->kind == KR_AST_Constant)
            KR_TRY(fstring_text(out, spec));
        else
            KR_TRY(formatted_value(out, spec));
    }
    PUT("}");
    return 0;
}

/* An f-string is rebuilt as its body text (literal parts with braces
 * doubled, fields as {expr!c:spec}) and printed as f + repr(body), so the
 * quotes are repr's choice, not the source's. A format spec is the body
 * alone. */
static int joined_str(KrBuf *out, const KrExpr *e, bool is_format_spec)
{
    KrBuf body;
    kri_buf_init(&body);
    int rc = 0;
    KrExprSeq *values = e->v.JoinedStr.values;
    for (ptrdiff_t i = 0; values && i < values->len && rc == 0; i++) {
        const KrExpr *v = values->items[i];
        if (v->kind == KR_AST_Constant)
            rc = fstring_text(&body, v);
        else if (v->kind == KR_AST_JoinedStr)
            rc = joined_str(&body, v, is_format_spec);
        else
            rc = formatted_value(&body, v);
    }
    if (rc == 0) {
        if (is_format_spec) {
            rc = kri_buf_append(out, body.data ? body.data : "", body.len);
        } else {
            rc = kri_buf_putc(out, 'f');
            if (rc == 0)
                rc = kri_repr_str(out, body.data ? body.data : "", body.len);
        }
    }
    kri_buf_free(&body);
    return rc < 0 ? -1 : 0;
}

/* a[b]: a tuple slice without parentheses. */
static int subscript(KrBuf *out, const KrExpr *e)
{
    KR_TRY(expr(out, e->v.Subscript.value, PR_ATOM));
    PUT("[");
    KR_TRY(expr(out, e->v.Subscript.slice, PR_TUPLE));
    PUT("]");
    return 0;
}

/* a:b:c */
static int slice(KrBuf *out, const KrExpr *e)
{
    if (e->v.Slice.lower)
        KR_TRY(expr(out, e->v.Slice.lower, PR_TEST));
    PUT(":");
    if (e->v.Slice.upper)
        KR_TRY(expr(out, e->v.Slice.upper, PR_TEST));
    if (e->v.Slice.step) {
        PUT(":");
        KR_TRY(expr(out, e->v.Slice.step, PR_TEST));
    }
    return 0;
}

static int attribute(KrBuf *out, const KrExpr *e)
{
    const KrExpr *v = e->v.Attribute.value;
    KR_TRY(expr(out, v, PR_ATOM));
    /* `1 .real`: an int needs a space before the dot */
    bool is_int = v->kind == KR_AST_Constant && kri_const_expr_kind(v) == KR_CONST_INT;
    PUT(is_int ? " ." : ".");
    PUT(e->v.Attribute.attr);
    return 0;
}

/* yield, yield from, await */
static int suspension(KrBuf *out, const KrExpr *e, int level)
{
    if (e->kind == KR_AST_Await) {
        PUT_IF(level > PR_AWAIT, "(");
        PUT("await ");
        KR_TRY(expr(out, e->v.Await.value, PR_ATOM));
        PUT_IF(level > PR_AWAIT, ")");
        return 0;
    }
    if (e->kind == KR_AST_Yield && !e->v.Yield.value) {
        PUT("(yield)");
        return 0;
    }
    PUT(e->kind == KR_AST_Yield ? "(yield " : "(yield from ");
    KR_TRY(expr(out, e->kind == KR_AST_Yield ? e->v.Yield.value : e->v.YieldFrom.value, PR_TEST));
    PUT(")");
    return 0;
}

/* Appends [e] as it would read in a context of precedence [level]. */
static int expr(KrBuf *out, const KrExpr *e, int level)
{
    switch (e->kind) {
    case KR_AST_BoolOp: return boolop(out, e, level);
    case KR_AST_BinOp: return binop(out, e, level);
    case KR_AST_UnaryOp: return unaryop(out, e, level);
    case KR_AST_Lambda: return lambda(out, e, level);
    case KR_AST_IfExp: return ifexp(out, e, level);
    case KR_AST_Dict: return dict(out, e);
    case KR_AST_Set:
        PUT("{");
        KR_TRY(seq(out, e->v.Set.elts, PR_TEST));
        PUT("}");
        return 0;
    case KR_AST_GeneratorExp: return comp(out, e, "(", ")");
    case KR_AST_ListComp: return comp(out, e, "[", "]");
    case KR_AST_SetComp: return comp(out, e, "{", "}");
    case KR_AST_DictComp:
        PUT("{");
        KR_TRY(expr(out, e->v.DictComp.key, PR_TEST));
        PUT(": ");
        KR_TRY(expr(out, e->v.DictComp.value, PR_TEST));
        KR_TRY(comprehensions(out, e->v.DictComp.generators));
        PUT("}");
        return 0;
    case KR_AST_Yield:
    case KR_AST_YieldFrom:
    case KR_AST_Await: return suspension(out, e, level);
    case KR_AST_Compare: return compare(out, e, level);
    case KR_AST_Call: return call(out, e);
    case KR_AST_Constant:
        if (kri_const_is_folded(e)) { /* not reached: annotations are not folded */
            KrArena scratch;
            kri_arena_init(&scratch);
            int rc = kri_const_format(out, kri_const_of_expr(&scratch, e));
            kri_arena_free(&scratch);
            return rc;
        }
        if (e->v.Constant.value->kind == KR_CONST_ELLIPSIS) {
            PUT("...");
            return 0;
        }
        if (e->v.Constant.kind)
            PUT(e->v.Constant.kind);
        return constant(out, e);
    case KR_AST_JoinedStr: return joined_str(out, e, false);
    case KR_AST_FormattedValue: return formatted_value(out, e);
    case KR_AST_Attribute: return attribute(out, e);
    case KR_AST_Subscript: return subscript(out, e);
    case KR_AST_Starred:
        PUT("*");
        return expr(out, e->v.Starred.value, PR_EXPR);
    case KR_AST_Slice: return slice(out, e);
    case KR_AST_Name: PUT(e->v.Name.id); return 0;
    case KR_AST_List:
        PUT("[");
        KR_TRY(seq(out, e->v.List.elts, PR_TEST));
        PUT("]");
        return 0;
    case KR_AST_Tuple: return tuple(out, e, level);
    case KR_AST_NamedExpr:
        PUT_IF(level > PR_TUPLE, "(");
        KR_TRY(expr(out, e->v.NamedExpr.target, PR_ATOM));
        PUT(" := ");
        KR_TRY(expr(out, e->v.NamedExpr.value, PR_ATOM));
        PUT_IF(level > PR_TUPLE, ")");
        return 0;
    }
    return -1;
}

int kri_unparse_expr(KrBuf *out, const KrExpr *e)
{
    return expr(out, e, PR_TEST);
}
