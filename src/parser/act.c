/* Grammar actions: sequences, names, expression contexts and decorators.
 * Nodes reachable from memoized results may be shared between alternatives,
 * so actions never modify a node they did not just create: changing an
 * expression's context copies it (kri_act_set_context). */
#include "parser/act.h"

#include <string.h>

static void *no_memory(KrParser *p)
{
    kri_peg_no_memory(p);
    return NULL;
}

static KrSeq *seq_new(KrParser *p, ptrdiff_t len)
{
    KrSeq *s = kri_arena_alloc(p->arena, sizeof(KrSeq) + (size_t)len * sizeof(void *));
    if (!s)
        return no_memory(p);
    s->len = len;
    return s;
}

KrSeq *kri_act_seq1(KrParser *p, void *item)
{
    KrSeq *s = seq_new(p, 1);
    if (s)
        s->items[0] = item;
    return s;
}

KrExprSeq *kri_act_prepend(KrParser *p, void *first, KrExprSeq *rest)
{
    ptrdiff_t n = rest ? rest->len : 0;
    KrSeq *s = seq_new(p, n + 1);
    if (!s)
        return NULL;
    s->items[0] = first;
    if (n)
        memcpy(&s->items[1], rest->items, (size_t)n * sizeof(void *));
    return (KrExprSeq *)s;
}

/* A sequence of sequences (NULL ones count as empty) made into one. */
KrSeq *kri_act_seq_flatten(KrParser *p, KrSeq *seqs)
{
    ptrdiff_t n = 0;
    for (ptrdiff_t i = 0; i < seqs->len; i++) {
        KrSeq *s = seqs->items[i];
        n += s ? s->len : 0;
    }
    KrSeq *out = seq_new(p, n);
    if (!out)
        return NULL;
    n = 0;
    for (ptrdiff_t i = 0; i < seqs->len; i++) {
        KrSeq *s = seqs->items[i];
        for (ptrdiff_t j = 0; s && j < s->len; j++)
            out->items[n++] = s->items[j];
    }
    return out;
}

KrSeq *kri_act_seq_join(KrParser *p, KrSeq *a, KrSeq *b)
{
    KrSeq *out = seq_new(p, a->len + b->len);
    if (!out)
        return NULL;
    memcpy(out->items, a->items, (size_t)a->len * sizeof(void *));
    memcpy(&out->items[a->len], b->items, (size_t)b->len * sizeof(void *));
    return out;
}

KrIdentSeq *kri_act_names_to_ids(KrParser *p, KrExprSeq *names)
{
    KrIdentSeq *ids = kri_ast_ident_seq_new(p->arena, names->len);
    if (!ids)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < names->len; i++)
        ids->items[i] = names->items[i]->v.Name.id;
    return ids;
}

/* dotted_name '.' NAME: one Name whose id is "a.b", spanning both. */
KrExpr *kri_act_join_dotted(KrParser *p, KrExpr *first, KrExpr *second)
{
    size_t n1 = strlen(first->v.Name.id), n2 = strlen(second->v.Name.id);
    char *id = kri_arena_alloc(p->arena, n1 + n2 + 2);
    if (!id)
        return no_memory(p);
    memcpy(id, first->v.Name.id, n1);
    id[n1] = '.';
    memcpy(id + n1 + 1, second->v.Name.id, n2 + 1);
    return kri_ast_Name(p->arena, id, KR_AST_Load, KR_START(first), KR_END(second));
}

/* The relative-import level of a run of '.' and '...' tokens. */
int kri_act_count_dots(KrSeq *tokens)
{
    int level = 0;
    for (ptrdiff_t i = 0; tokens && i < tokens->len; i++) {
        KrToken *t = tokens->items[i];
        level += t->type == KR_TOK_ELLIPSIS ? 3 : 1;
    }
    return level;
}

KrAlias *kri_act_alias_star(KrParser *p, int lineno, int col, int end_lineno, int end_col)
{
    char *star = kri_arena_strndup(p->arena, "*", 1);
    if (!star)
        return no_memory(p);
    return kri_ast_alias(p->arena, star, NULL, lineno, col, end_lineno, end_col);
}

