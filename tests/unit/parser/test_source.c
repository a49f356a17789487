/* Source decoding (src/parser/source.c) against CPython 3.11. Every case was
 * run through Debian's /usr/bin/python3.11 (3.11.2) as ast.parse(bytes); the
 * comment beside a case says what CPython did. For a decoding error CPython
 * raises SyntaxError(msg, ('<unknown>', 0, -1, None)): EXPECT_DECODE_ERROR
 * checks msg and that (0, -1) position. For text, CPython's AST showed the
 * decoded characters (a Constant's value, or positions/line numbers). */
#include "parser/parser.h"
#include "harness.h"

#include <stdlib.h>

#define SRC(lit) lit, sizeof(lit) - 1

static void fail_at(int line, const char *what)
{
    printf("%s:%d: %s\n", __FILE__, line, what);
    kt_state.current_failed = 1;
}

static void expect_text_at(int line, const char *src, size_t len, const char *want, size_t want_len,
                           const char *encoding, bool declared)
{
    KrSource s;
    KrSyntaxError err = {0};
    if (kri_source_decode(src, len, &s, &err) != 0) {
        printf("%s:%d: unexpected error: %s\n", __FILE__, line, err.msg ? err.msg : "(null)");
        kt_state.current_failed = 1;
        kri_syntax_error_clear(&err);
        return;
    }
    if (s.len != want_len || memcmp(s.text, want, want_len) != 0)
        fail_at(line, "decoded text differs");
    if (s.text[s.len] != '\0') fail_at(line, "text not NUL-terminated");
    if (strcmp(s.encoding, encoding) != 0) {
        printf("%s:%d: encoding \"%s\" != \"%s\"\n", __FILE__, line, s.encoding, encoding);
        kt_state.current_failed = 1;
    }
    if (s.declared != declared) fail_at(line, "declared differs");
    kri_source_free(&s);
    if (s.text != NULL) fail_at(line, "kri_source_free left text");
}

static void expect_error_at(int line, const char *src, size_t len, KrErrorKind kind, int lineno,
                            int offset, const char *msg)
{
    KrSource s;
    KrSyntaxError err = {0};
    if (kri_source_decode(src, len, &s, &err) == 0) {
        fail_at(line, "decoded, expected an error");
        kri_source_free(&s);
        return;
    }
    if (s.text != NULL) fail_at(line, "text set on error");
    if (err.kind != kind) fail_at(line, "wrong error kind");
    if (err.lineno != lineno || err.offset != offset) fail_at(line, "wrong position");
    if (err.end_lineno != KR_POS_NONE || err.end_offset != KR_POS_NONE || err.text != NULL)
        fail_at(line, "end position or text set");
    if (!err.msg || strcmp(err.msg, msg) != 0) {
        printf("%s:%d: message \"%s\"\n    expected \"%s\"\n", __FILE__, line,
               err.msg ? err.msg : "(null)", msg);
        kt_state.current_failed = 1;
    }
    kri_syntax_error_clear(&err);
}

/* [src] decodes to [want], with [enc] in KrSource.encoding and [decl] in .declared. */
#define EXPECT_TEXT(src, want, enc, decl) expect_text_at(__LINE__, SRC(src), SRC(want), enc, decl)
/* Undeclared UTF-8: the text is the translated bytes. */
#define EXPECT_PLAIN(src, want) EXPECT_TEXT(src, want, "utf-8", false)
#define EXPECT_DECODE_ERROR(src, msg) expect_error_at(__LINE__, SRC(src), KR_ERR_SYNTAX, 0, -1, msg)

