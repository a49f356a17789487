/* types.GenericAlias (PEP 585): what list[int], dict[str, int] and
 * tuple[int, ...] evaluate to. An alias keeps its origin class and its
 * arguments (always a tuple); it stands in for the origin almost
 * everywhere: calling it instantiates the origin, attribute lookups other
 * than its own few fall through to the origin, and as a base class it is
 * replaced by the origin (__mro_entries__). isinstance() refuses it.
 * Type variables come from the typing module: here a parameter is any
 * argument with __typing_subst__, so the substitution of alias[...] works
 * for whatever typing-like objects provide. A starred alias (*tuple[int])
 * is what iterating an alias yields (PEP 646). Aliases are immutable. */
#include "objects/generic.h"

typedef struct KrGenericAlias {
    KrObject ob_base;
    KrObject *origin;     /* owned */
    KrObject *args;       /* owned: a tuple */
    KrObject *parameters; /* owned: a tuple, or NULL until first asked for */
    bool starred;
} KrGenericAlias;

#define GA(o) ((KrGenericAlias *)(o))

/* An alias of [origin] over [args]; list[int] passes the bare key int,
 * which stands for (int,). [type] is GenericAlias or a subclass. */
static KrObject *ga_make(KrThread *ts, KrType *type, KrObject *origin, KrObject *args,
                         bool starred)
{
    KrObject *tuple = kr_tuple_check(args) ? kr_incref(args) : kri_tuple_pack(ts, 1, args);
    if (!tuple)
        return NULL;
    KrGenericAlias *ga = (KrGenericAlias *)kri_type_generic_alloc(ts, type, 0);
    if (!ga) {
        kr_decref(tuple);
        return NULL;
    }
    ga->origin = kr_incref(origin);
    ga->args = tuple;
    ga->starred = starred;
    return KR_OBJ(ga);
}

KrObject *kri_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args)
{
    return ga_make(ts, &kr_genericalias_type, origin, args, false);
}

/* Bound to the class it is looked up on, so MyList[int] has origin MyList. */
KrObject *kri_genericalias_class_getitem(KrThread *ts, KrObject *cls, KrObject *item)
{
    return ga_make(ts, &kr_genericalias_type, cls, item, false);
}

static KrObject *ga_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                        KrObject *kwnames)
{
    ssize_t n = KR_NARGS(nargsf);
    if (kwnames && KR_SIZE(kwnames))
        return kri_err_format(ts, &kr_exc_TypeError, "GenericAlias() takes no keyword "
                              "arguments");
    if (n != 2)
        return kri_err_format(ts, &kr_exc_TypeError, "GenericAlias expected 2 arguments, "
                              "got %zd", n);
    return ga_make(ts, type, args[0], args[1], false);
}

static void ga_dealloc(KrObject *o)
{
    kr_decref(GA(o)->origin);
    kr_decref(GA(o)->args);
    kr_xdecref(GA(o)->parameters);
    kri_object_free(o);
}

static int ga_traverse(KrObject *o, KrVisitFn visit, void *arg)
{
    int r = visit(GA(o)->origin, arg);
    if (!r)
        r = visit(GA(o)->args, arg);
    if (!r && GA(o)->parameters)
        r = visit(GA(o)->parameters, arg);
    return r;
}

/* ---- repr ---- */

/* [o] has both __origin__ and __args__: it shows itself (a typing alias).
 * 1, 0 or -1. */
static int looks_like_alias(KrThread *ts, KrObject *o)
{
    KrObject *attr;
    int r = kri_object_lookup_attr(ts, o, KR_ID(__origin__), &attr);
    if (r <= 0)
        return r;
    kr_decref(attr);
    r = kri_object_lookup_attr(ts, o, KR_ID(__args__), &attr);
    if (r > 0)
        kr_decref(attr);
    return r;
}

/* The text of [p] as a class, "module.qualname" or just the qualname for
 * builtins; NULL without an exception when [p] does not look like one. */
static KrObject *class_text(KrThread *ts, KrObject *p)
{
    KrObject *qualname, *module = NULL, *r = NULL;
    int found = kri_object_lookup_attr(ts, p, KR_ID(__qualname__), &qualname);
    if (found <= 0)
        return NULL;
    found = kri_object_lookup_attr(ts, p, KR_ID(__module__), &module);
    if (found > 0 && module != KR_NONE) {
        if (kr_str_check(module) && kri_str_eq_cstr(module, "builtins"))
            r = kri_object_str(ts, qualname);
        else
            r = kri_str_format(ts, "%S.%S", module, qualname);
    }
    kr_xdecref(module);
    kr_decref(qualname);
    return r;
}

