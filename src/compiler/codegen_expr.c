/* Code generation for expressions, as CPython 3.11's compiler emits it:
 * displays (with the constant-tuple and LIST_EXTEND shortcuts and the
 * 30-item stack guideline), calls (LOAD_METHOD/PRECALL/CALL, KW_NAMES,
 * CALL_FUNCTION_EX), comparisons and boolean operators (also as
 * conditional jumps), f-strings, subscripts and slices, await and yield.
 * Invariant: visiting an expression sets the location to its span and
 * restores the enclosing one afterwards, so instructions emitted for a
 * parent after a child carry the parent's position (CPython's SET_LOC
 * discipline, including where it lets an operator take a statement's
 * position). See docs/internals/compiler.md. */
#include "compiler/codegen.h"

#include <string.h>

/* Past this many values on the stack, displays and calls are built
 * incrementally (CPython's STACK_USE_GUIDELINE). */
enum { STACK_USE_GUIDELINE = 30 };

/* BINARY_OP's oparg for an AST operator (add KR_BINOP_INPLACE_ADD for +=). */
static int binary_oparg(KrOperator op)
{
    switch (op) {
    case KR_AST_Add: return KR_BINOP_ADD;
    case KR_AST_Sub: return KR_BINOP_SUBTRACT;
    case KR_AST_Mult: return KR_BINOP_MULTIPLY;
    case KR_AST_MatMult: return KR_BINOP_MATRIX_MULTIPLY;
    case KR_AST_Div: return KR_BINOP_TRUE_DIVIDE;
    case KR_AST_Mod: return KR_BINOP_REMAINDER;
    case KR_AST_Pow: return KR_BINOP_POWER;
    case KR_AST_LShift: return KR_BINOP_LSHIFT;
    case KR_AST_RShift: return KR_BINOP_RSHIFT;
    case KR_AST_BitOr: return KR_BINOP_OR;
    case KR_AST_BitXor: return KR_BINOP_XOR;
    case KR_AST_BitAnd: return KR_BINOP_AND;
    case KR_AST_FloorDiv: return KR_BINOP_FLOOR_DIVIDE;
    }
    return KR_BINOP_ADD;
}

/* x op= v: the target's parts are evaluated once (COPY keeps the object
 * and index), the in-place BINARY_OP, then SWAPs bring the parts back for
 * the store. The loads take the target's location, the operation the
 * statement's. */
int kri_cg_augassign(KrCompiler *c, KrStmt *s)
{
    KrExpr *e = s->v.AugAssign.target;
    KrLoc old = c->u->loc;
    KR_SET_LOC(c, e);
    switch (e->kind) {
    case KR_AST_Attribute:
        KR_TRY(kri_cg_expr(c, e->v.Attribute.value));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        break;
    case KR_AST_Subscript:
        KR_TRY(kri_cg_expr(c, e->v.Subscript.value));
        KR_TRY(kri_cg_expr(c, e->v.Subscript.slice));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 2));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 2));
        KR_TRY(kri_cg_op(c, KR_OP_BINARY_SUBSCR));
        break;
    case KR_AST_Name: KR_TRY(kri_cg_nameop(c, e->v.Name.id, KR_AST_Load)); break;
    default: return kri_cg_error(c, "invalid node type for augmented assignment");
    }
    if (e->kind == KR_AST_Attribute)
        KR_TRY(kri_cg_attr_loc_op(c, e, KR_OP_LOAD_ATTR));
    c->u->loc = old;
    KR_TRY(kri_cg_expr(c, s->v.AugAssign.value));
    KR_TRY(kri_cg_opi(c, KR_OP_BINARY_OP, binary_oparg(s->v.AugAssign.op) + KR_BINOP_INPLACE_ADD));
    KR_SET_LOC(c, e);
    switch (e->kind) {
    case KR_AST_Attribute:
        KR_TRY(kri_cg_attr_loc_op(c, e, -1));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        return kri_cg_op_name(c, KR_OP_STORE_ATTR, e->v.Attribute.attr, true);
    case KR_AST_Subscript:
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 3));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        return kri_cg_op(c, KR_OP_STORE_SUBSCR);
    default: return kri_cg_nameop(c, e->v.Name.id, KR_AST_Store);
    }
}

/* CPython's update_start_location_to_match_attr: an attribute access that
 * spans lines starts at its attribute name, on its last line. The name's
 * length is counted in characters while columns are bytes (CPython's
 * quirk). Then emits [op] on the attribute name, unless op < 0. */
int kri_cg_attr_loc_op(KrCompiler *c, KrExpr *attr, int op)
{
    KrLoc *loc = &c->u->loc;
    if (loc->lineno != attr->end_lineno) {
        loc->lineno = attr->end_lineno;
        int len = (int)kri_utf8_count(attr->v.Attribute.attr, strlen(attr->v.Attribute.attr));
        if (len <= attr->end_col_offset) {
            loc->col_offset = attr->end_col_offset - len;
        } else {
            loc->col_offset = -1;
            loc->end_col_offset = -1;
        }
        if (loc->end_lineno < loc->lineno)
            loc->end_lineno = loc->lineno;
        if (loc->lineno == loc->end_lineno && loc->end_col_offset < loc->col_offset)
            loc->end_col_offset = loc->col_offset;
    }
    if (op < 0)
        return 0;
    return kri_cg_op_name(c, op, attr->v.Attribute.attr, true);
}

bool kri_cg_has_starred(KrExprSeq *elts)
{
    for (ptrdiff_t i = 0; elts && i < elts->len; i++)
        if (elts->items[i]->kind == KR_AST_Starred)
            return true;
    return false;
}

/* Whether seq[begin:end] are all Constant nodes (a key may be NULL: **). */
static bool all_const(KrExprSeq *seq, ptrdiff_t begin, ptrdiff_t end)
{
    for (ptrdiff_t i = begin; i < end; i++)
        if (!seq->items[i] || seq->items[i]->kind != KR_AST_Constant)
            return false;
    return true;
}

