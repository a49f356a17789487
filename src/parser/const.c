/* repr() of an AST constant (KrConst), as ast.dump prints Constant.value.
 * The formatting itself lives in base/repr.c; this file only dispatches on
 * the constant's kind. Besides -1 (memory), kri_const_repr passes on -2 from
 * kri_repr_int_digits: an int whose decimal form exceeds CPython's 4300-digit
 * limit, for which ast.dump raises ValueError (see base.h). */
#include "parser/parser.h"

#include <inttypes.h>

int kri_const_repr(KrBuf *out, const KrConst *c)
{
    switch (c->kind) {
    case KR_CONST_NONE:
        return kri_buf_puts(out, "None");
    case KR_CONST_TRUE:
        return kri_buf_puts(out, "True");
    case KR_CONST_FALSE:
        return kri_buf_puts(out, "False");
    case KR_CONST_ELLIPSIS:
        return kri_buf_puts(out, "Ellipsis");
    case KR_CONST_INT:
        if (c->v.integer.fits)
            return kri_buf_printf(out, "%" PRId64, c->v.integer.small);
        return kri_repr_int_digits(out, c->v.integer.digits, c->v.integer.ndigits,
                                   c->v.integer.base);
    case KR_CONST_FLOAT:
        return kri_repr_float(out, c->v.real);
    case KR_CONST_COMPLEX:
        return kri_repr_imag(out, c->v.real);
    case KR_CONST_STR:
        return kri_repr_str(out, c->v.str.data, c->v.str.len);
    case KR_CONST_BYTES:
        return kri_repr_bytes(out, c->v.str.data, c->v.str.len);
    }
    return -1; /* not a KrConstKind */
}
