/* The generated AST code (src/parser/ast.gen.c): constructors, lists, kind
 * names and kri_ast_dump. Each tree is built by hand; its expected dump is
 * what python3.11 prints for the same tree built from ast classes, e.g.
 *   ast.dump(Module([Expr(BinOp(Name('x', Load()), Add(), Constant(1)))], []),
 *            include_attributes=True)
 * with the positions given here (the Python side of each test is quoted in
 * its comment). The depth tests check where CPython's recursive ast.dump
 * raises RecursionError; the boundaries were measured with python3.11. */
#include "parser/parser.h"
#include "harness.h"

#include <stdarg.h>

/* ---- building trees ---- */

/* A list of [n] items of the given kind, e.g. EXPRS(a, 2, x, y). */
#define DEFINE_LIST(fn, Seq, Item, seq_new)                                         \
    static Seq *fn(KrArena *a, int n, ...)                                         \
    {                                                                              \
        Seq *seq = seq_new(a, n);                                                  \
        va_list ap;                                                                \
        va_start(ap, n);                                                           \
        for (int i = 0; i < n; i++)                                                \
            seq->items[i] = va_arg(ap, Item);                                      \
        va_end(ap);                                                                \
        return seq;                                                                \
    }
DEFINE_LIST(stmts, KrStmtSeq, KrStmt *, kri_ast_stmt_seq_new)
DEFINE_LIST(exprs, KrExprSeq, KrExpr *, kri_ast_expr_seq_new)
DEFINE_LIST(args, KrArgSeq, KrArg *, kri_ast_arg_seq_new)
DEFINE_LIST(aliases, KrAliasSeq, KrAlias *, kri_ast_alias_seq_new)
DEFINE_LIST(idents, KrIdentSeq, const char *, kri_ast_ident_seq_new)
DEFINE_LIST(ints, KrIntSeq, int, kri_ast_int_seq_new)
DEFINE_LIST(patterns, KrPatternSeq, KrPattern *, kri_ast_pattern_seq_new)
DEFINE_LIST(cases, KrMatchCaseSeq, KrMatchCase *, kri_ast_match_case_seq_new)
DEFINE_LIST(handlers, KrExcepthandlerSeq, KrExcepthandler *, kri_ast_excepthandler_seq_new)
DEFINE_LIST(withitems, KrWithitemSeq, KrWithitem *, kri_ast_withitem_seq_new)
DEFINE_LIST(comps, KrComprehensionSeq, KrComprehension *, kri_ast_comprehension_seq_new)
DEFINE_LIST(ignores, KrTypeIgnoreSeq, KrTypeIgnore *, kri_ast_type_ignore_seq_new)

/* Name(id, Load()) at line [l], columns [c]..[ec]. */
static KrExpr *load(KrArena *a, const char *id, int l, int c, int ec)
{
    return kri_ast_Name(a, id, KR_AST_Load, l, c, l, ec);
}

static KrConst *small_int(KrArena *a, int64_t v, const char *digits)
{
    KrConst *k = kri_arena_alloc(a, sizeof *k);
    *k = (KrConst){.kind = KR_CONST_INT};
    k->v.integer.digits = digits;
    k->v.integer.ndigits = strlen(digits);
    k->v.integer.base = 10;
    k->v.integer.fits = true;
    k->v.integer.small = v;
    return k;
}

static KrConst *text_const(KrArena *a, KrConstKind kind, const char *s, size_t len)
{
    KrConst *k = kri_arena_alloc(a, sizeof *k);
    *k = (KrConst){.kind = kind};
    k->v.str.data = s;
    k->v.str.len = len;
    return k;
}

static KrConst *simple_const(KrArena *a, KrConstKind kind, double real)
{
    KrConst *k = kri_arena_alloc(a, sizeof *k);
    *k = (KrConst){.kind = kind};
    k->v.real = real;
    return k;
}

/* Checks kri_ast_dump of [mod] against CPython's text, with and without
 * attributes. */
static void check_dump(const KrMod *mod, const char *plain, const char *with_attrs)
{
    for (int attrs = 0; attrs < 2; attrs++) {
        KrBuf b;
        kri_buf_init(&b);
        CHECK_EQ_INT(kri_ast_dump(&b, mod, attrs), 0);
        CHECK_EQ_STR(b.data, attrs ? with_attrs : plain);
        kri_buf_free(&b);
    }
}

/* ---- trees ---- */

/* Module([Expr(BinOp(Name('x', Load()), Add(), Constant(1)))], []): `x + 1` */
TEST(dump_binop)
{
    KrArena a;
    kri_arena_init(&a);
    KrExpr *e = kri_ast_BinOp(&a, load(&a, "x", 1, 0, 1), KR_AST_Add,
                              kri_ast_Constant(&a, small_int(&a, 1, "1"), NULL, 1, 4, 1, 5),
                              1, 0, 1, 5);
    KrMod *m = kri_ast_Module(&a, stmts(&a, 1, kri_ast_Expr(&a, e, 1, 0, 1, 5)), NULL);
    check_dump(m,
        "Module(body=[Expr(value=BinOp(left=Name(id='x', ctx=Load()), op=Add(), "
        "right=Constant(value=1)))], type_ignores=[])",
        "Module(body=[Expr(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=1, lineno=1, "
        "col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=5)], type_ignores=[])");
    kri_arena_free(&a);
}

