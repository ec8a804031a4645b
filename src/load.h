/*
 * load.h: amcq load, a user's first-party table into a fixture. The input
 * (CSV with a header row, or JSON Lines) is read and checked completely
 * before the database is opened for writing, then written in one
 * transaction: a bad row leaves the database byte for byte as it was.
 */
#ifndef AMCQ_LOAD_H
#define AMCQ_LOAD_H

typedef struct LoadOptions {
  const char *zDb;     /* fixture */
  const char *zTable;  /* table to create or replace */
  const char *zSchema; /* JSON: a policy table object */
  const char *zInput;  /* .csv or .jsonl ("-" for standard input: CSV) */
  int bAlreadyPseudonymized; /* keep VERY_HIGH values as they are */
} LoadOptions;

typedef struct LoadStats {
  long long nRows;
  int nCol;
  int nPseudonymized; /* columns whose values were pseudonymized */
} LoadStats;

/* Load. On error returns -1 and sets *pzErr (heap) to one message naming
** the file, the line (and column) where there is one, and the reason. */
int load_table(const LoadOptions *o, LoadStats *pStats, char **pzErr);

#endif
