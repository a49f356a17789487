/* The code generator's internal header, shared by codegen*.c, flowgraph.c,
 * assemble.c, const*.c and unparse.c (to be merged into compiler.h). The
 * pipeline is CPython 3.11's:
 *   AST --const_fold.c--> folded AST --symtable.c--> scopes
 *       --codegen*.c--> basic blocks of instructions (one KrUnit per scope)
 *       --flowgraph.c--> optimized blocks --assemble.c--> KrCodeUnit
 * Instructions carry a source location each; jumps point at blocks, not
 * offsets, until the assembler lays the blocks out. Everything lives in the
 * compilation's arena. Functions returning int give -1 with the compiler's
 * error filled (SyntaxError, MemoryError, RecursionError), else 0 (or 1 for
 * a true answer). See docs/internals/compiler.md. */
#ifndef KRAIT_COMPILER_CODEGEN_H
#define KRAIT_COMPILER_CODEGEN_H

#include "compiler/compiler.h"
#include "compiler/unit.h"

/* ---- the entry point ---- */

/* Compiles [mod] (Module, Interactive or Expression) to its code unit
 * tree, as compile(source, [filename], mode, flags, optimize=[optimize])
 * would: [flags] are KR_CO_FUTURE_* bits inherited by the code, [optimize]
 * 0, 1 (-O: asserts and __debug__ blocks removed) or 2 (-OO: docstrings
 * too). The AST is folded in place first. Returns NULL with [err] filled
 * (without its source text, which the caller adds). Everything returned
 * lives in [arena]. */
KR_HIDDEN KrCodeUnit *kri_compile_module(KrArena *arena, KrMod *mod, const char *filename,
                                         int flags, int optimize, KrSyntaxError *err);

/* A SyntaxWarning the compiler raises ("\"is\" with a literal", "'tuple'
 * object is not callable; perhaps you missed a comma?", ...), in the order
 * CPython 3.11 emits them (once per time the code is generated: a while
 * loop's test warns twice). The caller issues them with warnings.warn_explicit
 * at [lineno]; if one is turned into an error, CPython raises SyntaxError
 * with the same message instead. */
typedef struct KrCompileWarning {
    const char *msg; /* in the arena */
    int lineno;
    struct KrCompileWarning *next;
} KrCompileWarning;

/* kri_compile_module, also returning the warnings (a list in [arena], NULL
 * if none) through [warnings] when it is not NULL. */
KR_HIDDEN KrCodeUnit *kri_compile_module_ex(KrArena *arena, KrMod *mod, const char *filename,
                                            int flags, int optimize,
                                            KrCompileWarning **warnings, KrSyntaxError *err);

/* ---- virtual opcodes: codegen's, gone before assembly ---- */
enum {
    KR_OP_SETUP_FINALLY = 256, /* push a handler: target is the except block */
    KR_OP_SETUP_CLEANUP,       /* same, but the handler also gets lasti */
    KR_OP_SETUP_WITH,          /* same, for with/async with bodies */
    KR_OP_POP_BLOCK,           /* pop the innermost handler */
    KR_OP_JUMP,                /* direction decided at layout */
    KR_OP_JUMP_NO_INTERRUPT,
    KR_OP_POP_JUMP_IF_FALSE,
    KR_OP_POP_JUMP_IF_TRUE,
    KR_OP_POP_JUMP_IF_NONE,
    KR_OP_POP_JUMP_IF_NOT_NONE,
    KR_OP_VIRTUAL_END
};

/* ---- instructions and blocks ---- */

/* A source span; lineno < 0 means "no location" (filled in later from a
 * neighbour), col_offset < 0 "no column". */
typedef struct KrLoc {
    int lineno, end_lineno, col_offset, end_col_offset;
} KrLoc;

typedef struct KrBlock KrBlock;

typedef struct KrInstr {
    int opcode; /* KR_OP_*, real or virtual */
    int oparg;
    KrLoc loc;
    KrBlock *target; /* jumps and SETUP_*: where to */
    KrBlock *except; /* the handler in force (assembler) */
} KrInstr;

