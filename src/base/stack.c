/* The bounds of the calling thread's C stack, for the guards that turn
 * runaway recursion into an error before the stack overflows (the
 * parser's, and the runtime's RecursionError). Stacks grow down on every
 * platform Krait builds for. */
#include <pthread.h>

#include "base/base.h"

const char *kri_stack_floor(size_t margin)
{
    pthread_attr_t attr;
    void *low;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return NULL;
    int rc = pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        return NULL;
    return (const char *)low + (size / 4 < margin ? size / 4 : margin);
}
