/* The flow-graph passes CPython 3.11 runs between code generation and
 * assembly, with its exact rules, since they decide which NOPs, jumps and
 * line numbers survive into co_code and co_linetable:
 * - per block: LOAD_CONST + conditional jump folding, `x is None` jumps,
 *   constant tuples, BUILD_TUPLE/UNPACK_SEQUENCE into SWAP, SWAP runs
 *   minimized and applied statically, PUSH_NULL merged into LOAD_GLOBAL,
 *   jump threading (only between instructions of the same line);
 * - small exit blocks copied into the blocks jumping to them, unreachable
 *   blocks emptied, jumps to the next block removed;
 * - NOPs removed unless they carry the only instance of a line;
 * - line numbers propagated to instructions and exit blocks without one.
 * Invariant after kri_flow_normalize: a jump or exit only ever ends a block.
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_COPY_SIZE = 4 }; /* largest exit block worth duplicating */

bool kri_flow_is_jump(const KrInstr *i)
{
    switch (i->opcode) {
    case KR_OP_JUMP:
    case KR_OP_JUMP_NO_INTERRUPT:
    case KR_OP_POP_JUMP_IF_FALSE:
    case KR_OP_POP_JUMP_IF_TRUE:
    case KR_OP_POP_JUMP_IF_NONE:
    case KR_OP_POP_JUMP_IF_NOT_NONE:
    case KR_OP_FOR_ITER:
    case KR_OP_JUMP_FORWARD:
    case KR_OP_JUMP_BACKWARD:
    case KR_OP_JUMP_BACKWARD_NO_INTERRUPT:
    case KR_OP_JUMP_IF_FALSE_OR_POP:
    case KR_OP_JUMP_IF_TRUE_OR_POP:
    case KR_OP_POP_JUMP_FORWARD_IF_FALSE:
    case KR_OP_POP_JUMP_FORWARD_IF_TRUE:
    case KR_OP_POP_JUMP_FORWARD_IF_NONE:
    case KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case KR_OP_POP_JUMP_BACKWARD_IF_FALSE:
    case KR_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case KR_OP_POP_JUMP_BACKWARD_IF_NONE:
    case KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
    case KR_OP_SEND: return true;
    default: return false;
    }
}

bool kri_flow_is_block_push(const KrInstr *i)
{
    return i->opcode == KR_OP_SETUP_FINALLY || i->opcode == KR_OP_SETUP_CLEANUP ||
           i->opcode == KR_OP_SETUP_WITH;
}

bool kri_flow_is_exit_opcode(int opcode)
{
    return opcode == KR_OP_RETURN_VALUE || opcode == KR_OP_RAISE_VARARGS ||
           opcode == KR_OP_RERAISE;
}

/* The last instruction of [b], or NULL when it is empty. */
static KrInstr *last_instr(KrBlock *b)
{
    return b->iused ? &b->instr[b->iused - 1] : NULL;
}

/* Whether control can run off the end of [b] into b->next. */
static bool has_fallthrough(KrBlock *b)
{
    KrInstr *last = last_instr(b);
    if (!last)
        return true;
    return !(last->opcode == KR_OP_JUMP || last->opcode == KR_OP_JUMP_NO_INTERRUPT ||
             kri_flow_is_exit_opcode(last->opcode));
}

/* Instructions whose target is a block: jumps and SETUP_*. */
static bool uses_target(const KrInstr *i)
{
    return kri_flow_is_jump(i) || kri_flow_is_block_push(i);
}

/* The first non-empty block from [b] on (blocks end in an exit, so one exists). */
static KrBlock *skip_empty(KrBlock *b)
{
    while (b->iused == 0)
        b = b->next;
    return b;
}

/* Appends a copy of [ins] to [b]. */
static int append_instr(KrCompiler *c, KrBlock *b, const KrInstr *ins)
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
    b->instr[b->iused++] = *ins;
    return 0;
}

