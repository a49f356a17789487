/* A line-oriented driver for repr.c, so tools/check_repr.py can compare it
 * with python3.11's repr() on many generated values. With no argument it runs
 * a short self-test of the same line handling (as every unit test does); with
 * --filter it reads one case per line from stdin and prints one result line:
 *   s HEX         repr(str) of the UTF-8 bytes HEX (surrogates allowed)
 *   b HEX         repr(bytes)
 *   f BITS        repr(float) of the double whose IEEE bits are BITS (16 hex)
 *   j BITS        repr(complex(0.0, that double))
 *   i BASE DIGITS repr(int(DIGITS, BASE))
 * A failing call prints "!ERR rc". Results never contain a newline: repr
 * escapes every line break. */
#include "base/base.h"
#include "harness.h"

#include <inttypes.h>
#include <stdlib.h>

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes the hex text [hex] into [bytes] in place-safe fashion (bytes may
 * alias hex: the output never overtakes the input). Returns the byte count,
 * or -1 for malformed hex. */
static long unhex(const char *hex, char *bytes)
{
    long n = 0;
    for (; hex[0] && hex[1]; hex += 2) {
        int hi = hex_value(hex[0]), lo = hex_value(hex[1]);
        if (hi < 0 || lo < 0)
            return -1;
        bytes[n++] = (char)(hi * 16 + lo);
    }
    return *hex ? -1 : n;
}

/* Runs the case on [line] (modified in place), appending its result line
 * (without newline) to [out]. Returns -1 for a malformed case. */
static int run_case(char *line, KrBuf *out)
{
    if (!line[0] || line[1] != ' ')
        return -1;
    char kind = line[0];
    char *arg = line + 2;
    int rc;
    if (kind == 's' || kind == 'b') {
        long n = unhex(arg, arg);
        if (n < 0)
            return -1;
        rc = kind == 's' ? kri_repr_str(out, arg, (size_t)n)
                         : kri_repr_bytes(out, arg, (size_t)n);
    } else if (kind == 'f' || kind == 'j') {
        uint64_t bits = strtoull(arg, NULL, 16);
        double v;
        memcpy(&v, &bits, sizeof v);
        rc = kind == 'f' ? kri_repr_float(out, v) : kri_repr_imag(out, v);
    } else if (kind == 'i') {
        char *digits;
        int base = (int)strtol(arg, &digits, 10);
        if (*digits == ' ')
            digits++;
        rc = kri_repr_int_digits(out, digits, strlen(digits), base);
    } else {
        return -1;
    }
    if (rc != 0)
        return kri_buf_printf(out, "!ERR %d", rc);
    return 0;
}

static int filter(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    KrBuf out;
    kri_buf_init(&out);
    int status = 0;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n')
            line[--n] = '\0';
        out.len = 0;
        if (run_case(line, &out) < 0 || kri_buf_putc(&out, '\n') < 0) {
            fprintf(stderr, "bad case: %.60s\n", line);
            status = 1;
            break;
        }
        fwrite(out.data, 1, out.len, stdout);
    }
    free(line);
    kri_buf_free(&out);
    return status;
}

/* One case through run_case, compared with [want]. */
static void check_case(const char *input, const char *want)
{
    char line[256];
    snprintf(line, sizeof line, "%s", input);
    KrBuf out;
    kri_buf_init(&out);
    CHECK_EQ_INT(run_case(line, &out), 0);
    CHECK_EQ_STR(out.data ? out.data : "", want);
    kri_buf_free(&out);
}

TEST(line_protocol)
{
    check_case("s 61270a", "\"a'\\n\"");
    check_case("s eda080f09f9880", "'\\ud800\xf0\x9f\x98\x80'");
    check_case("b 00ff27", "b\"\\x00\\xff'\"");
    check_case("f 3ff8000000000000", "1.5");
    check_case("f 0000000000000001", "5e-324");
    check_case("f 7ff0000000000000", "inf");
    check_case("j 4341c37937e08000", "1e+16j");
    check_case("i 16 ffffffffffffffffffff", "1208925819614629174706175");
    check_case("i 2 0000", "0");
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--filter") == 0)
        return filter();
    RUN(line_protocol);
    return kt_finish();
}
