/* The parser subsystem's one internal header: source decoding, the tokenizer,
 * the PEG parser and the AST it builds. The pipeline is
 *   bytes --source.c--> UTF-8 text --tokenizer.c--> tokens --parser.gen.c--> AST
 * and everything a parse allocates lives in one KrArena, freed at once.
 * Errors come back as a KrSyntaxError, shaped like Python's SyntaxError.
 * See docs/internals/parser.md. */
#ifndef KRAIT_PARSER_H
#define KRAIT_PARSER_H

#include "base/base.h"

/* ---- errors ---- */

/* The exception a failed parse raises, with SyntaxError's attributes: lines
 * 1-based, offsets 1-based character offsets as SyntaxError.offset, and
 * KR_POS_NONE where CPython has None. Errors found before tokenizing (unknown
 * encodings, decoding errors) are SyntaxErrors at CPython's placeholder
 * lineno 0, offset -1, with no end and no text; the ValueError for NUL bytes
 * has no position at all. msg is NULL only in a MemoryError. */
typedef enum KrErrorKind {
    KR_ERR_NONE = 0,
    KR_ERR_SYNTAX,      /* SyntaxError */
    KR_ERR_INDENTATION, /* IndentationError */
    KR_ERR_TAB,         /* TabError */
    KR_ERR_VALUE,       /* ValueError */
    KR_ERR_MEMORY,      /* MemoryError */
    KR_ERR_RECURSION,   /* RecursionError */
} KrErrorKind;

/* A position SyntaxError reports as None. */
enum { KR_POS_NONE = -2147483647 - 1 };

typedef struct KrSyntaxError {
    KrErrorKind kind;
    char *msg;  /* malloc'd, owned */
    char *text; /* malloc'd, owned: the offending source line, or NULL */
    int lineno, offset, end_lineno, end_offset;
} KrSyntaxError;

/* Python's name for [kind]: "SyntaxError", ...; "" for KR_ERR_NONE. */
KR_HIDDEN const char *kri_error_kind_name(KrErrorKind kind);
/* Frees what [err] owns and zeroes it (KR_ERR_NONE); safe to repeat. */
KR_HIDDEN void kri_syntax_error_clear(KrSyntaxError *err);

/* ---- source.c: from source bytes to the tokenizer's text ----
 * Does what CPython 3.11 does to bytes given to compile() before tokenizing,
 * in its order: reject NUL bytes; translate \r\n and \r to \n, adding a
 * final \n when missing and also after a final \r\n (which so gives one
 * more empty line, as in CPython); drop a UTF-8 BOM; honour a PEP 263
 * declaration on line 1, or on line 2 when line 1 is blank or a comment;
 * decode the whole text, declaration included, from any other encoding as
 * Python's codec of that name does (CJK codecs through glibc's iconv).
 * UTF-8 text (no declaration, a BOM, or a name CPython normalizes to
 * "utf-8": "UTF_8", "utf-8-sig", "utf-8-anything") passes unvalidated:
 * invalid sequences are reported later by whoever meets them (identifiers,
 * string literals), as CPython does; "utf8" and "u8" do validate.
 * The text is NUL-terminated with no NUL inside; its newlines are \n and it
 * ends with one, except that a codec may produce \r (left for the tokenizer
 * to reject, as CPython does) and a decoded NUL character ends the text
 * where it stands (CPython reads it as a C string), maybe before a \n. */
typedef struct KrSource {
    char *text;          /* malloc'd UTF-8 text, NUL-terminated, owned */
    size_t len;          /* bytes in text */
    char encoding[32];   /* the name as CPython keeps it: utf-8 and latin-1
                            spellings made "utf-8" and "iso-8859-1", others
                            as written ("cp1252", "L1"); "utf-8" when not
                            declared; cut to 31 bytes */
    bool declared;       /* a coding declaration or BOM named the encoding */
} KrSource;

/* Fills [out] from [len] bytes at [bytes]. Returns 0, or -1 with [err]
 * overwritten (not freed) and out->text NULL. The errors are CPython's,
 * word for word: "unknown encoding: NAME", "encoding problem: NAME with
 * BOM", a codec's "'ascii' codec can't decode byte 0xe9 in position 20:
 * ordinal not in range(128)" (positions count bytes of the translated
 * text), ...; or a MemoryError. */
