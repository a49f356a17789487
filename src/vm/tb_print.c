/* Printing an uncaught exception as CPython 3.11's default excepthook
 * does: the chain of causes and contexts, each with its traceback
 * ("Traceback (most recent call last):", one entry per frame with the
 * source line and PEP 657 markers: `~` under the operands and `^` under
 * the operator of a binary operation, `^` elsewhere), repeated entries of
 * deep recursion folded, then "Type: message" and the notes. */
#include <stdio.h>
#include <string.h>

#include "base/base.h"
#include "parser/parser.h"
#include "vm/frame.h"
#include "vm/vm.h"

typedef struct Out {
    KrThread *ts;
    KrStrWriter w;
    bool failed;
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
    put_fmt(o, "  File \"%U\", line %d, in %U\n", co->filename, tb->lineno, co->name);
    const char *path = kri_str_utf8(o->ts, co->filename, NULL);
    if (!path) {
        kri_err_clear(o->ts);
        return;
    }
    KrBuf buf;
    kri_buf_init(&buf);
    if (tb->lineno > 0 && read_line(path, tb->lineno, &buf)) {
        const char *line = buf.data;
        size_t n = strlen(line), a = 0;
        while (a < n && (is_space((unsigned char)line[a]) || line[a] == '\r'))
            a++;
        while (n > a && (is_space((unsigned char)line[n - 1]) || line[n - 1] == '\r'))
            n--;
        if (n > a) {
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

static void put_traceback(Out *o, KrTraceback *tb)
{
    put(o, "Traceback (most recent call last):\n");
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb && !o->failed; tb = tb->next) {
        KrFrame *f = ((KrFrameObject *)tb->frame)->frame;
        KrObject *file = f && f->code ? f->code->filename : NULL;
        KrObject *name = f && f->code ? f->code->name : NULL;
        bool same = last_file && file && kri_str_eq(file, last_file) && tb->lineno == last_line &&
                    name && kri_str_eq(name, last_name);
        if (!same) {
            put_repeated(o, count);
            last_file = file;
            last_name = name;
            last_line = tb->lineno;
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
    put(o, "    ");
    put_repeat(o, ' ', off - 1 - col);
    put_repeat(o, '^', end - off > 0 ? end - off : 1);
    put(o, "\n");
}

static void put_exception_line(Out *o, KrObject *exc)
{
    bool syntax = kr_isinstance(exc, &kr_exc_SyntaxError);
    if (syntax)
        put_syntax_error_location(o, exc);
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
    } else {
        if (kr_str_len(s) > 0) {
            put(o, ": ");
            put_str(o, s);
        }
        put(o, "\n");
        kr_decref(s);
    }
    KrObject *notes = ((KrBaseException *)exc)->notes;
    if (notes && (kr_list_check(notes) || kr_tuple_check(notes))) {
        ssize_t n = KR_SIZE(notes);
        KrObject *const *items = kr_list_check(notes) ? KR_LIST_ITEMS(notes) : KR_TUPLE_ITEMS(notes);
        for (ssize_t i = 0; i < n; i++) {
            KrObject *note = kr_str_check(items[i]) ? kr_incref(items[i])
                                                    : kri_object_repr(o->ts, items[i]);
            if (!note) {
                kri_err_clear(o->ts);
                put(o, "<note str() failed>");
            } else {
                put_str(o, note);
                kr_decref(note);
            }
            put(o, "\n");
        }
    } else if (notes) {
        KrObject *r = kri_object_repr(o->ts, notes);
        if (r) {
            put_str(o, r);
            kr_decref(r);
        } else {
            kri_err_clear(o->ts);
            put(o, "<__notes__ repr() failed>");
        }
        put(o, "\n");
    }
}

/* ---- chains ---- */

static bool seen_before(KrObject *seen, ssize_t n, KrObject *exc)
{
    for (ssize_t i = 0; i < n; i++)
        if (KR_LIST_ITEMS(seen)[i] == exc)
            return true;
    return false;
}

static void put_chain(Out *o, KrObject *exc, KrObject *seen)
{
    if (kri_list_append(o->ts, seen, exc) < 0 || kri_enter_recursive(o->ts, "") < 0) {
        o->failed = true;
        return;
    }
    KrBaseException *e = (KrBaseException *)exc;
    if (e->cause && kr_type_has(e->cause->ob_type, KR_TPF_EXC_SUBCLASS) &&
        !seen_before(seen, KR_SIZE(seen), e->cause)) {
        put_chain(o, e->cause, seen);
        put(o, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e->context && !e->suppress_context &&
               kr_type_has(e->context->ob_type, KR_TPF_EXC_SUBCLASS) &&
               !seen_before(seen, KR_SIZE(seen), e->context)) {
        put_chain(o, e->context, seen);
        put(o, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    kri_leave_recursive(o->ts);
    if (e->traceback)
        put_traceback(o, (KrTraceback *)e->traceback);
    put_exception_line(o, exc);
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
    Out o = {ts, {0}, false};
    kri_strw_init(&o.w);
    KrObject *seen = kri_list_new(ts, 0);
    if (!seen)
        return -1;
    put_chain(&o, exc, seen);
    kr_decref(seen);
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
