/*
 * arena.h: a bump allocator. The IR of one query, the dialect rewrite and the
 * binder's tables live in one Arena and are freed together by arena_free();
 * nothing allocated here is ever freed on its own.
 */
#ifndef AMCQ_ARENA_H
#define AMCQ_ARENA_H

#include <stdalign.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
  ArenaBlock *pHead;          /* newest block first */
  size_t nUsed;               /* bytes handed out, for limits and statistics */
  unsigned char *pCur, *pEnd; /* free space of the current block */
} Arena;

/* Zeroed memory, aligned for any type. Aborts on out-of-memory. */
void *arena_alloc(Arena *p, size_t n);
/* Like arena_alloc but the memory is not zeroed: for callers that set
** every field themselves on a hot path. The common case, room left in the
** current block, is inline; arena_alloc_block() does the rest. */
void *arena_alloc_block(Arena *p, size_t n);
static inline void *arena_alloc_raw(Arena *p, size_t n) {
  const size_t align = alignof(max_align_t);
  n = n ? (n + align - 1) & ~(align - 1) : align;
  if ((size_t)(p->pEnd - p->pCur) >= n) {
    void *r = p->pCur;
    p->pCur += n;
    p->nUsed += n;
    return r;
  }
  return arena_alloc_block(p, n);
}
/* Copy of z[0..n) with a NUL terminator. */
char *arena_strndup(Arena *p, const char *z, size_t n);
char *arena_strdup(Arena *p, const char *z);
/* printf into the arena. */
char *arena_printf(Arena *p, const char *zFmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Release every block; the Arena is empty and reusable afterwards. */
void arena_free(Arena *p);

#define ARENA_NEW(pArena, T) ((T *)arena_alloc((pArena), sizeof(T)))
#define ARENA_ARRAY(pArena, T, n) ((T *)arena_alloc((pArena), sizeof(T) * (n)))

#endif
