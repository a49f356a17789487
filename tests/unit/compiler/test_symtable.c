/* The symbol table's entry points, checked directly: scopes and flags of
 * small programs, the ordered name lists the code generator takes, block
 * lookup by node, name mangling, future statements, and every SyntaxError
 * the symbol table raises with its position. Expected values are what
 * /usr/bin/python3.11 gives (symtable module, code objects, compile()).
 * tools/check_symtable.py compares whole files with python3.11. */
#include "compiler/compiler.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

typedef struct Built {
    KrArena arena;
    KrMod *mod;
    KrSymtable *st;
    KrSyntaxError err;
} Built;

static void build_flags(Built *b, const char *src, int flags)
{
    kri_arena_init(&b->arena);
    memset(&b->err, 0, sizeof b->err);
    b->st = NULL;
    b->mod = kri_parse_bytes(&b->arena, src, strlen(src), &b->err, NULL);
    CHECK(b->mod != NULL);
    if (b->mod)
        b->st = kri_symtable_build(&b->arena, b->mod, flags, &b->err);
}

static void build(Built *b, const char *src)
{
    build_flags(b, src, 0);
    CHECK(b->st != NULL);
    if (!b->st && b->err.msg)
        printf("  unexpected error: %s\n", b->err.msg);
}

static void release(Built *b)
{
    kri_syntax_error_clear(&b->err);
    kri_arena_free(&b->arena);
}

/* The [n]th child of [b] (0-based). */
static const KrSymBlock *child(const KrSymBlock *b, int n)
{
    const KrSymBlock *c = b ? b->first_child : NULL;
    while (c && n-- > 0)
        c = c->next_sibling;
    return c;
}

static unsigned flags_of(const KrSymBlock *b, const char *name)
{
    const KrSymbol *s = b ? kri_symblock_lookup(b, name) : NULL;
    return s ? s->flags : 0;
}

/* Whether [list] holds exactly the space-separated names of [expected];
 * prints what it holds when not. */
static bool names_are(const char **list, int n, const char *expected)
{
    char buf[512] = "";
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, i ? " %s" : "%s", list[i]);
    if (strcmp(buf, expected) == 0)
        return true;
    printf("  names: \"%s\", expected \"%s\"\n", buf, expected);
    return false;
}

TEST(function_scopes)
{
    Built b;
    build(&b, "def outer(b, a, /, c, *args, d, **kw):\n"
              "    z = 1\n"
              "    y = 2\n"
              "    def inner():\n"
              "        nonlocal y\n"
              "        return a, b, z, y, g\n"
              "    return inner\n");
    if (b.st) {
        const KrSymBlock *outer = child(b.st->top, 0), *inner = child(outer, 0);
        CHECK_EQ_STR(outer->name, "outer");
        CHECK_EQ_INT(kri_symblock_scope(b.st->top, "outer"), KR_SCOPE_LOCAL);
        CHECK_EQ_INT(kri_symblock_scope(outer, "a"), KR_SCOPE_CELL);
        CHECK_EQ_INT(kri_symblock_scope(outer, "c"), KR_SCOPE_LOCAL);
        CHECK_EQ_INT(kri_symblock_scope(outer, "inner"), KR_SCOPE_LOCAL);
        CHECK_EQ_INT(flags_of(outer, "inner"), KR_SYM_LOCAL | KR_SYM_USE);
        CHECK_EQ_INT(kri_symblock_scope(inner, "y"), KR_SCOPE_FREE);
        CHECK_EQ_INT(flags_of(inner, "y"), KR_SYM_NONLOCAL | KR_SYM_USE);
        CHECK_EQ_INT(kri_symblock_scope(inner, "g"), KR_SCOPE_GLOBAL_IMPLICIT);
        CHECK_EQ_INT(kri_symblock_scope(inner, "nothing"), KR_SCOPE_NONE);
        /* co_varnames, co_cellvars, co_freevars of python3.11 */
        CHECK(names_are(outer->params, outer->nparams, "b a c d args kw"));
        CHECK(names_are(outer->varnames, outer->nvarnames, "b a c d args kw inner"));
        CHECK(names_are(outer->cellvars, outer->ncellvars, "b a y z"));
        CHECK(names_are(inner->freevars, inner->nfreevars, "a b y z"));
        CHECK(outer->varargs && outer->varkeywords && outer->returns_value);
        CHECK(!outer->nested && inner->nested);
        CHECK(inner->has_free && outer->child_free && !outer->has_free);
        CHECK(b.st->top->child_free);
    }
    release(&b);
}

