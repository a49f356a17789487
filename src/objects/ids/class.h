/* Identifier strings of the class area: see objects/ids.h. */
#define KR_ID_LIST_CLASS(X)                                                        \
    X(__isabstractmethod__, "__isabstractmethod__")

/* The static types of the class machinery (slots_wrap.c, type.c,
 * descr_py.c, super.c), declared here because this header is the one of
 * the class area that objects.h reaches (runtime/lifecycle.c readies
 * them); their APIs are in objects/slots.h. */
#ifndef KRAIT_IDS_CLASS_TYPES
#define KRAIT_IDS_CLASS_TYPES
KR_HIDDEN extern KrType kr_wrapper_descr_type, kr_method_wrapper_type, kr_mappingproxy_type,
    kr_property_type, kr_classmethod_type, kr_staticmethod_type, kr_super_type;
#endif
