/* The krait command line:
 *   krait FILE [ARGS]                         run a program
 *   krait -c CODE [ARGS]                      run CODE
 *   krait --dump-ast [--error-details] FILE   print ast.dump(..., include_attributes=True)
 *   krait --parse FILE...                     parse each file, report failures */
#include "objects/objects.h"
#include "parser/parser.h"
#include "vm/run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Options {
    bool dump_ast;
    bool parse_only;
    bool error_details;
    int first_file; /* index in argv */
} Options;

static int usage(void)
{
    fputs("usage: krait FILE [ARGS] | -c CODE [ARGS]\n"
          "       krait --dump-ast [--error-details] FILE\n"
          "       krait --parse FILE...\n", stderr);
    return 2;
}

static void print_error(const KrSyntaxError *err, const char *path, bool details)
{
    KrBuf b;
    kri_buf_init(&b);
    if (kri_syntax_error_format(&b, err, path) == 0 && b.data)
        fputs(b.data, stderr);
    kri_buf_free(&b);
    if (!details || err->kind == KR_ERR_VALUE || err->kind == KR_ERR_MEMORY)
        return;
    int v[4] = {err->lineno, err->offset, err->end_lineno, err->end_offset};
    fputs("positions:", stderr);
    for (int i = 0; i < 4; i++) {
        if (v[i] == KR_POS_NONE)
            fputs(" None", stderr);
        else
            fprintf(stderr, " %d", v[i]);
    }
    fputc('\n', stderr);
}

/* Parses [path] in [arena] (left reset for the next file); prints its dump
 * or its error. Returns the exit status. */
static int run_file(const char *path, const Options *opt, KrArena *arena)
{
    KrBuf src;
    kri_buf_init(&src);
    if (kri_buf_read_file(&src, path) < 0) {
        fprintf(stderr, "krait: can't open file '%s': %s\n", path, strerror(errno));
        kri_buf_free(&src);
        return 2;
    }
    KrSyntaxError err;
    KrMod *mod = kri_parse_bytes(arena, src.data ? src.data : "", src.len, &err, NULL);
    kri_buf_free(&src);
    int status = 0;
    if (!mod) {
        print_error(&err, path, opt->error_details);
        kri_syntax_error_clear(&err);
        status = 1;
    } else if (opt->dump_ast) {
        KrBuf out;
        kri_buf_init(&out);
        int rc = kri_ast_dump(&out, mod, true);
        if (rc == 0) {
            fwrite(out.data, 1, out.len, stdout);
            fputc('\n', stdout);
        } else {
            const char *msg = kri_ast_dump_error(rc);
            fprintf(stderr, "%s\n", msg ? msg : "MemoryError");
            status = 1;
        }
        kri_buf_free(&out);
    }
    kri_arena_reset(arena);
    return status;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "-c") == 0) {
        if (argc < 3) {
            fputs("Argument expected for the -c option\n", stderr);
            return 2;
        }
        const char *code = argv[2];
        argv[2] = (char *)"-c"; /* sys.argv[0] */
        return kri_run_main(argc - 2, argv + 2, code, NULL);
    }
    if (argc >= 2 && argv[1][0] != '-')
        return kri_run_main(argc - 1, argv + 1, NULL, argv[1]);
    Options opt = {0};
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (strcmp(argv[i], "--dump-ast") == 0)
            opt.dump_ast = true;
        else if (strcmp(argv[i], "--error-details") == 0)
            opt.error_details = true;
        else if (strcmp(argv[i], "--parse") == 0)
            opt.parse_only = true;
        else
            return usage();
    }
    if (i >= argc)
        return usage();
    if (!opt.parse_only && i + 1 != argc)
        return usage();
    KrArena arena;
    kri_arena_init(&arena);
    int status = 0;
    for (; i < argc; i++) {
        int rc = run_file(argv[i], &opt, &arena);
        if (rc > status)
            status = rc;
    }
    kri_arena_free(&arena);
    return status;
}