TEST(class_scopes)
{
    Built b;
    build(&b, "def f():\n"
              "    x = 1\n"
              "    class C:\n"
              "        x = 2\n"
              "        def m(self):\n"
              "            return x, super()\n"
              "    return C\n");
    if (b.st) {
        const KrSymBlock *f = child(b.st->top, 0), *c = child(f, 0), *m = child(c, 0);
        CHECK_EQ_INT(c->kind, KR_BLOCK_CLASS);
        CHECK_EQ_INT(kri_symblock_scope(f, "x"), KR_SCOPE_CELL);
        /* bound in the class and free in its method: LOAD_NAME in the
         * class body, but listed in the class's co_freevars */
        CHECK_EQ_INT(kri_symblock_scope(c, "x"), KR_SCOPE_LOCAL);
        CHECK(flags_of(c, "x") & KR_SYM_FREE_CLASS);
        CHECK(names_are(c->freevars, c->nfreevars, "x"));
        CHECK(c->needs_class_closure);
        CHECK(names_are(c->cellvars, c->ncellvars, "__class__"));
        CHECK(kri_symblock_lookup(c, "__class__") == NULL);
        CHECK_EQ_INT(kri_symblock_scope(m, "__class__"), KR_SCOPE_FREE);
        CHECK_EQ_INT(kri_symblock_scope(m, "super"), KR_SCOPE_GLOBAL_IMPLICIT);
        CHECK(names_are(m->freevars, m->nfreevars, "__class__ x"));
        CHECK(c->nested && m->nested);
    }
    release(&b);
}

TEST(module_scopes)
{
    Built b;
    build(&b, "import os.path as p, sys.x\n"
              "from m import *\n"
              "def f():\n"
              "    global g\n"
              "    g = 1\n"
              "[(w := i) for i in range(3)]\n");
    if (b.st) {
        const KrSymBlock *top = b.st->top;
        CHECK_EQ_INT(top->kind, KR_BLOCK_MODULE);
        CHECK_EQ_STR(top->name, "top");
        CHECK(top->import_star);
        CHECK_EQ_INT(flags_of(top, "p"), KR_SYM_IMPORT);
        CHECK_EQ_INT(flags_of(top, "sys"), KR_SYM_IMPORT);
        /* a global statement anywhere marks the module's symbol */
        CHECK_EQ_INT(flags_of(top, "g"), KR_SYM_GLOBAL);
        CHECK_EQ_INT(kri_symblock_scope(top, "g"), KR_SCOPE_GLOBAL_EXPLICIT);
        /* a module-level walrus in a comprehension: an explicit global */
        CHECK_EQ_INT(kri_symblock_scope(top, "w"), KR_SCOPE_GLOBAL_EXPLICIT);
        const KrSymBlock *comp = child(top, 1);
        CHECK_EQ_INT(comp->comprehension, KR_COMP_LIST);
        CHECK_EQ_INT(flags_of(comp, "w"), KR_SYM_GLOBAL | KR_SYM_LOCAL);
        CHECK_EQ_INT(flags_of(comp, "i"), KR_SYM_LOCAL | KR_SYM_COMP_ITER | KR_SYM_USE);
        CHECK(names_are(comp->params, comp->nparams, ".0"));
        CHECK(names_are(comp->varnames, comp->nvarnames, ".0 i"));
        CHECK(comp->comp_inlinable && !comp->comp_inlined);
        CHECK_EQ_INT(kri_symblock_scope(top, "range"), KR_SCOPE_GLOBAL_IMPLICIT);
    }
    release(&b);
}

