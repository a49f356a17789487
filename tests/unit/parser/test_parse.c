/* The front end's entry point: warnings recorded during a parse, errors
 * for inputs the other suites cannot express, and arena reuse. */
#include "parser/parser.h"
#include "harness.h"

static KrParseWarning *parse_warnings(KrArena *a, const char *src)
{
    KrSyntaxError err;
    KrParseWarning *w = NULL;
    KrMod *mod = kri_parse_bytes(a, src, strlen(src), &err, &w);
    CHECK(mod != NULL);
    if (!mod)
        kri_syntax_error_clear(&err);
    return w;
}

TEST(invalid_escapes_are_recorded)
{
    KrArena a;
    kri_arena_init(&a);
    KrParseWarning *w = parse_warnings(&a, "x = 1\ny = '\\d'\nz = b'\\q'\nw = '\\777'\n");
    CHECK(w != NULL);
    if (w) {
        CHECK_EQ_STR(w->msg, "invalid escape sequence '\\d'");
        CHECK_EQ_INT(w->lineno, 2);
        w = w->next;
    }
    CHECK(w != NULL);
    if (w) {
        CHECK_EQ_STR(w->msg, "invalid escape sequence '\\q'");
        CHECK_EQ_INT(w->lineno, 3);
        w = w->next;
    }
    CHECK(w != NULL);
    if (w) {
        CHECK_EQ_STR(w->msg, "invalid octal escape sequence '\\777'");
        CHECK(w->next == NULL);
    }
    kri_arena_free(&a);
}

TEST(no_warnings_for_valid_escapes)
{
    KrArena a;
    kri_arena_init(&a);
    CHECK(parse_warnings(&a, "s = '\\n\\t\\x41\\u00e9\\N{EM DASH}' r'\\d'\n") == NULL);
    kri_arena_free(&a);
}

TEST(errors_and_arena_reuse)
{
    KrArena a;
    kri_arena_init(&a);
    for (int i = 0; i < 3; i++) {
        KrSyntaxError err;
        const char *bad = "def f(:\n";
        CHECK(kri_parse_bytes(&a, bad, strlen(bad), &err, NULL) == NULL);
        CHECK_EQ_INT(err.kind, KR_ERR_SYNTAX);
        CHECK_EQ_INT(err.lineno, 1);
        kri_syntax_error_clear(&err);
        kri_arena_reset(&a);
        const char *good = "def f(): pass\n";
        CHECK(kri_parse_bytes(&a, good, strlen(good), &err, NULL) != NULL);
        kri_arena_reset(&a);
    }
    kri_arena_free(&a);
}

int main(void)
{
    RUN(invalid_escapes_are_recorded);
    RUN(no_warnings_for_valid_escapes);
    RUN(errors_and_arena_reuse);
    return kt_finish();
}
