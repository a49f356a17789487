/* Identifier strings of the vm area: see objects/ids.h. */
#define KR_ID_LIST_VM(X)
