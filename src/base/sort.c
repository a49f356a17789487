/* Timsort as CPython 3.11 runs it. The array is cut, left to right, into
 * natural runs (ascending, or strictly descending and then reversed), each
 * extended by binary insertion to at least minrun items. A stack of
 * pending runs is merged in powersort order: each run boundary gets a
 * "power" (how deep the midpoint between the two runs sits in a binary
 * division of the whole array), and a new boundary first merges every
 * pending run whose boundary power is greater. A merge first gallops to
 * skip the prefix of the left run and the suffix of the right run that are
 * already in place, copies the shorter run to a buffer, then merges from
 * that side, switching to galloping (exponential then binary search) when
 * one side wins min_gallop times in a row; min_gallop adapts per sort.
 * Invariants: pending runs are adjacent and cover a prefix of the array;
 * their boundary powers strictly increase up the stack; at every point
 * where a comparison can fail, each item is in the array or the buffer
 * exactly once and the failure path puts the buffer back. */
#include "base/sort.h"

#include <stdlib.h>
#include <string.h>

/* Galloping starts after this many consecutive wins of one run. */
#define MIN_GALLOP 7
/* Buffer slots on the C stack: arrays this short never call malloc. */
#define STACK_BUFFER 256
/* Pending runs: below the top one, boundary powers strictly increase and
 * a power is at most the bit length of the array size plus one, so a
 * 64-bit address space never needs more than 66. */
#define MAX_RUNS 80

/* Keys and, for sorts with values, the parallel values (else NULL). */
typedef struct Slice {
    void **keys;
    void **values;
} Slice;

typedef struct Run {
    Slice base;
    size_t len;
    int power; /* of the boundary between this run and the next */
} Run;

typedef struct SortState {
    KrSortLess less;
    void *ctx;
    void **all_keys;    /* the whole array, for run positions */
    size_t total;       /* its length */
    size_t min_gallop;  /* current galloping threshold, starts at MIN_GALLOP */
    Slice buffer;       /* merge buffer: stack_buffer or heap_buffer */
    size_t buffer_cap;  /* items it holds (keys, and values as many) */
    void **heap_buffer; /* owned, or NULL */
    size_t nruns;
    Run runs[MAX_RUNS];
    void *stack_buffer[STACK_BUFFER];
} SortState;

/* ---- moving items, values along with keys ---- */

static inline Slice slice_at(Slice s, ptrdiff_t k)
{
    s.keys += k;
    if (s.values)
        s.values += k;
    return s;
}

static inline void slice_copy(Slice dst, Slice src, size_t n)
{
    memcpy(dst.keys, src.keys, n * sizeof(void *));
    if (dst.values)
        memcpy(dst.values, src.values, n * sizeof(void *));
}

static inline void slice_move(Slice dst, Slice src, size_t n)
{
    memmove(dst.keys, src.keys, n * sizeof(void *));
    if (dst.values)
        memmove(dst.values, src.values, n * sizeof(void *));
}

static inline void slice_put(Slice dst, Slice src)
{
    dst.keys[0] = src.keys[0];
    if (dst.values)
        dst.values[0] = src.values[0];
}

static void slice_reverse(Slice s, size_t n)
{
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        void *t = s.keys[i];
        s.keys[i] = s.keys[j];
        s.keys[j] = t;
        if (s.values) {
            t = s.values[i];
            s.values[i] = s.values[j];
            s.values[j] = t;
        }
    }
}

/* Makes the buffer hold at least [need] items; -2 when memory runs out.
 * Its old content does not matter, so it is freed rather than realloc'd. */
static int buffer_reserve(SortState *st, size_t need)
{
    if (need <= st->buffer_cap)
        return 0;
    size_t per_item = st->buffer.values ? 2 : 1;
    free(st->heap_buffer);
    st->heap_buffer = NULL;
    st->buffer_cap = 0;
    if (need > SIZE_MAX / sizeof(void *) / per_item)
        return -2;
    st->heap_buffer = malloc(need * per_item * sizeof(void *));
    if (!st->heap_buffer)
        return -2;
    st->buffer.keys = st->heap_buffer;
    if (st->buffer.values)
        st->buffer.values = st->heap_buffer + need;
    st->buffer_cap = need;
    return 0;
}

