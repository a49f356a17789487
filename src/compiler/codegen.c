/* The code generator's core: the compilation entry point, the stack of
 * scopes being compiled (KrUnit), basic blocks and instruction emission
 * with source locations, name and constant tables, and name resolution to
 * LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/LOAD_NAME. Statements, expressions,
 * functions and patterns have their own files.
 * Invariants: a block's jump or exit instruction is its last one (emitting
 * after one starts a new block, as CPython's NEXT_BLOCK); every unit's
 * first instruction is RESUME; names are mangled before they reach a table.
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ordered tables ---- */

/* FNV-1a: names are short, and the tables only need a spread. */
static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Grows [*items] (of [size]-byte entries) to hold one more. */
static int grow(KrArena *arena, void **items, int len, int *cap, size_t size)
{
    if (len < *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = kri_arena_alloc(arena, (size_t)ncap * size);
    if (!p)
        return -1;
    if (len)
        memcpy(p, *items, (size_t)len * size);
    *items = p;
    *cap = ncap;
    return 0;
}

/* Linear probing over a power-of-two table of 1 + item index (0 is empty). */
int kri_strmap_find(const KrStrMap *m, const char *s)
{
    if (!m->nslots)
        return -1;
    uint32_t mask = (uint32_t)(m->nslots - 1);
    for (uint32_t i = str_hash(s) & mask;; i = (i + 1) & mask) {
        int slot = m->slots[i];
        if (!slot)
            return -1;
        if (strcmp(m->items[slot - 1], s) == 0)
            return slot - 1;
    }
}

/* Doubles the index and reinserts every item, keeping it at most half full. */
static int strmap_rehash(KrArena *arena, KrStrMap *m)
{
    int n = m->nslots ? m->nslots * 2 : 16;
    int *slots = kri_arena_alloc(arena, (size_t)n * sizeof(int));
    if (!slots)
        return -1;
    memset(slots, 0, (size_t)n * sizeof(int));
    for (int k = 0; k < m->len; k++) {
        uint32_t i = str_hash(m->items[k]) & (uint32_t)(n - 1);
        while (slots[i])
            i = (i + 1) & (uint32_t)(n - 1);
        slots[i] = k + 1;
    }
    m->slots = slots;
    m->nslots = n;
    return 0;
}

int kri_strmap_add(KrArena *arena, KrStrMap *m, const char *s)
{
    int found = kri_strmap_find(m, s);
    if (found >= 0)
        return found;
    void *items = (void *)m->items;
    if (grow(arena, &items, m->len, &m->cap, sizeof(char *)) < 0)
        return -1;
    m->items = items;
    m->items[m->len++] = s;
    if (m->len * 2 > m->nslots)
        return strmap_rehash(arena, m) < 0 ? -1 : m->len - 1;
    uint32_t i = str_hash(s) & (uint32_t)(m->nslots - 1);
    while (m->slots[i])
        i = (i + 1) & (uint32_t)(m->nslots - 1);
    m->slots[i] = m->len;
    return m->len - 1;
}

/* As strmap_rehash, hashing by constant key. */
static int constmap_rehash(KrArena *arena, KrConstMap *m)
{
    int n = m->nslots ? m->nslots * 2 : 16;
    int *slots = kri_arena_alloc(arena, (size_t)n * sizeof(int));
    if (!slots)
        return -1;
    memset(slots, 0, (size_t)n * sizeof(int));
    for (int k = 0; k < m->len; k++) {
        uint32_t i = (uint32_t)kri_const_hash(m->items[k]) & (uint32_t)(n - 1);
        while (slots[i])
            i = (i + 1) & (uint32_t)(n - 1);
        slots[i] = k + 1;
    }
    m->slots = slots;
    m->nslots = n;
    return 0;
}

int kri_constmap_add(KrArena *arena, KrConstMap *m, KrCodeConst *c)
{
    uint32_t h = (uint32_t)kri_const_hash(c);
    if (m->nslots) {
        for (uint32_t i = h & (uint32_t)(m->nslots - 1);; i = (i + 1) & (uint32_t)(m->nslots - 1)) {
            int slot = m->slots[i];
            if (!slot)
                break;
            if (kri_const_same(m->items[slot - 1], c))
                return slot - 1;
        }
    }
    void *items = (void *)m->items;
    if (grow(arena, &items, m->len, &m->cap, sizeof(KrCodeConst *)) < 0)
        return -1;
    m->items = items;
    m->items[m->len++] = c;
    if (m->len * 2 > m->nslots)
        return constmap_rehash(arena, m) < 0 ? -1 : m->len - 1;
    uint32_t i = h & (uint32_t)(m->nslots - 1);
    while (m->slots[i])
        i = (i + 1) & (uint32_t)(m->nslots - 1);
    m->slots[i] = m->len;
    return m->len - 1;
}

/* ---- errors ---- */

int kri_cg_no_memory(KrCompiler *c)
{
    if (c->err->kind == KR_ERR_NONE) {
        c->err->kind = KR_ERR_MEMORY;
        c->err->lineno = c->err->offset = KR_POS_NONE;
        c->err->end_lineno = c->err->end_offset = KR_POS_NONE;
    }
    return -1;
}

/* A SyntaxError at the current location, as CPython's compiler_error:
 * byte offsets plus one. */
int kri_cg_error(KrCompiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc((size_t)len + 1);
    if (!msg)
        return kri_cg_no_memory(c);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)len + 1, fmt, ap);
    va_end(ap);
    KrLoc loc = c->u->loc;
    c->err->kind = KR_ERR_SYNTAX;
    c->err->msg = msg;
    c->err->text = NULL;
    c->err->lineno = loc.lineno;
    c->err->offset = loc.col_offset + 1;
    c->err->end_lineno = loc.end_lineno;
    c->err->end_offset = loc.end_col_offset + 1;
    return -1;
}

