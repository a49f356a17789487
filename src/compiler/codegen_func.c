/* Code generation for the constructs that open a new scope: def and async
 * def (defaults, keyword defaults, annotations, decorators, closures),
 * class bodies (__module__, __qualname__, __classcell__), lambdas, and
 * comprehensions compiled as 3.11 does: a nested function taking the
 * outermost iterator, evaluated in the enclosing scope, as its argument
 * `.0`. Each nested scope becomes a code constant of its parent, loaded by
 * MAKE_FUNCTION with LOAD_CLOSURE cells for its free variables.
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <string.h>

/* A parameter named __debug__ (the error is at the def or lambda). */
static int check_debug_arg(KrCompiler *c, const KrArg *a)
{
    if (a && strcmp(a->arg, "__debug__") == 0)
        return kri_cg_error(c, "cannot assign to __debug__");
    return 0;
}

/* Every parameter of [args]. */
static int check_debug_args(KrCompiler *c, const KrArguments *args)
{
    const KrArgSeq *seqs[3] = {args->posonlyargs, args->args, args->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (ptrdiff_t i = 0; seqs[k] && i < seqs[k]->len; i++)
            KR_TRY(check_debug_arg(c, seqs[k]->items[i]));
    KR_TRY(check_debug_arg(c, args->vararg));
    return check_debug_arg(c, args->kwarg);
}

/* Pushes the defaults tuple and the kw-only defaults dict; returns the
 * MAKE_FUNCTION flags they need through *[flags]. */
static int default_arguments(KrCompiler *c, KrArguments *args, int *flags)
{
    *flags = 0;
    if (args->defaults && args->defaults->len > 0) {
        KR_TRY(kri_cg_exprs(c, args->defaults));
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_TUPLE, (int)args->defaults->len));
        *flags |= KR_MKFN_DEFAULTS;
    }
    KrArgSeq *kwonly = args->kwonlyargs;
    size_t nkeys = 0;
    KrCodeConst **keys = NULL;
    for (ptrdiff_t i = 0; kwonly && i < kwonly->len; i++) {
        KrExpr *def = args->kw_defaults->items[i];
        if (!def)
            continue;
        if (!keys)
            keys = kri_arena_alloc(c->arena, (size_t)kwonly->len * sizeof(KrCodeConst *));
        if (!keys)
            return kri_cg_no_memory(c);
        const char *mangled = kri_cg_mangle(c, kwonly->items[i]->arg);
        if (!mangled)
            return -1;
        keys[nkeys] = kri_const_text(c->arena, KR_CC_STR, mangled, strlen(mangled));
        if (!keys[nkeys++])
            return kri_cg_no_memory(c);
        KR_TRY(kri_cg_expr(c, def));
    }
    if (nkeys) {
        KR_TRY(kri_cg_load_const(c, kri_const_tuple(c->arena, keys, nkeys)));
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_CONST_KEY_MAP, (int)nkeys));
        *flags |= KR_MKFN_KWDEFAULTS;
    }
    return 0;
}

/* Pushes the (mangled) name and the annotation of one parameter. */
static int arg_annotation(KrCompiler *c, const char *id, KrExpr *annotation, int *len)
{
    if (!annotation)
        return 0;
    const char *mangled = kri_cg_mangle(c, id);
    if (!mangled)
        return -1;
    KR_TRY(kri_cg_load_str(c, mangled));
    if (c->flags & KR_CO_FUTURE_ANNOTATIONS) {
        KR_TRY(kri_cg_visit_annexpr(c, annotation));
    } else if (annotation->kind == KR_AST_Starred) {
        /* *args: *Ts is stored as [annotation] = [*Ts] */
        KR_TRY(kri_cg_expr(c, annotation->v.Starred.value));
        KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, 1));
    } else {
        KR_TRY(kri_cg_expr(c, annotation));
    }
    *len += 2;
    return 0;
}

