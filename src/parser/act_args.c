/* Grammar actions assembling composite nodes from intermediate pieces:
 * parameter lists (KrArguments), comparisons, dict displays, call argument
 * lists and the key/pattern pairs of match statements. */
#include "parser/act.h"

#include <string.h>

static void *no_memory(KrParser *p)
{
    kri_peg_no_memory(p);
    return NULL;
}

static void *alloc(KrParser *p, size_t size)
{
    void *m = kri_arena_alloc(p->arena, size);
    if (!m)
        return no_memory(p);
    memset(m, 0, size);
    return m;
}

static ptrdiff_t seq_len(const void *seq)
{
    return seq ? ((const KrSeq *)seq)->len : 0;
}

KrArguments *kri_act_empty_arguments(KrParser *p)
{
    KrArguments *a = kri_ast_arguments(p->arena, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    return a ? a : no_memory(p);
}

KrNameDefault *kri_act_name_default(KrParser *p, KrArg *arg, KrExpr *value)
{
    KrNameDefault *nd = alloc(p, sizeof *nd);
    if (nd) {
        nd->arg = arg;
        nd->value = value;
    }
    return nd;
}

KrSlashWithDefault *kri_act_slash_with_default(KrParser *p, KrArgSeq *plain, KrSeq *with_defaults)
{
    KrSlashWithDefault *s = alloc(p, sizeof *s);
    if (s) {
        s->plain = plain;
        s->with_defaults = with_defaults;
    }
    return s;
}

KrStarEtc *kri_act_star_etc(KrParser *p, KrArg *vararg, KrSeq *kwonly, KrArg *kwarg)
{
    KrStarEtc *s = alloc(p, sizeof *s);
    if (s) {
        s->vararg = vararg;
        s->kwonly = kwonly;
        s->kwarg = kwarg;
    }
    return s;
}

/* Appends the args of [plain] then those of the KrNameDefault list [nds] to
 * [out] starting at *[n]. */
static void put_args(KrArgSeq *out, ptrdiff_t *n, KrArgSeq *plain, KrSeq *nds)
{
    for (ptrdiff_t i = 0; i < seq_len(plain); i++)
        out->items[(*n)++] = plain->items[i];
    for (ptrdiff_t i = 0; i < seq_len(nds); i++)
        out->items[(*n)++] = ((KrNameDefault *)nds->items[i])->arg;
}

static KrArgSeq *join_args(KrParser *p, KrArgSeq *plain, KrSeq *nds)
{
    KrArgSeq *out = kri_ast_arg_seq_new(p->arena, seq_len(plain) + seq_len(nds));
    if (!out)
        return no_memory(p);
    ptrdiff_t n = 0;
    put_args(out, &n, plain, nds);
    return out;
}

/* The default values of [a] then [b] (lists of KrNameDefault). */
static KrExprSeq *join_defaults(KrParser *p, KrSeq *a, KrSeq *b)
{
    KrExprSeq *out = kri_ast_expr_seq_new(p->arena, seq_len(a) + seq_len(b));
    if (!out)
        return no_memory(p);
    ptrdiff_t n = 0;
    for (ptrdiff_t i = 0; i < seq_len(a); i++)
        out->items[n++] = ((KrNameDefault *)a->items[i])->value;
    for (ptrdiff_t i = 0; i < seq_len(b); i++)
        out->items[n++] = ((KrNameDefault *)b->items[i])->value;
    return out;
}

/* Builds the arguments node from what the parameter rules matched, in the
 * order the parameters appear: positional-only (plain, or with defaults),
 * positional (plain then with defaults), then *args, keyword-only, **kw. */
KrArguments *kri_act_make_arguments(KrParser *p, KrArgSeq *slash_plain,
                                    KrSlashWithDefault *slash_defaults, KrArgSeq *plain,
                                    KrSeq *with_defaults, KrStarEtc *star)
{
    KrArgSeq *posonly = slash_plain;
    if (!posonly && slash_defaults) {
        posonly = join_args(p, slash_defaults->plain, slash_defaults->with_defaults);
        if (!posonly)
            return NULL;
    }
    KrArgSeq *args = join_args(p, plain, with_defaults);
    KrExprSeq *defaults =
        join_defaults(p, slash_defaults ? slash_defaults->with_defaults : NULL, with_defaults);
    if (!args || !defaults)
        return NULL;
    KrArg *vararg = star ? star->vararg : NULL, *kwarg = star ? star->kwarg : NULL;
    KrArgSeq *kwonly = join_args(p, NULL, star ? star->kwonly : NULL);
    KrExprSeq *kw_defaults = join_defaults(p, star ? star->kwonly : NULL, NULL);
    if (!kwonly || !kw_defaults)
        return NULL;
    KrArguments *a = kri_ast_arguments(p->arena, posonly, args, vararg, kwonly, kw_defaults,
                                       kwarg, defaults);
    return a ? a : no_memory(p);
}

KrCmpPair *kri_act_cmp_pair(KrParser *p, KrCmpop op, KrExpr *e)
{
    KrCmpPair *c = alloc(p, sizeof *c);
    if (c) {
        c->op = op;
        c->expr = e;
    }
    return c;
}

KrIntSeq *kri_act_cmpops(KrParser *p, KrSeq *pairs)
{
    KrIntSeq *ops = kri_ast_int_seq_new(p->arena, pairs->len);
    if (!ops)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < pairs->len; i++)
        ops->items[i] = ((KrCmpPair *)pairs->items[i])->op;
    return ops;
}