int kri_cg_warn(KrCompiler *c, const char *fmt, ...)
{
    if (!c->warn_tail)
        return 0;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    KrCompileWarning *w = kri_arena_alloc(c->arena, sizeof(KrCompileWarning));
    char *msg = kri_arena_strndup(c->arena, buf, strlen(buf));
    if (!w || !msg)
        return kri_cg_no_memory(c);
    w->msg = msg;
    w->lineno = c->u->loc.lineno;
    w->next = NULL;
    *c->warn_tail = w;
    c->warn_tail = &w->next;
    return 0;
}

enum { CG_MAX_DEPTH = 4000 };

/* Counts nesting on entry to each statement, expression and pattern;
 * the symbol table already refuses 3000 levels, so this only guards the C
 * stack should a tree reach the code generator some other way. */
int kri_cg_enter_node(KrCompiler *c)
{
    if (++c->depth > CG_MAX_DEPTH) {
        c->err->kind = KR_ERR_RECURSION;
        c->err->msg = strdup("maximum recursion depth exceeded during compilation");
        c->err->lineno = c->err->offset = c->err->end_lineno = c->err->end_offset = KR_POS_NONE;
        return -1;
    }
    return 0;
}

const char *kri_cg_mangle(KrCompiler *c, const char *name)
{
    const char *m = kri_symtable_mangle(c->arena, c->u->private_name, name);
    if (!m)
        kri_cg_no_memory(c);
    return m;
}

/* ---- blocks and instructions ---- */

