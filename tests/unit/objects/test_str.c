/* The str type without the VM: every method called through attribute
 * lookup, the sequence slots, construction and the codecs, compared with
 * what CPython 3.11 gives (the expected reprs and messages were printed by
 * /usr/bin/python3.11 for the same calls). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "objects/codecs.h"
#include "objects/objects.h"

static KrThread *ts;

/* repr(o) as a C string (static buffer), consuming [o]; UTF-8 with lone
 * surrogates kept in their 3-byte form. */
static const char *repr_of(KrObject *o)
{
    static char buf[1024];
    if (!o)
        return "(null)";
    KrObject *r = kri_object_repr(ts, o);
    kr_decref(o);
    if (!r)
        return "(error)";
    KrBuf b;
    kri_buf_init(&b);
    for (ssize_t i = 0; i < kr_str_len(r); i++)
        if (kri_utf8_encode(&b, kr_str_at(r, i)) < 0)
            break;
    snprintf(buf, sizeof buf, "%s", b.data ? b.data : "");
    kri_buf_free(&b);
    kr_decref(r);
    return buf;
}

/* "Type: message" of the pending exception (Unicode errors worded from
 * their attributes). */
static const char *error_text(void)
{
    static char buf[1024];
    KrObject *e = kri_err_fetch(ts);
    if (!e)
        return "(no error)";
    KrObject *s = kri_object_str(ts, e);
    snprintf(buf, sizeof buf, "%s: %s", kri_type_name(e->ob_type),
             s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_decref(e);
    return buf;
}

static const char *result_text(KrObject *r)
{
    return r ? repr_of(r) : error_text();
}

/* "s:text" str, "i:12" int, "N" None, "L:a,b" list of str, "D" a
 * translate table {97: 'AA', 98: None, 99: 100}. */
static KrObject *make_arg(const char *spec)
{
    if (strcmp(spec, "N") == 0)
        return KR_NONE;
    if (spec[0] == 's')
        return kri_str_from_cstr(ts, spec + 2);
    if (spec[0] == 'i')
        return kri_int_from_i64(ts, strtoll(spec + 2, NULL, 10));
    if (spec[0] == 'L') {
        KrObject *list = kri_list_new(ts, 0);
        const char *p = spec + 2;
        while (*p) {
            const char *q = strchr(p, ',');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            if (kri_list_append_steal(ts, list, kri_str_from_utf8(ts, p, (ssize_t)n)) < 0)
                break;
            p += n + (q ? 1 : 0);
        }
        return list;
    }
    KrObject *d = kri_dict_new(ts);
    KrObject *aa = kri_str_from_cstr(ts, "AA");
    if (kri_dict_set(ts, d, kri_int_small('a'), aa) < 0 ||
        kri_dict_set(ts, d, kri_int_small('b'), KR_NONE) < 0 ||
        kri_dict_set(ts, d, kri_int_small('c'), kri_int_small(100)) < 0)
        kri_err_clear(ts);
    kr_decref(aa);
    return d;
}

typedef struct MethodCase {
    const char *recv, *method;
    int nargs;
    const char *args[3];
    const char *expected;
} MethodCase;

/* Printed by python3.11: repr(recv.method(*args)) or "Type: message". */
static const MethodCase method_cases[] = {
    {"abcabc", "find", 1, {"s:c"}, "2"},
    {"abcabc", "find", 2, {"s:c", "i:3"}, "5"},
    {"abcabc", "rfind", 1, {"s:ab"}, "3"},
    {"abcabc", "find", 2, {"s:", "i:7"}, "-1"},
    {"abcabc", "find", 2, {"s:", "i:6"}, "6"},
    {"abc", "find", 3, {"s:b", "N", "i:-1"}, "1"},
    {"abcabc", "index", 1, {"s:x"}, "ValueError: substring not found"},
    {"abcabc", "rindex", 3, {"s:bc", "i:0", "i:4"}, "1"},
    {"aaaa", "count", 1, {"s:aa"}, "2"},
    {"abc", "count", 1, {"s:"}, "4"},
    {"abc", "count", 2, {"s:", "i:5"}, "0"},
    {"abc", "count", 1, {"i:1"}, "TypeError: must be str, not int"},
    {"abc", "find", 0, {NULL}, "TypeError: find() takes at least 1 argument (0 given)"},
    {"abc", "find", 2, {"s:a", "s:x"}, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"hello", "startswith", 1, {"s:he"}, "True"},
    {"hello", "endswith", 3, {"s:lo", "i:0", "i:4"}, "False"},
    {"hello", "startswith", 1, {"i:1"}, "TypeError: startswith first arg must be str or a tuple of str, not int"},
    {"a,b,,c", "split", 1, {"s:,"}, "['a', 'b', '', 'c']"},
    {"  a  b c ", "split", 0, {NULL}, "['a', 'b', 'c']"},
    {"  a  b c ", "split", 2, {"N", "i:1"}, "['a', 'b c ']"},
    {"  a  b c ", "rsplit", 2, {"N", "i:1"}, "['  a  b', 'c']"},
    {"a,b,,c", "rsplit", 2, {"s:,", "i:2"}, "['a,b', '', 'c']"},
    {"abc", "split", 1, {"s:"}, "ValueError: empty separator"},
    {"abc", "split", 1, {"i:1"}, "TypeError: must be str or None, not int"},
    {"a\x0a""b\x0d""\x0a""c\x0d""d\x0b""e\xe2""\x80""\xa8""f", "splitlines", 0, {NULL}, "['a', 'b', 'c', 'd', 'e', 'f']"},
    {"a\x0a""b\x0d""\x0a""", "splitlines", 1, {"i:1"}, "['a\\n', 'b\\r\\n']"},
    {"aXbXc", "replace", 2, {"s:X", "s:--"}, "'a--b--c'"},
    {"aXbXc", "replace", 3, {"s:X", "s:", "i:1"}, "'abXc'"},
    {"abc", "replace", 2, {"s:", "s:-"}, "'-a-b-c-'"},
    {"abc", "replace", 3, {"s:", "s:-", "i:2"}, "'-a-bc'"},
    {"abc", "replace", 1, {"s:a"}, "TypeError: replace expected at least 2 arguments, got 1"},
    {"abc", "replace", 2, {"i:1", "s:a"}, "TypeError: replace() argument 1 must be str, not int"},
    {"  xx  ", "strip", 0, {NULL}, "'xx'"},
    {"xxhixx", "strip", 1, {"s:x"}, "'hi'"},
    {"xxhixx", "lstrip", 1, {"s:x"}, "'hixx'"},
    {"xxhixx", "rstrip", 1, {"s:x"}, "'xxhi'"},
    {"a", "strip", 1, {"i:1"}, "TypeError: strip arg must be None or str"},
    {"a.b.c", "partition", 1, {"s:."}, "('a', '.', 'b.c')"},
    {"a.b.c", "rpartition", 1, {"s:."}, "('a.b', '.', 'c')"},
    {"abc", "partition", 1, {"s:x"}, "('abc', '', '')"},
    {"abc", "rpartition", 1, {"s:x"}, "('', '', 'abc')"},
    {"abc", "partition", 1, {"s:"}, "ValueError: empty separator"},
    {"prefix-body", "removeprefix", 1, {"s:prefix-"}, "'body'"},
    {"body.py", "removesuffix", 1, {"s:.py"}, "'body'"},
    {"x", "removeprefix", 1, {"i:1"}, "TypeError: removeprefix() argument must be str, not int"},
    {"ab", "center", 2, {"i:7", "s:*"}, "'***ab**'"},
    {"ab", "ljust", 1, {"i:5"}, "'ab   '"},
    {"ab", "rjust", 2, {"i:5", "s:0"}, "'000ab'"},
    {"ab", "center", 2, {"i:5", "s:xy"}, "TypeError: The fill character must be exactly one character long"},
    {"ab", "center", 2, {"i:5", "i:1"}, "TypeError: The fill character must be a unicode character, not int"},
    {"-42", "zfill", 1, {"i:6"}, "'-00042'"},
    {"+x", "zfill", 1, {"i:4"}, "'+00x'"},
    {"abc", "zfill", 1, {"i:2"}, "'abc'"},
    {"a\x09""bc\x09""d\x0a""\x09""e", "expandtabs", 0, {NULL}, "'a       bc      d\\n        e'"},
    {"a\x09""b", "expandtabs", 1, {"i:4"}, "'a   b'"},
    {"hello wORLD \xc7""\x85""x \xce""\xa3""\xce""\x91""\xce""\xa3""", "lower", 0, {NULL}, "'hello world \xc7""\x86""x \xcf""\x83""\xce""\xb1""\xcf""\x82""'"},
    {"stra\xc3""\x9f""e \xef""\xac""\x81""", "upper", 0, {NULL}, "'STRASSE FI'"},
    {"Stra\xc3""\x9f""e", "casefold", 0, {NULL}, "'strasse'"},
    {"hello wORLD's 3rd", "title", 0, {NULL}, "\"Hello World'S 3Rd\""},
    {"hELLO wORLD", "capitalize", 0, {NULL}, "'Hello world'"},
    {"Hello \xce""\xa3""\xce""\x91""\xce""\xa3"" \xc3""\x9f""", "swapcase", 0, {NULL}, "'hELLO \xcf""\x83""\xce""\xb1""\xcf""\x82"" SS'"},
    {"\xce""\x91""\xce""\xa3""", "lower", 0, {NULL}, "'\xce""\xb1""\xcf""\x82""'"},
    {"\xce""\xa3""", "lower", 0, {NULL}, "'\xcf""\x83""'"},
    {"abc123", "isalnum", 0, {NULL}, "True"},
    {"abc", "isalpha", 0, {NULL}, "True"},
    {"", "isalpha", 0, {NULL}, "False"},
    {"\xc3""\xa9""", "isascii", 0, {NULL}, "False"},
    {"\xd9""\xa1""\xd9""\xa2""", "isdecimal", 0, {NULL}, "True"},
    {"\xc2""\xb2""", "isdigit", 0, {NULL}, "True"},
    {"\xc2""\xbd""", "isnumeric", 0, {NULL}, "True"},
    {"_x1", "isidentifier", 0, {NULL}, "True"},
    {"1x", "isidentifier", 0, {NULL}, "False"},
    {"abc", "islower", 0, {NULL}, "True"},
    {"ABC1", "isupper", 0, {NULL}, "True"},
    {"Hello World", "istitle", 0, {NULL}, "True"},
    {"Hello world", "istitle", 0, {NULL}, "False"},
    {"", "isprintable", 0, {NULL}, "True"},
    {"a\x0a""", "isprintable", 0, {NULL}, "False"},
    {" \x09""\xe3""\x80""\x80""", "isspace", 0, {NULL}, "True"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 0, {NULL}, "b'Gr\\xc3\\xbc\\xc3\\x9fe \\xe2\\x82\\xac'"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 2, {"s:latin-1", "s:replace"}, "b'Gr\\xfc\\xdfe ?'"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 2, {"s:ascii", "s:xmlcharrefreplace"}, "b'Gr&#252;&#223;e &#8364;'"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 2, {"s:ascii", "s:backslashreplace"}, "b'Gr\\\\xfc\\\\xdfe \\\\u20ac'"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 2, {"s:ascii", "s:namereplace"}, "b'Gr\\\\N{LATIN SMALL LETTER U WITH DIAERESIS}\\\\N{LATIN SMALL LETTER SHARP S}e \\\\N{EURO SIGN}'"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 2, {"s:ascii", "s:ignore"}, "b'Gre '"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""", "encode", 1, {"s:UTF-16"}, "b'\\xff\\xfeG\\x00r\\x00\\xfc\\x00\\xdf\\x00e\\x00 \\x00\\xac '"},
    {"Gr\xc3""\xbc""\xc3""\x9f""e \xe2""\x82""\xac""\xf0""\x9f""\x90""\x8d""", "encode", 1, {"s:utf_16_be"}, "b'\\x00G\\x00r\\x00\\xfc\\x00\\xdf\\x00e\\x00  \\xac\\xd8=\\xdc\\r'"},
    {"a\xe2""\x82""\xac""", "encode", 1, {"s:utf-32-le"}, "b'a\\x00\\x00\\x00\\xac \\x00\\x00'"},
    {"a\xe2""\x82""\xac""", "encode", 1, {"s:Windows-1252"}, "b'a\\x80'"},
    {"\xed""\xb2""\x80""x", "encode", 2, {"s:utf-8", "s:surrogateescape"}, "b'\\x80x'"},
    {"\xed""\xa0""\x80""", "encode", 2, {"s:utf-8", "s:surrogatepass"}, "b'\\xed\\xa0\\x80'"},
    {"x", "encode", 1, {"s:rot13"}, "LookupError: 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs"},
    {"x", "encode", 1, {"s:nope"}, "LookupError: unknown encoding: nope"},
    {"\xc3""\xa9""", "encode", 2, {"s:utf-8", "s:bogus"}, "b'\\xc3\\xa9'"},
    {"x", "encode", 2, {"s:utf-8", "s:bogus"}, "b'x'"},
    {"x", "encode", 1, {"i:1"}, "TypeError: encode() argument 'encoding' must be str, not int"},
    {"\xc3""\xa9""", "encode", 1, {"s:ascii"}, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
    {"\xe2""\x82""\xac""\xe2""\x82""\xac""", "encode", 1, {"s:latin-1"}, "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 0-1: ordinal not in range(256)"},
    {"\xed""\xb2""\x80""", "encode", 0, {NULL}, "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed"},
    {"-", "join", 1, {"L:a,b,c"}, "'a-b-c'"},
    {"-", "join", 1, {"L:a"}, "'a'"},
    {"abc", "translate", 1, {"D"}, "'AAd'"},
    {"abc", "__getnewargs__", 0, {NULL}, "('abc',)"},
    {"", "__sizeof__", 0, {NULL}, "49"},
    {"a", "__sizeof__", 0, {NULL}, "50"},
};

TEST(test_methods)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(method_cases); i++) {
        const MethodCase *c = &method_cases[i];
        KrObject *recv = kri_str_from_cstr(ts, c->recv);
        KrObject *name = kri_str_from_cstr(ts, c->method);
        KrObject *args[3];
        for (int k = 0; k < c->nargs; k++)
            args[k] = make_arg(c->args[k]);
        KrObject *r = kri_call_method(ts, recv, name, args, (size_t)c->nargs);
        const char *got = result_text(r);
        if (strcmp(got, c->expected) != 0)
            printf("case %zu: '%s'.%s\n", i, c->recv, c->method);
        CHECK_EQ_STR(got, c->expected);
        for (int k = 0; k < c->nargs; k++)
            kr_decref(args[k]);
        kr_decref(recv);
        kr_decref(name);
    }
}

