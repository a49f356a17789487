/* Printing an uncaught exception as CPython 3.11's default excepthook
 * does: the chain of causes and contexts, each with its traceback
 * ("Traceback (most recent call last):", one entry per frame with the
 * source line and PEP 657 markers: `~` under the operands and `^` under
 * the operator of a binary operation, `^` elsewhere), repeated entries of
 * deep recursion folded, then "Type: message" and the notes.
 * Exception groups print as nested boxes: inside a group of depth d every
 * line starts with the margin of 2*d spaces and "| ", each member gets a
 * "+---- i ----" line, at most 15 members and 10 levels are shown, and the
 * last member of the innermost group closes the box ([need_close]). */
#include <stdio.h>
#include <string.h>

#include "base/base.h"
#include "objects/exceptions_group.h"
#include "parser/parser.h"
#include "vm/frame.h"
#include "vm/vm.h"

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

typedef struct Out {
    KrThread *ts;
    KrStrWriter w;
    bool failed;
    int depth;       /* exception group nesting; 0 outside every group */
    bool need_close; /* the box of the member being printed still needs its bottom line */
    KrObject *seen;  /* list: the exceptions whose chain was printed */
} Out;

static void put(Out *o, const char *s)
{
    if (!o->failed && kri_strw_utf8(o->ts, &o->w, s, (ssize_t)strlen(s)) < 0)
        o->failed = true;
}

static void put_str(Out *o, KrObject *s)
{
    if (!o->failed && kri_strw_str(o->ts, &o->w, s) < 0)
        o->failed = true;
}

static void put_fmt(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *s = kri_str_vformat(o->ts, fmt, ap);
    va_end(ap);
    if (!s) {
        o->failed = true;
        return;
    }
    put_str(o, s);
    kr_decref(s);
}

static void put_repeat(Out *o, char c, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if (!o->failed && kri_strw_putc(o->ts, &o->w, (uint32_t)c) < 0)
            o->failed = true;
}

/* The indentation of the current group depth, then [margin]. */
static void put_indented(Out *o, const char *margin)
{
    put_repeat(o, ' ', 2 * (ssize_t)o->depth);
    put(o, margin);
}

/* What starts every line printed inside a group. */
static void put_margin(Out *o)
{
    put_indented(o, o->depth ? "| " : "");
}

/* ---- source lines ---- */

/* Line [lineno] of file [path] (UTF-8, without its end of line) in [buf];
 * false when unreadable. */
static bool read_line(const char *path, int lineno, KrBuf *buf)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    int line = 1, c;
    while (line < lineno && (c = getc(f)) != EOF)
        if (c == '\n')
            line++;
    bool ok = line == lineno;
    while (ok && (c = getc(f)) != EOF && c != '\n')
        if (c != '\r' && kri_buf_putc(buf, (char)c) < 0)
            ok = false;
    fclose(f);
    return ok && kri_buf_putc(buf, '\0') == 0;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* Code points in the first [bytes] bytes of UTF-8 text [s]. */
static ssize_t chars_in(const char *s, ssize_t bytes)
{
    ssize_t n = 0;
    for (ssize_t i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            n++;
    return n;
}

/* The anchors of CPython 3.11 for a one-line segment: the operator of a
 * binary operation, or the brackets of a subscript (byte offsets in the
 * segment). */
static bool segment_anchors(const char *seg, size_t len, int *left, int *right)
{
    KrArena arena;
    kri_arena_init(&arena);
    KrSyntaxError err;
    KrMod *mod = kri_parse_bytes(&arena, seg, len, &err, NULL);
    bool found = false;
    if (!mod) {
        kri_syntax_error_clear(&err);
    } else if (mod->v.Module.body && mod->v.Module.body->len == 1 &&
               mod->v.Module.body->items[0]->kind == KR_AST_Expr) {
        KrExpr *e = mod->v.Module.body->items[0]->v.Expr.value;
        if (e->kind == KR_AST_BinOp) {
            KrExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->end_col_offset; i < r->col_offset; i++) {
                if (is_space((unsigned char)seg[i]) || seg[i] == '\n')
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && !is_space((unsigned char)seg[i + 1]))
                    ++*right;
                found = true;
                break;
            }
        } else if (e->kind == KR_AST_Subscript) {
            *left = e->v.Subscript.value->end_col_offset;
            *right = e->v.Subscript.slice->end_col_offset + 1;
            found = true;
        }
    }
    kri_arena_free(&arena);
    return found;
}

