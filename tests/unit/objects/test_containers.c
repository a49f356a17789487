/* list, tuple, dict (and its views) and set/frozenset through the C
 * protocols, without the VM: each check builds objects, applies an
 * operation or calls a method by name, and compares the repr of the
 * result (or the error raised) with what CPython 3.11 prints for the
 * same Python expression (PYTHONHASHSEED=0). */
#include <stdarg.h>
#include <stdlib.h>

#include "harness.h"
#include "objects/objects.h"

static KrThread *ts;

/* repr(o), or "Type: message" of the pending error when [o] is NULL;
 * consumes [o]. The text lives in a static buffer. */
static const char *show(KrObject *o)
{
    static char buf[1024];
    KrObject *r = o ? kri_object_repr(ts, o) : NULL;
    kr_xdecref(o);
    if (r) {
        snprintf(buf, sizeof buf, "%s", kri_str_utf8(ts, r, NULL));
        kr_decref(r);
        return buf;
    }
    KrObject *e = kri_err_fetch(ts);
    if (!e)
        return "(null, no error)";
    KrObject *s = kri_object_str(ts, e);
    snprintf(buf, sizeof buf, "%s: %s", kri_type_name(e->ob_type),
             s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_decref(e);
    return buf;
}

static KrObject *I(long v)
{
    return kri_int_from_i64(ts, v);
}

static KrObject *S(const char *s)
{
    return kri_str_from_cstr(ts, s);
}

/* A list of [n] objects, stolen. */
static KrObject *list_of(int n, ...)
{
    KrObject *l = kri_list_new(ts, 0);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        (void)kri_list_append_steal(ts, l, va_arg(ap, KrObject *));
    va_end(ap);
    return l;
}

static KrObject *tuple_of_list(KrObject *l)
{
    KrObject *t = kri_list_as_tuple(ts, l);
    kr_decref(l);
    return t;
}

static KrObject *set_of_list(KrType *type, KrObject *l)
{
    KrObject *s = kri_set_make(ts, type, l);
    kr_decref(l);
    return s;
}

/* list(o), consuming [o]. */
static KrObject *listed(KrObject *o)
{
    KrObject *l = o ? kri_sequence_list(ts, o) : NULL;
    kr_xdecref(o);
    return l;
}

/* o.name(*args): [args] borrowed, [o] borrowed. */
static KrObject *call(KrObject *o, const char *name, int n, ...)
{
    KrObject *args[4];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, KrObject *);
    va_end(ap);
    KrObject *m = kri_object_getattr_cstr(ts, o, name);
    if (!m)
        return NULL;
    KrObject *r = kri_call(ts, m, args, (size_t)n, NULL);
    kr_decref(m);
    return r;
}

/* Calls type [t] with [n] positional args (borrowed). */
static KrObject *make(KrType *t, int n, KrObject *arg)
{
    return kri_call(ts, KR_OBJ(t), &arg, (size_t)n, NULL);
}

static KrObject *slice(long a, long b, long c)
{
    KrObject *x = I(a), *y = I(b), *z = I(c);
    KrObject *s = kri_slice_new(ts, x, y, z);
    kr_decref(x);
    kr_decref(y);
    kr_decref(z);
    return s;
}

