/* Character names: the lookup behind "\N{...}" and unicodedata.lookup(),
 * and its reverse, unicodedata.name(), as CPython 3.11 (Unicode 14.0.0).
 * Names live in compressed records, grouped by the hash of the upper-case
 * name into buckets of about eight; a lookup hashes once and compares the
 * few records of one bucket, each comparison usually failing on its first
 * word. Upper-casing first is what makes table names case-insensitive,
 * exactly as in CPython (which folds ASCII letters only). The way back
 * finds a code point's rank among the named ones from the runs of named
 * code points, the bucket of that rank, and its record in the bucket.
 * Hangul syllable and CJK unified ideograph names are computed, and like
 * CPython they are recognised only in upper case. unicode_db.gen.h
 * describes the record format. */
#include "base/base.h"
#include "base/unicode_db.gen.h"

#include <stdio.h>
#include <string.h>

#define HANGUL_S_BASE 0xAC00
#define HANGUL_N_COUNT (KR_UDB_JAMO_V * KR_UDB_JAMO_T)
#define HANGUL_S_COUNT (KR_UDB_JAMO_L * HANGUL_N_COUNT)

static const char hangul_prefix[] = "HANGUL SYLLABLE ";
static const char cjk_prefix[] = "CJK UNIFIED IDEOGRAPH-";

static unsigned name_digit(char c)
{
    return kri_unicode_db_name_digits[(unsigned char)c & 0x7F];
}

static bool is_cjk_unified(uint32_t cp)
{
    for (size_t r = 0; r < KR_UDB_CJK_COUNT; r++)
        if (cp >= kri_unicode_db_cjk[r][0] && cp <= kri_unicode_db_cjk[r][1])
            return true;
    return false;
}

/* The code point a record (starting at its length digit) stands for. */
static uint32_t record_cp(const char *rec)
{
    uint32_t cp = (name_digit(rec[1]) * KR_UDB_BASE + name_digit(rec[2])) * KR_UDB_BASE +
                  name_digit(rec[3]);
    return cp >= KR_UDB_CP_FOLD ? cp + KR_UDB_CP_FOLD_DELTA : cp;
}

/* "HANGUL SYLLABLE " followed by the short names of a leading consonant
 * (possibly empty), a vowel and a trailing consonant (possibly empty), each
 * the longest that matches, exactly in upper case. */
static int32_t lookup_hangul(const char *name, size_t len)
{
    size_t pos = sizeof hangul_prefix - 1;
    if (len < pos || memcmp(name, hangul_prefix, pos) != 0)
        return -1;
    const unsigned counts[3] = {KR_UDB_JAMO_L, KR_UDB_JAMO_V, KR_UDB_JAMO_T};
    int found[3];
    const char *jamo = kri_unicode_db_jamo_names;
    const uint8_t *lengths = kri_unicode_db_jamo_lengths;
    for (int part = 0; part < 3; part++) {
        size_t best_len = 0;
        found[part] = -1;
        for (unsigned k = 0; k < counts[part]; k++) {
            size_t n = lengths[k];
            if ((found[part] < 0 || n > best_len) && n <= len - pos &&
                memcmp(name + pos, jamo, n) == 0) {
                found[part] = (int)k;
                best_len = n;
            }
            jamo += n;
        }
        lengths += counts[part];
        if (found[part] < 0)
            return -1; /* only the vowel list lacks an empty entry */
        pos += best_len;
    }
    if (pos != len)
        return -1;
    return HANGUL_S_BASE + (found[0] * KR_UDB_JAMO_V + found[1]) * KR_UDB_JAMO_T + found[2];
}

/* "CJK UNIFIED IDEOGRAPH-" and 4 or 5 upper-case hex digits naming a code
 * point of one of the unified ideograph ranges. */