KR_HIDDEN KR_NODISCARD int kri_source_decode(const char *bytes, size_t len, KrSource *out,
                                             KrSyntaxError *err);
KR_HIDDEN void kri_source_free(KrSource *src);

/* ---- tokenizer.c: text to tokens ----
 * Token kinds are KR_TOK_* from grammar/tokens.def (tokens.gen.h). Keywords
 * come out as NAME; the parser classifies them. Positions: lines 1-based,
 * columns 0-based UTF-8 byte offsets, as CPython's AST. The tokens and their
 * positions are CPython 3.11's C tokenizer's (not its tokenize module's):
 * - NEWLINE is empty and points at the '\n' (col_offset == end_col_offset ==
 *   the line's length); a text without a final newline gets a virtual one,
 *   its NEWLINE pointing at the terminating NUL.
 * - INDENT, DEDENT and ENDMARKER have no text and no column of their own
 *   (CPython gives them -1): their lineno is the tokenizer's current line
 *   and col_offset == end_col_offset is its cursor (kri_tokenizer_cursor),
 *   which is what CPython reports, as the 1-based offset unchanged, for an
 *   error at such a token. DEDENTs at the end come before ENDMARKER, both
 *   on the last line.
 * - '$', '?' and '`' are one-character ERRORTOKENs (CPython's parser says
 *   "invalid syntax" at them); '!' outside an f-string is EXCLAMATION and
 *   "<>" is NOTEQUAL: the parser must refuse both, as CPython 3.11's does.
 *
 * Strings: a plain or bytes literal (any prefix) is one STRING token spanning
 * prefix and quotes; the parser decodes it (invalid UTF-8 included). An
 * f-string (PEP 701) is
 *   FSTRING_START  (prefix and opening quote, e.g. `rf"""`)
 *   then any mix of FSTRING_MIDDLE (literal text, raw source: escapes and
 *   doubled braces `{{` `}}` are left for the parser to decode) and
 *   replacement fields: LBRACE, the expression's ordinary tokens, optionally
 *   EQUAL (the `=` of `{x=}`), EXCLAMATION NAME (conversion), COLON then the
 *   format spec as FSTRING_MIDDLE pieces and nested replacement fields, RBRACE;
 *   FSTRING_END (the closing quote).
 * An FSTRING_MIDDLE runs from the previous token to the next brace that opens
 * or closes a field, or to the closing quote: all literal text between two
 * fields is one token (it may span lines), never empty. A field's ':' is
 * always COLON (`{x:=5}` is x formatted with "=5"); ':' nested in brackets
 * inside the field is an ordinary COLON or COLONEQUAL. In a format spec
 * `{` and `}` always open and close fields (3.11: `{x:{{}}}` formats with a
 * dict). Inside a replacement field newlines are insignificant (as in
 * brackets), quotes may repeat the enclosing ones, and backslashes and
 * comments are allowed (PEP 701); a field nested more than two deep through
 * format specs is an error (3.11's "f-string: expressions nested too
 * deeply"). 3.11's other f-string errors are the parser's to report. */
#include "parser/tokens.gen.h"

typedef struct KrToken {
    int type;                /* KR_TOK_* */
    const char *start, *end; /* the token's text in the source (start == end for
                                NEWLINE, INDENT, DEDENT, ENDMARKER) */
    int lineno, col_offset, end_lineno, end_col_offset;
} KrToken;

typedef struct KrTokenizer KrTokenizer;

/* A tokenizer over [len] bytes of [text] (from kri_source_decode: UTF-8,
 * \n newlines, NUL-terminated, no NUL inside), which must outlive it.
 * Returns NULL when memory runs out. */
KR_HIDDEN KrTokenizer *kri_tokenizer_new(const char *text, size_t len);
/* Whether the source declared its encoding (KrSource.declared). CPython then
 * converts the byte columns of errors its parser raises to characters, and
 * otherwise leaves them in bytes; see kri_tokenizer_locate_error. */
KR_HIDDEN void kri_tokenizer_set_declared(KrTokenizer *tok, bool declared);
KR_HIDDEN void kri_tokenizer_free(KrTokenizer *tok);
/* Reads the next token into [out]. Returns 0, or -1 with [err] filled
 * (SyntaxError, IndentationError or TabError with CPython 3.11's message and
 * position; MemoryError) — [err] must hold nothing on entry. After ENDMARKER
 * it keeps returning ENDMARKER; after an error, the same error again. */
