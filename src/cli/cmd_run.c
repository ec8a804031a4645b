/*
 * cli/cmd_run.c: amcq run. Checks the query, runs it on a fixture (the
 * default one unless --db is given) and prints what AMC would return, with
 * a one-line privacy summary on stderr.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../fixture.h"
#include "../lint.h"
#include "../util.h"
#include "../workflow.h"
#include "amcq.h"
#include "cli.h"

static void run_usage(FILE *f) {
  fputs("usage: amcq run [--db FIXTURE] [--policy FILE] [--format table|csv|json|ndjson]\n"
        "                [--time-window START END] [--param NAME=VALUE]...\n"
        "                [--workflow FILE.json [--execution FILE.json]]\n"
        "                [--filtered-column NAME] [--user-count-column NAME]\n"
        "                [--reason-column NAME] [--explain] [--quiet]\n"
        "                [--timeout SECONDS] [--max-memory MIB] [--max-rows N]\n"
        "                [--audience] [--lookalike] [--sandbox] [FILE.sql|-]\n",
        f);
}

typedef struct RunArgs {
  const char *zDb, *zPolicy, *zFormat, *zFile, *zWorkflow, *zExecution;
  const char *zStart, *zEnd;
  const char *zFiltered, *zUserCount, *zReason;
  amcq_param *aParam;
  size_t nParam, nParamCap;
  double timeout;
  long long maxMemMiB, maxRows;
  int bExplain, bQuiet, bAudience, bLookalike, bSandbox;
} RunArgs;

static int add_param(RunArgs *a, const char *zArg) {
  const char *zEq = strchr(zArg, '=');
  if (!zEq || zEq == zArg) {
    cli_error("run: --param takes NAME=VALUE, not '%s'", zArg);
    return -1;
  }
  if (a->nParam == a->nParamCap) {
    a->nParamCap = a->nParamCap ? a->nParamCap * 2 : 8;
    a->aParam = xrealloc(a->aParam, sizeof *a->aParam * a->nParamCap);
  }
  a->aParam[a->nParam].name = xstrndup(zArg, (size_t)(zEq - zArg));
  a->aParam[a->nParam].value = xstrdup(zEq + 1);
  a->aParam[a->nParam].type = NULL;
  a->nParam++;
  return 0;
}

static void free_params(RunArgs *a) {
  size_t i;
  for (i = 0; i < a->nParam; i++) {
    free((char *)a->aParam[i].name);
    free((char *)a->aParam[i].value);
    free((char *)a->aParam[i].type);
  }
  free(a->aParam);
}

static int parse_number(const char *zOpt, const char *z, double lo, double hi, double *p) {
  char *zEnd;
  double v = strtod(z, &zEnd);
  if (!*z || *zEnd || v < lo || v > hi) {
    cli_error("run: %s takes a number from %g to %g, not '%s'", zOpt, lo, hi, z);
    return -1;
  }
  *p = v;
  return 0;
}

static int parse_args(int argc, char **argv, RunArgs *a) {
  int i;
  for (i = 1; i < argc; i++) {
    int bMissing;
    const char *v;
    double d;
#define OPT(name) ((v = cli_opt(argc, argv, &i, name, &bMissing)) != NULL || bMissing)
    if (OPT("--db")) {
      if (bMissing) goto missing;
      a->zDb = v;
    } else if (OPT("--policy")) {
      if (bMissing) goto missing;
      a->zPolicy = v;
    } else if (OPT("--format")) {
      if (bMissing) goto missing;
      a->zFormat = v;
    } else if (OPT("--param")) {
      if (bMissing) goto missing;
      if (add_param(a, v) != 0) return -1;
    } else if (OPT("--workflow")) {
      if (bMissing) goto missing;
      a->zWorkflow = v;
    } else if (OPT("--execution")) {
      if (bMissing) goto missing;
      a->zExecution = v;
    } else if (OPT("--filtered-column")) {
      if (bMissing) goto missing;
      a->zFiltered = v;
    } else if (OPT("--user-count-column")) {
      if (bMissing) goto missing;
      a->zUserCount = v;
    } else if (OPT("--reason-column")) {
      if (bMissing) goto missing;
      a->zReason = v;
    } else if (OPT("--timeout")) {
      if (bMissing) goto missing;
      if (parse_number("--timeout", v, 0, 86400, &d) != 0) return -1;
      a->timeout = d;
    } else if (OPT("--max-memory")) {
      if (bMissing) goto missing;
      if (parse_number("--max-memory", v, 1, 1 << 20, &d) != 0) return -1;
      a->maxMemMiB = (long long)d;
    } else if (OPT("--max-rows")) {
      if (bMissing) goto missing;
      if (parse_number("--max-rows", v, 1, 1e12, &d) != 0) return -1;
      a->maxRows = (long long)d;
    } else if (strcmp(argv[i], "--time-window") == 0) {
      if (i + 2 >= argc) {
        cli_error("run: --time-window takes START and END (ISO 8601)");
        return -1;
      }
      a->zStart = argv[++i];
      a->zEnd = argv[++i];
    } else if (strcmp(argv[i], "--explain") == 0) {
      a->bExplain = 1;
    } else if (strcmp(argv[i], "--audience") == 0) {
      a->bAudience = 1;
    } else if (strcmp(argv[i], "--lookalike") == 0) {
      a->bLookalike = a->bAudience = 1;
    } else if (strcmp(argv[i], "--sandbox") == 0) {
      a->bSandbox = 1;
    } else if (strcmp(argv[i], "--quiet") == 0 || strcmp(argv[i], "-q") == 0) {
      a->bQuiet = 1;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      run_usage(stdout);
      return 1;
    } else if (argv[i][0] == '-' && argv[i][1] != 0) {
      cli_error("run: unknown option '%s'", argv[i]);
      run_usage(stderr);
      return -1;
    } else if (a->zFile) {
      cli_error("run: one query at a time ('%s' and '%s')", a->zFile, argv[i]);
      return -1;
    } else {
      a->zFile = argv[i];
    }
    continue;
#undef OPT
  missing:
    cli_error("run: option '%s' needs a value", argv[i]);
    return -1;
  }
  return 0;
}

int cmd_run(int argc, char **argv) {
  RunArgs a;
  amcq_policy *pPolicy = NULL;
  amcq_query *q = NULL;
  amcq_result *res = NULL;
  amcq_run_options o;
  Workflow wf;
  LintConfig *pConfig = NULL;
  char *zText = NULL, *zErr = NULL, *zDb = NULL, *zOut;
  size_t nText = 0;
  const char *zShown;
  amcq_result_format fmt;
  int rc = EXIT_TROUBLE, r;

  memset(&a, 0, sizeof a);
  memset(&wf, 0, sizeof wf);
  a.zFormat = "table";
  a.timeout = 60;
  a.maxMemMiB = 2048;
  r = parse_args(argc, argv, &a);
  if (r != 0) {
    free_params(&a);
    return r > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
  }
  if (strcmp(a.zFormat, "table") == 0) fmt = AMCQ_RESULT_TABLE;
  else if (strcmp(a.zFormat, "csv") == 0) fmt = AMCQ_RESULT_CSV;
  else if (strcmp(a.zFormat, "json") == 0) fmt = AMCQ_RESULT_JSON;
  else if (strcmp(a.zFormat, "ndjson") == 0) fmt = AMCQ_RESULT_NDJSON;
  else {
    cli_error("run: unknown format '%s' (table, csv, json or ndjson)", a.zFormat);
    goto done;
  }
  if (a.zExecution && !a.zWorkflow) {
    cli_error("run: --execution needs --workflow");
    goto done;
  }
  if (a.zWorkflow) {
    if (a.zFile) {
      cli_error("run: give a query file or --workflow, not both");
      goto done;
    }
    if (workflow_load(a.zWorkflow, a.zExecution, &wf, &zErr) != 0) {
      cli_error("%s", zErr);
      goto done;
    }
    zText = xstrdup(wf.zSql);
    nText = strlen(zText);
    zShown = a.zWorkflow;
  } else {
    if (!a.zFile) {
      cli_error("run: no query file (give FILE.sql, - for standard input, or --workflow)");
      run_usage(stderr);
      goto done;
    }
    if (util_read_file(a.zFile, AMCQ_MAX_QUERY_BYTES, &zText, &nText, &zErr) != 0) {
      cli_error("%s", zErr);
      goto done;
    }
    zShown = strcmp(a.zFile, "-") == 0 ? "<stdin>" : a.zFile;
  }

  /* The fixture. */
  if (a.zDb) {
    zDb = xstrdup(a.zDb);
  } else {
    int bGenerated = 0;
    zDb = fixture_default((!a.bQuiet && isatty(fileno(stderr))) ? stderr : NULL, &bGenerated,
                          &zErr);
    if (!zDb) {
      cli_error("%s", zErr);
      goto done;
    }
  }

  if (a.zPolicy) {
    pPolicy = amcq_policy_load(a.zPolicy, &zErr);
    if (!pPolicy) {
      cli_error("%s", zErr);
      goto done;
    }
  } else {
    pPolicy = amcq_policy_builtin();
  }
  if (amcq_policy_add_fixture(pPolicy, zDb, &zErr) < 0) {
    cli_error("%s", zErr);
    goto done;
  }

  if (wf.bNoControls && !wf.bSynthetic) {
    cli_error("%s: disableAggregationControls without requireSyntheticData: AMC runs the "
              "query without aggregation controls but never returns its output; set "
              "requireSyntheticData too (AMC's sandbox mode)",
              a.zExecution ? a.zExecution : a.zWorkflow);
    goto done;
  }
  if (wf.bNoControls) a.bSandbox = 1;
  if (a.bSandbox && a.bAudience) {
    cli_error("run: sandbox mode turns off a workflow's aggregation controls; an audience "
              "query is created through AMC's audience API, which has no sandbox mode");
    goto done;
  }
  {
    amcq_check_options co;
    memset(&co, 0, sizeof co);
    co.audience = a.bAudience;
    co.sandbox = a.bSandbox;
    q = amcq_query_check_with(zText, nText, zShown, pPolicy, &co);
  }
  if (a.bLookalike && amcq_query_error_count(q) == 0 && !amcq_query_is_audience(q)) {
    cli_error("run: --lookalike: a lookalike seed is an audience query (SELECT user_id "
              "FROM *_for_audiences or first-party tables)");
    goto done;
  }
  if (amcq_query_error_count(q) == 0 && amcq_query_diagnostic_count(q) > 0 && !a.bQuiet) {
    /* Warnings say where AMC will remove rows: worth seeing before them. */
    zOut = amcq_query_render(q, AMCQ_FORMAT_TEXT, cli_color(stderr, "auto"));
    fputs(zOut, stderr);
    amcq_free(zOut);
  }
  if (amcq_query_error_count(q) > 0) {
    zOut = amcq_query_render(q, AMCQ_FORMAT_TEXT, cli_color(stderr, "auto"));
    fputs(zOut, stderr);
    amcq_free(zOut);
    if (cli_over_limits(q)) {
      fprintf(stderr, "amcq: the query is over amcq's limits (AMC004); it was not run\n");
      rc = EXIT_TROUBLE;
    } else {
      fprintf(stderr, "amcq: the query is rejected: AMC would not run it\n");
      rc = EXIT_REJECTED;
    }
    goto done;
  }

  /* The nearest .amcq.json gives a default time window and parameters. */
  {
    const char *zFor = a.zWorkflow ? a.zWorkflow : a.zFile;
    char *zCfg = zFor && strcmp(zFor, "-") != 0 ? lint_config_find(zFor) : NULL;
    if (zCfg) {
      pConfig = lint_config_load(zCfg, &zErr);
      free(zCfg);
      if (!pConfig) {
        cli_error("%s", zErr);
        goto done;
      }
    }
  }
  memset(&o, 0, sizeof o);
  o.db = zDb;
  o.window_start = a.zStart ? a.zStart : wf.zStart ? wf.zStart : pConfig ? pConfig->zStart : NULL;
  o.window_end = a.zEnd ? a.zEnd : wf.zEnd ? wf.zEnd : pConfig ? pConfig->zEnd : NULL;
  if (pConfig) {
    /* Configuration parameters come last: the command line and the
    ** workflow override them. */
    size_t i, k;
    for (i = 0; i < pConfig->nParam; i++) {
      int bHave = 0;
      for (k = 0; k < a.nParam; k++) bHave |= strcmp(a.aParam[k].name, pConfig->azParamName[i]) == 0;
      for (k = 0; k < wf.nParam; k++) {
        bHave |= wf.aParam[k].zValue && strcmp(wf.aParam[k].zName, pConfig->azParamName[i]) == 0;
      }
      if (bHave) continue;
      if (a.nParam == a.nParamCap) {
        a.nParamCap = a.nParamCap ? a.nParamCap * 2 : 8;
        a.aParam = xrealloc(a.aParam, sizeof *a.aParam * a.nParamCap);
      }
      a.aParam[a.nParam].name = xstrdup(pConfig->azParamName[i]);
      a.aParam[a.nParam].value = xstrdup(pConfig->azParamValue[i]);
      a.aParam[a.nParam].type = NULL;
      a.nParam++;
    }
  }
  {
    /* Workflow parameters first; --param overrides them. */
    size_t i, k;
    for (i = 0; i < wf.nParam; i++) {
      int bOver = 0;
      for (k = 0; k < a.nParam; k++) {
        if (strcmp(a.aParam[k].name, wf.aParam[i].zName) == 0) {
          bOver = 1;
          if (!a.aParam[k].type && wf.aParam[i].zType) {
            a.aParam[k].type = xstrdup(wf.aParam[i].zType);
          }
        }
      }
      if (bOver || !wf.aParam[i].zValue) continue;
      if (a.nParam == a.nParamCap) {
        a.nParamCap = a.nParamCap ? a.nParamCap * 2 : 8;
        a.aParam = xrealloc(a.aParam, sizeof *a.aParam * a.nParamCap);
      }
      a.aParam[a.nParam].name = xstrdup(wf.aParam[i].zName);
      a.aParam[a.nParam].value = xstrdup(wf.aParam[i].zValue);
      a.aParam[a.nParam].type = wf.aParam[i].zType ? xstrdup(wf.aParam[i].zType) : NULL;
      a.nParam++;
    }
  }
  o.params = a.aParam;
  o.n_params = a.nParam;
  o.filtered_column = a.zFiltered ? a.zFiltered : wf.zFiltered;
  o.user_count_column = a.zUserCount ? a.zUserCount : wf.zUserCount;
  o.reason_column = a.zReason ? a.zReason : wf.zReason;
  o.timeout_seconds = a.timeout;
  o.max_memory = a.maxMemMiB << 20;
  o.max_rows = a.maxRows ? a.maxRows : 1000000;
  o.explain = a.bExplain;
  o.lookalike = a.bLookalike;
  o.sandbox = a.bSandbox;
  if (amcq_query_is_audience(q) && (o.filtered_column || o.user_count_column || o.reason_column)) {
    /* they describe rows that thresholds touched; an audience is a size */
    cli_error("run: an audience query's result is its size and AMC's verdict: the filtered, "
              "user-count and reason columns do not apply");
    goto done;
  }
  r = amcq_query_run(q, &o, &res, &zErr);
  if (r != 0) {
    cli_error("run: %s", zErr);
    rc = r == 1 ? EXIT_REJECTED : EXIT_TROUBLE;
    goto done;
  }
  if (a.bExplain) fputs(amcq_result_explain(res), stdout);
  zOut = amcq_result_render(res, fmt);
  fputs(zOut, stdout);
  amcq_free(zOut);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    rc = EXIT_TROUBLE; /* main says it cannot write; no summary of rows not shown */
    goto done;
  }
  if (!a.bQuiet) fprintf(stderr, "amcq: %s\n", amcq_result_summary(res));
  {
    /* An audience AMC would not create fails like a rejected query. */
    int bCreated = 1;
    rc = amcq_result_audience(res, NULL, &bCreated) && !bCreated ? EXIT_REJECTED : EXIT_CLEAN;
  }
done:
  amcq_result_free(res);
  amcq_query_free(q);
  amcq_policy_free(pPolicy);
  workflow_free(&wf);
  lint_config_free(pConfig);
  free(zText);
  free(zErr);
  free(zDb);
  free_params(&a);
  return rc;
}