/* arg_annotation for each parameter of [args]. */
static int arg_annotations(KrCompiler *c, KrArgSeq *args, int *len)
{
    for (ptrdiff_t i = 0; args && i < args->len; i++)
        KR_TRY(arg_annotation(c, args->items[i]->arg, args->items[i]->annotation, len));
    return 0;
}

/* Pushes the (name, value, ...) tuple of the annotations, if any; sets
 * *[pushed]. CPython's order: args, posonlyargs, *args, kwonly, **kw, return. */
static int annotations(KrCompiler *c, KrArguments *args, KrExpr *returns, bool *pushed)
{
    int len = 0;
    KR_TRY(arg_annotations(c, args->args, &len));
    KR_TRY(arg_annotations(c, args->posonlyargs, &len));
    if (args->vararg)
        KR_TRY(arg_annotation(c, args->vararg->arg, args->vararg->annotation, &len));
    KR_TRY(arg_annotations(c, args->kwonlyargs, &len));
    if (args->kwarg)
        KR_TRY(arg_annotation(c, args->kwarg->arg, args->kwarg->annotation, &len));
    KR_TRY(arg_annotation(c, "return", returns, &len));
    *pushed = len > 0;
    if (len)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_TUPLE, len));
    return 0;
}

/* A free variable of a nested unit as the enclosing unit holds it: its own
 * cell, or a free variable passed through. */
static int closure_index(KrCompiler *c, const char *name)
{
    KrUnit *u = c->u;
    bool cell = u->scope_type == KR_SCOPE_TYPE_CLASS && strcmp(name, "__class__") == 0;
    if (!cell)
        cell = kri_symblock_scope(u->ste, name) == KR_SCOPE_CELL;
    int idx = kri_strmap_find(cell ? &u->cellvars : &u->freevars, name);
    if (idx < 0)
        return kri_cg_error(c, "internal error: no closure cell for '%s'", name);
    return cell ? idx : idx + u->cellvars.len;
}

/* LOAD_CLOSUREs for [co]'s free variables, the code, MAKE_FUNCTION. */
static int make_closure(KrCompiler *c, KrCodeUnit *co, int flags)
{
    int nfree = 0;
    for (size_t i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localspluskinds[i] & KR_FAST_FREE))
            continue;
        int arg = closure_index(c, co->localsplusnames[i]);
        if (arg < 0)
            return -1;
        KR_TRY(kri_cg_opi(c, KR_OP_LOAD_CLOSURE, arg));
        nfree++;
    }
    if (nfree) {
        flags |= KR_MKFN_CLOSURE;
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_TUPLE, nfree));
    }
    KrCodeConst *k = kri_const_new(c->arena, KR_CC_CODE);
    if (!k)
        return kri_cg_no_memory(c);
    k->v.code = co;
    KR_TRY(kri_cg_load_const(c, k));
    return kri_cg_opi(c, KR_OP_MAKE_FUNCTION, flags);
}

/* One PRECALL/CALL per decorator, innermost first, each at its decorator. */
static int apply_decorators(KrCompiler *c, KrExprSeq *decos)
{
    KrLoc old = c->u->loc;
    for (ptrdiff_t i = (decos ? decos->len : 0) - 1; i >= 0; i--) {
        KR_SET_LOC(c, decos->items[i]);
        KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, 0));
        KR_TRY(kri_cg_opi(c, KR_OP_CALL, 0));
    }
    c->u->loc = old;
    return 0;
}

/* def and async def. In the enclosing scope: decorators, defaults,
 * keyword defaults and annotations are evaluated (in that order), then the
 * function is made and decorated, innermost decorator first. The function's
 * first line is its first decorator's. Its first constant is the docstring,
 * or None (so co_consts[0] is always the docstring slot). */