int kri_flow_normalize(KrCompiler *c)
{
    for (KrBlock *b = c->u->blocks; b; b = b->list) {
        for (int i = 0; i < b->iused; i++) {
            KrInstr *ins = &b->instr[i];
            bool jump = kri_flow_is_jump(ins);
            if ((jump || kri_flow_is_exit_opcode(ins->opcode)) && i != b->iused - 1) {
                c->err->kind = KR_ERR_SYNTAX;
                c->err->msg = strdup("internal error: malformed control flow graph");
                return -1;
            }
            if (jump)
                ins->target = skip_empty(ins->target);
            if (kri_flow_is_exit_opcode(ins->opcode))
                b->exit = true;
        }
    }
    return 0;
}

/* A block ending in an unconditional jump to a small exit block gets a
 * copy of that block instead of the jump. */
static int extend_block(KrCompiler *c, KrBlock *b)
{
    KrInstr *last = last_instr(b);
    if (!last || (last->opcode != KR_OP_JUMP && last->opcode != KR_OP_JUMP_FORWARD &&
                  last->opcode != KR_OP_JUMP_BACKWARD))
        return 0;
    KrBlock *to = last->target;
    if (!to->exit || to->iused > MAX_COPY_SIZE)
        return 0;
    for (int i = 0; i < to->iused; i++) /* only blocks without a line */
        if (to->instr[i].loc.lineno >= 0)
            return 0;
    last->opcode = KR_OP_NOP;
    for (int i = 0; i < to->iused; i++)
        KR_TRY(append_instr(c, b, &to->instr[i]));
    b->exit = true;
    return 0;
}

int kri_flow_extend_blocks(KrCompiler *c)
{
    for (KrBlock *b = c->u->blocks; b; b = b->list)
        KR_TRY(extend_block(c, b));
    return 0;
}

/* ---- per-block peepholes ---- */

/* Replaces the LOAD_CONSTs before BUILD_TUPLE [inst][n] by one constant. */
static int fold_tuple(KrCompiler *c, KrInstr *inst, int n, KrConstMap *consts)
{
    for (int i = 0; i < n; i++)
        if (inst[i].opcode != KR_OP_LOAD_CONST)
            return 0;
    KrCodeConst **items = kri_arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof(KrCodeConst *));
    if (!items)
        return kri_cg_no_memory(c);
    for (int i = 0; i < n; i++)
        items[i] = consts->items[inst[i].oparg];
    KrCodeConst *t = kri_const_tuple(c->arena, items, (size_t)n);
    int idx = t ? kri_constmap_add(c->arena, consts, t) : -1;
    if (idx < 0)
        return kri_cg_no_memory(c);
    for (int i = 0; i < n; i++)
        inst[i].opcode = KR_OP_NOP;
    inst[n].opcode = KR_OP_LOAD_CONST;
    inst[n].oparg = idx;
    return 0;
}

/* Retargets [inst] to where the jump [target] goes, as [opcode], when
 * both are on the same line. Returns 1 when it did. */
static int jump_thread(KrInstr *inst, KrInstr *target, int opcode)
{
    if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->opcode = opcode;
        return 1;
    }
    return 0;
}

/* Replaces a run of SWAPs (and NOPs) starting at [*ix] by the fewest SWAPs
 * with the same effect. */
