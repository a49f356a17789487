/* Raising SyntaxError from the parser with CPython 3.11's positions.
 * CPython's conventions, kept here so the rest of the parser can pass plain
 * token/node positions (0-based byte columns):
 * - SyntaxError.offset/end_offset are 1-based; they count characters when the
 *   source declared its encoding (coding line or BOM) and bytes otherwise;
 * - the error line is the one CPython re-reads from the source file (invalid
 *   UTF-8 shown as U+FFFD), and both columns are converted against it, even
 *   when the error ends on another line;
 * - an end column of -1 becomes 0 ("no end"); KR_CURRENT_POS stands for the
 *   end of the last token read (the tokenizer's cursor).
 * The generic error after both passes failed is kri_perr_generic. */
#include "parser/act.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Characters in the first [col] bytes of [line] ([len] bytes, its newline
 * included), as CPython decodes them with errors="replace": a sequence cut
 * short still counts as one character, and a column past the end counts the
 * terminating NUL. */
static int byte_to_char_offset(const char *line, size_t len, int col)
{
    if (col <= 0)
        return col;
    size_t n = (size_t)col;
    if (n > len + 1)
        n = len + 1;
    int chars = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = i < len ? (unsigned char)line[i] : 0;
        if ((c & 0xC0) != 0x80)
            chars++;
    }
    return chars;
}

/* A malloc'd copy of [line] decoded as CPython shows error lines: invalid
 * UTF-8 replaced by U+FFFD, and a newline added. */
static char *error_text(const char *line, size_t len)
{
    KrBuf b;
    kri_buf_init(&b);
    size_t i = 0;
    while (i < len) {
        bool complete;
        size_t n = kri_utf8_valid_prefix(line + i, len - i, &complete);
        if (complete ? kri_buf_append(&b, line + i, n) < 0 : kri_buf_puts(&b, "\xef\xbf\xbd") < 0)
            goto fail;
        i += n;
    }
    if (kri_buf_putc(&b, '\n') < 0)
        goto fail;
    return b.data;
fail:
    kri_buf_free(&b);
    return NULL;
}

static char *format_message(const char *fmt, va_list ap)
{
    KrBuf b;
    kri_buf_init(&b);
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (n < 0 || kri_buf_append(&b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1) < 0) {
        kri_buf_free(&b);
        return NULL;
    }
    return b.data ? b.data : strdup("");
}

/* Fills p->err; [col1] and [end_col1] are already 1-based byte offsets. */
static void *raise_1based(KrParser *p, KrErrorKind kind, int lineno, int col1, int end_lineno,
                          int end_col1, const char *fmt, va_list ap)
{
    if (p->error)
        return NULL;
    p->error = true;
    kri_syntax_error_clear(&p->err);
    p->err.kind = kind;
    p->err.msg = format_message(fmt, ap);
    size_t len = 0;
    const char *line = lineno > 0 ? kri_tokenizer_line(p->tok, lineno, &len) : NULL;
    if (line) {
        p->err.text = error_text(line, len);
        if (p->declared && p->err.text) {
            /* CPython counts over the line as shown: invalid bytes replaced */
            size_t shown = strlen(p->err.text);
            col1 = byte_to_char_offset(p->err.text, shown, col1);
            if (end_col1 > 0)
                end_col1 = byte_to_char_offset(p->err.text, shown, end_col1);
        }
    }
    p->err.lineno = lineno;
    p->err.offset = col1;
    p->err.end_lineno = end_lineno;
    p->err.end_offset = end_col1;
    if (!p->err.msg) {
        kri_syntax_error_clear(&p->err);
        p->err.kind = KR_ERR_MEMORY;
        p->err.msg = strdup("");
    }
    return NULL;
}

void *kri_perr_raise(KrParser *p, KrErrorKind kind, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...)
{
    if (end_col == KR_CURRENT_POS || end_lineno == KR_CURRENT_POS) {
        /* the tokenizer's cursor, already a 1-based column */
        end_col = kri_tokenizer_cursor(p->tok, &end_lineno) - 1;
    }
    va_list ap;
    va_start(ap, fmt);
    raise_1based(p, kind, lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Tokens with no text of their own (CPython gives them column -1) report
 * the tokenizer's cursor, which is where the indentation ended. */
static bool positionless(int type)
{
    return type == KR_TOK_INDENT || type == KR_TOK_DEDENT || type == KR_TOK_ENDMARKER;
}

static void *raise_at_last_va(KrParser *p, KrErrorKind kind, const char *fmt, va_list ap)
{
    if (p->fill == 0)
        return raise_1based(p, kind, 0, 0, 0, -1, fmt, ap);
    const KrToken *t = &p->tokens[p->fill - 1]->tok;
    int col1 = t->col_offset + 1, end_col1 = t->end_col_offset + 1;
    if (positionless(t->type)) {
        col1 = t->end_col_offset;
        end_col1 = -1;
    }
    return raise_1based(p, kind, t->lineno, col1, t->end_lineno, end_col1, fmt, ap);
}

void *kri_perr_at_last(KrParser *p, KrErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_at_last_va(p, kind, fmt, ap);
    va_end(ap);
    return NULL;
}

static void raise_unclosed(KrParser *p, char ch, int lineno, int col)
{
    kri_perr_raise(p, KR_ERR_SYNTAX, lineno, col, lineno, -1, "'%c' was never closed", ch);
}

/* After a parser error, CPython reads the rest of the source: a tokenizer
 * error further on wins, and so does a bracket left open on an earlier line
 * than the error. */
static void check_rest_of_source(KrParser *p)
{
    int err_line = p->tokens[p->fill - 1]->tok.lineno;
    KrToken t;
    KrSyntaxError tok_err = {0};
    char ch;
    int lineno, col;
    for (;;) {
        if (kri_tokenizer_next(p->tok, &t, &tok_err) < 0) {
            /* The end of the text inside brackets is no tokenizer error for
             * CPython (its tokenizer returns ERRORTOKEN there): that case
             * falls through to the line comparison below. */
            if (kri_tokenizer_error_overrides(p->tok)) {
                kri_syntax_error_clear(&p->err);
                p->err = tok_err;
                kri_act_fstring_tokenizer_error(p);
                return;
            }
            kri_syntax_error_clear(&tok_err);
            break;
        }
        if (t.type == KR_TOK_ENDMARKER)
            break;
    }
    if (kri_tokenizer_open_bracket(p->tok, &ch, &lineno, &col) && err_line > lineno) {
        p->error = false;
        raise_unclosed(p, ch, lineno, col);
    }
}

void kri_perr_generic(KrParser *p, KrPegToken *last)
{
    if (p->error) {
        bool syntax = p->err.kind == KR_ERR_SYNTAX || p->err.kind == KR_ERR_INDENTATION ||
                      p->err.kind == KR_ERR_TAB;
        if (!p->tokenizer_failed && syntax)
            check_rest_of_source(p);
        return;
    }
    char ch;
    int lineno, col;
    if (last->tok.type == KR_TOK_ENDMARKER &&
        kri_tokenizer_open_bracket(p->tok, &ch, &lineno, &col)) {
        raise_unclosed(p, ch, lineno, col);
        return;
    }
    if (last->tok.type == KR_TOK_INDENT || last->tok.type == KR_TOK_DEDENT) {
        kri_perr_at_last(p, KR_ERR_INDENTATION,
                         last->tok.type == KR_TOK_INDENT ? "unexpected indent"
                                                         : "unexpected unindent");
        return;
    }
    kri_perr_raise(p, KR_ERR_SYNTAX, KR_POS(&last->tok), "invalid syntax");
    check_rest_of_source(p);
}
