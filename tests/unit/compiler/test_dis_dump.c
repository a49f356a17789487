/* Dumps the code units Krait compiles, in the text format that
 * tools/check_dis.py prints for CPython 3.11's code objects, so the two can
 * be compared file by file:
 *   test_dis_dump [-O|-OO] [--eval|--single] FILE...   a "FILE path" section each
 * Each code object (depth first, in co_consts order) lists its attributes,
 * constants, names, variables, every code unit with its raw oparg and its
 * position (decoded from the location table, as co_positions() does), the
 * exception table entries, and the two tables' bytes in hex. A file that
 * does not compile prints its error instead.
 * Without arguments it compiles a few snippets and checks them (the unit
 * runner's mode). */
#include "compiler/codegen.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

/* Dump output is best effort: a failed append only shortens it. */
#define IGNORE(call)                                                                         \
    do {                                                                                     \
        if ((call) < 0) {                                                                    \
        }                                                                                    \
    } while (0)

typedef struct Pos {
    int line, end_line, col, end_col; /* KR_POS_NONE for None */
} Pos;

static void put_pos_value(KrBuf *out, int v)
{
    if (v == KR_POS_NONE)
        IGNORE(kri_buf_puts(out, "None"));
    else
        IGNORE(kri_buf_printf(out, "%d", v));
}

/* "(a, b, c, d)" and a newline, as Python prints a tuple of ints or None. */
static void put_pos4(KrBuf *out, int a, int b, int c, int d)
{
    int v[4] = {a, b, c, d};
    IGNORE(kri_buf_putc(out, '('));
    for (int i = 0; i < 4; i++) {
        if (i)
            IGNORE(kri_buf_puts(out, ", "));
        put_pos_value(out, v[i]);
    }
    IGNORE(kri_buf_puts(out, ")\n"));
}

static unsigned read_varint(const uint8_t **p, const uint8_t *end)
{
    unsigned v = 0, shift = 0;
    while (*p < end) {
        unsigned b = *(*p)++;
        v |= (b & 63) << shift;
        shift += 6;
        if (!(b & 64))
            break;
    }
    return v;
}

static int read_svarint(const uint8_t **p, const uint8_t *end)
{
    unsigned v = read_varint(p, end);
    return (v & 1) ? -(int)(v >> 1) : (int)(v >> 1);
}

/* co_positions(): one Pos per code unit, decoded from the location table. */
static Pos *decode_positions(const KrCodeUnit *co)
{
    Pos *pos = calloc(co->ncode + 1, sizeof(Pos));
    const uint8_t *p = co->linetable, *end = p + co->linetable_len;
    int line = co->firstlineno;
    size_t unit = 0;
    while (pos && p < end) {
        int first = *p++, code = (first >> 3) & 15, length = (first & 7) + 1;
        Pos v = {KR_POS_NONE, KR_POS_NONE, KR_POS_NONE, KR_POS_NONE};
        if (code == 14) {
            line += read_svarint(&p, end);
            v.line = line;
            v.end_line = line + (int)read_varint(&p, end);
            int col = (int)read_varint(&p, end), end_col = (int)read_varint(&p, end);
            v.col = col ? col - 1 : KR_POS_NONE;
            v.end_col = end_col ? end_col - 1 : KR_POS_NONE;
        } else if (code == 13) {
            line += read_svarint(&p, end);
            v.line = v.end_line = line;
        } else if (code >= 10 && code <= 12) {
            line += code - 10;
            v.line = v.end_line = line;
            v.col = p < end ? *p++ : 0;
            v.end_col = p < end ? *p++ : 0;
        } else if (code < 10) {
            int second = p < end ? *p++ : 0;
            v.line = v.end_line = line;
            v.col = code << 3 | (second >> 4);
            v.end_col = v.col + (second & 15);
        }
        for (int i = 0; i < length && unit < co->ncode; i++)
            pos[unit++] = v;
    }
    for (; pos && unit < co->ncode; unit++)
        pos[unit] = (Pos){KR_POS_NONE, KR_POS_NONE, KR_POS_NONE, KR_POS_NONE};
    return pos;
}

static void put_names(KrBuf *out, const char *label, const char *const *names, size_t n)
{
    IGNORE(kri_buf_printf(out, "%s:", label));
    for (size_t i = 0; i < n; i++) {
        IGNORE(kri_buf_putc(out, ' '));
        IGNORE(kri_repr_str(out, names[i], strlen(names[i])));
    }
    IGNORE(kri_buf_putc(out, '\n'));
}

