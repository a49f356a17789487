/* The KrSyntaxError every stage of the parser fills: Python's name for each
 * error kind, and releasing what an error owns. A cleared error is all zero
 * (KR_ERR_NONE, no message, no text). See docs/internals/parser.md. */
#include "parser/parser.h"

#include <stdlib.h>

const char *kri_error_kind_name(KrErrorKind kind)
{
    switch (kind) {
    case KR_ERR_NONE:
        break;
    case KR_ERR_SYNTAX:
        return "SyntaxError";
    case KR_ERR_INDENTATION:
        return "IndentationError";
    case KR_ERR_TAB:
        return "TabError";
    case KR_ERR_VALUE:
        return "ValueError";
    case KR_ERR_MEMORY:
        return "MemoryError";
    case KR_ERR_RECURSION:
        return "RecursionError";
    }
    return "";
}

void kri_syntax_error_clear(KrSyntaxError *err)
{
    free(err->msg);
    free(err->text);
    err->kind = KR_ERR_NONE;
    err->msg = err->text = NULL;
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
}
