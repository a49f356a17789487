/* The fact-sheet struct sequences of sys: version_info, flags, float_info,
 * int_info, hash_info, thread_info, and implementation. Each type is a
 * static struct sequence (objects/structseq.h); the values describe this
 * build (30-bit int digits, SipHash-1-3, IEEE doubles) and the defaults of
 * the command line, which has no options that change them yet. */
#include <float.h>
#include <string.h>

#include "base/hash.h"
#include "modules/modules.h"
#include "objects/namespace.h"
#include "objects/structseq.h"

#define F(name, i) KR_STRUCTSEQ_FIELD(name, i)
#define END {NULL, NULL, NULL, NULL, NULL}

static const KrGetSetDef version_info_fields[] = {
    F("major", 0), F("minor", 1), F("micro", 2), F("releaselevel", 3), F("serial", 4), END};
static const KrGetSetDef flags_fields[] = {
    F("debug", 0), F("inspect", 1), F("interactive", 2), F("optimize", 3),
    F("dont_write_bytecode", 4), F("no_user_site", 5), F("no_site", 6),
    F("ignore_environment", 7), F("verbose", 8), F("bytes_warning", 9), F("quiet", 10),
    F("hash_randomization", 11), F("isolated", 12), F("dev_mode", 13), F("utf8_mode", 14),
    F("warn_default_encoding", 15), F("safe_path", 16), F("int_max_str_digits", 17), END};
static const KrGetSetDef float_info_fields[] = {
    F("max", 0), F("max_exp", 1), F("max_10_exp", 2), F("min", 3), F("min_exp", 4),
    F("min_10_exp", 5), F("dig", 6), F("mant_dig", 7), F("epsilon", 8), F("radix", 9),
    F("rounds", 10), END};
static const KrGetSetDef int_info_fields[] = {
    F("bits_per_digit", 0), F("sizeof_digit", 1), F("default_max_str_digits", 2),
    F("str_digits_check_threshold", 3), END};
static const KrGetSetDef hash_info_fields[] = {
    F("width", 0), F("modulus", 1), F("inf", 2), F("nan", 3), F("imag", 4), F("algorithm", 5),
    F("hash_bits", 6), F("seed_bits", 7), F("cutoff", 8), END};
static const KrGetSetDef thread_info_fields[] = {
    F("name", 0), F("lock", 1), F("version", 2), END};

/* version_info and flags cannot be made from Python, as in CPython */
#define NEW .new_ = kri_structseq_tp_new
KrType kr_sys_version_info_type = {KR_STRUCTSEQ_TYPE("sys.version_info", version_info_fields),
                                   .new_ = kri_type_no_instances};
KrType kr_sys_flags_type = {KR_STRUCTSEQ_TYPE("sys.flags", flags_fields),
                            .new_ = kri_type_no_instances};
KrType kr_sys_float_info_type = {KR_STRUCTSEQ_TYPE("sys.float_info", float_info_fields), NEW};
KrType kr_sys_int_info_type = {KR_STRUCTSEQ_TYPE("sys.int_info", int_info_fields), NEW};
KrType kr_sys_hash_info_type = {KR_STRUCTSEQ_TYPE("sys.hash_info", hash_info_fields), NEW};
KrType kr_sys_thread_info_type = {KR_STRUCTSEQ_TYPE("sys.thread_info", thread_info_fields), NEW};

/* One field value, described by a letter: i (int64), f (double), s (str),
 * b (bool), n (None). */
typedef struct Value {
    char kind;
    int64_t i;
    double f;
    const char *s;
} Value;

static KrObject *make_value(KrThread *ts, const Value *v)
{
    switch (v->kind) {
    case 'i': return kri_int_from_i64(ts, v->i);
    case 'f': return kri_float_from_double(ts, v->f);
    case 's': return kri_str_from_cstr(ts, v->s);
    case 'b': return kr_incref(v->i ? KR_TRUE : KR_FALSE);
    default: return kr_incref(KR_NONE);
    }
}

/* Readies [type], then stores an instance holding [values] as sys.[name]. */
static int add_struct(KrThread *ts, KrObject *d, const char *name, KrType *type,
                      const Value *values, size_t n)
{
    if (kri_type_ready(ts, type) < 0 || kri_structseq_finish_type(ts, type) < 0)
        return -1;
    KrObject *items[32];
    size_t made = 0;
    int r = -1;
    for (; made < n; made++)
        if (!(items[made] = make_value(ts, &values[made])))
            goto done;
    KrObject *o = kri_structseq_new(ts, type, items);
    if (o) {
        r = kri_dict_set_cstr(ts, d, name, o);
        kr_decref(o);
    }
done:
    for (size_t i = 0; i < made; i++)
        kr_decref(items[i]);
    return r;
}