TEST(newlines)
{
    /* ast.parse(b"x = 1") and b"x = 1\n" give identical positions. */
    EXPECT_PLAIN("x = 1", "x = 1\n");
    EXPECT_PLAIN("x = 1\n", "x = 1\n");
    EXPECT_PLAIN("", "\n");
    EXPECT_PLAIN("\n", "\n");
    EXPECT_PLAIN("\r", "\n");
    EXPECT_PLAIN("a\rb\r", "a\nb\n");
    EXPECT_PLAIN("a\r\nb", "a\nb\n");
    EXPECT_PLAIN("a\n\rb", "a\n\nb\n");
    /* A final \r\n gets an extra \n: b"def f():\r\n" reports its
     * IndentationError on line 2 (text '\n'), b"def f():\n" on line 1. */
    EXPECT_PLAIN("def f():\r\n", "def f():\n\n");
    EXPECT_PLAIN("def f():\r", "def f():\n");         /* error on line 1 */
    EXPECT_PLAIN("def f():\r\r\n", "def f():\n\n\n"); /* error on line 3 */
    EXPECT_PLAIN("def f():\r\r", "def f():\n\n");     /* error on line 2 */
    EXPECT_PLAIN("def f():\n\r\n", "def f():\n\n\n"); /* error on line 3 */
    /* b"\\\r\n" parses (a continuation then an empty line); b"\\\n" is
     * "unexpected EOF while parsing". */
    EXPECT_PLAIN("\\\r\n", "\\\n\n");
    EXPECT_PLAIN("\\", "\\\n");
    /* b'x = """a\rb"""' has the value 'a\nb' ending on line 2. */
    EXPECT_PLAIN("x = \"\"\"a\rb\"\"\"", "x = \"\"\"a\nb\"\"\"\n");
}

TEST(null_bytes)
{
    /* ValueError('source code string cannot contain null bytes'), before
     * anything else: also with a declaration, a bad one, or a BOM. */
    static const char *const cases[] = {"x\0", "\0", "# coding: latin-1\nx\0", "# coding: foo\n\0",
                                        "\xEF\xBB\xBF\0"};
    static const size_t lens[] = {2, 1, 20, 15, 4};
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++)
        expect_error_at(__LINE__, cases[i], lens[i], KR_ERR_VALUE, KR_POS_NONE, KR_POS_NONE,
                        "source code string cannot contain null bytes");
}

TEST(utf8_passthrough)
{
    /* Invalid UTF-8 is left for the tokenizer: b"# \xe9\n" parses (a
     * comment), b"x = \xe9\n" fails later with "(unicode error) ...". */
    EXPECT_PLAIN("# \xe9\n", "# \xe9\n");
    EXPECT_PLAIN("x = \xe9\n", "x = \xe9\n");
    EXPECT_PLAIN("x = '\xc3\xa9'\n", "x = '\xc3\xa9'\n");
    /* "utf-8" spellings that CPython normalizes are not validated either. */
    EXPECT_TEXT("# coding: utf-8\n# \xe9\n", "# coding: utf-8\n# \xe9\n", "utf-8", true);
    EXPECT_TEXT("# coding: UTF-8\n# \xe9\n", "# coding: UTF-8\n# \xe9\n", "utf-8", true);
    EXPECT_TEXT("# coding: utf_8\n# \xe9\n", "# coding: utf_8\n# \xe9\n", "utf-8", true);
    EXPECT_TEXT("# coding: utf-8-sig\n# \xe9\n", "# coding: utf-8-sig\n# \xe9\n", "utf-8", true);
    EXPECT_TEXT("# coding: utf_8_sig\n# \xe9\n", "# coding: utf_8_sig\n# \xe9\n", "utf-8", true);
    /* A line 1 declaration of utf-8 ends the search: line 2's is ignored. */
    EXPECT_TEXT("# coding: utf-8\n# coding: ascii\n#\xe9\n",
                "# coding: utf-8\n# coding: ascii\n#\xe9\n", "utf-8", true);
}

TEST(utf8_declared_other_spellings)
{
    /* "utf8", "u8", "cp65001" are not normalized, so Python's utf-8 codec
     * decodes (validates) the whole text. */
    EXPECT_DECODE_ERROR("# coding: utf8\n# \xe9\n",
                        "'utf-8' codec can't decode byte 0xe9 in position 17: "
                        "invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: u8\n# \xe9\n", "'utf-8' codec can't decode byte 0xe9 in "
                                                  "position 15: invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: utf8\nx = \"\xe9\"\n",
                        "'utf-8' codec can't decode byte 0xe9 in position 20: "
                        "invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: cp65001\nx=\"\xff\"\n",
                        "'utf-8' codec can't decode byte 0xff in position 21: invalid start byte");
    /* The invalid part is the longest valid prefix (Python's maximal subpart). */
    EXPECT_DECODE_ERROR("# coding: utf8\n\xe0\x80\n",
                        "'utf-8' codec can't decode byte 0xe0 in position 15: "
                        "invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: utf8\n\xe2\x82\n",
                        "'utf-8' codec can't decode bytes in position 15-16: "
                        "invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: utf8\n\xf0\x90\x80x\n",
                        "'utf-8' codec can't decode bytes in position 15-17: "
                        "invalid continuation byte");
    EXPECT_DECODE_ERROR("# coding: utf8\n\xed\xa0\x80\n",
                        "'utf-8' codec can't decode byte 0xed in position 15: "
                        "invalid continuation byte");
    EXPECT_TEXT("# coding: utf8\nx = '\xf0\x9f\x90\x80'\n",
                "# coding: utf8\nx = '\xf0\x9f\x90\x80'\n", "utf8", true);
}

