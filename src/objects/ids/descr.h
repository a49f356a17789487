/* Identifier strings of the descr area: see objects/ids.h. */
#define KR_ID_LIST_DESCR(X)
