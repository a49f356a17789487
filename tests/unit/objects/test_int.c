/* The int type against CPython 3.11: every case of int_cases.txt (written
 * by tools/gen_int_cases.py with /usr/bin/python3.11: arithmetic on big and
 * small operands of both signs, pow with and without modulus, shifts,
 * bitwise on negatives, exact float comparison, hashes, text both ways with
 * the digit limit, to/from bytes), then a few checks of subclasses,
 * keyword arguments and the limit switch. Run from the repository root. */
#include <stdlib.h>

#include "harness.h"
#include "objects/int.h"

static KrThread *ts;

#define CASES "tests/unit/objects/int_cases.txt"
#define MAX_VALS 256

/* ---- showing results as the generator does ---- */

static void put(KrBuf *out, const char *s)
{
    if (kri_buf_append(out, s, strlen(s)) < 0)
        abort();
}

/* "!Type: message" of the pending exception. */
static void put_error(KrBuf *out)
{
    KrObject *e = kri_err_fetch(ts);
    KrObject *s = e ? kri_object_str(ts, e) : NULL;
    char head[128];
    snprintf(head, sizeof head, "!%s: ", e ? kri_type_name(e->ob_type) : "(no error)");
    put(out, head);
    put(out, s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_xdecref(e);
}

static uint64_t low64(KrObject *i)
{
    uint64_t v = 0;
    if (kri_digits_to_uint64(kri_int_digits(i), kri_int_ndigits(i), &v) < 0)
        abort();
    return v;
}

/* The digest the generator writes for ints past 2048 bits. */
static void put_digest(KrBuf *out, KrObject *o)
{
    KrObject *m = kri_int_from_u64(ts, ((uint64_t)1 << 61) - 1);
    KrObject *mask = kri_int_from_u64(ts, UINT64_MAX);
    KrObject *res = kri_number_binop(ts, o, m, KR_NB_REMAINDER);
    KrObject *low = kri_number_binop(ts, o, mask, KR_NB_AND);
    char buf[96];
    snprintf(buf, sizeof buf, "~%llx:%llx:%llu", (unsigned long long)low64(res),
             (unsigned long long)low64(low), (unsigned long long)kri_int_bit_length(o));
    put(out, buf);
    kr_decref(m);
    kr_decref(mask);
    kr_decref(res);
    kr_decref(low);
}

/* Appends the shown form of [o] (consumed; NULL shows the error). */
static void show(KrBuf *out, KrObject *o)
{
    if (!o) {
        put_error(out);
        return;
    }
    if (kr_is_type(o, &kr_bool_type)) {
        put(out, o == KR_TRUE ? "True" : "False");
    } else if (kr_int_check(o) && kri_int_bit_length(o) > 2048) {
        put_digest(out, o);
    } else if (kr_int_check(o) || kr_tuple_check(o)) {
        if (kr_tuple_check(o)) {
            put(out, "(");
            for (ssize_t i = 0; i < KR_SIZE(o); i++) {
                if (i)
                    put(out, ", ");
                show(out, kr_incref(KR_TUPLE_ITEMS(o)[i]));
            }
            put(out, ")");
        } else {
            KrObject *s = kri_int_to_str(ts, o, 16);
            put(out, s ? kri_str_utf8(ts, s, NULL) : "(hex failed)");
            kr_xdecref(s);
        }
    } else {
        KrObject *r = kri_object_repr(ts, o);
        if (!r) {
            put_error(out);
        } else {
            put(out, kri_str_utf8(ts, r, NULL));
            kr_decref(r);
        }
    }
    kr_decref(o);
}

/* ---- running one case ---- */

static KrObject *vals[MAX_VALS];
static int nvals;

static KrObject *operand(const char *text)
{
    if (text[0] == '@')
        return kr_incref(vals[atoi(text + 1)]);
    return kri_int_from_str(ts, text, (ssize_t)strlen(text), 0, NULL);
}

static KrObject *call_method(KrObject *o, const char *name, KrObject *const *args, size_t n,
                             KrObject *kwnames)
{
    KrObject *f = kri_object_getattr_cstr(ts, o, name);
    if (!f)
        return NULL;
    KrObject *r = kri_call(ts, f, args, n - (kwnames ? (size_t)KR_SIZE(kwnames) : 0), kwnames);
    kr_decref(f);
    return r;
}

static KrObject *from_hex_bytes(const char *hex)
{
    size_t n = strcmp(hex, "-") == 0 ? 0 : strlen(hex) / 2;
    char *buf = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        buf[i] = (char)v;
    }
    KrObject *b = kri_bytes_new(ts, buf, (ssize_t)n);
    free(buf);
    return b;
}

