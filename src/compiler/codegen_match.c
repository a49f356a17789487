/* Code generation for `match` (PEP 634) as CPython 3.11 compiles it. The
 * subject stays on the stack while each case's pattern is tried; a pattern
 * leaves the objects it captures on the stack (beneath anything it still
 * needs) and binds them only once the whole pattern matched, so a failed
 * case binds nothing. Failure jumps to fail_pop[n], a chain of blocks that
 * pops n items and falls through to fail_pop[0].
 * Invariants of a PatternCtx: `stores` lists the names captured so far, in
 * stack order; `on_top` counts the items above the captures that failure
 * must also pop. Or-patterns reorder each alternative's captures (SWAPs) to
 * the first alternative's order. See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <string.h>

typedef struct Names {
    const char **items;
    int len, cap;
} Names;

typedef struct PatternCtx {
    Names stores;
    bool allow_irrefutable; /* a capture or wildcard may match anything here */
    KrBlock **fail_pop;
    int fail_pop_size;
    int on_top;
} PatternCtx;

static int pattern(KrCompiler *c, KrPattern *p, PatternCtx *pc);

/* `_`: matches anything, binds nothing. */
static bool is_wildcard(const KrPattern *p)
{
    return p->kind == KR_AST_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

/* `*_` in a sequence pattern. */
static bool is_star_wildcard(const KrPattern *p)
{
    return p->kind == KR_AST_MatchStar && !p->v.MatchStar.name;
}

/* The position of [name] among the captures, or -1. */
static int names_index(const Names *n, const char *name)
{
    for (int i = 0; i < n->len; i++)
        if (strcmp(n->items[i], name) == 0)
            return i;
    return -1;
}

/* Inserts [name] at [pos] among the captures. */
static int names_insert(KrCompiler *c, Names *n, int pos, const char *name)
{
    if (n->len == n->cap) {
        int ncap = n->cap ? n->cap * 2 : 8;
        const char **p = kri_arena_alloc(c->arena, (size_t)ncap * sizeof(char *));
        if (!p)
            return kri_cg_no_memory(c);
        if (n->len)
            memcpy(p, n->items, (size_t)n->len * sizeof(char *));
        n->items = p;
        n->cap = ncap;
    }
    memmove(&n->items[pos + 1], &n->items[pos], (size_t)(n->len - pos) * sizeof(char *));
    n->items[pos] = name;
    n->len++;
    return 0;
}

/* Makes sure fail_pop[n] exists. */
static int ensure_fail_pop(KrCompiler *c, PatternCtx *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    KrBlock **blocks = kri_arena_alloc(c->arena, (size_t)size * sizeof(KrBlock *));
    if (!blocks)
        return kri_cg_no_memory(c);
    if (pc->fail_pop_size)
        memcpy(blocks, pc->fail_pop, (size_t)pc->fail_pop_size * sizeof(KrBlock *));
    pc->fail_pop = blocks;
    while (pc->fail_pop_size < size)
        if (!(pc->fail_pop[pc->fail_pop_size++] = kri_cg_new_block(c)))
            return -1;
    return 0;
}

/* Jumps with [op] to the block popping what failure must pop. */
static int jump_to_fail_pop(KrCompiler *c, PatternCtx *pc, int op)
{
    int pops = pc->on_top + pc->stores.len;
    KR_TRY(ensure_fail_pop(c, pc, pops));
    return kri_cg_jump(c, op, pc->fail_pop[pops]);
}

/* Lays out the fail_pop chain (POP_TOP each) and forgets it. */
static int emit_and_reset_fail_pop(KrCompiler *c, PatternCtx *pc)
{
    if (!pc->fail_pop_size)
        return kri_cg_use_new_block(c);
    while (--pc->fail_pop_size) {
        kri_cg_use_block(c, pc->fail_pop[pc->fail_pop_size]);
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    }
    kri_cg_use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    return 0;
}

/* SWAPs doing what 3.10's ROT_N did: the top item goes [count] down. */
static int rotate(KrCompiler *c, int count)
{
    while (count > 1)
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, count--));
    return 0;
}

static int store_name(KrCompiler *c, const char *name, PatternCtx *pc)
{
    if (!name)
        return kri_cg_op(c, KR_OP_POP_TOP);
    if (strcmp(name, "__debug__") == 0)
        return kri_cg_error(c, "cannot assign to __debug__");
    if (names_index(&pc->stores, name) >= 0)
        return kri_cg_error(c, "multiple assignments to name '%s' in pattern", name);
    /* under whatever must stay on top */
    KR_TRY(rotate(c, pc->on_top + pc->stores.len + 1));
    return names_insert(c, &pc->stores, pc->stores.len, name);
}

