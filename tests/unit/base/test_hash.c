/* hash.c against CPython 3.11: str and bytes under several PYTHONHASHSEED
 * values (both from PEP 393 storage and from UTF-8), floats, ints, complex,
 * tuples and frozensets. The reference values are in hash_ref.gen.h,
 * written by tools/gen_hash_ref.py with /usr/bin/python3.11; the texts are
 * regenerated here from the same splitmix64 sequence. */
#include "base/hash.h"
#include "harness.h"

#include <math.h>
#include <stdlib.h>

#include "hash_ref.gen.h"

/* ---- the texts of the reference table (see gen_hash_ref.py) ---- */

static uint64_t text_rng_next(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static uint32_t kind_range(char kind)
{
    switch (kind) {
    case 'a':
        return 128;
    case 'b':
    case 'l':
        return 256;
    case 'u':
        return 0x10000;
    default:
        return 0x110000;
    }
}

/* Fills [units] with the [len] code points (or bytes) of text kind [kind]. */
static void make_text(uint32_t *units, char kind, uint32_t len)
{
    uint64_t state = (uint64_t)(unsigned char)kind * 100000 + len;
    for (uint32_t i = 0; i < len; i++)
        units[i] = (uint32_t)(text_rng_next(&state) % kind_range(kind));
}

/* PEP 393 storage of [len] code points in *[out] (malloc'd); returns its
 * size in bytes. */
static size_t pep393_storage(const uint32_t *cps, uint32_t len, uint8_t **out)
{
    uint32_t max = 0;
    for (uint32_t i = 0; i < len; i++)
        max = cps[i] > max ? cps[i] : max;
    size_t kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    uint8_t *buf = malloc(len * kind + 1);
    for (uint32_t i = 0; i < len; i++) {
        if (kind == 1) {
            buf[i] = (uint8_t)cps[i];
        } else if (kind == 2) {
            uint16_t u = (uint16_t)cps[i];
            memcpy(buf + 2 * i, &u, 2);
        } else {
            memcpy(buf + 4 * i, &cps[i], 4);
        }
    }
    *out = buf;
    return len * kind;
}

/* One reference case; returns whether every way of hashing it agrees. */
static bool check_text(const KrHashKey *key, char kind, uint32_t len, int64_t expect)
{
    uint32_t *cps = malloc((len + 1) * sizeof *cps);
    make_text(cps, kind, len);
    bool ok;
    if (kind == 'b') {
        uint8_t *bytes = malloc(len + 1);
        for (uint32_t i = 0; i < len; i++)
            bytes[i] = (uint8_t)cps[i];
        ok = kri_hash_bytes(key, bytes, len) == expect;
        free(bytes);
    } else {
        uint8_t *storage;
        size_t size = pep393_storage(cps, len, &storage);
        ok = kri_hash_bytes(key, storage, size) == expect;
        free(storage);
        KrBuf utf8;
        kri_buf_init(&utf8);
        for (uint32_t i = 0; i < len; i++)
            ok &= kri_utf8_encode(&utf8, cps[i]) == 0;
        ok &= kri_hash_str_utf8(key, utf8.data, utf8.len) == expect;
        kri_buf_free(&utf8);
    }
    free(cps);
    return ok;
}

TEST(text_against_cpython)
{
    int bad = 0, total = 0;
    for (size_t s = 0; s < KR_ARRAY_LEN(text_seeds); s++) {
        KrHashKey key;
        kri_hash_key_from_seed(&key, text_seeds[s]);
        for (size_t k = 0; text_kinds[k]; k++) {
            for (size_t n = 0; n < KR_ARRAY_LEN(text_lengths); n++) {
                total++;
                if (!check_text(&key, text_kinds[k], text_lengths[n], text_hashes[s][k][n])) {
                    if (bad++ < 10)
                        printf("mismatch: seed %u kind %c len %u\n", text_seeds[s], text_kinds[k],
                               text_lengths[n]);
                }
            }
        }
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(total, 7 * 5 * 110);
}

/* PYTHONHASHSEED=0 python3.11 -c "print(hash('abc'), ...)" */
TEST(text_literals)
{
    KrHashKey key;
    kri_hash_key_from_seed(&key, 0);
    CHECK(key.k0 == 0 && key.k1 == 0 && key.expat_salt == 0);
    CHECK_EQ_INT(kri_hash_bytes(&key, "abc", 3), -4594863902769663758);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "abc", 3), -4594863902769663758);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "\xc3\xa9", 2), 6047309291227476195);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "\xe2\x82\xac", 3), -5529981157763016009);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "\xf0\x9f\x98\x80", 4), -3536540696076613844);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "", 0), 0);
    CHECK_EQ_INT(kri_hash_bytes(&key, "", 0), 0);
    /* The raw digest of the empty message is not 0; only the hash is. */
    CHECK(kri_hash_siphash13(&key, "", 0) != 0);
    /* PYTHONHASHSEED=42: hash('abc'), hash('\udc80') (a lone surrogate). */
    kri_hash_key_from_seed(&key, 42);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "abc", 3), 3869580338025362921);
    CHECK_EQ_INT(kri_hash_str_utf8(&key, "\xed\xb2\x80", 3), -7784580617709795674);
}

