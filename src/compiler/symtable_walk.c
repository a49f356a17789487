/* The symbol table's first pass, as CPython 3.11's symtable.c walks the
 * AST: it opens a block for the module and for every def, class, lambda
 * and comprehension, records in each block how every name occurs there
 * (KR_SYM_* flags), and raises CPython's errors for declarations and
 * expressions in the wrong place. The visiting order is CPython's, since
 * it decides the order of symbols and of child blocks, and which error
 * wins. Invariants: names are mangled for the innermost class before they
 * are stored; the stack of open blocks is the parent chain from cur; a
 * `global` anywhere also marks the module's symbol, as CPython marks its
 * st_global dict. Annotations that `from __future__ import annotations`
 * turns into strings are walked in blocks of their own that hang from no
 * parent: only their errors count. See docs/internals/symtable.md. */
#include "compiler/compiler.h"

#include <stdarg.h>
#include <string.h>

/* A position, 0-based columns as in the AST. */
typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

#define LOC(n) ((Loc){(n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset})

/* The state of one build (CPython's struct symtable). The stack of open
 * blocks is the parent chain from cur. */
typedef struct Builder {
    KrArena *arena;
    KrSymtable *st;
    KrSymBlock *top;          /* the module */
    KrSymBlock *cur;          /* the innermost open block */
    const char *private_name; /* the class names are mangled for, or NULL */
    int depth;                /* nodes being visited, bounded */
    KrSyntaxError *err;
} Builder;

static int visit_expr(Builder *bd, const KrExpr *e);
static int visit_stmt(Builder *bd, const KrStmt *s);
static int visit_pattern(Builder *bd, const KrPattern *p);

/* ---- errors ---- */

