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

#include <pg_query.h>

#include "../unit/tree_diff.h"
#include "arena.h"
#include "json.h"
#include "pgnode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Arena a = {0};
  char *z;
  JNode *pDirect = NULL, *pJson = NULL;
  PgQueryError *pErr = NULL;
  PgQueryParseResult r;
  PgNodeResult rc;
  char aWhy[1024];
  const int maxDepth = 400; /* small enough that inputs reach it */

  if (size > 16384) return 0;
  z = malloc(size + 1);
  memcpy(z, data, size);
  z[size] = 0; /* libpg_query reads up to the first NUL, both paths alike */
  rc = pgnode_parse(&a, z, maxDepth, &pDirect, &pErr);
  r = pg_query_parse(z);
  if (!r.error) {
    const char *zJsonErr = NULL;
    char *zCopy = arena_strdup(&a, r.parse_tree);
    pJson = json_parse(&a, zCopy, strlen(zCopy), maxDepth, &zJsonErr);
  }
  switch (rc) {
    case PGNODE_OK:
      if (!pJson) abort();
      if (tree_diff(pDirect, pJson, aWhy, sizeof aWhy, "")) {
        fprintf(stderr, "trees differ at %s\n", aWhy);
        abort();
      }
      break;
    case PGNODE_ERROR:
      if (!r.error || strcmp(r.error->message, pErr->message) != 0 ||
          r.error->cursorpos != pErr->cursorpos)
        abort();
      break;
    case PGNODE_TOO_DEEP:
      if (pJson || r.error) abort();
      break;
    case PGNODE_UNKNOWN: break;
  }
  pgnode_free_error(pErr);
  pg_query_free_parse_result(r);
  arena_free(&a);
  free(z);
  return 0;
}
