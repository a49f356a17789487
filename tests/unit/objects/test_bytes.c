/* bytes, bytearray and memoryview without the VM: each row of the tables
 * below is an operation on literals, with the result (its repr, or
 * "Type: message" for an exception) that CPython 3.11 gives for the same
 * operation under PYTHONHASHSEED=0. Literals use a tiny syntax parsed
 * here: b'..' bytes, ba'..' bytearray, mv'..' / mvw'..' a read-only /
 * writable memoryview, '..' str, ints, floats, None, True, False, (..)
 * tuples, [..] lists, {k: v} dicts and s(a, b, c) slices. */
#include <stdlib.h>

#include "harness.h"
#include "objects/codecs.h"
#include "objects/objects.h"

static KrThread *ts;

/* ---- the literal parser ---- */

static KrObject *parse_value(const char **p);

static void skip_ws(const char **p)
{
    while (**p == ' ')
        (*p)++;
}

/* The bytes of a quoted literal at *p (after the prefix), escapes
 * decoded, into [buf]; returns the length. */
static ssize_t parse_quoted(const char **p, char *buf)
{
    char q = *(*p)++;
    ssize_t n = 0;
    while (**p && **p != q) {
        char c = *(*p)++;
        if (c == '\\') {
            c = *(*p)++;
            if (c == 'x') {
                c = (char)strtol((char[3]){(*p)[0], (*p)[1], 0}, NULL, 16);
                *p += 2;
            } else if (c == 'n') {
                c = '\n';
            } else if (c == 't') {
                c = '\t';
            } else if (c == 'r') {
                c = '\r';
            } else if (c == '0') {
                c = '\0';
            }
        }
        buf[n++] = c;
    }
    (*p)++;
    return n;
}

/* Items up to [close] into a new list. */
static KrObject *parse_items(const char **p, char close)
{
    KrObject *list = kri_list_new(ts, 0);
    skip_ws(p);
    while (**p != close) {
        CHECK(kri_list_append_steal(ts, list, parse_value(p)) == 0);
        skip_ws(p);
        if (**p == ',')
            (*p)++;
        skip_ws(p);
    }
    (*p)++;
    return list;
}

/* {k: v, ...} at *p. */
static KrObject *parse_dict(const char **p)
{
    (*p)++;
    KrObject *d = kri_dict_new(ts);
    skip_ws(p);
    while (**p != '}') {
        KrObject *k = parse_value(p);
        skip_ws(p);
        (*p)++; /* ':' */
        KrObject *v = parse_value(p);
        CHECK(kri_dict_set(ts, d, k, v) == 0);
        kr_decref(k);
        kr_decref(v);
        skip_ws(p);
        if (**p == ',')
            (*p)++;
        skip_ws(p);
    }
    (*p)++;
    return d;
}

static KrObject *parse_value(const char **p)
{
    char buf[1024];
    skip_ws(p);
    const char *s = *p;
    if (strncmp(s, "mvw'", 4) == 0 || strncmp(s, "mv'", 3) == 0 || strncmp(s, "ba'", 3) == 0) {
        bool w = s[2] == 'w';
        *p += w ? 3 : 2;
        ssize_t n = parse_quoted(p, buf);
        if (s[0] == 'b')
            return kri_bytearray_new(ts, buf, n);
        KrObject *src = w ? kri_bytearray_new(ts, buf, n) : kri_bytes_new(ts, buf, n);
        KrObject *m = kri_memoryview_new(ts, src);
        kr_decref(src);
        return m;
    }
    if (s[0] == 'b' && s[1] == '\'') {
        *p += 1;
        ssize_t n = parse_quoted(p, buf);
        return kri_bytes_new(ts, buf, n);
    }
    if (s[0] == '\'') {
        ssize_t n = parse_quoted(p, buf);
        return kri_str_from_utf8(ts, buf, n);
    }
    if (s[0] == '(' || s[0] == '[') {
        (*p)++;
        KrObject *list = parse_items(p, s[0] == '(' ? ')' : ']');
        if (s[0] == '[')
            return list;
        KrObject *t = kri_list_as_tuple(ts, list);
        kr_decref(list);
        return t;
    }
    if (s[0] == '{')
        return parse_dict(p);
    if (strncmp(s, "s(", 2) == 0) {
        *p += 2;
        KrObject *items = parse_items(p, ')');
        KrObject **it = KR_LIST_ITEMS(items);
        KrObject *sl = kri_slice_new(ts, it[0], it[1], KR_SIZE(items) > 2 ? it[2] : NULL);
        kr_decref(items);
        return sl;
    }
    static const char *const words[] = {"None", "True", "False"};
    KrObject *const objs[] = {KR_NONE, KR_TRUE, KR_FALSE};
    for (int i = 0; i < 3; i++)
        if (strncmp(s, words[i], strlen(words[i])) == 0) {
            *p += strlen(words[i]);
            return objs[i];
        }
    char *end;
    double d = strtod(s, &end);
    bool is_float = false;
    for (const char *q = s; q < end; q++)
        is_float |= *q == '.' || *q == 'e';
    if (end == s) {
        printf("cannot parse: %s\n", s);
        exit(2);
    }
    *p = end;
    if (is_float)
        return kri_float_from_double(ts, d);
    return kri_int_from_i64(ts, strtoll(s, NULL, 10));
}

/* ---- running one row ---- */

typedef struct Row {
    const char *recv, *op, *args, *expect;
} Row;

/* The result text of [r]: its repr, or "Type: message" of the error. */
static void describe(KrObject *r, char *out, size_t size)
{
    if (!r) {
        KrObject *e = kri_err_fetch(ts);
        if (!e) {
            snprintf(out, size, "(null without error)");
            return;
        }
        KrObject *s = kri_object_str(ts, e);
        snprintf(out, size, "%s: %s", kri_type_name(e->ob_type),
                 s ? kri_str_utf8(ts, s, NULL) : "?");
        kr_xdecref(s);
        kr_decref(e);
        return;
    }
    KrObject *s = kri_object_repr(ts, r);
    kr_decref(r);
    if (!s) {
        describe(NULL, out, size);
        return;
    }
    snprintf(out, size, "%s", kri_str_utf8(ts, s, NULL));
    kr_decref(s);
}

