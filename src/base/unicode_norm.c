/* Unicode normalization (NFC, NFD, NFKC, NFKD), its quick checks, and the
 * decomposition strings of unicodedata.decomposition(), as CPython 3.11
 * (Unicode 14.0.0) computes them.
 * The tables hold each character's one-level decomposition mapping;
 * decomposing expands it recursively (the data nest at most a few levels).
 * Normalization works on a scratch array of code points, each tagged with
 * its canonical combining class in the top byte so reordering and
 * composition never look it up twice. Bytes that are not valid UTF-8 pass
 * through unchanged and act as starters that compose with nothing.
 * Text whose quick check answers YES is copied without further work. */
#include "base/base.h"
#include "base/unicode_db.gen.h"

#include <stdio.h>
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

/* The header word of [cp]'s decomposition entry (see unicode_db.gen.h) and
 * in *[rest] the code points after the first; 0 when it has none. */
static uint32_t decomposition_of(uint32_t cp, const uint32_t **rest)
{
    uint32_t off = cp < 0x110000 ? kri_unicode_db_decomp_index(cp) : 0;
    if (off == 0)
        return 0;
    *rest = &kri_unicode_db_decomp_data[off + 1];
    return kri_unicode_db_decomp_data[off];
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

/* ---- decomposition ---- */

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

static unsigned ccc_of(uint32_t cp)
{
    return kri_unicode_db_props_of(cp)->ccc;
}

/* Appends the full canonical (or, when [compat], compatibility)
 * decomposition of [cp]. Jamo all have class 0 and are pushed untagged. */
static int push_decomposed(CpVec *vec, uint32_t cp, bool compat)
{
    if (cp - HANGUL_S_BASE < HANGUL_S_COUNT) {
        uint32_t sidx = cp - HANGUL_S_BASE;
        if (cpvec_push(vec, HANGUL_L_BASE + sidx / HANGUL_N_COUNT) < 0 ||
            cpvec_push(vec, HANGUL_V_BASE + sidx % HANGUL_N_COUNT / KR_UDB_JAMO_T) < 0)
            return -1;
        return sidx % KR_UDB_JAMO_T ? cpvec_push(vec, HANGUL_T_BASE + sidx % KR_UDB_JAMO_T) : 0;
    }
    const uint32_t *rest;
    uint32_t head = decomposition_of(cp, &rest);
    if (head == 0 || (((head >> 21) & 31) != 0 && !compat))
        return cpvec_push(vec, cp | (uint32_t)ccc_of(cp) << CCC_SHIFT);
    if (push_decomposed(vec, head & 0x1FFFFF, compat) < 0)
        return -1;
    for (uint32_t k = 1; k < head >> 26; k++)
        if (push_decomposed(vec, rest[k - 1], compat) < 0)
            return -1;
    return 0;
}

static int decompose(CpVec *vec, const char *s, size_t len, bool compat)
{
    size_t i = 0;
    while (i < len) {
        int size;
        int32_t c = kri_utf8_decode(s + i, len - i, &size);
        int rc = c < 0 ? cpvec_push(vec, INVALID_BASE + (unsigned char)s[i])
                       : push_decomposed(vec, (uint32_t)c, compat);
        if (rc < 0)
            return -1;
        i += (size_t)size;
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

/* ---- composition ---- */

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
                    vec->v[starter] = comp | (uint32_t)ccc_of(comp) << CCC_SHIFT;
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

int kri_unicode_normalize(KrBuf *out, KrUnicodeForm form, const char *s, size_t len)
{
    if (kri_unicode_quick_check(form, s, len) == KR_UNICODE_QUICK_YES)
        return kri_buf_append(out, s, len);
    CpVec vec = {NULL, 0, 0};
    bool compat = form == KR_UNICODE_NFKC || form == KR_UNICODE_NFKD;
    int rc = -1;
    if (decompose(&vec, s, len, compat) < 0 || canonical_order(&vec) < 0)
        goto done;
    if (form == KR_UNICODE_NFC || form == KR_UNICODE_NFKC)
        compose(&vec);
    rc = append_all(out, &vec);
done:
    free(vec.v);
    return rc;
}

int kri_unicode_nfkc(KrBuf *out, const char *s, size_t len)
{
    return kri_unicode_normalize(out, KR_UNICODE_NFKC, s, len);
}

/* ---- quick checks ---- */

KrUnicodeQuick kri_unicode_quick_check(KrUnicodeForm form, const char *s, size_t len)
{
    static const uint32_t no_flags[] = {KR_UPROP_NFC_QC_NO, KR_UPROP_NFD_QC_NO,
                                        KR_UPROP_NFKC_QC_NO, KR_UPROP_NFKD_QC_NO};
    static const uint32_t maybe_flags[] = {KR_UPROP_NFC_QC_MAYBE, 0, KR_UPROP_NFKC_QC_MAYBE, 0};
    uint32_t no = no_flags[form], maybe = maybe_flags[form];
    KrUnicodeQuick result = KR_UNICODE_QUICK_YES;
    unsigned last_class = 0;
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) { /* ASCII: class 0, quick check Yes */
            last_class = 0;
            i++;
            continue;
        }
        int size;
        int32_t cp = kri_utf8_decode(s + i, len - i, &size);
        i += (size_t)size;
        if (cp < 0) {
            /* Passed through by normalization, but no quick-check value. */
            result = KR_UNICODE_QUICK_MAYBE;
            last_class = 0;
            continue;
        }
        const KrUnicodeProps *p = kri_unicode_db_props_of((uint32_t)cp);
        if ((p->ccc != 0 && last_class > p->ccc) || (p->flags & no))
            return KR_UNICODE_QUICK_NO;
        if (p->flags & maybe)
            result = KR_UNICODE_QUICK_MAYBE;
        last_class = p->ccc;
    }
    return result;
}

int kri_unicode_is_normalized(KrUnicodeForm form, const char *s, size_t len)
{
    KrUnicodeQuick quick = kri_unicode_quick_check(form, s, len);
    if (quick != KR_UNICODE_QUICK_MAYBE)
        return quick == KR_UNICODE_QUICK_YES;
    KrBuf buf;
    kri_buf_init(&buf);
    int rc = kri_unicode_normalize(&buf, form, s, len);
    if (rc == 0)
        rc = buf.len == len && (len == 0 || memcmp(buf.data, s, len) == 0);
    kri_buf_free(&buf);
    return rc;
}

bool kri_unicode_is_nfkc_quick(const char *s, size_t len)
{
    return kri_unicode_quick_check(KR_UNICODE_NFKC, s, len) == KR_UNICODE_QUICK_YES;
}

/* ---- unicodedata.decomposition() ---- */

size_t kri_unicode_decomposition(uint32_t cp, char buf[KR_UNICODE_DECOMPOSITION_MAX + 1])
{
    const uint32_t *rest;
    uint32_t head = decomposition_of(cp, &rest);
    size_t size = KR_UNICODE_DECOMPOSITION_MAX + 1, pos = 0;
    buf[0] = '\0';
    if (head == 0)
        return 0;
    const char *tag = kri_unicode_db_decomp_tags[(head >> 21) & 31];
    /* The generator checks that the longest mapping fits. */
    pos += (size_t)snprintf(buf, size, "%s%s%04X", tag, *tag ? " " : "",
                            (unsigned)(head & 0x1FFFFF));
    for (uint32_t k = 1; k < head >> 26 && pos < size; k++)
        pos += (size_t)snprintf(buf + pos, size - pos, " %04X", (unsigned)rest[k - 1]);
    return pos < size ? pos : size - 1;
}
