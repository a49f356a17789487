/* Identifier strings of the class area: see objects/ids.h. */
#define KR_ID_LIST_CLASS(X)                                                        \
    X(__isabstractmethod__, "__isabstractmethod__")
