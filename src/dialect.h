/*
 * dialect.h: the first stage. Turns AMC-only syntax into text libpg_query
 * parses (TABLE(EXTEND_TIME_WINDOW(..)) becomes the table name, subqueries in
 * FROM without an alias get one, Unicode spaces become ASCII spaces) and
 * keeps an offset map so every later position refers to the user's text.
 */
#ifndef AMCQ_DIALECT_H
#define AMCQ_DIALECT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"
#include "lex.h"
#include "source.h"

/* One piece of the rewritten text: a copy of the original, or inserted text
** that stands for the original range [iIn, iIn + nIn). */
typedef struct DialectSeg {
  uint32_t iOut, nOut;
  uint32_t iIn, nIn;
  int bCopy;
} DialectSeg;

/* A TABLE(EXTEND_TIME_WINDOW('table', 'before', 'after')) that was rewritten
** to the table name. */
typedef struct DialectExtend {
  uint32_t iOutName;     /* offset of the inserted name in the rewritten text */
  uint32_t iStart, iEnd; /* original span, TABLE to the last ')' */
  const char *zTable;    /* unquoted argument values */
  const char *zBefore;   /* ISO 8601 durations as written, e.g. "P14D" */
  const char *zAfter;
  uint32_t aArgStart[3], aArgEnd[3]; /* original spans of the arguments */
  int bBad; /* malformed: already reported, bind nothing to it */
} DialectExtend;

typedef struct Dialect {
  char *zOut; /* rewritten text, NUL-terminated, in the arena */
  size_t nOut;
  DialectSeg *aSeg;
  size_t nSeg;
  DialectExtend *aExtend;
  size_t nExtend;
  uint32_t *aAnonAlias; /* rewritten offsets of inserted " AS ..." aliases */
  size_t nAnonAlias;
} Dialect;

/* The alias inserted for a FROM subquery without one; the parser recognises
** it and records the item as anonymous. */
#define DIALECT_ANON_PREFIX "amcq_anonymous_subquery_"

/* Rewrite the text of pSrc (tokens in pAll) into *pOut, in pArena. Problems
** (malformed EXTEND_TIME_WINDOW, Unicode spaces) are reported to pDiag. */
void dialect_rewrite(Arena *pArena, const Source *pSrc, const TokenList *pAll,
                     Dialect *pOut, DiagList *pDiag);

/* Map an offset in the rewritten text back to the original. _start maps a
** position where something begins, _end one just past where it ends; inside
** inserted text they give the start and the end of the range it stands for. */
uint32_t dialect_map_start(const Dialect *p, uint32_t iOut);
uint32_t dialect_map_end(const Dialect *p, uint32_t iOut);

/* Parse an ISO 8601 duration such as P14D, PT12H, P1W, P1DT6H into seconds;
** months count 30 days and years 365. Returns 0 and sets *pSec, or -1. */
int dialect_parse_duration(const char *z, long long *pSec);

#endif
