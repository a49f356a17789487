/* Identifier strings of the iter area: see objects/ids.h. */
#define KR_ID_LIST_ITER(X)