/* The markers under the source line of one entry. */
static void put_carets(Out *o, const char *line, const KrCodePos *pos)
{
    if (pos->col < 0 || pos->end_col < 0 || pos->line < 0)
        return;
    ssize_t linelen = (ssize_t)strlen(line);
    ssize_t lead = 0;
    while (lead < linelen && is_space((unsigned char)line[lead]))
        lead++;
    ssize_t tail = linelen;
    while (tail > lead && is_space((unsigned char)line[tail - 1]))
        tail--;
    ssize_t stripped_chars = chars_in(line + lead, tail - lead);
    ssize_t lead_chars = chars_in(line, lead);
    if (pos->col > linelen)
        return;
    ssize_t start = chars_in(line, pos->col);
    ssize_t end;
    int left = 0, right = 0;
    bool anchors = false;
    if (pos->end_line == pos->line) {
        if (pos->end_col > linelen || pos->end_col < pos->col)
            return;
        end = chars_in(line, pos->end_col);
        int l, r;
        if (segment_anchors(line + pos->col, (size_t)(pos->end_col - pos->col), &l, &r)) {
            anchors = true;
            left = (int)chars_in(line + pos->col, l);
            right = (int)chars_in(line + pos->col, r);
        }
    } else {
        end = lead_chars + stripped_chars;
    }
    if (!(end - start < stripped_chars || (anchors && right - left > 0)))
        return;
    put_margin(o);
    put(o, "    ");
    put_repeat(o, ' ', start - lead_chars);
    if (anchors) {
        put_repeat(o, '~', left);
        put_repeat(o, '^', right - left);
        put_repeat(o, '~', end - start - right);
    } else {
        put_repeat(o, '^', end - start);
    }
    put(o, "\n");
}

/* ---- traceback entries ---- */

static void put_entry(Out *o, KrTraceback *tb)
{
    KrFrameObject *fo = (KrFrameObject *)tb->frame;
    KrFrame *f = fo->frame;
    if (!f || !f->code)
        return;
    KrCode *co = f->code;
    put_margin(o);
    put_fmt(o, "  File \"%U\", line %d, in %U\n", co->filename, kri_traceback_line(tb), co->name);
    const char *path = kri_str_utf8(o->ts, co->filename, NULL);
    if (!path) {
        kri_err_clear(o->ts);
        return;
    }
    KrBuf buf;
    kri_buf_init(&buf);
    if (kri_traceback_line(tb) > 0 && read_line(path, tb->lineno, &buf)) {
        const char *line = buf.data;
        size_t n = strlen(line), a = 0;
        while (a < n && (is_space((unsigned char)line[a]) || line[a] == '\r'))
            a++;
        while (n > a && (is_space((unsigned char)line[n - 1]) || line[n - 1] == '\r'))
            n--;
        if (n > a) {
            put_margin(o);
            put(o, "    ");
            if (!o->failed && kri_strw_utf8(o->ts, &o->w, line + a, (ssize_t)(n - a)) < 0)
                o->failed = true;
            put(o, "\n");
            KrCodePos pos;
            kri_code_position(co, tb->lasti / 2, &pos);
            put_carets(o, line, &pos);
        }
    }
    kri_buf_free(&buf);
}

enum { RECURSIVE_CUTOFF = 3 };