/* Calls recv.name(*args, **kwargs), args given as "a, b, key=c". */
static KrObject *call_method(KrObject *recv, const char *name, const char *text)
{
    KrObject *vals[8], *kwnames = NULL;
    const char *keys[8];
    size_t n = 0, nkw = 0;
    const char *p = text;
    skip_ws(&p);
    while (*p && n < 8) {
        const char *eq = p;
        while ((*eq >= 'a' && *eq <= 'z') || *eq == '_')
            eq++;
        keys[n] = NULL;
        if (*eq == '=' && eq > p) {
            char *k = strndup(p, (size_t)(eq - p));
            keys[n] = k;
            nkw++;
            p = eq + 1;
        }
        vals[n++] = parse_value(&p);
        skip_ws(&p);
        if (*p == ',')
            p++;
        skip_ws(&p);
    }
    if (nkw) {
        kwnames = kri_tuple_new(ts, (ssize_t)nkw);
        for (size_t i = n - nkw; i < n; i++) {
            KR_TUPLE_ITEMS(kwnames)[i - (n - nkw)] = kri_str_from_cstr(ts, keys[i]);
            free((void *)(uintptr_t)keys[i]);
        }
    }
    KrObject *r;
    if (strcmp(name, "call") == 0) {
        r = kri_call(ts, recv, vals, n - nkw, kwnames);
    } else {
        KrObject *m = kri_object_getattr_cstr(ts, recv, name);
        r = m ? kri_call(ts, m, vals, n - nkw, kwnames) : NULL;
        kr_xdecref(m);
    }
    for (size_t i = 0; i < n; i++)
        kr_decref(vals[i]);
    kr_xdecref(kwnames);
    return r;
}

static KrObject *type_named(const char *name)
{
    if (strcmp(name, "bytes") == 0)
        return KR_OBJ(&kr_bytes_type);
    if (strcmp(name, "bytearray") == 0)
        return KR_OBJ(&kr_bytearray_type);
    return KR_OBJ(&kr_memoryview_type);
}

static KrObject *binary(KrObject *a, const char *op, KrObject *b)
{
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    for (int i = 0; i < 6; i++)
        if (strcmp(op, cmp[i]) == 0)
            return kri_object_richcompare(ts, a, b, i);
    if (strcmp(op, "in") == 0) {
        int r = kri_sequence_contains(ts, a, b);
        return r < 0 ? NULL : kr_bool(r);
    }
    bool inplace = op[1] == '=';
    KrNbOp nb = op[0] == '+' ? KR_NB_ADD : op[0] == '*' ? KR_NB_MULTIPLY : KR_NB_REMAINDER;
    return inplace ? kri_number_inplace(ts, a, b, nb) : kri_number_binop(ts, a, b, nb);
}

/* Runs [row]; the result text goes to [out]. An op may end in "|name":
 * the method `name` is then called on the result. */
static void run_row(const Row *row, char *out, size_t size)
{
    char op[32], chain[32] = "";
    const char *bar = strchr(row->op, '|');
    snprintf(op, sizeof op, "%.*s", bar ? (int)(bar - row->op) : (int)strlen(row->op),
             row->op);
    if (bar)
        snprintf(chain, sizeof chain, "%s", bar + 1);
    bool is_type = strchr("bm", row->recv[0]) && strchr(row->recv, '\'') == NULL;
    const char *rp = row->recv;
    KrObject *recv = is_type ? type_named(row->recv) : parse_value(&rp);
    KrObject *r = NULL;
    if (strncmp(op, "m:", 2) == 0) {
        r = call_method(recv, op + 2, row->args);
    } else if (strcmp(op, "a:") == 0) {
        r = kri_object_getattr_cstr(ts, recv, row->args);
    } else if (strcmp(op, "[]") == 0 || strcmp(op, "[]=") == 0 || strcmp(op, "del") == 0) {
        const char *p = row->args;
        KrObject *key = parse_value(&p);
        if (strcmp(op, "[]") == 0) {
            r = kri_object_getitem(ts, recv, key);
        } else {
            KrObject *v = NULL;
            if (strcmp(op, "[]=") == 0) {
                skip_ws(&p);
                p++; /* ';' separates the key and the value */
                v = parse_value(&p);
            }
            int e = v ? kri_object_setitem(ts, recv, key, v) : kri_object_delitem(ts, recv, key);
            kr_xdecref(v);
            KrObject *shown = kr_is_type(recv, &kr_memoryview_type)
                                  ? ((KrMemoryView *)recv)->view.obj : recv;
            r = e < 0 ? NULL : KR_NEWREF(shown);
        }
        kr_decref(key);
    } else if (strcmp(op, "len") == 0) {
        ssize_t n = kri_object_len(ts, recv);
        r = n < 0 ? NULL : kri_int_from_ssize(ts, n);
    } else if (strcmp(op, "hash") == 0) {
        int64_t h = kri_object_hash(ts, recv);
        r = h == -1 ? NULL : kri_int_from_i64(ts, h);
    } else if (strcmp(op, "list") == 0) {
        r = kri_sequence_list(ts, recv);
    } else {
        const char *p = row->args;
        KrObject *b = parse_value(&p);
        r = binary(recv, op, b);
        kr_decref(b);
    }
    if (r && chain[0]) {
        KrObject *r2 = call_method(r, chain, "");
        kr_decref(r);
        r = r2;
    }
    describe(r, out, size);
    kr_decref(recv);
}

/* Generated from the same rows by running them under CPython 3.11
 * (PYTHONHASHSEED=0); each is {receiver, op, args, expected}. */
