/* dtoa*.c against CPython 3.11: hand-picked expectations (pasted from
 * /usr/bin/python3.11), the reference cases of tests/unit/base/dtoa_cases.txt
 * (written by tools/gen_dtoa_cases.py), and properties checked without an
 * oracle: the fast shortest path equals the exact one at every binary
 * exponent, and every repr and 17-digit form reads back to its double.
 * `test_dtoa --filter` reads case lines (the data file's format, without the
 * tab and result) from stdin and prints one result per line, for
 * `tools/gen_dtoa_cases.py --check`; `test_dtoa --bench` times repr. */
#include "base/dtoa.h"
#include "harness.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

#define CASES_PATH "tests/unit/base/dtoa_cases.txt"

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static uint64_t bits_of(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

/* A small xorshift generator; its state lives in the caller. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

/* ---- running one case line ---- */

static int put_bits(KrBuf *out, double d)
{
    return kri_buf_printf(out, "%016" PRIx64, bits_of(d));
}

/* Runs the case [line] ("r BITS", "f BITS T P FLAGS", ...), appending the
 * result text CPython's reference would show. Returns -1 for a malformed
 * line or a failed call. */
static int run_case(const char *line, KrBuf *out)
{
    char kind = line[0];
    if (!kind || line[1] != ' ')
        return -1;
    const char *ops = line + 2;
    double x = from_bits(strtoull(ops, NULL, 16)), r;
    switch (kind) {
    case 'r':
        return kri_dtoa_repr(out, x);
    case 'f': {
        char type;
        int precision;
        unsigned flags;
        if (sscanf(ops + 16, " %c %d %u", &type, &precision, &flags) != 3)
            return -1;
        return kri_dtoa_format(out, x, type, precision, flags);
    }
    case 'p':
        if (kri_dtoa_parse(ops, strlen(ops), &r) < 0)
            return kri_buf_puts(out, "ERR");
        return put_bits(out, r);
    case 'R':
        if (kri_dtoa_round(x, atoi(ops + 16), &r) < 0)
            return kri_buf_puts(out, "OVERFLOW");
        return put_bits(out, r);
    case 'h':
        return kri_dtoa_to_hex(out, x);
    case 'H': {
        int rc = kri_dtoa_from_hex(ops, strlen(ops), &r);
        if (rc == -1)
            return kri_buf_puts(out, "INVALID");
        if (rc == -2)
            return kri_buf_puts(out, "OVERFLOW");
        return put_bits(out, r);
    }
    default:
        return -1;
    }
}

/* Reads one line (without its newline) into [line]; false at end of file. */
static bool read_line(FILE *f, KrBuf *line)
{
    line->len = 0;
    int c;
    while ((c = fgetc(f)) != EOF && c != '\n')
        if (kri_buf_putc(line, (char)c) < 0)
            return false;
    if (line->data)
        line->data[line->len] = '\0';
    return c != EOF || line->len > 0;
}

static int filter_mode(void)
{
    KrBuf line, out;
    kri_buf_init(&line);
    kri_buf_init(&out);
    while (read_line(stdin, &line)) {
        out.len = 0;
        if (run_case(line.data ? line.data : "", &out) < 0)
            printf("!ERR\n");
        else
            printf("%s\n", out.data ? out.data : "");
    }
    kri_buf_free(&line);
    kri_buf_free(&out);
    return 0;
}

/* ---- hand-picked expectations ---- */

static void expect_format(int line, double x, char type, int precision, unsigned flags,
                          const char *want)
{
    KrBuf b;
    kri_buf_init(&b);
    int rc = kri_dtoa_format(&b, x, type, precision, flags);
    const char *got = b.data ? b.data : "";
    if (rc != 0 || strcmp(got, want) != 0) {
        printf("%s:%d: format(%.17g, %c, %d, %u): got \"%s\" (rc %d), want \"%s\"\n",
               __FILE__, line, x, type, precision, flags, got, rc, want);
        kt_state.current_failed = 1;
    }
    kri_buf_free(&b);
}

#define EXPECT_REPR(x, want) expect_format(__LINE__, x, 'r', 0, KR_DTOA_ADD_DOT_0, want)
#define EXPECT_FORMAT(x, t, p, flags, want) expect_format(__LINE__, x, t, p, flags, want)

TEST(repr_values)
{
    EXPECT_REPR(0.1, "0.1");
    EXPECT_REPR(1e16, "1e+16");
    EXPECT_REPR(1e-5, "1e-05");
    EXPECT_REPR(1e-4, "0.0001");
    EXPECT_REPR(2.5e-5, "2.5e-05");
    EXPECT_REPR(5e-324, "5e-324");
    EXPECT_REPR(-5e-324, "-5e-324");
    EXPECT_REPR(1.7976931348623157e308, "1.7976931348623157e+308");
    EXPECT_REPR(2.2250738585072014e-308, "2.2250738585072014e-308");
    EXPECT_REPR(9007199254740992.0, "9007199254740992.0");
    EXPECT_REPR(123456789.0, "123456789.0");
    EXPECT_REPR(1e22, "1e+22");
    EXPECT_REPR(1e23, "1e+23");
    EXPECT_REPR(1234567890123456.7, "1234567890123456.8");
    EXPECT_REPR(12345678901234567.0, "1.2345678901234568e+16");
    EXPECT_REPR(0.0, "0.0");
    EXPECT_REPR(-0.0, "-0.0");
    EXPECT_REPR(INFINITY, "inf");
    EXPECT_REPR(-INFINITY, "-inf");
    EXPECT_REPR(NAN, "nan");
    EXPECT_REPR(-NAN, "nan");
    /* Complex parts: no ".0". */
    EXPECT_FORMAT(1.0, 'r', 0, 0, "1");
    EXPECT_FORMAT(-0.0, 'r', 0, 0, "-0");
    EXPECT_FORMAT(1e16, 'r', 0, 0, "1e+16");
}

TEST(format_values)
{
    EXPECT_FORMAT(123.456, 'e', 3, 0, "1.235e+02");
    EXPECT_FORMAT(1.5, 'e', 0, 0, "2e+00");
    EXPECT_FORMAT(2.5, 'e', 0, 0, "2e+00");
    EXPECT_FORMAT(1e16, 'e', 0, KR_DTOA_ALT, "1.e+16");
    EXPECT_FORMAT(-0.001, 'f', 2, 0, "-0.00");
    EXPECT_FORMAT(-0.001, 'f', 2, KR_DTOA_NO_NEG_0, "0.00");
    EXPECT_FORMAT(-0.001, 'f', 1, KR_DTOA_NO_NEG_0 | KR_DTOA_SIGN, "+0.0");
    EXPECT_FORMAT(0.5, 'f', 0, 0, "0");
    EXPECT_FORMAT(1.5, 'f', 0, 0, "2");
    EXPECT_FORMAT(2.5, 'f', 0, KR_DTOA_ALT, "2.");
    EXPECT_FORMAT(1e16, 'f', 2, 0, "10000000000000000.00");
    EXPECT_FORMAT(123.456, 'F', 3, 0, "123.456");
    EXPECT_FORMAT(1e-5, 'g', 6, 0, "1e-05");
    EXPECT_FORMAT(100.0, 'g', 6, 0, "100");
    EXPECT_FORMAT(123.456, 'g', 0, 0, "1e+02");
    EXPECT_FORMAT(-0.001, 'g', 6, KR_DTOA_ALT, "-0.00100000");
    EXPECT_FORMAT(123.456, 'g', 3, KR_DTOA_ALT, "123.");
    EXPECT_FORMAT(1e16, 'G', 6, 0, "1E+16");
    EXPECT_FORMAT(-0.001, 'g', 20, 0, "-0.0010000000000000000208");
    EXPECT_FORMAT(123.456, 'g', 20, 0, "123.45600000000000307");
    EXPECT_FORMAT(1e-5, 'g', 20, 0, "1.0000000000000000818e-05");
    EXPECT_FORMAT(-0.0, 'E', 6, 0, "-0.000000E+00");
    EXPECT_FORMAT(NAN, 'E', 6, 0, "NAN");
    EXPECT_FORMAT(-INFINITY, 'F', 2, 0, "-INF");
    EXPECT_FORMAT(NAN, 'g', 3, KR_DTOA_SIGN | KR_DTOA_ADD_DOT_0, "+nan");
    /* format(x, '.3') and format(x, '.1'): 'g' with ADD_DOT_0. */
    EXPECT_FORMAT(123.456, 'g', 3, KR_DTOA_ADD_DOT_0, "1.23e+02");
    EXPECT_FORMAT(12.0, 'g', 3, KR_DTOA_ADD_DOT_0, "12.0");
    EXPECT_FORMAT(1.5, 'g', 1, KR_DTOA_ADD_DOT_0, "2e+00");
    EXPECT_FORMAT(-0.0, 'g', 1, KR_DTOA_ADD_DOT_0, "-0e+00");
    /* format(x, '#'), format(x, 'z'), format(x, '+'). */
    EXPECT_FORMAT(1e16, 'r', 0, KR_DTOA_ADD_DOT_0 | KR_DTOA_ALT, "1.e+16");
    EXPECT_FORMAT(100.0, 'r', 0, KR_DTOA_ADD_DOT_0 | KR_DTOA_ALT, "100.0");
    EXPECT_FORMAT(-0.0, 'r', 0, KR_DTOA_ADD_DOT_0 | KR_DTOA_NO_NEG_0, "0.0");
    EXPECT_FORMAT(12.0, 'r', 0, KR_DTOA_ADD_DOT_0 | KR_DTOA_SIGN, "+12.0");
    KrBuf b;
    kri_buf_init(&b);
    CHECK_EQ_INT(kri_dtoa_format(&b, 1.0, 'x', 2, 0), -1);
    CHECK(kri_dtoa_format(&b, 1.0, 'f', 5000, 0) == 0 && b.len == 5002);
    kri_buf_free(&b);
}

static double parsed(const char *s)
{
    double d = -12345.0;
    if (kri_dtoa_parse(s, strlen(s), &d) < 0)
        return -12345.0;
    return d;
}

static bool parse_fails(const char *s)
{
    double d;
    return kri_dtoa_parse(s, strlen(s), &d) < 0;
}

TEST(parse_values)
{
    CHECK(parsed("0.1") == 0.1);
    CHECK(parsed("1_000.5") == 1000.5);
    CHECK(parsed("1_2.3_4e1_0") == 12.34e10);
    CHECK(parsed("-.5") == -0.5);
    CHECK(parsed("1.") == 1.0);
    CHECK(parsed("1e309") == INFINITY);
    CHECK(parsed("-1e999999999999999999999") == -INFINITY);
    CHECK(parsed("1e-400") == 0.0);
    CHECK(signbit(parsed("-0.0")) && parsed("-0.0") == 0.0);
    CHECK(parsed("9007199254740993") == 9007199254740992.0);
    CHECK(parsed("9007199254740993.000000000000000000000000000001") == 9007199254740994.0);
    CHECK(parsed("2.4703282292062327e-324") == 0.0);
    CHECK(parsed("2.4703282292062328e-324") == 5e-324);
    CHECK(parsed("1.7976931348623158e308") == 1.7976931348623157e308);
    CHECK(parsed("1.7976931348623159e308") == INFINITY);
    CHECK(parsed("iNfInItY") == INFINITY);
    CHECK(parsed("-inf") == -INFINITY);
    CHECK(isnan(parsed("nan")) && !signbit(parsed("nan")));
    CHECK(isnan(parsed("-NaN")) && signbit(parsed("-NaN")));
    const char *bad[] = {"", "+", ".", "e5", "1e", "1e+", "+-1", "_1", "1_", "1__0", "1_.5",
                         "1._5", "1e_5", "1e5_", "1_e5", "0x1p3", "infinit", "nana", "in_f",
                         "1.2.3", " 1", "1 "};
    for (size_t i = 0; i < KR_ARRAY_LEN(bad); i++)
        if (!parse_fails(bad[i])) {
            printf("%s:%d: \"%s\" parsed\n", __FILE__, __LINE__, bad[i]);
            kt_state.current_failed = 1;
        }
}

TEST(round_values)
{
    double r;
    CHECK(kri_dtoa_round(2.675, 2, &r) == 0 && r == 2.67);
    CHECK(kri_dtoa_round(0.125, 2, &r) == 0 && r == 0.12);
    CHECK(kri_dtoa_round(0.375, 2, &r) == 0 && r == 0.38);
    CHECK(kri_dtoa_round(-0.5, 0, &r) == 0 && r == 0.0 && signbit(r));
    CHECK(kri_dtoa_round(2.5, 0, &r) == 0 && r == 2.0);
    CHECK(kri_dtoa_round(1234.5, -1, &r) == 0 && r == 1230.0);
    CHECK(kri_dtoa_round(5e-324, 323, &r) == 0 && r == 0.0);
    CHECK(kri_dtoa_round(5e-324, 324, &r) == 0 && r == 5e-324);
    CHECK(kri_dtoa_round(-1.5, -400, &r) == 0 && r == 0.0 && signbit(r));
    CHECK(kri_dtoa_round(NAN, 2, &r) == 0 && isnan(r));
    CHECK_EQ_INT(kri_dtoa_round(1.7976931348623157e308, -308, &r), -1);
    CHECK_EQ_INT(kri_dtoa_round(1.7976931348623157e308, -307, &r), -1);
}

TEST(hex_values)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK(kri_dtoa_to_hex(&b, 0.1) == 0);
    CHECK_EQ_STR(b.data, "0x1.999999999999ap-4");
    b.len = 0;
    CHECK(kri_dtoa_to_hex(&b, 5e-324) == 0);
    CHECK_EQ_STR(b.data, "0x0.0000000000001p-1022");
    b.len = 0;
    CHECK(kri_dtoa_to_hex(&b, -0.0) == 0);
    CHECK_EQ_STR(b.data, "-0x0.0p+0");
    b.len = 0;
    CHECK(kri_dtoa_to_hex(&b, -INFINITY) == 0);
    CHECK_EQ_STR(b.data, "-inf");
    kri_buf_free(&b);
    double r;
    CHECK(kri_dtoa_from_hex("0x1.8p1", 7, &r) == 0 && r == 3.0);
    CHECK(kri_dtoa_from_hex("ffp-4", 5, &r) == 0 && r == 15.9375);
    CHECK(kri_dtoa_from_hex("0x.8", 4, &r) == 0 && r == 0.5);
    CHECK(kri_dtoa_from_hex("-0x0p0", 6, &r) == 0 && r == 0.0 && signbit(r));
    CHECK(kri_dtoa_from_hex("0x1p-1075", 9, &r) == 0 && r == 0.0);
    CHECK(kri_dtoa_from_hex("0x1.0000000000001p-1075", 23, &r) == 0 && r == 5e-324);
    CHECK_EQ_INT(kri_dtoa_from_hex("0x1.fffffffffffff8p1023", 23, &r), -2);
    CHECK_EQ_INT(kri_dtoa_from_hex("0x", 2, &r), -1);
    CHECK_EQ_INT(kri_dtoa_from_hex("0x1p", 4, &r), -1);
}

