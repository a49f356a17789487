/* Code generation for statements, as CPython 3.11's compiler emits it:
 * loops (the while test repeated at the bottom), try/except/finally and
 * except* with 3.11's zero-cost handlers (SETUP_FINALLY/SETUP_CLEANUP
 * pseudo-instructions, PUSH_EXC_INFO, POP_EXCEPT, RERAISE), with and async
 * with, return/break/continue unwinding the frame blocks they cross,
 * imports, assignments, assert.
 * Invariant: the frame-block stack (KrUnit.fblocks) mirrors what a
 * break/continue/return at this point must undo, innermost last; code that
 * runs on the way out is "artificial" (no location of its own).
 * See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <string.h>

int kri_cg_call_exit_with_nones(KrCompiler *c)
{
    for (int i = 0; i < 3; i++)
        KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, 2));
    return kri_cg_opi(c, KR_OP_CALL, 2);
}

/* [exc_info, lasti, exc] -> restore exc_info, re-raise exc. */
static int pop_except_and_reraise(KrCompiler *c)
{
    KR_TRY(kri_cg_opi(c, KR_OP_COPY, 3));
    KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
    return kri_cg_opi(c, KR_OP_RERAISE, 1);
}

int kri_cg_with_except_finish(KrCompiler *c, KrBlock *cleanup)
{
    kri_cg_unset_loc(c);
    KrBlock *exit = kri_cg_new_block(c);
    if (!exit)
        return -1;
    KR_TRY(kri_cg_jump(c, KR_OP_POP_JUMP_IF_TRUE, exit));
    KR_TRY(kri_cg_use_new_block(c));
    KR_TRY(kri_cg_opi(c, KR_OP_RERAISE, 2));
    kri_cg_use_block(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kri_cg_use_block(c, exit);
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* exc_value */
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    return kri_cg_op(c, KR_OP_POP_TOP);
}

/* Keeps a return value on top while unwinding pops what is under it. */
static int swap_if(KrCompiler *c, bool preserve_tos)
{
    return preserve_tos ? kri_cg_opi(c, KR_OP_SWAP, 2) : 0;
}

/* What leaving a frame block early costs: popping a for loop's iterator,
 * leaving a try (POP_BLOCK), running a finally body or a with's __exit__,
 * restoring the exception state after a handler and deleting its name. */
int kri_cg_unwind_fblock(KrCompiler *c, KrFBlock *info, bool preserve_tos)
{
    switch (info->type) {
    case KR_FB_WHILE_LOOP:
    case KR_FB_EXCEPTION_HANDLER:
    case KR_FB_EXCEPTION_GROUP_HANDLER:
    case KR_FB_ASYNC_COMPREHENSION_GENERATOR: return 0;
    case KR_FB_FOR_LOOP: /* the iterator */
    case KR_FB_POP_VALUE:
        KR_TRY(swap_if(c, preserve_tos));
        return kri_cg_op(c, KR_OP_POP_TOP);
    case KR_FB_TRY_EXCEPT: return kri_cg_op(c, KR_OP_POP_BLOCK);
    case KR_FB_FINALLY_TRY:
        /* This POP_BLOCK gets the location of the unwinding statement; the
         * finally body then runs as if after it. */
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        if (preserve_tos)
            KR_TRY(kri_cg_push_fblock(c, KR_FB_POP_VALUE, NULL, NULL, NULL));
        KR_TRY(kri_cg_stmts(c, (KrStmtSeq *)info->datum));
        if (preserve_tos)
            kri_cg_pop_fblock(c);
        kri_cg_unset_loc(c);
        return 0;
    case KR_FB_FINALLY_END:
        KR_TRY(swap_if(c, preserve_tos));
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* exc_value */
        KR_TRY(swap_if(c, preserve_tos));
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        return kri_cg_op(c, KR_OP_POP_EXCEPT);
    case KR_FB_WITH:
    case KR_FB_ASYNC_WITH:
        KR_SET_LOC(c, (const KrStmt *)info->datum);
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        KR_TRY(swap_if(c, preserve_tos));
        KR_TRY(kri_cg_call_exit_with_nones(c));
        if (info->type == KR_FB_ASYNC_WITH) {
            KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 2));
            KR_TRY(kri_cg_load_none(c));
            KR_TRY(kri_cg_add_yield_from(c, true));
        }
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
        kri_cg_unset_loc(c);
        return 0;
    case KR_FB_HANDLER_CLEANUP:
        if (info->datum)
            KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        KR_TRY(swap_if(c, preserve_tos));
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
        if (info->datum) {
            KR_TRY(kri_cg_load_none(c));
            KR_TRY(kri_cg_nameop(c, (const char *)info->datum, KR_AST_Store));
            KR_TRY(kri_cg_nameop(c, (const char *)info->datum, KR_AST_Del));
        }
        return 0;
    }
    return 0;
}