static int swaptimize(KrCompiler *c, KrBlock *b, int *ix)
{
    KrInstr *ins = &b->instr[*ix];
    int depth = ins[0].oparg, len = 0, limit = b->iused - *ix;
    bool more = false;
    while (++len < limit) {
        if (ins[len].opcode == KR_OP_SWAP) {
            if (ins[len].oparg > depth)
                depth = ins[len].oparg;
            more = true;
        } else if (ins[len].opcode != KR_OP_NOP) {
            break;
        }
    }
    if (!more)
        return 0;
    int *stack = kri_arena_alloc(c->arena, (size_t)depth * sizeof(int));
    if (!stack)
        return kri_cg_no_memory(c);
    for (int i = 0; i < depth; i++)
        stack[i] = i;
    for (int i = 0; i < len; i++) {
        if (ins[i].opcode == KR_OP_SWAP) {
            int oparg = ins[i].oparg, top = stack[0];
            stack[0] = stack[oparg - 1];
            stack[oparg - 1] = top;
        }
    }
    /* Undo the permutation cycle by cycle through position 0; written
     * backwards from the end of the run, this shuffles it. */
    enum { VISITED = -1 };
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i)
            continue;
        int j = i;
        for (;;) {
            if (j) {
                ins[current].opcode = KR_OP_SWAP;
                ins[current--].oparg = j + 1;
            }
            if (stack[j] == VISITED)
                break;
            int next_j = stack[j];
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while (current >= 0)
        ins[current--].opcode = KR_OP_NOP;
    *ix += len - 1;
    return 0;
}

/* Instructions a SWAP may be moved across: they only consume the top. */
static bool swappable(int opcode)
{
    return opcode == KR_OP_STORE_FAST || opcode == KR_OP_POP_TOP;
}

/* The next STORE_FAST or POP_TOP after [i] (NOPs skipped), staying on
 * [lineno] when it is >= 0; -1 if there is none. */
static int next_swappable(KrBlock *b, int i, int lineno)
{
    while (++i < b->iused) {
        KrInstr *ins = &b->instr[i];
        if (lineno >= 0 && ins->loc.lineno != lineno)
            return -1;
        if (ins->opcode == KR_OP_NOP)
            continue;
        return swappable(ins->opcode) ? i : -1;
    }
    return -1;
}

/* SWAP(n) followed by n stores/pops becomes the stores in another order. */
static void apply_static_swaps(KrBlock *b, int i)
{
    for (; i >= 0; i--) {
        KrInstr *swap = &b->instr[i];
        if (swap->opcode != KR_OP_SWAP) {
            if (swap->opcode == KR_OP_NOP || swappable(swap->opcode))
                continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0)
            return;
        int k = j, lineno = b->instr[j].loc.lineno;
        for (int count = swap->oparg - 1; count > 0; count--) {
            k = next_swappable(b, k, lineno);
            if (k < 0)
                return;
        }
        swap->opcode = KR_OP_NOP;
        KrInstr tmp = b->instr[j];
        b->instr[j] = b->instr[k];
        b->instr[k] = tmp;
    }
}

/* A LOAD_CONST followed by a conditional jump (or `is None` + jump). */
static void fold_const_jump(KrBlock *b, int i, KrConstMap *consts)
{
    KrInstr *inst = &b->instr[i], *next = &b->instr[i + 1];
    int nextop = next->opcode;
    KrCodeConst *k = consts->items[inst->oparg];
    int truth = kri_const_truth(k);
    switch (nextop) {
    case KR_OP_POP_JUMP_IF_FALSE:
    case KR_OP_POP_JUMP_IF_TRUE:
        inst->opcode = KR_OP_NOP;
        next->opcode = truth == (nextop == KR_OP_POP_JUMP_IF_TRUE) ? KR_OP_JUMP : KR_OP_NOP;
        break;
    case KR_OP_JUMP_IF_FALSE_OR_POP:
    case KR_OP_JUMP_IF_TRUE_OR_POP:
        if (truth == (nextop == KR_OP_JUMP_IF_TRUE_OR_POP)) {
            next->opcode = KR_OP_JUMP;
        } else {
            inst->opcode = KR_OP_NOP;
            next->opcode = KR_OP_NOP;
        }
        break;
    case KR_OP_IS_OP: {
        int jump_op = i + 2 < b->iused ? b->instr[i + 2].opcode : 0;
        if (k->kind == KR_CC_NONE &&
            (jump_op == KR_OP_POP_JUMP_IF_FALSE || jump_op == KR_OP_POP_JUMP_IF_TRUE)) {
            int invert = next->oparg;
            inst->opcode = KR_OP_NOP;
            next->opcode = KR_OP_NOP;
            b->instr[i + 2].opcode = (invert ^ (jump_op == KR_OP_POP_JUMP_IF_FALSE))
                                         ? KR_OP_POP_JUMP_IF_NOT_NONE
                                         : KR_OP_POP_JUMP_IF_NONE;
        }
        break;
    }
    default: break;
    }
}

