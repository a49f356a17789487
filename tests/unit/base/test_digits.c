/* The magnitude kernel (src/base/digits*.c) against CPython 3.11 and against
 * itself. reference_cases replays tests/unit/base/digits_cases.txt, written
 * by tools/gen_digits_cases.py from /usr/bin/python3.11 (the file's header
 * describes its format); the other tests check identities on operands far
 * larger than the reference file holds: Karatsuba against schoolbook,
 * q b + r == a for every division path, string round trips, isqrt bounds.
 * Numbers are read and printed in hex by code of this file alone, so a bug
 * in the kernel cannot hide itself. Run from the repository root, or pass
 * the case file's path. "--bench" times large operations instead. */
#include "base/digits.h"
#include "harness.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

static const char *cases_path = "tests/unit/base/digits_cases.txt";

/* ---- numbers of the test ---- */

typedef struct Num {
    KrDigit *d;
    size_t n;
    bool neg;
} Num;

static int hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Room for [extra] digits beyond the value is zeroed, for outputs. */
static Num num_hex(const char *s, size_t extra)
{
    Num x = {NULL, 0, false};
    if (*s == '-') {
        x.neg = true;
        s++;
    }
    size_t len = strlen(s);
    size_t cap = len * 4 / KR_DIGIT_BITS + 1 + extra;
    x.d = calloc(cap, sizeof(KrDigit));
    int have = 0;
    for (size_t i = len; i-- > 0;) {
        x.d[x.n] |= (KrDigit)hex_value(s[i]) << have;
        have += 4;
        if (have >= KR_DIGIT_BITS) {
            have -= KR_DIGIT_BITS;
            x.d[x.n] &= KR_DIGIT_MASK;
            x.n++;
            x.d[x.n] = (KrDigit)hex_value(s[i]) >> (4 - have);
        }
    }
    x.n = kri_digits_normalize(x.d, x.n + 1);
    if (x.n == 0)
        x.neg = false;
    return x;
}

static KrDigit *alloc_digits(size_t n)
{
    return calloc(n + 1, sizeof(KrDigit));
}

static bool same(const KrDigit *d, size_t n, const Num *want)
{
    return n == want->n && (n == 0 || memcmp(d, want->d, n * sizeof(KrDigit)) == 0);
}