int kri_cg_function(KrCompiler *c, KrStmt *s, bool is_async)
{
    /* FunctionDef and AsyncFunctionDef share their layout. */
    KrArguments *args = s->v.FunctionDef.args;
    KrExprSeq *decos = s->v.FunctionDef.decorator_list;
    KrStmtSeq *body = s->v.FunctionDef.body;
    const char *name = s->v.FunctionDef.name;
    KR_TRY(check_debug_args(c, args));
    KR_TRY(kri_cg_exprs(c, decos));
    int firstlineno = decos && decos->len ? decos->items[0]->lineno : s->lineno;
    int flags;
    bool annotated;
    KR_TRY(default_arguments(c, args, &flags));
    KR_TRY(annotations(c, args, s->v.FunctionDef.returns, &annotated));
    if (annotated)
        flags |= KR_MKFN_ANNOTATIONS;
    KrScopeType type = is_async ? KR_SCOPE_TYPE_ASYNC_FUNCTION : KR_SCOPE_TYPE_FUNCTION;
    KR_TRY(kri_cg_enter_scope(c, name, type, s, firstlineno));
    bool doc = c->optimize < 2 && kri_cg_is_docstring(body);
    KrCodeConst *first = doc ? kri_const_of_expr(c->arena, body->items[0]->v.Expr.value)
                             : kri_const_new(c->arena, KR_CC_NONE);
    KrUnit *u = c->u;
    if (!first || kri_constmap_add(c->arena, &u->consts, first) < 0) {
        kri_cg_drop_scope(c);
        return kri_cg_no_memory(c);
    }
    u->argcount = args->args ? (int)args->args->len : 0;
    u->posonlyargcount = args->posonlyargs ? (int)args->posonlyargs->len : 0;
    u->kwonlyargcount = args->kwonlyargs ? (int)args->kwonlyargs->len : 0;
    for (ptrdiff_t i = doc ? 1 : 0; body && i < body->len; i++) {
        if (kri_cg_stmt(c, body->items[i]) < 0) {
            kri_cg_drop_scope(c);
            return -1;
        }
    }
    KrCodeUnit *co = kri_cg_exit_scope(c, true);
    if (!co)
        return -1;
    KR_TRY(make_closure(c, co, flags));
    KR_TRY(apply_decorators(c, decos));
    return kri_cg_nameop(c, name, KR_AST_Store);
}

/* The class body's code: __module__ and __qualname__ stored first, the
 * body, then __classcell__ (the __class__ cell) returned for type() to fill. */
static int class_body(KrCompiler *c, KrStmt *s)
{
    c->u->private_name = s->v.ClassDef.name;
    KR_TRY(kri_cg_nameop(c, "__name__", KR_AST_Load));
    KR_TRY(kri_cg_nameop(c, "__module__", KR_AST_Store));
    KR_TRY(kri_cg_load_str(c, c->u->qualname));
    KR_TRY(kri_cg_nameop(c, "__qualname__", KR_AST_Store));
    KR_TRY(kri_cg_body(c, s->v.ClassDef.body));
    kri_cg_unset_loc(c); /* what follows is artificial */
    if (c->u->ste->needs_class_closure) {
        /* store the __class__ cell as __classcell__ and return it */
        KR_TRY(kri_cg_opi(c, KR_OP_LOAD_CLOSURE, kri_strmap_find(&c->u->cellvars, "__class__")));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        KR_TRY(kri_cg_nameop(c, "__classcell__", KR_AST_Store));
    } else {
        KR_TRY(kri_cg_load_none(c));
    }
    return kri_cg_op(c, KR_OP_RETURN_VALUE);
}

/* class C(bases, **kw): the body is compiled as a function run by
 * __build_class__(func, 'C', *bases, **kw), called like any call. */