/* `@deco\ndef f(a, /, b: int, *args, c, d=e, **kw) -> r: return`, i.e.
 * FunctionDef('f', arguments([arg('a')], [arg('b', Name('int'))], arg('args'),
 * [arg('c'), arg('d')], [None, Name('e')], arg('kw'), []), [Return()],
 * [Name('deco')], Name('r')): None in kw_defaults, optional fields left out. */
TEST(dump_function_def)
{
    KrArena a;
    kri_arena_init(&a);
    KrArguments *params = kri_ast_arguments(
        &a, args(&a, 1, kri_ast_arg(&a, "a", NULL, NULL, 1, 6, 1, 7)),
        args(&a, 1, kri_ast_arg(&a, "b", load(&a, "int", 1, 15, 18), NULL, 1, 12, 1, 18)),
        kri_ast_arg(&a, "args", NULL, NULL, 1, 21, 1, 25),
        args(&a, 2, kri_ast_arg(&a, "c", NULL, NULL, 1, 27, 1, 28),
             kri_ast_arg(&a, "d", NULL, NULL, 1, 30, 1, 31)),
        exprs(&a, 2, NULL, load(&a, "e", 1, 32, 33)), kri_ast_arg(&a, "kw", NULL, NULL, 1, 37, 1, 39),
        NULL);
    KrStmt *f = kri_ast_FunctionDef(&a, "f", params, stmts(&a, 1, kri_ast_Return(&a, NULL, 1, 47, 1, 53)),
                                    exprs(&a, 1, load(&a, "deco", 1, 0, 4)), load(&a, "r", 1, 44, 45),
                                    NULL, 1, 0, 1, 53);
    check_dump(kri_ast_Module(&a, stmts(&a, 1, f), kri_ast_type_ignore_seq_new(&a, 0)),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
        "args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), "
        "kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Name(id='e', "
        "ctx=Load())], kwarg=arg(arg='kw'), defaults=[]), body=[Return()], "
        "decorator_list=[Name(id='deco', ctx=Load())], returns=Name(id='r', ctx=Load()))], "
        "type_ignores=[])",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', "
        "lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', "
        "annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, "
        "end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18)], "
        "vararg=arg(arg='args', lineno=1, col_offset=21, end_lineno=1, end_col_offset=25), "
        "kwonlyargs=[arg(arg='c', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), "
        "arg(arg='d', lineno=1, col_offset=30, end_lineno=1, end_col_offset=31)], "
        "kw_defaults=[None, Name(id='e', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, "
        "end_col_offset=33)], kwarg=arg(arg='kw', lineno=1, col_offset=37, end_lineno=1, "
        "end_col_offset=39), defaults=[]), body=[Return(lineno=1, col_offset=47, "
        "end_lineno=1, end_col_offset=53)], decorator_list=[Name(id='deco', ctx=Load(), "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], returns=Name(id='r', "
        "ctx=Load(), lineno=1, col_offset=44, end_lineno=1, end_col_offset=45), lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=53)], type_ignores=[])");
    kri_arena_free(&a);
}

/* `{**a, b: c}` (None key), `a < b is not c` (cmpop list),
 * `from ..import a as b, c` (no module), `global x, y` (identifier list). */
