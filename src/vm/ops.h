/* The operations behind the VM's bigger instructions (ops.c, call.c,
 * import.c, match.c, gen.c). Each follows the usual convention: a new
 * reference or NULL with an exception, or -1 on error. Stack arrays are
 * given bottom first. */
#ifndef KRAIT_VM_OPS_H
#define KRAIT_VM_OPS_H

#include "vm/frame.h"

/* The truth of [o] with the bool singletons decided inline: 1, 0 or -1. */
static inline int kri_vm_truth(KrThread *ts, KrObject *o)
{
    return o == KR_TRUE ? 1 : o == KR_FALSE ? 0 : kri_object_is_true(ts, o);
}

/* ---- names (ops.c) ---- */
KR_HIDDEN void kri_vm_unbound_local(KrThread *ts, KrFrame *f, int i);
KR_HIDDEN void kri_vm_unbound_deref(KrThread *ts, KrFrame *f, int i);
KR_HIDDEN void kri_vm_name_error(KrThread *ts, KrObject *name);
KR_HIDDEN KrObject *kri_vm_load_global(KrThread *ts, KrFrame *f, KrObject *name);
KR_HIDDEN KrObject *kri_vm_load_name(KrThread *ts, KrFrame *f, KrObject *name);
KR_HIDDEN int kri_vm_store_name(KrThread *ts, KrFrame *f, KrObject *name, KrObject *v);
KR_HIDDEN int kri_vm_delete_name(KrThread *ts, KrFrame *f, KrObject *name);
KR_HIDDEN KrObject *kri_vm_load_classderef(KrThread *ts, KrFrame *f, int i);
KR_HIDDEN int kri_vm_setup_annotations(KrThread *ts, KrFrame *f);

/* obj.name for a call: 1 with *[meth] an unbound method to call with obj
 * prepended, 0 with *[meth] the attribute itself, -1 on error. */
KR_HIDDEN int kri_vm_load_method(KrThread *ts, KrObject *obj, KrObject *name, KrObject **meth);

/* ---- building and unpacking (ops.c) ---- */
KR_HIDDEN KrObject *kri_vm_list_from_array_steal(KrThread *ts, KrObject **items, ssize_t n);
KR_HIDDEN int kri_vm_list_extend(KrThread *ts, KrObject *list, KrObject *iterable);
KR_HIDDEN KrObject *kri_vm_build_set(KrThread *ts, KrObject **items, ssize_t n);
KR_HIDDEN KrObject *kri_vm_build_map(KrThread *ts, KrObject **items, ssize_t n);
KR_HIDDEN KrObject *kri_vm_build_const_key_map(KrThread *ts, KrObject *keys,
                                               KrObject **values, ssize_t n);
KR_HIDDEN int kri_vm_dict_update(KrThread *ts, KrObject *dict, KrObject *update);
/* `f(**a, **b)`: duplicate keys are an error naming [func]. */
KR_HIDDEN int kri_vm_dict_merge(KrThread *ts, KrObject *func, KrObject *dict, KrObject *update);
KR_HIDDEN KrObject *kri_vm_format_value(KrThread *ts, KrObject *value, int conversion,
                                        KrObject *spec);
KR_HIDDEN KrObject *kri_vm_build_string(KrThread *ts, KrObject **pieces, ssize_t n);
/* Unpacks [seq] into out[0..] in stack order (the first item ends on
 * top): [before] items, then, when [after] >= 0, a list of the rest and
 * [after] items. */
KR_HIDDEN int kri_vm_unpack(KrThread *ts, KrObject *seq, int before, int after, KrObject **out);
KR_HIDDEN int kri_vm_print_expr(KrThread *ts, KrObject *value);

/* ---- exceptions (ops.c) ---- */
/* raise [exc] from [cause] (both stolen, NULL when absent): 1 for a bare
 * re-raise, 0 otherwise; the exception is set either way. */
KR_HIDDEN int kri_vm_raise(KrThread *ts, KrObject *exc, KrObject *cause);
KR_HIDDEN int kri_vm_exception_match(KrThread *ts, KrObject *exc, KrObject *type);
KR_HIDDEN int kri_vm_exception_group_match(KrThread *ts, KrObject *exc, KrObject *type,
                                           KrObject **rest, KrObject **match);