TEST(walrus_in_function)
{
    Built b;
    build(&b, "def f(seq):\n"
              "    [[(e := x) for y in seq] for x in seq]\n"
              "    return e\n");
    if (b.st) {
        const KrSymBlock *f = child(b.st->top, 0);
        const KrSymBlock *outer = child(f, 0), *inner = child(outer, 0);
        CHECK_EQ_INT(kri_symblock_scope(f, "e"), KR_SCOPE_CELL);
        CHECK_EQ_INT(flags_of(inner, "e"), KR_SYM_NONLOCAL | KR_SYM_LOCAL);
        CHECK_EQ_INT(kri_symblock_scope(inner, "e"), KR_SCOPE_FREE);
        /* passed through the outer comprehension, which never names it */
        CHECK_EQ_INT(flags_of(outer, "e"), 0);
        CHECK_EQ_INT(kri_symblock_scope(outer, "e"), KR_SCOPE_FREE);
        CHECK_EQ_INT(kri_symblock_scope(outer, "seq"), KR_SCOPE_FREE);
        CHECK(names_are(outer->freevars, outer->nfreevars, "e seq"));
    }
    release(&b);
}

TEST(generators_and_coroutines)
{
    Built b;
    build(&b, "async def a(xs):\n"
              "    return [[y async for y in x] for x in xs]\n"
              "def g():\n"
              "    yield\n"
              "async def ag():\n"
              "    yield\n"
              "def h(xs):\n"
              "    return (x for x in xs)\n"
              "def w():\n"
              "    await z\n");
    if (b.st) {
        const KrSymBlock *a = child(b.st->top, 0);
        CHECK(a->coroutine && !a->generator);
        /* the inner async comprehension makes the outer one a coroutine */
        CHECK(child(a, 0)->coroutine && child(child(a, 0), 0)->coroutine);
        CHECK(child(b.st->top, 1)->generator && !child(b.st->top, 1)->coroutine);
        CHECK(child(b.st->top, 2)->generator && child(b.st->top, 2)->coroutine);
        const KrSymBlock *genexp = child(child(b.st->top, 3), 0);
        CHECK_EQ_INT(genexp->comprehension, KR_COMP_GENEXP);
        CHECK(genexp->generator && !genexp->comp_inlinable);
        /* an await in a plain def is the code generator's error */
        CHECK(child(b.st->top, 4)->coroutine);
    }
    release(&b);
}

TEST(annotations)
{
    Built b;
    build(&b, "def f(a: x) -> r:\n"
              "    u: int\n"
              "    return a\n"
              "class C:\n"
              "    attr: T\n");
    if (b.st) {
        const KrSymBlock *f = child(b.st->top, 0);
        CHECK_EQ_INT(kri_symblock_scope(b.st->top, "x"), KR_SCOPE_GLOBAL_IMPLICIT);
        CHECK_EQ_INT(flags_of(f, "u"), KR_SYM_ANNOT | KR_SYM_LOCAL);
        CHECK_EQ_INT(kri_symblock_scope(f, "u"), KR_SCOPE_LOCAL);
        CHECK_EQ_INT(kri_symblock_scope(f, "int"), KR_SCOPE_GLOBAL_IMPLICIT);
        CHECK_EQ_INT(flags_of(child(b.st->top, 1), "attr"), KR_SYM_ANNOT | KR_SYM_LOCAL);
    }
    release(&b);
    /* With the future import, or the flag inherited, annotations are
     * strings: their names belong to no block. */
    const char *src = "def f():\n"
                      "    t = 1\n"
                      "    def g(p: t) -> t:\n"
                      "        s: t\n";
    for (int inherited = 0; inherited < 2; inherited++) {
        Built fb;
        KrBuf text;
        kri_buf_init(&text);
        CHECK(kri_buf_puts(&text, inherited ? "" : "from __future__ import annotations\n") == 0);
        CHECK(kri_buf_puts(&text, src) == 0);
        build_flags(&fb, text.data, inherited ? KR_FUTURE_ANNOTATIONS : 0);
        CHECK(fb.st != NULL);
        if (fb.st) {
            const KrSymBlock *f = child(fb.st->top, 0);
            CHECK(fb.st->future.features & KR_FUTURE_ANNOTATIONS);
            CHECK_EQ_INT(kri_symblock_scope(f, "t"), KR_SCOPE_LOCAL);
            CHECK_EQ_INT(flags_of(child(f, 0), "s"), KR_SYM_ANNOT | KR_SYM_LOCAL);
            CHECK(kri_symblock_lookup(child(f, 0), "t") == NULL);
        }
        release(&fb);
        kri_buf_free(&text);
    }
}