static int raise_error(Builder *bd, KrErrorKind kind, Loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int raise_error(Builder *bd, KrErrorKind kind, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kri_symtable_verror(bd->err, kind, loc.lineno, loc.col, loc.end_lineno, loc.end_col, fmt, ap);
    va_end(ap);
    return -1;
}

/* A SyntaxError at [loc] (CPython's PyErr_RangedSyntaxLocationObject). */
#define syntax_error(bd, loc, ...) raise_error(bd, KR_ERR_SYNTAX, loc, __VA_ARGS__)

static int no_memory(Builder *bd)
{
    return kri_symtable_no_memory(bd->err);
}

/* CPython counts statements, expressions and patterns being visited and
 * stops at its limit with a RecursionError, which also bounds the C stack
 * this walk uses. */
static int enter_node(Builder *bd)
{
    if (++bd->depth <= KR_SYMTABLE_MAX_DEPTH)
        return 0;
    return raise_error(bd, KR_ERR_RECURSION, (Loc){0, 0, 0, 0},
                       "maximum recursion depth exceeded during compilation");
}

/* [name] as the innermost enclosing class's body sees it. */
static const char *mangle(Builder *bd, const char *name)
{
    return kri_symtable_mangle(bd->arena, bd->private_name, name);
}

/* The flags of [name], mangled, in the current block (CPython's
 * symtable_lookup); 0 when absent. */
static unsigned current_flags(Builder *bd, const char *name)
{
    const char *mangled = mangle(bd, name);
    const KrSymbol *sym = mangled ? kri_symtable_find(bd->cur, mangled) : NULL;
    return sym ? sym->flags : 0;
}

/* Records that [name] occurs in block [b] as [flag] (CPython's
 * symtable_add_def_helper). [name] is mangled here; errors name it as
 * written. A `global` also marks the module's symbol. */
static int add_def_in(Builder *bd, KrSymBlock *b, const char *name, unsigned flag, Loc loc)
{
    const char *mangled = mangle(bd, name);
    if (!mangled)
        return no_memory(bd);
    KrSymbol *sym = kri_symtable_find(b, mangled);
    unsigned val = flag;
    if (sym) {
        if ((flag & KR_SYM_PARAM) && (sym->flags & KR_SYM_PARAM))
            return syntax_error(bd, loc, "duplicate argument '%s' in function definition", name);
        val |= sym->flags;
    }
    if (b->comp_iter_target) {
        /* An iteration variable that a walrus already bound outside. */
        if (val & (KR_SYM_GLOBAL | KR_SYM_NONLOCAL))
            return syntax_error(bd, loc,
                                "comprehension inner loop cannot rebind assignment "
                                "expression target '%s'",
                                name);
        val |= KR_SYM_COMP_ITER;
    }
    if (!sym && !(sym = kri_symtable_add(bd->arena, b, mangled)))
        return no_memory(bd);
    sym->flags = val;
    if (flag & KR_SYM_PARAM)
        return kri_symtable_add_param(bd->arena, b, mangled) < 0 ? no_memory(bd) : 0;
    if (flag & KR_SYM_GLOBAL) {
        KrSymbol *global = kri_symtable_find(bd->top, mangled);
        if (!global && !(global = kri_symtable_add(bd->arena, bd->top, mangled)))
            return no_memory(bd);
        global->flags |= flag;
    }
    return 0;
}

/* Records [name] in the innermost open block. */
static int add_def(Builder *bd, const char *name, unsigned flag, Loc loc)
{
    return add_def_in(bd, bd->cur, name, flag, loc);
}

/* Remembers a global or nonlocal declaration of [name] in the current
 * block: the analysis reports its errors there. */
static int record_directive(Builder *bd, const char *name, Loc loc)
{
    struct KrSymDirective *d = kri_arena_alloc(bd->arena, sizeof *d);
    const char *mangled = mangle(bd, name);
    if (!d || !mangled)
        return no_memory(bd);
    d->name = mangled;
    d->lineno = loc.lineno;
    d->col_offset = loc.col;
    d->end_lineno = loc.end_lineno;
    d->end_col_offset = loc.end_col;
    d->next = NULL;
    if (bd->cur->directives_tail)
        bd->cur->directives_tail->next = d;
    else
        bd->cur->directives = d;
    bd->cur->directives_tail = d;
    return 0;
}

/* ---- blocks ---- */

/* Opens a block for [node] inside the current one; the walk continues in
 * it until exit_block. A block is nested when any block around it is a
 * function (its free names may then come from a closure). */
static int enter_block(Builder *bd, KrSymBlockKind kind, const char *name, const void *node,
                       Loc loc)
{
    KrSymBlock *b = kri_arena_alloc(bd->arena, sizeof *b);
    if (!b)
        return no_memory(bd);
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->name = name;
    b->node = node;
    b->lineno = loc.lineno;
    b->col_offset = loc.col;
    b->end_lineno = loc.end_lineno;
    b->end_col_offset = loc.end_col;
    b->private_name = bd->private_name;
    KrSymBlock *prev = bd->cur;
    b->parent = prev;
    if (prev) {
        /* bpo-37757: no walrus anywhere inside a comprehension's iterable,
         * even in a lambda or comprehension nested there. */
        b->comp_iter_expr = prev->comp_iter_expr;
        b->nested = prev->nested || prev->kind == KR_BLOCK_FUNCTION;
        /* Annotation blocks are dropped: CPython never analyzes them. */
        if (kind != KR_BLOCK_ANNOTATION) {
            if (prev->last_child)
                prev->last_child->next_sibling = b;
            else
                prev->first_child = b;
            prev->last_child = b;
        }
    }
    bd->cur = b;
    return 0;
}

static void exit_block(Builder *bd)
{
    bd->cur = bd->cur->parent;
}

/* ---- statements ---- */

/* Sequences are visited in order: the first mention of a name fixes its
 * place among the block's symbols. */
static int visit_stmts(Builder *bd, const KrStmtSeq *seq)
{
    for (ptrdiff_t i = 0; seq && i < seq->len; i++) {
        if (visit_stmt(bd, seq->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* Lists whose items may be NULL (kw_defaults, Dict keys) skip them. */
static int visit_exprs(Builder *bd, const KrExprSeq *seq)
{
    for (ptrdiff_t i = 0; seq && i < seq->len; i++) {
        if (seq->items[i] && visit_expr(bd, seq->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* Parameters are symbols of the new block, and also listed in order: a
 * name given twice is CPython's "duplicate argument" (add_def_in). */
static int visit_params(Builder *bd, const KrArgSeq *args)
{
    for (ptrdiff_t i = 0; args && i < args->len; i++) {
        if (add_def(bd, args->items[i]->arg, KR_SYM_PARAM, LOC(args->items[i])) < 0)
            return -1;
    }
    return 0;
}

/* Parameters in co_varnames order: keyword-only ones before *args. */
static int visit_arguments(Builder *bd, const KrArguments *a)
{
    if (visit_params(bd, a->posonlyargs) < 0 || visit_params(bd, a->args) < 0 ||
        visit_params(bd, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(bd, a->vararg->arg, KR_SYM_PARAM, LOC(a->vararg)) < 0)
            return -1;
        bd->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(bd, a->kwarg->arg, KR_SYM_PARAM, LOC(a->kwarg)) < 0)
            return -1;
        bd->cur->varkeywords = true;
    }
    return 0;
}

static bool future_annotations(const Builder *bd)
{
    return (bd->st->future.features & KR_FUTURE_ANNOTATIONS) != 0;
}

/* An annotation is an expression of the enclosing block, or, under
 * `from __future__ import annotations`, of a throwaway block whose only
 * effects are its errors. */
static int visit_annotation(Builder *bd, const KrExpr *annotation)
{
    bool future = future_annotations(bd);
    if (future && enter_block(bd, KR_BLOCK_ANNOTATION, "_annotation", annotation,
                              LOC(annotation)) < 0)
        return -1;
    if (visit_expr(bd, annotation) < 0)
        return -1;
    if (future)
        exit_block(bd);
    return 0;
}

static int visit_arg_annotations(Builder *bd, const KrArgSeq *args)
{
    for (ptrdiff_t i = 0; args && i < args->len; i++) {
        if (args->items[i]->annotation && visit_expr(bd, args->items[i]->annotation) < 0)
            return -1;
    }
    return 0;
}

/* A def's annotations, in CPython's order: **kwargs before keyword-only. */
static int visit_annotations(Builder *bd, const KrStmt *s, const KrArguments *a,
                             const KrExpr *returns)
{
    bool future = future_annotations(bd);
    if (future && enter_block(bd, KR_BLOCK_ANNOTATION, "_annotation", s, LOC(s)) < 0)
        return -1;
    if (visit_arg_annotations(bd, a->posonlyargs) < 0 || visit_arg_annotations(bd, a->args) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && visit_expr(bd, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_expr(bd, a->kwarg->annotation) < 0)
        return -1;
    if (visit_arg_annotations(bd, a->kwonlyargs) < 0)
        return -1;
    if (returns && visit_expr(bd, returns) < 0)
        return -1;
    if (future)
        exit_block(bd);
    return 0;
}

/* def and async def: the name, defaults, annotations and decorators belong
 * to the enclosing block; the parameters and body to the new one. */
static int visit_function(Builder *bd, const KrStmt *s)
{
    bool is_async = s->kind == KR_AST_AsyncFunctionDef;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    const KrArguments *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const KrStmtSeq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    const KrExprSeq *decorators =
        is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    const KrExpr *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;

    if (add_def(bd, name, KR_SYM_LOCAL, LOC(s)) < 0 || visit_exprs(bd, args->defaults) < 0 ||
        visit_exprs(bd, args->kw_defaults) < 0 || visit_annotations(bd, s, args, returns) < 0 ||
        visit_exprs(bd, decorators) < 0)
        return -1;
    if (enter_block(bd, KR_BLOCK_FUNCTION, name, s, LOC(s)) < 0)
        return -1;
    /* Calling an async def makes a coroutine whatever its body holds. */
    bd->cur->coroutine = is_async;
    if (visit_arguments(bd, args) < 0 || visit_stmts(bd, body) < 0)
        return -1;
    exit_block(bd);
    return 0;
}

/* class: bases, keywords and decorators are evaluated outside, before the
 * class exists; the body is a block of its own whose names, and those of
 * every block nested in it, are mangled with the class's name. */
static int visit_class(Builder *bd, const KrStmt *s)
{
    const KrKeywordSeq *keywords = s->v.ClassDef.keywords;
    if (add_def(bd, s->v.ClassDef.name, KR_SYM_LOCAL, LOC(s)) < 0 ||
        visit_exprs(bd, s->v.ClassDef.bases) < 0)
        return -1;
    for (ptrdiff_t i = 0; keywords && i < keywords->len; i++) {
        if (visit_expr(bd, keywords->items[i]->value) < 0)
            return -1;
    }
    if (visit_exprs(bd, s->v.ClassDef.decorator_list) < 0 ||
        enter_block(bd, KR_BLOCK_CLASS, s->v.ClassDef.name, s, LOC(s)) < 0)
        return -1;
    const char *saved = bd->private_name;
    bd->private_name = bd->cur->private_name = s->v.ClassDef.name;
    if (visit_stmts(bd, s->v.ClassDef.body) < 0)
        return -1;
    bd->private_name = saved;
    exit_block(bd);
    return 0;
}

/* `x: T = v`. A simple name target is annotated (even without a value)
 * unless declared global or nonlocal outside the module; a parenthesized
 * one, `(x): T`, is only assigned, and only when there is a value. */
static int visit_ann_assign(Builder *bd, const KrStmt *s)
{
    const KrExpr *target = s->v.AnnAssign.target;
    if (target->kind == KR_AST_Name) {
        const char *id = target->v.Name.id;
        unsigned flags = current_flags(bd, id);
        if ((flags & (KR_SYM_GLOBAL | KR_SYM_NONLOCAL)) && bd->cur != bd->top &&
            s->v.AnnAssign.simple)
            return syntax_error(bd, LOC(s),
                                flags & KR_SYM_GLOBAL ? "annotated name '%s' can't be global"
                                                      : "annotated name '%s' can't be nonlocal",
                                id);
        if (s->v.AnnAssign.simple &&
            add_def(bd, id, KR_SYM_ANNOT | KR_SYM_LOCAL, LOC(target)) < 0)
            return -1;
        if (s->v.AnnAssign.value && add_def(bd, id, KR_SYM_LOCAL, LOC(target)) < 0)
            return -1;
    } else if (visit_expr(bd, target) < 0) {
        return -1;
    }
    if (visit_annotation(bd, s->v.AnnAssign.annotation) < 0)
        return -1;
    return s->v.AnnAssign.value ? visit_expr(bd, s->v.AnnAssign.value) : 0;
}

/* `global` and `nonlocal`: each name must not be a parameter, used,
 * annotated or assigned earlier in the block. */
static int visit_declaration(Builder *bd, const KrStmt *s, bool nonlocal)
{
    const KrIdentSeq *names = nonlocal ? s->v.Nonlocal.names : s->v.Global.names;
    const char *what = nonlocal ? "nonlocal" : "global";
    for (ptrdiff_t i = 0; names && i < names->len; i++) {
        const char *name = names->items[i];
        unsigned cur = current_flags(bd, name);
        if (cur & KR_SYM_PARAM)
            return syntax_error(bd, LOC(s), "name '%s' is parameter and %s", name, what);
        if (cur & KR_SYM_USE)
            return syntax_error(bd, LOC(s), "name '%s' is used prior to %s declaration", name,
                                what);
        if (cur & KR_SYM_ANNOT)
            return syntax_error(bd, LOC(s), "annotated name '%s' can't be %s", name, what);
        if (cur & KR_SYM_LOCAL)
            return syntax_error(bd, LOC(s), "name '%s' is assigned to before %s declaration",
                                name, what);
        if (add_def(bd, name, nonlocal ? KR_SYM_NONLOCAL : KR_SYM_GLOBAL, LOC(s)) < 0 ||
            record_directive(bd, name, LOC(s)) < 0)
            return -1;
    }
    return 0;
}

/* An import binds the first part of a dotted name (`import a.b` binds a)
 * unless renamed. `import *` binds nothing the compiler can see, so CPython
 * allows it only where names are looked up by dict: at module level. */
static int visit_alias(Builder *bd, const KrAlias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (bd->cur->kind != KR_BLOCK_MODULE)
            return syntax_error(bd, LOC(a), "import * only allowed at module level");
        bd->cur->import_star = true;
        return 0;
    }
    const char *dot = strchr(name, '.');
    if (dot && !(name = kri_arena_strndup(bd->arena, name, (size_t)(dot - name))))
        return no_memory(bd);
    return add_def(bd, name, KR_SYM_IMPORT, LOC(a));
}

static int visit_aliases(Builder *bd, const KrAliasSeq *names)
{
    for (ptrdiff_t i = 0; names && i < names->len; i++) {
        if (visit_alias(bd, names->items[i]) < 0)
            return -1;
    }
    return 0;
}

/* Try and try*: CPython visits the else block before the handlers. */
static int visit_try(Builder *bd, const KrStmtSeq *body, const KrExcepthandlerSeq *handlers,
                     const KrStmtSeq *orelse, const KrStmtSeq *finalbody)
{
    if (visit_stmts(bd, body) < 0 || visit_stmts(bd, orelse) < 0)
        return -1;
    for (ptrdiff_t i = 0; handlers && i < handlers->len; i++) {
        const KrExcepthandler *h = handlers->items[i];
        if (h->v.ExceptHandler.type && visit_expr(bd, h->v.ExceptHandler.type) < 0)
            return -1;
        if (h->v.ExceptHandler.name &&
            add_def(bd, h->v.ExceptHandler.name, KR_SYM_LOCAL, LOC(h)) < 0)
            return -1;
        if (visit_stmts(bd, h->v.ExceptHandler.body) < 0)
            return -1;
    }
    return visit_stmts(bd, finalbody);
}

/* with and async with: each item's expression, then its target. */
static int visit_with(Builder *bd, const KrWithitemSeq *items, const KrStmtSeq *body)
{
    for (ptrdiff_t i = 0; items && i < items->len; i++) {
        if (visit_expr(bd, items->items[i]->context_expr) < 0)
            return -1;
        if (items->items[i]->optional_vars && visit_expr(bd, items->items[i]->optional_vars) < 0)
            return -1;
    }
    return visit_stmts(bd, body);
}

/* match: the subject, then per case the pattern (whose captures bind in
 * this block), the guard and the body. */
static int visit_match(Builder *bd, const KrStmt *s)
{
    const KrMatchCaseSeq *cases = s->v.Match.cases;
    if (visit_expr(bd, s->v.Match.subject) < 0)
        return -1;
    for (ptrdiff_t i = 0; cases && i < cases->len; i++) {
        const KrMatchCase *c = cases->items[i];
        if (visit_pattern(bd, c->pattern) < 0 || (c->guard && visit_expr(bd, c->guard) < 0) ||
            visit_stmts(bd, c->body) < 0)
            return -1;
    }
    return 0;
}

/* The statements that only hold expressions and other statements. Targets
 * are visited before values (an assignment, a for loop): CPython's order,
 * which decides the order of symbols, not the order of evaluation. */
static int visit_plain_stmt(Builder *bd, const KrStmt *s)
{
    switch (s->kind) {
    case KR_AST_Delete:
        return visit_exprs(bd, s->v.Delete.targets);
    case KR_AST_Assign:
        return visit_exprs(bd, s->v.Assign.targets) < 0 ? -1 : visit_expr(bd, s->v.Assign.value);
    case KR_AST_AugAssign:
        return visit_expr(bd, s->v.AugAssign.target) < 0 ? -1
                                                         : visit_expr(bd, s->v.AugAssign.value);
    case KR_AST_For:
    case KR_AST_AsyncFor: /* the same fields, in the same union layout */
        if (visit_expr(bd, s->v.For.target) < 0 || visit_expr(bd, s->v.For.iter) < 0 ||
            visit_stmts(bd, s->v.For.body) < 0)
            return -1;
        return visit_stmts(bd, s->v.For.orelse);
    case KR_AST_While:
        if (visit_expr(bd, s->v.While.test) < 0 || visit_stmts(bd, s->v.While.body) < 0)
            return -1;
        return visit_stmts(bd, s->v.While.orelse);
    case KR_AST_If:
        if (visit_expr(bd, s->v.If.test) < 0 || visit_stmts(bd, s->v.If.body) < 0)
            return -1;
        return visit_stmts(bd, s->v.If.orelse);
    case KR_AST_Raise:
        if (!s->v.Raise.exc)
            return 0;
        if (visit_expr(bd, s->v.Raise.exc) < 0)
            return -1;
        return s->v.Raise.cause ? visit_expr(bd, s->v.Raise.cause) : 0;
    case KR_AST_Assert:
        if (visit_expr(bd, s->v.Assert.test) < 0)
            return -1;
        return s->v.Assert.msg ? visit_expr(bd, s->v.Assert.msg) : 0;
    case KR_AST_Expr:
        return visit_expr(bd, s->v.Expr.value);
    default: /* Pass, Break, Continue */
        return 0;
    }
}

/* Statements that declare, bind or open blocks have their own visitors;
 * `return x` also marks the block as returning a value. */
static int visit_stmt(Builder *bd, const KrStmt *s)
{
    if (enter_node(bd) < 0)
        return -1;
    int r;
    switch (s->kind) {
    case KR_AST_FunctionDef:
    case KR_AST_AsyncFunctionDef:
        r = visit_function(bd, s);
        break;
    case KR_AST_ClassDef:
        r = visit_class(bd, s);
        break;
    case KR_AST_Return:
        r = 0;
        if (s->v.Return.value) {
            r = visit_expr(bd, s->v.Return.value);
            bd->cur->returns_value = true;
        }
        break;
    case KR_AST_AnnAssign:
        r = visit_ann_assign(bd, s);
        break;
    case KR_AST_With:
    case KR_AST_AsyncWith:
        r = visit_with(bd, s->v.With.items, s->v.With.body);
        break;
    case KR_AST_Match:
        r = visit_match(bd, s);
        break;
    case KR_AST_Try:
    case KR_AST_TryStar:
        r = visit_try(bd, s->v.Try.body, s->v.Try.handlers, s->v.Try.orelse, s->v.Try.finalbody);
        break;
    case KR_AST_Import:
    case KR_AST_ImportFrom:
        r = visit_aliases(bd, s->kind == KR_AST_Import ? s->v.Import.names
                                                       : s->v.ImportFrom.names);
        break;
    case KR_AST_Global:
    case KR_AST_Nonlocal:
        r = visit_declaration(bd, s, s->kind == KR_AST_Nonlocal);
        break;
    default:
        r = visit_plain_stmt(bd, s);
        break;
    }
    bd->depth--;
    return r;
}

/* ---- comprehensions and assignment expressions ---- */

/* A walrus in a comprehension binds in the nearest enclosing function (as
 * a nonlocal of the comprehension) or at module level (as a global), never
 * in a class. Comprehensions on the way are checked for an iteration
 * variable of that name: CPython looks the name up there unmangled. */
static int extend_namedexpr_scope(Builder *bd, const KrExpr *target)
{
    const char *name = target->v.Name.id;
    Loc loc = LOC(target);
    for (KrSymBlock *b = bd->cur; b; b = b->parent) {
        if (b->comprehension) {
            const KrSymbol *sym = kri_symtable_find(b, name);
            if (sym && (sym->flags & KR_SYM_COMP_ITER))
                return syntax_error(bd, loc,
                                    "assignment expression cannot rebind comprehension "
                                    "iteration variable '%s'",
                                    name);
            continue;
        }
        if (b->kind == KR_BLOCK_FUNCTION) {
            const KrSymbol *sym = kri_symtable_find(b, name);
            unsigned decl = sym && (sym->flags & KR_SYM_GLOBAL) ? KR_SYM_GLOBAL : KR_SYM_NONLOCAL;
            if (add_def(bd, name, decl, loc) < 0 || record_directive(bd, name, loc) < 0)
                return -1;
            return add_def_in(bd, b, name, KR_SYM_LOCAL, loc);
        }
        if (b->kind == KR_BLOCK_MODULE) {
            if (add_def(bd, name, KR_SYM_GLOBAL, loc) < 0 || record_directive(bd, name, loc) < 0)
                return -1;
            return add_def_in(bd, b, name, KR_SYM_GLOBAL, loc);
        }
        if (b->kind == KR_BLOCK_CLASS)
            return syntax_error(bd, loc,
                                "assignment expression within a comprehension cannot be used "
                                "in a class body");
        /* annotation blocks are passed through */
    }
    return 0;
}

/* `x := v`: PEP 572 forbids it anywhere in a comprehension's iterable, even
 * in a lambda or comprehension nested there; in a comprehension's body it
 * binds in the enclosing function or module. */
static int visit_named_expr(Builder *bd, const KrExpr *e)
{
    if (bd->cur->comp_iter_expr > 0)
        return syntax_error(bd, LOC(e),
                            "assignment expression cannot be used in a comprehension iterable "
                            "expression");
    if (bd->cur->comprehension && extend_namedexpr_scope(bd, e->v.NamedExpr.target) < 0)
        return -1;
    if (visit_expr(bd, e->v.NamedExpr.value) < 0)
        return -1;
    return visit_expr(bd, e->v.NamedExpr.target);
}

/* A `for ... in ... if ...` clause after the first, inside the block. */
static int visit_generator(Builder *bd, const KrComprehension *g)
{
    KrSymBlock *b = bd->cur;
    b->comp_iter_target = true;
    if (visit_expr(bd, g->target) < 0)
        return -1;
    b->comp_iter_target = false;
    b->comp_iter_expr++;
    if (visit_expr(bd, g->iter) < 0)
        return -1;
    b->comp_iter_expr--;
    if (visit_exprs(bd, g->ifs) < 0)
        return -1;
    if (g->is_async)
        b->coroutine = true;
    return 0;
}

/* A comprehension is a function block called with its outermost iterable
 * (evaluated outside, in the enclosing block) as the parameter ".0". Its
 * parts are visited in CPython's order: the first target and conditions,
 * the other clauses, then the dict value before the key or element. */
static int visit_comprehension(Builder *bd, const KrExpr *e, KrSymComprehension kind,
                               const char *name, const KrComprehensionSeq *generators,
                               const KrExpr *elt, const KrExpr *value)
{
    bool is_generator = kind == KR_COMP_GENEXP;
    const KrComprehension *outermost = generators->items[0];
    bd->cur->comp_iter_expr++;
    if (visit_expr(bd, outermost->iter) < 0)
        return -1;
    bd->cur->comp_iter_expr--;
    if (enter_block(bd, KR_BLOCK_FUNCTION, name, e, LOC(e)) < 0)
        return -1;
    KrSymBlock *b = bd->cur;
    b->comprehension = kind;
    b->comp_inlinable = !is_generator; /* PEP 709 inlines list, set and dict comprehensions */
    if (outermost->is_async)
        b->coroutine = true;
    if (add_def(bd, ".0", KR_SYM_PARAM, LOC(b)) < 0)
        return -1;
    b->comp_iter_target = true;
    if (visit_expr(bd, outermost->target) < 0)
        return -1;
    b->comp_iter_target = false;
    if (visit_exprs(bd, outermost->ifs) < 0)
        return -1;
    for (ptrdiff_t i = 1; i < generators->len; i++) {
        if (visit_generator(bd, generators->items[i]) < 0)
            return -1;
    }
    if ((value && visit_expr(bd, value) < 0) || visit_expr(bd, elt) < 0)
        return -1;
    b->generator = is_generator;
    /* An async list/set/dict comprehension is awaited where it stands. */
    bool is_async = b->coroutine && !is_generator;
    exit_block(bd);
    if (is_async)
        bd->cur->coroutine = true;
    return 0;
}

/* ---- expressions ---- */

/* Under `from __future__ import annotations` these would be evaluated
 * nowhere; CPython refuses them. */
static int refuse_in_annotation(Builder *bd, const char *what, const KrExpr *e)
{
    if (bd->cur->kind != KR_BLOCK_ANNOTATION)
        return 0;
    return syntax_error(bd, LOC(e), "'%s' can not be used within an annotation", what);
}

/* yield and yield from make the block a generator. In a comprehension
 * they would turn the comprehension itself into a generator, which 3.8
 * made an error. */
static int visit_yield(Builder *bd, const KrExpr *e, const KrExpr *value)
{
    static const char *const messages[] = {
        [KR_COMP_LIST] = "'yield' inside list comprehension",
        [KR_COMP_DICT] = "'yield' inside dict comprehension",
        [KR_COMP_SET] = "'yield' inside set comprehension",
        [KR_COMP_GENEXP] = "'yield' inside generator expression",
    };
    if (refuse_in_annotation(bd, "yield expression", e) < 0 ||
        (value && visit_expr(bd, value) < 0))
        return -1;
    bd->cur->generator = true;
    if (bd->cur->comprehension)
        return syntax_error(bd, LOC(e), "%s", messages[bd->cur->comprehension]);
    return 0;
}

/* lambda: defaults outside, parameters and body in a function block. */
static int visit_lambda(Builder *bd, const KrExpr *e)
{
    const KrArguments *args = e->v.Lambda.args;
    if (visit_exprs(bd, args->defaults) < 0 || visit_exprs(bd, args->kw_defaults) < 0 ||
        enter_block(bd, KR_BLOCK_FUNCTION, "lambda", e, LOC(e)) < 0 ||
        visit_arguments(bd, args) < 0 || visit_expr(bd, e->v.Lambda.body) < 0)
        return -1;
    exit_block(bd);
    return 0;
}

/* A name: a use when read, a local binding when stored or deleted. `super`
 * read in a function also reads the implicit __class__ cell. */
static int visit_name(Builder *bd, const KrExpr *e)
{
    bool load = e->v.Name.ctx == KR_AST_Load;
    if (add_def(bd, e->v.Name.id, load ? KR_SYM_USE : KR_SYM_LOCAL, LOC(e)) < 0)
        return -1;
    if (load && bd->cur->kind == KR_BLOCK_FUNCTION && strcmp(e->v.Name.id, "super") == 0)
        return add_def(bd, "__class__", KR_SYM_USE, LOC(e));
    return 0;
}

/* Expressions that open no block and declare nothing. */
static int visit_plain_expr(Builder *bd, const KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_BoolOp:
        return visit_exprs(bd, e->v.BoolOp.values);
    case KR_AST_BinOp:
        return visit_expr(bd, e->v.BinOp.left) < 0 ? -1 : visit_expr(bd, e->v.BinOp.right);
    case KR_AST_UnaryOp:
        return visit_expr(bd, e->v.UnaryOp.operand);
    case KR_AST_IfExp:
        if (visit_expr(bd, e->v.IfExp.test) < 0 || visit_expr(bd, e->v.IfExp.body) < 0)
            return -1;
        return visit_expr(bd, e->v.IfExp.orelse);
    case KR_AST_Dict:
        return visit_exprs(bd, e->v.Dict.keys) < 0 ? -1 : visit_exprs(bd, e->v.Dict.values);
    case KR_AST_Set:
        return visit_exprs(bd, e->v.Set.elts);
    case KR_AST_Compare:
        return visit_expr(bd, e->v.Compare.left) < 0 ? -1
                                                     : visit_exprs(bd, e->v.Compare.comparators);
    case KR_AST_Call: {
        const KrKeywordSeq *keywords = e->v.Call.keywords;
        if (visit_expr(bd, e->v.Call.func) < 0 || visit_exprs(bd, e->v.Call.args) < 0)
            return -1;
        for (ptrdiff_t i = 0; keywords && i < keywords->len; i++) {
            if (visit_expr(bd, keywords->items[i]->value) < 0)
                return -1;
        }
        return 0;
    }
    case KR_AST_FormattedValue:
        if (visit_expr(bd, e->v.FormattedValue.value) < 0)
            return -1;
        return e->v.FormattedValue.format_spec ? visit_expr(bd, e->v.FormattedValue.format_spec)
                                               : 0;
    case KR_AST_JoinedStr:
        return visit_exprs(bd, e->v.JoinedStr.values);
    case KR_AST_Attribute:
        return visit_expr(bd, e->v.Attribute.value);
    case KR_AST_Subscript:
        return visit_expr(bd, e->v.Subscript.value) < 0 ? -1 : visit_expr(bd, e->v.Subscript.slice);
    case KR_AST_Starred:
        return visit_expr(bd, e->v.Starred.value);
    case KR_AST_Slice:
        if ((e->v.Slice.lower && visit_expr(bd, e->v.Slice.lower) < 0) ||
            (e->v.Slice.upper && visit_expr(bd, e->v.Slice.upper) < 0))
            return -1;
        return e->v.Slice.step ? visit_expr(bd, e->v.Slice.step) : 0;
    case KR_AST_List:
        return visit_exprs(bd, e->v.List.elts);
    case KR_AST_Tuple:
        return visit_exprs(bd, e->v.Tuple.elts);
    default: /* Constant */
        return 0;
    }
}

/* Expressions that open blocks, bind or change the block's kind. An
 * await marks the block a coroutine even outside async def: the code
 * generator reports that error, not the symbol table. */
static int visit_expr_kind(Builder *bd, const KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_NamedExpr:
        if (refuse_in_annotation(bd, "named expression", e) < 0)
            return -1;
        return visit_named_expr(bd, e);
    case KR_AST_Lambda:
        return visit_lambda(bd, e);
    case KR_AST_GeneratorExp:
        return visit_comprehension(bd, e, KR_COMP_GENEXP, "genexpr", e->v.GeneratorExp.generators,
                                   e->v.GeneratorExp.elt, NULL);
    case KR_AST_ListComp:
        return visit_comprehension(bd, e, KR_COMP_LIST, "listcomp", e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case KR_AST_SetComp:
        return visit_comprehension(bd, e, KR_COMP_SET, "setcomp", e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case KR_AST_DictComp:
        return visit_comprehension(bd, e, KR_COMP_DICT, "dictcomp", e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case KR_AST_Yield:
        return visit_yield(bd, e, e->v.Yield.value);
    case KR_AST_YieldFrom:
        return visit_yield(bd, e, e->v.YieldFrom.value);
    case KR_AST_Await:
        if (refuse_in_annotation(bd, "await expression", e) < 0 ||
            visit_expr(bd, e->v.Await.value) < 0)
            return -1;
        bd->cur->coroutine = true;
        return 0;
    case KR_AST_Name:
        return visit_name(bd, e);
    default:
        return visit_plain_expr(bd, e);
    }
}

static int visit_expr(Builder *bd, const KrExpr *e)
{
    if (enter_node(bd) < 0)
        return -1;
    int r = visit_expr_kind(bd, e);
    bd->depth--;
    return r;
}

/* Capture patterns bind; everything else in a pattern is an expression. */
static int visit_pattern_kind(Builder *bd, const KrPattern *p)
{
    switch (p->kind) {
    case KR_AST_MatchValue:
        return visit_expr(bd, p->v.MatchValue.value);
    case KR_AST_MatchSingleton:
        return 0;
    case KR_AST_MatchSequence:
    case KR_AST_MatchOr: {
        const KrPatternSeq *seq = p->kind == KR_AST_MatchOr ? p->v.MatchOr.patterns
                                                            : p->v.MatchSequence.patterns;
        for (ptrdiff_t i = 0; seq && i < seq->len; i++) {
            if (visit_pattern(bd, seq->items[i]) < 0)
                return -1;
        }
        return 0;
    }
    case KR_AST_MatchStar:
        return p->v.MatchStar.name ? add_def(bd, p->v.MatchStar.name, KR_SYM_LOCAL, LOC(p)) : 0;
    case KR_AST_MatchMapping: {
        const KrPatternSeq *seq = p->v.MatchMapping.patterns;
        if (visit_exprs(bd, p->v.MatchMapping.keys) < 0)
            return -1;
        for (ptrdiff_t i = 0; seq && i < seq->len; i++) {
            if (visit_pattern(bd, seq->items[i]) < 0)
                return -1;
        }
        return p->v.MatchMapping.rest ? add_def(bd, p->v.MatchMapping.rest, KR_SYM_LOCAL, LOC(p))
                                      : 0;
    }
    case KR_AST_MatchClass: {
        const KrPatternSeq *seqs[] = {p->v.MatchClass.patterns, p->v.MatchClass.kwd_patterns};
        if (visit_expr(bd, p->v.MatchClass.cls) < 0)
            return -1;
        for (int k = 0; k < 2; k++) {
            for (ptrdiff_t i = 0; seqs[k] && i < seqs[k]->len; i++) {
                if (visit_pattern(bd, seqs[k]->items[i]) < 0)
                    return -1;
            }
        }
        return 0;
    }
    case KR_AST_MatchAs:
        if (p->v.MatchAs.pattern && visit_pattern(bd, p->v.MatchAs.pattern) < 0)
            return -1;
        return p->v.MatchAs.name ? add_def(bd, p->v.MatchAs.name, KR_SYM_LOCAL, LOC(p)) : 0;
    }
    return 0;
}

static int visit_pattern(Builder *bd, const KrPattern *p)
{
    if (enter_node(bd) < 0)
        return -1;
    int r = visit_pattern_kind(bd, p);
    bd->depth--;
    return r;
}

/* ---- the entry point ---- */

/* The module block is named "top" and placed at line 0, as in CPython. */
static int visit_module(Builder *bd, const KrMod *mod)
{
    if (enter_block(bd, KR_BLOCK_MODULE, "top", mod, (Loc){0, 0, 0, 0}) < 0)
        return -1;
    bd->top = bd->cur;
    switch (mod->kind) {
    case KR_AST_Module:
        return visit_stmts(bd, mod->v.Module.body);
    case KR_AST_Interactive:
        return visit_stmts(bd, mod->v.Interactive.body);
    case KR_AST_Expression:
        return visit_expr(bd, mod->v.Expression.body);
    case KR_AST_FunctionType:
        break;
    }
    /* compile() refuses these (TypeError) before CPython's symtable sees one. */
    return raise_error(bd, KR_ERR_VALUE, (Loc){0, 0, 0, 0},
                       "this compiler does not handle FunctionTypes");
}

KrSymBlock *kri_symtable_walk(KrArena *arena, KrSymtable *st, const KrMod *mod,
                              KrSyntaxError *err)
{
    Builder bd = {.arena = arena, .st = st, .err = err};
    if (visit_module(&bd, mod) < 0)
        return NULL;
    return bd.top;
}