TEST(bom)
{
    /* The BOM is dropped; b"\xef\xbb\xbfx = 1\n" has x at column 0. */
    EXPECT_TEXT("\xEF\xBB\xBFx = 1\n", "x = 1\n", "utf-8", true);
    EXPECT_TEXT("\xEF\xBB\xBF", "\n", "utf-8", true);
    EXPECT_TEXT("\xEF\xBB\xBF# coding: utf-8\nx = 1\n", "# coding: utf-8\nx = 1\n", "utf-8", true);
    EXPECT_TEXT("\xEF\xBB\xBF# coding: UTF_8\nx = 1\n", "# coding: UTF_8\nx = 1\n", "utf-8", true);
    EXPECT_TEXT("\xEF\xBB\xBF# coding: utf-8-foo\nx\n", "# coding: utf-8-foo\nx\n", "utf-8", true);
    /* Another declaration with a BOM is refused, named as normalized. */
    EXPECT_DECODE_ERROR("\xEF\xBB\xBF# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM");
    EXPECT_DECODE_ERROR("\xEF\xBB\xBF# coding: iso-8859-1\n",
                        "encoding problem: iso-8859-1 with BOM");
    EXPECT_DECODE_ERROR("\xEF\xBB\xBF# coding: utf8\n", "encoding problem: utf8 with BOM");
    EXPECT_DECODE_ERROR("\xEF\xBB\xBF\n# coding: foo\nx = 1\n", "encoding problem: foo with BOM");
    EXPECT_DECODE_ERROR("\xEF\xBB\xBF#!\xe9\n# coding: ascii\n",
                        "encoding problem: ascii with BOM");
    /* Only a leading, complete BOM counts: the rest reach the tokenizer
     * ("invalid non-printable character U+FEFF", "(unicode error) ..."). */
    EXPECT_TEXT("\xEF\xBB\xBF\xEF\xBB\xBFx\n", "\xEF\xBB\xBFx\n", "utf-8", true);
    EXPECT_PLAIN("x = 1\n\xEF\xBB\xBF", "x = 1\n\xEF\xBB\xBF\n");
    EXPECT_PLAIN("\xEF\xBBx = 1\n", "\xEF\xBBx = 1\n");
}

