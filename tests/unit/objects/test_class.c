/* Classes without the VM: slot wrappers of builtin types, classes made
 * with type(name, bases, dict) whose methods are C functions (method
 * descriptors on `object`, so they bind to any instance), the dispatch of
 * C slots to those methods, MRO and layout errors, __slots__, super,
 * property, classmethod/staticmethod and isinstance. Expected strings are
 * what /usr/bin/python3.11 prints for the same operations. */
#include <stdlib.h>

#include "harness.h"
#include "objects/slots.h"

static KrThread *ts;
static KrObject *made[64]; /* classes to take apart at the end */
static int nmade;

static const char *text_of(KrObject *s, char *buf, size_t size)
{
    snprintf(buf, size, "%s", s ? kri_str_utf8(ts, s, NULL) : "(error)");
    kr_xdecref(s);
    return buf;
}

/* repr(o), consuming [o]; "(null)" for NULL. */
static const char *repr_of(KrObject *o)
{
    static char buf[512];
    if (!o) return "(null)";
    KrObject *r = kri_object_repr(ts, o);
    kr_decref(o);
    return text_of(r, buf, sizeof buf);
}

/* "Type: message" of the pending exception (cleared). */
static const char *error_text(void)
{
    static char buf[512];
    KrObject *e = kri_err_fetch(ts);
    if (!e) return "(no error)";
    char msg[400];
    text_of(kri_object_str(ts, e), msg, sizeof msg);
    snprintf(buf, sizeof buf, "%s: %s", kri_type_name(e->ob_type), msg);
    kr_decref(e);
    return buf;
}

/* The outcome of an expression: its repr, or the error it raised. */
static const char *outcome(KrObject *o)
{
    return o ? repr_of(o) : error_text();
}

static KrObject *attr(KrObject *o, const char *name)
{
    return kri_object_getattr_cstr(ts, o, name);
}

static KrObject *call_attr(KrObject *o, const char *name, KrObject *const *args, size_t n)
{
    KrObject *fn = attr(o, name);
    if (!fn) return NULL;
    KrObject *r = kri_call(ts, fn, args, n, NULL);
    kr_decref(fn);
    return r;
}

static KrObject *str(const char *s)
{
    return kri_str_from_cstr(ts, s);
}

/* type(name, bases, {"__module__": "__main__", k1: v1, ...}); the values
 * are stolen. NULL-terminated pairs. */
static KrObject *make_class(const char *name, KrObject *bases, ...)
{
    KrObject *dict = kri_dict_new(ts);
    kri_dict_set_cstr(ts, dict, "__module__", KR_ID(__main__));
    va_list ap;
    va_start(ap, bases);
    const char *key;
    while ((key = va_arg(ap, const char *))) {
        KrObject *v = va_arg(ap, KrObject *);
        kri_dict_set_cstr(ts, dict, key, v);
        kr_decref(v);
    }
    va_end(ap);
    KrObject *args[3] = {str(name), bases ? bases : kri_tuple_new(ts, 0), dict};
    KrObject *cls = kri_call(ts, KR_OBJ(&kr_type_type), args, 3, NULL);
    kr_decref(args[0]);
    kr_decref(args[1]);
    kr_decref(dict);
    if (cls && nmade < 64) made[nmade++] = kr_incref(cls);
    return cls;
}

static KrObject *bases1(KrObject *a)
{
    return kri_tuple_pack(ts, 1, a);
}

/* ---- C methods for the classes ---- */

