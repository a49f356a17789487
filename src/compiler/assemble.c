/* The assembler: from a unit's blocks to a KrCodeUnit, in CPython 3.11's
 * order of passes. It adds the prefix instructions (COPY_FREE_VARS,
 * MAKE_CELL, RETURN_GENERATOR), maps cell and free variable numbers to
 * localsplus slots, runs the flow-graph passes, computes the stack depth,
 * labels every instruction with its exception handler, lays the blocks
 * out (jump directions and offsets, EXTENDED_ARG, CACHE units), and writes
 * the exception table and the location table in 3.11's formats
 * (Objects/exception_handling_notes.txt and Objects/locations.md).
 * Invariant: jump offsets are recomputed until no EXTENDED_ARG changes a
 * size, so every oparg fits the prefixes counted for it.
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- the handler stack of label_exception_targets ---- */

typedef struct KrExceptStack {
    KrBlock *handlers[KR_MAX_BLOCKS + 1];
    int depth;
} KrExceptStack;

/* A handler stack, empty or a copy of [copy]. */
static KrExceptStack *new_except_stack(KrCompiler *c, const KrExceptStack *copy)
{
    KrExceptStack *s = kri_arena_alloc(c->arena, sizeof(KrExceptStack));
    if (!s) {
        kri_cg_no_memory(c);
        return NULL;
    }
    if (copy) {
        *s = *copy;
    } else {
        s->depth = 0;
        s->handlers[0] = NULL;
    }
    return s;
}

/* Whether control can run off the end of [b]. */
static bool has_fallthrough(KrBlock *b)
{
    if (b->iused == 0)
        return true;
    int op = b->instr[b->iused - 1].opcode;
    return !(op == KR_OP_JUMP || op == KR_OP_JUMP_NO_INTERRUPT || kri_flow_is_exit_opcode(op));
}

/* Gives every instruction the handler in force where it runs, following
 * control flow from the entry (SETUP_* push a handler, POP_BLOCK pops). */
static int label_exception_targets(KrCompiler *c, KrBlock *entry)
{
    int n = 0;
    for (KrBlock *b = entry; b; b = b->next) {
        b->visited = false;
        n++;
    }
    KrBlock **todo_stack = malloc((size_t)(n + 1) * sizeof(KrBlock *));
    if (!todo_stack)
        return kri_cg_no_memory(c);
    KrBlock **todo = todo_stack;
    entry->exceptstack = new_except_stack(c, NULL);
    if (!entry->exceptstack)
        goto fail;
    entry->visited = true;
    *todo++ = entry;
    while (todo > todo_stack) {
        KrBlock *b = *--todo;
        KrExceptStack *stack = b->exceptstack;
        b->exceptstack = NULL;
        KrBlock *handler = stack->handlers[stack->depth];
        for (int i = 0; i < b->iused; i++) {
            KrInstr *ins = &b->instr[i];
            if (kri_flow_is_block_push(ins)) {
                if (!ins->target->visited) {
                    if (!(ins->target->exceptstack = new_except_stack(c, stack)))
                        goto fail;
                    ins->target->visited = true;
                    *todo++ = ins->target;
                }
                if (ins->opcode == KR_OP_SETUP_WITH || ins->opcode == KR_OP_SETUP_CLEANUP)
                    ins->target->preserve_lasti = true;
                if (stack->depth == KR_MAX_BLOCKS) { /* code generation bounds this */
                    kri_cg_unset_loc(c);
                    if (kri_cg_error(c, "too many statically nested blocks") < 0)
                        goto fail;
                }
                stack->handlers[++stack->depth] = ins->target;
                handler = ins->target;
            } else if (ins->opcode == KR_OP_POP_BLOCK) {
                handler = stack->handlers[--stack->depth];
            } else if (kri_flow_is_jump(ins)) {
                ins->except = handler;
                if (!ins->target->visited) {
                    if (has_fallthrough(b)) {
                        if (!(ins->target->exceptstack = new_except_stack(c, stack)))
                            goto fail;
                    } else {
                        ins->target->exceptstack = stack;
                        stack = NULL;
                    }
                    ins->target->visited = true;
                    *todo++ = ins->target;
                }
            } else {
                if (ins->opcode == KR_OP_YIELD_VALUE)
                    ins->oparg = stack->depth;
                ins->except = handler;
            }
        }
        if (has_fallthrough(b) && b->next && !b->next->visited) {
            b->next->exceptstack = stack;
            b->next->visited = true;
            *todo++ = b->next;
        }
    }
    free(todo_stack);
    return 0;
fail:
    free(todo_stack);
    return -1;
}

