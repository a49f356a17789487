/* Identifier strings of the format area: see objects/ids.h. */
#define KR_ID_LIST_FORMAT(X)