KrExprSeq *kri_act_cmp_exprs(KrParser *p, KrSeq *pairs)
{
    KrExprSeq *es = kri_ast_expr_seq_new(p->arena, pairs->len);
    if (!es)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < pairs->len; i++)
        es->items[i] = ((KrCmpPair *)pairs->items[i])->expr;
    return es;
}

KrKeyValue *kri_act_key_value(KrParser *p, KrExpr *key, KrExpr *value)
{
    KrKeyValue *kv = alloc(p, sizeof *kv);
    if (kv) {
        kv->key = key;
        kv->value = value;
    }
    return kv;
}

KrExprSeq *kri_act_dict_keys(KrParser *p, KrSeq *pairs)
{
    KrExprSeq *es = kri_ast_expr_seq_new(p->arena, seq_len(pairs));
    if (!es)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < seq_len(pairs); i++)
        es->items[i] = ((KrKeyValue *)pairs->items[i])->key;
    return es;
}

KrExprSeq *kri_act_dict_values(KrParser *p, KrSeq *pairs)
{
    KrExprSeq *es = kri_ast_expr_seq_new(p->arena, seq_len(pairs));
    if (!es)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < seq_len(pairs); i++)
        es->items[i] = ((KrKeyValue *)pairs->items[i])->value;
    return es;
}

KrKwOrStar *kri_act_kw_or_star(KrParser *p, void *element, bool is_keyword)
{
    if (!element)
        return NULL;
    KrKwOrStar *k = alloc(p, sizeof *k);
    if (k) {
        k->element = element;
        k->is_keyword = is_keyword;
    }
    return k;
}

/* The call node the `arguments` rule returns: a placeholder function and
 * the arguments, with starred items after keywords moved to the positional
 * list (f(a, x=1, *b) has args [a, *b]) as CPython does. */
KrExpr *kri_act_collect_call(KrParser *p, KrExprSeq *positional, KrSeq *kwargs, int lineno,
                             int col, int end_lineno, int end_col)
{
    ptrdiff_t nstar = 0, nkw = 0;
    for (ptrdiff_t i = 0; i < seq_len(kwargs); i++) {
        if (((KrKwOrStar *)kwargs->items[i])->is_keyword)
            nkw++;
        else
            nstar++;
    }
    KrExprSeq *args = kri_ast_expr_seq_new(p->arena, seq_len(positional) + nstar);
    KrKeywordSeq *keywords = kri_ast_keyword_seq_new(p->arena, nkw);
    KrExpr *dummy = kri_ast_Name(p->arena, "", KR_AST_Load, lineno, col, end_lineno, end_col);
    if (!args || !keywords || !dummy)
        return no_memory(p);
    ptrdiff_t na = 0, nk = 0;
    for (ptrdiff_t i = 0; i < seq_len(positional); i++)
        args->items[na++] = positional->items[i];
    for (ptrdiff_t i = 0; i < seq_len(kwargs); i++) {
        KrKwOrStar *k = kwargs->items[i];
        if (k->is_keyword)
            keywords->items[nk++] = k->element;
        else
            args->items[na++] = k->element;
    }
    KrExpr *call = kri_ast_Call(p->arena, dummy, args, keywords, lineno, col, end_lineno, end_col);
    return call ? call : no_memory(p);
}

KrKeyPattern *kri_act_key_pattern(KrParser *p, void *key, KrPattern *pattern)
{
    KrKeyPattern *kp = alloc(p, sizeof *kp);
    if (kp) {
        kp->key = key;
        kp->pattern = pattern;
    }
    return kp;
}

KrExprSeq *kri_act_pair_keys(KrParser *p, KrSeq *pairs)
{
    KrExprSeq *es = kri_ast_expr_seq_new(p->arena, pairs->len);
    if (!es)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < pairs->len; i++)
        es->items[i] = ((KrKeyPattern *)pairs->items[i])->key;
    return es;
}

KrIdentSeq *kri_act_pair_names(KrParser *p, KrSeq *pairs)
{
    KrIdentSeq *ids = kri_ast_ident_seq_new(p->arena, pairs->len);
    if (!ids)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < pairs->len; i++)
        ids->items[i] = ((KrKeyPattern *)pairs->items[i])->key->v.Name.id;
    return ids;
}

KrPatternSeq *kri_act_pair_patterns(KrParser *p, KrSeq *pairs)
{
    KrPatternSeq *ps = kri_ast_pattern_seq_new(p->arena, pairs->len);
    if (!ps)
        return no_memory(p);
    for (ptrdiff_t i = 0; i < pairs->len; i++)
        ps->items[i] = ((KrKeyPattern *)pairs->items[i])->pattern;
    return ps;
}