static bool same_signed(const KrDigit *d, size_t n, bool neg, const Num *want)
{
    return same(d, n, want) && neg == want->neg;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* n random digits, top digit non-zero, often with runs of 0 and 2^30 - 1. */
static void random_digits(KrDigit *d, size_t n)
{
    int shape = (int)(rnd() % 4);
    for (size_t i = 0; i < n; i++) {
        uint64_t r = rnd();
        if (shape == 0 && r % 3 == 0)
            d[i] = (r >> 8) % 2 ? KR_DIGIT_MASK : 0;
        else
            d[i] = (KrDigit)(r >> 20) & KR_DIGIT_MASK;
    }
    if (n)
        d[n - 1] |= (KrDigit)1 << (rnd() % KR_DIGIT_BITS);
}

static Num num_random(size_t n, size_t extra)
{
    Num x = {alloc_digits(n + extra), n, false};
    random_digits(x.d, n);
    return x;
}

/* ---- the reference cases ---- */

typedef struct Case {
    char *field[8];
    int nargs, nres;
    char **arg, **res;
    long line;
} Case;

static int failures_shown;

static void report(const Case *c, const char *what)
{
    if (failures_shown++ < 25)
        printf("%s:%ld: %s %s\n", cases_path, c->line, c->arg[-1], what);
    kt_state.current_failed = 1;
}

static void check_num(const Case *c, const KrDigit *d, size_t n, bool neg, const char *want,
                      const char *what)
{
    Num w = num_hex(want, 0);
    if (!same_signed(d, n, neg, &w))
        report(c, what);
    free(w.d);
}

static void case_arith(const Case *c, const char *op)
{
    Num a = num_hex(c->arg[0], 0), b = num_hex(c->arg[1], 0);
    size_t room = a.n + b.n + 2;
    KrDigit *r = alloc_digits(room), *r2 = alloc_digits(room);
    if (strcmp(op, "add") == 0) {
        check_num(c, r, kri_digits_add(r, a.d, a.n, b.d, b.n), false, c->res[0], "add");
        memcpy(r, a.d, a.n * sizeof(KrDigit)); /* in place: r == a */
        check_num(c, r, kri_digits_add(r, r, a.n, b.d, b.n), false, c->res[0], "add in place");
    } else if (strcmp(op, "sub") == 0) {
        check_num(c, r, kri_digits_sub(r, a.d, a.n, b.d, b.n), false, c->res[0], "sub");
        memcpy(r, b.d, b.n * sizeof(KrDigit));
        check_num(c, r, kri_digits_sub(r, a.d, a.n, r, b.n), false, c->res[0], "sub into b");
    } else if (strcmp(op, "mul") == 0) {
        ptrdiff_t n = kri_digits_mul(r, a.d, a.n, b.d, b.n);
        check_num(c, r, n < 0 ? 0 : (size_t)n, false, c->res[0], "mul");
        n = kri_digits_mul(r, b.d, b.n, a.d, a.n);
        check_num(c, r, n < 0 ? 0 : (size_t)n, false, c->res[0], "mul swapped");
        check_num(c, r2, kri_digits_mul_basecase(r2, a.d, a.n, b.d, b.n), false, c->res[0],
                  "mul_basecase");
    } else { /* divmod */
        size_t nq = 99, nr = 99;
        int rc = kri_digits_divrem(r, &nq, r2, &nr, a.d, a.n, b.d, b.n);
        CHECK_EQ_INT(rc, 0);
        check_num(c, r, nq, false, c->res[0], "quotient");
        check_num(c, r2, nr, false, c->res[1], "remainder");
        rc = kri_digits_divrem(NULL, NULL, r2, &nr, a.d, a.n, b.d, b.n);
        check_num(c, r2, nr, false, c->res[1], "remainder alone");
        rc |= kri_digits_divrem(r, &nq, NULL, NULL, a.d, a.n, b.d, b.n);
        check_num(c, r, nq, false, c->res[0], "quotient alone");
        /* q over a and r over b: the inputs are read before either is written */
        KrDigit *qa = alloc_digits(a.n + 1), *rb = alloc_digits(b.n);
        memcpy(qa, a.d, a.n * sizeof(KrDigit));
        memcpy(rb, b.d, b.n * sizeof(KrDigit));
        rc |= kri_digits_divrem(qa, &nq, rb, &nr, qa, a.n, rb, b.n);
        check_num(c, qa, nq, false, c->res[0], "quotient over the dividend");
        check_num(c, rb, nr, false, c->res[1], "remainder over the divisor");
        free(qa);
        free(rb);
        CHECK_EQ_INT(rc, 0);
    }
    free(r);
    free(r2);
    free(a.d);
    free(b.d);
}

static void case_sqr(const Case *c)
{
    Num a = num_hex(c->arg[0], 0);
    KrDigit *r = alloc_digits(2 * a.n + 1);
    ptrdiff_t n = kri_digits_sqr(r, a.d, a.n);
    check_num(c, r, n < 0 ? 0 : (size_t)n, false, c->res[0], "sqr");
    n = kri_digits_mul(r, a.d, a.n, a.d, a.n);
    check_num(c, r, n < 0 ? 0 : (size_t)n, false, c->res[0], "mul by itself");
    free(r);
    free(a.d);
}

static void case_single(const Case *c, const char *op)
{
    Num a = num_hex(c->arg[0], 2);
    KrDigit d = (KrDigit)strtoul(c->arg[1], NULL, 16);
    KrDigit *r = alloc_digits(a.n + 2);
    if (strcmp(op, "muladd1") == 0) {
        KrDigit add = (KrDigit)strtoul(c->arg[2], NULL, 16);
        check_num(c, r, kri_digits_muladd1(r, a.d, a.n, d, add), false, c->res[0], "muladd1");
        if (add == 0)
            check_num(c, a.d, kri_digits_mul1(a.d, a.d, a.n, d), false, c->res[0], "mul1");
    } else if (strcmp(op, "divrem1") == 0) {
        KrDigit rem = 99;
        check_num(c, r, kri_digits_divrem1(r, a.d, a.n, d, &rem), false, c->res[0], "divrem1");
        check_num(c, &rem, rem ? 1 : 0, false, c->res[1], "divrem1 remainder");
        rem = kri_digits_mod1(a.d, a.n, d);
        check_num(c, &rem, rem ? 1 : 0, false, c->res[1], "mod1");
    } else if (strcmp(op, "add1") == 0) {
        check_num(c, a.d, kri_digits_add1(a.d, a.d, a.n, d), false, c->res[0], "add1");
    } else {
        check_num(c, a.d, kri_digits_sub1(a.d, a.d, a.n, d), false, c->res[0], "sub1");
    }
    free(r);
    free(a.d);
}

static void case_bitop(const Case *c, const char *op)
{
    Num a = num_hex(c->arg[0], 0), b = num_hex(c->arg[1], 0);
    KrDigitsBitop bop = op[0] == 'a' ? KR_DIGITS_AND : op[0] == 'o' ? KR_DIGITS_OR : KR_DIGITS_XOR;
    size_t room = (a.n > b.n ? a.n : b.n) + 1;
    KrDigit *r = alloc_digits(room);
    bool neg;
    size_t n = kri_digits_bitop(r, &neg, bop, a.neg, a.d, a.n, b.neg, b.d, b.n);
    check_num(c, r, n, neg, c->res[0], op);
    /* r == b: the result replaces an operand */
    KrDigit *rb = alloc_digits(room);
    memcpy(rb, b.d, b.n * sizeof(KrDigit));
    n = kri_digits_bitop(rb, &neg, bop, a.neg, a.d, a.n, b.neg, rb, b.n);
    check_num(c, rb, n, neg, c->res[0], "bitop in place");
    free(r);
    free(rb);
    free(a.d);
    free(b.d);
}

static void case_shift_or_invert(const Case *c, const char *op)
{
    Num a = num_hex(c->arg[0], 0);
    size_t bits = op[0] == 'i' ? 0 : (size_t)strtoul(c->arg[1], NULL, 10);
    KrDigit *r = alloc_digits(a.n + bits / KR_DIGIT_BITS + 2);
    bool neg = a.neg;
    size_t n;
    if (op[0] == 'i')
        n = kri_digits_invert(r, &neg, a.neg, a.d, a.n);
    else if (op[0] == 'l')
        n = kri_digits_lshift(r, a.d, a.n, bits);
    else
        n = kri_digits_rshift_floor(r, a.d, a.n, bits, a.neg);
    check_num(c, r, n, neg && n > 0, c->res[0], op);
    free(r);
    free(a.d);
}

static void case_bits(const Case *c)
{
    Num a = num_hex(c->arg[0], 0);
    CHECK_EQ_INT(kri_digits_bit_length(a.d, a.n), strtoull(c->res[0], NULL, 10));
    CHECK_EQ_INT(kri_digits_bit_count(a.d, a.n), strtoull(c->res[1], NULL, 10));
    CHECK_EQ_INT(kri_digits_ctz(a.d, a.n), strtoull(c->res[2], NULL, 10));
    free(a.d);
}

static void case_int64(const Case *c)
{
    Num a = num_hex(c->arg[0], 0);
    uint64_t u;
    int64_t s;
    int rc = kri_digits_to_uint64(a.d, a.n, &u);
    if (!a.neg) {
        bool overflow = strcmp(c->res[0], "overflow") == 0;
        bool ok = overflow ? rc == -1 : rc == 0 && u == strtoull(c->res[0], NULL, 16);
        if (!ok)
            report(c, "to_uint64");
    }
    rc = kri_digits_to_int64(a.neg, a.d, a.n, &s);
    if (strcmp(c->res[1], "overflow") == 0) {
        if (rc != -1)
            report(c, "to_int64 overflow");
    } else {
        KrDigit back[KR_DIGITS_U64_MAX];
        bool neg;
        if (rc != 0) {
            report(c, "to_int64");
        } else {
            size_t n = kri_digits_from_int64(back, s, &neg);
            check_num(c, back, n, neg, c->res[1], "from_int64");
        }
    }
    if (!a.neg && kri_digits_to_uint64(a.d, a.n, &u) == 0) {
        KrDigit back[KR_DIGITS_U64_MAX];
        check_num(c, back, kri_digits_from_uint64(back, u), false, c->arg[0], "from_uint64");
    }
    free(a.d);
}

static size_t bytes_hex(unsigned char *out, const char *s)
{
    if (strcmp(s, ".") == 0)
        return 0;
    size_t n = strlen(s) / 2;
    for (size_t i = 0; i < n; i++)
        out[i] = (unsigned char)(hex_value(s[2 * i]) * 16 + hex_value(s[2 * i + 1]));
    return n;
}

static void case_bytes(const Case *c, const char *op)
{
    if (strcmp(op, "tobytes") == 0) {
        Num a = num_hex(c->arg[0], 0);
        size_t len = (size_t)strtoul(c->arg[1], NULL, 10);
        bool little = strcmp(c->arg[2], "little") == 0, is_signed = c->arg[3][0] == '1';
        unsigned char *out = malloc(len + 1), *want = malloc(len + 1);
        int rc = kri_digits_to_bytes(out, len, little, is_signed, a.neg, a.d, a.n);
        if (strcmp(c->res[0], "overflow") == 0)
            CHECK_EQ_INT(rc, -1);
        else if (strcmp(c->res[0], "negative") == 0)
            CHECK_EQ_INT(rc, -2);
        else if (rc != 0 || bytes_hex(want, c->res[0]) != len || memcmp(out, want, len) != 0)
            report(c, "to_bytes");
        free(out);
        free(want);
        free(a.d);
        return;
    }
    unsigned char buf[64];
    size_t len = bytes_hex(buf, c->arg[0]);
    KrDigit r[32];
    bool neg = false;
    size_t n = kri_digits_from_bytes(r, &neg, buf, len, strcmp(c->arg[1], "little") == 0,
                                     c->arg[2][0] == '1');
    CHECK(n <= kri_digits_from_bytes_size(len));
    check_num(c, r, n, neg, c->res[0], "from_bytes");
}

static bool same_double(double x, const char *want)
{
    double w = strtod(want, NULL);
    return memcmp(&x, &w, sizeof x) == 0;
}

static void case_float(const Case *c, const char *op)
{
    if (strcmp(op, "fromdouble") == 0) {
        KrDigit r[KR_DIGITS_DOUBLE_MAX];
        check_num(c, r, kri_digits_from_double(r, strtod(c->arg[0], NULL)), false, c->res[0],
                  "from_double");
        return;
    }
    Num a = num_hex(c->arg[0], 0);
    double x = -1;
    if (strcmp(op, "todouble") == 0) {
        int rc = kri_digits_to_double(a.d, a.n, &x);
        if (strcmp(c->res[0], "overflow") == 0 ? rc != -1 : rc != 0 || !same_double(x, c->res[0]))
            report(c, "to_double");
    } else if (strcmp(op, "frexp") == 0) {
        int64_t e = 0;
        x = kri_digits_frexp(a.d, a.n, &e);
        if (!same_double(x, c->res[0]) || e != strtoll(c->res[1], NULL, 10))
            report(c, "frexp");
    } else {
        Num b = num_hex(c->arg[1], 0);
        int rc = kri_digits_truediv(a.d, a.n, b.d, b.n, &x);
        if (strcmp(c->res[0], "overflow") == 0 ? rc != -2 : rc != 0 || !same_double(x, c->res[0]))
            report(c, "truediv");
        free(b.d);
    }
    free(a.d);
}

static void case_tostr(const Case *c)
{
    Num a = num_hex(c->arg[0], 0);
    int base = atoi(c->arg[1]);
    size_t size = kri_digits_string_size(a.n, base);
    char *s = malloc(size + 1);
    ptrdiff_t n = kri_digits_to_string(s, a.d, a.n, base);
    if (n < 0 || (size_t)n > size || (size_t)n != strlen(c->res[0]) ||
        memcmp(s, c->res[0], (size_t)n) != 0)
        report(c, "to_string");
    size_t len = strlen(c->res[0]);
    KrDigit *r = alloc_digits(kri_digits_from_string_size(len, base));
    n = kri_digits_from_string(r, c->res[0], len, base);
    if (n < 0 || !same(r, (size_t)n, &a))
        report(c, "from_string");
    free(r);
    free(s);
    free(a.d);
}

static void case_literal(const Case *c)
{
    char text[8192];
    size_t len = bytes_hex((unsigned char *)text, c->arg[0]);
    int base = atoi(c->arg[1]);
    KrDigitsLiteral lit;
    int rc = kri_digits_scan_literal(text, len, base, &lit);
    if (strcmp(c->res[0], "invalid") == 0) {
        if (rc != -1)
            report(c, "accepted an invalid literal");
        return;
    }
    if (rc != 0) {
        report(c, "refused a valid literal");
        return;
    }
    KrDigit *r = alloc_digits(kri_digits_from_string_size(lit.len, lit.base));
    ptrdiff_t n = kri_digits_from_string(r, lit.digits, lit.len, lit.base);
    check_num(c, r, n < 0 ? 0 : (size_t)n, lit.negative && n > 0, c->res[0], "literal value");
    free(r);
}

static void case_number_theory(const Case *c, const char *op)
{
    Num a = num_hex(c->arg[0], 0);
    ptrdiff_t n = -1;
    KrDigit *r = NULL;
    if (strcmp(op, "pow") == 0) {
        uint64_t e = strtoull(c->arg[1], NULL, 10);
        r = alloc_digits(kri_digits_pow_size(a.d, a.n, e));
        n = kri_digits_pow(r, a.d, a.n, e);
    } else if (strcmp(op, "powmod") == 0) {
        Num e = num_hex(c->arg[1], 0), m = num_hex(c->arg[2], 0);
        r = alloc_digits(m.n);
        n = kri_digits_powmod(r, a.d, a.n, e.d, e.n, m.d, m.n);
        free(e.d);
        free(m.d);
    } else if (strcmp(op, "modinv") == 0) {
        Num m = num_hex(c->arg[1], 0);
        r = alloc_digits(m.n);
        n = kri_digits_modinv(r, a.d, a.n, m.d, m.n);
        free(m.d);
        if (strcmp(c->res[0], "none") == 0) {
            if (n != -2)
                report(c, "modinv should fail");
            n = -3;
        }
    } else if (strcmp(op, "gcd") == 0) {
        Num b = num_hex(c->arg[1], 0);
        r = alloc_digits(a.n > b.n ? a.n : b.n);
        n = kri_digits_gcd(r, a.d, a.n, b.d, b.n);
        free(b.d);
    } else {
        r = alloc_digits((a.n + 1) / 2);
        n = kri_digits_isqrt(r, a.d, a.n);
    }
    if (n != -3)
        check_num(c, r, n < 0 ? 0 : (size_t)n, false, c->res[0], op);
    if (n == -1)
        report(c, "failed");
    free(r);
    free(a.d);
}

/* Splits [line] in place into fields around " = ". */
static bool parse_case(char *line, Case *c, char **fields, int max)
{
    int nf = 0, eq = -1;
    for (char *tok = strtok(line, " \n"); tok && nf < max; tok = strtok(NULL, " \n")) {
        if (strcmp(tok, "=") == 0)
            eq = nf;
        fields[nf++] = tok;
    }
    if (eq < 1)
        return false;
    c->arg = fields + 1;
    c->nargs = eq - 1;
    c->res = fields + eq + 1;
    c->nres = nf - eq - 1;
    return true;
}

static void run_case(const Case *c)
{
    const char *op = c->arg[-1];
    if (!strcmp(op, "add") || !strcmp(op, "sub") || !strcmp(op, "mul") || !strcmp(op, "divmod"))
        case_arith(c, op);
    else if (!strcmp(op, "sqr"))
        case_sqr(c);
    else if (!strcmp(op, "muladd1") || !strcmp(op, "divrem1") || !strcmp(op, "add1") ||
             !strcmp(op, "sub1"))
        case_single(c, op);
    else if (!strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "xor"))
        case_bitop(c, op);
    else if (!strcmp(op, "invert") || !strcmp(op, "lshift") || !strcmp(op, "rshift"))
        case_shift_or_invert(c, op);
    else if (!strcmp(op, "bits"))
        case_bits(c);
    else if (!strcmp(op, "int64"))
        case_int64(c);
    else if (!strcmp(op, "tobytes") || !strcmp(op, "frombytes"))
        case_bytes(c, op);
    else if (!strcmp(op, "todouble") || !strcmp(op, "frexp") || !strcmp(op, "fromdouble") ||
             !strcmp(op, "truediv"))
        case_float(c, op);
    else if (!strcmp(op, "tostr"))
        case_tostr(c);
    else if (!strcmp(op, "literal"))
        case_literal(c);
    else
        case_number_theory(c, op);
}

