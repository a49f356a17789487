/* The symbol table's data and its second pass. Each block keeps its
 * symbols in an array in order of first mention, which is the order of
 * CPython's dict and the order its symtable module shows, with an
 * open-addressing index over it; symtable_walk.c fills them (the first
 * pass), then the analysis below gives every symbol its scope, as CPython
 * 3.11's analyze_block does: top down, each name resolved against the
 * blocks around it; bottom up, the names inner blocks leave free become
 * cells of the function that binds them, or pass through the blocks in
 * between. Invariants: a symbol's name is mangled; every symbol of a
 * block reachable from the module has a scope once the build succeeds;
 * nothing changes after that. See docs/internals/symtable.md. */
#include "compiler/compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The second pass's state. */
typedef struct Analysis {
    KrArena *arena;
    KrSyntaxError *err;
} Analysis;

/* ---- errors ---- */

int kri_symtable_verror(KrSyntaxError *err, KrErrorKind kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int len = vsnprintf(NULL, 0, fmt, ap);
    char *msg = len >= 0 ? malloc((size_t)len + 1) : NULL;
    if (msg)
        vsnprintf(msg, (size_t)len + 1, fmt, again);
    va_end(again);
    err->kind = msg ? kind : KR_ERR_MEMORY;
    err->msg = msg;
    err->text = NULL;
    /* SyntaxError's offsets are 1-based; other errors have no position. */
    bool placed = msg && kind == KR_ERR_SYNTAX;
    err->lineno = placed ? lineno : KR_POS_NONE;
    err->offset = placed ? col + 1 : KR_POS_NONE;
    err->end_lineno = placed ? end_lineno : KR_POS_NONE;
    err->end_offset = placed ? end_col + 1 : KR_POS_NONE;
    return -1;
}

int kri_symtable_no_memory(KrSyntaxError *err)
{
    err->kind = KR_ERR_MEMORY;
    err->msg = strdup(""); /* may be NULL: a MemoryError's message may be */
    err->text = NULL;
    err->lineno = err->offset = err->end_lineno = err->end_offset = KR_POS_NONE;
    return -1;
}

