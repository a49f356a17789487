/* Keyword-argument parsing for the builtins that accept keywords
 * (enumerate, round, pow, sum, sorted, ...): matches vector-call arguments
 * against a KrArgSpec and reports mismatches with the messages of
 * CPython 3.11's generated argument parsers. Arguments come back
 * borrowed; nothing here allocates except the error. */
#include "objects/iterators.h"

KrObject *kri_iterargs_bad_keyword(KrThread *ts, const char *fname, KrObject *name)
{
    return kri_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                          name, fname);
}

static int too_many(KrThread *ts, const KrArgSpec *spec, ssize_t limit, ssize_t given,
                    bool positional)
{
    if (limit == 0)
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes no %sarguments", spec->fname,
                       positional ? "positional " : "");
    else
        kri_err_format(ts, &kr_exc_TypeError, "%s() takes %s %zd %sargument%s (%zd given)",
                       spec->fname, spec->required == limit ? "exactly" : "at most", limit,
                       positional ? "positional " : "", limit == 1 ? "" : "s", given);
    return -1;
}

/* The parameter index named [key], or -1. */
static int find_name(const KrArgSpec *spec, KrObject *key)
{
    for (int i = spec->posonly; i < spec->nnames; i++)
        if (kri_str_eq_cstr(key, spec->names[i]))
            return i;
    return -1;
}

int kri_iterargs_parse(KrThread *ts, const KrArgSpec *spec, KrObject *const *args,
                       size_t nargsf, KrObject *kwnames, KrObject **out)
{
    ssize_t nargs = KR_NARGS(nargsf);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > spec->nnames)
        return too_many(ts, spec, spec->nnames, nargs + nkw, false);
    if (nargs > spec->maxpos)
        return too_many(ts, spec, spec->maxpos, nargs, true);
    for (int i = 0; i < spec->nnames; i++)
        out[i] = i < nargs ? args[i] : NULL;
    /* CPython fills the parameters after the positional ones first,
     * reports a missing required one, and only then a keyword that is
     * unknown or repeats a positional argument. */
    ssize_t bad = -1;
    for (ssize_t k = 0; k < nkw; k++) {
        int i = find_name(spec, KR_TUPLE_ITEMS(kwnames)[k]);
        if (i >= nargs)
            out[i] = args[nargs + k];
        else if (bad < 0)
            bad = k;
    }
    for (int i = 0; i < spec->required; i++) {
        if (out[i])
            continue;
        if (spec->show_pos)
            kri_err_format(ts, &kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                           spec->fname, spec->names[i], i + 1);
        else
            kri_err_format(ts, &kr_exc_TypeError, "%s() missing required argument '%s'",
                           spec->fname, spec->names[i]);
        return -1;
    }
    if (bad >= 0) {
        KrObject *key = KR_TUPLE_ITEMS(kwnames)[bad];
        int i = find_name(spec, key);
        if (i < 0)
            kri_iterargs_bad_keyword(ts, spec->fname, key);
        else
            kri_err_format(ts, &kr_exc_TypeError,
                           "argument for %s() given by name ('%s') and position (%d)",
                           spec->fname, spec->names[i], i + 1);
        return -1;
    }
    return 0;
}
