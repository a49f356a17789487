/* String literals: decoding STRING tokens and f-string pieces, and joining
 * implicitly concatenated literals into one Constant or JoinedStr as
 * CPython 3.11 does (adjacent literal text merged, empty text dropped, every
 * part of a JoinedStr placed at the whole literal's position, the `=` of
 * `{x=}` turned into a text part). Escape errors are CPython's
 * "(unicode error) ..." messages; invalid escapes are recorded as
 * DeprecationWarnings in p->warnings. */
#include "parser/act.h"

#include <stdio.h>
#include <string.h>

typedef struct StrPrefix {
    bool raw, bytes, unicode, fstring;
    const char *body; /* between the quotes */
    size_t len;
} StrPrefix;

static void *no_memory(KrParser *p)
{
    kri_peg_no_memory(p);
    return NULL;
}

/* Splits a STRING or FSTRING_START token into prefix flags and body. */
static void split_prefix(const KrToken *t, StrPrefix *sp)
{
    const char *s = t->start;
    memset(sp, 0, sizeof *sp);
    while (*s != '\'' && *s != '"') {
        switch (*s | 0x20) {
        case 'r': sp->raw = true; break;
        case 'b': sp->bytes = true; break;
        case 'u': sp->unicode = true; break;
        case 'f': sp->fstring = true; break;
        }
        s++;
    }
    size_t quote = (s[0] == s[1] && s[1] == s[2] && t->end - s >= 6) ? 3 : 1;
    sp->body = s + quote;
    sp->len = (size_t)(t->end - s) - 2 * quote;
}

/* ---------------------------------------------------------------- warnings */

static void warn_invalid_escape(KrParser *p, const KrToken *t, const char *esc, size_t n)
{
    char msg[64];
    unsigned char c = (unsigned char)esc[1];
    int size = 1;
    if (c >= 0x80 && kri_utf8_decode(esc + 1, 4, &size) < 0)
        size = 1;
    if (c >= '0' && c <= '7')
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.*s'", (int)n - 1, esc + 1);
    else
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%.*s'", size, esc + 1);
    kri_peg_warn(p, msg, t->lineno);
}

/* ---------------------------------------------------------------- UTF-8 checks */

/* Validates [s][len] as UTF-8; on failure raises CPython's message with
 * positions relative to [s]. */
