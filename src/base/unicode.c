/* The Unicode database as the front end needs it: identifier classes,
 * printability, NFKC normalization and character-name lookup for "\N{...}",
 * all as CPython 3.11 (Unicode 14.0.0) behaves. The data are the generated
 * tables of unicode_db.gen.c, whose layout unicode_db.gen.h describes.
 * NFKC works on a scratch array of code points, each tagged with its
 * canonical combining class in the top byte so reordering and composition
 * never look it up twice. Bytes that are not valid UTF-8 pass through
 * unchanged and act as starters that compose with nothing.
 * Names are found by hashing the upper-cased name into a bucket and
 * comparing against that bucket's few compressed records; Hangul syllable and
 * CJK unified ideograph names are computed, and like CPython they are
 * recognised only in upper case. */
#include "base/base.h"
#include "base/unicode_db.gen.h"

#include <stdlib.h>
#include <string.h>

#define HANGUL_S_BASE 0xAC00
#define HANGUL_L_BASE 0x1100
#define HANGUL_V_BASE 0x1161
#define HANGUL_T_BASE 0x11A7
#define HANGUL_N_COUNT (KR_UDB_JAMO_V * KR_UDB_JAMO_T)
#define HANGUL_S_COUNT (KR_UDB_JAMO_L * HANGUL_N_COUNT)

/* Scratch code points: value in the low 24 bits, combining class above. An
 * invalid input byte b is kept as INVALID_BASE + b. */
#define CP_MASK 0xFFFFFFu
#define CCC_SHIFT 24
#define INVALID_BASE 0x110000u

/* ---- table access ---- */

/* The property record of [cp]. Both index levels are plain arrays, so this
 * is two dependent loads; the generator picked the block size that makes the
 * tables smallest. */
static const KrUnicodeProps *props_of(uint32_t cp)
{
    if (cp >= 0x110000)
        return &kri_unicode_db_props[0]; /* record 0: no property at all */
    uint32_t block = kri_unicode_db_props_index1[cp >> KR_UDB_PROPS_SHIFT];
    uint32_t mask = (1u << KR_UDB_PROPS_SHIFT) - 1;
    return &kri_unicode_db_props[kri_unicode_db_props_index2[(block << KR_UDB_PROPS_SHIFT) +
                                                             (cp & mask)]];
}

/* The full compatibility decomposition of [cp] (Hangul syllables excepted),
 * with its length in *[n]; NULL when [cp] decomposes to itself. */
static const uint32_t *decomposition_of(uint32_t cp, size_t *n)
{
    if (cp >= 0x110000)
        return NULL;
    uint32_t block = kri_unicode_db_decomp_index1[cp >> KR_UDB_DECOMP_SHIFT];
    uint32_t mask = (1u << KR_UDB_DECOMP_SHIFT) - 1;
    uint32_t off = kri_unicode_db_decomp_index2[(block << KR_UDB_DECOMP_SHIFT) + (cp & mask)];
    if (off == 0)
        return NULL;
    *n = kri_unicode_db_decomp_data[off] >> 21;
    return &kri_unicode_db_decomp_data[off];
}

/* The primary composite of [first] and [second], or 0 when there is none.
 * Hangul is arithmetic (L + V gives an LV syllable, LV + T an LVT one); the
 * unsigned subtractions double as range checks. Other pairs are found by
 * binary search of the roughly 940 generated triples. */
static uint32_t compose_pair(uint32_t first, uint32_t second)
{
    if (first - HANGUL_L_BASE < KR_UDB_JAMO_L && second - HANGUL_V_BASE < KR_UDB_JAMO_V)
        return HANGUL_S_BASE +
               ((first - HANGUL_L_BASE) * KR_UDB_JAMO_V + second - HANGUL_V_BASE) * KR_UDB_JAMO_T;
    /* An LV syllable takes a trailing consonant (T index 0 means none). */
    if (first - HANGUL_S_BASE < HANGUL_S_COUNT && (first - HANGUL_S_BASE) % KR_UDB_JAMO_T == 0 &&
        second - HANGUL_T_BASE - 1 < KR_UDB_JAMO_T - 1)
        return first + (second - HANGUL_T_BASE);
    size_t lo = 0, hi = KR_UDB_COMP_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const uint32_t *pair = kri_unicode_db_comp[mid];
        if (pair[0] < first || (pair[0] == first && pair[1] < second))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < KR_UDB_COMP_COUNT && kri_unicode_db_comp[lo][0] == first &&
        kri_unicode_db_comp[lo][1] == second)
        return kri_unicode_db_comp[lo][2];
    return 0;
}

/* ---- classification ----
 * ASCII is answered without the tables: the tokenizer asks about every
 * character of every name. The tables agree (check_unicode.py covers both). */

