/* sort.c against CPython 3.11's list.sort(): for every case of
 * sort_ref.gen.h (written by tools/gen_sort_ref.py with /usr/bin/python3.11)
 * the same number of comparisons and the same sequence of them (a digest of
 * which items were compared, in which order and which way round), a stable
 * ascending result, with and without values; and a comparison failing at
 * the k-th call stops the sort at once, leaving a permutation of the input
 * (with values, every key still beside its value). */
#include "base/sort.h"
#include "harness.h"

#include <stdlib.h>

#include "sort_ref.gen.h"

#define FNV_PRIME UINT64_C(0x100000001B3)
#define FNV_START UINT64_C(0xCBF29CE484222325)

typedef struct Item {
    int64_t key;
    uint32_t pos; /* index in the input */
} Item;

/* The comparison log of one sort, and where to inject a failure. */
typedef struct Log {
    uint64_t compares, digest;
    uint64_t fail_at; /* the call that fails (1-based), or 0 */
} Log;

static int item_less(void *ctx, void *a, void *b)
{
    Log *log = ctx;
    const Item *x = a, *y = b;
    log->compares++;
    log->digest = (log->digest ^ ((uint64_t)x->pos << 32 | y->pos)) * FNV_PRIME;
    if (log->compares == log->fail_at)
        return -1;
    return x->key < y->key;
}

/* ---- the keys of a case: twins of make_keys in gen_sort_ref.py ---- */

