/*
 * cli/cmd_shell.c: amcq shell, the training sandbox. A REPL over a fixture
 * (line editing, history, completion with libedit on a terminal; plain
 * reading from a pipe): every statement is checked first, then run with
 * AMC's thresholds enforced, and the shell says what privacy removed and
 * why. Lessons are short exercises checked against a reference query.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <editline/readline.h>

#include "../arena.h"
#include "../fixture.h"
#include "../lex.h"
#include "../policy.h"
#include "../util.h"
#include "amcq.h"
#include "cli.h"

static volatile int g_interrupt;

static void on_sigint(int sig) {
  (void)sig;
  g_interrupt = 1;
}

/* ---------------------------------------------------------------------- */
/* Lessons                                                                 */

typedef struct Lesson {
  const char *zTitle;
  const char *zTask;
  const char *zReference;
  const char *zHint;
} Lesson;

static const Lesson aLesson[] = {
    {"Reach by campaign",
     "How many distinct users saw each campaign, and how many impressions did\n"
     "each campaign serve? One row per campaign: campaign, reach, impressions.",
     "SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions "
     "FROM dsp_impressions GROUP BY campaign",
     "COUNT(DISTINCT user_id) counts users without revealing them; GROUP BY campaign."},
    {"Frequency distribution",
     "How many users saw 1 impression, 2 impressions, and so on? One row per\n"
     "frequency: frequency, users. (Count impressions per user in a CTE first.)",
     "WITH f AS (SELECT user_id, COUNT(*) AS frequency FROM dsp_impressions GROUP BY user_id) "
     "SELECT frequency, COUNT(*) AS users FROM f GROUP BY frequency",
     "A user-level CTE is fine as long as the final SELECT groups across users."},
    {"Why postal codes disappear",
     "Count users per postal code: postal_code, users. Run it and read the\n"
     "privacy line: which rows go, and why?",
     "SELECT postal_code, COUNT(DISTINCT user_id) AS users FROM dsp_impressions "
     "GROUP BY postal_code",
     "postal_code is HIGH: a row needs 100 users, so most postal codes are removed."},
    {"Why user_id cannot be selected",
     "Try SELECT user_id, COUNT(*) ... GROUP BY user_id and read the error. Then\n"
     "write what AMC allows instead: the number of users with more than 10\n"
     "impressions, as one column named heavy_users.",
     "WITH f AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id) "
     "SELECT COUNT(*) AS heavy_users FROM f WHERE n > 10",
     "user_id is VERY_HIGH: it may be counted (COUNT DISTINCT), never output."},
    {"Time of day without losing rows",
     "Impressions by hour of day (UTC): hour, impressions. Grouping by the\n"
     "second-level impression_dt_utc would lose almost every row; use the hour.",
     "SELECT HOUR(impression_dt_utc) AS hour, SUM(impressions) AS impressions "
     "FROM dsp_impressions GROUP BY HOUR(impression_dt_utc)",
     "impression_dt_utc is MEDIUM (100 users a row); an hour has many users, a second few."},
    {"Path to conversion",
     "For each campaign, how many users who saw it later converted (any\n"
     "conversion after their first impression)? campaign, converters.",
     "WITH first_seen AS (SELECT user_id, campaign, MIN(impression_dt_utc) AS t "
     "FROM dsp_impressions GROUP BY user_id, campaign) "
     "SELECT f.campaign, COUNT(DISTINCT f.user_id) AS converters FROM first_seen f "
     "JOIN conversions c ON c.user_id = f.user_id AND c.event_dt_utc > f.t "
     "GROUP BY f.campaign",
     "Join on user_id inside the query; only the counts leave it."},
};
#define N_LESSON ((int)(sizeof aLesson / sizeof aLesson[0]))

/* ---------------------------------------------------------------------- */
/* State                                                                   */