/* Unwinds every frame block, or up to the innermost loop when [loop] is
 * not NULL (which then receives it, or NULL if there is none). */
static int unwind_fblock_stack(KrCompiler *c, bool preserve_tos, KrFBlock **loop)
{
    KrUnit *u = c->u;
    if (u->nfblocks == 0)
        return 0;
    KrFBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == KR_FB_EXCEPTION_GROUP_HANDLER)
        return kri_cg_error(c, "'break', 'continue' and 'return' cannot appear in an "
                               "except* block");
    if (loop && (top->type == KR_FB_WHILE_LOOP || top->type == KR_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    KrFBlock copy = *top;
    u->nfblocks--;
    KR_TRY(kri_cg_unwind_fblock(c, &copy, preserve_tos));
    KR_TRY(unwind_fblock_stack(c, preserve_tos, loop));
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

/* return [x]: the value is computed before unwinding (frame blocks may
 * run finally bodies); a constant value is loaded after it instead, and a
 * NOP keeps its line when it differs from the statement's. */
static int return_stmt(KrCompiler *c, KrStmt *s)
{
    KrExpr *value = s->v.Return.value;
    bool preserve_tos = value && value->kind != KR_AST_Constant;
    KrSymBlock *ste = c->u->ste;
    if (ste->kind != KR_BLOCK_FUNCTION)
        return kri_cg_error(c, "'return' outside function");
    if (value && ste->coroutine && ste->generator)
        return kri_cg_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        KR_TRY(kri_cg_expr(c, value));
    } else if (value) { /* an instruction carrying the value's line */
        KR_SET_LOC(c, value);
        KR_TRY(kri_cg_op(c, KR_OP_NOP));
    }
    if (!value || value->lineno != s->lineno) {
        KR_SET_LOC(c, s);
        KR_TRY(kri_cg_op(c, KR_OP_NOP));
    }
    KR_TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!value)
        KR_TRY(kri_cg_load_none(c));
    else if (!preserve_tos)
        KR_TRY(kri_cg_load_const(c, kri_const_of_expr(c->arena, value)));
    return kri_cg_op(c, KR_OP_RETURN_VALUE);
}

/* break: unwinds to the innermost loop (popping a for loop's iterator). */
static int break_stmt(KrCompiler *c)
{
    KrFBlock *loop = NULL;
    KR_TRY(kri_cg_op(c, KR_OP_NOP));
    KR_TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return kri_cg_error(c, "'break' outside loop");
    KR_TRY(kri_cg_unwind_fblock(c, loop, false));
    return kri_cg_jump(c, KR_OP_JUMP, loop->exit);
}

/* continue: unwinds to the innermost loop and jumps to its top. */
static int continue_stmt(KrCompiler *c)
{
    KrFBlock *loop = NULL;
    KR_TRY(kri_cg_op(c, KR_OP_NOP));
    KR_TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return kri_cg_error(c, "'continue' not properly in loop");
    return kri_cg_jump(c, KR_OP_JUMP, loop->block);
}

/* ---- control flow ---- */

/* if/elif/else (elif is a nested If in orelse). */
static int if_stmt(KrCompiler *c, KrStmt *s)
{
    KrBlock *end = kri_cg_new_block(c), *next = end;
    if (!end)
        return -1;
    bool has_else = s->v.If.orelse && s->v.If.orelse->len;
    if (has_else && !(next = kri_cg_new_block(c)))
        return -1;
    KR_TRY(kri_cg_jump_if(c, s->v.If.test, next, false));
    KR_TRY(kri_cg_stmts(c, s->v.If.body));
    if (has_else) {
        KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
        kri_cg_use_block(c, next);
        KR_TRY(kri_cg_stmts(c, s->v.If.orelse));
    }
    kri_cg_use_block(c, end);
    return 0;
}

/* for: FOR_ITER jumps to `cleanup` (the else clause) when exhausted. */
static int for_stmt(KrCompiler *c, KrStmt *s)
{
    KrBlock *start = kri_cg_new_block(c), *body = kri_cg_new_block(c);
    KrBlock *cleanup = kri_cg_new_block(c), *end = kri_cg_new_block(c);
    if (!start || !body || !cleanup || !end)
        return -1;
    KR_TRY(kri_cg_push_fblock(c, KR_FB_FOR_LOOP, start, end, NULL));
    KR_TRY(kri_cg_expr(c, s->v.For.iter));
    KR_TRY(kri_cg_op(c, KR_OP_GET_ITER));
    kri_cg_use_block(c, start);
    KR_TRY(kri_cg_jump(c, KR_OP_FOR_ITER, cleanup));
    kri_cg_use_block(c, body);
    KR_TRY(kri_cg_expr(c, s->v.For.target));
    KR_TRY(kri_cg_stmts(c, s->v.For.body));
    kri_cg_unset_loc(c); /* the jump back is artificial */
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, start));
    kri_cg_use_block(c, cleanup);
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_stmts(c, s->v.For.orelse));
    kri_cg_use_block(c, end);
    return 0;
}

