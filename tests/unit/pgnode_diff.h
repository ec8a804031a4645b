/*
 * pgnode_diff.h: parse a text through pgnode.c and through libpg_query's
 * JSON and compare the outcomes exactly (trees: kinds, keys in order,
 * values; errors: message and position; the depth limit). Shared by
 * tests/unit/test_pgnode.c and tests/fuzz/fuzz_pgnode.c.
 */
#ifndef AMCQ_PGNODE_DIFF_H
#define AMCQ_PGNODE_DIFF_H

#include <pg_query.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "pgnode.h"

/* Why a and b differ, written to zWhy; 0 if they are equal. */
static inline int tree_diff(const JNode *a, const JNode *b, char *zWhy,
                            size_t n, const char *zPath) {
  const JNode *x, *y;
  if (a->type != b->type) {
    snprintf(zWhy, n, "%s: type %d vs %d", zPath, a->type, b->type);
    return 1;
  }
  if ((a->zKey == NULL) != (b->zKey == NULL) ||
      (a->zKey && strcmp(a->zKey, b->zKey) != 0)) {
    snprintf(zWhy, n, "%s: key %s vs %s", zPath, a->zKey ? a->zKey : "-",
             b->zKey ? b->zKey : "-");
    return 1;
  }
  if (a->type == JT_STRING && strcmp(a->zValue, b->zValue) != 0) {
    snprintf(zWhy, n, "%s: \"%s\" vs \"%s\"", zPath, a->zValue, b->zValue);
    return 1;
  }
  if (a->type == JT_NUMBER && a->rValue != b->rValue) {
    snprintf(zWhy, n, "%s: %g vs %g", zPath, a->rValue, b->rValue);
    return 1;
  }
  if (a->nChild != b->nChild) {
    char aA[256] = "", aB[256] = "";
    size_t k;
    for (x = a->pChild, k = 0; x; x = x->pNext) {
      k += (size_t)snprintf(aA + k, k < sizeof aA ? sizeof aA - k : 0, "%s,",
                            x->zKey ? x->zKey : "#");
      if (k >= sizeof aA) break;
    }
    for (y = b->pChild, k = 0; y; y = y->pNext) {
      k += (size_t)snprintf(aB + k, k < sizeof aB ? sizeof aB - k : 0, "%s,",
                            y->zKey ? y->zKey : "#");
      if (k >= sizeof aB) break;
    }
    snprintf(zWhy, n, "%s: %d members [%s] vs %d [%s]", zPath, a->nChild, aA,
             b->nChild, aB);
    return 1;
  }
  for (x = a->pChild, y = b->pChild; x && y; x = x->pNext, y = y->pNext) {
    char aPath[512];
    snprintf(aPath, sizeof aPath, "%.400s/%s", zPath, x->zKey ? x->zKey : "#");
    if (tree_diff(x, y, zWhy, n, aPath)) return 1;
  }
  return 0;
}

/* Parse zText both ways, nodes in pArena, with maxDepth JSON levels.
** Returns 0 if they agree (*pRc: the direct path's outcome), else 1 with
** the difference in zWhy. */
static inline int pgnode_compare(Arena *pArena, const char *zText, int maxDepth,
                                 PgNodeResult *pRc, char *zWhy, size_t nWhy) {
  JNode *pDirect = NULL, *pJson = NULL;
  PgQueryError *pErr = NULL;
  PgQueryParseResult r;
  char aWhy[1024];
  int bBad = 0;
  PgNodeResult rc = pgnode_parse(pArena, zText, maxDepth, &pDirect, &pErr);
  r = pg_query_parse(zText);
  if (!r.error) {
    const char *zJsonErr = NULL;
    char *zCopy = arena_strdup(pArena, r.parse_tree);
    pJson = json_parse(pArena, zCopy, strlen(zCopy), maxDepth, &zJsonErr);
  }
  switch (rc) {
    case PGNODE_OK:
      if (!pJson) {
        snprintf(zWhy, nWhy, "direct path has a tree, JSON path %s",
                 r.error ? "a syntax error" : "too deep");
        bBad = 1;
      } else if (tree_diff(pDirect, pJson, aWhy, sizeof aWhy, "")) {
        snprintf(zWhy, nWhy, "trees differ at %.900s", aWhy);
        bBad = 1;
      }
      break;
    case PGNODE_ERROR:
      if (!r.error || strcmp(r.error->message, pErr->message) != 0 ||
          r.error->cursorpos != pErr->cursorpos) {
        snprintf(zWhy, nWhy, "errors differ");
        bBad = 1;
      }
      break;
    case PGNODE_TOO_DEEP:
      if (pJson || r.error) {
        snprintf(zWhy, nWhy, "direct path too deep, JSON path not");
        bBad = 1;
      }
      break;
    case PGNODE_UNKNOWN: break;
  }
  pgnode_free_error(pErr);
  pg_query_free_parse_result(r);
  *pRc = rc;
  return bBad;
}

#endif