/* A tuple constant of the values of seq[begin:end], all Constant nodes. */
static KrCodeConst *const_tuple(KrCompiler *c, KrExprSeq *seq, ptrdiff_t begin, ptrdiff_t end)
{
    size_t n = (size_t)(end - begin);
    KrCodeConst **items = kri_arena_alloc(c->arena, (n ? n : 1) * sizeof(KrCodeConst *));
    if (!items)
        return NULL;
    for (ptrdiff_t i = begin; i < end; i++)
        if (!(items[i - begin] = kri_const_of_expr(c->arena, seq->items[i])))
            return NULL;
    return kri_const_tuple(c->arena, items, n);
}

/* Builds a list, tuple or set display (or a call's positional arguments)
 * on top of [pushed] values already on the stack. */
/* Three shapes, as CPython 3.11 chooses them:
 *   more than two elements, all constant: one constant tuple (frozenset for
 *     a set), loaded as is for a tuple or through LIST_EXTEND/SET_UPDATE;
 *   no starred element and at most 30 values on the stack: the elements,
 *     then one BUILD_*;
 *   otherwise: an empty (or partial) list/set built at once and grown with
 *     LIST_APPEND/SET_ADD and LIST_EXTEND/SET_UPDATE for starred elements,
 *     converted by LIST_TO_TUPLE for a tuple. */
static int starunpack_helper(KrCompiler *c, KrExprSeq *elts, int pushed, int build, int add,
                             int extend, bool tuple)
{
    ptrdiff_t n = elts ? elts->len : 0;
    if (n > 2 && all_const(elts, 0, n)) {
        KrCodeConst *folded = const_tuple(c, elts, 0, n);
        if (!folded)
            return kri_cg_no_memory(c);
        if (tuple && !pushed)
            return kri_cg_load_const(c, folded);
        if (add == KR_OP_SET_ADD) {
            folded = kri_const_frozenset(c->arena, folded->v.seq.items, folded->v.seq.len);
        }
        KR_TRY(kri_cg_opi(c, build, pushed));
        KR_TRY(kri_cg_load_const(c, folded));
        KR_TRY(kri_cg_opi(c, extend, 1));
        if (tuple)
            KR_TRY(kri_cg_op(c, KR_OP_LIST_TO_TUPLE));
        return 0;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool seen_star = kri_cg_has_starred(elts);
    if (!seen_star && !big) {
        KR_TRY(kri_cg_exprs(c, elts));
        return kri_cg_opi(c, tuple ? KR_OP_BUILD_TUPLE : build, (int)n + pushed);
    }
    bool built = false;
    if (big) {
        KR_TRY(kri_cg_opi(c, build, pushed));
        built = true;
    }
    for (ptrdiff_t i = 0; i < n; i++) {
        KrExpr *elt = elts->items[i];
        if (elt->kind == KR_AST_Starred) {
            if (!built) {
                KR_TRY(kri_cg_opi(c, build, (int)i + pushed));
                built = true;
            }
            KR_TRY(kri_cg_expr(c, elt->v.Starred.value));
            KR_TRY(kri_cg_opi(c, extend, 1));
        } else {
            KR_TRY(kri_cg_expr(c, elt));
            if (built)
                KR_TRY(kri_cg_opi(c, add, 1));
        }
    }
    if (tuple)
        KR_TRY(kri_cg_op(c, KR_OP_LIST_TO_TUPLE));
    return 0;
}

int kri_cg_unpack_target(KrCompiler *c, KrExprSeq *elts)
{
    ptrdiff_t n = elts ? elts->len : 0;
    bool seen_star = false;
    for (ptrdiff_t i = 0; i < n; i++) {
        KrExpr *elt = elts->items[i];
        if (elt->kind == KR_AST_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8))
                return kri_cg_error(c, "too many expressions in star-unpacking assignment");
            KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8))));
            seen_star = true;
        } else if (elt->kind == KR_AST_Starred) {
            return kri_cg_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        KR_TRY(kri_cg_opi(c, KR_OP_UNPACK_SEQUENCE, (int)n));
    for (ptrdiff_t i = 0; i < n; i++) {
        KrExpr *elt = elts->items[i];
        KR_TRY(kri_cg_expr(c, elt->kind == KR_AST_Starred ? elt->v.Starred.value : elt));
    }
    return 0;
}

/* A list or tuple display: unpacking as a target, building as a value. */
static int sequence(KrCompiler *c, KrExprSeq *elts, KrExprContext ctx, bool tuple)
{
    if (ctx == KR_AST_Store)
        return kri_cg_unpack_target(c, elts);
    if (ctx == KR_AST_Load)
        return starunpack_helper(c, elts, 0, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND,
                                 KR_OP_LIST_EXTEND, tuple);
    return kri_cg_exprs(c, elts);
}

/* ---- dicts ---- */

/* keys/values [begin, end) of a dict display: BUILD_CONST_KEY_MAP when
 * the keys are constants, BUILD_MAP otherwise, MAP_ADD one by one past the
 * stack guideline. */
static int subdict(KrCompiler *c, KrExpr *e, ptrdiff_t begin, ptrdiff_t end)
{
    ptrdiff_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    KrExprSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    if (n > 1 && !big && all_const(keys, begin, end)) {
        for (ptrdiff_t i = begin; i < end; i++)
            KR_TRY(kri_cg_expr(c, values->items[i]));
        KrCodeConst *t = const_tuple(c, keys, begin, end);
        if (!t)
            return kri_cg_no_memory(c);
        KR_TRY(kri_cg_load_const(c, t));
        return kri_cg_opi(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
    for (ptrdiff_t i = begin; i < end; i++) {
        KR_TRY(kri_cg_expr(c, keys->items[i]));
        KR_TRY(kri_cg_expr(c, values->items[i]));
        if (big)
            KR_TRY(kri_cg_opi(c, KR_OP_MAP_ADD, 1));
    }
    if (!big)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, (int)n));
    return 0;
}

