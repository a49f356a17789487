/* Helpers called by the grammar's actions (grammar/python.gram): sequence
 * surgery, expression contexts, parameter lists, call arguments, literals.
 * Included only by the generated parser and the act*.c files. Each helper
 * allocates in p->arena and returns NULL on failure with p->error set
 * (memory) or NULL meaning "no match" where documented. */
#ifndef KRAIT_PARSER_ACT_H
#define KRAIT_PARSER_ACT_H

#include "parser/parser.h"

/* Intermediate values that exist only while parsing. */
typedef struct KrNameDefault { /* a parameter with its default (or NULL) */
    KrArg *arg;
    KrExpr *value;
} KrNameDefault;

typedef struct KrSlashWithDefault { /* parameters before '/' with defaults */
    KrArgSeq *plain;
    KrSeq *with_defaults; /* of KrNameDefault */
} KrSlashWithDefault;

typedef struct KrStarEtc { /* *args, keyword-only parameters, **kwargs */
    KrArg *vararg;
    KrSeq *kwonly; /* of KrNameDefault */
    KrArg *kwarg;
} KrStarEtc;

typedef struct KrCmpPair {
    KrCmpop op;
    KrExpr *expr;
} KrCmpPair;

typedef struct KrKeyValue { /* a dict display entry; key NULL for **value */
    KrExpr *key;
    KrExpr *value;
} KrKeyValue;

typedef struct KrKeyPattern { /* a mapping or class-keyword pattern entry */
    KrExpr *key;
    KrPattern *pattern;
} KrKeyPattern;

typedef struct KrKwOrStar { /* a call argument after the positional ones */
    void *element; /* KrKeyword * when is_keyword, else a Starred KrExpr * */
    bool is_keyword;
} KrKwOrStar;

/* An f-string as the fstring rule saw it, before concatenation. Its first
 * member mirrors KrToken.type so strings+ can tell f-strings from STRING
 * tokens. */
typedef struct KrFString {
    int type; /* KR_TOK_FSTRING_START */
    KrToken *start, *end;
    KrExprSeq *parts; /* Constant (raw literal text) and FormattedValue nodes */
} KrFString;

typedef enum KrTargetsKind { KR_TARGETS_STAR, KR_TARGETS_DEL, KR_TARGETS_FOR } KrTargetsKind;

/* act.c: sequences, names, contexts */
KR_HIDDEN KrSeq *kri_act_seq1(KrParser *p, void *item);
KR_HIDDEN KrExprSeq *kri_act_prepend(KrParser *p, void *first, KrExprSeq *rest);
KR_HIDDEN KrSeq *kri_act_seq_flatten(KrParser *p, KrSeq *seqs);
KR_HIDDEN KrSeq *kri_act_seq_join(KrParser *p, KrSeq *a, KrSeq *b);
KR_HIDDEN KrIdentSeq *kri_act_names_to_ids(KrParser *p, KrExprSeq *names);
KR_HIDDEN KrExpr *kri_act_join_dotted(KrParser *p, KrExpr *first, KrExpr *second);
KR_HIDDEN int kri_act_count_dots(KrSeq *tokens);
KR_HIDDEN KrAlias *kri_act_alias_star(KrParser *p, int lineno, int col, int end_lineno,
                                      int end_col);
KR_HIDDEN KrExpr *kri_act_set_context(KrParser *p, KrExpr *e, KrExprContext ctx);
KR_HIDDEN KrOperator kri_act_op(KrToken *augassign);
KR_HIDDEN KrConst *kri_act_const(KrParser *p, KrConstKind kind);
KR_HIDDEN KrStmt *kri_act_class_decorators(KrParser *p, KrExprSeq *decorators, KrStmt *cls);
KR_HIDDEN KrStmt *kri_act_function_decorators(KrParser *p, KrExprSeq *decorators, KrStmt *f);

/* act_args.c: parameters, comparisons, displays, calls, patterns */
KR_HIDDEN KrArguments *kri_act_empty_arguments(KrParser *p);
KR_HIDDEN KrArguments *kri_act_make_arguments(KrParser *p, KrArgSeq *slash_plain,
                                              KrSlashWithDefault *slash_defaults,
                                              KrArgSeq *plain, KrSeq *with_defaults,
                                              KrStarEtc *star);
