/* The symbol table's dump tool. With no argument it runs a quick self test
 * (harness output) so that the unit-test runner passes it. With files, it
 * prints each file's symbol table in the text form tools/check_symtable.py
 * prints from python3.11's `symtable` module, and the script compares the
 * two. Per file: a line "FILE<tab>path", then either one line
 *   ERROR<tab>Kind<tab>message<tab>lineno<tab>offset<tab>end_lineno<tab>end_offset
 * or the blocks, depth first, children indented by two spaces:
 *   block TYPE NAME line=N nested=0|1 children=N
 *     sym NAME RAW LGDFNPRAIT   (RAW: flags | scope << 11, as CPython keeps
 *                                them; then the ten is_* answers of
 *                                symtable.Symbol: local, global, declared
 *                                global, free, nonlocal, parameter,
 *                                referenced, assigned, imported, annotated)
 *     varnames: ...             (the parameters, CPython's ste_varnames)
 *     params: / locals: / globals: / nonlocals: / frees: ...
 *                               (function blocks: symtable.Function's lists)
 * With --code, each block also prints a line for the code-object check:
 *     code FIRSTLINE FLAGS | varnames | cellvars | freevars */
#include "compiler/compiler.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[] = {"function", "class", "module", "annotation"};

static bool module_scope(const KrSymBlock *b)
{
    /* symtable.py decides by name, so a def named top counts too. */
    return strcmp(b->name, "top") == 0;
}

static void print_symbol(const KrSymBlock *b, const KrSymbol *s, int indent)
{
    bool bound_at_top = module_scope(b) && (s->flags & KR_SYM_BOUND);
    bool global = s->scope == KR_SCOPE_GLOBAL_IMPLICIT || s->scope == KR_SCOPE_GLOBAL_EXPLICIT;
    bool answers[10] = {
        s->scope == KR_SCOPE_LOCAL || s->scope == KR_SCOPE_CELL || bound_at_top,
        global || bound_at_top,
        s->scope == KR_SCOPE_GLOBAL_EXPLICIT,
        s->scope == KR_SCOPE_FREE,
        (s->flags & KR_SYM_NONLOCAL) != 0,
        (s->flags & KR_SYM_PARAM) != 0,
        (s->flags & KR_SYM_USE) != 0,
        (s->flags & KR_SYM_LOCAL) != 0,
        (s->flags & KR_SYM_IMPORT) != 0,
        (s->flags & KR_SYM_ANNOT) != 0,
    };
    printf("%*ssym %s %u ", indent + 2, "", s->name,
           s->flags | (unsigned)s->scope << KR_SYM_SCOPE_SHIFT);
    for (int i = 0; i < 10; i++)
        putchar('0' + answers[i]);
    putchar('\n');
}

enum { LIST_PARAMS, LIST_LOCALS, LIST_GLOBALS, LIST_NONLOCALS, LIST_FREES };

static bool in_list(const KrSymbol *s, int which)
{
    switch (which) {
    case LIST_PARAMS:
        return s->flags & KR_SYM_PARAM;
    case LIST_LOCALS:
        return s->scope == KR_SCOPE_LOCAL || s->scope == KR_SCOPE_CELL;
    case LIST_GLOBALS:
        return s->scope == KR_SCOPE_GLOBAL_IMPLICIT || s->scope == KR_SCOPE_GLOBAL_EXPLICIT;
    case LIST_NONLOCALS:
        return s->flags & KR_SYM_NONLOCAL;
    default:
        return s->scope == KR_SCOPE_FREE;
    }
}

static void print_names(int indent, const char *label, const char *const *names, int n)
{
    printf("%*s%s:", indent + 2, "", label);
    for (int i = 0; i < n; i++)
        printf(" %s", names[i]);
    putchar('\n');
}

/* co_flags as CPython's compute_code_flags derives them from the block. */
static int code_flags(const KrSymBlock *b)
{
    if (b->kind != KR_BLOCK_FUNCTION)
        return 0;
    int flags = 0x1 | 0x2; /* CO_OPTIMIZED | CO_NEWLOCALS */
    flags |= b->varargs ? 0x4 : 0;
    flags |= b->varkeywords ? 0x8 : 0;
    flags |= b->nested ? 0x10 : 0;
    flags |= b->generator && !b->coroutine ? 0x20 : 0;
    flags |= !b->generator && b->coroutine ? 0x80 : 0;
    flags |= b->generator && b->coroutine ? 0x200 : 0;
    return flags;
}

/* co_firstlineno: a decorated def or class starts at its first decorator. */
static int first_line(const KrSymBlock *b)
{
    const KrStmt *s = b->node;
    const KrExprSeq *decorators = NULL;
    if (b->kind == KR_BLOCK_CLASS)
        decorators = s->v.ClassDef.decorator_list;
    else if (b->kind == KR_BLOCK_FUNCTION && !b->comprehension && strcmp(b->name, "lambda") != 0)
        decorators = s->kind == KR_AST_FunctionDef ? s->v.FunctionDef.decorator_list
                                                   : s->v.AsyncFunctionDef.decorator_list;
    else if (b->kind == KR_BLOCK_MODULE)
        return 1;
    return decorators && decorators->len ? decorators->items[0]->lineno : b->lineno;
}

