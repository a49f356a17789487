/* UTF-8 decoding, encoding and counting for Krait's text.
 * The accepted forms are those of UTF-8 proper (no overlong forms, nothing
 * above U+10FFFF) except that surrogates U+D800..U+DFFF are allowed in their
 * 3-byte form: Krait keeps a lone surrogate of a Python str that way
 * ("surrogatepass"), so decode(encode(cp)) == cp for every code point.
 * An invalid byte always counts as one unit of length 1, so callers that step
 * through text by the returned size never stall and never skip a valid
 * character that follows a bad byte. */
#include "base/base.h"

/* Length of the sequence a lead byte announces (0: not a lead byte) and the
 * smallest and largest allowed value of the second byte, which is where
 * overlong forms, values above U+10FFFF and (for 0xE0) 3-byte overlongs are
 * refused. */
static int lead_info(unsigned char b, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (b < 0xC2)
        return 0; /* continuation bytes and the overlong leads 0xC0, 0xC1 */
    if (b < 0xE0)
        return 2;
    if (b < 0xF0) {
        if (b == 0xE0)
            *lo = 0xA0;
        return 3;
    }
    if (b > 0xF4)
        return 0;
    if (b == 0xF0)
        *lo = 0x90;
    else if (b == 0xF4)
        *hi = 0x8F;
    return 4;
}

int32_t kri_utf8_decode(const char *s, size_t len, int *size)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len == 0) {
        *size = 0;
        return -1;
    }
    if (p[0] < 0x80) {
        *size = 1;
        return p[0];
    }
    unsigned char lo, hi;
    int n = lead_info(p[0], &lo, &hi);
    *size = 1;
    if (n == 0 || len < (size_t)n || p[1] < lo || p[1] > hi)
        return -1;
    int32_t cp = p[0] & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    *size = n;
    return cp;
}

int kri_utf8_encode(KrBuf *buf, uint32_t cp)
{
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else if (cp < 0x110000) {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    } else {
        return -1; /* not a code point: a caller bug, refused rather than mangled */
    }
    return kri_buf_append(buf, tmp, n);
}

size_t kri_utf8_count(const char *s, size_t len)
{
    size_t count = 0, i = 0;
    while (i < len) {
        /* Runs of ASCII are the common case in source text. */
        if ((unsigned char)s[i] < 0x80) {
            i++;
        } else {
            int size;
            kri_utf8_decode(s + i, len - i, &size);
            i += (size_t)size;
        }
        count++;
    }
    return count;
}

size_t kri_utf8_valid_prefix(const char *s, size_t len, bool *complete)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0], lo = 0x80, hi = 0xBF;
    size_t need = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    *complete = need == 1;
    if (need <= 1)
        return 1;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    size_t n = 1;
    while (n < need && n < len && u[n] >= (n == 1 ? lo : 0x80) && u[n] <= (n == 1 ? hi : 0xBF))
        n++;
    *complete = n == need;
    return n;
}