KR_HIDDEN KrNameDefault *kri_act_name_default(KrParser *p, KrArg *arg, KrExpr *value);
KR_HIDDEN KrSlashWithDefault *kri_act_slash_with_default(KrParser *p, KrArgSeq *plain,
                                                         KrSeq *with_defaults);
KR_HIDDEN KrStarEtc *kri_act_star_etc(KrParser *p, KrArg *vararg, KrSeq *kwonly, KrArg *kwarg);
KR_HIDDEN KrCmpPair *kri_act_cmp_pair(KrParser *p, KrCmpop op, KrExpr *e);
KR_HIDDEN KrIntSeq *kri_act_cmpops(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrExprSeq *kri_act_cmp_exprs(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrKeyValue *kri_act_key_value(KrParser *p, KrExpr *key, KrExpr *value);
KR_HIDDEN KrExprSeq *kri_act_dict_keys(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrExprSeq *kri_act_dict_values(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrKwOrStar *kri_act_kw_or_star(KrParser *p, void *element, bool is_keyword);
KR_HIDDEN KrExpr *kri_act_collect_call(KrParser *p, KrExprSeq *positional, KrSeq *kwargs,
                                       int lineno, int col, int end_lineno, int end_col);
KR_HIDDEN KrKeyPattern *kri_act_key_pattern(KrParser *p, void *key, KrPattern *pattern);
KR_HIDDEN KrExprSeq *kri_act_pair_keys(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrIdentSeq *kri_act_pair_names(KrParser *p, KrSeq *pairs);
KR_HIDDEN KrPatternSeq *kri_act_pair_patterns(KrParser *p, KrSeq *pairs);

/* act_err.c: helpers of the invalid_* rules */
KR_HIDDEN const char *kri_act_expr_name(KrExpr *e);
KR_HIDDEN void *kri_act_invalid_target(KrParser *p, KrTargetsKind kind, KrExpr *e);
KR_HIDDEN bool kri_act_is_legacy_stmt(KrParser *p, KrExpr *name);
KR_HIDDEN KrExpr *kri_act_last_comprehension_item(KrComprehensionSeq *comps);
KR_HIDDEN void *kri_act_nonparen_genexp_in_call(KrParser *p, KrExpr *call,
                                                KrComprehensionSeq *comps);
KR_HIDDEN void *kri_act_arguments_error(KrParser *p, KrExpr *call);

/* act_num.c: number literals */
KR_HIDDEN KrExpr *kri_act_number(KrParser *p, KrToken *t);
KR_HIDDEN KrExpr *kri_act_ensure_real(KrParser *p, KrExpr *e);
KR_HIDDEN KrExpr *kri_act_ensure_imaginary(KrParser *p, KrExpr *e);

/* act_str.c: string literals and f-strings */
KR_HIDDEN KrExpr *kri_act_concat_strings(KrParser *p, KrSeq *strings, int lineno, int col,
                                         int end_lineno, int end_col);
KR_HIDDEN KrFString *kri_act_fstring(KrParser *p, KrToken *start, KrSeq *parts, KrToken *end);
KR_HIDDEN KrExpr *kri_act_fstring_part(KrParser *p, KrToken *middle);
KR_HIDDEN KrToken *kri_act_fstring_conversion(KrParser *p, KrToken *bang, KrExpr *name);
KR_HIDDEN KrExpr *kri_act_format_spec(KrParser *p, KrToken *colon, KrSeq *parts, int lineno,
                                      int col, int end_lineno, int end_col);
KR_HIDDEN KrExpr *kri_act_formatted_value(KrParser *p, KrExpr *value, KrToken *debug,
                                          KrToken *conversion, KrExpr *format, KrToken *rbrace,
                                          int lineno, int col, int end_lineno, int end_col);

/* act_fstr.c: f-string errors worded and placed as CPython 3.11's */
KR_HIDDEN void *kri_act_fstring_error(KrParser *p, const char *msg);
KR_HIDDEN void kri_act_fstring_tokenizer_error(KrParser *p);

#endif
