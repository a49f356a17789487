/* What the compiler hands to the runtime: code units (KrCodeUnit), plain C
 * data that mirrors a CPython 3.11 code object field by field, and the
 * constants they refer to (KrCodeConst). The lead turns them into code
 * objects; nothing here is a Python object.
 * Invariants: everything a KrCodeUnit points to lives in the KrArena given to
 * kri_compile_module and is immutable once returned; code units are CPython
 * 3.11's instruction set exactly (same opcodes, opargs, EXTENDED_ARG prefixes
 * and zeroed CACHE units), so any 3.11 disassembler reads them.
 * See docs/internals/compiler.md. */
#ifndef KRAIT_COMPILER_UNIT_H
#define KRAIT_COMPILER_UNIT_H

#include "base/base.h"

/* ---- the instruction set: CPython 3.11's opcode numbers ----
 * A code unit holds the opcode in its low byte and the oparg in its high
 * byte (the byte order of co_code on a little-endian machine). */
#define KR_OPCODE_LIST(X)                                                                   \
    X(CACHE, 0) X(POP_TOP, 1) X(PUSH_NULL, 2) X(NOP, 9) X(UNARY_POSITIVE, 10)               \
    X(UNARY_NEGATIVE, 11) X(UNARY_NOT, 12) X(UNARY_INVERT, 15) X(BINARY_SUBSCR, 25)         \
    X(GET_LEN, 30) X(MATCH_MAPPING, 31) X(MATCH_SEQUENCE, 32) X(MATCH_KEYS, 33)             \
    X(PUSH_EXC_INFO, 35) X(CHECK_EXC_MATCH, 36) X(CHECK_EG_MATCH, 37)                       \
    X(WITH_EXCEPT_START, 49) X(GET_AITER, 50) X(GET_ANEXT, 51) X(BEFORE_ASYNC_WITH, 52)     \
    X(BEFORE_WITH, 53) X(END_ASYNC_FOR, 54) X(STORE_SUBSCR, 60) X(DELETE_SUBSCR, 61)        \
    X(GET_ITER, 68) X(GET_YIELD_FROM_ITER, 69) X(PRINT_EXPR, 70) X(LOAD_BUILD_CLASS, 71)    \
    X(LOAD_ASSERTION_ERROR, 74) X(RETURN_GENERATOR, 75) X(LIST_TO_TUPLE, 82)                \
    X(RETURN_VALUE, 83) X(IMPORT_STAR, 84) X(SETUP_ANNOTATIONS, 85) X(YIELD_VALUE, 86)      \
    X(ASYNC_GEN_WRAP, 87) X(PREP_RERAISE_STAR, 88) X(POP_EXCEPT, 89) X(STORE_NAME, 90)      \
    X(DELETE_NAME, 91) X(UNPACK_SEQUENCE, 92) X(FOR_ITER, 93) X(UNPACK_EX, 94)              \
    X(STORE_ATTR, 95) X(DELETE_ATTR, 96) X(STORE_GLOBAL, 97) X(DELETE_GLOBAL, 98)           \
    X(SWAP, 99) X(LOAD_CONST, 100) X(LOAD_NAME, 101) X(BUILD_TUPLE, 102)                    \
    X(BUILD_LIST, 103) X(BUILD_SET, 104) X(BUILD_MAP, 105) X(LOAD_ATTR, 106)                \
    X(COMPARE_OP, 107) X(IMPORT_NAME, 108) X(IMPORT_FROM, 109) X(JUMP_FORWARD, 110)         \
    X(JUMP_IF_FALSE_OR_POP, 111) X(JUMP_IF_TRUE_OR_POP, 112)                                \
    X(POP_JUMP_FORWARD_IF_FALSE, 114) X(POP_JUMP_FORWARD_IF_TRUE, 115) X(LOAD_GLOBAL, 116)  \
    X(IS_OP, 117) X(CONTAINS_OP, 118) X(RERAISE, 119) X(COPY, 120) X(BINARY_OP, 122)        \
    X(SEND, 123) X(LOAD_FAST, 124) X(STORE_FAST, 125) X(DELETE_FAST, 126)                   \
    X(POP_JUMP_FORWARD_IF_NOT_NONE, 128) X(POP_JUMP_FORWARD_IF_NONE, 129)                   \
    X(RAISE_VARARGS, 130) X(GET_AWAITABLE, 131) X(MAKE_FUNCTION, 132) X(BUILD_SLICE, 133)   \
    X(JUMP_BACKWARD_NO_INTERRUPT, 134) X(MAKE_CELL, 135) X(LOAD_CLOSURE, 136)               \
    X(LOAD_DEREF, 137) X(STORE_DEREF, 138) X(DELETE_DEREF, 139) X(JUMP_BACKWARD, 140)       \
    X(CALL_FUNCTION_EX, 142) X(EXTENDED_ARG, 144) X(LIST_APPEND, 145) X(SET_ADD, 146)       \
    X(MAP_ADD, 147) X(LOAD_CLASSDEREF, 148) X(COPY_FREE_VARS, 149) X(RESUME, 151)           \
    X(MATCH_CLASS, 152) X(FORMAT_VALUE, 155) X(BUILD_CONST_KEY_MAP, 156)                    \
    X(BUILD_STRING, 157) X(LOAD_METHOD, 160) X(LIST_EXTEND, 162) X(SET_UPDATE, 163)         \
    X(DICT_MERGE, 164) X(DICT_UPDATE, 165) X(PRECALL, 166) X(CALL, 171) X(KW_NAMES, 172)    \
    X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173) X(POP_JUMP_BACKWARD_IF_NONE, 174)                 \
    X(POP_JUMP_BACKWARD_IF_FALSE, 175) X(POP_JUMP_BACKWARD_IF_TRUE, 176)