static const Row rows[] = {
    {"bytes", "m:call", "",
     "b''"},
    {"bytes", "m:call", "3",
     "b'\\x00\\x00\\x00'"},
    {"bytes", "m:call", "[1, 2, 255]",
     "b'\\x01\\x02\\xff'"},
    {"bytes", "m:call", "[300]",
     "ValueError: bytes must be in range(0, 256)"},
    {"bytes", "m:call", "['a']",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"bytes", "m:call", "-1",
     "ValueError: negative count"},
    {"bytes", "m:call", "'abc'",
     "TypeError: string argument without an encoding"},
    {"bytes", "m:call", "'abc', 'ascii'",
     "b'abc'"},
    {"bytes", "m:call", "'h\\xc3\\xa9', 'latin-1'",
     "b'h\\xe9'"},
    {"bytes", "m:call", "'abc', encoding='utf-8'",
     "b'abc'"},
    {"bytes", "m:call", "1, 'utf-8'",
     "TypeError: encoding without a string argument"},
    {"bytes", "m:call", "'a', 1",
     "TypeError: bytes() argument 'encoding' must be str, not int"},
    {"bytes", "m:call", "ba'xy'",
     "b'xy'"},
    {"bytes", "m:call", "mv'xyz'",
     "b'xyz'"},
    {"bytes", "m:call", "(1, 2)",
     "b'\\x01\\x02'"},
    {"bytes", "m:call", "None",
     "TypeError: cannot convert 'NoneType' object to bytes"},
    {"bytes", "m:call", "encoding='utf-8'",
     "TypeError: encoding without a string argument"},
    {"bytes", "m:call", "'a', x=1",
     "TypeError: 'x' is an invalid keyword argument for bytes()"},
    {"bytearray", "m:call", "",
     "bytearray(b'')"},
    {"bytearray", "m:call", "3",
     "bytearray(b'\\x00\\x00\\x00')"},
    {"bytearray", "m:call", "b'ab'",
     "bytearray(b'ab')"},
    {"bytearray", "m:call", "[65, 66]",
     "bytearray(b'AB')"},
    {"bytearray", "m:call", "[256]",
     "ValueError: byte must be in range(0, 256)"},
    {"bytearray", "m:call", "'abc'",
     "TypeError: string argument without an encoding"},
    {"bytearray", "m:call", "'abc', 'ascii'",
     "bytearray(b'abc')"},
    {"bytearray", "m:call", "1.5",
     "TypeError: cannot convert 'float' object to bytearray"},
    {"bytes", "m:fromhex", "'61 62  63'",
     "b'abc'"},
    {"bytes", "m:fromhex", "'abc'",
     "ValueError: non-hexadecimal number found in fromhex() arg at position 3"},
    {"bytes", "m:fromhex", "1",
     "TypeError: fromhex() argument must be str, not int"},
    {"bytearray", "m:fromhex", "'0102'",
     "bytearray(b'\\x01\\x02')"},
    {"bytes", "m:maketrans", "b'ab', b'xy'",
     "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`xycdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'"},
    {"bytes", "m:maketrans", "b'ab', b'x'",
     "ValueError: maketrans arguments must have same length"},
    {"b'it\\'s \"q\"'", "m:__repr__", "",
     "'b\\'it\\\\\\'s \"q\"\\''"},
    {"b'\\x00\\t\\n\\r\\x7f\\xff\\\\'", "m:__repr__", "",
     "\"b'\\\\x00\\\\t\\\\n\\\\r\\\\x7f\\\\xff\\\\\\\\'\""},
    {"ba'a\\'b'", "m:__repr__", "",
     "'bytearray(b\"a\\\\\\'b\")'"},
    {"b'abc'", "len", "",
     "3"},
    {"b'abc'", "[]", "1",
     "98"},
    {"b'abc'", "[]", "-1",
     "99"},
    {"b'abc'", "[]", "3",
     "IndexError: index out of range"},
    {"b'abc'", "[]", "'x'",
     "TypeError: byte indices must be integers or slices, not str"},
    {"b'abcdef'", "[]", "s(1, 4)",
     "b'bcd'"},
    {"b'abcdef'", "[]", "s(None, None, -2)",
     "b'fdb'"},
    {"b'abcdef'", "[]", "s(5, 0, -2)",
     "b'fdb'"},
    {"b'abc'", "list", "",
     "[97, 98, 99]"},
    {"ba'abc'", "[]", "5",
     "IndexError: bytearray index out of range"},
    {"ba'abc'", "[]", "'a'",
     "TypeError: bytearray indices must be integers or slices, not str"},
    {"ba'abcdef'", "[]", "s(None, None, 2)",
     "bytearray(b'ace')"},
    {"ba'abc'", "list", "",
     "[97, 98, 99]"},
    {"b'ab'", "+", "b'cd'",
     "b'abcd'"},
    {"b'ab'", "+", "ba'cd'",
     "b'abcd'"},
    {"b'ab'", "+", "mv'cd'",
     "b'abcd'"},
    {"b'ab'", "+", "'cd'",
     "TypeError: can't concat str to bytes"},
    {"ba'ab'", "+", "b'cd'",
     "bytearray(b'abcd')"},
    {"ba'ab'", "+", "'c'",
     "TypeError: can't concat str to bytearray"},
    {"b'ab'", "*", "3",
     "b'ababab'"},
    {"b'ab'", "*", "-1",
     "b''"},
    {"b'ab'", "*", "'x'",
     "TypeError: can't multiply sequence by non-int of type 'str'"},
    {"ba'ab'", "*", "2",
     "bytearray(b'abab')"},
    {"b'abc'", "in", "98",
     "True"},
    {"b'abc'", "in", "b'bc'",
     "True"},
    {"b'abc'", "in", "b'x'",
     "False"},
    {"b'abc'", "in", "300",
     "ValueError: byte must be in range(0, 256)"},
    {"b'abc'", "in", "'a'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"ba'abc'", "in", "b'c'",
     "True"},
    {"b'abc'", "==", "b'abc'",
     "True"},
    {"b'abc'", "<", "b'abd'",
     "True"},
    {"b'abc'", ">=", "b'ab'",
     "True"},
    {"b'abc'", "==", "ba'abc'",
     "True"},
    {"ba'abc'", "==", "b'abc'",
     "True"},
    {"ba'abc'", "<", "mv'abd'",
     "True"},
    {"ba'a'", "==", "'a'",
     "False"},
    {"b'abc'", "==", "'abc'",
     "False"},
    {"b'abc'", "hash", "",
     "-4594863902769663758"},
    {"b''", "hash", "",
     "0"},
    {"ba'a'", "hash", "",
     "TypeError: unhashable type: 'bytearray'"},
    {"ba'ab'", "+=", "b'cd'",
     "bytearray(b'abcd')"},
    {"ba'ab'", "*=", "3",
     "bytearray(b'ababab')"},
    {"ba'ab'", "+=", "'x'",
     "TypeError: can't concat str to bytearray"},
    {"b'hello world'", "m:find", "b'o'",
     "4"},
    {"b'hello world'", "m:find", "111, 5",
     "7"},
    {"b'hello world'", "m:find", "b'o', 5, 7",
     "-1"},
    {"b'hello world'", "m:rfind", "b'o'",
     "7"},
    {"b'hello world'", "m:rfind", "b'', 1, 2",
     "2"},
    {"b'hello'", "m:find", "b'', 6",
     "-1"},
    {"b'hello'", "m:find", "'l'",
     "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'hello'", "m:find", "300",
     "ValueError: byte must be in range(0, 256)"},
    {"b'hello'", "m:find", "b'l', 'x'",
     "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"b'hello'", "m:find", "",
     "TypeError: find() takes at least 1 argument (0 given)"},
    {"b'hello'", "m:find", "1, 2, 3, 4",
     "TypeError: find() takes at most 3 arguments (4 given)"},
    {"b'hello'", "m:find", "b'l', None, None",
     "2"},
    {"b'hello'", "m:index", "b'z'",
     "ValueError: subsection not found"},
    {"b'hello'", "m:rindex", "b'l'",
     "3"},
    {"b'hello'", "m:count", "b'l'",
     "2"},
    {"b'hello'", "m:count", "b''",
     "6"},
    {"b'hello'", "m:count", "b'', 6",
     "0"},
    {"b'aaaa'", "m:count", "b'aa'",
     "2"},
    {"b'hello'", "m:startswith", "b'he'",
     "True"},
    {"b'hello'", "m:startswith", "(b'x', b'h')",
     "True"},
    {"b'hello'", "m:startswith", "'h'",
     "TypeError: startswith first arg must be bytes or a tuple of bytes, not str"},
    {"b'hello'", "m:startswith", "b'', 5",
     "True"},
    {"b'hello'", "m:startswith", "b'', 6",
     "False"},
    {"b'hello'", "m:endswith", "b'llo', -5, 10",
     "True"},
    {"b'hello'", "m:endswith", "(1,)",
     "TypeError: a bytes-like object is required, not 'int'"},
    {"ba'hello'", "m:find", "b'l'",
     "2"},
    {"b'abc123'", "m:isalnum", "",
     "True"},
    {"b'abc 1'", "m:isalnum", "",
     "False"},
    {"b''", "m:isalpha", "",
     "False"},
    {"b'abc'", "m:isalpha", "",
     "True"},
    {"b'123'", "m:isdigit", "",
     "True"},
    {"b' \\t\\n'", "m:isspace", "",
     "True"},
    {"b'\\x80'", "m:isascii", "",
     "False"},
    {"b'abc'", "m:islower", "",
     "True"},
    {"b'aBc'", "m:islower", "",
     "False"},
    {"b'ABC1'", "m:isupper", "",
     "True"},
    {"b'Hello World'", "m:istitle", "",
     "True"},
    {"b'Hello world'", "m:istitle", "",
     "False"},
    {"b'hello World 3x'", "m:title", "",
     "b'Hello World 3X'"},
    {"b'hello World'", "m:capitalize", "",
     "b'Hello world'"},
    {"b'hello World'", "m:swapcase", "",
     "b'HELLO wORLD'"},
    {"b'Hello'", "m:upper", "",
     "b'HELLO'"},
    {"b'Hello'", "m:lower", "",
     "b'hello'"},
    {"ba'Hello'", "m:upper", "",
     "bytearray(b'HELLO')"},
    {"b'a'", "m:upper", "1",
     "TypeError: bytes.upper() takes no arguments (1 given)"},
    {"b'a'", "m:upper", "x=1",
     "TypeError: bytes.upper() takes no keyword arguments"},
    {"ba'a'", "m:lower", "1",
     "TypeError: bytearray.lower() takes no arguments (1 given)"},
    {"b'ab'", "m:center", "5",
     "b'  ab '"},
    {"b'abc'", "m:center", "6, b'*'",
     "b'*abc**'"},
    {"b'ab'", "m:center", "5, ba'*'",
     "b'**ab*'"},
    {"b'ab'", "m:center", "5, '*'",
     "TypeError: center() argument 2 must be a byte string of length 1, not str"},
    {"b'ab'", "m:center", "5, b'**'",
     "TypeError: center() argument 2 must be a byte string of length 1, not bytes"},
    {"b'ab'", "m:center", "",
     "TypeError: center expected at least 1 argument, got 0"},
    {"b'ab'", "m:center", "1, 2, 3",
     "TypeError: center expected at most 2 arguments, got 3"},
    {"b'ab'", "m:ljust", "4, b'-'",
     "b'ab--'"},
    {"b'ab'", "m:rjust", "4",
     "b'  ab'"},
    {"b'ab'", "m:ljust", "-1",
     "b'ab'"},
    {"b'-12'", "m:zfill", "6",
     "b'-00012'"},
    {"b'+'", "m:zfill", "3",
     "b'+00'"},
    {"b'12'", "m:zfill", "'x'",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"ba'ab'", "m:rjust", "3",
     "bytearray(b' ab')"},
    {"b'abcde'", "m:hex", "",
     "'6162636465'"},
    {"b'abcde'", "m:hex", "':', 2",
     "'61:6263:6465'"},
    {"b'abcde'", "m:hex", "':', -2",
     "'6162:6364:65'"},
    {"b'abcde'", "m:hex", "b'-'",
     "'61-62-63-64-65'"},
    {"b'abcde'", "m:hex", "sep='.', bytes_per_sep=3",
     "'6162.636465'"},
    {"b'ab'", "m:hex", "'\\xc3\\xa9'",
     "ValueError: sep must be ASCII."},
    {"b'ab'", "m:hex", "'ab'",
     "ValueError: sep must be length 1."},
    {"b'ab'", "m:hex", "None",
     "TypeError: object of type 'NoneType' has no len()"},
    {"b'ab'", "m:hex", "[1]",
     "TypeError: sep must be str or bytes."},
    {"b'ab'", "m:hex", "zz=1",
     "TypeError: 'zz' is an invalid keyword argument for hex()"},
    {"b'caf\\xc3\\xa9'", "m:decode", "",
     "'caf\303\251'"},
    {"b'caf\\xc3\\xa9'", "m:decode", "'latin-1'",
     "'caf\303\203\302\251'"},
    {"b'\\xff'", "m:decode", "",
     "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"b'\\xff'", "m:decode", "'ascii'",
     "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"},
    {"b'\\xe2\\x82'", "m:decode", "",
     "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"b'a\\xffb'", "m:decode", "'utf-8', 'replace'",
     "'a\357\277\275b'"},
    {"b'a\\xffb'", "m:decode", "errors='ignore'",
     "'ab'"},
    {"b'a'", "m:decode", "'nope'",
     "LookupError: unknown encoding: nope"},
    {"b'a'", "m:decode", "1",
     "TypeError: decode() argument 'encoding' must be str, not int"},
    {"b'a'", "m:decode", "'utf-8', 'strict', 1",
     "TypeError: decode() takes at most 2 arguments (3 given)"},
    {"ba'abc'", "m:decode", "",
     "'abc'"},
    {"b'abc'", "m:removeprefix", "b'ab'",
     "b'c'"},
    {"b'abc'", "m:removesuffix", "b'bc'",
     "b'a'"},
    {"b'abc'", "m:removesuffix", "b'x'",
     "b'abc'"},
    {"b'abc'", "m:removeprefix", "'a'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"b'abc'", "m:__getnewargs__", "",
     "(b'abc',)"},
    {"b'abc'", "m:__bytes__", "",
     "b'abc'"},
    {"ba'ab'", "m:__sizeof__", "",
     "59"},
    {"b' a  b c '", "m:split", "",
     "[b'a', b'b', b'c']"},
    {"b' a  b c '", "m:split", "None, 1",
     "[b'a', b'b c ']"},
    {"b' a  b c '", "m:rsplit", "None, 1",
     "[b' a  b', b'c']"},
    {"b'a,b,,c'", "m:split", "b','",
     "[b'a', b'b', b'', b'c']"},
    {"b'a,b,,c'", "m:split", "b',', 2",
     "[b'a', b'b', b',c']"},
    {"b'a,b,,c'", "m:rsplit", "b',', 2",
     "[b'a,b', b'', b'c']"},
    {"b'a,b'", "m:split", "b''",
     "ValueError: empty separator"},
    {"b'a,b'", "m:split", "sep=b','",
     "[b'a', b'b']"},
    {"b'a,b'", "m:split", "x=1",
     "TypeError: 'x' is an invalid keyword argument for split()"},
    {"b'a,b'", "m:split", "b',', 1, maxsplit=2",
     "TypeError: split() takes at most 2 arguments (3 given)"},
    {"b'a,b'", "m:split", "maxsplit='x'",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"b'aXXbXXXc'", "m:rsplit", "b'XX'",
     "[b'a', b'bX', b'c']"},
    {"ba'a b'", "m:split", "",
     "[bytearray(b'a'), bytearray(b'b')]"},
    {"b'a\\nb\\r\\nc\\rd\\n'", "m:splitlines", "",
     "[b'a', b'b', b'c', b'd']"},
    {"b'a\\nb\\r\\nc\\rd\\n'", "m:splitlines", "True",
     "[b'a\\n', b'b\\r\\n', b'c\\r', b'd\\n']"},
    {"b'a\\nb'", "m:splitlines", "keepends=1",
     "[b'a\\n', b'b']"},
    {"b'a-b-c'", "m:partition", "b'-'",
     "(b'a', b'-', b'b-c')"},
    {"b'a-b-c'", "m:rpartition", "b'-'",
     "(b'a-b', b'-', b'c')"},
    {"b'abc'", "m:partition", "b'-'",
     "(b'abc', b'', b'')"},
    {"b'abc'", "m:rpartition", "b'-'",
     "(b'', b'', b'abc')"},
    {"b'abc'", "m:partition", "b''",
     "ValueError: empty separator"},
    {"b'abc'", "m:partition", "'-'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"ba'a-b'", "m:partition", "b'-'",
     "(bytearray(b'a'), bytearray(b'-'), bytearray(b'b'))"},
    {"ba'abc'", "m:partition", "b'-'",
     "(bytearray(b'abc'), bytearray(b''), bytearray(b''))"},
    {"b'-'", "m:join", "[b'a', ba'b', mv'c']",
     "b'a-b-c'"},
    {"b'-'", "m:join", "[b'a', 1]",
     "TypeError: sequence item 1: expected a bytes-like object, int found"},
    {"b'-'", "m:join", "[]",
     "b''"},
    {"ba'-'", "m:join", "(b'a', b'b')",
     "bytearray(b'a-b')"},
    {"b'  ab \\n'", "m:strip", "",
     "b'ab'"},
    {"b'xxabyx'", "m:strip", "b'xy'",
     "b'ab'"},
    {"b'xxabyx'", "m:lstrip", "b'x'",
     "b'abyx'"},
    {"b'xxabyx'", "m:rstrip", "b'x'",
     "b'xxaby'"},
    {"b'ab'", "m:strip", "'a'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"b'ab'", "m:strip", "None",
     "b'ab'"},
    {"b'ab'", "m:strip", "1, 2",
     "TypeError: strip expected at most 1 argument, got 2"},
    {"b'aaa'", "m:replace", "b'a', b'bb'",
     "b'bbbbbb'"},
    {"b'aaa'", "m:replace", "b'a', b'b', 2",
     "b'bba'"},
    {"b'abc'", "m:replace", "b'', b'-'",
     "b'-a-b-c-'"},
    {"b'abc'", "m:replace", "b'', b'-', 2",
     "b'-a-bc'"},
    {"b'abc'", "m:replace", "'a', b'b'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"b'abc'", "m:replace", "b'a'",
     "TypeError: replace expected at least 2 arguments, got 1"},
    {"b'a\\tbc\\td\\n\\te'", "m:expandtabs", "",
     "b'a       bc      d\\n        e'"},
    {"b'a\\tbc\\td'", "m:expandtabs", "4",
     "b'a   bc  d'"},
    {"b'a\\tb'", "m:expandtabs", "tabsize=0",
     "b'ab'"},
    {"b'abc'", "m:translate", "None, b'b'",
     "b'ac'"},
    {"b'abc'", "m:translate", "b'x'",
     "ValueError: translation table must be 256 characters long"},
    {"b'abc'", "m:translate", "",
     "TypeError: translate() takes at least 1 positional argument (0 given)"},
    {"b'abc'", "m:translate", "zz=1",
     "TypeError: translate() takes at least 1 positional argument (0 given)"},
    {"b'abc'", "m:translate", "None, delete='a'",
     "TypeError: a bytes-like object is required, not 'str'"},
    {"ba'abc'", "m:translate", "None, b'ac'",
     "bytearray(b'b')"},
    {"b'%s|%b|%5.2s|%-4b|'", "%", "(b'x', ba'y', b'abc', b'z')",
     "b'x|y|   ab|z   |'"},
    {"b'%r %a'", "%", "('\\xc3\\xa9', b'x')",
     "b\"'\\\\xe9' b'x'\""},
    {"b'%c%c'", "%", "(65, b'B')",
     "b'AB'"},
    {"b'%+05d|% d|%-5d|%.3d|%x|%#X|%#o|%o'", "%", "(42, 42, -3, 7, 255, 255, 8, -8)",
     "b'+0042| 42|-3   |007|ff|0XFF|0o10|-10'"},
    {"b'%(a)s %(b)d'", "%", "{b'a': b'x', b'b': 2}",
     "b'x 2'"},
    {"b'%*d|%.*f'", "%", "(5, 3, 2, 3.14159)",
     "b'    3|3.14'"},
    {"b'%e|%G|%10.3f|%-+8.2f|%#g'", "%", "(10000000000.0, 1e-10, 3.14159, 2.5, 1.0)",
     "b'1.000000e+10|1E-10|     3.142|+2.50   |1.00000'"},
    {"b'%d %i %u'", "%", "(3.9, True, 5)",
     "b'3 1 5'"},
    {"b'%s'", "%", "mv'mv'",
     "b'mv'"},
    {"b'%%'", "%", "()",
     "b'%'"},
    {"b'%'", "%", "()",
     "ValueError: incomplete format"},
    {"b'%5'", "%", "1",
     "ValueError: incomplete format"},
    {"b'%y'", "%", "1",
     "ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"b'%zf|%z.1f|%zd'", "%", "(-0.0, -0.04, 0)",
     "b'0.000000|0.0|0'"},
    {"b'%z'", "%", "1",
     "ValueError: incomplete format"},
    {"b'%d'", "%", "[1]",
     "TypeError: %d format: a real number is required, not list"},
    {"b'%s'", "%", "[1]",
     "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'"},
    {"b'%s'", "%", "'x'",
     "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"},
    {"b'abc'", "%", "5",
     "TypeError: not all arguments converted during bytes formatting"},
    {"b'abc'", "%", "()",
     "b'abc'"},
    {"b'%d %d'", "%", "(1,)",
     "TypeError: not enough arguments for format string"},
    {"b'%d'", "%", "(1, 2)",
     "TypeError: not all arguments converted during bytes formatting"},
    {"b'%x'", "%", "1.5",
     "TypeError: %x format: an integer is required, not float"},
    {"b'%f'", "%", "'x'",
     "TypeError: float argument required, not str"},
    {"b'%c'", "%", "300",
     "OverflowError: %c arg not in range(256)"},
    {"b'%c'", "%", "b'ab'",
     "TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%(a)s'", "%", "1",
     "TypeError: format requires a mapping"},
    {"b'%*d'", "%", "('x', 1)",
     "TypeError: * wants int"},
    {"b'%#x|%x'", "%", "(-255, 0)",
     "b'-0xff|0'"},
    {"ba'%d-%s'", "%", "(5, b'x')",
     "bytearray(b'5-x')"},
    {"ba'abcdef'", "[]=", "0; 65",
     "bytearray(b'Abcdef')"},
    {"ba'abcdef'", "[]=", "-1; 300",
     "ValueError: byte must be in range(0, 256)"},
    {"ba'abcdef'", "[]=", "0; 'x'",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"ba'abcdef'", "[]=", "9; 1",
     "IndexError: bytearray index out of range"},
    {"ba'abcdef'", "[]=", "'x'; 1",
     "TypeError: bytearray indices must be integers or slices, not str"},
    {"ba'abcdef'", "[]=", "s(0, 2); [1, 2, 3]",
     "bytearray(b'\\x01\\x02\\x03cdef')"},
    {"ba'abcdef'", "[]=", "s(0, 2); 5",
     "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)"},
    {"ba'abcdef'", "[]=", "s(0, 2); 'xy'",
     "TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)"},
    {"ba'abcdef'", "[]=", "s(0, 2); None",
     "TypeError: cannot convert 'NoneType' object to bytearray"},
    {"ba'abcdef'", "[]=", "s(None, None, 2); b'xyz'",
     "bytearray(b'xbydzf')"},
    {"ba'abcdef'", "[]=", "s(None, None, 2); b'xy'",
     "ValueError: attempt to assign bytes of size 2 to extended slice of size 3"},
    {"ba'abcdef'", "[]=", "s(5, 2, -1); b'xyz'",
     "bytearray(b'abczyx')"},
    {"ba'abcdef'", "[]=", "s(4, 1); b'XY'",
     "bytearray(b'abcdXYef')"},
    {"ba'abcdef'", "[]=", "s(1, 5); b''",
     "bytearray(b'af')"},
    {"ba'abcdef'", "del", "1",
     "bytearray(b'acdef')"},
    {"ba'abcdef'", "del", "9",
     "IndexError: bytearray index out of range"},
    {"ba'abcdef'", "del", "s(1, 3)",
     "bytearray(b'adef')"},
    {"ba'abcdef'", "del", "s(None, None, 2)",
     "bytearray(b'bdf')"},
    {"ba'abcdef'", "del", "s(None, None, -2)",
     "bytearray(b'ace')"},
    {"ba'abcdef'", "del", "s(4, None, -3)",
     "bytearray(b'acdf')"},
    {"ba'ab'", "m:append", "67",
     "None"},
    {"ba'ab'", "m:append", "'x'",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"ba'ab'", "m:append", "256",
     "ValueError: byte must be in range(0, 256)"},
    {"ba'ab'", "m:extend", "b'cd'",
     "None"},
    {"ba'ab'", "m:extend", "[1, 2]",
     "None"},
    {"ba'ab'", "m:extend", "'ab'",
     "TypeError: 'str' object cannot be interpreted as an integer"},
    {"ba'ab'", "m:extend", "1",
     "TypeError: can't extend bytearray with int"},
    {"ba'ab'", "m:extend", "[300]",
     "ValueError: byte must be in range(0, 256)"},
    {"ba'ab'", "m:insert", "100, 65",
     "None"},
    {"ba'ab'", "m:insert", "-100, 65",
     "None"},
    {"ba'ab'", "m:insert", "1",
     "TypeError: insert expected 2 arguments, got 1"},
    {"ba'abc'", "m:pop", "",
     "99"},
    {"ba'abc'", "m:pop", "0",
     "97"},
    {"ba'abc'", "m:pop", "5",
     "IndexError: pop index out of range"},
    {"ba''", "m:pop", "",
     "IndexError: pop from empty bytearray"},
    {"ba'abc'", "m:remove", "98",
     "None"},
    {"ba'abc'", "m:remove", "120",
     "ValueError: value not found in bytearray"},
    {"ba'abc'", "m:copy", "",
     "bytearray(b'abc')"},
    {"ba'abc'", "m:reverse", "",
     "None"},
    {"ba'abc'", "m:clear", "",
     "None"},
    {"ba''", "m:__alloc__", "",
     "0"},
    {"ba'abc'", "m:__alloc__", "",
     "4"},
    {"ba'x'", "m:__reduce__", "",
     "(<class 'bytearray'>, ('x', 'latin-1'), None)"},
    {"ba'x'", "m:__reduce_ex__", "4",
     "(<class 'bytearray'>, (b'x',), None)"},
    {"ba'x'", "m:__init__", "b'zz'",
     "None"},
    {"memoryview", "m:call", "'a'",
     "TypeError: memoryview: a bytes-like object is required, not 'str'"},
    {"memoryview", "m:call|tolist", "b'ab'",
     "[97, 98]"},
    {"mv'abc'", "len", "",
     "3"},
    {"mv'abc'", "[]", "0",
     "97"},
    {"mv'abc'", "[]", "-4",
     "IndexError: index out of bounds on dimension 1"},
    {"mv'abc'", "[]", "'x'",
     "TypeError: memoryview: invalid slice key"},
    {"mv'abc'", "[]", "(1, 2)",
     "TypeError: cannot index 1-dimension view with 2-element tuple"},
    {"mv'abcdef'", "[]|tobytes", "s(None, None, 2)",
     "b'ace'"},
    {"mv'abc'", "list", "",
     "[97, 98, 99]"},
    {"mv'abcdef'", "m:tolist", "",
     "[97, 98, 99, 100, 101, 102]"},
    {"mv'abcdef'", "m:tobytes", "",
     "b'abcdef'"},
    {"mv'abcdef'", "m:hex", "':'",
     "'61:62:63:64:65:66'"},
    {"mv'abcdef'", "m:tolist", "1",
     "TypeError: memoryview.tolist() takes no arguments (1 given)"},
    {"mv'abcdef'", "a:", "readonly",
     "True"},
    {"mvw'abcdef'", "a:", "readonly",
     "False"},
    {"mv'abcdef'", "a:", "format",
     "'B'"},
    {"mv'abcdef'", "a:", "itemsize",
     "1"},
    {"mv'abcdef'", "a:", "nbytes",
     "6"},
    {"mv'abcdef'", "a:", "ndim",
     "1"},
    {"mv'abcdef'", "a:", "shape",
     "(6,)"},
    {"mv'abcdef'", "a:", "strides",
     "(1,)"},
    {"mv'abcdef'", "a:", "obj",
     "b'abcdef'"},
    {"mv'abcdef'", "a:", "c_contiguous",
     "True"},
    {"mv'abcdef'", "a:", "suboffsets",
     "()"},
    {"mv'abcdef'", "m:cast|tolist", "'h'",
     "[25185, 25699, 26213]"},
    {"mv'abcdef'", "m:cast|tolist", "'B', (2, 3)",
     "[[97, 98, 99], [100, 101, 102]]"},
    {"mv'abcdef'", "m:cast|tolist", "'c'",
     "[b'a', b'b', b'c', b'd', b'e', b'f']"},
    {"mv'abcdef'", "m:cast|tolist", "'?'",
     "[True, True, True, True, True, True]"},
    {"mv'\\xff\\x80\\x7f'", "m:cast|tolist", "'b'",
     "[-1, -128, 127]"},
    {"mv'abcdefgh'", "m:cast|tolist", "'d'",
     "[8.540883223036124e+194]"},
    {"mv'abcdefgh'", "m:cast|tolist", "'q'",
     "[7523094288207667809]"},
    {"mv'abcdefgh'", "m:cast|tolist", "'I'",
     "[1684234849, 1751606885]"},
    {"mv'abcdefgh'", "m:cast|tolist", "'b', [2, 2, 2]",
     "[[[97, 98], [99, 100]], [[101, 102], [103, 104]]]"},
    {"mv'abc'", "m:cast", "'i'",
     "TypeError: memoryview: length is not a multiple of itemsize"},
    {"mv'abcd'", "m:cast", "'x'",
     "ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'"},
    {"mv'abcd'", "m:cast", "1",
     "TypeError: cast() argument 'format' must be str, not int"},
    {"mv'abcdef'", "m:cast", "'B', [0]",
     "ValueError: memoryview.cast(): elements of shape must be integers > 0"},
    {"mv'abcdef'", "m:cast", "'B', 'x'",
     "TypeError: shape must be a list or a tuple"},
    {"mv'abcdef'", "m:cast", "'B', [7]",
     "TypeError: memoryview: product(shape) * itemsize != buffer size"},
    {"mv'abcdef'", "m:cast", "'B', [2.0, 3]",
     "TypeError: memoryview.cast(): elements of shape must be integers"},
    {"mv'abcd'", "m:cast", "'B', []",
     "TypeError: memoryview: product(shape) * itemsize != buffer size"},
    {"mv'a'", "m:cast|tolist", "'B', []",
     "97"},
    {"mv'abcdef'", "m:toreadonly|tolist", "",
     "[97, 98, 99, 100, 101, 102]"},
    {"mv'abc'", "==", "b'abc'",
     "True"},
    {"mv'abc'", "==", "mvw'abc'",
     "True"},
    {"mv'abc'", "!=", "b'abd'",
     "True"},
    {"mv'abc'", "<", "b'abd'",
     "TypeError: '<' not supported between instances of 'memoryview' and 'bytes'"},
    {"mv'abc'", "==", "'abc'",
     "False"},
    {"mv'abc'", "hash", "",
     "-4594863902769663758"},
    {"mvw'abc'", "hash", "",
     "ValueError: cannot hash writable memoryview object"},
    {"mv'abc'", "[]=", "0; 1",
     "TypeError: cannot modify read-only memory"},
    {"mvw'abc'", "[]=", "0; 65",
     "bytearray(b'Abc')"},
    {"mvw'abc'", "[]=", "0; 300",
     "ValueError: memoryview: invalid value for format 'B'"},
    {"mvw'abc'", "[]=", "0; 'x'",
     "TypeError: memoryview: invalid type for format 'B'"},
    {"mvw'abc'", "[]=", "s(0, 2); b'xy'",
     "bytearray(b'xyc')"},
    {"mvw'abc'", "[]=", "s(0, 2); b'xyz'",
     "ValueError: memoryview assignment: lvalue and rvalue have different structures"},
    {"mvw'abc'", "del", "0",
     "TypeError: cannot delete memory"},
    {"mv'abc'", "m:release", "",
     "None"},
    {"mvw'ab'", "m:__enter__|tolist", "",
     "[97, 98]"},
};

