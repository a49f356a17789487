/* Identifier strings of the excgroup area: see objects/ids.h. */
#define KR_ID_LIST_EXCGROUP(X) X(derive, "derive") X(split, "split")
