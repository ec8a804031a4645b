/*
 * cli/cmd_gen.c: amcq gen. Writes a synthetic AMC dataset (gen.h) to a
 * SQLite file, with a progress bar on a terminal.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../fixture.h"
#include "../gen.h"
#include "../policy.h"
#include "amcq.h"
#include "cli.h"

static void gen_usage(void) {
  fputs("usage: amcq gen --out FILE [--users N] [--days N] [--start YYYY-MM-DD]\n"
        "                [--seed N] [--quiet]\n"
        "       amcq gen --default [--quiet]   (the default fixture, in the cache)\n",
        stderr);
}

/* A whole number in [lo, hi], or -1. */
static long long parse_count(const char *z, long long lo, long long hi) {
  char *zEnd;
  long long v;
  if (!z || !*z) return -1;
  v = strtoll(z, &zEnd, 10);
  if (*zEnd || v < lo || v > hi) return -1;
  return v;
}

int cmd_gen(int argc, char **argv) {
  GenOptions o;
  GenStats st;
  const char *zOut = NULL;
  char *zErr = NULL;
  Policy *pPol;
  int i, bQuiet = 0, rc, bDefault = 0, bShape = 0;
  memset(&o, 0, sizeof o);
  o.nUsers = GEN_DEFAULT_USERS;
  o.nDays = GEN_DEFAULT_DAYS;
  o.zStart = GEN_DEFAULT_START;
  o.seed = GEN_DEFAULT_SEED;
  for (i = 1; i < argc; i++) {
    int bMissing = 0;
    const char *v;
    long long n;
    if ((v = cli_opt(argc, argv, &i, "--out", &bMissing)) != NULL) {
      zOut = v;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--users", &bMissing)) != NULL) {
      if ((n = parse_count(v, 1, 100000000)) < 0) {
        cli_error("gen: --users takes a number from 1 to 100000000, not '%s'", v);
        return EXIT_TROUBLE;
      }
      o.nUsers = (int)n;
      bShape = 1;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--days", &bMissing)) != NULL) {
      if ((n = parse_count(v, 1, 400)) < 0) {
        cli_error("gen: --days takes a number from 1 to 400, not '%s'", v);
        return EXIT_TROUBLE;
      }
      o.nDays = (int)n;
      bShape = 1;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--start", &bMissing)) != NULL) {
      o.zStart = v;
      bShape = 1;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--seed", &bMissing)) != NULL) {
      if ((n = parse_count(v, 0, 0x7fffffffffffffffLL)) < 0) {
        cli_error("gen: --seed takes a whole number, not '%s'", v);
        return EXIT_TROUBLE;
      }
      o.seed = (uint64_t)n;
      bShape = 1;
    } else if (bMissing) {
      cli_error("gen: option '%s' needs a value", argv[i]);
      return EXIT_TROUBLE;
    } else if (strcmp(argv[i], "--default") == 0) {
      bDefault = 1;
    } else if (strcmp(argv[i], "--quiet") == 0 || strcmp(argv[i], "-q") == 0) {
      bQuiet = 1;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      gen_usage();
      return EXIT_CLEAN;
    } else {
      cli_error("gen: unknown argument '%s'", argv[i]);
      gen_usage();
      return EXIT_TROUBLE;
    }
  }
  if (bDefault) {
    /* The default fixture: made once in the cache, its path printed. */
    int bMade;
    char *zPath;
    if (zOut || bShape) {
      cli_error("gen: --default makes the default fixture (%d users, %d days "
                "from %s, seed %d) in the cache; it takes no --out, --users, "
                "--days, --start or --seed",
                GEN_DEFAULT_USERS, GEN_DEFAULT_DAYS, GEN_DEFAULT_START,
                GEN_DEFAULT_SEED);
      return EXIT_TROUBLE;
    }
    zPath = fixture_default((!bQuiet && isatty(fileno(stderr))) ? stderr : NULL,
                            &bMade, &zErr);
    if (!zPath) {
      cli_error("gen: %s", zErr);
      free(zErr);
      return EXIT_TROUBLE;
    }
    printf("%s\n", zPath);
    free(zPath);
    return EXIT_CLEAN;
  }
  if (!zOut) {
    cli_error("gen: --out FILE is required");
    gen_usage();
    return EXIT_TROUBLE;
  }
  o.pProgress = (!bQuiet && isatty(fileno(stderr))) ? stderr : NULL;
  pPol = policy_builtin(&zErr);
  rc = gen_write(zOut, &o, pPol, &st, &zErr);
  policy_free(pPol);
  if (rc != 0) {
    cli_error("gen: %s", zErr);
    free(zErr);
    return EXIT_TROUBLE;
  }
  if (!bQuiet) {
    fprintf(stderr,
            "%s: %lld rows in %.2f s (%.0f rows/s): %lld dsp_impressions, %lld "
            "dsp_clicks, %lld dsp_views, %lld sponsored_ads_traffic, %lld "
            "conversions, %lld attributed events\n",
            zOut, st.nRows, st.seconds, st.seconds > 0 ? st.nRows / st.seconds : 0.0,
            st.aRows[0], st.aRows[1], st.aRows[2], st.aRows[3], st.aRows[4],
            st.aRows[5]);
  }
  return EXIT_CLEAN;
}
