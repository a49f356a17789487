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

/* The exception a failed parse raises. Columns are 1-based character offsets
 * as in SyntaxError.offset; 0 (and offset -1) where CPython has none. */
typedef enum KrErrorKind {
    KR_ERR_NONE = 0,
    KR_ERR_SYNTAX,      /* SyntaxError */
    KR_ERR_INDENTATION, /* IndentationError */
    KR_ERR_TAB,         /* TabError */
    KR_ERR_VALUE,       /* ValueError */
    KR_ERR_MEMORY,      /* MemoryError */
    KR_ERR_RECURSION,   /* RecursionError */
} KrErrorKind;

typedef struct KrSyntaxError {
    KrErrorKind kind;
    char *msg;  /* malloc'd, owned */
    char *text; /* malloc'd, owned: the offending source line, or NULL */
    int lineno, offset, end_lineno, end_offset;
} KrSyntaxError;

/* Python's name for [kind]: "SyntaxError", ... */
KR_HIDDEN const char *kri_error_kind_name(KrErrorKind kind);
KR_HIDDEN void kri_syntax_error_clear(KrSyntaxError *err);

/* ---- source.c: from source bytes to the tokenizer's text ----
 * Applies what CPython does to bytes given to compile(): reject NUL bytes,
 * honour a UTF-8 BOM and a PEP 263 coding declaration (line 1, or line 2 after
 * a comment/blank line 1), decode non-UTF-8 encodings to UTF-8, and translate
 * \r\n and \r to \n. For UTF-8 sources the bytes are passed on undecoded:
 * invalid sequences are reported later by whoever meets them (identifiers,
 * string literals), as CPython does. */
typedef struct KrSource {
    char *text;          /* malloc'd UTF-8 text, NUL-terminated, owned */
    size_t len;          /* bytes in text */
    char encoding[32];   /* normalized encoding name, e.g. "utf-8", "iso-8859-1" */
    bool declared;       /* a coding declaration or BOM named the encoding */
} KrSource;

/* Fills [out] from [len] bytes at [bytes]. On failure returns -1 with [err]
 * set (out->text is then NULL); on success 0. */
KR_HIDDEN KR_NODISCARD int kri_source_decode(const char *bytes, size_t len, KrSource *out,
                                             KrSyntaxError *err);
KR_HIDDEN void kri_source_free(KrSource *src);

/* ---- tokenizer.c: text to tokens ----
 * Token kinds are KR_TOK_* from grammar/tokens.def (tokens.gen.h). Keywords
 * come out as NAME; the parser classifies them. Positions: lines 1-based,
 * columns 0-based UTF-8 byte offsets, as CPython's AST.
 *
 * Strings: a plain or bytes literal (any prefix) is one STRING token spanning
 * prefix and quotes; the parser decodes it. An f-string (PEP 701) is
 *   FSTRING_START  (prefix and opening quote, e.g. `rf"""`)
 *   then any mix of FSTRING_MIDDLE (literal text, raw source: escapes and
 *   doubled braces `{{` `}}` are left for the parser to decode) and
 *   replacement fields: LBRACE, the expression's ordinary tokens, optionally
 *   EQUAL (the `=` of `{x=}`), EXCLAMATION NAME (conversion), COLON then the
 *   format spec as FSTRING_MIDDLE pieces and nested replacement fields, RBRACE;
 *   FSTRING_END (the closing quote).
 * Inside a replacement field newlines are insignificant (as in brackets), and
 * quotes may repeat the enclosing ones (PEP 701). */
#include "parser/tokens.gen.h"

typedef struct KrToken {
    int type;                /* KR_TOK_* */
    const char *start, *end; /* the token's text in the source (start == end for
                                DEDENT, ENDMARKER, ...) */
    int lineno, col_offset, end_lineno, end_col_offset;
} KrToken;

typedef struct KrTokenizer KrTokenizer;

/* A tokenizer over [len] bytes of [text] (from kri_source_decode: UTF-8,
 * \n newlines, NUL-terminated), which must outlive it. Returns NULL when
 * memory runs out. */
KR_HIDDEN KrTokenizer *kri_tokenizer_new(const char *text, size_t len);
KR_HIDDEN void kri_tokenizer_free(KrTokenizer *tok);
/* Reads the next token into [out]. Returns 0, or -1 with [err] filled
 * (SyntaxError, IndentationError or TabError with CPython 3.11's message and
 * position). After ENDMARKER it keeps returning ENDMARKER. */
KR_HIDDEN KR_NODISCARD int kri_tokenizer_next(KrTokenizer *tok, KrToken *out,
                                              KrSyntaxError *err);
/* The text of line [lineno] (1-based) without its newline, for error
 * reports: a pointer into the source and its length via *[len]; NULL if
 * there is no such line. */
KR_HIDDEN const char *kri_tokenizer_line(const KrTokenizer *tok, int lineno, size_t *len);
/* The innermost bracket still open after the tokens read so far: its
 * character ('(', '[' or '{'), line and 0-based byte column. Returns false
 * when no bracket is open. The parser reports "'(' was never closed" with it. */
KR_HIDDEN bool kri_tokenizer_open_bracket(const KrTokenizer *tok, char *ch, int *lineno,
                                          int *col_offset);

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

#endif
