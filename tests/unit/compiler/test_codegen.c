/* Unit tests of the code generator's parts that the dump comparison with
 * CPython (tools/check_dis.py) reaches only indirectly: big-integer
 * arithmetic, constant folding and identity, the annotation unparser, and
 * the compile entry points (modes, flags, warnings, errors). Expected values
 * were computed with /usr/bin/python3.11. */
#include "compiler/codegen.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>

/* ---- helpers ---- */

static KrBigInt big(KrArena *a, const char *text)
{
    KrBigInt b = {false, 0, NULL};
    bool neg = text[0] == '-';
    if (neg)
        text++;
    CHECK(kri_bigint_from_text(a, text, strlen(text), 10, &b) == 0);
    b.negative = neg && b.ndigits;
    return b;
}

/* The decimal form of [b], in a static buffer for CHECK_EQ_STR. */
static const char *dec(const KrBigInt *b)
{
    static char text[256];
    KrBuf buf;
    kri_buf_init(&buf);
    CHECK(kri_bigint_to_decimal(&buf, b) == 0);
    snprintf(text, sizeof text, "%s", buf.data ? buf.data : "");
    kri_buf_free(&buf);
    return text;
}

static const char *fmt(const KrCodeConst *c)
{
    static char text[256];
    if (!c)
        return "(no fold)";
    KrBuf buf;
    kri_buf_init(&buf);
    CHECK(kri_const_format(&buf, c) == 0);
    snprintf(text, sizeof text, "%s", buf.data ? buf.data : "");
    kri_buf_free(&buf);
    return text;
}

static KrCodeConst *int_const(KrArena *a, const char *text)
{
    KrBigInt b = big(a, text);
    return kri_const_int(a, &b);
}

/* Compiles [src]; returns the module unit, or NULL with [err] filled. */
static KrCodeUnit *compile(KrArena *a, const char *src, int flags, int optimize,
                           KrCompileWarning **warnings, KrSyntaxError *err)
{
    memset(err, 0, sizeof *err);
    KrMod *mod = kri_parse_bytes(a, src, strlen(src), err, NULL);
    if (!mod)
        return NULL;
    return kri_compile_module_ex(a, mod, "<test>", flags, optimize, warnings, err);
}

/* ---- big integers ---- */

TEST(bigint_arithmetic)
{
    KrArena a;
    kri_arena_init(&a);
    KrBigInt x = big(&a, "123456789012345678901234567890");
    KrBigInt y = big(&a, "987654321098765432109876543210"), r, q;
    CHECK(kri_bigint_add(&a, &x, &y, &r) == 0);
    CHECK_EQ_STR(dec(&r), "1111111110111111111011111111100");
    CHECK(kri_bigint_sub(&a, &x, &y, &r) == 0);
    CHECK_EQ_STR(dec(&r), "-864197532086419753208641975320");
    KrBigInt m = big(&a, "18446744073709551615"), p = big(&a, "18446744073709551617");
    CHECK(kri_bigint_mul(&a, &m, &p, &r) == 0);
    CHECK_EQ_STR(dec(&r), "340282366920938463463374607431768211455");
    KrBigInt two = big(&a, "2"), three = big(&a, "3");
    CHECK(kri_bigint_pow(&a, &three, 40, &r) == 0);
    CHECK_EQ_STR(dec(&r), "12157665459056928801");
    CHECK(kri_bigint_lshift(&a, &two, 99, &r) == 0);
    CHECK_EQ_STR(dec(&r), "1267650600228229401496703205376");
    kri_arena_free(&a);
    (void)q;
}

TEST(bigint_floor_division)
{
    KrArena a;
    kri_arena_init(&a);
    static const struct {
        const char *a, *b, *q, *r;
    } cases[] = {
        {"-7", "2", "-4", "1"},
        {"7", "-2", "-4", "-1"},
        {"1267650600228229401496703205376", "3", "422550200076076467165567735125", "1"},
        {"-1267650600228229401496703205376", "12345678901", "-102679699544554791714",
         "5276220938"},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++) {
        KrBigInt x = big(&a, cases[i].a), y = big(&a, cases[i].b), q, r;
        CHECK(kri_bigint_divmod(&a, &x, &y, &q, &r) == 0);
        CHECK_EQ_STR(dec(&q), cases[i].q);
        CHECK_EQ_STR(dec(&r), cases[i].r);
    }
    KrBigInt x = big(&a, "5"), zero = big(&a, "0"), q;
    CHECK(kri_bigint_divmod(&a, &x, &zero, &q, NULL) < 0); /* ZeroDivisionError */
    kri_arena_free(&a);
}