TEST(dump_misc_statements)
{
    KrArena a;
    kri_arena_init(&a);
    KrExpr *d = kri_ast_Dict(&a, exprs(&a, 2, NULL, load(&a, "b", 1, 6, 7)),
                             exprs(&a, 2, load(&a, "a", 1, 3, 4), load(&a, "c", 1, 9, 10)), 1, 0,
                             1, 11);
    KrExpr *cmp = kri_ast_Compare(&a, load(&a, "a", 2, 0, 1), ints(&a, 2, KR_AST_Lt, KR_AST_IsNot),
                                  exprs(&a, 2, load(&a, "b", 2, 4, 5), load(&a, "c", 2, 13, 14)),
                                  2, 0, 2, 14);
    KrStmt *imp = kri_ast_ImportFrom(&a, NULL,
                                     aliases(&a, 2, kri_ast_alias(&a, "a", "b", 3, 15, 3, 21),
                                             kri_ast_alias(&a, "c", NULL, 3, 23, 3, 24)),
                                     2, 3, 0, 3, 24);
    KrStmt *glb = kri_ast_Global(&a, idents(&a, 2, "x", "y"), 4, 0, 4, 11);
    KrMod *m = kri_ast_Module(&a, stmts(&a, 4, kri_ast_Expr(&a, d, 1, 0, 1, 11),
                                        kri_ast_Expr(&a, cmp, 2, 0, 2, 14), imp, glb),
                              NULL);
    check_dump(m,
        "Module(body=[Expr(value=Dict(keys=[None, Name(id='b', ctx=Load())], "
        "values=[Name(id='a', ctx=Load()), Name(id='c', ctx=Load())])), "
        "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot()], "
        "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])), "
        "ImportFrom(names=[alias(name='a', asname='b'), alias(name='c')], level=2), "
        "Global(names=['x', 'y'])], type_ignores=[])",
        "Module(body=[Expr(value=Dict(keys=[None, Name(id='b', ctx=Load(), lineno=1, "
        "col_offset=6, end_lineno=1, end_col_offset=7)], values=[Name(id='a', ctx=Load(), "
        "lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='c', ctx=Load(), "
        "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=11), Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=2, "
        "col_offset=0, end_lineno=2, end_col_offset=1), ops=[Lt(), IsNot()], "
        "comparators=[Name(id='b', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, "
        "end_col_offset=5), Name(id='c', ctx=Load(), lineno=2, col_offset=13, end_lineno=2, "
        "end_col_offset=14)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=14), "
        "lineno=2, col_offset=0, end_lineno=2, end_col_offset=14), "
        "ImportFrom(names=[alias(name='a', asname='b', lineno=3, col_offset=15, "
        "end_lineno=3, end_col_offset=21), alias(name='c', lineno=3, col_offset=23, "
        "end_lineno=3, end_col_offset=24)], level=2, lineno=3, col_offset=0, end_lineno=3, "
        "end_col_offset=24), Global(names=['x', 'y'], lineno=4, col_offset=0, end_lineno=4, "
        "end_col_offset=11)], type_ignores=[])");
    kri_arena_free(&a);
}

/* match s:
 *     case [1, *r] | {"k": v, **m} | C(_, b=_) | None | *_ if g: pass
 * (the last alternative is not valid Python, only a MatchStar() to dump). */
TEST(dump_match)
{
    KrArena a;
    kri_arena_init(&a);
    KrPattern *seq = kri_ast_MatchSequence(
        &a,
        patterns(&a, 2,
                 kri_ast_MatchValue(&a, kri_ast_Constant(&a, small_int(&a, 1, "1"), NULL, 2, 10, 2, 11),
                                    2, 10, 2, 11),
                 kri_ast_MatchStar(&a, "r", 2, 13, 2, 15)),
        2, 9, 2, 16);
    KrPattern *map = kri_ast_MatchMapping(
        &a, exprs(&a, 1, kri_ast_Constant(&a, text_const(&a, KR_CONST_STR, "k", 1), NULL, 2, 20, 2, 23)),
        patterns(&a, 1, kri_ast_MatchAs(&a, NULL, "v", 2, 25, 2, 26)), "m", 2, 19, 2, 32);
    KrPattern *cls = kri_ast_MatchClass(&a, load(&a, "C", 2, 35, 36),
                                        patterns(&a, 1, kri_ast_MatchAs(&a, NULL, NULL, 2, 37, 2, 38)),
                                        idents(&a, 1, "b"),
                                        patterns(&a, 1, kri_ast_MatchAs(&a, NULL, NULL, 2, 42, 2, 43)),
                                        2, 35, 2, 44);
    KrPattern *single = kri_ast_MatchSingleton(&a, simple_const(&a, KR_CONST_NONE, 0), 2, 47, 2, 51);
    KrPattern *alt = kri_ast_MatchOr(
        &a, patterns(&a, 5, seq, map, cls, single, kri_ast_MatchStar(&a, NULL, 2, 54, 2, 55)), 2, 9, 2,
        55);
    KrMatchCase *mc = kri_ast_match_case(&a, alt, load(&a, "g", 2, 59, 60),
                                         stmts(&a, 1, kri_ast_Pass(&a, 2, 62, 2, 66)));
    KrStmt *match = kri_ast_Match(&a, load(&a, "s", 1, 6, 7), cases(&a, 1, mc), 1, 0, 2, 66);
    check_dump(kri_ast_Module(&a, stmts(&a, 1, match), NULL),
        "Module(body=[Match(subject=Name(id='s', ctx=Load()), "
        "cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), "
        "MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], "
        "patterns=[MatchAs(name='v')], rest='m'), MatchClass(cls=Name(id='C', ctx=Load()), "
        "patterns=[MatchAs()], kwd_attrs=['b'], kwd_patterns=[MatchAs()]), "
        "MatchSingleton(value=None), MatchStar()]), guard=Name(id='g', ctx=Load()), "
        "body=[Pass()])])], type_ignores=[])",
        "Module(body=[Match(subject=Name(id='s', ctx=Load(), lineno=1, col_offset=6, "
        "end_lineno=1, end_col_offset=7), "
        "cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1, "
        "lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, "
        "end_lineno=2, end_col_offset=11), MatchStar(name='r', lineno=2, col_offset=13, "
        "end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, "
        "end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, "
        "end_lineno=2, end_col_offset=23)], patterns=[MatchAs(name='v', lineno=2, "
        "col_offset=25, end_lineno=2, end_col_offset=26)], rest='m', lineno=2, "
        "col_offset=19, end_lineno=2, end_col_offset=32), MatchClass(cls=Name(id='C', "
        "ctx=Load(), lineno=2, col_offset=35, end_lineno=2, end_col_offset=36), "
        "patterns=[MatchAs(lineno=2, col_offset=37, end_lineno=2, end_col_offset=38)], "
        "kwd_attrs=['b'], kwd_patterns=[MatchAs(lineno=2, col_offset=42, end_lineno=2, "
        "end_col_offset=43)], lineno=2, col_offset=35, end_lineno=2, end_col_offset=44), "
        "MatchSingleton(value=None, lineno=2, col_offset=47, end_lineno=2, "
        "end_col_offset=51), MatchStar(lineno=2, col_offset=54, end_lineno=2, "
        "end_col_offset=55)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=55), "
        "guard=Name(id='g', ctx=Load(), lineno=2, col_offset=59, end_lineno=2, "
        "end_col_offset=60), body=[Pass(lineno=2, col_offset=62, end_lineno=2, "
        "end_col_offset=66)])], lineno=1, col_offset=0, end_lineno=2, end_col_offset=66)], "
        "type_ignores=[])");
    kri_arena_free(&a);
}

