/* The runtime under the generated parser: the token buffer filled lazily
 * from the tokenizer, keyword classification, memoization, lookahead, the
 * vectors that collect repetitions, and the two-pass driver.
 * Invariants: 0 <= mark <= fill; tokens[0..fill) are never freed or moved
 * (they live in the arena; only the pointer array grows); a rule that fails
 * restores mark. See docs/internals/parser.md. */
#include "parser/act.h"

#include <stdlib.h>
#include <string.h>

struct KrMemo {
    int rule;
    int endmark;
    void *result;
    KrMemo *next;
};

static void set_memory_error(KrParser *p, const char *msg)
{
    if (p->error)
        return;
    p->error = true;
    kri_syntax_error_clear(&p->err);
    p->err.kind = KR_ERR_MEMORY;
    p->err.msg = strdup(msg);
}

void kri_peg_no_memory(KrParser *p)
{
    set_memory_error(p, "");
}

/* CPython 3.11 raises a bare MemoryError here; the text is 3.12's. */
void kri_peg_stack_overflow(KrParser *p)
{
    set_memory_error(p, "Parser stack overflowed - Python source too complex to parse");
}

static int grow_tokens(KrParser *p)
{
    int size = p->size ? p->size * 2 : 256;
    KrPegToken **t = realloc(p->tokens, (size_t)size * sizeof *t);
    if (!t) {
        kri_peg_no_memory(p);
        return -1;
    }
    p->tokens = t;
    p->size = size;
    return 0;
}

/* Bracket depth after [type], as CPython's tokenizer counts it. */
static int next_level(int level, int type)
{
    switch (type) {
    case KR_TOK_LPAR: case KR_TOK_LSQB: case KR_TOK_LBRACE:
        return level + 1;
    case KR_TOK_RPAR: case KR_TOK_RSQB: case KR_TOK_RBRACE:
        return level > 0 ? level - 1 : 0;
    default:
        return level;
    }
}

/* Reads one more token into tokens[fill]. */
int kri_peg_fill(KrParser *p)
{
    if (p->error)
        return -1;
    if (p->fill == p->size && grow_tokens(p) < 0)
        return -1;
    KrPegToken *t = kri_arena_alloc(p->arena, sizeof *t);
    if (!t) {
        kri_peg_no_memory(p);
        return -1;
    }
    memset(t, 0, sizeof *t);
    if (kri_tokenizer_next(p->tok, &t->tok, &p->err) < 0) {
        p->error = true;
        p->tokenizer_failed = true;
        kri_act_fstring_tokenizer_error(p);
        return -1;
    }
    if (t->tok.type == KR_TOK_NAME) {
        int kw = kri_peg_keyword_type(t->tok.start, (size_t)(t->tok.end - t->tok.start));
        if (kw >= 0)
            t->tok.type = kw;
    }
    if (t->tok.type == KR_TOK_NEWLINE) { /* zero width, as CPython's */
        t->tok.end_lineno = t->tok.lineno;
        t->tok.end_col_offset = t->tok.col_offset;
    }
    p->level = next_level(p->level, t->tok.type);
    t->level = p->level;
    p->tokens[p->fill++] = t;
    return 0;
}

static inline KrPegToken *peek(KrParser *p)
{
    if (p->mark == p->fill && kri_peg_fill(p) < 0)
        return NULL;
    return p->tokens[p->mark];
}

KrToken *kri_peg_expect(KrParser *p, int type)
{
    KrPegToken *t = peek(p);
    if (!t || t->tok.type != type)
        return NULL;
    p->mark++;
    return &t->tok;
}

static bool token_is(const KrToken *t, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(t->end - t->start) == n && memcmp(t->start, word, n) == 0;
}

KrToken *kri_peg_expect_soft(KrParser *p, const char *keyword)
{
    KrPegToken *t = peek(p);
    if (!t || t->tok.type != KR_TOK_NAME || !token_is(&t->tok, keyword))
        return NULL;
    p->mark++;
    return &t->tok;
}

/* SOFT_KEYWORD in the grammar: a NAME spelling a soft keyword. CPython
 * 3.11 compares only the NAME's length of each keyword, so any prefix
 * ("m", "ca", ...) counts too; its error messages depend on that. */
KrToken *kri_peg_soft_keyword_token(KrParser *p)
{
    KrPegToken *t = peek(p);
    if (!t || t->tok.type != KR_TOK_NAME)
        return NULL;
    size_t len = (size_t)(t->tok.end - t->tok.start);
    for (const char *const *kw = kri_peg_soft_keywords; *kw; kw++) {
        if (strncmp(*kw, t->tok.start, len) == 0) {
            p->mark++;
            return &t->tok;
        }
    }
    return NULL;
}