static KrObject *m_len_str(KrThread *t, KrObject *self, KrObject *u)
{
    return kri_str_from_cstr(t, "x");
}
static KrObject *m_minus_one(KrThread *t, KrObject *self, KrObject *u)
{
    return kri_int_from_i64(t, -1);
}
static KrObject *m_five(KrThread *t, KrObject *self, KrObject *u)
{
    return kri_int_from_i64(t, 5);
}
static KrObject *m_tag_a(KrThread *t, KrObject *self, KrObject *o)
{
    return kri_str_from_cstr(t, "A.add");
}
static KrObject *m_tag_b(KrThread *t, KrObject *self, KrObject *o)
{
    return kri_str_from_cstr(t, "B.radd");
}
static KrObject *m_not_impl(KrThread *t, KrObject *self, KrObject *o)
{
    return KR_NOTIMPLEMENTED;
}
static KrObject *m_true(KrThread *t, KrObject *self, KrObject *o)
{
    return KR_TRUE;
}
static KrObject *m_echo(KrThread *t, KrObject *self, KrObject *o)
{
    return kri_str_format(t, "got %U", o);
}
static KrObject *m_init_one(KrThread *t, KrObject *self, KrObject *const *a, size_t n, KrObject *kw)
{
    return kri_int_from_i64(t, 1);
}
static KrObject *m_stop(KrThread *t, KrObject *self, KrObject *u)
{
    kri_err_set_object(t, &kr_exc_StopIteration, NULL);
    return NULL;
}
static KrObject *m_self(KrThread *t, KrObject *self, KrObject *u)
{
    return kr_incref(self);
}
static KrObject *m_raise(KrThread *t, KrObject *self, KrObject *u)
{
    return kri_err_format(t, &kr_exc_ValueError, "from fget");
}

static const KrMethodDef defs[] = {
    {"len_str", KR_METH(m_len_str), KR_METH_NOARGS, NULL},     /* 0 */
    {"minus_one", KR_METH(m_minus_one), KR_METH_NOARGS, NULL}, /* 1 */
    {"five", KR_METH(m_five), KR_METH_NOARGS, NULL},           /* 2 */
    {"tag_a", KR_METH(m_tag_a), KR_METH_O, NULL},              /* 3 */
    {"tag_b", KR_METH(m_tag_b), KR_METH_O, NULL},              /* 4 */
    {"not_impl", KR_METH(m_not_impl), KR_METH_O, NULL},        /* 5 */
    {"true", KR_METH(m_true), KR_METH_O, NULL},                /* 6 */
    {"echo", KR_METH(m_echo), KR_METH_O, NULL},                /* 7 */
    {"init_one", KR_METH(m_init_one), KR_METH_KEYWORDS, NULL}, /* 8 */
    {"stop", KR_METH(m_stop), KR_METH_NOARGS, NULL},           /* 9 */
    {"self", KR_METH(m_self), KR_METH_NOARGS, NULL},           /* 10 */
    {"raise", KR_METH(m_raise), KR_METH_NOARGS, NULL},         /* 11 */
};

/* A method descriptor for defs[i] that binds to any object. */
static KrObject *meth(int i)
{
    return kri_descr_new_method(ts, &kr_object_type, &defs[i]);
}

static KrObject *instance(KrObject *cls)
{
    return kri_call(ts, cls, NULL, 0, NULL);
}

/* ---- tests ---- */