struct KrBlock {
    KrBlock *list;  /* every block of the unit, newest first */
    KrBlock *next;  /* the next block in layout order (fall-through) */
    KrInstr *instr;
    int iused, ialloc;
    int offset;       /* in code units, once laid out */
    int startdepth;   /* stack depth on entry (stack depth pass) */
    int predecessors; /* reachability pass */
    struct KrExceptStack *exceptstack; /* handler-labelling pass */
    bool nofallthrough;  /* ends in an unconditional jump or exit */
    bool exit;           /* ends in RETURN_VALUE, RAISE_VARARGS or RERAISE */
    bool visited;
    bool preserve_lasti; /* a handler entered with lasti on the stack */
};

/* ---- ordered name and constant tables ---- */

/* Strings in insertion order with an index (co_names, co_varnames...). */
typedef struct KrStrMap {
    const char **items;
    int len, cap;
    int *slots; /* open addressing: 1 + index, 0 empty */
    int nslots;
} KrStrMap;

KR_HIDDEN KR_NODISCARD int kri_strmap_add(KrArena *arena, KrStrMap *m, const char *s);
KR_HIDDEN int kri_strmap_find(const KrStrMap *m, const char *s);

/* Constants in insertion order, one per kri_const_same key. */
typedef struct KrConstMap {
    KrCodeConst **items;
    int len, cap;
    int *slots;
    int nslots;
} KrConstMap;

KR_HIDDEN KR_NODISCARD int kri_constmap_add(KrArena *arena, KrConstMap *m, KrCodeConst *c);

/* ---- the compiler's state ---- */

typedef enum KrScopeType {
    KR_SCOPE_TYPE_MODULE,
    KR_SCOPE_TYPE_CLASS,
    KR_SCOPE_TYPE_FUNCTION,
    KR_SCOPE_TYPE_ASYNC_FUNCTION,
    KR_SCOPE_TYPE_LAMBDA,
    KR_SCOPE_TYPE_COMPREHENSION,
} KrScopeType;

/* What break/continue/return must unwind (CPython's fblocks). */
typedef enum KrFBlockType {
    KR_FB_WHILE_LOOP,
    KR_FB_FOR_LOOP,
    KR_FB_TRY_EXCEPT,
    KR_FB_FINALLY_TRY,
    KR_FB_FINALLY_END,
    KR_FB_WITH,
    KR_FB_ASYNC_WITH,
    KR_FB_HANDLER_CLEANUP,
    KR_FB_POP_VALUE,
    KR_FB_EXCEPTION_HANDLER,
    KR_FB_EXCEPTION_GROUP_HANDLER,
    KR_FB_ASYNC_COMPREHENSION_GENERATOR,
} KrFBlockType;

typedef struct KrFBlock {
    KrFBlockType type;
    KrBlock *block;
    KrBlock *exit;      /* optional exit or cleanup block */
    const void *datum;  /* finally body, with statement, handler name */
} KrFBlock;

enum { KR_MAX_BLOCKS = 20 }; /* CO_MAXBLOCKS: "too many statically nested blocks" */

/* One scope being compiled; a stack of them through [parent]. */
typedef struct KrUnit {
    KrSymBlock *ste;
    KrScopeType scope_type;
    const char *name, *qualname;
    const char *private_name; /* class name for mangling, or NULL */
    KrStrMap names, varnames, cellvars, freevars;
    KrConstMap consts;
    int argcount, posonlyargcount, kwonlyargcount;
    KrBlock *blocks;   /* newest first, through KrBlock.list */
    KrBlock *curblock; /* where instructions go */
    KrFBlock fblocks[KR_MAX_BLOCKS];
    int nfblocks;
    int firstlineno;
    KrLoc loc; /* given to the next instructions */
    struct KrUnit *parent;
} KrUnit;

