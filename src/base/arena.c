/* Arena: bump allocation in chunks that are all freed at once. The parser puts
 * tokens, AST nodes, identifiers and constants here, so a parse costs one
 * pointer bump per node and one free per chunk. Invariant: cur <= end, and
 * [cur, end) is unused space of the newest chunk. */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

struct KrArenaChunk {
    KrArenaChunk *next;
    size_t size;
    _Alignas(16) char data[];
};

enum { ARENA_CHUNK_MIN = 64 * 1024 };

void kri_arena_init(KrArena *arena)
{
    arena->cur = arena->end = NULL;
    arena->chunks = NULL;
    arena->total = 0;
    arena->oom = false;
}

void kri_arena_free(KrArena *arena)
{
    KrArenaChunk *c = arena->chunks;
    while (c) {
        KrArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    kri_arena_init(arena);
}

/* Called when the current chunk cannot hold [size] (already rounded to 16).
 * Chunks grow with the arena so that big parses make few system calls. */
void *kri_arena_alloc_slow(KrArena *arena, size_t size)
{
    size_t want = ARENA_CHUNK_MIN;
    if (arena->total / 4 > want)
        want = arena->total / 4;
    if (want > 4 * 1024 * 1024)
        want = 4 * 1024 * 1024;
    if (size > want)
        want = size;
    KrArenaChunk *c = malloc(sizeof(KrArenaChunk) + want);
    if (!c) {
        arena->oom = true;
        return NULL;
    }
    c->next = arena->chunks;
    c->size = want;
    arena->chunks = c;
    arena->total += want;
    arena->cur = c->data + size;
    arena->end = c->data + want;
    return c->data;
}

/* Empties the arena but keeps its largest chunk, so that a sequence of
 * parses reuses memory instead of faulting in fresh pages each time. */
void kri_arena_reset(KrArena *arena)
{
    KrArenaChunk *keep = NULL;
    for (KrArenaChunk *c = arena->chunks; c; c = c->next) {
        if (!keep || c->size > keep->size)
            keep = c;
    }
    KrArenaChunk *c = arena->chunks;
    while (c) {
        KrArenaChunk *next = c->next;
        if (c != keep)
            free(c);
        c = next;
    }
    kri_arena_init(arena);
    if (keep) {
        keep->next = NULL;
        arena->chunks = keep;
        arena->total = keep->size;
        arena->cur = keep->data;
        arena->end = keep->data + keep->size;
    }
}

char *kri_arena_strndup(KrArena *arena, const char *s, size_t len)
{
    char *p = kri_arena_alloc(arena, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
