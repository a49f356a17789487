/* The compiler subsystem's one internal header: from a module's AST
 * (parser/parser.h) to code. The pipeline is
 *   AST --future.c--> features --symtable.c--> scopes --codegen--> code
 * Everything a compilation builds lives in the parse's KrArena and is freed
 * with the AST. Errors come back as a KrSyntaxError whose text the caller
 * fills in (the stages here see no source). CPython 3.11 is the
 * specification: messages and positions are its own.
 * See docs/internals/symtable.md. */
#ifndef KRAIT_COMPILER_H
#define KRAIT_COMPILER_H

#include <stdarg.h>

#include "parser/parser.h"

/* ---- future.c: `from __future__ import ...` ---- */

/* The features that change compilation, with CPython's CO_FUTURE_* values
 * (they end up in co_flags and in compile()'s flags). The historical
 * features (nested_scopes, generators, division, absolute_import,
 * with_statement, print_function, unicode_literals, generator_stop) are
 * accepted and set nothing, as in 3.11. */
enum {
    KR_FUTURE_BARRY_AS_BDFL = 0x400000, /* barry_as_FLUFL: the parser's business */
    KR_FUTURE_ANNOTATIONS = 0x1000000,  /* annotations: PEP 563 string annotations */
};

typedef struct KrFuture {
    int features; /* KR_FUTURE_* bits */
    int lineno;   /* line of the last future statement of the prologue, or -1 */
} KrFuture;

/* Reads the future statements at the top of [mod] (after its docstring) as
 * CPython's future.c does. Returns 0, or -1 with [err] filled:
 * "future feature X is not defined", "not a chance" (braces) at the
 * statement (offset col + 1, no end offset), and "from __future__ imports
 * must occur at the beginning of the file" for a future statement on the
 * same line as an earlier ordinary one (offset col, CPython's quirk). Later
 * lines are the code generator's to refuse: see kri_future_is_late. */
KR_HIDDEN KR_NODISCARD int kri_future_parse(const KrMod *mod, KrFuture *out, KrSyntaxError *err);
/* Whether [s] is a `from __future__ import` that the code generator must
 * refuse with "from __future__ imports must occur at the beginning of the
 * file" at the statement's position: one past the prologue, at any depth. */
KR_HIDDEN bool kri_future_is_late(const KrFuture *future, const KrStmt *s);

/* ---- symtable.c, symtable_walk.c ----
 * For every block of a module (the module, each class, def, async def,
 * lambda and comprehension), each name it mentions: how the block uses it
 * (KR_SYM_* flags, gathered by walking the AST) and where it lives
 * (KrSymScope, decided by the analysis). Exactly CPython 3.11's symtable:
 * the `symtable` module's view of it is compared file by file with
 * python3.11 by tools/check_symtable.py. Names are stored mangled
 * (kri_symtable_mangle); look them up mangled. A built table is read-only. */

typedef enum KrSymScope {
    KR_SCOPE_NONE = 0,            /* no such name in the block */
    KR_SCOPE_LOCAL = 1,           /* bound in the block */
    KR_SCOPE_GLOBAL_EXPLICIT = 2, /* `global` here, or a walrus target at module level */
    KR_SCOPE_GLOBAL_IMPLICIT = 3, /* unbound in every enclosing function: globals, then builtins */
    KR_SCOPE_FREE = 4,            /* bound in an enclosing function (or `nonlocal`) */
    KR_SCOPE_CELL = 5,            /* local, and free in an inner block */
} KrSymScope;

/* How a block uses a name: CPython's DEF_* bits, same values. */
enum {
    KR_SYM_GLOBAL = 1 << 0,     /* `global` statement (or walrus target at module level);
                                   the module's symbol gets it from any block */
    KR_SYM_LOCAL = 1 << 1,      /* assigned, deleted, def/class/except/match/with/for target */
    KR_SYM_PARAM = 1 << 2,      /* a parameter (".0" for a comprehension's iterator) */
    KR_SYM_NONLOCAL = 1 << 3,   /* `nonlocal` (or walrus target in a comprehension) */
    KR_SYM_USE = 1 << 4,        /* read */
    KR_SYM_FREE_CLASS = 1 << 6, /* in a class: bound or global here, and free in a method */
    KR_SYM_IMPORT = 1 << 7,     /* bound by an import */
    KR_SYM_ANNOT = 1 << 8,      /* annotated (`x: int`) */
    KR_SYM_COMP_ITER = 1 << 9,  /* a comprehension's iteration variable */
    KR_SYM_BOUND = KR_SYM_LOCAL | KR_SYM_PARAM | KR_SYM_IMPORT,
};
/* CPython keeps flags | scope << KR_SYM_SCOPE_SHIFT in one int: the value
 * the symtable module shows in its raw tables. */