int kri_genericalias_repr_item(KrThread *ts, KrStrWriter *w, KrObject *p)
{
    if (p == KR_ELLIPSIS)
        return kri_strw_ascii(ts, w, "...", 3);
    KrObject *text = NULL;
    int alias = looks_like_alias(ts, p);
    if (alias < 0)
        return -1;
    if (!alias) {
        text = class_text(ts, p);
        if (!text && kri_err_occurred(ts))
            return -1;
    }
    if (!text && !(text = kri_object_repr(ts, p)))
        return -1;
    int r = kri_strw_str(ts, w, text);
    kr_decref(text);
    return r;
}

static int ga_repr_into(KrThread *ts, KrStrWriter *w, KrGenericAlias *ga)
{
    if (ga->starred && kri_strw_ascii(ts, w, "*", 1) < 0)
        return -1;
    if (kri_genericalias_repr_item(ts, w, ga->origin) < 0 || kri_strw_ascii(ts, w, "[", 1) < 0)
        return -1;
    ssize_t n = KR_SIZE(ga->args);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && kri_strw_ascii(ts, w, ", ", 2) < 0)
            return -1;
        if (kri_genericalias_repr_item(ts, w, KR_TUPLE_ITEMS(ga->args)[i]) < 0)
            return -1;
    }
    /* tuple[()] spells out its empty argument list */
    if (n == 0 && kri_strw_ascii(ts, w, "()", 2) < 0)
        return -1;
    return kri_strw_ascii(ts, w, "]", 1);
}

static KrObject *ga_repr(KrThread *ts, KrObject *o)
{
    KrStrWriter w;
    kri_strw_init(&w);
    if (kri_enter_recursive(ts, " while getting the repr of an object") < 0)
        return NULL;
    int r = ga_repr_into(ts, &w, GA(o));
    kri_leave_recursive(ts);
    if (r < 0) {
        kri_strw_discard(&w);
        return NULL;
    }
    return kri_strw_finish(ts, &w);
}

/* ---- attributes ---- */

/* The attributes an alias answers itself; every other name is looked up
 * on the origin, so list[int].append is list.append. */
static const char *const own_attributes[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
};

static bool is_own_attribute(KrObject *name)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(own_attributes); i++)
        if (kri_str_eq_cstr(name, own_attributes[i]))
            return true;
    return false;
}

static KrObject *ga_getattro(KrThread *ts, KrObject *o, KrObject *name)
{
    if (kr_str_check(name) && !is_own_attribute(name)) {
        /* the origin may itself be an alias, of an alias, ... */
        if (kri_enter_recursive(ts, " while getting an attribute") < 0)
            return NULL;
        KrObject *r = kri_object_getattr(ts, GA(o)->origin, name);
        kri_leave_recursive(ts);
        return r;
    }
    /* none of the alias's own attributes raises AttributeError itself: one
     * raised here means the name is missing */
    KrObject *r = kri_object_generic_getattr(ts, o, name);
    if (!r && kr_str_check(name) && kri_err_matches(ts, &kr_exc_AttributeError)) {
        kri_err_clear(ts);
        return kri_object_no_attribute(ts, o, name);
    }
    return r;
}

/* ---- comparison and hashing ---- */

/* Only == and != are defined; a starred alias never equals an unstarred
 * one with the same origin and arguments. */
static KrObject *ga_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kri_genericalias_check(b) || (op != KR_EQ && op != KR_NE))
        return KR_NOTIMPLEMENTED;
    if (GA(a)->starred != GA(b)->starred)
        return kr_bool(op == KR_NE);
    int eq = kri_object_richcompare_bool(ts, GA(a)->origin, GA(b)->origin, KR_EQ);
    if (eq < 0)
        return NULL;
    if (eq)
        eq = kri_object_richcompare_bool(ts, GA(a)->args, GA(b)->args, KR_EQ);
    if (eq < 0)
        return NULL;
    return kr_bool((op == KR_EQ) == (eq == 1));
}

/* Aliases nest without limit (list[list[...]]): the recursive steps of
 * hashing, parameter collection and substitution are guarded. */
