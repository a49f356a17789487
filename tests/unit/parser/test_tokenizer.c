/* The tokenizer against CPython 3.11: token streams, positions, the state
 * error reports read (lines, cursor, buffer), and every tokenizer error with
 * CPython's message, position and text. The expected errors were produced
 * by /usr/bin/python3.11 (3.11.2) compiling the same bytes with filename
 * "<unknown>", as ast.parse does; f-string token streams follow PEP 701
 * (3.12), checked by hand. */
#include "parser/parser.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

static bool is_operator(int type)
{
    return type < KR_TOK_COUNT && kri_token_spellings[type] != NULL;
}

static void render_token(KrBuf *b, const KrToken *t, bool positions)
{
    size_t len = (size_t)(t->end - t->start);
    int ok;
    if (is_operator(t->type))
        ok = kri_buf_append(b, t->start, len);
    else if (len > 0 || t->type == KR_TOK_STRING)
        ok = kri_buf_printf(b, "%s(%.*s)", kri_token_names[t->type], (int)len, t->start);
    else
        ok = kri_buf_puts(b, kri_token_names[t->type]);
    if (ok == 0 && positions)
        ok = kri_buf_printf(b, "@%d:%d-%d:%d", t->lineno, t->col_offset, t->end_lineno,
                            t->end_col_offset);
    if (ok < 0)
        abort();
}

static void render_error(KrBuf *b, const KrSyntaxError *err)
{
    if (kri_buf_printf(b, "%s|%s|%d,%d,%d,%d|%s", kri_error_kind_name(err->kind),
                       err->msg ? err->msg : "", err->lineno, err->offset, err->end_lineno,
                       err->end_offset, err->text ? err->text : "(null)") < 0)
        abort();
}

/* The whole stream of [src] (to ENDMARKER or an error, rendered last). */
static char *render_stream(KrTokenizer *tok, bool positions)
{
    KrBuf b;
    kri_buf_init(&b);
    for (int n = 0; n < 100000; n++) {
        KrToken t;
        KrSyntaxError err = {0};
        if (b.len && kri_buf_putc(&b, ' ') < 0)
            abort();
        if (kri_tokenizer_next(tok, &t, &err) < 0) {
            render_error(&b, &err);
            kri_syntax_error_clear(&err);
            break;
        }
        render_token(&b, &t, positions);
        if (t.type == KR_TOK_ENDMARKER)
            break;
    }
    return b.data;
}

static char *tokens_of(const char *src, bool positions)
{
    KrTokenizer *tok = kri_tokenizer_new(src, strlen(src));
    if (!tok)
        abort();
    char *r = render_stream(tok, positions);
    kri_tokenizer_free(tok);
    return r;
}

#define CHECK_TOKENS(src, want)                                                    \
    do {                                                                           \
        char *got_ = tokens_of(src, false);                                        \
        CHECK_EQ_STR(got_, want);                                                  \
        free(got_);                                                                \
    } while (0)

#define CHECK_POSITIONS(src, want)                                                 \
    do {                                                                           \
        char *got_ = tokens_of(src, true);                                         \
        CHECK_EQ_STR(got_, want);                                                  \
        free(got_);                                                                \
    } while (0)

/* The error tokenizing [src] (after kri_source_decode, so BOMs and coding
 * declarations count) renders as "Kind|msg|lineno,offset,end_lineno,
 * end_offset|text"; "" when there is none. */
static char *error_of(const char *bytes, size_t len, bool *overrides)
{
    KrSource src;
    KrSyntaxError err = {0};
    KrBuf b;
    kri_buf_init(&b);
    if (kri_source_decode(bytes, len, &src, &err) < 0) {
        render_error(&b, &err);
        kri_syntax_error_clear(&err);
        return b.data;
    }
    KrTokenizer *tok = kri_tokenizer_new(src.text, src.len);
    kri_tokenizer_set_declared(tok, src.declared);
    KrToken t;
    int rc;
    while ((rc = kri_tokenizer_next(tok, &t, &err)) == 0 && t.type != KR_TOK_ENDMARKER)
        ;
    if (rc < 0) {
        render_error(&b, &err);
        kri_syntax_error_clear(&err);
    }
    if (overrides)
        *overrides = kri_tokenizer_error_overrides(tok);
    kri_tokenizer_free(tok);
    kri_source_free(&src);
    if (kri_buf_reserve(&b, 1) < 0)
        abort();
    return b.data;
}

#define CHECK_ERROR(src, want)                                                     \
    do {                                                                           \
        char *got_ = error_of(src, strlen(src), NULL);                             \
        CHECK_EQ_STR(got_, want);                                                  \
        free(got_);                                                                \
    } while (0)

/* ---- basics ---- */