static const struct { const char *name; KrNbOp op; } binops[] = {
    { "add", KR_NB_ADD }, { "sub", KR_NB_SUBTRACT }, { "mul", KR_NB_MULTIPLY },
    { "floordiv", KR_NB_FLOOR_DIVIDE }, { "mod", KR_NB_REMAINDER }, { "divmod", KR_NB_DIVMOD },
    { "truediv", KR_NB_TRUE_DIVIDE }, { "and", KR_NB_AND }, { "or", KR_NB_OR },
    { "xor", KR_NB_XOR }, { "lshift", KR_NB_LSHIFT }, { "rshift", KR_NB_RSHIFT },
    { "pow", KR_NB_POWER },
};

/* Byte conversions: fields "n little signed" / "little signed". */
static KrObject *run_bytes(const char *op, const char *f1, const char *f2)
{
    int n = 0, little, is_signed;
    KrObject *kw = kri_tuple_pack(ts, 1, kri_str_from_cstr(ts, "signed"));
    kr_decref(KR_TUPLE_ITEMS(kw)[0]); /* the tuple holds the only reference needed */
    KrObject *r;
    if (strcmp(op, "tobytes") == 0) {
        sscanf(f2, "%d %d %d", &n, &little, &is_signed);
        KrObject *a = operand(f1);
        KrObject *args[3] = { kri_int_from_i64(ts, n), kri_str_from_cstr(ts, little ? "little" : "big"),
                              kr_bool(is_signed) };
        r = call_method(a, "to_bytes", args, 3, kw);
        kr_decref(args[0]);
        kr_decref(args[1]);
        kr_decref(a);
    } else {
        sscanf(f2, "%d %d", &little, &is_signed);
        KrObject *args[3] = { from_hex_bytes(f1), kri_str_from_cstr(ts, little ? "little" : "big"),
                              kr_bool(is_signed) };
        r = call_method(KR_OBJ(&kr_int_type), "from_bytes", args, 3, kw);
        kr_decref(args[0]);
        kr_decref(args[1]);
    }
    kr_decref(kw);
    return r;
}

static KrObject *run_unary(const char *op, KrObject *a, const char *f2)
{
    if (strcmp(op, "neg") == 0)
        return kri_number_negative(ts, a);
    if (strcmp(op, "abs") == 0)
        return kri_number_absolute(ts, a);
    if (strcmp(op, "invert") == 0)
        return kri_number_invert(ts, a);
    if (strcmp(op, "hash") == 0)
        return kri_int_from_i64(ts, kri_object_hash(ts, a));
    if (strcmp(op, "float") == 0)
        return kri_number_float(ts, a);
    if (strcmp(op, "str") == 0)
        return kri_object_str(ts, a);
    if (strcmp(op, "oct") == 0 || strcmp(op, "bin") == 0)
        return kri_int_to_str(ts, a, op[0] == 'o' ? 8 : 2);
    if (strcmp(op, "cmpf") == 0)
        return kri_int_from_i64(ts, kri_int_compare_double(a, strtod(f2, NULL)));
    if (strcmp(op, "round") == 0) {
        KrObject *n = operand(f2), *neg = kri_number_negative(ts, n);
        KrObject *r = call_method(a, "__round__", &neg, 1, NULL);
        kr_decref(n);
        kr_decref(neg);
        return r;
    }
    if (strcmp(op, "sizeof") == 0)
        return call_method(a, "__sizeof__", NULL, 0, NULL);
    return call_method(a, op, NULL, 0, NULL); /* bit_length, bit_count */
}

static KrObject *run_case(const char *op, const char *f1, const char *f2)
{
    if (strcmp(op, "tobytes") == 0 || strcmp(op, "frombytes") == 0)
        return run_bytes(op, f1, f2);
    if (strcmp(op, "parse") == 0) {
        KrObject *text = from_hex_bytes(f1);
        KrObject *args[2] = { kri_str_from_utf8(ts, KR_BYTES_DATA(text), KR_SIZE(text)),
                              kri_int_from_i64(ts, atoi(f2)) };
        KrObject *r = kri_call(ts, KR_OBJ(&kr_int_type), args, 2, NULL);
        kr_decref(text);
        kr_decref(args[0]);
        kr_decref(args[1]);
        return r;
    }
    if (strcmp(op, "powmod") == 0) {
        char a_text[2048], e_text[2048];
        sscanf(f1, "%2047s %2047s", a_text, e_text);
        KrObject *a = operand(a_text), *e = operand(e_text), *m = operand(f2);
        KrObject *r = kri_number_power(ts, a, e, m);
        kr_decref(a);
        kr_decref(e);
        kr_decref(m);
        return r;
    }
    KrObject *a = operand(f1), *r = NULL;
    if (strcmp(op, "cmp") == 0) {
        KrObject *b = operand(f2);
        r = kri_int_from_i64(ts, kri_int_compare(a, b));
        kr_decref(b);
    } else {
        for (size_t i = 0; i < KR_ARRAY_LEN(binops) && !r; i++) {
            if (strcmp(op, binops[i].name) == 0) {
                KrObject *b = operand(f2);
                r = kri_number_binop(ts, a, b, binops[i].op);
                kr_decref(b);
                kr_decref(a);
                return r;
            }
        }
        r = run_unary(op, a, f2);
    }
    kr_decref(a);
    return r;
}