/* ---- properties ---- */

static bool same_digits(const KrDigits *a, const KrDigits *b)
{
    return a->ndigits == b->ndigits && a->decpt == b->decpt &&
           memcmp(a->digits, b->digits, (size_t)a->ndigits) == 0;
}

/* Fast shortest digits == exact ones, and they read back, for [x]. */
static bool check_shortest(double x)
{
    KrDigits fast, exact;
    kri_dtoa_shortest(x, &fast);
    kri_dtoa_shortest_exact(x, &exact);
    bool ok = same_digits(&fast, &exact) && kri_dtoa_digits_value(&fast) == fabs(x);
    if (!ok)
        printf("shortest of %016" PRIx64 ": fast %.*s e%d, exact %.*s e%d\n", bits_of(x),
               fast.ndigits, fast.digits, fast.decpt, exact.ndigits, exact.digits, exact.decpt);
    return ok;
}

/* Every binary exponent (hence every scaling k and shift of the fast path)
 * with its extreme and random significands; then random bit patterns. */
TEST(shortest_fast_equals_exact)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    int bad = 0;
    for (uint64_t e = 0; e < 2047; e++) {
        uint64_t fracs[4] = {0, 1, (UINT64_C(1) << 52) - 1, next_random(&state) >> 12};
        for (int i = 0; i < 4; i++)
            if ((e || fracs[i]) && !check_shortest(from_bits(e << 52 | fracs[i])) && ++bad > 10)
                break;
    }
    for (int i = 0; i < 20000 && bad <= 10; i++) {
        double x = from_bits(next_random(&state) & ~(UINT64_C(1) << 63));
        if (isfinite(x) && x != 0.0 && !check_shortest(x))
            bad++;
    }
    CHECK_EQ_INT(bad, 0);
}