/* TypeError unless [type] is an exception class or a tuple of them. */
KR_HIDDEN int kri_vm_check_catchable(KrThread *ts, KrObject *type);
KR_HIDDEN KrObject *kri_vm_prep_reraise_star(KrThread *ts, KrObject *orig, KrObject *excs);
/* True when the exception being raised was a StopIteration, now cleared. */
KR_HIDDEN bool kri_vm_clear_stop_iteration(KrThread *ts);
/* BEFORE_WITH / BEFORE_ASYNC_WITH: mgr.__enter__() (or __aenter__(), whose
 * result the next instruction awaits), the bound __exit__ in *[exit]. */
KR_HIDDEN KrObject *kri_vm_before_with(KrThread *ts, KrObject *mgr, KrObject **exit,
                                       bool async);
KR_HIDDEN KrObject *kri_vm_call_exit(KrThread *ts, KrObject *exit_func, KrObject *exc);

/* ---- calls (call.c) ---- */
/* Counts a Python frame about to run; RecursionError past the limit. The
 * eval loop uncounts it when the frame is left. */
KR_HIDDEN int kri_vm_enter(KrThread *ts);
/* A counted frame for a plain positional call of [func]
 * (kri_frame_fast_call): it takes the caller's reference to [func] and the
 * [n] references at [args]; NULL on error (the references dropped). */
KR_HIDDEN KrFrame *kri_vm_push_args(KrThread *ts, KrFunction *func, KrObject **args, int n);
/* A frame for calling [func] with the arguments bound; NULL on error. */
KR_HIDDEN KrFrame *kri_vm_push_call(KrThread *ts, KrFunction *func, KrObject *const *args,
                                    ssize_t nargs, KrObject *kwnames);
KR_HIDDEN KrObject *kri_vm_call_ex(KrThread *ts, KrObject *func, KrObject *args,
                                   KrObject *kwargs);
/* MAKE_FUNCTION: [top] is the stack pointer (code on top). */
KR_HIDDEN KrObject *kri_vm_make_function(KrThread *ts, KrFrame *f, int flags, KrObject **top);
KR_HIDDEN KrObject *kri_vm_load_build_class(KrThread *ts, KrFrame *f);
/* A description of a callable for messages: "f()", "A.f()", "print()". */
KR_HIDDEN KrObject *kri_vm_func_desc(KrThread *ts, KrObject *func);
KR_HIDDEN KrObject *kri_vm_eval(KrThread *ts, KrFrame *f);

/* ---- imports (import.c) ---- */
KR_HIDDEN KrObject *kri_vm_import_name(KrThread *ts, KrFrame *f, KrObject *name,
                                       KrObject *fromlist, KrObject *level);
KR_HIDDEN KrObject *kri_vm_import_from(KrThread *ts, KrObject *module, KrObject *name);
KR_HIDDEN int kri_vm_import_star(KrThread *ts, KrFrame *f, KrObject *module);

/* ---- pattern matching (match.c) ---- */
/* A tuple of the matched attributes, or NULL: no match (no exception) or
 * error. */
KR_HIDDEN KrObject *kri_vm_match_class(KrThread *ts, KrObject *subject, KrObject *type,
                                       int nargs, KrObject *names);
KR_HIDDEN KrObject *kri_vm_match_keys(KrThread *ts, KrObject *subject, KrObject *keys);

/* ---- generators and coroutines (gen.c) ---- */
KR_HIDDEN KrObject *kri_vm_return_generator(KrThread *ts, KrFrame *f);
/* Sends [v] into [receiver]: 1 with *[res] yielded, 0 with *[res] the
 * return value, -1 on error. */
KR_HIDDEN int kri_vm_send(KrThread *ts, KrObject *receiver, KrObject *v, KrObject **res);
KR_HIDDEN KrObject *kri_vm_get_yield_from_iter(KrThread *ts, KrFrame *f, KrObject *iterable);
KR_HIDDEN KrObject *kri_vm_get_awaitable(KrThread *ts, KrObject *obj, int where);
KR_HIDDEN KrObject *kri_vm_get_aiter(KrThread *ts, KrObject *obj);
KR_HIDDEN KrObject *kri_vm_get_anext(KrThread *ts, KrObject *aiter);
KR_HIDDEN KrObject *kri_vm_async_gen_wrap(KrThread *ts, KrObject *v);

#endif