TEST(test_cases)
{
    FILE *f = fopen(CASES, "r");
    CHECK(f != NULL);
    if (!f)
        return;
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    int lineno = 0, failures = 0, count = 0;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#')
            continue;
        char *op = strtok(line, "\t"), *f1 = strtok(NULL, "\t"), *f2 = strtok(NULL, "\t");
        char *want = strtok(NULL, "\t");
        if (strcmp(op, "val") == 0) {
            vals[nvals++] = operand(f1);
            continue;
        }
        KrBuf got;
        kri_buf_init(&got);
        show(&got, run_case(op, f1, f2));
        put(&got, "");
        count++;
        if (strcmp(got.data, want) != 0) {
            if (failures++ < 25)
                printf("%s:%d: %s %.60s %.60s\n  got  %.300s\n  want %.300s\n", CASES, lineno,
                       op, f1, f2, got.data, want);
            kt_state.current_failed = 1;
        }
        kri_buf_free(&got);
    }
    printf("int cases: %d run, %d failed\n", count, failures);
    free(line);
    fclose(f);
    for (int i = 0; i < nvals; i++)
        kr_decref(vals[i]);
}

/* ---- direct checks ---- */

static const char *text_of(KrObject *o)
{
    static KrBuf buf;
    kri_buf_free(&buf);
    kri_buf_init(&buf);
    if (o && kr_int_check(o) && !kr_is_type(o, &kr_bool_type) && !kr_is_type(o, &kr_int_type)) {
        put(&buf, kri_type_name(o->ob_type));
        put(&buf, ":");
    }
    if (o && kr_int_check(o) && !kr_is_type(o, &kr_bool_type)) {
        KrObject *s = kri_int_to_str(ts, o, 10);
        put(&buf, s ? kri_str_utf8(ts, s, NULL) : "?");
        kr_xdecref(s);
        kr_decref(o);
    } else {
        show(&buf, o);
    }
    put(&buf, "");
    return buf.data;
}

TEST(test_small_and_subclass)
{
    CHECK(kri_int_from_i64(ts, 1024) == kri_int_small(1024));
    KrObject *a = kri_int_from_i64(ts, 1000), *b = kri_int_from_i64(ts, 24);
    KrObject *s = kri_number_binop(ts, a, b, KR_NB_ADD);
    CHECK(s == kri_int_small(1024));
    kr_decref(s);
    /* True + True is an exact int */
    KrObject *two = kri_number_binop(ts, KR_TRUE, KR_TRUE, KR_NB_ADD);
    CHECK(kr_is_type(two, &kr_int_type));
    CHECK_EQ_STR(text_of(two), "2");
    CHECK_EQ_STR(text_of(kri_number_negative(ts, KR_TRUE)), "-1");
    CHECK_EQ_STR(text_of(call_method(KR_TRUE, "as_integer_ratio", NULL, 0, NULL)), "(0x1, 0x1)");
    CHECK_EQ_STR(text_of(kri_object_getattr_cstr(ts, KR_TRUE, "numerator")), "1");
    CHECK_EQ_STR(text_of(kri_object_getattr_cstr(ts, a, "denominator")), "1");
    CHECK_EQ_STR(text_of(kri_object_getattr_cstr(ts, a, "imag")), "0");
    /* float(int) rounds half to even */
    KrObject *big = kri_int_from_str(ts, "0x20000000000001" "0000000000", 26, 0, NULL);
    CHECK_EQ_STR(text_of(kri_number_float(ts, big)), "9.903520314283042e+27");
    CHECK_EQ_STR(text_of(kri_int_from_object(ts, KR_TRUE)), "1");
    KrObject *f = kri_float_from_double(ts, -1e30);
    CHECK_EQ_STR(text_of(kri_int_from_object(ts, f)), "-1000000000000000019884624838656");
    kr_decref(f);
    KrObject *l = kri_list_new(ts, 0);
    CHECK_EQ_STR(text_of(kri_int_from_object(ts, l)),
                 "!TypeError: int() argument must be a string, a bytes-like object or a real "
                 "number, not 'list'");
    kr_decref(l);
    kr_decref(big);
    kr_decref(a);
    kr_decref(b);
}