/* A dict display: runs of key/value pairs between ** entries merged by
 * DICT_UPDATE, as CPython groups them. */
static int dict_display(KrCompiler *c, KrExpr *e)
{
    ptrdiff_t n = e->v.Dict.values ? e->v.Dict.values->len : 0, elements = 0;
    bool have_dict = false;
    for (ptrdiff_t i = 0; i < n; i++) {
        if (e->v.Dict.keys->items[i] == NULL) { /* **mapping */
            if (elements) {
                KR_TRY(subdict(c, e, i - elements, i));
                if (have_dict)
                    KR_TRY(kri_cg_opi(c, KR_OP_DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
                have_dict = true;
            }
            KR_TRY(kri_cg_expr(c, e->v.Dict.values->items[i]));
            KR_TRY(kri_cg_opi(c, KR_OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            KR_TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict)
                KR_TRY(kri_cg_opi(c, KR_OP_DICT_UPDATE, 1));
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        KR_TRY(subdict(c, e, n - elements, n));
        if (have_dict)
            KR_TRY(kri_cg_opi(c, KR_OP_DICT_UPDATE, 1));
        have_dict = true;
    }
    if (!have_dict)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
    return 0;
}

/* ---- SyntaxWarnings for code that can only fail ---- */

/* The type name of what [e] evaluates to, when it is evident (CPython's
 * infer_type), else NULL. */
static const char *infer_type(const KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_Tuple: return "tuple";
    case KR_AST_List:
    case KR_AST_ListComp: return "list";
    case KR_AST_Dict:
    case KR_AST_DictComp: return "dict";
    case KR_AST_Set:
    case KR_AST_SetComp: return "set";
    case KR_AST_GeneratorExp: return "generator";
    case KR_AST_Lambda: return "function";
    case KR_AST_JoinedStr:
    case KR_AST_FormattedValue: return "str";
    case KR_AST_Constant:
        if (kri_const_is_folded(e)) { /* its value is stored: no allocation */
            static const char *const names[] = {
                [KR_CC_NONE] = "NoneType", [KR_CC_TRUE] = "bool", [KR_CC_FALSE] = "bool",
                [KR_CC_ELLIPSIS] = "ellipsis", [KR_CC_INT] = "int", [KR_CC_FLOAT] = "float",
                [KR_CC_COMPLEX] = "complex", [KR_CC_STR] = "str", [KR_CC_BYTES] = "bytes",
                [KR_CC_TUPLE] = "tuple", [KR_CC_FROZENSET] = "frozenset", [KR_CC_CODE] = "code",
            };
            return names[kri_const_of_expr(NULL, e)->kind];
        } else {
            static const char *const names[] = {
                [KR_CONST_NONE] = "NoneType", [KR_CONST_TRUE] = "bool",
                [KR_CONST_FALSE] = "bool",    [KR_CONST_ELLIPSIS] = "ellipsis",
                [KR_CONST_INT] = "int",       [KR_CONST_FLOAT] = "float",
                [KR_CONST_COMPLEX] = "complex", [KR_CONST_STR] = "str",
                [KR_CONST_BYTES] = "bytes",
            };
            return names[e->v.Constant.value->kind];
        }
    default: return NULL;
    }
}

/* Operands `is` may be used with: anything but a literal, or the
 * None, True, False and Ellipsis singletons. */
static bool is_singleton_or_not_const(const KrExpr *e)
{
    if (e->kind != KR_AST_Constant)
        return true;
    KrConstKind k = kri_const_expr_kind(e);
    return (k == KR_CONST_NONE && !kri_const_is_folded(e)) || k == KR_CONST_TRUE ||
           k == KR_CONST_FALSE || k == KR_CONST_ELLIPSIS;
}

/* `x is 1`: identity with a literal other than None, True, False, ... */
static int check_compare(KrCompiler *c, const KrExpr *e)
{
    bool left = is_singleton_or_not_const(e->v.Compare.left);
    for (ptrdiff_t i = 0; i < e->v.Compare.ops->len; i++) {
        int op = e->v.Compare.ops->items[i];
        bool right = is_singleton_or_not_const(e->v.Compare.comparators->items[i]);
        if ((op == KR_AST_Is || op == KR_AST_IsNot) && (!right || !left))
            return kri_cg_warn(c, "%s", op == KR_AST_Is
                                            ? "\"is\" with a literal. Did you mean \"==\"?"
                                            : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

/* Calling a literal or display: "'tuple' object is not callable". */
static int check_caller(KrCompiler *c, const KrExpr *e)
{
    switch (e->kind) {
    case KR_AST_Constant: case KR_AST_Tuple: case KR_AST_List: case KR_AST_ListComp:
    case KR_AST_Dict: case KR_AST_DictComp: case KR_AST_Set: case KR_AST_SetComp:
    case KR_AST_GeneratorExp: case KR_AST_JoinedStr: case KR_AST_FormattedValue:
        return kri_cg_warn(c, "'%s' object is not callable; perhaps you missed a comma?",
                           infer_type(e));
    default: return 0;
    }
}

/* Subscripting a number, None, a set, a lambda...: "not subscriptable". */
static int check_subscripter(KrCompiler *c, const KrExpr *e)
{
    if (e->kind == KR_AST_Constant) {
        const char *t = infer_type(e);
        if (strcmp(t, "NoneType") && strcmp(t, "ellipsis") && strcmp(t, "int") &&
            strcmp(t, "float") && strcmp(t, "complex") && strcmp(t, "frozenset") &&
            strcmp(t, "bool"))
            return 0;
    } else if (e->kind != KR_AST_Set && e->kind != KR_AST_SetComp &&
               e->kind != KR_AST_GeneratorExp && e->kind != KR_AST_Lambda) {
        return 0;
    }
    return kri_cg_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?",
                       infer_type(e));
}

/* Indexing a str, bytes, tuple or list display with a literal of the
 * wrong type: "indices must be integers or slices". */
static int check_index(KrCompiler *c, const KrExpr *e, const KrExpr *s)
{
    const char *index = infer_type(s);
    if (!index || strcmp(index, "int") == 0 || strcmp(index, "bool") == 0)
        return 0;
    if (e->kind == KR_AST_Constant) {
        const char *t = infer_type(e);
        if (strcmp(t, "str") && strcmp(t, "bytes") && strcmp(t, "tuple"))
            return 0;
    } else if (e->kind != KR_AST_Tuple && e->kind != KR_AST_List && e->kind != KR_AST_ListComp &&
               e->kind != KR_AST_JoinedStr && e->kind != KR_AST_FormattedValue) {
        return 0;
    }
    return kri_cg_warn(c,
                       "%s indices must be integers or slices, not %s; "
                       "perhaps you missed a comma?",
                       infer_type(e), index);
}

/* ---- comparisons and conditions ---- */

/* COMPARE_OP for ==, <..., IS_OP for is, CONTAINS_OP for in. */
static int add_compare(KrCompiler *c, int op)
{
    switch (op) {
    case KR_AST_Eq: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_EQ);
    case KR_AST_NotEq: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_NE);
    case KR_AST_Lt: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_LT);
    case KR_AST_LtE: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_LE);
    case KR_AST_Gt: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_GT);
    case KR_AST_GtE: return kri_cg_opi(c, KR_OP_COMPARE_OP, KR_CMP_GE);
    case KR_AST_Is: return kri_cg_opi(c, KR_OP_IS_OP, 0);
    case KR_AST_IsNot: return kri_cg_opi(c, KR_OP_IS_OP, 1);
    case KR_AST_In: return kri_cg_opi(c, KR_OP_CONTAINS_OP, 0);
    default: return kri_cg_opi(c, KR_OP_CONTAINS_OP, 1);
    }
}