static int64_t ga_hash(KrThread *ts, KrObject *o)
{
    if (kri_enter_recursive(ts, " while hashing a generic alias") < 0)
        return -1;
    int64_t h0 = kri_object_hash(ts, GA(o)->origin);
    int64_t h1 = h0 == -1 ? -1 : kri_object_hash(ts, GA(o)->args);
    kri_leave_recursive(ts);
    if (h1 == -1)
        return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* ---- calling, iterating, subscripting ---- */

static KrObject *ga_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargsf,
                         KrObject *kwnames)
{
    KrObject *obj = kri_call(ts, GA(self)->origin, args, nargsf, kwnames);
    if (!obj)
        return NULL;
    /* Records the alias on the instance when it takes attributes; objects
     * that refuse (builtins, __slots__) are left as they are. */
    if (kri_object_setattr(ts, obj, KR_ID(__orig_class__), self) < 0) {
        if (!kri_err_matches(ts, &kr_exc_AttributeError) &&
            !kri_err_matches(ts, &kr_exc_TypeError)) {
            kr_decref(obj);
            return NULL;
        }
        kri_err_clear(ts);
    }
    return obj;
}

/* iter(alias) yields the alias once, starred: [*tuple[int]] and
 * tuple[int, *tuple[str, ...]] (PEP 646). */
static KrObject *ga_iter(KrThread *ts, KrObject *o)
{
    KrObject *starred = ga_make(ts, o->ob_type, GA(o)->origin, GA(o)->args, true);
    if (!starred)
        return NULL;
    KrObject *items = kri_tuple_pack(ts, 1, starred);
    kr_decref(starred);
    if (!items)
        return NULL;
    KrObject *it = kri_tuple_iter(ts, items);
    kr_decref(items);
    return it;
}

static KrObject *ga_parameters_borrow(KrThread *ts, KrGenericAlias *ga)
{
    if (!ga->parameters)
        ga->parameters = kri_genericalias_make_parameters(ts, ga->args);
    return ga->parameters;
}

/* dict[T, list[S]][str, int] is dict[str, list[int]]; the result keeps
 * the star of the alias subscripted. */
static KrObject *ga_getitem(KrThread *ts, KrObject *o, KrObject *item)
{
    KrObject *params = ga_parameters_borrow(ts, GA(o));
    if (!params)
        return NULL;
    KrObject *args = kri_genericalias_subs_parameters(ts, o, GA(o)->args, params, item);
    if (!args)
        return NULL;
    KrObject *r = ga_make(ts, &kr_genericalias_type, GA(o)->origin, args, GA(o)->starred);
    kr_decref(args);
    return r;
}

/* ---- type parameters and their substitution ---- */

static bool is_class(const KrObject *o)
{
    return kr_type_has(o->ob_type, KR_TPF_TYPE_SUBCLASS);
}

/* The position of [item] in tuple [t] by identity, or -1. */
static ssize_t index_of(KrObject *t, KrObject *item)
{
    for (ssize_t i = 0; i < KR_SIZE(t); i++)
        if (KR_TUPLE_ITEMS(t)[i] == item)
            return i;
    return -1;
}

/* Appends [item] to [list] unless it is there already (by identity). */
static int add_unique(KrThread *ts, KrObject *list, KrObject *item)
{
    for (ssize_t i = 0; i < KR_SIZE(list); i++)
        if (KR_LIST_ITEMS(list)[i] == item)
            return 0;
    return kri_list_append(ts, list, item);
}

/* Adds the parameters [t] brings: itself when it is a type variable,
 * else its own __parameters__. */
static int collect_parameters(KrThread *ts, KrObject *list, KrObject *t)
{
    KrObject *attr;
    int found = kri_object_lookup_attr(ts, t, KR_ID(__typing_subst__), &attr);
    if (found != 0) {
        kr_xdecref(attr);
        return found < 0 ? -1 : add_unique(ts, list, t);
    }
    found = kri_object_lookup_attr(ts, t, KR_ID(__parameters__), &attr);
    if (found <= 0)
        return found;
    int r = 0;
    if (kr_tuple_check(attr))
        for (ssize_t i = 0; i < KR_SIZE(attr) && r == 0; i++)
            r = add_unique(ts, list, KR_TUPLE_ITEMS(attr)[i]);
    kr_decref(attr);
    return r;
}

