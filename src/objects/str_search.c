/* Substring search over PEP 393 storage, for `in`, find, index, count,
 * replace, split and partition. The needle is first brought to the
 * haystack's kind (a needle holding a code point the haystack's kind cannot
 * hold is absent); then one routine per kind searches. One-byte haystacks
 * use the C library's memmem (linear time); wider ones and reverse searches
 * use Horspool's algorithm with a 256-entry shift table indexed by the low
 * byte of a code point (collisions only shorten shifts, never skip a match).
 * Short haystacks are scanned directly: building the table would cost more. */
#include <stdlib.h>
#include <string.h>

#include "objects/str_methods.h"

/* Below this haystack length the table is not worth building. */
enum { DIRECT_SCAN_MAX = 64 };

/* Forward and reverse search of p[0:m] (m >= 1) in h[0:n] for one element
 * type; -1 when absent. */
#define DEFINE_SEARCH(T, sfx)                                                      \
    static ssize_t find_##sfx(const T *h, ssize_t n, const T *p, ssize_t m)       \
    {                                                                              \
        if (m > n)                                                                 \
            return -1;                                                             \
        T first = p[0], last = p[m - 1];                                           \
        if (m == 1 || n < DIRECT_SCAN_MAX) {                                       \
            for (ssize_t i = 0; i <= n - m; i++)                                   \
                if (h[i] == first && h[i + m - 1] == last &&                       \
                    memcmp(h + i, p, (size_t)m * sizeof(T)) == 0)                  \
                    return i;                                                      \
            return -1;                                                             \
        }                                                                          \
        ssize_t shift[256];                                                        \
        for (int c = 0; c < 256; c++)                                              \
            shift[c] = m;                                                          \
        for (ssize_t i = 0; i < m - 1; i++)                                        \
            shift[p[i] & 0xff] = m - 1 - i;                                        \
        for (ssize_t i = 0; i <= n - m;) {                                         \
            T c = h[i + m - 1];                                                    \
            if (c == last && memcmp(h + i, p, (size_t)(m - 1) * sizeof(T)) == 0)   \
                return i;                                                          \
            i += shift[c & 0xff];                                                  \
        }                                                                          \
        return -1;                                                                 \
    }                                                                              \
    static ssize_t rfind_##sfx(const T *h, ssize_t n, const T *p, ssize_t m)      \
    {                                                                              \
        if (m > n)                                                                 \
            return -1;                                                             \
        T first = p[0];                                                            \
        if (m == 1 || n < DIRECT_SCAN_MAX) {                                       \
            for (ssize_t i = n - m; i >= 0; i--)                                   \
                if (h[i] == first && memcmp(h + i, p, (size_t)m * sizeof(T)) == 0) \
                    return i;                                                      \
            return -1;                                                             \
        }                                                                          \
        /* shift[c]: the smallest k >= 1 with p[k] == c, else m */                 \
        ssize_t shift[256];                                                        \
        for (int c = 0; c < 256; c++)                                              \
            shift[c] = m;                                                          \
        for (ssize_t k = m - 1; k >= 1; k--)                                       \
            shift[p[k] & 0xff] = k;                                                \
        for (ssize_t i = n - m; i >= 0;) {                                         \
            T c = h[i];                                                            \
            if (c == first &&                                                      \
                memcmp(h + i + 1, p + 1, (size_t)(m - 1) * sizeof(T)) == 0)        \
                return i;                                                          \
            i -= shift[c & 0xff];                                                  \
        }                                                                          \
        return -1;                                                                 \
    }

DEFINE_SEARCH(uint8_t, 1)
DEFINE_SEARCH(uint16_t, 2)
DEFINE_SEARCH(uint32_t, 4)