/* a < b < c: each middle operand is kept (SWAP, COPY) for the next
 * test; JUMP_IF_FALSE_OR_POP leaves the failing result. */
static int compare(KrCompiler *c, KrExpr *e)
{
    KrExprSeq *comps = e->v.Compare.comparators;
    KrIntSeq *ops = e->v.Compare.ops;
    ptrdiff_t n = ops->len - 1;
    KR_TRY(check_compare(c, e));
    KR_TRY(kri_cg_expr(c, e->v.Compare.left));
    if (n == 0) {
        KR_TRY(kri_cg_expr(c, comps->items[0]));
        return add_compare(c, ops->items[0]);
    }
    KrBlock *cleanup = kri_cg_new_block(c);
    if (!cleanup)
        return -1;
    for (ptrdiff_t i = 0; i < n; i++) {
        KR_TRY(kri_cg_expr(c, comps->items[i]));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 2));
        KR_TRY(add_compare(c, ops->items[i]));
        KR_TRY(kri_cg_jump(c, KR_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    KR_TRY(kri_cg_expr(c, comps->items[n]));
    KR_TRY(add_compare(c, ops->items[n]));
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
    kri_cg_use_block(c, cleanup);
    KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    kri_cg_use_block(c, end);
    return 0;
}

/* A chained comparison as a conditional jump: POP_JUMP_IF_FALSE to a
 * cleanup that pops the kept operand. */
static int jump_if_compare(KrCompiler *c, KrExpr *e, KrBlock *next, bool cond)
{
    KrExprSeq *comps = e->v.Compare.comparators;
    KrIntSeq *ops = e->v.Compare.ops;
    ptrdiff_t n = ops->len - 1;
    KR_TRY(check_compare(c, e));
    KrBlock *cleanup = kri_cg_new_block(c);
    if (!cleanup)
        return -1;
    KR_TRY(kri_cg_expr(c, e->v.Compare.left));
    for (ptrdiff_t i = 0; i < n; i++) {
        KR_TRY(kri_cg_expr(c, comps->items[i]));
        KR_TRY(kri_cg_opi(c, KR_OP_SWAP, 2));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 2));
        KR_TRY(add_compare(c, ops->items[i]));
        KR_TRY(kri_cg_jump(c, KR_OP_POP_JUMP_IF_FALSE, cleanup));
    }
    KR_TRY(kri_cg_expr(c, comps->items[n]));
    KR_TRY(add_compare(c, ops->items[n]));
    KR_TRY(kri_cg_jump(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, next));
    KR_TRY(kri_cg_use_new_block(c));
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
    kri_cg_use_block(c, cleanup);
    KR_TRY(kri_cg_op(c, KR_OP_POP_TOP));
    if (!cond)
        KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, next));
    kri_cg_use_block(c, end);
    return 0;
}

/* `not`, `and`/`or`, conditional expressions and chained comparisons
 * become control flow instead of values: `if a and b:` jumps on each
 * operand; anything else is evaluated and popped by one conditional jump. */
