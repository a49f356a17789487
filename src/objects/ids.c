/* The static identifier strings of ids.h, built from KR_ID_LIST. Each is
 * an immortal ASCII str; its hash is computed on first use. */
#include "objects/objects.h"

#define KR_ID_INIT(cname, text)                                                    \
    .cname = {.base = {.ob_base = KR_STATIC_HEADER(&kr_str_type),                  \
                       .length = sizeof(text) - 1,                                 \
                       .hash = -1,                                                 \
                       .kind = 1,                                                  \
                       .ascii = 1,                                                 \
                       .interned = 1,                                              \
                       .statically_allocated = 1},                                 \
              .data = text},

KrIds kri_ids = {KR_ID_LIST(KR_ID_INIT)};

#define KR_ID_PTR(cname, text) KR_ID(cname),
static KrObject *const all_ids[] = {KR_ID_LIST(KR_ID_PTR)};

/* Enters every identifier into [interned] (a dict). */
int kri_ids_intern_all(KrThread *ts, KrObject *interned)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(all_ids); i++)
        if (kri_dict_set(ts, interned, all_ids[i], all_ids[i]) < 0)
            return -1;
    return 0;
}
