/*
 * gen.h: amcq gen, the synthetic AMC dataset. Writes a SQLite file whose
 * views carry the AMC table names and every catalog column, over compact
 * fact and dimension tables filled with heavy-tailed, mutually consistent
 * events (clicks follow impressions, conversions follow traffic), with
 * pseudonymized user ids. Deterministic: the same options give the same
 * bytes of data.
 */
#ifndef AMCQ_GEN_H
#define AMCQ_GEN_H

#include <stdint.h>
#include <stdio.h>

#include "policy.h"

typedef struct GenOptions {
  int nUsers;          /* synthetic people */
  int nDays;           /* length of the data's time span */
  const char *zStart;  /* first day, YYYY-MM-DD (UTC) */
  uint64_t seed;
  FILE *pProgress;     /* progress bar here when not NULL */
  const char *zLabel;  /* the progress bar's label; NULL: "amcq gen" */
  int bForce;          /* replace zPath if it is an amcq fixture (a file that
                          is not one is never replaced) */
  volatile int *pInterrupt; /* stop (and remove the temporary file) when
                               *pInterrupt becomes non-zero; NULL: never */
} GenOptions;

/* Defaults of amcq gen and of the default fixture. */
#define GEN_DEFAULT_USERS 5000
#define GEN_DEFAULT_DAYS 30
#define GEN_DEFAULT_START "2025-06-01"
#define GEN_DEFAULT_SEED 1

typedef struct GenStats {
  long long nRows;    /* rows written, all tables */
  long long aRows[8]; /* per fact table, in gen.c's order */
  double seconds;
} GenStats;

/* Write the dataset to zPath, atomically: into a temporary file next to it,
** renamed over zPath when complete. On error returns -1 and sets *pzErr
** (heap); zPath is then untouched. */
int gen_write(const char *zPath, const GenOptions *o, const Policy *pPol,
              GenStats *pStats, char **pzErr);

#endif
