/* The import instructions. `import x` calls builtins.__import__ as
 * CPython does, so replacing it works; the builtin one (src/modules/)
 * finds modules in sys.modules only until the import system arrives with
 * the standard library. */
#include "vm/ops.h"

KrObject *kri_vm_import_name(KrThread *ts, KrFrame *f, KrObject *name, KrObject *fromlist,
                             KrObject *level)
{
    KrObject *import = kri_dict_get_str_borrow(ts, f->builtins, KR_ID(__import__));
    if (!import)
        return kri_err_occurred(ts) ? NULL
                                    : kri_err_format(ts, &kr_exc_ImportError, "__import__ not found");
    KrObject *locals = f->locals ? f->locals : KR_NONE;
    KrObject *args[6] = {NULL, name, f->globals, locals, fromlist, level};
    return kri_call(ts, import, args + 1, 5 | KR_ARGS_OFFSET, NULL);
}

KrObject *kri_vm_import_from(KrThread *ts, KrObject *module, KrObject *name)
{
    KrObject *v = NULL;
    if (kri_object_lookup_attr(ts, module, name, &v) != 0)
        return v;
    /* a submodule imported since: sys.modules["pkg.name"] */
    KrObject *pkgname = NULL;
    if (kri_object_lookup_attr(ts, module, KR_ID(__name__), &pkgname) < 0)
        return NULL;
    if (pkgname && kr_str_check(pkgname)) {
        KrObject *full = kri_str_format(ts, "%U.%U", pkgname, name);
        if (!full) {
            kr_decref(pkgname);
            return NULL;
        }
        v = kri_dict_get_borrow(ts, ts->interp->modules, full);
        kr_decref(full);
        if (v) {
            kr_decref(pkgname);
            return kr_incref(v);
        }
        kri_err_format(ts, &kr_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                       name, pkgname);
        kri_exc_set_name_obj(ts->exc, pkgname, NULL);
    } else {
        kri_err_format(ts, &kr_exc_ImportError, "cannot import name '%U' from '<unknown module name>' (unknown location)",
                       name);
    }
    kr_xdecref(pkgname);
    return NULL;
}

int kri_vm_import_star(KrThread *ts, KrFrame *f, KrObject *module)
{
    if (!f->locals) {
        kri_err_format(ts, &kr_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    KrObject *names = NULL;
    bool skip_private = false;
    if (kri_object_lookup_attr(ts, module, KR_ID(__all__), &names) < 0)
        return -1;
    if (!names) {
        KrObject *dict = NULL;
        if (kri_object_lookup_attr(ts, module, KR_ID(__dict__), &dict) < 0)
            return -1;
        if (!dict) {
            kri_err_format(ts, &kr_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = kri_sequence_list(ts, dict);
        kr_decref(dict);
        if (!names)
            return -1;
        skip_private = true;
    }
    KrObject *it = kri_object_iter(ts, names);
    kr_decref(names);
    if (!it)
        return -1;
    KrObject *name;
    int err = 0;
    while (!err && (name = kri_iter_next(ts, it))) {
        if (!kr_str_check(name)) {
            kri_err_format(ts, &kr_exc_TypeError, "%s in %U.%s must be str, not %T",
                           skip_private ? "Key" : "Item", KR_ID(__name__),
                           skip_private ? "__dict__" : "__all__", name);
            err = -1;
        } else if (!(skip_private && kr_str_len(name) > 0 && kr_str_at(name, 0) == '_')) {
            KrObject *v = kri_object_getattr(ts, module, name);
            err = v ? kri_vm_store_name(ts, f, name, v) : -1;
            kr_xdecref(v);
        }
        kr_decref(name);
    }
    kr_decref(it);
    return err < 0 || kri_err_occurred(ts) ? -1 : 0;
}