#define KR_OPCODE_ENUM(name, num) KR_OP_##name = num,
enum { KR_OPCODE_LIST(KR_OPCODE_ENUM) };
#undef KR_OPCODE_ENUM

/* Opcodes from this one on take their oparg; below it the oparg byte is
 * still stored (YIELD_VALUE keeps a depth there) but means nothing. */
enum { KR_OP_HAVE_ARGUMENT = 90 };

/* BINARY_OP's opargs (dis._nb_ops order), COMPARE_OP's, FORMAT_VALUE's,
 * MAKE_FUNCTION's. */
enum {
    KR_BINOP_ADD, KR_BINOP_AND, KR_BINOP_FLOOR_DIVIDE, KR_BINOP_LSHIFT, KR_BINOP_MATRIX_MULTIPLY,
    KR_BINOP_MULTIPLY, KR_BINOP_REMAINDER, KR_BINOP_OR, KR_BINOP_POWER, KR_BINOP_RSHIFT, KR_BINOP_SUBTRACT,
    KR_BINOP_TRUE_DIVIDE, KR_BINOP_XOR, KR_BINOP_INPLACE_ADD /* + 13 for each in-place form */
};
enum { KR_CMP_LT, KR_CMP_LE, KR_CMP_EQ, KR_CMP_NE, KR_CMP_GT, KR_CMP_GE };
enum {
    KR_FVC_NONE = 0, KR_FVC_STR = 1, KR_FVC_REPR = 2, KR_FVC_ASCII = 3, KR_FVC_MASK = 3,
    KR_FVS_HAVE_SPEC = 4
};
enum {
    KR_MKFN_DEFAULTS = 1, KR_MKFN_KWDEFAULTS = 2, KR_MKFN_ANNOTATIONS = 4,
    KR_MKFN_CLOSURE = 8
};

/* The opcode's name as dis prints it ("LOAD_CONST"), or NULL if unused. */
KR_HIDDEN const char *kri_unit_opname(int opcode);
/* How many CACHE units follow the instruction (opcode._inline_cache_entries). */
KR_HIDDEN int kri_unit_cache_entries(int opcode);