int kri_cg_jump_if(KrCompiler *c, KrExpr *e, KrBlock *next, bool cond)
{
    switch (e->kind) {
    case KR_AST_UnaryOp:
        if (e->v.UnaryOp.op == KR_AST_Not)
            return kri_cg_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case KR_AST_BoolOp: {
        KrExprSeq *s = e->v.BoolOp.values;
        ptrdiff_t n = s->len - 1;
        bool cond2 = e->v.BoolOp.op == KR_AST_Or;
        KrBlock *next2 = next;
        if (cond2 != cond && !(next2 = kri_cg_new_block(c)))
            return -1;
        for (ptrdiff_t i = 0; i < n; i++)
            KR_TRY(kri_cg_jump_if(c, s->items[i], next2, cond2));
        KR_TRY(kri_cg_jump_if(c, s->items[n], next, cond));
        if (next2 != next)
            kri_cg_use_block(c, next2);
        return 0;
    }
    case KR_AST_IfExp: {
        KrBlock *end = kri_cg_new_block(c), *next2 = kri_cg_new_block(c);
        if (!end || !next2)
            return -1;
        KR_TRY(kri_cg_jump_if(c, e->v.IfExp.test, next2, false));
        KR_TRY(kri_cg_jump_if(c, e->v.IfExp.body, next, cond));
        KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
        kri_cg_use_block(c, next2);
        KR_TRY(kri_cg_jump_if(c, e->v.IfExp.orelse, next, cond));
        kri_cg_use_block(c, end);
        return 0;
    }
    case KR_AST_Compare:
        /* the comparison's position stays current, for the jump and after */
        KR_SET_LOC(c, e);
        if (e->v.Compare.ops->len > 1)
            return jump_if_compare(c, e, next, cond);
        break;
    default: break;
    }
    KR_TRY(kri_cg_expr(c, e));
    return kri_cg_jump(c, cond ? KR_OP_POP_JUMP_IF_TRUE : KR_OP_POP_JUMP_IF_FALSE, next);
}

/* a and b or c: JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP to the end. */
static int boolop(KrCompiler *c, KrExpr *e)
{
    int jump = e->v.BoolOp.op == KR_AST_And ? KR_OP_JUMP_IF_FALSE_OR_POP
                                            : KR_OP_JUMP_IF_TRUE_OR_POP;
    KrBlock *end = kri_cg_new_block(c);
    if (!end)
        return -1;
    KrExprSeq *s = e->v.BoolOp.values;
    ptrdiff_t n = s->len - 1;
    for (ptrdiff_t i = 0; i < n; i++) {
        KR_TRY(kri_cg_expr(c, s->items[i]));
        KR_TRY(kri_cg_jump(c, jump, end));
        KR_TRY(kri_cg_use_new_block(c));
    }
    KR_TRY(kri_cg_expr(c, s->items[n]));
    kri_cg_use_block(c, end);
    return 0;
}

/* a if t else b */
static int ifexp(KrCompiler *c, KrExpr *e)
{
    KrBlock *end = kri_cg_new_block(c), *next = kri_cg_new_block(c);
    if (!end || !next)
        return -1;
    KR_TRY(kri_cg_jump_if(c, e->v.IfExp.test, next, false));
    KR_TRY(kri_cg_expr(c, e->v.IfExp.body));
    KR_TRY(kri_cg_jump_noline(c, KR_OP_JUMP, end));
    kri_cg_use_block(c, next);
    KR_TRY(kri_cg_expr(c, e->v.IfExp.orelse));
    kri_cg_use_block(c, end);
    return 0;
}

/* ---- calls ---- */

/* "keyword argument repeated" (at the repeat) and keywords named
 * __debug__, checked before any code of the call. */