TEST(test_list)
{
    KrObject *l = list_of(5, I(1), I(2), I(3), I(4), I(5));
    KrObject *key = slice(1, 4, 2);
    CHECK_EQ_STR(show(kri_object_getitem(ts, l, key)), "[2, 4]");
    KrObject *three = list_of(3, I(7), I(8), I(9));
    CHECK(kri_object_setitem(ts, l, key, three) == -1);
    CHECK_EQ_STR(show(NULL), "ValueError: attempt to assign sequence of size 3 to "
                             "extended slice of size 2");
    kr_decref(key);
    key = slice(0, 2, 1);
    CHECK(kri_object_setitem(ts, l, key, three) == 0);
    CHECK_EQ_STR(show(kr_incref(l)), "[7, 8, 9, 3, 4, 5]");
    CHECK(kri_object_delitem(ts, l, key) == 0);
    CHECK_EQ_STR(show(kr_incref(l)), "[9, 3, 4, 5]");
    kr_decref(key);
    key = slice(-1, -5, -2);
    CHECK(kri_object_delitem(ts, l, key) == 0);
    CHECK_EQ_STR(show(kr_incref(l)), "[9, 4]");
    kr_decref(key);
    CHECK_EQ_STR(show(kri_object_getitem(ts, l, kri_int_small(-1))), "4");
    CHECK_EQ_STR(show(kri_object_getitem(ts, l, kri_int_small(5))),
                 "IndexError: list index out of range");
    CHECK_EQ_STR(show(kri_object_getitem(ts, l, KR_ID(name))),
                 "TypeError: list indices must be integers or slices, not str");
    KrObject *t = tuple_of_list(list_of(1, I(1)));
    CHECK_EQ_STR(show(kri_number_binop(ts, l, t, KR_NB_ADD)),
                 "TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK_EQ_STR(show(kri_number_inplace(ts, l, t, KR_NB_ADD)), "[9, 4, 1]");
    CHECK_EQ_STR(show(kri_number_binop(ts, l, kri_int_small(2), KR_NB_MULTIPLY)),
                 "[9, 4, 1, 9, 4, 1]");
    CHECK_EQ_STR(show(call(l, "index", 1, kri_int_small(3))), "ValueError: 3 is not in list");
    CHECK_EQ_STR(show(call(l, "index", 2, kri_int_small(1), kri_int_small(-1))), "2");
    KrObject *minus = I(-100);
    CHECK_EQ_STR(show(call(l, "insert", 2, minus, kri_int_small(0))), "None");
    kr_decref(minus);
    CHECK_EQ_STR(show(call(l, "pop", 0)), "1");
    CHECK_EQ_STR(show(call(l, "pop", 1, kri_int_small(7))),
                 "IndexError: pop index out of range");
    CHECK_EQ_STR(show(call(l, "remove", 1, kri_int_small(6))),
                 "ValueError: list.remove(x): x not in list");
    CHECK_EQ_STR(show(call(l, "count", 1, kri_int_small(9))), "1");
    CHECK_EQ_STR(show(call(l, "sort", 0)), "None");
    CHECK_EQ_STR(show(kr_incref(l)), "[0, 4, 9]");
    CHECK(kri_list_sort(ts, l, NULL, true) == 0);
    CHECK_EQ_STR(show(call(l, "copy", 0)), "[9, 4, 0]");
    CHECK_EQ_STR(show(listed(call(l, "__reversed__", 0))), "[0, 4, 9]");
    KrObject *mixed = list_of(2, I(1), S("a"));
    CHECK_EQ_STR(show(call(mixed, "sort", 0)),
                 "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK_EQ_STR(show(kr_incref(mixed)), "[1, 'a']");
    CHECK_EQ_STR(show(kri_object_richcompare(ts, l, mixed, KR_LT)), "False");
    CHECK_EQ_STR(show(make(&kr_list_type, 1, t)), "[1]");
    CHECK_EQ_STR(show(call(kri_tuple_empty(), "__sizeof__", 0)), "32");
    CHECK_EQ_STR(show(call(l, "clear", 0)), "None");
    CHECK_EQ_STR(show(call(l, "pop", 0)), "IndexError: pop from empty list");
    kr_decref(mixed);
    kr_decref(three);
    kr_decref(t);
    kr_decref(l);
}

TEST(test_tuple)
{
    KrObject *t = tuple_of_list(list_of(3, I(1), S("x"), KR_NONE));
    CHECK_EQ_STR(show(kr_incref(t)), "(1, 'x', None)");
    KrObject *key = slice(2, -10, -1);
    CHECK_EQ_STR(show(kri_object_getitem(ts, t, key)), "(None, 'x', 1)");
    kr_decref(key);
    KrObject *one = tuple_of_list(list_of(1, I(5)));
    CHECK_EQ_STR(show(kr_incref(one)), "(5,)");
    CHECK_EQ_STR(show(kri_number_binop(ts, one, kri_int_small(3), KR_NB_MULTIPLY)),
                 "(5, 5, 5)");
    CHECK_EQ_STR(show(kri_number_binop(ts, t, one, KR_NB_ADD)), "(1, 'x', None, 5)");
    CHECK_EQ_STR(show(call(t, "index", 1, KR_NONE)), "2");
    CHECK_EQ_STR(show(call(t, "index", 1, kri_int_small(9))),
                 "ValueError: tuple.index(x): x not in tuple");
    CHECK_EQ_STR(show(call(one, "__getnewargs__", 0)), "((5,),)");
    CHECK_EQ_STR(show(kri_object_richcompare(ts, one, t, KR_GT)), "True");
    CHECK_EQ_STR(show(kri_object_getitem(ts, one, kri_int_small(1))),
                 "IndexError: tuple index out of range");
    /* PYTHONHASHSEED=0: hash((1, 'x', None)) */
    KrObject *h = kri_tuple_pack(ts, 2, kri_int_small(1), kri_int_small(2));
    CHECK_EQ_INT(kri_object_hash(ts, h), -3550055125485641917LL);
    kr_decref(h);
    kr_decref(one);
    kr_decref(t);
}

TEST(test_dict)
{
    KrObject *pairs = list_of(2, tuple_of_list(list_of(2, S("a"), I(1))),
                              list_of(2, S("b"), I(2)));
    KrObject *d = make(&kr_dict_type, 1, pairs);
    CHECK_EQ_STR(show(kr_incref(d)), "{'a': 1, 'b': 2}");
    KrObject *bad = list_of(1, list_of(1, I(1)));
    CHECK_EQ_STR(show(make(&kr_dict_type, 1, bad)),
                 "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
    KrObject *bad2 = list_of(1, I(1));
    CHECK_EQ_STR(show(make(&kr_dict_type, 1, bad2)),
                 "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    KrObject *keys = call(d, "keys", 0), *items = call(d, "items", 0);
    CHECK_EQ_STR(show(kr_incref(keys)), "dict_keys(['a', 'b'])");
    CHECK_EQ_STR(show(call(d, "values", 0)), "dict_values([1, 2])");
    CHECK_EQ_STR(show(kr_incref(items)), "dict_items([('a', 1), ('b', 2)])");
    CHECK_EQ_STR(show(listed(call(d, "__reversed__", 0))), "['b', 'a']");
    KrObject *ab = list_of(2, S("a"), S("c"));
    CHECK_EQ_STR(show(kri_number_binop(ts, keys, ab, KR_NB_AND)), "{'a'}");
    CHECK_EQ_STR(show(kri_number_binop(ts, keys, ab, KR_NB_SUBTRACT)), "{'b'}");
    CHECK_EQ_STR(show(call(keys, "isdisjoint", 1, ab)), "False");
    KrObject *sab = set_of_list(&kr_set_type, list_of(2, S("a"), S("b")));
    CHECK_EQ_STR(show(kri_object_richcompare(ts, keys, sab, KR_EQ)), "True");
    CHECK_EQ_STR(show(call(d, "get", 1, KR_ID(name))), "None");
    CHECK_EQ_STR(show(call(d, "pop", 1, KR_ID(name))), "KeyError: 'name'");
    KrObject *z = S("z");
    CHECK_EQ_STR(show(call(d, "setdefault", 2, z, kri_int_small(26))), "26");
    kr_decref(z);
    CHECK_EQ_STR(show(call(d, "popitem", 0)), "('z', 26)");
    KrObject *other = kri_dict_new(ts);
    (void)kri_dict_set(ts, other, KR_ID(name), kri_int_small(3));
    CHECK_EQ_STR(show(kri_number_binop(ts, d, other, KR_NB_OR)),
                 "{'a': 1, 'b': 2, 'name': 3}");
    CHECK_EQ_STR(show(kri_number_binop(ts, d, ab, KR_NB_OR)),
                 "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    CHECK_EQ_STR(show(kri_object_richcompare(ts, d, other, KR_EQ)), "False");
    CHECK_EQ_STR(show(call(KR_OBJ(&kr_dict_type), "fromkeys", 1, ab)),
                 "{'a': None, 'c': None}");
    /* iteration errors */
    KrObject *it = kri_object_iter(ts, d);
    kr_decref(kri_iter_next(ts, it));
    (void)kri_dict_set(ts, d, KR_ID(name), KR_NONE);
    CHECK_EQ_STR(show(kri_iter_next(ts, it)),
                 "RuntimeError: dictionary changed size during iteration");
    kr_decref(it);
    CHECK(kri_dict_del(ts, d, KR_ID(name)) == 1);
    it = kri_object_iter(ts, d); /* d.__iter__ over {'a': 1, 'b': 2} */
    kr_decref(kri_iter_next(ts, it));
    KrObject *a = S("a");
    CHECK(kri_dict_del(ts, d, a) == 1);
    kr_decref(a);
    (void)kri_dict_set(ts, d, KR_ID(value), KR_NONE);
    CHECK_EQ_STR(show(kri_iter_next(ts, it)), "'b'");
    CHECK_EQ_STR(show(kri_iter_next(ts, it)),
                 "RuntimeError: dictionary keys changed during iteration");
    kr_decref(it);
    CHECK_EQ_STR(show(kri_object_getitem(ts, d, kri_int_small(1))), "KeyError: 1");
    kri_dict_clear(other);
    CHECK_EQ_STR(show(call(other, "popitem", 0)), "KeyError: 'popitem(): dictionary is empty'");
    CHECK_EQ_STR(show(kri_object_getattr_cstr(ts, keys, "mapping")),
                 "mappingproxy({'b': 2, 'value': None})");
    kr_decref(other);
    kr_decref(sab);
    kr_decref(ab);
    kr_decref(keys);
    kr_decref(items);
    kr_decref(bad);
    kr_decref(bad2);
    kr_decref(pairs);
    kr_decref(d);
}

TEST(test_set)
{
    KrObject *a = set_of_list(&kr_set_type, list_of(4, I(3), I(1), I(2), I(3)));
    KrObject *b = set_of_list(&kr_frozenset_type, list_of(2, I(2), I(9)));
    CHECK_EQ_STR(show(kr_incref(a)), "{1, 2, 3}");
    CHECK_EQ_STR(show(kr_incref(b)), "frozenset({9, 2})");
    /* a = {1, 2, 3}, b = frozenset({2, 9}): the result's type and order */
    static const struct {
        KrNbOp op;
        bool swap;
        const char *expect;
    } ops[] = {
        {KR_NB_OR, false, "{1, 2, 3, 9}"},         {KR_NB_AND, false, "{2}"},
        {KR_NB_SUBTRACT, true, "frozenset({9})"}, {KR_NB_XOR, false, "{9, 3, 1}"},
        {KR_NB_XOR, true, "frozenset({1, 3, 9})"}, {KR_NB_OR, true, "frozenset({1, 2, 3, 9})"},
        {KR_NB_SUBTRACT, false, "{1, 3}"},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        CHECK_EQ_STR(show(ops[i].swap ? kri_number_binop(ts, b, a, ops[i].op)
                                      : kri_number_binop(ts, a, b, ops[i].op)),
                     ops[i].expect);
    KrObject *l = list_of(1, I(1));
    CHECK_EQ_STR(show(kri_number_binop(ts, a, l, KR_NB_OR)),
                 "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK_EQ_STR(show(call(a, "union", 2, l, b)), "{1, 2, 3, 9}");
    CHECK_EQ_STR(show(call(a, "issuperset", 1, l)), "True");
    CHECK_EQ_STR(show(call(a, "issubset", 1, l)), "False");
    CHECK_EQ_STR(show(call(a, "isdisjoint", 1, b)), "False");
    CHECK_EQ_STR(show(call(a, "remove", 1, kri_int_small(7))), "KeyError: 7");
    CHECK_EQ_STR(show(kri_object_richcompare(ts, l, a, KR_LT)),
                 "TypeError: '<' not supported between instances of 'list' and 'set'");
    KrObject *empty = kri_set_make(ts, &kr_set_type, NULL);
    CHECK_EQ_STR(show(kr_incref(empty)), "set()");
    CHECK_EQ_STR(show(call(empty, "pop", 0)), "KeyError: 'pop from an empty set'");
    kr_decref(empty);
    /* hash(frozenset({9, 2})), any PYTHONHASHSEED (ints hash to themselves) */
    CHECK_EQ_INT(kri_object_hash(ts, b), -3228528750056733668LL);
    /* a set inside a set of frozensets */
    KrObject *outer = kri_set_new(ts, NULL);
    CHECK(kri_set_add(ts, outer, b) == 0);
    KrObject *probe = set_of_list(&kr_set_type, list_of(2, I(9), I(2)));
    CHECK_EQ_INT(kri_sequence_contains(ts, outer, probe), 1);
    CHECK(kri_set_add(ts, outer, probe) == -1);
    CHECK_EQ_STR(show(NULL), "TypeError: unhashable type: 'set'");
    KrObject *it = kri_object_iter(ts, a);
    kr_decref(kri_iter_next(ts, it));
    CHECK(kri_set_add(ts, a, kri_int_small(100)) == 0);
    CHECK_EQ_STR(show(kri_iter_next(ts, it)), "RuntimeError: Set changed size during iteration");
    kr_decref(it);
    for (int i = 0; i < 200; i++) {
        KrObject *k = I(i * 37);
        CHECK(kri_set_add(ts, a, k) == 0);
        kr_decref(k);
    }
    for (int i = 0; i < 200; i += 3) {
        KrObject *k = I(i * 37);
        CHECK_EQ_INT(kri_set_discard(ts, a, k), 1);
        kr_decref(k);
    }
    CHECK_EQ_INT(kri_set_len(a), 137);
    kr_decref(probe);
    kr_decref(outer);
    kr_decref(l);
    kr_decref(a);
    kr_decref(b);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_list);
    RUN(test_tuple);
    RUN(test_dict);
    RUN(test_set);
    kri_runtime_finish(ts);
    return kt_finish();
}