static int32_t lookup_cjk(const char *name, size_t len)
{
    size_t plen = sizeof cjk_prefix - 1;
    if ((len != plen + 4 && len != plen + 5) || memcmp(name, cjk_prefix, plen) != 0)
        return -1;
    uint32_t cp = 0;
    for (size_t i = plen; i < len; i++) {
        char c = name[i];
        if (c >= '0' && c <= '9')
            cp = cp * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            cp = cp * 16 + (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    return is_cjk_unified(cp) ? (int32_t)cp : -1;
}

/* Whether the encoded name [enc][n] spells [name][len] exactly. */
static bool record_spells(const char *enc, size_t n, const char *name, size_t len)
{
    size_t pos = 0;
    bool after_word = false;
    for (size_t i = 0; i < n; i++) {
        unsigned d = name_digit(enc[i]);
        if (d >= KR_UDB_CODE_DIGITS) {
            if (pos == len || name[pos++] != enc[i])
                return false;
            after_word = false;
            continue;
        }
        if (d >= KR_UDB_ONE_DIGIT_WORDS && ++i < n)
            d = KR_UDB_ONE_DIGIT_WORDS + (d - KR_UDB_ONE_DIGIT_WORDS) * KR_UDB_BASE +
                name_digit(enc[i]);
        if (after_word && (pos == len || name[pos++] != ' '))
            return false;
        size_t start = kri_unicode_db_lexicon_offsets[d];
        size_t wlen = kri_unicode_db_lexicon_offsets[d + 1] - start;
        if (wlen > len - pos || memcmp(name + pos, kri_unicode_db_lexicon + start, wlen) != 0)
            return false;
        pos += wlen;
        after_word = true;
    }
    return pos == len;
}

/* The code point of the table name or alias [upper][len] (upper case), or
 * -1. The hash must be the generator's (tools/gen_unicode.py name_hash). */
static int32_t lookup_table(const char *upper, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)upper[i]) * 16777619u;
    uint32_t bucket = h % KR_UDB_NAME_BUCKETS;
    const char *rec = kri_unicode_db_names + kri_unicode_db_name_buckets[bucket];
    const char *end = kri_unicode_db_names + kri_unicode_db_name_buckets[bucket + 1];
    while (rec < end) {
        size_t n = name_digit(rec[0]);
        if (record_spells(rec + 4, n - 3, upper, len))
            return (int32_t)record_cp(rec);
        rec += 1 + n;
    }
    return -1;
}

/* The computed names come first: they are not in the table, and since no
 * table name starts with their prefixes the order cannot change a result. */