KrBlock *kri_cg_new_block(KrCompiler *c)
{
    KrBlock *b = kri_arena_alloc(c->arena, sizeof(KrBlock));
    if (!b) {
        kri_cg_no_memory(c);
        return NULL;
    }
    memset(b, 0, sizeof *b);
    b->list = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void kri_cg_use_block(KrCompiler *c, KrBlock *b)
{
    c->u->curblock->next = b;
    c->u->curblock = b;
}

int kri_cg_use_new_block(KrCompiler *c)
{
    KrBlock *b = kri_cg_new_block(c);
    if (!b)
        return -1;
    kri_cg_use_block(c, b);
    return 0;
}

/* Whether [b] ends in a jump or an exit, after which CPython starts a
 * new block (NEXT_BLOCK): instructions there are unreachable or are the
 * jump's fall-through successor. */
static bool ends_block(const KrBlock *b)
{
    if (b->iused == 0)
        return false;
    const KrInstr *last = &b->instr[b->iused - 1];
    return kri_flow_is_jump(last) || kri_flow_is_exit_opcode(last->opcode);
}

/* Appends to the current block, or to a fresh one when the current block
 * already ends in a jump or an exit (the code after it is unreachable or
 * the jump's fall-through successor). The instruction takes the current
 * location; CPython's *_NOLINE instructions have none at all, so that the
 * line passes give them a neighbour's. */
static int emit(KrCompiler *c, int opcode, int oparg, KrBlock *target, bool noline)
{
    KrUnit *u = c->u;
    if (ends_block(u->curblock))
        KR_TRY(kri_cg_use_new_block(c));
    KrBlock *b = u->curblock;
    if (b->iused == b->ialloc) {
        void *items = b->instr;
        if (grow(c->arena, &items, b->iused, &b->ialloc, sizeof(KrInstr)) < 0)
            return kri_cg_no_memory(c);
        b->instr = items;
    }
    KrInstr *i = &b->instr[b->iused++];
    i->opcode = opcode;
    i->oparg = oparg;
    i->loc = u->loc;
    if (noline) /* CPython's *_NOLINE */
        i->loc = (KrLoc){-1, -1, -1, -1};
    i->target = target;
    i->except = NULL;
    return 0;
}

int kri_cg_op(KrCompiler *c, int opcode)
{
    return emit(c, opcode, 0, NULL, false);
}

int kri_cg_opi(KrCompiler *c, int opcode, int oparg)
{
    return emit(c, opcode, oparg, NULL, false);
}

int kri_cg_op_noline(KrCompiler *c, int opcode, int oparg)
{
    return emit(c, opcode, oparg, NULL, true);
}

int kri_cg_jump(KrCompiler *c, int opcode, KrBlock *target)
{
    return emit(c, opcode, 0, target, false);
}

int kri_cg_jump_noline(KrCompiler *c, int opcode, KrBlock *target)
{
    return emit(c, opcode, 0, target, true);
}

int kri_cg_load_const(KrCompiler *c, KrCodeConst *value)
{
    if (!value)
        return kri_cg_no_memory(c);
    int idx = kri_constmap_add(c->arena, &c->u->consts, value);
    if (idx < 0)
        return kri_cg_no_memory(c);
    return kri_cg_opi(c, KR_OP_LOAD_CONST, idx);
}

int kri_cg_load_none(KrCompiler *c)
{
    return kri_cg_load_const(c, kri_const_new(c->arena, KR_CC_NONE));
}

int kri_cg_load_str(KrCompiler *c, const char *s)
{
    return kri_cg_load_const(c, kri_const_text(c->arena, KR_CC_STR, s, strlen(s)));
}

int kri_cg_op_name(KrCompiler *c, int opcode, const char *name, bool mangle)
{
    if (mangle && !(name = kri_cg_mangle(c, name)))
        return -1;
    int idx = kri_strmap_add(c->arena, &c->u->names, name);
    if (idx < 0)
        return kri_cg_no_memory(c);
    return kri_cg_opi(c, opcode, idx);
}

void kri_cg_set_loc(KrCompiler *c, int lineno, int col, int end_lineno, int end_col)
{
    c->u->loc.lineno = lineno;
    c->u->loc.col_offset = col;
    c->u->loc.end_lineno = end_lineno;
    c->u->loc.end_col_offset = end_col;
}

void kri_cg_unset_loc(KrCompiler *c)
{
    c->u->loc = (KrLoc){-1, -1, -1, -1};
}

/* ---- names ---- */

/* Where a name lives decides the instruction (CPython's compiler_nameop):
 *   FREE, CELL          *_DEREF (LOAD_CLASSDEREF in a class body, which looks
 *                       in the class namespace first), oparg = the cell
 *                       number, turned into a localsplus slot by assembly;
 *   LOCAL in a function *_FAST, the name added to co_varnames on first use;
 *   GLOBAL_EXPLICIT     *_GLOBAL everywhere; GLOBAL_IMPLICIT only in functions
 *                       (module and class bodies look names up by *_NAME);
 *   otherwise           *_NAME.
 * LOAD_GLOBAL's oparg is the name index shifted left: the low bit asks for a
 * NULL pushed first, set later by the PUSH_NULL peephole. */
int kri_cg_nameop(KrCompiler *c, const char *name, KrExprContext ctx)
{
    KrUnit *u = c->u;
    if (strcmp(name, "__debug__") == 0 && ctx != KR_AST_Load)
        return kri_cg_error(c, ctx == KR_AST_Store ? "cannot assign to __debug__"
                                                   : "cannot delete __debug__");
    const char *mangled = kri_cg_mangle(c, name);
    if (!mangled)
        return -1;
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    KrStrMap *dict = &u->names;
    bool function = u->ste->kind == KR_BLOCK_FUNCTION;
    switch (kri_symblock_scope(u->ste, mangled)) {
    case KR_SCOPE_FREE:
        dict = &u->freevars;
        optype = OP_DEREF;
        break;
    case KR_SCOPE_CELL:
        dict = &u->cellvars;
        optype = OP_DEREF;
        break;
    case KR_SCOPE_LOCAL:
        if (function)
            optype = OP_FAST;
        break;
    case KR_SCOPE_GLOBAL_IMPLICIT:
        if (function)
            optype = OP_GLOBAL;
        break;
    case KR_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    int op = 0;
    int which = ctx == KR_AST_Load ? 0 : ctx == KR_AST_Store ? 1 : 2;
    static const int ops[4][3] = {
        {KR_OP_LOAD_FAST, KR_OP_STORE_FAST, KR_OP_DELETE_FAST},
        {KR_OP_LOAD_GLOBAL, KR_OP_STORE_GLOBAL, KR_OP_DELETE_GLOBAL},
        {KR_OP_LOAD_DEREF, KR_OP_STORE_DEREF, KR_OP_DELETE_DEREF},
        {KR_OP_LOAD_NAME, KR_OP_STORE_NAME, KR_OP_DELETE_NAME},
    };
    op = ops[optype][which];
    if (op == KR_OP_LOAD_DEREF && u->ste->kind == KR_BLOCK_CLASS)
        op = KR_OP_LOAD_CLASSDEREF;
    if (optype == OP_FAST)
        dict = &u->varnames;
    int idx;
    if (optype == OP_DEREF) {
        idx = kri_strmap_find(dict, mangled);
        if (idx < 0) /* the symtable and the cell tables disagree */
            return kri_cg_error(c, "internal error: no cell for '%s'", mangled);
        if (dict == &u->freevars)
            idx += u->cellvars.len;
    } else {
        idx = kri_strmap_add(c->arena, dict, mangled);
        if (idx < 0)
            return kri_cg_no_memory(c);
    }
    if (op == KR_OP_LOAD_GLOBAL)
        idx <<= 1;
    return kri_cg_opi(c, op, idx);
}

/* ---- frame blocks ---- */

int kri_cg_push_fblock(KrCompiler *c, KrFBlockType t, KrBlock *b, KrBlock *exit,
                       const void *datum)
{
    KrUnit *u = c->u;
    if (u->nfblocks >= KR_MAX_BLOCKS)
        return kri_cg_error(c, "too many statically nested blocks");
    KrFBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

void kri_cg_pop_fblock(KrCompiler *c)
{
    c->u->nfblocks--;
}

/* ---- scopes ---- */

/* Python sorts names by code point, which is UTF-8 byte order. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* CPython's dictbytype: the names of [b] in [scope] (or with [flag]),
 * sorted, into [m]. */
static int names_by_scope(KrCompiler *c, KrStrMap *m, const KrSymBlock *b, KrSymScope scope,
                          unsigned flag)
{
    const char **names = kri_arena_alloc(c->arena, (size_t)(b->nsymbols + 1) * sizeof(char *));
    if (!names)
        return kri_cg_no_memory(c);
    int n = 0;
    for (int i = 0; i < b->nsymbols; i++) {
        const KrSymbol *s = b->symbols[i];
        if (s->scope == scope || (s->flags & flag))
            names[n++] = s->name;
    }
    qsort(names, (size_t)n, sizeof(char *), cmp_str);
    for (int i = 0; i < n; i++)
        if (kri_strmap_add(c->arena, m, names[i]) < 0)
            return kri_cg_no_memory(c);
    return 0;
}

/* a + b + d in the arena (qualified names). */
static const char *concat3(KrCompiler *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *s = kri_arena_alloc(c->arena, la + lb + ld + 1);
    if (!s) {
        kri_cg_no_memory(c);
        return NULL;
    }
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, d, ld + 1);
    return s;
}

/* co_qualname: the parent's qualname, ".<locals>" after a function's, then
 * the name; a def or class declared global keeps its bare name. */
static int set_qualname(KrCompiler *c)
{
    KrUnit *u = c->u, *parent = u->parent;
    u->qualname = u->name;
    if (!parent || !parent->parent)
        return 0;
    if (u->scope_type == KR_SCOPE_TYPE_FUNCTION || u->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION ||
        u->scope_type == KR_SCOPE_TYPE_CLASS) {
        const char *mangled = kri_symtable_mangle(c->arena, parent->private_name, u->name);
        if (!mangled)
            return kri_cg_no_memory(c);
        if (kri_symblock_scope(parent->ste, mangled) == KR_SCOPE_GLOBAL_EXPLICIT)
            return 0;
    }
    bool fn = parent->scope_type == KR_SCOPE_TYPE_FUNCTION ||
              parent->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION ||
              parent->scope_type == KR_SCOPE_TYPE_LAMBDA;
    u->qualname = concat3(c, parent->qualname, fn ? ".<locals>." : ".", u->name);
    return u->qualname ? 0 : -1;
}

/* A new unit for the scope of [node]. Its tables start as CPython's do:
 * co_varnames holds the parameters only (other locals join as code uses
 * them), the cells and free variables are sorted. The unit's location
 * starts at (lineno, lineno, 0, 0), which is where RESUME sits; a module's
 * RESUME is on line 0, and its later artificial code has no line. */
int kri_cg_enter_scope(KrCompiler *c, const char *name, KrScopeType type, const void *node,
                       int lineno)
{
    KrUnit *u = kri_arena_alloc(c->arena, sizeof(KrUnit));
    if (!u)
        return kri_cg_no_memory(c);
    memset(u, 0, sizeof *u);
    u->scope_type = type;
    u->name = name;
    u->ste = kri_symtable_block(c->st, node);
    if (!u->ste) {
        c->err->kind = KR_ERR_SYNTAX;
        c->err->msg = strdup("internal error: no symbol table block");
        return -1;
    }
    for (int i = 0; i < u->ste->nparams; i++)
        if (kri_strmap_add(c->arena, &u->varnames, u->ste->params[i]) < 0)
            return kri_cg_no_memory(c);
    KR_TRY(names_by_scope(c, &u->cellvars, u->ste, KR_SCOPE_CELL, 0));
    if (u->ste->needs_class_closure && kri_strmap_add(c->arena, &u->cellvars, "__class__") < 0)
        return kri_cg_no_memory(c);
    KR_TRY(names_by_scope(c, &u->freevars, u->ste, KR_SCOPE_FREE, KR_SYM_FREE_CLASS));
    u->firstlineno = lineno;
    u->loc = (KrLoc){lineno, lineno, 0, 0};
    if (c->u)
        u->private_name = c->u->private_name;
    u->parent = c->u;
    c->u = u;
    c->nestlevel++;
    u->curblock = kri_cg_new_block(c);
    if (!u->curblock)
        return -1;
    if (type == KR_SCOPE_TYPE_MODULE)
        u->loc.lineno = 0;
    else
        KR_TRY(set_qualname(c));
    KR_TRY(kri_cg_opi(c, KR_OP_RESUME, 0));
    if (type == KR_SCOPE_TYPE_MODULE)
        u->loc.lineno = -1;
    return 0;
}

void kri_cg_drop_scope(KrCompiler *c)
{
    c->nestlevel--;
    c->u = c->u->parent;
}

KrCodeUnit *kri_cg_exit_scope(KrCompiler *c, bool add_none)
{
    KrCodeUnit *co = kri_assemble(c, add_none);
    kri_cg_drop_scope(c);
    return co;
}

/* ---- bodies ---- */

bool kri_cg_is_docstring(const KrStmtSeq *body)
{
    if (!body || body->len == 0)
        return false;
    const KrStmt *s = body->items[0];
    return s->kind == KR_AST_Expr && s->v.Expr.value->kind == KR_AST_Constant &&
           kri_const_expr_kind(s->v.Expr.value) == KR_CONST_STR;
}

int kri_cg_stmts(KrCompiler *c, KrStmtSeq *body)
{
    for (ptrdiff_t i = 0; body && i < body->len; i++)
        KR_TRY(kri_cg_stmt(c, body->items[i]));
    return 0;
}

/* Whether an annotated assignment appears in [body] outside nested scopes
 * (CPython's find_ann; it does not look into match statements). */
bool kri_cg_find_ann(KrStmtSeq *body)
{
    for (ptrdiff_t i = 0; body && i < body->len; i++) {
        KrStmt *s = body->items[i];
        bool res = false;
        switch (s->kind) {
        case KR_AST_AnnAssign: return true;
        case KR_AST_For:
        case KR_AST_AsyncFor:
            res = kri_cg_find_ann(s->v.For.body) || kri_cg_find_ann(s->v.For.orelse);
            break;
        case KR_AST_While:
        case KR_AST_If:
            res = kri_cg_find_ann(s->v.If.body) || kri_cg_find_ann(s->v.If.orelse);
            break;
        case KR_AST_With:
        case KR_AST_AsyncWith: res = kri_cg_find_ann(s->v.With.body); break;
        case KR_AST_Try:
        case KR_AST_TryStar:
            for (ptrdiff_t j = 0; s->v.Try.handlers && j < s->v.Try.handlers->len; j++)
                if (kri_cg_find_ann(s->v.Try.handlers->items[j]->v.ExceptHandler.body))
                    return true;
            res = kri_cg_find_ann(s->v.Try.body) || kri_cg_find_ann(s->v.Try.finalbody) ||
                  kri_cg_find_ann(s->v.Try.orelse);
            break;
        default: break;
        }
        if (res)
            return true;
    }
    return false;
}

/* A module or class body: SETUP_ANNOTATIONS when something is annotated,
 * the docstring stored as __doc__ (not under -OO), then the statements. */
int kri_cg_body(KrCompiler *c, KrStmtSeq *body)
{
    ptrdiff_t i = 0;
    if (c->u->scope_type == KR_SCOPE_TYPE_MODULE && body && body->len)
        KR_SET_LOC(c, body->items[0]);
    if (kri_cg_find_ann(body))
        KR_TRY(kri_cg_op(c, KR_OP_SETUP_ANNOTATIONS));
    if (!body || body->len == 0)
        return 0;
    if (c->optimize < 2 && kri_cg_is_docstring(body)) {
        i = 1;
        KrStmt *s = body->items[0];
        KR_TRY(kri_cg_expr(c, s->v.Expr.value));
        kri_cg_unset_loc(c);
        KR_TRY(kri_cg_nameop(c, "__doc__", KR_AST_Store));
    }
    for (; i < body->len; i++)
        KR_TRY(kri_cg_stmt(c, body->items[i]));
    return 0;
}

/* ---- the entry point ---- */

/* The module unit: compile()'s exec, single and eval modes. */
static KrCodeUnit *compile_mod(KrCompiler *c, KrMod *mod)
{
    bool add_none = true;
    if (kri_cg_enter_scope(c, "<module>", KR_SCOPE_TYPE_MODULE, mod, 1) < 0)
        return NULL;
    c->u->loc.lineno = 1;
    int rc = 0;
    switch (mod->kind) {
    case KR_AST_Module: rc = kri_cg_body(c, mod->v.Module.body); break;
    case KR_AST_Interactive:
        if (kri_cg_find_ann(mod->v.Interactive.body))
            rc = kri_cg_op(c, KR_OP_SETUP_ANNOTATIONS);
        c->interactive = true;
        if (rc == 0)
            rc = kri_cg_stmts(c, mod->v.Interactive.body);
        break;
    case KR_AST_Expression:
        rc = kri_cg_expr(c, mod->v.Expression.body);
        add_none = false;
        break;
    default: rc = kri_cg_error(c, "unsupported module kind"); break;
    }
    if (rc < 0) {
        kri_cg_drop_scope(c);
        return NULL;
    }
    return kri_cg_exit_scope(c, add_none);
}

KrCodeUnit *kri_compile_module(KrArena *arena, KrMod *mod, const char *filename, int flags,
                               int optimize, KrSyntaxError *err)
{
    return kri_compile_module_ex(arena, mod, filename, flags, optimize, NULL, err);
}

/* CPython's order: future statements (their errors first), the AST
 * optimizer, the symbol table (which reads the future statements again),
 * then code generation. */
KrCodeUnit *kri_compile_module_ex(KrArena *arena, KrMod *mod, const char *filename, int flags,
                                  int optimize, KrCompileWarning **warnings, KrSyntaxError *err)
{
    if (warnings)
        *warnings = NULL;
    KrFuture future;
    if (kri_future_parse(mod, &future, err) < 0)
        return NULL;
    int merged = (future.features | flags) & KR_CO_FUTURE_MASK;
    if (kri_fold_module(arena, mod, optimize, merged, err) < 0)
        return NULL;
    KrSymtable *st = kri_symtable_build(arena, mod, merged, err);
    if (!st)
        return NULL;
    KrCompiler c;
    memset(&c, 0, sizeof c);
    c.arena = arena;
    c.st = st;
    c.filename = kri_arena_strndup(arena, filename, strlen(filename));
    c.flags = merged | st->future.features;
    c.optimize = optimize;
    c.future_lineno = st->future.lineno;
    c.err = err;
    c.warn_tail = warnings;
    if (!c.filename) {
        kri_cg_no_memory(&c);
        return NULL;
    }
    KrCodeUnit *co = compile_mod(&c, mod);
    if (!co && err->kind == KR_ERR_NONE)
        kri_cg_no_memory(&c);
    if (co && arena->oom) {
        kri_cg_no_memory(&c);
        return NULL;
    }
    return co;
}