static ssize_t search_kind(int kind, const void *h, ssize_t n, const void *p, ssize_t m,
                           bool reverse)
{
    if (kind == 1) {
        if (!reverse && m > 1 && n >= DIRECT_SCAN_MAX) {
            const void *r = memmem(h, (size_t)n, p, (size_t)m);
            return r ? (const uint8_t *)r - (const uint8_t *)h : -1;
        }
        if (!reverse && m == 1) {
            const void *r = memchr(h, *(const uint8_t *)p, (size_t)n);
            return r ? (const uint8_t *)r - (const uint8_t *)h : -1;
        }
        return reverse ? rfind_1(h, n, p, m) : find_1(h, n, p, m);
    }
    if (kind == 2)
        return reverse ? rfind_2(h, n, p, m) : find_2(h, n, p, m);
    return reverse ? rfind_4(h, n, p, m) : find_4(h, n, p, m);
}

/* The needle's code points in [kind] storage: *[data] points into the
 * needle itself or into *[owned] (to free). 0, 1 when the needle cannot
 * occur (a code point too wide for [kind]), -1 on memory exhaustion. */
static int needle_as_kind(KrObject *needle, int kind, const void **data, void **owned)
{
    int nk = KR_STR(needle)->kind;
    ssize_t m = kr_str_len(needle);
    const void *src = kr_str_data(needle);
    *owned = NULL;
    *data = src;
    if (nk == kind)
        return 0;
    if (nk > kind) {
        uint32_t limit = kind == 1 ? 0xff : 0xffff;
        for (ssize_t i = 0; i < m; i++)
            if (kr_str_read(nk, src, i) > limit)
                return 1;
    }
    void *buf = malloc((size_t)m * (size_t)kind);
    if (!buf)
        return -1;
    for (ssize_t i = 0; i < m; i++) {
        uint32_t c = kr_str_read(nk, src, i);
        if (kind == 1)
            ((uint8_t *)buf)[i] = (uint8_t)c;
        else if (kind == 2)
            ((uint16_t *)buf)[i] = (uint16_t)c;
        else
            ((uint32_t *)buf)[i] = c;
    }
    *owned = buf;
    *data = buf;
    return 0;
}

ssize_t kri_str_search_find(KrThread *ts, KrObject *hay, KrObject *needle, ssize_t start,
                            ssize_t end, bool reverse)
{
    ssize_t m = kr_str_len(needle);
    if (end - start < m)
        return -1;
    if (m == 0)
        return reverse ? end : start;
    int kind = KR_STR(hay)->kind;
    const void *p;
    void *owned;
    int r = needle_as_kind(needle, kind, &p, &owned);
    if (r != 0) {
        if (r < 0)
            kri_err_no_memory(ts);
        return r < 0 ? -2 : -1;
    }
    const char *h = (const char *)kr_str_data(hay) + start * kind;
    ssize_t i = search_kind(kind, h, end - start, p, m, reverse);
    free(owned);
    return i < 0 ? -1 : start + i;
}

ssize_t kri_str_search_count(KrThread *ts, KrObject *hay, KrObject *needle, ssize_t start,
                             ssize_t end, ssize_t maxcount)
{
    ssize_t m = kr_str_len(needle), count = 0;
    if (end - start < m || maxcount == 0)
        return 0;
    int kind = KR_STR(hay)->kind;
    const void *p;
    void *owned;
    int r = needle_as_kind(needle, kind, &p, &owned);
    if (r != 0) {
        if (r < 0)
            kri_err_no_memory(ts);
        return r < 0 ? -1 : 0;
    }
    const char *data = kr_str_data(hay);
    if (m == 1) {
        /* a plain scan: no per-match restart cost */
        uint32_t c = kr_str_read(kind, p, 0);
        for (ssize_t i = start; i < end; i++)
            if (kr_str_read(kind, data, i) == c && ++count == maxcount)
                break;
        free(owned);
        return count;
    }
    while (end - start >= m) {
        ssize_t i = search_kind(kind, data + start * kind, end - start, p, m, false);
        if (i < 0)
            break;
        start += i + m;
        if (++count == maxcount)
            break;
    }
    free(owned);
    return count;
}