static uint64_t rng_next(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static void make_runs(int64_t *keys, uint32_t n, uint32_t param, uint64_t *rng)
{
    for (uint32_t i = 0; i < n;) {
        uint64_t len = 1 + rng_next(rng) % param;
        bool up = rng_next(rng) & 1;
        int64_t base = (int64_t)(rng_next(rng) % 1000);
        for (uint64_t j = 0; j < len && i < n; j++)
            keys[i++] = up ? base + (int64_t)j : base - (int64_t)j;
    }
}

static void make_keys(int64_t *keys, char pattern, uint32_t n, uint32_t param, uint32_t seed)
{
    uint64_t rng = (uint64_t)seed * 7919 + n;
    for (uint32_t i = 0; i < n; i++) {
        switch (pattern) {
        case 'r': keys[i] = (int64_t)(rng_next(&rng) >> 32); break;
        case 'e': keys[i] = (int64_t)(rng_next(&rng) % param); break;
        case 'd': keys[i] = (int64_t)(n - i); break;
        case 'q': keys[i] = (int64_t)(n - i) / 3; break;
        case 'c': keys[i] = 0; break;
        case 'z': keys[i] = i % param; break;
        case 'o': keys[i] = i < n - i ? i : n - i; break;
        default: keys[i] = i; break; /* 's', and the start of 'w' and 't' */
        }
    }
    if (pattern == 'w' && n > 1) {
        for (uint32_t k = 0; k < param; k++) {
            uint64_t a = rng_next(&rng) % n, b = rng_next(&rng) % n;
            int64_t t = keys[a];
            keys[a] = keys[b];
            keys[b] = t;
        }
    } else if (pattern == 'u') {
        make_runs(keys, n, param, &rng);
    } else if (pattern == 't') {
        uint32_t tail = param < n ? param : n;
        for (uint32_t i = n - tail; i < n; i++)
            keys[i] = (int64_t)(rng_next(&rng) % ((uint64_t)n + 1));
    }
}

/* ---- running a case ---- */

typedef struct Case {
    Item *items;
    void **ptrs;   /* the array sorted */
    void **values; /* positions, for kri_sort_with_values */
    uint32_t n;
} Case;

static void case_init(Case *c, char pattern, uint32_t n, uint32_t param, uint32_t seed)
{
    int64_t *keys = malloc((n + 1) * sizeof *keys);
    make_keys(keys, pattern, n, param, seed);
    c->n = n;
    c->items = malloc((n + 1) * sizeof *c->items);
    c->ptrs = malloc((n + 1) * sizeof *c->ptrs);
    c->values = malloc((n + 1) * sizeof *c->values);
    for (uint32_t i = 0; i < n; i++) {
        c->items[i] = (Item){.key = keys[i], .pos = i};
        c->ptrs[i] = &c->items[i];
        c->values[i] = (void *)(uintptr_t)i;
    }
    free(keys);
}

static void case_free(Case *c)
{
    free(c->items);
    free(c->ptrs);
    free(c->values);
}

static void reverse(void **a, uint32_t n)
{
    for (uint32_t i = 0; n > 1 && i < n - 1 - i; i++) {
        void *t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

/* Sorts as list.sort() does, reverse=True being a reversal before and
 * after. Returns the sort's result code. */
static int case_sort(Case *c, bool with_values, bool rev, Log *log)
{
    if (rev) {
        reverse(c->ptrs, c->n);
        reverse(c->values, c->n);
    }
    int rc = with_values ? kri_sort_with_values(c->ptrs, c->values, c->n, item_less, log)
                         : kri_sort(c->ptrs, c->n, item_less, log);
    if (rev && rc == 0) {
        reverse(c->ptrs, c->n);
        reverse(c->values, c->n);
    }
    return rc;
}

/* Whether the array is sorted (descending when [rev]) and stable: equal
 * keys keep their input order. */
static bool sorted_and_stable(const Case *c, bool rev)
{
    for (uint32_t i = 1; i < c->n; i++) {
        const Item *a = c->ptrs[i - 1], *b = c->ptrs[i];
        if (rev ? a->key < b->key : a->key > b->key)
            return false;
        if (a->key == b->key && a->pos > b->pos)
            return false;
    }
    return true;
}

/* Whether every item is present once and, with values, beside its value. */
static bool is_permutation(const Case *c, bool with_values)
{
    bool ok = true;
    unsigned char *seen = calloc(c->n + 1, 1);
    for (uint32_t i = 0; i < c->n; i++) {
        const Item *it = c->ptrs[i];
        if (it < c->items || it >= c->items + c->n || seen[it->pos]++)
            ok = false;
        else if (with_values && (uintptr_t)c->values[i] != it->pos)
            ok = false;
    }
    free(seen);
    return ok;
}

TEST(comparisons_match_cpython)
{
    size_t matched = 0, total = KR_ARRAY_LEN(sort_cases), bad_order = 0;
    uint64_t compares = 0;
    for (size_t i = 0; i < total; i++) {
        bool rev = sort_cases[i].reverse;
        bool same = true;
        for (int with_values = 0; with_values <= 1; with_values++) {
            Case c;
            case_init(&c, sort_cases[i].pattern, sort_cases[i].n, sort_cases[i].param,
                      sort_cases[i].seed);
            Log log = {.digest = FNV_START};
            same &= case_sort(&c, with_values, rev, &log) == 0;
            same &= log.compares == sort_cases[i].compares && log.digest == sort_cases[i].digest;
            bad_order += !sorted_and_stable(&c, rev) || !is_permutation(&c, with_values);
            compares += log.compares;
            case_free(&c);
        }
        matched += same;
        if (!same && total - matched <= 10)
            printf("differs: '%c' n=%u param=%u seed=%u%s (CPython: %llu compares)\n",
                   sort_cases[i].pattern, sort_cases[i].n, sort_cases[i].param,
                   sort_cases[i].seed, rev ? " reverse" : "",
                   (unsigned long long)sort_cases[i].compares);
    }
    printf("sort: %zu of %zu cases make CPython's comparisons exactly (%llu compares)\n",
           matched, total, (unsigned long long)compares);
    CHECK_EQ_INT(matched, total);
    CHECK_EQ_INT(bad_order, 0);
}

/* Fails the comparison at call k for a spread of k over the whole sort. */
static void inject_failures(char pattern, uint32_t n, uint32_t param, bool with_values, int *bad)
{
    Case c;
    case_init(&c, pattern, n, param, 5);
    Log full = {.digest = FNV_START};
    if (case_sort(&c, with_values, false, &full) != 0)
        (*bad)++;
    case_free(&c);
    uint64_t step = full.compares / 200 + 1;
    for (uint64_t k = 1; k <= full.compares + 1; k += (k < 300 ? 1 : step)) {
        case_init(&c, pattern, n, param, 5);
        Log log = {.digest = FNV_START, .fail_at = k};
        int rc = case_sort(&c, with_values, false, &log);
        bool expect_fail = k <= full.compares;
        if (rc != (expect_fail ? -1 : 0) || log.compares != (expect_fail ? k : full.compares) ||
            !is_permutation(&c, with_values)) {
            if ((*bad)++ < 5)
                printf("failure at %llu: '%c' n=%u rc=%d after %llu compares\n",
                       (unsigned long long)k, pattern, n, rc,
                       (unsigned long long)log.compares);
        }
        case_free(&c);
    }
}

TEST(failing_comparison_leaves_permutation)
{
    int bad = 0;
    static const char patterns[] = "rezutwq";
    static const uint32_t sizes[] = {2, 3, 10, 64, 65, 200, 700, 2500};
    for (size_t p = 0; patterns[p]; p++) {
        for (size_t s = 0; s < KR_ARRAY_LEN(sizes); s++) {
            uint32_t param = patterns[p] == 'e' ? 4 : patterns[p] == 'z' ? 17 : 30;
            inject_failures(patterns[p], sizes[s], param, false, &bad);
            inject_failures(patterns[p], sizes[s], param, true, &bad);
        }
    }
    CHECK_EQ_INT(bad, 0);
}

TEST(stable_with_values)
{
    /* Keys 0..4 repeated: each key's values must come out in input order. */
    enum { N = 1000 };
    Case c;
    case_init(&c, 'e', N, 5, 9);
    Log log = {.digest = FNV_START};
    CHECK_EQ_INT(kri_sort_with_values(c.ptrs, c.values, N, item_less, &log), 0);
    CHECK(sorted_and_stable(&c, false));
    CHECK(is_permutation(&c, true));
    case_free(&c);
}

TEST(trivial_sizes)
{
    Log log = {.digest = FNV_START};
    CHECK_EQ_INT(kri_sort(NULL, 0, item_less, &log), 0);
    Item one = {.key = 1, .pos = 0};
    void *p = &one;
    CHECK_EQ_INT(kri_sort(&p, 1, item_less, &log), 0);
    CHECK_EQ_INT(log.compares, 0);
    CHECK(p == &one);
}

int main(void)
{
    RUN(comparisons_match_cpython);
    RUN(failing_comparison_leaves_permutation);
    RUN(stable_with_values);
    RUN(trivial_sizes);
    return kt_finish();
}
