/* Builtin functions over single objects: attributes (getattr, setattr,
 * delattr, hasattr), identity and hashing (id, hash, callable, repr,
 * ascii, len), number conversions (abs, bin, oct, hex, chr, ord, divmod),
 * type checks (isinstance, issubclass) and iteration (iter, next, all,
 * any, aiter, anext). Each is a KrMethodDef whose argument checking and
 * messages follow CPython 3.11; kri_bltin_add_core publishes them and the
 * table of bltin_num.c. */
#include "modules/bltin.h"
#include "vm/gen.h"

/* TypeError unless [name] is a str (attribute functions). 0 or -1. */
static int check_attr_name(KrThread *ts, KrObject *name)
{
    if (kr_str_check(name))
        return 0;
    kri_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'",
                   kri_type_name(name->ob_type));
    return -1;
}

static KrObject *bltin_getattr(KrThread *ts, KrObject *self, KrObject *const *args,
                               ssize_t nargs)
{
    if (kri_check_args(ts, "getattr", nargs, 2, 3, NULL) < 0 ||
        check_attr_name(ts, args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return kri_object_getattr(ts, args[0], args[1]);
    KrObject *r = NULL;
    int found = kri_object_lookup_attr(ts, args[0], args[1], &r);
    if (found < 0)
        return NULL;
    return found ? r : KR_NEWREF(args[2]);
}

static KrObject *bltin_setattr(KrThread *ts, KrObject *self, KrObject *const *args,
                               ssize_t nargs)
{
    if (kri_check_args(ts, "setattr", nargs, 3, 3, NULL) < 0 ||
        check_attr_name(ts, args[1]) < 0 || kri_object_setattr(ts, args[0], args[1], args[2]) < 0)
        return NULL;
    return KR_NONE;
}

static KrObject *bltin_delattr(KrThread *ts, KrObject *self, KrObject *const *args,
                               ssize_t nargs)
{
    if (kri_check_args(ts, "delattr", nargs, 2, 2, NULL) < 0 ||
        check_attr_name(ts, args[1]) < 0 || kri_object_delattr(ts, args[0], args[1]) < 0)
        return NULL;
    return KR_NONE;
}

static KrObject *bltin_hasattr(KrThread *ts, KrObject *self, KrObject *const *args,
                               ssize_t nargs)
{
    if (kri_check_args(ts, "hasattr", nargs, 2, 2, NULL) < 0 ||
        check_attr_name(ts, args[1]) < 0)
        return NULL;
    KrObject *r = NULL;
    int found = kri_object_lookup_attr(ts, args[0], args[1], &r);
    if (found < 0)
        return NULL;
    kr_xdecref(r);
    return kr_bool(found);
}

static KrObject *bltin_id(KrThread *ts, KrObject *self, KrObject *o)
{
    return kri_int_from_u64(ts, (uint64_t)(uintptr_t)o);
}

static KrObject *bltin_hash(KrThread *ts, KrObject *self, KrObject *o)
{
    int64_t h = kri_object_hash(ts, o);
    return h == -1 ? NULL : kri_int_from_i64(ts, h);
}

static KrObject *bltin_callable(KrThread *ts, KrObject *self, KrObject *o)
{
    return kr_bool(kri_callable(o));
}

static KrObject *bltin_repr(KrThread *ts, KrObject *self, KrObject *o)
{
    return kri_object_repr(ts, o);
}

static KrObject *bltin_ascii(KrThread *ts, KrObject *self, KrObject *o)
{
    return kri_object_ascii(ts, o);
}

static KrObject *bltin_len(KrThread *ts, KrObject *self, KrObject *o)
{
    ssize_t n = kri_object_len(ts, o);
    return n < 0 ? NULL : kri_int_from_ssize(ts, n);
}

/* ---- numbers ---- */

static KrObject *bltin_abs(KrThread *ts, KrObject *self, KrObject *o)
{
    return kri_number_absolute(ts, o);
}

static KrObject *int_text(KrThread *ts, KrObject *o, int base)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return NULL;
    KrObject *r = kri_int_to_str(ts, i, base);
    kr_decref(i);
    return r;
}

static KrObject *bltin_bin(KrThread *ts, KrObject *self, KrObject *o)
{
    return int_text(ts, o, 2);
}

static KrObject *bltin_oct(KrThread *ts, KrObject *self, KrObject *o)
{
    return int_text(ts, o, 8);
}

static KrObject *bltin_hex(KrThread *ts, KrObject *self, KrObject *o)
{
    return int_text(ts, o, 16);
}

static KrObject *bltin_chr(KrThread *ts, KrObject *self, KrObject *o)
{
    KrObject *i = kri_number_index(ts, o);
    if (!i)
        return NULL;
    /* CPython converts to a C int first, so huge values overflow before
     * the range check */
    int64_t v;
    bool fits = kri_int_to_i64(i, &v) && v >= INT32_MIN && v <= INT32_MAX;
    kr_decref(i);
    if (!fits)
        return kri_err_format(ts, &kr_exc_OverflowError,
                              "Python int too large to convert to C int");
    if (v < 0 || v > 0x10ffff)
        return kri_err_format(ts, &kr_exc_ValueError, "chr() arg not in range(0x110000)");
    return kri_str_from_char(ts, (uint32_t)v);
}

/* ord() of a one-character str, bytes or bytearray; other lengths and
 * types are TypeErrors whose wording says "string" for all three. */
static KrObject *bltin_ord(KrThread *ts, KrObject *self, KrObject *o)
{
    ssize_t n;
    if (kr_str_check(o)) {
        n = kr_str_len(o);
        if (n == 1)
            return kri_int_from_i64(ts, kr_str_at(o, 0));
    } else if (kr_bytes_check(o) || kr_bytearray_check(o)) {
        n = KR_SIZE(o);
        if (n == 1)
            return kri_int_from_i64(ts, (unsigned char)kri_bytes_ptr(o)[0]);
    } else {
        return kri_err_format(ts, &kr_exc_TypeError,
                              "ord() expected string of length 1, but %s found",
                              kri_type_name(o->ob_type));
    }
    return kri_err_format(ts, &kr_exc_TypeError,
                          "ord() expected a character, but string of length %zd found", n);
}

static KrObject *bltin_divmod(KrThread *ts, KrObject *self, KrObject *const *args,
                              ssize_t nargs)
{
    if (kri_check_args(ts, "divmod", nargs, 2, 2, NULL) < 0)
        return NULL;
    return kri_number_binop(ts, args[0], args[1], KR_NB_DIVMOD);
}

/* ---- type checks ---- */

static KrObject *bltin_isinstance(KrThread *ts, KrObject *self, KrObject *const *args,
                                  ssize_t nargs)
{
    if (kri_check_args(ts, "isinstance", nargs, 2, 2, NULL) < 0)
        return NULL;
    int r = kri_object_isinstance(ts, args[0], args[1]);
    return r < 0 ? NULL : kr_bool(r);
}

static KrObject *bltin_issubclass(KrThread *ts, KrObject *self, KrObject *const *args,
                                  ssize_t nargs)
{
    if (kri_check_args(ts, "issubclass", nargs, 2, 2, NULL) < 0)
        return NULL;
    int r = kri_object_issubclass(ts, args[0], args[1]);
    return r < 0 ? NULL : kr_bool(r);
}

/* ---- iteration ---- */

static KrObject *bltin_iter(KrThread *ts, KrObject *self, KrObject *const *args,
                            size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (kri_check_args(ts, "iter", nargs, 1, 2, kwnames) < 0)
        return NULL;
    if (nargs == 1)
        return kri_object_iter(ts, args[0]);
    if (!kri_callable(args[0]))
        return kri_err_format(ts, &kr_exc_TypeError, "iter(v, w): v must be callable");
    return kri_callable_iter_new(ts, args[0], args[1]);
}

static KrObject *bltin_next(KrThread *ts, KrObject *self, KrObject *const *args,
                            ssize_t nargs)
{
    if (kri_check_args(ts, "next", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrObject *it = args[0];
    if (!kri_iter_check(it))
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not an iterator",
                              kri_type_name(it->ob_type));
    /* the slot itself rather than kri_iter_next: a StopIteration raised
     * by __next__ must reach the caller with its value when there is no
     * default */
    KrObject *r = it->ob_type->iternext(ts, it);
    if (r)
        return r;
    if (kri_err_occurred(ts)) {
        if (nargs < 2 || !kri_err_matches(ts, &kr_exc_StopIteration))
            return NULL;
        kri_err_clear(ts);
    }
    if (nargs == 2)
        return KR_NEWREF(args[1]);
    kri_err_set_object(ts, &kr_exc_StopIteration, NULL);
    return NULL;
}

/* all() and any(): the first item whose truth is [stop_at] decides. */
static KrObject *all_or_any(KrThread *ts, KrObject *iterable, int stop_at)
{
    KrObject *it = kri_object_iter(ts, iterable);
    if (!it)
        return NULL;
    KrObject *item;
    int found = 0;
    while (!found && (item = kri_iter_next(ts, it))) {
        int t = kri_object_is_true(ts, item);
        kr_decref(item);
        if (t < 0) {
            kr_decref(it);
            return NULL;
        }
        found = t == stop_at;
    }
    kr_decref(it);
    if (kri_err_occurred(ts))
        return NULL;
    return kr_bool(found ? stop_at : !stop_at);
}

static KrObject *bltin_all(KrThread *ts, KrObject *self, KrObject *o)
{
    return all_or_any(ts, o, 0);
}

static KrObject *bltin_any(KrThread *ts, KrObject *self, KrObject *o)
{
    return all_or_any(ts, o, 1);
}

static KrObject *bltin_aiter(KrThread *ts, KrObject *self, KrObject *o)
{
    KrUnaryFn aiter = o->ob_type->am_aiter;
    if (!aiter)
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not an async iterable",
                              kri_type_name(o->ob_type));
    KrObject *it = aiter(ts, o);
    if (it && !it->ob_type->am_anext) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "aiter() returned not an async iterator of type '%s'",
                       kri_type_name(it->ob_type));
        KR_CLEAR(it);
    }
    return it;
}

