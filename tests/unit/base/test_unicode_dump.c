/* Dumps what the Unicode database says, for tools/check_unicode.py to
 * compare against python3.11. Without arguments it is an ordinary (quick)
 * unit test of consistency between the entry points over sampled code
 * points, so `make unit` runs it. Text goes in and out as UTF-8 (lone
 * surrogates in their 3-byte form). Modes:
 *   columns [properties|mappings]
 *             every per-code-point property (or one of the two groups),
 *             column by column, each a line "#NAME LENGTH" and LENGTH
 *             bytes (see "columns" below);
 *   lookup    for each line of stdin (a name), the code point found or -1;
 *   norm      for each line of stdin, its NFC, NFD, NFKC and NFKD, then
 *             per form the quick check (Y, N or M), then per form
 *             is_normalized (1 or 0), the five fields separated by NULs;
 *   case      for each line of stdin, its lower, upper, casefold, title,
 *             capitalize and swapcase, then lower again through
 *             kri_unicode_is_final_sigma on 2- or 4-byte code units, the
 *             seven fields separated by NULs. */
#include "base/base.h"
#include "harness.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NCP 0x110000u

/* Writes [n] code points to stdout as UTF-8. */
static void put_cps(const uint32_t *cps, size_t n)
{
    static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (size_t i = 0; i < n; i++) {
        char b[4];
        uint32_t c = cps[i];
        int len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        for (int k = len - 1; k > 0; k--, c >>= 6)
            b[k] = (char)(0x80 | (c & 0x3F));
        b[0] = (char)(lead[len] | c);
        fwrite(b, 1, (size_t)len, stdout);
    }
}

/* ---- columns ----
 * Each column is built in memory and written as "#NAME LENGTH\n" and
 * LENGTH bytes: a yes/no column is 0x110000 bytes '0'/'1', a simple
 * mapping 0x110000 code points as 4-byte little-endian numbers, any other
 * one line per code point (mappings and normalizations as UTF-8 text). */

typedef struct Column {
    KrBuf buf;
    bool failed; /* memory ran out at some point */
} Column;

static void col_add(Column *col, const char *s, size_t n)
{
    if (kri_buf_append(&col->buf, s, n) < 0)
        col->failed = true;
}

static void col_line(Column *col, const char *s)
{
    col_add(col, s, strlen(s));
    col_add(col, "\n", 1);
}

static void col_cps(Column *col, const uint32_t *cps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kri_utf8_encode(&col->buf, cps[i]) < 0)
            col->failed = true;
    col_add(col, "\n", 1);
}

static int col_emit(Column *col, const char *name)
{
    if (col->failed)
        return -1;
    printf("#%s %zu\n", name, col->buf.len);
    fwrite(col->buf.data, 1, col->buf.len, stdout);
    col->buf.len = 0;
    return 0;
}

typedef bool (*Predicate)(uint32_t cp);
typedef int (*Mapping)(uint32_t cp, uint32_t out[3]);

static const struct {
    const char *name;
    Predicate test;
} predicates[] = {
    {"xid_start", kri_unicode_is_xid_start},   {"xid_continue", kri_unicode_is_xid_continue},
    {"printable", kri_unicode_is_printable},   {"alpha", kri_unicode_is_alpha},
    {"decimal", kri_unicode_is_decimal},       {"digit", kri_unicode_is_digit},
    {"numeric", kri_unicode_is_numeric},       {"alnum", kri_unicode_is_alnum},
    {"space", kri_unicode_is_space},           {"linebreak", kri_unicode_is_linebreak},
    {"lower", kri_unicode_is_lower},           {"upper", kri_unicode_is_upper},
    {"title", kri_unicode_is_title},           {"cased", kri_unicode_is_cased},
    {"case_ignorable", kri_unicode_is_case_ignorable}, {"mirrored", kri_unicode_is_mirrored},
};

static const struct {
    const char *name;
    Mapping map;
} mappings[] = {
    {"to_lower", kri_unicode_lower},
    {"to_upper", kri_unicode_upper},
    {"to_title", kri_unicode_title},
    {"to_casefold", kri_unicode_casefold},
};