TEST(declaration_lines)
{
    /* Line 1, or line 2 after a comment or blank line 1; a declaration
     * with a name this test can observe: latin-1 turns \xe9 into U+00E9
     * (b"# coding: latin-1\nx = '\xe9'\n" gives Constant 'é'). */
    EXPECT_TEXT("# coding: latin-1\nx = '\xe9'\n", "# coding: latin-1\nx = '\xc3\xa9'\n",
                "iso-8859-1", true);
    EXPECT_TEXT("#!/usr/bin/python\n# -*- coding: latin-1 -*-\n'\xe9'\n",
                "#!/usr/bin/python\n# -*- coding: latin-1 -*-\n'\xc3\xa9'\n", "iso-8859-1", true);
    EXPECT_TEXT("\n# coding: latin-1\n'\xe9'\n", "\n# coding: latin-1\n'\xc3\xa9'\n", "iso-8859-1",
                true);
    EXPECT_TEXT("   \n# coding: latin-1\n'\xe9'\n", "   \n# coding: latin-1\n'\xc3\xa9'\n",
                "iso-8859-1", true);
    EXPECT_TEXT("\f\n# coding: latin-1\n'\xe9'\n", "\f\n# coding: latin-1\n'\xc3\xa9'\n",
                "iso-8859-1", true);
    EXPECT_TEXT("#coding:latin-1\r'\xe9'\r", "#coding:latin-1\n'\xc3\xa9'\n", "iso-8859-1", true);
    EXPECT_TEXT("  \t\f# coding=latin-1\n'\xe9'\n", "  \t\f# coding=latin-1\n'\xc3\xa9'\n",
                "iso-8859-1", true);
    EXPECT_TEXT("# vim: set fileencoding=latin-1 :\n'\xe9'\n",
                "# vim: set fileencoding=latin-1 :\n'\xc3\xa9'\n", "iso-8859-1", true);
    EXPECT_TEXT("# encoding: latin-1\n'\xe9'\n", "# encoding: latin-1\n'\xc3\xa9'\n", "iso-8859-1",
                true);
    EXPECT_TEXT("#coding:latin-1!\n'\xe9'\n", "#coding:latin-1!\n'\xc3\xa9'\n", "iso-8859-1", true);
    /* An empty name does not stop the search on the line... */
    EXPECT_TEXT("# coding: ;coding=latin-1\n'\xe9'\n", "# coding: ;coding=latin-1\n'\xc3\xa9'\n",
                "iso-8859-1", true);
    /* ...nor does a line 1 without a name stop line 2's. */
    EXPECT_TEXT("# coding:\n# coding: latin-1\n'\xe9'\n",
                "# coding:\n# coding: latin-1\n'\xc3\xa9'\n", "iso-8859-1", true);
    EXPECT_TEXT("# coding:\tlatin-1\n'\xe9'\n", "# coding:\tlatin-1\n'\xc3\xa9'\n", "iso-8859-1",
                true);
    /* Line 2 counts even without its newline (one is added first). */
    EXPECT_DECODE_ERROR("#!\xe9\n# coding: ascii", "'ascii' codec can't decode byte 0xe9 in "
                                                   "position 2: ordinal not in range(128)");
    EXPECT_DECODE_ERROR("#!\xe9\n  \t# coding: ascii\n",
                        "'ascii' codec can't decode byte 0xe9 "
                        "in position 2: ordinal not in range(128)");
    /* Not a declaration (undeclared UTF-8; CPython then fails on '\xe9' in
     * the tokenizer with "(unicode error) 'utf-8' codec can't decode ..."): */
    EXPECT_PLAIN("x=1\n# coding: latin-1\n'\xe9'\n", "x=1\n# coding: latin-1\n'\xe9'\n");
    EXPECT_PLAIN("#\n#\n# coding: latin-1\n'\xe9'\n", "#\n#\n# coding: latin-1\n'\xe9'\n");
    EXPECT_PLAIN("\\\n# coding: latin-1\n'\xe9'\n", "\\\n# coding: latin-1\n'\xe9'\n");
    EXPECT_PLAIN("x=1 # coding: latin-1\n'\xe9'\n", "x=1 # coding: latin-1\n'\xe9'\n");
    EXPECT_PLAIN("# coding :latin-1\n'\xe9'\n", "# coding :latin-1\n'\xe9'\n");
    EXPECT_PLAIN("# CODING: latin-1\n'\xe9'\n", "# CODING: latin-1\n'\xe9'\n");
    EXPECT_PLAIN("# coding:\flatin-1\n'\xe9'\n", "# coding:\flatin-1\n'\xe9'\n");
    EXPECT_PLAIN("#!\xe9\n\n# coding: ascii\n", "#!\xe9\n\n# coding: ascii\n");
}

