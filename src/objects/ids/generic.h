/* Identifier strings of the generic area (types.GenericAlias,
 * types.UnionType): see objects/ids.h. */
#define KR_ID_LIST_GENERIC(X)                                                      \
    X(__args__, "__args__") X(__orig_class__, "__orig_class__")                    \
    X(__origin__, "__origin__") X(__parameters__, "__parameters__")                \
    X(__typing_is_unpacked_typevartuple__, "__typing_is_unpacked_typevartuple__")  \
    X(__typing_prepare_subst__, "__typing_prepare_subst__")                        \
    X(__typing_subst__, "__typing_subst__")                                        \
    X(__typing_unpacked_tuple_args__, "__typing_unpacked_tuple_args__")
