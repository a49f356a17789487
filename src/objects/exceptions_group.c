/* BaseExceptionGroup and ExceptionGroup (PEP 654): the constructor's checks,
 * message/exceptions, __str__, derive(), and split()/subgroup(), which walk
 * the nesting and rebuild each part through derive() so subclasses keep
 * their type.
 *
 * Invariants: a group's [excs] is a non-empty tuple of exception instances
 * and [msg] a str, set by __new__ and never changed; an ExceptionGroup only
 * holds Exception instances. A part made by split() carries the original's
 * traceback, context and cause (which sets __suppress_context__, as in
 * CPython) and a copy of its __notes__. The static types have one base
 * each, so kri_exceptions_group_init rewrites ExceptionGroup's bases and
 * MRO to (BaseExceptionGroup, Exception) after readying it. */
#include "objects/exceptions_group.h"
#include "objects/generic.h"
#include "objects/slots.h"

typedef enum MatchKind {
    MATCH_BY_TYPE,      /* an exception class or a tuple of them */
    MATCH_BY_PREDICATE, /* a callable taking the exception */
    MATCH_BY_IDS,       /* a set of the addresses of the leaves to keep */
} MatchKind;

typedef struct Matcher {
    MatchKind kind;
    KrObject *value; /* borrowed from the caller */
} Matcher;

/* What one level of split() produced: new references or NULL. */
typedef struct SplitResult {
    KrObject *match, *rest;
} SplitResult;

static KrExceptionGroup *as_group(KrObject *o)
{
    return (KrExceptionGroup *)o;
}

/* CPython's PySequence_Check: indexable and not a dict. A class statement's
 * __getitem__ does not say whether it takes indexes or keys, so every heap
 * type with one counts. */
static bool is_sequence(const KrObject *o)
{
    const KrType *t = o->ob_type;
    return t->getitem && !kr_dict_check(o) && (t->sq_like || kr_type_has(t, KR_TPF_HEAPTYPE));
}

/* ---- construction ---- */

/* -1 with the error CPython gives when [excs] (a tuple) may not go into a
 * group of class [type]; else 1 when every item is an Exception, 0 when
 * some item is only a BaseException. */
static int check_items(KrThread *ts, KrType *type, KrObject *excs)
{
    bool only_exceptions = true;
    for (ssize_t i = 0; i < KR_SIZE(excs); i++) {
        KrObject *e = KR_TUPLE_ITEMS(excs)[i];
        if (!kr_exc_check(e)) {
            kri_err_format(ts, &kr_exc_ValueError,
                           "Item %zd of second argument (exceptions) is not an exception", i);
            return -1;
        }
        if (!kr_isinstance(e, &kr_exc_Exception))
            only_exceptions = false;
    }
    if (only_exceptions)
        return 1;
    if (type == &kr_exc_ExceptionGroup) {
        kri_err_set(ts, &kr_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return -1;
    }
    if (type != &kr_exc_BaseExceptionGroup && kri_type_is_subtype(type, &kr_exc_Exception)) {
        kri_err_format(ts, &kr_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                       kri_type_name(type));
        return -1;
    }
    return 0;
}

/* BaseExceptionGroup.__new__(cls, message, exceptions). Keywords are left
 * to __init__, which refuses them, as CPython does. */
static KrObject *group_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargsf,
                           KrObject *kwnames)
{
    ssize_t nargs = KR_NARGS(nargsf);
    if (nargs != 2)
        return kri_err_format(ts, &kr_exc_TypeError,
                              "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                              "(%zd given)", nargs);
    if (!kr_str_check(args[0]))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                              args[0] == KR_NONE ? "None" : kri_type_name(args[0]->ob_type));
    if (!is_sequence(args[1]))
        return kri_err_format(ts, &kr_exc_TypeError,
                              "second argument (exceptions) must be a sequence");
    KrObject *excs = kri_sequence_tuple(ts, args[1]);
    if (!excs)
        return NULL;
    KrObject *self = NULL, *argtuple = NULL;
    if (KR_SIZE(excs) == 0) {
        kri_err_set(ts, &kr_exc_ValueError,
                    "second argument (exceptions) must be a non-empty sequence");
        goto done;
    }
    int only_exceptions = check_items(ts, type, excs);
    if (only_exceptions < 0)
        goto done;
    /* BaseExceptionGroup of Exceptions only is an ExceptionGroup. */
    if (type == &kr_exc_BaseExceptionGroup && only_exceptions)
        type = &kr_exc_ExceptionGroup;
    argtuple = kri_tuple_from_array(ts, args, nargs);
    if (!argtuple || !(self = kri_type_generic_alloc(ts, type, 0)))
        goto done;
    ((KrBaseException *)self)->args = KR_NEWREF(argtuple);
    as_group(self)->msg = KR_NEWREF(args[0]);
    as_group(self)->excs = KR_NEWREF(excs);
done:
    kr_xdecref(argtuple);
    kr_decref(excs);
    return self;
}

