/* Python's hash functions as CPython 3.11 computes them on 64-bit machines.
 * str and bytes: SipHash-1-3 (one compression round per 8-byte word, three
 * finalization rounds) keyed by the 128-bit secret of KrHashKey; a str is
 * hashed over its PEP 393 storage, which kri_hash_str_utf8 produces on the
 * fly from UTF-8. Numbers: the value modulo the Mersenne prime 2**61 - 1,
 * where multiplying by a power of two is a 61-bit rotation, so floats, ints
 * and fractions that are equal hash equal. Containers combine the hashes of
 * their items. Every result that would be -1 is replaced (see hash.h). */
#include "base/hash.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

/* ---- the key ---- */

/* SipHash reads its key words little-endian whatever the machine. */
static uint64_t load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static void key_from_secret(KrHashKey *out, const uint8_t secret[24])
{
    out->k0 = load_le64(secret);
    out->k1 = load_le64(secret + 8);
    out->expat_salt = load_le64(secret + 16);
}

void kri_hash_key_from_seed(KrHashKey *out, uint32_t seed)
{
    uint8_t secret[24] = {0};
    /* CPython fills its secret with the Microsoft C runtime's rand()
     * generator: each step is x = x * 214013 + 2531011 modulo 2**32 and
     * gives bits 16..23 of x. Seed 0 means no randomization: zero bytes. */
    if (seed != 0) {
        uint32_t x = seed;
        for (size_t i = 0; i < sizeof secret; i++) {
            x = x * 214013u + 2531011u;
            secret[i] = (uint8_t)(x >> 16);
        }
    }
    key_from_secret(out, secret);
}

/* Fills [buf] from /dev/urandom, for kernels without getrandom(). */
static int read_urandom(uint8_t *buf, size_t len)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t done = 0;
    while (done < len) {
        ssize_t n = read(fd, buf + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int saved = errno ? errno : EIO;
            close(fd);
            errno = saved;
            return -1;
        }
        done += (size_t)n;
    }
    close(fd);
    return 0;
}

int kri_hash_key_random(KrHashKey *out)
{
    uint8_t secret[24];
    size_t done = 0;
    /* Non-blocking, as CPython asks for its hash secret: early in boot the
     * entropy pool may not be ready, and a program should still start. */
    while (done < sizeof secret) {
        ssize_t n = getrandom(secret + done, sizeof secret - done, GRND_NONBLOCK);
        if (n > 0) {
            done += (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == ENOSYS || errno == EAGAIN || errno == EPERM)) {
            if (read_urandom(secret, sizeof secret) < 0)
                return -1;
            break;
        } else {
            return -1;
        }
    }
    key_from_secret(out, secret);
    return 0;
}

int kri_hash_parse_seed(const char *text, uint32_t *seed)
{
    /* CPython reads an empty variable as an absent one. */
    if (!text || !*text || strcmp(text, "random") == 0)
        return 0;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (end == text || *end != '\0' || errno == ERANGE || v > UINT32_MAX)
        return -1;
    *seed = (uint32_t)v;
    return 1;
}

/* ---- SipHash-1-3 ----
 * State of a hash in progress: the four 64-bit lanes. Input enters as
 * little-endian 8-byte words; the last, partial word carries the total
 * length (mod 256) in its top byte. */
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
} SipState;

