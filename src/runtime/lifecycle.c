/* Start-up and shut-down of the runtime: the hash key (PYTHONHASHSEED),
 * the static builtin types readied once per process, the main interpreter
 * with its interned-string table, and the main thread bound to the calling
 * OS thread. */
#include <stdlib.h>

#include "objects/generic.h"
#include "objects/namespace.h"
#include "objects/objects.h"
#include "vm/gen.h"

static KrType *const static_types[] = {
    &kr_object_type, &kr_type_type, &kr_none_type, &kr_notimplemented_type,
    &kr_ellipsis_type, &kr_int_type, &kr_bool_type, &kr_float_type, &kr_str_type,
    &kr_tuple_type, &kr_list_type, &kr_dict_type, &kr_module_type, &kr_builtin_type,
    &kr_method_descr_type, &kr_classmethod_descr_type, &kr_member_descr_type,
    &kr_getset_descr_type, &kr_seqiter_type, &kr_list_iter_type, &kr_tuple_iter_type,
    &kr_slice_type, &kr_bytes_type, &kr_bytearray_type, &kr_memoryview_type,
    &kr_bytes_iter_type, &kr_bytearray_iter_type,
    &kr_set_type, &kr_frozenset_type, &kr_set_iter_type, &kr_list_reviter_type,
    &kr_dict_keys_type, &kr_dict_values_type, &kr_dict_items_type, &kr_dict_keyiter_type,
    &kr_dict_valueiter_type, &kr_dict_itemiter_type, &kr_dict_revkeyiter_type,
    &kr_dict_revvalueiter_type, &kr_dict_revitemiter_type,
    &kr_wrapper_descr_type, &kr_method_wrapper_type, &kr_mappingproxy_type,
    &kr_property_type, &kr_classmethod_type, &kr_staticmethod_type, &kr_super_type,
    &kr_namespace_type, &kr_genericalias_type, &kr_union_type, &kr_async_generator_type,
    &kr_coroutine_wrapper_type, &kr_async_gen_asend_type, &kr_async_gen_athrow_type,
    &kr_async_gen_wrapped_type, &kr_anext_awaitable_type,
    &kr_str_iter_type, &kr_str_ascii_iter_type, &kr_complex_type, &kr_code_type, &kr_function_type, &kr_method_type, &kr_cell_type,
    &kr_frame_type, &kr_traceback_type, &kr_generator_type, &kr_coroutine_type,
    &kr_range_type, &kr_range_iter_type, &kr_longrange_iter_type, &kr_enumerate_type,
    &kr_zip_type, &kr_map_type, &kr_filter_type, &kr_reversed_type, &kr_callable_iter_type,
};

static int init_hash_key(KrRuntime *rt)
{
    uint32_t seed;
    int r = kri_hash_parse_seed(getenv("PYTHONHASHSEED"), &seed);
    if (r < 0) {
        fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an "
                        "integer in range [0; 4294967295]\n");
        return -1;
    }
    if (r == 1) {
        kri_hash_key_from_seed(&rt->hash_key, seed);
        return 0;
    }
    return kri_hash_key_random(&rt->hash_key);
}

static int init_interp(KrThread *ts)
{
    KrInterp *in = ts->interp;
    in->recursion_limit = 1000;
    in->int_max_str_digits = 4300;
    in->interned = kri_dict_new(ts);
    if (!in->interned || kri_ids_intern_all(ts, in->interned) < 0)
        return -1;
    for (size_t i = 0; i < KR_ARRAY_LEN(static_types); i++)
        if (kri_type_ready(ts, static_types[i]) < 0)
            return -1;
    if (kri_exceptions_init(ts) < 0)
        return -1;
    KrObject *args = kri_tuple_empty();
    in->memory_error = kri_exc_new(ts, &kr_exc_MemoryError, args);
    in->modules = kri_dict_new(ts);
    in->builtins = kri_dict_new(ts);
    if (!in->memory_error || !in->modules || !in->builtins)
        return -1;
    return kri_exceptions_add_builtins(ts, in->builtins);
}

KrThread *kri_runtime_start(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    KrRuntime *rt = calloc(1, sizeof *rt);
    KrInterp *in = calloc(1, sizeof *in);
    KrThread *ts = calloc(1, sizeof *ts);
    if (!rt || !in || !ts || init_hash_key(rt) < 0) {
        free(rt);
        free(in);
        free(ts);
        return NULL;
    }
    rt->main_interp = in;
    rt->next_thread_id = 1;
    in->runtime = rt;
    in->main_thread = ts;
    ts->runtime = rt;
    ts->interp = in;
    ts->id = rt->next_thread_id++;
    ts->exc_info = &ts->exc_base;
    kri_thread_bind(ts);
    kri_thread_set_stack_limit(ts);
    kri_int_init_small();
    if (init_interp(ts) < 0) {
        kri_runtime_finish(ts);
        return NULL;
    }
    return ts;
}

void kri_runtime_finish(KrThread *ts)
{
    KrInterp *in = ts->interp;
    KrRuntime *rt = ts->runtime;
    kri_err_clear(ts);
    KR_CLEAR(ts->repr_running);
    KR_CLEAR(in->builtins);
    KR_CLEAR(in->modules);
    KR_CLEAR(in->memory_error);
    KR_CLEAR(in->interned);
    kri_object_release_blocks(ts);
    kri_thread_bind(NULL);
    free(ts);
    free(in);
    free(rt);
}