/* A sub-pattern may always be irrefutable. */
static int subpattern(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    KR_TRY(pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

/* UNPACK_SEQUENCE or UNPACK_EX for a sequence pattern's elements. */
static int unpack_patterns(KrCompiler *c, KrPatternSeq *elts)
{
    ptrdiff_t n = elts ? elts->len : 0;
    bool seen_star = false;
    for (ptrdiff_t i = 0; i < n; i++) {
        if (elts->items[i]->kind != KR_AST_MatchStar)
            continue;
        if (seen_star)
            return kri_cg_error(c, "multiple starred expressions in sequence pattern");
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8))
            return kri_cg_error(c, "too many expressions in star-unpacking sequence pattern");
        KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8))));
        seen_star = true;
    }
    if (!seen_star)
        KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, (int)n));
    return 0;
}

/* Unpacks the subject and matches each element in turn. */
static int sequence_unpack(KrCompiler *c, KrPatternSeq *patterns, PatternCtx *pc)
{
    KR_TRY(unpack_patterns(c, patterns));
    int size = patterns ? (int)patterns->len : 0;
    pc->on_top += size; /* the new subjects stay until their turn */
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        KR_TRY(subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

/* [first, *_, last]: BINARY_SUBSCR on the kept subject, no unpacking. */
static int sequence_subscr(KrCompiler *c, KrPatternSeq *patterns, int star, PatternCtx *pc)
{
    pc->on_top++;
    int size = (int)patterns->len;
    for (int i = 0; i < size; i++) {
        KrPattern *p = patterns->items[i];
        if (is_wildcard(p) || i == star)
            continue;
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        if (i < star) {
            KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, i)));
        } else { /* a non-negative index: the subject may not take -1 */
            KR_TRY(kri_cg_op(c, KR_OP_GET_LEN));
            KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, size - i)));
            KR_TRY(kri_cg_opi(c, KR_OP_BINARY_OP, KR_BINOP_SUBTRACT));
        }
        KR_TRY(kri_cg_op(c, KR_OP_BINARY_SUBSCR));
        KR_TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return kri_cg_op(c, KR_OP_POP_TOP);
}

/* `p as name` and bare captures: the subject is copied for `p`, then
 * stored; a bare capture or `_` must be allowed to be irrefutable. */
static int pattern_as(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    const char *name = p->v.MatchAs.name;
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (name)
                return kri_cg_error(c, "name capture '%s' makes remaining patterns unreachable",
                                    name);
            return kri_cg_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, name, pc);
    }
    pc->on_top++; /* a copy to store on success */
    KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
    KR_TRY(pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, name, pc);
}

/* Keyword names of a class pattern: no __debug__, no repeats (the
 * error points at the sub-pattern, the names have no position). */
static int validate_kwd_attrs(KrCompiler *c, KrIdentSeq *attrs, KrPatternSeq *patterns)
{
    for (ptrdiff_t i = 0; attrs && i < attrs->len; i++) {
        const char *attr = attrs->items[i];
        KR_SET_LOC(c, patterns->items[i]);
        if (strcmp(attr, "__debug__") == 0)
            return kri_cg_error(c, "cannot assign to __debug__");
        for (ptrdiff_t j = i + 1; j < attrs->len; j++) {
            if (strcmp(attr, attrs->items[j]) == 0) {
                KR_SET_LOC(c, patterns->items[j]);
                return kri_cg_error(c, "attribute name repeated in class pattern: %s", attr);
            }
        }
    }
    return 0;
}

