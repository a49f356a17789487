/* Arena and buffer basics: alignment, growth past a chunk, big blocks. */
#include "base/base.h"
#include "harness.h"

#include <stdint.h>

TEST(arena_alignment_and_growth)
{
    KrArena a;
    kri_arena_init(&a);
    char *prev = NULL;
    for (int i = 1; i < 20000; i++) {
        char *p = kri_arena_alloc(&a, (size_t)(i % 97) + 1);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 15) == 0);
        CHECK(p != prev);
        p[0] = 'x';
        prev = p;
    }
    char *big = kri_arena_alloc(&a, 10 * 1024 * 1024);
    CHECK(big != NULL);
    big[10 * 1024 * 1024 - 1] = 1;
    CHECK_EQ_STR(kri_arena_strndup(&a, "hello world", 5), "hello");
    kri_arena_free(&a);
}

TEST(buf_printf_and_append)
{
    KrBuf b;
    kri_buf_init(&b);
    CHECK(kri_buf_puts(&b, "abc") == 0);
    CHECK(kri_buf_printf(&b, "%d-%s", 42, "x") == 0);
    for (int i = 0; i < 1000; i++)
        CHECK(kri_buf_putc(&b, 'z') == 0);
    CHECK_EQ_INT(b.len, 1007);
    CHECK(strncmp(b.data, "abc42-xzz", 9) == 0);
    kri_buf_free(&b);
}

int main(void)
{
    RUN(arena_alignment_and_growth);
    RUN(buf_printf_and_append);
    return kt_finish();
}