static int analysis_error(Analysis *an, int lineno, int col, int end_lineno, int end_col,
                          const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static int analysis_error(Analysis *an, int lineno, int col, int end_lineno, int end_col,
                          const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kri_symtable_verror(an->err, KR_ERR_SYNTAX, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return -1;
}

/* A SyntaxError at the first global or nonlocal declaration of [name] in
 * [b] (CPython's error_at_directive); [msg] may show [name] with %s. The
 * walk records a declaration for every global and nonlocal flag (CPython
 * would raise RuntimeError if one were missing). */
static int directive_error(Analysis *an, const KrSymBlock *b, const char *name, const char *msg)
    __attribute__((format(printf, 4, 0)));
static int directive_error(Analysis *an, const KrSymBlock *b, const char *name, const char *msg)
{
    const struct KrSymDirective *d = b->directives;
    while (d && strcmp(d->name, name) != 0)
        d = d->next;
    if (!d)
        return analysis_error(an, 0, -1, 0, -1, msg, name);
    return analysis_error(an, d->lineno, d->col_offset, d->end_lineno, d->end_col_offset, msg,
                          name);
}

/* ---- symbols ---- */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The index is open addressing with linear probing; a slot holds 1 + the
 * symbol's position, so that 0 marks it free. Symbols are never removed. */
KrSymbol *kri_symtable_find(const KrSymBlock *b, const char *name)
{
    if (!b->index_cap)
        return NULL;
    size_t mask = (size_t)b->index_cap - 1;
    for (size_t i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int slot = b->index[i];
        if (!slot)
            return NULL;
        if (strcmp(b->symbols[slot - 1]->name, name) == 0)
            return b->symbols[slot - 1];
    }
}

/* A copy of the [len] items of [size] bytes at [old] with room for twice
 * as many (at least 8), in [arena]; *[cap] is updated. The old copy stays
 * in the arena: growth by doubling wastes at most what the array uses. */
static void *grow_array(KrArena *arena, const void *old, int len, int *cap, size_t size)
{
    int new_cap = *cap ? *cap * 2 : 8;
    void *items = kri_arena_alloc(arena, (size_t)new_cap * size);
    if (!items)
        return NULL;
    if (len)
        memcpy(items, old, (size_t)len * size);
    *cap = new_cap;
    return items;
}

/* Rebuilds [b]'s hash index with room for its symbols at half load. */
static int reindex(KrArena *arena, KrSymBlock *b)
{
    int cap = b->index_cap ? b->index_cap : 16;
    while (cap < 2 * (b->nsymbols + 1))
        cap *= 2;
    int *index = kri_arena_alloc(arena, (size_t)cap * sizeof *index);
    if (!index)
        return -1;
    memset(index, 0, (size_t)cap * sizeof *index);
    size_t mask = (size_t)cap - 1;
    for (int k = 0; k < b->nsymbols; k++) {
        size_t i = name_hash(b->symbols[k]->name) & mask;
        while (index[i])
            i = (i + 1) & mask;
        index[i] = k + 1;
    }
    b->index = index;
    b->index_cap = cap;
    return 0;
}

/* Appends a symbol [name] (already mangled, not in [b]) with no flags. */
KrSymbol *kri_symtable_add(KrArena *arena, KrSymBlock *b, const char *name)
{
    if (b->nsymbols == b->symbols_cap) {
        KrSymbol **items =
            grow_array(arena, b->symbols, b->nsymbols, &b->symbols_cap, sizeof *items);
        if (!items)
            return NULL;
        b->symbols = items;
    }
    KrSymbol *sym = kri_arena_alloc(arena, sizeof *sym);
    if (!sym)
        return NULL;
    sym->name = name;
    sym->flags = 0;
    sym->scope = KR_SCOPE_NONE;
    b->symbols[b->nsymbols++] = sym;
    if (2 * b->nsymbols > b->index_cap)
        return reindex(arena, b) < 0 ? NULL : sym;
    size_t mask = (size_t)b->index_cap - 1;
    size_t i = name_hash(name) & mask;
    while (b->index[i])
        i = (i + 1) & mask;
    b->index[i] = b->nsymbols;
    return sym;
}

int kri_symtable_add_param(KrArena *arena, KrSymBlock *b, const char *name)
{
    if (b->nparams == b->params_cap) {
        const char **items = grow_array(arena, b->params, b->nparams, &b->params_cap, sizeof *items);
        if (!items)
            return -1;
        b->params = items;
    }
    b->params[b->nparams++] = name;
    return 0;
}

/* ---- analysis ----
 * CPython passes each block copies of two sets, the names bound in
 * enclosing functions ("bound") and the names declared global above
 * ("global"), updated block by block. Both are recomputed here on demand
 * from the enclosing blocks, whose names are resolved first: a function
 * adds its locals to bound and removes its explicit globals from it, and
 * adds its explicit globals to global and removes its locals from it; a
 * class passes down what it received, plus __class__ in bound; the
 * module's bound is empty. */

static bool is_local(const KrSymbol *sym)
{
    return sym->scope == KR_SCOPE_LOCAL || sym->scope == KR_SCOPE_CELL;
}

/* Whether [name] is in the bound set [b] receives ([b] not the module). */
static bool in_bound(const KrSymBlock *b, const char *name)
{
    for (const KrSymBlock *p = b->parent; p; p = p->parent) {
        if (p->kind == KR_BLOCK_CLASS) {
            if (strcmp(name, "__class__") == 0)
                return true;
            continue;
        }
        if (p->kind == KR_BLOCK_MODULE)
            return false;
        const KrSymbol *sym = kri_symtable_find(p, name);
        if (sym && (sym->flags & KR_SYM_GLOBAL))
            return false;
        if (sym && is_local(sym))
            return true;
    }
    return false;
}

/* Whether [name] is in the global set [b] receives. */
static bool in_global(const KrSymBlock *b, const char *name)
{
    for (const KrSymBlock *p = b->parent; p; p = p->parent) {
        if (p->kind == KR_BLOCK_CLASS)
            continue;
        const KrSymbol *sym = kri_symtable_find(p, name);
        if (sym && (sym->flags & KR_SYM_GLOBAL))
            return true;
        if (sym && is_local(sym))
            return false;
    }
    return false;
}

/* The scope of one symbol from its flags and the enclosing blocks
 * (CPython's analyze_name). */
static int analyze_name(Analysis *an, KrSymBlock *b, KrSymbol *sym)
{
    unsigned flags = sym->flags;
    if (flags & KR_SYM_GLOBAL) {
        if (flags & KR_SYM_NONLOCAL)
            return directive_error(an, b, sym->name, "name '%s' is nonlocal and global");
        sym->scope = KR_SCOPE_GLOBAL_EXPLICIT;
    } else if (flags & KR_SYM_NONLOCAL) {
        if (b->kind == KR_BLOCK_MODULE)
            return directive_error(an, b, sym->name,
                                   "nonlocal declaration not allowed at module level");
        if (!in_bound(b, sym->name))
            return directive_error(an, b, sym->name, "no binding for nonlocal '%s' found");
        sym->scope = KR_SCOPE_FREE;
        b->has_free = true;
    } else if (flags & KR_SYM_BOUND) {
        sym->scope = KR_SCOPE_LOCAL;
    } else if (b->kind != KR_BLOCK_MODULE && in_bound(b, sym->name)) {
        sym->scope = KR_SCOPE_FREE;
        b->has_free = true;
    } else {
        /* A global a nested block reads counts as free for has_free,
         * unless some enclosing block declared it global. */
        if (!in_global(b, sym->name) && b->nested)
            b->has_free = true;
        sym->scope = KR_SCOPE_GLOBAL_IMPLICIT;
    }
    return 0;
}

/* [name] is free in a child of [b]. A function's local becomes a cell; a
 * class keeps __class__ for itself (its methods' super) and marks its own
 * bindings of the name FREE_CLASS; a name [b] does not mention is passed
 * through as free, unless it is global here (CPython's analyze_cells,
 * drop_class_free and update_symbols). */
static int pass_free(Analysis *an, KrSymBlock *b, const char *name)
{
    KrSymbol *sym = kri_symtable_find(b, name);
    if (b->kind == KR_BLOCK_FUNCTION && sym && sym->scope == KR_SCOPE_LOCAL) {
        sym->scope = KR_SCOPE_CELL;
        return 0;
    }
    if (b->kind == KR_BLOCK_CLASS && strcmp(name, "__class__") == 0) {
        b->needs_class_closure = true;
        return 0;
    }
    if (sym) {
        if (b->kind == KR_BLOCK_CLASS && (sym->flags & (KR_SYM_BOUND | KR_SYM_GLOBAL)))
            sym->flags |= KR_SYM_FREE_CLASS;
        return 0;
    }
    if (b->kind != KR_BLOCK_MODULE && !in_bound(b, name))
        return 0;
    if (!(sym = kri_symtable_add(an->arena, b, name)))
        return kri_symtable_no_memory(an->err);
    sym->scope = KR_SCOPE_FREE;
    return 0;
}

static int compare_symbol_names(const void *a, const void *b)
{
    return strcmp((*(KrSymbol *const *)a)->name, (*(KrSymbol *const *)b)->name);
}

/* What a child leaves free for its parent: its FREE names, and for a
 * class the names it binds that its methods need from further out. */
static bool left_free(const KrSymBlock *child, const KrSymbol *sym)
{
    return sym->scope == KR_SCOPE_FREE ||
           (child->kind == KR_BLOCK_CLASS && (sym->flags & KR_SYM_FREE_CLASS));
}

/* Resolves [b]'s names, then its children's (which need [b]'s resolved),
 * then takes in what the children leave free. */
static int analyze_block(Analysis *an, KrSymBlock *b)
{
    for (int i = 0; i < b->nsymbols; i++) {
        if (analyze_name(an, b, b->symbols[i]) < 0)
            return -1;
    }
    for (KrSymBlock *c = b->first_child; c; c = c->next_sibling) {
        if (analyze_block(an, c) < 0)
            return -1;
        if (c->has_free || c->child_free)
            b->child_free = true;
    }
    int first_passed = b->nsymbols;
    for (KrSymBlock *c = b->first_child; c; c = c->next_sibling) {
        for (int i = 0; i < c->nsymbols; i++) {
            if (left_free(c, c->symbols[i]) && pass_free(an, b, c->symbols[i]->name) < 0)
                return -1;
        }
    }
    if (b->nsymbols - first_passed < 2)
        return 0;
    /* CPython appends them in the order of a set; sorted is reproducible. */
    qsort(b->symbols + first_passed, (size_t)(b->nsymbols - first_passed), sizeof *b->symbols,
          compare_symbol_names);
    return reindex(an->arena, b) < 0 ? kri_symtable_no_memory(an->err) : 0;
}

/* ---- results ---- */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of [b]'s symbols that [keep] selects, in symbol order, after
 * the [nfirst] names [first]; NULL with *[n] = 0 when there are none. */
static const char **collect_names(Analysis *an, const KrSymBlock *b, const char **first,
                                  int nfirst, bool (*keep)(const KrSymbol *), int *n)
{
    const char **names = kri_arena_alloc(an->arena, (size_t)(b->nsymbols + nfirst + 1) *
                                                        sizeof *names);
    if (!names) {
        kri_symtable_no_memory(an->err);
        return NULL;
    }
    int len = 0;
    for (int i = 0; i < nfirst; i++)
        names[len++] = first[i];
    for (int i = 0; i < b->nsymbols; i++) {
        if (keep(b->symbols[i]))
            names[len++] = b->symbols[i]->name;
    }
    *n = len;
    return names;
}

static bool is_plain_local(const KrSymbol *sym)
{
    return sym->scope == KR_SCOPE_LOCAL && !(sym->flags & KR_SYM_PARAM);
}

static bool is_cell(const KrSymbol *sym)
{
    return sym->scope == KR_SCOPE_CELL;
}

static bool is_free_var(const KrSymbol *sym)
{
    return sym->scope == KR_SCOPE_FREE || (sym->flags & KR_SYM_FREE_CLASS);
}

/* co_cellvars as CPython 3.11 orders them: the parameters that are cells
 * in parameter order, then the other cells sorted (the code generator
 * numbers cells in sorted order, the assembler moves parameters first); a
 * class's only cell is __class__. */
static int collect_cells(Analysis *an, KrSymBlock *b)
{
    const char **cells = collect_names(an, b, NULL, 0, is_cell, &b->ncellvars);
    const char **out = kri_arena_alloc(an->arena, (size_t)(b->ncellvars + 1) * sizeof *out);
    if (!cells || !out)
        return kri_symtable_no_memory(an->err);
    qsort(cells, (size_t)b->ncellvars, sizeof *cells, compare_names);
    int n = 0;
    if (b->needs_class_closure)
        out[n++] = "__class__";
    for (int i = 0; i < b->nparams; i++) {
        if (kri_symtable_find(b, b->params[i])->scope == KR_SCOPE_CELL)
            out[n++] = b->params[i];
    }
    for (int i = 0; i < b->ncellvars; i++) {
        if (!(kri_symtable_find(b, cells[i])->flags & KR_SYM_PARAM))
            out[n++] = cells[i];
    }
    b->cellvars = out;
    b->ncellvars = n;
    return 0;
}

/* varnames, cellvars and freevars of [b]; freevars sorted, as CPython's
 * code generator builds them (dictbytype). */
static int finish_block(Analysis *an, KrSymBlock *b)
{
    if (b->kind == KR_BLOCK_FUNCTION &&
        !(b->varnames = collect_names(an, b, b->params, b->nparams, is_plain_local, &b->nvarnames)))
        return -1;
    if (collect_cells(an, b) < 0 ||
        !(b->freevars = collect_names(an, b, NULL, 0, is_free_var, &b->nfreevars)))
        return -1;
    qsort(b->freevars, (size_t)b->nfreevars, sizeof *b->freevars, compare_names);
    return 0;
}

/* The node map: open addressing on the node's address, multiplied by the
 * golden ratio so that arena neighbours spread over the table. */
static size_t node_slot(const KrSymtable *st, const void *node)
{
    uint64_t h = (uint64_t)(uintptr_t)node * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 32) & (st->map_cap - 1);
}

static void map_block(KrSymtable *st, KrSymBlock *b)
{
    size_t i = node_slot(st, b->node);
    while (st->map_nodes[i])
        i = (i + 1) & (st->map_cap - 1);
    st->map_nodes[i] = b->node;
    st->map_blocks[i] = b;
}

/* Blocks reachable from [b]: annotation blocks and what they hold are not. */
static int count_blocks(const KrSymBlock *b)
{
    int n = 1;
    for (const KrSymBlock *c = b->first_child; c; c = c->next_sibling)
        n += count_blocks(c);
    return n;
}

static int finish_tree(Analysis *an, KrSymtable *st, KrSymBlock *b)
{
    if (finish_block(an, b) < 0)
        return -1;
    map_block(st, b);
    for (KrSymBlock *c = b->first_child; c; c = c->next_sibling) {
        if (finish_tree(an, st, c) < 0)
            return -1;
    }
    return 0;
}

/* Fills the per-block results and the node -> block map. */
static int finish(Analysis *an, KrSymtable *st)
{
    st->nblocks = count_blocks(st->top);
    st->map_cap = 16;
    while (st->map_cap < 2 * (size_t)st->nblocks)
        st->map_cap *= 2;
    st->map_nodes = kri_arena_alloc(an->arena, st->map_cap * sizeof *st->map_nodes);
    st->map_blocks = kri_arena_alloc(an->arena, st->map_cap * sizeof *st->map_blocks);
    if (!st->map_nodes || !st->map_blocks)
        return kri_symtable_no_memory(an->err);
    memset(st->map_nodes, 0, st->map_cap * sizeof *st->map_nodes);
    return finish_tree(an, st, st->top);
}

KrSymBlock *kri_symtable_block(const KrSymtable *st, const void *node)
{
    if (!node)
        return NULL;
    for (size_t i = node_slot(st, node);; i = (i + 1) & (st->map_cap - 1)) {
        if (st->map_nodes[i] == node)
            return st->map_blocks[i];
        if (!st->map_nodes[i])
            return NULL;
    }
}

KrSymtable *kri_symtable_build(KrArena *arena, const KrMod *mod, int flags, KrSyntaxError *err)
{
    KrSymtable *st = kri_arena_alloc(arena, sizeof *st);
    if (!st) {
        kri_symtable_no_memory(err);
        return NULL;
    }
    memset(st, 0, sizeof *st);
    /* CPython reads the future statements first, then merges compile()'s
     * flags, and the walk sees both. */
    if (kri_future_parse(mod, &st->future, err) < 0)
        return NULL;
    st->future.features |= flags;
    if (!(st->top = kri_symtable_walk(arena, st, mod, err)))
        return NULL;
    Analysis an = {.arena = arena, .err = err};
    if (analyze_block(&an, st->top) < 0 || finish(&an, st) < 0)
        return NULL;
    return st;
}

const KrSymbol *kri_symblock_lookup(const KrSymBlock *b, const char *name)
{
    return kri_symtable_find(b, name);
}

KrSymScope kri_symblock_scope(const KrSymBlock *b, const char *name)
{
    const KrSymbol *sym = kri_symtable_find(b, name);
    return sym ? sym->scope : KR_SCOPE_NONE;
}

const char *kri_symtable_mangle(KrArena *arena, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_')
        return name;
    size_t len = strlen(name);
    if ((name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t plen = strlen(private_name);
    char *out = kri_arena_alloc(arena, 1 + plen + len + 1);
    if (!out)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, plen);
    memcpy(out + 1 + plen, name, len + 1);
    return out;
}