TEST(simple_statements)
{
    CHECK_TOKENS("x = 1\n", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("", "ENDMARKER");
    CHECK_TOKENS("\n\n# only a comment\n   \n", "ENDMARKER");
    CHECK_TOKENS("x", "NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("x # c", "NAME(x) NEWLINE ENDMARKER");
    CHECK_TOKENS("a.b(c, *d, **e)[f:g] @ h\n",
                 "NAME(a) . NAME(b) ( NAME(c) , * NAME(d) , ** NAME(e) ) [ NAME(f) : NAME(g) ] "
                 "@ NAME(h) NEWLINE ENDMARKER");
    CHECK_TOKENS("def f(x) -> int: ...\n",
                 "NAME(def) NAME(f) ( NAME(x) ) -> NAME(int) : ... NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1; y = 2\n", "NAME(x) = NUMBER(1) ; NAME(y) = NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("a\x0c= b\n", "NAME(a) = NAME(b) NEWLINE ENDMARKER");
    /* keywords and soft keywords are names */
    CHECK_TOKENS("match x:\n", "NAME(match) NAME(x) : NEWLINE ENDMARKER");
}

TEST(positions)
{
    CHECK_POSITIONS("x = 1\n",
                    "NAME(x)@1:0-1:1 =@1:2-1:3 NUMBER(1)@1:4-1:5 NEWLINE@1:5-1:5 "
                    "ENDMARKER@1:6-1:6");
    /* Without a final newline: the virtual one counts like a real one */
    CHECK_POSITIONS("x = 1", "NAME(x)@1:0-1:1 =@1:2-1:3 NUMBER(1)@1:4-1:5 NEWLINE@1:5-1:5 "
                             "ENDMARKER@1:6-1:6");
    /* Byte columns; a comment before the newline */
    CHECK_POSITIONS("\xc3\xa9 = 'a' # c\n", "NAME(\xc3\xa9)@1:0-1:2 =@1:3-1:4 "
                                            "STRING('a')@1:5-1:8 NEWLINE@1:12-1:12 "
                                            "ENDMARKER@1:13-1:13");
    /* Multi-line strings start on their first line */
    CHECK_POSITIONS("x = '''a\nbc''' + \\\n  y\n",
                    "NAME(x)@1:0-1:1 =@1:2-1:3 STRING('''a\nbc''')@1:4-2:5 +@2:6-2:7 "
                    "NAME(y)@3:2-3:3 NEWLINE@3:3-3:3 ENDMARKER@3:4-3:4");
    /* ENDMARKER is on the last line, at the cursor after its newline */
    CHECK_POSITIONS("x\n\n# c\n", "NAME(x)@1:0-1:1 NEWLINE@1:1-1:1 ENDMARKER@3:4-3:4");
    CHECK_POSITIONS("", "ENDMARKER@1:1-1:1");
}

TEST(endmarker_repeats)
{
    KrTokenizer *tok = kri_tokenizer_new("if x:\n  y\n", 10);
    KrToken t;
    KrSyntaxError err = {0};
    for (int i = 0; i < 9; i++) /* if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER */
        CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK_EQ_INT(t.type, KR_TOK_ENDMARKER);
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK_EQ_INT(t.type, KR_TOK_ENDMARKER);
    kri_tokenizer_free(tok);
}

/* ---- indentation ---- */

TEST(indent_dedent)
{
    CHECK_POSITIONS("if x:\n\ty\n\tif z:\n\t\tw\nv\n",
                    "NAME(if)@1:0-1:2 NAME(x)@1:3-1:4 :@1:4-1:5 NEWLINE@1:5-1:5 "
                    "INDENT@2:1-2:1 NAME(y)@2:1-2:2 NEWLINE@2:2-2:2 NAME(if)@3:1-3:3 "
                    "NAME(z)@3:4-3:5 :@3:5-3:6 NEWLINE@3:6-3:6 INDENT@4:2-4:2 NAME(w)@4:2-4:3 "
                    "NEWLINE@4:3-4:3 DEDENT@5:0-5:0 DEDENT@5:0-5:0 NAME(v)@5:0-5:1 "
                    "NEWLINE@5:1-5:1 ENDMARKER@5:2-5:2");
    /* Blank and comment-only lines do not count, whatever their indentation */
    CHECK_TOKENS("if x:\n\n  # c\n        \n    y\n  # d\nz\n",
                 "NAME(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT NAME(z) NEWLINE "
                 "ENDMARKER");
    /* DEDENTs at the end come on the last line, before ENDMARKER */
    CHECK_POSITIONS("if a:\n if b:\n  c\n",
                    "NAME(if)@1:0-1:2 NAME(a)@1:3-1:4 :@1:4-1:5 NEWLINE@1:5-1:5 INDENT@2:1-2:1 "
                    "NAME(if)@2:1-2:3 NAME(b)@2:4-2:5 :@2:5-2:6 NEWLINE@2:6-2:6 INDENT@3:2-3:2 "
                    "NAME(c)@3:2-3:3 NEWLINE@3:3-3:3 DEDENT@3:4-3:4 DEDENT@3:4-3:4 "
                    "ENDMARKER@3:4-3:4");
    /* Unexpected indentation is the parser's business */
    CHECK_TOKENS("x\n  y\n", "NAME(x) NEWLINE INDENT NAME(y) NEWLINE DEDENT ENDMARKER");
    /* Inside brackets indentation is ignored */
    CHECK_TOKENS("f(a,\n      b,\n c)\n", "NAME(f) ( NAME(a) , NAME(b) , NAME(c) ) NEWLINE "
                                          "ENDMARKER");
}

TEST(tabs_and_form_feeds)
{
    /* A tab goes to the next multiple of 8: consistent when both counts agree */
    CHECK_TOKENS("if x:\n\ty\n\tz\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) "
                                     "NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("if x:\n  \ty\n  \tz\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE "
                                         "NAME(z) NEWLINE DEDENT ENDMARKER");
    /* A form feed resets the count */
    CHECK_TOKENS("if x:\n    y\n  \x0c    z\n", "NAME(if) NAME(x) : NEWLINE INDENT NAME(y) NEWLINE "
                                              "NAME(z) NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("\x0cx\n", "NAME(x) NEWLINE ENDMARKER");
}

TEST(backslash_in_indentation)
{
    /* The column of the first backslash is the line's indentation */
    CHECK_TOKENS("if 1:\n  \\\nx = 1\n", "NAME(if) NUMBER(1) : NEWLINE INDENT NAME(x) = NUMBER(1) "
                                         "NEWLINE DEDENT ENDMARKER");
    /* ... unless it stood at column 0 */
    CHECK_TOKENS("if 1:\n\\\n  x = 1\n", "NAME(if) NUMBER(1) : NEWLINE INDENT NAME(x) = NUMBER(1) "
                                         "NEWLINE DEDENT ENDMARKER");
    CHECK_TOKENS("if 1:\n  \\\n  # c\n  x\n", "NAME(if) NUMBER(1) : NEWLINE INDENT NAME(x) NEWLINE "
                                             "DEDENT ENDMARKER");
    CHECK_POSITIONS("  \\\nx\n", "INDENT@2:0-2:0 NAME(x)@2:0-2:1 NEWLINE@2:1-2:1 DEDENT@2:2-2:2 "
                                 "ENDMARKER@2:2-2:2");
}

TEST(too_deep)
{
    KrBuf b;
    kri_buf_init(&b);
    for (int depth = 98; depth <= 100; depth++) {
        b.len = 0;
        for (int i = 0; i < depth; i++)
            CHECK(kri_buf_printf(&b, "%*sif x:\n", i, "") == 0);
        CHECK(kri_buf_printf(&b, "%*spass\n", depth, "") == 0);
        char *e = error_of(b.data, b.len, NULL);
        if (depth < 100)
            CHECK_EQ_STR(e, "");
        else
            CHECK(strncmp(e, "IndentationError|too many levels of indentation|101,1,101,0|    ",
                          64) == 0);
        free(e);
    }
    kri_buf_free(&b);
}

/* ---- joining lines ---- */

TEST(continuation_and_brackets)
{
    CHECK_TOKENS("x = 1 + \\\n  2\n", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = 1\\\n\n", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("\\\nx = 1\n", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    CHECK_TOKENS("x = [1,\n\n  # c\n  2]\n", "NAME(x) = [ NUMBER(1) , NUMBER(2) ] NEWLINE ENDMARKER");
    CHECK_TOKENS("x = {\n  'a': (1,\n   2)}\n", "NAME(x) = { STRING('a') : ( NUMBER(1) , NUMBER(2) ) "
                                                "} NEWLINE ENDMARKER");
}

TEST(nesting_limit)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK(kri_buf_puts(&b, "x = ") == 0);
    for (int i = 0; i < 200; i++)
        CHECK(kri_buf_putc(&b, '[') == 0);
    CHECK(kri_buf_puts(&b, "\n") == 0);
    char *e = error_of(b.data, b.len, NULL);
    CHECK(strncmp(e, "SyntaxError|'[' was never closed|1,204,1,0|x = [[[", 50) == 0);
    free(e);
    b.data[--b.len] = '\0';
    CHECK(kri_buf_puts(&b, "[\n") == 0);
    e = error_of(b.data, b.len, NULL);
    CHECK(strncmp(e, "SyntaxError|too many nested parentheses|1,205,1,205|x = [[[", 59) == 0);
    free(e);
    kri_buf_free(&b);
}

TEST(open_bracket)
{
    KrTokenizer *tok = kri_tokenizer_new("f(a, [b,\n  {c", 13);
    KrToken t;
    KrSyntaxError err = {0};
    char ch;
    int lineno, col;
    CHECK(!kri_tokenizer_open_bracket(tok, &ch, &lineno, &col));
    for (int i = 0; i < 6; i++)
        CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK(kri_tokenizer_open_bracket(tok, &ch, &lineno, &col));
    CHECK(ch == '[' && lineno == 1 && col == 5);
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK(kri_tokenizer_open_bracket(tok, &ch, &lineno, &col));
    CHECK(ch == '{' && lineno == 2 && col == 2);
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0); /* c */
    CHECK(kri_tokenizer_next(tok, &t, &err) < 0);
    CHECK_EQ_STR(err.msg, "'{' was never closed");
    CHECK(!kri_tokenizer_error_overrides(tok));
    kri_syntax_error_clear(&err);
    /* the same error again */
    CHECK(kri_tokenizer_next(tok, &t, &err) < 0);
    CHECK_EQ_STR(err.msg, "'{' was never closed");
    kri_syntax_error_clear(&err);
    CHECK(kri_tokenizer_open_bracket(tok, &ch, &lineno, &col));
    kri_tokenizer_free(tok);
}

/* ---- numbers ---- */

TEST(numbers)
{
    CHECK_TOKENS("1 1_000 0 00 0_0 0x_1F 0XaB 0o17 0O_7 0b1_0 0B1\n",
                 "NUMBER(1) NUMBER(1_000) NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(0x_1F) "
                 "NUMBER(0XaB) NUMBER(0o17) NUMBER(0O_7) NUMBER(0b1_0) NUMBER(0B1) NEWLINE "
                 "ENDMARKER");
    CHECK_TOKENS("1.5 1. .5 1e10 1E+1_0 1.5e-3 0e0 09.5 09e1 1_2.3_4e5_6j 1j 1.J 0j 00j 09j\n",
                 "NUMBER(1.5) NUMBER(1.) NUMBER(.5) NUMBER(1e10) NUMBER(1E+1_0) NUMBER(1.5e-3) "
                 "NUMBER(0e0) NUMBER(09.5) NUMBER(09e1) NUMBER(1_2.3_4e5_6j) NUMBER(1j) "
                 "NUMBER(1.J) NUMBER(0j) NUMBER(00j) NUMBER(09j) NEWLINE ENDMARKER");
    /* Numbers that end where another token starts */
    CHECK_TOKENS("1..2 0b1.5 1e1.5 ._5 1 .real\n",
                 "NUMBER(1.) NUMBER(.2) NUMBER(0b1) NUMBER(.5) NUMBER(1e1) NUMBER(.5) . "
                 "NAME(_5) NUMBER(1) . NAME(real) NEWLINE ENDMARKER");
    /* 3.11.2 (Debian's, the oracle) refuses a non-ASCII letter after a number
     * too; 3.11.7 would split there */
    CHECK_ERROR("1\xc3\xa9\n", "SyntaxError|invalid decimal literal|1,1,1,1|1\xc3\xa9");
}

TEST(number_before_keyword)
{
    /* 3.11 warns and splits before these keywords */
    CHECK_TOKENS("1if x else 2\n", "NUMBER(1) NAME(if) NAME(x) NAME(else) NUMBER(2) NEWLINE "
                                   "ENDMARKER");
    CHECK_TOKENS("[0x1for x in y]\n", "[ NUMBER(0x1f) NAME(or) NAME(x) NAME(in) NAME(y) ] NEWLINE "
                                      "ENDMARKER");
    CHECK_TOKENS("1else 1e1if 1jif 1.or 0o7or 0b1and 1not in 1is 0xfor 00or\n",
                 "NUMBER(1) NAME(else) NUMBER(1e1) NAME(if) NUMBER(1j) NAME(if) NUMBER(1.) "
                 "NAME(or) NUMBER(0o7) NAME(or) NUMBER(0b1) NAME(and) NUMBER(1) NAME(not) "
                 "NAME(in) NUMBER(1) NAME(is) NUMBER(0xf) NAME(or) NUMBER(00) NAME(or) NEWLINE "
                 "ENDMARKER");
    /* "if", "in", "is" are not checked to end there (3.11) */
    CHECK_TOKENS("1ifx 1isinstance\n", "NUMBER(1) NAME(ifx) NUMBER(1) NAME(isinstance) NEWLINE "
                                       "ENDMARKER");
    CHECK_ERROR("x = 1fore\n", "SyntaxError|invalid decimal literal|1,5,1,5|x = 1fore");
    CHECK_ERROR("x = 1or_\n", "SyntaxError|invalid decimal literal|1,5,1,5|x = 1or_");
    CHECK_ERROR("x = 1or\xc3\xa9\n", "SyntaxError|invalid decimal literal|1,5,1,5|x = 1or\xc3\xa9");
}

/* ---- names and strings ---- */

TEST(names)
{
    CHECK_TOKENS("_a1 \xc3\xa9t\xc3\xa9 \xef\xac\x81 \xe2\x84\x98 x\xc2\xb7 x\xf3\xa0\x84\x80\n",
                 "NAME(_a1) NAME(\xc3\xa9t\xc3\xa9) NAME(\xef\xac\x81) NAME(\xe2\x84\x98) "
                 "NAME(x\xc2\xb7) NAME(x\xf3\xa0\x84\x80) NEWLINE ENDMARKER");
    /* Invalid UTF-8 in comments is fine; in strings it is the parser's */
    CHECK_TOKENS("x = '\xf6' # \xff\n", "NAME(x) = STRING('\xf6') NEWLINE ENDMARKER");
}

TEST(string_prefixes)
{
    static const char *const good[] = {"b", "B", "r", "R", "u", "U", "f", "F", "br", "Br", "bR",
                                       "BR", "rb", "rB", "Rb", "RB", "fr", "Fr", "fR", "FR",
                                       "rf", "rF", "Rf", "RF"};
    static const char *const bad[] = {"ur", "ru", "bu", "ub", "fb", "bf", "uf", "fu", "bb",
                                      "rr", "x", "rbx", "fbr"};
    for (size_t i = 0; i < KR_ARRAY_LEN(good); i++) {
        char src[32], want[128];
        snprintf(src, sizeof src, "%s'x'\n", good[i]);
        bool f = strchr(good[i], 'f') || strchr(good[i], 'F');
        if (f)
            snprintf(want, sizeof want,
                     "FSTRING_START(%s') FSTRING_MIDDLE(x) FSTRING_END(') NEWLINE ENDMARKER",
                     good[i]);
        else
            snprintf(want, sizeof want, "STRING(%s'x') NEWLINE ENDMARKER", good[i]);
        CHECK_TOKENS(src, want);
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(bad); i++) {
        char src[32], want[128];
        snprintf(src, sizeof src, "%s'x'\n", bad[i]);
        snprintf(want, sizeof want, "NAME(%s) STRING('x') NEWLINE ENDMARKER", bad[i]);
        CHECK_TOKENS(src, want);
    }
}

TEST(strings)
{
    CHECK_TOKENS("'a' \"b\" '' \"\" '''c''' \"\"\"d\"\"\" '''''' 'a\\'b' \"a\\\"\" '\\\\'\n",
                 "STRING('a') STRING(\"b\") STRING('') STRING(\"\") STRING('''c''') "
                 "STRING(\"\"\"d\"\"\") STRING('''''') STRING('a\\'b') STRING(\"a\\\"\") "
                 "STRING('\\\\') NEWLINE ENDMARKER");
    /* Quotes of the other kind, lone quotes in triple-quoted strings */
    CHECK_TOKENS("'\"' \"'\" '''a'b''c''' '''a''''b'\n",
                 "STRING('\"') STRING(\"'\") STRING('''a'b''c''') STRING('''a''') STRING('b') "
                 "NEWLINE ENDMARKER");
    /* Backslash-newline continues a single-quoted string */
    CHECK_POSITIONS("x = 'a\\\nb'\n", "NAME(x)@1:0-1:1 =@1:2-1:3 STRING('a\\\nb')@1:4-2:2 "
                                      "NEWLINE@2:2-2:2 ENDMARKER@2:3-2:3");
    CHECK_TOKENS("r'\\'' rb'\\\\' b'\\x00'\n", "STRING(r'\\'') STRING(rb'\\\\') STRING(b'\\x00') "
                                               "NEWLINE ENDMARKER");
}

/* ---- f-strings ---- */

TEST(fstrings_basic)
{
    CHECK_TOKENS("f'a{b}c'\n", "FSTRING_START(f') FSTRING_MIDDLE(a) { NAME(b) } "
                               "FSTRING_MIDDLE(c) FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f''\n", "FSTRING_START(f') FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f'{x}'\n", "FSTRING_START(f') { NAME(x) } FSTRING_END(') NEWLINE ENDMARKER");
    /* Doubled braces stay in the literal text, which is one token */
    CHECK_TOKENS("f'{{a}}{b}}}c{{'\n", "FSTRING_START(f') FSTRING_MIDDLE({{a}}) { NAME(b) } "
                                       "FSTRING_MIDDLE(}}c{{) FSTRING_END(') NEWLINE ENDMARKER");
    /* Conversion, '=', format spec with a nested field */
    CHECK_TOKENS("f'{x!r:>{w}.{p}f} {y=} {z = !s:}'\n",
                 "FSTRING_START(f') { NAME(x) ! NAME(r) : FSTRING_MIDDLE(>) { NAME(w) } "
                 "FSTRING_MIDDLE(.) { NAME(p) } FSTRING_MIDDLE(f) } FSTRING_MIDDLE( ) { NAME(y) = "
                 "} FSTRING_MIDDLE( ) { NAME(z) = ! NAME(s) : } FSTRING_END(') NEWLINE ENDMARKER");
    /* '!=' and '==' are operators; ':' nested in brackets is no format spec */
    CHECK_TOKENS("f'{a!=b} {a==b} {d[1:2]} {(lambda: 1)()}'\n",
                 "FSTRING_START(f') { NAME(a) != NAME(b) } FSTRING_MIDDLE( ) { NAME(a) == NAME(b) "
                 "} FSTRING_MIDDLE( ) { NAME(d) [ NUMBER(1) : NUMBER(2) ] } FSTRING_MIDDLE( ) { ( "
                 "NAME(lambda) : NUMBER(1) ) ( ) } FSTRING_END(') NEWLINE ENDMARKER");
    /* A field's ':' is always COLON: {x:=10} formats x with "=10" */
    CHECK_TOKENS("f'{x:=10}' f'{(y:=1)}'\n",
                 "FSTRING_START(f') { NAME(x) : FSTRING_MIDDLE(=10) } FSTRING_END(') "
                 "FSTRING_START(f') { ( NAME(y) := NUMBER(1) ) } FSTRING_END(') NEWLINE "
                 "ENDMARKER");
    /* In a format spec braces always open fields: {{}} is a dict there */
    CHECK_TOKENS("f'{x:{{}}>10}'\n", "FSTRING_START(f') { NAME(x) : { { } } FSTRING_MIDDLE(>10) } "
                                     "FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f'{x:{y}}' f'{x:}'\n",
                 "FSTRING_START(f') { NAME(x) : { NAME(y) } } FSTRING_END(') FSTRING_START(f') { "
                 "NAME(x) : } FSTRING_END(') NEWLINE ENDMARKER");
}

TEST(fstrings_escapes)
{
    /* Escapes are skipped, not decoded; \N{...} holds no field */
    CHECK_TOKENS("f'\\N{EURO SIGN} \\'{x}\\\\{y}'\n",
                 "FSTRING_START(f') FSTRING_MIDDLE(\\N{EURO SIGN} \\') { NAME(x) } "
                 "FSTRING_MIDDLE(\\\\) { NAME(y) } FSTRING_END(') NEWLINE ENDMARKER");
    /* A backslash before a brace does not escape it */
    CHECK_TOKENS("f'\\{x}' rf'\\N{x}'\n",
                 "FSTRING_START(f') FSTRING_MIDDLE(\\) { NAME(x) } FSTRING_END(') "
                 "FSTRING_START(rf') FSTRING_MIDDLE(\\N) { NAME(x) } FSTRING_END(') NEWLINE "
                 "ENDMARKER");
    CHECK_TOKENS("rf'\\'{x}'\n", "FSTRING_START(rf') FSTRING_MIDDLE(\\') { NAME(x) } "
                                 "FSTRING_END(') NEWLINE ENDMARKER");
}

TEST(fstrings_pep701)
{
    /* Quotes of the enclosing f-string reused inside fields */
    CHECK_TOKENS("f'{d['key']}'\n", "FSTRING_START(f') { NAME(d) [ STRING('key') ] } "
                                    "FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f\"{f\"{f\"{1}\"}\"}\"\n",
                 "FSTRING_START(f\") { FSTRING_START(f\") { FSTRING_START(f\") { NUMBER(1) } "
                 "FSTRING_END(\") } FSTRING_END(\") } FSTRING_END(\") NEWLINE ENDMARKER");
    CHECK_TOKENS("f'{x:{'>'}10}'\n", "FSTRING_START(f') { NAME(x) : { STRING('>') } "
                                     "FSTRING_MIDDLE(10) } FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f\"{'\\t'.join(xs)}\" f'{\"\\N{GREEK SMALL LETTER ALPHA}\"}'\n",
                 "FSTRING_START(f\") { STRING('\\t') . NAME(join) ( NAME(xs) ) } FSTRING_END(\") "
                 "FSTRING_START(f') { STRING(\"\\N{GREEK SMALL LETTER ALPHA}\") } "
                 "FSTRING_END(') NEWLINE ENDMARKER");
    CHECK_TOKENS("f\"{\"\"\"abc\"\"\"}\" f'{*x}' f'{x!r }'\n",
                 "FSTRING_START(f\") { STRING(\"\"\"abc\"\"\") } FSTRING_END(\") FSTRING_START(f') "
                 "{ * NAME(x) } FSTRING_END(') FSTRING_START(f') { NAME(x) ! NAME(r) } "
                 "FSTRING_END(') NEWLINE ENDMARKER");
    /* Comments and newlines inside fields */
    CHECK_POSITIONS("f'''{x  # the value\n}'''\n",
                    "FSTRING_START(f''')@1:0-1:4 {@1:4-1:5 NAME(x)@1:5-1:6 }@2:0-2:1 "
                    "FSTRING_END(''')@2:1-2:4 NEWLINE@2:4-2:4 ENDMARKER@2:5-2:5");
    CHECK_TOKENS("f'{\n x\n }'\n", "FSTRING_START(f') { NAME(x) } FSTRING_END(') NEWLINE "
                                   "ENDMARKER");
}

TEST(fstrings_positions)
{
    CHECK_POSITIONS("x = rf\"\"\"a\nb{c}\nd\"\"\"\n",
                    "NAME(x)@1:0-1:1 =@1:2-1:3 FSTRING_START(rf\"\"\")@1:4-1:9 "
                    "FSTRING_MIDDLE(a\nb)@1:9-2:1 {@2:1-2:2 NAME(c)@2:2-2:3 }@2:3-2:4 "
                    "FSTRING_MIDDLE(\nd)@2:4-3:1 FSTRING_END(\"\"\")@3:1-3:4 NEWLINE@3:4-3:4 "
                    "ENDMARKER@3:5-3:5");
    CHECK_POSITIONS("f'\xc3\xa9{x}'\n",
                    "FSTRING_START(f')@1:0-1:2 FSTRING_MIDDLE(\xc3\xa9)@1:2-1:4 {@1:4-1:5 "
                    "NAME(x)@1:5-1:6 }@1:6-1:7 FSTRING_END(')@1:7-1:8 NEWLINE@1:8-1:8 "
                    "ENDMARKER@1:9-1:9");
}

TEST(fstrings_errors)
{
    CHECK_ERROR("f'a}b'\n", "SyntaxError|f-string: single '}' is not allowed|1,4,1,4|f'a}b'");
    CHECK_ERROR("f'{x}}'\n", "SyntaxError|f-string: single '}' is not allowed|1,6,1,6|f'{x}}'");
    CHECK_ERROR("f'{x:{y:{z}}}'\n",
                "SyntaxError|f-string: expressions nested too deeply|1,9,1,9|f'{x:{y:{z}}}'");
    CHECK_ERROR("f'{x:abc'\n", "SyntaxError|f-string: expecting '}'|1,9,1,9|f'{x:abc'");
    CHECK_ERROR("f'{x'\n", "SyntaxError|f-string: expecting '}'|1,5,1,5|f'{x'");
    /* 3.11's words for an f-string that does not end, at its start */
    CHECK_ERROR("x = f'abc\n",
                "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = f'abc");
    CHECK_ERROR("x = f'''a{b}\n\n",
                "SyntaxError|unterminated triple-quoted string literal (detected at line 2)|"
                "1,5,1,5|x = f'''a{b}");
    CHECK_ERROR("x = f'{a:b\n", "SyntaxError|unterminated string literal (detected at line 1)|"
                                "1,5,1,5|x = f'{a:b");
    CHECK_ERROR("x = f'{a\n", "SyntaxError|unterminated string literal (detected at line 1)|"
                              "1,5,1,5|x = f'{a");
    CHECK_ERROR("f'{a)}'\n", "SyntaxError|closing parenthesis ')' does not match opening "
                             "parenthesis '{'|1,5,1,5|f'{a)}'");
}

/* ---- operators and stray characters ---- */

TEST(operators)
{
    for (int type = 0; type < KR_TOK_COUNT; type++) {
        const char *op = kri_token_spellings[type];
        if (!op)
            continue;
        char src[32];
        snprintf(src, sizeof src, "a %s b", op);
        KrTokenizer *tok = kri_tokenizer_new(src, strlen(src));
        KrToken t;
        KrSyntaxError err = {0};
        CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
        int rc = kri_tokenizer_next(tok, &t, &err);
        if (rc < 0) {
            /* a lone closing bracket */
            CHECK(strchr(")]}", op[0]) != NULL);
            kri_syntax_error_clear(&err);
        } else {
            CHECK_EQ_STR(kri_token_names[t.type], kri_token_names[type]);
            CHECK_EQ_INT(t.end - t.start, strlen(op));
        }
        kri_tokenizer_free(tok);
    }
    /* Longest match */
    CHECK_TOKENS("a**=b//=c>>=d<<=e...f->g:=h!=i<>j\n",
                 "NAME(a) **= NAME(b) //= NAME(c) >>= NAME(d) <<= NAME(e) ... NAME(f) -> NAME(g) "
                 ":= NAME(h) != NAME(i) <> NAME(j) NEWLINE ENDMARKER");
    CHECK_TOKENS("a....b ..c\n", "NAME(a) ... . NAME(b) . . NAME(c) NEWLINE ENDMARKER");
    CHECK_TOKENS("a ! b $ ? `\n", "NAME(a) ! NAME(b) ERRORTOKEN($) ERRORTOKEN(?) ERRORTOKEN(`) "
                                  "NEWLINE ENDMARKER");
}

/* ---- errors, as python3.11 reports them ---- */

static const struct {
    const char *src, *want;
} error_cases[] = {
    {"x = \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,5,1,5|x = \xe2\x82\xac"},
    {"x = a\xe2\x82\xac""b\xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,6,1,6|x = a\xe2\x82\xac""b\xe2\x82\xac"},
    {"\xc3\xa9 = 1 + a\xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,10,1,10|\xc3\xa9 = 1 + a\xe2\x82\xac"},
    {"x = \xf0\x9f\x98\x80\n",
     "SyntaxError|invalid character '\xf0\x9f\x98\x80' (U+1F600)|1,5,1,5|x = \xf0\x9f\x98\x80"},
    {"x\xcd\xba = 1\n",
     "SyntaxError|invalid character '\xcd\xba' (U+037A)|1,2,1,2|x\xcd\xba = 1"},
    {"\xc2\xb7 = 1\n",
     "SyntaxError|invalid character '\xc2\xb7' (U+00B7)|1,1,1,1|\xc2\xb7 = 1"},
    {"x = a\xe2\x80\x8b""b\n",
     "SyntaxError|invalid non-printable character U+200B|1,6,1,6|x = a\xe2\x80\x8b""b"},
    {"x = \xc2\xa0\n",
     "SyntaxError|invalid non-printable character U+00A0|1,5,1,5|x = \xc2\xa0"},
    {"x = \x01\n",
     "SyntaxError|invalid non-printable character U+0001|1,5,1,5|x = \x01"},
    {"x = 1\x1b\n",
     "SyntaxError|invalid non-printable character U+001B|1,6,1,6|x = 1\x1b"},
    {"x = \x7f\n",
     "SyntaxError|invalid non-printable character U+007F|1,5,1,5|x = \x7f"},
    {"x = \xe2\x80\xa8\n",
     "SyntaxError|invalid non-printable character U+2028|1,5,1,5|x = \xe2\x80\xa8"},
    {"x = \xef\xbb\xbf\n",
     "SyntaxError|invalid non-printable character U+FEFF|1,5,1,5|x = \xef\xbb\xbf"},
    {"x = a\xf6\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte|1,6,1,-1|x = a\xef\xbf\xbd\n"},
    {"\xf6 = 1\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte|1,1,1,-1|\xef\xbf\xbd = 1\n"},
    {"x = abc\xf6""def + 1\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 3: invalid start byte|1,11,1,-1|x = abc\xef\xbf\xbd""def + 1\n"},
    {"x = \xe2\x82\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data|1,6,1,-1|x = \xef\xbf\xbd\n"},
    {"x = a\xe2\x82\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data|1,7,1,-1|x = a\xef\xbf\xbd\n"},
    {"x = a\xed\xa0\x80\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte|1,8,1,-1|x = a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n"},
    {"x = a\xc3(\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data|1,6,1,-1|x = a\xef\xbf\xbd(\n"},
    {"x = a\xf0\x9f\x98\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode bytes in position 1-3: unexpected end of data|1,8,1,-1|x = a\xef\xbf\xbd\n"},
    {"x = a\xf0\x9f""b\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte|1,8,1,-1|x = a\xef\xbf\xbd""b\n"},
    {"x = a\xe0\x80\x80\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xe0 in position 1: invalid continuation byte|1,8,1,-1|x = a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n"},
    {"x = a\xf4\x90\x80\x80\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf4 in position 1: invalid continuation byte|1,9,1,-1|x = a\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n"},
    {"x = a\xc0\xaf\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte|1,7,1,-1|x = a\xef\xbf\xbd\xef\xbf\xbd\n"},
    {"x = a\xff\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte|1,6,1,-1|x = a\xef\xbf\xbd\n"},
    {"x = \xc3\xa9\xf6\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte|1,7,1,-1|x = \xc3\xa9\xef\xbf\xbd\n"},
    {"x = \xe2\x82\xac\xf6\n",
     "SyntaxError|(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 3: invalid start byte|1,8,1,-1|x = \xe2\x82\xac\xef\xbf\xbd\n"},
    {"(\n)\n)\n",
     "SyntaxError|unmatched ')'|3,1,3,1|)"},
    {"(]\n",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1,2,1,2|(]"},
    {"(\n]\n",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2,1,2,1|]"},
    {"x = ]\n",
     "SyntaxError|unmatched ']'|1,5,1,5|x = ]"},
    {"{(])}\n",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1,3,1,3|{(])}"},
    {"[\n\n(\n]\n",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 3|4,1,4,1|]"},
    {"\xc3\xa9 = 1 + ]\n",
     "SyntaxError|unmatched ']'|1,9,1,9|\xc3\xa9 = 1 + ]"},
    {"x = (1,\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1,\n"},
    {"\xc3\xa9 = (1,\n",
     "SyntaxError|'(' was never closed|1,6,1,0|\xc3\xa9 = (1,\n"},
    {"\xc3\xa9 = [(1,\n  2\n",
     "SyntaxError|'(' was never closed|1,7,1,0|\xc3\xa9 = [(1,"},
    {"x = (1,",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1,\n"},
    {"x = (1,\n\n\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1,"},
    {"x = (1,\n# c\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1,"},
    {"x = (1\n\\\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1"},
    {"x = (1 \\\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1 \\\n"},
    {"x = \"\"\"\nabc\"\"\" + (1,\n",
     "SyntaxError|'(' was never closed|2,10,2,0|x = \"\"\"\nabc\"\"\" + (1,\n"},
    {"x\\",
     "SyntaxError|unexpected EOF while parsing|1,3,1,-1|x\\\n"},
    {"x\\\n",
     "SyntaxError|unexpected EOF while parsing|1,3,1,-1|x\\\n"},
    {"x \\ y\n",
     "SyntaxError|unexpected character after line continuation character|1,4,1,0|x \\ y\n"},
    {"x = 1 \\ \n",
     "SyntaxError|unexpected character after line continuation character|1,8,1,0|x = 1 \\ \n"},
    {"x = (1 \\ \n)",
     "SyntaxError|unexpected character after line continuation character|1,9,1,0|x = (1 \\ \n"},
    {"\\\n",
     "SyntaxError|unexpected EOF while parsing|1,2,1,-1|\\\n"},
    {"\\",
     "SyntaxError|unexpected EOF while parsing|1,2,1,-1|\\\n"},
    {"if 1:\n  x\n\\\n",
     "SyntaxError|unexpected EOF while parsing|3,2,3,-1|\\\n"},
    {"\xc3\xa9 = 1 \\ \xe2\x82\xac\n",
     "SyntaxError|unexpected character after line continuation character|1,9,1,0|\xc3\xa9 = 1 \\ \xe2\x82\xac\n"},
    {"\xc3\xa9 = 1 \\",
     "SyntaxError|unexpected EOF while parsing|1,9,1,-1|\xc3\xa9 = 1 \\\n"},
    {"x = (1,\n 2 \\ 3)\n",
     "SyntaxError|unexpected character after line continuation character|2,5,2,0| 2 \\ 3)\n"},
    {"x = (1,\n 2, \\\n 3 \\ 4)\n",
     "SyntaxError|unexpected character after line continuation character|3,11,3,0| 2, \\\n 3 \\ 4)\n"},
    {"x = 1 + \\\n 2 \\ 3\n",
     "SyntaxError|unexpected character after line continuation character|2,15,2,0|x = 1 + \\\n 2 \\ 3\n"},
    {"x = 1 + \\\n 2 \\\n",
     "SyntaxError|unexpected EOF while parsing|2,5,2,-1|x = 1 + \\\n 2 \\\n"},
    {"x = \"\"\"\nabc\n\"\"\" + 1 \\ 2\n",
     "SyntaxError|unexpected character after line continuation character|3,22,3,0|x = \"\"\"\nabc\n\"\"\" + 1 \\ 2\n"},
    {"x = \"\"\"\nabc\n\"\"\" + \\\n1 \\ 2\n",
     "SyntaxError|unexpected character after line continuation character|4,24,4,0|x = \"\"\"\nabc\n\"\"\" + \\\n1 \\ 2\n"},
    {"if 1:\n  \\ x\n",
     "SyntaxError|unexpected character after line continuation character|2,4,2,0|  \\ x\n"},
    {"if 1:\n  \\",
     "SyntaxError|unexpected EOF while parsing|2,4,2,-1|  \\\n"},
    {"if 1:\n  \\\n",
     "SyntaxError|unexpected EOF while parsing|2,4,2,-1|  \\\n"},
    {"if x:\n  a\n b\n",
     "IndentationError|unindent does not match any outer indentation level|3,3,3,-1| b\n"},
    {"if x:\n  a\n b",
     "IndentationError|unindent does not match any outer indentation level|3,3,3,-1| b\n"},
    {"if x:\n    a\n  b = 1\n",
     "IndentationError|unindent does not match any outer indentation level|3,8,3,-1|  b = 1\n"},
    {"if x:\n    a\n  \xc3\xa9\xc3\xa9 = 1\n",
     "IndentationError|unindent does not match any outer indentation level|3,11,3,-1|  \xc3\xa9\xc3\xa9 = 1\n"},
    {"if x:\n    a\n  b = '\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac'\n",
     "IndentationError|unindent does not match any outer indentation level|3,21,3,-1|  b = '\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac'\n"},
    {"if x:\n    a\n  b = 1 \\\n  + 2\n",
     "IndentationError|unindent does not match any outer indentation level|3,10,3,-1|  b = 1 \\\n"},
    {"if x:\n    a\n  # c\n b\n",
     "IndentationError|unindent does not match any outer indentation level|4,3,4,-1| b\n"},
    {"if x:\n    a\n\x0c  b\n",
     "IndentationError|unindent does not match any outer indentation level|3,5,3,-1|\x0c  b\n"},
    {"if x:\n  a\n  \x0c b\n",
     "IndentationError|unindent does not match any outer indentation level|3,6,3,-1|  \x0c b\n"},
    {"if x:\n    a = (1,\n2)\n  b\n",
     "IndentationError|unindent does not match any outer indentation level|4,4,4,-1|  b\n"},
    {"if x:\n    a = '''\n'''\n  b\n",
     "IndentationError|unindent does not match any outer indentation level|4,4,4,-1|  b\n"},
    {"if x:\n    x\n  \\\n    y\n",
     "IndentationError|unindent does not match any outer indentation level|4,6,4,-1|    y\n"},
    {"if x:\n\ta\n        b\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|        b\n"},
    {"if x:\n        a\n\tb\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\tb\n"},
    {"if x:\n  \ta\n\t  b\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\t  b\n"},
    {"if x:\n\ta\n \tb\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0| \tb\n"},
    {"if x:\n  a\n\x0c\tb\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\x0c\tb\n"},
    {"if x:\n  a\n\t\tb\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\t\tb\n"},
    {"if x:\n    \ta\n\t    b\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\t    b\n"},
    {"x = 1__0\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1__0"},
    {"x = 1_\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1_"},
    {"x = 0x\n",
     "SyntaxError|invalid hexadecimal literal|1,6,1,6|x = 0x"},
    {"x = 0x_\n",
     "SyntaxError|invalid hexadecimal literal|1,7,1,7|x = 0x_"},
    {"x = 0xg\n",
     "SyntaxError|invalid hexadecimal literal|1,6,1,6|x = 0xg"},
    {"x = 0b\n",
     "SyntaxError|invalid binary literal|1,6,1,6|x = 0b"},
    {"x = 0b2\n",
     "SyntaxError|invalid digit '2' in binary literal|1,7,1,7|x = 0b2"},
    {"x = 0b12\n",
     "SyntaxError|invalid digit '2' in binary literal|1,8,1,8|x = 0b12"},
    {"x = 0b1_\n",
     "SyntaxError|invalid binary literal|1,8,1,8|x = 0b1_"},
    {"x = 0o\n",
     "SyntaxError|invalid octal literal|1,6,1,6|x = 0o"},
    {"x = 0o8\n",
     "SyntaxError|invalid digit '8' in octal literal|1,7,1,7|x = 0o8"},
    {"x = 0o18\n",
     "SyntaxError|invalid digit '8' in octal literal|1,8,1,8|x = 0o18"},
    {"x = 0o1_\n",
     "SyntaxError|invalid octal literal|1,8,1,8|x = 0o1_"},
    {"x = 0o78\n",
     "SyntaxError|invalid digit '8' in octal literal|1,8,1,8|x = 0o78"},
    {"x = 09\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,5,1,6|x = 09"},
    {"x = 0_9\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,5,1,7|x = 0_9"},
    {"x = 01\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,5,1,6|x = 01"},
    {"x = 0_1\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,5,1,7|x = 0_1"},
    {"x = 1e\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1e"},
    {"x = 1e+\n",
     "SyntaxError|invalid decimal literal|1,7,1,7|x = 1e+"},
    {"x = 1e_1\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1e_1"},
    {"x = 1e1_\n",
     "SyntaxError|invalid decimal literal|1,8,1,8|x = 1e1_"},
    {"x = 1._1\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1._1"},
    {"x = 1.5_\n",
     "SyntaxError|invalid decimal literal|1,8,1,8|x = 1.5_"},
    {"x = 1jx\n",
     "SyntaxError|invalid imaginary literal|1,6,1,6|x = 1jx"},
    {"x = 1.x\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1.x"},
    {"x = 1_a\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1_a"},
    {"x = 1a\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1a"},
    {"x = 1not_\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1not_"},
    {"x = 1fore\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1fore"},
    {"x = 1andy\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1andy"},
    {"x = 0b1a\n",
     "SyntaxError|invalid binary literal|1,7,1,7|x = 0b1a"},
    {"x = 0o1a\n",
     "SyntaxError|invalid octal literal|1,7,1,7|x = 0o1a"},
    {"x = 0x1g\n",
     "SyntaxError|invalid hexadecimal literal|1,7,1,7|x = 0x1g"},
    {"x = 0xff_\n",
     "SyntaxError|invalid hexadecimal literal|1,9,1,9|x = 0xff_"},
    {"x = 0xffj\n",
     "SyntaxError|invalid hexadecimal literal|1,8,1,8|x = 0xffj"},
    {"x = 0o7j\n",
     "SyntaxError|invalid octal literal|1,7,1,7|x = 0o7j"},
    {"x = 0b1j\n",
     "SyntaxError|invalid binary literal|1,7,1,7|x = 0b1j"},
    {"x = 1__\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1__"},
    {"x = 0_\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 0_"},
    {"x = 0_x\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 0_x"},
    {"x = 1.__\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1.__"},
    {"x = 1e1e\n",
     "SyntaxError|invalid decimal literal|1,7,1,7|x = 1e1e"},
    {"x = 1_e\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1_e"},
    {"x = 1.5_e3\n",
     "SyntaxError|invalid decimal literal|1,8,1,8|x = 1.5_e3"},
    {"x = 1.e\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 1.e"},
    {"x = 1ex\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1ex"},
    {"x = 1e+x\n",
     "SyntaxError|invalid decimal literal|1,7,1,7|x = 1e+x"},
    {"x = 1.5xyz\n",
     "SyntaxError|invalid decimal literal|1,7,1,7|x = 1.5xyz"},
    {"x = 0j0\n",
     "SyntaxError|invalid imaginary literal|1,6,1,6|x = 0j0"},
    {"x = 5._\n",
     "SyntaxError|invalid decimal literal|1,6,1,6|x = 5._"},
    {"x = 0b1__0\n",
     "SyntaxError|invalid binary literal|1,8,1,8|x = 0b1__0"},
    {"x = 1jj\n",
     "SyntaxError|invalid imaginary literal|1,6,1,6|x = 1jj"},
    {"x = 1j_\n",
     "SyntaxError|invalid imaginary literal|1,6,1,6|x = 1j_"},
    {"x = 0e\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 0e"},
    {"x = 1\xe2\x82\xac\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1\xe2\x82\xac"},
    {"\xc3\xa9 = 09\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,7|\xc3\xa9 = 09"},
    {"\xc3\xa9 = 0019\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,8|\xc3\xa9 = 0019"},
    {"\xc3\xa9 = 0_0_9_1\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,10|\xc3\xa9 = 0_0_9_1"},
    {"\xc3\xa9 = 1a\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|\xc3\xa9 = 1a"},
    {"[0b12 for x in y]\n",
     "SyntaxError|invalid digit '2' in binary literal|1,5,1,5|[0b12 for x in y]"},
    {"x = 'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc"},
    {"x = 'abc",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc"},
    {"x = 'abc\\\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc\\"},
    {"x = 'abc\\\ndef\n",
     "SyntaxError|unterminated string literal (detected at line 2)|1,5,1,5|x = 'abc\\"},
    {"x = '''abc\n\ndef\n",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1,5,1,5|x = '''abc"},
    {"x = '''abc\n\ndef",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1,5,1,5|x = '''abc"},
    {"x = \"\"\"abc\n\ndef'''\n",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1,5,1,5|x = \"\"\"abc"},
    {"\xc3\xa9 = 'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|\xc3\xa9 = 'abc"},
    {"x = 'ab\xe2\x82\xac""c\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'ab\xe2\x82\xac""c"},
    {"x = b'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = b'abc"},
    {"x = rb'abc\\'\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = rb'abc\\'"},
    {"x = rb'abc\\'\nfoo'\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = rb'abc\\'"},
    {"x = '''\n",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 1)|1,5,1,5|x = '''"},
    {"x = (\n'abc\n)",
     "SyntaxError|unterminated string literal (detected at line 2)|2,1,2,1|'abc"},
    {"x = ('''abc\n)",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1,6,1,6|x = ('''abc"},
    {"'''abc\n\n\n",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1,1,1,1|'''abc"},
    {"'''abc\n\n\nx",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 4)|1,1,1,1|'''abc"},
    {"'abc\\\n\n",
     "SyntaxError|unterminated string literal (detected at line 2)|1,1,1,1|'abc\\"},
    {"x = 'abc\\",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc\\"},
    {"x = f'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = f'abc"},
    {"x = f'''abc\n",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 1)|1,5,1,5|x = f'''abc"},
    {"x = rf'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = rf'abc"},
    {"x = 1\ny = \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|2,5,2,5|y = \xe2\x82\xac"},
    {"x = \"\"\"\nabc\n\"\"\" + \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|3,7,3,7|\"\"\" + \xe2\x82\xac"},
    {"\xef\xbb\xbfx = \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,5,1,5|x = \xe2\x82\xac"},
    {"\xef\xbb\xbfx = a\xe2\x82\xac""b\xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,6,1,6|x = a\xe2\x82\xac""b\xe2\x82\xac"},
    {"\xef\xbb\xbf\xc3\xa9 = 1 + a\xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|1,10,1,10|\xc3\xa9 = 1 + a\xe2\x82\xac"},
    {"\xef\xbb\xbfx = \xf0\x9f\x98\x80\n",
     "SyntaxError|invalid character '\xf0\x9f\x98\x80' (U+1F600)|1,5,1,5|x = \xf0\x9f\x98\x80"},
    {"\xef\xbb\xbfx\xcd\xba = 1\n",
     "SyntaxError|invalid character '\xcd\xba' (U+037A)|1,2,1,2|x\xcd\xba = 1"},
    {"\xef\xbb\xbf\xc2\xb7 = 1\n",
     "SyntaxError|invalid character '\xc2\xb7' (U+00B7)|1,1,1,1|\xc2\xb7 = 1"},
    {"\xef\xbb\xbfx = a\xe2\x80\x8b""b\n",
     "SyntaxError|invalid non-printable character U+200B|1,6,1,6|x = a\xe2\x80\x8b""b"},
    {"\xef\xbb\xbfx = \xc2\xa0\n",
     "SyntaxError|invalid non-printable character U+00A0|1,5,1,5|x = \xc2\xa0"},
    {"\xef\xbb\xbfx = \xe2\x80\xa8\n",
     "SyntaxError|invalid non-printable character U+2028|1,5,1,5|x = \xe2\x80\xa8"},
    {"\xef\xbb\xbfx = \xef\xbb\xbf\n",
     "SyntaxError|invalid non-printable character U+FEFF|1,5,1,5|x = \xef\xbb\xbf"},
    {"\xef\xbb\xbf\xc3\xa9 = 1 + ]\n",
     "SyntaxError|unmatched ']'|1,9,1,9|\xc3\xa9 = 1 + ]"},
    {"\xef\xbb\xbf\xc3\xa9 = (1,\n",
     "SyntaxError|'(' was never closed|1,5,1,0|\xc3\xa9 = (1,\n"},
    {"\xef\xbb\xbf\xc3\xa9 = [(1,\n  2\n",
     "SyntaxError|'(' was never closed|1,6,1,0|\xc3\xa9 = [(1,"},
    {"\xef\xbb\xbfx = (1\n\\\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1"},
    {"\xef\xbb\xbfx = (1 \\\n",
     "SyntaxError|'(' was never closed|1,5,1,0|x = (1 \\\n"},
    {"\xef\xbb\xbfx\\",
     "SyntaxError|unexpected EOF while parsing|1,3,1,-1|x\\\n"},
    {"\xef\xbb\xbfx\\\n",
     "SyntaxError|unexpected EOF while parsing|1,3,1,-1|x\\\n"},
    {"\xef\xbb\xbfx \\ y\n",
     "SyntaxError|unexpected character after line continuation character|1,4,1,0|x \\ y\n"},
    {"\xef\xbb\xbfx = 1 \\ \n",
     "SyntaxError|unexpected character after line continuation character|1,8,1,0|x = 1 \\ \n"},
    {"\xef\xbb\xbfx = (1 \\ \n)",
     "SyntaxError|unexpected character after line continuation character|1,9,1,0|x = (1 \\ \n"},
    {"\xef\xbb\xbf\\\n",
     "SyntaxError|unexpected EOF while parsing|1,2,1,-1|\\\n"},
    {"\xef\xbb\xbf\\",
     "SyntaxError|unexpected EOF while parsing|1,2,1,-1|\\\n"},
    {"\xef\xbb\xbfif 1:\n  x\n\\\n",
     "SyntaxError|unexpected EOF while parsing|3,2,3,-1|\\\n"},
    {"\xef\xbb\xbf\xc3\xa9 = 1 \\ \xe2\x82\xac\n",
     "SyntaxError|unexpected character after line continuation character|1,8,1,0|\xc3\xa9 = 1 \\ \xe2\x82\xac\n"},
    {"\xef\xbb\xbf\xc3\xa9 = 1 \\",
     "SyntaxError|unexpected EOF while parsing|1,8,1,-1|\xc3\xa9 = 1 \\\n"},
    {"\xef\xbb\xbfx = (1,\n 2 \\ 3)\n",
     "SyntaxError|unexpected character after line continuation character|2,5,2,0| 2 \\ 3)\n"},
    {"\xef\xbb\xbfx = (1,\n 2, \\\n 3 \\ 4)\n",
     "SyntaxError|unexpected character after line continuation character|3,11,3,0| 2, \\\n 3 \\ 4)\n"},
    {"\xef\xbb\xbfx = 1 + \\\n 2 \\ 3\n",
     "SyntaxError|unexpected character after line continuation character|2,15,2,0|x = 1 + \\\n 2 \\ 3\n"},
    {"\xef\xbb\xbfx = 1 + \\\n 2 \\\n",
     "SyntaxError|unexpected EOF while parsing|2,5,2,-1|x = 1 + \\\n 2 \\\n"},
    {"\xef\xbb\xbfx = \"\"\"\nabc\n\"\"\" + 1 \\ 2\n",
     "SyntaxError|unexpected character after line continuation character|3,22,3,0|x = \"\"\"\nabc\n\"\"\" + 1 \\ 2\n"},
    {"\xef\xbb\xbfx = \"\"\"\nabc\n\"\"\" + \\\n1 \\ 2\n",
     "SyntaxError|unexpected character after line continuation character|4,24,4,0|x = \"\"\"\nabc\n\"\"\" + \\\n1 \\ 2\n"},
    {"\xef\xbb\xbfif 1:\n  \\ x\n",
     "SyntaxError|unexpected character after line continuation character|2,4,2,0|  \\ x\n"},
    {"\xef\xbb\xbfif 1:\n  \\",
     "SyntaxError|unexpected EOF while parsing|2,4,2,-1|  \\\n"},
    {"\xef\xbb\xbfif 1:\n  \\\n",
     "SyntaxError|unexpected EOF while parsing|2,4,2,-1|  \\\n"},
    {"\xef\xbb\xbfif x:\n    a\n  b = 1\n",
     "IndentationError|unindent does not match any outer indentation level|3,8,3,-1|  b = 1\n"},
    {"\xef\xbb\xbfif x:\n    a\n  \xc3\xa9\xc3\xa9 = 1\n",
     "IndentationError|unindent does not match any outer indentation level|3,9,3,-1|  \xc3\xa9\xc3\xa9 = 1\n"},
    {"\xef\xbb\xbfif x:\n    a\n  b = '\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac'\n",
     "IndentationError|unindent does not match any outer indentation level|3,13,3,-1|  b = '\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac'\n"},
    {"\xef\xbb\xbfif x:\n    a\n  b = 1 \\\n  + 2\n",
     "IndentationError|unindent does not match any outer indentation level|3,10,3,-1|  b = 1 \\\n"},
    {"\xef\xbb\xbfif x:\n    a\n  # c\n b\n",
     "IndentationError|unindent does not match any outer indentation level|4,3,4,-1| b\n"},
    {"\xef\xbb\xbfif x:\n    a\n\x0c  b\n",
     "IndentationError|unindent does not match any outer indentation level|3,5,3,-1|\x0c  b\n"},
    {"\xef\xbb\xbfif x:\n    a = (1,\n2)\n  b\n",
     "IndentationError|unindent does not match any outer indentation level|4,4,4,-1|  b\n"},
    {"\xef\xbb\xbfif x:\n    a = '''\n'''\n  b\n",
     "IndentationError|unindent does not match any outer indentation level|4,4,4,-1|  b\n"},
    {"\xef\xbb\xbfif x:\n    x\n  \\\n    y\n",
     "IndentationError|unindent does not match any outer indentation level|4,6,4,-1|    y\n"},
    {"\xef\xbb\xbfif x:\n        a\n\tb\n",
     "TabError|inconsistent use of tabs and spaces in indentation|3,1,3,0|\tb\n"},
    {"\xef\xbb\xbfx = 1\xe2\x82\xac\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|x = 1\xe2\x82\xac"},
    {"\xef\xbb\xbf\xc3\xa9 = 09\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,7|\xc3\xa9 = 09"},
    {"\xef\xbb\xbf\xc3\xa9 = 0019\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,8|\xc3\xa9 = 0019"},
    {"\xef\xbb\xbf\xc3\xa9 = 0_0_9_1\n",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1,6,1,10|\xc3\xa9 = 0_0_9_1"},
    {"\xef\xbb\xbf\xc3\xa9 = 1a\n",
     "SyntaxError|invalid decimal literal|1,5,1,5|\xc3\xa9 = 1a"},
    {"\xef\xbb\xbfx = 'abc\\\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc\\"},
    {"\xef\xbb\xbfx = 'abc\\\ndef\n",
     "SyntaxError|unterminated string literal (detected at line 2)|1,5,1,5|x = 'abc\\"},
    {"\xef\xbb\xbf\xc3\xa9 = 'abc\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|\xc3\xa9 = 'abc"},
    {"\xef\xbb\xbfx = 'ab\xe2\x82\xac""c\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'ab\xe2\x82\xac""c"},
    {"\xef\xbb\xbfx = rb'abc\\'\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = rb'abc\\'"},
    {"\xef\xbb\xbfx = rb'abc\\'\nfoo'\n",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = rb'abc\\'"},
    {"\xef\xbb\xbf'abc\\\n\n",
     "SyntaxError|unterminated string literal (detected at line 2)|1,1,1,1|'abc\\"},
    {"\xef\xbb\xbfx = 'abc\\",
     "SyntaxError|unterminated string literal (detected at line 1)|1,5,1,5|x = 'abc\\"},
    {"\xef\xbb\xbfx = 1\ny = \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|2,5,2,5|y = \xe2\x82\xac"},
    {"\xef\xbb\xbfx = \"\"\"\nabc\n\"\"\" + \xe2\x82\xac\n",
     "SyntaxError|invalid character '\xe2\x82\xac' (U+20AC)|3,7,3,7|\"\"\" + \xe2\x82\xac"},
};

TEST(cpython_errors)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(error_cases); i++) {
        const char *src = error_cases[i].src;
        char *got = error_of(src, strlen(src), NULL);
        if (strcmp(got, error_cases[i].want) != 0) {
            printf("case %zu: %s\n   want %s\n   got  %s\n", i, src, error_cases[i].want, got);
            CHECK(0);
        }
        free(got);
    }
}

TEST(error_kinds)
{
    bool overrides;
    static const char *const tokenizer_raised[] = {"x = $\x01\n", "x = 'a\n", "x = 09\n",
                                                   "x = )\n", "x = a\xf6\n"};
    static const char *const parser_raised[] = {"if x:\n  a\n b\n", "x = (\n", "x \\ y\n",
                                                "x\\", "if x:\n\ta\n        b\n"};
    for (size_t i = 0; i < KR_ARRAY_LEN(tokenizer_raised); i++) {
        free(error_of(tokenizer_raised[i], strlen(tokenizer_raised[i]), &overrides));
        CHECK(overrides);
    }
    for (size_t i = 0; i < KR_ARRAY_LEN(parser_raised); i++) {
        free(error_of(parser_raised[i], strlen(parser_raised[i]), &overrides));
        CHECK(!overrides);
    }
}

/* ---- the state error reports read ---- */

TEST(lines)
{
    const char *src = "a\n\nbc\nd";
    KrTokenizer *tok = kri_tokenizer_new(src, strlen(src));
    size_t len;
    const char *l = kri_tokenizer_line(tok, 3, &len);
    CHECK(l && len == 2 && strncmp(l, "bc", 2) == 0);
    l = kri_tokenizer_line(tok, 2, &len);
    CHECK(l && len == 0);
    l = kri_tokenizer_line(tok, 4, &len);
    CHECK(l && len == 1 && *l == 'd');
    CHECK(kri_tokenizer_line(tok, 5, &len) == NULL);
    CHECK(kri_tokenizer_line(tok, 0, &len) == NULL);
    KrToken t;
    KrSyntaxError err = {0};
    while (kri_tokenizer_next(tok, &t, &err) == 0 && t.type != KR_TOK_ENDMARKER)
        ;
    l = kri_tokenizer_line(tok, 1, &len);
    CHECK(l == src && len == 1);
    l = kri_tokenizer_line(tok, 4, &len);
    CHECK(l && len == 1 && *l == 'd');
    kri_tokenizer_free(tok);
    tok = kri_tokenizer_new("x\n", 2);
    CHECK(kri_tokenizer_line(tok, 2, &len) == NULL);
    kri_tokenizer_free(tok);
}

/* Reads [n] tokens of [src], then locates an error as CPython's parser. */
static char *locate_after(const char *src, int n, bool declared, int lineno, int col,
                          int end_lineno, int end_col)
{
    KrTokenizer *tok = kri_tokenizer_new(src, strlen(src));
    kri_tokenizer_set_declared(tok, declared);
    KrToken t;
    KrSyntaxError err = {0};
    for (int i = 0; i < n; i++)
        if (kri_tokenizer_next(tok, &t, &err) < 0)
            abort();
    if (kri_tokenizer_locate_error(tok, &err, lineno, col, end_lineno, end_col) < 0)
        abort();
    err.kind = KR_ERR_SYNTAX;
    KrBuf b;
    kri_buf_init(&b);
    render_error(&b, &err);
    kri_syntax_error_clear(&err);
    kri_tokenizer_free(tok);
    return b.data;
}

TEST(locate_error)
{
    /* "invalid syntax" at foo (3,4)-(3,7): CPython shows its whole buffer,
     * from the first line of the string */
    char *e = locate_after("x = \"\"\"\nabc\n\"\"\" foo\n", 4, false, 3, 5, 3, 8);
    CHECK_EQ_STR(e, "SyntaxError||3,5,3,8|x = \"\"\"\nabc\n\"\"\" foo\n");
    free(e);
    /* After a backslash chain, the chain */
    e = locate_after("x = 1 + \\\n 2 foo\n", 5, false, 2, 4, 2, 7);
    CHECK_EQ_STR(e, "SyntaxError||2,4,2,7|x = 1 + \\\n 2 foo\n");
    free(e);
    /* A newline inside brackets starts a new buffer */
    e = locate_after("x = (1 +\n 2) foo\n", 7, false, 2, 5, 2, 8);
    CHECK_EQ_STR(e, "SyntaxError||2,5,2,8| 2) foo\n");
    free(e);
    /* An earlier line: that line alone, no newline */
    e = locate_after("x = (1 +\n 2 foo)\n", 6, false, 1, 6, 2, 7);
    CHECK_EQ_STR(e, "SyntaxError||1,6,2,7|x = (1 +");
    free(e);
    /* Declared encodings count characters; else bytes stay */
    e = locate_after("\xc3\xa9 = 1 + $\n", 5, false, 1, 10, 1, 11);
    CHECK_EQ_STR(e, "SyntaxError||1,10,1,11|\xc3\xa9 = 1 + $\n");
    free(e);
    e = locate_after("\xc3\xa9 = 1 + $\n", 5, true, 1, 10, 1, 11);
    CHECK_EQ_STR(e, "SyntaxError||1,9,1,10|\xc3\xa9 = 1 + $\n");
    free(e);
    /* KR_CURRENT_POS: the cursor after the last token */
    e = locate_after("x = 1 +\n", 4, false, 1, 7, KR_CURRENT_POS, KR_CURRENT_POS);
    CHECK_EQ_STR(e, "SyntaxError||1,7,1,7|x = 1 +\n");
    free(e);
}

TEST(cursor)
{
    KrTokenizer *tok = kri_tokenizer_new("if x:\n  y\n", 10);
    KrToken t;
    KrSyntaxError err = {0};
    int lineno;
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK_EQ_INT(kri_tokenizer_cursor(tok, &lineno), 2);
    CHECK_EQ_INT(lineno, 1);
    for (int i = 0; i < 3; i++) /* x : NEWLINE */
        CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    /* after NEWLINE the next line is not read yet */
    CHECK_EQ_INT(kri_tokenizer_cursor(tok, &lineno), 6);
    CHECK_EQ_INT(lineno, 1);
    CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
    CHECK_EQ_INT(t.type, KR_TOK_INDENT);
    CHECK_EQ_INT(kri_tokenizer_cursor(tok, &lineno), 2);
    CHECK_EQ_INT(lineno, 2);
    kri_tokenizer_free(tok);
}

/* ---- robustness ---- */

/* xorshift: deterministic pseudo-random numbers without global state */
static uint32_t next_random(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* Random sequences of Python fragments: the tokenizer must end with
 * ENDMARKER or an error, its tokens in order and inside the text. */
TEST(random_inputs)
{
    static const char *const pieces[] = {
        "x", " ", "\n", "\t", "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "f'", "rf\"",
        "f'''", "\\", "#", "1", "0x", "1e", ".", ":", "=", "!", "\xc3\xa9", "\xf6", "\xe2\x82\xac",
        "if", "  ", "\x0c", "{x", "}", "j", "_", "0", "\\N{", "$", "\x01", "\n  ",
    };
    uint32_t seed = 12345;
    KrBuf b;
    kri_buf_init(&b);
    for (int round = 0; round < 20000; round++) {
        b.len = 0;
        int n = (int)(next_random(&seed) % 30);
        for (int i = 0; i < n; i++)
            CHECK(kri_buf_puts(&b, pieces[next_random(&seed) % KR_ARRAY_LEN(pieces)]) == 0);
        if (kri_buf_reserve(&b, 1) < 0)
            abort();
        b.data[b.len] = '\0';
        KrTokenizer *tok = kri_tokenizer_new(b.data, b.len);
        KrToken t;
        const char *last = b.data;
        int count = 0;
        for (;; count++) {
            KrSyntaxError err = {0};
            if (kri_tokenizer_next(tok, &t, &err) < 0) {
                CHECK(err.msg != NULL && err.lineno >= 0);
                kri_syntax_error_clear(&err);
                break;
            }
            CHECK(t.start >= last && t.end >= t.start && t.end <= b.data + b.len);
            last = t.start;
            if (t.type == KR_TOK_ENDMARKER || count > 1000)
                break;
        }
        CHECK(count <= 1000);
        kri_tokenizer_free(tok);
    }
    kri_buf_free(&b);
}

int main(void)
{
    RUN(simple_statements);
    RUN(positions);
    RUN(endmarker_repeats);
    RUN(indent_dedent);
    RUN(tabs_and_form_feeds);
    RUN(backslash_in_indentation);
    RUN(too_deep);
    RUN(continuation_and_brackets);
    RUN(nesting_limit);
    RUN(open_bracket);
    RUN(numbers);
    RUN(number_before_keyword);
    RUN(names);
    RUN(string_prefixes);
    RUN(strings);
    RUN(fstrings_basic);
    RUN(fstrings_escapes);
    RUN(fstrings_pep701);
    RUN(fstrings_positions);
    RUN(fstrings_errors);
    RUN(operators);
    RUN(cpython_errors);
    RUN(error_kinds);
    RUN(lines);
    RUN(locate_error);
    RUN(cursor);
    RUN(random_inputs);
    return kt_finish();
}
