/* Python's hash functions, bit for bit as CPython 3.11 on a 64-bit machine,
 * so that under one PYTHONHASHSEED Krait's hash() of str, bytes, int, float,
 * complex, tuple and frozenset equals CPython's and sets and dicts iterate
 * in the same order. Nothing here touches objects: callers pass bytes,
 * digits, doubles or the hashes of items.
 * Invariants: every function returning a Python hash (int64_t) never returns
 * -1, which the object layer reserves for "an error was raised"; CPython's
 * substitute -2 takes its place (tuple and frozenset have their own
 * substitutes). sys.hash_info is described by the KR_HASH_* constants.
 * See docs/internals/base.md. */
#ifndef KRAIT_BASE_HASH_H
#define KRAIT_BASE_HASH_H

#include "base/base.h"

/* sys.hash_info: width 64, modulus 2**61 - 1, inf 314159, nan 0, imag
 * 1000003, algorithm 'siphash13', hash_bits 64, seed_bits 128, cutoff 0. */
#define KR_HASH_BITS 61
#define KR_HASH_MODULUS (((uint64_t)1 << KR_HASH_BITS) - 1)
#define KR_HASH_INF 314159
#define KR_HASH_NAN 0
#define KR_HASH_IMAG 1000003

/* The secret of str/bytes hashing: CPython's 24-byte _Py_HashSecret, whose
 * first 16 bytes are SipHash's two 64-bit key words (read in native, i.e.
 * little-endian, order). The last 8 bytes are the salt pyexpat gives
 * expat; they are kept so the whole secret derives from a seed as in
 * CPython. A plain value: copy it freely. */
typedef struct KrHashKey {
    uint64_t k0, k1;
    uint64_t expat_salt;
} KrHashKey;

/* ---- the key ---- */
/* The key CPython uses with PYTHONHASHSEED=[seed]: all zero bytes for 0
 * (randomization disabled), else the 24 bytes drawn from the C runtime's
 * linear congruential generator seeded with [seed]. */
KR_HIDDEN void kri_hash_key_from_seed(KrHashKey *out, uint32_t seed);
/* A key from the kernel's random source (getrandom, /dev/urandom as a
 * fallback), as CPython does without PYTHONHASHSEED. -1 (errno set) when
 * no randomness can be had; *[out] is then unchanged. */
KR_HIDDEN KR_NODISCARD int kri_hash_key_random(KrHashKey *out);
/* Reads a PYTHONHASHSEED value as CPython does: NULL, "" or "random" give
 * 0 (use a random key); a decimal number in [0, 4294967295] (strtoul's
 * syntax: leading blanks and a sign allowed) gives 1 and sets *[seed].
 * Anything else gives -1: CPython then stops with "PYTHONHASHSEED must be
 * "random" or an integer in range [0; 4294967295]". */
KR_HIDDEN KR_NODISCARD int kri_hash_parse_seed(const char *text, uint32_t *seed);

/* ---- str and bytes ---- */
/* SipHash-1-3 of [len] bytes at [data] under [key]: the raw 64-bit digest,
 * without the 0 and -1 rules of kri_hash_bytes. */
KR_HIDDEN uint64_t kri_hash_siphash13(const KrHashKey *key, const void *data, size_t len);
/* hash(bytes): 0 for no bytes, else the digest as a signed value, -1
 * turned into -2. A str is hashed over its PEP 393 storage: len * kind
 * bytes, kind = 1, 2 or 4 bytes per code point (native endian), the
 * narrowest that holds its largest code point. */
KR_HIDDEN int64_t kri_hash_bytes(const KrHashKey *key, const void *data, size_t len);
/* hash(str) of UTF-8 text, lone surrogates in their 3-byte form allowed:
 * the same value kri_hash_bytes gives over the text's PEP 393 storage,
 * computed without building it. A byte that is not valid UTF-8 counts as
 * the code point of its value (the object layer never passes one). */
KR_HIDDEN int64_t kri_hash_str_utf8(const KrHashKey *key, const char *s, size_t len);

/* ---- numbers: the value modulo KR_HASH_MODULUS, with the sign ----
 * These make hash(1) == hash(1.0) == hash(Fraction(1)) == hash(1+0j). */
/* hash(float) of a finite or infinite [x] (+-314159 for infinities). A NaN
 * is hashed by identity since 3.10: the caller gives kri_hash_pointer of
 * the float object instead; for a NaN this returns KR_HASH_NAN (0). */
KR_HIDDEN int64_t kri_hash_double(double x);
/* hash(int) of the number with [ndigits] 30-bit digits [digits] (least
 * significant first, each < 2**30), negated when [negative]. */
KR_HIDDEN int64_t kri_hash_int_digits(const uint32_t *digits, size_t ndigits, bool negative);
/* hash(int) of a machine integer. */
KR_HIDDEN int64_t kri_hash_int64(int64_t v);
/* hash(complex) from the hashes of its real and imaginary parts:
 * hreal + 1000003 * himag, wrapping, -1 turned into -2. A NaN part is
 * hashed as the complex object's identity (kri_hash_pointer of it). */
KR_HIDDEN int64_t kri_hash_complex_combine(int64_t hreal, int64_t himag);

/* ---- containers ---- */
/* hash(tuple) from its items' hashes (none of them -1): the xxHash-style
 * accumulation of CPython 3.8+. For callers that hash items one at a time,
 * the same computation is kri_hash_tuple_start, _add per item, _finish. */
KR_HIDDEN int64_t kri_hash_tuple_combine(const int64_t *hashes, size_t n);
/* hash(frozenset) from its items' hashes, in any order (each item once). */
KR_HIDDEN int64_t kri_hash_frozenset_combine(const int64_t *hashes, size_t n);

#define KR_HASH_XXPRIME_1 UINT64_C(11400714785074694791)
#define KR_HASH_XXPRIME_2 UINT64_C(14029467366897019727)
#define KR_HASH_XXPRIME_5 UINT64_C(2870177450012600261)

static inline uint64_t kri_hash_tuple_start(void)
{
    return KR_HASH_XXPRIME_5;
}

static inline uint64_t kri_hash_tuple_add(uint64_t acc, int64_t item_hash)
{
    acc += (uint64_t)item_hash * KR_HASH_XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * KR_HASH_XXPRIME_1;
}

/* The length [n] enters last, mixed with a fixed constant; a result of -1
 * has its own substitute, 1546275796. */
static inline int64_t kri_hash_tuple_finish(uint64_t acc, size_t n)
{
    acc += (uint64_t)n ^ (KR_HASH_XXPRIME_5 ^ UINT64_C(3527539));
    return acc == UINT64_MAX ? 1546275796 : (int64_t)acc;
}

/* ---- identity ----
 * hash(object()): the address rotated right by 4 bits, as objects are at
 * least 16-byte aligned and the low bits would only collide; -1 becomes
 * -2. Also the hash of a NaN float or complex (of the object's address). */
static inline int64_t kri_hash_pointer(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    return y == UINT64_MAX ? -2 : (int64_t)y;
}

#endif
