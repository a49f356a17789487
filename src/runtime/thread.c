/* Thread identity: the two thread-local variables of Krait. kri_tls_tid is
 * read by every reference count operation (ob_tid comparison) and so must be
 * one instruction away; kri_tls_thread serves API entry points and
 * deallocation, which run without a thread argument. Every other piece of
 * per-thread state lives in KrThread. */
#include "runtime/runtime.h"

_Thread_local uint32_t kri_tls_tid;
_Thread_local KrThread *kri_tls_thread;

void kri_thread_bind(KrThread *ts)
{
    kri_tls_thread = ts;
    kri_tls_tid = ts ? ts->id : 0;
}

/* The C stack may not go below ts->c_stack_limit: kri_enter_recursive
 * raises RecursionError there, so deep C recursion (nested reprs,
 * comparisons, calls through slots) fails cleanly instead of overflowing.
 * The margin leaves room for the deepest C path between two checks, and
 * for sanitizer builds whose frames are several times larger. */
void kri_thread_set_stack_limit(KrThread *ts)
{
    ts->c_stack_limit = (char *)kri_stack_floor((size_t)1 << 20);
}