int kri_cg_class(KrCompiler *c, KrStmt *s)
{
    KrExprSeq *decos = s->v.ClassDef.decorator_list;
    KR_TRY(kri_cg_exprs(c, decos));
    int firstlineno = decos && decos->len ? decos->items[0]->lineno : s->lineno;
    KR_TRY(kri_cg_enter_scope(c, s->v.ClassDef.name, KR_SCOPE_TYPE_CLASS, s, firstlineno));
    if (class_body(c, s) < 0) {
        kri_cg_drop_scope(c);
        return -1;
    }
    KrCodeUnit *co = kri_cg_exit_scope(c, true);
    if (!co)
        return -1;
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_NULL));
    KR_TRY(kri_cg_op(c, KR_OP_LOAD_BUILD_CLASS));
    KR_TRY(make_closure(c, co, 0));
    KR_TRY(kri_cg_load_str(c, s->v.ClassDef.name));
    KR_TRY(kri_cg_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    KR_TRY(apply_decorators(c, decos));
    return kri_cg_nameop(c, s->v.ClassDef.name, KR_AST_Store);
}

/* lambda: a function returning its body's value; one that contains
 * yield is a generator, whose value is dropped. */
int kri_cg_lambda(KrCompiler *c, KrExpr *e)
{
    KrArguments *args = e->v.Lambda.args;
    KR_TRY(check_debug_args(c, args));
    int flags;
    KR_TRY(default_arguments(c, args, &flags));
    KR_TRY(kri_cg_enter_scope(c, "<lambda>", KR_SCOPE_TYPE_LAMBDA, e, e->lineno));
    KrUnit *u = c->u;
    /* None first, so a lambda never has a docstring */
    if (kri_constmap_add(c->arena, &u->consts, kri_const_new(c->arena, KR_CC_NONE)) < 0) {
        kri_cg_drop_scope(c);
        return kri_cg_no_memory(c);
    }
    u->argcount = args->args ? (int)args->args->len : 0;
    u->posonlyargcount = args->posonlyargs ? (int)args->posonlyargs->len : 0;
    u->kwonlyargcount = args->kwonlyargs ? (int)args->kwonlyargs->len : 0;
    if (kri_cg_expr(c, e->v.Lambda.body) < 0 ||
        (!u->ste->generator && kri_cg_op(c, KR_OP_RETURN_VALUE) < 0)) {
        kri_cg_drop_scope(c);
        return -1;
    }
    KrCodeUnit *co = kri_cg_exit_scope(c, !u->ste->generator);
    if (!co)
        return -1;
    return make_closure(c, co, flags);
}

/* ---- comprehensions ---- */

typedef struct Comp {
    KrExprKind kind; /* ListComp, SetComp, DictComp, GeneratorExp */
    KrComprehensionSeq *generators;
    KrExpr *elt, *val;
} Comp;

static int comp_generator(KrCompiler *c, const Comp *comp, ptrdiff_t index, int depth);

/* yield of a generator expression's element. */
static int add_yield_value(KrCompiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine)
        KR_TRY(kri_cg_op(c, KR_OP_ASYNC_GEN_WRAP));
    KR_TRY(kri_cg_op(c, KR_OP_YIELD_VALUE));
    return kri_cg_opi(c, KR_OP_RESUME, 1);
}

/* The innermost step: yield or append the element. */
static int comp_element(KrCompiler *c, const Comp *comp, int depth)
{
    KR_TRY(kri_cg_expr(c, comp->elt));
    switch (comp->kind) {
    case KR_AST_GeneratorExp:
        KR_TRY(add_yield_value(c));
        return kri_cg_op(c, KR_OP_POP_TOP);
    case KR_AST_ListComp: return kri_cg_opi(c, KR_OP_LIST_APPEND, depth + 1);
    case KR_AST_SetComp: return kri_cg_opi(c, KR_OP_SET_ADD, depth + 1);
    default:
        KR_TRY(kri_cg_expr(c, comp->val));
        return kri_cg_opi(c, KR_OP_MAP_ADD, depth + 1);
    }
}