static int validate_keywords(KrCompiler *c, KrKeywordSeq *kws)
{
    for (ptrdiff_t i = 0; kws && i < kws->len; i++) {
        KrKeyword *k = kws->items[i];
        if (!k->arg)
            continue;
        if (strcmp(k->arg, "__debug__") == 0)
            return kri_cg_error(c, "cannot assign to __debug__");
        for (ptrdiff_t j = i + 1; j < kws->len; j++) {
            KrKeyword *other = kws->items[j];
            if (other->arg && strcmp(k->arg, other->arg) == 0) {
                KR_SET_LOC(c, other);
                return kri_cg_error(c, "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return 0;
}

/* KW_NAMES with the tuple of the keywords' names. */
static int kw_names(KrCompiler *c, KrKeywordSeq *kws, ptrdiff_t begin, ptrdiff_t end,
                    KrCodeConst **out)
{
    size_t n = (size_t)(end - begin);
    KrCodeConst **names = kri_arena_alloc(c->arena, (n ? n : 1) * sizeof(KrCodeConst *));
    if (!names)
        return kri_cg_no_memory(c);
    for (ptrdiff_t i = begin; i < end; i++) {
        const char *a = kws->items[i]->arg;
        if (!(names[i - begin] = kri_const_text(c->arena, KR_CC_STR, a, strlen(a))))
            return kri_cg_no_memory(c);
    }
    *out = kri_const_tuple(c->arena, names, n);
    return *out ? 0 : kri_cg_no_memory(c);
}

/* KW_NAMES before PRECALL when every keyword is named. */
static int simple_kw_helper(KrCompiler *c, KrKeywordSeq *kws)
{
    KrCodeConst *t;
    KR_TRY(kw_names(c, kws, 0, kws->len, &t));
    int idx = kri_constmap_add(c->arena, &c->u->consts, t);
    if (idx < 0)
        return kri_cg_no_memory(c);
    return kri_cg_opi(c, KR_OP_KW_NAMES, idx);
}

/* The values of keyword arguments, in order. */
static int keyword_values(KrCompiler *c, KrKeywordSeq *kws)
{
    for (ptrdiff_t i = 0; kws && i < kws->len; i++)
        KR_TRY(kri_cg_expr(c, kws->items[i]->value));
    return 0;
}

/* keywords [begin, end) as one dict for CALL_FUNCTION_EX. */
static int subkwargs(KrCompiler *c, KrKeywordSeq *kws, ptrdiff_t begin, ptrdiff_t end)
{
    ptrdiff_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (ptrdiff_t i = begin; i < end; i++)
            KR_TRY(kri_cg_expr(c, kws->items[i]->value));
        KrCodeConst *t;
        KR_TRY(kw_names(c, kws, begin, end, &t));
        KR_TRY(kri_cg_load_const(c, t));
        return kri_cg_opi(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        KR_TRY(kri_cg_op_noline(c, KR_OP_BUILD_MAP, 0));
    for (ptrdiff_t i = begin; i < end; i++) {
        KR_TRY(kri_cg_load_str(c, kws->items[i]->arg));
        KR_TRY(kri_cg_expr(c, kws->items[i]->value));
        if (big)
            KR_TRY(kri_cg_op_noline(c, KR_OP_MAP_ADD, 1));
    }
    if (!big)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, (int)n));
    return 0;
}

/* The ** mapping of CALL_FUNCTION_EX: named keywords grouped into dicts,
 * ** arguments merged with DICT_MERGE (which refuses duplicates). */
static int ex_call_kwargs(KrCompiler *c, KrKeywordSeq *kws)
{
    ptrdiff_t nk = kws ? kws->len : 0, nseen = 0;
    bool have_dict = false;
    for (ptrdiff_t i = 0; i < nk; i++) {
        KrKeyword *kw = kws->items[i];
        if (kw->arg) {
            nseen++;
            continue;
        }
        if (nseen) {
            KR_TRY(subkwargs(c, kws, i - nseen, i));
            if (have_dict)
                KR_TRY(kri_cg_opi(c, KR_OP_DICT_MERGE, 1));
            have_dict = true;
            nseen = 0;
        }
        if (!have_dict) {
            KR_TRY(kri_cg_opi(c, KR_OP_BUILD_MAP, 0));
            have_dict = true;
        }
        KR_TRY(kri_cg_expr(c, kw->value));
        KR_TRY(kri_cg_opi(c, KR_OP_DICT_MERGE, 1));
    }
    if (nseen) {
        KR_TRY(subkwargs(c, kws, nk - nseen, nk));
        if (have_dict)
            KR_TRY(kri_cg_opi(c, KR_OP_DICT_MERGE, 1));
    }
    return 0;
}

/* A call's arguments, [n] values (the callable's receiver, a class's
 * function and name) already pushed. PRECALL/CALL when every argument is
 * plain and there are at most 30 stack values; otherwise a tuple of the
 * positional arguments and a dict of the keywords for CALL_FUNCTION_EX. */
int kri_cg_call_helper(KrCompiler *c, int n, KrExprSeq *args, KrKeywordSeq *kws)
{
    KR_TRY(validate_keywords(c, kws));
    ptrdiff_t nelts = args ? args->len : 0, nkw = kws ? kws->len : 0;
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE || kri_cg_has_starred(args);
    for (ptrdiff_t i = 0; i < nkw && !ex; i++)
        ex = kws->items[i]->arg == NULL;
    if (!ex) {
        KR_TRY(kri_cg_exprs(c, args));
        if (nkw) {
            KR_TRY(keyword_values(c, kws));
            KR_TRY(simple_kw_helper(c, kws));
        }
        KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, n + (int)nelts + (int)nkw));
        return kri_cg_opi(c, KR_OP_CALL, n + (int)nelts + (int)nkw);
    }
    if (n == 0 && nelts == 1 && args->items[0]->kind == KR_AST_Starred)
        KR_TRY(kri_cg_expr(c, args->items[0]->v.Starred.value));
    else
        KR_TRY(starunpack_helper(c, args, n, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND,
                              KR_OP_LIST_EXTEND, true));
    if (nkw)
        KR_TRY(ex_call_kwargs(c, kws));
    return kri_cg_opi(c, KR_OP_CALL_FUNCTION_EX, nkw > 0);
}

/* obj.meth(args) as LOAD_METHOD + PRECALL + CALL; 1 when done, 0 when the
 * call does not qualify (starred or ** arguments, too many arguments). */
static int method_call(KrCompiler *c, KrExpr *e)
{
    KrExpr *meth = e->v.Call.func;
    KrExprSeq *args = e->v.Call.args;
    KrKeywordSeq *kws = e->v.Call.keywords;
    if (meth->kind != KR_AST_Attribute || meth->v.Attribute.ctx != KR_AST_Load)
        return 0;
    /* `module.f()` on a name the module imports is an attribute load, not
     * a method call: the global scope's symbol decides, in any scope. */
    KrExpr *base = meth->v.Attribute.value;
    if (base->kind == KR_AST_Name) {
        const KrSymbol *sym = kri_symblock_lookup(c->st->top, base->v.Name.id);
        if (sym && (sym->flags & KR_SYM_IMPORT))
            return 0;
    }
    ptrdiff_t argsl = args ? args->len : 0, kwdsl = kws ? kws->len : 0;
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return 0;
    if (kri_cg_has_starred(args))
        return 0;
    for (ptrdiff_t i = 0; i < kwdsl; i++)
        if (!kws->items[i]->arg)
            return 0;
    KR_TRY(kri_cg_expr(c, meth->v.Attribute.value));
    /* LOAD_METHOD (and KW_NAMES) at the attribute, PRECALL/CALL at the
     * call, both starting at the method name when the access spans lines */
    KR_SET_LOC(c, meth);
    KR_TRY(kri_cg_attr_loc_op(c, meth, KR_OP_LOAD_METHOD));
    KR_TRY(kri_cg_exprs(c, args));
    if (kwdsl) {
        KR_TRY(keyword_values(c, kws));
        KR_TRY(validate_keywords(c, kws));
        KR_TRY(simple_kw_helper(c, kws));
    }
    KR_SET_LOC(c, e);
    KR_TRY(kri_cg_attr_loc_op(c, meth, -1));
    KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, (int)(argsl + kwdsl)));
    KR_TRY(kri_cg_opi(c, KR_OP_CALL, (int)(argsl + kwdsl)));
    return 1;
}