TEST(reference_cases)
{
    FILE *f = fopen(cases_path, "r");
    if (!f) {
        printf("cannot open %s (run from the repository root)\n", cases_path);
        CHECK(f != NULL);
        return;
    }
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0, count = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        if (line[0] == '#')
            continue;
        Case c;
        char *fields[12];
        if (!parse_case(line, &c, fields, 12)) {
            printf("%s:%ld: malformed case\n", cases_path, lineno);
            CHECK(0);
            continue;
        }
        c.line = lineno;
        run_case(&c);
        count++;
    }
    free(line);
    fclose(f);
    CHECK(count > 5000);
}

/* ---- identities on large operands ---- */

TEST(karatsuba_matches_schoolbook)
{
    static const size_t sizes[][2] = {
        {47, 47},  {48, 49},  {49, 49},   {64, 65},   {65, 65},    {96, 97},   {97, 200},
        {130, 131}, {100, 201}, {201, 100}, {300, 1000}, {777, 1500}, {1999, 2001},
        {60, 20000}, {130, 9000}, {2500, 2600}, {4000, 4000},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(sizes); i++) {
        Num a = num_random(sizes[i][0], 0), b = num_random(sizes[i][1], 0);
        size_t room = a.n + (a.n > b.n ? a.n : b.n);
        KrDigit *r = alloc_digits(room), *r2 = alloc_digits(room);
        ptrdiff_t n = kri_digits_mul(r, a.d, a.n, b.d, b.n);
        size_t n2 = kri_digits_mul_basecase(r2, a.d, a.n, b.d, b.n);
        CHECK(n == (ptrdiff_t)n2 && memcmp(r, r2, n2 * sizeof(KrDigit)) == 0);
        n = kri_digits_sqr(r, a.d, a.n);
        n2 = kri_digits_mul_basecase(r2, a.d, a.n, a.d, a.n);
        CHECK(n == (ptrdiff_t)n2 && memcmp(r, r2, n2 * sizeof(KrDigit)) == 0);
        free(r);
        free(r2);
        free(a.d);
        free(b.d);
    }
}