/* Finds blocks by the nodes that open them. */
TEST(blocks_by_node)
{
    Built b;
    build(&b, "class K:\n"
              "    def m(self, d=lambda: 0):\n"
              "        return {k: v for k, v in d}\n"
              "x = 1\n");
    if (b.st) {
        const KrStmt *cls = b.mod->v.Module.body->items[0];
        const KrStmt *m = cls->v.ClassDef.body->items[0];
        const KrExpr *lambda = m->v.FunctionDef.args->defaults->items[0];
        const KrExpr *comp = m->v.FunctionDef.body->items[0]->v.Return.value;
        CHECK(kri_symtable_block(b.st, b.mod) == b.st->top);
        CHECK_EQ_STR(kri_symtable_block(b.st, cls)->name, "K");
        CHECK_EQ_STR(kri_symtable_block(b.st, m)->name, "m");
        CHECK_EQ_STR(kri_symtable_block(b.st, lambda)->name, "lambda");
        CHECK_EQ_STR(kri_symtable_block(b.st, comp)->name, "dictcomp");
        CHECK(kri_symtable_block(b.st, comp)->parent == kri_symtable_block(b.st, m));
        CHECK(kri_symtable_block(b.st, b.mod->v.Module.body->items[1]) == NULL);
        CHECK(kri_symtable_block(b.st, NULL) == NULL);
        CHECK_EQ_INT(b.st->nblocks, 5);
        /* the lambda is a default: it belongs to the class block */
        CHECK_EQ_STR(kri_symtable_block(b.st, lambda)->parent->name, "K");
        CHECK_EQ_STR(kri_symtable_block(b.st, m)->private_name, "K");
        CHECK_EQ_INT(kri_symtable_block(b.st, comp)->lineno, 3);
        CHECK_EQ_INT(kri_symtable_block(b.st, comp)->col_offset, 15);
    }
    release(&b);
}

TEST(mangling)
{
    KrArena a;
    kri_arena_init(&a);
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "__x"), "_Cls__x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "_Cls", "__x"), "_Cls__x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "__Cls_", "__x_"), "_Cls___x_");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "__x__"), "__x__");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "__"), "__");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "___"), "___");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "_x"), "_x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "x"), "x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Cls", "__a.b"), "__a.b");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "___", "__x"), "__x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, NULL, "__x"), "__x");
    CHECK_EQ_STR(kri_symtable_mangle(&a, "Clé", "__é"), "_Clé__é");
    kri_arena_free(&a);

    Built b;
    build(&b, "class __C:\n"
              "    import __m.sub\n"
              "    def f(self, __p):\n"
              "        self.__attr = __p\n"
              "        return __g\n");
    if (b.st) {
        const KrSymBlock *c = child(b.st->top, 0), *f = child(c, 0);
        CHECK_EQ_INT(flags_of(b.st->top, "__C"), KR_SYM_LOCAL);
        CHECK_EQ_INT(flags_of(c, "_C__m"), KR_SYM_IMPORT);
        CHECK(names_are(f->params, f->nparams, "self _C__p"));
        CHECK_EQ_INT(kri_symblock_scope(f, "_C__g"), KR_SCOPE_GLOBAL_IMPLICIT);
        CHECK(kri_symblock_lookup(f, "__g") == NULL);
        CHECK(kri_symblock_lookup(f, "_C__attr") == NULL);
    }
    release(&b);
}

