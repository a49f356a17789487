/* Struct sequences (structseq.c): named-field tuples such as
 * sys.version_info. Declare one as a static type:
 *
 *     static const KrGetSetDef fields[] = {
 *         KR_STRUCTSEQ_FIELD("major", 0), ..., {NULL, NULL, NULL, NULL, NULL}};
 *     KrType kr_x_type = {KR_STRUCTSEQ_TYPE("sys.x", fields),
 *                         .new_ = kri_structseq_tp_new};
 * (or kri_type_no_instances when Python code may not make one)
 *
 * ready it, call kri_structseq_finish_type, and make instances with
 * kri_structseq_new. */
#ifndef KRAIT_OBJECTS_STRUCTSEQ_H
#define KRAIT_OBJECTS_STRUCTSEQ_H

#include "objects/objects.h"

#define KR_STRUCTSEQ_FIELD(fname, index)                                           \
    { (fname), kri_structseq_get_field, kri_structseq_set_field, NULL, (void *)(intptr_t)(index) }

#define KR_STRUCTSEQ_TYPE(tname, fields)                                           \
    KR_TYPE_HEADER, .name = (tname), .base = &kr_tuple_type,                       \
    .basicsize = sizeof(KrTuple), .itemsize = sizeof(KrObject *),                  \
    .flags = KR_TPF_GC | KR_TPF_TUPLE_SUBCLASS | KR_TPF_IMMUTABLE | KR_TPF_SEQUENCE, \
    .getsets = (fields), .methods = kri_structseq_methods, .repr = kri_structseq_repr

KR_HIDDEN extern const KrMethodDef kri_structseq_methods[];
KR_HIDDEN KrObject *kri_structseq_get_field(KrThread *ts, KrObject *self, void *closure);
KR_HIDDEN int kri_structseq_set_field(KrThread *ts, KrObject *self, KrObject *value,
                                      void *closure);
KR_HIDDEN KrObject *kri_structseq_repr(KrThread *ts, KrObject *self);
KR_HIDDEN KrObject *kri_structseq_reduce(KrThread *ts, KrObject *self, KrObject *unused);
KR_HIDDEN KrObject *kri_structseq_tp_new(KrThread *ts, KrType *type, KrObject *const *args,
                                         size_t nargsf, KrObject *kwnames);
/* An instance of [type] holding [items] (one per field; not stolen). */
KR_HIDDEN KrObject *kri_structseq_new(KrThread *ts, KrType *type, KrObject *const *items);
/* Adds n_fields, n_sequence_fields, n_unnamed_fields and __match_args__
 * to the readied [type]. */
KR_HIDDEN int kri_structseq_finish_type(KrThread *ts, KrType *type);

#endif
