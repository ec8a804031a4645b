/*
 * cli/cmd_check.c: amcq check. Reads every file named or found (.sql and
 * AMC workflow .json), checks each with its nearest .amcq.json, and prints
 * every diagnostic of every file in one run, in the order the files were
 * named and found, whatever the number of worker processes.
 *
 * Parallelism uses processes, not threads: some libpg_query builds
 * redirect file descriptor 2 while parsing (a process-wide effect), and a
 * crash on a hostile file then takes one worker down, not the run. Workers
 * send each file's rendered report back over a pipe; the parent prints
 * them in order.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../lint.h"
#include "../report.h"
#include "../rules.h"
#include "../util.h"
#include "amcq.h"
#include "cli.h"

typedef enum Fmt { F_TEXT, F_JSON, F_SARIF, F_GITHUB } Fmt;

typedef struct Item {
  char *zPath;     /* as found */
  int iConfig;     /* index into the config cache */
  char *zChunk;    /* rendered report */
  size_t nChunk;
  int nErr, nWarn;
  char *zFatal;    /* could not be read or checked */
  int bDone;
  int bSkipped;    /* a JSON file that is not a workflow */
  int bLimit;      /* a query over amcq's limits (AMC004): exit status 2 */
} Item;

typedef struct Run {
  Item *a;
  size_t n, cap;
  LintConfig **apConfig;
  size_t nConfig;
  char **azConfigPath; /* parallel to apConfig; NULL for the defaults */
  Fmt fmt;
  int bColor, bSplit, bUnused, bAudience, bSandbox;
  const char *zPolicy, *zDb;
  char *zStdin;
  size_t nStdin;
  char *zLastDir; /* the directory config_for() last looked up */
  int iLastConfig;
  const char **azOnly, **azOff; /* --rules, --exclude-rules: canonical codes */
  size_t nOnly, nOff;
} Run;

enum { O_FORMAT, O_COLOR, O_POLICY, O_DB, O_CONFIG, O_JOBS, O_SPLIT, O_UNUSED, O_AUDIENCE,
       O_SANDBOX, O_RULES, O_EXCLUDE_RULES };