/* anext(it) is it.__anext__(); with a default, that awaitable is wrapped
 * in one that turns StopAsyncIteration into the default (vm/agen.c). */
static KrObject *bltin_anext(KrThread *ts, KrObject *self, KrObject *const *args,
                             ssize_t nargs)
{
    if (kri_check_args(ts, "anext", nargs, 1, 2, NULL) < 0)
        return NULL;
    KrUnaryFn anext = args[0]->ob_type->am_anext;
    if (!anext)
        return kri_err_format(ts, &kr_exc_TypeError, "'%s' object is not an async iterator",
                              kri_type_name(args[0]->ob_type));
    KrObject *awaitable = anext(ts, args[0]);
    if (!awaitable || nargs == 1)
        return awaitable;
    KrObject *r = kri_agen_anext_default(ts, awaitable, args[1]);
    kr_decref(awaitable);
    return r;
}

static const KrMethodDef core_methods[] = {
    {"abs", KR_METH(bltin_abs), KR_METH_O,
     "abs($module, x, /)\n--\n\nReturn the absolute value of the argument."},
    {"aiter", KR_METH(bltin_aiter), KR_METH_O,
     "aiter(async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object."},
    {"all", KR_METH(bltin_all), KR_METH_O,
     "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the "
     "iterable.\n\nIf the iterable is empty, return True."},
    {"anext", KR_METH(bltin_anext), KR_METH_FAST,
     "async anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If "
     "default is given and the async\niterator is exhausted, it is returned instead of "
     "raising StopAsyncIteration."},
    {"any", KR_METH(bltin_any), KR_METH_O,
     "any($module, iterable, /)\n--\n\n"
     "Return True if bool(x) is True for any x in the iterable.\n\n"
     "If the iterable is empty, return False."},
    {"ascii", KR_METH(bltin_ascii), KR_METH_O,
     "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object, escaping "
     "non-ASCII characters\nwith \\x, \\u or \\U escapes."},
    {"bin", KR_METH(bltin_bin), KR_METH_O,
     "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n"
     "   >>> bin(2796202)\n   '0b1010101010101010101010'"},
    {"callable", KR_METH(bltin_callable), KR_METH_O,
     "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of "
     "function)."},
    {"chr", KR_METH(bltin_chr), KR_METH_O,
     "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; "
     "0 <= i <= 0x10ffff."},
    {"delattr", KR_METH(bltin_delattr), KR_METH_FAST,
     "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.\n\n"
     "delattr(x, 'y') is equivalent to ``del x.y``"},
    {"divmod", KR_METH(bltin_divmod), KR_METH_FAST,
     "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"getattr", KR_METH(bltin_getattr), KR_METH_FAST,
     "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; "
     "getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is "
     "returned when the attribute doesn't\nexist; without it, an exception is raised in "
     "that case."},
    {"hasattr", KR_METH(bltin_hasattr), KR_METH_FAST,
     "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the "
     "given name.\n\nThis is done by calling getattr(obj, name) and catching "
     "AttributeError."},
    {"hash", KR_METH(bltin_hash), KR_METH_O,
     "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.\n\nTwo objects that "
     "compare equal must also have the same hash value, but the\nreverse is not "
     "necessarily true."},
    {"hex", KR_METH(bltin_hex), KR_METH_O,
     "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n"
     "   >>> hex(12648430)\n   '0xc0ffee'"},
    {"id", KR_METH(bltin_id), KR_METH_O,
     "id($module, obj, /)\n--\n\nReturn the identity of an object.\n\nThis is guaranteed to be "
     "unique among simultaneously existing objects.\n(CPython uses the object's memory "
     "address.)"},
    {"isinstance", KR_METH(bltin_isinstance), KR_METH_FAST,
     "isinstance($module, obj, class_or_tuple, /)\n--\n\n"
     "Return whether an object is an instance of "
     "a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, "
     "may be given as the target to\ncheck against. This is equivalent to "
     "``isinstance(x, A) or isinstance(x, B)\nor ...`` etc."},
    {"issubclass", KR_METH(bltin_issubclass), KR_METH_FAST,
     "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from "
     "another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, "
     "may be given as the target to\ncheck against. This is equivalent to "
     "``issubclass(x, A) or issubclass(x, B)\nor ...``."},
    {"iter", KR_METH(bltin_iter), KR_METH_KEYWORDS,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator "
     "from an object.  In the first form, the argument must\nsupply its own iterator, or be "
     "a sequence.\nIn the second form, the callable is called until it returns the "
     "sentinel."},
    {"len", KR_METH(bltin_len), KR_METH_O,
     "len($module, obj, /)\n--\n\nReturn the number of items in a container."},
    {"next", KR_METH(bltin_next), KR_METH_FAST,
     "next(iterator[, default])\n\nReturn the next item from the iterator. If default is "
     "given and the iterator\nis exhausted, it is returned instead of raising "
     "StopIteration."},
    {"oct", KR_METH(bltin_oct), KR_METH_O,
     "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n"
     "   >>> oct(342391)\n   '0o1234567'"},
    {"ord", KR_METH(bltin_ord), KR_METH_O,
     "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string."},
    {"repr", KR_METH(bltin_repr), KR_METH_O,
     "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.\n\n"
     "For many object types, including most builtins, eval(repr(obj)) == obj."},
    {"setattr", KR_METH(bltin_setattr), KR_METH_FAST,
     "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to "
     "the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``"},
    {NULL, NULL, 0, NULL},
};

/* Adds a builtin_function_or_method per entry of [defs]. Keys are
 * interned so that lookups with the compiler's interned names compare by
 * identity. The functions have no __self__ (CPython's is the module):
 * with no cycle collector yet, module -> dict -> function -> module would
 * never be freed. */
static int add_table(KrThread *ts, KrObject *dict, const KrMethodDef *defs)
{
    for (const KrMethodDef *d = defs; d->name; d++) {
        KrObject *f = kri_builtin_new(ts, d, NULL, KR_ID(builtins));
        KrObject *name = f ? kri_str_intern_cstr(ts, d->name) : NULL;
        int r = name ? kri_dict_set(ts, dict, name, f) : -1;
        kr_xdecref(name);
        kr_xdecref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

int kri_bltin_add_core(KrThread *ts, KrObject *builtins_dict)
{
    if (add_table(ts, builtins_dict, core_methods) < 0)
        return -1;
    return add_table(ts, builtins_dict, kri_bltin_num_methods);
}
