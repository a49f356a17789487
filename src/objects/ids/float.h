/* Identifier strings of the float area: see objects/ids.h. */
#define KR_ID_LIST_FLOAT(X)