#define I(x) {'i', (x), 0, NULL}
#define FL(x) {'f', 0, (x), NULL}
#define S(x) {'s', 0, 0, (x)}
#define B(x) {'b', (x), 0, NULL}

static int add_number_facts(KrThread *ts, KrObject *d)
{
    const Value fl[] = {FL(DBL_MAX), I(DBL_MAX_EXP), I(DBL_MAX_10_EXP), FL(DBL_MIN),
                        I(DBL_MIN_EXP), I(DBL_MIN_10_EXP), I(DBL_DIG), I(DBL_MANT_DIG),
                        FL(DBL_EPSILON), I(FLT_RADIX), I(1)};
    const Value in[] = {I(KR_DIGIT_BITS), I(sizeof(KrDigit)), I(4300), I(640)};
    const Value hi[] = {I(64), I((int64_t)KR_HASH_MODULUS), I(KR_HASH_INF), I(0),
                        I(KR_HASH_IMAG), S("siphash13"), I(64), I(128), I(0)};
    if (add_struct(ts, d, "float_info", &kr_sys_float_info_type, fl, KR_ARRAY_LEN(fl)) < 0 ||
        add_struct(ts, d, "int_info", &kr_sys_int_info_type, in, KR_ARRAY_LEN(in)) < 0)
        return -1;
    return add_struct(ts, d, "hash_info", &kr_sys_hash_info_type, hi, KR_ARRAY_LEN(hi));
}

/* sys.implementation: Krait's name and cache tag (issue: compiled-module
 * caches are named __pycache__/x.krait-311.pyc), CPython's version. */
static int add_implementation(KrThread *ts, KrObject *d)
{
    KrObject *attrs = kri_dict_new(ts);
    KrObject *name = kri_str_from_cstr(ts, "krait");
    KrObject *tag = kri_str_from_cstr(ts, "krait-311");
    KrObject *arch = kri_str_from_cstr(ts, "x86_64-linux-gnu");
    KrObject *version = kri_dict_get_cstr_borrow(ts, d, "version_info");
    KrObject *hexversion = kri_dict_get_cstr_borrow(ts, d, "hexversion");
    int r = -1;
    if (attrs && name && tag && arch && version && hexversion &&
        kri_dict_set_cstr(ts, attrs, "name", name) == 0 &&
        kri_dict_set_cstr(ts, attrs, "cache_tag", tag) == 0 &&
        kri_dict_set_cstr(ts, attrs, "version", version) == 0 &&
        kri_dict_set_cstr(ts, attrs, "hexversion", hexversion) == 0 &&
        kri_dict_set_cstr(ts, attrs, "_multiarch", arch) == 0) {
        KrObject *ns = kri_namespace_new(ts, attrs);
        r = ns ? kri_dict_set_cstr(ts, d, "implementation", ns) : -1;
        kr_xdecref(ns);
    }
    kr_xdecref(attrs);
    kr_xdecref(name);
    kr_xdecref(tag);
    kr_xdecref(arch);
    return r;
}

int kri_sys_add_info(KrThread *ts, KrObject *d)
{
    const Value vi[] = {I(3), I(11), I(2), S("final"), I(0)};
    const Value fg[] = {I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0), I(0),
                        I(0), I(0), I(1), I(0), B(0), I(0), I(0), B(0), I(-1)};
    const Value th[] = {S("pthread"), S("mutex+cond"), {'n', 0, 0, NULL}};
    if (add_struct(ts, d, "version_info", &kr_sys_version_info_type, vi, KR_ARRAY_LEN(vi)) < 0 ||
        add_struct(ts, d, "flags", &kr_sys_flags_type, fg, KR_ARRAY_LEN(fg)) < 0 ||
        add_struct(ts, d, "thread_info", &kr_sys_thread_info_type, th, KR_ARRAY_LEN(th)) < 0 ||
        add_number_facts(ts, d) < 0)
        return -1;
    KrObject *hexversion = kri_int_from_i64(ts, 0x030b02f0);
    KrObject *api = kri_int_from_i64(ts, 1013);
    KrObject *style = kri_str_from_cstr(ts, "short");
    int r = !hexversion || !api || !style ||
                    kri_dict_set_cstr(ts, d, "hexversion", hexversion) < 0 ||
                    kri_dict_set_cstr(ts, d, "api_version", api) < 0 ||
                    kri_dict_set_cstr(ts, d, "float_repr_style", style) < 0
                ? -1
                : 0;
    kr_xdecref(hexversion);
    kr_xdecref(api);
    kr_xdecref(style);
    return r < 0 ? -1 : add_implementation(ts, d);
}
