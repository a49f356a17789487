/* f-string errors as CPython 3.11 reports them. Krait tokenizes f-strings as
 * PEP 701 does, so it finds their errors in the middle of the literal;
 * 3.11 saw each f-string as one STRING token and checked it only after the
 * whole run of adjacent literals was read, so it reports every f-string
 * error at the token *after* that run, with its own wording. This file
 * recomputes that location from the source text: the 3.11 end of the
 * literal (the first unescaped closing quote: 3.11 allowed no reuse of it
 * inside), then any literals concatenated to it, then the next token. */
#include "parser/act.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Index in p->tokens of the outermost f-string still open among tokens
 * [0, upto), or -1. */
static int open_fstring(KrParser *p, int upto)
{
    int depth = 0, outer = -1;
    for (int i = upto - 1; i >= 0; i--) {
        int type = p->tokens[i]->tok.type;
        if (type == KR_TOK_FSTRING_END) {
            depth++;
        } else if (type == KR_TOK_FSTRING_START) {
            if (depth > 0)
                depth--;
            else
                outer = i;
        }
    }
    return outer;
}

/* Past the string literal starting at [s] (prefix letters allowed), as
 * 3.11's tokenizer reads it; NULL if it is unterminated. */
static const char *skip_literal(const char *s)
{
    while (*s && *s != '\'' && *s != '"')
        s++;
    char q = *s;
    if (!q)
        return NULL;
    bool triple = s[1] == q && s[2] == q;
    s += triple ? 3 : 1;
    for (;;) {
        if (!*s || (*s == '\n' && !triple))
            return NULL;
        if (*s == '\\' && s[1]) {
            s += 2;
        } else if (*s == q && (!triple || (s[1] == q && s[2] == q))) {
            return s + (triple ? 3 : 1);
        } else {
            s++;
        }
    }
}

/* If [s] starts a string literal (up to two prefix letters), its quote. */
static bool starts_literal(const char *s)
{
    for (int i = 0; i < 3; i++) {
        if (s[i] == '\'' || s[i] == '"')
            return true;
        if (!strchr("rRbBuUfF", s[i]) || !s[i])
            return false;
    }
    return false;
}

/* Skips blanks, and inside brackets newlines and comments too, plus
 * backslash continuations. */
static const char *skip_blank(const char *s, bool in_brackets)
{
    for (;;) {
        if (*s == ' ' || *s == '\t' || *s == '\f') {
            s++;
        } else if (*s == '\\' && s[1] == '\n') {
            s += 2;
        } else if (in_brackets && *s == '\n') {
            s++;
        } else if (in_brackets && *s == '#') {
            while (*s && *s != '\n')
                s++;
        } else {
            return s;
        }
    }
}

/* Line and byte column of [at], counting from token [from]'s start. */
static void locate(const KrToken *from, const char *at, int *lineno, int *col)
{
    int line = from->lineno;
    const char *line_start = from->start - from->col_offset;
    for (const char *s = from->start; s < at; s++) {
        if (*s == '\n') {
            line++;
            line_start = s + 1;
        }
    }
    *lineno = line;
    *col = (int)(at - line_start);
}

/* The width in bytes of the token starting at [s] (0 for a newline). */
static int token_width(const char *s)
{
    if (*s == '\n' || *s == '#' || !*s)
        return 0;
    size_t n = strcspn(s, "\n");
    char *line = malloc(n + 1); /* the tokenizer wants its own terminated text */
    if (!line)
        return 1;
    memcpy(line, s, n);
    line[n] = '\0';
    KrTokenizer *tok = kri_tokenizer_new(line, n);
    if (!tok) {
        free(line);
        return 1;
    }
    KrToken t;
    KrSyntaxError err = {0};
    int width = 1;
    if (kri_tokenizer_next(tok, &t, &err) == 0 && t.lineno == 1 && t.end_lineno == 1)
        width = t.end_col_offset - t.col_offset;
    kri_syntax_error_clear(&err);
    kri_tokenizer_free(tok);
    free(line);
    return width > 0 ? width : 1;
}

/* Raises [msg] where 3.11 would for an f-string whose outermost literal is
 * token [start]. Returns false if the literal is unterminated (3.11 would
 * have reported that instead; the caller keeps its own error). */
static bool raise_after_literals(KrParser *p, int start, const char *msg)
{
    const KrPegToken *ft = p->tokens[start];
    bool in_brackets = ft->level > 0;
    const char *s = skip_literal(ft->tok.start);
    if (!s)
        return false;
    for (;;) {
        s = skip_blank(s, in_brackets);
        if (!starts_literal(s))
            break;
        const char *next = skip_literal(s);
        if (!next)
            break;
        s = next;
    }
    if (*s == '#')
        s += strcspn(s, "\n");
    int lineno, col;
    locate(&ft->tok, s, &lineno, &col);
    int width = token_width(s);
    p->error = false;
    kri_perr_raise(p, KR_ERR_SYNTAX, lineno, col, lineno, col + width, "%s", msg);
    return true;
}