/* SETUP_* and POP_BLOCK have done their work once instructions know
 * their handlers; as NOPs they may still carry a line. */
static void convert_handlers_to_nops(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++)
            if (kri_flow_is_block_push(&b->instr[i]) || b->instr[i].opcode == KR_OP_POP_BLOCK)
                b->instr[i].opcode = KR_OP_NOP;
}

/* ---- stack depth ---- */

/* The deepest the stack gets, following every path from the entry with
 * each instruction's stack effect (and its effect when jumping). */
static int stackdepth(KrCompiler *c, KrBlock *entry, bool generator)
{
    int n = 0;
    for (KrBlock *b = c->u->blocks; b; b = b->list) {
        b->startdepth = INT_MIN;
        n++;
    }
    KrBlock **stack = malloc((size_t)(n + 1) * sizeof(KrBlock *));
    if (!stack)
        return kri_cg_no_memory(c);
    KrBlock **sp = stack;
    int maxdepth = 0;
#define PUSH_BLOCK(blk, depth)                                                               \
    do {                                                                                     \
        if ((blk)->startdepth < (depth)) {                                                   \
            (blk)->startdepth = (depth);                                                     \
            *sp++ = (blk);                                                                   \
        }                                                                                    \
    } while (0)
    PUSH_BLOCK(entry, generator ? 1 : 0);
    while (sp != stack) {
        KrBlock *b = *--sp;
        int depth = b->startdepth;
        KrBlock *next = b->next;
        for (int i = 0; i < b->iused; i++) {
            KrInstr *ins = &b->instr[i];
            int new_depth = depth + kri_flow_stack_effect(ins->opcode, ins->oparg, 0);
            if (new_depth > maxdepth)
                maxdepth = new_depth;
            if (kri_flow_is_jump(ins) || kri_flow_is_block_push(ins)) {
                int target_depth = depth + kri_flow_stack_effect(ins->opcode, ins->oparg, 1);
                if (target_depth > maxdepth)
                    maxdepth = target_depth;
                PUSH_BLOCK(ins->target, target_depth);
            }
            depth = new_depth;
            if (ins->opcode == KR_OP_JUMP_NO_INTERRUPT || ins->opcode == KR_OP_JUMP ||
                kri_flow_is_exit_opcode(ins->opcode)) {
                next = NULL; /* the rest is dead */
                break;
            }
        }
        if (next)
            PUSH_BLOCK(next, depth);
    }
#undef PUSH_BLOCK
    free(stack);
    return maxdepth;
}

/* ---- layout ---- */

/* Code units of an instruction: EXTENDED_ARGs, itself, its caches. */
static int instr_size(const KrInstr *ins)
{
    int oparg = ins->opcode >= KR_OP_HAVE_ARGUMENT ? ins->oparg : 0;
    int extended = (oparg > 0xFFFFFF) + (oparg > 0xFFFF) + (oparg > 0xFF);
    return extended + 1 + kri_unit_cache_entries(ins->opcode);
}

/* Virtual jumps become forward or backward ones: a jump to a block laid
 * out at or before its own is backward. */