static KrExprSeq *set_seq_context(KrParser *p, KrExprSeq *seq, KrExprContext ctx)
{
    if (!seq)
        return NULL;
    KrExprSeq *out = kri_ast_expr_seq_new(p->arena, seq->len);
    if (!out)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < seq->len; i++) {
        out->items[i] = kri_act_set_context(p, seq->items[i], ctx);
        if (!out->items[i])
            return NULL;
    }
    return out;
}

/* A copy of [e] with context [ctx], recursively through tuples, lists and
 * starred expressions; other kinds are returned unchanged. */
KrExpr *kri_act_set_context(KrParser *p, KrExpr *e, KrExprContext ctx)
{
    KrExpr *c = kri_arena_alloc(p->arena, sizeof *c);
    if (!c)
        return no_memory(p);
    *c = *e;
    switch (e->kind) {
    case KR_AST_Name:
        c->v.Name.ctx = ctx;
        break;
    case KR_AST_Attribute:
        c->v.Attribute.ctx = ctx;
        break;
    case KR_AST_Subscript:
        c->v.Subscript.ctx = ctx;
        break;
    case KR_AST_Starred:
        c->v.Starred.ctx = ctx;
        c->v.Starred.value = kri_act_set_context(p, e->v.Starred.value, ctx);
        if (!c->v.Starred.value)
            return NULL;
        break;
    case KR_AST_List:
        c->v.List.ctx = ctx;
        c->v.List.elts = set_seq_context(p, e->v.List.elts, ctx);
        if (e->v.List.elts && !c->v.List.elts)
            return NULL;
        break;
    case KR_AST_Tuple:
        c->v.Tuple.ctx = ctx;
        c->v.Tuple.elts = set_seq_context(p, e->v.Tuple.elts, ctx);
        if (e->v.Tuple.elts && !c->v.Tuple.elts)
            return NULL;
        break;
    default:
        return e;
    }
    return c;
}

/* The operator of an augmented assignment token ('+=' -> Add). */
KrOperator kri_act_op(KrToken *t)
{
    switch (t->type) {
    case KR_TOK_PLUSEQUAL: return KR_AST_Add;
    case KR_TOK_MINEQUAL: return KR_AST_Sub;
    case KR_TOK_STAREQUAL: return KR_AST_Mult;
    case KR_TOK_ATEQUAL: return KR_AST_MatMult;
    case KR_TOK_SLASHEQUAL: return KR_AST_Div;
    case KR_TOK_PERCENTEQUAL: return KR_AST_Mod;
    case KR_TOK_AMPEREQUAL: return KR_AST_BitAnd;
    case KR_TOK_VBAREQUAL: return KR_AST_BitOr;
    case KR_TOK_CIRCUMFLEXEQUAL: return KR_AST_BitXor;
    case KR_TOK_LEFTSHIFTEQUAL: return KR_AST_LShift;
    case KR_TOK_RIGHTSHIFTEQUAL: return KR_AST_RShift;
    case KR_TOK_DOUBLESTAREQUAL: return KR_AST_Pow;
    default: return KR_AST_FloorDiv; /* '//=' */
    }
}

KrConst *kri_act_const(KrParser *p, KrConstKind kind)
{
    KrConst *c = kri_arena_alloc(p->arena, sizeof *c);
    if (!c)
        return no_memory(p);
    memset(c, 0, sizeof *c);
    c->kind = kind;
    return c;
}

/* A decorated definition keeps the position of its 'def'/'class' keyword
 * (as CPython 3.8+); only the decorator list is filled in, on a copy because
 * [f] may be memoized. */
KrStmt *kri_act_function_decorators(KrParser *p, KrExprSeq *decorators, KrStmt *f)
{
    KrStmt *c = kri_arena_alloc(p->arena, sizeof *c);
    if (!c)
        return no_memory(p);
    *c = *f;
    if (c->kind == KR_AST_AsyncFunctionDef)
        c->v.AsyncFunctionDef.decorator_list = decorators;
    else
        c->v.FunctionDef.decorator_list = decorators;
    return c;
}

KrStmt *kri_act_class_decorators(KrParser *p, KrExprSeq *decorators, KrStmt *cls)
{
    KrStmt *c = kri_arena_alloc(p->arena, sizeof *c);
    if (!c)
        return no_memory(p);
    *c = *cls;
    c->v.ClassDef.decorator_list = decorators;
    return c;
}
