/* The object core without the VM: start the runtime, make and combine
 * objects through the protocols, check reprs, hashing, dict behaviour and
 * error messages against what CPython 3.11 gives (PYTHONHASHSEED=0). */
#include <stdlib.h>

#include "harness.h"
#include "objects/objects.h"

static KrThread *ts;

/* repr(o) as a C string (static buffer), consuming [o]. */
static const char *repr_of(KrObject *o)
{
    static char buf[512];
    if (!o)
        return "(null)";
    KrObject *r = kri_object_repr(ts, o);
    kr_decref(o);
    if (!r)
        return "(error)";
    snprintf(buf, sizeof buf, "%s", kri_str_utf8(ts, r, NULL));
    kr_decref(r);
    return buf;
}

/* str() of the pending exception, prefixed with its type name. */
static const char *error_text(void)
{
    static char buf[512];
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

TEST(test_ints)
{
    CHECK_EQ_STR(repr_of(kri_int_from_i64(ts, 0)), "0");
    CHECK_EQ_STR(repr_of(kri_int_from_i64(ts, -123456789012345)), "-123456789012345");
    CHECK_EQ_STR(repr_of(kri_int_from_i64(ts, INT64_MIN)), "-9223372036854775808");
    CHECK(kri_int_from_i64(ts, 7) == kri_int_small(7));
    KrObject *a = kri_int_from_i64(ts, 40), *b = kri_int_from_i64(ts, 2);
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, a, b, KR_NB_ADD)), "42");
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, a, b, KR_NB_TRUE_DIVIDE)), "20.0");
    KrObject *m7 = kri_int_from_i64(ts, -7);
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, m7, b, KR_NB_FLOOR_DIVIDE)), "-4");
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, m7, b, KR_NB_REMAINDER)), "1");
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, m7, kri_int_small(0), KR_NB_REMAINDER)),
                 "(null)");
    CHECK_EQ_STR(error_text(), "ZeroDivisionError: integer modulo by zero");
    KrObject *big = kri_int_from_str(ts, "123456789012345678901234567890", 30, 10, NULL);
    CHECK_EQ_STR(repr_of(big), "123456789012345678901234567890");
    KrObject *hex = kri_int_from_str(ts, " -0x_ff ", 8, 0, NULL);
    CHECK_EQ_STR(repr_of(hex), "-255");
    CHECK(kri_int_from_str(ts, "012", 3, 0, NULL) == NULL);
    CHECK_EQ_STR(error_text(), "ValueError: invalid literal for int() with base 0: '012'");
    kr_decref(a);
    kr_decref(b);
    kr_decref(m7);
}

TEST(test_hash_matches_cpython)
{
    /* PYTHONHASHSEED=0 python3.11 -c "print(hash('abc'), hash((1, 2)), hash(2**40))" */
    KrObject *s = kri_str_from_cstr(ts, "abc");
    CHECK_EQ_INT(kri_object_hash(ts, s), -4594863902769663758LL);
    KrObject *t = kri_tuple_pack(ts, 2, kri_int_small(1), kri_int_small(2));
    CHECK_EQ_INT(kri_object_hash(ts, t), -3550055125485641917LL);
    KrObject *n = kri_int_from_i64(ts, (int64_t)1 << 40);
    CHECK_EQ_INT(kri_object_hash(ts, n), 1099511627776LL);
    kr_decref(s);
    kr_decref(t);
    kr_decref(n);
}

TEST(test_strings)
{
    KrObject *a = kri_str_from_cstr(ts, "caf\xc3\xa9"), *b = kri_str_from_cstr(ts, " \xe2\x82\xac!");
    KrObject *c = kri_number_binop(ts, a, b, KR_NB_ADD);
    CHECK_EQ_INT(kr_str_len(c), 7);
    CHECK_EQ_INT(KR_STR(c)->kind, 2);
    CHECK_EQ_STR(repr_of(c), "'café €!'");
    CHECK_EQ_STR(repr_of(kri_str_from_cstr(ts, "it's\n\x01")), "\"it's\\n\\x01\"");
    CHECK_EQ_STR(repr_of(kri_number_binop(ts, a, kri_int_small(1), KR_NB_ADD)), "(null)");
    CHECK_EQ_STR(error_text(), "TypeError: can only concatenate str (not \"int\") to str");
    KrObject *x = kri_str_intern_cstr(ts, "__init__");
    CHECK(x == KR_ID(__init__));
    kr_decref(x);
    kr_decref(a);
    kr_decref(b);
}