typedef struct DecodeCase {
    const char *data;
    ssize_t len;
    const char *encoding, *errors, *expected;
} DecodeCase;

static const DecodeCase decode_cases[] = {
    {"caf\xc3""\xa9""", 5, "utf-8", NULL, "'caf\xc3""\xa9""'"},
    {"\xff""\xfe""", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"\xc3""", 1, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
    {"\xe2""\x82""", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"\xed""\xa0""\x80""", 3, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
    {"a\xe2""\x82""x", 4, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"},
    {"a\x80""", 2, "ascii", NULL, "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"},
    {"caf\xe9""", 4, "latin1", NULL, "'caf\xc3""\xa9""'"},
    {"caf\xc3""\xa9"" \xff""\xfe"" end", 12, "utf-8", "replace", "'caf\xc3""\xa9"" \xef""\xbf""\xbd""\xef""\xbf""\xbd"" end'"},
    {"caf\xc3""\xa9"" \xff""\xfe"" end", 12, "utf-8", "ignore", "'caf\xc3""\xa9""  end'"},
    {"caf\xc3""\xa9"" \xff""\xfe"" end", 12, "utf-8", "backslashreplace", "'caf\xc3""\xa9"" \\\\xff\\\\xfe end'"},
    {"caf\xc3""\xa9"" \xff""\xfe"" end", 12, "utf-8", "surrogateescape", "'caf\xc3""\xa9"" \\udcff\\udcfe end'"},
    {"\xed""\xa0""\x80""", 3, "utf-8", "surrogatepass", "'\\ud800'"},
    {"\xff""", 1, "utf-8", "namereplace", "TypeError: don't know how to handle UnicodeDecodeError in error callback"},
    {"\xff""", 1, "utf-8", "bogus", "LookupError: unknown error handler name 'bogus'"},
    {"x", 1, "utf-8", "bogus", "'x'"},
    {"abc", 3, "utf-16", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data"},
    {"\xff""\xfe""a\x00""b\x00""", 6, "utf-16", NULL, "'ab'"},
    {"\xfe""\xff""\x00""a\x00""b", 6, "UTF16", NULL, "'ab'"},
    {"ab\x00""\xd8""", 4, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data"},
    {"\x00""\xd8""\x00""\x00""", 4, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"},
    {"\x00""\xdc""", 2, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"},
    {"=\xd8""\x0d""\xdc""", 4, "utf-16-le", NULL, "'\xf0""\x9f""\x90""\x8d""'"},
    {"\x00""\x00""\x11""\x00""", 4, "utf-32-le", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
    {"\x00""\xd8""\x00""\x00""", 4, "utf-32-le", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"},
    {"ab", 2, "utf-32", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-1: truncated data"},
    {"\x00""\x00""\xfe""\xff""\x00""\x00""\x00""a", 8, "utf-32", NULL, "'a'"},
    {"\x80""\x81""\x9f""", 3, "cp1252", NULL, "UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 1: character maps to <undefined>"},
    {"\x81""", 1, "cp1252", "replace", "'\xef""\xbf""\xbd""'"},
    {"x", 1, "hex", NULL, "LookupError: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
    {"x", 1, "no-such", NULL, "LookupError: unknown encoding: no-such"},
    {"x", 1, "cp437", NULL, "NotImplementedError: the 'cp437' codec is not implemented yet"},
    {"\xe9""t\xe9""", 3, "ISO-8859-1", NULL, "'\xc3""\xa9""t\xc3""\xa9""'"},
    {"abc", 3, "us-ascii", NULL, "'abc'"},
};

TEST(test_decode)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(decode_cases); i++) {
        const DecodeCase *c = &decode_cases[i];
        KrObject *r = kri_codec_decode(ts, c->data, c->len, c->encoding, c->errors);
        const char *got = result_text(r);
        if (strcmp(got, c->expected) != 0)
            printf("decode case %zu (%s)\n", i, c->encoding);
        CHECK_EQ_STR(got, c->expected);
    }
}

/* Evaluates a small expression on str [s]: "[i]", "[a:b:c]" (empty parts
 * None), "*n", "in:x", "+x", "iter". */
static const char *seq_op(const char *s, const char *op)
{
    KrObject *o = kri_str_from_cstr(ts, s), *r = NULL;
    if (op[0] == '[' && !strchr(op, ':')) {
        KrObject *i = kri_int_from_i64(ts, strtoll(op + 1, NULL, 10));
        r = kri_object_getitem(ts, o, i);
        kr_decref(i);
    } else if (op[0] == '[') {
        KrObject *parts[3] = {KR_NONE, KR_NONE, KR_NONE};
        const char *p = op + 1;
        for (int k = 0; k < 3 && *p && *p != ']'; k++) {
            if (*p != ':' && *p != ']')
                parts[k] = kri_int_from_i64(ts, strtoll(p, (char **)&p, 10));
            if (*p == ':')
                p++;
        }
        KrObject *sl = kri_slice_new(ts, parts[0], parts[1], parts[2]);
        r = kri_object_getitem(ts, o, sl);
        kr_decref(sl);
        for (int k = 0; k < 3; k++)
            kr_decref(parts[k]);
    } else if (op[0] == '*') {
        KrObject *n = kri_int_from_str(ts, op + 1, (ssize_t)strlen(op + 1), 10, NULL);
        r = n ? kri_number_binop(ts, o, n, KR_NB_MULTIPLY) : NULL;
        kr_xdecref(n);
    } else if (strncmp(op, "in:", 3) == 0) {
        KrObject *x = op[3] == '#' ? kri_int_small(1) : kri_str_from_cstr(ts, op + 3);
        int b = kri_sequence_contains(ts, o, x);
        r = b < 0 ? NULL : kr_bool(b);
        kr_decref(x);
    } else if (op[0] == '+') {
        KrObject *x = op[1] == '#' ? kri_int_small(1) : kri_str_from_cstr(ts, op + 1);
        r = kri_number_binop(ts, o, x, KR_NB_ADD);
        kr_decref(x);
    } else {
        KrObject *it = kri_object_iter(ts, o);
        r = it ? kri_sequence_list(ts, it) : NULL;
        kr_xdecref(it);
    }
    kr_decref(o);
    return result_text(r);
}

TEST(test_sequence)
{
    static const char *const cases[][3] = {
        {"héllo", "[1]", "'é'"}, {"abc", "[-1]", "'c'"}, {"abc", "[3]", "IndexError: string index out of range"},
        {"abcdef", "[1:4]", "'bcd'"}, {"abcdef", "[::2]", "'ace'"}, {"abcdef", "[::-1]", "'fedcba'"},
        {"a€cdef", "[5:0:-2]", "'fd€'"}, {"abc", "[::0]", "ValueError: slice step cannot be zero"},
        {"ab", "*3", "'ababab'"}, {"ab", "*-1", "''"}, {"é", "*2", "'éé'"},
        {"ab", "*4611686018427387904", "OverflowError: repeated string is too long"},
        {"a", "*9223372036854775808", "OverflowError: cannot fit 'int' into an index-sized integer"},
        {"hello", "in:ell", "True"}, {"hello", "in:", "True"}, {"hello", "in:€", "False"},
        {"hello", "in:#", "TypeError: 'in <string>' requires string as left operand, not int"},
        {"a", "+#", "TypeError: can only concatenate str (not \"int\") to str"},
        {"a€", "iter", "['a', '€']"}, {"", "iter", "[]"},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++)
        CHECK_EQ_STR(seq_op(cases[i][0], cases[i][1]), cases[i][2]);
    /* a long haystack: Horspool and memmem paths, both kinds */
    KrStrWriter w;
    kri_strw_init(&w);
    for (int i = 0; i < 100000; i++)
        CHECK(kri_strw_ascii(ts, &w, "abcab", 5) == 0);
    CHECK(kri_strw_putc(ts, &w, 0x20AC) == 0);
    CHECK(kri_strw_ascii(ts, &w, "abcabd", 6) == 0);
    KrObject *hay = kri_strw_finish(ts, &w);
    KrObject *needle = kri_str_from_cstr(ts, "abcabd"), *euro = kri_str_from_cstr(ts, "\xe2\x82\xac" "a");
    KrObject *find = kri_str_from_cstr(ts, "find"), *rfind = kri_str_from_cstr(ts, "rfind");
    CHECK_EQ_STR(result_text(kri_call_method(ts, hay, find, &needle, 1)), "500001");
    CHECK_EQ_STR(result_text(kri_call_method(ts, hay, find, &euro, 1)), "500000");
    KrObject *ab = kri_str_from_cstr(ts, "cab");
    CHECK_EQ_STR(result_text(kri_call_method(ts, hay, rfind, &ab, 1)), "500003");
    CHECK_EQ_STR(result_text(kri_call_method(ts, ab, rfind, &hay, 1)), "-1");
    kr_decref(ab);
    kr_decref(find);
    kr_decref(rfind);
    kr_decref(hay);
    kr_decref(needle);
    kr_decref(euro);
}

TEST(test_construct)
{
    KrObject *type = KR_OBJ(&kr_str_type);
    KrObject *b = kri_bytes_new(ts, "caf\xe9", 4);
    KrObject *enc = kri_str_from_cstr(ts, "latin-1"), *one = kri_int_small(1);
    KrObject *args[3] = {b, enc, NULL};
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 2, NULL)), "'café'");
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 1, NULL)), "\"b'caf\\\\xe9'\"");
    args[1] = one;
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 2, NULL)),
                 "TypeError: str() argument 'encoding' must be str, not int");
    args[0] = one;
    args[1] = enc;
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 2, NULL)),
                 "TypeError: decoding to str: need a bytes-like object, int found");
    args[0] = enc;
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 2, NULL)),
                 "TypeError: decoding str is not supported");
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 0, NULL)), "''");
    KrObject *kw = kri_tuple_pack(ts, 1, KR_ID(name));
    CHECK_EQ_STR(result_text(kri_call(ts, type, args, 0, kw)),
                 "TypeError: 'name' is an invalid keyword argument for str()");
    kr_decref(kw);
    kr_decref(b);
    kr_decref(enc);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_methods);
    RUN(test_decode);
    RUN(test_sequence);
    RUN(test_construct);
    kri_runtime_finish(ts);
    return kt_finish();
}