KrObject *kri_genericalias_make_parameters(KrThread *ts, KrObject *args)
{
    if (kri_enter_recursive(ts, " while collecting type parameters") < 0)
        return NULL;
    KrObject *list = kri_list_new(ts, 0);
    for (ssize_t i = 0; list && i < KR_SIZE(args); i++) {
        KrObject *t = KR_TUPLE_ITEMS(args)[i];
        /* a class's own __parameters__ (a descriptor) is not its parameters */
        if (!is_class(t) && collect_parameters(ts, list, t) < 0)
            KR_CLEAR(list);
    }
    kri_leave_recursive(ts);
    KrObject *r = list ? kri_list_as_tuple(ts, list) : NULL;
    kr_xdecref(list);
    return r;
}

/* The arguments a starred tuple alias stands for (*tuple[int, str] is
 * int, str): a new reference, or NULL (with an exception on error). */
static KrObject *unpacked_tuple_args(KrThread *ts, KrObject *arg)
{
    if (kr_is_type(arg, &kr_genericalias_type)) {
        if (GA(arg)->starred && GA(arg)->origin == KR_OBJ(&kr_tuple_type))
            return kr_incref(GA(arg)->args);
        return NULL;
    }
    KrObject *r;
    return kri_object_lookup_attr(ts, arg, KR_ID(__typing_unpacked_tuple_args__), &r) > 0
               ? r : NULL;
}

/* The subscript [item] as a tuple, with starred fixed-length tuples
 * spread out in place. */
static KrObject *unpack_args(KrThread *ts, KrObject *item)
{
    bool is_tuple = kr_tuple_check(item);
    ssize_t n = is_tuple ? KR_SIZE(item) : 1;
    KrObject *const *items = is_tuple ? KR_TUPLE_ITEMS(item) : &item;
    KrObject *list = kri_list_new(ts, 0);
    for (ssize_t i = 0; list && i < n; i++) {
        KrObject *sub = is_class(items[i]) ? NULL : unpacked_tuple_args(ts, items[i]);
        int r;
        if (!sub && kri_err_occurred(ts))
            r = -1;
        else if (sub && kr_tuple_check(sub) &&
                 !(KR_SIZE(sub) > 0 && KR_TUPLE_ITEMS(sub)[KR_SIZE(sub) - 1] == KR_ELLIPSIS))
            r = kri_list_extend(ts, list, sub);
        else
            r = kri_list_append(ts, list, items[i]);
        kr_xdecref(sub);
        if (r < 0)
            KR_CLEAR(list);
    }
    if (!list)
        return NULL;
    KrObject *r = kri_list_as_tuple(ts, list);
    kr_decref(list);
    return r;
}

/* Lets each parameter's __typing_prepare_subst__ rewrite the arguments
 * (a TypeVarTuple or ParamSpec does). Steals [item]. */
static KrObject *prepare_subst(KrThread *ts, KrObject *self, KrObject *params, KrObject *item)
{
    for (ssize_t i = 0; item && i < KR_SIZE(params); i++) {
        KrObject *prepare;
        int found = kri_object_lookup_attr(ts, KR_TUPLE_ITEMS(params)[i],
                                           KR_ID(__typing_prepare_subst__), &prepare);
        if (found < 0)
            KR_CLEAR(item);
        if (found <= 0)
            continue;
        KrObject *arg = kr_tuple_check(item) ? kr_incref(item) : kri_tuple_pack(ts, 1, item);
        KrObject *next = NULL;
        if (arg && prepare != KR_NONE)
            next = kri_call2(ts, prepare, self, arg);
        else if (arg)
            next = kr_incref(item);
        kr_xdecref(arg);
        kr_decref(prepare);
        KR_SETREF(item, next);
    }
    return item;
}

/* [obj] with the parameters it holds replaced: list[T] becomes list[int]
 * through list[T][int]. */