/* async for: each __anext__ is awaited under SETUP_FINALLY; its handler
 * END_ASYNC_FOR ends the loop on StopAsyncIteration. */
static int async_for_stmt(KrCompiler *c, KrStmt *s)
{
    if (c->u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION)
        return kri_cg_error(c, "'async for' outside async function");
    KrBlock *start = kri_cg_new_block(c), *except = kri_cg_new_block(c);
    KrBlock *end = kri_cg_new_block(c);
    if (!start || !except || !end)
        return -1;
    KR_TRY(kri_cg_expr(c, s->v.AsyncFor.iter));
    KR_TRY(kri_cg_op(c, KR_OP_GET_AITER));
    kri_cg_use_block(c, start);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_FOR_LOOP, start, end, NULL));
    /* SETUP_FINALLY guards the __anext__ call */
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_FINALLY, except));
    KR_TRY(kri_cg_op(c, KR_OP_GET_ANEXT));
    KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_add_yield_from(c, true));
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_expr(c, s->v.AsyncFor.target));
    KR_TRY(kri_cg_stmts(c, s->v.AsyncFor.body));
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, start));
    kri_cg_pop_fblock(c);
    kri_cg_use_block(c, except);
    /* END_ASYNC_FOR belongs to the `for`, so it takes the iterable's line */
    KR_SET_LOC(c, s->v.AsyncFor.iter);
    KR_TRY(kri_cg_op(c, KR_OP_END_ASYNC_FOR));
    KR_TRY(kri_cg_stmts(c, s->v.AsyncFor.orelse));
    kri_cg_use_block(c, end);
    return 0;
}

/* while: the test is compiled twice, before the loop and at its bottom
 * (3.11 has no jump back to a test at the top). */
static int while_stmt(KrCompiler *c, KrStmt *s)
{
    KrBlock *loop = kri_cg_new_block(c), *body = kri_cg_new_block(c);
    KrBlock *anchor = kri_cg_new_block(c), *end = kri_cg_new_block(c);
    if (!loop || !body || !anchor || !end)
        return -1;
    kri_cg_use_block(c, loop);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_WHILE_LOOP, loop, end, NULL));
    KR_TRY(kri_cg_jump_if(c, s->v.While.test, anchor, false));
    kri_cg_use_block(c, body);
    KR_TRY(kri_cg_stmts(c, s->v.While.body));
    KR_SET_LOC(c, s);
    KR_TRY(kri_cg_jump_if(c, s->v.While.test, body, true));
    kri_cg_pop_fblock(c);
    kri_cg_use_block(c, anchor);
    KR_TRY(kri_cg_stmts(c, s->v.While.orelse));
    kri_cg_use_block(c, end);
    return 0;
}

/* ---- try ---- */

static int try_except(KrCompiler *c, KrStmt *s);
static int try_star_except(KrCompiler *c, KrStmt *s);

/* try/finally (also around try/except and try/except*) */
/* The finally body is emitted twice: inline after the body for the normal
 * way out (and once more by every return/break/continue crossing it, see
 * kri_cg_unwind_fblock), and as the handler for the exceptional way out,
 * which re-raises after it. */
static int try_finally(KrCompiler *c, KrStmt *s, bool star)
{
    KrBlock *body = kri_cg_new_block(c), *end = kri_cg_new_block(c);
    KrBlock *exit = kri_cg_new_block(c), *cleanup = kri_cg_new_block(c);
    if (!body || !end || !exit || !cleanup)
        return -1;
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_FINALLY, end));
    kri_cg_use_block(c, body);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (s->v.Try.handlers && s->v.Try.handlers->len)
        KR_TRY(star ? try_star_except(c, s) : try_except(c, s));
    else
        KR_TRY(kri_cg_stmts(c, s->v.Try.body));
    KR_TRY(kri_cg_op_noline(c, KR_OP_POP_BLOCK, 0));
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_stmts(c, s->v.Try.finalbody));
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, exit));
    /* the finally block, for the exceptional way out */
    kri_cg_use_block(c, end);
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup));
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_EXC_INFO));
    KR_TRY(kri_cg_push_fblock(c, KR_FB_FINALLY_END, end, NULL, NULL));
    KR_TRY(kri_cg_stmts(c, s->v.Try.finalbody));
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_opi(c, KR_OP_RERAISE, 0));
    kri_cg_use_block(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kri_cg_use_block(c, exit);
    return 0;
}