static const struct {
    const char *name;
    uint32_t (*map)(uint32_t cp);
} simple_mappings[] = {
    {"simple_lower", kri_unicode_simple_lower},
    {"simple_upper", kri_unicode_simple_upper},
    {"simple_title", kri_unicode_simple_title},
};

static const char *const form_names[] = {"nfc", "nfd", "nfkc", "nfkd"};

static int dump_predicates(Column *col)
{
    for (size_t p = 0; p < KR_ARRAY_LEN(predicates); p++) {
        for (uint32_t cp = 0; cp < NCP; cp++)
            col_add(col, predicates[p].test(cp) ? "1" : "0", 1);
        if (col_emit(col, predicates[p].name) < 0)
            return -1;
    }
    return 0;
}

/* Lines as unicodedata prints them; "-" where decimal(), digit(),
 * numeric() or name() have no answer; numeric values as "%.17g". */
static int dump_unicodedata(Column *col)
{
    uint32_t cp;
    char buf[KR_UNICODE_DECOMPOSITION_MAX + 1];
    for (cp = 0; cp < NCP; cp++)
        col_line(col, kri_unicode_category_name(kri_unicode_category(cp)));
    if (col_emit(col, "category") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++)
        col_line(col, kri_unicode_bidirectional(cp));
    if (col_emit(col, "bidirectional") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++) {
        snprintf(buf, sizeof buf, "%u", kri_unicode_combining(cp));
        col_line(col, buf);
    }
    if (col_emit(col, "combining") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++)
        col_line(col, kri_unicode_east_asian_width(cp));
    if (col_emit(col, "east_asian_width") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++) {
        size_t n = kri_unicode_decomposition(cp, buf);
        col_line(col, n == strlen(buf) ? buf : "LENGTH MISMATCH");
    }
    return col_emit(col, "decomposition");
}

static int dump_values(Column *col)
{
    uint32_t cp;
    char buf[64];
    for (cp = 0; cp < NCP; cp++) {
        snprintf(buf, sizeof buf, "%d", kri_unicode_decimal(cp));
        col_line(col, kri_unicode_decimal(cp) < 0 ? "-" : buf);
    }
    if (col_emit(col, "decimal_value") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++) {
        snprintf(buf, sizeof buf, "%d", kri_unicode_digit(cp));
        col_line(col, kri_unicode_digit(cp) < 0 ? "-" : buf);
    }
    if (col_emit(col, "digit_value") < 0)
        return -1;
    for (cp = 0; cp < NCP; cp++) {
        double v;
        bool has = kri_unicode_numeric(cp, &v);
        if (has)
            snprintf(buf, sizeof buf, "%.17g", v);
        col_line(col, has ? buf : "-");
    }
    if (col_emit(col, "numeric_value") < 0)
        return -1;
    char name[KR_UNICODE_NAME_MAX + 1];
    for (cp = 0; cp < NCP; cp++) {
        size_t n = kri_unicode_name(cp, name);
        col_line(col, n == 0 ? "-" : n != strlen(name) ? "LENGTH MISMATCH" : name);
    }
    return col_emit(col, "name");
}

static int dump_mappings(Column *col)
{
    for (size_t m = 0; m < KR_ARRAY_LEN(mappings); m++) {
        for (uint32_t cp = 0; cp < NCP; cp++) {
            uint32_t out[3];
            col_cps(col, out, (size_t)mappings[m].map(cp, out));
        }
        if (col_emit(col, mappings[m].name) < 0)
            return -1;
    }
    for (size_t m = 0; m < KR_ARRAY_LEN(simple_mappings); m++) {
        for (uint32_t cp = 0; cp < NCP; cp++) {
            uint32_t out = simple_mappings[m].map(cp);
            char le[4] = {(char)(out & 0xFF), (char)(out >> 8 & 0xFF), (char)(out >> 16 & 0xFF),
                          (char)(out >> 24)};
            col_add(col, le, 4);
        }
        if (col_emit(col, simple_mappings[m].name) < 0)
            return -1;
    }
    return 0;
}