/* C(p1, k=p2): MATCH_CLASS gives a tuple of the attributes (or None). */
static int pattern_class(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    KrPatternSeq *patterns = p->v.MatchClass.patterns, *kwd = p->v.MatchClass.kwd_patterns;
    KrIdentSeq *attrs = p->v.MatchClass.kwd_attrs;
    int nargs = patterns ? (int)patterns->len : 0, nattrs = attrs ? (int)attrs->len : 0;
    if (nattrs) {
        KR_TRY(validate_kwd_attrs(c, attrs, kwd));
        KR_SET_LOC(c, p);
    }
    KR_TRY(kri_cg_expr(c, p->v.MatchClass.cls));
    KrCodeConst **names = kri_arena_alloc(c->arena, (size_t)(nattrs + 1) * sizeof(KrCodeConst *));
    if (!names)
        return kri_cg_no_memory(c);
    for (int i = 0; i < nattrs; i++) {
        const char *attr = attrs->items[i];
        if (!(names[i] = kri_const_text(c->arena, KR_CC_STR, attr, strlen(attr))))
            return kri_cg_no_memory(c);
    }
    KR_TRY(kri_cg_load_const(c, kri_const_tuple(c->arena, names, (size_t)nattrs)));
    KR_TRY(kri_cg_opi(c, KR_OP_MATCH_CLASS, nargs));
    KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
    KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_opi(c, KR_OP_IS_OP, 1));
    /* a tuple of the nargs + nattrs attributes, or None */
    pc->on_top++;
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        KrPattern *sub = i < nargs ? patterns->items[i] : kwd->items[i - nargs];
        if (is_wildcard(sub)) {
            KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
            continue;
        }
        KR_TRY(subpattern(c, sub, pc));
    }
    return 0;
}

/* The keys of a mapping pattern: literals (no two equal) and attributes. */
static int mapping_keys(KrCompiler *c, KrExprSeq *keys, KrPatternSeq *patterns)
{
    ptrdiff_t size = keys ? keys->len : 0;
    KrCodeConst **seen = kri_arena_alloc(c->arena, (size_t)(size + 1) * sizeof(KrCodeConst *));
    if (!seen)
        return kri_cg_no_memory(c);
    int nseen = 0;
    for (ptrdiff_t i = 0; i < size; i++) {
        KrExpr *key = keys->items[i];
        if (!key) {
            KR_SET_LOC(c, patterns->items[i]);
            return kri_cg_error(c, "can't use NULL keys in MatchMapping "
                                   "(set 'rest' parameter instead)");
        }
        if (key->kind == KR_AST_Constant) {
            KrCodeConst *v = kri_const_of_expr(c->arena, key);
            if (!v)
                return kri_cg_no_memory(c);
            for (int j = 0; j < nseen; j++) {
                if (kri_const_py_equal(seen[j], v)) {
                    KrBuf repr;
                    kri_buf_init(&repr);
                    int rc = kri_const_format(&repr, v);
                    rc = rc < 0 ? kri_cg_no_memory(c)
                                : kri_cg_error(c, "mapping pattern checks duplicate key (%s)",
                                               repr.data);
                    kri_buf_free(&repr);
                    return rc;
                }
            }
            seen[nseen++] = v;
        } else if (key->kind != KR_AST_Attribute) {
            return kri_cg_error(c, "mapping pattern keys may only match literals and "
                                   "attribute lookups");
        }
        KR_TRY(kri_cg_expr(c, key));
    }
    return 0;
}

/* {k: p, **rest}: MATCH_MAPPING, a length check, MATCH_KEYS for the
 * values; **rest is a copy of the subject without the keys. */
static int pattern_mapping(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    KrExprSeq *keys = p->v.MatchMapping.keys;
    KrPatternSeq *patterns = p->v.MatchMapping.patterns;
    int size = keys ? (int)keys->len : 0;
    const char *rest = p->v.MatchMapping.rest;
    pc->on_top++; /* the subject stays on top for the checks */
    KR_TRY(kri_cg_op(c, KR_OP_MATCH_MAPPING));
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    if (!size && !rest) { /* just {} */
        pc->on_top--;
        return kri_cg_op(c, KR_OP_POP_TOP);
    }
    if (size) {
        KR_TRY(kri_cg_op(c, KR_OP_GET_LEN));
        KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, size)));
        KR_TRY(kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_GE));
        KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    }
    KR_TRY(mapping_keys(c, keys, patterns));
    KR_TRY(kri_cg_opi(c, KR_OP_BUILD_TUPLE, size));
    KR_TRY(kri_cg_op(c, KR_OP_MATCH_KEYS));
    /* a tuple of keys and a tuple of values (or None) on the subject */
    pc->on_top += 2;
    KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
    KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_opi(c, KR_OP_IS_OP, 1));
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, size));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        KR_TRY(subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2; /* what follows consumes the keys and the subject */
    if (!rest) {
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* keys */
        return kri_cg_op(c, KR_OP_POP_TOP); /* subject */
    }
    /* rest = dict(subject); del rest[key] for each key */
    KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
    KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 3));
    KR_TRY(kri_cg_opi(c, KR_OP_DICT_UPDATE, 2));
    KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, size));
    while (size) {
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1 + size--));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        KR_TRY(kri_cg_op(c, KR_OP_DELETE_SUBSCR));
    }
    return store_name(c, rest, pc);
}

