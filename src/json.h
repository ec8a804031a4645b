/*
 * json.h: a small JSON reader for libpg_query's parse trees. It parses in
 * place (strings are unescaped into the text itself) into nodes allocated in
 * an arena: several times faster than a general-purpose reader that
 * allocates every node, and it has its own nesting limit instead of a
 * compiled-in one. Policies, workflows and configs are read with cJSON.
 */
#ifndef AMCQ_JSON_H
#define AMCQ_JSON_H

#include <stddef.h>
#include <string.h>

#include "arena.h"

typedef enum JType { JT_NULL, JT_FALSE, JT_TRUE, JT_NUMBER, JT_STRING, JT_ARRAY, JT_OBJECT } JType;

typedef struct JNode JNode;
struct JNode {
  JType type;
  int nChild;
  const char *zKey;   /* member name inside an object, else NULL */
  const char *zValue; /* JT_STRING */
  double rValue;      /* JT_NUMBER */
  JNode *pChild;      /* first element or member */
  JNode *pNext;
};

/* A node of type t with every field cleared (the arena memory is not
** zeroed first): for json_parse() and for pgnode.c, which builds the same
** trees without JSON. */
static inline JNode *json_node_new(Arena *pArena, JType t) {
  JNode *p = arena_alloc_raw(pArena, sizeof(JNode));
  p->type = t;
  p->nChild = 0;
  p->zKey = NULL;
  p->zValue = NULL;
  p->rValue = 0;
  p->pChild = NULL;
  p->pNext = NULL;
  return p;
}

/* Does a equal the literal b? pgnode.c's keys, node kinds and enum names
** are string literals like its readers', and the linker merges equal
** literals, so the pointers often match; otherwise the first byte usually
** decides without a call. */
static inline int json_str_is(const char *a, const char *b) {
  return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

/* Parse z[0..n) (modified in place; must stay valid while the nodes are
** used). Returns the root, or NULL with *pzErr set to a static message:
** "nested too deeply" past maxDepth levels, or "malformed JSON". */
JNode *json_parse(Arena *pArena, char *z, size_t n, int maxDepth,
                  const char **pzErr);

/* Member zKey of object o; NULL if o is not an object or lacks it. */
const JNode *json_get(const JNode *o, const char *zKey);
/* Element i of an array; NULL if out of range. */
const JNode *json_item(const JNode *a, int i);

#define JSON_FOREACH(pEl, pArr) \
  for ((pEl) = ((pArr) ? (pArr)->pChild : NULL); (pEl); (pEl) = (pEl)->pNext)

#endif