/* a = q b + r built from chosen q, r < b, then divided back. */
static void check_division(const Num *q, const Num *b, const Num *rem)
{
    size_t na = q->n + b->n + 1;
    KrDigit *a = alloc_digits(na + 1);
    ptrdiff_t n = q->n ? kri_digits_mul(a, q->d, q->n, b->d, b->n) : 0;
    CHECK(n >= 0);
    size_t nn = kri_digits_add(a, a, (size_t)(n < 0 ? 0 : n), rem->d, rem->n);
    KrDigit *qq = alloc_digits(nn + 1), *rr = alloc_digits(b->n);
    size_t nq, nr;
    CHECK_EQ_INT(kri_digits_divrem(qq, &nq, rr, &nr, a, nn, b->d, b->n), 0);
    CHECK(same(qq, nq, q));
    CHECK(same(rr, nr, rem));
    free(a);
    free(qq);
    free(rr);
}

/* Divisors and quotients of many shapes around the recursive division's
 * thresholds, including all-ones divisors and maximal quotient digits. */
TEST(division_identity)
{
    static const size_t sizes[][2] = {
        {2, 2},     {3, 70},    {70, 3},     {63, 64},    {64, 64},    {65, 65},
        {128, 64},  {64, 128},  {130, 129},  {200, 90},   {90, 200},   {1000, 1000},
        {3000, 700}, {700, 3000}, {5000, 5000}, {129, 4000}, {4000, 129}, {20000, 150},
    };
    for (size_t i = 0; i < KR_ARRAY_LEN(sizes); i++) {
        for (int shape = 0; shape < 4; shape++) {
            Num q = num_random(sizes[i][0], 0), b = num_random(sizes[i][1], 0);
            if (shape == 1) { /* all ones: every quotient digit estimate is high */
                for (size_t j = 0; j < b.n; j++)
                    b.d[j] = KR_DIGIT_MASK;
            }
            if (shape == 2) { /* quotient digits all 2^30 - 1 */
                for (size_t j = 0; j < q.n; j++)
                    q.d[j] = KR_DIGIT_MASK;
            }
            if (shape == 3) { /* b = 2^29 base^k: smallest normalized divisors */
                memset(b.d, 0, b.n * sizeof(KrDigit));
                b.d[b.n - 1] = 1u << 29;
            }
            /* r = b - 1, the largest remainder, or a random one below b. */
            Num r = {alloc_digits(b.n), 0, false};
            if (shape % 2 == 0) {
                r.n = kri_digits_sub1(r.d, b.d, b.n, 1);
            } else {
                random_digits(r.d, b.n - 1);
                r.n = kri_digits_normalize(r.d, b.n - 1);
            }
            check_division(&q, &b, &r);
            free(q.d);
            free(b.d);
            free(r.d);
        }
    }
}