/* f(...): PUSH_NULL (at the callee) then the callee and arguments. */
static int call(KrCompiler *c, KrExpr *e)
{
    int rc = method_call(c, e);
    if (rc != 0)
        return rc < 0 ? -1 : 0;
    KR_TRY(check_caller(c, e->v.Call.func));
    KR_SET_LOC(c, e->v.Call.func);
    KR_TRY(kri_cg_op(c, KR_OP_PUSH_NULL));
    KR_SET_LOC(c, e);
    KR_TRY(kri_cg_expr(c, e->v.Call.func));
    return kri_cg_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ---- strings ---- */

/* An f-string: BUILD_STRING of its parts, or "".join([...]) for more
 * than the stack guideline. */
static int joined_str(KrCompiler *c, KrExpr *e)
{
    KrExprSeq *values = e->v.JoinedStr.values;
    ptrdiff_t n = values ? values->len : 0;
    if (n > STACK_USE_GUIDELINE) {
        KR_TRY(kri_cg_load_str(c, ""));
        KR_TRY(kri_cg_op_name(c, KR_OP_LOAD_METHOD, "join", false));
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_LIST, 0));
        for (ptrdiff_t i = 0; i < n; i++) {
            KR_TRY(kri_cg_expr(c, values->items[i]));
            KR_TRY(kri_cg_opi(c, KR_OP_LIST_APPEND, 1));
        }
        KR_TRY(kri_cg_opi(c, KR_OP_PRECALL, 1));
        return kri_cg_opi(c, KR_OP_CALL, 1);
    }
    KR_TRY(kri_cg_exprs(c, values));
    if (n != 1)
        KR_TRY(kri_cg_opi(c, KR_OP_BUILD_STRING, (int)n));
    return 0;
}

/* FORMAT_VALUE with the conversion in its low bits and bit 2 set when
 * a format spec is pushed. */
static int formatted_value(KrCompiler *c, KrExpr *e)
{
    KR_TRY(kri_cg_expr(c, e->v.FormattedValue.value));
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = KR_FVC_STR; break;
    case 'r': oparg = KR_FVC_REPR; break;
    case 'a': oparg = KR_FVC_ASCII; break;
    default: oparg = KR_FVC_NONE; break;
    }
    if (e->v.FormattedValue.format_spec) {
        KR_TRY(kri_cg_expr(c, e->v.FormattedValue.format_spec));
        oparg |= KR_FVS_HAVE_SPEC;
    }
    return kri_cg_opi(c, KR_OP_FORMAT_VALUE, oparg);
}

/* ---- the rest ---- */

/* a[b] in load, store and delete context (BINARY_SUBSCR...). */
static int subscript(KrCompiler *c, KrExpr *e)
{
    KrExprContext ctx = e->v.Subscript.ctx;
    int op = ctx == KR_AST_Load ? KR_OP_BINARY_SUBSCR
             : ctx == KR_AST_Store ? KR_OP_STORE_SUBSCR : KR_OP_DELETE_SUBSCR;
    if (ctx == KR_AST_Load) {
        KR_TRY(check_subscripter(c, e->v.Subscript.value));
        KR_TRY(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
    }
    KR_TRY(kri_cg_expr(c, e->v.Subscript.value));
    KR_TRY(kri_cg_expr(c, e->v.Subscript.slice));
    return kri_cg_op(c, op);
}

/* a:b:c as BUILD_SLICE, None standing for what is missing. */
static int slice(KrCompiler *c, KrExpr *e)
{
    int n = 2;
    if (e->v.Slice.lower)
        KR_TRY(kri_cg_expr(c, e->v.Slice.lower));
    else
        KR_TRY(kri_cg_load_none(c));
    if (e->v.Slice.upper)
        KR_TRY(kri_cg_expr(c, e->v.Slice.upper));
    else
        KR_TRY(kri_cg_load_none(c));
    if (e->v.Slice.step) {
        n++;
        KR_TRY(kri_cg_expr(c, e->v.Slice.step));
    }
    return kri_cg_opi(c, KR_OP_BUILD_SLICE, n);
}

/* yield: async generators wrap the value; RESUME 1 marks a yield. */
static int add_yield(KrCompiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine)
        KR_TRY(kri_cg_op(c, KR_OP_ASYNC_GEN_WRAP));
    KR_TRY(kri_cg_op(c, KR_OP_YIELD_VALUE));
    return kri_cg_opi(c, KR_OP_RESUME, 1);
}

int kri_cg_add_yield_from(KrCompiler *c, bool await)
{
    KrBlock *start = kri_cg_new_block(c), *resume = kri_cg_new_block(c);
    KrBlock *exit = kri_cg_new_block(c);
    if (!start || !resume || !exit)
        return -1;
    kri_cg_use_block(c, start);
    KR_TRY(kri_cg_jump(c, KR_OP_SEND, exit));
    kri_cg_use_block(c, resume);
    KR_TRY(kri_cg_opi(c, KR_OP_YIELD_VALUE, 0));
    KR_TRY(kri_cg_opi(c, KR_OP_RESUME, await ? 3 : 2));
    KR_TRY(kri_cg_jump(c, KR_OP_JUMP_NO_INTERRUPT, start));
    kri_cg_use_block(c, exit);
    return 0;
}

/* a.b in load, store and delete context. */
static int attribute(KrCompiler *c, KrExpr *e)
{
    KR_TRY(kri_cg_expr(c, e->v.Attribute.value));
    switch (e->v.Attribute.ctx) {
    case KR_AST_Load: return kri_cg_attr_loc_op(c, e, KR_OP_LOAD_ATTR);
    case KR_AST_Store:
        if (strcmp(e->v.Attribute.attr, "__debug__") == 0) {
            KR_TRY(kri_cg_attr_loc_op(c, e, -1));
            return kri_cg_error(c, "cannot assign to __debug__");
        }
        return kri_cg_attr_loc_op(c, e, KR_OP_STORE_ATTR);
    default: return kri_cg_attr_loc_op(c, e, KR_OP_DELETE_ATTR);
    }
}