KrObject *kri_exceptions_group_create(KrThread *ts, KrObject *msg, KrObject *excs)
{
    return kri_call2(ts, KR_OBJ(&kr_exc_BaseExceptionGroup), msg, excs);
}

static KrObject *group_str(KrThread *ts, KrObject *self)
{
    KrExceptionGroup *g = as_group(self);
    ssize_t n = g->excs ? KR_SIZE(g->excs) : 0;
    return kri_str_format(ts, "%S (%zd sub-exception%s)", g->msg ? g->msg : kri_str_empty(), n,
                          n > 1 ? "s" : "");
}

static KrObject *group_derive(KrThread *ts, KrObject *self, KrObject *excs)
{
    KrObject *msg = as_group(self)->msg;
    return kri_exceptions_group_create(ts, msg ? msg : kri_str_empty(), excs);
}

/* ---- split ---- */

static int get_matcher(KrThread *ts, KrObject *value, Matcher *m)
{
    m->value = value;
    /* Only Python functions are predicates, as in CPython 3.11: not
     * methods, builtins or callable instances. */
    if (kr_isinstance(value, &kr_function_type)) {
        m->kind = MATCH_BY_PREDICATE;
        return 0;
    }
    m->kind = MATCH_BY_TYPE;
    if (kr_exc_type_check(value))
        return 0;
    if (kr_is_type(value, &kr_tuple_type)) {
        ssize_t i = 0;
        while (i < KR_SIZE(value) && kr_exc_type_check(KR_TUPLE_ITEMS(value)[i]))
            i++;
        if (i == KR_SIZE(value))
            return 0;
    }
    kri_err_set(ts, &kr_exc_TypeError,
                "expected a function, exception type or tuple of exception types");
    return -1;
}

static int leaf_key_contains(KrThread *ts, KrObject *set, KrObject *exc)
{
    KrObject *key = kri_int_from_u64(ts, (uint64_t)(uintptr_t)exc);
    if (!key)
        return -1;
    int r = kri_set_contains(ts, set, key);
    kr_decref(key);
    return r;
}

/* 1 when [exc] as a whole matches [m], 0 when not, -1 on error. */
static int matches(KrThread *ts, const Matcher *m, KrObject *exc)
{
    switch (m->kind) {
    case MATCH_BY_TYPE:
        if (kr_tuple_check(m->value)) {
            for (ssize_t i = 0; i < KR_SIZE(m->value); i++)
                if (kr_isinstance(exc, (KrType *)KR_TUPLE_ITEMS(m->value)[i]))
                    return 1;
            return 0;
        }
        return kr_isinstance(exc, (KrType *)m->value);
    case MATCH_BY_PREDICATE: {
        KrObject *r = kri_call1(ts, m->value, exc);
        if (!r)
            return -1;
        int truth = kri_object_is_true(ts, r);
        kr_decref(r);
        return truth;
    }
    default:
        return kr_exc_group_check(exc) ? 0 : leaf_key_contains(ts, m->value, exc);
    }
}

/* Gives the group [eg] that derive() made from [orig] its traceback,
 * context, cause and a copy of its notes. */
static int copy_metadata(KrThread *ts, KrObject *orig, KrObject *eg)
{
    KrBaseException *o = (KrBaseException *)orig;
    if (o->traceback)
        kri_exc_set_traceback(eg, o->traceback);
    kri_exc_set_context_steal(eg, o->context ? kr_incref(o->context) : NULL);
    kri_exc_set_cause_steal(eg, o->cause ? kr_incref(o->cause) : NULL);
    KrObject *notes = NULL;
    int r = kri_object_lookup_attr(ts, orig, KR_ID(__notes__), &notes);
    if (r <= 0)
        return r;
    /* Notes that are not a sequence are ignored: split() is no place to
     * report an earlier misuse of __notes__. */
    if (is_sequence(notes)) {
        KrObject *copy = kri_sequence_list(ts, notes);
        r = copy ? kri_object_setattr(ts, eg, KR_ID(__notes__), copy) : -1;
        kr_xdecref(copy);
    }
    kr_decref(notes);
    return r;
}