/* The `if` clauses of one `for`: each failing one goes to [if_cleanup]. */
static int comp_ifs(KrCompiler *c, KrComprehension *gen, KrBlock *if_cleanup)
{
    for (ptrdiff_t i = 0; gen->ifs && i < gen->ifs->len; i++) {
        KR_TRY(kri_cg_jump_if(c, gen->ifs->items[i], if_cleanup, false));
        KR_TRY(kri_cg_use_new_block(c));
    }
    return 0;
}

/* One `for` of a comprehension: FOR_ITER over its iterable (the
 * argument .0 for the outermost), its clauses, then the next `for` or the
 * element. [depth] counts the iterators under the result being built. */
static int sync_generator(KrCompiler *c, const Comp *comp, ptrdiff_t index, int depth)
{
    KrBlock *start = kri_cg_new_block(c), *if_cleanup = kri_cg_new_block(c);
    KrBlock *anchor = kri_cg_new_block(c);
    if (!start || !if_cleanup || !anchor)
        return -1;
    KrComprehension *gen = comp->generators->items[index];
    if (index == 0) { /* the outermost iterator is the argument .0 */
        c->u->argcount = 1;
        KR_TRY(kri_cg_opi(c, KR_OP_LOAD_FAST, 0));
    } else {
        /* `for y in [f(x)]` binds y without a loop */
        KrExprSeq *elts = NULL;
        if (gen->iter->kind == KR_AST_List)
            elts = gen->iter->v.List.elts;
        else if (gen->iter->kind == KR_AST_Tuple)
            elts = gen->iter->v.Tuple.elts;
        if (elts && elts->len == 1 && elts->items[0]->kind != KR_AST_Starred) {
            KR_TRY(kri_cg_expr(c, elts->items[0]));
            start = NULL;
        }
        if (start) {
            KR_TRY(kri_cg_expr(c, gen->iter));
            KR_TRY(kri_cg_op(c, KR_OP_GET_ITER));
        }
    }
    if (start) {
        depth++;
        kri_cg_use_block(c, start);
        KR_TRY(kri_cg_jump(c, KR_OP_FOR_ITER, anchor));
        KR_TRY(kri_cg_use_new_block(c));
    }
    KR_TRY(kri_cg_expr(c, gen->target));
    KR_TRY(comp_ifs(c, gen, if_cleanup));
    if (index + 1 < comp->generators->len)
        KR_TRY(comp_generator(c, comp, index + 1, depth));
    else
        KR_TRY(comp_element(c, comp, depth));
    kri_cg_use_block(c, if_cleanup);
    if (start) {
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP, start));
        kri_cg_use_block(c, anchor);
    }
    return 0;
}

/* An `async for` of a comprehension: GET_ANEXT awaited inside a
 * SETUP_FINALLY whose handler (END_ASYNC_FOR) ends the loop. */
static int async_generator(KrCompiler *c, const Comp *comp, ptrdiff_t index, int depth)
{
    KrBlock *start = kri_cg_new_block(c), *except = kri_cg_new_block(c);
    KrBlock *if_cleanup = kri_cg_new_block(c);
    if (!start || !except || !if_cleanup)
        return -1;
    KrComprehension *gen = comp->generators->items[index];
    if (index == 0) {
        c->u->argcount = 1;
        KR_TRY(kri_cg_opi(c, KR_OP_LOAD_FAST, 0));
    } else {
        KR_TRY(kri_cg_expr(c, gen->iter));
        KR_TRY(kri_cg_op(c, KR_OP_GET_AITER));
    }
    kri_cg_use_block(c, start);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL));
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_FINALLY, except));
    KR_TRY(kri_cg_op(c, KR_OP_GET_ANEXT));
    KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_add_yield_from(c, true));
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_expr(c, gen->target));
    KR_TRY(comp_ifs(c, gen, if_cleanup));
    depth++;
    if (index + 1 < comp->generators->len)
        KR_TRY(comp_generator(c, comp, index + 1, depth));
    else
        KR_TRY(comp_element(c, comp, depth));
    kri_cg_use_block(c, if_cleanup);
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, start));
    kri_cg_pop_fblock(c);
    kri_cg_use_block(c, except);
    return kri_cg_op(c, KR_OP_END_ASYNC_FOR);
}