/* After one alternative matched: put its captures in the first
 * alternative's order ([control]). */
static int reorder_alternative(KrCompiler *c, PatternCtx *pc, const Names *control)
{
    int nstores = pc->stores.len;
    for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        int istores = names_index(&pc->stores, control->items[icontrol]);
        if (istores < 0)
            return kri_cg_error(c, "alternative patterns bind different names");
        if (icontrol == istores)
            continue;
        /* rotated = stores[:n]; del stores[:n]; stores[ic-is:ic-is] = rotated */
        int rotations = istores + 1;
        const char **rotated = kri_arena_alloc(c->arena, (size_t)rotations * sizeof(char *));
        if (!rotated)
            return kri_cg_no_memory(c);
        memcpy(rotated, pc->stores.items, (size_t)rotations * sizeof(char *));
        memmove(pc->stores.items, pc->stores.items + rotations,
                (size_t)(pc->stores.len - rotations) * sizeof(char *));
        pc->stores.len -= rotations;
        for (int k = 0; k < rotations; k++)
            KR_TRY(names_insert(c, &pc->stores, icontrol - istores + k, rotated[k]));
        while (rotations--)
            KR_TRY(rotate(c, icontrol + 1));
    }
    return 0;
}

/* p1 | p2: each alternative works on a copy of the subject, with its own
 * fail_pop chain; all must capture the same names. */
static int pattern_or(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KrPatternSeq *alts = p->v.MatchOr.patterns;
    PatternCtx old = *pc;
    Names control = {NULL, 0, 0};
    for (ptrdiff_t i = 0; i < alts->len; i++) {
        KrPattern *alt = alts->items[i];
        KR_SET_LOC(c, alt);
        pc->stores = (Names){NULL, 0, 0};
        /* an irrefutable alternative must be last, if allowed at all */
        pc->allow_irrefutable = i == alts->len - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        KR_TRY(pattern(c, alt, pc));
        if (i == 0)
            control = pc->stores;
        else if (pc->stores.len != control.len)
            return kri_cg_error(c, "alternative patterns bind different names");
        else if (pc->stores.len)
            KR_TRY(reorder_alternative(c, pc, &control));
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP, end));
        KR_TRY(emit_and_reset_fail_pop(c, pc));
    }
    *pc = old;
    /* no alternative matched: pop the subject's copy and fail */
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_JUMP));
    kri_cg_use_block(c, end);
    /* move each capture under the other stores, the subject's copy, what
     * stays on top and the captures made before this pattern */
    int nrots = control.len + 1 + pc->on_top + pc->stores.len;
    for (int i = 0; i < control.len; i++) {
        KR_TRY(rotate(c, nrots));
        const char *name = control.items[i];
        if (names_index(&pc->stores, name) >= 0)
            return kri_cg_error(c, "multiple assignments to name '%s' in pattern", name);
        KR_TRY(names_insert(c, &pc->stores, pc->stores.len, name));
    }
    return kri_cg_op(c, KR_OP_POP_TOP); /* the subject's copy */
}

/* [p1, *rest, p2]: MATCH_SEQUENCE, a length check, then unpacking or,
 * with a `*_`, indexing. */
