/* Dumps what unicode.c says about every code point, for tools/check_unicode.py
 * to compare against python3.11's unicodedata. Without arguments it is an
 * ordinary (quick) unit test of the same entry points over sampled code
 * points, so `make unit` runs it. Modes:
 *   props   one line per code point 0..10FFFF: "CP S C P Q NFKC" with S, C,
 *           P, Q the 0/1 answers of is_xid_start, is_xid_continue,
 *           is_printable and is_nfkc_quick, and NFKC the hex code points of
 *           the NFKC of the character alone ("=" when unchanged);
 *   lookup  for each line of stdin (a name), the code point found or -1;
 *   nfkc    for each line of stdin (hex code points), the hex code points of
 *           its NFKC. */
#include "base/base.h"
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Prints the code points of the UTF-8 text [s][len] in hex. */
static void print_cps(const char *s, size_t len)
{
    size_t pos = 0;
    while (pos < len) {
        int size;
        int32_t cp = kri_utf8_decode(s + pos, len - pos, &size);
        printf(pos ? " %X" : "%X", (unsigned)cp);
        pos += (size_t)size;
    }
    putchar('\n');
}

static int dump_props(void)
{
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        in.len = out.len = 0;
        if (kri_utf8_encode(&in, cp) < 0 || kri_unicode_nfkc(&out, in.data, in.len) < 0)
            return 1;
        printf("%X %d %d %d %d ", (unsigned)cp, kri_unicode_is_xid_start(cp),
               kri_unicode_is_xid_continue(cp), kri_unicode_is_printable(cp),
               kri_unicode_is_nfkc_quick(in.data, in.len));
        if (out.len == in.len && memcmp(out.data, in.data, in.len) == 0)
            puts("=");
        else
            print_cps(out.data, out.len);
    }
    kri_buf_free(&in);
    kri_buf_free(&out);
    return 0;
}

static int dump_lookup(void)
{
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strcspn(line, "\n");
        int32_t cp = kri_unicode_lookup(line, len);
        if (cp < 0)
            puts("-1");
        else
            printf("%X\n", (unsigned)cp);
    }
    return 0;
}

static int dump_nfkc(void)
{
    char line[65536];
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    while (fgets(line, sizeof line, stdin)) {
        in.len = out.len = 0;
        for (char *p = line;;) {
            char *end;
            unsigned long cp = strtoul(p, &end, 16);
            if (end == p)
                break;
            if (kri_utf8_encode(&in, (uint32_t)cp) < 0)
                return 1;
            p = end;
        }
        if (kri_unicode_nfkc(&out, in.data ? in.data : "", in.len) < 0)
            return 1;
        print_cps(out.data ? out.data : "", out.len);
    }
    kri_buf_free(&in);
    kri_buf_free(&out);
    return 0;
}

/* Sampled consistency: the NFKC of a character that the quick check passes
 * is the character itself, and every code point round-trips through UTF-8. */
TEST(sampled_consistency)
{
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    for (uint32_t cp = 0; cp < 0x110000; cp += cp < 0x3400 ? 1 : 97) {
        in.len = out.len = 0;
        CHECK(kri_utf8_encode(&in, cp) == 0);
        int size;
        CHECK_EQ_INT(kri_utf8_decode(in.data, in.len, &size), cp);
        CHECK(kri_unicode_nfkc(&out, in.data, in.len) == 0);
        if (kri_unicode_is_nfkc_quick(in.data, in.len))
            CHECK(out.len == in.len && memcmp(out.data, in.data, in.len) == 0);
        /* An identifier start can always continue one. */
        if (kri_unicode_is_xid_start(cp))
            CHECK(kri_unicode_is_xid_continue(cp));
    }
    kri_buf_free(&in);
    kri_buf_free(&out);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "props") == 0)
        return dump_props();
    if (argc > 1 && strcmp(argv[1], "lookup") == 0)
        return dump_lookup();
    if (argc > 1 && strcmp(argv[1], "nfkc") == 0)
        return dump_nfkc();
    if (argc > 1) {
        fprintf(stderr, "usage: %s [props|lookup|nfkc]\n", argv[0]);
        return 2;
    }
    RUN(sampled_consistency);
    return kt_finish();
}