/* `name = None; del name` after a handler that bound the exception. */
static int clear_handler_name(KrCompiler *c, const char *name)
{
    KR_TRY(kri_cg_load_none(c));
    KR_TRY(kri_cg_nameop(c, name, KR_AST_Store));
    return kri_cg_nameop(c, name, KR_AST_Del);
}

/* The body of one `except` clause. With `as name`, the body runs in an
 * implicit try/finally that deletes the name. */
static int except_handler(KrCompiler *c, KrExcepthandler *h, KrBlock *end)
{
    const char *name = h->v.ExceptHandler.name;
    KrBlock *cleanup_body = kri_cg_new_block(c);
    if (!cleanup_body)
        return -1;
    if (name) {
        KrBlock *cleanup_end = kri_cg_new_block(c);
        if (!cleanup_end)
            return -1;
        KR_TRY(kri_cg_nameop(c, name, KR_AST_Store));
        /* the body runs inside `try: ... finally: name = None; del name` */
        KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup_end));
        kri_cg_use_block(c, cleanup_body);
        KR_TRY(kri_cg_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, name));
        KR_TRY(kri_cg_stmts(c, h->v.ExceptHandler.body));
        kri_cg_pop_fblock(c);
        kri_cg_unset_loc(c);
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
        KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
        KR_TRY(clear_handler_name(c, name));
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP, end));
        kri_cg_use_block(c, cleanup_end);
        kri_cg_unset_loc(c);
        KR_TRY(clear_handler_name(c, name));
        return kri_cg_opi(c, KR_OP_RERAISE, 1);
    }
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* exc_value */
    kri_cg_use_block(c, cleanup_body);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
    KR_TRY(kri_cg_stmts(c, h->v.ExceptHandler.body));
    kri_cg_pop_fblock(c);
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
    return kri_cg_jump(c, KR_OP_JUMP, end);
}

/* try/except/else: the body under SETUP_FINALLY; the handler tests
 * each clause with CHECK_EXC_MATCH and re-raises when none matches. */
static int try_except(KrCompiler *c, KrStmt *s)
{
    KrBlock *body = kri_cg_new_block(c), *except = kri_cg_new_block(c);
    KrBlock *end = kri_cg_new_block(c), *cleanup = kri_cg_new_block(c);
    if (!body || !except || !end || !cleanup)
        return -1;
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_FINALLY, except));
    kri_cg_use_block(c, body);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_TRY_EXCEPT, body, NULL, NULL));
    KR_TRY(kri_cg_stmts(c, s->v.Try.body));
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_op_noline(c, KR_OP_POP_BLOCK, 0));
    KR_TRY(kri_cg_stmts(c, s->v.Try.orelse));
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
    ptrdiff_t n = s->v.Try.handlers->len;
    kri_cg_use_block(c, except);
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup));
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_EXC_INFO));
    /* the runtime pushes a block here */
    KR_TRY(kri_cg_push_fblock(c, KR_FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (ptrdiff_t i = 0; i < n; i++) {
        KrExcepthandler *h = s->v.Try.handlers->items[i];
        KR_SET_LOC(c, h);
        if (!h->v.ExceptHandler.type && i < n - 1)
            return kri_cg_error(c, "default 'except:' must be last");
        KrBlock *next = kri_cg_new_block(c);
        if (!next)
            return -1;
        if (h->v.ExceptHandler.type) {
            KR_TRY(kri_cg_expr(c, h->v.ExceptHandler.type));
            KR_TRY(kri_cg_op(c, KR_OP_CHECK_EXC_MATCH));
            KR_TRY(kri_cg_jump(c, KR_OP_POP_JUMP_IF_FALSE, next));
        }
        KR_TRY(except_handler(c, h, end));
        kri_cg_use_block(c, next);
    }
    kri_cg_unset_loc(c);
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_opi(c, KR_OP_RERAISE, 0));
    kri_cg_use_block(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kri_cg_use_block(c, end);
    return 0;
}

/* One except* clause. Whatever it does not handle, and whatever its body
 * raises, ends up in the list under the group; [except] is where the next
 * clause starts. */
static int star_handler(KrCompiler *c, KrExcepthandler *h, bool first, bool last,
                        KrBlock *reraise_star)
{
    const char *name = h->v.ExceptHandler.name;
    KrBlock *except = kri_cg_new_block(c), *handle_match = kri_cg_new_block(c);
    if (!except || !handle_match)
        return -1;
    if (first) {
        /* [exc] -> [orig, [], exc]: the list collects what handlers raise */
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_LIST, 0));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
    }
    if (h->v.ExceptHandler.type) {
        KR_TRY(kri_cg_expr(c, h->v.ExceptHandler.type));
        KR_TRY(kri_cg_op(c, KR_OP_CHECK_EG_MATCH));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        KR_TRY(kri_cg_jump(c, KR_OP_POP_JUMP_IF_NOT_NONE, handle_match));
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* match (None) */
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP, except));
    }
    kri_cg_use_block(c, handle_match);
    KrBlock *cleanup_end = kri_cg_new_block(c), *cleanup_body = kri_cg_new_block(c);
    if (!cleanup_end || !cleanup_body)
        return -1;
    if (name)
        KR_TRY(kri_cg_nameop(c, name, KR_AST_Store));
    else
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* match */
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup_end));
    kri_cg_use_block(c, cleanup_body);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, name));
    KR_TRY(kri_cg_stmts(c, h->v.ExceptHandler.body));
    kri_cg_pop_fblock(c);
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    if (name)
        KR_TRY(clear_handler_name(c, name));
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, except));
    kri_cg_use_block(c, cleanup_end);
    if (name)
        KR_TRY(clear_handler_name(c, name));
    /* what the body raised joins the list */
    KR_TRY(kri_cg_opi(c, KR_OP_LIST_APPEND, 3)); /* exc */
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));         /* lasti */
    kri_cg_use_block(c, except);
    if (last) {
        /* the unhandled part of the group, if any, joins the list */
        KR_TRY(kri_cg_opi(c, KR_OP_LIST_APPEND, 1));
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP, reraise_star));
    }
    return 0;
}