static void string_round_trip(size_t ndigits, int base)
{
    Num a = num_random(ndigits, 0);
    size_t size = kri_digits_string_size(a.n, base);
    char *s = malloc(size);
    ptrdiff_t n = kri_digits_to_string(s, a.d, a.n, base);
    CHECK(n > 0 && (size_t)n <= size && s[0] != '0');
    KrDigit *r = alloc_digits(kri_digits_from_string_size((size_t)n, base));
    ptrdiff_t nr = kri_digits_from_string(r, s, (size_t)n, base);
    CHECK(nr >= 0 && same(r, (size_t)nr, &a));
    free(r);
    free(s);
    free(a.d);
}

TEST(string_round_trips)
{
    static const size_t sizes[] = {3, 4, 100, 249, 250, 251, 400, 999, 3000, 12000, 40000};
    static const int bases[] = {10, 7, 36, 3, 16, 2, 32, 8};
    for (size_t i = 0; i < KR_ARRAY_LEN(sizes); i++) {
        for (size_t j = 0; j < KR_ARRAY_LEN(bases); j++) {
            if (sizes[i] <= 3000 || j < 2)
                string_round_trip(sizes[i], bases[j]);
        }
    }
}

TEST(isqrt_bounds)
{
    static const size_t sizes[] = {3, 4, 5, 9, 64, 101, 700, 3001};
    for (size_t i = 0; i < KR_ARRAY_LEN(sizes); i++) {
        Num a = num_random(sizes[i], 0);
        KrDigit *r = alloc_digits((a.n + 1) / 2 + 1);
        ptrdiff_t n = kri_digits_isqrt(r, a.d, a.n);
        CHECK(n > 0);
        /* r^2 <= a < (r + 1)^2 */
        KrDigit *sq = alloc_digits(2 * (size_t)n + 2);
        ptrdiff_t ns = kri_digits_sqr(sq, r, (size_t)n);
        CHECK(kri_digits_cmp(sq, (size_t)ns, a.d, a.n) <= 0);
        size_t n1 = kri_digits_incr(r, (size_t)n);
        ns = kri_digits_sqr(sq, r, n1);
        CHECK(kri_digits_cmp(sq, (size_t)ns, a.d, a.n) > 0);
        free(sq);
        free(r);
        free(a.d);
    }
}