enum { KR_SYM_SCOPE_SHIFT = 11 };

typedef enum KrSymBlockKind {
    KR_BLOCK_FUNCTION = 0,   /* def, async def, lambda, comprehension */
    KR_BLOCK_CLASS = 1,
    KR_BLOCK_MODULE = 2,
    KR_BLOCK_ANNOTATION = 3, /* annotations under `from __future__ import
                                annotations`: built, then dropped */
} KrSymBlockKind;

typedef enum KrSymComprehension {
    KR_COMP_NONE = 0,
    KR_COMP_LIST,
    KR_COMP_DICT,
    KR_COMP_SET,
    KR_COMP_GENEXP,
} KrSymComprehension;

typedef struct KrSymbol {
    const char *name; /* mangled */
    unsigned flags;   /* KR_SYM_* */
    KrSymScope scope;
} KrSymbol;

typedef struct KrSymBlock KrSymBlock;
typedef struct KrSymtable KrSymtable;

/* One block. Every pointer is into the arena the table was built in. */
struct KrSymBlock {
    KrSymBlockKind kind;
    KrSymComprehension comprehension; /* which comprehension, for function blocks */
    const char *name;  /* "top", the def/class name, "lambda", "listcomp",
                          "setcomp", "dictcomp" or "genexpr" */
    const void *node;  /* the KrMod, KrStmt or KrExpr that opened it */
    int lineno, col_offset, end_lineno, end_col_offset; /* the node's (0 for the module) */
    const char *private_name; /* the class whose names are mangled here, or NULL */
    KrSymBlock *parent;       /* enclosing block; NULL for the module */
    KrSymBlock *first_child;  /* nested blocks in the order CPython visits them */
    KrSymBlock *next_sibling;

    KrSymbol **symbols; /* in order of first mention (CPython's dict order);
                           the free names passed through for inner blocks
                           come last, sorted (CPython: set order) */
    int nsymbols;
    /* Parameters in co_varnames order: positional-only, ordinary,
     * keyword-only, *args, **kwargs (".0" for a comprehension). */
    const char **params;
    int nparams;
    /* Function blocks: the params, then the other LOCAL names in symbol
     * order. CPython numbers locals past the parameters as its code
     * generator first meets them, which is not always this order (and
     * skips names only annotated): see docs/internals/symtable.md. */
    const char **varnames;
    int nvarnames;
    /* co_cellvars: the parameters that are cells in parameter order, then
     * the other CELL names sorted by code point; for a class that
     * needs_class_closure, "__class__" (its only cell). co_freevars: FREE
     * and FREE_CLASS names, sorted. */
    const char **cellvars;
    int ncellvars;
    const char **freevars;
    int nfreevars;

    bool nested;        /* inside a function block (at any depth) */
    bool generator;     /* yield, yield from; or a generator expression */
    bool coroutine;     /* async def, await, async for in a comprehension, or
                           an inner async list/set/dict comprehension */
    bool varargs;       /* *args */
    bool varkeywords;   /* **kwargs */
    bool returns_value; /* `return x` */
    bool has_free;      /* uses a FREE name, or, nested, a global no enclosing
                           block declared global */
    bool child_free;    /* some inner block has_free or child_free */
    bool needs_class_closure; /* class: a method uses super or __class__; the
                                 class code gets a __class__ cell and stores
                                 it as __classcell__ */
    bool import_star;   /* module: `from m import *` */
    /* Comprehensions: PEP 709 (3.12) would inline this one into its parent
     * (a list, set or dict comprehension). Krait compiles as 3.11 does, so
     * comp_inlined stays false; scopes are always 3.11's. */
    bool comp_inlinable;
    bool comp_inlined;

    /* Build state, private to symtable*.c. */
    int *index;          /* open-addressing hash: 1 + symbol number, 0 empty */
    int index_cap;       /* power of two, at least twice nsymbols */
    int symbols_cap, params_cap;
    KrSymBlock *last_child;
    struct KrSymDirective *directives; /* global/nonlocal declarations, in order */
    struct KrSymDirective *directives_tail;
    int comp_iter_expr;  /* > 0 while in a comprehension's iterable */
    bool comp_iter_target; /* while visiting a comprehension's target */
};