static KrObject *subs_tvars(KrThread *ts, KrObject *obj, KrObject *params,
                            KrObject *const *values)
{
    KrObject *sub;
    int found = kri_object_lookup_attr(ts, obj, KR_ID(__parameters__), &sub);
    if (found < 0)
        return NULL;
    if (!found || !kr_tuple_check(sub) || KR_SIZE(sub) == 0) {
        kr_xdecref(sub);
        return kr_incref(obj);
    }
    KrObject *list = kri_list_new(ts, 0);
    for (ssize_t i = 0; list && i < KR_SIZE(sub); i++) {
        KrObject *arg = KR_TUPLE_ITEMS(sub)[i];
        ssize_t at = index_of(params, arg);
        int r;
        if (at >= 0 && KR_TUPLE_ITEMS(params)[at]->ob_type->iter && kr_tuple_check(values[at]))
            r = kri_list_extend(ts, list, values[at]); /* a TypeVarTuple's values */
        else
            r = kri_list_append(ts, list, at >= 0 ? values[at] : arg);
        if (r < 0)
            KR_CLEAR(list);
    }
    kr_decref(sub);
    KrObject *key = list ? kri_list_as_tuple(ts, list) : NULL;
    kr_xdecref(list);
    if (!key || kri_enter_recursive(ts, " while substituting type parameters") < 0) {
        kr_xdecref(key);
        return NULL;
    }
    KrObject *r = kri_object_getitem(ts, obj, key);
    kri_leave_recursive(ts);
    kr_decref(key);
    return r;
}

/* Whether [arg] is *Ts for a TypeVarTuple Ts: 1, 0 or -1. */
static int is_unpacked_typevartuple(KrThread *ts, KrObject *arg)
{
    if (is_class(arg))
        return 0;
    KrObject *flag;
    int found = kri_object_lookup_attr(ts, arg, KR_ID(__typing_is_unpacked_typevartuple__),
                                       &flag);
    if (found <= 0)
        return found;
    int r = kri_object_is_true(ts, flag);
    kr_decref(flag);
    return r;
}

/* The replacement of argument [arg], appended to [list]. */
static int subs_one(KrThread *ts, KrObject *list, KrObject *arg, KrObject *params,
                    KrObject *const *values)
{
    if (is_class(arg))
        return kri_list_append(ts, list, arg);
    int unpack = is_unpacked_typevartuple(ts, arg);
    if (unpack < 0)
        return -1;
    KrObject *subst, *value;
    int found = kri_object_lookup_attr(ts, arg, KR_ID(__typing_subst__), &subst);
    if (found < 0)
        return -1;
    if (found) {
        ssize_t at = index_of(params, arg);
        value = at >= 0 ? kri_call1(ts, subst, values[at])
                        : kri_err_format(ts, &kr_exc_TypeError, "%R is not a parameter", arg);
        kr_decref(subst);
    } else {
        value = subs_tvars(ts, arg, params, values);
    }
    if (!value)
        return -1;
    int r = unpack ? kri_list_extend(ts, list, value) : kri_list_append(ts, list, value);
    kr_decref(value);
    return r;
}

KrObject *kri_genericalias_subs_parameters(KrThread *ts, KrObject *self, KrObject *args,
                                           KrObject *params, KrObject *item)
{
    ssize_t nparams = KR_SIZE(params);
    if (nparams == 0)
        return kri_err_format(ts, &kr_exc_TypeError, "%R is not a generic class", self);
    item = prepare_subst(ts, self, params, unpack_args(ts, item));
    if (!item)
        return NULL;
    bool is_tuple = kr_tuple_check(item);
    ssize_t nitems = is_tuple ? KR_SIZE(item) : 1;
    KrObject *const *values = is_tuple ? KR_TUPLE_ITEMS(item) : &item;
    KrObject *list = NULL;
    if (nitems != nparams) {
        kri_err_format(ts, &kr_exc_TypeError, "Too %s arguments for %R; actual %zd, "
                       "expected %zd", nitems > nparams ? "many" : "few", self, nitems,
                       nparams);
    } else {
        list = kri_list_new(ts, 0);
        for (ssize_t i = 0; list && i < KR_SIZE(args); i++)
            if (subs_one(ts, list, KR_TUPLE_ITEMS(args)[i], params, values) < 0)
                KR_CLEAR(list);
    }
    kr_decref(item);
    KrObject *r = list ? kri_list_as_tuple(ts, list) : NULL;
    kr_xdecref(list);
    return r;
}

/* ---- methods and attributes ---- */

/* class C(list[int]) derives from list (PEP 560); __build_class__ keeps
 * the alias in __orig_bases__. */
static KrObject *ga_mro_entries(KrThread *ts, KrObject *self, KrObject *bases)
{
    return kri_tuple_pack(ts, 1, GA(self)->origin);
}

/* isinstance() reaches these through the type: list[int].__instancecheck__
 * read on the alias itself is list's, as in CPython. */
static KrObject *ga_instancecheck(KrThread *ts, KrObject *self, KrObject *obj)
{
    return kri_err_format(ts, &kr_exc_TypeError,
                          "isinstance() argument 2 cannot be a parameterized generic");
}