/* `a and b or c` style chains: a conditional jump to a conditional jump
 * that must take the same (or the opposite) branch. */
static void thread_or_pop(KrInstr *inst, KrInstr *target, int *i, bool if_true)
{
    int same_pop = if_true ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE;
    int same = if_true ? KR_OP_JUMP_IF_TRUE_OR_POP : KR_OP_JUMP_IF_FALSE_OR_POP;
    int other_pop = if_true ? KR_OP_POP_JUMP_IF_FALSE : KR_OP_POP_JUMP_IF_TRUE;
    int other = if_true ? KR_OP_JUMP_IF_FALSE_OR_POP : KR_OP_JUMP_IF_TRUE_OR_POP;
    if (target->opcode == same_pop) {
        *i -= jump_thread(inst, target, same_pop);
    } else if (target->opcode == KR_OP_JUMP || target->opcode == same) {
        *i -= jump_thread(inst, target, same);
    } else if (target->opcode == other || target->opcode == other_pop) {
        if (inst->loc.lineno == target->loc.lineno) {
            /* the second test pops and fails: skip it */
            inst->opcode = same_pop;
            inst->target = inst->target->next;
            --*i;
        }
    }
}

/* CPython's optimize_basic_block: the peepholes of one block. */
static int optimize_block(KrCompiler *c, KrBlock *b, KrConstMap *consts)
{
    static const KrInstr nop = {KR_OP_NOP, 0, {-1, -1, -1, -1}, NULL, NULL};
    for (int i = 0; i < b->iused; i++) {
        KrInstr *inst = &b->instr[i];
        int oparg = inst->oparg;
        int nextop = i + 1 < b->iused ? b->instr[i + 1].opcode : 0;
        const KrInstr *target = &nop;
        if (uses_target(inst)) {
            inst->target = skip_empty(inst->target);
            target = &inst->target->instr[0];
        }
        switch (inst->opcode) {
        case KR_OP_LOAD_CONST:
            if (nextop)
                fold_const_jump(b, i, consts);
            break;
        case KR_OP_BUILD_TUPLE:
            if (nextop == KR_OP_UNPACK_SEQUENCE && oparg == b->instr[i + 1].oparg) {
                if (oparg == 1) {
                    inst->opcode = KR_OP_NOP;
                    b->instr[i + 1].opcode = KR_OP_NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->opcode = KR_OP_NOP;
                    b->instr[i + 1].opcode = KR_OP_SWAP;
                    continue;
                }
            }
            if (i >= oparg)
                KR_TRY(fold_tuple(c, inst - oparg, oparg, consts));
            break;
        case KR_OP_JUMP_IF_FALSE_OR_POP:
            thread_or_pop(inst, (KrInstr *)target, &i, false);
            break;
        case KR_OP_JUMP_IF_TRUE_OR_POP:
            thread_or_pop(inst, (KrInstr *)target, &i, true);
            break;
        case KR_OP_POP_JUMP_IF_NOT_NONE:
        case KR_OP_POP_JUMP_IF_NONE:
        case KR_OP_POP_JUMP_IF_FALSE:
        case KR_OP_POP_JUMP_IF_TRUE:
        case KR_OP_JUMP:
            if (target->opcode == KR_OP_JUMP)
                i -= jump_thread(inst, (KrInstr *)target, inst->opcode);
            break;
        case KR_OP_SWAP:
            if (oparg == 1) {
                inst->opcode = KR_OP_NOP;
                break;
            }
            KR_TRY(swaptimize(c, b, &i));
            apply_static_swaps(b, i);
            break;
        case KR_OP_PUSH_NULL:
            if (nextop == KR_OP_LOAD_GLOBAL && (b->instr[i + 1].oparg & 1) == 0) {
                inst->opcode = KR_OP_NOP;
                inst->oparg = 0;
                b->instr[i + 1].oparg |= 1;
            }
            break;
        default: break;
        }
    }
    return 0;
}

