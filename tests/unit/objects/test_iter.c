/* range, the iterator builtins and the builtin functions of
 * modules/bltin_*.c, without the VM. Each case is a Python expression in
 * a small subset (literals, names, calls with keywords, attributes,
 * subscripts and slices) evaluated here by a tiny recursive-descent
 * evaluator over the real objects; the expected text is what
 * /usr/bin/python3.11 prints for `repr(eval(expr))`, or
 * "Type: message" when it raises. */
#include <stdlib.h>

#include "harness.h"
#include "modules/bltin.h"

static KrThread *ts;
static KrObject *ns; /* names the expressions may use */

/* ---- the evaluator ---- */

typedef struct Parser {
    const char *p;
} Parser;

static KrObject *parse_expr(Parser *ps);

static void skip(Parser *ps)
{
    while (*ps->p == ' ')
        ps->p++;
}

static bool eat(Parser *ps, char c)
{
    skip(ps);
    if (*ps->p != c)
        return false;
    ps->p++;
    return true;
}

static KrObject *parse_name(Parser *ps)
{
    const char *s = ps->p;
    while (*ps->p == '_' || (*ps->p >= 'a' && *ps->p <= 'z') || (*ps->p >= 'A' && *ps->p <= 'Z') ||
           (*ps->p >= '0' && *ps->p <= '9'))
        ps->p++;
    return kri_str_from_utf8(ts, s, ps->p - s);
}

static KrObject *parse_number(Parser *ps)
{
    const char *s = ps->p;
    bool is_float = false;
    while ((*ps->p >= '0' && *ps->p <= '9') || *ps->p == '.' || *ps->p == 'e' ||
           (ps->p > s && (*ps->p == '-' || *ps->p == '+') && ps->p[-1] == 'e')) {
        is_float |= *ps->p == '.' || *ps->p == 'e';
        ps->p++;
    }
    if (is_float)
        return kri_float_from_double(ts, strtod(s, NULL));
    return kri_int_from_str(ts, s, ps->p - s, 10, NULL);
}

/* Items up to [close] into a list; keyword items (name=value) go to
 * [kwnames]/[kwvalues] when given. */
static KrObject *parse_items(Parser *ps, char close, KrObject *kwnames, KrObject *kwvalues)
{
    KrObject *items = kri_list_new(ts, 0);
    while (items && !eat(ps, close)) {
        skip(ps);
        const char *save = ps->p;
        if (kwnames && ((*ps->p >= 'a' && *ps->p <= 'z'))) {
            KrObject *name = parse_name(ps);
            if (*ps->p == '=' && ps->p[1] != '=') {
                ps->p++;
                KrObject *v = parse_expr(ps);
                if (!v || kri_list_append_steal(ts, kwnames, name) < 0 ||
                    kri_list_append_steal(ts, kwvalues, v) < 0)
                    KR_CLEAR(items);
                eat(ps, ',');
                continue;
            }
            kr_decref(name);
            ps->p = save;
        }
        KrObject *v = parse_expr(ps);
        if (!v || kri_list_append_steal(ts, items, v) < 0)
            KR_CLEAR(items);
        eat(ps, ',');
    }
    return items;
}

static KrObject *call_with(KrObject *f, KrObject *args, KrObject *kwn, KrObject *kwv)
{
    ssize_t n = KR_SIZE(args), k = KR_SIZE(kwn);
    KrObject *stack[16];
    for (ssize_t i = 0; i < n; i++)
        stack[i] = KR_LIST_ITEMS(args)[i];
    for (ssize_t i = 0; i < k; i++)
        stack[n + i] = KR_LIST_ITEMS(kwv)[i];
    KrObject *names = k ? kri_list_as_tuple(ts, kwn) : NULL;
    KrObject *r = kri_call(ts, f, stack, (size_t)n, names);
    kr_xdecref(names);
    return r;
}

static KrObject *parse_primary(Parser *ps)
{
    skip(ps);
    char c = *ps->p;
    if (c == '-') {
        ps->p++;
        KrObject *v = parse_primary(ps);
        KrObject *r = v ? kri_number_negative(ts, v) : NULL;
        kr_xdecref(v);
        return r;
    }
    if (c >= '0' && c <= '9')
        return parse_number(ps);
    if (c == '\'') {
        const char *s = ++ps->p;
        while (*ps->p != '\'')
            ps->p++;
        return kri_str_from_utf8(ts, s, ps->p++ - s);
    }
    if (c == '[') {
        ps->p++;
        return parse_items(ps, ']', NULL, NULL);
    }
    if (c == '(') {
        ps->p++;
        KrObject *l = parse_items(ps, ')', NULL, NULL);
        KrObject *t = l ? kri_list_as_tuple(ts, l) : NULL;
        kr_xdecref(l);
        return t;
    }
    KrObject *name = parse_name(ps);
    KrObject *v = name ? kri_dict_get_borrow(ts, ns, name) : NULL;
    if (!v && name && !kri_err_occurred(ts))
        kri_err_format(ts, &kr_exc_NameError, "name '%U' is not defined", name);
    kr_xdecref(name);
    return v ? kr_incref(v) : NULL;
}