TEST(test_slot_wrappers)
{
    KrObject *one = kri_int_small(1), *two = kri_int_small(2);
    KrObject *args[2] = {one, two};
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_int_type), "__add__")),
                 "<slot wrapper '__add__' of 'int' objects>");
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_object_type), "__init__")),
                 "<slot wrapper '__init__' of 'object' objects>");
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_type_type), "__call__")),
                 "<slot wrapper '__call__' of 'type' objects>");
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_bool_type), "__add__")),
                 "<slot wrapper '__add__' of 'int' objects>");
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_list_type), "__add__")),
                 "<slot wrapper '__add__' of 'list' objects>");
    CHECK_EQ_STR(outcome(attr(KR_OBJ(&kr_list_type), "__hash__")), "None");
    KrObject *bound = attr(one, "__add__");
    CHECK(bound && strncmp(repr_of(kr_incref(bound)),
                           "<method-wrapper '__add__' of int object "
                           "at ",
                           38) == 0);
    CHECK_EQ_STR(outcome(kri_call(ts, bound, &two, 1, NULL)), "3");
    CHECK_EQ_STR(outcome(kri_call(ts, bound, NULL, 0, NULL)),
                 "TypeError: expected 1 argument, got 0");
    kr_xdecref(bound);
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__add__", args, 2)), "3");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__radd__", args, 2)), "3");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__lt__", args, 2)), "True");
    KrObject *s = str("a");
    KrObject *sargs[2] = {s, one};
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__add__", sargs, 2)),
                 "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__add__", NULL, 0)),
                 "TypeError: descriptor '__add__' of 'int' object needs an argument");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_object_type), "__lt__", args, 2)), "NotImplemented");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_object_type), "__ne__", (KrObject *[]){one, one}, 2)),
                 "False");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__new__", &one, 1)),
                 "TypeError: int.__new__(X): X is not a type object (int)");
    KrObject *st = KR_OBJ(&kr_str_type);
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_int_type), "__new__", &st, 1)),
                 "TypeError: int.__new__(str): str is not a subtype of int");
    KrObject *it = KR_OBJ(&kr_int_type);
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_object_type), "__new__", &it, 1)),
                 "TypeError: object.__new__(int) is not safe, use int.__new__()");
    CHECK_EQ_STR(outcome(call_attr(KR_OBJ(&kr_object_type), "__new__", NULL, 0)),
                 "TypeError: object.__new__(): not enough arguments");
    KrObject *add = attr(KR_OBJ(&kr_int_type), "__add__");
    CHECK_EQ_STR(outcome(attr(add, "__qualname__")), "'int.__add__'");
    CHECK_EQ_STR(outcome(attr(add, "__doc__")), "'Return self+value.'");
    kr_xdecref(add);
    CHECK_EQ_STR(
        outcome(call_attr(KR_OBJ(&kr_object_type), "__setattr__", (KrObject *[]){one, s, two}, 3)),
        "AttributeError: 'int' object has no attribute 'a'");
    kr_decref(s);
}

TEST(test_class_basics)
{
    KrObject *a_cls = make_class("A", NULL, NULL);
    CHECK_EQ_STR(repr_of(kr_incref(a_cls)), "<class '__main__.A'>");
    CHECK_EQ_STR(outcome(attr(a_cls, "__mro__")), "(<class '__main__.A'>, <class 'object'>)");
    CHECK_EQ_STR(outcome(attr(a_cls, "__doc__")), "None");
    CHECK_EQ_STR(outcome(attr(a_cls, "__name__")), "'A'");
    CHECK_EQ_STR(outcome(attr(a_cls, "__base__")), "<class 'object'>");
    KrObject *a = instance(a_cls);
    CHECK(a && strncmp(repr_of(kr_incref(a)), "<__main__.A object at ", 22) == 0);
    KrObject *x = str("x");
    CHECK(kri_object_setattr(ts, a, x, kri_int_small(3)) == 0);
    CHECK_EQ_STR(outcome(kri_object_getattr(ts, a, x)), "3");
    CHECK_EQ_STR(outcome(attr(a, "__dict__")), "{'x': 3}");
    CHECK_EQ_STR(outcome(attr(a, "y")), "AttributeError: 'A' object has no attribute 'y'");
    CHECK_EQ_STR(outcome(kri_call(ts, a_cls, &x, 1, NULL)), "TypeError: A() takes no arguments");
    KrObject *d = attr(a_cls, "__dict__");
    CHECK(d && kr_is_type(d, &kr_mappingproxy_type));
    CHECK_EQ_STR(outcome(kri_object_getitem(ts, d, KR_ID(__module__))), "'__main__'");
    kr_xdecref(d);
    CHECK(kri_object_hash(ts, a) != -1);
    CHECK_EQ_STR(outcome(kri_object_richcompare(ts, a, a, KR_EQ)), "True");
    CHECK_EQ_STR(outcome(kri_object_richcompare(ts, a, x, KR_NE)), "True");
    CHECK_EQ_STR(outcome(kri_object_richcompare(ts, a, x, KR_LT)),
                 "TypeError: '<' not supported between instances of 'A' and 'str'");
    /* type(name, bases, dict) argument errors */
    KrObject *bad[3] = {kri_int_small(1), kri_tuple_empty(), x};
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_type_type), bad, 3, NULL)),
                 "TypeError: type.__new__() argument 1 must be str, not int");
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_type_type), bad, 2, NULL)),
                 "TypeError: type() takes 1 or 3 arguments");
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_type_type), &a, 1, NULL)), "<class '__main__.A'>");
    kr_decref(x);
    kr_xdecref(a);
    kr_xdecref(a_cls);
}