static void normalize_jumps(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next)
        b->visited = false;
    for (KrBlock *b = entry; b; b = b->next) {
        b->visited = true;
        if (b->iused == 0)
            continue;
        KrInstr *last = &b->instr[b->iused - 1];
        bool fwd = !last->target || !last->target->visited;
        static const int forms[][3] = {
            /* virtual, forward, backward */
            {KR_OP_JUMP, KR_OP_JUMP_FORWARD, KR_OP_JUMP_BACKWARD},
            {KR_OP_JUMP_NO_INTERRUPT, KR_OP_JUMP_FORWARD, KR_OP_JUMP_BACKWARD_NO_INTERRUPT},
            {KR_OP_POP_JUMP_IF_NOT_NONE, KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE,
             KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE},
            {KR_OP_POP_JUMP_IF_NONE, KR_OP_POP_JUMP_FORWARD_IF_NONE,
             KR_OP_POP_JUMP_BACKWARD_IF_NONE},
            {KR_OP_POP_JUMP_IF_FALSE, KR_OP_POP_JUMP_FORWARD_IF_FALSE,
             KR_OP_POP_JUMP_BACKWARD_IF_FALSE},
            {KR_OP_POP_JUMP_IF_TRUE, KR_OP_POP_JUMP_FORWARD_IF_TRUE,
             KR_OP_POP_JUMP_BACKWARD_IF_TRUE},
        };
        for (size_t k = 0; k < KR_ARRAY_LEN(forms); k++) {
            if (last->opcode == forms[k][0]) {
                last->opcode = forms[k][fwd ? 1 : 2];
                break;
            }
        }
    }
}

/* Whether the relative jump [op] counts back from the next instruction. */
static bool is_backward(int op)
{
    return op == KR_OP_JUMP_BACKWARD || op == KR_OP_JUMP_BACKWARD_NO_INTERRUPT ||
           op == KR_OP_POP_JUMP_BACKWARD_IF_FALSE || op == KR_OP_POP_JUMP_BACKWARD_IF_TRUE ||
           op == KR_OP_POP_JUMP_BACKWARD_IF_NONE || op == KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
}

/* Block offsets and relative jump opargs, until no oparg changes size.
 * Returns the total size in code units. */
static int jump_offsets(KrBlock *entry)
{
    int total;
    bool again;
    do {
        total = 0;
        for (KrBlock *b = entry; b; b = b->next) {
            b->offset = total;
            for (int i = 0; i < b->iused; i++)
                total += instr_size(&b->instr[i]);
        }
        again = false;
        for (KrBlock *b = entry; b; b = b->next) {
            int pos = b->offset;
            for (int i = 0; i < b->iused; i++) {
                KrInstr *ins = &b->instr[i];
                int size = instr_size(ins);
                pos += size; /* jumps count from the next instruction */
                if (!kri_flow_is_jump(ins))
                    continue;
                int target = ins->target->offset;
                ins->oparg = is_backward(ins->opcode) ? pos - target : target - pos;
                if (instr_size(ins) != size)
                    again = true;
            }
        }
    } while (again);
    return total;
}

/* Writes the [size] code units of [ins]. */
static void write_instr(uint16_t *out, const KrInstr *ins, int size)
{
    int oparg = ins->opcode >= KR_OP_HAVE_ARGUMENT ? ins->oparg : 0;
    int caches = kri_unit_cache_entries(ins->opcode);
    for (int shift = 8 * (size - caches - 1); shift > 0; shift -= 8)
        *out++ = (uint16_t)(KR_OP_EXTENDED_ARG | (((oparg >> shift) & 0xFF) << 8));
    *out++ = (uint16_t)(ins->opcode | ((oparg & 0xFF) << 8));
    while (caches--)
        *out++ = 0;
}

/* ---- the location table (Objects/locations.md) ---- */

typedef struct LineWriter {
    KrBuf buf;
    int lineno; /* the line the previous entry ended on */
} LineWriter;

/* The location table's varint: 6-bit chunks, low first, bit 6 = more. */
static int put_varint(KrBuf *b, unsigned v)
{
    while (v >= 64) {
        KR_TRY(kri_buf_putc(b, (char)(64 | (v & 63))));
        v >>= 6;
    }
    return kri_buf_putc(b, (char)v);
}

/* A signed varint: the magnitude shifted left, the sign in bit 0. */
static int put_svarint(KrBuf *b, int v)
{
    return put_varint(b, v < 0 ? ((unsigned)-v << 1) | 1 : (unsigned)v << 1);
}

/* An entry's first byte: 1, the 4-bit code, the length - 1. */
static int put_first(KrBuf *b, int code, int length)
{
    return kri_buf_putc(b, (char)(0x80 | (code << 3) | (length - 1)));
}

