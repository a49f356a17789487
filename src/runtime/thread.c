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
