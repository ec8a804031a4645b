/*
 * fuzz_pgnode.c: differential libFuzzer harness for src/pgnode.c. Arbitrary
 * text is parsed by the direct path and through libpg_query's JSON; the
 * trees must be equal, or both paths must give the same syntax error, or
 * both must find the tree too deep. Anything else aborts. `make fuzz` runs it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/pgnode_diff.h"
#include "arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Arena a = {0};
  PgNodeResult rc;
  char aWhy[1024];
  char *z;
  const int maxDepth = 400; /* small enough that inputs reach it */

  if (size > 16384) return 0;
  z = malloc(size + 1);
  memcpy(z, data, size);
  z[size] = 0; /* libpg_query reads up to the first NUL, both paths alike */
  if (pgnode_compare(&a, z, maxDepth, &rc, aWhy, sizeof aWhy)) {
    fprintf(stderr, "%s\n", aWhy);
    abort();
  }
  arena_free(&a);
  free(z);
  return 0;
}