/* One location table entry covering [size] code units, in the most
 * compact form the location allows (the same choice as CPython). */
static int location_entry(LineWriter *w, const KrLoc *loc, int size)
{
    KrBuf *b = &w->buf;
    if (loc->lineno < 0)
        return put_first(b, 15, size); /* no location */
    int delta = loc->lineno - w->lineno;
    int col = loc->col_offset, end_col = loc->end_col_offset;
    if (col < 0 || end_col < 0) {
        if (loc->end_lineno == loc->lineno || loc->end_lineno == -1) {
            KR_TRY(put_first(b, 13, size)); /* no column */
            KR_TRY(put_svarint(b, delta));
            w->lineno = loc->lineno;
            return 0;
        }
    } else if (loc->end_lineno == loc->lineno) {
        if (delta == 0 && col < 80 && end_col - col < 16 && end_col >= col) {
            KR_TRY(put_first(b, col / 8, size)); /* short form */
            return kri_buf_putc(b, (char)(((col % 8) << 4) | (end_col - col)));
        }
        if (delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
            KR_TRY(put_first(b, 10 + delta, size)); /* one-line form */
            KR_TRY(kri_buf_putc(b, (char)col));
            KR_TRY(kri_buf_putc(b, (char)end_col));
            w->lineno = loc->lineno;
            return 0;
        }
    }
    KR_TRY(put_first(b, 14, size)); /* long form */
    KR_TRY(put_svarint(b, delta));
    KR_TRY(put_varint(b, (unsigned)(loc->end_lineno - loc->lineno)));
    KR_TRY(put_varint(b, (unsigned)(col + 1)));
    KR_TRY(put_varint(b, (unsigned)(end_col + 1)));
    w->lineno = loc->lineno;
    return 0;
}

/* The location table: one entry per instruction, split every 8 units. */
static int write_locations(LineWriter *w, KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++) {
            int size = instr_size(&b->instr[i]);
            for (; size > 8; size -= 8)
                KR_TRY(location_entry(w, &b->instr[i].loc, 8));
            KR_TRY(location_entry(w, &b->instr[i].loc, size));
        }
    return 0;
}

/* ---- the exception table (Objects/exception_handling_notes.txt) ---- */

/* The exception table's varint: 6-bit chunks, high first, bit 6 = more,
 * bit 7 marking the first item of an entry. */
static int except_item(KrBuf *b, int value, int msb)
{
    for (int shift = 24; shift > 0; shift -= 6) {
        if (value >= 1 << shift) {
            KR_TRY(kri_buf_putc(b, (char)(((value >> shift) & 0x3f) | 0x40 | msb)));
            msb = 0;
        }
    }
    return kri_buf_putc(b, (char)((value & 0x3f) | msb));
}

/* One entry: start, length, target, depth << 1 | lasti. */
static int except_entry(KrBuf *b, int start, int end, KrBlock *handler)
{
    int depth = handler->startdepth - 1 - (handler->preserve_lasti ? 1 : 0);
    KR_TRY(except_item(b, start, 0x80));
    KR_TRY(except_item(b, end - start, 0));
    KR_TRY(except_item(b, handler->offset, 0));
    return except_item(b, (depth << 1) | handler->preserve_lasti, 0);
}

/* One entry per run of instructions with the same handler. */
static int write_exception_table(KrBuf *b, KrBlock *entry)
{
    KrBlock *handler = NULL;
    int start = -1, pos = 0;
    for (KrBlock *blk = entry; blk; blk = blk->next) {
        pos = blk->offset;
        for (int i = 0; i < blk->iused; i++) {
            KrInstr *ins = &blk->instr[i];
            if (ins->except != handler) {
                if (handler)
                    KR_TRY(except_entry(b, start, pos, handler));
                start = pos;
                handler = ins->except;
            }
            pos += instr_size(ins);
        }
    }
    if (handler)
        KR_TRY(except_entry(b, start, pos, handler));
    return 0;
}

/* ---- prefix and cells ---- */

