/*
 * sketch.c: bottom-k sketches (see sketch.h). Kept as sorted arrays: adds
 * are binary-search inserts, unions a merge of two sorted lists cut at k.
 */
/* libpg_query.so exports an older xxHash under the same symbol names; the
** inline build of the header keeps ours from resolving to it. */
#define XXH_INLINE_ALL
#include "sketch.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "util.h"

void sketch_init(Sketch *s, int k) {
  if (k < 1) k = 1;
  if (k > SKETCH_MAX_K) k = SKETCH_MAX_K;
  s->k = k;
  s->n = 0;
  s->a = xmalloc(sizeof(uint64_t) * (size_t)k);
}

void sketch_free(Sketch *s) {
  free(s->a);
  s->a = NULL;
  s->n = s->k = 0;
}

void sketch_add(Sketch *s, uint64_t h) {
  int lo = 0, hi = s->n;
  if (s->n == s->k && h >= s->a[s->n - 1]) return; /* not among the k smallest */
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (s->a[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  if (lo < s->n && s->a[lo] == h) return; /* seen */
  if (s->n == s->k) s->n--;               /* drop the largest */
  memmove(&s->a[lo + 1], &s->a[lo], sizeof(uint64_t) * (size_t)(s->n - lo));
  s->a[lo] = h;
  s->n++;
}

void sketch_union(Sketch *s, const Sketch *t) {
  uint64_t aBuf[256], *a = aBuf;
  int i = 0, j = 0, n = 0;
  if (t->n == 0) return;
  if (s->k > 256) a = xmalloc(sizeof(uint64_t) * (size_t)s->k);
  while (n < s->k && (i < s->n || j < t->n)) {
    uint64_t v;
    if (j >= t->n || (i < s->n && s->a[i] < t->a[j])) v = s->a[i++];
    else if (i >= s->n || t->a[j] < s->a[i]) v = t->a[j++];
    else {
      v = s->a[i++];
      j++;
    }
    a[n++] = v;
  }
  memcpy(s->a, a, sizeof(uint64_t) * (size_t)n);
  s->n = n;
  if (a != aBuf) free(a);
}

int sketch_count(const Sketch *s) { return s->n; }

size_t sketch_size(const Sketch *s) { return 8 + 8 * (size_t)s->n; }

static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

void sketch_encode(const Sketch *s, unsigned char *p) {
  int i;
  put32(p, (uint32_t)s->k);
  put32(p + 4, (uint32_t)s->n);
  for (i = 0; i < s->n; i++) {
    put32(p + 8 + 8 * i, (uint32_t)s->a[i]);
    put32(p + 12 + 8 * i, (uint32_t)(s->a[i] >> 32));
  }
}

int sketch_decode(Sketch *s, const unsigned char *p, size_t n) {
  uint32_t k, m, i;
  if (n < 8) return -1;
  k = get32(p);
  m = get32(p + 4);
  if (k < 1 || k > SKETCH_MAX_K || m > k || n != 8 + 8 * (size_t)m) return -1;
  sketch_init(s, (int)k);
  for (i = 0; i < m; i++) {
    uint64_t v = (uint64_t)get32(p + 8 + 8 * i) | (uint64_t)get32(p + 12 + 8 * i) << 32;
    if (i > 0 && v <= s->a[i - 1]) { /* must be ascending and distinct */
      sketch_free(s);
      return -1;
    }
    s->a[i] = v;
  }
  s->n = (int)m;
  return 0;
}

uint64_t sketch_hash(uint64_t key, const char *z, size_t n) {
  return XXH3_64bits_withSeed(z, n, key);
}