static const CliOpt aCheckOpt[] = {
    {O_FORMAT, "format", 'f', "FMT",
     "text (the default: path:line:col: severity[CODE]: message, the line and a caret), "
     "json, sarif (SARIF 2.1.0, for code scanning) or github (workflow annotations)", 0},
    {O_COLOR, "color", 0, "WHEN",
     "auto (the default: on a terminal that supports it, unless NO_COLOR is set), always "
     "or never", 0},
    {O_POLICY, "policy", 0, "FILE",
     "check against this policy (AMC's, extended or replaced) instead of the built-in one", 0},
    {O_DB, "db", 0, "FIXTURE", "know the first-party tables loaded into this fixture", 0},
    {O_CONFIG, "config", 0, "FILE",
     "use this configuration for every file instead of the nearest .amcq.json", 0},
    {O_JOBS, "jobs", 'j', "N", "check with N processes (default: one per core), 1 to 256", 0},
    {O_SPLIT, "split", 0, NULL, "a .sql file may hold several statements, each checked on its own", 0},
    {O_UNUSED, "report-unused-suppressions", 0, NULL,
     "warn (AMC402) about suppression comments that suppress nothing", 0},
    {O_AUDIENCE, "audience", 0, NULL,
     "every query is a rule-based audience query, also one over first-party tables alone", 0},
    {O_SANDBOX, "sandbox", 0, NULL,
     "AMC's sandbox mode: the rules only aggregation controls enforce become notes", 0},
    {O_RULES, "rules", 0, "CODE,...",
     "report only the warnings of these rules (codes or names); errors are always reported", 0},
    {O_EXCLUDE_RULES, "exclude-rules", 0, "CODE,...",
     "do not report the warnings of these rules, as \"off\" in .amcq.json does; an error "
     "cannot be turned off", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_check_cmd = {
    "check",
    "[options] PATH...",
    "Report syntax errors and AMC rule violations in .sql files and workflow .json files, "
    "every problem of every file in one run. Directories are searched recursively; - reads "
    "standard input. Exit status: 0 no errors, 1 errors (AMC would reject a query), 2 usage "
    "or I/O problems.",
    aCheckOpt,
    NULL};

typedef struct CheckArgs {
  Run *r;
  const char *zFormat, *zColor, *zConfig;
  int nJobs;
} CheckArgs;

/* --rules and --exclude-rules: CODE,CODE (codes or names) into the
** canonical codes, replacing what an earlier occurrence gave. An unknown
** code, an empty one or, for --exclude-rules, an error-level rule is refused
** (exit 2): what AMC rejects is always reported. */
static int rule_list(const char *zOpt, const char *v, int bWarningsOnly, const char ***paz,
                     size_t *pn) {
  const char *p = v;
  free(*paz);
  *paz = NULL;
  *pn = 0;
  for (;;) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    char *zCode;
    const RuleInfo *ri;
    while (len && (*p == ' ' || *p == '\t')) p++, len--;
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t')) len--;
    zCode = xstrndup(p, len);
    if (!zCode[0]) {
      cli_error("check: --%s: an empty rule code in '%s' (write CODE,CODE)", zOpt, v);
      free(zCode);
      return -1;
    }
    ri = rules_find(zCode);
    if (!ri) {
      size_t n, i;
      const RuleInfo *a = rules_all(&n);
      const char **azCode = xcalloc(n + 1, sizeof(char *));
      const char **azName = xcalloc(n + 1, sizeof(char *));
      const char *zNear;
      for (i = 0; i < n; i++) {
        azCode[i] = a[i].zCode;
        azName[i] = a[i].zName;
      }
      /* a code one edit away (AMC30: AMC301), else a name (limt: limit) */
      zNear = cli_closest_within(zCode, azCode, 1);
      if (!zNear) zNear = cli_closest(zCode, azName);
      if (zNear) cli_error("check: --%s: no rule '%s' (did you mean %s?)", zOpt, zCode, zNear);
      else cli_error("check: --%s: no rule '%s' (see 'amcq rules')", zOpt, zCode);
      free(azCode);
      free(azName);
      free(zCode);
      return -1;
    }
    free(zCode);
    if (bWarningsOnly && ri->severity == SEV_ERROR) {
      cli_error("check: --%s: %s is an error and cannot be turned off: what AMC rejects is "
                "always reported",
                zOpt, ri->zCode);
      return -1;
    }
    *paz = xrealloc(*paz, sizeof(char *) * (*pn + 1));
    (*paz)[(*pn)++] = ri->zCode;
    if (!e) break;
    p = e + 1;
  }
  return 0;
}

static int check_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  CheckArgs *a = pCtx;
  (void)p;
  switch (o->id) {
    case O_FORMAT: a->zFormat = v; break;
    case O_COLOR: a->zColor = v; break;
    case O_POLICY: a->r->zPolicy = v; break;
    case O_DB: a->r->zDb = v; break;
    case O_CONFIG: a->zConfig = v; break;
    case O_JOBS: {
      char *zEnd;
      long n = strtol(v, &zEnd, 10);
      if (*zEnd || n < 1 || n > 256) {
        cli_error("check: --jobs takes a number from 1 to 256, not '%s'", v);
        return -1;
      }
      a->nJobs = (int)n;
      break;
    }
    case O_SPLIT: a->r->bSplit = 1; break;
    case O_UNUSED: a->r->bUnused = 1; break;
    case O_AUDIENCE: a->r->bAudience = 1; break;
    case O_SANDBOX: a->r->bSandbox = 1; break;
    case O_RULES: return rule_list(o->zLong, v, 0, &a->r->azOnly, &a->r->nOnly);
    case O_EXCLUDE_RULES: return rule_list(o->zLong, v, 1, &a->r->azOff, &a->r->nOff);
  }
  return 0;
}