static int check_utf8_run(KrParser *p, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        bool complete;
        size_t n = kri_utf8_valid_prefix(s + i, len - i, &complete);
        if (complete) {
            i += n;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        bool start_ok = c >= 0xC2 && c <= 0xF4;
        const char *why = !start_ok ? "invalid start byte"
                        : i + n >= len ? "unexpected end of data" : "invalid continuation byte";
        if (n == 1)
            kri_perr_at_last(p, KR_ERR_SYNTAX,
                             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                             "position %zu: %s", c, i, why);
        else
            kri_perr_at_last(p, KR_ERR_SYNTAX,
                             "(unicode error) 'utf-8' codec can't decode bytes in position "
                             "%zu-%zu: %s", i, i + n - 1, why);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- escapes */

static void *unicode_escape_error(KrParser *p, size_t start, size_t end, const char *why)
{
    return kri_perr_at_last(p, KR_ERR_SYNTAX,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %zu-%zu: %s", start, end, why);
}

/* Decodes the escape at [s] (s[0] == '\\', at least 2 bytes before [end])
 * of a str literal into [out]; returns the bytes consumed or -1. [pos] is
 * CPython's position of the escape in its intermediate buffer, for
 * messages. */
static ptrdiff_t str_escape(KrParser *p, const KrToken *t, KrBuf *out, const char *s,
                            const char *end, size_t pos)
{
    char c = s[1];
    int digits = 0;
    switch (c) {
    case '\n': return 2;
    case '\\': case '\'': case '"':
        return kri_buf_putc(out, c) < 0 ? -1 : 2;
    case 'a': return kri_buf_putc(out, '\a') < 0 ? -1 : 2;
    case 'b': return kri_buf_putc(out, '\b') < 0 ? -1 : 2;
    case 'f': return kri_buf_putc(out, '\f') < 0 ? -1 : 2;
    case 'n': return kri_buf_putc(out, '\n') < 0 ? -1 : 2;
    case 'r': return kri_buf_putc(out, '\r') < 0 ? -1 : 2;
    case 't': return kri_buf_putc(out, '\t') < 0 ? -1 : 2;
    case 'v': return kri_buf_putc(out, '\v') < 0 ? -1 : 2;
    case 'x': digits = 2; break;
    case 'u': digits = 4; break;
    case 'U': digits = 8; break;
    case 'N': break;
    default:
        if (c >= '0' && c <= '7') {
            uint32_t v = 0;
            ptrdiff_t n = 1;
            while (n < 4 && s + n < end && s[n] >= '0' && s[n] <= '7')
                v = v * 8 + (uint32_t)(s[n++] - '0');
            if (v > 0377)
                warn_invalid_escape(p, t, s, (size_t)n);
            return kri_utf8_encode(out, v) < 0 ? -1 : n;
        }
        /* Unknown escape: the backslash stays and the character after it
         * (maybe multi-byte) is decoded as ordinary text. */
        warn_invalid_escape(p, t, s, 2);
        return kri_buf_putc(out, '\\') < 0 ? -1 : 1;
    }
    if (c == 'N') {
        const char *name = s + 3;
        const char *close = s + 2 < end && s[2] == '{' ? memchr(name, '}', (size_t)(end - name)) : NULL;
        if (!close || close == name) {
            /* CPython reports `\N{}` as bytes 0-2, a missing brace as 0-1 */
            size_t stop = close ? 2 : (s + 2 < end && s[2] == '{' ? (size_t)(end - s) - 1 : 1);
            unicode_escape_error(p, pos, pos + stop, "malformed \\N character escape");
            return -1;
        }
        int32_t cp = kri_unicode_lookup(name, (size_t)(close - name));
        if (cp < 0) {
            unicode_escape_error(p, pos, pos + (size_t)(close - s), "unknown Unicode character name");
            return -1;
        }
        return kri_utf8_encode(out, (uint32_t)cp) < 0 ? -1 : (close - s) + 1;
    }
    uint32_t v = 0;
    int n = 0;
    while (n < digits && s + 2 + n < end && kri_hex_digit(s[2 + n]) >= 0)
        v = v * 16 + (uint32_t)kri_hex_digit(s[2 + n++]);
    if (n < digits) {
        const char *why = c == 'x' ? "truncated \\xXX escape"
                        : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        unicode_escape_error(p, pos, pos + 1 + (size_t)n, why);
        return -1;
    }
    if (v > 0x10FFFF) {
        unicode_escape_error(p, pos, pos + 1 + (size_t)n, "illegal Unicode character");
        return -1;
    }
    return kri_utf8_encode(out, v) < 0 ? -1 : 2 + n;
}

/* Decodes a str literal body (escapes unless [raw]; doubled braces when
 * [fstring_part]) into [out], validating its UTF-8. */
static int decode_str(KrParser *p, const KrToken *t, KrBuf *out, const char *s, size_t len,
                      bool raw, bool fstring_part)
{
    const char *end = s + len;
    size_t pos = 0; /* CPython's intermediate-buffer offset, for messages */
    /* CPython decodes a body without backslashes (or a raw one) in one go,
     * so its error positions count from the body's start; otherwise run by
     * run, below. */
    bool whole = raw || !memchr(s, '\\', len);
    if (whole && check_utf8_run(p, s, len) < 0)
        return -1;
    while (s < end) {
        unsigned char c = (unsigned char)*s;
        if (fstring_part && (c == '{' || c == '}') && s + 1 < end && s[1] == (char)c) {
            if (kri_buf_putc(out, (char)c) < 0)
                return -1;
            s += 2;
            pos += 2;
        } else if (c == '\\' && !raw && s + 1 < end) {
            ptrdiff_t n = str_escape(p, t, out, s, end, pos);
            if (n < 0)
                return -1;
            s += n;
            pos += (size_t)n;
        } else if (c >= 0x80 && !raw) {
            const char *run = s;
            while (s < end && ((unsigned char)*s & 0x80))
                s++;
            if ((!whole && check_utf8_run(p, run, (size_t)(s - run)) < 0) ||
                kri_buf_append(out, run, (size_t)(s - run)) < 0)
                return -1;
            pos += 10 * kri_utf8_count(run, (size_t)(s - run));
        } else {
            if (kri_buf_putc(out, (char)c) < 0)
                return -1;
            s++;
            pos++;
        }
    }
    return 0;
}

/* Decodes the escape at [s] (s[0] == '\\', s + 1 < end) of a bytes
 * literal whose escape starts at offset [pos] of the body; returns the bytes
 * consumed or -1. */
static int bytes_escape(KrParser *p, const KrToken *t, KrBuf *out, const char *s, const char *end,
                        size_t pos)
{
    char c = s[1], value;
    switch (c) {
    case '\n': return 2;
    case '\\': case '\'': case '"': value = c; break;
    case 'a': value = '\a'; break;
    case 'b': value = '\b'; break;
    case 'f': value = '\f'; break;
    case 'n': value = '\n'; break;
    case 'r': value = '\r'; break;
    case 't': value = '\t'; break;
    case 'v': value = '\v'; break;
    case 'x':
        if (end - s < 4 || kri_hex_digit(s[2]) < 0 || kri_hex_digit(s[3]) < 0) {
            kri_perr_at_last(p, KR_ERR_SYNTAX, "(value error) invalid \\x escape at position %zu",
                             pos);
            return -1;
        }
        return kri_buf_putc(out, (char)(kri_hex_digit(s[2]) * 16 + kri_hex_digit(s[3]))) < 0 ? -1 : 4;
    default:
        if (c >= '0' && c <= '7') { /* up to three digits; 3.11 keeps the low byte */
            unsigned v = 0;
            int n = 1;
            while (n < 4 && s + n < end && s[n] >= '0' && s[n] <= '7')
                v = v * 8 + (unsigned)(s[n++] - '0');
            return kri_buf_putc(out, (char)(v & 0xFF)) < 0 ? -1 : n;
        }
        warn_invalid_escape(p, t, s, 2);
        return kri_buf_append(out, s, 2) < 0 ? -1 : 2;
    }
    return kri_buf_putc(out, value) < 0 ? -1 : 2;
}

/* Decodes a bytes literal body into [out]. */
static int decode_bytes(KrParser *p, const KrToken *t, KrBuf *out, const char *s, size_t len,
                        bool raw)
{
    const char *end = s + len;
    for (const char *q = s; q < end; q++) {
        if ((unsigned char)*q >= 0x80) {
            kri_perr_at_last(p, KR_ERR_SYNTAX, "bytes can only contain ASCII literal characters");
            return -1;
        }
    }
    if (raw)
        return kri_buf_append(out, s, len);
    const char *body = s;
    while (s < end) {
        if (*s != '\\' || s + 1 >= end) {
            if (kri_buf_putc(out, *s++) < 0)
                return -1;
            continue;
        }
        int n = bytes_escape(p, t, out, s, end, (size_t)(s - body));
        if (n < 0)
            return -1;
        s += n;
    }
    return 0;
}

/* ---------------------------------------------------------------- f-string pieces */

static KrExpr *text_constant(KrParser *p, const char *s, size_t len, const KrToken *pos)
{
    KrConst *c = kri_act_const(p, KR_CONST_STR);
    char *data = c ? kri_arena_strndup(p->arena, s ? s : "", len) : NULL;
    if (!data)
        return no_memory(p);
    c->v.str.data = data;
    c->v.str.len = len;
    KrExpr *e = kri_ast_Constant(p->arena, c, NULL, KR_POS(pos));
    return e ? e : no_memory(p);
}

/* Literal text of an f-string: its raw source, decoded (escapes, doubled
 * braces) when the literals are joined and the prefix is known
 * (join_parts). */
KrExpr *kri_act_fstring_part(KrParser *p, KrToken *middle)
{
    return text_constant(p, middle->start, (size_t)(middle->end - middle->start), middle);
}

/* `!x` of a replacement field: 3.11 accepted only one of s, r, a right
 * after the '!'; a longer name is "expecting '}'" there. */
KrToken *kri_act_fstring_conversion(KrParser *p, KrToken *bang, KrExpr *name)
{
    const char *id = name->v.Name.id;
    if (name->col_offset != bang->end_col_offset || name->lineno != bang->end_lineno)
        return kri_act_fstring_error(
            p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    if (strlen(id) != 1)
        return kri_act_fstring_error(p, "f-string: expecting '}'");
    if (!strchr("sra", id[0]))
        return kri_act_fstring_error(
            p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    return bang;
}

/* The source text between two positions, for the `=` of `{x=}`. */
static const char *source_at(KrParser *p, int lineno, int col)
{
    size_t len;
    const char *line = kri_tokenizer_line(p->tok, lineno, &len);
    return line ? line + col : NULL;
}

KrExpr *kri_act_formatted_value(KrParser *p, KrExpr *value, KrToken *debug, KrToken *conversion,
                                KrExpr *format, KrToken *rbrace, int lineno, int col,
                                int end_lineno, int end_col)
{
    int conv = -1;
    if (conversion) {
        /* the conversion character follows the '!' token directly */
        conv = (unsigned char)conversion->end[0];
    } else if (debug && !format) {
        conv = 'r';
    }
    KrExpr *fv = kri_ast_FormattedValue(p->arena, value, conv, format, lineno, col, end_lineno,
                                        end_col);
    if (!fv || !debug)
        return fv ? fv : no_memory(p);
    const char *from = source_at(p, lineno, col + 1);
    const char *to = conversion ? conversion->start
                     : format   ? source_at(p, format->lineno, format->col_offset)
                                : rbrace->start;
    KrExpr *text = from && to ? text_constant(p, from, (size_t)(to - from), rbrace) : NULL;
    KrExprSeq *pair = kri_ast_expr_seq_new(p->arena, 2);
    if (!text || !pair)
        return no_memory(p);
    pair->items[0] = text;
    pair->items[1] = fv;
    /* A JoinedStr inside a field's parts marks "splice these two in". */
    KrExpr *j = kri_ast_JoinedStr(p->arena, pair, lineno, col, end_lineno, end_col);
    return j ? j : no_memory(p);
}

KrExpr *kri_act_format_spec(KrParser *p, KrToken *colon, KrSeq *parts, int lineno, int col,
                            int end_lineno, int end_col)
{
    KrExpr *j = kri_ast_JoinedStr(p->arena, (KrExprSeq *)parts, lineno, col, end_lineno, end_col);
    return j ? j : no_memory(p);
}

KrFString *kri_act_fstring(KrParser *p, KrToken *start, KrSeq *parts, KrToken *end)
{
    KrFString *f = kri_arena_alloc(p->arena, sizeof *f);
    if (!f)
        return no_memory(p);
    f->type = KR_TOK_FSTRING_START;
    f->start = start;
    f->end = end;
    f->parts = (KrExprSeq *)parts;
    return f;
}

/* ---------------------------------------------------------------- concatenation */

/* Collects the values of a JoinedStr: text is accumulated in [text] and
 * flushed as one Constant before each formatted value. */
typedef struct Joiner {
    KrParser *p;
    KrPegVec values;
    KrBuf text;
    int pos[4];  /* the whole literal's position: every part gets it */
    int fpos[4]; /* the current f-string's own position: format specs get it */
    const char *kind; /* "u" on every text part when the first literal is u'' */
} Joiner;

static int flush_text(Joiner *j)
{
    if (j->text.len == 0) /* empty text is dropped, as 3.11 does */
        return 0;
    KrToken pos = {.lineno = j->pos[0], .col_offset = j->pos[1], .end_lineno = j->pos[2],
                   .end_col_offset = j->pos[3]};
    KrExpr *e = text_constant(j->p, j->text.data, j->text.len, &pos);
    if (e)
        e->v.Constant.kind = j->kind;
    j->text.len = 0;
    return e ? kri_peg_vec_push(j->p, &j->values, e) : -1;
}

static void place(Joiner *j, KrExpr *e)
{
    e->lineno = j->pos[0];
    e->col_offset = j->pos[1];
    e->end_lineno = j->pos[2];
    e->end_col_offset = j->pos[3];
}

static int join_parts(Joiner *j, KrExprSeq *parts, bool raw, const KrToken *tok);

/* A format spec is a JoinedStr of its own, built with a fresh joiner. */
static KrExpr *build_spec(Joiner *outer, KrExpr *spec, bool raw, const KrToken *tok)
{
    Joiner j = {.p = outer->p};
    memcpy(j.pos, outer->fpos, sizeof j.pos);
    memcpy(j.fpos, outer->fpos, sizeof j.fpos);
    j.kind = outer->kind;
    kri_peg_vec_init(&j.values);
    kri_buf_init(&j.text);
    KrExpr *res = NULL;
    if (join_parts(&j, spec->v.JoinedStr.values, raw, tok) == 0 && flush_text(&j) == 0) {
        KrSeq *vals = kri_peg_vec_finish(j.p, &j.values);
        if (vals) {
            res = kri_ast_JoinedStr(j.p->arena, (KrExprSeq *)vals, KR_POS(spec));
            if (res)
                place(&j, res);
        }
    }
    kri_peg_vec_free(&j.values);
    kri_buf_free(&j.text);
    return res;
}

static int join_parts(Joiner *j, KrExprSeq *parts, bool raw, const KrToken *tok)
{
    for (ptrdiff_t i = 0; parts && i < parts->len; i++) {
        KrExpr *e = parts->items[i];
        if (e->kind == KR_AST_Constant) {
            const KrConst *c = e->v.Constant.value;
            if (decode_str(j->p, tok, &j->text, c->v.str.data, c->v.str.len, raw, true) < 0)
                return -1;
            continue;
        }
        if (e->kind == KR_AST_JoinedStr) { /* `{x=}`: its text, then the value */
            if (join_parts(j, e->v.JoinedStr.values, true, tok) < 0)
                return -1;
            continue;
        }
        if (flush_text(j) < 0)
            return -1;
        if (e->v.FormattedValue.format_spec) {
            KrExpr *spec = build_spec(j, e->v.FormattedValue.format_spec, raw, tok);
            if (!spec)
                return -1;
            e->v.FormattedValue.format_spec = spec;
        }
        place(j, e);
        if (kri_peg_vec_push(j->p, &j->values, e) < 0)
            return -1;
    }
    return 0;
}

/* Adds one STRING token's decoded text (str) to the joiner. */
static int join_string(Joiner *j, const KrToken *t, const StrPrefix *sp)
{
    return decode_str(j->p, t, &j->text, sp->body, sp->len, sp->raw, false);
}

static KrExpr *make_joined(KrParser *p, KrSeq *strings, int pos[4], bool first_u)
{
    Joiner j = {.p = p, .kind = first_u ? "u" : NULL};
    memcpy(j.pos, pos, sizeof j.pos);
    kri_peg_vec_init(&j.values);
    kri_buf_init(&j.text);
    KrExpr *res = NULL;
    int rc = 0;
    for (ptrdiff_t i = 0; i < strings->len && rc == 0; i++) {
        KrToken *t = strings->items[i];
        StrPrefix sp;
        if (t->type == KR_TOK_FSTRING_START) {
            KrFString *f = strings->items[i];
            split_prefix(f->start, &sp);
            j.fpos[0] = f->start->lineno;
            j.fpos[1] = f->start->col_offset;
            j.fpos[2] = f->end->end_lineno;
            j.fpos[3] = f->end->end_col_offset;
            rc = join_parts(&j, f->parts, sp.raw, f->start);
        } else {
            split_prefix(t, &sp);
            rc = join_string(&j, t, &sp);
        }
    }
    if (rc == 0 && flush_text(&j) == 0) {
        KrSeq *vals = kri_peg_vec_finish(p, &j.values);
        if (vals)
            res = kri_ast_JoinedStr(p->arena, (KrExprSeq *)vals, pos[0], pos[1], pos[2], pos[3]);
    }
    kri_peg_vec_free(&j.values);
    kri_buf_free(&j.text);
    if (!res && !p->error)
        kri_peg_no_memory(p);
    return res;
}

/* strings: (fstring | STRING)+ -> Constant or JoinedStr. Mixing bytes with
 * str is an error at the first literal of the other kind. */
KrExpr *kri_act_concat_strings(KrParser *p, KrSeq *strings, int lineno, int col, int end_lineno,
                               int end_col)
{
    bool any_f = false, bytes = false, first_u = false;
    for (ptrdiff_t i = 0; i < strings->len; i++) {
        KrToken *t = strings->items[i];
        StrPrefix sp;
        bool is_f = t->type == KR_TOK_FSTRING_START;
        split_prefix(is_f ? ((KrFString *)strings->items[i])->start : t, &sp);
        if (i == 0) {
            bytes = sp.bytes;
            first_u = t->start[0] == 'u'; /* CPython: lowercase only */
        } else if (sp.bytes != bytes) {
            return kri_perr_at_last(p, KR_ERR_SYNTAX, "cannot mix bytes and nonbytes literals");
        }
        any_f |= is_f;
    }
    int pos[4] = {lineno, col, end_lineno, end_col};
    if (any_f)
        return make_joined(p, strings, pos, first_u);
    KrBuf b;
    kri_buf_init(&b);
    for (ptrdiff_t i = 0; i < strings->len; i++) {
        KrToken *t = strings->items[i];
        StrPrefix sp;
        split_prefix(t, &sp);
        int rc = bytes ? decode_bytes(p, t, &b, sp.body, sp.len, sp.raw)
                       : decode_str(p, t, &b, sp.body, sp.len, sp.raw, false);
        if (rc < 0) {
            kri_buf_free(&b);
            return p->error ? NULL : no_memory(p);
        }
    }
    KrConst *c = kri_act_const(p, bytes ? KR_CONST_BYTES : KR_CONST_STR);
    char *data = c ? kri_arena_alloc(p->arena, b.len + 1) : NULL;
    if (data) {
        memcpy(data, b.data ? b.data : "", b.len);
        data[b.len] = '\0';
        c->v.str.data = data;
        c->v.str.len = b.len;
    }
    kri_buf_free(&b);
    if (!data)
        return no_memory(p);
    KrExpr *e = kri_ast_Constant(p->arena, c, first_u ? "u" : NULL, lineno, col, end_lineno,
                                 end_col);
    return e ? e : no_memory(p);
}
