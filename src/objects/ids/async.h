/* Identifier strings of the async area: see objects/ids.h. */
#define KR_ID_LIST_ASYNC(X)