/* powmod(a, e, m) == pow(a, e) mod m, over Montgomery and division rings. */
TEST(powmod_matches_pow)
{
    static const size_t msizes[] = {1, 2, 3, 17, 64, 65, 100, 150};
    for (size_t i = 0; i < KR_ARRAY_LEN(msizes); i++) {
        for (int odd = 0; odd < 2; odd++) {
            Num m = num_random(msizes[i], 0), a = num_random(msizes[i] + 1, 0);
            m.d[0] = (m.d[0] & ~1u) | (KrDigit)odd;
            uint64_t e = 37;
            KrDigit ed[1] = {(KrDigit)e};
            KrDigit *p = alloc_digits(kri_digits_pow_size(a.d, a.n, e));
            ptrdiff_t np = kri_digits_pow(p, a.d, a.n, e);
            KrDigit *want = alloc_digits(m.n), *got = alloc_digits(m.n);
            size_t nw;
            CHECK_EQ_INT(kri_digits_divrem(NULL, NULL, want, &nw, p, (size_t)np, m.d, m.n), 0);
            ptrdiff_t ng = kri_digits_powmod(got, a.d, a.n, ed, 1, m.d, m.n);
            CHECK(ng == (ptrdiff_t)nw && memcmp(got, want, nw * sizeof(KrDigit)) == 0);
            free(p);
            free(want);
            free(got);
            free(m.d);
            free(a.d);
        }
    }
}

/* a x == 1 (mod m) for the inverse of large random a. */
TEST(modinv_large)
{
    for (int i = 0; i < 6; i++) {
        size_t n = i < 3 ? 40 : 400;
        Num m = num_random(n, 0), a = num_random(n - 1, 0);
        m.d[0] |= 1;
        a.d[0] = (a.d[0] & ~(KrDigit)1) | (KrDigit)(i % 2); /* even a sometimes */
        KrDigit *x = alloc_digits(m.n), *prod = alloc_digits(m.n + a.n), *rem = alloc_digits(m.n);
        ptrdiff_t nx = kri_digits_modinv(x, a.d, a.n, m.d, m.n);
        KrDigit *g = alloc_digits(m.n);
        ptrdiff_t ng = kri_digits_gcd(g, a.d, a.n, m.d, m.n);
        if (ng == 1 && g[0] == 1) {
            CHECK(nx > 0);
            ptrdiff_t np = kri_digits_mul(prod, a.d, a.n, x, (size_t)nx);
            size_t nr;
            CHECK_EQ_INT(kri_digits_divrem(NULL, NULL, rem, &nr, prod, (size_t)np, m.d, m.n), 0);
            CHECK(nr == 1 && rem[0] == 1);
        } else {
            CHECK_EQ_INT(nx, -2);
        }
        free(g);
        free(x);
        free(prod);
        free(rem);
        free(m.d);
        free(a.d);
    }
}