/* CPython's clean_basic_block. A NOP is kept only when it carries a line
 * that would otherwise vanish from the line table (line events for `pass`,
 * `try:`, a folded `if 0:`): it goes when it has no line, when the previous
 * kept instruction has the same line, or when the next one has it; when the
 * next instruction has no line at all, it inherits the NOP's location. */
void kri_flow_clean_block(KrBlock *b)
{
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < b->iused; src++) {
        int lineno = b->instr[src].loc.lineno;
        if (b->instr[src].opcode == KR_OP_NOP) {
            /* A NOP stays only to carry a line nothing else carries. */
            if (lineno < 0 || prev_lineno == lineno)
                continue;
            if (src < b->iused - 1) {
                int next_lineno = b->instr[src + 1].loc.lineno;
                if (next_lineno == lineno)
                    continue;
                if (next_lineno < 0) { /* the next one takes the whole location */
                    b->instr[src + 1].loc = b->instr[src].loc;
                    continue;
                }
            } else {
                KrBlock *next = b->next;
                while (next && next->iused == 0)
                    next = next->next;
                if (next && lineno == next->instr[0].loc.lineno)
                    continue;
            }
        }
        if (dest != src)
            b->instr[dest] = b->instr[src];
        dest++;
        prev_lineno = lineno;
    }
    b->iused = dest;
}

/* Unlinks empty blocks from the layout and retargets jumps past them. */
static void eliminate_empty_blocks(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next) {
        KrBlock *next = b->next;
        if (next) {
            while (next->iused == 0 && next->next)
                next = next->next;
            b->next = next;
        }
    }
    for (KrBlock *b = entry; b; b = b->next) {
        for (int i = 0; i < b->iused; i++) {
            KrInstr *ins = &b->instr[i];
            if (uses_target(ins))
                ins->target = skip_empty(ins->target);
        }
    }
}

/* Counts each block's predecessors (jumps, handlers, fall-through)
 * from the entry; unreachable blocks keep 0. */
static int mark_reachable(KrCompiler *c, KrBlock *entry)
{
    int n = 0;
    for (KrBlock *b = c->u->blocks; b; b = b->list) {
        b->predecessors = 0;
        n++;
    }
    KrBlock **stack = malloc((size_t)(n + 1) * sizeof(KrBlock *));
    if (!stack)
        return kri_cg_no_memory(c);
    KrBlock **sp = stack;
    entry->predecessors = 1;
    *sp++ = entry;
    while (sp > stack) {
        KrBlock *b = *--sp;
        if (b->next && has_fallthrough(b)) {
            if (b->next->predecessors == 0)
                *sp++ = b->next;
            b->next->predecessors++;
        }
        for (int i = 0; i < b->iused; i++) {
            KrInstr *ins = &b->instr[i];
            if (uses_target(ins)) {
                if (ins->target->predecessors == 0)
                    *sp++ = ins->target;
                ins->target->predecessors++;
            }
        }
    }
    free(stack);
    return 0;
}

/* CPython's optimize_cfg. The steps interact, so their order is theirs:
 * peepholes and NOP removal per block (in layout order), small exit blocks
 * copied into jumps (in allocation order, newest first, so that a block
 * extended here can itself be copied into an older one), unreachable
 * blocks emptied, then jumps to the very next block turned into NOPs. */