static KrObject *ga_subclasscheck(KrThread *ts, KrObject *self, KrObject *obj)
{
    return kri_err_format(ts, &kr_exc_TypeError,
                          "issubclass() argument 2 cannot be a parameterized generic");
}

/* Pickling data: (GenericAlias, (origin, args)); a starred alias is
 * rebuilt as next(iter(alias)). */
static KrObject *ga_reduce(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *args = kri_tuple_pack(ts, 2, GA(self)->origin, GA(self)->args);
    if (!args || !GA(self)->starred) {
        KrObject *r = args ? kri_tuple_pack(ts, 2, KR_OBJ(self->ob_type), args) : NULL;
        kr_xdecref(args);
        return r;
    }
    KrObject *plain = ga_make(ts, self->ob_type, GA(self)->origin, GA(self)->args, false);
    kr_decref(args);
    KrObject *it = plain ? kri_object_iter(ts, plain) : NULL;
    kr_xdecref(plain);
    if (!it)
        return NULL;
    KrObject *next = kri_dict_get_cstr_borrow(ts, ts->interp->builtins, "next");
    KrObject *r = NULL;
    if (next) {
        KrObject *call_args = kri_tuple_pack(ts, 1, it);
        r = call_args ? kri_tuple_pack(ts, 2, next, call_args) : NULL;
        kr_xdecref(call_args);
    } else if (!kri_err_occurred(ts)) {
        kri_err_set(ts, &kr_exc_RuntimeError, "lost builtins.next");
    }
    kr_decref(it);
    return r;
}

/* dir(alias): the origin's attributes plus the alias's own. */
static KrObject *ga_dir(KrThread *ts, KrObject *self, KrObject *unused)
{
    KrObject *names = kri_call_method(ts, GA(self)->origin, KR_ID(__dir__), NULL, 0);
    if (!names)
        return NULL;
    KrObject *list = kri_sequence_list(ts, names);
    kr_decref(names);
    for (size_t i = 0; list && i < KR_ARRAY_LEN(own_attributes); i++) {
        KrObject *name = kri_str_from_cstr(ts, own_attributes[i]);
        int present = name ? kri_sequence_contains(ts, list, name) : -1;
        if (present == 0)
            present = kri_list_append(ts, list, name);
        kr_xdecref(name);
        if (present < 0)
            KR_CLEAR(list);
    }
    return list;
}

static KrObject *ga_get_parameters(KrThread *ts, KrObject *self, void *closure)
{
    KrObject *params = ga_parameters_borrow(ts, GA(self));
    return params ? kr_incref(params) : NULL;
}

static KrObject *ga_get_unpacked(KrThread *ts, KrObject *self, void *closure)
{
    return kr_bool(GA(self)->starred);
}

static KrObject *ga_get_unpacked_args(KrThread *ts, KrObject *self, void *closure)
{
    if (GA(self)->starred && GA(self)->origin == KR_OBJ(&kr_tuple_type))
        return kr_incref(GA(self)->args);
    return KR_NONE;
}

static const KrMethodDef ga_methods[] = {
    {"__mro_entries__", KR_METH(ga_mro_entries), KR_METH_O, NULL},
    {"__instancecheck__", KR_METH(ga_instancecheck), KR_METH_O, NULL},
    {"__subclasscheck__", KR_METH(ga_subclasscheck), KR_METH_O, NULL},
    {"__reduce__", KR_METH(ga_reduce), KR_METH_NOARGS, NULL},
    {"__dir__", KR_METH(ga_dir), KR_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef ga_members[] = {
    {"__origin__", KR_MEMBER_OBJECT, offsetof(KrGenericAlias, origin), true, NULL},
    {"__args__", KR_MEMBER_OBJECT, offsetof(KrGenericAlias, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static const KrGetSetDef ga_getsets[] = {
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

KrType kr_genericalias_type = {
    KR_TYPE_HEADER,
    .name = "types.GenericAlias",
    .basicsize = sizeof(KrGenericAlias),
    .flags = KR_TPF_BASETYPE | KR_TPF_GC | KR_TPF_IMMUTABLE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is "
           "list and t.__args__ is (int,).",
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .new_ = ga_new,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .setattro = kri_object_generic_setattr,
    .call = ga_call,
    .iter = ga_iter,
    .getitem = ga_getitem,
    .nb = {[KR_NB_OR] = kri_union_or},
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
};