/* [expr] or [a:b:c] applied to [v] (stolen). */
static KrObject *parse_subscript(Parser *ps, KrObject *v)
{
    KrObject *part[3] = {NULL, NULL, NULL};
    int n = 0;
    bool is_slice = false;
    for (;;) {
        skip(ps);
        if (*ps->p != ':' && *ps->p != ']')
            part[n] = parse_expr(ps);
        skip(ps);
        if (*ps->p == ':' && n < 2) {
            ps->p++;
            is_slice = true;
            n++;
            continue;
        }
        ps->p++; /* ']' */
        break;
    }
    KrObject *key = is_slice ? kri_slice_new(ts, part[0], part[1], part[2]) : kr_incref(part[0]);
    KrObject *r = key ? kri_object_getitem(ts, v, key) : NULL;
    kr_xdecref(key);
    for (int i = 0; i < 3; i++)
        kr_xdecref(part[i]);
    kr_decref(v);
    return r;
}

static KrObject *parse_expr(Parser *ps)
{
    KrObject *v = parse_primary(ps);
    while (v) {
        skip(ps);
        if (eat(ps, '(')) {
            KrObject *kwn = kri_list_new(ts, 0), *kwv = kri_list_new(ts, 0);
            KrObject *args = parse_items(ps, ')', kwn, kwv);
            KrObject *r = args ? call_with(v, args, kwn, kwv) : NULL;
            kr_xdecref(args);
            kr_decref(kwn);
            kr_decref(kwv);
            KR_SETREF(v, r);
        } else if (eat(ps, '.')) {
            KrObject *name = parse_name(ps);
            KrObject *r = name ? kri_object_getattr(ts, v, name) : NULL;
            kr_xdecref(name);
            KR_SETREF(v, r);
        } else if (eat(ps, '[')) {
            v = parse_subscript(ps, v);
        } else {
            break;
        }
    }
    return v;
}