/* The configuration for a file: --config, else the nearest .amcq.json
** (looked up once per directory). */
static int config_for(Run *r, const char *zFile, LintConfig *pForced, char **pzErr) {
  char *zCfg;
  size_t i, nDir;
  const char *zSlash = strrchr(zFile, '/');
  int ic;
  if (pForced) return 0;
  nDir = zSlash ? (size_t)(zSlash - zFile) : 0;
  if (strcmp(zFile, "-") == 0) nDir = (size_t)-1; /* never cached */
  if (r->zLastDir && nDir != (size_t)-1 && strlen(r->zLastDir) == nDir &&
      strncmp(r->zLastDir, zFile, nDir) == 0) {
    return r->iLastConfig;
  }
  zCfg = strcmp(zFile, "-") == 0 ? NULL : lint_config_find(zFile);
  ic = -1;
  for (i = 0; i < r->nConfig && ic < 0; i++) {
    if ((!zCfg && !r->azConfigPath[i]) ||
        (zCfg && r->azConfigPath[i] && strcmp(zCfg, r->azConfigPath[i]) == 0)) {
      ic = (int)i;
    }
  }
  if (ic >= 0) {
    free(zCfg);
    free(r->zLastDir);
    r->zLastDir = nDir == (size_t)-1 ? NULL : xstrndup(zFile, nDir);
    r->iLastConfig = ic;
    return ic;
  }
  r->apConfig = xrealloc(r->apConfig, sizeof *r->apConfig * (r->nConfig + 1));
  r->azConfigPath = xrealloc(r->azConfigPath, sizeof(char *) * (r->nConfig + 1));
  if (zCfg) {
    r->apConfig[r->nConfig] = lint_config_load(zCfg, pzErr);
    if (!r->apConfig[r->nConfig]) {
      free(zCfg);
      return -1;
    }
  } else {
    r->apConfig[r->nConfig] = lint_config_default();
  }
  r->azConfigPath[r->nConfig] = zCfg;
  free(r->zLastDir);
  r->zLastDir = nDir == (size_t)-1 ? NULL : xstrndup(zFile, nDir);
  r->iLastConfig = (int)r->nConfig;
  return (int)r->nConfig++;
}

static const amcq_policy *policy_for(Run *r, LintConfig *c, char **pzErr) {
  if (c->pPolicy) return c->pPolicy;
  if (r->zPolicy || c->zPolicy) {
    /* --policy wins over the configuration's. */
    c->pPolicy = amcq_policy_load(r->zPolicy ? r->zPolicy : c->zPolicy, pzErr);
    if (!c->pPolicy) return NULL;
  } else {
    c->pPolicy = amcq_policy_builtin();
  }
  if (r->zDb && amcq_policy_add_fixture(c->pPolicy, r->zDb, pzErr) < 0) {
    amcq_policy_free(c->pPolicy);
    c->pPolicy = NULL;
    return NULL;
  }
  return c->pPolicy;
}

