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

enum { O_DB, O_POLICY, O_FORMAT, O_WINDOW, O_PARAM, O_WORKFLOW, O_EXECUTION, O_FILTERED,
       O_USERCOUNT, O_REASON, O_EXPLAIN, O_QUIET, O_TIMEOUT, O_MEMORY, O_ROWS, O_AUDIENCE,
       O_LOOKALIKE, O_SANDBOX };

static const CliOpt aRunOpt[] = {
    {O_DB, "db", 0, "FIXTURE", "the fixture (default: the default fixture, made on first use)", 0},
    {O_POLICY, "policy", 0, "FILE",
     "a policy file instead of the built-in AMC policy; the fixture's first-party tables are "
     "added to it", 0},
    {O_FORMAT, "format", 'f', "FMT", "table (the default), csv, json or ndjson", 0},
    {O_WINDOW, "time-window", 0, "START END",
     "limit every table to [START, END): ISO 8601 dates or times, UTC (default: the "
     "fixture's whole span)", 0},
    {O_PARAM, "param", 'p', "NAME=VALUE", "a CUSTOM_PARAMETER value; repeatable", 1},
    {O_WORKFLOW, "workflow", 0, "FILE.json", "run an AMC workflow definition instead of a query file", 0},
    {O_EXECUTION, "execution", 0, "FILE.json",
     "with --workflow: an execution request (parameterValues, time window, sandbox flags)", 0},
    {O_FILTERED, "filtered-column", 0, "NAME",
     "AMC's filteredMetricsDiscriminatorColumn: null failing values instead of removing rows", 0},
    {O_USERCOUNT, "user-count-column", 0, "NAME", "AMC's distinctUserCountColumn", 0},
    {O_REASON, "reason-column", 0, "NAME", "AMC's filteredReasonColumn", 0},
    {O_EXPLAIN, "explain", 0, NULL,
     "print the SQL amcq runs, each column's lineage and requirement, and the users per row", 0},
    {O_QUIET, "quiet", 'q', NULL, "no warnings and no summary on stderr", 0},
    {O_TIMEOUT, "timeout", 0, "SECONDS", "stop the query after SECONDS (default 60)", 0},
    {O_MEMORY, "max-memory", 0, "MIB", "SQLite's heap limit in MiB (default 2048)", 0},
    {O_ROWS, "max-rows", 0, "N", "the most rows the query may produce (default 1000000)", 0},
    {O_AUDIENCE, "audience", 0, NULL,
     "a rule-based audience query, also one over first-party tables alone", 0},
    {O_LOOKALIKE, "lookalike", 0, NULL,
     "an audience query that seeds a lookalike audience (500 to 500,000 users)", 0},
    {O_SANDBOX, "sandbox", 0, NULL,
     "AMC's sandbox mode: rows without aggregation controls, on synthetic data only", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_run_cmd = {
    "run", "[options] FILE.sql|-\n--workflow FILE.json [--execution FILE.json] [options]",
    "Check the query as amcq check does, run it on a fixture and print what AMC would return: "
    "every row and column held to its aggregation threshold. An audience query prints its "
    "size and AMC's verdict, never its members. Exit status: 0 the query ran (an audience "
    "would be created), 1 AMC would reject it (or not create the audience), 2 usage, input, "
    "fixture or limit problems.",
    aRunOpt, NULL};

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

static int run_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  RunArgs *a = pCtx;
  double d;
  switch (o->id) {
    case O_DB: a->zDb = v; break;
    case O_POLICY: a->zPolicy = v; break;
    case O_FORMAT: a->zFormat = v; break;
    case O_WINDOW:
      a->zStart = v;
      if (!(a->zEnd = cli_next_value(p, "--time-window's END"))) return -1;
      break;
    case O_PARAM: return add_param(a, v);
    case O_WORKFLOW: a->zWorkflow = v; break;
    case O_EXECUTION: a->zExecution = v; break;
    case O_FILTERED: a->zFiltered = v; break;
    case O_USERCOUNT: a->zUserCount = v; break;
    case O_REASON: a->zReason = v; break;
    case O_EXPLAIN: a->bExplain = 1; break;
    case O_QUIET: a->bQuiet = 1; break;
    case O_TIMEOUT:
      if (parse_number("--timeout", v, 0, 86400, &d) != 0) return -1;
      a->timeout = d;
      break;
    case O_MEMORY:
      if (parse_number("--max-memory", v, 1, 1 << 20, &d) != 0) return -1;
      a->maxMemMiB = (long long)d;
      break;
    case O_ROWS:
      if (parse_number("--max-rows", v, 1, 1e12, &d) != 0) return -1;
      a->maxRows = (long long)d;
      break;
    case O_AUDIENCE: a->bAudience = 1; break;
    case O_LOOKALIKE: a->bLookalike = a->bAudience = 1; break;
    case O_SANDBOX: a->bSandbox = 1; break;
  }
  return 0;
}

static int parse_args(int argc, char **argv, RunArgs *a) {
  char **azArg;
  int nArg, rc = cli_parse(&cli_run_cmd, argc, argv, run_opt, a, &azArg, &nArg);
  if (rc != 0) return rc;
  if (nArg > 1) {
    cli_error("run: one query at a time ('%s' and '%s')", azArg[0], azArg[1]);
    return -1;
  }
  if (nArg == 1) a->zFile = azArg[0];
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
      cli_usage(stderr, &cli_run_cmd);
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
    zDb = fixture_default((!a.bQuiet && isatty(fileno(stderr))) ? stderr : NULL,
                          a.bQuiet ? NULL : stderr, &bGenerated, &zErr);
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
  if (!a.bQuiet) cli_error("%s", amcq_result_summary(res)); /* escaped, as every message */
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
