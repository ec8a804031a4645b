/*
 * test_sketch.c: bottom-k sketches against brute force: counts exact below
 * k and capped at k, unions equal to the sketch of the union whatever the
 * grouping, serialization round trips and malformed blobs refused.
 */
#include <stdlib.h>

/* as the library builds it (libpg_query.so exports an older xxHash under
** the same names) */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "sketch.h"
#include "test.h"

static uint64_t rnd(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

void test_sketch_counts(void) {
  uint64_t x = 1;
  int size;
  for (size = 0; size <= 300; size += 7) {
    Sketch s;
    int i;
    char aId[32];
    sketch_init(&s, 100);
    for (i = 0; i < size; i++) {
      int n = snprintf(aId, sizeof aId, "user-%d", i);
      sketch_add(&s, sketch_hash(42, aId, (size_t)n));
      /* Every user seen twice: duplicates do not count. */
      sketch_add(&s, sketch_hash(42, aId, (size_t)n));
    }
    CHECK(sketch_count(&s) == (size < 100 ? size : 100));
    for (i = 1; i < s.n; i++) CHECK(s.a[i - 1] < s.a[i]);
    sketch_free(&s);
  }
  (void)rnd(&x);
}

void test_sketch_union(void) {
  /* 40 random groups of users; the union of their sketches, merged in two
  ** different orders, equals the bottom-k of all hashes. */
  uint64_t x = 7, aAll[4000];
  int nAll = 0, g, i, k = 100;
  Sketch parts[40], left, right;
  for (g = 0; g < 40; g++) {
    int n = (int)(rnd(&x) % 120);
    sketch_init(&parts[g], k);
    for (i = 0; i < n; i++) {
      uint64_t h = rnd(&x) % 5000; /* small range: overlaps between groups */
      h = h * 0x9E3779B97F4A7C15ull;
      sketch_add(&parts[g], h);
      aAll[nAll++] = h;
    }
  }
  qsort(aAll, (size_t)nAll, sizeof aAll[0], cmp_u64);
  {
    int nDistinct = 0;
    for (i = 0; i < nAll; i++) {
      if (i == 0 || aAll[i] != aAll[i - 1]) aAll[nDistinct++] = aAll[i];
    }
    nAll = nDistinct;
  }
  sketch_init(&left, k);
  sketch_init(&right, k);
  for (g = 0; g < 40; g++) sketch_union(&left, &parts[g]);
  for (g = 39; g >= 0; g -= 2) sketch_union(&right, &parts[g]);
  for (g = 38; g >= 0; g -= 2) sketch_union(&right, &parts[g]);
  CHECK(left.n == (nAll < k ? nAll : k));
  CHECK(right.n == left.n);
  for (i = 0; i < left.n; i++) {
    CHECK(left.a[i] == aAll[i]);
    CHECK(right.a[i] == aAll[i]);
  }
  for (g = 0; g < 40; g++) sketch_free(&parts[g]);
  sketch_free(&left);
  sketch_free(&right);
}

void test_sketch_encoding(void) {
  Sketch s, t;
  unsigned char aBuf[8 + 8 * 10];
  int i;
  sketch_init(&s, 10);
  for (i = 0; i < 25; i++) sketch_add(&s, (uint64_t)(i * 7919) << 20);
  CHECK(sketch_size(&s) == sizeof aBuf);
  sketch_encode(&s, aBuf);
  CHECK(sketch_decode(&t, aBuf, sizeof aBuf) == 0);
  CHECK(t.k == 10 && t.n == 10);
  for (i = 0; i < 10; i++) CHECK(t.a[i] == s.a[i]);
  sketch_free(&t);
  CHECK(sketch_decode(&t, aBuf, sizeof aBuf - 1) != 0); /* truncated */
  CHECK(sketch_decode(&t, aBuf, 7) != 0);
  aBuf[16] ^= 0xFF; /* no longer ascending */
  aBuf[17] ^= 0xFF;
  aBuf[23] ^= 0xFF;
  CHECK(sketch_decode(&t, aBuf, sizeof aBuf) != 0);
  sketch_free(&s);
}

/* XXH3's published values for the empty input: sketches, pseudonyms and
** fixtures all rest on XXH3, so a different XXH3 must not pass silently. */
void test_xxh3_known(void);
void test_xxh3_known(void) {
  XXH128_hash_t h = XXH3_128bits("", 0);
  CHECK(XXH3_64bits("", 0) == 0x2D06800538D394C2ull);
  CHECK(h.high64 == 0x99AA06D3014798D8ull && h.low64 == 0x6001C324468D497Full);
}