/* try/except*: handlers split the group; what remains, and whatever
 * the handlers raise, is re-raised as one group by PREP_RERAISE_STAR. */
static int try_star_except(KrCompiler *c, KrStmt *s)
{
    KrBlock *body = kri_cg_new_block(c), *except = kri_cg_new_block(c);
    KrBlock *orelse = kri_cg_new_block(c), *end = kri_cg_new_block(c);
    KrBlock *cleanup = kri_cg_new_block(c), *reraise_star = kri_cg_new_block(c);
    if (!body || !except || !orelse || !end || !cleanup || !reraise_star)
        return -1;
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_FINALLY, except));
    kri_cg_use_block(c, body);
    KR_TRY(kri_cg_push_fblock(c, KR_FB_TRY_EXCEPT, body, NULL, NULL));
    KR_TRY(kri_cg_stmts(c, s->v.TryStar.body));
    kri_cg_pop_fblock(c);
    KR_TRY(kri_cg_op_noline(c, KR_OP_POP_BLOCK, 0));
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, orelse));
    ptrdiff_t n = s->v.TryStar.handlers->len;
    kri_cg_use_block(c, except);
    kri_cg_unset_loc(c);
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup));
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_EXC_INFO));
    KR_TRY(kri_cg_push_fblock(c, KR_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler"));
    for (ptrdiff_t i = 0; i < n; i++) {
        KrExcepthandler *h = s->v.TryStar.handlers->items[i];
        KR_SET_LOC(c, h);
        KR_TRY(star_handler(c, h, i == 0, i == n - 1, reraise_star));
    }
    kri_cg_unset_loc(c);
    kri_cg_pop_fblock(c);
    KrBlock *reraise = kri_cg_new_block(c);
    if (!reraise)
        return -1;
    kri_cg_use_block(c, reraise_star);
    KR_TRY(kri_cg_op(c, KR_OP_PREP_RERAISE_STAR));
    KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
    KR_TRY(kri_cg_jump(c, KR_OP_POP_JUMP_IF_NOT_NONE, reraise));
    KR_TRY(kri_cg_use_new_block(c));
    /* nothing to re-raise */
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, end));
    kri_cg_use_block(c, reraise);
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
    KR_TRY(kri_cg_op(c, KR_OP_POP_EXCEPT));
    KR_TRY(kri_cg_opi(c, KR_OP_RERAISE, 0));
    kri_cg_use_block(c, cleanup);
    KR_TRY(pop_except_and_reraise(c));
    kri_cg_use_block(c, orelse);
    KR_TRY(kri_cg_stmts(c, s->v.TryStar.orelse));
    kri_cg_use_block(c, end);
    return 0;
}

/* Try and TryStar share their layout. */
static int try_stmt(KrCompiler *c, KrStmt *s, bool star)
{
    if (s->v.Try.finalbody && s->v.Try.finalbody->len)
        return try_finally(c, s, star);
    return star ? try_star_except(c, s) : try_except(c, s);
}

/* ---- with ---- */

/* with/async with item [pos] and the items after it (nested as one with
 * per item): __exit__(None, None, None) on success, WITH_EXCEPT_START on
 * failure, re-raising unless __exit__ returned true. */