/* a / b is unchanged by scaling both by 2^k: the linear path with huge
 * operands against the reference cases' small ones. */
TEST(truediv_scaling)
{
    static const size_t shifts[] = {0, 1, 29, 30, 1000, 100000};
    for (int i = 0; i < 20; i++) {
        Num a = num_random(1 + rnd() % 5, 0), b = num_random(1 + rnd() % 5, 0);
        double want;
        CHECK_EQ_INT(kri_digits_truediv(a.d, a.n, b.d, b.n, &want), 0);
        for (size_t j = 0; j < KR_ARRAY_LEN(shifts); j++) {
            size_t k = shifts[j];
            KrDigit *sa = alloc_digits(a.n + k / 30 + 1), *sb = alloc_digits(b.n + k / 30 + 1);
            size_t nsa = kri_digits_lshift(sa, a.d, a.n, k);
            size_t nsb = kri_digits_lshift(sb, b.d, b.n, k);
            double got;
            CHECK_EQ_INT(kri_digits_truediv(sa, nsa, sb, nsb, &got), 0);
            CHECK(got == want);
            free(sa);
            free(sb);
        }
        free(a.d);
        free(b.d);
    }
}

/* Values whose expectations are written here from python3.11. */
TEST(edge_values)
{
    KrDigit r[8];
    bool neg;
    /* int64 limits */
    size_t n = kri_digits_from_int64(r, INT64_MIN, &neg);
    int64_t back;
    CHECK(neg && n == 3 && r[2] == 8 && r[1] == 0 && r[0] == 0);
    CHECK_EQ_INT(kri_digits_to_int64(true, r, n, &back), 0);
    CHECK(back == INT64_MIN);
    CHECK_EQ_INT(kri_digits_to_int64(false, r, n, &back), -1); /* 2^63 */
    /* float(2**1024 - 2**970) overflows, float(2**1024 - 2**970 - 1) does not */
    KrDigit big[36] = {0}, low[36] = {0}, one = 1;
    n = kri_digits_lshift(big, &one, 1, 1024);
    size_t nlow = kri_digits_lshift(low, &one, 1, 970);
    n = kri_digits_sub(big, big, n, low, nlow);
    double d;
    CHECK_EQ_INT(kri_digits_to_double(big, n, &d), -1);
    n = kri_digits_sub1(big, big, n, 1);
    CHECK_EQ_INT(kri_digits_to_double(big, n, &d), 0);
    CHECK(d == 1.7976931348623157e308);
    /* ~0 == -1, ~-1 == 0 */
    n = kri_digits_invert(r, &neg, false, r, 0);
    CHECK(n == 1 && r[0] == 1 && neg);
    n = kri_digits_invert(r, &neg, true, r, 1);
    CHECK(n == 0 && !neg);
    /* -5 & 3 == 3, -5 | 3 == -5, -5 ^ 3 == -8 */
    KrDigit five = 5, three = 3;
    n = kri_digits_bitop(r, &neg, KR_DIGITS_AND, true, &five, 1, false, &three, 1);
    CHECK(n == 1 && r[0] == 3 && !neg);
    n = kri_digits_bitop(r, &neg, KR_DIGITS_OR, true, &five, 1, false, &three, 1);
    CHECK(n == 1 && r[0] == 5 && neg);
    n = kri_digits_bitop(r, &neg, KR_DIGITS_XOR, true, &five, 1, false, &three, 1);
    CHECK(n == 1 && r[0] == 8 && neg);
    /* (-1) >> 1000 == -1, 1 >> 1000 == 0 */
    CHECK_EQ_INT(kri_digits_rshift_floor(r, &one, 1, 1000, true), 1);
    CHECK(r[0] == 1);
    CHECK_EQ_INT(kri_digits_rshift_floor(r, &one, 1, 1000, false), 0);
    /* zero in every conversion */
    char s[4];
    CHECK_EQ_INT(kri_digits_to_string(s, r, 0, 10), 1);
    CHECK(s[0] == '0');
    CHECK_EQ_INT(kri_digits_to_string(s, r, 0, 16), 1);
    CHECK(s[0] == '0');
    CHECK_EQ_INT(kri_digits_from_string(r, "0_0", 3, 10), 0);
    CHECK_EQ_INT(kri_digits_gcd(r, r, 0, r, 0), 0);
    CHECK_EQ_INT(kri_digits_isqrt(r, r, 0), 0);
    CHECK_EQ_INT(kri_digits_to_double(r, 0, &d), 0);
    CHECK(d == 0.0);
    int64_t e = 99;
    CHECK(kri_digits_frexp(r, 0, &e) == 0.0 && e == 0);
    CHECK_EQ_INT(kri_digits_truediv(r, 0, big, 35, &d), 0); /* 0 / (a 1024-bit b) */
    CHECK(d == 0.0);
    /* pow(x, -1, 1) == 0; the size of (2**30 - 1) ** (2**64 - 1) overflows */
    KrDigit mask = KR_DIGIT_MASK;
    CHECK_EQ_INT(kri_digits_modinv(r, &five, 1, &one, 1), 0);
    CHECK_EQ_INT(kri_digits_pow_size(&mask, 1, UINT64_MAX), 0);
    CHECK_EQ_INT(kri_digits_pow_size(&one, 1, UINT64_MAX), 1);
}