struct KrSymtable {
    KrSymBlock *top;   /* the module */
    KrFuture future;   /* the module's features, inherited flags included */
    int nblocks;       /* blocks reachable from top */
    const void **map_nodes; /* node -> block, open addressing */
    KrSymBlock **map_blocks;
    size_t map_cap;
};

/* Builds the table of [mod] (Module, Interactive or Expression) in [arena],
 * with [flags] the KR_FUTURE_* features inherited from the caller
 * (compile()'s flags): it reads the future statements first, as CPython
 * does. Returns NULL with [err] overwritten (the caller clears it) and
 * without its text: the
 * SyntaxErrors of CPython 3.11's future.c and symtable.c with their exact
 * messages and positions; RecursionError "maximum recursion depth exceeded
 * during compilation" beyond KR_SYMTABLE_MAX_DEPTH nested nodes;
 * MemoryError. */
KR_HIDDEN KrSymtable *kri_symtable_build(KrArena *arena, const KrMod *mod, int flags,
                                         KrSyntaxError *err);
/* CPython allows 3000 nested statements, expressions and patterns when it
 * compiles a script (3 per level of its recursion limit of 1000, less 3
 * per Python frame active when compile() is called). */
enum { KR_SYMTABLE_MAX_DEPTH = 3000 };

/* The block opened by [node]: the KrMod, a FunctionDef, AsyncFunctionDef
 * or ClassDef KrStmt, or a Lambda, ListComp, SetComp, DictComp or
 * GeneratorExp KrExpr. NULL for any other node, and for blocks inside
 * annotations that `from __future__ import annotations` turns to strings. */
KR_HIDDEN KrSymBlock *kri_symtable_block(const KrSymtable *st, const void *node);
/* The symbol [name] (mangled) of [b], or NULL. */
KR_HIDDEN const KrSymbol *kri_symblock_lookup(const KrSymBlock *b, const char *name);
/* The scope of [name] (mangled) in [b]; KR_SCOPE_NONE when absent. */
KR_HIDDEN KrSymScope kri_symblock_scope(const KrSymBlock *b, const char *name);

/* Private name mangling: `__x` in class `Cls` is `_Cls__x`. Names that do
 * not start with two underscores, end with two (dunder names), or contain
 * a dot are left alone, as is everything when [private_name] is NULL or
 * all underscores; the class name's leading underscores are dropped
 * (`__x` in `_Cls` is also `_Cls__x`). Returns [name] itself or a new
 * string in [arena]; NULL only when memory runs out. */
KR_HIDDEN const char *kri_symtable_mangle(KrArena *arena, const char *private_name,
                                          const char *name);

/* Internal to symtable.c and symtable_walk.c. */

/* A global or nonlocal declaration (or a walrus target bound outside its
 * comprehension): where the analysis reports errors about the name. */
struct KrSymDirective {
    const char *name; /* mangled */
    int lineno, col_offset, end_lineno, end_col_offset;
    struct KrSymDirective *next;
};

/* The first pass: walks [mod] and returns its module block, or NULL with
 * [err] filled. Reads st->future. */
KR_HIDDEN KrSymBlock *kri_symtable_walk(KrArena *arena, KrSymtable *st, const KrMod *mod,
                                        KrSyntaxError *err);
/* The symbol [name] (mangled) of [b], or NULL. */
KR_HIDDEN KrSymbol *kri_symtable_find(const KrSymBlock *b, const char *name);
/* Appends the symbol [name] (mangled, not yet in [b]) with no flags and no
 * scope; NULL when memory runs out. */
KR_HIDDEN KrSymbol *kri_symtable_add(KrArena *arena, KrSymBlock *b, const char *name);
/* Appends [name] to [b]'s parameters; -1 when memory runs out. */
KR_HIDDEN KR_NODISCARD int kri_symtable_add_param(KrArena *arena, KrSymBlock *b,
                                                  const char *name);
/* Fills [err] with an exception of [kind] and the message [fmt]: a
 * SyntaxError placed at the 0-based columns given, other kinds without a
 * position. Returns -1. */
KR_HIDDEN int kri_symtable_verror(KrSyntaxError *err, KrErrorKind kind, int lineno, int col,
                                  int end_lineno, int end_col, const char *fmt, va_list ap)
    __attribute__((format(printf, 7, 0)));
/* Fills [err] with a MemoryError. Returns -1. */
KR_HIDDEN int kri_symtable_no_memory(KrSyntaxError *err);

#endif
