/* Python-free utilities shared by every subsystem: the arena allocator, UTF-8
 * helpers, the Unicode database and value formatting used by the AST dumper.
 * Nothing under src/base/ includes a header from outside src/base/.
 * See docs/internals/base.md. */
#ifndef KRAIT_BASE_H
#define KRAIT_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KR_HIDDEN __attribute__((visibility("hidden")))
#define KR_NODISCARD __attribute__((warn_unused_result))
#define KR_LIKELY(x) __builtin_expect(!!(x), 1)
#define KR_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KR_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
/* ssize_t (from <sys/types.h>) has ptrdiff_t's range on every target. */
#define KR_SSIZE_MAX PTRDIFF_MAX
#define KR_SSIZE_MIN PTRDIFF_MIN

/* ---- arena.c: bump allocation for data that dies together (one parse) ----
 * Blocks are 16-byte aligned. kri_arena_alloc returns NULL only when the
 * system is out of memory. Everything is released by kri_arena_free. */
typedef struct KrArenaChunk KrArenaChunk;
typedef struct KrArena {
    char *cur;           /* next free byte of the current chunk */
    char *end;           /* end of the current chunk */
    KrArenaChunk *chunks; /* owned list of chunks, newest first */
    size_t total;        /* bytes obtained from the system, for statistics */
    bool oom;            /* an allocation failed (callers may check once, late) */
} KrArena;

KR_HIDDEN void kri_arena_init(KrArena *arena);
KR_HIDDEN void kri_arena_free(KrArena *arena);
KR_HIDDEN void kri_arena_reset(KrArena *arena);
KR_HIDDEN void *kri_arena_alloc_slow(KrArena *arena, size_t size);

static inline void *kri_arena_alloc(KrArena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (KR_LIKELY((size_t)(arena->end - arena->cur) >= size)) {
        void *p = arena->cur;
        arena->cur += size;
        return p;
    }
    return kri_arena_alloc_slow(arena, size);
}

/* A copy of [len] bytes of [s] plus a terminating NUL, in the arena. */
KR_HIDDEN char *kri_arena_strndup(KrArena *arena, const char *s, size_t len);

/* The value of hexadecimal digit [c] (either case), or -1. */
static inline int kri_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* ---- buf.c: a growable byte buffer (malloc-backed) ----
 * Functions returning int give -1 when memory runs out, else 0. */
/* The lowest address the calling thread may use on its C stack while
 * keeping [margin] bytes (at most a quarter of the stack) free below it;
 * NULL when the system does not tell (stack.c). */
KR_HIDDEN const char *kri_stack_floor(size_t margin);

/* No single block is asked of malloc beyond this (1 TiB): a larger size
 * ("x" * 2**62) is a MemoryError at once, the error glibc would give, and
 * sanitizers, which abort on such requests, see none. */
#define KR_MAX_ALLOC_BYTES ((size_t)1 << 40)

typedef struct KrBuf {
    char *data;
    size_t len;
    size_t cap;
} KrBuf;

KR_HIDDEN void kri_buf_init(KrBuf *buf);
KR_HIDDEN void kri_buf_free(KrBuf *buf);
KR_HIDDEN KR_NODISCARD int kri_buf_reserve(KrBuf *buf, size_t extra);
KR_HIDDEN KR_NODISCARD int kri_buf_append(KrBuf *buf, const void *data, size_t len);
KR_HIDDEN KR_NODISCARD int kri_buf_puts(KrBuf *buf, const char *s);
/* Appends the whole content of the file at [path]; -1 if it cannot be read
 * (errno tells why) or memory runs out. */
KR_HIDDEN KR_NODISCARD int kri_buf_read_file(KrBuf *buf, const char *path);
KR_HIDDEN KR_NODISCARD int kri_buf_printf(KrBuf *buf, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static inline int kri_buf_putc(KrBuf *buf, char c)
{
    if (KR_UNLIKELY(buf->len + 1 >= buf->cap) && kri_buf_reserve(buf, 1) < 0)
        return -1;
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
    return 0;
}

/* ---- utf8.c: UTF-8 helpers ----
 * Krait's text is UTF-8; a lone surrogate is kept as its 3-byte form
 * ("surrogatepass"), so any Python str round-trips. */

/* Decodes one code point at [s] (at most [len] bytes), storing its byte length
 * in *[size]. Surrogates are accepted; overlong forms and values above
 * U+10FFFF are not. Returns -1 (and *size = 1) for an invalid or truncated
 * sequence, and -1 with *size = 0 when [len] is 0. */
KR_HIDDEN int32_t kri_utf8_decode(const char *s, size_t len, int *size);
/* Appends the UTF-8 form of [cp] (0 <= cp <= 0x10FFFF, surrogates allowed).
 * Returns -1 on memory exhaustion or when [cp] is above 0x10FFFF. */
KR_HIDDEN KR_NODISCARD int kri_utf8_encode(KrBuf *buf, uint32_t cp);
/* Bytes at [s] (at most [len], len > 0) forming the longest start of a
 * valid, strict UTF-8 sequence (no surrogates, no overlong forms), and in
 * *[complete] whether that sequence is whole. An invalid byte gives 1 and
 * false: Python's decoder reports, and its "replace" handler replaces,
 * each such maximal prefix as one unit. */
KR_HIDDEN size_t kri_utf8_valid_prefix(const char *s, size_t len, bool *complete);
/* Number of code points in [len] bytes of UTF-8 text (each invalid byte
 * counts 1, as kri_utf8_decode steps over it). */
KR_HIDDEN size_t kri_utf8_count(const char *s, size_t len);

/* ---- unicode*.c + unicode_db.gen.c: the Unicode database ----
 * Identifier classes, str-method classes and case mappings, unicodedata's
 * properties, normalization and names; declared in base/unicode.h. */
#include "base/unicode.h"

/* ---- repr.c: Python's repr() of literal values, for the AST dumper ----
 * Each appends exactly what CPython 3.11's repr() prints. Returns -1 on
 * memory exhaustion. */
/* repr(str) of UTF-8 text (surrogates in 3-byte form allowed). */
KR_HIDDEN KR_NODISCARD int kri_repr_str(KrBuf *out, const char *s, size_t len);
/* repr(bytes). */
KR_HIDDEN KR_NODISCARD int kri_repr_bytes(KrBuf *out, const char *s, size_t len);
/* repr(float), shortest round-trip form ('1.0', '1e+16', 'inf', 'nan'). */
KR_HIDDEN KR_NODISCARD int kri_repr_float(KrBuf *out, double v);
/* repr(complex(0.0, imag)) as an imaginary literal gives: '1j', '2.5j',
 * '1e+16j', 'infj'. */
KR_HIDDEN KR_NODISCARD int kri_repr_imag(KrBuf *out, double imag);
/* repr(int) of the number written with [ndigits] digits [digits] (ASCII,
 * no sign, no underscores) in [base] 2, 8, 10 or 16: its decimal form.
 * Returns -2, appending nothing, when that form would have more than
 * KR_REPR_INT_MAX_DIGITS digits: CPython 3.11 then refuses the conversion and
 * ast.dump raises ValueError("Exceeds the limit (4300 digits) for integer
 * string conversion; use sys.set_int_max_str_digits() to increase the
 * limit"). Also returns -1 for a character that is not a digit of [base]. */
#define KR_REPR_INT_MAX_DIGITS 4300
KR_HIDDEN KR_NODISCARD int kri_repr_int_digits(KrBuf *out, const char *digits,
                                               size_t ndigits, int base);

#endif