bool kri_unicode_is_xid_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) - 'a' < 26 || cp == '_';
    return (props_of(cp)->flags & KR_UPROP_XID_START) != 0;
}

bool kri_unicode_is_xid_continue(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) - 'a' < 26 || cp - '0' < 10 || cp == '_';
    return (props_of(cp)->flags & KR_UPROP_XID_CONTINUE) != 0;
}

bool kri_unicode_is_printable(uint32_t cp)
{
    return (props_of(cp)->flags & KR_UPROP_PRINTABLE) != 0;
}

/* ---- NFKC ----
 * The standard three steps over the whole text: full compatibility
 * decomposition, canonical ordering of each run of non-starters, canonical
 * composition. The text is short (identifiers), so one scratch array for all
 * of it is simpler than streaming by segments. */

/* A growable array of tagged code points (see CCC_SHIFT). */
typedef struct CpVec {
    uint32_t *v;
    size_t len, cap;
} CpVec;

static int cpvec_push(CpVec *vec, uint32_t cp)
{
    if (vec->len == vec->cap) {
        size_t cap = vec->cap ? vec->cap * 2 : 64;
        uint32_t *p = cap < SIZE_MAX / sizeof *p ? realloc(vec->v, cap * sizeof *p) : NULL;
        if (!p)
            return -1;
        vec->v = p;
        vec->cap = cap;
    }
    vec->v[vec->len++] = cp;
    return 0;
}

static int push_tagged(CpVec *vec, uint32_t cp)
{
    return cpvec_push(vec, cp | (uint32_t)props_of(cp)->ccc << CCC_SHIFT);
}

/* Appends the full compatibility decomposition of the text to [vec]. The
 * table holds each character's decomposition already fully expanded, so no
 * recursion is needed here. Jamo all have class 0 and are pushed untagged. */