TEST(test_rows)
{
    char got[1024];
    for (size_t i = 0; i < KR_ARRAY_LEN(rows); i++) {
        run_row(&rows[i], got, sizeof got);
        if (strcmp(got, rows[i].expect) != 0) {
            printf("row %zu: %s %s (%s)\n  got:      %s\n  expected: %s\n", i, rows[i].recv,
                   rows[i].op, rows[i].args, got, rows[i].expect);
            kt_state.current_failed = 1;
        }
    }
}

/* Exports lock a bytearray's size; releasing the view unlocks it. */
TEST(test_exports)
{
    KrObject *ba = kri_bytearray_new(ts, "abc", 3);
    KrObject *m = kri_memoryview_new(ts, ba);
    KrObject *one = kri_int_small(1);
    char got[256];
    KrObject *r = call_method(ba, "append", "1");
    describe(r, got, sizeof got);
    CHECK_EQ_STR(got, "BufferError: Existing exports of data: object cannot be re-sized");
    r = call_method(m, "release", "");
    describe(r, got, sizeof got);
    CHECK_EQ_STR(got, "None");
    r = call_method(ba, "append", "1");
    describe(r, got, sizeof got);
    CHECK_EQ_STR(got, "None");
    r = kri_object_getitem(ts, m, one);
    describe(r, got, sizeof got);
    CHECK_EQ_STR(got, "ValueError: operation forbidden on released memoryview object");
    describe(kri_object_repr(ts, m), got, sizeof got);
    CHECK(strncmp(got, "'<released memory at 0x", 23) == 0);
    /* a view of a view holds the root; releasing the parent keeps it valid */
    m = (kr_decref(m), kri_memoryview_new(ts, ba));
    KrObject *m2 = kri_memoryview_new(ts, m);
    describe(call_method(m, "release", ""), got, sizeof got);
    describe(call_method(m2, "tobytes", ""), got, sizeof got);
    CHECK_EQ_STR(got, "b'abc\\x01'");
    KrBuffer view;
    CHECK(kri_bytes_like(ts, m2, &view) == 0);
    describe(call_method(m2, "release", ""), got, sizeof got);
    CHECK_EQ_STR(got, "BufferError: memoryview has 1 exported buffer");
    kri_bytes_release(&view);
    describe(call_method(m2, "release", ""), got, sizeof got);
    CHECK_EQ_STR(got, "None");
    KrObject *s = kri_str_from_cstr(ts, "x");
    CHECK(kri_bytes_like(ts, s, &view) == -1);
    describe(NULL, got, sizeof got);
    CHECK_EQ_STR(got, "TypeError: a bytes-like object is required, not 'str'");
    kr_decref(s);
    kr_decref(m2);
    kr_decref(m);
    kr_decref(ba);
}

/* Growth follows CPython's policy, so __alloc__ agrees with it. */
TEST(test_growth)
{
    KrObject *ba = kri_bytearray_new(ts, NULL, 0);
    for (int i = 0; i < 20; i++)
        kr_decref(call_method(ba, "append", "1"));
    char got[64];
    describe(call_method(ba, "__alloc__", ""), got, sizeof got);
    CHECK_EQ_STR(got, "27");
    describe(call_method(ba, "__sizeof__", ""), got, sizeof got);
    CHECK_EQ_STR(got, "83");
    kr_decref(ba);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_rows);
    RUN(test_exports);
    RUN(test_growth);
    kri_runtime_finish(ts);
    return kt_finish();
}