int kri_flow_optimize(KrCompiler *c, KrBlock *entry, KrConstMap *consts)
{
    for (KrBlock *b = entry; b; b = b->next) {
        KR_TRY(optimize_block(c, b, consts));
        kri_flow_clean_block(b);
    }
    /* in allocation order, newest first, as CPython walks u_blocks: a block
     * extended here can then be copied into an older one jumping to it */
    for (KrBlock *b = c->u->blocks; b; b = b->list)
        KR_TRY(extend_block(c, b));
    KR_TRY(mark_reachable(c, entry));
    for (KrBlock *b = entry; b; b = b->next)
        if (b->predecessors == 0)
            b->iused = 0;
    eliminate_empty_blocks(entry);
    for (KrBlock *b = entry; b; b = b->next)
        kri_flow_clean_block(b);
    /* A jump to the block that follows anyway is redundant. */
    bool maybe_empty = false;
    for (KrBlock *b = entry; b; b = b->next) {
        KrInstr *last = last_instr(b);
        if (last && (last->opcode == KR_OP_JUMP || last->opcode == KR_OP_JUMP_NO_INTERRUPT) &&
            last->target == b->next) {
            last->opcode = KR_OP_NOP;
            maybe_empty = true;
        }
    }
    if (maybe_empty)
        eliminate_empty_blocks(entry);
    return 0;
}

/* ---- line numbers ---- */

/* An exit block none of whose instructions has a line. */
static bool is_exit_without_lineno(KrBlock *b)
{
    if (!b->exit)
        return false;
    for (int i = 0; i < b->iused; i++)
        if (b->instr[i].loc.lineno >= 0)
            return false;
    return true;
}

/* A new block with the instructions of [b]. */
static KrBlock *copy_block(KrCompiler *c, KrBlock *b)
{
    KrBlock *r = kri_cg_new_block(c);
    if (!r)
        return NULL;
    for (int i = 0; i < b->iused; i++)
        if (append_instr(c, r, &b->instr[i]) < 0)
            return NULL;
    r->exit = b->exit;
    return r;
}

int kri_flow_duplicate_exits(KrCompiler *c)
{
    /* Exit blocks without a line that several jumps reach get one copy per
     * jump, each taking its jump's location. */
    for (KrBlock *b = c->u->blocks; b; b = b->list) {
        KrInstr *last = last_instr(b);
        if (!last || !kri_flow_is_jump(last))
            continue;
        KrBlock *target = last->target;
        if (is_exit_without_lineno(target) && target->predecessors > 1) {
            KrBlock *copy = copy_block(c, target);
            if (!copy)
                return -1;
            copy->instr[0].loc = last->loc;
            last->target = copy;
            target->predecessors--;
            copy->predecessors = 1;
            copy->next = target->next;
            target->next = copy;
        }
    }
    for (KrBlock *b = c->u->blocks; b; b = b->list)
        while (b->next && b->next->iused == 0)
            b->next = b->next->next;
    /* The rest are reached by falling through, from one predecessor. */
    for (KrBlock *b = c->u->blocks; b; b = b->list) {
        if (has_fallthrough(b) && b->next && b->iused > 0 && is_exit_without_lineno(b->next))
            b->next->instr[0].loc = b->instr[b->iused - 1].loc;
    }
    return 0;
}

/* An instruction without a line takes the location of the one before it
 * in its block; a block's first instruction without one takes the location
 * the block ended with in its only predecessor (by fall-through or jump). */
void kri_flow_propagate_lines(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next) {
        if (b->iused == 0)
            continue;
        KrLoc prev = {-1, -1, -1, -1};
        for (int i = 0; i < b->iused; i++) {
            if (b->instr[i].loc.lineno < 0)
                b->instr[i].loc = prev;
            else
                prev = b->instr[i].loc;
        }
        if (has_fallthrough(b) && b->next && b->next->predecessors == 1 &&
            b->next->iused && b->next->instr[0].loc.lineno < 0)
            b->next->instr[0].loc = prev;
        KrInstr *last = last_instr(b);
        if (kri_flow_is_jump(last)) {
            KrBlock *target = last->target;
            if (target->predecessors == 1 && target->instr[0].loc.lineno < 0)
                target->instr[0].loc = prev;
        }
    }
}