typedef struct Shell {
  char *zDb;
  amcq_policy *pPol;
  Policy *pInfo; /* the same tables, for .tables, .schema and completion */
  amcq_result_format fmt;
  int bFiltered, bUserCount;
  int bSandbox; /* AMC's sandbox mode: no aggregation controls */
  char *zStart, *zEnd;
  amcq_param *aParam;
  size_t nParam;
  char *zLast; /* the last statement run */
  int iLesson; /* -1: none */
  int bInteractive, bColor;
  int nRejected;
  int bQuit;
} Shell;

static Shell *g_shell; /* for completion */

static int open_fixture(Shell *s, const char *zDb) {
  char *zErr = NULL;
  amcq_policy *p = amcq_policy_builtin();
  Policy *pi = policy_builtin(&zErr);
  if (amcq_policy_add_fixture(p, zDb, &zErr) < 0 || fixture_add_tables(zDb, pi, &zErr) < 0) {
    fprintf(stderr, "amcq: %s\n", zErr ? zErr : "cannot open the fixture");
    free(zErr);
    amcq_policy_free(p);
    policy_free(pi);
    return -1;
  }
  amcq_policy_free(s->pPol);
  policy_free(s->pInfo);
  free(s->zDb);
  s->pPol = p;
  s->pInfo = pi;
  s->zDb = xstrdup(zDb);
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Running one statement                                                   */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The enforced rows of zSql as CSV without the header, sorted; NULL when
** it does not run. */
static char *rows_of(Shell *s, const char *zSql) {
  amcq_query *q = amcq_query_check(zSql, strlen(zSql), "lesson", s->pPol);
  amcq_result *r = NULL;
  amcq_run_options o;
  char *zErr = NULL, *zCsv, *p, **az = NULL;
  size_t n = 0, cap = 0, i;
  StrBuf b = {0};
  memset(&o, 0, sizeof o);
  o.db = s->zDb;
  o.window_start = s->zStart;
  o.window_end = s->zEnd;
  o.params = s->aParam;
  o.n_params = s->nParam;
  o.timeout_seconds = 60;
  o.max_memory = (long long)2048 << 20;
  if (amcq_query_run(q, &o, &r, &zErr) != 0) {
    free(zErr);
    amcq_query_free(q);
    return NULL;
  }
  zCsv = amcq_result_render(r, AMCQ_RESULT_CSV);
  p = strstr(zCsv, "\r\n"); /* skip the header */
  p = p ? p + 2 : zCsv + strlen(zCsv);
  while (*p) {
    char *e = strstr(p, "\r\n");
    if (!e) e = p + strlen(p);
    util_grow((void **)&az, &cap, n + 1, sizeof *az);
    az[n++] = xstrndup(p, (size_t)(e - p));
    p = *e ? e + 2 : e;
  }
  if (n > 1) qsort(az, n, sizeof *az, cmp_str);
  for (i = 0; i < n; i++) {
    sb_puts(&b, az[i]);
    sb_putc(&b, '\n');
    free(az[i]);
  }
  free(az);
  amcq_free(zCsv);
  amcq_result_free(r);
  amcq_query_free(q);
  return b.z ? b.z : xstrdup("");
}

static void check_lesson(Shell *s, const char *zSql) {
  const Lesson *l = &aLesson[s->iLesson];
  char *zMine = rows_of(s, zSql), *zRef = rows_of(s, l->zReference);
  if (!zMine || !zRef) {
    printf("lesson %d: cannot compare with the reference\n", s->iLesson + 1);
  } else if (strcmp(zMine, zRef) == 0) {
    printf("lesson %d solved: your result is the reference's. (.lesson lists the others)\n",
           s->iLesson + 1);
    s->iLesson = -1;
  } else {
    int nMine = 0, nRef = 0;
    const char *p;
    for (p = zMine; *p; p++) nMine += *p == '\n';
    for (p = zRef; *p; p++) nRef += *p == '\n';
    printf("lesson %d: not yet. Your result has %d row%s, the reference %d (same columns, "
           "any order, compared after privacy).\nhint: %s\n",
           s->iLesson + 1, nMine, nMine == 1 ? "" : "s", nRef, l->zHint);
  }
  free(zMine);
  free(zRef);
}

static void run_sql(Shell *s, const char *zSql, int bExplain) {
  amcq_check_options co;
  amcq_query *q;
  amcq_result *r = NULL;
  amcq_run_options o;
  char *zErr = NULL, *zOut;
  int rc;
  memset(&co, 0, sizeof co);
  co.sandbox = s->bSandbox;
  q = amcq_query_check_with(zSql, strlen(zSql), "query", s->pPol, &co);
  if (amcq_query_diagnostic_count(q) > 0) {
    zOut = amcq_query_render(q, AMCQ_FORMAT_TEXT, s->bColor);
    fputs(zOut, stdout);
    amcq_free(zOut);
  }
  if (amcq_query_error_count(q) > 0) {
    if (cli_over_limits(q)) {
      printf("not run: the query is over amcq's limits (AMC004), which are not AMC's\n");
    } else {
      printf("rejected: AMC would not run this query (amcq rules CODE explains each rule)\n");
    }
    s->nRejected++;
    amcq_query_free(q);
    return;
  }
  memset(&o, 0, sizeof o);
  o.db = s->zDb;
  o.window_start = s->zStart;
  o.window_end = s->zEnd;
  o.params = s->aParam;
  o.n_params = s->nParam;
  o.filtered_column = s->bFiltered ? "filtered" : NULL;
  o.user_count_column = s->bUserCount ? "user_count" : NULL;
  o.reason_column = s->bFiltered ? "filtered_reason" : NULL;
  o.timeout_seconds = 300;
  o.max_memory = (long long)2048 << 20;
  o.max_rows = 1000000;
  o.explain = bExplain;
  o.sandbox = s->bSandbox;
  /* The flag is cleared at the prompt, not here: a Ctrl-C typed while the
  ** query was being checked still stops it (and the rest of the line). */
  o.interrupt = &g_interrupt;
  rc = amcq_query_run(q, &o, &r, &zErr);
  if (rc != 0) {
    printf("%s: %s\n", rc == 1 ? "rejected" : "error", zErr ? zErr : "?");
    free(zErr);
    if (rc == 1) s->nRejected++;
    amcq_query_free(q);
    return;
  }
  if (bExplain) fputs(amcq_result_explain(r), stdout);
  zOut = amcq_result_render(r, s->fmt);
  fputs(zOut, stdout);
  amcq_free(zOut);
  /* "audience of N users: ...", "sandbox mode: ...", else what privacy did */
  if (amcq_result_audience(r, NULL, NULL) || s->bSandbox) {
    printf("%s\n", amcq_result_summary(r));
  } else {
    printf("privacy: %s\n", amcq_result_summary(r));
  }
  amcq_result_free(r);
  amcq_query_free(q);
  if (s->iLesson >= 0 && !bExplain) check_lesson(s, zSql);
}

/* ---------------------------------------------------------------------- */
/* Dot-commands                                                            */

static const char *const azDot[] = {".help",     ".tables",   ".schema",    ".policy",
                                    ".rules",    ".timewindow", ".param",   ".filtered",
                                    ".usercount", ".mode",    ".explain",   ".open",
                                    ".read",     ".lesson",   ".sandbox",   ".quit",
                                    ".exit",     NULL};

static void dot_help(void) {
  fputs(".help                   this list\n"
        ".tables                 the tables of the fixture\n"
        ".schema [TABLE]         columns with type and class, and what the classes mean\n"
        ".policy                 the thresholds of each class\n"
        ".rules [CODE]           the rules amcq checks, or one in full\n"
        ".timewindow START END   limit every table to [START, END) (ISO 8601); no\n"
        "                        arguments: back to the fixture's whole span\n"
        ".param NAME VALUE       set CUSTOM_PARAMETER('NAME'); .param NAME clears it\n"
        ".filtered on|off        null failing columns instead of removing rows\n"
        "                        (AMC's filtered-metrics column)\n"
        ".usercount on|off       add AMC's user count column\n"
        ".sandbox on|off         AMC's sandbox mode: rows without aggregation\n"
        "                        controls, on synthetic data only (a fixture\n"
        "                        without amcq load tables)\n"
        ".mode table|csv|json    how results are printed\n"
        ".explain                run the last query again and show the SQL, each\n"
        "                        column's requirement and the users per row\n"
        ".open FILE              use another fixture\n"
        ".read FILE              run the statements in FILE\n"
        ".lesson [N]             list the lessons, or start lesson N\n"
        ".quit                   leave (Ctrl-D works too)\n"
        "A statement ends with ';' and may span lines. Ctrl-C stops a running query.\n",
        stdout);
}

static void dot_tables(Shell *s) {
  int i;
  for (i = 0; i < s->pInfo->nTable; i++) {
    const PTable *t = &s->pInfo->aTable[i];
    if (t->bAudience) continue;
    printf("%-50s %3d columns%s\n", t->zName, t->nCol, t->bFirstParty ? "  (first-party)" : "");
  }
  printf("(and each table's _for_audiences twin, for audience queries)\n");
}

static void dot_schema(Shell *s, const char *zTable) {
  int i, k;
  for (i = 0; i < s->pInfo->nTable; i++) {
    const PTable *t = &s->pInfo->aTable[i];
    if (zTable ? strcasecmp(t->zName, zTable) != 0 : t->bAudience) continue;
    printf("%s\n", t->zName);
    for (k = 0; k < t->nCol; k++) {
      printf("  %-45s %-10s %-9s %s\n", t->aCol[k].zName, t->aCol[k].zType ? t->aCol[k].zType : "",
             policy_class_name(t->aCol[k].cls), t->aCol[k].bMetric ? "metric" : "dimension");
    }
    if (!zTable) continue;
  }
  printf("classes: NONE and LOW: output with 1 and 2 users a row; MEDIUM: 100 users;\n"
         "HIGH: 100 users, no literal filters; VERY_HIGH and INTERNAL: never output,\n"
         "no literal filters (count them with COUNT(DISTINCT ...)).\n");
}

static void dot_policy(Shell *s) {
  int c;
  printf("policy %s: users a row needs before a column's value may appear\n",
         s->pInfo->zName ? s->pInfo->zName : "amc");
  for (c = 0; c < CLS_COUNT; c++) {
    int t = s->pInfo->aThreshold[c];
    if (t < 0) printf("  %-10s never output\n", policy_class_name((ColClass)c));
    else printf("  %-10s %d\n", policy_class_name((ColClass)c), t);
  }
  printf("fixture: %s\n", s->zDb);
}

static int on_off(const char *z, int *p) {
  if (z && strcmp(z, "on") == 0) *p = 1;
  else if (z && strcmp(z, "off") == 0) *p = 0;
  else return -1;
  return 0;
}

static void feed(Shell *s, StrBuf *pBuf, const char *zLine);

static void dot_read(Shell *s, const char *zFile) {
  char *z = NULL, *zErr = NULL, *p;
  size_t n = 0;
  StrBuf buf = {0};
  if (util_read_file(zFile, AMCQ_MAX_QUERY_BYTES, &z, &n, &zErr) != 0) {
    printf("error: %s\n", zErr);
    free(zErr);
    return;
  }
  p = z;
  while (*p && !s->bQuit) {
    char *e = strchr(p, '\n');
    if (e) *e = 0;
    feed(s, &buf, p);
    if (!e) break;
    p = e + 1;
  }
  if (buf.n) printf("(%s ends inside a statement: missing ';')\n", zFile);
  sb_free(&buf);
  free(z);
}

static void dot_command(Shell *s, char *zLine) {
  char *az[4] = {NULL, NULL, NULL, NULL};
  int n = 0;
  char *p = zLine, *zSave = NULL;
  for (p = strtok_r(p, " \t", &zSave); p && n < 4; p = strtok_r(NULL, " \t", &zSave)) az[n++] = p;
  if (!n) return;
  if (!strcmp(az[0], ".help")) {
    dot_help();
  } else if (!strcmp(az[0], ".quit") || !strcmp(az[0], ".exit")) {
    s->bQuit = 1;
  } else if (!strcmp(az[0], ".tables")) {
    dot_tables(s);
  } else if (!strcmp(az[0], ".schema")) {
    dot_schema(s, az[1]);
  } else if (!strcmp(az[0], ".policy")) {
    dot_policy(s);
  } else if (!strcmp(az[0], ".rules")) {
    char *argv[3] = {"rules", az[1], NULL};
    fflush(stdout);
    cmd_rules(az[1] ? 2 : 1, argv);
  } else if (!strcmp(az[0], ".timewindow")) {
    if (n == 1) {
      free(s->zStart);
      free(s->zEnd);
      s->zStart = s->zEnd = NULL;
      printf("time window: the fixture's whole span\n");
    } else if (n == 3) {
      free(s->zStart);
      free(s->zEnd);
      s->zStart = xstrdup(az[1]);
      s->zEnd = xstrdup(az[2]);
      printf("time window: %s .. %s\n", az[1], az[2]);
    } else {
      printf("usage: .timewindow START END   (ISO 8601, END exclusive)\n");
    }
  } else if (!strcmp(az[0], ".param")) {
    size_t i;
    if (n < 2) {
      for (i = 0; i < s->nParam; i++) printf("%s = %s\n", s->aParam[i].name, s->aParam[i].value);
      return;
    }
    for (i = 0; i < s->nParam; i++) {
      if (strcmp(s->aParam[i].name, az[1]) == 0) break;
    }
    if (i < s->nParam) {
      free((char *)s->aParam[i].name);
      free((char *)s->aParam[i].value);
      s->aParam[i] = s->aParam[--s->nParam];
    }
    if (n >= 3) {
      s->aParam = xrealloc(s->aParam, sizeof *s->aParam * (s->nParam + 1));
      s->aParam[s->nParam].name = xstrdup(az[1]);
      s->aParam[s->nParam].value = xstrdup(az[2]);
      s->aParam[s->nParam].type = NULL;
      s->nParam++;
    }
  } else if (!strcmp(az[0], ".filtered")) {
    if (on_off(az[1], &s->bFiltered)) printf("usage: .filtered on|off\n");
  } else if (!strcmp(az[0], ".usercount")) {
    if (on_off(az[1], &s->bUserCount)) printf("usage: .usercount on|off\n");
  } else if (!strcmp(az[0], ".sandbox")) {
    if (on_off(az[1], &s->bSandbox)) {
      printf("usage: .sandbox on|off   (now %s)\n", s->bSandbox ? "on" : "off");
    } else if (s->bSandbox) {
      printf("sandbox mode on: queries run without aggregation controls (no thresholds,\n"
             "identifiers shown), as in an AMC sandbox instance on synthetic data; an\n"
             "advertiser instance rejects or thresholds the same queries\n");
    } else {
      printf("sandbox mode off: AMC's aggregation controls apply\n");
    }
  } else if (!strcmp(az[0], ".mode")) {
    if (az[1] && !strcmp(az[1], "table")) s->fmt = AMCQ_RESULT_TABLE;
    else if (az[1] && !strcmp(az[1], "csv")) s->fmt = AMCQ_RESULT_CSV;
    else if (az[1] && !strcmp(az[1], "json")) s->fmt = AMCQ_RESULT_JSON;
    else printf("usage: .mode table|csv|json\n");
  } else if (!strcmp(az[0], ".explain")) {
    if (!s->zLast) printf("no query yet\n");
    else run_sql(s, s->zLast, 1);
  } else if (!strcmp(az[0], ".open")) {
    if (!az[1]) printf("usage: .open FILE\n");
    else if (open_fixture(s, az[1]) == 0) printf("fixture: %s\n", az[1]);
  } else if (!strcmp(az[0], ".read")) {
    if (!az[1]) printf("usage: .read FILE\n");
    else dot_read(s, az[1]);
  } else if (!strcmp(az[0], ".lesson")) {
    int i;
    if (!az[1]) {
      for (i = 0; i < N_LESSON; i++) printf("%d. %s\n", i + 1, aLesson[i].zTitle);
      printf("start one with .lesson N\n");
    } else {
      i = atoi(az[1]);
      if (i < 1 || i > N_LESSON) {
        printf("there are lessons 1 to %d\n", N_LESSON);
      } else {
        s->iLesson = i - 1;
        printf("lesson %d: %s\n%s\nWrite the query; amcq compares its result with the "
               "reference's.\n",
               i, aLesson[i - 1].zTitle, aLesson[i - 1].zTask);
      }
    }
  } else {
    printf("unknown command %s (.help lists them)\n", az[0]);
  }
}

/* ---------------------------------------------------------------------- */
/* Input                                                                   */

/* Add a line; run every complete statement (ended by ';' outside strings
** and comments). */
static void feed(Shell *s, StrBuf *pBuf, const char *zLine) {
  Arena a;
  TokenList all;
  size_t i, iFrom = 0;
  const char *p = zLine;
  while (*p == ' ' || *p == '\t') p++;
  if (!pBuf->n && *p == '.') {
    char *z = xstrdup(p);
    dot_command(s, z);
    free(z);
    return;
  }
  if (!pBuf->n && !*p) return;
  sb_puts(pBuf, zLine);
  sb_putc(pBuf, '\n');
  memset(&a, 0, sizeof a);
  lex_all(&a, pBuf->z, pBuf->n, &all);
  for (i = 0; i < all.n && !s->bQuit; i++) {
    if (all.a[i].kind != TK_SEMI) continue;
    {
      char *zStmt = xstrndup(pBuf->z + iFrom, all.a[i].iStart - iFrom);
      const char *q = zStmt;
      while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r') q++;
      if (*q) {
        if (s->bInteractive) {
          /* History keeps the statement with its ';', ready to run again. */
          char *zH = util_mprintf("%s;", zStmt + (q - zStmt));
          add_history(zH);
          free(zH);
        }
        free(s->zLast);
        s->zLast = xstrdup(zStmt);
        run_sql(s, zStmt, 0);
      }
      free(zStmt);
      iFrom = all.a[i].iEnd;
    }
  }
  if (iFrom) {
    /* Keep what follows the last ';' (a statement begun on the line). */
    size_t n = pBuf->n - iFrom;
    memmove(pBuf->z, pBuf->z + iFrom, n);
    pBuf->n = n;
    while (pBuf->n && (pBuf->z[pBuf->n - 1] == '\n' || pBuf->z[pBuf->n - 1] == ' ')) pBuf->n--;
    {
      size_t k = 0;
      while (k < pBuf->n && (pBuf->z[k] == ' ' || pBuf->z[k] == '\n')) k++;
      if (k == pBuf->n) pBuf->n = 0;
      else sb_putc(pBuf, '\n');
    }
  }
  arena_free(&a);
}

/* ---------------------------------------------------------------------- */
/* Completion                                                              */

static const char *const azKeyword[] = {
    "SELECT", "FROM", "WHERE", "GROUP BY", "HAVING", "WITH", "AS", "JOIN", "LEFT JOIN",
    "FULL OUTER JOIN", "CROSS JOIN", "ON", "USING", "UNION ALL", "UNION", "DISTINCT", "CASE",
    "WHEN", "THEN", "ELSE", "END", "AND", "OR", "NOT", "IN", "IS NULL", "IS NOT NULL",
    "BETWEEN", "LIKE", "SIMILAR TO", "OVER", "PARTITION BY", "ORDER BY", "WINDOW", "COUNT",
    "SUM", "AVG", "MIN", "MAX", NULL};

static char **g_cand;
static size_t g_nCand, g_iCand;

static void cand_add(const char *z) {
  size_t i;
  for (i = 0; i < g_nCand; i++) {
    if (strcmp(g_cand[i], z) == 0) return;
  }
  g_cand = xrealloc(g_cand, sizeof *g_cand * (g_nCand + 1));
  g_cand[g_nCand++] = xstrdup(z);
}

static void cand_free(void) {
  size_t i;
  for (i = 0; i < g_nCand; i++) free(g_cand[i]);
  free(g_cand);
  g_cand = NULL;
  g_nCand = 0;
}

static char *cand_next(const char *zText, int state) {
  size_t n = strlen(zText);
  if (!state) g_iCand = 0;
  while (g_iCand < g_nCand) {
    const char *z = g_cand[g_iCand++];
    if (strncasecmp(z, zText, n) == 0) {
      /* Keep the case the user typed for keywords. */
      char *r = xstrdup(z);
      if (n && zText[0] >= 'a' && zText[0] <= 'z') {
        char *q;
        for (q = r; *q; q++) {
          if (*q >= 'A' && *q <= 'Z') *q = (char)(*q + 32);
        }
      }
      return r;
    }
  }
  return NULL;
}

static StrBuf *g_pending; /* the statement typed so far */

/* Case-insensitive strstr. */
static const char *find_ci(const char *zHay, const char *zNeedle) {
  size_t n = strlen(zNeedle);
  for (; *zHay; zHay++) {
    if (strncasecmp(zHay, zNeedle, n) == 0) return zHay;
  }
  return NULL;
}

static char **complete(const char *zText, int start, int end) {
  Shell *s = g_shell;
  int i, k;
  (void)end;
  cand_free();
  rl_attempted_completion_over = 1;
  if (start == 0 && zText[0] == '.' && (!g_pending || !g_pending->n)) {
    for (i = 0; azDot[i]; i++) cand_add(azDot[i]);
    return rl_completion_matches(zText, cand_next);
  }
  for (i = 0; azKeyword[i]; i++) cand_add(azKeyword[i]);
  for (i = 0; i < s->pInfo->nTable; i++) cand_add(s->pInfo->aTable[i].zName);
  for (i = 0; i < s->pInfo->nFunc; i++) {
    if (!s->pInfo->aFunc[i].bInternal) {
      char *z = xstrdup(s->pInfo->aFunc[i].zName), *q;
      for (q = z; *q; q++) *q = (char)(*q >= 'a' && *q <= 'z' ? *q - 32 : *q);
      cand_add(z);
      free(z);
    }
  }
  /* Columns of the tables the statement names. */
  {
    StrBuf all = {0};
    if (g_pending && g_pending->n) sb_append(&all, g_pending->z, g_pending->n);
    sb_puts(&all, rl_line_buffer ? rl_line_buffer : "");
    for (i = 0; i < s->pInfo->nTable; i++) {
      const PTable *t = &s->pInfo->aTable[i];
      const char *hit = all.z ? find_ci(all.z, t->zName) : NULL;
      size_t nn = strlen(t->zName);
      if (!hit) continue;
      if (hit[nn] && (hit[nn] == '_' || (hit[nn] >= 'a' && hit[nn] <= 'z'))) continue;
      for (k = 0; k < t->nCol; k++) cand_add(t->aCol[k].zName);
    }
    sb_free(&all);
  }
  return rl_completion_matches(zText, cand_next);
}

static char *history_path(void) {
  const char *zState = getenv("XDG_STATE_HOME"), *zHome = getenv("HOME");
  char *zDir;
  if (zState && zState[0] == '/') zDir = util_mprintf("%s/amcq", zState);
  else if (zHome && zHome[0]) zDir = util_mprintf("%s/.local/state/amcq", zHome);
  else return NULL;
  {
    /* mkdir -p */
    char *p;
    for (p = zDir + 1; *p; p++) {
      if (*p != '/') continue;
      *p = 0;
      mkdir(zDir, 0700);
      *p = '/';
    }
    mkdir(zDir, 0700);
  }
  {
    char *z = util_mprintf("%s/history", zDir);
    free(zDir);
    return z;
  }
}

enum { O_DB };

static const CliOpt aShellOpt[] = {
    {O_DB, "db", 0, "FIXTURE", "the fixture (default: the default fixture, made on first use)", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_shell_cmd = {
    "shell", "[options]",
    "The training sandbox: check and run queries interactively over a fixture, with AMC's "
    "thresholds enforced and a line on what privacy removed and why; lessons are short "
    "exercises. Statements end with ';'. .help inside lists the dot-commands.",
    aShellOpt, NULL};

static int shell_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  (void)p;
  if (o->id == O_DB) *(const char **)pCtx = v;
  return 0;
}

int cmd_shell(int argc, char **argv) {
  Shell s;
  StrBuf buf = {0};
  const char *zDbArg = NULL;
  char *zHist = NULL;
  struct sigaction sa;
  int i;
  memset(&s, 0, sizeof s);
  s.iLesson = -1;
  {
    char **azArg;
    int nArg, rc = cli_parse(&cli_shell_cmd, argc, argv, shell_opt, &zDbArg, &azArg, &nArg);
    if (rc != 0) return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    if (nArg > 0) {
      cli_error("shell: unknown argument '%s'", azArg[0]);
      cli_usage(stderr, &cli_shell_cmd);
      return EXIT_TROUBLE;
    }
  }
  s.bInteractive = isatty(0) && isatty(1);
  s.bColor = s.bInteractive && cli_color(stdout, "auto");
  {
    char *zErr = NULL, *zDb;
    if (zDbArg) {
      zDb = xstrdup(zDbArg);
    } else {
      int bGen = 0;
      zDb = fixture_default(s.bInteractive ? stderr : NULL, stderr, &bGen, &zErr);
      if (!zDb) {
        cli_error("%s", zErr);
        free(zErr);
        return EXIT_TROUBLE;
      }
    }
    if (open_fixture(&s, zDb) != 0) {
      free(zDb);
      return EXIT_TROUBLE;
    }
    free(zDb);
  }
  g_shell = &s;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL); /* no SA_RESTART: reads return EINTR */

  if (s.bInteractive) {
    printf("amcq %s shell on %s\nEnd statements with ';'. .help for commands, .lesson for "
           "exercises, Ctrl-D to leave.\n",
           amcq_version(), s.zDb);
    zHist = history_path();
    using_history();
    if (zHist) read_history(zHist);
    rl_attempted_completion_function = complete;
    g_pending = &buf;
    while (!s.bQuit) {
      char *zLine;
      g_interrupt = 0;
      zLine = readline(buf.n ? "   ...> " : "amcq> ");
      if (!zLine) {
        if (g_interrupt) { /* Ctrl-C at the prompt: drop the input */
          buf.n = 0;
          printf("\n");
          continue;
        }
        printf("\n");
        break;
      }
      if (g_interrupt) {
        buf.n = 0;
        g_interrupt = 0;
      }
      if (!buf.n && zLine[0] == '.') add_history(zLine);
      feed(&s, &buf, zLine);
      free(zLine);
      fflush(stdout);
    }
    if (zHist) {
      write_history(zHist);
      history_truncate_file(zHist, 1000);
    }
  } else {
    char *zLine = NULL;
    size_t cap = 0;
    ssize_t n;
    while (!s.bQuit && (n = getline(&zLine, &cap, stdin)) >= 0) {
      if (n && zLine[n - 1] == '\n') zLine[n - 1] = 0;
      feed(&s, &buf, zLine);
    }
    free(zLine);
    if (buf.n && !s.bQuit) feed(&s, &buf, ";"); /* a last statement without ';' runs */
  }
  sb_free(&buf);
  cand_free();
  free(zHist);
  free(s.zLast);
  free(s.zStart);
  free(s.zEnd);
  for (i = 0; i < (int)s.nParam; i++) {
    free((char *)s.aParam[i].name);
    free((char *)s.aParam[i].value);
  }
  free(s.aParam);
  amcq_policy_free(s.pPol);
  policy_free(s.pInfo);
  free(s.zDb);
  return s.nRejected ? EXIT_REJECTED : EXIT_CLEAN;
}