/* ---- code flags (co_flags) and local kinds (co_localspluskinds) ---- */
enum {
    KR_CO_OPTIMIZED = 0x1,
    KR_CO_NEWLOCALS = 0x2,
    KR_CO_VARARGS = 0x4,
    KR_CO_VARKEYWORDS = 0x8,
    KR_CO_NESTED = 0x10,
    KR_CO_GENERATOR = 0x20,
    KR_CO_NOFREE = 0x40,
    KR_CO_COROUTINE = 0x80,
    KR_CO_ITERABLE_COROUTINE = 0x100,
    KR_CO_ASYNC_GENERATOR = 0x200,
    KR_CO_FUTURE_DIVISION = 0x20000,
    KR_CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
    KR_CO_FUTURE_WITH_STATEMENT = 0x80000,
    KR_CO_FUTURE_PRINT_FUNCTION = 0x100000,
    KR_CO_FUTURE_UNICODE_LITERALS = 0x200000,
    KR_CO_FUTURE_BARRY_AS_BDFL = 0x400000,
    KR_CO_FUTURE_GENERATOR_STOP = 0x800000,
    KR_CO_FUTURE_ANNOTATIONS = 0x1000000,
};
/* The future flags kri_compile_module accepts in its [flags] and copies to
 * every code unit (PyCF_MASK). */
#define KR_CO_FUTURE_MASK 0x1fe0000

enum { KR_FAST_LOCAL = 0x20, KR_FAST_CELL = 0x40, KR_FAST_FREE = 0x80 };

/* ---- constants ---- */
typedef struct KrCodeUnit KrCodeUnit;
typedef struct KrCodeConst KrCodeConst;

typedef enum KrCodeConstKind {
    KR_CC_NONE,
    KR_CC_TRUE,
    KR_CC_FALSE,
    KR_CC_ELLIPSIS,
    KR_CC_INT,       /* v.integer */
    KR_CC_FLOAT,     /* v.real */
    KR_CC_COMPLEX,   /* v.complex */
    KR_CC_STR,       /* v.str: UTF-8, lone surrogates in their 3-byte form */
    KR_CC_BYTES,     /* v.str */
    KR_CC_TUPLE,     /* v.seq, in order */
    KR_CC_FROZENSET, /* v.seq: distinct elements in insertion order */
    KR_CC_CODE,      /* v.code */
} KrCodeConstKind;

/* An arbitrary-precision integer: |value| in base 2**32 digits, least
 * significant first, with no leading zero digit (zero has ndigits == 0). */
typedef struct KrBigInt {
    bool negative;
    size_t ndigits;
    const uint32_t *digits;
} KrBigInt;

struct KrCodeConst {
    KrCodeConstKind kind;
    union {
        KrBigInt integer;
        double real;
        struct {
            double real, imag;
        } complex;
        struct {
            const char *data; /* NUL-terminated; bytes may hold NULs */
            size_t len;       /* in bytes */
        } str;
        struct {
            KrCodeConst *const *items;
            size_t len;
        } seq;
        KrCodeUnit *code;
    } v;
};

/* ---- code units ----
 * One per function, class body, lambda, comprehension and module, in the
 * shape of a 3.11 code object. Nested units appear among consts. */
struct KrCodeUnit {
    int argcount, posonlyargcount, kwonlyargcount;
    int stacksize;
    int flags;       /* KR_CO_* */
    int firstlineno;
    const char *name, *qualname, *filename;
    const uint16_t *code; /* co_code as code units, CACHE units zero */
    size_t ncode;         /* number of code units */
    KrCodeConst *const *consts;
    size_t nconsts;
    const char *const *names; /* co_names */
    size_t nnames;
    /* co_varnames + cellvars + freevars in 3.11's localsplus order: an
     * argument that is also a cell appears once, kinds LOCAL|CELL. */
    const char *const *localsplusnames;
    const uint8_t *localspluskinds; /* KR_FAST_* bits */
    size_t nlocalsplus;
    int nlocals; /* entries with KR_FAST_LOCAL (len(co_varnames)) */
    const uint8_t *exceptiontable; /* co_exceptiontable */
    size_t exceptiontable_len;
    const uint8_t *linetable; /* co_linetable (3.11 location table) */
    size_t linetable_len;
};

#endif