typedef struct KrCompiler {
    KrArena *arena;
    KrSymtable *st;
    const char *filename;
    int flags;    /* future features, merged */
    int optimize; /* 0, 1, 2 */
    int nestlevel;
    bool interactive;
    int future_lineno; /* the last future statement of the prologue */
    KrUnit *u;
    KrSyntaxError *err;
    int depth; /* nesting of visited nodes (C stack guard) */
    KrCompileWarning **warn_tail; /* where the next warning goes, or NULL */
} KrCompiler;

/* ---- codegen.c: emitting ---- */

/* Returns -1 from the calling function when [call] fails (the error is
 * already recorded in the compiler). */
#define KR_TRY(call)                                                                         \
    do {                                                                                     \
        if ((call) < 0)                                                                      \
            return -1;                                                                       \
    } while (0)

KR_HIDDEN KrBlock *kri_cg_new_block(KrCompiler *c);
/* Makes [b] (a fresh block) the next block in layout order and current. */
KR_HIDDEN void kri_cg_use_block(KrCompiler *c, KrBlock *b);
/* Starts a fresh block after the current one, when the current one is used. */
KR_HIDDEN KR_NODISCARD int kri_cg_use_new_block(KrCompiler *c);
KR_HIDDEN KR_NODISCARD int kri_cg_op(KrCompiler *c, int opcode);
KR_HIDDEN KR_NODISCARD int kri_cg_opi(KrCompiler *c, int opcode, int oparg);
/* An instruction without a location (CPython's *_NOLINE). */
KR_HIDDEN KR_NODISCARD int kri_cg_op_noline(KrCompiler *c, int opcode, int oparg);
KR_HIDDEN KR_NODISCARD int kri_cg_jump(KrCompiler *c, int opcode, KrBlock *target);
KR_HIDDEN KR_NODISCARD int kri_cg_jump_noline(KrCompiler *c, int opcode, KrBlock *target);
KR_HIDDEN KR_NODISCARD int kri_cg_load_const(KrCompiler *c, KrCodeConst *value);
KR_HIDDEN KR_NODISCARD int kri_cg_load_none(KrCompiler *c);
KR_HIDDEN KR_NODISCARD int kri_cg_load_str(KrCompiler *c, const char *s);
/* An opcode taking a co_names index, after mangling [name] when [mangle]. */
KR_HIDDEN KR_NODISCARD int kri_cg_op_name(KrCompiler *c, int opcode, const char *name, bool mangle);
/* Loads, stores or deletes [name] with the instruction its scope asks for. */
KR_HIDDEN KR_NODISCARD int kri_cg_nameop(KrCompiler *c, const char *name, KrExprContext ctx);
KR_HIDDEN void kri_cg_set_loc(KrCompiler *c, int lineno, int col, int end_lineno, int end_col);
#define KR_SET_LOC(c, node)                                                                  \
    kri_cg_set_loc(c, (node)->lineno, (node)->col_offset, (node)->end_lineno,                \
                   (node)->end_col_offset)
KR_HIDDEN void kri_cg_unset_loc(KrCompiler *c);