/* The body of kri_cg_expr, one case per expression kind. */
static int expr_kind(KrCompiler *c, KrExpr *e)
{
    KrUnit *u = c->u;
    switch (e->kind) {
    case KR_AST_NamedExpr:
        KR_TRY(kri_cg_expr(c, e->v.NamedExpr.value));
        KR_TRY(kri_cg_opi(c, KR_OP_COPY, 1));
        return kri_cg_expr(c, e->v.NamedExpr.target);
    case KR_AST_BoolOp: return boolop(c, e);
    case KR_AST_BinOp:
        KR_TRY(kri_cg_expr(c, e->v.BinOp.left));
        KR_TRY(kri_cg_expr(c, e->v.BinOp.right));
        return kri_cg_opi(c, KR_OP_BINARY_OP, binary_oparg(e->v.BinOp.op));
    case KR_AST_UnaryOp: {
        KR_TRY(kri_cg_expr(c, e->v.UnaryOp.operand));
        static const int ops[] = {0, KR_OP_UNARY_INVERT, KR_OP_UNARY_NOT, KR_OP_UNARY_POSITIVE,
                                  KR_OP_UNARY_NEGATIVE};
        return kri_cg_op(c, ops[e->v.UnaryOp.op]);
    }
    case KR_AST_Lambda: return kri_cg_lambda(c, e);
    case KR_AST_IfExp: return ifexp(c, e);
    case KR_AST_Dict: return dict_display(c, e);
    case KR_AST_Set:
        return starunpack_helper(c, e->v.Set.elts, 0, KR_OP_BUILD_SET, KR_OP_SET_ADD,
                                 KR_OP_SET_UPDATE, false);
    case KR_AST_GeneratorExp:
    case KR_AST_ListComp:
    case KR_AST_SetComp:
    case KR_AST_DictComp: return kri_cg_comprehension(c, e);
    case KR_AST_Yield:
        if (u->ste->kind != KR_BLOCK_FUNCTION)
            return kri_cg_error(c, "'yield' outside function");
        if (e->v.Yield.value)
            KR_TRY(kri_cg_expr(c, e->v.Yield.value));
        else
            KR_TRY(kri_cg_load_none(c));
        return add_yield(c);
    case KR_AST_YieldFrom:
        if (u->ste->kind != KR_BLOCK_FUNCTION)
            return kri_cg_error(c, "'yield' outside function");
        if (u->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION)
            return kri_cg_error(c, "'yield from' inside async function");
        KR_TRY(kri_cg_expr(c, e->v.YieldFrom.value));
        KR_TRY(kri_cg_op(c, KR_OP_GET_YIELD_FROM_ITER));
        KR_TRY(kri_cg_load_none(c));
        return kri_cg_add_yield_from(c, false);
    case KR_AST_Await:
        if (u->ste->kind != KR_BLOCK_FUNCTION)
            return kri_cg_error(c, "'await' outside function");
        if (u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION &&
            u->scope_type != KR_SCOPE_TYPE_COMPREHENSION)
            return kri_cg_error(c, "'await' outside async function");
        KR_TRY(kri_cg_expr(c, e->v.Await.value));
        KR_TRY(kri_cg_opi(c, KR_OP_GET_AWAITABLE, 0));
        KR_TRY(kri_cg_load_none(c));
        return kri_cg_add_yield_from(c, true);
    case KR_AST_Compare: return compare(c, e);
    case KR_AST_Call: return call(c, e);
    case KR_AST_Constant: return kri_cg_load_const(c, kri_const_of_expr(c->arena, e));
    case KR_AST_JoinedStr: return joined_str(c, e);
    case KR_AST_FormattedValue: return formatted_value(c, e);
    case KR_AST_Attribute: return attribute(c, e);
    case KR_AST_Subscript: return subscript(c, e);
    case KR_AST_Starred:
        if (e->v.Starred.ctx == KR_AST_Store)
            return kri_cg_error(c, "starred assignment target must be in a list or tuple");
        return kri_cg_error(c, "can't use starred expression here");
    case KR_AST_Slice: return slice(c, e);
    case KR_AST_Name: return kri_cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case KR_AST_List: return sequence(c, e->v.List.elts, e->v.List.ctx, false);
    case KR_AST_Tuple: return sequence(c, e->v.Tuple.elts, e->v.Tuple.ctx, true);
    }
    return 0;
}

/* Every expression is visited here: its span becomes the location of
 * what it emits, and the enclosing span is restored afterwards. */
int kri_cg_expr(KrCompiler *c, KrExpr *e)
{
    KR_TRY(kri_cg_enter_node(c));
    KrLoc old = c->u->loc;
    KR_SET_LOC(c, e);
    int rc = expr_kind(c, e);
    c->u->loc = old;
    c->depth--;
    return rc;
}

int kri_cg_exprs(KrCompiler *c, KrExprSeq *seq)
{
    for (ptrdiff_t i = 0; seq && i < seq->len; i++)
        KR_TRY(kri_cg_expr(c, seq->items[i]));
    return 0;
}

int kri_cg_check_ann_expr(KrCompiler *c, KrExpr *e)
{
    KR_TRY(kri_cg_expr(c, e));
    return kri_cg_op(c, KR_OP_POP_TOP);
}

int kri_cg_visit_annexpr(KrCompiler *c, KrExpr *annotation)
{
    KrBuf buf;
    kri_buf_init(&buf);
    if (kri_unparse_expr(&buf, annotation) < 0) {
        kri_buf_free(&buf);
        return kri_cg_no_memory(c);
    }
    KrCodeConst *s = kri_const_text(c->arena, KR_CC_STR, buf.data ? buf.data : "", buf.len);
    kri_buf_free(&buf);
    return kri_cg_load_const(c, s);
}