TEST(future_statements)
{
    Built b;
    build(&b, "'''doc'''\n"
              "from __future__ import annotations, division\n"
              "from __future__ import barry_as_FLUFL, generator_stop\n"
              "import os\n"
              "from __future__ import nested_scopes\n");
    if (b.st) {
        CHECK_EQ_INT(b.st->future.features, KR_FUTURE_ANNOTATIONS | KR_FUTURE_BARRY_AS_BDFL);
        CHECK_EQ_INT(b.st->future.lineno, 3);
        const KrStmtSeq *body = b.mod->v.Module.body;
        CHECK(!kri_future_is_late(&b.st->future, body->items[1]));
        CHECK(!kri_future_is_late(&b.st->future, body->items[3]));
        CHECK(kri_future_is_late(&b.st->future, body->items[4]));
    }
    release(&b);
    build(&b, "import os\n");
    if (b.st) {
        CHECK_EQ_INT(b.st->future.features, 0);
        CHECK_EQ_INT(b.st->future.lineno, -1);
    }
    release(&b);
}

TEST(other_modes)
{
    Built b;
    build(&b, "lambda a: a + b\n");
    if (b.st) {
        /* Wrap the expression as compile(..., 'eval') would give it. */
        KrExpr *e = b.mod->v.Module.body->items[0]->v.Expr.value;
        KrMod *expr_mod = kri_ast_Expression(&b.arena, e);
        KrSyntaxError err = {0};
        KrSymtable *st = kri_symtable_build(&b.arena, expr_mod, 0, &err);
        CHECK(st != NULL);
        if (st) {
            CHECK_EQ_INT(kri_symblock_scope(child(st->top, 0), "b"), KR_SCOPE_GLOBAL_IMPLICIT);
            CHECK(child(st->top, 0)->has_free == false);
        }
        KrMod *single = kri_ast_Interactive(&b.arena, b.mod->v.Module.body);
        st = kri_symtable_build(&b.arena, single, 0, &err);
        CHECK(st != NULL && st->nblocks == 2);
        kri_syntax_error_clear(&err);
    }
    release(&b);
}

TEST(recursion_limit)
{
    KrBuf src;
    kri_buf_init(&src);
    CHECK(kri_buf_puts(&src, "x = a") == 0);
    for (int i = 0; i < 3100; i++)
        CHECK(kri_buf_puts(&src, "+a") == 0);
    Built b;
    build_flags(&b, src.data, 0);
    CHECK(b.st == NULL);
    CHECK_EQ_INT(b.err.kind, KR_ERR_RECURSION);
    CHECK_EQ_STR(b.err.msg, "maximum recursion depth exceeded during compilation");
    release(&b);
    src.len = 0;
    CHECK(kri_buf_puts(&src, "x = a") == 0);
    for (int i = 0; i < 2900; i++)
        CHECK(kri_buf_puts(&src, "+a") == 0);
    build(&b, src.data);
    release(&b);
    kri_buf_free(&src);
}

/* Every error, with python3.11's message and position (end_offset -1:
 * None). */