TEST(encoding_names)
{
    /* The name as CPython keeps it: latin-1 spellings become iso-8859-1,
     * others stay as written (and are looked up case-blind). */
    EXPECT_TEXT("# coding: Latin_1\nx\n", "# coding: Latin_1\nx\n", "iso-8859-1", true);
    EXPECT_TEXT("# coding: iso-latin-1-x\nx\n", "# coding: iso-latin-1-x\nx\n", "iso-8859-1", true);
    EXPECT_TEXT("# coding: L1\nx\n", "# coding: L1\nx\n", "L1", true);
    EXPECT_TEXT("# coding: 8859\nx\n", "# coding: 8859\nx\n", "8859", true);
    EXPECT_TEXT("# coding: --Latin--1--\n'\xe9'\n", "# coding: --Latin--1--\n'\xc3\xa9'\n",
                "--Latin--1--", true);
    EXPECT_TEXT("# coding: ISO_8859-15\n'\xa4'\n", "# coding: ISO_8859-15\n'\xe2\x82\xac'\n",
                "ISO_8859-15", true);
    EXPECT_DECODE_ERROR("# coding: latin_9\n'\xa4'\n", "unknown encoding: latin_9");
    EXPECT_TEXT("#coding:ascii\nx=1", "#coding:ascii\nx=1\n", "ascii", true);
    EXPECT_TEXT("#coding:ascii", "#coding:ascii\n", "ascii", true);
    /* An alias with a dot, and the '.'-as-'_' retry that only aliases get. */
    EXPECT_DECODE_ERROR("# coding: ansi_x3.4_1968\n'\x81'\n", "'ascii' codec can't decode byte "
                                                              "0x81 in position 26: ordinal not in "
                                                              "range(128)");
    EXPECT_DECODE_ERROR("# coding: ansi.x3.4.1968\n'\x81'\n", "'ascii' codec can't decode byte "
                                                              "0x81 in position 26: ordinal not in "
                                                              "range(128)");
    EXPECT_DECODE_ERROR("#coding:latin.1\n'\xe9'\n", "unknown encoding: latin.1");
    EXPECT_DECODE_ERROR("# coding: utf.8\nx=1\n", "unknown encoding: utf.8");
    /* Unknown names keep their spelling in the message. */
    EXPECT_DECODE_ERROR("# coding: foo\nx = 1\n", "unknown encoding: foo");
    EXPECT_DECODE_ERROR("#coding:asciix", "unknown encoding: asciix");
    EXPECT_DECODE_ERROR("# coding: utf8-sig\n# \xe9\n", "unknown encoding: utf8-sig");
    EXPECT_DECODE_ERROR("#coding=foo\n#coding=latin-1\n", "unknown encoding: foo");
    EXPECT_DECODE_ERROR("# coding: mbcs\nx=1\n", "unknown encoding: mbcs"); /* Windows only */
    EXPECT_DECODE_ERROR("# coding: dbcs\nx=1\n", "unknown encoding: dbcs"); /* alias of mbcs */
    EXPECT_DECODE_ERROR("# coding: oem\nx=1\n", "unknown encoding: oem");
    EXPECT_DECODE_ERROR("# coding: aliases\nx=1\n", "unknown encoding: aliases");
    EXPECT_DECODE_ERROR("# coding: __init__\nx=1\n", "unknown encoding: __init__");
    /* Codecs that are not text encodings, and "undefined". */
    EXPECT_DECODE_ERROR("# coding: hex\nx=1\n", "'hex' is not a text encoding; use "
                                                "codecs.decode() to handle arbitrary codecs");
    EXPECT_DECODE_ERROR("# coding: HEX\nx=1\n", "'HEX' is not a text encoding; use "
                                                "codecs.decode() to handle arbitrary codecs");
    EXPECT_DECODE_ERROR("# coding: rot-13\nx=1\n", "'rot-13' is not a text encoding; use "
                                                   "codecs.decode() to handle arbitrary codecs");
    EXPECT_DECODE_ERROR("# coding: zlib\nx=1\n", "'zlib' is not a text encoding; use "
                                                 "codecs.decode() to handle arbitrary codecs");
    EXPECT_DECODE_ERROR("# coding: UNDEFINED\nx=1\n", "decoding with 'UNDEFINED' codec failed "
                                                      "(UnicodeError: undefined encoding)");
}

