/* The one-header C unit-test harness. A test file defines test functions with
 * TEST(name), lists them in main with RUN(name), and returns kt_finish().
 * CHECK failures print file:line and the expression and mark the current test
 * failed; the test goes on so one run reports every broken check. The last
 * line printed is "N passed, N failed", counting tests. */
#ifndef KRAIT_TEST_HARNESS_H
#define KRAIT_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

typedef struct {
    int passed, failed, current_failed;
} KtState;

static KtState kt_state;

#define TEST(name) static void name(void)

#define RUN(name)                                                                  \
    do {                                                                           \
        kt_state.current_failed = 0;                                               \
        name();                                                                    \
        if (kt_state.current_failed) {                                             \
            kt_state.failed++;                                                     \
            printf("FAIL %s\n", #name);                                            \
        } else {                                                                   \
            kt_state.passed++;                                                     \
        }                                                                          \
    } while (0)

#define CHECK(cond)                                                                \
    do {                                                                           \
        if (!(cond)) {                                                             \
            printf("%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);        \
            kt_state.current_failed = 1;                                           \
        }                                                                          \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                         \
    do {                                                                           \
        long long kt_a = (long long)(a), kt_b = (long long)(b);                    \
        if (kt_a != kt_b) {                                                        \
            printf("%s:%d: %s == %s failed: %lld != %lld\n", __FILE__, __LINE__,   \
                   #a, #b, kt_a, kt_b);                                            \
            kt_state.current_failed = 1;                                           \
        }                                                                          \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                         \
    do {                                                                           \
        const char *kt_a = (a), *kt_b = (b);                                       \
        if (!kt_a || !kt_b || strcmp(kt_a, kt_b) != 0) {                           \
            printf("%s:%d: %s == %s failed: \"%s\" != \"%s\"\n", __FILE__,         \
                   __LINE__, #a, #b, kt_a ? kt_a : "(null)", kt_b ? kt_b : "(null)"); \
            kt_state.current_failed = 1;                                           \
        }                                                                          \
    } while (0)

static inline int kt_finish(void)
{
    printf("%d passed, %d failed\n", kt_state.passed, kt_state.failed);
    return kt_state.failed ? 1 : 0;
}

#endif
