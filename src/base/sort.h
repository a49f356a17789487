/* Timsort of an array of pointers with a caller's comparison, for
 * list.sort() and sorted(). It follows CPython 3.11's listsort (described in
 * CPython's Objects/listsort.txt): the same runs, minimum run length,
 * binary insertion, powersort merge order, galloping and min_gallop
 * adaptation, so a Python program that counts or logs its __lt__ calls sees
 * the same calls, in the same order, as under CPython.
 * Invariants: whatever happens, the array stays a permutation of its
 * input, and with values the key/value pairs stay together.
 * See docs/internals/base.md. */
#ifndef KRAIT_BASE_SORT_H
#define KRAIT_BASE_SORT_H

#include "base/base.h"

/* "[a] < [b]": 1 if true, 0 if false, -1 on error (an exception is set).
 * It is called as CPython calls the rich comparison: a is the item that
 * would move before b. It must not touch the array being sorted (the list
 * layer empties the list during the sort, as CPython does). */
typedef int (*KrSortLess)(void *ctx, void *a, void *b);

/* Sorts [items][0..n) stably into ascending order under [less] (called
 * with [ctx]). Returns 0 on success; -1 as soon as [less] fails (no
 * further comparisons are made); -2 when the merge buffer cannot be
 * allocated (the caller raises MemoryError). On failure the array holds
 * every item exactly once, in an unspecified order. Buffers come from
 * malloc and are freed before returning; arrays under 256 items (128 with
 * values) need none.
 * list.sort(reverse=True) is, as in CPython, a reversal of the array
 * before and after an ascending sort: stable, and the same comparisons. */
KR_HIDDEN KR_NODISCARD int kri_sort(void **items, size_t n, KrSortLess less, void *ctx);

/* The same sort of [keys], moving [values][i] wherever [keys][i] goes: the
 * form of list.sort(key=f), where the keys are f's results and the values
 * the list's items. Only keys are compared. Same results as kri_sort. */
KR_HIDDEN KR_NODISCARD int kri_sort_with_values(void **keys, void **values, size_t n,
                                                KrSortLess less, void *ctx);

#endif