static const struct {
    const char *src, *msg;
    int lineno, offset, end_lineno, end_offset;
} errors[] = {
    {"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13},
    {"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
    {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration",
     3, 5, 3, 13},
    {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3,
     5, 3, 13},
    {"def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13},
    {"def f():\n    global x\n    x: int = 3\n", "annotated name 'x' can't be global", 3, 5, 3,
     15},
    {"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
     "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19},
    {"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
     "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19},
    {"def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
     "annotated name 'x' can't be nonlocal", 5, 9, 5, 19},
    {"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
     "annotated name 'x' can't be nonlocal", 5, 9, 5, 15},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5, 2, 13},
    {"class C:\n    def f(self):\n        nonlocal __a\n", "no binding for nonlocal '_C__a' found",
     3, 9, 3, 21},
    {"def f(a, b, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"lambda a, *, a: 1\n", "duplicate argument 'a' in function definition", 1, 14, 1, 15},
    {"def f(é, é): pass\n", "duplicate argument 'é' in function definition", 1, 11, 1, 13},
    {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21},
    {"class C:\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21},
    {"[(yield) for x in y]\n", "'yield' inside list comprehension", 1, 3, 1, 8},
    {"{(yield) for x in y}\n", "'yield' inside set comprehension", 1, 3, 1, 8},
    {"{(yield): 1 for x in y}\n", "'yield' inside dict comprehension", 1, 3, 1, 8},
    {"((yield from x) for x in y)\n", "'yield' inside generator expression", 1, 3, 1, 15},
    {"[i := 0 for i in range(5)]\n",
     "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2, 1, 3},
    {"[[(j := j) for i in range(5)] for j in range(5)]\n",
     "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4, 1, 5},
    {"[i for i in (j := range(5))]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 27},
    {"[i for i in range(5) for j in (k := range(3))]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 32, 1, 45},
    {"[i for i in [(k := 1) for x in y]]\n",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 15, 1, 21},
    {"class C:\n    [(y := 1) for x in z]\n",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {"[i for i in range(5) if (j := 0) for j in range(5)]\n",
     "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39},
    {"from __future__ import braces\n", "not a chance", 1, 1, 1, -1},
    {"from __future__ import annotations, nope\n", "future feature nope is not defined", 1, 1, 1,
     -1},
    {"import os; from __future__ import division\n",
     "from __future__ imports must occur at the beginning of the file", 1, 11, 1, -1},
    {"from __future__ import annotations\ndef f(x: (yield)): pass\n",
     "'yield expression' can not be used within an annotation", 2, 11, 2, 16},
    {"from __future__ import annotations\nx: (y := 1)\n",
     "'named expression' can not be used within an annotation", 2, 5, 2, 11},
    {"from __future__ import annotations\ndef f() -> (await x): pass\n",
     "'await expression' can not be used within an annotation", 2, 13, 2, 20},
    {"from __future__ import annotations\nclass C:\n    x: [(y := 1) for a in b]\n",
     "assignment expression within a comprehension cannot be used in a class body", 3, 10, 3, 11},
};

TEST(error_messages)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(errors); i++) {
        Built b;
        build_flags(&b, errors[i].src, 0);
        CHECK(b.st == NULL);
        CHECK_EQ_INT(b.err.kind, KR_ERR_SYNTAX);
        CHECK_EQ_STR(b.err.msg, errors[i].msg);
        CHECK_EQ_INT(b.err.lineno, errors[i].lineno);
        CHECK_EQ_INT(b.err.offset, errors[i].offset);
        CHECK_EQ_INT(b.err.end_lineno, errors[i].end_lineno);
        CHECK_EQ_INT(b.err.end_offset,
                     errors[i].end_offset < 0 ? KR_POS_NONE : errors[i].end_offset);
        CHECK(b.err.text == NULL);
        release(&b);
    }
}

/* What CPython accepts although it looks like an error. */
TEST(accepted)
{
    static const char *const sources[] = {
        "global x\nx: int = 3\n",
        "def f():\n    global x\n    (x): int = 3\n",
        "def f():\n    global y\n    [(y := 1) for x in z]\n",
        "def f(y):\n    [(y := 1) for x in z]\n",
        "class C:\n    def m(self, y):\n        return [(__x := 1) for __x in y]\n",
        "from __future__ import annotations\ndef f():\n    x: [(y := 1) for a in b]\n",
        "'''doc'''\nfrom __future__ import annotations\n",
        "def f():\n    from __future__ import division\n",
        "yield\nawait x\n",
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(sources); i++) {
        Built b;
        build(&b, sources[i]);
        release(&b);
    }
}

int main(void)
{
    RUN(function_scopes);
    RUN(class_scopes);
    RUN(module_scopes);
    RUN(walrus_in_function);
    RUN(generators_and_coroutines);
    RUN(annotations);
    RUN(blocks_by_node);
    RUN(mangling);
    RUN(future_statements);
    RUN(other_modes);
    RUN(recursion_limit);
    RUN(error_messages);
    RUN(accepted);
    return kt_finish();
}