static int with_stmt(KrCompiler *c, KrStmt *s, ptrdiff_t pos, bool is_async)
{
    KrWithitem *item = s->v.With.items->items[pos];
    if (is_async && c->u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION)
        return kri_cg_error(c, "'async with' outside async function");
    KrBlock *block = kri_cg_new_block(c), *final = kri_cg_new_block(c);
    KrBlock *exit = kri_cg_new_block(c), *cleanup = kri_cg_new_block(c);
    if (!block || !final || !exit || !cleanup)
        return -1;
    KR_TRY(kri_cg_expr(c, item->context_expr));
    if (is_async) {
        KR_TRY(kri_cg_op(c, KR_OP_BEFORE_ASYNC_WITH));
        KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 1));
        KR_TRY(kri_cg_load_none(c));
        KR_TRY(kri_cg_add_yield_from(c, true));
    } else {
        KR_TRY(kri_cg_op(c, KR_OP_BEFORE_WITH));
    }
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_WITH, final));
    kri_cg_use_block(c, block);
    KR_TRY(kri_cg_push_fblock(c, is_async ? KR_FB_ASYNC_WITH : KR_FB_WITH, block, final, s));
    if (item->optional_vars)
        KR_TRY(kri_cg_expr(c, item->optional_vars));
    else
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP)); /* what __enter__ returned */
    if (++pos == s->v.With.items->len)
        KR_TRY(kri_cg_stmts(c, s->v.With.body));
    else
        KR_TRY(with_stmt(c, s, pos, is_async));
    if (!is_async)
        kri_cg_unset_loc(c); /* what follows is artificial */
    KR_TRY(kri_cg_op(c, KR_OP_POP_BLOCK));
    kri_cg_pop_fblock(c);
    /* success: __exit__(None, None, None) */
    KR_SET_LOC(c, s);
    KR_TRY(kri_cg_call_exit_with_nones(c));
    if (is_async) {
        KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 2));
        KR_TRY(kri_cg_load_none(c));
        KR_TRY(kri_cg_add_yield_from(c, true));
    }
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP, exit));
    /* failure */
    kri_cg_use_block(c, final);
    KR_TRY(kri_cg_jump(c, KR_OP_SETUP_CLEANUP, cleanup));
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_EXC_INFO));
    KR_TRY(kri_cg_op(c, KR_OP_WITH_EXCEPT_START));
    if (is_async) {
        KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 2));
        KR_TRY(kri_cg_load_none(c));
        KR_TRY(kri_cg_add_yield_from(c, true));
    }
    KR_TRY(kri_cg_with_except_finish(c, cleanup));
    kri_cg_use_block(c, exit);
    return 0;
}

/* ---- simple statements ---- */

/* assert: gone under -O; the warning for a tuple test comes first. */
static int assert_stmt(KrCompiler *c, KrStmt *s)
{
    KrExpr *test = s->v.Assert.test;
    bool tuple = test->kind == KR_AST_Tuple && test->v.Tuple.elts && test->v.Tuple.elts->len;
    if (test->kind == KR_AST_Constant && kri_const_is_folded(test)) {
        KrCodeConst *v = kri_const_of_expr(c->arena, test);
        tuple = v && v->kind == KR_CC_TUPLE && v->v.seq.len;
    }
    if (tuple)
        KR_TRY(kri_cg_warn(c, "assertion is always true, perhaps remove parentheses?"));
    if (c->optimize)
        return 0;
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KR_TRY(kri_cg_jump_if(c, s->v.Assert.test, end, true));
    KR_TRY(kri_cg_op(c, KR_OP_LOAD_ASSERTION_ERROR));
    if (s->v.Assert.msg) {
        KR_TRY(kri_cg_expr(c, s->v.Assert.msg));
        KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, 0));
        KR_TRY(kri_cg_opi(c, KR_OP_CALL, 0));
    }
    KR_TRY(kri_cg_opi(c, KR_OP_RAISE_VARARGS, 1));
    kri_cg_use_block(c, end);
    return 0;
}

/* A copy of [len] bytes of [s] (import path components). */
static const char *substring(KrCompiler *c, const char *s, size_t len)
{
    char *r = kri_arena_strndup(c->arena, s, len);
    if (!r)
        kri_cg_no_memory(c);
    return r;
}

/* `import a.b.c as d`: IMPORT_FROM each attribute after the first. */
static int import_as(KrCompiler *c, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (!dot)
        return kri_cg_nameop(c, asname, KR_AST_Store);
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        const char *attr = substring(c, start, dot ? (size_t)(dot - start) : strlen(start));
        if (!attr)
            return -1;
        KR_TRY(kri_cg_op_name(c, KR_OP_IMPORT_FROM, attr, false));
        if (!dot)
            break;
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    }
    KR_TRY(kri_cg_nameop(c, asname, KR_AST_Store));
    return kri_cg_op(c, KR_OP_POP_TOP);
}