TEST(bigint_bits_and_floats)
{
    KrArena a;
    kri_arena_init(&a);
    KrBigInt m12 = big(&a, "-12"), ten = big(&a, "10"), r;
    CHECK(kri_bigint_bitop(&a, &m12, &ten, '&', &r) == 0);
    CHECK_EQ_STR(dec(&r), "0");
    CHECK(kri_bigint_bitop(&a, &m12, &ten, '|', &r) == 0);
    CHECK_EQ_STR(dec(&r), "-2");
    KrBigInt m5 = big(&a, "-5"), big70 = big(&a, "-1180591620717411303424");
    CHECK(kri_bigint_rshift(&a, &m5, 1, &r) == 0);
    CHECK_EQ_STR(dec(&r), "-3");
    CHECK(kri_bigint_rshift(&a, &big70, 3, &r) == 0);
    CHECK_EQ_STR(dec(&r), "-147573952589676412928");
    double d;
    KrBigInt odd = big(&a, "9007199254740993"); /* 2**53 + 1 rounds to even */
    CHECK(kri_bigint_to_double(&odd, &d) == 0 && d == 9007199254740992.0);
    KrBigInt sticky = big(&a, "18446744073709553665"); /* 2**64 + 2**11 + 1 */
    CHECK(kri_bigint_to_double(&sticky, &d) == 0 && d == 1.8446744073709556e+19);
    KrBigInt e30 = big(&a, "1000000000000000000000000000000"), three = big(&a, "3");
    CHECK(kri_bigint_truediv(&a, &e30, &three, &d) == 0 && d == 3.333333333333333e+29);
    KrBigInt huge = big(&a, "1"), r2;
    CHECK(kri_bigint_lshift(&a, &huge, 1100, &r2) == 0);
    CHECK(kri_bigint_to_double(&r2, &d) < 0); /* OverflowError */
    kri_arena_free(&a);
}

/* ---- folding ---- */

TEST(fold_binop_values)
{
    KrArena a;
    kri_arena_init(&a);
    KrCodeConst *two = int_const(&a, "2"), *ten = int_const(&a, "10");
    KrCodeConst *half = kri_const_float(&a, 0.5), *t = kri_const_bool(&a, true);
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Pow, two, ten)), "1024");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Pow, two, int_const(&a, "128"))), "(no fold)");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Pow, two, int_const(&a, "-1"))), "0.5");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Div, ten, int_const(&a, "4"))), "2.5");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Div, ten, int_const(&a, "0"))), "(no fold)");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mod, kri_const_float(&a, -5.0), two)), "1.0");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_FloorDiv, kri_const_float(&a, -5.5), two)),
                 "-3.0");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Add, half, t)), "1.5");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_BitAnd, t, kri_const_bool(&a, false))), "False");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Add, t, t)), "2");
    KrCodeConst *one = int_const(&a, "1"), *j = kri_const_complex(&a, 0.0, 2.0);
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Add, one, j)), "(1+2j)");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Pow, kri_const_float(&a, -8.0),
                                    kri_const_float(&a, 0.5))),
                 "(1.7319121124709868e-16+2.8284271247461903j)");
    kri_arena_free(&a);
}

TEST(fold_sequences)
{
    KrArena a;
    kri_arena_init(&a);
    KrCodeConst *ab = kri_const_text(&a, KR_CC_STR, "ab", 2), *three = int_const(&a, "3");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mult, ab, three)), "'ababab'");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mult, three, ab)), "'ababab'");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mult, ab, int_const(&a, "2049"))), "(no fold)");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mult, ab, int_const(&a, "-1"))), "(no fold)");
    CHECK_EQ_STR(fmt(kri_fold_binop(&a, KR_AST_Mod, ab, three)), "(no fold)");
    KrCodeConst *s = kri_const_text(&a, KR_CC_STR, "h\xc3\xa9llo", 6);
    CHECK_EQ_STR(fmt(kri_fold_subscript(&a, s, int_const(&a, "1"))), "'\xc3\xa9'");
    CHECK_EQ_STR(fmt(kri_fold_subscript(&a, s, int_const(&a, "-1"))), "'o'");
    CHECK_EQ_STR(fmt(kri_fold_subscript(&a, s, int_const(&a, "5"))), "(no fold)");
    KrCodeConst *items[3] = {int_const(&a, "1"), kri_const_float(&a, 1.0),
                             kri_const_bool(&a, true)};
    CHECK_EQ_STR(fmt(kri_const_frozenset(&a, items, 3)), "frozenset({1})");
    CHECK_EQ_STR(fmt(kri_const_tuple(&a, items, 1)), "(1,)");
    kri_arena_free(&a);
}