/* Check item i into it->zChunk (in this process). */
static void check_item(Run *r, Item *it) {
  LintConfig *c = r->apConfig[it->iConfig];
  LintOptions o;
  LintFile f;
  StrBuf b = {0};
  char *zText = NULL, *zErr = NULL;
  size_t nText = 0;
  const char *zShown = strcmp(it->zPath, "-") == 0 ? "<stdin>" : it->zPath;
  const amcq_policy *pPol = policy_for(r, c, &zErr);
  it->bDone = 1;
  if (!pPol) {
    it->zFatal = zErr;
    return;
  }
  if (strcmp(it->zPath, "-") == 0) {
    zText = xmalloc(r->nStdin + 1);
    memcpy(zText, r->zStdin, r->nStdin);
    nText = r->nStdin;
  } else if (util_read_file(it->zPath, AMCQ_MAX_QUERY_BYTES, &zText, &nText, &zErr) != 0) {
    it->zFatal = zErr;
    return;
  }
  memset(&o, 0, sizeof o);
  o.bSplit = r->bSplit;
  o.bReportUnused = r->bUnused;
  o.bAudience = r->bAudience;
  o.bSandbox = r->bSandbox;
  o.azOnly = r->azOnly;
  o.nOnly = r->nOnly;
  o.azOff = r->azOff;
  o.nOff = r->nOff;
  o.pConfig = c;
  o.pPolicy = pPol;
  lint_file(&o, zShown, zText, nText, &f);
  free(zText);
  switch (r->fmt) {
    case F_TEXT:
      report_text(&b, &f, r->bColor);
      break;
    case F_JSON:
      report_json(&b, &f);
      break;
    case F_SARIF: {
      int nDone = 0;
      report_sarif_results(&b, &f, &nDone);
      break;
    }
    case F_GITHUB:
      report_github(&b, &f);
      break;
  }
  it->bSkipped = f.nQueries == 0 && f.n == 0 && strlen(zShown) > 5 &&
                 strcmp(zShown + strlen(zShown) - 5, ".json") == 0;
  it->nErr = f.nError;
  it->nWarn = f.nWarning;
  {
    size_t k;
    for (k = 0; k < f.n; k++) {
      if (strcmp(f.a[k].zCode, "AMC004") == 0 && f.a[k].severity == AMCQ_ERROR) it->bLimit = 1;
    }
  }
  it->nChunk = b.n;
  it->zChunk = b.z ? b.z : xstrdup("");
  lint_file_free(&f);
}

/* ---------------------------------------------------------------------- */
/* Workers                                                                 */