/* A `return` block still without a line (reached from several places)
 * gets the last line seen in layout order; only the line: its columns stay
 * unknown. */
void kri_flow_guarantee_exit_lines(KrBlock *entry, int firstlineno)
{
    int lineno = firstlineno;
    for (KrBlock *b = entry; b; b = b->next) {
        KrInstr *last = last_instr(b);
        if (!last)
            continue;
        if (last->loc.lineno < 0) {
            if (last->opcode == KR_OP_RETURN_VALUE)
                for (int i = 0; i < b->iused; i++)
                    b->instr[i].loc.lineno = lineno;
        } else {
            lineno = last->loc.lineno;
        }
    }
}

void kri_flow_trim_consts(KrBlock *entry, KrConstMap *consts)
{
    int max = 0; /* the first constant may be a docstring: always kept */
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->iused; i++) {
            int op = b->instr[i].opcode;
            if ((op == KR_OP_LOAD_CONST || op == KR_OP_KW_NAMES) && b->instr[i].oparg > max)
                max = b->instr[i].oparg;
        }
    if (max + 1 < consts->len)
        consts->len = max + 1;
}

/* ---- stack effects ---- */

/* How [opcode] changes the stack depth: when it jumps ([jump] 1) or falls
 * through ([jump] 0). CPython 3.11's stack_effect; SETUP_* push what their
 * handler receives (the exception, and lasti for SETUP_CLEANUP/WITH). */