static int pattern_sequence(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    KrPatternSeq *patterns = p->v.MatchSequence.patterns;
    int size = patterns ? (int)patterns->len : 0, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        KrPattern *sub = patterns->items[i];
        if (sub->kind == KR_AST_MatchStar) {
            if (star >= 0)
                return kri_cg_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(sub);
    }
    pc->on_top++; /* the subject stays on top for the checks */
    KR_TRY(kri_cg_op(c, KR_OP_MATCH_SEQUENCE));
    KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    if (star < 0 || size > 1) { /* len == size, or len >= size - 1 */
        KR_TRY(kri_cg_op(c, KR_OP_GET_LEN));
        KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, star < 0 ? size : size - 1)));
        KR_TRY(kri_cg_opi(c, KR_OP_COMPARE_OP, star < 0 ? KR_CMP_EQ : KR_CMP_GE));
        KR_TRY(jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return kri_cg_op(c, KR_OP_POP_TOP);
    if (star_wildcard)
        return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

/* Matches the subject on top of the stack against [p], consuming it; on
 * failure jumps to fail_pop. */
static int pattern(KrCompiler *c, KrPattern *p, PatternCtx *pc)
{
    KR_TRY(kri_cg_enter_node(c));
    KR_SET_LOC(c, p);
    int rc;
    switch (p->kind) {
    case KR_AST_MatchValue: {
        KrExpr *v = p->v.MatchValue.value;
        if (v->kind != KR_AST_Constant && v->kind != KR_AST_Attribute) {
            rc = kri_cg_error(c, "patterns may only match literals and attribute lookups");
            break;
        }
        rc = kri_cg_expr(c, v);
        if (rc == 0)
            rc = kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_EQ);
        if (rc == 0)
            rc = jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE);
        break;
    }
    case KR_AST_MatchSingleton:
        rc = kri_cg_load_const(c, kri_const_from_ast(c->arena, p->v.MatchSingleton.value));
        if (rc == 0)
            rc = kri_cg_opi(c, KR_OP_IS_OP, 0);
        if (rc == 0)
            rc = jump_to_fail_pop(c, pc, KR_OP_POP_JUMP_IF_FALSE);
        break;
    case KR_AST_MatchSequence: rc = pattern_sequence(c, p, pc); break;
    case KR_AST_MatchMapping: rc = pattern_mapping(c, p, pc); break;
    case KR_AST_MatchClass: rc = pattern_class(c, p, pc); break;
    case KR_AST_MatchStar: rc = store_name(c, p->v.MatchStar.name, pc); break;
    case KR_AST_MatchAs: rc = pattern_as(c, p, pc); break;
    case KR_AST_MatchOr: rc = pattern_or(c, p, pc); break;
    default: rc = kri_cg_error(c, "invalid match pattern node in AST"); break;
    }
    c->depth--;
    return rc;
}

/* One case: the pattern on a copy of the subject (except for the last
 * case tried), captures bound, the guard, the body, then the failure paths. */
static int match_case(KrCompiler *c, KrMatchCase *m, bool copy_subject, bool last,
                      PatternCtx *pc, KrBlock *end)
{
    KR_SET_LOC(c, m->pattern);
    if (copy_subject)
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
    pc->stores = (Names){NULL, 0, 0};
    /* irrefutable cases must be guarded, last, or both */
    pc->allow_irrefutable = m->guard != NULL || last;
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    pc->on_top = 0;
    KR_TRY(pattern(c, m->pattern, pc));
    /* a match: bind the captures, which are on the stack */
    for (int n = 0; n < pc->stores.len; n++)
        KR_TRY(kri_cg_nameop(c, pc->stores.items[n], KR_AST_Store));
    if (m->guard) {
        KR_TRY(ensure_fail_pop(c, pc, 0));
        KR_TRY(kri_cg_jump_if(c, m->guard, pc->fail_pop[0], false));
    }
    if (copy_subject)
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    KR_TRY(kri_cg_stmts(c, m->body));
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, end));
    /* the cleanup of a failed pattern belongs to the pattern's line */
    KR_SET_LOC(c, m->pattern);
    return emit_and_reset_fail_pop(c, pc);
}

int kri_cg_match(KrCompiler *c, KrStmt *s)
{
    PatternCtx pc;
    memset(&pc, 0, sizeof pc);
    KR_TRY(kri_cg_expr(c, s->v.Match.subject));
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KrMatchCaseSeq *cases = s->v.Match.cases;
    ptrdiff_t n = cases->len;
    KrMatchCase *m = cases->items[n - 1];
    /* a trailing `case _:` needs no pattern code */
    int has_default = is_wildcard(m->pattern) && n > 1;
    for (ptrdiff_t i = 0; i < n - has_default; i++)
        KR_TRY(match_case(c, cases->items[i], i != n - has_default - 1, i == n - 1, &pc, end));
    if (has_default) {
        m = cases->items[n - 1];
        KR_SET_LOC(c, m->pattern);
        /* with no other case the subject is done with; else a NOP shows the
         * line as executed */
        KR_TRY(kri_cg_op(c, n == 1 ? KR_OP_POP_TOP : KR_OP_NOP));
        if (m->guard)
            KR_TRY(kri_cg_jump_if(c, m->guard, end, false));
        KR_TRY(kri_cg_stmts(c, m->body));
    }
    kri_cg_use_block(c, end);
    return 0;
}