/* *[out] = orig.derive(excs) with orig's metadata, or NULL when [excs] (a
 * list) is empty. */
static int derive_part(KrThread *ts, KrObject *orig, KrObject *excs, KrObject **out)
{
    *out = NULL;
    if (KR_SIZE(excs) == 0)
        return 0;
    KrObject *eg = kri_call_method(ts, orig, KR_ID(derive), &excs, 1);
    if (!eg)
        return -1;
    if (!kr_exc_group_check(eg)) {
        kr_decref(eg);
        kri_err_set(ts, &kr_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    if (copy_metadata(ts, orig, eg) < 0) {
        kr_decref(eg);
        return -1;
    }
    *out = eg;
    return 0;
}

static int split_recursive(KrThread *ts, KrObject *exc, const Matcher *m, bool with_rest,
                           SplitResult *out);

/* Splits each member of group [eg] into [match_list] and [rest_list]. */
static int split_members(KrThread *ts, KrObject *eg, const Matcher *m, KrObject *match_list,
                         KrObject *rest_list)
{
    KrObject *excs = as_group(eg)->excs;
    for (ssize_t i = 0; excs && i < KR_SIZE(excs); i++) {
        if (kri_enter_recursive(ts, " in exceptiongroup_split_recursive") < 0)
            return -1;
        SplitResult part;
        int r = split_recursive(ts, KR_TUPLE_ITEMS(excs)[i], m, rest_list != NULL, &part);
        kri_leave_recursive(ts);
        if (r < 0)
            return -1;
        if (part.match && kri_list_append_steal(ts, match_list, part.match) < 0) {
            kr_xdecref(part.rest);
            return -1;
        }
        if (part.rest && kri_list_append_steal(ts, rest_list, part.rest) < 0)
            return -1;
    }
    return 0;
}

static int split_recursive(KrThread *ts, KrObject *exc, const Matcher *m, bool with_rest,
                           SplitResult *out)
{
    out->match = out->rest = NULL;
    int r = matches(ts, m, exc);
    if (r != 0) {
        if (r > 0)
            out->match = kr_incref(exc);
        return r < 0 ? -1 : 0;
    }
    if (!kr_exc_group_check(exc)) {
        if (with_rest)
            out->rest = kr_incref(exc);
        return 0;
    }
    int status = -1;
    KrObject *match_list = kri_list_new(ts, 0);
    KrObject *rest_list = with_rest ? kri_list_new(ts, 0) : NULL;
    if (!match_list || (with_rest && !rest_list))
        goto done;
    if (split_members(ts, exc, m, match_list, rest_list) < 0 ||
        derive_part(ts, exc, match_list, &out->match) < 0)
        goto done;
    if (with_rest && derive_part(ts, exc, rest_list, &out->rest) < 0) {
        KR_CLEAR(out->match);
        goto done;
    }
    status = 0;
done:
    kr_xdecref(match_list);
    kr_xdecref(rest_list);
    return status;
}

static bool one_positional(KrThread *ts, const char *name, size_t nargsf, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames)) {
        kri_err_format(ts, &kr_exc_TypeError,
                       "BaseExceptionGroup.%s() takes no keyword arguments", name);
        return false;
    }
    if (KR_NARGS(nargsf) != 1) {
        kri_err_format(ts, &kr_exc_TypeError, "%s expected 1 argument, got %zd", name,
                       KR_NARGS(nargsf));
        return false;
    }
    return true;
}

static KrObject *group_split(KrThread *ts, KrObject *self, KrObject *const *args,
                             size_t nargsf, KrObject *kwnames)
{
    Matcher m;
    SplitResult res;
    if (!one_positional(ts, "split", nargsf, kwnames) || get_matcher(ts, args[0], &m) < 0 ||
        split_recursive(ts, self, &m, true, &res) < 0)
        return NULL;
    KrObject *pair = kri_tuple_pack(ts, 2, res.match ? res.match : KR_NONE,
                                    res.rest ? res.rest : KR_NONE);
    kr_xdecref(res.match);
    kr_xdecref(res.rest);
    return pair;
}

