/* Identifier strings of the vm area: see objects/ids.h. */
#define KR_ID_LIST_VM(X)                                                           \
    X(__match_args__, "__match_args__") X(__sizeof__, "__sizeof__")                \
    X(space, " ") X(newline, "\n")