static inline uint64_t rotl64(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static inline void sip_round(SipState *s)
{
    s->v0 += s->v1;
    s->v1 = rotl64(s->v1, 13) ^ s->v0;
    s->v0 = rotl64(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = rotl64(s->v3, 16) ^ s->v2;
    s->v0 += s->v3;
    s->v3 = rotl64(s->v3, 21) ^ s->v0;
    s->v2 += s->v1;
    s->v1 = rotl64(s->v1, 17) ^ s->v2;
    s->v2 = rotl64(s->v2, 32);
}

static void sip_init(SipState *s, const KrHashKey *key)
{
    /* The constants spell "somepseudorandomlygeneratedbytes". */
    s->v0 = key->k0 ^ UINT64_C(0x736f6d6570736575);
    s->v1 = key->k1 ^ UINT64_C(0x646f72616e646f6d);
    s->v2 = key->k0 ^ UINT64_C(0x6c7967656e657261);
    s->v3 = key->k1 ^ UINT64_C(0x7465646279746573);
}

static inline void sip_word(SipState *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

/* Absorbs the whole words of [len] bytes at [p]; returns how many bytes
 * were consumed (len rounded down to a multiple of 8). */
static size_t sip_words(SipState *s, const uint8_t *p, size_t len)
{
    size_t whole = len & ~(size_t)7;
    for (size_t i = 0; i < whole; i += 8)
        sip_word(s, load_le64(p + i));
    return whole;
}

/* Absorbs the last [ntail] (< 8) bytes at [tail] and finishes a message of
 * [total] bytes. */
static uint64_t sip_finish(SipState *s, const uint8_t *tail, size_t ntail, size_t total)
{
    uint64_t last = (uint64_t)total << 56;
    for (size_t i = 0; i < ntail; i++)
        last |= (uint64_t)tail[i] << (8 * i);
    sip_word(s, last);
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

uint64_t kri_hash_siphash13(const KrHashKey *key, const void *data, size_t len)
{
    SipState s;
    sip_init(&s, key);
    const uint8_t *p = data;
    size_t done = sip_words(&s, p, len);
    return sip_finish(&s, p + done, len - done, len);
}

/* CPython's rule for every str and bytes hash: the empty string hashes to
 * 0 whatever the key, and -1 is reserved. */
static int64_t digest_to_hash(uint64_t digest)
{
    return digest == UINT64_MAX ? -2 : (int64_t)digest;
}

int64_t kri_hash_bytes(const KrHashKey *key, const void *data, size_t len)
{
    if (len == 0)
        return 0;
    return digest_to_hash(kri_hash_siphash13(key, data, len));
}

/* The code point at [s] (at most [len] > 0 bytes) and its byte length in
 * *[size]; an invalid byte stands for itself. */
static uint32_t next_code_point(const char *s, size_t len, int *size)
{
    int32_t cp = kri_utf8_decode(s, len, size);
    if (cp < 0) {
        *size = 1;
        return (uint8_t)s[0];
    }
    return (uint32_t)cp;
}

int64_t kri_hash_str_utf8(const KrHashKey *key, const char *s, size_t len)
{
    uint32_t max = 0;
    size_t count = 0;
    for (size_t i = 0; i < len; count++) {
        if ((uint8_t)s[i] < 0x80) {
            i++;
            continue;
        }
        int size;
        uint32_t cp = next_code_point(s + i, len - i, &size);
        i += (size_t)size;
        if (cp > max)
            max = cp;
    }
    if (max < 0x80) /* ASCII: the UTF-8 bytes are the storage */
        return kri_hash_bytes(key, s, len);
    size_t kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    /* Stream the PEP 393 units through a buffer whose size is a multiple
     * of 8 (so only the final flush leaves a partial word) and of every
     * unit size (so a unit never straddles two flushes). */
    SipState st;
    sip_init(&st, key);
    uint8_t buf[256];
    size_t used = 0;
    for (size_t i = 0; i < len;) {
        int size;
        uint32_t cp = next_code_point(s + i, len - i, &size);
        i += (size_t)size;
        if (kind == 1) {
            buf[used] = (uint8_t)cp;
        } else if (kind == 2) {
            uint16_t unit = (uint16_t)cp;
            memcpy(buf + used, &unit, 2); /* native endian, as CPython */
        } else {
            memcpy(buf + used, &cp, 4);
        }
        used += kind;
        if (used == sizeof buf) {
            sip_words(&st, buf, used);
            used = 0;
        }
    }
    size_t done = sip_words(&st, buf, used);
    return digest_to_hash(sip_finish(&st, buf + done, used - done, count * kind));
}

/* ---- numbers ----
 * Since 2**61 = 1 modulo P = 2**61 - 1, multiplying a residue (< 2**61)
 * by 2**r is rotating its 61 bits left by r, and 2**e for any e is
 * 2**(e mod 61). */

static inline uint64_t rotl61(uint64_t x, unsigned r)
{
    return ((x << r) & KR_HASH_MODULUS) | (x >> (KR_HASH_BITS - r));
}

/* The hash of the number of magnitude [residue] (< P) and the given sign. */
static int64_t signed_residue(uint64_t residue, bool negative)
{
    if (!negative)
        return (int64_t)residue;
    return residue == 1 ? -2 : -(int64_t)residue;
}

int64_t kri_hash_double(double x)
{
    if (isinf(x))
        return x > 0 ? KR_HASH_INF : -KR_HASH_INF;
    if (isnan(x))
        return KR_HASH_NAN;
    /* |x| = mant * 2**exp exactly, mant a 53-bit integer (< P). */
    int e;
    double m = frexp(fabs(x), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int exp = e - 53;
    int r = exp % KR_HASH_BITS;
    if (r < 0)
        r += KR_HASH_BITS;
    return signed_residue(rotl61(mant, (unsigned)r), x < 0);
}

int64_t kri_hash_int_digits(const uint32_t *digits, size_t ndigits, bool negative)
{
    /* Horner's rule from the top digit: x = x * 2**30 + digit (mod P). A
     * rotation of a residue other than P is again below P, so one
     * subtraction keeps x reduced. */
    uint64_t x = 0;
    for (size_t i = ndigits; i-- > 0;) {
        x = rotl61(x, 30) + digits[i];
        if (x >= KR_HASH_MODULUS)
            x -= KR_HASH_MODULUS;
    }
    return signed_residue(x, negative);
}

int64_t kri_hash_int64(int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return signed_residue(mag % KR_HASH_MODULUS, v < 0);
}

int64_t kri_hash_complex_combine(int64_t hreal, int64_t himag)
{
    uint64_t h = (uint64_t)hreal + (uint64_t)KR_HASH_IMAG * (uint64_t)himag;
    return h == UINT64_MAX ? -2 : (int64_t)h;
}

/* ---- containers ---- */

int64_t kri_hash_tuple_combine(const int64_t *hashes, size_t n)
{
    uint64_t acc = kri_hash_tuple_start();
    for (size_t i = 0; i < n; i++)
        acc = kri_hash_tuple_add(acc, hashes[i]);
    return kri_hash_tuple_finish(acc, n);
}

/* Spreads an item's hash before the xor, so that items whose hashes differ
 * in few bits (small ints) do not cancel out. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167);
}

int64_t kri_hash_frozenset_combine(const int64_t *hashes, size_t n)
{
    /* The xor of the shuffled item hashes does not depend on order (nor on
     * the hash table's layout: CPython's loop over empty and deleted slots
     * cancels out exactly). */
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++)
        h ^= shuffle_bits((uint64_t)hashes[i]);
    h ^= ((uint64_t)n + 1) * UINT64_C(1927868237);
    /* Disperse the patterns that nested frozensets would otherwise keep. */
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + UINT64_C(907133923);
    return h == UINT64_MAX ? 590923713 : (int64_t)h;
}