TEST(constant_identity)
{
    KrArena a;
    kri_arena_init(&a);
    KrCodeConst *zero = int_const(&a, "0"), *fzero = kri_const_float(&a, 0.0);
    KrCodeConst *nzero = kri_const_float(&a, -0.0), *f = kri_const_bool(&a, false);
    CHECK(!kri_const_same(zero, fzero) && !kri_const_same(fzero, nzero));
    CHECK(!kri_const_same(zero, f));
    CHECK(kri_const_py_equal(zero, fzero) && kri_const_py_equal(zero, f));
    CHECK(kri_const_py_equal(fzero, nzero));
    CHECK(kri_const_same(int_const(&a, "12345678901234567890"),
                         int_const(&a, "12345678901234567890")));
    KrConstMap m;
    memset(&m, 0, sizeof m);
    CHECK_EQ_INT(kri_constmap_add(&a, &m, zero), 0);
    CHECK_EQ_INT(kri_constmap_add(&a, &m, fzero), 1);
    CHECK_EQ_INT(kri_constmap_add(&a, &m, int_const(&a, "0")), 0);
    CHECK_EQ_INT(kri_constmap_add(&a, &m, nzero), 2);
    kri_arena_free(&a);
}

/* ---- the unparser ---- */

static const char *unparse(KrArena *a, const char *src)
{
    static char text[256];
    KrSyntaxError err;
    memset(&err, 0, sizeof err);
    KrMod *mod = kri_parse_bytes(a, src, strlen(src), &err, NULL);
    CHECK(mod != NULL);
    if (!mod) {
        kri_syntax_error_clear(&err);
        return "";
    }
    KrBuf buf;
    kri_buf_init(&buf);
    CHECK(kri_unparse_expr(&buf, mod->v.Module.body->items[0]->v.Expr.value) == 0);
    snprintf(text, sizeof text, "%s", buf.data ? buf.data : "");
    kri_buf_free(&buf);
    return text;
}

TEST(unparse_annotations)
{
    KrArena a;
    kri_arena_init(&a);
    CHECK_EQ_STR(unparse(&a, "dict[str, list[int]]\n"), "dict[str, list[int]]");
    CHECK_EQ_STR(unparse(&a, "(x + y) * -z ** 2\n"), "(x + y) * -z ** 2");
    CHECK_EQ_STR(unparse(&a, "lambda *a, k=1: (a, k)\n"), "lambda*a, k=1: (a, k)");
    CHECK_EQ_STR(unparse(&a, "1e400\n"), "1e309");
    CHECK_EQ_STR(unparse(&a, "f'{x!r:>{w}}'\n"), "f'{x!r:>{w}}'");
    CHECK_EQ_STR(unparse(&a, "x[()]\n"), "x[()]");
    CHECK_EQ_STR(unparse(&a, "1 .real\n"), "1 .real");
    kri_arena_free(&a);
}

/* ---- compiling ---- */

TEST(compile_units)
{
    KrArena a;
    kri_arena_init(&a);
    KrSyntaxError err;
    KrCodeUnit *co = compile(&a, "def f(a, b=1, /, c=2, *d, e, **g):\n    return a\n", 0, 0,
                             NULL, &err);
    CHECK(co && co->nconsts == 5);
    if (co && co->nconsts == 5) {
        /* 1 2 <code f> None (1, 2): the defaults tuple folded last */
        CHECK_EQ_INT(co->nconsts, 5);
        CHECK(co->consts[2]->kind == KR_CC_CODE && co->consts[4]->kind == KR_CC_TUPLE);
        KrCodeUnit *f = co->consts[2]->v.code;
        CHECK_EQ_INT(f->argcount, 3);
        CHECK_EQ_INT(f->posonlyargcount, 2);
        CHECK_EQ_INT(f->kwonlyargcount, 1);
        CHECK_EQ_INT(f->flags, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS | KR_CO_VARARGS |
                                   KR_CO_VARKEYWORDS);
        CHECK_EQ_INT(f->nlocals, 6);
        CHECK_EQ_STR(f->qualname, "f");
        /* RESUME, LOAD_FAST a, RETURN_VALUE */
        CHECK_EQ_INT(f->ncode, 3);
        CHECK_EQ_INT(f->code[1], KR_OP_LOAD_FAST | 0 << 8);
    }
    kri_arena_free(&a);
}