KR_HIDDEN KR_NODISCARD int kri_tokenizer_next(KrTokenizer *tok, KrToken *out,
                                              KrSyntaxError *err);
/* Whether the error kri_tokenizer_next returned is one CPython's tokenizer
 * raises itself (bad characters, numbers, strings, brackets), rather than
 * one its parser raises when the tokenizer stops (indentation, backslash
 * continuation, end of file inside brackets). After a parser error CPython
 * tokenizes the rest of the source: only errors of the first kind replace
 * the parser's (an identifier with invalid UTF-8 does too, and there
 * CPython raises a bare UnicodeDecodeError, not a SyntaxError). */
KR_HIDDEN bool kri_tokenizer_error_overrides(const KrTokenizer *tok);
/* The text of line [lineno] (1-based) without its newline, for error
 * reports: a pointer into the source and its length via *[len]; NULL if
 * there is no such line. O(1) for lines the tokenizer has reached. */
KR_HIDDEN const char *kri_tokenizer_line(const KrTokenizer *tok, int lineno, size_t *len);
/* The innermost bracket still open after the tokens read so far: its
 * character ('(', '[' or '{'), line and 0-based byte column. Returns false
 * when no bracket is open. The parser reports "'(' was never closed" with it. */
KR_HIDDEN bool kri_tokenizer_open_bracket(const KrTokenizer *tok, char *ch, int *lineno,
                                          int *col_offset);
/* CPython's tok->lineno (stored in *[lineno]) and tok->cur - tok->line_start
 * (returned) after the tokens read so far: the line the tokenizer has read
 * last (it reads the next one only when it needs a character of it) and the
 * byte column after the last token read (after a NEWLINE, the line's length
 * plus one). */
KR_HIDDEN int kri_tokenizer_cursor(const KrTokenizer *tok, int *lineno);
/* Locates an error as CPython 3.11's parser does (its
 * _PyPegen_raise_error_known_location), filling [err]'s text, lineno,
 * offset, end_lineno and end_offset. [col] and [end_col] are 1-based byte
 * columns (a token's col_offset + 1; -1 or 0 for none); [end_lineno] and
 * [end_col] may be KR_CURRENT_POS (the cursor). The text is the
 * tokenizer's whole current buffer when [lineno] >= its current line: from
 * the first line of the token or backslash chain it is in (a multi-line
 * string, say) to the end of the current line, newline included; otherwise
 * line [lineno] alone without its newline. When the source declared its
 * encoding, both columns become the number of characters in that many
 * bytes of the text (end_col only when > 0); else they stay bytes.
 * Returns -1 when memory runs out (err->text is then NULL). */
KR_HIDDEN KR_NODISCARD int kri_tokenizer_locate_error(const KrTokenizer *tok, KrSyntaxError *err,
                                                      int lineno, int col, int end_lineno,
                                                      int end_col);

/* ---- constants in the AST ----
 * The parser does not depend on the object model: literal values are plain C
 * data in the arena, turned into objects by the compiler. */
typedef enum KrConstKind {
    KR_CONST_NONE,
    KR_CONST_TRUE,
    KR_CONST_FALSE,
    KR_CONST_ELLIPSIS,
    KR_CONST_INT,     /* v.integer */
    KR_CONST_FLOAT,   /* v.real */
    KR_CONST_COMPLEX, /* v.real is the imaginary part; the real part is 0.0 */
    KR_CONST_STR,     /* v.str: UTF-8, lone surrogates in 3-byte form */
    KR_CONST_BYTES,   /* v.str: raw bytes */
} KrConstKind;

typedef struct KrConst {
    KrConstKind kind;
    union {
        struct {
            const char *digits; /* ASCII digits, no prefix or underscores, NUL-terminated */
            size_t ndigits;
            int base;           /* 2, 8, 10 or 16 */
            bool fits;          /* the value fits in [small] */
            int64_t small;
        } integer;
        double real;
        struct {
            const char *data; /* NUL-terminated for convenience; may contain NULs */
            size_t len;
        } str;
    } v;
} KrConst;