KR_HIDDEN KR_NODISCARD int kri_cg_error(KrCompiler *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
KR_HIDDEN int kri_cg_no_memory(KrCompiler *c);
/* Records a SyntaxWarning at the current line; -1 only without memory. */
KR_HIDDEN KR_NODISCARD int kri_cg_warn(KrCompiler *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
KR_HIDDEN KR_NODISCARD int kri_cg_enter_node(KrCompiler *c);
KR_HIDDEN const char *kri_cg_mangle(KrCompiler *c, const char *name);

KR_HIDDEN KR_NODISCARD int kri_cg_push_fblock(KrCompiler *c, KrFBlockType t, KrBlock *b,
                                              KrBlock *exit, const void *datum);
KR_HIDDEN void kri_cg_pop_fblock(KrCompiler *c);

/* Scopes: enter pushes a unit for [node]'s symtable block; exit assembles
 * it into a KrCodeUnit (NULL on error) and returns to the parent. */
KR_HIDDEN KR_NODISCARD int kri_cg_enter_scope(KrCompiler *c, const char *name, KrScopeType type,
                                              const void *node, int lineno);
KR_HIDDEN KrCodeUnit *kri_cg_exit_scope(KrCompiler *c, bool add_none);
KR_HIDDEN void kri_cg_drop_scope(KrCompiler *c);

/* Statement sequences and bodies (docstrings, SETUP_ANNOTATIONS). */
KR_HIDDEN KR_NODISCARD int kri_cg_stmts(KrCompiler *c, KrStmtSeq *body);
KR_HIDDEN KR_NODISCARD int kri_cg_body(KrCompiler *c, KrStmtSeq *body);
KR_HIDDEN bool kri_cg_is_docstring(const KrStmtSeq *body);
/* Whether [body] has an annotated assignment (outside nested scopes and,
 * as in CPython, outside match statements): it then gets SETUP_ANNOTATIONS. */
KR_HIDDEN bool kri_cg_find_ann(KrStmtSeq *body);

/* ---- codegen_stmt.c ---- */
KR_HIDDEN KR_NODISCARD int kri_cg_stmt(KrCompiler *c, KrStmt *s);
/* Pops what the fblock [info] keeps on the stack and runs its exit code;
 * [preserve_tos] keeps the value on top of the stack (a return value). */
KR_HIDDEN KR_NODISCARD int kri_cg_unwind_fblock(KrCompiler *c, KrFBlock *info, bool preserve_tos);
KR_HIDDEN KR_NODISCARD int kri_cg_with_except_finish(KrCompiler *c, KrBlock *cleanup);
KR_HIDDEN KR_NODISCARD int kri_cg_call_exit_with_nones(KrCompiler *c);

/* ---- codegen_expr.c ---- */
KR_HIDDEN KR_NODISCARD int kri_cg_expr(KrCompiler *c, KrExpr *e);
KR_HIDDEN KR_NODISCARD int kri_cg_exprs(KrCompiler *c, KrExprSeq *seq);
/* Jumps to [target] when [e]'s truth equals [cond], else falls through. */
KR_HIDDEN KR_NODISCARD int kri_cg_jump_if(KrCompiler *c, KrExpr *e, KrBlock *target, bool cond);
/* A call's arguments after the callable ([n] values already pushed). */
KR_HIDDEN KR_NODISCARD int kri_cg_call_helper(KrCompiler *c, int n, KrExprSeq *args,
                                              KrKeywordSeq *keywords);
KR_HIDDEN KR_NODISCARD int kri_cg_unpack_target(KrCompiler *c, KrExprSeq *elts);
KR_HIDDEN KR_NODISCARD int kri_cg_add_yield_from(KrCompiler *c, bool await);
KR_HIDDEN KR_NODISCARD int kri_cg_check_ann_expr(KrCompiler *c, KrExpr *e);
KR_HIDDEN bool kri_cg_has_starred(KrExprSeq *elts);
KR_HIDDEN KR_NODISCARD int kri_cg_augassign(KrCompiler *c, KrStmt *s);
KR_HIDDEN KR_NODISCARD int kri_cg_visit_annexpr(KrCompiler *c, KrExpr *annotation);
/* An attribute spanning lines is located at its name (CPython's
 * update_start_location_to_match_attr); then emits [op] with the name,
 * unless [op] < 0. */
KR_HIDDEN KR_NODISCARD int kri_cg_attr_loc_op(KrCompiler *c, KrExpr *attr, int op);

/* ---- codegen_func.c: functions, classes, lambdas, comprehensions ---- */
KR_HIDDEN KR_NODISCARD int kri_cg_function(KrCompiler *c, KrStmt *s, bool is_async);
KR_HIDDEN KR_NODISCARD int kri_cg_class(KrCompiler *c, KrStmt *s);
KR_HIDDEN KR_NODISCARD int kri_cg_lambda(KrCompiler *c, KrExpr *e);
KR_HIDDEN KR_NODISCARD int kri_cg_comprehension(KrCompiler *c, KrExpr *e);

/* ---- codegen_match.c ---- */
KR_HIDDEN KR_NODISCARD int kri_cg_match(KrCompiler *c, KrStmt *s);

/* ---- flowgraph.c: CPython 3.11's flow-graph passes ---- */
KR_HIDDEN bool kri_flow_is_jump(const KrInstr *i);
KR_HIDDEN bool kri_flow_is_block_push(const KrInstr *i);
KR_HIDDEN bool kri_flow_is_exit_opcode(int opcode);
/* Marks exit blocks and checks jumps end their blocks. */
KR_HIDDEN KR_NODISCARD int kri_flow_normalize(KrCompiler *c);
/* Copies small exit blocks without a line into the blocks jumping to them. */
KR_HIDDEN KR_NODISCARD int kri_flow_extend_blocks(KrCompiler *c);
/* optimize_cfg: peepholes, jump threading, dead code, redundant jumps. */
KR_HIDDEN KR_NODISCARD int kri_flow_optimize(KrCompiler *c, KrBlock *entry, KrConstMap *consts);
/* Gives each jump to a shared exit block without a line its own copy. */
KR_HIDDEN KR_NODISCARD int kri_flow_duplicate_exits(KrCompiler *c);
KR_HIDDEN void kri_flow_propagate_lines(KrBlock *entry);
KR_HIDDEN void kri_flow_guarantee_exit_lines(KrBlock *entry, int firstlineno);
KR_HIDDEN void kri_flow_clean_block(KrBlock *b);
KR_HIDDEN void kri_flow_trim_consts(KrBlock *entry, KrConstMap *consts);
KR_HIDDEN int kri_flow_stack_effect(int opcode, int oparg, int jump);

/* ---- assemble.c ---- */
KR_HIDDEN KrCodeUnit *kri_assemble(KrCompiler *c, bool add_none);

/* ---- const.c: constant values ---- */
KR_HIDDEN KrCodeConst *kri_const_new(KrArena *arena, KrCodeConstKind kind);
KR_HIDDEN KrCodeConst *kri_const_bool(KrArena *arena, bool v);
KR_HIDDEN KrCodeConst *kri_const_int(KrArena *arena, const KrBigInt *v);
KR_HIDDEN KrCodeConst *kri_const_int64(KrArena *arena, int64_t v);
KR_HIDDEN KrCodeConst *kri_const_float(KrArena *arena, double v);
KR_HIDDEN KrCodeConst *kri_const_complex(KrArena *arena, double real, double imag);
/* A str or bytes constant holding a copy of [len] bytes at [data]. */
KR_HIDDEN KrCodeConst *kri_const_text(KrArena *arena, KrCodeConstKind kind, const char *data,
                                      size_t len);
KR_HIDDEN KrCodeConst *kri_const_tuple(KrArena *arena, KrCodeConst *const *items, size_t n);
/* A frozenset of [items], keeping the first of Python-equal elements. */
KR_HIDDEN KrCodeConst *kri_const_frozenset(KrArena *arena, KrCodeConst *const *items, size_t n);
KR_HIDDEN KrCodeConst *kri_const_from_ast(KrArena *arena, const KrConst *k);
/* The value of a Constant node, folded or from the parser ([arena] is
 * only used for the latter and may be NULL for a folded node). */
KR_HIDDEN KrCodeConst *kri_const_of_expr(KrArena *arena, const KrExpr *e);
/* Turns [e] into a Constant node holding [value]. */
KR_HIDDEN KR_NODISCARD int kri_const_set_expr(KrArena *arena, KrExpr *e, KrCodeConst *value);
KR_HIDDEN bool kri_const_is_folded(const KrExpr *e);
/* The parser's kind of a Constant node's value (folded tuples say NONE). */
KR_HIDDEN KrConstKind kri_const_expr_kind(const KrExpr *e);
/* CPython's constant key equality, and a hash consistent with it. */
KR_HIDDEN bool kri_const_same(const KrCodeConst *a, const KrCodeConst *b);
KR_HIDDEN uint64_t kri_const_hash(const KrCodeConst *c);
/* Python's ==. */
KR_HIDDEN bool kri_const_py_equal(const KrCodeConst *a, const KrCodeConst *b);
/* Python's bool(). */
KR_HIDDEN int kri_const_truth(const KrCodeConst *c);
/* Python's repr(); frozenset elements sorted by their repr. */
KR_HIDDEN KR_NODISCARD int kri_const_format(KrBuf *out, const KrCodeConst *c);

/* ---- const_fold.c: the AST optimizer ---- */
KR_HIDDEN KR_NODISCARD int kri_fold_module(KrArena *arena, KrMod *mod, int optimize,
                                           int future_flags, KrSyntaxError *err);
/* Python's result of the operation, or NULL where CPython 3.11 does not
 * fold it (an exception, or a result over the size limits). */
KR_HIDDEN KrCodeConst *kri_fold_binop(KrArena *arena, KrOperator op, const KrCodeConst *a,
                                      const KrCodeConst *b);
KR_HIDDEN KrCodeConst *kri_fold_unaryop(KrArena *arena, KrUnaryop op, const KrCodeConst *a);
KR_HIDDEN KrCodeConst *kri_fold_subscript(KrArena *arena, const KrCodeConst *seq,
                                          const KrCodeConst *idx);

/* ---- const_int.c: big integers (see the file) ---- */
KR_HIDDEN KR_NODISCARD int kri_bigint_from_u64(KrArena *arena, uint64_t mag, bool negative,
                                               KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_from_i64(KrArena *arena, int64_t v, KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_from_text(KrArena *arena, const char *text, size_t len,
                                                int base, KrBigInt *out);
KR_HIDDEN bool kri_bigint_to_i64(const KrBigInt *x, int64_t *out);
KR_HIDDEN int kri_bigint_cmp(const KrBigInt *a, const KrBigInt *b);
KR_HIDDEN size_t kri_bigint_numbits(const KrBigInt *x);
KR_HIDDEN KR_NODISCARD int kri_bigint_add(KrArena *arena, const KrBigInt *a, const KrBigInt *b,
                                          KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_sub(KrArena *arena, const KrBigInt *a, const KrBigInt *b,
                                          KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_mul(KrArena *arena, const KrBigInt *a, const KrBigInt *b,
                                          KrBigInt *out);
/* Floor division and modulo; either output may be NULL. */
KR_HIDDEN KR_NODISCARD int kri_bigint_divmod(KrArena *arena, const KrBigInt *a,
                                             const KrBigInt *b, KrBigInt *q, KrBigInt *r);
KR_HIDDEN KR_NODISCARD int kri_bigint_pow(KrArena *arena, const KrBigInt *base,
                                          uint64_t exponent, KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_lshift(KrArena *arena, const KrBigInt *a, size_t shift,
                                             KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_rshift(KrArena *arena, const KrBigInt *a, size_t shift,
                                             KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_invert(KrArena *arena, const KrBigInt *a, KrBigInt *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_neg(KrArena *arena, const KrBigInt *a, KrBigInt *out);
/* [op] is '&', '|' or '^', with two's complement semantics. */
KR_HIDDEN KR_NODISCARD int kri_bigint_bitop(KrArena *arena, const KrBigInt *a,
                                            const KrBigInt *b, char op, KrBigInt *out);
/* float(x), correctly rounded; -1 when it overflows. */
KR_HIDDEN KR_NODISCARD int kri_bigint_to_double(const KrBigInt *x, double *out);
/* a / b, correctly rounded; -1 for b == 0 or overflow. */
KR_HIDDEN KR_NODISCARD int kri_bigint_truediv(KrArena *arena, const KrBigInt *a,
                                              const KrBigInt *b, double *out);
KR_HIDDEN KR_NODISCARD int kri_bigint_to_decimal(KrBuf *out, const KrBigInt *x);

/* ---- unparse.c: annotations as strings (PEP 563) ---- */
/* Appends the source CPython 3.11's C unparser (ast_unparse.c) gives for
 * [e] as an annotation. -1 when memory runs out. */
KR_HIDDEN KR_NODISCARD int kri_unparse_expr(KrBuf *out, const KrExpr *e);

#endif