/* `&&'x'`: the token must be there, else "expected 'x'" at the last token. */
KrToken *kri_peg_expect_forced(KrParser *p, int type, const char *spelling)
{
    if (p->error)
        return NULL;
    KrToken *t = kri_peg_expect(p, type);
    if (!t && !p->error) {
        KrToken *at = &p->tokens[p->mark]->tok; /* expect() filled it */
        kri_perr_raise(p, KR_ERR_SYNTAX, KR_POS(at), "expected '%s'", spelling);
    }
    return t;
}

void *kri_peg_forced(KrParser *p, void *result, const char *what)
{
    if (!result && !p->error)
        kri_perr_at_last(p, KR_ERR_SYNTAX, "expected %s", what);
    return result;
}

/* The Name node of a NAME token (made once per token: rules share it, and
 * kri_act_set_context copies before changing the context). Identifiers are
 * NFKC-normalized as PEP 3131 asks. */
KrExpr *kri_peg_name_token(KrParser *p)
{
    KrPegToken *t = peek(p);
    if (!t || t->tok.type != KR_TOK_NAME)
        return NULL;
    if (!t->name) {
        const char *s = t->tok.start;
        size_t len = (size_t)(t->tok.end - s);
        const char *id;
        if (kri_unicode_is_nfkc_quick(s, len)) {
            id = kri_arena_strndup(p->arena, s, len);
        } else {
            KrBuf b;
            kri_buf_init(&b);
            if (kri_unicode_nfkc(&b, s, len) < 0) {
                kri_buf_free(&b);
                kri_peg_no_memory(p);
                return NULL;
            }
            id = kri_arena_strndup(p->arena, b.data ? b.data : "", b.len);
            kri_buf_free(&b);
        }
        if (id)
            t->name = kri_ast_Name(p->arena, id, KR_AST_Load, KR_POS(&t->tok));
        if (!t->name) {
            kri_peg_no_memory(p);
            return NULL;
        }
    }
    p->mark++;
    return t->name;
}

/* Where a node built by an action ends: the last token consumed that is not
 * NEWLINE, INDENT, DEDENT or ENDMARKER (a block ends at its last statement). */
KrToken *kri_peg_last_token(KrParser *p)
{
    int i = p->mark - 1;
    while (i > 0) {
        int type = p->tokens[i]->tok.type;
        if (type != KR_TOK_ENDMARKER && type != KR_TOK_NEWLINE && type != KR_TOK_INDENT &&
            type != KR_TOK_DEDENT)
            break;
        i--;
    }
    return &p->tokens[i > 0 ? i : 0]->tok;
}

bool kri_peg_lookahead_token(KrParser *p, int positive, int type)
{
    KrPegToken *t = peek(p);
    bool ok = t && t->tok.type == type;
    return ok == (positive != 0);
}

bool kri_peg_lookahead(KrParser *p, int positive, KrPegFn fn)
{
    int mark = p->mark;
    void *res = fn(p);
    p->mark = mark;
    if (p->error)
        return false;
    return (res != NULL) == (positive != 0);
}

bool kri_peg_memo_get(KrParser *p, int rule, void **result)
{
    KrPegToken *t = peek(p);
    if (!t || !(t->memo_mask & (UINT64_C(1) << rule)))
        return false;
    for (KrMemo *m = t->memo; m; m = m->next) {
        if (m->rule == rule) {
            p->mark = m->endmark;
            *result = m->result;
            return true;
        }
    }
    return false;
}

int kri_peg_memo_put(KrParser *p, int mark, int rule, void *result, int endmark)
{
    KrPegToken *t = p->tokens[mark];
    for (KrMemo *m = t->memo; m && (t->memo_mask & (UINT64_C(1) << rule)); m = m->next) {
        if (m->rule == rule) {
            m->result = result;
            m->endmark = endmark;
            return 0;
        }
    }
    t->memo_mask |= UINT64_C(1) << rule;
    KrMemo *m = kri_arena_alloc(p->arena, sizeof *m);
    if (!m) {
        kri_peg_no_memory(p);
        return -1;
    }
    m->rule = rule;
    m->result = result;
    m->endmark = endmark;
    m->next = t->memo;
    t->memo = m;
    return 0;
}

/* The value of an alternative with several items and no action: any
 * non-NULL pointer meaning "matched". */
void *kri_peg_dummy(KrParser *p)
{
    static const char matched = 1;
    return (void *)&matched;
}

/* An action gave NULL without raising: fine unless the arena ran dry. */
void kri_peg_action_failed(KrParser *p)
{
    if (p->arena->oom)
        kri_peg_no_memory(p);
}