int kri_flow_stack_effect(int opcode, int oparg, int jump)
{
    switch (opcode) {
    case KR_OP_NOP: case KR_OP_EXTENDED_ARG: case KR_OP_RESUME: case KR_OP_CACHE:
    case KR_OP_UNARY_POSITIVE: case KR_OP_UNARY_NEGATIVE: case KR_OP_UNARY_NOT:
    case KR_OP_UNARY_INVERT: case KR_OP_CHECK_EXC_MATCH: case KR_OP_CHECK_EG_MATCH:
    case KR_OP_GET_AITER: case KR_OP_GET_ITER: case KR_OP_GET_YIELD_FROM_ITER:
    case KR_OP_RETURN_GENERATOR: case KR_OP_LIST_TO_TUPLE: case KR_OP_SETUP_ANNOTATIONS:
    case KR_OP_YIELD_VALUE: case KR_OP_ASYNC_GEN_WRAP: case KR_OP_DELETE_NAME:
    case KR_OP_DELETE_GLOBAL: case KR_OP_SWAP: case KR_OP_LOAD_ATTR: case KR_OP_DELETE_FAST:
    case KR_OP_GET_AWAITABLE: case KR_OP_MAKE_CELL: case KR_OP_DELETE_DEREF:
    case KR_OP_COPY_FREE_VARS: case KR_OP_KW_NAMES: case KR_OP_POP_BLOCK:
    case KR_OP_JUMP: case KR_OP_JUMP_NO_INTERRUPT: case KR_OP_JUMP_FORWARD:
    case KR_OP_JUMP_BACKWARD: case KR_OP_JUMP_BACKWARD_NO_INTERRUPT:
        return 0;
    case KR_OP_PUSH_NULL: case KR_OP_GET_LEN: case KR_OP_MATCH_MAPPING:
    case KR_OP_MATCH_SEQUENCE: case KR_OP_MATCH_KEYS: case KR_OP_PUSH_EXC_INFO:
    case KR_OP_WITH_EXCEPT_START: case KR_OP_GET_ANEXT: case KR_OP_BEFORE_ASYNC_WITH:
    case KR_OP_BEFORE_WITH: case KR_OP_LOAD_BUILD_CLASS: case KR_OP_LOAD_ASSERTION_ERROR:
    case KR_OP_COPY: case KR_OP_LOAD_CONST: case KR_OP_LOAD_NAME: case KR_OP_IMPORT_FROM:
    case KR_OP_LOAD_FAST: case KR_OP_LOAD_CLOSURE: case KR_OP_LOAD_DEREF:
    case KR_OP_LOAD_CLASSDEREF: case KR_OP_LOAD_METHOD:
        return 1;
    case KR_OP_POP_TOP: case KR_OP_BINARY_SUBSCR: case KR_OP_PREP_RERAISE_STAR:
    case KR_OP_PRINT_EXPR: case KR_OP_RETURN_VALUE: case KR_OP_IMPORT_STAR:
    case KR_OP_POP_EXCEPT: case KR_OP_STORE_NAME: case KR_OP_DELETE_ATTR:
    case KR_OP_STORE_GLOBAL: case KR_OP_COMPARE_OP: case KR_OP_IS_OP: case KR_OP_CONTAINS_OP:
    case KR_OP_IMPORT_NAME: case KR_OP_RERAISE: case KR_OP_BINARY_OP: case KR_OP_STORE_FAST:
    case KR_OP_STORE_DEREF: case KR_OP_LIST_APPEND: case KR_OP_SET_ADD:
    case KR_OP_LIST_EXTEND: case KR_OP_SET_UPDATE: case KR_OP_DICT_MERGE:
    case KR_OP_DICT_UPDATE: case KR_OP_CALL:
    case KR_OP_POP_JUMP_IF_FALSE: case KR_OP_POP_JUMP_IF_TRUE: case KR_OP_POP_JUMP_IF_NONE:
    case KR_OP_POP_JUMP_IF_NOT_NONE: case KR_OP_POP_JUMP_FORWARD_IF_FALSE:
    case KR_OP_POP_JUMP_FORWARD_IF_TRUE: case KR_OP_POP_JUMP_FORWARD_IF_NONE:
    case KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE: case KR_OP_POP_JUMP_BACKWARD_IF_FALSE:
    case KR_OP_POP_JUMP_BACKWARD_IF_TRUE: case KR_OP_POP_JUMP_BACKWARD_IF_NONE:
    case KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
        return -1;
    case KR_OP_DELETE_SUBSCR: case KR_OP_MATCH_CLASS: case KR_OP_END_ASYNC_FOR:
    case KR_OP_STORE_ATTR: case KR_OP_MAP_ADD:
        return -2;
    case KR_OP_STORE_SUBSCR: return -3;
    case KR_OP_UNPACK_SEQUENCE: return oparg - 1;
    case KR_OP_UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
    case KR_OP_BUILD_TUPLE: case KR_OP_BUILD_LIST: case KR_OP_BUILD_SET:
    case KR_OP_BUILD_STRING: return 1 - oparg;
    case KR_OP_BUILD_MAP: return 1 - 2 * oparg;
    case KR_OP_BUILD_CONST_KEY_MAP: return -oparg;
    case KR_OP_LOAD_GLOBAL: return (oparg & 1) + 1;
    case KR_OP_RAISE_VARARGS: return -oparg;
    case KR_OP_MAKE_FUNCTION:
        return -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0);
    case KR_OP_BUILD_SLICE: return oparg == 3 ? -2 : -1;
    case KR_OP_CALL_FUNCTION_EX: return -2 - ((oparg & 1) != 0);
    case KR_OP_FORMAT_VALUE: return (oparg & KR_FVS_HAVE_SPEC) ? -1 : 0;
    case KR_OP_PRECALL: return -oparg;
    case KR_OP_SETUP_FINALLY: return jump ? 1 : 0;
    case KR_OP_SETUP_CLEANUP: return jump ? 2 : 0;
    case KR_OP_SETUP_WITH: return jump ? 1 : 0;
    case KR_OP_FOR_ITER: return jump > 0 ? -1 : 1;
    case KR_OP_SEND: return jump > 0 ? -1 : 0;
    case KR_OP_JUMP_IF_TRUE_OR_POP: case KR_OP_JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    default: return 0;
    }
}