/* try:
 *     raise E
 * except* E as e: break
 * except: continue          (not valid after except*, but dumpable)
 * else: del x
 * finally: nonlocal q
 * async with cm as v, n:
 *     lambda: [y for y in z if y]   (is_async=1 set by hand) */
TEST(dump_compound_statements)
{
    KrArena a;
    kri_arena_init(&a);
    KrStmt *try_ = kri_ast_TryStar(
        &a, stmts(&a, 1, kri_ast_Raise(&a, load(&a, "E", 2, 10, 11), NULL, 2, 4, 2, 11)),
        handlers(&a, 2,
                 kri_ast_ExceptHandler(&a, load(&a, "E", 3, 8, 9), "e",
                                       stmts(&a, 1, kri_ast_Break(&a, 3, 16, 3, 21)), 3, 0, 3, 21),
                 kri_ast_ExceptHandler(&a, NULL, NULL, stmts(&a, 1, kri_ast_Continue(&a, 4, 8, 4, 16)),
                                       4, 0, 4, 16)),
        stmts(&a, 1,
              kri_ast_Delete(&a, exprs(&a, 1, kri_ast_Name(&a, "x", KR_AST_Del, 5, 10, 5, 11)), 5, 6,
                             5, 11)),
        stmts(&a, 1, kri_ast_Nonlocal(&a, idents(&a, 1, "q"), 6, 9, 6, 19)), 1, 0, 6, 19);
    KrComprehension *gen = kri_ast_comprehension(&a, kri_ast_Name(&a, "y", KR_AST_Store, 8, 20, 8, 21),
                                                 load(&a, "z", 8, 25, 26),
                                                 exprs(&a, 1, load(&a, "y", 8, 30, 31)), 1);
    KrExpr *comp = kri_ast_ListComp(&a, load(&a, "y", 8, 14, 15), comps(&a, 1, gen), 8, 13, 8, 32);
    KrArguments *none = kri_ast_arguments(&a, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    KrExpr *lam = kri_ast_Lambda(&a, none, comp, 8, 4, 8, 32);
    KrStmt *with = kri_ast_AsyncWith(
        &a,
        withitems(&a, 2,
                  kri_ast_withitem(&a, load(&a, "cm", 7, 11, 13),
                                   kri_ast_Name(&a, "v", KR_AST_Store, 7, 17, 7, 18)),
                  kri_ast_withitem(&a, load(&a, "n", 7, 20, 21), NULL)),
        stmts(&a, 1, kri_ast_Expr(&a, lam, 8, 4, 8, 32)), NULL, 7, 0, 8, 32);
    check_dump(kri_ast_Module(&a, stmts(&a, 2, try_, with), NULL),
        "Module(body=[TryStar(body=[Raise(exc=Name(id='E', ctx=Load()))], "
        "handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Break()]), "
        "ExceptHandler(body=[Continue()])], orelse=[Delete(targets=[Name(id='x', "
        "ctx=Del())])], finalbody=[Nonlocal(names=['q'])]), "
        "AsyncWith(items=[withitem(context_expr=Name(id='cm', ctx=Load()), "
        "optional_vars=Name(id='v', ctx=Store())), withitem(context_expr=Name(id='n', "
        "ctx=Load()))], body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], "
        "kwonlyargs=[], kw_defaults=[], defaults=[]), body=ListComp(elt=Name(id='y', "
        "ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), "
        "iter=Name(id='z', ctx=Load()), ifs=[Name(id='y', ctx=Load())], is_async=1)])))])], "
        "type_ignores=[])",
        "Module(body=[TryStar(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=2, "
        "col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, "
        "end_lineno=2, end_col_offset=11)], handlers=[ExceptHandler(type=Name(id='E', "
        "ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), name='e', "
        "body=[Break(lineno=3, col_offset=16, end_lineno=3, end_col_offset=21)], lineno=3, "
        "col_offset=0, end_lineno=3, end_col_offset=21), "
        "ExceptHandler(body=[Continue(lineno=4, col_offset=8, end_lineno=4, "
        "end_col_offset=16)], lineno=4, col_offset=0, end_lineno=4, end_col_offset=16)], "
        "orelse=[Delete(targets=[Name(id='x', ctx=Del(), lineno=5, col_offset=10, "
        "end_lineno=5, end_col_offset=11)], lineno=5, col_offset=6, end_lineno=5, "
        "end_col_offset=11)], finalbody=[Nonlocal(names=['q'], lineno=6, col_offset=9, "
        "end_lineno=6, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=6, "
        "end_col_offset=19), AsyncWith(items=[withitem(context_expr=Name(id='cm', "
        "ctx=Load(), lineno=7, col_offset=11, end_lineno=7, end_col_offset=13), "
        "optional_vars=Name(id='v', ctx=Store(), lineno=7, col_offset=17, end_lineno=7, "
        "end_col_offset=18)), withitem(context_expr=Name(id='n', ctx=Load(), lineno=7, "
        "col_offset=20, end_lineno=7, end_col_offset=21))], "
        "body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], "
        "kw_defaults=[], defaults=[]), body=ListComp(elt=Name(id='y', ctx=Load(), lineno=8, "
        "col_offset=14, end_lineno=8, end_col_offset=15), "
        "generators=[comprehension(target=Name(id='y', ctx=Store(), lineno=8, col_offset=20, "
        "end_lineno=8, end_col_offset=21), iter=Name(id='z', ctx=Load(), lineno=8, "
        "col_offset=25, end_lineno=8, end_col_offset=26), ifs=[Name(id='y', ctx=Load(), "
        "lineno=8, col_offset=30, end_lineno=8, end_col_offset=31)], is_async=1)], lineno=8, "
        "col_offset=13, end_lineno=8, end_col_offset=32), lineno=8, col_offset=4, "
        "end_lineno=8, end_col_offset=32), lineno=8, col_offset=4, end_lineno=8, "
        "end_col_offset=32)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=32)], "
        "type_ignores=[])");
    kri_arena_free(&a);
}

/* The other modes: Expression(`*a.b`), Interactive(`a[:j] //= not b`),
 * FunctionType(`(int) -> ()`). */
TEST(dump_other_modes)
{
    KrArena a;
    kri_arena_init(&a);
    KrExpr *attr = kri_ast_Attribute(&a, load(&a, "a", 1, 1, 2), "b", KR_AST_Load, 1, 1, 1, 4);
    check_dump(kri_ast_Expression(&a, kri_ast_Starred(&a, attr, KR_AST_Load, 1, 0, 1, 4)),
        "Expression(body=Starred(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', "
        "ctx=Load()), ctx=Load()))",
        "Expression(body=Starred(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, "
        "col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, "
        "col_offset=1, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=4))");

    KrExpr *sub = kri_ast_Subscript(&a, load(&a, "a", 1, 0, 1),
                                    kri_ast_Slice(&a, NULL, load(&a, "j", 1, 3, 4), NULL, 1, 2, 1, 4),
                                    KR_AST_Store, 1, 0, 1, 5);
    KrExpr *not_b = kri_ast_UnaryOp(&a, KR_AST_Not, load(&a, "b", 1, 14, 15), 1, 10, 1, 15);
    KrStmt *aug = kri_ast_AugAssign(&a, sub, KR_AST_FloorDiv, not_b, 1, 0, 1, 15);
    check_dump(kri_ast_Interactive(&a, stmts(&a, 1, aug)),
        "Interactive(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), "
        "slice=Slice(upper=Name(id='j', ctx=Load())), ctx=Store()), op=FloorDiv(), "
        "value=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load())))])",
        "Interactive(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load(), "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
        "slice=Slice(upper=Name(id='j', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
        "end_col_offset=4), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), "
        "ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), "
        "op=FloorDiv(), value=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load(), lineno=1, "
        "col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=10, "
        "end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=15)])");

    KrExpr *ret = kri_ast_Tuple(&a, NULL, KR_AST_Load, 1, 9, 1, 11);
    check_dump(kri_ast_FunctionType(&a, exprs(&a, 1, load(&a, "int", 1, 1, 4)), ret),
        "FunctionType(argtypes=[Name(id='int', ctx=Load())], returns=Tuple(elts=[], "
        "ctx=Load()))",
        "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, "
        "end_lineno=1, end_col_offset=4)], returns=Tuple(elts=[], ctx=Load(), lineno=1, "
        "col_offset=9, end_lineno=1, end_col_offset=11))");
    kri_arena_free(&a);
}

/* Constants of every kind and non-ASCII text through repr():
 *   (None, True, ..., 2.5, 1.5j, b"\0'\"", u"it's é\n", 0xff...ff (40 digits), été)
 *   a: b
 *   f"v={v!r:>4}"      (JoinedStr with a FormattedValue, positions simplified)
 * and a TypeIgnore(5, '[attr]'). */
TEST(dump_constants)
{
    KrArena a;
    kri_arena_init(&a);
    KrConst *big = simple_const(&a, KR_CONST_INT, 0);
    big->v.integer.digits = "ffffffffffffffffffffffffffffffffffffffff";
    big->v.integer.ndigits = 40;
    big->v.integer.base = 16;
    big->v.integer.fits = false;
    KrConst *values[] = {
        simple_const(&a, KR_CONST_NONE, 0),    simple_const(&a, KR_CONST_TRUE, 0),
        simple_const(&a, KR_CONST_ELLIPSIS, 0), simple_const(&a, KR_CONST_FLOAT, 2.5),
        simple_const(&a, KR_CONST_COMPLEX, 1.5), text_const(&a, KR_CONST_BYTES, "\0'\"", 3),
        text_const(&a, KR_CONST_STR, "it's \303\251\n", 8), big,
    };
    KrExprSeq *elts = kri_ast_expr_seq_new(&a, 9);
    for (int i = 0; i < 8; i++)
        elts->items[i] = kri_ast_Constant(&a, values[i], i == 6 ? "u" : NULL, 1, 0, 1, 1);
    elts->items[8] = load(&a, "\303\251t\303\251", 1, 0, 1);
    KrStmt *tuple = kri_ast_Expr(&a, kri_ast_Tuple(&a, elts, KR_AST_Load, 1, 0, 1, 1), 1, 0, 1, 1);
    KrStmt *ann = kri_ast_AnnAssign(&a, kri_ast_Name(&a, "a", KR_AST_Store, 2, 0, 2, 1),
                                    load(&a, "b", 2, 3, 4), NULL, 1, 2, 0, 2, 4);
    KrExpr *spec = kri_ast_JoinedStr(
        &a, exprs(&a, 1, kri_ast_Constant(&a, text_const(&a, KR_CONST_STR, ">4", 2), NULL, 3, 0, 3, 9)), 3,
        0, 3, 9);
    KrExpr *fv = kri_ast_FormattedValue(&a, load(&a, "v", 3, 4, 5), 'r', spec, 3, 0, 3, 9);
    KrExpr *js = kri_ast_JoinedStr(
        &a,
        exprs(&a, 2, kri_ast_Constant(&a, text_const(&a, KR_CONST_STR, "v=", 2), NULL, 3, 0, 3, 9), fv),
        3, 0, 3, 9);
    KrMod *m = kri_ast_Module(&a, stmts(&a, 3, tuple, ann, kri_ast_Expr(&a, js, 3, 0, 3, 9)),
                              ignores(&a, 1, kri_ast_TypeIgnore(&a, 5, "[attr]")));
    check_dump(m,
        "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), "
        "Constant(value=Ellipsis), Constant(value=2.5), Constant(value=1.5j), "
        "Constant(value=b'\\x00\\'\"'), Constant(value=\"it's \303\251\\n\", kind='u'), "
        "Constant(value=1461501637330902918203684832716283019655932542975), "
        "Name(id='\303\251t\303\251', ctx=Load())], ctx=Load())), "
        "AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='b', ctx=Load()), "
        "simple=1), Expr(value=JoinedStr(values=[Constant(value='v='), "
        "FormattedValue(value=Name(id='v', ctx=Load()), conversion=114, "
        "format_spec=JoinedStr(values=[Constant(value='>4')]))]))], "
        "type_ignores=[TypeIgnore(lineno=5, tag='[attr]')])",
        "Module(body=[Expr(value=Tuple(elts=[Constant(value=None, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Constant(value=True, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Constant(value=Ellipsis, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Constant(value=2.5, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Constant(value=1.5j, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Constant(value=b'\\x00\\'\"', lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=1), Constant(value=\"it's \303\251\\n\", "
        "kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
        "Constant(value=1461501637330902918203684832716283019655932542975, lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=1), Name(id='\303\251t\303\251', "
        "ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], ctx=Load(), "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), AnnAssign(target=Name(id='a', ctx=Store(), "
        "lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), annotation=Name(id='b', "
        "ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), simple=1, "
        "lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), "
        "Expr(value=JoinedStr(values=[Constant(value='v=', lineno=3, col_offset=0, "
        "end_lineno=3, end_col_offset=9), FormattedValue(value=Name(id='v', ctx=Load(), "
        "lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), conversion=114, "
        "format_spec=JoinedStr(values=[Constant(value='>4', lineno=3, col_offset=0, "
        "end_lineno=3, end_col_offset=9)], lineno=3, col_offset=0, end_lineno=3, "
        "end_col_offset=9), lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)], "
        "lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, "
        "end_lineno=3, end_col_offset=9)], type_ignores=[TypeIgnore(lineno=5, tag='[attr]')])");
    kri_arena_free(&a);
}

/* ---- CPython's recursion limit ---- */

/* Module([Expr(-(-(...(leaf))))]) with [n] unary minuses; all positions 1. */
static KrMod *unary_chain(KrArena *a, int n, KrExpr *leaf)
{
    KrExpr *e = leaf;
    for (int i = 0; i < n; i++)
        e = kri_ast_UnaryOp(a, KR_AST_USub, e, 1, 1, 1, 1);
    return kri_ast_Module(a, stmts(a, 1, kri_ast_Expr(a, e, 1, 1, 1, 1)), NULL);
}

/* kri_ast_dump's result, and the text's length through *[len]. */
static int dump_len(const KrMod *mod, bool attrs, size_t *len)
{
    KrBuf b;
    kri_buf_init(&b);
    int rc = kri_ast_dump(&b, mod, attrs);
    *len = b.len;
    kri_buf_free(&b);
    return rc;
}

/* python3.11 (dump called from a script's top level, default limit 1000):
 * 989 nested UnaryOps over a Name dump (83256 characters with attributes,
 * 27760 without); 990 raise RecursionError "maximum recursion depth exceeded
 * while getting the repr of an object", with or without attributes. */
TEST(depth_unary_chain)
{
    KrArena a;
    kri_arena_init(&a);
    size_t len;
    CHECK_EQ_INT(dump_len(unary_chain(&a, 989, load(&a, "x", 1, 1, 1)), true, &len), 0);
    CHECK_EQ_INT(len, 83256);
    CHECK_EQ_INT(dump_len(unary_chain(&a, 989, load(&a, "x", 1, 1, 1)), false, &len), 0);
    CHECK_EQ_INT(len, 27760);
    KrMod *deep = unary_chain(&a, 990, load(&a, "x", 1, 1, 1));
    CHECK_EQ_INT(dump_len(deep, true, &len), KR_AST_DUMP_TOO_DEEP_REPR);
    CHECK_EQ_INT(dump_len(deep, false, &len), KR_AST_DUMP_TOO_DEEP_REPR);
    /* An empty list costs no frame beyond its own: over an empty Dict
     * (no attributes) 991 levels pass (27816 characters) and 992 fail, in
     * the str.join of Load() ("while calling a Python object"). */
    KrExpr *d1 = kri_ast_Dict(&a, NULL, NULL, 1, 1, 1, 1);
    CHECK_EQ_INT(dump_len(unary_chain(&a, 991, d1), false, &len), 0);
    CHECK_EQ_INT(len, 27816);
    KrExpr *d2 = kri_ast_Dict(&a, NULL, NULL, 1, 1, 1, 1);
    CHECK_EQ_INT(dump_len(unary_chain(&a, 992, d2), false, &len), KR_AST_DUMP_TOO_DEEP_CALL);
    /* Over List([Name('x')]) the message depends on which call overflows:
     * 985 pass; 986 fail in PyObject_Repr, 987 calling repr(), 988 entering
     * the Name's _format frame (plain message). */
    const int want[] = {0, KR_AST_DUMP_TOO_DEEP_REPR, KR_AST_DUMP_TOO_DEEP_CALL,
                        KR_AST_DUMP_TOO_DEEP};
    for (int i = 0; i < 4; i++) {
        KrExpr *list = kri_ast_List(&a, exprs(&a, 1, load(&a, "x", 1, 1, 1)), KR_AST_Load, 1, 1,
                                    1, 1);
        CHECK_EQ_INT(dump_len(unary_chain(&a, 985 + i, list), true, &len), want[i]);
    }
    CHECK_EQ_STR(kri_ast_dump_error(KR_AST_DUMP_TOO_DEEP),
                 "RecursionError: maximum recursion depth exceeded");
    CHECK_EQ_STR(kri_ast_dump_error(KR_AST_DUMP_TOO_DEEP_REPR),
                 "RecursionError: maximum recursion depth exceeded while getting the repr of "
                 "an object");
    CHECK(kri_ast_dump_error(0) == NULL);
    kri_arena_free(&a);
}

/* 50 nested `if x:` each holding one statement, the innermost an Expr of [n]
 * UnaryOps: each level adds a node and a list (4 frames). python3.11: 789
 * pass (74706 characters), 790 fail. */
static KrMod *nested_ifs(KrArena *a, int n)
{
    KrStmt *s = unary_chain(a, n, load(a, "x", 1, 1, 1))->v.Module.body->items[0];
    for (int i = 0; i < 50; i++)
        s = kri_ast_If(a, load(a, "x", 1, 1, 1), stmts(a, 1, s), NULL, 1, 1, 1, 1);
    return kri_ast_Module(a, stmts(a, 1, s), NULL);
}

TEST(depth_nested_blocks)
{
    KrArena a;
    kri_arena_init(&a);
    size_t len;
    CHECK_EQ_INT(dump_len(nested_ifs(&a, 789), true, &len), 0);
    CHECK_EQ_INT(len, 74706);
    CHECK_EQ_INT(dump_len(nested_ifs(&a, 790), true, &len), KR_AST_DUMP_TOO_DEEP_REPR);
    kri_arena_free(&a);
}

/* An int over 4300 digits makes CPython's repr raise ValueError (-2); when
 * the tree is also too deep, whichever CPython meets first wins:
 *   Tuple([Constant(10**4301), <995 UnaryOps>]) -> ValueError
 *   Tuple([<995 UnaryOps>, Constant(10**4301)]) -> RecursionError (calling) */
TEST(depth_and_big_int_order)
{
    KrArena a;
    kri_arena_init(&a);
    char *digits = kri_arena_alloc(&a, 4303);
    memset(digits, '0', 4302);
    digits[0] = '1';
    digits[4302] = '\0';
    KrConst *huge = small_int(&a, 0, digits);
    huge->v.integer.fits = false;
    size_t len;
    for (int deep_first = 0; deep_first < 2; deep_first++) {
        KrExpr *big = kri_ast_Constant(&a, huge, NULL, 1, 1, 1, 1);
        KrExpr *deep = unary_chain(&a, 995, load(&a, "x", 1, 1, 1))->v.Module.body->items[0]->v.Expr.value;
        KrExprSeq *elts = deep_first ? exprs(&a, 2, deep, big) : exprs(&a, 2, big, deep);
        KrExpr *t = kri_ast_Tuple(&a, elts, KR_AST_Load, 1, 1, 1, 1);
        KrMod *m = kri_ast_Module(&a, stmts(&a, 1, kri_ast_Expr(&a, t, 1, 1, 1, 1)), NULL);
        CHECK_EQ_INT(dump_len(m, true, &len),
                     deep_first ? KR_AST_DUMP_TOO_DEEP_CALL : KR_AST_DUMP_INT_TOO_LARGE);
    }
    kri_arena_free(&a);
}

/* ---- the rest of the generated API ---- */

TEST(lists_and_names)
{
    KrArena a;
    kri_arena_init(&a);
    KrExprSeq *s = kri_ast_expr_seq_new(&a, 5);
    CHECK(s != NULL);
    CHECK_EQ_INT(s->len, 5);
    for (int i = 0; i < 5; i++)
        CHECK(s->items[i] == NULL);
    KrIntSeq *ops = kri_ast_int_seq_new(&a, 3);
    CHECK_EQ_INT(ops->len, 3);
    CHECK_EQ_INT(ops->items[2], 0);
    KrStmtSeq *empty = kri_ast_stmt_seq_new(&a, 0);
    CHECK(empty != NULL && empty->len == 0);
    CHECK(kri_ast_expr_seq_new(&a, PTRDIFF_MAX) == NULL);

    CHECK_EQ_STR(kri_ast_expr_kind_name(KR_AST_BinOp), "BinOp");
    CHECK_EQ_STR(kri_ast_stmt_kind_name(KR_AST_Continue), "Continue");
    CHECK_EQ_STR(kri_ast_pattern_kind_name(KR_AST_MatchOr), "MatchOr");
    CHECK_EQ_STR(kri_ast_operator_kind_name(KR_AST_FloorDiv), "FloorDiv");
    CHECK_EQ_STR(kri_ast_cmpop_kind_name(KR_AST_NotIn), "NotIn");
    CHECK_EQ_STR(kri_ast_expr_context_kind_name(KR_AST_Del), "Del");
    CHECK_EQ_STR(kri_ast_expr_kind_name((KrExprKind)0), "?");
    CHECK_EQ_STR(kri_ast_boolop_kind_name((KrBoolop)3), "?");

    /* Kinds start at 1 so that zeroed memory is never a valid node. */
    CHECK_EQ_INT(KR_AST_Module, 1);
    CHECK_EQ_INT(KR_AST_FunctionDef, 1);
    CHECK_EQ_INT(KR_AST_Load, 1);
    KrExpr *n = load(&a, "x", 3, 4, 5);
    CHECK_EQ_INT(n->kind, KR_AST_Name);
    CHECK_EQ_STR(n->v.Name.id, "x");
    CHECK_EQ_INT(n->v.Name.ctx, KR_AST_Load);
    CHECK(n->lineno == 3 && n->col_offset == 4 && n->end_lineno == 3 && n->end_col_offset == 5);

    /* A NULL module dumps as None, as ast.dump's _format(None) would. */
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_INT(kri_ast_dump(&b, NULL, false), 0);
    CHECK_EQ_STR(b.data, "None");
    kri_buf_free(&b);
    kri_arena_free(&a);
}

int main(void)
{
    RUN(dump_binop);
    RUN(dump_function_def);
    RUN(dump_misc_statements);
    RUN(dump_match);
    RUN(dump_compound_statements);
    RUN(dump_other_modes);
    RUN(dump_constants);
    RUN(depth_unary_chain);
    RUN(depth_nested_blocks);
    RUN(depth_and_big_int_order);
    RUN(lists_and_names);
    return kt_finish();
}