void kri_peg_vec_init(KrPegVec *v)
{
    v->items = v->small;
    v->len = 0;
    v->cap = (ptrdiff_t)KR_ARRAY_LEN(v->small);
}

int kri_peg_vec_push(KrParser *p, KrPegVec *v, void *item)
{
    if (v->len == v->cap) {
        ptrdiff_t cap = v->cap * 2;
        void **items = v->items == v->small ? malloc((size_t)cap * sizeof *items)
                                            : realloc(v->items, (size_t)cap * sizeof *items);
        if (!items) {
            kri_peg_no_memory(p);
            return -1;
        }
        if (v->items == v->small)
            memcpy(items, v->small, sizeof v->small);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = item;
    return 0;
}

KrSeq *kri_peg_vec_finish(KrParser *p, KrPegVec *v)
{
    KrSeq *s = kri_arena_alloc(p->arena, sizeof(KrSeq) + (size_t)v->len * sizeof(void *));
    if (!s) {
        kri_peg_vec_free(v);
        kri_peg_no_memory(p);
        return NULL;
    }
    s->len = v->len;
    memcpy(s->items, v->items, (size_t)v->len * sizeof(void *));
    kri_peg_vec_free(v);
    return s;
}

void kri_peg_vec_free(KrPegVec *v)
{
    if (v->items != v->small)
        free(v->items);
    kri_peg_vec_init(v);
}

void kri_peg_warn(KrParser *p, const char *msg, int lineno)
{
    if (p->call_invalid_rules)
        return; /* the first pass already recorded it */
    KrParseWarning *w = kri_arena_alloc(p->arena, sizeof *w);
    const char *copy = w ? kri_arena_strndup(p->arena, msg, strlen(msg)) : NULL;
    if (!copy)
        return; /* warnings are best effort; the arena flags the shortage */
    w->msg = copy;
    w->lineno = lineno;
    w->next = NULL;
    *p->warnings_tail = w;
    p->warnings_tail = &w->next;
}

/* Stack kept free below the parser's deepest frame, for the error
 * reporting and the callers above it. */
enum { STACK_MARGIN = 256 * 1024 };

/* The lowest address the parser may use on this thread's C stack (stacks
 * grow down on every platform Krait builds for). Each parse asks the system
 * (for the main thread glibc reads /proc/self/maps, tens of microseconds);
 * once KrThread exists it will keep these bounds. */
static const char *stack_limit(void)
{
    const char *floor = kri_stack_floor(STACK_MARGIN);
    if (floor)
        return floor;
    const char *here = __builtin_frame_address(0);
    return here - 64 * 1024; /* unknown: assume a small stack */
}

/* The error pass starts from scratch with the tokens already read. */
static void reset_for_error_pass(KrParser *p)
{
    for (int i = 0; i < p->fill; i++) {
        p->tokens[i]->memo = NULL;
        p->tokens[i]->memo_mask = 0;
    }
    p->mark = 0;
    p->depth = 0;
    p->call_invalid_rules = true;
}

KrMod *kri_peg_parse_file(KrArena *arena, const char *text, size_t len, bool declared,
                          KrSyntaxError *err, KrParseWarning **warnings)
{
    return kri_peg_parse(arena, text, len, declared, kri_peg_file_rule, err, warnings);
}

KrMod *kri_peg_parse(KrArena *arena, const char *text, size_t len, bool declared,
                     KrPegStart start, KrSyntaxError *err, KrParseWarning **warnings)
{
    KrParser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.declared = declared;
    p.warnings_tail = &p.warnings;
    p.stack_limit = stack_limit();
    p.tok = kri_tokenizer_new(text, len);
    if (!p.tok) {
        kri_peg_no_memory(&p);
        *err = p.err;
        return NULL;
    }
    kri_tokenizer_set_declared(p.tok, declared);
    KrMod *mod = start(&p);
    if (!mod && !p.error && p.fill > 0) {
        KrPegToken *last = p.tokens[p.fill - 1];
        reset_for_error_pass(&p);
        start(&p);
        kri_perr_generic(&p, last);
    } else if (mod && p.arena->oom) {
        kri_peg_no_memory(&p);
        mod = NULL;
    }
    if (!mod && !p.error)
        kri_perr_at_last(&p, KR_ERR_SYNTAX, "invalid syntax");
    free(p.tokens);
    kri_tokenizer_free(p.tok);
    if (mod) {
        kri_syntax_error_clear(&p.err);
        if (warnings)
            *warnings = p.warnings;
        return mod;
    }
    *err = p.err;
    return NULL;
}