static void put_kind(KrBuf *out, const char *label, const KrCodeUnit *co, int kind)
{
    IGNORE(kri_buf_printf(out, "%s:", label));
    for (size_t i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localspluskinds[i] & kind))
            continue;
        IGNORE(kri_buf_putc(out, ' '));
        IGNORE(kri_repr_str(out, co->localsplusnames[i], strlen(co->localsplusnames[i])));
    }
    IGNORE(kri_buf_putc(out, '\n'));
}

static void put_hex(KrBuf *out, const char *label, const uint8_t *p, size_t n)
{
    IGNORE(kri_buf_printf(out, "%s: ", label));
    for (size_t i = 0; i < n; i++)
        IGNORE(kri_buf_printf(out, "%02x", p[i]));
    IGNORE(kri_buf_putc(out, '\n'));
}

/* The exception table's varints put their most significant chunk first. */
static int read_be_varint(const uint8_t **p, const uint8_t *end)
{
    int v = 0;
    while (*p < end) {
        int b = *(*p)++;
        v = (v << 6) | (b & 63);
        if (!(b & 64))
            break;
    }
    return v;
}

static void put_exception_table(KrBuf *out, const KrCodeUnit *co)
{
    const uint8_t *p = co->exceptiontable, *end = p + co->exceptiontable_len;
    while (p < end) {
        int start = read_be_varint(&p, end), size = read_be_varint(&p, end);
        int target = read_be_varint(&p, end), dl = read_be_varint(&p, end);
        IGNORE(kri_buf_printf(out, "  except %d to %d -> %d [%d]%s\n", start * 2,
                             (start + size) * 2, target * 2, dl >> 1, dl & 1 ? " lasti" : ""));
    }
}

static void dump_code(KrBuf *out, const KrCodeUnit *co)
{
    IGNORE(kri_buf_printf(out, "CODE %s name=%s firstlineno=%d\n", co->qualname, co->name,
                         co->firstlineno));
    IGNORE(kri_buf_printf(out,
                          "argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d flags=0x%x\n",
                         co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                         co->stacksize, co->flags));
    IGNORE(kri_buf_puts(out, "consts:"));
    for (size_t i = 0; i < co->nconsts; i++) {
        IGNORE(kri_buf_putc(out, ' '));
        IGNORE(kri_const_format(out, co->consts[i]));
    }
    IGNORE(kri_buf_putc(out, '\n'));
    put_names(out, "names", co->names, co->nnames);
    put_kind(out, "varnames", co, KR_FAST_LOCAL);
    put_kind(out, "cellvars", co, KR_FAST_CELL);
    put_kind(out, "freevars", co, KR_FAST_FREE);
    Pos *pos = decode_positions(co);
    for (size_t i = 0; pos && i < co->ncode; i++) {
        int op = co->code[i] & 0xff, arg = co->code[i] >> 8;
        const char *name = kri_unit_opname(op);
        char unknown[16];
        if (!name) {
            snprintf(unknown, sizeof unknown, "<%d>", op);
            name = unknown;
        }
        IGNORE(kri_buf_printf(out, "  %4zu %-28s %3d ", i * 2, name, arg));
        put_pos4(out, pos[i].line, pos[i].end_line, pos[i].col, pos[i].end_col);
    }
    free(pos);
    put_exception_table(out, co);
    put_hex(out, "linetable", co->linetable, co->linetable_len);
    put_hex(out, "exceptiontable", co->exceptiontable, co->exceptiontable_len);
    for (size_t i = 0; i < co->nconsts; i++)
        if (co->consts[i]->kind == KR_CC_CODE)
            dump_code(out, co->consts[i]->v.code);
}

static void put_error(KrBuf *out, const KrSyntaxError *err)
{
    IGNORE(kri_buf_printf(out, "ERROR %s: %s", kri_error_kind_name(err->kind),
                          err->msg ? err->msg : ""));
    if (err->kind != KR_ERR_SYNTAX && err->kind != KR_ERR_INDENTATION && err->kind != KR_ERR_TAB) {
        IGNORE(kri_buf_putc(out, '\n'));
        return;
    }
    IGNORE(kri_buf_putc(out, ' '));
    put_pos4(out, err->lineno, err->offset, err->end_lineno, err->end_offset);
}

/* The Module parsed, recast as compile()'s 'eval' ('e') or 'single' ('s')
 * mode would parse it (the parser has only the file mode). */