TEST(ascii_latin1_charmap)
{
    /* Positions count in the translated text (\r\n already one byte). */
    EXPECT_DECODE_ERROR("# coding: ascii\nx=\"\xf6\"\n",
                        "'ascii' codec can't decode byte 0xf6 "
                        "in position 19: ordinal not in range(128)");
    EXPECT_DECODE_ERROR("#coding:ascii\r\n\r\n\r\n\r\nx = \"\xe9\"\r\n",
                        "'ascii' codec can't decode byte 0xe9 in position 22: ordinal not in "
                        "range(128)");
    /* b"# coding: charmap\nx='\xe9'" gives 'é': charmap without a table is latin-1. */
    EXPECT_TEXT("# coding: charmap\nx='\xe9'\n", "# coding: charmap\nx='\xc3\xa9'\n", "charmap",
                true);
    /* Constant 'аб', '€'. */
    EXPECT_TEXT("# coding: koi8_r\nx = '\xc1\xc2'\n", "# coding: koi8_r\nx = '\xd0\xb0\xd0\xb1'\n",
                "koi8_r", true);
    EXPECT_TEXT("# coding: cp1252\nx = '\x80'\n", "# coding: cp1252\nx = '\xe2\x82\xac'\n",
                "cp1252", true);
    EXPECT_TEXT("# coding: windows-1252\nx = '\x80'\n",
                "# coding: windows-1252\nx = '\xe2\x82\xac'\n", "windows-1252", true);
    EXPECT_DECODE_ERROR("# coding: cp1252\nx = \"\x81\"\n", "'charmap' codec can't decode byte "
                                                            "0x81 in position 22: character maps "
                                                            "to <undefined>");
    EXPECT_DECODE_ERROR("# coding: iso8859_3\n\xa5\n", "'charmap' codec can't decode byte 0xa5 "
                                                       "in position 20: character maps to "
                                                       "<undefined>");
    /* EBCDIC decodes the cookie line to other characters too: CPython
     * reports "invalid non-printable character U+0083" at 1:1. */
    EXPECT_TEXT("# coding: cp037\nx\n",
                "\xc2\x83\xc2\x80\xc3\x84?\xc3\x80\xc3\x91>\xc3\x85\xc2\x9a\xc2\x80\xc3\x84"
                "\xc3\xb8\xc2\x90\xc2\x93\x04\xc2\x8e\xc3\x8c\xc2\x8e",
                "cp037", true);
    /* The newline pass comes first, so the text may end without a newline
     * (CPython's error line above has none) and may hold a decoded \r:
     * b"# coding: latin-1\nx = 1 \x85 y" gives "invalid non-printable
     * character U+0085", and unicode_escape's \x0d one for U+000D. */
    EXPECT_TEXT("# coding: cp037\r\n",
                "\xc2\x83\xc2\x80\xc3\x84?\xc3\x80\xc3\x91>\xc3\x85\xc2\x9a"
                "\xc2\x80\xc3\x84\xc3\xb8\xc2\x90\xc2\x93\x04\xc2\x8e\xc2\x8e",
                "cp037", true);
    EXPECT_TEXT("# coding: unicode_escape\nx = 1 \\x0d y\n",
                "# coding: unicode_escape\nx = 1 \r y\n", "unicode_escape", true);
}

TEST(utf16_utf32)
{
    /* The cookie line is decoded too, so these all fail; as CPython. */
    EXPECT_DECODE_ERROR("# coding: utf-16\nx=1\n", "'utf-16-le' codec can't decode byte 0x0a in "
                                                   "position 20: truncated data");
    EXPECT_DECODE_ERROR("# coding: utf-16\n", "'utf-16-le' codec can't decode byte 0x0a in "
                                              "position 16: truncated data");
    /* An even length decodes; CPython's tokenizer then rejects U+2320. */
    EXPECT_TEXT("# coding: utf-16-be\n",
                "\xe2\x8c\xa0\xe6\x8d\xaf\xe6\x91\xa9\xe6\xb9\xa7\xe3\xa8"
                "\xa0\xe7\x95\xb4\xe6\x98\xad\xe3\x84\xb6\xe2\xb5\xa2\xe6\x94\x8a",
                "utf-16-be", true);
    EXPECT_DECODE_ERROR("# coding: utf-32\nx=1\n", "'utf-32-le' codec can't decode bytes in "
                                                   "position 0-3: code point not in "
                                                   "range(0x110000)");
    EXPECT_DECODE_ERROR("# coding: utf-32\nx", "'utf-32-le' codec can't decode bytes in position "
                                               "0-3: code point not in range(0x110000)");
}

