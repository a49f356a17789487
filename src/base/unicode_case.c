/* Case mappings as Python's str methods apply them: full lower, upper,
 * title and casefold mappings of one code point, the final-sigma context
 * rule, and whole-string conversion for UTF-8 text.
 * A case record (unicode_db.gen.h) holds each mapping as a delta from the
 * code point, or for the roughly 200 characters whose mapping is longer,
 * as a reference to 2 or 3 code points; so a mapping never needs a lookup
 * beyond the record. The one-code-point ("simple") mappings are the first
 * code point of the full ones, which is what CPython's Py_UNICODE_TOUPPER
 * and friends return. */
#include "base/base.h"
#include "base/unicode_db.gen.h"

#define CAPITAL_SIGMA 0x3A3
#define SMALL_SIGMA 0x3C3
#define FINAL_SIGMA 0x3C2

/* Writes the mapping [m] of [cp] (encoded as in the case records) to [out]
 * and returns its length. */
static int expand(uint32_t cp, int32_t m, uint32_t out[3])
{
    if (m < KR_UCASE_EXT) {
        out[0] = cp + (uint32_t)m; /* wraps for negative deltas, as meant */
        return 1;
    }
    int n = (m >> 16) & 3;
    const uint32_t *src = &kri_unicode_db_case_ext[m & 0xFFFF];
    for (int k = 0; k < n; k++)
        out[k] = src[k];
    return n;
}

int kri_unicode_lower(uint32_t cp, uint32_t out[3])
{
    if (cp < 0x80) {
        out[0] = cp - 'A' < 26 ? cp + 32 : cp;
        return 1;
    }
    return expand(cp, kri_unicode_db_case_of(cp)->lower, out);
}

int kri_unicode_upper(uint32_t cp, uint32_t out[3])
{
    if (cp < 0x80) {
        out[0] = cp - 'a' < 26 ? cp - 32 : cp;
        return 1;
    }
    return expand(cp, kri_unicode_db_case_of(cp)->upper, out);
}

int kri_unicode_title(uint32_t cp, uint32_t out[3])
{
    if (cp < 0x80) {
        out[0] = cp - 'a' < 26 ? cp - 32 : cp;
        return 1;
    }
    return expand(cp, kri_unicode_db_case_of(cp)->title, out);
}

int kri_unicode_casefold(uint32_t cp, uint32_t out[3])
{
    if (cp < 0x80) {
        out[0] = cp - 'A' < 26 ? cp + 32 : cp;
        return 1;
    }
    return expand(cp, kri_unicode_db_case_of(cp)->fold, out);
}

uint32_t kri_unicode_simple_lower(uint32_t cp)
{
    uint32_t out[3] = {cp, 0, 0}; /* always overwritten; gcc -O3 cannot tell */
    kri_unicode_lower(cp, out);
    return out[0];
}

uint32_t kri_unicode_simple_upper(uint32_t cp)
{
    uint32_t out[3] = {cp, 0, 0}; /* always overwritten; gcc -O3 cannot tell */
    kri_unicode_upper(cp, out);
    return out[0];
}

uint32_t kri_unicode_simple_title(uint32_t cp)
{
    uint32_t out[3] = {cp, 0, 0}; /* always overwritten; gcc -O3 cannot tell */
    kri_unicode_title(cp, out);
    return out[0];
}

/* ---- the final sigma ----
 * Both scans stop at the first character that is not case-ignorable; the
 * sigma is final when that character before it is cased and the one after
 * it (if any) is not. */

static uint32_t read_cp(const void *data, int kind, size_t i)
{
    if (kind == 1)
        return ((const uint8_t *)data)[i];
    if (kind == 2)
        return ((const uint16_t *)data)[i];
    return ((const uint32_t *)data)[i];
}

bool kri_unicode_is_final_sigma(const void *data, int kind, size_t len, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0 && !found) {
        c = read_cp(data, kind, --j);
        found = !kri_unicode_is_case_ignorable(c);
    }
    if (!found || !kri_unicode_is_cased(c))
        return false;
    for (j = i + 1; j < len; j++) {
        c = read_cp(data, kind, j);
        if (!kri_unicode_is_case_ignorable(c))
            return !kri_unicode_is_cased(c);
    }
    return true;
}