static int decompose(CpVec *vec, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        int size;
        int32_t c = kri_utf8_decode(s + i, len - i, &size);
        uint32_t cp = c < 0 ? INVALID_BASE + (unsigned char)s[i] : (uint32_t)c;
        const uint32_t *d;
        size_t n;
        i += (size_t)size;
        if (cp - HANGUL_S_BASE < HANGUL_S_COUNT) {
            uint32_t sidx = cp - HANGUL_S_BASE;
            if (cpvec_push(vec, HANGUL_L_BASE + sidx / HANGUL_N_COUNT) < 0 ||
                cpvec_push(vec, HANGUL_V_BASE + sidx % HANGUL_N_COUNT / KR_UDB_JAMO_T) < 0 ||
                (sidx % KR_UDB_JAMO_T &&
                 cpvec_push(vec, HANGUL_T_BASE + sidx % KR_UDB_JAMO_T) < 0))
                return -1;
        } else if ((d = decomposition_of(cp, &n)) != NULL) {
            if (push_tagged(vec, d[0] & 0x1FFFFF) < 0)
                return -1;
            for (size_t k = 1; k < n; k++)
                if (push_tagged(vec, d[k]) < 0)
                    return -1;
        } else if (push_tagged(vec, cp) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Stable sort of [n] tagged code points by combining class. Runs of
 * non-starters are short in real text; long ones (adversarial input) get a
 * merge sort so the cost stays n log n. */
static int sort_by_class(uint32_t *v, size_t n)
{
    if (n <= 32) {
        for (size_t i = 1; i < n; i++) {
            uint32_t x = v[i];
            size_t j = i;
            for (; j > 0 && (v[j - 1] >> CCC_SHIFT) > (x >> CCC_SHIFT); j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return 0;
    }
    size_t half = n / 2;
    if (sort_by_class(v, half) < 0 || sort_by_class(v + half, n - half) < 0)
        return -1;
    uint32_t *tmp = malloc(half * sizeof *tmp);
    if (!tmp)
        return -1;
    memcpy(tmp, v, half * sizeof *tmp);
    size_t a = 0, b = half, out = 0;
    while (a < half && b < n)
        v[out++] = (v[b] >> CCC_SHIFT) < (tmp[a] >> CCC_SHIFT) ? v[b++] : tmp[a++];
    while (a < half)
        v[out++] = tmp[a++];
    free(tmp);
    return 0;
}

/* Sorts every maximal run of non-starters by class; starters stay put. */
static int canonical_order(CpVec *vec)
{
    size_t i = 0;
    while (i < vec->len) {
        if ((vec->v[i] >> CCC_SHIFT) == 0) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < vec->len && (vec->v[i] >> CCC_SHIFT) != 0)
            i++;
        if (i - start > 1 && sort_by_class(vec->v + start, i - start) < 0)
            return -1;
    }
    return 0;
}

/* Canonical composition in place. A character C combines with the last
 * starter S unless something between them blocks it: since the text is
 * canonically ordered, only the last character kept after S needs checking,
 * and it blocks when its class is 0 or not below C's. */
static void compose(CpVec *vec)
{
    size_t out = 0, starter = 0;
    bool have_starter = false;
    unsigned last_class = 0;
    for (size_t i = 0; i < vec->len; i++) {
        uint32_t cur = vec->v[i];
        unsigned cls = cur >> CCC_SHIFT;
        if (have_starter) {
            bool adjacent = out == starter + 1;
            if (adjacent || (last_class != 0 && last_class < cls)) {
                uint32_t comp = compose_pair(vec->v[starter] & CP_MASK, cur & CP_MASK);
                if (comp) {
                    /* C is dropped; what came before it still decides
                     * whether the next character is blocked. */
                    vec->v[starter] = comp | (uint32_t)props_of(comp)->ccc << CCC_SHIFT;
                    continue;
                }
            }
        }
        if (cls == 0) {
            starter = out;
            have_starter = true;
        }
        last_class = cls;
        vec->v[out++] = cur;
    }
    vec->len = out;
}

static int append_all(KrBuf *out, const CpVec *vec)
{
    for (size_t i = 0; i < vec->len; i++) {
        uint32_t cp = vec->v[i] & CP_MASK;
        if (cp >= INVALID_BASE) {
            if (kri_buf_putc(out, (char)(cp - INVALID_BASE)) < 0)
                return -1;
        } else if (kri_utf8_encode(out, cp) < 0) {
            return -1;
        }
    }
    return 0;
}

int kri_unicode_nfkc(KrBuf *out, const char *s, size_t len)
{
    CpVec vec = {NULL, 0, 0};
    int rc = -1;
    if (decompose(&vec, s, len) < 0 || canonical_order(&vec) < 0)
        goto done;
    compose(&vec);
    rc = append_all(out, &vec);
done:
    free(vec.v);
    return rc;
}

/* The Unicode quick check, except that "Maybe" counts as "No": a Maybe
 * character (a combining mark or jamo that might compose with what precedes
 * it) would need the full algorithm to decide. */
bool kri_unicode_is_nfkc_quick(const char *s, size_t len)
{
    unsigned last_class = 0;
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            last_class = 0;
            i++;
            continue;
        }
        int size;
        int32_t cp = kri_utf8_decode(s + i, len - i, &size);
        if (cp < 0)
            return false;
        i += (size_t)size;
        const KrUnicodeProps *p = props_of((uint32_t)cp);
        /* "Maybe" needs the context a quick check does not look at. */
        if (p->flags & (KR_UPROP_NFKC_QC_NO | KR_UPROP_NFKC_QC_MAYBE))
            return false;
        if (p->ccc != 0 && last_class > p->ccc)
            return false;
        last_class = p->ccc;
    }
    return true;
}

/* ---- names ----
 * Names live in compressed records, grouped by the hash of the upper-case
 * name into buckets of about six; a lookup hashes once and compares the few
 * records of one bucket, each comparison usually failing on its first word.
 * Upper-casing first is what makes table names case-insensitive, exactly
 * as in CPython (which folds ASCII letters only). */

static unsigned name_digit(char c)
{
    return kri_unicode_db_name_digits[(unsigned char)c & 0x7F];
}

/* "HANGUL SYLLABLE " followed by the short names of a leading consonant
 * (possibly empty), a vowel and a trailing consonant (possibly empty), each
 * the longest that matches, exactly in upper case. */
static int32_t lookup_hangul(const char *name, size_t len)
{
    static const char prefix[] = "HANGUL SYLLABLE ";
    if (len < sizeof prefix - 1 || memcmp(name, prefix, sizeof prefix - 1) != 0)
        return -1;
    size_t pos = sizeof prefix - 1;
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
    static const char prefix[] = "CJK UNIFIED IDEOGRAPH-";
    size_t plen = sizeof prefix - 1;
    if ((len != plen + 4 && len != plen + 5) || memcmp(name, prefix, plen) != 0)
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
    for (size_t r = 0; r < KR_UDB_CJK_COUNT; r++)
        if (cp >= kri_unicode_db_cjk[r][0] && cp <= kri_unicode_db_cjk[r][1])
            return (int32_t)cp;
    return -1;
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
        if (record_spells(rec + 4, n - 3, upper, len)) {
            uint32_t cp = (name_digit(rec[1]) * KR_UDB_BASE + name_digit(rec[2])) * KR_UDB_BASE +
                          name_digit(rec[3]);
            return (int32_t)(cp >= KR_UDB_CP_FOLD ? cp + KR_UDB_CP_FOLD_DELTA : cp);
        }
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
