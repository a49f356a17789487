/* Helpers of the invalid_* rules: naming expressions in messages ("cannot
 * assign to function call"), finding the offending part of an assignment
 * target, and the call-argument errors. Messages are CPython 3.11's. */
#include "parser/act.h"

#include <string.h>

/* How CPython's messages name an expression of each kind. */
const char *kri_act_expr_name(KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_Attribute: return "attribute";
    case KR_AST_Subscript: return "subscript";
    case KR_AST_Starred: return "starred";
    case KR_AST_Name: return "name";
    case KR_AST_List: return "list";
    case KR_AST_Tuple: return "tuple";
    case KR_AST_Lambda: return "lambda";
    case KR_AST_Call: return "function call";
    case KR_AST_BoolOp: case KR_AST_BinOp: case KR_AST_UnaryOp: return "expression";
    case KR_AST_GeneratorExp: return "generator expression";
    case KR_AST_Yield: case KR_AST_YieldFrom: return "yield expression";
    case KR_AST_Await: return "await expression";
    case KR_AST_ListComp: return "list comprehension";
    case KR_AST_SetComp: return "set comprehension";
    case KR_AST_DictComp: return "dict comprehension";
    case KR_AST_Dict: return "dict literal";
    case KR_AST_Set: return "set display";
    case KR_AST_JoinedStr: case KR_AST_FormattedValue: return "f-string expression";
    case KR_AST_Compare: return "comparison";
    case KR_AST_IfExp: return "conditional expression";
    case KR_AST_NamedExpr: return "named expression";
    case KR_AST_Constant:
        switch (e->v.Constant.value->kind) {
        case KR_CONST_NONE: return "None";
        case KR_CONST_TRUE: return "True";
        case KR_CONST_FALSE: return "False";
        case KR_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

/* The first part of [e] that cannot be a target of [kind], or NULL if all
 * of it can. Only tuples and lists are searched inside; `a in b` of a
 * `for` header is searched on its left side. */
static KrExpr *invalid_target(KrExpr *e, KrTargetsKind kind)
{
    if (!e)
        return NULL;
    KrExprSeq *elts = NULL;
    switch (e->kind) {
    case KR_AST_List:
        elts = e->v.List.elts;
        break;
    case KR_AST_Tuple:
        elts = e->v.Tuple.elts;
        break;
    case KR_AST_Starred:
        if (kind == KR_TARGETS_DEL)
            return e;
        return invalid_target(e->v.Starred.value, kind);
    case KR_AST_Compare:
        if (kind == KR_TARGETS_FOR) {
            if (e->v.Compare.ops->items[0] == KR_AST_In)
                return invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case KR_AST_Name: case KR_AST_Subscript: case KR_AST_Attribute:
        return NULL;
    default:
        return e;
    }
    for (ptrdiff_t i = 0; elts && i < elts->len; i++) {
        KrExpr *bad = invalid_target(elts->items[i], kind);
        if (bad)
            return bad;
    }
    return NULL;
}

void *kri_act_invalid_target(KrParser *p, KrTargetsKind kind, KrExpr *e)
{
    KrExpr *bad = invalid_target(e, kind);
    if (!bad)
        return NULL; /* nothing specific: the generic error will do */
    const char *fmt = kind == KR_TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s";
    return kri_perr_raise(p, KR_ERR_SYNTAX, KR_POS(bad), fmt, kri_act_expr_name(bad));
}

/* `print x` and `exec x`: Python 2 statements. */
bool kri_act_is_legacy_stmt(KrParser *p, KrExpr *name)
{
    if (name->kind != KR_AST_Name)
        return false;
    return strcmp(name->v.Name.id, "print") == 0 || strcmp(name->v.Name.id, "exec") == 0;
}

/* Where a generator argument ends: its last `if` condition or its iterable. */
KrExpr *kri_act_last_comprehension_item(KrComprehensionSeq *comps)
{
    KrComprehension *c = comps->items[comps->len - 1];
    if (c->ifs && c->ifs->len > 0)
        return c->ifs->items[c->ifs->len - 1];
    return c->iter;
}

/* f(a, x for x in y): a generator needs its own parentheses unless it is the
 * only argument. */
void *kri_act_nonparen_genexp_in_call(KrParser *p, KrExpr *call, KrComprehensionSeq *comps)
{
    KrExprSeq *args = call->v.Call.args;
    ptrdiff_t len = args ? args->len : 0;
    if (len <= 1)
        return NULL;
    KrExpr *last = kri_act_last_comprehension_item(comps);
    return kri_perr_raise(p, KR_ERR_SYNTAX, KR_START(args->items[len - 1]), KR_END(last),
                          "Generator expression must be parenthesized");
}

void *kri_act_arguments_error(KrParser *p, KrExpr *call)
{
    KrKeywordSeq *kws = call->v.Call.keywords;
    for (ptrdiff_t i = 0; kws && i < kws->len; i++) {
        if (!kws->items[i]->arg)
            return kri_perr_at_last(p, KR_ERR_SYNTAX,
                                    "positional argument follows keyword argument unpacking");
    }
    return kri_perr_at_last(p, KR_ERR_SYNTAX, "positional argument follows keyword argument");
}