TEST(test_slot_dispatch)
{
    KrObject *c =
        make_class("C", NULL, "__len__", meth(0), "__repr__", meth(2), "__eq__", meth(6),
                   "__getattr__", meth(7), "__iter__", meth(10), "__next__", meth(9), NULL);
    KrObject *o = instance(c);
    CHECK(kri_object_len(ts, o) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK_EQ_STR(outcome(kri_object_repr(ts, o)), "TypeError: __repr__ returned non-string "
                                                  "(type int)");
    CHECK(kri_object_hash(ts, o) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: unhashable type: 'C'");
    CHECK_EQ_STR(outcome(kri_object_richcompare(ts, o, KR_NONE, KR_EQ)), "True");
    CHECK_EQ_STR(outcome(attr(o, "missing")), "'got missing'");
    CHECK_EQ_STR(outcome(kri_sequence_list(ts, o)), "[]");
    KrObject *d = make_class("D", NULL, "__len__", meth(1), "__init__", meth(8), NULL);
    CHECK_EQ_STR(outcome(instance(d)), "TypeError: __init__() should return None, not 'int'");
    KrObject *dd = make_class("DD", bases1(d), "__init__", KR_NONE, NULL);
    KrObject *di = dd ? kri_type_generic_alloc(ts, (KrType *)dd, 0) : NULL;
    CHECK(di && kri_object_len(ts, di) == -1);
    CHECK_EQ_STR(error_text(), "ValueError: __len__() should return >= 0");
    /* assigning a dunder on the base updates the subclass's slot */
    KrObject *len5 = meth(2);
    CHECK(kri_object_setattr(ts, d, KR_ID(__len__), len5) == 0);
    CHECK(di && kri_object_len(ts, di) == 5);
    CHECK(kri_object_delattr(ts, d, KR_ID(__len__)) == 0);
    CHECK(di && kri_object_len(ts, di) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: object of type 'DD' has no len()");
    kr_decref(len5);
    kr_xdecref(di);
    kr_xdecref(dd);
    kr_xdecref(d);
    kr_xdecref(o);
    kr_xdecref(c);
}

TEST(test_binary_ops)
{
    KrObject *a = make_class("A", NULL, "__add__", meth(3), NULL);
    KrObject *b = make_class("B", bases1(a), "__radd__", meth(4), NULL);
    KrObject *n = make_class("N", NULL, "__add__", meth(5), "__radd__", meth(5), NULL);
    KrObject *ai = instance(a), *bi = instance(b), *ni = instance(n);
    CHECK_EQ_STR(outcome(kri_number_binop(ts, ai, bi, KR_NB_ADD)), "'B.radd'");
    CHECK_EQ_STR(outcome(kri_number_binop(ts, bi, ai, KR_NB_ADD)), "'A.add'");
    CHECK_EQ_STR(outcome(kri_number_binop(ts, ai, kri_int_small(1), KR_NB_ADD)), "'A.add'");
    CHECK_EQ_STR(outcome(kri_number_binop(ts, kri_int_small(1), bi, KR_NB_ADD)), "'B.radd'");
    CHECK_EQ_STR(outcome(kri_number_binop(ts, ni, ni, KR_NB_ADD)),
                 "TypeError: unsupported operand type(s) for +: 'N' and 'N'");
    CHECK_EQ_STR(outcome(kri_number_inplace(ts, ai, ni, KR_NB_ADD)), "'A.add'");
    CHECK_EQ_STR(outcome(kri_number_binop(ts, ni, ai, KR_NB_SUBTRACT)),
                 "TypeError: unsupported operand type(s) for -: 'N' and 'A'");
    kr_xdecref(ai);
    kr_xdecref(bi);
    kr_xdecref(ni);
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(n);
}

TEST(test_mro_and_layout)
{
    KrObject *a = make_class("A", NULL, NULL);
    KrObject *b = make_class("B", bases1(a), NULL);
    KrObject *c = make_class("C", kri_tuple_pack(ts, 2, a, b), NULL);
    CHECK(c == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: Cannot create a consistent method resolution\n"
                               "order (MRO) for bases A, B");
    KrObject *d = make_class("D", bases1(KR_OBJ(&kr_bool_type)), NULL);
    CHECK(d == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: type 'bool' is not an acceptable base type");
    KrObject *e =
        make_class("E", kri_tuple_pack(ts, 2, KR_OBJ(&kr_int_type), KR_OBJ(&kr_list_type)), NULL);
    CHECK(e == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: multiple bases have instance lay-out conflict");
    KrObject *f = make_class("F", kri_tuple_pack(ts, 2, a, a), NULL);
    CHECK(f == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: duplicate base class A");
    KrObject *g = make_class("G", bases1(kri_int_small(1)), NULL);
    CHECK(g == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: metaclass conflict: the metaclass of a derived class "
                               "must be a (non-strict) subclass of the metaclasses of all its "
                               "bases");
    KrObject *x = make_class("X", bases1(a), NULL);
    KrObject *y = make_class("Y", bases1(a), NULL);
    KrObject *z = make_class("Z", kri_tuple_pack(ts, 2, x, y), NULL);
    CHECK_EQ_STR(outcome(attr(z, "__mro__")), "(<class '__main__.Z'>, <class '__main__.X'>, "
                                              "<class '__main__.Y'>, <class '__main__.A'>, "
                                              "<class 'object'>)");
    CHECK_EQ_STR(outcome(call_attr(a, "__subclasses__", NULL, 0)),
                 "[<class '__main__.B'>, <class '__main__.X'>, <class '__main__.Y'>]");
    KrObject *zi = instance(z);
    CHECK_EQ_STR(outcome(kri_int_from_i64(ts, kri_object_isinstance(ts, zi, a))), "1");
    KrObject *tb = kri_tuple_pack(ts, 1, b);
    CHECK(kri_object_isinstance(ts, zi, tb) == 0);
    kr_decref(tb);
    CHECK_EQ_STR(outcome(kri_int_from_i64(ts, kri_object_isinstance(ts, zi, x))), "1");
    CHECK(kri_object_isinstance(ts, zi, kri_int_small(3)) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, "
                               "or a union");
    CHECK(kri_object_issubclass(ts, zi, a) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: issubclass() arg 1 must be a class");
    CHECK(kri_object_issubclass(ts, z, y) == 1);
    kr_xdecref(zi);
    kr_xdecref(x);
    kr_xdecref(y);
    kr_xdecref(z);
    kr_xdecref(a);
    kr_xdecref(b);
}

TEST(test_slots_and_builtin_bases)
{
    KrObject *slots = kri_tuple_pack(ts, 2, KR_ID(name), KR_ID(value));
    KrObject *p = make_class("P", NULL, "__slots__", slots, NULL);
    KrObject *pi = instance(p);
    CHECK_EQ_STR(outcome(attr(pi, "name")), "AttributeError: 'P' object has no attribute "
                                            "'name'");
    CHECK(kri_object_setattr(ts, pi, KR_ID(name), kri_int_small(7)) == 0);
    CHECK_EQ_STR(outcome(kri_object_getattr(ts, pi, KR_ID(name))), "7");
    CHECK(kri_object_setattr(ts, pi, KR_ID(keys), kri_int_small(7)) == -1);
    CHECK_EQ_STR(error_text(), "AttributeError: 'P' object has no attribute 'keys'");
    KrObject *q = make_class("Q", NULL, "__slots__", str("x"), "x", kri_int_small(1), NULL);
    CHECK(q == NULL);
    CHECK_EQ_STR(error_text(), "ValueError: 'x' in __slots__ conflicts with class variable");
    KrObject *r = make_class("R", NULL, "__slots__",
                             kri_tuple_pack(ts, 2, KR_ID(__dict__), KR_ID(__dict__)), NULL);
    CHECK(r == NULL);
    CHECK_EQ_STR(error_text(), "TypeError: __dict__ slot disallowed: we already got one");
    /* a list subclass: list's own new/init, plus an instance dict */
    KrObject *ml = make_class("MyList", bases1(KR_OBJ(&kr_list_type)), NULL);
    KrObject *items = kri_tuple_pack(ts, 2, kri_int_small(1), kri_int_small(2));
    KrObject *li = ml ? kri_call(ts, ml, &items, 1, NULL) : NULL;
    CHECK_EQ_STR(outcome(li ? kr_incref(li) : NULL), "[1, 2]");
    CHECK(li && kri_object_len(ts, li) == 2);
    CHECK(li && kri_object_setattr(ts, li, KR_ID(name), kri_int_small(3)) == 0);
    CHECK_EQ_STR(outcome(li ? attr(li, "__dict__") : NULL), "{'name': 3}");
    CHECK_EQ_STR(outcome(li ? call_attr(li, "append", &items, 1) : NULL), "None");
    CHECK(li && kri_object_len(ts, li) == 3);
    CHECK_EQ_STR(outcome(kri_number_binop(ts, li, items, KR_NB_ADD)),
                 "TypeError: can only concatenate list (not \"tuple\") to list");
    KrObject *me = make_class("MyError", bases1(KR_OBJ(&kr_exc_ValueError)), NULL);
    KrObject *ei = me ? kri_call(ts, me, &items, 1, NULL) : NULL;
    CHECK_EQ_STR(outcome(ei ? attr(ei, "args") : NULL), "((1, 2),)");
    CHECK(ei && kri_object_isinstance(ts, ei, KR_OBJ(&kr_exc_Exception)) == 1);
    KrObject *mi = make_class("MyInt", bases1(KR_OBJ(&kr_int_type)), NULL);
    KrObject *big = kri_int_from_i64(ts, INT64_MAX);
    KrObject *ii = mi ? kri_call(ts, mi, &big, 1, NULL) : NULL;
    CHECK_EQ_STR(outcome(ii ? kr_incref(ii) : NULL), "9223372036854775807");
    CHECK(ii && kri_object_setattr(ts, ii, KR_ID(name), kri_int_small(3)) == 0);
    CHECK_EQ_STR(outcome(ii ? attr(ii, "__dict__") : NULL), "{'name': 3}");
    kr_decref(big);
    kr_xdecref(ii);
    kr_xdecref(ei);
    kr_xdecref(me);
    kr_xdecref(mi);
    kr_xdecref(items);
    kr_xdecref(li);
    kr_xdecref(ml);
    kr_xdecref(pi);
    kr_xdecref(p);
}

TEST(test_super_and_descriptors)
{
    KrObject *getter = meth(2);
    KrObject *prop = kri_call(ts, KR_OBJ(&kr_property_type), &getter, 1, NULL);
    kr_decref(getter);
    KrObject *a = make_class("A", NULL, "f", meth(7), "p", prop, "q",
                             kri_call(ts, KR_OBJ(&kr_property_type), NULL, 0, NULL), "s",
                             kri_staticmethod_new(ts, KR_OBJ(&kr_int_type)), NULL);
    KrObject *b = make_class("B", bases1(a), "f", meth(2), NULL);
    KrObject *bi = instance(b);
    CHECK_EQ_STR(outcome(attr(bi, "p")), "5");
    CHECK(kri_object_setattr(ts, bi, KR_ID(__isabstractmethod__), KR_NONE) == 0);
    KrObject *pname = str("p");
    CHECK(kri_object_setattr(ts, bi, pname, KR_NONE) == -1);
    kr_decref(pname);
    CHECK_EQ_STR(error_text(), "AttributeError: property 'p' of 'B' object has no setter");
    CHECK_EQ_STR(outcome(attr(bi, "q")), "AttributeError: property 'q' of 'B' object has no "
                                         "getter");
    CHECK_EQ_STR(outcome(call_attr(bi, "s", NULL, 0)), "0");
    KrObject *sargs[2] = {b, bi};
    KrObject *sup = kri_call(ts, KR_OBJ(&kr_super_type), sargs, 2, NULL);
    CHECK_EQ_STR(outcome(sup ? kr_incref(sup) : NULL), "<super: <class 'B'>, <B object>>");
    KrObject *xs = str("x");
    CHECK_EQ_STR(outcome(sup ? call_attr(sup, "f", &xs, 1) : NULL), "'got x'");
    kr_decref(xs);
    CHECK_EQ_STR(outcome(sup ? attr(sup, "nope") : NULL),
                 "AttributeError: 'super' object has no attribute 'nope'");
    kr_xdecref(sup);
    KrObject *bad[2] = {a, kri_int_small(1)};
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_super_type), bad, 2, NULL)),
                 "TypeError: super(type, obj): obj must be an instance or subtype of type");
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_super_type), bad + 1, 1, NULL)),
                 "TypeError: super() argument 1 must be a type, not int");
    KrObject *cm = kri_classmethod_new(ts, KR_OBJ(&kr_int_type));
    CHECK_EQ_STR(outcome(kr_incref(cm)), "<classmethod(<class 'int'>)>");
    CHECK_EQ_STR(outcome(attr(cm, "__name__")), "'int'");
    kr_decref(cm);
    kr_xdecref(bi);
    kr_xdecref(a);
    kr_xdecref(b);
}

