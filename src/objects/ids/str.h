/* Identifier strings of the str area: see objects/ids.h. */
#define KR_ID_LIST_STR(X)