/* ---- searching ----
 * Both return an index into [a][0..n) or -1 when a comparison fails. They
 * start at [hint], probe at distances 1, 3, 7, 15, ... until the key is
 * bracketed, then binary-search the bracket. */

/* The leftmost place for [key] in the sorted [a]: a[k-1] < key <= a[k]. */
static ptrdiff_t gallop_left(SortState *st, void *key, void **a, ptrdiff_t n, ptrdiff_t hint)
{
    ptrdiff_t lo, hi, last = 0, ofs = 1;
    int c = st->less(st->ctx, a[hint], key);
    if (c < 0)
        return -1;
    if (c) { /* a[hint] < key: probe rightwards */
        ptrdiff_t max = n - hint;
        while (ofs < max) {
            if ((c = st->less(st->ctx, a[hint + ofs], key)) <= 0)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (c < 0)
            return -1;
        ofs = ofs < max ? ofs : max;
        lo = hint + last;
        hi = hint + ofs;
    } else { /* key <= a[hint]: probe leftwards */
        ptrdiff_t max = hint + 1;
        while (ofs < max) {
            if ((c = st->less(st->ctx, a[hint - ofs], key)) != 0)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (c < 0)
            return -1;
        ofs = ofs < max ? ofs : max;
        lo = hint - ofs;
        hi = hint - last;
    }
    /* Now a[lo] < key <= a[hi], with a[-1] = -inf and a[n] = +inf. */
    for (lo++; lo < hi;) {
        ptrdiff_t mid = lo + ((hi - lo) >> 1);
        if ((c = st->less(st->ctx, a[mid], key)) < 0)
            return -1;
        if (c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return hi;
}

/* The rightmost place for [key] in the sorted [a]: a[k-1] <= key < a[k]. */
static ptrdiff_t gallop_right(SortState *st, void *key, void **a, ptrdiff_t n, ptrdiff_t hint)
{
    ptrdiff_t lo, hi, last = 0, ofs = 1;
    int c = st->less(st->ctx, key, a[hint]);
    if (c < 0)
        return -1;
    if (c) { /* key < a[hint]: probe leftwards */
        ptrdiff_t max = hint + 1;
        while (ofs < max) {
            if ((c = st->less(st->ctx, key, a[hint - ofs])) <= 0)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (c < 0)
            return -1;
        ofs = ofs < max ? ofs : max;
        lo = hint - ofs;
        hi = hint - last;
    } else { /* a[hint] <= key: probe rightwards */
        ptrdiff_t max = n - hint;
        while (ofs < max) {
            if ((c = st->less(st->ctx, key, a[hint + ofs])) != 0)
                break;
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (c < 0)
            return -1;
        ofs = ofs < max ? ofs : max;
        lo = hint + last;
        hi = hint + ofs;
    }
    /* Now a[lo] <= key < a[hi]. */
    for (lo++; lo < hi;) {
        ptrdiff_t mid = lo + ((hi - lo) >> 1);
        if ((c = st->less(st->ctx, key, a[mid])) < 0)
            return -1;
        if (c)
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}

/* ---- merging ----
 * A merge in progress. merge_lo: the left run [a] was copied to the buffer
 * and [dest] is the next slot to fill, from the left; [b] is the rest of
 * the right run, in place, and dest + na == b. merge_hi mirrors it: the
 * right run is in the buffer and the cursors point at the last item of
 * each run and the last free slot. */
typedef struct Merge {
    Slice dest, a, b;
    size_t na, nb;
    void **a_start, **b_start; /* merge_hi: the first item of each run */
} Merge;

/* How a merge phase ended. */
enum {
    MERGE_FAILED = -1,
    MERGE_DONE,       /* a run is used up; the buffer's rest goes back */
    MERGE_ONE_LEFT,   /* the buffered run has one item, which goes last
                       * (merge_lo) or first (merge_hi) */
    MERGE_GALLOP,     /* switch to galloping */
    MERGE_ONE_BY_ONE, /* switch back to comparing item by item */
};

static inline void lo_take_a(Merge *m)
{
    slice_put(m->dest, m->a);
    m->dest = slice_at(m->dest, 1);
    m->a = slice_at(m->a, 1);
    m->na--;
}

static inline void lo_take_b(Merge *m)
{
    slice_put(m->dest, m->b);
    m->dest = slice_at(m->dest, 1);
    m->b = slice_at(m->b, 1);
    m->nb--;
}

static int lo_one_by_one(SortState *st, Merge *m)
{
    size_t acount = 0, bcount = 0;
    for (;;) {
        int c = st->less(st->ctx, m->b.keys[0], m->a.keys[0]);
        if (c < 0)
            return MERGE_FAILED;
        if (c) {
            lo_take_b(m);
            bcount++;
            acount = 0;
            if (m->nb == 0)
                return MERGE_DONE;
            if (bcount >= st->min_gallop)
                return MERGE_GALLOP;
        } else {
            lo_take_a(m);
            acount++;
            bcount = 0;
            if (m->na == 1)
                return MERGE_ONE_LEFT;
            if (acount >= st->min_gallop)
                return MERGE_GALLOP;
        }
    }
}

static int lo_gallop(SortState *st, Merge *m)
{
    size_t acount, bcount;
    st->min_gallop++;
    do {
        /* Staying in galloping mode makes it cheaper to enter again. */
        st->min_gallop -= st->min_gallop > 1;
        ptrdiff_t k = gallop_right(st, m->b.keys[0], m->a.keys, (ptrdiff_t)m->na, 0);
        if (k < 0)
            return MERGE_FAILED;
        acount = (size_t)k;
        if (k) {
            slice_copy(m->dest, m->a, acount);
            m->dest = slice_at(m->dest, k);
            m->a = slice_at(m->a, k);
            m->na -= acount;
            if (m->na == 1)
                return MERGE_ONE_LEFT;
            if (m->na == 0) /* only an inconsistent comparison gets here */
                return MERGE_DONE;
        }
        lo_take_b(m);
        if (m->nb == 0)
            return MERGE_DONE;

        k = gallop_left(st, m->a.keys[0], m->b.keys, (ptrdiff_t)m->nb, 0);
        if (k < 0)
            return MERGE_FAILED;
        bcount = (size_t)k;
        if (k) {
            slice_move(m->dest, m->b, bcount);
            m->dest = slice_at(m->dest, k);
            m->b = slice_at(m->b, k);
            m->nb -= bcount;
            if (m->nb == 0)
                return MERGE_DONE;
        }
        lo_take_a(m);
        if (m->na == 1)
            return MERGE_ONE_LEFT;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    st->min_gallop++; /* leaving galloping mode costs */
    return MERGE_ONE_BY_ONE;
}

/* Merges the adjacent sorted runs [a][0..na) and [b][0..nb), na <= nb,
 * where b[0] < a[0] and a[na-1] > b[nb-1] (merge_at trimmed them so). */
static int merge_lo(SortState *st, Slice a, size_t na, Slice b, size_t nb)
{
    if (buffer_reserve(st, na) < 0)
        return -2;
    slice_copy(st->buffer, a, na);
    Merge m = {.dest = a, .a = st->buffer, .b = b, .na = na, .nb = nb};
    lo_take_b(&m);
    int end = m.nb == 0 ? MERGE_DONE : m.na == 1 ? MERGE_ONE_LEFT : MERGE_ONE_BY_ONE;
    while (end == MERGE_ONE_BY_ONE) {
        end = lo_one_by_one(st, &m);
        if (end == MERGE_GALLOP)
            end = lo_gallop(st, &m);
    }
    if (end == MERGE_ONE_LEFT) {
        slice_move(m.dest, m.b, m.nb);
        slice_put(slice_at(m.dest, (ptrdiff_t)m.nb), m.a);
        return 0;
    }
    /* Done or failed: the buffered rest of a fills the gap before b. */
    slice_copy(m.dest, m.a, m.na);
    return end == MERGE_FAILED ? -1 : 0;
}

static inline void hi_take_a(Merge *m)
{
    slice_put(m->dest, m->a);
    m->dest = slice_at(m->dest, -1);
    m->a = slice_at(m->a, -1);
    m->na--;
}

static inline void hi_take_b(Merge *m)
{
    slice_put(m->dest, m->b);
    m->dest = slice_at(m->dest, -1);
    m->b = slice_at(m->b, -1);
    m->nb--;
}

static int hi_one_by_one(SortState *st, Merge *m)
{
    size_t acount = 0, bcount = 0;
    for (;;) {
        int c = st->less(st->ctx, m->b.keys[0], m->a.keys[0]);
        if (c < 0)
            return MERGE_FAILED;
        if (c) {
            hi_take_a(m);
            acount++;
            bcount = 0;
            if (m->na == 0)
                return MERGE_DONE;
            if (acount >= st->min_gallop)
                return MERGE_GALLOP;
        } else {
            hi_take_b(m);
            bcount++;
            acount = 0;
            if (m->nb == 1)
                return MERGE_ONE_LEFT;
            if (bcount >= st->min_gallop)
                return MERGE_GALLOP;
        }
    }
}

static int hi_gallop(SortState *st, Merge *m)
{
    size_t acount, bcount;
    st->min_gallop++;
    do {
        st->min_gallop -= st->min_gallop > 1;
        ptrdiff_t na = (ptrdiff_t)m->na, nb = (ptrdiff_t)m->nb;
        ptrdiff_t k = gallop_right(st, m->b.keys[0], m->a_start, na, na - 1);
        if (k < 0)
            return MERGE_FAILED;
        k = na - k; /* items of a greater than b's last */
        acount = (size_t)k;
        if (k) {
            m->dest = slice_at(m->dest, -k);
            m->a = slice_at(m->a, -k);
            slice_move(slice_at(m->dest, 1), slice_at(m->a, 1), acount);
            m->na -= acount;
            if (m->na == 0)
                return MERGE_DONE;
        }
        hi_take_b(m);
        if (m->nb == 1)
            return MERGE_ONE_LEFT;

        nb = (ptrdiff_t)m->nb;
        k = gallop_left(st, m->a.keys[0], m->b_start, nb, nb - 1);
        if (k < 0)
            return MERGE_FAILED;
        k = nb - k; /* items of b not less than a's last */
        bcount = (size_t)k;
        if (k) {
            m->dest = slice_at(m->dest, -k);
            m->b = slice_at(m->b, -k);
            slice_copy(slice_at(m->dest, 1), slice_at(m->b, 1), bcount);
            m->nb -= bcount;
            if (m->nb == 1)
                return MERGE_ONE_LEFT;
            if (m->nb == 0) /* only an inconsistent comparison gets here */
                return MERGE_DONE;
        }
        hi_take_a(m);
        if (m->na == 0)
            return MERGE_DONE;
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    st->min_gallop++;
    return MERGE_ONE_BY_ONE;
}

/* merge_lo's mirror for na > nb: merges from the right end. */
static int merge_hi(SortState *st, Slice a, size_t na, Slice b, size_t nb)
{
    if (buffer_reserve(st, nb) < 0)
        return -2;
    slice_copy(st->buffer, b, nb);
    Merge m = {
        .dest = slice_at(b, (ptrdiff_t)nb - 1),
        .a = slice_at(a, (ptrdiff_t)na - 1),
        .b = slice_at(st->buffer, (ptrdiff_t)nb - 1),
        .na = na,
        .nb = nb,
        .a_start = a.keys,
        .b_start = st->buffer.keys,
    };
    hi_take_a(&m);
    int end = m.na == 0 ? MERGE_DONE : m.nb == 1 ? MERGE_ONE_LEFT : MERGE_ONE_BY_ONE;
    while (end == MERGE_ONE_BY_ONE) {
        end = hi_one_by_one(st, &m);
        if (end == MERGE_GALLOP)
            end = hi_gallop(st, &m);
    }
    if (end == MERGE_ONE_LEFT) {
        ptrdiff_t k = (ptrdiff_t)m.na;
        m.dest = slice_at(m.dest, -k);
        m.a = slice_at(m.a, -k);
        slice_move(slice_at(m.dest, 1), slice_at(m.a, 1), m.na);
        slice_put(m.dest, m.b);
        return 0;
    }
    /* Done or failed: the buffered rest of b fills the gap after a. */
    if (m.nb)
        slice_copy(slice_at(m.dest, 1 - (ptrdiff_t)m.nb), st->buffer, m.nb);
    return end == MERGE_FAILED ? -1 : 0;
}

/* Merges pending runs i and i + 1 into run i. */
static int merge_at(SortState *st, size_t i)
{
    Slice a = st->runs[i].base, b = st->runs[i + 1].base;
    size_t na = st->runs[i].len, nb = st->runs[i + 1].len;
    st->runs[i].len = na + nb;
    if (i + 3 == st->nruns)
        st->runs[i + 1] = st->runs[i + 2];
    st->nruns--;

    /* Items of a not greater than b[0] are already in place. */
    ptrdiff_t k = gallop_right(st, b.keys[0], a.keys, (ptrdiff_t)na, 0);
    if (k < 0)
        return -1;
    a = slice_at(a, k);
    na -= (size_t)k;
    if (na == 0)
        return 0;
    /* So are items of b not less than a's last. */
    k = gallop_left(st, a.keys[na - 1], b.keys, (ptrdiff_t)nb, (ptrdiff_t)nb - 1);
    if (k <= 0)
        return (int)k;
    nb = (size_t)k;
    return na <= nb ? merge_lo(st, a, na, b, nb) : merge_hi(st, a, na, b, nb);
}

/* ---- the run stack ---- */

/* The power of the boundary between a run at [start] of [n1] items and the
 * next run of [n2] items, in an array of [total]: with a and b the
 * midpoints of the two runs as fractions of the array, the position of the
 * first bit where a's and b's binary expansions differ. Works on 2a, 2b
 * (integers) and produces the quotient bits one at a time. */
static int boundary_power(size_t start, size_t n1, size_t n2, size_t total)
{
    size_t a = 2 * start + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= total) { /* both bits 1 */
            a -= total;
            b -= total;
        } else if (b >= total) { /* the bits differ */
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

/* A run of [n] items follows the pending ones: merge the runs whose
 * boundaries are deeper than the new boundary. */
static int push_run(SortState *st, Slice base, size_t n)
{
    if (st->nruns > 0) {
        Run *top = &st->runs[st->nruns - 1];
        size_t start = (size_t)(top->base.keys - st->all_keys);
        int power = boundary_power(start, top->len, n, st->total);
        while (st->nruns > 1 && st->runs[st->nruns - 2].power > power) {
            int rc = merge_at(st, st->nruns - 2);
            if (rc < 0)
                return rc;
        }
        st->runs[st->nruns - 1].power = power;
    }
    st->runs[st->nruns++] = (Run){.base = base, .len = n, .power = 0};
    return 0;
}

/* At the end, merges what is left, right to left, except that a short
 * run third from the top is merged with the one above it first. */
static int collapse_all(SortState *st)
{
    while (st->nruns > 1) {
        size_t i = st->nruns - 2;
        if (i > 0 && st->runs[i - 1].len < st->runs[i + 1].len)
            i--;
        int rc = merge_at(st, i);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- runs ---- */

/* The length of the run starting at [s] (at most [n] >= 1 items) and in
 * *[descending] whether it strictly descends; -1 on a failed comparison.
 * Only strict descent may be reversed without breaking stability. */
static ptrdiff_t count_run(SortState *st, void **s, size_t n, bool *descending)
{
    *descending = false;
    if (n == 1)
        return 1;
    int c = st->less(st->ctx, s[1], s[0]);
    if (c < 0)
        return -1;
    *descending = c > 0;
    size_t len = 2;
    for (; len < n; len++) {
        c = st->less(st->ctx, s[len], s[len - 1]);
        if (c < 0)
            return -1;
        if ((c > 0) != *descending)
            break;
    }
    return (ptrdiff_t)len;
}

/* Extends the sorted prefix [s][0..sorted) to [s][0..n) by binary
 * insertion: each new item goes after every item not greater than it. */
static int binary_insertion(SortState *st, Slice s, size_t sorted, size_t n)
{
    for (size_t i = sorted; i < n; i++) {
        void *pivot = s.keys[i];
        size_t lo = 0, hi = i;
        do {
            size_t mid = lo + ((hi - lo) >> 1);
            int c = st->less(st->ctx, pivot, s.keys[mid]);
            if (c < 0)
                return -1; /* the pivot has not moved yet */
            if (c)
                hi = mid;
            else
                lo = mid + 1;
        } while (lo < hi);
        void *pivot_value = s.values ? s.values[i] : NULL;
        slice_move(slice_at(s, (ptrdiff_t)lo + 1), slice_at(s, (ptrdiff_t)lo), i - lo);
        s.keys[lo] = pivot;
        if (s.values)
            s.values[lo] = pivot_value;
    }
    return 0;
}

/* Runs shorter than this are extended by binary insertion: n's 6 top bits,
 * plus 1 if any lower bit is set, so that n / minrun is a power of two or
 * just under one and the merges stay balanced. */
static size_t compute_minrun(size_t n)
{
    size_t low_bits = 0;
    while (n >= 64) {
        low_bits |= n & 1;
        n >>= 1;
    }
    return n + low_bits;
}

static int sort_slice(SortState *st, Slice s, size_t n)
{
    size_t minrun = compute_minrun(n);
    size_t remaining = n;
    do {
        bool descending;
        ptrdiff_t found = count_run(st, s.keys, remaining, &descending);
        if (found < 0)
            return -1;
        size_t len = (size_t)found;
        if (descending)
            slice_reverse(s, len);
        if (len < minrun) {
            size_t forced = remaining < minrun ? remaining : minrun;
            if (binary_insertion(st, s, len, forced) < 0)
                return -1;
            len = forced;
        }
        int rc = push_run(st, s, len);
        if (rc < 0)
            return rc;
        s = slice_at(s, (ptrdiff_t)len);
        remaining -= len;
    } while (remaining);
    return collapse_all(st);
}

static int sort_pairs(void **keys, void **values, size_t n, KrSortLess less, void *ctx)
{
    if (n < 2)
        return 0;
    SortState st;
    st.less = less;
    st.ctx = ctx;
    st.all_keys = keys;
    st.total = n;
    st.min_gallop = MIN_GALLOP;
    st.heap_buffer = NULL;
    st.nruns = 0;
    /* With values, the stack buffer holds half as many items: keys in its
     * first half, values in its second. */
    st.buffer.keys = st.stack_buffer;
    st.buffer.values = values ? st.stack_buffer + STACK_BUFFER / 2 : NULL;
    st.buffer_cap = values ? STACK_BUFFER / 2 : STACK_BUFFER;
    int rc = sort_slice(&st, (Slice){.keys = keys, .values = values}, n);
    free(st.heap_buffer);
    return rc;
}

int kri_sort(void **items, size_t n, KrSortLess less, void *ctx)
{
    return sort_pairs(items, NULL, n, less, ctx);
}

int kri_sort_with_values(void **keys, void **values, size_t n, KrSortLess less, void *ctx)
{
    return sort_pairs(keys, values, n, less, ctx);
}
