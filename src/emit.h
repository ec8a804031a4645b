/*
 * emit.h: the fifth stage. Turns a bound, checked query into the SQLite SQL
 * that amcq run executes. Every identifier and literal is written and
 * quoted by the emitter from the IR; nothing is copied from the user's text.
 *
 * Beside the query's own columns, the emitted SQL carries one hidden column
 * per user-owned path (bind.h's BPath): NULL when the path contributed no
 * record to the row, else the keyed hashes of the row's users as a bottom-k
 * sketch (an INTEGER for one user, a BLOB otherwise; see sqlfunc.h).
 * Sketches are unioned wherever rows merge: GROUP BY, DISTINCT, UNION and
 * the frames of aggregate window functions.
 */
#ifndef AMCQ_EMIT_H
#define AMCQ_EMIT_H

#include "bind.h"
#include "ir.h"
#include "policy.h"

/* A CUSTOM_PARAMETER value. */
typedef enum ParamType { PT_AUTO, PT_STRING, PT_INTEGER, PT_DOUBLE, PT_BOOLEAN,
                         PT_DATE, PT_TIMESTAMP, PT_ARRAY } ParamType;

typedef struct Param {
  const char *zName;
  const char *zValue; /* as given; arrays as JSON text */
  ParamType type;     /* PT_AUTO: a number if it looks like one */
} Param;

typedef struct EmitOptions {
  /* The time window, "YYYY-MM-DD HH:MM:SS" (UTC): [zStart, zEnd). */
  const char *zStart, *zEnd;
  int bFilterTime; /* 0: the window covers all the data; no filter needed */
  const Param *aParam;
  int nParam;
  int k; /* sketch capacity: the largest requirement among output columns */
} EmitOptions;

typedef struct Emitted {
  char *zSql;        /* heap */
  int nVisible;      /* the query's own columns, first */
  int nPath;         /* then one hidden sketch column per path or
                        contribution (bind.h, BPath) */
  const BPath *aPath; /* the root's paths and contributions, in
                         hidden-column order */
} Emitted;

/* Emit pRoot (bound without errors; pArena is the IR's, for the
** emitter's annotations). Returns 0, or -1 with *pzErr (heap)
** naming what amcq run cannot execute yet. */
int emit_query(const Policy *pPol, Arena *pArena, Select *pRoot,
               const EmitOptions *o, Emitted *pOut, char **pzErr);

void emitted_free(Emitted *p);

/* Parse an ISO 8601 date or date-time ("2025-06-01", "2025-06-01T12:00:00Z",
** "2025-06-01 12:00:00") into the emitted text format; 0 or -1. */
int emit_normalize_time(const char *z, char zOut[20]);

#endif
