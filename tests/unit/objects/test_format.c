/* The format mini-language, str.format / format_map and str % args,
 * against what CPython 3.11 gives: the cases of
 * tests/unit/objects/format_cases.txt (written by tools/gen_format_cases.py,
 * which documents the line format), plus a few checks of format() itself.
 * Run from the repository root. */
#include <stdlib.h>

#include "harness.h"
#include "objects/complex.h"
#include "objects/format.h"

#define CASES_PATH "tests/unit/objects/format_cases.txt"

static KrThread *ts;

/* The result as "=text" or "!Type: message" (consumes [r]). */
static void outcome(KrObject *r, char *buf, size_t size)
{
    if (r) {
        snprintf(buf, size, "=%s", kri_str_utf8(ts, r, NULL));
        kr_decref(r);
        return;
    }
    KrObject *e = kri_err_fetch(ts);
    if (!e) {
        snprintf(buf, size, "(null without error)");
        return;
    }
    KrObject *s = kri_object_str(ts, e);
    snprintf(buf, size, "!%s: %s", kri_type_name(e->ob_type),
             s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_decref(e);
}

/* Undoes the escapes of gen_format_cases.py in place. */
static void unescape(char *s)
{
    char *out = s;
    for (; *s; s++) {
        if (*s != '\\') {
            *out++ = *s;
            continue;
        }
        s++;
        if (*s == 't')
            *out++ = '\t';
        else if (*s == 'n')
            *out++ = '\n';
        else if (*s == 'x') {
            char hex[3] = { s[1], s[2], 0 };
            *out++ = (char)strtol(hex, NULL, 16);
            s += 2;
        } else
            *out++ = *s;
    }
    *out = 0;
}

static double from_bits(const char *hex)
{
    uint64_t u = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* A value from its kind and text (see encode_value). */
static KrObject *make_value(char kind, const char *text)
{
    switch (kind) {
    case 'i':
        return kri_int_from_str(ts, text, (ssize_t)strlen(text), 10, NULL);
    case 'b':
        return text[0] == '1' ? KR_TRUE : KR_FALSE;
    case 'f':
        return kri_float_from_double(ts, from_bits(text));
    case 'c':
        return kri_complex_from_doubles(ts, from_bits(text), from_bits(text + 17));
    case 'N':
        return KR_NONE;
    case 'L':
        return kri_list_new(ts, 0);
    default:
        return kri_str_from_utf8(ts, text, (ssize_t)strlen(text));
    }
}

/* Splits [s] at [sep] in place into at most [max] parts. */
static int split(char *s, char sep, char **parts, int max)
{
    int n = 0;
    parts[n++] = s;
    for (; *s && n < max; s++)
        if (*s == sep) {
            *s = 0;
            parts[n++] = s + 1;
        }
    return n;
}

/* An argument of a P case (see encode_arg). */
static KrObject *make_arg(char *code)
{
    char *parts[16];
    if (code[0] == 'T' || code[0] == 'D') {
        int n = code[1] ? split(code + 1, '|', parts, 16) : 0;
        KrObject *r = code[0] == 'T' ? kri_tuple_new(ts, n) : kri_dict_new(ts);
        for (int i = 0; i < n; i++) {
            if (code[0] == 'T') {
                KR_TUPLE_ITEMS(r)[i] = make_value(parts[i][0], parts[i] + 1);
                continue;
            }
            char *eq = strchr(parts[i], '=');
            *eq = 0;
            KrObject *v = make_value(eq[1], eq + 2);
            if (kri_dict_set_cstr(ts, r, parts[i], v) < 0)
                return NULL;
            kr_decref(v);
        }
        return r;
    }
    return make_value(code[0], code + 1);
}

/* The arguments of S and M cases, as gen_format_cases.py defines them. */
typedef struct FormatArgs {
    KrObject *args[12];
    ssize_t nargs;
    KrObject *kwnames;
    KrObject *mapping;
} FormatArgs;

static KrObject *str(const char *s)
{
    return kri_str_from_cstr(ts, s);
}

static KrObject *dict_of(const char *k1, KrObject *v1, const char *k2, KrObject *v2)
{
    KrObject *d = kri_dict_new(ts);
    CHECK(kri_dict_set_cstr(ts, d, k1, v1) == 0);
    if (k2)
        CHECK(kri_dict_set_cstr(ts, d, k2, v2) == 0);
    kr_decref(v1);
    kr_xdecref(v2);
    return d;
}

static void make_format_args(FormatArgs *fa)
{
    KrObject *list = kri_list_new(ts, 2);
    KR_LIST_ITEMS(list)[0] = kri_int_from_i64(ts, 10);
    KR_LIST_ITEMS(list)[1] = kri_int_from_i64(ts, 20);
    KrObject *d = dict_of("k", str("v"), "0", str("zero"));
    KrObject *izero = str("izero");
    CHECK(kri_dict_set(ts, d, kri_int_small(0), izero) == 0);
    kr_decref(izero);
    KrObject *items[] = { kri_int_small(1), str("ab"), kri_float_from_double(ts, 3.5), list, d,
                          kri_int_from_i64(ts, -7), str("\xc3\xa9\xe2\x82\xac"), KR_TRUE,
                          /* keyword values: name n w d */
                          str("N"), kri_int_small(42), kri_int_small(8),
                          dict_of("x", str("y"), NULL, NULL) };
    fa->nargs = 8;
    memcpy(fa->args, items, 12 * sizeof(KrObject *));
    KrObject *names[4] = { KR_ID(name), str("n"), str("w"), str("d") };
    fa->kwnames = kri_tuple_from_array_steal(ts, names, 4);
    fa->mapping = dict_of("a", kri_int_small(5), "b", str("B"));
    CHECK(kri_dict_set_cstr(ts, fa->mapping, "w", kri_int_small(6)) == 0);
}

/* Runs one case line; returns whether it matched. */
static bool run_case(char *line, FormatArgs *fa, char *got, size_t size)
{
    char *f[6];
    int n = split(line, '\t', f, 6);
    for (int i = 0; i < n; i++)
        unescape(f[i]);
    const char *expected = f[n - 1];
    KrObject *r = NULL;
    if (f[0][0] == 'F') {
        KrObject *v = make_value(f[1][0], f[2]), *spec = str(f[3]);
        r = f[1][0] == 'i' || f[1][0] == 'b' ? kri_format_int(ts, v, spec)
          : f[1][0] == 'f' ? kri_format_float(ts, v, spec)
          : f[1][0] == 'c' ? kri_format_complex(ts, v, spec) : kri_format_str(ts, v, spec);
        kr_decref(v);
        kr_decref(spec);
    } else if (f[0][0] == 'S' || f[0][0] == 'M') {
        KrObject *fmt = str(f[1]);
        r = f[0][0] == 'S' ? kri_format_str_method(ts, fmt, fa->args, (size_t)fa->nargs,
                                                   fa->kwnames)
                           : kri_format_str_map(ts, fmt, fa->mapping);
        kr_decref(fmt);
    } else {
        KrObject *fmt = str(f[1]), *args = make_arg(f[2]);
        r = kri_str_percent(ts, fmt, args);
        kr_decref(fmt);
        kr_decref(args);
    }
    outcome(r, got, size);
    return strcmp(got, expected) == 0;
}

TEST(test_cases)
{
    FILE *file = fopen(CASES_PATH, "r");
    CHECK(file != NULL);
    if (!file)
        return;
    FormatArgs fa;
    make_format_args(&fa);
    char line[4096], copy[4096], got[4096];
    int total = 0, failed = 0;
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\n")] = 0;
        memcpy(copy, line, sizeof line);
        total++;
        if (!run_case(line, &fa, got, sizeof got)) {
            if (failed++ < 40)
                printf("case: %s\n  got: %s\n", copy, got);
        }
    }
    fclose(file);
    printf("%d of %d format cases failed\n", failed, total);
    CHECK(failed == 0);
    CHECK(total > 1000);
    for (int i = 0; i < 12; i++)
        kr_decref(fa.args[i]);
    kr_decref(fa.kwnames);
    kr_decref(fa.mapping);
}

TEST(test_format_object)
{
    char got[512];
    KrObject *spec = str(">6"), *x = kri_int_from_i64(ts, 42);
    outcome(kri_format_object(ts, x, spec), got, sizeof got);
    CHECK_EQ_STR(got, "=    42");
    outcome(kri_format_object(ts, KR_NONE, spec), got, sizeof got);
    CHECK_EQ_STR(got, "!TypeError: unsupported format string passed to NoneType.__format__");
    outcome(kri_format_object(ts, KR_NONE, NULL), got, sizeof got);
    CHECK_EQ_STR(got, "=None");
    KrObject *args[2] = { x, kri_int_small(1) };
    outcome(kri_format_builtin(ts, NULL, args, 2), got, sizeof got);
    CHECK_EQ_STR(got, "!TypeError: format() argument 2 must be str, not int");
    outcome(kri_format_int(ts, x, kri_int_small(1)), got, sizeof got);
    CHECK_EQ_STR(got, "!TypeError: __format__() argument must be str, not int");
    outcome(kri_format_object_default(ts, x, spec), got, sizeof got);
    CHECK_EQ_STR(got, "!TypeError: unsupported format string passed to int.__format__");
    CHECK(kri_str_percent(ts, x, x) == KR_NOTIMPLEMENTED);
    /* bytes % shares the numbers: b'%-+6.2f|' % 1.5 and b'%f' % b'a' */
    KrBuf buf;
    kri_buf_init(&buf);
    KrObject *f = kri_float_from_double(ts, 1.5);
    KrPercentSpec ps = { .flags = KR_PCT_LJUST | KR_PCT_SIGN, .width = 8, .precision = 2,
                         .type = 'f', .for_bytes = true };
    CHECK(kri_percent_format_number(ts, &buf, f, &ps) == 0);
    CHECK_EQ_STR(buf.data, "+1.50   ");
    CHECK(kri_percent_format_number(ts, &buf, spec, &ps) == -1);
    outcome(NULL, got, sizeof got);
    CHECK_EQ_STR(got, "!TypeError: float argument required, not str");
    kri_buf_free(&buf);
    kr_decref(f);
    kr_decref(x);
    kr_decref(spec);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_cases);
    RUN(test_format_object);
    kri_runtime_finish(ts);
    return kt_finish();
}
