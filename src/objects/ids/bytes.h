/* Identifier strings of the bytes area: see objects/ids.h. */
#define KR_ID_LIST_BYTES(X)                                                        \
    X(__bytes__, "__bytes__") X(tobytes, "tobytes")
