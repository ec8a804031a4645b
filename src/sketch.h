/*
 * sketch.h: bottom-k sketches of user sets, for counting the users behind
 * every output row exactly where it matters (amcq run). A sketch keeps the
 * k smallest 64-bit keyed hashes of the user ids it has seen; because
 * bottom-k(A u B) = bottom-k(bottom-k(A) u bottom-k(B)), sketches merge
 * through joins, GROUP BY and UNION, and the count is exact below k and
 * "at least k" at k. k is the largest threshold a query needs (100 for
 * AMC), so every threshold decision is exact in O(k) memory per row.
 */
#ifndef AMCQ_SKETCH_H
#define AMCQ_SKETCH_H

#include <stddef.h>
#include <stdint.h>

#define SKETCH_MAX_K 4096

typedef struct Sketch {
  int k;        /* capacity: the k smallest hashes are kept */
  int n;        /* hashes held, n <= k */
  uint64_t *a;  /* ascending, distinct; heap, owned */
} Sketch;

/* An empty sketch of capacity k (1..SKETCH_MAX_K). */
void sketch_init(Sketch *s, int k);
void sketch_free(Sketch *s);

/* Add one hash. */
void sketch_add(Sketch *s, uint64_t h);
/* s := bottom-k(s u t); s keeps its own k. */
void sketch_union(Sketch *s, const Sketch *t);

/* Distinct users seen: exact when below k; k means "k or more". */
int sketch_count(const Sketch *s);

/* Serialized form (SQLite blobs): 4 bytes k, 4 bytes n, n hashes, all
** little-endian. sketch_decode returns 0, or -1 for a malformed blob. */
size_t sketch_size(const Sketch *s);
void sketch_encode(const Sketch *s, unsigned char *p);
int sketch_decode(Sketch *s, const unsigned char *p, size_t n);

/* The keyed 64-bit hash of a user id. */
uint64_t sketch_hash(uint64_t key, const char *z, size_t n);

#endif
