/*
 * pgnode.h: libpg_query's parse tree without JSON. pg_query_parse() writes
 * PostgreSQL's node tree out as JSON and parse.c would read it back; about
 * two fifths of `amcq check` went into that round trip. pgnode_parse() calls
 * the parser underneath (pg_query_raw_parse) and converts its node tree
 * straight into the JNode tree json_parse() would have built from that JSON:
 * the same keys, values and omissions, so parse.c reads either.
 *
 * It knows the node types of SELECT statements. Anything else (another
 * statement kind, XMLTABLE, a recursive CTE's SEARCH clause ...) gives
 * PGNODE_UNKNOWN and the caller takes the JSON path. Walking PostgreSQL's
 * structures needs its server headers (postgresql-server-dev-15); a build
 * without them has only the JSON path, and pgnode_parse() always says
 * PGNODE_UNKNOWN.
 */
#ifndef AMCQ_PGNODE_H
#define AMCQ_PGNODE_H

#include <pg_query.h>

#include "arena.h"
#include "json.h"

typedef enum PgNodeResult {
  PGNODE_OK,       /* *ppRoot is the tree */
  PGNODE_ERROR,    /* *ppErr is libpg_query's error; free with pgnode_free_error */
  PGNODE_TOO_DEEP, /* the tree nests deeper than maxDepth JSON levels */
  PGNODE_UNKNOWN   /* a node this file does not convert: use the JSON path */
} PgNodeResult;

/* Parse zText; the tree's nodes and strings are allocated in pArena.
** maxDepth counts levels as json_parse() does. */
PgNodeResult pgnode_parse(Arena *pArena, const char *zText, int maxDepth,
                          JNode **ppRoot, PgQueryError **ppErr);

void pgnode_free_error(PgQueryError *pErr);

/* Is the direct path compiled in? */
int pgnode_available(void);

#endif
