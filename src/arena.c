/*
 * arena.c: bump allocation in growing blocks. Large requests get a block of
 * their own so a huge IN list does not waste a whole standard block.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct ArenaBlock {
  ArenaBlock *pNext;
  size_t nSize; /* usable bytes in a[] */
  alignas(max_align_t) unsigned char a[];
};

#define ARENA_BLOCK 16384

void *arena_alloc(Arena *p, size_t n) {
  void *r = arena_alloc_raw(p, n);
  memset(r, 0, n);
  return r;
}

/* n is aligned and does not fit in the current block. */
void *arena_alloc_block(Arena *p, size_t n) {
  ArenaBlock *b = p->pHead;
  size_t sz = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
  ArenaBlock *nb = xmalloc(sizeof(ArenaBlock) + sz);
  nb->nSize = sz;
  if (sz == n && b) {
    /* A dedicated block goes behind the current one, which keeps room. */
    nb->pNext = b->pNext;
    b->pNext = nb;
  } else {
    nb->pNext = b;
    p->pHead = nb;
    p->pCur = nb->a + n;
    p->pEnd = nb->a + sz;
  }
  p->nUsed += n;
  return nb->a;
}

char *arena_strndup(Arena *p, const char *z, size_t n) {
  char *r = arena_alloc_raw(p, n + 1);
  memcpy(r, z, n);
  r[n] = 0;
  return r;
}

char *arena_strdup(Arena *p, const char *z) {
  return arena_strndup(p, z, strlen(z));
}

char *arena_printf(Arena *p, const char *zFmt, ...) {
  va_list ap, ap2;
  int n;
  char *z;
  va_start(ap, zFmt);
  va_copy(ap2, ap);
  n = vsnprintf(NULL, 0, zFmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  z = arena_alloc(p, (size_t)n + 1);
  vsnprintf(z, (size_t)n + 1, zFmt, ap2);
  va_end(ap2);
  return z;
}

void arena_free(Arena *p) {
  ArenaBlock *b = p->pHead;
  while (b) {
    ArenaBlock *n = b->pNext;
    free(b);
    b = n;
  }
  p->pHead = NULL;
  p->nUsed = 0;
  p->pCur = p->pEnd = NULL;
}
