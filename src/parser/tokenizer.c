/* The tokenizer: UTF-8 text to the tokens of CPython 3.11's C tokenizer,
 * except that f-strings come out as PEP 701 tokens (see parser.h).
 * It scans the NUL-terminated text in place; a token is two pointers into it
 * and nothing is allocated per token (only the line index grows, doubling).
 * A text that does not end with '\n' gets a virtual one, as CPython appends
 * it: the last NEWLINE then points at the terminating NUL.
 * Beside the scanning position the tokenizer mirrors the state that CPython's
 * error reports read: its current line (the next line is "read" only when a
 * character of it is needed) and its buffer, which starts at the first line
 * of a token or backslash chain spanning lines. Errors come in CPython's two
 * kinds: those its tokenizer raises itself (columns counted in characters of
 * the line) and those its parser raises for the tokenizer (located by
 * kri_tokenizer_locate_error, like parser errors).
 * See docs/internals/parser.md. */
#include "parser/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_INDENT = 100,   /* CPython's MAXINDENT: indentation levels, level 0 included */
    MAX_LEVEL = 200,    /* CPython's MAXLEVEL: brackets open at once */
    MAX_FSTRINGS = 150, /* CPython 3.12's limit on nested f-strings */
    MAX_FIELD_DEPTH = 2, /* replacement fields nested through format specs (3.11) */
    TAB_SIZE = 8,
};

/* Byte classes. Every byte >= 0x80 may belong to an identifier: CPython
 * decodes and checks the whole identifier afterwards. */
enum {
    C_ID = 1,      /* [A-Za-z0-9_] or non-ASCII */
    C_START = 2,   /* [A-Za-z_] or non-ASCII */
    C_DIGIT = 4,   /* [0-9] */
    C_HEX = 8,     /* [0-9A-Fa-f] */
    C_SPACE = 16,  /* ' ', '\t', '\f' */
    C_STRING = 32, /* stops a string scan: '\0', '\n', '"', '\'', '\\' */
    C_WORD = 64,   /* [A-Za-z0-9_]: the fast path of names */
};

#define Z_ C_STRING
#define S_ C_SPACE
#define D_ (C_ID | C_WORD | C_DIGIT | C_HEX)
#define H_ (C_ID | C_WORD | C_START | C_HEX)
#define L_ (C_ID | C_WORD | C_START)
#define N_ (C_ID | C_START)
static const unsigned char char_class[256] = {
    Z_, 0,  0,  0,  0,  0,  0,  0,  0,  S_, Z_, 0,  S_, 0,  0,  0,  /* 0x00 */
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 0x10 */
    S_, 0,  Z_, 0,  0,  0,  0,  Z_, 0,  0,  0,  0,  0,  0,  0,  0,  /* 0x20 */
    D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, 0,  0,  0,  0,  0,  0,  /* 0x30 */
    0,  H_, H_, H_, H_, H_, H_, L_, L_, L_, L_, L_, L_, L_, L_, L_, /* 0x40 */
    L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, 0,  Z_, 0,  0,  L_, /* 0x50 */
    0,  H_, H_, H_, H_, H_, H_, L_, L_, L_, L_, L_, L_, L_, L_, L_, /* 0x60 */
    L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, 0,  0,  0,  0,  0,  /* 0x70 */
#define ROW N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
    ROW ROW ROW ROW ROW ROW ROW ROW
#undef ROW
};
#undef Z_
#undef S_
#undef D_
#undef H_
#undef L_
#undef N_

static inline bool has_class(char c, int cls)
{
    return (char_class[(unsigned char)c] & cls) != 0;
}

static inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A bracket still open. A replacement field's '{' is one too, so the
 * expression inside it nests like any bracketed expression. */
typedef struct Bracket {
    char ch;
    bool field; /* opens an f-string replacement field */
    bool spec;  /* field whose format spec has begun (after its ':') */
    int depth;  /* field: 1, or 2 for a field inside another's format spec */
    int lineno, col;
} Bracket;

/* An f-string being read. While tok->level == level its literal text is
 * read; above, tokens belong to its replacement fields. */
typedef struct FString {
    char quote;
    bool triple, raw;
    int level;
    const char *start;      /* its prefix */
    const char *line_start; /* the line of its prefix */
    int lineno;
} FString;

struct KrTokenizer {
    const char *text, *end; /* *end == '\0' */
    const char *cur;        /* the next character to read */
    const char *line_start; /* CPython's tok->line_start: the current line */
    const char *buf;        /* CPython's tok->buf: where its buffer starts */
    int lineno;             /* CPython's tok->lineno: the current line's number */
    bool declared;          /* parser-style errors count characters, not bytes */
    bool line_done;         /* cur is past the current line's newline */
    bool atbol;             /* the next line's indentation is to be measured */
    bool nl_missing;        /* the text lacks its final '\n' ... */
    bool nl_done;           /* ... and the virtual one has been read */
    bool at_eof;            /* pending DEDENTs then ENDMARKER */
    bool failed;            /* err holds the error returned, returned again */
    bool overrides;         /* see kri_tokenizer_error_overrides */
    bool oom;               /* the line index could not grow */
    int pending;            /* INDENTs (> 0) or DEDENTs (< 0) to return */
    int indent;             /* top of the indentation stacks */
    int level;              /* brackets open */
    int nfstrings;          /* f-strings open */
    int nlines, lines_cap;  /* lines[i] starts line i + 1, for lines read */
    const char **lines;
    KrSyntaxError err;
    int indents[MAX_INDENT];     /* columns, tabs to multiples of 8 */
    int alt_indents[MAX_INDENT]; /* columns, tabs counting 1: must agree */
    Bracket brackets[MAX_LEVEL];
    FString fstrings[MAX_FSTRINGS];
};

/* ---- UTF-8 as CPython's strict decoder sees it ---- */

/* Length of the valid sequence at [s] ([avail] > 0 bytes there), or 0 if it
 * is invalid: then *[bad] is the length of the part CPython's decoder reports
 * (and replaces by one U+FFFD) and *[why] its reason. Surrogates are
 * invalid, as in strict UTF-8. */
static int utf8_sequence(const unsigned char *s, size_t avail, size_t *bad, const char **why)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    *bad = 1;
    if (c < 0xC2 || c > 0xF4) {
        *why = "invalid start byte";
        return 0;
    }
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    for (int i = 1; i < need; i++) {
        if ((size_t)i >= avail) {
            *bad = avail;
            *why = "unexpected end of data";
            return 0;
        }
        if (s[i] < lo || s[i] > hi) {
            *bad = (size_t)i;
            *why = "invalid continuation byte";
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need;
}

static uint32_t utf8_value(const unsigned char *s, int n)
{
    if (n == 1)
        return s[0];
    uint32_t cp = s[0] & (0x7F >> n);
    for (int i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

/* Characters in [s, e) decoded with errors="replace". */
static int count_chars(const char *s, const char *e)
{
    int n = 0;
    while (s < e) {
        size_t bad;
        const char *why;
        int k = utf8_sequence((const unsigned char *)s, (size_t)(e - s), &bad, &why);
        s += k ? (size_t)k : bad;
        n++;
    }
    return n;
}

/* Appends [s, s+len) decoded with errors="replace" and encoded again. */
static int append_replaced(KrBuf *out, const char *s, size_t len)
{
    const char *e = s + len;
    while (s < e) {
        const char *run = s;
        size_t bad = 0;
        const char *why;
        int k;
        while (s < e && (k = utf8_sequence((const unsigned char *)s, (size_t)(e - s), &bad,
                                           &why)) > 0)
            s += k;
        if (kri_buf_append(out, run, (size_t)(s - run)) < 0)
            return -1;
        if (s < e) {
            if (kri_buf_append(out, "\xEF\xBF\xBD", 3) < 0)
                return -1;
            s += bad;
        }
    }
    return 0;
}

/* ---- lines ---- */

static const char *line_end(const KrTokenizer *tok, const char *line)
{
    const char *nl = memchr(line, '\n', (size_t)(tok->end - line));
    return nl ? nl : tok->end;
}

/* CPython reads line [p] (it needs a character of it). Inside a multi-line
 * token or a backslash chain ([keep_buf]) its buffer keeps growing. */
static void enter_line(KrTokenizer *tok, const char *p, bool keep_buf)
{
    tok->lineno++;
    tok->line_start = p;
    if (!keep_buf)
        tok->buf = p;
    if (tok->lineno > tok->nlines) {
        if (tok->nlines == tok->lines_cap) {
            int cap = tok->lines_cap * 2;
            const char **lines = realloc(tok->lines, (size_t)cap * sizeof *lines);
            if (!lines) {
                tok->oom = true; /* reported once the token is done */
                return;
            }
            tok->lines = lines;
            tok->lines_cap = cap;
        }
        tok->lines[tok->nlines++] = p;
    }
}

/* Inside a token, after a newline ending at [p]: the next line is read
 * unless the text ends there. */
static inline void newline_in_token(KrTokenizer *tok, const char *p)
{
    if (p < tok->end)
        enter_line(tok, p, true);
}

/* Whether [p] is the virtual newline of a text lacking its last one. */
static inline bool at_virtual_nl(const KrTokenizer *tok, const char *p)
{
    return p == tok->end && tok->nl_missing && !tok->nl_done;
}

/* ---- errors ---- */

static char *format_va(const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    if ((size_t)n < sizeof small)
        memcpy(s, small, (size_t)n + 1);
    else
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void clear_error(KrSyntaxError *err)
{
    free(err->msg);
    free(err->text);
    memset(err, 0, sizeof *err);
}

static int memory_error(KrTokenizer *tok)
{
    clear_error(&tok->err);
    tok->err.kind = KR_ERR_MEMORY;
    tok->err.msg = strdup("");
    tok->failed = true;
    tok->overrides = false;
    return -1;
}

/* An error CPython's tokenizer raises itself (its syntaxerror()): the text is
 * the line at [line_start] without its newline; [at] is where CPython's
 * cursor stands, and offset = end_offset = characters before it. */
static int error_at(KrTokenizer *tok, const char *line_start, int lineno, const char *at,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = format_va(fmt, ap);
    va_end(ap);
    KrBuf text;
    kri_buf_init(&text);
    const char *e = line_end(tok, line_start);
    if (!msg || append_replaced(&text, line_start, (size_t)(e - line_start)) < 0 ||
        kri_buf_reserve(&text, 1) < 0) {
        free(msg);
        kri_buf_free(&text);
        return memory_error(tok);
    }
    clear_error(&tok->err);
    tok->err.kind = KR_ERR_SYNTAX;
    tok->err.msg = msg;
    tok->err.text = text.data;
    tok->err.lineno = tok->err.end_lineno = lineno;
    tok->err.offset = tok->err.end_offset = count_chars(line_start, at);
    tok->failed = true;
    tok->overrides = true;
    return -1;
}

/* error_at on the current line. */
#define ERROR_HERE(tok, at, ...) error_at(tok, (tok)->line_start, (tok)->lineno, at, __VA_ARGS__)

/* An error CPython's parser raises when its tokenizer fails (its
 * tokenizer_error()): [col] and [end_col] are the 1-based byte columns it
 * passes on, located as for any parser error. */
static int error_located(KrTokenizer *tok, KrErrorKind kind, int lineno, int col, int end_col,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = format_va(fmt, ap);
    va_end(ap);
    clear_error(&tok->err);
    if (!msg || kri_tokenizer_locate_error(tok, &tok->err, lineno, col, lineno, end_col) < 0) {
        free(msg);
        return memory_error(tok);
    }
    tok->err.kind = kind;
    tok->err.msg = msg;
    tok->failed = true;
    tok->overrides = false;
    return -1;
}

/* CPython's tok->inp - tok->line_start: the current line's length with its
 * (possibly virtual) newline. */
static int line_length(const KrTokenizer *tok)
{
    return (int)(line_end(tok, tok->line_start) - tok->line_start) + 1;
}

static int unterminated(KrTokenizer *tok, const char *start, int lineno,
                        const char *line_start, bool triple);

/* The text ends where a token should follow (after a backslash, inside
 * brackets or an f-string): CPython blames the innermost open bracket. */
static int eof_error(KrTokenizer *tok)
{
    if (tok->nfstrings > 0) {
        const FString *f = &tok->fstrings[tok->nfstrings - 1];
        return unterminated(tok, f->start, f->lineno, f->line_start, f->triple);
    }
    if (tok->level > 0) {
        const Bracket *b = &tok->brackets[tok->level - 1];
        return error_located(tok, KR_ERR_SYNTAX, b->lineno, b->col + 1, 0,
                             "'%c' was never closed", b->ch);
    }
    return error_located(tok, KR_ERR_SYNTAX, tok->lineno, line_length(tok), -1,
                         "unexpected EOF while parsing");
}

/* ---- tokens ---- */

/* A token on the current line. */
static inline void make(KrTokenizer *tok, KrToken *out, int type, const char *start,
                        const char *end)
{
    out->type = type;
    out->start = start;
    out->end = end;
    out->lineno = out->end_lineno = tok->lineno;
    out->col_offset = (int)(start - tok->line_start);
    out->end_col_offset = (int)(end - tok->line_start);
}

/* A token that began on line [lineno] at [line_start] and ends on the
 * current line. */
static inline void make_long(KrTokenizer *tok, KrToken *out, int type, const char *start,
                             const char *end, int lineno, const char *line_start)
{
    make(tok, out, type, start, end);
    out->lineno = lineno;
    out->col_offset = (int)(start - line_start);
}

/* CPython's tok->cur - tok->line_start, counting a virtual newline read. */
static int cursor_col(const KrTokenizer *tok)
{
    int col = (int)(tok->cur - tok->line_start);
    if (tok->cur == tok->end && tok->nl_done)
        col++;
    return col;
}

/* INDENT, DEDENT and ENDMARKER have no text: CPython gives them column -1
 * and reports errors at them at its cursor, the column given here. */
static void make_positionless(KrTokenizer *tok, KrToken *out, int type)
{
    out->type = type;
    out->start = out->end = tok->cur;
    out->lineno = out->end_lineno = tok->lineno;
    out->col_offset = out->end_col_offset = cursor_col(tok);
}

/* ---- numbers (CPython 3.11's rules, error positions included) ---- */

static int number_error(KrTokenizer *tok, const char *at, const char *kind)
{
    return ERROR_HERE(tok, at, "invalid %s literal", kind);
}

/* [w] starts at [p] and ends there (no identifier character follows). */
static bool word_at(const char *p, const char *w)
{
    size_t n = strlen(w);
    return strncmp(p, w, n) == 0 && !has_class(p[n], C_ID);
}

/* A keyword that may follow a number in valid code starts at [p]: CPython
 * 3.11 ends the number there with a warning (Krait records nothing). For
 * "if", "in" and "is" it does not check where the word ends. */
static bool keyword_follows(const char *p)
{
    switch (*p) {
    case 'a': return word_at(p, "and");
    case 'e': return word_at(p, "else");
    case 'f': return word_at(p, "for");
    case 'i': return p[1] == 'f' || p[1] == 'n' || p[1] == 's';
    case 'n': return word_at(p, "not");
    case 'o': return word_at(p, "or");
    default: return false;
    }
}

/* A number ends at [p]: an identifier character there is an error ("1a",
 * "0x1g", "1jx", and in 3.11.2 a non-ASCII one too: "1\u00e9"; later 3.11
 * releases let that start the next token). */
static const char *number_end(KrTokenizer *tok, const char *p, const char *kind)
{
    if (keyword_follows(p))
        return p;
    if (has_class(*p, C_ID)) {
        number_error(tok, p, kind);
        return NULL;
    }
    return p;
}

/* Decimal digits from [p] (a digit), single underscores between them. An
 * underscore not followed by a digit is an error reported at the character
 * after it, where CPython's cursor stands. */
static const char *decimal_tail(KrTokenizer *tok, const char *p)
{
    for (;;) {
        while (is_digit(*p))
            p++;
        if (*p != '_')
            return p;
        p++;
        if (!is_digit(*p)) {
            number_error(tok, p, "decimal");
            return NULL;
        }
    }
}

/* After the integer part of a decimal number, at [p]: the fraction (if
 * [dot], p follows the '.'), the exponent and the 'j'. */
static const char *float_tail(KrTokenizer *tok, const char *p, bool dot)
{
    if (dot && is_digit(*p) && !(p = decimal_tail(tok, p)))
        return NULL;
    if (*p == 'e' || *p == 'E') {
        const char *e = p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!is_digit(*p)) {
                number_error(tok, p, "decimal");
                return NULL;
            }
        } else if (!is_digit(*p)) {
            /* Not an exponent: fine only before "else" */
            if (keyword_follows(e))
                return e;
            number_error(tok, e, "decimal");
            return NULL;
        }
        if (!(p = decimal_tail(tok, p)))
            return NULL;
    }
    if (*p == 'j' || *p == 'J')
        return number_end(tok, p + 1, "imaginary");
    return number_end(tok, p, "decimal");
}

/* From [p], the letter of 0x, 0o or 0b. A decimal digit out of range (0o8,
 * 0b2) has its own message, reported after that digit; anything else before
 * the first digit, or after an underscore, is "invalid ... literal". */
static const char *radix_tail(KrTokenizer *tok, const char *p)
{
    char letter = (char)(*p | 0x20);
    int base = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
    const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
#define IN_BASE(c) (base == 16 ? has_class(c, C_HEX) : (c) >= '0' && (c) < '0' + base)
    p++;
    do {
        if (*p == '_')
            p++;
        if (!IN_BASE(*p)) {
            if (base != 16 && is_digit(*p))
                break;
            number_error(tok, p, kind);
            return NULL;
        }
        while (IN_BASE(*p))
            p++;
    } while (*p == '_');
#undef IN_BASE
    if (base != 16 && is_digit(*p)) {
        ERROR_HERE(tok, p + 1, "invalid digit '%c' in %s literal", *p, kind);
        return NULL;
    }
    return number_end(tok, p, kind);
}

/* A decimal number starting with '0' at [start]: 0, 00, 0.5, 0e1, 0j; any
 * other digit makes an old-style octal, refused. */
static const char *zero_tail(KrTokenizer *tok, const char *start)
{
    const char *p = start + 1;
    for (;;) {
        if (*p == '_') {
            p++;
            if (!is_digit(*p)) {
                number_error(tok, p, "decimal");
                return NULL;
            }
        }
        if (*p != '0')
            break;
        p++;
    }
    const char *zeros_end = p + 1; /* CPython's cursor after the first non-zero */
    bool nonzero = is_digit(*p);
    if (nonzero && !(p = decimal_tail(tok, p)))
        return NULL;
    if (*p == '.')
        return float_tail(tok, p + 1, true);
    if (*p == 'e' || *p == 'E' || *p == 'j' || *p == 'J')
        return float_tail(tok, p, false);
    if (nonzero) {
        /* CPython gives this one's columns in bytes, unconverted */
        ERROR_HERE(tok, start, "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
        tok->err.offset = (int)(start - tok->line_start) + 1;
        tok->err.end_offset = (int)(zeros_end - tok->line_start);
        return NULL;
    }
    return number_end(tok, p, "decimal");
}

/* The number at [start] (a digit, or '.' before a digit); NULL on error. */
static const char *scan_number(KrTokenizer *tok, const char *start)
{
    if (*start == '.')
        return float_tail(tok, start + 1, true);
    if (*start == '0') {
        char letter = (char)(start[1] | 0x20);
        if (letter == 'x' || letter == 'o' || letter == 'b')
            return radix_tail(tok, start + 1);
        return zero_tail(tok, start);
    }
    const char *p = decimal_tail(tok, start);
    if (!p)
        return NULL;
    if (*p == '.')
        return float_tail(tok, p + 1, true);
    return float_tail(tok, p, false);
}

/* ---- names ---- */

/* "(unicode error) ..." for an identifier that is not valid UTF-8: CPython
 * reports its decoder's message at the end of the identifier. */
static int decode_error(KrTokenizer *tok, const char *start, const char *bad_at, size_t bad,
                        const char *why, const char *end)
{
    long pos = (long)(bad_at - start);
    if (bad == 1)
        return error_located(tok, KR_ERR_SYNTAX, tok->lineno, (int)(end - tok->line_start), -1,
                             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                             "position %ld: %s",
                             (unsigned char)*bad_at, pos, why);
    return error_located(tok, KR_ERR_SYNTAX, tok->lineno, (int)(end - tok->line_start), -1,
                         "(unicode error) 'utf-8' codec can't decode bytes in position "
                         "%ld-%ld: %s",
                         pos, pos + (long)bad - 1, why);
}

/* CPython's verify_identifier for a name with non-ASCII bytes: strictly
 * valid UTF-8, then XID_Start (or '_') and XID_Continue characters. The
 * parser NFKC-normalizes the name afterwards; CPython checks before that. */
static int verify_name(KrTokenizer *tok, const char *start, const char *end)
{
    const unsigned char *s = (const unsigned char *)start, *e = (const unsigned char *)end;
    for (const unsigned char *p = s; p < e;) {
        size_t bad;
        const char *why;
        int k = utf8_sequence(p, (size_t)(e - p), &bad, &why);
        if (!k) {
            decode_error(tok, start, (const char *)p, bad, why, end);
            tok->overrides = true; /* CPython leaves its UnicodeDecodeError set */
            return -1;
        }
        p += k;
    }
    for (const unsigned char *p = s; p < e;) {
        size_t bad;
        const char *why;
        int k = utf8_sequence(p, (size_t)(e - p), &bad, &why);
        uint32_t cp = utf8_value(p, k);
        bool ok = p == s ? cp == '_' || kri_unicode_is_xid_start(cp)
                         : kri_unicode_is_xid_continue(cp);
        p += k;
        if (ok)
            continue;
        if (kri_unicode_is_printable(cp))
            return ERROR_HERE(tok, (const char *)p, "invalid character '%.*s' (U+%04X)", k,
                              (const char *)p - k, (unsigned)cp);
        return ERROR_HERE(tok, (const char *)p, "invalid non-printable character U+%04X",
                          (unsigned)cp);
    }
    return 0;
}

/* Whether the [n] letters at [p] are a string prefix: b, r, u, f, br, rb,
 * fr, rf in any case. Sets *[fstring] and *[raw]. */
static bool string_prefix(const char *p, size_t n, bool *fstring, bool *raw)
{
    if (n > 2)
        return false;
    bool b = false, r = false, u = false, f = false;
    for (size_t i = 0; i < n; i++) {
        switch (p[i] | 0x20) {
        case 'b': if (b) return false; b = true; break;
        case 'r': if (r) return false; r = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    if (u && n > 1)
        return false;
    if (b && f)
        return false;
    *fstring = f;
    *raw = r;
    return true;
}

/* ---- strings ---- */

static int unterminated(KrTokenizer *tok, const char *start, int lineno,
                        const char *line_start, bool triple)
{
    if (triple)
        return error_at(tok, line_start, lineno, start + 1,
                        "unterminated triple-quoted string literal (detected at line %d)",
                        tok->lineno);
    return error_at(tok, line_start, lineno, start + 1,
                    "unterminated string literal (detected at line %d)", tok->lineno);
}

/* A string that does not end inside a replacement field running into the
 * enclosing f-string's own quote: CPython 3.11 says the field lacks its '}'. */
static int unterminated_in_field(KrTokenizer *tok, const char *start, const char *q, int lineno,
                                 const char *line_start, bool triple)
{
    if (tok->nfstrings > 0 && !triple && *q == tok->fstrings[tok->nfstrings - 1].quote)
        return error_at(tok, line_start, lineno, q + 1, "f-string: expecting '}'");
    return unterminated(tok, start, lineno, line_start, triple);
}

/* A string or bytes literal (not an f-string): prefix at [start], quote at
 * [q]. Escapes are only skipped: the parser decodes them. A backslash keeps
 * the next character, newline included, from ending the string; an
 * unterminated string is reported at its start, with the line where the
 * scan gave up. */
static int scan_string(KrTokenizer *tok, KrToken *out, const char *start, const char *q)
{
    char quote = *q;
    int lineno = tok->lineno;
    const char *line_start = tok->line_start;
    bool triple = q[1] == quote && q[2] == quote;
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        while (!has_class(*p, C_STRING))
            p++;
        char c = *p;
        if (c == quote) {
            if (!triple) {
                p++;
                break;
            }
            if (p[1] == quote && p[2] == quote) {
                p += 3;
                break;
            }
            p++;
        } else if (c == '\\') {
            p++;
            if (*p == '\n')
                newline_in_token(tok, ++p);
            else if (p < tok->end)
                p++;
        } else if (c == '\n' && triple) {
            newline_in_token(tok, ++p);
        } else if (c == '\n' || p == tok->end) {
            return unterminated_in_field(tok, start, q, lineno, line_start, triple);
        } else {
            p++; /* the other quote */
        }
    }
    make_long(tok, out, KR_TOK_STRING, start, p, lineno, line_start);
    tok->cur = p;
    return 0;
}

/* ---- f-strings (PEP 701) ---- */

static int start_fstring(KrTokenizer *tok, KrToken *out, const char *start, const char *q,
                         bool raw)
{
    if (tok->nfstrings == MAX_FSTRINGS)
        return ERROR_HERE(tok, q, "too many nested f-strings");
    FString *f = &tok->fstrings[tok->nfstrings++];
    f->quote = *q;
    f->triple = q[1] == *q && q[2] == *q;
    f->raw = raw;
    f->level = tok->level;
    f->start = start;
    f->line_start = tok->line_start;
    f->lineno = tok->lineno;
    const char *p = q + (f->triple ? 3 : 1);
    make(tok, out, KR_TOK_FSTRING_START, start, p);
    tok->cur = p;
    return 0;
}

/* A backslash at [p] in an f-string's literal text or format spec: skips the
 * escape, returning where scanning goes on. Before a brace the backslash is
 * an ordinary character; the braces of \N{...} are part of the escape. */
static const char *fstring_escape(KrTokenizer *tok, const FString *f, const char *p)
{
    p++;
    char c = *p;
    if (c == '{' || c == '}' || p == tok->end)
        return p;
    if (c == '\n') {
        newline_in_token(tok, p + 1);
        return p + 1;
    }
    if (c == 'N' && p[1] == '{' && !f->raw) {
        const char *r = p + 2;
        while (*r && *r != '}' && *r != '\n' && *r != f->quote && *r != '{')
            r++;
        return *r == '}' ? r + 1 : r;
    }
    return p + 1;
}

/* Literal text of f-string [f] ([field] NULL), or the format spec of
 * [field]: an FSTRING_MIDDLE up to the next brace or the closing quote, or
 * that delimiter's own token. Doubled braces stay in the literal text. */
static int fstring_middle(KrTokenizer *tok, KrToken *out, FString *f, Bracket *field)
{
    const char *start = tok->cur, *p = start;
    int lineno = tok->lineno;
    const char *line_start = tok->line_start;
    char c;
    for (;;) {
        c = *p;
        /* The closing quote first: in f'{{' the quote ends the string */
        if (c == f->quote && (!f->triple || (p[1] == c && p[2] == c)))
            break;
        if (c == '{' || c == '}') {
            if (field || p[1] != c)
                break;
            p += 2;
        } else if (c == '\\') {
            p = fstring_escape(tok, f, p);
        } else if (c == '\n' && f->triple) {
            newline_in_token(tok, ++p);
        } else if (c == '\n' || p == tok->end) {
            return unterminated(tok, f->start, f->lineno, f->line_start, f->triple);
        } else {
            p++;
        }
    }
    if (p > start) {
        /* The delimiter gets its own token on the next call */
        make_long(tok, out, KR_TOK_FSTRING_MIDDLE, start, p, lineno, line_start);
        tok->cur = p;
        return 0;
    }
    if (c == '{') {
        /* A replacement field: a bracket level, so that newlines inside it
         * are insignificant and kri_tokenizer_open_bracket reports it */
        int depth = field ? field->depth + 1 : 1;
        if (depth > MAX_FIELD_DEPTH)
            return ERROR_HERE(tok, p + 1, "f-string: expressions nested too deeply");
        if (tok->level >= MAX_LEVEL)
            return ERROR_HERE(tok, p + 1, "too many nested parentheses");
        Bracket *b = &tok->brackets[tok->level++];
        *b = (Bracket){'{', true, false, depth, tok->lineno, (int)(p - tok->line_start)};
        make(tok, out, KR_TOK_LBRACE, p, p + 1);
        tok->cur = p + 1;
    } else if (c == '}') {
        if (!field)
            return ERROR_HERE(tok, p + 1, "f-string: single '}' is not allowed");
        tok->level--;
        make(tok, out, KR_TOK_RBRACE, p, p + 1);
        tok->cur = p + 1;
    } else if (field) {
        return ERROR_HERE(tok, p + 1, "f-string: expecting '}'");
    } else {
        const char *e = p + (f->triple ? 3 : 1);
        make(tok, out, KR_TOK_FSTRING_END, p, e);
        tok->cur = e;
        tok->nfstrings--;
    }
    return 0;
}

/* ---- brackets and operators ---- */

static int open_bracket(KrTokenizer *tok, KrToken *out, const char *p)
{
    if (tok->level >= MAX_LEVEL)
        return ERROR_HERE(tok, p + 1, "too many nested parentheses");
    tok->brackets[tok->level++] =
        (Bracket){*p, false, false, 0, tok->lineno, (int)(p - tok->line_start)};
    make(tok, out, *p == '(' ? KR_TOK_LPAR : *p == '[' ? KR_TOK_LSQB : KR_TOK_LBRACE, p, p + 1);
    return 0;
}

static int close_bracket(KrTokenizer *tok, KrToken *out, const char *p)
{
    char c = *p;
    if (tok->level == 0)
        return ERROR_HERE(tok, p + 1, "unmatched '%c'", c);
    const Bracket *b = &tok->brackets[tok->level - 1];
    char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
    if (c != want) {
        if (b->lineno != tok->lineno)
            return ERROR_HERE(tok, p + 1,
                              "closing parenthesis '%c' does not match opening parenthesis "
                              "'%c' on line %d",
                              c, b->ch, b->lineno);
        return ERROR_HERE(tok, p + 1,
                          "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                          b->ch);
    }
    tok->level--;
    make(tok, out, c == ')' ? KR_TOK_RPAR : c == ']' ? KR_TOK_RSQB : KR_TOK_RBRACE, p, p + 1);
    return 0;
}

/* The kind of a one-character operator [c], or 0. */
static int single_operator(char c)
{
    switch (c) {
    case '+': return KR_TOK_PLUS;
    case '-': return KR_TOK_MINUS;
    case '*': return KR_TOK_STAR;
    case '/': return KR_TOK_SLASH;
    case '<': return KR_TOK_LESS;
    case '>': return KR_TOK_GREATER;
    case '=': return KR_TOK_EQUAL;
    case '!': return KR_TOK_EXCLAMATION;
    case '%': return KR_TOK_PERCENT;
    case '&': return KR_TOK_AMPER;
    case '|': return KR_TOK_VBAR;
    case '^': return KR_TOK_CIRCUMFLEX;
    case '@': return KR_TOK_AT;
    case ':': return KR_TOK_COLON;
    case '.': return KR_TOK_DOT;
    case ',': return KR_TOK_COMMA;
    case ';': return KR_TOK_SEMI;
    case '~': return KR_TOK_TILDE;
    default: return 0;
    }
}

/* The operator at [p], longest match (the spellings of tokens.def; the unit
 * test checks every one): its kind and length, or 0 if none. */
static int operator_at(const char *p, int *len)
{
    char c1 = p[1], c2 = c1 ? p[2] : 0;
    *len = 2;
    switch (*p) {
    case '+': if (c1 == '=') return KR_TOK_PLUSEQUAL; break;
    case '-':
        if (c1 == '=') return KR_TOK_MINEQUAL;
        if (c1 == '>') return KR_TOK_RARROW;
        break;
    case '*':
        if (c1 == '*') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? KR_TOK_DOUBLESTAREQUAL : KR_TOK_DOUBLESTAR;
        }
        if (c1 == '=') return KR_TOK_STAREQUAL;
        break;
    case '/':
        if (c1 == '/') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? KR_TOK_DOUBLESLASHEQUAL : KR_TOK_DOUBLESLASH;
        }
        if (c1 == '=') return KR_TOK_SLASHEQUAL;
        break;
    case '<':
        if (c1 == '<') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? KR_TOK_LEFTSHIFTEQUAL : KR_TOK_LEFTSHIFT;
        }
        if (c1 == '=') return KR_TOK_LESSEQUAL;
        if (c1 == '>') return KR_TOK_NOTEQUAL; /* "<>": the parser refuses it */
        break;
    case '>':
        if (c1 == '>') {
            *len = c2 == '=' ? 3 : 2;
            return c2 == '=' ? KR_TOK_RIGHTSHIFTEQUAL : KR_TOK_RIGHTSHIFT;
        }
        if (c1 == '=') return KR_TOK_GREATEREQUAL;
        break;
    case '=': if (c1 == '=') return KR_TOK_EQEQUAL; break;
    case '!': if (c1 == '=') return KR_TOK_NOTEQUAL; break;
    case '%': if (c1 == '=') return KR_TOK_PERCENTEQUAL; break;
    case '&': if (c1 == '=') return KR_TOK_AMPEREQUAL; break;
    case '|': if (c1 == '=') return KR_TOK_VBAREQUAL; break;
    case '^': if (c1 == '=') return KR_TOK_CIRCUMFLEXEQUAL; break;
    case '@': if (c1 == '=') return KR_TOK_ATEQUAL; break;
    case ':': if (c1 == '=') return KR_TOK_COLONEQUAL; break;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return KR_TOK_ELLIPSIS;
        }
        break;
    default: break;
    }
    *len = 1;
    return single_operator(*p);
}

/* ---- indentation ---- */

/* A backslash at [p] in indentation or between tokens: it must end the line.
 * Returns the start of the next line, or NULL with the error set. The next
 * line is read at once (CPython peeks at its first character): between
 * tokens CPython's buffer then spans both lines ([keep_buf]), in the
 * indentation it starts anew. */
static const char *continuation(KrTokenizer *tok, const char *p, bool keep_buf)
{
    if (p[1] == '\n' || at_virtual_nl(tok, p + 1)) {
        if (p + 2 > tok->end) { /* the backslash ends the text */
            tok->nl_done = true;
            tok->cur = tok->end;
            eof_error(tok);
            return NULL;
        }
        p += 2;
        if (p == tok->end && !tok->nl_missing) {
            tok->cur = p;
            eof_error(tok);
            return NULL;
        }
        enter_line(tok, p, keep_buf);
        return p;
    }
    /* CPython reports its cursor after the character it read */
    error_located(tok, KR_ERR_SYNTAX, tok->lineno, (int)(p + 2 - tok->buf), 0,
                  "unexpected character after line continuation character");
    return NULL;
}

/* Compares indentation [col]/[altcol] of a logical line with the stack. */
static int indent_line(KrTokenizer *tok, int col, int altcol)
{
    if (col == tok->indents[tok->indent]) {
        if (altcol != tok->alt_indents[tok->indent])
            goto tab_error;
    } else if (col > tok->indents[tok->indent]) {
        if (tok->indent + 1 >= MAX_INDENT)
            return error_located(tok, KR_ERR_INDENTATION, tok->lineno, 1, 0,
                                 "too many levels of indentation");
        if (altcol <= tok->alt_indents[tok->indent])
            goto tab_error;
        tok->pending++;
        tok->indent++;
        tok->indents[tok->indent] = col;
        tok->alt_indents[tok->indent] = altcol;
    } else {
        while (tok->indent > 0 && col < tok->indents[tok->indent]) {
            tok->pending--;
            tok->indent--;
        }
        if (col != tok->indents[tok->indent])
            return error_located(tok, KR_ERR_INDENTATION, tok->lineno, line_length(tok), -1,
                                 "unindent does not match any outer indentation level");
        if (altcol != tok->alt_indents[tok->indent])
            goto tab_error;
    }
    return 0;
tab_error:
    return error_located(tok, KR_ERR_TAB, tok->lineno, 1, 0,
                         "inconsistent use of tabs and spaces in indentation");
}

/* At the start of a line: measures its indentation (tabs to multiples of 8,
 * and counting 1 for the consistency check; a form feed resets both). A line
 * of only blanks and a comment is ignored. A backslash in the indentation
 * joins the next line; the column where the first one stood counts. */
static int indentation(KrTokenizer *tok)
{
    const char *p = tok->cur;
    int col = 0, altcol = 0, cont_col = 0;
    for (;; p++) {
        if (*p == ' ') {
            col++;
            altcol++;
        } else if (*p == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\') {
            if (!cont_col)
                cont_col = col;
            if (!(p = continuation(tok, p, tok->nfstrings > 0)))
                return -1;
            p--;
        } else {
            break;
        }
    }
    tok->cur = p;
    if (*p == '#' || *p == '\n' || at_virtual_nl(tok, p) || tok->level > 0)
        return 0;
    if (cont_col)
        col = altcol = cont_col;
    return indent_line(tok, col, altcol);
}

/* ---- the token loop ---- */

/* The end of the text, after the last line's NEWLINE: CPython measures an
 * empty indentation there, so every open block gets its DEDENT. Inside
 * brackets or an f-string the text ended too early. */
static int end_of_text(KrTokenizer *tok, KrToken *out)
{
    if (tok->level > 0)
        return eof_error(tok);
    if (!tok->at_eof) {
        tok->at_eof = true;
        tok->pending = -tok->indent;
        tok->indent = 0;
    }
    if (tok->pending < 0) {
        tok->pending++;
        make_positionless(tok, out, KR_TOK_DEDENT);
    } else {
        make_positionless(tok, out, KR_TOK_ENDMARKER);
    }
    return 0;
}

/* A name, or the prefix of a string, at [p]. */
static int scan_name(KrTokenizer *tok, KrToken *out, const char *p)
{
    const char *q = p;
    while (has_class(*q, C_WORD))
        q++;
    if (KR_UNLIKELY((unsigned char)*q >= 0x80)) {
        while (has_class(*q, C_ID))
            q++;
        if (verify_name(tok, p, q) < 0)
            return -1;
    } else if (*q == '\'' || *q == '"') {
        bool fstring, raw;
        if (string_prefix(p, (size_t)(q - p), &fstring, &raw))
            return fstring ? start_fstring(tok, out, p, q, raw) : scan_string(tok, out, p, q);
    }
    make(tok, out, KR_TOK_NAME, p, q);
    tok->cur = q;
    return 0;
}

/* The token at [p], which is no name, number, string or newline: brackets,
 * operators, and characters Python has no use for. */
static int scan_other(KrTokenizer *tok, KrToken *out, const char *p)
{
    unsigned char c = (unsigned char)*p;
    switch (c) {
    case '(': case '[': case '{':
        tok->cur = p + 1;
        return open_bracket(tok, out, p);
    case ')': case ']': case '}':
        tok->cur = p + 1;
        return close_bracket(tok, out, p);
    case '$': case '?': case '`':
        /* No token of Python's: the parser stops at it ("invalid syntax") */
        make(tok, out, KR_TOK_ERRORTOKEN, p, p + 1);
        tok->cur = p + 1;
        return 0;
    default: break;
    }
    int len, type = operator_at(p, &len);
    if (type) {
        /* Brackets nested in a field shield their ':' (slices, lambdas) */
        Bracket *top = tok->level ? &tok->brackets[tok->level - 1] : NULL;
        if (top && top->field && *p == ':') {
            /* A field's top-level ':' starts its format spec, even before '=' */
            type = KR_TOK_COLON;
            len = 1;
            top->spec = true;
        }
        make(tok, out, type, p, p + len);
        tok->cur = p + len;
        return 0;
    }
    /* A control character or DEL (what else reaches here is printable
     * ASCII, all of which is handled above) */
    return ERROR_HERE(tok, p + 1, "invalid non-printable character U+%04X", c);
}

/* Regular tokens: outside f-strings, and inside replacement fields. A line
 * is entered only when its first character is needed, as CPython reads it:
 * after a NEWLINE the tokenizer still stands on the line that ended. A
 * newline inside brackets or ending a blank line is no token. */
static int next_regular(KrTokenizer *tok, KrToken *out)
{
    bool blank;
    if (tok->at_eof)
        return end_of_text(tok, out);
nextline:
    if (tok->line_done) {
        tok->line_done = false;
        if (tok->cur == tok->end && !(tok->nl_missing && !tok->nl_done))
            return end_of_text(tok, out);
        enter_line(tok, tok->cur, tok->nfstrings > 0);
    }
    blank = false;
    if (tok->atbol) {
        tok->atbol = false;
        if (indentation(tok) < 0)
            return -1;
        const char *p = tok->cur;
        blank = *p == '#' || *p == '\n' || at_virtual_nl(tok, p);
    }
    if (tok->pending) {
        int type = tok->pending > 0 ? KR_TOK_INDENT : KR_TOK_DEDENT;
        tok->pending += tok->pending > 0 ? -1 : 1;
        make_positionless(tok, out, type);
        return 0;
    }
again:;
    const char *p = tok->cur;
    while (has_class(*p, C_SPACE))
        p++;
    if (*p == '#')
        p = line_end(tok, p);
    char c = *p;
    if (c == '\n' || at_virtual_nl(tok, p)) {
        tok->cur = c == '\n' ? p + 1 : p;
        tok->nl_done |= c != '\n';
        tok->line_done = true;
        tok->atbol = true;
        if (blank || tok->level > 0)
            goto nextline;
        make(tok, out, KR_TOK_NEWLINE, p, p);
        return 0;
    }
    if (has_class(c, C_START))
        return scan_name(tok, out, p);
    if (is_digit(c) || (c == '.' && is_digit(p[1]))) {
        const char *e = scan_number(tok, p);
        if (!e)
            return -1;
        make(tok, out, KR_TOK_NUMBER, p, e);
        tok->cur = e;
        return 0;
    }
    if (c == '\'' || c == '"')
        return scan_string(tok, out, p, p);
    if (c == '\\') {
        if (!(p = continuation(tok, p, true)))
            return -1;
        tok->cur = p;
        goto again;
    }
    return scan_other(tok, out, p);
}

/* ---- the interface ---- */

KrTokenizer *kri_tokenizer_new(const char *text, size_t len)
{
    KrTokenizer *tok = calloc(1, sizeof *tok);
    if (!tok)
        return NULL;
    tok->lines_cap = 256;
    tok->lines = malloc((size_t)tok->lines_cap * sizeof *tok->lines);
    if (!tok->lines) {
        free(tok);
        return NULL;
    }
    tok->text = tok->cur = tok->line_start = tok->buf = text;
    tok->end = text + len;
    tok->nl_missing = len == 0 || text[len - 1] != '\n';
    tok->line_done = true; /* line 1 is read with the first token */
    tok->atbol = true;
    return tok;
}

void kri_tokenizer_set_declared(KrTokenizer *tok, bool declared)
{
    tok->declared = declared;
}

void kri_tokenizer_free(KrTokenizer *tok)
{
    if (!tok)
        return;
    clear_error(&tok->err);
    free(tok->lines);
    free(tok);
}

/* A copy of the tokenizer's error for the caller, who owns its strings; the
 * tokenizer keeps its own to give it again if asked for more tokens. */
static int report(KrTokenizer *tok, KrSyntaxError *err)
{
    *err = tok->err;
    err->msg = tok->err.msg ? strdup(tok->err.msg) : NULL;
    err->text = tok->err.text ? strdup(tok->err.text) : NULL;
    if ((tok->err.msg && !err->msg) || (tok->err.text && !err->text)) {
        free(err->msg);
        free(err->text);
        err->msg = err->text = NULL;
        err->kind = KR_ERR_MEMORY;
    }
    return -1;
}

int kri_tokenizer_next(KrTokenizer *tok, KrToken *out, KrSyntaxError *err)
{
    if (tok->failed)
        return report(tok, err);
    /* Inside an f-string, its literal text while no field is open, a
     * format spec while the innermost bracket is a field past its ':',
     * else ordinary tokens (outside, or in a field's expression) */
    int r;
    const FString *f = tok->nfstrings ? &tok->fstrings[tok->nfstrings - 1] : NULL;
    Bracket *top = tok->level ? &tok->brackets[tok->level - 1] : NULL;
    if (f && tok->level == f->level)
        r = fstring_middle(tok, out, &tok->fstrings[tok->nfstrings - 1], NULL);
    else if (f && top->field && top->spec)
        r = fstring_middle(tok, out, &tok->fstrings[tok->nfstrings - 1], top);
    else
        r = next_regular(tok, out);
    if (KR_UNLIKELY(tok->oom) && !tok->failed)
        r = memory_error(tok);
    if (r < 0)
        return report(tok, err);
    return 0;
}

bool kri_tokenizer_error_overrides(const KrTokenizer *tok)
{
    return tok->failed && tok->overrides;
}

const char *kri_tokenizer_line(const KrTokenizer *tok, int lineno, size_t *len)
{
    if (lineno < 1)
        return NULL;
    const char *p;
    if (lineno <= tok->nlines) {
        p = tok->lines[lineno - 1];
    } else {
        /* Beyond what the tokenizer has read: walk on from there */
        p = tok->nlines ? tok->lines[tok->nlines - 1] : tok->text;
        for (int n = tok->nlines ? tok->nlines : 1; n < lineno; n++) {
            const char *e = line_end(tok, p);
            if (e == tok->end)
                return NULL;
            p = e + 1;
            if (p == tok->end)
                return NULL; /* the text ends with this newline */
        }
    }
    *len = (size_t)(line_end(tok, p) - p);
    return p;
}

bool kri_tokenizer_open_bracket(const KrTokenizer *tok, char *ch, int *lineno, int *col_offset)
{
    if (tok->level == 0)
        return false;
    const Bracket *b = &tok->brackets[tok->level - 1];
    *ch = b->ch;
    *lineno = b->lineno;
    *col_offset = b->col;
    return true;
}

int kri_tokenizer_cursor(const KrTokenizer *tok, int *lineno)
{
    *lineno = tok->lineno;
    return cursor_col(tok);
}

/* CPython's byte_offset_to_character_offset: characters in the first [col]
 * bytes of [text], where a column past the end counts the terminating NUL.
 * The count runs over the error text, which for a multi-line buffer is not
 * the error's own line: CPython's quirk, kept. */
static int byte_to_char(const char *text, size_t len, int col)
{
    if (col <= 0)
        return col;
    size_t n = (size_t)col > len + 1 ? len + 1 : (size_t)col;
    if (n > len)
        return count_chars(text, text + len) + 1;
    return count_chars(text, text + n);
}

int kri_tokenizer_locate_error(const KrTokenizer *tok, KrSyntaxError *err, int lineno, int col,
                               int end_lineno, int end_col)
{
    if (end_lineno == KR_CURRENT_POS)
        end_lineno = tok->lineno;
    if (end_col == KR_CURRENT_POS)
        end_col = cursor_col(tok);
    KrBuf text;
    kri_buf_init(&text);
    int r;
    if (tok->lineno <= lineno && tok->lineno > 0) {
        /* Still on that line: CPython shows its whole buffer, newline included */
        const char *e = line_end(tok, tok->line_start);
        r = append_replaced(&text, tok->buf, (size_t)(e - tok->buf));
        if (r == 0)
            r = kri_buf_putc(&text, '\n');
    } else {
        size_t len = 0;
        const char *line = kri_tokenizer_line(tok, lineno < 1 ? 1 : lineno, &len);
        r = append_replaced(&text, line ? line : "", line ? len : 0);
        if (r == 0)
            r = kri_buf_reserve(&text, 1);
    }
    if (r < 0) {
        kri_buf_free(&text);
        return -1;
    }
    if (tok->declared) {
        col = byte_to_char(text.data, text.len, col);
        if (end_col > 0)
            end_col = byte_to_char(text.data, text.len, end_col);
    }
    err->text = text.data;
    err->lineno = lineno;
    err->offset = col;
    err->end_lineno = end_lineno;
    err->end_offset = end_col;
    return 0;
}