TEST(test_dict)
{
    KrObject *d = kri_dict_new(ts);
    for (int i = 0; i < 1000; i++) {
        KrObject *k = kri_int_from_i64(ts, i * 7), *v = kri_str_format(ts, "v%d", i);
        CHECK(kri_dict_set(ts, d, k, v) == 0);
        kr_decref(k);
        kr_decref(v);
    }
    for (int i = 0; i < 1000; i += 2) {
        KrObject *k = kri_int_from_i64(ts, i * 7);
        CHECK(kri_dict_del(ts, d, k) == 1);
        kr_decref(k);
    }
    CHECK_EQ_INT(kri_dict_len(d), 500);
    KrObject *k = kri_int_from_i64(ts, 7 * 999);
    KrObject *v = kri_dict_get_borrow(ts, d, k);
    CHECK(v && kri_str_eq_cstr(v, "v999"));
    kr_decref(k);
    ssize_t pos = 0, count = 0;
    KrObject *key, *first = NULL;
    while (kri_dict_next(d, &pos, &key, NULL)) {
        if (!first)
            first = key;
        count++;
    }
    CHECK_EQ_INT(count, 500);
    CHECK_EQ_STR(repr_of(kr_incref(first)), "7");
    KrObject *small = kri_dict_new(ts);
    CHECK(kri_dict_set(ts, small, KR_ID(name), kri_int_small(1)) == 0);
    CHECK(kri_dict_set(ts, small, kri_int_small(2), KR_NONE) == 0);
    CHECK_EQ_STR(repr_of(small), "{'name': 1, 2: None}");
    KrObject *l = kri_list_new(ts, 0);
    CHECK(kri_dict_set(ts, d, l, l) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: unhashable type: 'list'");
    kr_decref(l);
    kr_decref(d);
}

TEST(test_containers_and_recursion)
{
    KrObject *l = kri_list_new(ts, 0);
    CHECK(kri_list_append(ts, l, l) == 0);
    CHECK(kri_list_append(ts, l, KR_NONE) == 0);
    KrObject *t = kri_tuple_pack(ts, 1, l);
    CHECK_EQ_STR(repr_of(kr_incref(t)), "([[...], None],)");
    kr_decref(t);
    KR_LIST_ITEMS(l)[0] = KR_NONE; /* break the cycle (no collector yet) */
    kr_decref(l);                  /* the reference the list held */
    kr_decref(l);
    /* a deeply nested list: repr raises RecursionError, dealloc does not
     * overflow the C stack */
    KrObject *deep = kri_list_new(ts, 0);
    for (int i = 0; i < 100000; i++) {
        KrObject *outer = kri_list_new(ts, 0);
        CHECK(kri_list_append_steal(ts, outer, deep) == 0);
        deep = outer;
    }
    CHECK_EQ_STR(repr_of(deep), "(error)");
    CHECK_EQ_STR(error_text(), "RecursionError: maximum recursion depth exceeded while "
                               "getting the repr of an object");
}

TEST(test_exceptions)
{
    KrObject *args = kri_tuple_pack(ts, 1, KR_ID(name));
    KrObject *e = kri_exc_new(ts, &kr_exc_KeyError, args);
    CHECK_EQ_STR(repr_of(kr_incref(e)), "KeyError('name')");
    KrObject *s = kri_object_str(ts, e);
    CHECK(s && kri_str_eq_cstr(s, "'name'"));
    kr_xdecref(s);
    kr_decref(e);
    kr_decref(args);
    CHECK(kri_type_is_subtype(&kr_exc_FileNotFoundError, &kr_exc_OSError));
    CHECK(kri_type_is_subtype(&kr_exc_TabError, &kr_exc_SyntaxError));
    KrObject *none_attr = kri_object_getattr(ts, KR_NONE, KR_ID(name));
    CHECK(none_attr == NULL);
    CHECK_EQ_STR(error_text(), "AttributeError: 'NoneType' object has no attribute 'name'");
    KrObject *doc = kri_object_getattr(ts, KR_OBJ(&kr_exc_ValueError), KR_ID(__doc__));
    CHECK(doc && kri_str_eq_cstr(doc, "Inappropriate argument value (of correct type)."));
    kr_xdecref(doc);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_ints);
    RUN(test_hash_matches_cpython);
    RUN(test_strings);
    RUN(test_dict);
    RUN(test_containers_and_recursion);
    RUN(test_exceptions);
    kri_runtime_finish(ts);
    return kt_finish();
}