static KrObject *group_subgroup(KrThread *ts, KrObject *self, KrObject *const *args,
                                size_t nargsf, KrObject *kwnames)
{
    Matcher m;
    SplitResult res;
    if (!one_positional(ts, "subgroup", nargsf, kwnames) || get_matcher(ts, args[0], &m) < 0 ||
        split_recursive(ts, self, &m, false, &res) < 0)
        return NULL;
    return res.match ? res.match : KR_NEWREF(KR_NONE);
}

/* ---- projection (except*) ---- */

/* Adds the address of every leaf of [exc] to [set]. */
static int collect_leaves(KrThread *ts, KrObject *exc, KrObject *set)
{
    if (exc == KR_NONE)
        return 0;
    if (!kr_exc_group_check(exc)) {
        KrObject *key = kri_int_from_u64(ts, (uint64_t)(uintptr_t)exc);
        int r = key ? kri_set_add(ts, set, key) : -1;
        kr_xdecref(key);
        return r;
    }
    KrObject *excs = as_group(exc)->excs;
    for (ssize_t i = 0; excs && i < KR_SIZE(excs); i++) {
        if (kri_enter_recursive(ts, " in collect_exception_group_leaf_ids") < 0)
            return -1;
        int r = collect_leaves(ts, KR_TUPLE_ITEMS(excs)[i], set);
        kri_leave_recursive(ts);
        if (r < 0)
            return -1;
    }
    return 0;
}

KrObject *kri_exceptions_group_project(KrThread *ts, KrObject *eg, KrObject *keep)
{
    KrObject *leaves = kri_set_new(ts, NULL);
    if (!leaves)
        return NULL;
    for (ssize_t i = 0; i < KR_SIZE(keep); i++) {
        if (collect_leaves(ts, KR_LIST_ITEMS(keep)[i], leaves) < 0) {
            kr_decref(leaves);
            return NULL;
        }
    }
    Matcher m = {MATCH_BY_IDS, leaves};
    SplitResult res;
    int r = split_recursive(ts, eg, &m, false, &res);
    kr_decref(leaves);
    if (r < 0)
        return NULL;
    return res.match ? res.match : KR_NEWREF(KR_NONE);
}

/* ---- the types ---- */

static const KrMethodDef group_methods[] = {
    {"derive", KR_METH(group_derive), KR_METH_O, NULL},
    {"split", KR_METH(group_split), KR_METH_KEYWORDS, NULL},
    {"subgroup", KR_METH(group_subgroup), KR_METH_KEYWORDS, NULL},
    {"__class_getitem__", KR_METH(kri_genericalias_class_getitem), KR_METH_O | KR_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const KrMemberDef group_members[] = {
    {"message", KR_MEMBER_OBJECT, offsetof(KrExceptionGroup, msg), true, "exception message"},
    {"exceptions", KR_MEMBER_OBJECT, offsetof(KrExceptionGroup, excs), true,
     "nested exceptions"},
    {NULL, 0, 0, false, NULL},
};

int kri_exceptions_group_init(KrThread *ts)
{
    KrType *base_group = &kr_exc_BaseExceptionGroup, *group = &kr_exc_ExceptionGroup;
    base_group->new_ = group_new;
    base_group->str = group_str;
    base_group->methods = group_methods;
    base_group->members = group_members;
    base_group->doc = "A combination of multiple unrelated exceptions.";
    if (kri_type_ready(ts, &kr_exc_Exception) < 0 || kri_type_ready(ts, group) < 0)
        return -1;
    /* The second base adds Exception to the MRO; the layout is the group's. */
    KrObject *bases = kri_tuple_pack(ts, 2, KR_OBJ(base_group), KR_OBJ(&kr_exc_Exception));
    if (!bases)
        return -1;
    KrObject *mro = kri_tuple_pack(ts, 5, KR_OBJ(group), KR_OBJ(base_group),
                                   KR_OBJ(&kr_exc_Exception), KR_OBJ(&kr_exc_BaseException),
                                   KR_OBJ(&kr_object_type));
    if (!mro) {
        kr_decref(bases);
        return -1;
    }
    KR_SETREF(group->bases, bases);
    KR_SETREF(group->mro, mro);
    return kri_type_add_subclass(ts, &kr_exc_Exception, group);
}