/* 17 significant digits always read back; so does repr. */
TEST(round_trips)
{
    uint64_t state = 0x2545F4914F6CDD1Du;
    KrBuf b;
    kri_buf_init(&b);
    int bad = 0;
    for (int i = 0; i < 50000 && bad < 10; i++) {
        double x = from_bits(next_random(&state));
        if (!isfinite(x))
            continue;
        for (int pass = 0; pass < 2; pass++) {
            b.len = 0;
            double back;
            if (kri_dtoa_format(&b, x, pass ? 'e' : 'r', pass ? 16 : 0, KR_DTOA_ADD_DOT_0) < 0 ||
                kri_dtoa_parse(b.data, b.len, &back) < 0 || bits_of(back) != bits_of(x)) {
                printf("round trip of %016" PRIx64 " via %s failed\n", bits_of(x), b.data);
                bad++;
            }
        }
    }
    kri_buf_free(&b);
    CHECK_EQ_INT(bad, 0);
}

/* The reference cases of the data file, when it can be found (the tests
 * run from the repository root). */
TEST(reference_cases)
{
    FILE *f = fopen(CASES_PATH, "r");
    if (!f) {
        printf("cannot open %s (run from the repository root)\n", CASES_PATH);
        kt_state.current_failed = 1;
        return;
    }
    KrBuf line, out;
    kri_buf_init(&line);
    kri_buf_init(&out);
    long count = 0, bad = 0;
    while (read_line(f, &line)) {
        char *tab = strchr(line.data, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        out.len = 0;
        count++;
        if (run_case(line.data, &out) < 0 || strcmp(out.data ? out.data : "", tab + 1) != 0) {
            if (++bad <= 20)
                printf("case %s: got \"%s\", want \"%s\"\n", line.data, out.data ? out.data : "",
                       tab + 1);
        }
    }
    fclose(f);
    kri_buf_free(&line);
    kri_buf_free(&out);
    CHECK(count > 30000);
    CHECK_EQ_INT(bad, 0);
}

/* ---- timing ---- */

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Times repr against snprintf("%.17g"), and parsing against strtod, on
 * random doubles of every magnitude and on "nice" short decimals. */
static int bench_mode(void)
{
    enum { N = 1000000 };
    double *xs = malloc(N * sizeof *xs);
    if (!xs)
        return 1;
    KrBuf b;
    kri_buf_init(&b);
    for (int set = 0; set < 2; set++) {
        uint64_t state = 88172645463325252u;
        for (int i = 0; i < N; i++) {
            double x;
            do
                x = set == 0 ? from_bits(next_random(&state) >> 1)
                             : (double)(next_random(&state) % 1000000) / 1000.0;
            while (!isfinite(x));
            xs[i] = x;
        }
        size_t sink = 0;
        double t0 = seconds();
        for (int i = 0; i < N; i++) {
            b.len = 0;
            if (kri_dtoa_repr(&b, xs[i]) < 0)
                return 1;
            sink += b.len;
        }
        double t1 = seconds();
        char tmp[40];
        for (int i = 0; i < N; i++)
            sink += (size_t)snprintf(tmp, sizeof tmp, "%.17g", xs[i]);
        double t2 = seconds();
        double sum = 0;
        for (int i = 0; i < N; i++) {
            b.len = 0;
            double back;
            if (kri_dtoa_repr(&b, xs[i]) < 0 || kri_dtoa_parse(b.data, b.len, &back) < 0)
                return 1;
            sum += back;
        }
        double t3 = seconds();
        for (int i = 0; i < N; i++) {
            b.len = 0;
            if (kri_dtoa_repr(&b, xs[i]) < 0)
                return 1;
            sum += strtod(b.data, NULL);
        }
        double t4 = seconds();
        printf("%s: repr %.0f ns, snprintf %%.17g %.0f ns; repr+parse %.0f ns, repr+strtod %.0f ns"
               " (%zu %g)\n",
               set == 0 ? "random bits" : "short decimals", (t1 - t0) * 1e9 / N,
               (t2 - t1) * 1e9 / N, (t3 - t2) * 1e9 / N, (t4 - t3) * 1e9 / N, sink, sum);
    }
    kri_buf_free(&b);
    free(xs);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--filter") == 0)
        return filter_mode();
    if (argc > 1 && strcmp(argv[1], "--bench") == 0)
        return bench_mode();
    RUN(repr_values);
    RUN(format_values);
    RUN(parse_values);
    RUN(round_values);
    RUN(hex_values);
    RUN(shortest_fast_equals_exact);
    RUN(round_trips);
    RUN(reference_cases);
    return kt_finish();
}