/* The unit's first block: the oldest one. */
static KrBlock *entry_block(KrUnit *u)
{
    KrBlock *b = u->blocks;
    while (b->list)
        b = b->list;
    return b;
}

/* Inserts an instruction at [pos] of [b] (the prefix instructions). */
static int insert_instr(KrCompiler *c, KrBlock *b, int pos, int opcode, int oparg, KrLoc loc)
{
    if (b->iused == b->ialloc) {
        int ncap = b->ialloc ? b->ialloc * 2 : 8;
        KrInstr *p = kri_arena_alloc(c->arena, (size_t)ncap * sizeof(KrInstr));
        if (!p)
            return kri_cg_no_memory(c);
        if (b->iused)
            memcpy(p, b->instr, (size_t)b->iused * sizeof(KrInstr));
        b->instr = p;
        b->ialloc = ncap;
    }
    memmove(&b->instr[pos + 1], &b->instr[pos], (size_t)(b->iused - pos) * sizeof(KrInstr));
    b->iused++;
    b->instr[pos] = (KrInstr){opcode, oparg, loc, NULL, NULL};
    return 0;
}

/* Where cell/free number i lives among the localsplus (an argument that is
 * a cell keeps its argument slot). */
static int *cell_offsets(KrCompiler *c)
{
    KrUnit *u = c->u;
    int nlocals = u->varnames.len, n = u->cellvars.len + u->freevars.len;
    int *fixed = kri_arena_alloc(c->arena, (size_t)(n + 1) * sizeof(int));
    if (!fixed) {
        kri_cg_no_memory(c);
        return NULL;
    }
    for (int i = 0; i < n; i++)
        fixed[i] = nlocals + i;
    for (int i = 0; i < u->cellvars.len; i++) {
        int v = kri_strmap_find(&u->varnames, u->cellvars.items[i]);
        if (v >= 0)
            fixed[i] = v;
    }
    return fixed;
}

/* The instructions before RESUME: COPY_FREE_VARS, MAKE_CELL for each cell
 * in slot order, RETURN_GENERATOR + POP_TOP for generators and coroutines. */
static int insert_prefix(KrCompiler *c, KrBlock *entry, const int *fixed, int flags)
{
    KrUnit *u = c->u;
    KrLoc none = {-1, -1, -1, -1};
    if (flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)) {
        KrLoc first = {u->firstlineno, u->firstlineno, -1, -1};
        KR_TRY(insert_instr(c, entry, 0, KR_OP_RETURN_GENERATOR, 0, first));
        KR_TRY(insert_instr(c, entry, 1, KR_OP_POP_TOP, 0, first));
    }
    int ncells = u->cellvars.len;
    if (ncells) {
        /* MAKE_CELLs in slot order */
        int nvars = ncells + u->varnames.len;
        int *sorted = calloc((size_t)nvars, sizeof(int));
        if (!sorted)
            return kri_cg_no_memory(c);
        for (int i = 0; i < ncells; i++)
            sorted[fixed[i]] = i + 1;
        int used = 0;
        for (int i = 0; used < ncells; i++) {
            if (sorted[i] == 0)
                continue;
            if (insert_instr(c, entry, used++, KR_OP_MAKE_CELL, sorted[i] - 1, none) < 0) {
                free(sorted);
                return -1;
            }
        }
        free(sorted);
    }
    if (u->freevars.len)
        KR_TRY(insert_instr(c, entry, 0, KR_OP_COPY_FREE_VARS, u->freevars.len, none));
    return 0;
}

/* Rewrites cell and free numbers to slots; returns how many cells share
 * an argument's slot. */
static int fix_cell_offsets(KrCompiler *c, KrBlock *entry, int *fixed)
{
    KrUnit *u = c->u;
    int nlocals = u->varnames.len, n = u->cellvars.len + u->freevars.len, dropped = 0;
    for (int i = 0; i < n; i++) {
        if (fixed[i] == i + nlocals)
            fixed[i] -= dropped;
        else
            dropped++;
    }
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++) {
            switch (b->instr[i].opcode) {
            case KR_OP_MAKE_CELL: case KR_OP_LOAD_CLOSURE: case KR_OP_LOAD_DEREF:
            case KR_OP_STORE_DEREF: case KR_OP_DELETE_DEREF: case KR_OP_LOAD_CLASSDEREF:
                b->instr[i].oparg = fixed[b->instr[i].oparg];
                break;
            default: break;
            }
        }
    return dropped;
}

