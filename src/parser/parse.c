/* The front end's entry points: source bytes to an AST (decode, tokenize,
 * parse) and the display of a failed parse the way CPython's
 * traceback.format_exception_only shows a SyntaxError. */
#include "parser/parser.h"

#include <stdlib.h>
#include <string.h>

KrMod *kri_parse_bytes(KrArena *arena, const char *bytes, size_t len, KrSyntaxError *err,
                       KrParseWarning **warnings)
{
    return kri_parse_bytes_start(arena, bytes, len, false, err, warnings);
}

KrMod *kri_parse_bytes_start(KrArena *arena, const char *bytes, size_t len, bool eval,
                             KrSyntaxError *err, KrParseWarning **warnings)
{
    if (warnings)
        *warnings = NULL;
    memset(err, 0, sizeof *err);
    KrSource src;
    if (kri_source_decode(bytes, len, &src, err) < 0)
        return NULL;
    KrMod *mod = kri_peg_parse(arena, src.text, src.len, src.declared,
                               eval ? kri_peg_eval_rule : kri_peg_file_rule, err, warnings);
    /* The AST copies what it keeps, except error lines (already copied). */
    kri_source_free(&src);
    return mod;
}

static bool is_syntax_family(KrErrorKind kind)
{
    return kind == KR_ERR_SYNTAX || kind == KR_ERR_INDENTATION || kind == KR_ERR_TAB;
}

/* str.isspace() for the code points that can precede a caret. */
static bool is_space(uint32_t cp)
{
    return (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* The source line and caret lines: text stripped of its newline and
 * leading spaces, carets under [offset, end_offset) counted in characters
 * of the stripped text, tabs and other whitespace before them kept. */
static int format_text(KrBuf *out, const KrSyntaxError *err)
{
    const char *t = err->text;
    size_t n = strlen(t);
    while (n > 0 && t[n - 1] == '\n')
        n--;
    size_t lead = 0;
    while (lead < n && (t[lead] == ' ' || t[lead] == '\n' || t[lead] == '\f'))
        lead++;
    const char *l = t + lead;
    size_t ln = n - lead;
    if (kri_buf_puts(out, "    ") < 0 || kri_buf_append(out, l, ln) < 0 || kri_buf_putc(out, '\n') < 0)
        return -1;
    if (err->offset == KR_POS_NONE)
        return 0;
    int offset = err->offset;
    int end = (err->end_offset == KR_POS_NONE || err->end_offset == 0) ? offset : err->end_offset;
    if (offset == end || end == -1)
        end = offset + 1;
    int spaces = (int)kri_utf8_count(t, lead);
    int col = offset - 1 - spaces, end_col = end - 1 - spaces;
    if (col < 0)
        return 0;
    if (kri_buf_puts(out, "    ") < 0)
        return -1;
    size_t i = 0;
    for (int c = 0; c < col && i < ln; c++) {
        int size;
        int32_t cp = kri_utf8_decode(l + i, ln - i, &size);
        if (is_space((uint32_t)cp) ? kri_buf_append(out, l + i, (size_t)size) < 0
                                   : kri_buf_putc(out, ' ') < 0)
            return -1;
        i += (size_t)size;
    }
    for (int c = col; c < end_col; c++) {
        if (kri_buf_putc(out, '^') < 0)
            return -1;
    }
    return kri_buf_putc(out, '\n');
}

int kri_syntax_error_format(KrBuf *out, const KrSyntaxError *err, const char *filename)
{
    const char *name = kri_error_kind_name(err->kind);
    if (!is_syntax_family(err->kind)) {
        if (err->msg && err->msg[0])
            return kri_buf_printf(out, "%s: %s\n", name, err->msg);
        return kri_buf_printf(out, "%s\n", name);
    }
    const char *suffix_name = NULL;
    if (err->lineno != KR_POS_NONE) {
        if (kri_buf_printf(out, "  File \"%s\", line %d\n", filename, err->lineno) < 0)
            return -1;
    } else {
        suffix_name = filename;
    }
    if (err->text && format_text(out, err) < 0)
        return -1;
    const char *msg = err->msg && err->msg[0] ? err->msg : "<no detail available>";
    if (suffix_name)
        return kri_buf_printf(out, "%s: %s (%s)\n", name, msg, suffix_name);
    return kri_buf_printf(out, "%s: %s\n", name, msg);
}