/* repr(eval(expr)), or "Type: message". */
static const char *eval_text(const char *expr)
{
    static char buf[1024];
    Parser ps = {expr};
    KrObject *v = parse_expr(&ps);
    KrObject *r = v ? kri_object_repr(ts, v) : NULL;
    kr_xdecref(v);
    if (r) {
        snprintf(buf, sizeof buf, "%s", kri_str_utf8(ts, r, NULL));
        kr_decref(r);
        return buf;
    }
    KrObject *e = kri_err_fetch(ts);
    if (!e)
        return "(null without error)";
    KrObject *s = kri_object_str(ts, e);
    snprintf(buf, sizeof buf, "%s: %s", kri_type_name(e->ob_type),
             s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_decref(e);
    return buf;
}

/* ---- helpers the expressions call ---- */

static KrObject *t_list(KrThread *t, KrObject *self, KrObject *o)
{
    return kri_sequence_list(t, o);
}

static KrObject *t_hint(KrThread *t, KrObject *self, KrObject *o)
{
    ssize_t n = kri_object_length_hint(t, o, -7);
    return n == -1 && kri_err_occurred(t) ? NULL : kri_int_from_ssize(t, n);
}

/* equal(a, b): a == b */
static KrObject *t_equal(KrThread *t, KrObject *self, KrObject *const *args, ssize_t n)
{
    int r = kri_object_richcompare_bool(t, args[0], args[1], KR_EQ);
    return r < 0 ? NULL : kr_bool(r);
}

/* contains(a, b): b in a */
static KrObject *t_contains(KrThread *t, KrObject *self, KrObject *const *args, ssize_t n)
{
    int r = kri_sequence_contains(t, args[0], args[1]);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *t_typename(KrThread *t, KrObject *self, KrObject *o)
{
    return kri_str_from_cstr(t, kri_type_name(o->ob_type));
}

static KrObject *t_truth(KrThread *t, KrObject *self, KrObject *o)
{
    int r = kri_object_is_true(t, o);
    return r < 0 ? NULL : kr_bool(r);
}

static const KrMethodDef test_helpers[] = {
    {"list", KR_METH(t_list), KR_METH_O, NULL},
    {"hint", KR_METH(t_hint), KR_METH_O, NULL},
    {"equal", KR_METH(t_equal), KR_METH_FAST, NULL},
    {"contains", KR_METH(t_contains), KR_METH_FAST, NULL},
    {"typename", KR_METH(t_typename), KR_METH_O, NULL},
    {"truth", KR_METH(t_truth), KR_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static const char *const cases[][2] = {
    {"range(5)", "range(0, 5)"},
    {"range(0, 10, 2)", "range(0, 10, 2)"},
    {"range(3, -4, -1)", "range(3, -4, -1)"},
    {"range()", "TypeError: range expected at least 1 argument, got 0"},
    {"range(1, 2, 3, 4)", "TypeError: range expected at most 3 arguments, got 4"},
    {"range(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"range(1, 2, 0)", "ValueError: range() arg 3 must not be zero"},
    {"range(stop=3)", "TypeError: range() takes no keyword arguments"},
    {"len(range(0, 10, 3))", "4"},
    {"len(range(10, 0, -3))", "4"},
    {"len(range(5, 5))", "0"},
    {"len(range(18446744073709551616))", "OverflowError: Python int too large to convert to C ssize_t"},
    {"len(range(-9223372036854775808, 9223372036854775807))", "OverflowError: Python int too large to convert to C ssize_t"},
    {"list(range(10, 0, -3))", "[10, 7, 4, 1]"},
    {"list(range(-5, 5, 3))", "[-5, -2, 1, 4]"},
    {"list(reversed(range(-5, 5, 3)))", "[4, 1, -2, -5]"},
    {"list(reversed(range(10, 0, -3)))", "[1, 4, 7, 10]"},
    {"list(range(9223372036854775805, 9223372036854775809))", "[9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808]"},
    {"list(reversed(range(9223372036854775805, 9223372036854775809)))", "[9223372036854775808, 9223372036854775807, 9223372036854775806, 9223372036854775805]"},
    {"list(range(-9223372036854775809, -9223372036854775806))", "[-9223372036854775809, -9223372036854775808, -9223372036854775807]"},
    {"list(range(0, 36893488147419103232, 9223372036854775808))", "[0, 9223372036854775808, 18446744073709551616, 27670116110564327424]"},
    {"range(10)[3]", "3"},
    {"range(10)[-1]", "9"},
    {"range(10)[10]", "IndexError: range object index out of range"},
    {"range(10)[-11]", "IndexError: range object index out of range"},
    {"range(10)['a']", "TypeError: range indices must be integers or slices, not str"},
    {"range(0, 10, 2)[-1]", "8"},
    {"range(1208925819614629174706176)[-1]", "1208925819614629174706175"},
    {"range(-1208925819614629174706176, 0)[0]", "-1208925819614629174706176"},
    {"range(1208925819614629174706176)[1208925819614629174706176]", "IndexError: range object index out of range"},
    {"range(10)[2:8:2]", "range(2, 8, 2)"},
    {"range(0, 10, 3)[::-1]", "range(9, -3, -3)"},
    {"range(1, 10, 3)[::-2]", "range(7, -2, -6)"},
    {"range(1, 10, 3)[1:2]", "range(4, 7, 3)"},
    {"range(-3, 3)[::2]", "range(-3, 3, 2)"},
    {"range(10)[1180591620717411303424:]", "range(10, 10)"},
    {"range(10)[::0]", "ValueError: slice step cannot be zero"},
    {"range(10)[1.5:]", "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"range(10)[-100:100]", "range(0, 10)"},
    {"range(1180591620717411303424, 2361183241434822606848, 3)[1:5]", "range(1180591620717411303427, 1180591620717411303439, 3)"},
    {"range(1208925819614629174706176)[5:10]", "range(5, 10)"},
    {"range(1208925819614629174706176)[-3:]", "range(1208925819614629174706173, 1208925819614629174706176)"},
    {"range(5).start", "0"},
    {"range(1, 5).stop", "5"},
    {"range(1, 5, 2).step", "2"},
    {"range(10).index(7)", "7"},
    {"range(10).index(11)", "ValueError: 11 is not in range"},
    {"range(10).index('a')", "ValueError: sequence.index(x): x not in sequence"},
    {"range(10).index(True)", "1"},
    {"range(0, 100, 7).index(49)", "7"},
    {"range(0, 100, 7).index(50)", "ValueError: 50 is not in range"},
    {"range(0, -100, -7).index(-49)", "7"},
    {"range(10).count(1.0)", "1"},
    {"range(10).count('a')", "0"},
    {"range(10).count(3)", "1"},
    {"contains(range(10), 3.0)", "True"},
    {"contains(range(0, 10, 2), 3)", "False"},
    {"contains(range(0, 10, 2), 4)", "True"},
    {"contains(range(10, 0, -2), 4)", "True"},
    {"contains(range(10, 0, -2), 0)", "False"},
    {"contains(range(1208925819614629174706176), 1208925819614629174706175)", "True"},
    {"contains(range(0, 1208925819614629174706176, 2), 1208925819614629174706175)", "False"},
    {"contains(range(10), 'a')", "False"},
    {"equal(range(0), range(5, 5))", "True"},
    {"equal(range(0, 5), range(0, 6, 5))", "False"},
    {"equal(range(1, 2), range(1, 5, 10))", "True"},
    {"equal(range(3), range(0, 3, 1))", "True"},
    {"equal(range(3), [0, 1, 2])", "False"},
    {"equal(hash(range(0)), hash(range(5, 5)))", "True"},
    {"equal(hash(range(1, 2)), hash(range(1, 5, 10)))", "True"},
    {"equal(hash(range(1, 5)), hash((4, 1, 1)))", "True"},
    {"equal(hash(range(0)), hash((0, None, None)))", "True"},
    {"equal(hash(range(1, 2)), hash((1, 1, None)))", "True"},
    {"truth(range(0))", "False"},
    {"truth(range(1208925819614629174706176))", "True"},
    {"range(3).__reduce__()", "(<class 'range'>, (0, 3, 1))"},
    {"typename(iter(range(3)))", "'range_iterator'"},
    {"typename(iter(range(1180591620717411303424)))", "'longrange_iterator'"},
    {"typename(reversed(range(1180591620717411303424)))", "'longrange_iterator'"},
    {"typename(reversed(range(3)))", "'range_iterator'"},
    {"iter(range(3)).__length_hint__()", "3"},
    {"reversed(range(3)).__length_hint__()", "3"},
    {"iter(range(1180591620717411303424)).__length_hint__()", "1180591620717411303424"},
    {"range(1, 5).__reversed__().__length_hint__()", "4"},
    {"list(enumerate('abc'))", "[(0, 'a'), (1, 'b'), (2, 'c')]"},
    {"enumerate()", "TypeError: enumerate() missing required argument 'iterable'"},
    {"enumerate([], 1, 2)", "TypeError: enumerate() takes at most 2 arguments (3 given)"},
    {"enumerate(1)", "TypeError: 'int' object is not iterable"},
    {"enumerate(x=1)", "TypeError: 'x' is an invalid keyword argument for enumerate()"},
    {"enumerate(start=1)", "TypeError: 'start' is an invalid keyword argument for enumerate()"},
    {"enumerate([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for enumerate()"},
    {"enumerate([], iterable=[])", "TypeError: 'iterable' is an invalid keyword argument for enumerate()"},
    {"enumerate([], start='a')", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"list(zip())", "[]"},
    {"list(zip('abc', range(3), [1, 2]))", "[('a', 0, 1), ('b', 1, 2)]"},
    {"list(zip([1], strict=True))", "[(1,)]"},
    {"list(zip([1, 2], [3, 4], strict=True))", "[(1, 3), (2, 4)]"},
    {"zip(1)", "TypeError: 'int' object is not iterable"},
    {"zip([], strict=1, foo=2)", "TypeError: zip() takes at most 1 keyword argument (2 given)"},
    {"zip([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for zip()"},
    {"list(zip([1], [1, 2], strict=True))", "ValueError: zip() argument 2 is longer than argument 1"},
    {"list(zip([1, 2], [1], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
    {"list(zip([1, 2], [1, 2], [1], strict=True))", "ValueError: zip() argument 3 is shorter than arguments 1-2"},
    {"list(zip([1], [1, 2], [1, 2], strict=True))", "ValueError: zip() argument 2 is longer than argument 1"},
    {"list(zip([1, 2], [1], [1, 2], strict=True))", "ValueError: zip() argument 2 is shorter than argument 1"},
    {"list(zip([1, 2], [1, 2], [1, 2, 3], strict=True))", "ValueError: zip() argument 3 is longer than arguments 1-2"},
    {"list(map(abs, [-1, 2, -3]))", "[1, 2, 3]"},
    {"list(map(divmod, [7, 8, 9], [2, 3]))", "[(3, 1), (2, 2)]"},
    {"list(map(pow, [2, 3], [3, 2], [5, 7]))", "[3, 2]"},
    {"list(map(max, [1, 5], [4, 2], [3, 3], [0, 9], [8, 1], [2, 2], [7, 0]))", "[8, 9]"},
    {"map()", "TypeError: map() must have at least two arguments."},
    {"map(len)", "TypeError: map() must have at least two arguments."},
    {"map(len, 1)", "TypeError: 'int' object is not iterable"},
    {"map(len, [], x=1)", "TypeError: map() takes no keyword arguments"},
    {"list(map(len, [1]))", "TypeError: object of type 'int' has no len()"},
    {"list(filter(None, [0, 1, '', 'a', None, [], [0]]))", "[1, 'a', [0]]"},
    {"list(filter(bool, [0, 1, 2]))", "[1, 2]"},
    {"list(filter(abs, [0, -1, 0, 2]))", "[-1, 2]"},
    {"filter()", "TypeError: filter expected 2 arguments, got 0"},
    {"filter(1)", "TypeError: filter expected 2 arguments, got 1"},
    {"filter(None, 1)", "TypeError: 'int' object is not iterable"},
    {"filter(None, [], x=1)", "TypeError: filter() takes no keyword arguments"},
    {"list(filter(len, [1]))", "TypeError: object of type 'int' has no len()"},
    {"list(reversed([1, 2, 3]))", "[3, 2, 1]"},
    {"list(reversed((1, 2, 3)))", "[3, 2, 1]"},
    {"list(reversed('abc'))", "['c', 'b', 'a']"},
    {"reversed((1, 2, 3)).__length_hint__()", "3"},
    {"typename(reversed((1, 2)))", "'reversed'"},
    {"reversed()", "TypeError: reversed expected 1 argument, got 0"},
    {"reversed(1)", "TypeError: 'int' object is not reversible"},
    {"reversed([], 1)", "TypeError: reversed expected 1 argument, got 2"},
    {"reversed(x=1)", "TypeError: reversed() takes no keyword arguments"},
    {"list(iter(range(3)))", "[0, 1, 2]"},
    {"iter()", "TypeError: iter expected at least 1 argument, got 0"},
    {"iter(1)", "TypeError: 'int' object is not iterable"},
    {"iter(1, 2)", "TypeError: iter(v, w): v must be callable"},
    {"iter(1, 2, 3)", "TypeError: iter expected at most 2 arguments, got 3"},
    {"iter([], x=1)", "TypeError: iter() takes no keyword arguments"},
    {"next(iter([1]))", "1"},
    {"next(iter([]), 'd')", "'d'"},
    {"next(iter([]))", "StopIteration: "},
    {"next(1)", "TypeError: 'int' object is not an iterator"},
    {"next()", "TypeError: next expected at least 1 argument, got 0"},
    {"next(iter([]), 1, 2)", "TypeError: next expected at most 2 arguments, got 3"},
    {"abs(-5)", "5"},
    {"abs(-2.5)", "2.5"},
    {"abs('a')", "TypeError: bad operand type for abs(): 'str'"},
    {"abs()", "TypeError: abs() takes exactly one argument (0 given)"},
    {"abs(1, 2)", "TypeError: abs() takes exactly one argument (2 given)"},
    {"all([1, 2, 3])", "True"},
    {"all([1, 0, 3])", "False"},
    {"all([])", "True"},
    {"any([0, 0, 1])", "True"},
    {"any([])", "False"},
    {"all(1)", "TypeError: 'int' object is not iterable"},
    {"any(1)", "TypeError: 'int' object is not iterable"},
    {"ascii(chr(233))", "\"'\\\\xe9'\""},
    {"ascii()", "TypeError: ascii() takes exactly one argument (0 given)"},
    {"bin(10)", "'0b1010'"},
    {"bin(-10)", "'-0b1010'"},
    {"bin(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"bin()", "TypeError: bin() takes exactly one argument (0 given)"},
    {"oct(8)", "'0o10'"},
    {"oct(-8)", "'-0o10'"},
    {"oct(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"hex(255)", "'0xff'"},
    {"hex(-255)", "'-0xff'"},
    {"hex(1180591620717411303424)", "'0x400000000000000000'"},
    {"hex('a')", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"callable(abs)", "True"},
    {"callable(1)", "False"},
    {"callable()", "TypeError: callable() takes exactly one argument (0 given)"},
    {"chr(97)", "'a'"},
    {"chr(8364)", "'€'"},
    {"chr(1114111)", "'\\U0010ffff'"},
    {"chr(-1)", "ValueError: chr() arg not in range(0x110000)"},
    {"chr(1114112)", "ValueError: chr() arg not in range(0x110000)"},
    {"chr('a')", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"chr(1180591620717411303424)", "OverflowError: Python int too large to convert to C int"},
    {"chr(1.5)", "TypeError: 'float' object cannot be interpreted as an integer"},
    {"ord('a')", "97"},
    {"ord(chr(8364))", "8364"},
    {"ord('')", "TypeError: ord() expected a character, but string of length 0 found"},
    {"ord(1)", "TypeError: ord() expected string of length 1, but int found"},
    {"ord()", "TypeError: ord() takes exactly one argument (0 given)"},
    {"delattr(1)", "TypeError: delattr expected 2 arguments, got 1"},
    {"delattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
    {"delattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'"},
    {"divmod(7, 2)", "(3, 1)"},
    {"divmod(-7, 2)", "(-4, 1)"},
    {"divmod(1)", "TypeError: divmod expected 2 arguments, got 1"},
    {"divmod(1, 0)", "ZeroDivisionError: integer division or modulo by zero"},
    {"divmod(1, 2, 3)", "TypeError: divmod expected 2 arguments, got 3"},
    {"getattr(range(3), 'stop')", "3"},
    {"getattr(1, 'x', 'dflt')", "'dflt'"},
    {"getattr()", "TypeError: getattr expected at least 2 arguments, got 0"},
    {"getattr(1)", "TypeError: getattr expected at least 2 arguments, got 1"},
    {"getattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
    {"getattr(1, 'x')", "AttributeError: 'int' object has no attribute 'x'"},
    {"getattr(1, 2, 3, 4)", "TypeError: getattr expected at most 3 arguments, got 4"},
    {"hasattr(range(3), 'stop')", "True"},
    {"hasattr(1, 'x')", "False"},
    {"hasattr(1)", "TypeError: hasattr expected 2 arguments, got 1"},
    {"hasattr(1, 2)", "TypeError: attribute name must be string, not 'int'"},
    {"hash([])", "TypeError: unhashable type: 'list'"},
    {"hash()", "TypeError: hash() takes exactly one argument (0 given)"},
    {"hash(1, 2)", "TypeError: hash() takes exactly one argument (2 given)"},
    {"hash(5)", "5"},
    {"hash('abc')", "-4594863902769663758"},
    {"isinstance()", "TypeError: isinstance expected 2 arguments, got 0"},
    {"isinstance(1)", "TypeError: isinstance expected 2 arguments, got 1"},
    {"len('abcd')", "4"},
    {"len([1, 2])", "2"},
    {"len()", "TypeError: len() takes exactly one argument (0 given)"},
    {"len(1)", "TypeError: object of type 'int' has no len()"},
    {"len(1, 2)", "TypeError: len() takes exactly one argument (2 given)"},
    {"setattr(1)", "TypeError: setattr expected 3 arguments, got 1"},
    {"setattr(1, 2, 3)", "TypeError: attribute name must be string, not 'int'"},
    {"setattr(1, 'x', 3)", "AttributeError: 'int' object has no attribute 'x'"},
    {"repr('a')", "\"'a'\""},
    {"repr()", "TypeError: repr() takes exactly one argument (0 given)"},
    {"max([1, 5, 3])", "5"},
    {"min([4, 2, 8])", "2"},
    {"max(1, 5, 3)", "5"},
    {"min(4, 2, 8)", "2"},
    {"max('abc')", "'c'"},
    {"max([1, -5, 3], key=abs)", "-5"},
    {"min([1, -5, 3], key=abs)", "1"},
    {"max([], default=3)", "3"},
    {"min([], key=None, default=None)", "None"},
    {"max([1, 2], key=None)", "2"},
    {"max([], default=1, key=1)", "1"},
    {"max()", "TypeError: max expected at least 1 argument, got 0"},
    {"min()", "TypeError: min expected at least 1 argument, got 0"},
    {"max(1)", "TypeError: 'int' object is not iterable"},
    {"max([])", "ValueError: max() arg is an empty sequence"},
    {"min([])", "ValueError: min() arg is an empty sequence"},
    {"max(1, 2, default=3)", "TypeError: Cannot specify a default for max() with multiple positional arguments"},
    {"max(1, 2, 3, key=None, default=1)", "TypeError: Cannot specify a default for max() with multiple positional arguments"},
    {"max(1, 2, foo=3)", "TypeError: 'foo' is an invalid keyword argument for max()"},
    {"max([1, 2], default=1, x=1)", "TypeError: 'x' is an invalid keyword argument for max()"},
    {"max([1], key=1)", "TypeError: 'int' object is not callable"},
    {"max([1], 2, key=len)", "TypeError: object of type 'int' has no len()"},
    {"min(key=len)", "TypeError: min expected at least 1 argument, got 0"},
    {"max([1, 'a'])", "TypeError: '>' not supported between instances of 'str' and 'int'"},
    {"max([3, 3.0])", "3"},
    {"min([3.0, 3])", "3.0"},
    {"pow(2, 10)", "1024"},
    {"pow(2, -1, 5)", "3"},
    {"pow(base=2, exp=3, mod=5)", "3"},
    {"pow(2, exp=3)", "8"},
    {"pow()", "TypeError: pow() missing required argument 'base' (pos 1)"},
    {"pow(1)", "TypeError: pow() missing required argument 'exp' (pos 2)"},
    {"pow(1, 2, 3, 4)", "TypeError: pow() takes at most 3 arguments (4 given)"},
    {"pow(2, 3, 0)", "ValueError: pow() 3rd argument cannot be 0"},
    {"pow(2.0, 3, 5)", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
    {"pow(2, 3, foo=4)", "TypeError: 'foo' is an invalid keyword argument for pow()"},
    {"pow(1, 2, 3, exp=2)", "TypeError: pow() takes at most 3 arguments (4 given)"},
    {"pow(1, base=2)", "TypeError: pow() missing required argument 'exp' (pos 2)"},
    {"round(2.5)", "2"},
    {"round(3.5)", "4"},
    {"round(1234, -2)", "1200"},
    {"round(1.25, 1)", "1.2"},
    {"round(2.675, 2)", "2.67"},
    {"round(number=1.5, ndigits=None)", "2"},
    {"round('a')", "TypeError: type str doesn't define __round__ method"},
    {"round(1.5, 'a')", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"round()", "TypeError: round() missing required argument 'number' (pos 1)"},
    {"round(1, 2, 3)", "TypeError: round() takes at most 2 arguments (3 given)"},
    {"round(1.5, x=1)", "TypeError: 'x' is an invalid keyword argument for round()"},
    {"round(1.5, number=1)", "TypeError: argument for round() given by name ('number') and position (1)"},
    {"sorted([3, 1, 2])", "[1, 2, 3]"},
    {"sorted('bca')", "['a', 'b', 'c']"},
    {"sorted([3, 1, 2], reverse=True)", "[3, 2, 1]"},
    {"sorted([1, -3, 2], key=abs)", "[1, 2, -3]"},
    {"sorted([1, -3, 2], key=abs, reverse=1)", "[-3, 2, 1]"},
    {"sorted([3, 1], key=None)", "[1, 3]"},
    {"sorted()", "TypeError: sorted expected 1 argument, got 0"},
    {"sorted(1)", "TypeError: 'int' object is not iterable"},
    {"sorted([], 1)", "TypeError: sorted expected 1 argument, got 2"},
    {"sorted([], foo=1)", "TypeError: 'foo' is an invalid keyword argument for sort()"},
    {"sorted([1], reverse='a')", "TypeError: 'str' object cannot be interpreted as an integer"},
    {"sorted([1, 2], key=1)", "TypeError: 'int' object is not callable"},
    {"sorted(iterable=[1])", "TypeError: sorted expected 1 argument, got 0"},
    {"sum([1, 2, 3])", "6"},
    {"sum([1, 2], 10)", "13"},
    {"sum([1, 2], start=3)", "6"},
    {"sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])", "0.9999999999999999"},
    {"sum([1e+100, 1.0, -1e+100, 1])", "1.0"},
    {"sum([9223372036854775807, 1, 1])", "9223372036854775809"},
    {"sum([9223372036854775807, 0.5])", "9.223372036854776e+18"},
    {"sum([1, 2.5, 3])", "6.5"},
    {"sum([True, True, 2])", "4"},
    {"sum([[1], [2]], [])", "[1, 2]"},
    {"sum(range(1000001))", "500000500000"},
    {"sum([0.5, 1180591620717411303424])", "1.1805916207174113e+21"},
    {"sum()", "TypeError: sum() takes at least 1 positional argument (0 given)"},
    {"sum(1)", "TypeError: 'int' object is not iterable"},
    {"sum([], '')", "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
    {"sum(['a'])", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
    {"sum([1], 2, 3)", "TypeError: sum() takes at most 2 arguments (3 given)"},
    {"sum([], start=1, x=2)", "TypeError: sum() takes at most 2 arguments (3 given)"},
    {"sum(start=1)", "TypeError: sum() takes at least 1 positional argument (0 given)"},
    {"sum(iterable=[])", "TypeError: sum() takes at least 1 positional argument (0 given)"},
    {"aiter()", "TypeError: aiter() takes exactly one argument (0 given)"},
    {"aiter(1)", "TypeError: 'int' object is not an async iterable"},
    {"anext()", "TypeError: anext expected at least 1 argument, got 0"},
    {"anext(1)", "TypeError: 'int' object is not an async iterator"},
    {"pow(2, foo=4)", "TypeError: pow() missing required argument 'exp' (pos 2)"},
    {"pow(2, base=3, foo=4)", "TypeError: pow() missing required argument 'exp' (pos 2)"},
    {"round(1.5, foo=1, number=2)", "TypeError: round() takes at most 2 arguments (3 given)"},
    {"enumerate([], start=1, iterable=2)", "TypeError: enumerate() takes at most 2 arguments (3 given)"},
    {"enumerate(foo=1, iterable=[])", "TypeError: 'foo' is an invalid keyword argument for enumerate()"},
    {"pow(2, 3, base=1)", "TypeError: argument for pow() given by name ('base') and position (1)"},
    {"sum([], iterable=1)", "TypeError: 'iterable' is an invalid keyword argument for sum()"},
    {"round(ndigits=2)", "TypeError: round() missing required argument 'number' (pos 1)"},
    {"enumerate('ab', 5).__reduce__()[1][1]", "5"},
    {"zip([1], strict=True).__reduce__()[2]", "True"},
    {"len(zip([1], [2]).__reduce__())", "2"},
    {"map(abs, [1]).__reduce__()[1][0]", "<built-in function abs>"},
    {"filter(None, [1]).__reduce__()[1][0]", "None"},
    {"reversed((1, 2)).__reduce__()", "(<class 'reversed'>, ((1, 2),), 1)"},
    {"iter(abs, 1).__reduce__()", "(<built-in function iter>, (<built-in function abs>, 1))"},
    {"iter(range(2, 10, 3)).__reduce__()", "(<built-in function iter>, (range(2, 11, 3),), 0)"},
    {"iter(range(1180591620717411303424, 1180591620717411303429)).__reduce__()", "(<built-in function iter>, (range(1180591620717411303424, 1180591620717411303429),), 0)"},
    {"reversed(range(5)).__reduce__()", "(<built-in function iter>, (range(4, -1, -1),), 0)"},
    {"list(iter(range(5)).__setstate__(2))", "TypeError: 'NoneType' object is not iterable"},
    {"typename(iter(range(0, 9223372036854775808, 4611686018427387904)))", "'longrange_iterator'"},
    {"typename(reversed(range(0, 9223372036854775808, 4611686018427387904)))", "'longrange_iterator'"},
    {"typename(reversed(range(-9223372036854775808, 0)))", "'longrange_iterator'"},
    {"typename(reversed(range(9223372036854775807, 0, -1)))", "'longrange_iterator'"},
    {"typename(reversed(range(9223372036854775806, 0, -1)))", "'range_iterator'"},
    {"list(reversed(range(9223372036854775806, 9223372036854775800, -2)))", "[9223372036854775802, 9223372036854775804, 9223372036854775806]"},
    {"list(range(0, 9223372036854775808, 4611686018427387904))", "[0, 4611686018427387904]"},
};

TEST(test_cases)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(cases); i++) {
        const char *got = eval_text(cases[i][0]);
        if (strcmp(got, cases[i][1]) != 0) {
            printf("  %s\n    got:      %s\n    expected: %s\n", cases[i][0], got,
                   cases[i][1]);
            kt_state.current_failed = 1;
        }
    }
}

static int setup(void)
{
    static KrType *const types[] = {
        &kr_range_type, &kr_range_iter_type, &kr_longrange_iter_type, &kr_enumerate_type,
        &kr_zip_type, &kr_map_type, &kr_filter_type, &kr_reversed_type,
        &kr_callable_iter_type,
    };
    ns = kr_incref(ts->interp->builtins);
    if (kri_bltin_add_core(ts, ns) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(types); i++) {
        if (kri_type_ready(ts, types[i]) < 0 ||
            kri_dict_set_cstr(ts, ns, kri_type_name(types[i]), KR_OBJ(types[i])) < 0)
            return -1;
    }
    for (const KrMethodDef *d = test_helpers; d->name; d++) {
        KrObject *f = kri_builtin_new(ts, d, NULL, NULL);
        if (!f || kri_dict_set_cstr(ts, ns, d->name, f) < 0)
            return -1;
        kr_decref(f);
    }
    return kri_dict_set_cstr(ts, ns, "None", KR_NONE) < 0 ||
                   kri_dict_set_cstr(ts, ns, "True", KR_TRUE) < 0 ||
                   kri_dict_set_cstr(ts, ns, "False", KR_FALSE) < 0 ||
                   kri_dict_set_cstr(ts, ns, "bool", KR_OBJ(&kr_bool_type)) < 0 ||
                   kri_dict_set_cstr(ts, ns, "str", KR_OBJ(&kr_str_type)) < 0
               ? -1
               : 0;
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts || setup() < 0) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_cases);
    KR_CLEAR(ns);
    kri_runtime_finish(ts);
    return kt_finish();
}