TEST(test_metaclass_and_lifecycle)
{
    KrObject *m = make_class("M", bases1(KR_OBJ(&kr_type_type)), NULL);
    KrObject *margs[3] = {str("X"), kri_tuple_new(ts, 0), kri_dict_new(ts)};
    KrObject *x = m ? kri_call(ts, m, margs, 3, NULL) : NULL;
    CHECK_EQ_STR(outcome(x ? kr_incref(x) : NULL), "<class 'X'>");
    CHECK(x && KR_OBJ(x->ob_type) == m);
    if (x && nmade < 64)
        made[nmade++] = kr_incref(x);
    KrObject *kw = kri_tuple_pack(ts, 1, KR_ID(name));
    KrObject *kargs[4] = {margs[0], margs[1], margs[2], KR_NONE};
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_type_type), kargs, 3, kw)),
                 "TypeError: X.__init_subclass__() takes no keyword arguments");
    /* __del__ runs once; its error is reported, not raised */
    KrObject *d = make_class("D", NULL, "__del__", meth(11), NULL);
    KrObject *di = instance(d);
    CHECK(di != NULL);
    kr_xdecref(di);
    CHECK(!kri_err_occurred(ts));
    /* __class__ assignment */
    KrObject *a = make_class("A", NULL, NULL), *b = make_class("B", NULL, NULL);
    KrObject *ai = instance(a);
    CHECK(kri_object_setattr(ts, ai, KR_ID(__class__), b) == 0);
    CHECK(ai && KR_OBJ(ai->ob_type) == b);
    CHECK(kri_object_setattr(ts, ai, KR_ID(__class__), KR_OBJ(&kr_list_type)) == -1);
    CHECK_EQ_STR(error_text(), "TypeError: __class__ assignment only supported for mutable "
                               "types or ModuleType subclasses");
    kr_xdecref(ai);
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(d);
    kr_decref(kw);
    for (int i = 0; i < 3; i++)
        kr_decref(margs[i]);
    kr_xdecref(x);
    kr_xdecref(m);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_slot_wrappers);
    RUN(test_class_basics);
    RUN(test_slot_dispatch);
    RUN(test_binary_ops);
    RUN(test_mro_and_layout);
    RUN(test_slots_and_builtin_bases);
    RUN(test_super_and_descriptors);
    RUN(test_metaclass_and_lifecycle);
    /* classes live in reference cycles (their MRO holds them): break the
     * cycles as the collector will, then let them go */
    for (int i = 0; i < nmade; i++)
        kri_type_clear(ts, made[i]);
    for (int i = nmade - 1; i >= 0; i--)
        kr_decref(made[i]);
    kri_err_clear(ts);
    kri_runtime_finish(ts);
    return kt_finish();
}
