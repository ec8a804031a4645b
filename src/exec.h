/*
 * exec.h: the sixth stage. Runs emitted SQL on a fixture with SQLite
 * (read-only, behind an authorizer, with a time and a memory limit) and
 * enforces AMC's thresholds on every row and every output column, with
 * AMC's optional filtered, user-count and reason columns.
 */
#ifndef AMCQ_EXEC_H
#define AMCQ_EXEC_H

#include <stdint.h>

#include "bind.h"
#include "emit.h"
#include "ir.h"
#include "policy.h"
#include "util.h"

typedef struct RunConfig {
  const char *zDb;          /* the fixture */
  const char *zStart, *zEnd; /* time window; NULL: the fixture's span */
  const Param *aParam;
  int nParam;
  const char *zFilteredCol;  /* filteredMetricsDiscriminatorColumn */
  const char *zUserCountCol; /* distinctUserCountColumn */
  const char *zReasonCol;    /* filteredReasonColumn */
  double timeoutSec;         /* <= 0: none */
  int64_t maxMemory;         /* bytes; <= 0: none */
  int64_t maxRows;           /* rows SQLite may return; <= 0: none */
  int bExplain;
  volatile int *pInterrupt; /* stop when *pInterrupt != 0 */
  const struct Source *pSrc; /* the query's text, for positions in
                                messages; NULL: none given */
  int bNoGuard; /* tests only: skip the identifier guard (guard.h), to
                   show the checker and thresholds hold on their own */
  int bExactUsers; /* count users with sketches of SKETCH_MAX_K: the full
                      sets of any fixture below that many people (the
                      generative test's recomputation) */
  int bKeepCounts; /* fill RunResult.aSqlCount */
  /* An audience query (check.h): count the distinct users it selects and
  ** give AMC's verdict (policy.h's audience counts); bLookalike applies a
  ** lookalike seed's bounds. Never a user id. */
  int bAudience, bLookalike;
  /* AMC's sandbox mode (disableAggregationControls with
  ** requireSyntheticData): the rows as the query makes them, without
  ** thresholds or the identifier guard, on a fixture without first-party
  ** data only. */
  int bSandbox;
} RunConfig;

/* One output value. */
typedef struct Cell {
  int type; /* SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_NULL; or
               CELL_BOOL for the filtered column */
  int64_t i;
  double r;
  char *z; /* heap, NUL-terminated (TEXT) */
} Cell;

#define CELL_BOOL 100

typedef struct RunResult {
  int nCol;
  char **azCol; /* output column names, in query order, then added ones */
  Cell *aCell;  /* nRow * nCol, row-major */
  int64_t nRow;
  /* What privacy did. */
  int64_t nSqlRows;  /* rows the query produced */
  /* With RunConfig.bKeepCounts: the users of every row the query produced
  ** (before enforcement), nSqlRows * nSource, -1 where a path or
  ** contribution gave the row nothing; counts are capped at nK. */
  int nSource;
  int nK;
  int *aSqlCount;
  int64_t nRemoved;  /* rows removed (default) */
  int64_t nNulled;   /* rows with values removed (filtered column) */
  int64_t nMerged;   /* rows merged into others after nulling */
  /* An audience query's size and AMC's verdict (RunConfig.bAudience). */
  int bAudience;
  int64_t nAudienceUsers;
  int bAudienceCreated;
  StrBuf summary;    /* one line, no newline */
  StrBuf explain;    /* --explain text */
  char *zTimeWindow; /* "START .. END" */
} RunResult;

/* Execute the bound query pRoot of policy pPol. Returns 0, 1 for an
** error in the query that only execution finds (none yet), or 2 with
** *pzErr (heap) for any other error; the fixture is never written. */
int exec_run(const Policy *pPol, Arena *pArena, Select *pRoot, const RunConfig *c,
             RunResult *r, char **pzErr);

void run_result_free(RunResult *r);

/* The identifier guard over a result made elsewhere (the unit test of the
** guard): 0 no identifier of fixture zDb in the text cells of r's first
** nVis columns, 1 one is (*pzErr names the column), 2 error. exec_run
** applies the same check to every result before returning it. */
int exec_guard_check(const char *zDb, const Policy *pPol, const RunResult *r, int nVis,
                     char **pzErr);

#endif