static void put_repeated(Out *o, int count)
{
    if (count > RECURSIVE_CUTOFF) {
        count -= RECURSIVE_CUTOFF;
        put_fmt(o, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
    }
}

/* The section header then every entry of [tb]. [header_margin] goes where
 * the margin would (a group at the top puts "+ " there). The note on
 * repeated lines has no margin in CPython 3.11. */
static void put_traceback(Out *o, KrTraceback *tb, const char *header_margin,
                          const char *header)
{
    put_indented(o, header_margin);
    put(o, header);
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb && !o->failed; tb = tb->next) {
        KrFrame *f = ((KrFrameObject *)tb->frame)->frame;
        KrObject *file = f && f->code ? f->code->filename : NULL;
        KrObject *name = f && f->code ? f->code->name : NULL;
        bool same = last_file && file && kri_str_eq(file, last_file) && kri_traceback_line(tb) == last_line &&
                    name && kri_str_eq(name, last_name);
        if (!same) {
            put_repeated(o, count);
            last_file = file;
            last_name = name;
            last_line = kri_traceback_line(tb);
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF)
            put_entry(o, tb);
    }
    put_repeated(o, count);
}

/* ---- the exception line ---- */

static void put_type_name(Out *o, KrType *t)
{
    KrObject *qualname = NULL, *module = NULL;
    if (kri_object_lookup_attr(o->ts, KR_OBJ(t), KR_ID(__qualname__), &qualname) < 0 ||
        kri_object_lookup_attr(o->ts, KR_OBJ(t), KR_ID(__module__), &module) < 0)
        kri_err_clear(o->ts);
    if (module && kr_str_check(module) && !kri_str_eq_cstr(module, "builtins") &&
        !kri_str_eq_cstr(module, "__main__")) {
        put_str(o, module);
        put(o, ".");
    } else if (!module || !kr_str_check(module)) {
        put(o, "<unknown>.");
    }
    if (qualname && kr_str_check(qualname))
        put_str(o, qualname);
    else
        put(o, kri_type_name(t));
    kr_xdecref(qualname);
    kr_xdecref(module);
}

static void put_syntax_error_location(Out *o, KrObject *exc)
{
    KrSyntaxErrorObj *se = (KrSyntaxErrorObj *)exc;
    if (!se->lineno || !kr_int_check(se->lineno))
        return;
    KrObject *file = se->filename && kr_str_check(se->filename) ? se->filename : NULL;
    put_margin(o); /* only this line: CPython prints the text without it */
    put_fmt(o, "  File \"%U\", line %R\n", file ? file : KR_ID(anon_string), se->lineno);
    if (!se->text || !kr_str_check(se->text))
        return;
    const char *text = kri_str_utf8(o->ts, se->text, NULL);
    if (!text) {
        kri_err_clear(o->ts);
        return;
    }
    size_t n = strlen(text), a = 0;
    while (a < n && is_space((unsigned char)text[a]))
        a++;
    while (n > a && (text[n - 1] == '\n' || text[n - 1] == '\r' || is_space((unsigned char)text[n - 1])))
        n--;
    put(o, "    ");
    if (!o->failed && kri_strw_utf8(o->ts, &o->w, text + a, (ssize_t)(n - a)) < 0)
        o->failed = true;
    put(o, "\n");
    int64_t off = 0, end = 0;
    if (!se->offset || !kri_int_to_i64(se->offset, &off) || off < 1)
        return;
    if (!se->end_offset || !kri_int_to_i64(se->end_offset, &end) || end < off ||
        (se->end_lineno && se->end_lineno != se->lineno && kri_object_richcompare_bool(o->ts, se->end_lineno, se->lineno, KR_NE) == 1))
        end = off + 1;
    int64_t col = (int64_t)chars_in(text, (ssize_t)a);
    if (off - 1 < col) /* CPython prints no caret left of the text */
        return;
    put(o, "    ");
    put_repeat(o, ' ', off - 1 - col);
    put_repeat(o, '^', end - off > 0 ? end - off : 1);
    put(o, "\n");
}

/* ---- "Did you mean" ----
 * CPython 3.11's rule: among at most 749 candidate names, the closest to
 * the missing name by an edit distance where inserting, deleting or
 * replacing a byte costs 2 and changing only its case costs 1, provided no
 * more than about a third of the characters change; the first of equally
 * close candidates wins. Names over 40 bytes (after dropping a common
 * prefix and suffix) never match. */