/* Appends repr() of the value, as ast.dump prints it. */
KR_HIDDEN KR_NODISCARD int kri_const_repr(KrBuf *out, const KrConst *c);

#include "parser/ast.gen.h"

/* ---- parse.c: the front end's entry points ---- */

typedef struct KrParseWarning KrParseWarning;

/* Decodes, tokenizes and parses [len] bytes of source into a Module in
 * [arena]. Returns NULL with [err] filled (the caller clears it). When
 * [warnings] is not NULL it receives the warnings of the parse (a list in
 * the arena, NULL if none), as CPython would emit them while compiling. */
KR_HIDDEN KrMod *kri_parse_bytes(KrArena *arena, const char *bytes, size_t len,
                                 KrSyntaxError *err, KrParseWarning **warnings);
/* The same, giving an Expression when [eval] (the grammar's eval rule). */
KR_HIDDEN KrMod *kri_parse_bytes_start(KrArena *arena, const char *bytes, size_t len, bool eval,
                                       KrSyntaxError *err, KrParseWarning **warnings);
/* Appends what traceback.format_exception_only prints for [err] raised for
 * [filename]. */
KR_HIDDEN KR_NODISCARD int kri_syntax_error_format(KrBuf *out, const KrSyntaxError *err,
                                                   const char *filename);

/* ---- peg.c: the runtime of the generated parser ----
 * Tokens are fetched lazily into p->tokens as rules ask for them; p->mark is
 * the index of the next token to match. Every rule returns a pointer (NULL
 * for "did not match") and, if it fails, leaves p->mark where it was. An
 * error (p->error) stops everything: each alternative checks it. Parsing runs
 * twice on failure: the second pass enables the invalid_* rules, which turn
 * common mistakes into CPython's specific messages (peg.c: kri_peg_parse). */

/* A sequence of any pointers; every Kr*Seq of ast.gen.h has this layout. */
typedef struct KrSeq {
    ptrdiff_t len;
    void *items[];
} KrSeq;

typedef struct KrMemo KrMemo;

/* A warning the parse produced (CPython emits them as it compiles:
 * DeprecationWarning for invalid escapes, ...), in source order. */
struct KrParseWarning {
    const char *msg; /* in the arena */
    int lineno;
    KrParseWarning *next;
};

/* A token as the parser keeps it: keywords have type >= 500 (the generated
 * keyword table); [level] is the bracket depth after the token, as CPython's. */
typedef struct KrPegToken {
    KrToken tok; /* first member: a KrPegToken * is a KrToken * */
    int level;
    KrMemo *memo;   /* memoized rule results starting at this token */
    uint64_t memo_mask; /* bit i set: memo holds an entry for memo rule i */
    KrExpr *name;   /* the Name node of a NAME token, made once */
} KrPegToken;

typedef struct KrParser {
    KrArena *arena;      /* the AST and tokens live here (not owned) */
    KrTokenizer *tok;    /* owned */
    KrPegToken **tokens; /* malloc'd array of arena tokens; fill are valid */
    int fill, size;
    int mark;
    int depth;           /* rule nesting, bounded by KR_PEG_MAX_DEPTH */
    const char *stack_limit; /* the C stack may not grow below this address */
    int level;           /* bracket depth of the last token filled */
    bool error;          /* err holds the exception; unwind */
    bool call_invalid_rules; /* second pass: invalid_* rules are enabled */
    bool tokenizer_failed;   /* the error came from the tokenizer */
    bool declared;       /* the source declared its encoding: error columns
                            count characters, else bytes (as CPython) */
    KrSyntaxError err;
    KrParseWarning *warnings, **warnings_tail; /* in the arena */
} KrParser;

typedef void *(*KrPegFn)(KrParser *p);

enum { KR_PEG_MAX_DEPTH = 6000 };

/* A growing vector for repetitions, on the stack for the common short case. */
typedef struct KrPegVec {
    void **items;
    ptrdiff_t len, cap;
    void *small[16];
} KrPegVec;

/* Parses a whole file (the `file` rule). Returns the Module, or NULL with
 * [err] filled. [arena] receives the AST; [text] is kri_source_decode's. */
KR_HIDDEN KrMod *kri_peg_parse_file(KrArena *arena, const char *text, size_t len,
                                     bool declared, KrSyntaxError *err,
                                     KrParseWarning **warnings);
