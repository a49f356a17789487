/* Number literals: NUMBER token text to a Constant node. The tokenizer has
 * already checked the literal's form, so this only strips underscores and
 * converts: ints keep their digits (any size) plus an int64 fast value,
 * floats and imaginary parts go through strtod (correctly rounded in the C
 * locale, as CPython's own dtoa). */
#include "parser/act.h"

#include <stdlib.h>
#include <string.h>

/* CPython 3.11 refuses to convert decimal strings of more digits. */
enum { INT_MAX_STR_DIGITS = 4300 };

static void *no_memory(KrParser *p)
{
    kri_peg_no_memory(p);
    return NULL;
}

/* [s][len] without underscores, NUL-terminated, in the arena. */
static char *strip_underscores(KrParser *p, const char *s, size_t len, size_t *out_len)
{
    char *d = kri_arena_alloc(p->arena, len + 1);
    if (!d)
        return no_memory(p);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '_')
            d[n++] = s[i];
    }
    d[n] = '\0';
    *out_len = n;
    return d;
}

/* Fills an INT constant from [digits] in [base], leading zeros skipped. */
static void set_int(KrConst *c, const char *digits, size_t n, int base)
{
    while (n > 1 && digits[0] == '0') {
        digits++;
        n--;
    }
    c->kind = KR_CONST_INT;
    c->v.integer.digits = digits;
    c->v.integer.ndigits = n;
    c->v.integer.base = base;
    uint64_t v = 0;
    bool fits = true;
    for (size_t i = 0; i < n && fits; i++) {
        uint64_t d = (uint64_t)kri_hex_digit(digits[i]);
        if (v > (UINT64_C(0x7FFFFFFFFFFFFFFF) - d) / (uint64_t)base)
            fits = false;
        else
            v = v * (uint64_t)base + d;
    }
    c->v.integer.fits = fits;
    c->v.integer.small = fits ? (int64_t)v : 0;
}

static bool is_float_text(const char *s, size_t n)
{
    if (n > 1 && s[0] == '0' && strchr("xXoObB", s[1]))
        return false;
    return memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n);
}

KrExpr *kri_act_number(KrParser *p, KrToken *t)
{
    size_t n;
    char *s = strip_underscores(p, t->start, (size_t)(t->end - t->start), &n);
    KrConst *c = s ? kri_act_const(p, KR_CONST_INT) : NULL;
    if (!c)
        return NULL;
    if (s[n - 1] == 'j' || s[n - 1] == 'J') {
        s[n - 1] = '\0';
        c->kind = KR_CONST_COMPLEX;
        c->v.real = strtod(s, NULL);
    } else if (is_float_text(s, n)) {
        c->kind = KR_CONST_FLOAT;
        c->v.real = strtod(s, NULL);
    } else if (n > 2 && s[0] == '0' && !(s[1] >= '0' && s[1] <= '9')) {
        char b = (char)(s[1] | 0x20); /* the tokenizer allows only x, o, b here */
        set_int(c, s + 2, n - 2, b == 'x' ? 16 : b == 'o' ? 8 : 2);
    } else {
        size_t zeros = 0; /* an all-zero literal of any length is fine */
        while (zeros < n - 1 && s[zeros] == '0')
            zeros++;
        if (n - zeros > INT_MAX_STR_DIGITS && s[zeros] != '0')
            return kri_perr_raise(p, KR_ERR_SYNTAX, t->lineno, -1, t->end_lineno, -1,
                                  "Exceeds the limit (%d digits) for integer string conversion: "
                                  "value has %zu digits; use sys.set_int_max_str_digits() to "
                                  "increase the limit - Consider hexadecimal for huge integer "
                                  "literals to avoid decimal conversion limits.",
                                  INT_MAX_STR_DIGITS, n);
        set_int(c, s, n, 10);
    }
    KrExpr *e = kri_ast_Constant(p->arena, c, NULL, KR_POS(t));
    return e ? e : no_memory(p);
}

KrExpr *kri_act_ensure_real(KrParser *p, KrExpr *e)
{
    if (e->kind != KR_AST_Constant || e->v.Constant.value->kind == KR_CONST_COMPLEX)
        return kri_perr_raise(p, KR_ERR_SYNTAX, KR_POS(e),
                              "real number required in complex literal");
    return e;
}

KrExpr *kri_act_ensure_imaginary(KrParser *p, KrExpr *e)
{
    if (e->kind != KR_AST_Constant || e->v.Constant.value->kind != KR_CONST_COMPLEX)
        return kri_perr_raise(p, KR_ERR_SYNTAX, KR_POS(e),
                              "imaginary number required in complex literal");
    return e;
}