/* The code point ending just before byte [end] of [s] in *[cp] (-1 for an
 * invalid byte), and the byte where it starts. */
static size_t utf8_previous(const char *s, size_t end, int32_t *cp)
{
    size_t start = end - 1;
    while (start > 0 && end - start < 4 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    int size;
    int32_t c = kri_utf8_decode(s + start, end - start, &size);
    if (c < 0 || start + (size_t)size != end) {
        *cp = -1;
        return end - 1;
    }
    *cp = c;
    return start;
}

/* Whether [c] (-1 for an invalid byte) is skipped by the scans. */
static bool skipped(int32_t c)
{
    return c >= 0 && kri_unicode_is_case_ignorable((uint32_t)c);
}

bool kri_unicode_is_final_sigma_utf8(const char *s, size_t len, size_t pos)
{
    size_t j = pos;
    int32_t c = -1;
    bool found = false;
    while (j > 0 && !found) {
        j = utf8_previous(s, j, &c);
        found = !skipped(c);
    }
    if (!found || c < 0 || !kri_unicode_is_cased((uint32_t)c))
        return false;
    int size;
    for (j = pos + 2; j < len; j += (size_t)size) { /* U+03A3 is 2 bytes */
        c = kri_utf8_decode(s + j, len - j, &size);
        if (!skipped(c))
            return c < 0 || !kri_unicode_is_cased((uint32_t)c);
    }
    return true;
}

/* ---- whole strings ---- */

/* The lower-case mapping of [cp] found at byte [pos] of [s][len]: the
 * final-sigma rule applies. */
static int lower_in_context(const char *s, size_t len, size_t pos, uint32_t cp, uint32_t out[3])
{
    if (cp != CAPITAL_SIGMA)
        return kri_unicode_lower(cp, out);
    out[0] = kri_unicode_is_final_sigma_utf8(s, len, pos) ? FINAL_SIGMA : SMALL_SIGMA;
    return 1;
}

/* The mapping [op] gives the code point [cp] at byte [pos]; *[prev_cased]
 * carries title()'s state from one character to the next. */
static int map_one(KrUnicodeCaseOp op, const char *s, size_t len, size_t pos, uint32_t cp,
                   bool *prev_cased, uint32_t out[3])
{
    switch (op) {
    case KR_UCASE_LOWER:
        return lower_in_context(s, len, pos, cp, out);
    case KR_UCASE_UPPER:
        return kri_unicode_upper(cp, out);
    case KR_UCASE_CASEFOLD:
        return kri_unicode_casefold(cp, out);
    case KR_UCASE_TITLE: {
        bool after_cased = *prev_cased;
        *prev_cased = kri_unicode_is_cased(cp);
        return after_cased ? lower_in_context(s, len, pos, cp, out) : kri_unicode_title(cp, out);
    }
    case KR_UCASE_CAPITALIZE:
        return pos == 0 ? kri_unicode_title(cp, out) : lower_in_context(s, len, pos, cp, out);
    case KR_UCASE_SWAPCASE:
        if (kri_unicode_is_upper(cp))
            return lower_in_context(s, len, pos, cp, out);
        if (kri_unicode_is_lower(cp))
            return kri_unicode_upper(cp, out);
        break;
    }
    out[0] = cp;
    return 1;
}

int kri_unicode_convert_case(KrBuf *out, KrUnicodeCaseOp op, const char *s, size_t len)
{
    bool prev_cased = false;
    size_t pos = 0;
    while (pos < len) {
        int size;
        int32_t c = kri_utf8_decode(s + pos, len - pos, &size);
        if (c < 0) {
            if (kri_buf_putc(out, s[pos]) < 0)
                return -1;
            prev_cased = false;
            pos++;
            continue;
        }
        uint32_t mapped[3];
        int n = map_one(op, s, len, pos, (uint32_t)c, &prev_cased, mapped);
        for (int k = 0; k < n; k++)
            if (kri_utf8_encode(out, mapped[k]) < 0)
                return -1;
        pos += (size_t)size;
    }
    return 0;
}