TEST(seed_key_bytes)
{
    /* Seed 1: x = 1 * 214013 + 2531011 = 2745024, byte 0 = (x >> 16) & 255 = 41;
     * the next x is 2745024 * 214013 + 2531011 mod 2**32. */
    KrHashKey key;
    kri_hash_key_from_seed(&key, 1);
    uint32_t x = 2745024u * 214013u + 2531011u;
    CHECK_EQ_INT(key.k0 & 0xff, 41);
    CHECK_EQ_INT((key.k0 >> 8) & 0xff, (x >> 16) & 0xff);
}

TEST(random_key)
{
    KrHashKey a, b;
    CHECK_EQ_INT(kri_hash_key_random(&a), 0);
    CHECK_EQ_INT(kri_hash_key_random(&b), 0);
    /* 128 random bits colliding would mean the source is broken. */
    CHECK(a.k0 != b.k0 || a.k1 != b.k1);
}

TEST(parse_seed)
{
    uint32_t seed = 7;
    CHECK_EQ_INT(kri_hash_parse_seed(NULL, &seed), 0);
    CHECK_EQ_INT(kri_hash_parse_seed("", &seed), 0);
    CHECK_EQ_INT(kri_hash_parse_seed("random", &seed), 0);
    CHECK_EQ_INT(seed, 7);
    CHECK_EQ_INT(kri_hash_parse_seed("0", &seed), 1);
    CHECK_EQ_INT(seed, 0);
    CHECK_EQ_INT(kri_hash_parse_seed("4294967295", &seed), 1);
    CHECK_EQ_INT(seed, 4294967295u);
    CHECK_EQ_INT(kri_hash_parse_seed(" +42", &seed), 1);
    CHECK_EQ_INT(seed, 42);
    CHECK_EQ_INT(kri_hash_parse_seed("4294967296", &seed), -1);
    CHECK_EQ_INT(kri_hash_parse_seed("99999999999999999999999", &seed), -1);
    CHECK_EQ_INT(kri_hash_parse_seed("-1", &seed), -1);
    CHECK_EQ_INT(kri_hash_parse_seed("12x", &seed), -1);
    CHECK_EQ_INT(kri_hash_parse_seed("Random", &seed), -1);
    CHECK_EQ_INT(kri_hash_parse_seed(" ", &seed), -1);
}

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