enum { SUGGEST_MAX_CANDIDATES = 750, SUGGEST_MAX_LEN = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t replace_cost(char a, char b)
{
    if (a == b)
        return 0;
    unsigned char la = (unsigned char)a, lb = (unsigned char)b;
    if (la >= 'A' && la <= 'Z')
        la = (unsigned char)(la - 'A' + 'a');
    if (lb >= 'A' && lb <= 'Z')
        lb = (unsigned char)(lb - 'A' + 'a');
    return la == lb ? CASE_COST : MOVE_COST;
}

/* The weighted edit distance of [a] and [b], or [limit] + 1 when it is
 * larger than [limit]. */
static size_t edit_distance(const char *a, size_t alen, const char *b, size_t blen,
                            size_t limit)
{
    while (alen && blen && a[0] == b[0])
        a++, b++, alen--, blen--;
    while (alen && blen && a[alen - 1] == b[blen - 1])
        alen--, blen--;
    if (alen == 0 || blen == 0)
        return (alen + blen) * MOVE_COST;
    if (alen > SUGGEST_MAX_LEN || blen > SUGGEST_MAX_LEN)
        return limit + 1;
    size_t row[SUGGEST_MAX_LEN + 1]; /* row[j]: cost of a[:i] against b[:j] */
    for (size_t j = 0; j <= blen; j++)
        row[j] = j * MOVE_COST;
    for (size_t i = 1; i <= alen; i++) {
        size_t diagonal = row[0];
        row[0] = i * MOVE_COST;
        for (size_t j = 1; j <= blen; j++) {
            size_t best = diagonal + replace_cost(a[i - 1], b[j - 1]);
            size_t by_move = (row[j] < row[j - 1] ? row[j] : row[j - 1]) + MOVE_COST;
            diagonal = row[j];
            row[j] = by_move < best ? by_move : best;
        }
    }
    return row[blen] > limit ? limit + 1 : row[blen];
}

/* The candidate of [names] (a list) closest to [name], borrowed, or NULL. */
static KrObject *closest_name(KrThread *ts, KrObject *names, KrObject *name)
{
    ssize_t n = KR_SIZE(names), name_len = 0;
    const char *name_s = kri_str_utf8(ts, name, &name_len);
    if (!name_s || n >= SUGGEST_MAX_CANDIDATES)
        return NULL;
    KrObject *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = KR_LIST_ITEMS(names)[i];
        ssize_t item_len = 0;
        const char *item_s = kr_str_check(item) ? kri_str_utf8(ts, item, &item_len) : NULL;
        if (!item_s)
            return NULL;
        if (item_len == name_len && memcmp(item_s, name_s, (size_t)name_len) == 0)
            continue;
        size_t limit = (size_t)(name_len + item_len + 3) * MOVE_COST / 6;
        if (best && limit > best_distance - 1)
            limit = best_distance - 1;
        size_t d = edit_distance(name_s, (size_t)name_len, item_s, (size_t)item_len, limit);
        if (d <= limit && (!best || d < best_distance)) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* The closest of the keys (a dict) or items (a tuple) of [pool], a new
 * reference, or NULL. */
static KrObject *closest_in(KrThread *ts, KrObject *pool, KrObject *name)
{
    KrObject *names = kr_dict_check(pool) ? kri_dict_keys_list(ts, pool) : kri_sequence_list(ts, pool);
    if (!names)
        return NULL;
    KrObject *best = closest_name(ts, names, name);
    kr_xincref(best);
    kr_decref(names);
    return best;
}

/* For a NameError: the locals of the innermost frame of its traceback,
 * then its globals, then its builtins. */
static KrObject *suggest_for_name(KrThread *ts, KrObject *exc)
{
    KrObject *name = ((KrNameErrorObj *)exc)->name;
    KrTraceback *tb = (KrTraceback *)((KrBaseException *)exc)->traceback;
    if (!name || !kr_is_type(name, &kr_str_type) || !tb || !kr_is_type(KR_OBJ(tb), &kr_traceback_type))
        return NULL;
    while (tb->next && kr_is_type(KR_OBJ(tb->next), &kr_traceback_type))
        tb = tb->next;
    static const char *const pools[] = {"f_code", "f_globals", "f_builtins"};
    KrObject *best = NULL;
    for (size_t i = 0; i < KR_ARRAY_LEN(pools) && !best; i++) {
        KrObject *pool = kri_object_getattr_cstr(ts, tb->frame, pools[i]);
        if (pool && i == 0) {
            KrObject *varnames = kri_object_getattr_cstr(ts, pool, "co_varnames");
            kr_decref(pool);
            pool = varnames;
        }
        if (!pool)
            return NULL;
        best = closest_in(ts, pool, name);
        kr_decref(pool);
        if (!best && kri_err_occurred(ts))
            return NULL;
    }
    return best;
}

static KrObject *suggest_for_attribute(KrThread *ts, KrObject *exc)
{
    KrAttributeErrorObj *e = (KrAttributeErrorObj *)exc;
    if (!e->name || !e->obj || !kr_is_type(e->name, &kr_str_type))
        return NULL;
    KrObject *dir = kri_call_method(ts, e->obj, KR_ID(__dir__), NULL, 0);
    KrObject *names = dir ? kri_sequence_list(ts, dir) : NULL;
    kr_xdecref(dir);
    if (!names || kri_list_sort(ts, names, NULL, false) < 0) {
        kr_xdecref(names);
        return NULL;
    }
    KrObject *best = closest_name(ts, names, e->name);
    kr_xincref(best);
    kr_decref(names);
    return best;
}

static void put_suggestion(Out *o, KrObject *exc)
{
    KrObject *best = NULL;
    if (kr_isinstance(exc, &kr_exc_AttributeError))
        best = suggest_for_attribute(o->ts, exc);
    else if (kr_isinstance(exc, &kr_exc_NameError))
        best = suggest_for_name(o->ts, exc);
    kri_err_clear(o->ts);
    if (best) {
        put_fmt(o, ". Did you mean: '%U'?", best);
        kr_decref(best);
    }
}

/* "Type: message" (no colon for an empty message), after the location of
 * a SyntaxError. A message of several lines gets no margin after its first
 * line, as in CPython. */
static void put_exception_line(Out *o, KrObject *exc)
{
    bool syntax = kr_isinstance(exc, &kr_exc_SyntaxError);
    if (syntax)
        put_syntax_error_location(o, exc);
    put_margin(o);
    put_type_name(o, exc->ob_type);
    KrObject *s = syntax ? kr_incref(((KrSyntaxErrorObj *)exc)->msg ? ((KrSyntaxErrorObj *)exc)->msg
                                                                     : KR_NONE)
                         : kri_object_str(o->ts, exc);
    if (s && syntax && !kr_str_check(s)) {
        KrObject *t = kri_object_str(o->ts, s);
        kr_decref(s);
        s = t;
    }
    if (!s) {
        kri_err_clear(o->ts);
        put(o, ": <exception str() failed>\n");
        return;
    }
    if (kr_str_len(s) > 0) {
        put(o, ": ");
        put_str(o, s);
    }
    kr_decref(s);
    put_suggestion(o, exc);
    put(o, "\n");
}

/* Length in bytes of the line break starting [s] (str.splitlines' set:
 * \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029 in UTF-8), 0 if none. */
static size_t line_break_len(const unsigned char *s, size_t left)
{
    if (s[0] == '\r')
        return left > 1 && s[1] == '\n' ? 2 : 1;
    if (s[0] == '\n' || s[0] == '\v' || s[0] == '\f' || (s[0] >= 0x1c && s[0] <= 0x1e))
        return 1;
    if (s[0] == 0xc2 && left > 1 && s[1] == 0x85)
        return 2;
    if (s[0] == 0xe2 && left > 2 && s[1] == 0x80 && (s[2] == 0xa8 || s[2] == 0xa9))
        return 3;
    return 0;
}

/* One note: each of its lines (ends kept) after the margin, then a
 * newline. */
static void put_note(Out *o, KrObject *note)
{
    KrObject *s = kri_object_str(o->ts, note);
    ssize_t len = 0;
    const char *text = s ? kri_str_utf8(o->ts, s, &len) : NULL;
    if (!text) {
        kri_err_clear(o->ts);
        put(o, "<note str() failed>\n"); /* without the margin, as CPython */
        kr_xdecref(s);
        return;
    }
    size_t start = 0, n = (size_t)len;
    for (size_t i = 0; i < n;) {
        size_t brk = line_break_len((const unsigned char *)text + i, n - i);
        i += brk ? brk : 1;
        if (brk || i == n) {
            put_margin(o);
            if (!o->failed && kri_strw_utf8(o->ts, &o->w, text + start, (ssize_t)(i - start)) < 0)
                o->failed = true;
            start = i;
        }
    }
    put(o, "\n");
    kr_decref(s);
}

/* The notes of [exc], from its __notes__ attribute. One that is not a
 * sequence prints as its repr, without a newline after it: CPython 3.11
 * does that. */
static void put_notes(Out *o, KrObject *exc)
{
    KrObject *notes = NULL;
    if (kri_object_lookup_attr(o->ts, exc, KR_ID(__notes__), &notes) <= 0) {
        kri_err_clear(o->ts);
        return;
    }
    const KrType *t = notes->ob_type;
    bool sequence = t->getitem && !kr_dict_check(notes) &&
                    (t->sq_like || kr_type_has(t, KR_TPF_HEAPTYPE));
    if (!sequence) {
        put_margin(o);
        KrObject *r = kri_object_repr(o->ts, notes);
        if (r) {
            put_str(o, r);
            kr_decref(r);
        } else {
            kri_err_clear(o->ts);
            put(o, "<__notes__ repr() failed>");
        }
        kr_decref(notes);
        return;
    }
    ssize_t n = kri_object_len(o->ts, notes);
    for (ssize_t i = 0; i < n && !o->failed; i++) {
        KrObject *note = kri_object_getitem_index(o->ts, notes, i);
        if (!note)
            break;
        put_note(o, note);
        kr_decref(note);
    }
    kri_err_clear(o->ts);
    kr_decref(notes);
}

/* One exception without its chain: traceback, message line, notes. */
static void put_exception(Out *o, KrObject *exc)
{
    KrObject *tb = ((KrBaseException *)exc)->traceback;
    if (tb && kr_is_type(tb, &kr_traceback_type)) {
        bool group = kr_exc_group_check(exc);
        const char *header_margin = group && o->depth == 1 ? "+ " : o->depth ? "| " : "";
        put_traceback(o, (KrTraceback *)tb, header_margin,
                      group ? "Exception Group Traceback (most recent call last):\n"
                            : "Traceback (most recent call last):\n");
    }
    put_exception_line(o, exc);
    put_notes(o, exc);
}

/* ---- chains and groups ---- */

static void put_recursive(Out *o, KrObject *exc);

static bool seen_before(KrObject *seen, KrObject *exc)
{
    for (ssize_t i = 0; i < KR_SIZE(seen); i++)
        if (KR_LIST_ITEMS(seen)[i] == exc)
            return true;
    return false;
}

/* [exc] with its own chain, then [message] framed by blank lines. */
static void put_chained(Out *o, KrObject *exc, const char *message)
{
    bool need_close = o->need_close;
    put_recursive(o, exc);
    o->need_close = need_close;
    put_margin(o);
    put(o, "\n");
    put_margin(o);
    put(o, message);
    put_margin(o);
    put(o, "\n");
}

/* The cause of [exc] or else (unless suppressed) its context, when not
 * printed yet. A cause already printed hides the context too. */
static void put_cause_and_context(Out *o, KrObject *exc)
{
    if (kri_list_append(o->ts, o->seen, exc) < 0) {
        o->failed = true;
        return;
    }
    KrBaseException *e = (KrBaseException *)exc;
    if (e->cause) {
        if (kr_exc_check(e->cause) && !seen_before(o->seen, e->cause))
            put_chained(o, e->cause,
                        "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->context && !e->suppress_context && kr_exc_check(e->context) &&
        !seen_before(o->seen, e->context))
        put_chained(o, e->context,
                    "During handling of the above exception, another exception occurred:\n");
}

/* Member [i] of a group of [count] members, at the group's depth. */
static void put_member(Out *o, KrObject *excs, ssize_t i, ssize_t count)
{
    bool last = i == count - 1;
    if (last)
        o->need_close = true; /* unless a nested group closes its own box */
    bool truncated = i >= MAX_GROUP_WIDTH;
    put_indented(o, i == 0 ? "+-" : "  ");
    if (truncated)
        put(o, "+---------------- ... ----------------\n");
    else
        put_fmt(o, "+---------------- %zd ----------------\n", i + 1);
    o->depth++;
    if (!truncated) {
        put_recursive(o, KR_TUPLE_ITEMS(excs)[i]);
    } else {
        ssize_t more = KR_SIZE(excs) - MAX_GROUP_WIDTH;
        put_margin(o);
        put_fmt(o, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
    }
    if (last && o->need_close) {
        put_indented(o, "+------------------------------------\n");
        o->need_close = false;
    }
    o->depth--;
}

static void put_group(Out *o, KrObject *exc)
{
    if (o->depth > MAX_GROUP_DEPTH) {
        put_margin(o);
        put_fmt(o, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool top = o->depth == 0;
    if (top)
        o->depth = 1;
    put_exception(o, exc);
    KrObject *excs = ((KrExceptionGroup *)exc)->excs;
    ssize_t count = excs && kr_tuple_check(excs) ? KR_SIZE(excs) : 0;
    if (count > MAX_GROUP_WIDTH)
        count = MAX_GROUP_WIDTH + 1;
    o->need_close = false;
    for (ssize_t i = 0; i < count && !o->failed; i++)
        put_member(o, excs, i, count);
    if (top)
        o->depth = 0;
}

static void put_recursive(Out *o, KrObject *exc)
{
    if (o->failed)
        return;
    if (kri_enter_recursive(o->ts, " in print_exception_recursive") < 0) {
        o->failed = true;
        return;
    }
    put_cause_and_context(o, exc);
    if (kr_exc_group_check(exc))
        put_group(o, exc);
    else
        put_exception(o, exc);
    kri_leave_recursive(o->ts);
}

/* Writes [text] to sys.stderr, or to file descriptor 2 without one. */
static int write_stderr(KrThread *ts, KrObject *text)
{
    KrObject *err = ts->interp->sysdict ? kri_dict_get_borrow(ts, ts->interp->sysdict, KR_ID(stderr))
                                        : NULL;
    if (err && err != KR_NONE) {
        KrObject *r = kri_call_method(ts, err, KR_ID(write), &text, 1);
        if (r) {
            kr_decref(r);
            KrObject *f = kri_call_method(ts, err, KR_ID(flush), NULL, 0);
            kr_xdecref(f);
            kri_err_clear(ts);
            return 0;
        }
        kri_err_clear(ts);
    }
    const char *s = kri_str_utf8(ts, text, NULL);
    if (!s) {
        kri_err_clear(ts);
        return -1;
    }
    fputs(s, stderr);
    fflush(stderr);
    return 0;
}

int kri_vm_print_exception(KrThread *ts, KrObject *exc)
{
    Out o = {ts, {0}, false, 0, false, NULL};
    kri_strw_init(&o.w);
    o.seen = kri_list_new(ts, 0);
    if (!o.seen)
        return -1;
    if (kr_exc_check(exc)) {
        put_recursive(&o, exc);
    } else {
        put(&o, "TypeError: print_exception(): Exception expected for value, ");
        put(&o, kri_type_name(exc->ob_type));
        put(&o, " found\n");
    }
    kr_decref(o.seen);
    if (o.failed) {
        kri_strw_discard(&o.w);
        kri_err_clear(ts);
        fputs("Error in exception printing\n", stderr);
        return -1;
    }
    KrObject *text = kri_strw_finish(ts, &o.w);
    if (!text)
        return -1;
    int r = write_stderr(ts, text);
    kr_decref(text);
    return r;
}