/* The same from another start rule: kri_peg_file_rule or kri_peg_eval_rule. */
typedef KrMod *(*KrPegStart)(KrParser *p);
KR_HIDDEN KrMod *kri_peg_parse(KrArena *arena, const char *text, size_t len, bool declared,
                               KrPegStart start, KrSyntaxError *err, KrParseWarning **warnings);

KR_HIDDEN int kri_peg_fill(KrParser *p);
KR_HIDDEN KrToken *kri_peg_expect(KrParser *p, int type);
KR_HIDDEN KrToken *kri_peg_expect_soft(KrParser *p, const char *keyword);
KR_HIDDEN KrToken *kri_peg_expect_forced(KrParser *p, int type, const char *spelling);
KR_HIDDEN void *kri_peg_forced(KrParser *p, void *result, const char *what);
KR_HIDDEN KrToken *kri_peg_soft_keyword_token(KrParser *p);
KR_HIDDEN KrExpr *kri_peg_name_token(KrParser *p);
KR_HIDDEN KrToken *kri_peg_last_token(KrParser *p);
KR_HIDDEN bool kri_peg_lookahead_token(KrParser *p, int positive, int type);
KR_HIDDEN bool kri_peg_lookahead(KrParser *p, int positive, KrPegFn fn);
KR_HIDDEN bool kri_peg_memo_get(KrParser *p, int rule, void **result);
KR_HIDDEN int kri_peg_memo_put(KrParser *p, int mark, int rule, void *result, int endmark);
KR_HIDDEN void *kri_peg_dummy(KrParser *p);
KR_HIDDEN void kri_peg_action_failed(KrParser *p);
KR_HIDDEN void kri_peg_vec_init(KrPegVec *v);
KR_HIDDEN int kri_peg_vec_push(KrParser *p, KrPegVec *v, void *item);
KR_HIDDEN KrSeq *kri_peg_vec_finish(KrParser *p, KrPegVec *v);
KR_HIDDEN void kri_peg_vec_free(KrPegVec *v);
KR_HIDDEN void kri_peg_no_memory(KrParser *p);
/* Records a DeprecationWarning-style message at [lineno]. */
KR_HIDDEN void kri_peg_warn(KrParser *p, const char *msg, int lineno);
KR_HIDDEN void kri_peg_stack_overflow(KrParser *p);

/* Called on entry to every rule: bounds the nesting as CPython does (6000
 * rules), and the C stack itself, whose frames are much larger in
 * sanitizer builds. */
static inline int kri_peg_enter(KrParser *p)
{
    if (KR_UNLIKELY(++p->depth > KR_PEG_MAX_DEPTH ||
                    (const char *)__builtin_frame_address(0) < p->stack_limit)) {
        kri_peg_stack_overflow(p);
        p->depth--;
        return -1;
    }
    return 0;
}

/* Generated keyword table (parser.gen.c). */
KR_HIDDEN int kri_peg_keyword_type(const char *s, size_t len);
KR_HIDDEN extern const char *const kri_peg_soft_keywords[];
KR_HIDDEN KrMod *kri_peg_file_rule(KrParser *p);
KR_HIDDEN KrMod *kri_peg_eval_rule(KrParser *p);

/* ---- perr.c: raising syntax errors from the parser ----
 * Positions are a token's or node's (line, 0-based byte column) pairs;
 * these convert them to SyntaxError's character offsets using the line's
 * text, as CPython does. Each returns NULL so actions can `return` it. */
KR_HIDDEN void *kri_perr_raise(KrParser *p, KrErrorKind kind, int lineno, int col,
                               int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* At the last token read (CPython's RAISE_SYNTAX_ERROR). */
KR_HIDDEN void *kri_perr_at_last(KrParser *p, KrErrorKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* What failed on the first pass, reported after the error pass found nothing
 * more specific: unclosed brackets, indentation, or "invalid syntax". */
KR_HIDDEN void kri_perr_generic(KrParser *p, KrPegToken *last);

/* An end position meaning "where the tokenizer is now" (CPython's CURRENT_POS). */
enum { KR_CURRENT_POS = -5 };

#define KR_POS(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset
#define KR_START(n) (n)->lineno, (n)->col_offset
#define KR_END(n) (n)->end_lineno, (n)->end_col_offset

#endif
