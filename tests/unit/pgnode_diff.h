/*
 * tree_diff.h: compare two JNode trees exactly (kinds, keys in order,
 * values). Shared by tests/unit/test_pgnode.c and tests/fuzz/fuzz_pgnode.c,
 * which check that pgnode.c builds the tree libpg_query's JSON gives.
 */
#ifndef AMCQ_TREE_DIFF_H
#define AMCQ_TREE_DIFF_H

#include <stdio.h>
#include <string.h>

#include "json.h"

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

#endif
