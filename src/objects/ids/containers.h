/* Identifier strings of the containers area: see objects/ids.h. */
#define KR_ID_LIST_CONTAINERS(X)
