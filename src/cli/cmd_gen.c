/*
 * cli/cmd_gen.c: amcq gen. Writes a synthetic AMC dataset (gen.h) to a
 * SQLite file, with a progress bar on a terminal.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../fixture.h"
#include "../gen.h"
#include "../policy.h"
#include "amcq.h"
#include "cli.h"

enum { O_OUT, O_USERS, O_DAYS, O_START, O_SEED, O_DEFAULT, O_FORCE, O_QUIET };

static const CliOpt aGenOpt[] = {
    {O_OUT, "out", 'o', "FILE", "the fixture to write (required unless --default)", 0},
    {O_USERS, "users", 0, "N", "synthetic people, 1 to 100000000 (default 5000)", 0},
    {O_DAYS, "days", 0, "N", "days of data, 1 to 400 (default 30)", 0},
    {O_START, "start", 0, "YYYY-MM-DD", "the first day, UTC (default 2025-06-01)", 0},
    {O_SEED, "seed", 0, "N",
     "the seed of the random choices and of the pseudonymization key (default 1)", 0},
    {O_DEFAULT, "default", 0, NULL,
     "make the default fixture in the cache if it is missing, and print its path", 0},
    {O_FORCE, "force", 0, NULL, "replace FILE if it is an amcq fixture", 0},
    {O_QUIET, "quiet", 'q', NULL, "no progress bar and no summary", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_gen_cmd = {
    "gen", "--out FILE [options]\n--default [--quiet]",
    "Write a synthetic, pseudonymized AMC dataset (a SQLite fixture with every table of the "
    "catalog) to FILE. The fixture is written to a temporary file and renamed into place: an "
    "interrupted gen leaves no half fixture. A file that is not an amcq fixture is never "
    "replaced, and a fixture only with --force.",
    aGenOpt, NULL};

static volatile int g_stop;

static void on_signal(int sig) {
  (void)sig;
  g_stop = 1;
}

typedef struct GenArgs {
  GenOptions *o;
  const char *zOut;
  int bQuiet, bDefault, bShape, bForce;
} GenArgs;

/* A whole number in [lo, hi], or -1. */
static long long parse_count(const char *z, long long lo, long long hi) {
  char *zEnd;
  long long v;
  if (!z || !*z) return -1;
  v = strtoll(z, &zEnd, 10);
  if (*zEnd || v < lo || v > hi) return -1;
  return v;
}

static int gen_opt(void *pCtx, const CliOpt *opt, const char *v, CliParser *p) {
  GenArgs *a = pCtx;
  long long n;
  (void)p;
  switch (opt->id) {
    case O_OUT: a->zOut = v; break;
    case O_USERS:
      if ((n = parse_count(v, 1, 100000000)) < 0) {
        cli_error("gen: --users takes a number from 1 to 100000000, not '%s'", v);
        return -1;
      }
      a->o->nUsers = (int)n;
      a->bShape = 1;
      break;
    case O_DAYS:
      if ((n = parse_count(v, 1, 400)) < 0) {
        cli_error("gen: --days takes a number from 1 to 400, not '%s'", v);
        return -1;
      }
      a->o->nDays = (int)n;
      a->bShape = 1;
      break;
    case O_START:
      a->o->zStart = v;
      a->bShape = 1;
      break;
    case O_SEED:
      if ((n = parse_count(v, 0, 0x7fffffffffffffffLL)) < 0) {
        cli_error("gen: --seed takes a whole number, not '%s'", v);
        return -1;
      }
      a->o->seed = (uint64_t)n;
      a->bShape = 1;
      break;
    case O_DEFAULT: a->bDefault = 1; break;
    case O_FORCE: a->bForce = 1; break;
    case O_QUIET: a->bQuiet = 1; break;
  }
  return 0;
}

int cmd_gen(int argc, char **argv) {
  GenOptions o;
  GenStats st;
  GenArgs a;
  const char *zOut;
  char *zErr = NULL, **azArg;
  Policy *pPol;
  int rc, bQuiet, bDefault, bShape, nArg;
  memset(&o, 0, sizeof o);
  o.nUsers = GEN_DEFAULT_USERS;
  o.nDays = GEN_DEFAULT_DAYS;
  o.zStart = GEN_DEFAULT_START;
  o.seed = GEN_DEFAULT_SEED;
  memset(&a, 0, sizeof a);
  a.o = &o;
  rc = cli_parse(&cli_gen_cmd, argc, argv, gen_opt, &a, &azArg, &nArg);
  if (rc != 0) return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
  if (nArg > 0) {
    cli_error("gen: unknown argument '%s' (the fixture is named with --out)", azArg[0]);
    cli_usage(stderr, &cli_gen_cmd);
    return EXIT_TROUBLE;
  }
  zOut = a.zOut;
  bQuiet = a.bQuiet;
  bDefault = a.bDefault;
  bShape = a.bShape;
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
                            bQuiet ? NULL : stderr, &bMade, &zErr);
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
    cli_usage(stderr, &cli_gen_cmd);
    return EXIT_TROUBLE;
  }
  o.bForce = a.bForce;
  {
    /* Ctrl-C or a kill: stop, remove the temporary file, write nothing */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    o.pInterrupt = &g_stop;
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