/* The four normalizations of each character alone, then "quick": per form
 * the quick check (Y/N/M) and is_normalized (1/0). */
static int dump_normalizations(Column *col)
{
    KrBuf in;
    kri_buf_init(&in);
    for (int form = 0; form < 4; form++) {
        for (uint32_t cp = 0; cp < NCP; cp++) {
            in.len = 0;
            if (kri_utf8_encode(&in, cp) < 0 ||
                kri_unicode_normalize(&col->buf, (KrUnicodeForm)form, in.data, in.len) < 0)
                return -1;
            col_add(col, "\n", 1);
        }
        if (col_emit(col, form_names[form]) < 0)
            return -1;
    }
    for (uint32_t cp = 0; cp < NCP; cp++) {
        in.len = 0;
        if (kri_utf8_encode(&in, cp) < 0)
            return -1;
        char flags[9];
        for (int form = 0; form < 4; form++) {
            KrUnicodeQuick q = kri_unicode_quick_check((KrUnicodeForm)form, in.data, in.len);
            int norm = kri_unicode_is_normalized((KrUnicodeForm)form, in.data, in.len);
            if (norm < 0)
                return -1;
            flags[2 * form] = "NYM"[q];
            flags[2 * form + 1] = (char)('0' + norm);
        }
        flags[8] = '\0';
        col_line(col, flags);
    }
    kri_buf_free(&in);
    return col_emit(col, "quick");
}

/* [group] is "properties", "mappings" or NULL for both. */
static int dump_columns(const char *group)
{
    Column col = {{NULL, 0, 0}, false};
    kri_buf_init(&col.buf);
    bool props = !group || strcmp(group, "properties") == 0;
    bool maps = !group || strcmp(group, "mappings") == 0;
    int rc = (props && (dump_predicates(&col) < 0 || dump_unicodedata(&col) < 0 ||
                        dump_values(&col) < 0)) ||
             (maps && (dump_mappings(&col) < 0 || dump_normalizations(&col) < 0));
    kri_buf_free(&col.buf);
    return rc;
}

/* ---- string modes ---- */

/* Reads a line of stdin into [in] without its newline, and its code points
 * into [cps] (at most [max]) when [cps] is not NULL; false at the end. */