/* co_flags: function kind bits from the symbol table, future flags. */
static int code_flags(KrCompiler *c)
{
    KrSymBlock *ste = c->u->ste;
    int flags = 0;
    if (ste->kind == KR_BLOCK_FUNCTION) {
        flags |= KR_CO_NEWLOCALS | KR_CO_OPTIMIZED;
        if (ste->nested)
            flags |= KR_CO_NESTED;
        if (ste->generator && !ste->coroutine)
            flags |= KR_CO_GENERATOR;
        if (!ste->generator && ste->coroutine)
            flags |= KR_CO_COROUTINE;
        if (ste->generator && ste->coroutine)
            flags |= KR_CO_ASYNC_GENERATOR;
        if (ste->varargs)
            flags |= KR_CO_VARARGS;
        if (ste->varkeywords)
            flags |= KR_CO_VARKEYWORDS;
    }
    return flags | (c->flags & KR_CO_FUTURE_MASK);
}

/* co_localsplusnames and kinds: locals, cells that are not arguments,
 * free variables. */
static int fill_localsplus(KrCompiler *c, KrCodeUnit *co)
{
    KrUnit *u = c->u;
    int nlocals = u->varnames.len;
    size_t max = (size_t)(nlocals + u->cellvars.len + u->freevars.len);
    const char **names = kri_arena_alloc(c->arena, (max + 1) * sizeof(char *));
    uint8_t *kinds = kri_arena_alloc(c->arena, max + 1);
    if (!names || !kinds)
        return kri_cg_no_memory(c);
    for (int i = 0; i < nlocals; i++) {
        names[i] = u->varnames.items[i];
        kinds[i] = KR_FAST_LOCAL;
        if (kri_strmap_find(&u->cellvars, names[i]) >= 0)
            kinds[i] |= KR_FAST_CELL;
    }
    size_t n = (size_t)nlocals;
    for (int i = 0; i < u->cellvars.len; i++) {
        if (kri_strmap_find(&u->varnames, u->cellvars.items[i]) >= 0)
            continue; /* an argument's cell: in its argument's slot */
        names[n] = u->cellvars.items[i];
        kinds[n++] = KR_FAST_CELL;
    }
    for (int i = 0; i < u->freevars.len; i++) {
        names[n] = u->freevars.items[i];
        kinds[n++] = KR_FAST_FREE;
    }
    co->localsplusnames = names;
    co->localspluskinds = kinds;
    co->nlocalsplus = n;
    co->nlocals = nlocals;
    return 0;
}

/* A copy of [b]'s bytes in the arena. */
static uint8_t *copy_bytes(KrCompiler *c, const KrBuf *b, size_t *len)
{
    *len = b->len;
    uint8_t *p = kri_arena_alloc(c->arena, b->len + 1);
    if (p && b->len)
        memcpy(p, b->data, b->len);
    return p;
}

/* Lays the blocks out and builds the KrCodeUnit. */
static KrCodeUnit *make_code(KrCompiler *c, KrBlock *entry, int flags, int maxdepth,
                             KrConstMap *consts)
{
    KrUnit *u = c->u;
    KrCodeUnit *co = kri_arena_alloc(c->arena, sizeof(KrCodeUnit));
    if (!co) {
        kri_cg_no_memory(c);
        return NULL;
    }
    memset(co, 0, sizeof *co);
    int total = jump_offsets(entry);
    uint16_t *code = kri_arena_alloc(c->arena, (size_t)(total + 1) * sizeof(uint16_t));
    KrBuf excs;
    LineWriter w = {{NULL, 0, 0}, u->firstlineno};
    kri_buf_init(&excs);
    if (!code)
        goto fail;
    uint16_t *p = code;
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++) {
            int size = instr_size(&b->instr[i]);
            write_instr(p, &b->instr[i], size);
            p += size;
        }
    if (write_locations(&w, entry) < 0 || write_exception_table(&excs, entry) < 0)
        goto fail;
    co->code = code;
    co->ncode = (size_t)total;
    co->linetable = copy_bytes(c, &w.buf, &co->linetable_len);
    co->exceptiontable = copy_bytes(c, &excs, &co->exceptiontable_len);
    kri_buf_free(&w.buf);
    kri_buf_free(&excs);
    if (!co->linetable || !co->exceptiontable || fill_localsplus(c, co) < 0) {
        kri_cg_no_memory(c);
        return NULL;
    }
    co->argcount = u->argcount + u->posonlyargcount; /* co_argcount counts both */
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = maxdepth;
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    co->name = u->name;
    co->qualname = u->qualname ? u->qualname : u->name;
    co->filename = c->filename;
    co->consts = consts->items;
    co->nconsts = (size_t)consts->len;
    co->names = u->names.items;
    co->nnames = (size_t)u->names.len;
    return co;