void *kri_act_fstring_error(KrParser *p, const char *msg)
{
    if (p->error)
        return NULL;
    int start = open_fstring(p, p->mark);
    if (start < 0 || !raise_after_literals(p, start, msg))
        kri_perr_at_last(p, KR_ERR_SYNTAX, "%s", msg);
    return NULL;
}

/* 3.11's wording of a tokenizer error met inside the f-string [literal]
 * (its 3.11 extent, [end] NULL if 3.11 found it unterminated too). */
static const char *fstring_tokenizer_message(const char *msg, const char *literal,
                                             const char *end, char *buf, size_t size)
{
    const char *mismatch = "closing parenthesis '";
    if (strncmp(msg, mismatch, strlen(mismatch)) == 0 &&
        strstr(msg, "opening parenthesis '{'")) {
        /* the field's own brace is no bracket for 3.11 */
        snprintf(buf, size, "f-string: unmatched '%c'", msg[strlen(mismatch)]);
        return buf;
    }
    if (strncmp(msg, "unterminated ", 13) == 0 && end) {
        if (memchr(literal, '#', (size_t)(end - literal)))
            return "f-string expression part cannot include '#'";
        if (strncmp(msg, "unterminated triple-quoted", 26) == 0)
            return "f-string: expecting '}'";
        return "f-string: unterminated string";
    }
    if (strncmp(msg, "closing parenthesis", 19) == 0 || strncmp(msg, "unmatched", 9) == 0) {
        snprintf(buf, size, "f-string: %s", msg);
        return buf;
    }
    if (strcmp(msg, "unexpected character after line continuation character") == 0)
        return "f-string expression part cannot include a backslash";
    if (strncmp(msg, "f-string: ", 10) == 0)
        return msg;
    return NULL;
}

/* Whether the literal at [s] opens with triple quotes. */
static bool is_triple(const char *s)
{
    while (*s && *s != '\'' && *s != '"')
        s++;
    return *s && s[1] == s[0] && s[2] == s[0];
}

/* The f-string literal the error [p->err] points at, if any: the tokenizer
 * may fail while reading an FSTRING_START itself. */
static const char *fstring_at_error(KrParser *p, int *col)
{
    size_t len;
    const char *line = kri_tokenizer_line(p->tok, p->err.lineno, &len);
    if (!line || p->err.offset < 1)
        return NULL;
    size_t i = 0;
    for (int c = 1; c < p->err.offset && i < len; c++) { /* chars when declared */
        int size = 1;
        if (p->declared)
            (void)kri_utf8_decode(line + i, len - i, &size);
        i += (size_t)(size > 0 ? size : 1);
    }
    const char *s = line + i;
    size_t k = 0;
    while (k < 2 && s[k] && strchr("rRbBuUfF", s[k]))
        k++;
    if (!memchr(s, 'f', k) && !memchr(s, 'F', k))
        return NULL;
    *col = (int)i;
    return s;
}

/* 3.11 read a single-quoted f-string as one token ending on its line: if
 * that token is unterminated, nothing inside it matters. */
static bool raise_unterminated(KrParser *p, const char *literal, int lineno, int col)
{
    if (skip_literal(literal) || is_triple(literal))
        return false;
    kri_syntax_error_clear(&p->err);
    p->error = false;
    kri_perr_raise(p, KR_ERR_SYNTAX, lineno, col, lineno, col,
                   "unterminated string literal (detected at line %d)", lineno);
    p->tokenizer_failed = true;
    return true;
}

void kri_act_fstring_tokenizer_error(KrParser *p)
{
    if (p->err.kind != KR_ERR_SYNTAX || !p->err.msg)
        return;
    int start = open_fstring(p, p->fill);
    if (start < 0) {
        int col;
        const char *literal = fstring_at_error(p, &col);
        if (literal)
            raise_unterminated(p, literal, p->err.lineno, col);
        return;
    }
    const KrToken *ft = &p->tokens[start]->tok;
    if (raise_unterminated(p, ft->start, ft->lineno, ft->col_offset))
        return;
    char buf[200];
    const char *literal = ft->start;
    const char *msg =
        fstring_tokenizer_message(p->err.msg, literal, skip_literal(literal), buf, sizeof buf);
    if (!msg)
        return;
    char *copy = strdup(msg);
    if (!copy)
        return;
    KrSyntaxError saved = p->err;
    memset(&p->err, 0, sizeof p->err);
    if (raise_after_literals(p, start, copy)) {
        kri_syntax_error_clear(&saved);
    } else {
        kri_syntax_error_clear(&p->err);
        p->err = saved;
        p->error = true;
    }
    free(copy);
}
