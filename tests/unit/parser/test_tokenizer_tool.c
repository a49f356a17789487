/* The tokenizer's dump and timing tool. With no argument it runs a quick
 * self test (harness output). With files, it prints each file's tokens, one
 * per line, tab-separated: TYPE, lineno, col, end_lineno, end_col and the
 * text as a JSON string; an error as ERROR, its kind, lineno, offset,
 * end_lineno, end_offset, message and text. Each file starts with a line
 * "FILE<tab>path". Options, before the files:
 *   --chars   columns in characters instead of bytes (as the tokenize module)
 *   --merge   each f-string (FSTRING_START to its FSTRING_END) as one STRING
 *   --raw     tokenize the bytes as they are, without kri_source_decode
 *   --offsets two more columns: the byte offsets of the token in the text
 *   --time N  tokenize every file N times and print the time, nothing else
 * tools/check_tokens.py compares the dump with python3.11's tokenize. */
#include "parser/parser.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void put_json(const char *s, size_t len)
{
    putchar('"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20 || c == 0x7F)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

/* Characters before byte column [col] of line [lineno]. */
static int char_col(const KrTokenizer *tok, int lineno, int col)
{
    size_t len;
    const char *line = kri_tokenizer_line(tok, lineno, &len);
    if (!line || col < 0)
        return col;
    int n = 0;
    for (int i = 0; i < col; i++)
        n += ((unsigned char)line[i] & 0xC0) != 0x80;
    return n;
}

static void print_token(const KrTokenizer *tok, const KrToken *t, bool chars,
                        const char *offsets_base)
{
    int col = t->col_offset, end_col = t->end_col_offset;
    bool positionless = t->type == KR_TOK_INDENT || t->type == KR_TOK_DEDENT ||
                        t->type == KR_TOK_ENDMARKER;
    if (chars && !positionless) {
        col = char_col(tok, t->lineno, col);
        end_col = char_col(tok, t->end_lineno, end_col);
    }
    printf("%s\t%d\t%d\t%d\t%d\t", kri_token_names[t->type], t->lineno, col, t->end_lineno,
           end_col);
    put_json(t->start, (size_t)(t->end - t->start));
    if (offsets_base)
        printf("\t%ld\t%ld", (long)(t->start - offsets_base), (long)(t->end - offsets_base));
    putchar('\n');
}

static void print_error(const KrSyntaxError *err)
{
    printf("ERROR\t%s\t%d\t%d\t%d\t%d\t", kri_error_kind_name(err->kind), err->lineno,
           err->offset, err->end_lineno, err->end_offset);
    put_json(err->msg ? err->msg : "", err->msg ? strlen(err->msg) : 0);
    putchar('\t');
    if (err->text)
        put_json(err->text, strlen(err->text));
    else
        fputs("null", stdout);
    putchar('\n');
}

/* Prints the tokens of [src]; with [merge], f-strings as single STRINGs. */
static void dump(const KrSource *src, bool chars, bool merge, bool offsets)
{
    KrTokenizer *tok = kri_tokenizer_new(src->text, src->len);
    if (!tok) {
        puts("ERROR\tMemoryError");
        return;
    }
    kri_tokenizer_set_declared(tok, src->declared);
    KrToken t, fstart = {0};
    int depth = 0;
    for (;;) {
        KrSyntaxError err = {0};
        if (kri_tokenizer_next(tok, &t, &err) < 0) {
            print_error(&err);
            kri_syntax_error_clear(&err);
            break;
        }
        if (merge && t.type == KR_TOK_FSTRING_START && depth++ == 0)
            fstart = t;
        if (merge && depth > 0) {
            if (t.type != KR_TOK_FSTRING_END || --depth > 0)
                continue;
            t.type = KR_TOK_STRING;
            t.start = fstart.start;
            t.lineno = fstart.lineno;
            t.col_offset = fstart.col_offset;
        }
        print_token(tok, &t, chars, offsets ? src->text : NULL);
        if (t.type == KR_TOK_ENDMARKER)
            break;
    }
    kri_tokenizer_free(tok);
}

static int load(const char *path, KrSource *src, bool raw)
{
    KrBuf b;
    kri_buf_init(&b);
    if (kri_buf_read_file(&b, path) < 0 || kri_buf_reserve(&b, 1) < 0) {
        kri_buf_free(&b);
        printf("ERROR\tcannot read %s\n", path);
        return -1;
    }
    if (raw) {
        memset(src, 0, sizeof *src);
        src->text = b.data;
        src->len = b.len;
        return 0;
    }
    KrSyntaxError err = {0};
    int r = kri_source_decode(b.data, b.len, src, &err);
    kri_buf_free(&b);
    if (r < 0) {
        print_error(&err);
        kri_syntax_error_clear(&err);
    }
    return r;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Tokenizes every file [rounds] times; prints tokens, bytes and seconds. */
static int time_files(int rounds, int nfiles, char **paths)
{
    KrSource *srcs = calloc((size_t)nfiles, sizeof *srcs);
    if (!srcs)
        return 1;
    size_t bytes = 0;
    for (int i = 0; i < nfiles; i++)
        if (load(paths[i], &srcs[i], false) == 0)
            bytes += srcs[i].len;
    long tokens = 0, errors = 0;
    double t0 = now();
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < nfiles; i++) {
            if (!srcs[i].text)
                continue;
            KrTokenizer *tok = kri_tokenizer_new(srcs[i].text, srcs[i].len);
            KrToken t;
            KrSyntaxError err = {0};
            int rc;
            while ((rc = kri_tokenizer_next(tok, &t, &err)) == 0 && t.type != KR_TOK_ENDMARKER)
                tokens++;
            if (rc < 0) {
                errors++;
                kri_syntax_error_clear(&err);
            }
            kri_tokenizer_free(tok);
        }
    }
    double secs = now() - t0;
    printf("%d files, %zu bytes, %ld tokens, %ld errors per %d rounds: %.3f s per round "
           "(%.1f MB/s)\n",
           nfiles, bytes, tokens / rounds, errors / rounds, rounds, secs / rounds,
           (double)bytes * rounds / secs / 1e6);
    for (int i = 0; i < nfiles; i++)
        kri_source_free(&srcs[i]);
    free(srcs);
    return 0;
}

TEST(self_test)
{
    const char *text = "if x:\n    y = f'a{b!r:>{w}}' + 0x_1F # c\n";
    KrTokenizer *tok = kri_tokenizer_new(text, strlen(text));
    static const int want[] = {
        KR_TOK_NAME,    KR_TOK_NAME,        KR_TOK_COLON,          KR_TOK_NEWLINE,
        KR_TOK_INDENT,  KR_TOK_NAME,        KR_TOK_EQUAL,          KR_TOK_FSTRING_START,
        KR_TOK_FSTRING_MIDDLE, KR_TOK_LBRACE, KR_TOK_NAME,         KR_TOK_EXCLAMATION,
        KR_TOK_NAME,    KR_TOK_COLON,       KR_TOK_FSTRING_MIDDLE, KR_TOK_LBRACE,
        KR_TOK_NAME,    KR_TOK_RBRACE,      KR_TOK_RBRACE,         KR_TOK_FSTRING_END,
        KR_TOK_PLUS,    KR_TOK_NUMBER,      KR_TOK_NEWLINE,        KR_TOK_DEDENT,
        KR_TOK_ENDMARKER,
    };
    KrToken t;
    for (size_t i = 0; i < KR_ARRAY_LEN(want); i++) {
        KrSyntaxError err = {0};
        CHECK(kri_tokenizer_next(tok, &t, &err) == 0);
        CHECK_EQ_STR(kri_token_names[t.type], kri_token_names[want[i]]);
    }
    kri_tokenizer_free(tok);
}

int main(int argc, char **argv)
{
    bool chars = false, merge = false, raw = false, offsets = false;
    int rounds = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--chars") == 0)
            chars = true;
        else if (strcmp(argv[i], "--merge") == 0)
            merge = true;
        else if (strcmp(argv[i], "--raw") == 0)
            raw = true;
        else if (strcmp(argv[i], "--offsets") == 0)
            offsets = true;
        else if (strcmp(argv[i], "--time") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
    }
    if (i == argc) {
        RUN(self_test);
        return kt_finish();
    }
    if (rounds > 0)
        return time_files(rounds, argc - i, argv + i);
    for (; i < argc; i++) {
        printf("FILE\t%s\n", argv[i]);
        KrSource src;
        if (load(argv[i], &src, raw) == 0) {
            dump(&src, chars, merge, offsets);
            kri_source_free(&src);
        }
    }
    return 0;
}