TEST(utf7)
{
    /* Constant 'é' (end_col_offset 8: columns count decoded UTF-8 bytes). */
    EXPECT_TEXT("# coding: utf-7\nx = '+AOk-'\n", "# coding: utf-7\nx = '\xc3\xa9'\n", "utf-7",
                true);
    EXPECT_TEXT("# coding: utf-7\nx = '+AOk'\n", "# coding: utf-7\nx = '\xc3\xa9'\n", "utf-7",
                true);
    EXPECT_TEXT("# coding: utf-7\nx = '+2D3cAA-'\n", "# coding: utf-7\nx = '\xf0\x9f\x90\x80'\n",
                "utf-7", true);
    EXPECT_TEXT("# coding: utf-7\nx=1\n", "# coding: utf-7\nx=1\n", "utf-7", true);
    EXPECT_DECODE_ERROR("# coding: utf-7\nx=\"+AO\"\n", "'utf7' codec can't decode bytes in "
                                                        "position 19-22: partial character in "
                                                        "shift sequence");
    EXPECT_DECODE_ERROR("# coding: utf-7\nx=\"\xe9\"\n", "'utf7' codec can't decode byte 0xe9 in "
                                                         "position 19: unexpected special "
                                                         "character");
    /* A lone surrogate decodes, then fails to encode as UTF-8. */
    EXPECT_DECODE_ERROR("# coding: utf-7\nx = '+2D0-'\n", "'utf-8' codec can't encode character "
                                                          "'\\ud83d' in position 21: surrogates "
                                                          "not allowed");
}

TEST(escape_codecs)
{
    /* The text holds \N{...} literally; CPython's value is then 'é'. */
    EXPECT_TEXT("# coding: unicode_escape\nx = '\\\\N{LATIN SMALL LETTER E WITH ACUTE}'\n",
                "# coding: unicode_escape\nx = '\\N{LATIN SMALL LETTER E WITH ACUTE}'\n",
                "unicode_escape", true);
    /* \x0a makes a second statement: Assign x = 1, then y = 2. */
    EXPECT_TEXT("# coding: unicode_escape\nx = 1\\x0ay = 2\n",
                "# coding: unicode_escape\nx = 1\ny = 2\n", "unicode_escape", true);
    /* A decoded NUL ends the text: CPython says "invalid syntax" at 2:0 on
     * text 'x = 1' (no newline). */
    EXPECT_TEXT("# coding: unicode_escape\nx = 1\\x00y = 2\n", "# coding: unicode_escape\nx = 1",
                "unicode_escape", true);
    EXPECT_DECODE_ERROR("# coding: unicode_escape\nx = \"\\N{foo}\"\n",
                        "'unicodeescape' codec can't decode bytes in position 30-36: unknown "
                        "Unicode character name");
    EXPECT_DECODE_ERROR("# coding: unicode_escape\nx = \"\\x4\"\n",
                        "'unicodeescape' codec can't decode bytes in position 30-32: truncated "
                        "\\xXX escape");
    EXPECT_TEXT("# coding: raw_unicode_escape\nx = '\\u00e9'\n",
                "# coding: raw_unicode_escape\nx = '\xc3\xa9'\n", "raw_unicode_escape", true);
    EXPECT_DECODE_ERROR("# coding: raw_unicode_escape\nx = \"\\ud800\"\n",
                        "'utf-8' codec can't encode character '\\ud800' in position 34: "
                        "surrogates not allowed");
    EXPECT_DECODE_ERROR("# coding: raw_unicode_escape\nx = \"\\ud800\\udc00\"\n",
                        "'utf-8' codec can't encode characters in position 34-35: surrogates not "
                        "allowed");
    EXPECT_DECODE_ERROR("# coding: raw_unicode_escape\nx = \"\\ud800x\\udfff\"\n",
                        "'utf-8' codec can't encode character '\\ud800' in position 34: "
                        "surrogates not allowed");
}

TEST(idna)
{
    /* ASCII without "xn--" passes; other labels must be ASCII, counted from
     * the label's start. */
    EXPECT_TEXT("# coding: idna\nx=1\n", "# coding: idna\nx=1\n", "idna", true);
    EXPECT_TEXT("# coding: idna\nx=1 # xn--abc\n", "# coding: idna\nx=1 # xn--abc\n", "idna", true);
    EXPECT_DECODE_ERROR("# coding: idna\nx=1 # \xe9\n", "'ascii' codec can't decode byte 0xe9 in "
                                                        "position 21: ordinal not in range(128)");
    EXPECT_DECODE_ERROR("# coding: idna\nx=1 # a.b\xe9\n", "'ascii' codec can't decode byte 0xe9 "
                                                           "in position 1: ordinal not in "
                                                           "range(128)");
}