static int write_all(int fd, const void *p, size_t n) {
  const char *z = p;
  while (n) {
    ssize_t k = write(fd, z, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    z += k;
    n -= (size_t)k;
  }
  return 0;
}

/* Record: u32 index, i32 errors, i32 warnings, u32 length, u32 over a
** limit, chunk, u32 length, fatal message. Appended to *pOut: a worker
** sends its records in batches, one write per 16 KiB instead of four per
** file, so that neither it nor the parent wakes up for every file. */
static void send_item(StrBuf *pOut, uint32_t i, const Item *it) {
  uint32_t h[5], nf = it->zFatal ? (uint32_t)strlen(it->zFatal) : 0;
  h[0] = i;
  h[1] = it->bSkipped ? 0xFFFFFFFFu : (uint32_t)it->nErr;
  h[2] = (uint32_t)it->nWarn;
  h[3] = (uint32_t)it->nChunk;
  h[4] = (uint32_t)it->bLimit;
  sb_append(pOut, (const char *)h, sizeof h);
  sb_append(pOut, it->zChunk ? it->zChunk : "", it->nChunk);
  sb_append(pOut, (const char *)&nf, sizeof nf);
  sb_append(pOut, it->zFatal ? it->zFatal : "", nf);
}

#define SEND_BATCH 16384

static int send_flush(int fd, StrBuf *pOut) {
  int rc = pOut->n ? write_all(fd, pOut->z, pOut->n) : 0;
  pOut->n = 0;
  return rc;
}

typedef struct Inbox {
  int fd;
  StrBuf buf;
  size_t used;
} Inbox;

/* Parse the complete records in ib's buffer. */
static int take_records(Run *r, Inbox *ib) {
  for (;;) {
    uint32_t h[5], nf;
    size_t avail = ib->buf.n - ib->used;
    const char *p = ib->buf.z + ib->used;
    Item *it;
    if (avail < sizeof h) return 0;
    memcpy(h, p, sizeof h);
    if (avail < sizeof h + h[3] + sizeof nf) return 0;
    memcpy(&nf, p + sizeof h + h[3], sizeof nf);
    if (avail < sizeof h + h[3] + sizeof nf + nf) return 0;
    if (h[0] >= r->n) return -1;
    it = &r->a[h[0]];
    it->bSkipped = h[1] == 0xFFFFFFFFu;
    it->nErr = it->bSkipped ? 0 : (int)h[1];
    it->nWarn = (int)h[2];
    it->bLimit = h[4] != 0;
    it->zChunk = xstrndup(p + sizeof h, h[3]);
    it->nChunk = h[3];
    it->zFatal = nf ? xstrndup(p + sizeof h + h[3] + sizeof nf, nf) : NULL;
    it->bDone = 1;
    ib->used += sizeof h + h[3] + sizeof nf + nf;
  }
}

static void run_free(Run *r) {
  size_t k;
  for (k = 0; k < r->n; k++) {
    free(r->a[k].zPath);
    free(r->a[k].zChunk);
    free(r->a[k].zFatal);
  }
  free(r->a);
  for (k = 0; k < r->nConfig; k++) {
    lint_config_free(r->apConfig[k]);
    free(r->azConfigPath[k]);
  }
  free(r->apConfig);
  free(r->azConfigPath);
  free(r->zStdin);
  free(r->zLastDir);
  free(r->azOnly);
  free(r->azOff);
  memset(r, 0, sizeof *r);
}

static void run_parallel(Run *r, int nJobs) {
  Inbox *aIn = xcalloc((size_t)nJobs, sizeof *aIn);
  pid_t *aPid = xcalloc((size_t)nJobs, sizeof *aPid);
  int k, nOpen = 0;
  fflush(stdout);
  fflush(stderr);
  for (k = 0; k < nJobs; k++) {
    int fds[2];
    if (pipe(fds) != 0) {
      aIn[k].fd = -1;
      continue;
    }
    aPid[k] = fork();
    if (aPid[k] == 0) {
      size_t i;
      int j;
      close(fds[0]);
      for (j = 0; j < k; j++) {
        if (aIn[j].fd >= 0) close(aIn[j].fd);
      }
      StrBuf out = {0};
      for (i = (size_t)k; i < r->n; i += (size_t)nJobs) {
        check_item(r, &r->a[i]);
        send_item(&out, (uint32_t)i, &r->a[i]);
        free(r->a[i].zChunk);
        r->a[i].zChunk = NULL;
        if (out.n >= SEND_BATCH && send_flush(fds[1], &out) != 0) _exit(3);
      }
      if (send_flush(fds[1], &out) != 0) _exit(3);
      sb_free(&out);
      close(fds[1]);
      /* A worker leaves nothing behind for leak checkers. */
      free(aIn);
      free(aPid);
      run_free(r);
      amcq_thread_cleanup();
      fflush(stdout);
      _exit(0);
    }
    close(fds[1]);
    if (aPid[k] < 0) {
      close(fds[0]);
      aIn[k].fd = -1;
      continue;
    }
    aIn[k].fd = fds[0];
    nOpen++;
  }
  while (nOpen > 0) {
    struct pollfd *aP = xcalloc((size_t)nJobs, sizeof *aP);
    int nP = 0, j;
    for (k = 0; k < nJobs; k++) {
      if (aIn[k].fd < 0) continue;
      aP[nP].fd = aIn[k].fd;
      aP[nP].events = POLLIN;
      nP++;
    }
    if (poll(aP, (nfds_t)nP, -1) < 0 && errno != EINTR) {
      free(aP);
      break;
    }
    for (j = 0; j < nP; j++) {
      char buf[65536];
      ssize_t got;
      if (!(aP[j].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      for (k = 0; k < nJobs && aIn[k].fd != aP[j].fd; k++) {
      }
      got = read(aIn[k].fd, buf, sizeof buf);
      if (got > 0) {
        sb_append(&aIn[k].buf, buf, (size_t)got);
        if (take_records(r, &aIn[k]) != 0) got = 0;
      }
      if (got == 0 || (got < 0 && errno != EINTR)) {
        close(aIn[k].fd);
        aIn[k].fd = -1;
        nOpen--;
      }
    }
    free(aP);
  }
  for (k = 0; k < nJobs; k++) {
    int st;
    if (aPid[k] > 0) waitpid(aPid[k], &st, 0);
    sb_free(&aIn[k].buf);
  }
  free(aIn);
  free(aPid);
}

/* ---------------------------------------------------------------------- */

static int add_path(Run *r, const char *zPath, int iConfig) {
  util_grow((void **)&r->a, &r->cap, r->n + 1, sizeof *r->a);
  memset(&r->a[r->n], 0, sizeof r->a[r->n]);
  r->a[r->n].zPath = xstrdup(zPath);
  r->a[r->n].iConfig = iConfig;
  r->n++;
  return 0;
}

int cmd_check(int argc, char **argv) {
  static const char *const azExt[] = {".sql", ".json", NULL};
  const char *zFormat = "text", *zColor = "auto", *zConfig = NULL;
  LintConfig *pForced = NULL;
  PathList args = {0};
  Run r;
  int i, bTrouble = 0, nErr = 0, nWarn = 0, nJobs = 0;
  size_t k, nFiles = 0;
  StrBuf out = {0};

  memset(&r, 0, sizeof r);
  {
    CheckArgs a;
    char **azArg;
    int nArg;
    memset(&a, 0, sizeof a);
    a.r = &r;
    a.zFormat = zFormat;
    a.zColor = zColor;
    i = cli_parse(&cli_check_cmd, argc, argv, check_opt, &a, &azArg, &nArg);
    if (i != 0) {
      run_free(&r); /* what --rules or --exclude-rules took */
      return i > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    }
    zFormat = a.zFormat;
    zColor = a.zColor;
    zConfig = a.zConfig;
    nJobs = a.nJobs;
    for (i = 0; i < nArg; i++) {
      util_grow((void **)&args.a, &args.cap, args.n + 1, sizeof(char *));
      args.a[args.n++] = xstrdup(azArg[i]);
    }
  }
  if (r.bSandbox && r.bAudience) {
    cli_error("check: sandbox mode turns off a workflow's aggregation controls; an audience "
              "query is created through AMC's audience API, which has no sandbox mode");
    cli_paths_free(&args);
    run_free(&r);
    return EXIT_TROUBLE;
  }
  if (!strcmp(zFormat, "text")) r.fmt = F_TEXT;
  else if (!strcmp(zFormat, "json")) r.fmt = F_JSON;
  else if (!strcmp(zFormat, "sarif")) r.fmt = F_SARIF;
  else if (!strcmp(zFormat, "github")) r.fmt = F_GITHUB;
  else {
    cli_error("check: unknown format '%s' (text, json, sarif or github)", zFormat);
    cli_paths_free(&args);
    run_free(&r);
    return EXIT_TROUBLE;
  }
  if (strcmp(zColor, "auto") != 0 && strcmp(zColor, "always") != 0 &&
      strcmp(zColor, "never") != 0) {
    cli_error("check: --color takes auto, always or never");
    cli_paths_free(&args);
    run_free(&r);
    return EXIT_TROUBLE;
  }
  if (args.n == 0) {
    cli_error("check: no files to check");
    cli_usage(stderr, &cli_check_cmd);
    run_free(&r);
    return EXIT_TROUBLE;
  }
  if (zConfig) {
    char *zErr = NULL;
    pForced = lint_config_load(zConfig, &zErr);
    if (!pForced) {
      cli_error("%s", zErr);
      free(zErr);
      cli_paths_free(&args);
      run_free(&r);
      return EXIT_TROUBLE;
    }
    r.apConfig = xcalloc(1, sizeof *r.apConfig);
    r.azConfigPath = xcalloc(1, sizeof(char *));
    r.apConfig[0] = pForced;
    r.azConfigPath[0] = xstrdup(zConfig);
    r.nConfig = 1;
  }
  r.bColor = r.fmt == F_TEXT && cli_color(stdout, zColor);

  /* The files: named ones as they are, directories walked for .sql and
  ** .json files not excluded by their configuration. */
  for (k = 0; k < args.n; k++) {
    PathList found = {0};
    size_t j;
    int bDir = 0;
    if (cli_collect(&found, args.a[k], azExt) != 0) {
      bTrouble = 1;
      continue;
    }
    if (found.n == 0) {
      /* a directory named on the command line that holds nothing to check
       * is a mistake (a wrong path in CI), not a clean result */
      cli_error("%s: no .sql or .json files in this directory", args.a[k]);
      bTrouble = 1;
      cli_paths_free(&found);
      continue;
    }
    bDir = found.n != 1 || strcmp(found.a[0], args.a[k]) != 0;
    for (j = 0; j < found.n; j++) {
      char *zErr = NULL;
      int ic = config_for(&r, found.a[j], pForced, &zErr);
      if (ic < 0) {
        cli_error("%s", zErr);
        free(zErr);
        bTrouble = 1;
        continue;
      }
      if (bDir && (!lint_wants(found.a[j]) || lint_excluded(r.apConfig[ic], found.a[j]))) {
        continue;
      }
      if (strcmp(found.a[j], "-") == 0 && !r.zStdin) {
        char *zErr2 = NULL;
        if (util_read_file("-", AMCQ_MAX_QUERY_BYTES, &r.zStdin, &r.nStdin, &zErr2) != 0) {
          cli_error("%s", zErr2);
          free(zErr2);
          bTrouble = 1;
          continue;
        }
      }
      add_path(&r, found.a[j], ic);
    }
    cli_paths_free(&found);
  }
  cli_paths_free(&args);

  if (nJobs == 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    nJobs = n > 0 ? (int)n : 1;
  }
  if ((size_t)nJobs > r.n / 4 + 1) nJobs = (int)(r.n / 4 + 1); /* small runs: no fork */
  if (nJobs > 1) {
    run_parallel(&r, nJobs);
  } else {
    for (k = 0; k < r.n; k++) check_item(&r, &r.a[k]);
  }

  if (r.fmt == F_JSON) sb_puts(&out, "{\"files\":[");
  if (r.fmt == F_SARIF) report_sarif_begin(&out);
  {
    int nResults = 0;
    for (k = 0; k < r.n; k++) {
      Item *it = &r.a[k];
      if (!it->bDone) {
        cli_error("%s: not checked (a worker stopped)", it->zPath);
        bTrouble = 1;
        continue;
      }
      if (it->zFatal) {
        cli_error("%s", it->zFatal);
        bTrouble = 1;
        continue;
      }
      if (it->bSkipped) continue; /* not a workflow: not checked */
      nErr += it->nErr;
      nWarn += it->nWarn;
      if (it->bLimit) bTrouble = 1;
      switch (r.fmt) {
        case F_JSON:
          if (nFiles) sb_putc(&out, ',');
          sb_append(&out, it->zChunk, it->nChunk);
          break;
        case F_SARIF:
          if (it->nChunk) {
            if (nResults) sb_putc(&out, ',');
            sb_append(&out, it->zChunk, it->nChunk);
            nResults += it->nErr + it->nWarn;
          }
          break;
        default:
          sb_append(&out, it->zChunk, it->nChunk);
          fwrite(out.z ? out.z : "", 1, out.n, stdout);
          out.n = 0;
      }
      nFiles++;
    }
    if (r.fmt == F_JSON) {
      sb_printf(&out, "],\"summary\":{\"files\":%zu,\"errors\":%d,\"warnings\":%d}}\n", nFiles,
                nErr, nWarn);
    } else if (r.fmt == F_SARIF) {
      report_sarif_end(&out, nResults);
    } else if (r.fmt == F_TEXT && (nFiles > 0 || !bTrouble)) {
      sb_printf(&out, "%zu file%s checked: %d error%s, %d warning%s\n", nFiles,
                nFiles == 1 ? "" : "s", nErr, nErr == 1 ? "" : "s", nWarn,
                nWarn == 1 ? "" : "s");
    }
  }
  fwrite(out.z ? out.z : "", 1, out.n, stdout);
  sb_free(&out);
  run_free(&r);
  if (bTrouble) return EXIT_TROUBLE;
  return nErr ? EXIT_REJECTED : EXIT_CLEAN;
}
