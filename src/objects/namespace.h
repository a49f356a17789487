/* types.SimpleNamespace (namespace.c). */
#ifndef KRAIT_OBJECTS_NAMESPACE_H
#define KRAIT_OBJECTS_NAMESPACE_H

#include "objects/objects.h"

KR_HIDDEN extern KrType kr_namespace_type;
/* A SimpleNamespace holding the items of [dict] (copied). */
KR_HIDDEN KrObject *kri_namespace_new(KrThread *ts, KrObject *dict);

#endif