/* import a.b.c binds a; import a.b.c as d binds the submodule. */
static int import_stmt(KrCompiler *c, KrStmt *s)
{
    for (ptrdiff_t i = 0; i < s->v.Import.names->len; i++) {
        KrAlias *a = s->v.Import.names->items[i];
        KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, 0)));
        KR_TRY(kri_cg_load_none(c));
        KR_TRY(kri_cg_op_name(c, KR_OP_IMPORT_NAME, a->name, true));
        if (a->asname) {
            KR_TRY(import_as(c, a->name, a->asname));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = dot ? substring(c, a->name, (size_t)(dot - a->name)) : a->name;
            if (!store)
                return -1;
            KR_TRY(kri_cg_nameop(c, store, KR_AST_Store));
        }
    }
    return 0;
}

/* from m import a as b: IMPORT_NAME with the names as fromlist,
 * IMPORT_FROM each, or IMPORT_STAR. */
static int import_from_stmt(KrCompiler *c, KrStmt *s)
{
    KrAliasSeq *names = s->v.ImportFrom.names;
    ptrdiff_t n = names->len;
    KR_TRY(kri_cg_load_const(c, kri_const_int64(c->arena, s->v.ImportFrom.level)));
    KrCodeConst **items = kri_arena_alloc(c->arena, (size_t)n * sizeof(KrCodeConst *));
    if (!items)
        return kri_cg_no_memory(c);
    for (ptrdiff_t i = 0; i < n; i++) {
        const char *nm = names->items[i]->name;
        if (!(items[i] = kri_const_text(c->arena, KR_CC_STR, nm, strlen(nm))))
            return kri_cg_no_memory(c);
    }
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module &&
        strcmp(s->v.ImportFrom.module, "__future__") == 0)
        return kri_cg_error(c, "from __future__ imports must occur at the beginning of the file");
    KR_TRY(kri_cg_load_const(c, kri_const_tuple(c->arena, items, (size_t)n)));
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    KR_TRY(kri_cg_op_name(c, KR_OP_IMPORT_NAME, module, true));
    for (ptrdiff_t i = 0; i < n; i++) {
        KrAlias *a = names->items[i];
        if (i == 0 && a->name[0] == '*')
            return kri_cg_op(c, KR_OP_IMPORT_STAR);
        KR_TRY(kri_cg_op_name(c, KR_OP_IMPORT_FROM, a->name, true));
        KR_TRY(kri_cg_nameop(c, a->asname ? a->asname : a->name, KR_AST_Store));
    }
    return kri_cg_op(c, KR_OP_POP_TOP); /* the module */
}

/* Evaluates what a subscript target's annotation would need (its
 * slice parts), for an annotation without a value. */
static int check_ann_subscript(KrCompiler *c, KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_Slice:
        if (e->v.Slice.lower)
            KR_TRY(kri_cg_check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper)
            KR_TRY(kri_cg_check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step)
            KR_TRY(kri_cg_check_ann_expr(c, e->v.Slice.step));
        return 0;
    case KR_AST_Tuple:
        for (ptrdiff_t i = 0; e->v.Tuple.elts && i < e->v.Tuple.elts->len; i++)
            KR_TRY(check_ann_subscript(c, e->v.Tuple.elts->items[i]));
        return 0;
    default: return kri_cg_check_ann_expr(c, e);
    }
}

/* x: T = v: the value is stored first; a simple name in a module or
 * class body stores the annotation in __annotations__, other targets only
 * have their parts evaluated. */