static KrMod *recast(KrArena *arena, KrMod *mod, char mode)
{
    KrStmtSeq *body = mod->v.Module.body;
    if (mode == 's')
        return kri_ast_Interactive(arena, body);
    if (mode == 'e' && body && body->len == 1 && body->items[0]->kind == KR_AST_Expr)
        return kri_ast_Expression(arena, body->items[0]->v.Expr.value);
    return mod;
}

/* Compiles [len] bytes of [src] and appends the dump (or the error). */
static void compile_and_dump(KrBuf *out, const char *src, size_t len, int optimize, char mode)
{
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err;
    memset(&err, 0, sizeof err);
    KrMod *mod = kri_parse_bytes(&arena, src, len, &err, NULL);
    if (mod)
        mod = recast(&arena, mod, mode);
    KrCompileWarning *warnings = NULL;
    KrCodeUnit *co = NULL;
    if (mod)
        co = kri_compile_module_ex(&arena, mod, "<dump>", 0, optimize, &warnings, &err);
    for (KrCompileWarning *w = warnings; co && w; w = w->next)
        IGNORE(kri_buf_printf(out, "WARNING %d: %s\n", w->lineno, w->msg));
    if (co)
        dump_code(out, co);
    else
        put_error(out, &err);
    kri_syntax_error_clear(&err);
    kri_arena_free(&arena);
}

static char *dump_source(const char *src, int optimize)
{
    KrBuf out;
    kri_buf_init(&out);
    compile_and_dump(&out, src, strlen(src), optimize, 'x');
    return out.data;
}

TEST(simple_module)
{
    char *d = dump_source("x = 1\n", 0);
    CHECK(d && strstr(d, "CODE <module> name=<module> firstlineno=1\n"));
    CHECK(d && strstr(d, "consts: 1 None\n"));
    CHECK(d && strstr(d, "     2 LOAD_CONST                     0 (1, 1, 4, 5)\n"));
    CHECK(d && strstr(d, "     4 STORE_NAME                     0 (1, 1, 0, 1)\n"));
    free(d);
}

TEST(closure_and_generator)
{
    char *d = dump_source("def f(x):\n  def g(): return x\n  yield g\n", 0);
    CHECK(d && strstr(d, "CODE f name=f firstlineno=1\n"));
    CHECK(d && strstr(d, "     0 MAKE_CELL                      0 (None, None, None, None)\n"));
    CHECK(d && strstr(d, "     2 RETURN_GENERATOR               0 (1, 1, None, None)\n"));
    CHECK(d && strstr(d, "CODE f.<locals>.g name=g firstlineno=2\n"));
    CHECK(d && strstr(d, "     0 COPY_FREE_VARS                 1 (None, None, None, None)\n"));
    free(d);
}

TEST(compiler_errors)
{
    char *d = dump_source("return 1\n", 0);
    CHECK_EQ_STR(d, "ERROR SyntaxError: 'return' outside function (1, 1, 1, 9)\n");
    free(d);
    d = dump_source("for x in y:\n  pass\nbreak\n", 0);
    CHECK_EQ_STR(d, "ERROR SyntaxError: 'break' outside loop (3, 1, 3, 6)\n");
    free(d);
}

TEST(folding)
{
    char *d = dump_source("x = 2**64 - 1, -0.0, 'ab' * 3, 1 if 0 else 2\n", 0);
    CHECK(d && strstr(d, "consts: 18446744073709551615 -0.0 'ababab' 0 1 2 None\n"));
    free(d);
}

static int self_test(void)
{
    RUN(simple_module);
    RUN(closure_and_generator);
    RUN(compiler_errors);
    RUN(folding);
    return kt_finish();
}

int main(int argc, char **argv)
{
    int optimize = 0, i = 1;
    char mode = 'x';
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-O") == 0)
            optimize = 1;
        else if (strcmp(argv[i], "-OO") == 0)
            optimize = 2;
        else if (strcmp(argv[i], "--eval") == 0)
            mode = 'e';
        else if (strcmp(argv[i], "--single") == 0)
            mode = 's';
    }
    if (i == argc)
        return self_test();
    for (; i < argc; i++) {
        KrBuf src, out;
        kri_buf_init(&src);
        kri_buf_init(&out);
        IGNORE(kri_buf_printf(&out, "FILE %s\n", argv[i]));
        if (kri_buf_read_file(&src, argv[i]) < 0)
            IGNORE(kri_buf_puts(&out, "ERROR OSError: cannot read\n"));
        else
            compile_and_dump(&out, src.data ? src.data : "", src.len, optimize, mode);
        fwrite(out.data, 1, out.len, stdout);
        kri_buf_free(&src);
        kri_buf_free(&out);
    }
    return 0;
}