int32_t kri_unicode_lookup(const char *name, size_t len)
{
    int32_t cp = lookup_hangul(name, len);
    if (cp < 0)
        cp = lookup_cjk(name, len);
    if (cp >= 0)
        return cp;
    if (len == 0 || len > KR_UDB_NAME_MAX)
        return -1;
    /* Names are stored in upper case; like CPython, fold ASCII only. */
    char upper[KR_UDB_NAME_MAX];
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        upper[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    return lookup_table(upper, len);
}

/* ---- the way back: unicodedata.name() ---- */

/* Decodes the encoded name [enc][n] into [buf]; returns its length. The
 * generator checks that every name fits KR_UNICODE_NAME_MAX. */
static size_t decode_record(const char *enc, size_t n, char *buf)
{
    size_t pos = 0;
    bool after_word = false;
    for (size_t i = 0; i < n; i++) {
        unsigned d = name_digit(enc[i]);
        if (d >= KR_UDB_CODE_DIGITS) {
            buf[pos++] = enc[i];
            after_word = false;
            continue;
        }
        if (d >= KR_UDB_ONE_DIGIT_WORDS && ++i < n)
            d = KR_UDB_ONE_DIGIT_WORDS + (d - KR_UDB_ONE_DIGIT_WORDS) * KR_UDB_BASE +
                name_digit(enc[i]);
        if (after_word)
            buf[pos++] = ' ';
        size_t start = kri_unicode_db_lexicon_offsets[d];
        size_t wlen = kri_unicode_db_lexicon_offsets[d + 1] - start;
        memcpy(buf + pos, kri_unicode_db_lexicon + start, wlen);
        pos += wlen;
        after_word = true;
    }
    buf[pos] = '\0';
    return pos;
}

/* The bucket of the name of the code point of [rank] (12 bits, two packed
 * in three bytes). */
static uint32_t bucket_of_rank(uint32_t rank)
{
    const uint8_t *b = &kri_unicode_db_name_bucket_of_rank[rank / 2 * 3];
    if (rank % 2 == 0)
        return b[0] | (uint32_t)(b[1] & 0xF) << 8;
    return (uint32_t)b[1] >> 4 | (uint32_t)b[2] << 4;
}

/* The rank of [cp] among the code points with a table name, or -1. */
static int32_t name_rank(uint32_t cp)
{
    size_t lo = 0, hi = KR_UDB_NAME_RUNS;
    while (hi - lo > 1) { /* the last run starting at or before cp */
        size_t mid = lo + (hi - lo) / 2;
        if (kri_unicode_db_name_runs[mid][0] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    uint32_t first = kri_unicode_db_name_runs[lo][0];
    uint32_t rank = kri_unicode_db_name_runs[lo][1];
    if (cp < first || cp - first >= kri_unicode_db_name_runs[lo + 1][1] - rank)
        return -1;
    return (int32_t)(rank + (cp - first));
}

/* "HANGUL SYLLABLE " and the short names of the syllable's jamo. */
static size_t hangul_name(uint32_t cp, char *buf)
{
    uint32_t sidx = cp - HANGUL_S_BASE;
    const unsigned parts[3] = {sidx / HANGUL_N_COUNT, sidx % HANGUL_N_COUNT / KR_UDB_JAMO_T,
                               sidx % KR_UDB_JAMO_T};
    const unsigned counts[3] = {KR_UDB_JAMO_L, KR_UDB_JAMO_V, KR_UDB_JAMO_T};
    size_t pos = sizeof hangul_prefix - 1;
    memcpy(buf, hangul_prefix, pos);
    const char *jamo = kri_unicode_db_jamo_names;
    const uint8_t *lengths = kri_unicode_db_jamo_lengths;
    for (int part = 0; part < 3; part++) {
        for (unsigned k = 0; k < parts[part]; k++)
            jamo += lengths[k];
        memcpy(buf + pos, jamo, lengths[parts[part]]);
        pos += lengths[parts[part]];
        for (unsigned k = parts[part]; k < counts[part]; k++)
            jamo += lengths[k];
        lengths += counts[part];
    }
    buf[pos] = '\0';
    return pos;
}

size_t kri_unicode_name(uint32_t cp, char buf[KR_UNICODE_NAME_MAX + 1])
{
    buf[0] = '\0';
    if (cp - HANGUL_S_BASE < HANGUL_S_COUNT)
        return hangul_name(cp, buf);
    if (is_cjk_unified(cp))
        return (size_t)snprintf(buf, KR_UNICODE_NAME_MAX + 1, "%s%04X", cjk_prefix, (unsigned)cp);
    int32_t rank = name_rank(cp);
    if (rank < 0)
        return 0;
    uint32_t bucket = bucket_of_rank((uint32_t)rank);
    const char *rec = kri_unicode_db_names + kri_unicode_db_name_buckets[bucket];
    const char *end = kri_unicode_db_names + kri_unicode_db_name_buckets[bucket + 1];
    /* Names precede aliases in a bucket: the first record of cp is its name. */
    while (rec < end) {
        size_t n = name_digit(rec[0]);
        if (record_cp(rec) == cp)
            return decode_record(rec + 4, n - 3, buf);
        rec += 1 + n;
    }
    return 0; /* not reached: the generator put the name in this bucket */
}