TEST(cjk)
{
    /* Constants '日本\\', '日本', '中文', '中文', '日本', '한글', '\x80'. */
    EXPECT_TEXT("# coding: shift_jis\nx = '\x93\xfa\x96{\\\\'\n",
                "# coding: shift_jis\nx = '\xe6\x97\xa5\xe6\x9c\xac\\\\'\n", "shift_jis", true);
    EXPECT_TEXT("# coding: euc_jp\nx = '\xc6\xfc\xcb\xdc'\n",
                "# coding: euc_jp\nx = '\xe6\x97\xa5\xe6\x9c\xac'\n", "euc_jp", true);
    EXPECT_TEXT("# coding: gbk\nx = '\xd6\xd0\xce\xc4'\n",
                "# coding: gbk\nx = '\xe4\xb8\xad\xe6\x96\x87'\n", "gbk", true);
    EXPECT_TEXT("# coding: big5\nx = '\xa4\xa4\xa4\xe5'\n",
                "# coding: big5\nx = '\xe4\xb8\xad\xe6\x96\x87'\n", "big5", true);
    EXPECT_TEXT("# coding: iso2022_jp\nx = '\x1b$BF|K\\\x1b(B'\n",
                "# coding: iso2022_jp\nx = '\xe6\x97\xa5\xe6\x9c\xac'\n", "iso2022_jp", true);
    EXPECT_TEXT("# coding: euc_kr\nx = '\xc7\xd1\xb1\xdb'\n",
                "# coding: euc_kr\nx = '\xed\x95\x9c\xea\xb8\x80'\n", "euc_kr", true);
    EXPECT_TEXT("# coding: gb18030\nx = '\x81\x30\x81\x30'\n",
                "# coding: gb18030\nx = '\xc2\x80'\n", "gb18030", true);
    /* JIS X 0212 where JIS X 0213 plane 2 has nothing: Constant '\u916d'. */
    EXPECT_TEXT("# coding: euc_jisx0213\nx = '\x8f\xe2\xdf'\n",
                "# coding: euc_jisx0213\nx = '\xe9\x85\xad'\n", "euc_jisx0213", true);
    /* Python's single bytes, not glibc's: cp932 0x80 0xA0 0xFD are U+0080
     * U+F8F0 U+F8F1 (Constant '\x80\uf8f0\uf8f1'). */
    EXPECT_TEXT("# coding: cp932\nx = '\x80\xa0\xfd'\n",
                "# coding: cp932\nx = '\xc2\x80\xef\xa3\xb0\xef\xa3\xb1'\n", "cp932", true);
    EXPECT_DECODE_ERROR("# coding: shift_jis\nx = '\x80'\n", "'shift_jis' codec can't decode "
                                                             "byte 0x80 in position 25: illegal "
                                                             "multibyte sequence");
    EXPECT_DECODE_ERROR("# coding: euc_jp\nx = \"\x80\"\n", "'euc_jp' codec can't decode byte "
                                                            "0x80 in position 22: illegal "
                                                            "multibyte sequence");
}

TEST(error_helpers)
{
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_SYNTAX), "SyntaxError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_INDENTATION), "IndentationError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_TAB), "TabError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_VALUE), "ValueError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_MEMORY), "MemoryError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_RECURSION), "RecursionError");
    CHECK_EQ_STR(kri_error_kind_name(KR_ERR_NONE), "");
    KrSyntaxError err = {KR_ERR_SYNTAX, malloc(4), malloc(4), 1, 2, 3, 4};
    kri_syntax_error_clear(&err);
    CHECK(err.kind == KR_ERR_NONE && err.msg == NULL && err.text == NULL);
    CHECK(err.lineno == 0 && err.offset == 0 && err.end_lineno == 0 && err.end_offset == 0);
    kri_syntax_error_clear(&err); /* clearing twice is harmless */
}

int main(void)
{
    RUN(newlines);
    RUN(null_bytes);
    RUN(utf8_passthrough);
    RUN(utf8_declared_other_spellings);
    RUN(bom);
    RUN(declaration_lines);
    RUN(encoding_names);
    RUN(ascii_latin1_charmap);
    RUN(utf16_utf32);
    RUN(utf7);
    RUN(escape_codecs);
    RUN(idna);
    RUN(cjk);
    RUN(error_helpers);
    return kt_finish();
}