fail:
    kri_buf_free(&w.buf);
    kri_buf_free(&excs);
    kri_cg_no_memory(c);
    return NULL;
}

/* CPython 3.11's assemble(): see docs/internals/compiler.md for why the
 * passes run in this order. */
KrCodeUnit *kri_assemble(KrCompiler *c, bool add_none)
{
    KrUnit *u = c->u;
    KrBlock *cur = u->curblock;
    if (!(cur->iused && cur->instr[cur->iused - 1].opcode == KR_OP_RETURN_VALUE)) {
        /* falling off the end returns None */
        kri_cg_unset_loc(c);
        if ((add_none && kri_cg_load_none(c) < 0) || kri_cg_op(c, KR_OP_RETURN_VALUE) < 0)
            return NULL;
    }
    KrBlock *entry = entry_block(u);
    if (kri_flow_normalize(c) < 0 || kri_flow_extend_blocks(c) < 0)
        return NULL;
    int flags = code_flags(c);
    int *fixed = cell_offsets(c);
    if (!fixed || insert_prefix(c, entry, fixed, flags) < 0)
        return NULL;
    if (!u->firstlineno)
        u->firstlineno = entry->iused && entry->instr[0].loc.lineno > 0 ? entry->instr[0].loc.lineno
                                                                        : 1;
    fix_cell_offsets(c, entry, fixed);
    KrConstMap *consts = &u->consts;
    if (kri_flow_optimize(c, entry, consts) < 0 || kri_flow_duplicate_exits(c) < 0)
        return NULL;
    kri_flow_trim_consts(entry, consts);
    kri_flow_propagate_lines(entry);
    kri_flow_guarantee_exit_lines(entry, u->firstlineno);
    int maxdepth = stackdepth(c, entry, u->ste->generator || u->ste->coroutine);
    if (maxdepth < 0 || label_exception_targets(c, entry) < 0)
        return NULL;
    convert_handlers_to_nops(entry);
    for (KrBlock *b = entry; b; b = b->next)
        kri_flow_clean_block(b);
    normalize_jumps(entry);
    return make_code(c, entry, flags, maxdepth, consts);
}

/* ---- opcode tables ---- */

const char *kri_unit_opname(int opcode)
{
    switch (opcode) {
#define KR_OPCODE_NAME(name, num) case num: return #name;
        KR_OPCODE_LIST(KR_OPCODE_NAME)
#undef KR_OPCODE_NAME
    default: return NULL;
    }
}

int kri_unit_cache_entries(int opcode)
{
    switch (opcode) {
    case KR_OP_BINARY_SUBSCR: return 4;
    case KR_OP_STORE_SUBSCR: return 1;
    case KR_OP_UNPACK_SEQUENCE: return 1;
    case KR_OP_STORE_ATTR: return 4;
    case KR_OP_LOAD_ATTR: return 4;
    case KR_OP_COMPARE_OP: return 2;
    case KR_OP_LOAD_GLOBAL: return 5;
    case KR_OP_BINARY_OP: return 1;
    case KR_OP_LOAD_METHOD: return 10;
    case KR_OP_PRECALL: return 1;
    case KR_OP_CALL: return 4;
    default: return 0;
    }
}