/* ---- timings ---- */

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench_mul(size_t na, size_t nb, int reps)
{
    Num a = num_random(na, 0), b = num_random(nb, 0);
    KrDigit *r = alloc_digits(na + nb);
    double t0 = seconds();
    for (int i = 0; i < reps; i++) {
        if (kri_digits_mul(r, a.d, na, b.d, nb) < 0)
            printf("out of memory\n");
    }
    double t = (seconds() - t0) / reps;
    printf("mul %zu x %zu digits (%zu x %zu bits): %.3f us\n", na, nb, na * 30, nb * 30, t * 1e6);
    free(r);
    free(a.d);
    free(b.d);
}

/* The hot case: one- and two-digit numbers to and from decimal. */
static void bench_small_strings(void)
{
    static const char *const texts[] = {"7", "123456789", "1152921504606846975"};
    for (size_t k = 0; k < KR_ARRAY_LEN(texts); k++) {
        KrDigit d[4];
        char out[32];
        size_t len = strlen(texts[k]);
        ptrdiff_t n = 0, m = 0;
        long reps = 10000000;
        double t0 = seconds();
        for (long i = 0; i < reps; i++)
            n += kri_digits_from_string(d, texts[k], len, 10);
        double t1 = seconds();
        for (long i = 0; i < reps; i++)
            m += kri_digits_to_string(out, d, (size_t)(n / reps), 10);
        double t2 = seconds();
        printf("%s (%td digits): from %.1f ns, to %.1f ns\n", texts[k], n / reps,
               (t1 - t0) / reps * 1e9, (t2 - t1) / reps * 1e9);
        CHECK(m == (ptrdiff_t)len * reps);
    }
}

static void bench(void)
{
    bench_small_strings();
    bench_mul(10, 10, 1000000);
    bench_mul(100, 100, 10000);
    bench_mul(1000, 1000, 100);
    bench_mul(10000, 10000, 3);
    bench_mul(100000, 100000, 1);
    bench_mul(10, 100000, 100);
    bench_mul(1000, 100000, 3);
    /* A 1,000,000-digit decimal number: 10^999999 <= x < 10^1000000. */
    size_t nd = 1000000;
    char *text = malloc(nd + 1);
    for (size_t i = 0; i < nd; i++)
        text[i] = (char)('0' + (i == 0 ? 1 + rnd() % 9 : rnd() % 10));
    KrDigit *x = alloc_digits(kri_digits_from_string_size(nd, 10));
    double t0 = seconds();
    ptrdiff_t nx = kri_digits_from_string(x, text, nd, 10);
    double t1 = seconds();
    char *back = malloc(kri_digits_string_size((size_t)nx, 10));
    ptrdiff_t nback = kri_digits_to_string(back, x, (size_t)nx, 10);
    double t2 = seconds();
    printf("from decimal, 1000000 digits: %.3f s\n", t1 - t0);
    printf("to decimal,   1000000 digits: %.3f s (%s)\n", t2 - t1,
           nback == (ptrdiff_t)nd && memcmp(back, text, nd) == 0 ? "round trip ok" : "MISMATCH");
    KrDigit *q = alloc_digits((size_t)nx), *rem = alloc_digits((size_t)nx / 2);
    size_t nq, nr;
    t0 = seconds();
    if (kri_digits_divrem(q, &nq, rem, &nr, x, (size_t)nx, x, (size_t)nx / 2) < 0)
        printf("out of memory\n");
    printf("divrem %zd / %zd digits: %.3f s\n", nx, nx / 2, seconds() - t0);
    KrDigit *root = alloc_digits(((size_t)nx + 1) / 2);
    t0 = seconds();
    if (kri_digits_isqrt(root, x, (size_t)nx) < 0)
        printf("out of memory\n");
    printf("isqrt of %zd digits: %.3f s\n", nx, seconds() - t0);
    size_t ng = 3000;
    KrDigit *g = alloc_digits(ng);
    t0 = seconds();
    if (kri_digits_gcd(g, x, ng, x + ng, ng) < 0)
        printf("out of memory\n");
    printf("gcd of two %zu-digit numbers: %.3f s\n", ng, seconds() - t0);
    free(g);
    free(root);
    free(q);
    free(rem);
    free(back);
    free(x);
    free(text);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--bench") == 0) {
            bench();
            return 0;
        }
        cases_path = argv[i];
    }
    RUN(reference_cases);
    RUN(karatsuba_matches_schoolbook);
    RUN(division_identity);
    RUN(string_round_trips);
    RUN(isqrt_bounds);
    RUN(powmod_matches_pow);
    RUN(modinv_large);
    RUN(truediv_scaling);
    RUN(edge_values);
    return kt_finish();
}