TEST(floats_against_cpython)
{
    int bad = 0;
    for (size_t i = 0; i < KR_ARRAY_LEN(float_cases); i++) {
        int64_t h = kri_hash_double(from_bits(float_cases[i].bits));
        if (h != float_cases[i].hash && bad++ < 10)
            printf("float %016llx: %lld, want %lld\n", (unsigned long long)float_cases[i].bits,
                   (long long)h, (long long)float_cases[i].hash);
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(kri_hash_double(NAN), KR_HASH_NAN);
    CHECK_EQ_INT(kri_hash_double(-1.0), -2);
    CHECK_EQ_INT(kri_hash_double(1e300), kri_hash_double(1e300));
}

/* The int64 value of an int case, when it fits. */
static bool int_case_value(size_t i, int64_t *out)
{
    uint64_t mag = 0;
    if (int_cases[i].ndigits > 3)
        return false;
    for (uint32_t d = int_cases[i].ndigits; d-- > 0;) {
        if (mag >> 34)
            return false;
        mag = (mag << 30) | int_digit_pool[int_cases[i].offset + d];
    }
    if (mag > (uint64_t)INT64_MAX + int_cases[i].negative)
        return false;
    *out = int_cases[i].negative ? (int64_t)(0 - mag) : (int64_t)mag;
    return true;
}

TEST(ints_against_cpython)
{
    int bad = 0, small = 0;
    for (size_t i = 0; i < KR_ARRAY_LEN(int_cases); i++) {
        const uint32_t *digits = int_digit_pool + int_cases[i].offset;
        int64_t h = kri_hash_int_digits(digits, int_cases[i].ndigits, int_cases[i].negative);
        if (h != int_cases[i].hash && bad++ < 10)
            printf("int case %zu: %lld, want %lld\n", i, (long long)h,
                   (long long)int_cases[i].hash);
        int64_t v;
        if (int_case_value(i, &v)) {
            small++;
            if (kri_hash_int64(v) != int_cases[i].hash && bad++ < 10)
                printf("int64 %lld: %lld\n", (long long)v, (long long)kri_hash_int64(v));
        }
    }
    CHECK_EQ_INT(bad, 0);
    CHECK(small >= 70);
    CHECK_EQ_INT(kri_hash_int64(-1), -2);
    CHECK_EQ_INT(kri_hash_int64(INT64_MIN), -4); /* hash(-2**63) */
    CHECK_EQ_INT(kri_hash_int64(INT64_MAX), 3);  /* hash(2**63-1) */
    uint32_t two_100[4] = {0, 0, 0, 1024};       /* 2**100 = 2**10 * 2**90 */
    CHECK_EQ_INT(kri_hash_int_digits(two_100, 4, false), 549755813888);
    CHECK_EQ_INT(kri_hash_int_digits(two_100, 4, true), -549755813888);
    CHECK_EQ_INT(kri_hash_int_digits(NULL, 0, true), 0);
}

TEST(complex_against_cpython)
{
    int bad = 0;
    for (size_t i = 0; i < KR_ARRAY_LEN(complex_cases); i++) {
        int64_t h = kri_hash_complex_combine(kri_hash_double(from_bits(complex_cases[i].re)),
                                             kri_hash_double(from_bits(complex_cases[i].im)));
        bad += h != complex_cases[i].hash;
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(kri_hash_complex_combine(1, 0), 1);         /* hash(1+0j) == hash(1) */
    CHECK_EQ_INT(kri_hash_complex_combine(-1000004, 1), -2); /* sums to -1 */
}

TEST(containers_against_cpython)
{
    int bad = 0;
    for (size_t i = 0; i < KR_ARRAY_LEN(combine_cases); i++) {
        const int64_t *items = combine_item_pool + combine_cases[i].offset;
        size_t n = combine_cases[i].n;
        int64_t h;
        if (combine_cases[i].frozenset) {
            h = kri_hash_frozenset_combine(items, n);
        } else {
            h = kri_hash_tuple_combine(items, n);
            uint64_t acc = kri_hash_tuple_start();
            for (size_t j = 0; j < n; j++)
                acc = kri_hash_tuple_add(acc, items[j]);
            bad += kri_hash_tuple_finish(acc, n) != h;
        }
        if (h != combine_cases[i].hash && bad++ < 10)
            printf("%s case %zu: %lld, want %lld\n",
                   combine_cases[i].frozenset ? "frozenset" : "tuple", i, (long long)h,
                   (long long)combine_cases[i].hash);
    }
    CHECK_EQ_INT(bad, 0);
    CHECK_EQ_INT(kri_hash_tuple_combine(NULL, 0), 5740354900026072187); /* hash(()) */
    int64_t one_two[2] = {1, 2};
    CHECK_EQ_INT(kri_hash_tuple_combine(one_two, 2), -3550055125485641917); /* (1, 2) */
    CHECK_EQ_INT(kri_hash_frozenset_combine(NULL, 0), 133146708735736); /* frozenset() */
}

TEST(pointers)
{
    CHECK_EQ_INT(kri_hash_pointer((void *)(uintptr_t)0x7f0012345670), 0x7f001234567);
    CHECK_EQ_INT(kri_hash_pointer((void *)(uintptr_t)0x1f), (int64_t)UINT64_C(0xf000000000000001));
    CHECK_EQ_INT(kri_hash_pointer(NULL), 0);
    CHECK_EQ_INT(kri_hash_pointer((void *)UINTPTR_MAX), -2);
}

int main(void)
{
    RUN(text_against_cpython);
    RUN(text_literals);
    RUN(seed_key_bytes);
    RUN(random_key);
    RUN(parse_seed);
    RUN(floats_against_cpython);
    RUN(ints_against_cpython);
    RUN(complex_against_cpython);
    RUN(containers_against_cpython);
    RUN(pointers);
    return kt_finish();
}
