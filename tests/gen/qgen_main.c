/*
 * qgen_main.c: the qgen command, for development and for make fuzz: prints
 * random AMC queries from tests/gen/qgen.c, separated by lines holding
 * only ";".
 *   qgen [--seed N] [--count N] [--skip N] [--annotate] [--table T]...
 * --annotate starts each query with a comment line "-- qgen: accept" or
 * "-- qgen: reject AMCnnn ..." saying what it was generated to do.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "qgen.h"

static const char *const azDefault[] = {
    "dsp_impressions",
    "dsp_clicks",
    "dsp_views",
    "sponsored_ads_traffic",
    "conversions",
    "amazon_attributed_events_by_conversion_time",
    "amazon_attributed_events_by_traffic_time"};

static int usage(void) {
  fputs(
      "usage: qgen [--seed N] [--count N] [--skip N] [--annotate] [--table "
      "T]...\n",
      stderr);
  return 2;
}

static int parse_u64(const char *z, uint64_t *p) {
  char *zEnd;
  unsigned long long v;
  if (!z || !*z || *z == '-') return 0;
  errno = 0;
  v = strtoull(z, &zEnd, 0);
  if (errno || *zEnd) return 0;
  *p = (uint64_t)v;
  return 1;
}

int main(int argc, char **argv) {
  uint64_t seed = 1, nCount = 10, nSkip = 0, i;
  const int nDefault = (int)(sizeof azDefault / sizeof azDefault[0]);
  const char **azTable =
      calloc((size_t)argc + (size_t)nDefault, sizeof(char *));
  int nTable = 0, k, rc = 0, bAnnotate = 0;
  char *zErr = NULL;
  Policy *pPol;
  QGen *g;
  if (!azTable) return 2;
  for (k = 1; k < argc; k++) {
    const char *z = argv[k];
    if (!strcmp(z, "--seed") && k + 1 < argc) {
      if (!parse_u64(argv[++k], &seed)) return usage();
    } else if (!strcmp(z, "--count") && k + 1 < argc) {
      if (!parse_u64(argv[++k], &nCount)) return usage();
    } else if (!strcmp(z, "--skip") && k + 1 < argc) {
      if (!parse_u64(argv[++k], &nSkip)) return usage();
    } else if (!strcmp(z, "--annotate")) {
      bAnnotate = 1;
    } else if (!strcmp(z, "--table") && k + 1 < argc) {
      azTable[nTable++] = argv[++k];
    } else {
      free(azTable);
      return usage();
    }
  }
  if (!nTable) {
    for (k = 0; k < nDefault; k++)
      azTable[nTable++] = azDefault[k];
  }
  pPol = policy_builtin(&zErr);
  g = qgen_new(pPol, azTable, nTable, seed);
  for (i = 0; i < nSkip; i++)
    free(qgen_next(g));
  for (i = 0; i < nCount; i++) {
    char *zQ = qgen_next(g);
    if (i) fputs(";\n", stdout);
    if (bAnnotate) {
      const char *zWhy = qgen_last_intent(g);
      printf("-- qgen: %s%s\n", zWhy ? "reject " : "accept", zWhy ? zWhy : "");
    }
    fputs(zQ, stdout);
    fputc('\n', stdout);
    free(zQ);
  }
  if (fflush(stdout) != 0) rc = 2;
  qgen_free(g);
  policy_free(pPol);
  free(azTable);
  return rc;
}