static int ann_assign(KrCompiler *c, KrStmt *s)
{
    KrExpr *target = s->v.AnnAssign.target;
    bool module_or_class = c->u->scope_type == KR_SCOPE_TYPE_MODULE ||
                           c->u->scope_type == KR_SCOPE_TYPE_CLASS;
    bool future = (c->flags & KR_CO_FUTURE_ANNOTATIONS) != 0;
    if (s->v.AnnAssign.value) {
        KR_TRY(kri_cg_expr(c, s->v.AnnAssign.value));
        KR_TRY(kri_cg_expr(c, target));
    }
    switch (target->kind) {
    case KR_AST_Name:
        if (strcmp(target->v.Name.id, "__debug__") == 0)
            return kri_cg_error(c, "cannot assign to __debug__");
        if (s->v.AnnAssign.simple && module_or_class) {
            if (future)
                KR_TRY(kri_cg_visit_annexpr(c, s->v.AnnAssign.annotation));
            else
                KR_TRY(kri_cg_expr(c, s->v.AnnAssign.annotation));
            KR_TRY(kri_cg_op_name(c, KR_OP_LOAD_NAME, "__annotations__", true));
            const char *mangled = kri_cg_mangle(c, target->v.Name.id);
            if (!mangled)
                return -1;
            KR_TRY(kri_cg_load_str(c, mangled));
            KR_TRY(kri_cg_op(c, KR_OP_STORE_SUBSCR));
        }
        break;
    case KR_AST_Attribute:
        if (strcmp(target->v.Attribute.attr, "__debug__") == 0)
            return kri_cg_error(c, "cannot assign to __debug__");
        if (!s->v.AnnAssign.value)
            KR_TRY(kri_cg_check_ann_expr(c, target->v.Attribute.value));
        break;
    case KR_AST_Subscript:
        if (!s->v.AnnAssign.value) {
            KR_TRY(kri_cg_check_ann_expr(c, target->v.Subscript.value));
            KR_TRY(check_ann_subscript(c, target->v.Subscript.slice));
        }
        break;
    default: return kri_cg_error(c, "invalid node type for annotated assignment");
    }
    /* a complex target's annotation is evaluated last, in modules and classes */
    if (!s->v.AnnAssign.simple && !future && module_or_class)
        KR_TRY(kri_cg_check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

/* An expression statement: printed in interactive mode, a NOP when
 * constant, else evaluated and popped. */
static int expr_stmt(KrCompiler *c, KrExpr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        KR_TRY(kri_cg_expr(c, value));
        return kri_cg_op(c, KR_OP_PRINT_EXPR);
    }
    if (value->kind == KR_AST_Constant) /* a constant statement does nothing */
        return kri_cg_op(c, KR_OP_NOP);
    KR_TRY(kri_cg_expr(c, value));
    kri_cg_unset_loc(c); /* the POP_TOP is artificial */
    return kri_cg_op(c, KR_OP_POP_TOP);
}

/* The body of kri_cg_stmt, one case per statement kind. */
static int stmt_kind(KrCompiler *c, KrStmt *s)
{
    switch (s->kind) {
    case KR_AST_FunctionDef: return kri_cg_function(c, s, false);
    case KR_AST_AsyncFunctionDef: return kri_cg_function(c, s, true);
    case KR_AST_ClassDef: return kri_cg_class(c, s);
    case KR_AST_Return: return return_stmt(c, s);
    case KR_AST_Delete: return kri_cg_exprs(c, s->v.Delete.targets);
    case KR_AST_Assign: {
        ptrdiff_t n = s->v.Assign.targets->len;
        KR_TRY(kri_cg_expr(c, s->v.Assign.value));
        for (ptrdiff_t i = 0; i < n; i++) {
            if (i < n - 1)
                KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
            KR_TRY(kri_cg_expr(c, s->v.Assign.targets->items[i]));
        }
        return 0;
    }
    case KR_AST_AugAssign: return kri_cg_augassign(c, s);
    case KR_AST_AnnAssign: return ann_assign(c, s);
    case KR_AST_For: return for_stmt(c, s);
    case KR_AST_AsyncFor: return async_for_stmt(c, s);
    case KR_AST_While: return while_stmt(c, s);
    case KR_AST_If: return if_stmt(c, s);
    case KR_AST_Match: return kri_cg_match(c, s);
    case KR_AST_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            KR_TRY(kri_cg_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                KR_TRY(kri_cg_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        return kri_cg_opi(c, KR_OP_RAISE_VARARGS, n);
    }
    case KR_AST_Try: return try_stmt(c, s, false);
    case KR_AST_TryStar: return try_stmt(c, s, true);
    case KR_AST_Assert: return assert_stmt(c, s);
    case KR_AST_Import: return import_stmt(c, s);
    case KR_AST_ImportFrom: return import_from_stmt(c, s);
    case KR_AST_Global:
    case KR_AST_Nonlocal: return 0;
    case KR_AST_Expr: return expr_stmt(c, s->v.Expr.value);
    case KR_AST_Pass: return kri_cg_op(c, KR_OP_NOP);
    case KR_AST_Break: return break_stmt(c);
    case KR_AST_Continue: return continue_stmt(c);
    case KR_AST_With: return with_stmt(c, s, 0, false);
    case KR_AST_AsyncWith: return with_stmt(c, s, 0, true);
    }
    return 0;
}

int kri_cg_stmt(KrCompiler *c, KrStmt *s)
{
    KR_TRY(kri_cg_enter_node(c));
    KR_SET_LOC(c, s); /* every statement's first instruction gets its line */
    int rc = stmt_kind(c, s);
    c->depth--;
    return rc;
}
