/* Identifier strings of the int area: see objects/ids.h. */
#define KR_ID_LIST_INT(X)