TEST(compile_flags_and_levels)
{
    KrArena a;
    kri_arena_init(&a);
    KrSyntaxError err;
    /* inherited future flags reach every unit; -OO drops docstrings */
    KrCodeUnit *co = compile(&a, "def f():\n    'doc'\n    x: int\n", KR_CO_FUTURE_ANNOTATIONS, 2,
                             NULL, &err);
    CHECK(co && co->nconsts && co->consts[0]->kind == KR_CC_CODE);
    if (co && co->nconsts && co->consts[0]->kind == KR_CC_CODE) {
        CHECK(co->flags & KR_CO_FUTURE_ANNOTATIONS);
        KrCodeUnit *f = co->consts[0]->v.code;
        CHECK(f->flags & KR_CO_FUTURE_ANNOTATIONS);
        CHECK(f->consts[0]->kind == KR_CC_NONE);
    }
    kri_arena_reset(&a);
    co = compile(&a, "assert x\n", 0, 1, NULL, &err);
    CHECK(co && co->ncode == 3); /* RESUME, LOAD_CONST None, RETURN_VALUE */
    kri_arena_free(&a);
}

TEST(compile_errors_and_warnings)
{
    KrArena a;
    kri_arena_init(&a);
    KrSyntaxError err;
    CHECK(compile(&a, "def f():\n    yield 1\nawait x\n", 0, 0, NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, KR_ERR_SYNTAX);
    CHECK_EQ_STR(err.msg, "'await' outside function");
    CHECK_EQ_INT(err.lineno, 3);
    CHECK_EQ_INT(err.offset, 1);
    CHECK_EQ_INT(err.end_offset, 8);
    kri_syntax_error_clear(&err);
    kri_arena_reset(&a);
    KrCompileWarning *w = NULL;
    KrCodeUnit *co = compile(&a, "x = 1\nif x is 1:\n    (1, 2)()\n", 0, 0, &w, &err);
    CHECK(co != NULL);
    CHECK(w != NULL);
    if (w) {
        CHECK_EQ_STR(w->msg, "\"is\" with a literal. Did you mean \"==\"?");
        CHECK_EQ_INT(w->lineno, 2);
        CHECK(w->next != NULL);
        if (w->next) {
            CHECK_EQ_STR(w->next->msg,
                         "'tuple' object is not callable; perhaps you missed a comma?");
            CHECK_EQ_INT(w->next->lineno, 3);
        }
    }
    kri_arena_free(&a);
}

TEST(compile_modes)
{
    KrArena a;
    kri_arena_init(&a);
    KrSyntaxError err;
    memset(&err, 0, sizeof err);
    KrMod *mod = kri_parse_bytes(&a, "a + 1\n", 6, &err, NULL);
    CHECK(mod != NULL);
    if (mod) {
        KrMod *e = kri_ast_Expression(&a, mod->v.Module.body->items[0]->v.Expr.value);
        KrCodeUnit *co = kri_compile_module(&a, e, "<eval>", 0, 0, &err);
        /* RESUME, LOAD_NAME, LOAD_CONST, BINARY_OP + cache, RETURN_VALUE */
        CHECK(co && co->ncode == 6 && (co->code[5] & 0xff) == KR_OP_RETURN_VALUE);
        KrMod *i = kri_ast_Interactive(&a, mod->v.Module.body);
        co = kri_compile_module(&a, i, "<stdin>", 0, 0, &err);
        CHECK(co && (co->code[5] & 0xff) == KR_OP_PRINT_EXPR);
    }
    kri_arena_free(&a);
}

int main(void)
{
    RUN(bigint_arithmetic);
    RUN(bigint_floor_division);
    RUN(bigint_bits_and_floats);
    RUN(fold_binop_values);
    RUN(fold_sequences);
    RUN(constant_identity);
    RUN(unparse_annotations);
    RUN(compile_units);
    RUN(compile_flags_and_levels);
    RUN(compile_errors_and_warnings);
    RUN(compile_modes);
    return kt_finish();
}
