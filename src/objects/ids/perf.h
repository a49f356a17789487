/* Identifier strings of the perf area: see objects/ids.h. */
#define KR_ID_LIST_PERF(X)