static bool read_line(KrBuf *in, uint32_t *cps, size_t max, size_t *n)
{
    in->len = 0;
    *n = 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n')
        if (kri_buf_putc(in, (char)c) < 0)
            return false;
    if (c == EOF && in->len == 0)
        return false;
    for (size_t pos = 0; cps && pos < in->len && *n < max;) {
        int size;
        int32_t cp = kri_utf8_decode(in->data + pos, in->len - pos, &size);
        cps[(*n)++] = (uint32_t)cp;
        pos += (size_t)size;
    }
    return true;
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

static int dump_norm(void)
{
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    size_t n;
    while (read_line(&in, NULL, 0, &n)) {
        const char *s = in.data ? in.data : "";
        char flags[8];
        for (int form = 0; form < 4; form++) {
            out.len = 0;
            if (kri_unicode_normalize(&out, (KrUnicodeForm)form, s, in.len) < 0)
                return 1;
            fwrite(out.data, 1, out.len, stdout);
            putchar('\0');
            int norm = kri_unicode_is_normalized((KrUnicodeForm)form, s, in.len);
            if (norm < 0)
                return 1;
            flags[form] = "NYM"[kri_unicode_quick_check((KrUnicodeForm)form, s, in.len)];
            flags[4 + form] = (char)('0' + norm);
        }
        fwrite(flags, 1, sizeof flags, stdout);
        putchar('\n');
    }
    kri_buf_free(&in);
    kri_buf_free(&out);
    return 0;
}

/* str.lower() of [cps][n] by the code-unit form of the final-sigma rule:
 * 2-byte units when every code point fits, else 4. */
static void print_lower_units(const uint32_t *cps, size_t n)
{
    uint16_t *narrow = malloc((n ? n : 1) * sizeof *narrow);
    bool fits = narrow != NULL;
    for (size_t i = 0; i < n && fits; i++) {
        fits = cps[i] < 0x10000;
        narrow[i] = (uint16_t)cps[i];
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t out[3];
        int k = kri_unicode_lower(cps[i], out);
        if (cps[i] == 0x3A3) {
            bool final = fits ? kri_unicode_is_final_sigma(narrow, 2, n, i)
                              : kri_unicode_is_final_sigma(cps, 4, n, i);
            out[0] = final ? 0x3C2 : 0x3C3;
        }
        put_cps(out, (size_t)k);
    }
    free(narrow);
}

static int dump_case(void)
{
    static const KrUnicodeCaseOp ops[] = {KR_UCASE_LOWER, KR_UCASE_UPPER, KR_UCASE_CASEFOLD,
                                          KR_UCASE_TITLE, KR_UCASE_CAPITALIZE, KR_UCASE_SWAPCASE};
    enum { MAX_CPS = 1 << 14 };
    uint32_t *cps = malloc(MAX_CPS * sizeof *cps);
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    size_t n;
    while (cps && read_line(&in, cps, MAX_CPS, &n)) {
        for (size_t k = 0; k < KR_ARRAY_LEN(ops); k++) {
            out.len = 0;
            if (kri_unicode_convert_case(&out, ops[k], in.data ? in.data : "", in.len) < 0)
                return 1;
            fwrite(out.data, 1, out.len, stdout);
            putchar('\0');
        }
        print_lower_units(cps, n);
        putchar('\n');
    }
    free(cps);
    kri_buf_free(&in);
    kri_buf_free(&out);
    return 0;
}

/* ---- the unit test ---- */

/* Sampled consistency between entry points that must agree. */
TEST(sampled_consistency)
{
    KrBuf in, out;
    kri_buf_init(&in);
    kri_buf_init(&out);
    for (uint32_t cp = 0; cp < NCP; cp += cp < 0x3400 ? 1 : 97) {
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
        /* Decimal implies digit implies numeric. */
        if (kri_unicode_is_decimal(cp))
            CHECK(kri_unicode_is_digit(cp) && kri_unicode_decimal(cp) == kri_unicode_digit(cp));
        if (kri_unicode_is_digit(cp))
            CHECK(kri_unicode_is_numeric(cp));
        double v;
        CHECK_EQ_INT(kri_unicode_numeric(cp, &v), kri_unicode_is_numeric(cp));
        /* A name found is a name that looks up to the same code point. */
        char name[KR_UNICODE_NAME_MAX + 1];
        size_t len = kri_unicode_name(cp, name);
        if (len > 0)
            CHECK_EQ_INT(kri_unicode_lookup(name, len), cp);
        uint32_t full[3];
        kri_unicode_upper(cp, full);
        CHECK_EQ_INT(kri_unicode_simple_upper(cp), full[0]);
    }
    kri_buf_free(&in);
    kri_buf_free(&out);
}

int main(int argc, char **argv)
{
    static const struct {
        const char *mode;
        int (*run)(void);
    } modes[] = {
        {"lookup", dump_lookup},
        {"norm", dump_norm},
        {"case", dump_case},
    };
    if (argc > 1) {
        /* The dumps are tens of megabytes: buffer them in large blocks. */
        setvbuf(stdout, NULL, _IOFBF, 1 << 20);
        if (strcmp(argv[1], "columns") == 0)
            return dump_columns(argc > 2 ? argv[2] : NULL);
        for (size_t i = 0; i < KR_ARRAY_LEN(modes); i++)
            if (strcmp(argv[1], modes[i].mode) == 0)
                return modes[i].run();
        fprintf(stderr, "usage: %s [columns [properties|mappings]|lookup|norm|case]\n", argv[0]);
        return 2;
    }
    RUN(sampled_consistency);
    return kt_finish();
}
