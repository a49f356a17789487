/* libFuzzer target: any byte string through the whole front end (decode,
 * tokenize, parse, dump). It must never crash, leak or hang; errors are the
 * expected outcome for most inputs. Build and run: `make fuzz` (see
 * tests/fuzz/Makefile for the options and the corpus). */
#include "parser/parser.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err;
    KrMod *mod = kri_parse_bytes(&arena, (const char *)data, size, &err, NULL);
    KrBuf out;
    kri_buf_init(&out);
    if (mod) {
        if (kri_ast_dump(&out, mod, true) < 0)
            out.len = 0;
    } else {
        if (kri_syntax_error_format(&out, &err, "<fuzz>") < 0)
            out.len = 0;
        kri_syntax_error_clear(&err);
    }
    kri_buf_free(&out);
    kri_arena_free(&arena);
    return 0;
}
