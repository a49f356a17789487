/* Identifier strings of the exc area: see objects/ids.h. */
#define KR_ID_LIST_EXC(X) X(path, "path")