TEST(test_arguments)
{
    KrObject *five = kri_int_small(5), *args[3] = { kri_int_small(1), NULL, NULL };
    args[1] = kri_str_from_cstr(ts, "big");
    args[2] = kri_int_small(5);
    CHECK_EQ_STR(text_of(call_method(five, "to_bytes", args, 3, NULL)),
                 "!TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
    KrObject *kw = kri_tuple_pack(ts, 1, KR_ID(name));
    CHECK_EQ_STR(text_of(call_method(five, "to_bytes", args, 1, kw)),
                 "!TypeError: 'name' is an invalid keyword argument for to_bytes()");
    CHECK_EQ_STR(text_of(call_method(KR_OBJ(&kr_int_type), "from_bytes", NULL, 0, NULL)),
                 "!TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
    KrObject *order = kri_int_small(5);
    KrObject *a2[2] = { kri_int_small(2), order };
    CHECK_EQ_STR(text_of(call_method(five, "to_bytes", a2, 2, NULL)),
                 "!TypeError: to_bytes() argument 'byteorder' must be str, not int");
    KrObject *lst = kri_list_new(ts, 0);
    kri_list_append(ts, lst, kri_int_small(1));
    kri_list_append(ts, lst, kri_int_small(2));
    CHECK_EQ_STR(text_of(call_method(KR_OBJ(&kr_int_type), "from_bytes", &lst, 1, NULL)), "258");
    CHECK_EQ_STR(text_of(call_method(KR_OBJ(&kr_int_type), "from_bytes", &five, 1, NULL)),
                 "!TypeError: cannot convert 'int' object to bytes");
    CHECK_EQ_STR(text_of(call_method(KR_OBJ(&kr_bool_type), "from_bytes", &args[2], 0, NULL)),
                 "!TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
    KrObject *base_kw = kri_tuple_pack(ts, 1, kri_str_from_cstr(ts, "base"));
    kr_decref(KR_TUPLE_ITEMS(base_kw)[0]);
    KrObject *ia[2] = { kri_str_from_cstr(ts, "ff"), kri_int_small(16) };
    CHECK_EQ_STR(text_of(kri_call(ts, KR_OBJ(&kr_int_type), ia, 1, base_kw)), "255");
    CHECK_EQ_STR(text_of(kri_call(ts, KR_OBJ(&kr_int_type), ia + 1, 0, base_kw)),
                 "!TypeError: int() missing string argument");
    KrObject *ib[2] = { kri_int_small(16), kri_int_small(16) };
    CHECK_EQ_STR(text_of(kri_call(ts, KR_OBJ(&kr_int_type), ib, 2, NULL)),
                 "!TypeError: int() can't convert non-string with explicit base");
    KrObject *bb = kri_bytes_new(ts, " -12 ", 5), *ba = kri_bytearray_new(ts, "x ", 2);
    CHECK_EQ_STR(text_of(kri_int_from_object(ts, bb)), "-12");
    CHECK_EQ_STR(text_of(kri_int_from_object(ts, ba)),
                 "!ValueError: invalid literal for int() with base 10: b'x '");
    CHECK_EQ_STR(text_of(call_method(five, "__round__", args, 2, NULL)),
                 "!TypeError: __round__ expected at most 1 argument, got 2");
    CHECK_EQ_STR(text_of(call_method(five, "__sizeof__", NULL, 0, NULL)), "28");
    kr_decref(bb);
    kr_decref(ba);
    kr_decref(ia[0]);
    kr_decref(base_kw);
    kr_decref(lst);
    kr_decref(kw);
    kr_decref(args[1]);
}

TEST(test_limit_switch)
{
    KrObject *ten = kri_int_small(10), *e = kri_int_from_i64(ts, 5000);
    KrObject *big = kri_number_binop(ts, ten, e, KR_NB_POWER);
    KrObject *s = kri_object_str(ts, big);
    CHECK(s == NULL);
    kri_err_clear(ts);
    ts->interp->int_max_str_digits = 0;
    s = kri_object_str(ts, big);
    CHECK(s && kr_str_len(s) == 5001);
    KrObject *back = s ? kri_int_from_object(ts, s) : NULL;
    CHECK(back && kri_int_compare(back, big) == 0);
    ts->interp->int_max_str_digits = 4300;
    kr_xdecref(back);
    kr_xdecref(s);
    kr_decref(big);
    kr_decref(e);
}

int main(void)
{
    ts = kri_runtime_start(0, NULL);
    if (!ts)
        return 1;
    RUN(test_cases);
    RUN(test_small_and_subclass);
    RUN(test_arguments);
    RUN(test_limit_switch);
    kri_runtime_finish(ts);
    return kt_finish();
}