static void print_code(const KrSymBlock *b, int indent)
{
    printf("%*scode %d %d |", indent + 2, "", first_line(b), code_flags(b));
    for (int i = 0; i < b->nvarnames; i++)
        printf(" %s", b->varnames[i]);
    printf(" |");
    for (int i = 0; i < b->ncellvars; i++)
        printf(" %s", b->cellvars[i]);
    printf(" |");
    for (int i = 0; i < b->nfreevars; i++)
        printf(" %s", b->freevars[i]);
    printf(" | %d\n", b->nparams);
}

static void print_block(const KrSymBlock *b, int indent, bool code)
{
    int nchildren = 0;
    for (const KrSymBlock *c = b->first_child; c; c = c->next_sibling)
        nchildren++;
    printf("%*sblock %s %s line=%d nested=%d children=%d\n", indent, "", type_names[b->kind],
           b->name, b->lineno, b->nested, nchildren);
    for (int i = 0; i < b->nsymbols; i++)
        print_symbol(b, b->symbols[i], indent);
    print_names(indent, "varnames", b->params, b->nparams);
    if (b->kind == KR_BLOCK_FUNCTION) {
        static const char *const labels[] = {"params", "locals", "globals", "nonlocals", "frees"};
        for (int which = 0; which < 5; which++) {
            printf("%*s%s:", indent + 2, "", labels[which]);
            for (int i = 0; i < b->nsymbols; i++) {
                if (in_list(b->symbols[i], which))
                    printf(" %s", b->symbols[i]->name);
            }
            putchar('\n');
        }
    }
    if (code)
        print_code(b, indent);
    for (const KrSymBlock *c = b->first_child; c; c = c->next_sibling)
        print_block(c, indent + 2, code);
}

static void print_pos(int v)
{
    if (v == KR_POS_NONE)
        printf("\tNone");
    else
        printf("\t%d", v);
}

static void print_error(const KrSyntaxError *err)
{
    printf("ERROR\t%s\t%s", kri_error_kind_name(err->kind), err->msg ? err->msg : "");
    bool placed = err->kind == KR_ERR_SYNTAX || err->kind == KR_ERR_INDENTATION ||
                  err->kind == KR_ERR_TAB;
    print_pos(placed ? err->lineno : KR_POS_NONE);
    print_pos(placed ? err->offset : KR_POS_NONE);
    print_pos(placed ? err->end_lineno : KR_POS_NONE);
    print_pos(placed ? err->end_offset : KR_POS_NONE);
    putchar('\n');
}

static int dump_file(const char *path, bool code)
{
    KrBuf src;
    kri_buf_init(&src);
    if (kri_buf_read_file(&src, path) < 0) {
        perror(path);
        return 1;
    }
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err = {0};
    printf("FILE\t%s\n", path);
    KrMod *mod = kri_parse_bytes(&arena, src.data ? src.data : "", src.len, &err, NULL);
    KrSymtable *st = mod ? kri_symtable_build(&arena, mod, 0, &err) : NULL;
    if (st)
        print_block(st->top, 0, code);
    else
        print_error(&err);
    kri_syntax_error_clear(&err);
    kri_arena_free(&arena);
    kri_buf_free(&src);
    return 0;
}

/* ---- the self test: a few tables through the same printer's data ---- */

static KrSymtable *build(KrArena *a, const char *src, KrSyntaxError *err)
{
    KrMod *mod = kri_parse_bytes(a, src, strlen(src), err, NULL);
    return mod ? kri_symtable_build(a, mod, 0, err) : NULL;
}

TEST(dump_tool_smoke)
{
    KrArena a;
    kri_arena_init(&a);
    KrSyntaxError err = {0};
    KrSymtable *st = build(&a, "def f(x):\n    def g():\n        return x\n", &err);
    CHECK(st != NULL);
    if (st) {
        const KrSymBlock *f = st->top->first_child;
        CHECK_EQ_STR(f->name, "f");
        CHECK_EQ_INT(kri_symblock_scope(f, "x"), KR_SCOPE_CELL);
        CHECK_EQ_INT(kri_symblock_scope(f->first_child, "x"), KR_SCOPE_FREE);
        CHECK_EQ_INT(code_flags(f->first_child), 0x13);
        CHECK_EQ_INT(first_line(f), 1);
    }
    kri_syntax_error_clear(&err);
    kri_arena_free(&a);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        RUN(dump_tool_smoke);
        return kt_finish();
    }
    bool code = false;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--code") == 0)
            code = true;
        else
            status |= dump_file(argv[i], code);
    }
    return status;
}