/* The `for` clause [index] of [comp] and everything inside it. */
static int comp_generator(KrCompiler *c, const Comp *comp, ptrdiff_t index, int depth)
{
    if (comp->generators->items[index]->is_async)
        return async_generator(c, comp, index, depth);
    return sync_generator(c, comp, index, depth);
}

/* The comprehension function's code: the empty result, the loops, the
 * return (a generator expression returns None). */
static int comp_body(KrCompiler *c, const Comp *comp, KrScopeType outer)
{
    bool is_async = c->u->ste->coroutine;
    if (is_async && comp->kind != KR_AST_GeneratorExp &&
        outer != KR_SCOPE_TYPE_ASYNC_FUNCTION && outer != KR_SCOPE_TYPE_COMPREHENSION)
        return kri_cg_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (comp->kind == KR_AST_ListComp)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_LIST, 0));
    else if (comp->kind == KR_AST_SetComp)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_SET, 0));
    else if (comp->kind == KR_AST_DictComp)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
    KR_TRY(comp_generator(c, comp, 0, 0));
    if (comp->kind != KR_AST_GeneratorExp)
        KR_TRY(kri_cg_op(c, KR_OP_RETURN_VALUE));
    return 0;
}

/* A comprehension is a nested function called at once with the iterator
 * of its outermost iterable, which is evaluated in the enclosing scope. An
 * asynchronous list/set/dict comprehension returns a coroutine, awaited in
 * place. */
int kri_cg_comprehension(KrCompiler *c, KrExpr *e)
{
    Comp comp = {e->kind, NULL, NULL, NULL};
    const char *name;
    switch (e->kind) {
    case KR_AST_ListComp:
        name = "<listcomp>";
        comp.generators = e->v.ListComp.generators;
        comp.elt = e->v.ListComp.elt;
        break;
    case KR_AST_SetComp:
        name = "<setcomp>";
        comp.generators = e->v.SetComp.generators;
        comp.elt = e->v.SetComp.elt;
        break;
    case KR_AST_DictComp:
        name = "<dictcomp>";
        comp.generators = e->v.DictComp.generators;
        comp.elt = e->v.DictComp.key;
        comp.val = e->v.DictComp.value;
        break;
    default:
        name = "<genexpr>";
        comp.generators = e->v.GeneratorExp.generators;
        comp.elt = e->v.GeneratorExp.elt;
        break;
    }
    KrScopeType outer = c->u->scope_type;
    KrComprehension *outermost = comp.generators->items[0];
    KR_TRY(kri_cg_enter_scope(c, name, KR_SCOPE_TYPE_COMPREHENSION, e, e->lineno));
    KR_SET_LOC(c, e);
    bool is_async = c->u->ste->coroutine;
    if (comp_body(c, &comp, outer) < 0) {
        kri_cg_drop_scope(c);
        return -1;
    }
    KrCodeUnit *co = kri_cg_exit_scope(c, true);
    if (!co)
        return -1;
    KR_TRY(make_closure(c, co, 0));
    KR_TRY(kri_cg_expr(c, outermost->iter));
    KR_TRY(kri_cg_op(c, outermost->is_async ? KR_OP_GET_AITER : KR_OP_GET_ITER));
    KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, 0));
    KR_TRY(kri_cg_opi(c, KR_OP_CALL, 0));
    if (is_async && e->kind != KR_AST_GeneratorExp) {
        KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 0));
        KR_TRY(kri_cg_load_none(c));
        KR_TRY(kri_cg_add_yield_from(c, true));
    }
    return 0;
}
