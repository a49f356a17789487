/* The builtin modules written in C that the runtime sets up at start:
 * builtins (builtins.c, build_class.c) and sys (sys.c). */
#ifndef KRAIT_MODULES_H
#define KRAIT_MODULES_H

#include "modules/bltin.h"
#include "objects/objects.h"

/* Makes the builtins module (its namespace is interp->builtins) and
 * enters it in sys.modules. */
KR_HIDDEN int kri_builtins_init(KrThread *ts);
/* Makes the sys module with argv from [argc]/[argv] (argv[0] the script
 * or "-c"). */
KR_HIDDEN int kri_sys_init(KrThread *ts, int argc, char **argv);
KR_HIDDEN int kri_sys_set_argv(KrThread *ts, int argc, char **argv);
/* sys_info.c: version_info, flags, float_info, int_info, hash_info,
 * thread_info, hexversion, api_version, float_repr_style into [d]. */
KR_HIDDEN int kri_sys_add_info(KrThread *ts, KrObject *d);
/* sitebuiltins.c: exit and quit into [builtins], as CPython's site adds them. */
KR_HIDDEN int kri_sitebuiltins_add(KrThread *ts, KrObject *builtins);

/* builtins.__build_class__ and builtins.__import__. */
KR_HIDDEN KrObject *kri_bltin_build_class(KrThread *ts, KrObject *self, KrObject *const *args,
                                          size_t nargsf, KrObject *kwnames);
KR_HIDDEN KrObject *kri_bltin_import(KrThread *ts, KrObject *self, KrObject *const *args,
                                     size_t nargsf, KrObject *kwnames);

#endif
