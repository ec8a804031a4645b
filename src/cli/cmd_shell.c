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
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <editline/readline.h>

#include "../arena.h"
#include "../fixture.h"
#include "../lex.h"
#include "../policy.h"
#include "../source.h"
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
  int bHeaders; /* the column names above table and CSV results */
  int bTimer;   /* "Run Time: ..." after each statement */
  int bFiltered, bUserCount;
  int bSandbox; /* AMC's sandbox mode: no aggregation controls */
  char *zStart, *zEnd;
  amcq_param *aParam;
  size_t nParam;
  char *zLast; /* the last statement run */
  int iLesson; /* -1: none */
  int bInteractive, bColor;
  FILE *pOut;     /* .output or .once: results go there; NULL: stdout */
  char *zOutName; /* its name, for messages */
  int nOnce;      /* .once: commands left before pOut closes; 0: .output */
  int bHistory;   /* statements come from the terminal: keep them */
  int nRead;      /* .read files open, one inside the other */
  int bBail;      /* -bail: stop at the first failure */
  int nFailed;    /* rejected statements and failed commands */
  int iExit;      /* .exit N: N; -1: 1 after a failure, else 0 */
  int bQuit;
} Shell;

static Shell *g_shell; /* for completion */

/* A statement was rejected or did not run, or a command failed: the exit
** status becomes 1, and -bail stops here. */
static void failed(Shell *s) {
  s->nFailed++;
  if (s->bBail) s->bQuit = 1;
}

/* Where results go: .output's file, else standard output. Messages
** (diagnostics, the privacy line, errors) always go to standard output. */
static FILE *out_of(Shell *s) {
  return s->pOut ? s->pOut : stdout;
}

static void output_close(Shell *s) {
  if (s->pOut) {
    if (fclose(s->pOut) != 0) {
      printf("error: cannot write %s: %s\n", s->zOutName, strerror(errno));
      failed(s);
    }
  }
  s->pOut = NULL;
  free(s->zOutName);
  s->zOutName = NULL;
  s->nOnce = 0;
}

/* After each statement and dot-command: .once's file closes after one. */
static void output_tick(Shell *s) {
  if (s->nOnce && --s->nOnce == 0) output_close(s);
}

static int open_fixture(Shell *s, const char *zDb) {
  char *zErr = NULL;
  amcq_policy *p = amcq_policy_builtin();
  Policy *pi = policy_builtin(&zErr);
  if (amcq_policy_add_fixture(p, zDb, &zErr) < 0 || fixture_add_tables(zDb, pi, &zErr) < 0) {
    fflush(stdout); /* the message comes after what the session printed */
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
/* Lessons: what differs from the reference                                */

/* A result as text: column names and values (NULL for SQL NULL). */
typedef struct Rows {
  char **azCol;
  size_t nCol;
  char **azVal; /* nRow * nCol */
  size_t nRow;
} Rows;

static void rows_free(Rows *p) {
  size_t i;
  for (i = 0; i < p->nCol; i++) free(p->azCol[i]);
  for (i = 0; i < p->nRow * p->nCol; i++) free(p->azVal[i]);
  free(p->azCol);
  free(p->azVal);
  memset(p, 0, sizeof *p);
}

/* The enforced result of zSql (without the shell's extra columns); -1 when
** it does not run. */
static int rows_of(Shell *s, const char *zSql, Rows *pOut) {
  amcq_query *q = amcq_query_check(zSql, strlen(zSql), "lesson", s->pPol);
  amcq_result *r = NULL;
  amcq_run_options o;
  char *zErr = NULL;
  size_t i, j;
  memset(pOut, 0, sizeof *pOut);
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
    return -1;
  }
  pOut->nCol = amcq_result_columns(r);
  pOut->nRow = amcq_result_rows(r);
  pOut->azCol = xcalloc(pOut->nCol + 1, sizeof(char *));
  pOut->azVal = xcalloc(pOut->nRow * pOut->nCol + 1, sizeof(char *));
  for (j = 0; j < pOut->nCol; j++) pOut->azCol[j] = xstrdup(amcq_result_column_name(r, j));
  for (i = 0; i < pOut->nRow; i++) {
    for (j = 0; j < pOut->nCol; j++) {
      const char *z = amcq_result_value(r, i, j);
      pOut->azVal[i * pOut->nCol + j] = z ? xstrdup(z) : NULL;
    }
  }
  amcq_result_free(r);
  amcq_query_free(q);
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each row of p as one string of the columns aiCol[0..nCol) (in that
** order), sorted: rows compare in any order. */
static char **row_keys(const Rows *p, const int *aiCol, size_t nCol) {
  char **az = xcalloc(p->nRow + 1, sizeof(char *));
  size_t i, j;
  for (i = 0; i < p->nRow; i++) {
    StrBuf b = {0};
    for (j = 0; j < nCol; j++) {
      const char *z = p->azVal[i * p->nCol + (size_t)aiCol[j]];
      if (j) sb_putc(&b, '\x1f');
      if (z) {
        sb_putc(&b, 'v');
        sb_puts(&b, z);
      } else {
        sb_putc(&b, 'n'); /* NULL is not the text "NULL" */
      }
    }
    az[i] = sb_finish(&b);
  }
  if (p->nRow > 1) qsort(az, p->nRow, sizeof *az, cmp_str);
  return az;
}

static void keys_free(char **az, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) free(az[i]);
  free(az);
}

/* "campaign=BRAND_A ..., reach=13" for a row key of columns azName. */
static void print_row(const char *zKey, char *const *azName) {
  size_t j = 0;
  const char *p = zKey;
  while (*p) {
    const char *e = strchr(p, '\x1f');
    size_t n = e ? (size_t)(e - p) : strlen(p), k;
    printf("%s%s=", j ? ", " : "", azName[j]);
    if (*p == 'n') {
      fputs("NULL", stdout);
    } else {
      for (k = 1; k < n; k++) {
        unsigned char c = (unsigned char)p[k];
        putchar(c < 0x20 || c == 0x7f ? ' ' : c); /* one line */
      }
    }
    j++;
    p += n;
    if (*p) p++;
  }
}

static void check_lesson(Shell *s, const char *zSql) {
  const Lesson *l = &aLesson[s->iLesson];
  Rows mine, ref;
  int *aiRef, *aiMine, bSame;
  size_t nCommon = 0, nMissCol = 0, nExtraCol = 0, i, j;
  char **azName;
  if (rows_of(s, zSql, &mine) != 0 || rows_of(s, l->zReference, &ref) != 0) {
    printf("lesson %d: cannot compare with the reference\n", s->iLesson + 1);
    rows_free(&mine);
    return;
  }
  /* Columns by name (AMC's names are case-insensitive), in any order. */
  aiRef = xcalloc(ref.nCol + 1, sizeof(int));
  aiMine = xcalloc(ref.nCol + 1, sizeof(int));
  azName = xcalloc(ref.nCol + 1, sizeof(char *));
  for (j = 0; j < ref.nCol; j++) {
    for (i = 0; i < mine.nCol && strcasecmp(mine.azCol[i], ref.azCol[j]) != 0; i++) {
    }
    if (i < mine.nCol) {
      aiRef[nCommon] = (int)j;
      aiMine[nCommon] = (int)i;
      azName[nCommon++] = ref.azCol[j];
    } else {
      nMissCol++;
    }
  }
  nExtraCol = mine.nCol - nCommon;
  {
    /* Rows on the columns both have: a sorted merge counts what is only
    ** in one of them. */
    char **azR = row_keys(&ref, aiRef, nCommon), **azM = row_keys(&mine, aiMine, nCommon);
    size_t iR = 0, iM = 0, nMiss = 0, nExtra = 0;
    const char *zMiss = NULL, *zExtra = NULL, *zMissCol = NULL;
    while (iR < ref.nRow || iM < mine.nRow) {
      int c = iR == ref.nRow ? 1 : iM == mine.nRow ? -1 : strcmp(azR[iR], azM[iM]);
      if (c == 0) {
        iR++;
        iM++;
      } else if (c < 0) {
        if (!zMiss) zMiss = azR[iR];
        nMiss++;
        iR++;
      } else {
        if (!zExtra) zExtra = azM[iM];
        nExtra++;
        iM++;
      }
    }
    bSame = !nMissCol && !nExtraCol && !nMiss && !nExtra;
    if (bSame) {
      printf("lesson %d solved: your result is the reference's. (.lesson lists the others)\n",
             s->iLesson + 1);
      s->iLesson = -1;
    } else {
      printf("lesson %d: not yet. What differs from the reference's result (compared after "
             "privacy, rows and columns in any order):\n",
             s->iLesson + 1);
      for (j = 0; j < ref.nCol; j++) {
        for (i = 0; i < nCommon && aiRef[i] != (int)j; i++) {
        }
        if (i == nCommon) {
          printf("  missing column: %s\n", ref.azCol[j]);
          zMissCol = ref.azCol[j];
        }
      }
      for (i = 0; i < mine.nCol; i++) {
        for (j = 0; j < nCommon && aiMine[j] != (int)i; j++) {
        }
        if (j != nCommon) continue;
        if (nMissCol == 1 && nExtraCol == 1) {
          printf("  extra column: %s (the reference's %s under another name? AS %s)\n",
                 mine.azCol[i], zMissCol, zMissCol);
        } else {
          printf("  extra column: %s\n", mine.azCol[i]);
        }
      }
      printf("  rows: yours %zu, the reference's %zu\n", mine.nRow, ref.nRow);
      if (nCommon && nMiss) {
        printf("  rows the reference has and yours lacks: %zu, e.g. ", nMiss);
        print_row(zMiss, azName);
        putchar('\n');
      }
      if (nCommon && nExtra) {
        printf("  rows yours has and the reference lacks: %zu, e.g. ", nExtra);
        print_row(zExtra, azName);
        putchar('\n');
      }
      printf("hint: %s\n", l->zHint);
    }
    keys_free(azR, ref.nRow);
    keys_free(azM, mine.nRow);
  }
  free(aiRef);
  free(aiMine);
  free(azName);
  rows_free(&mine);
  rows_free(&ref);
}

/* ---------------------------------------------------------------------- */
/* Running one statement                                                   */

/* A result without its header (.headers off): table output loses the
** names and the rule under them, CSV its first record. */
static const char *skip_header(const char *z, amcq_result_format fmt) {
  if (fmt == AMCQ_RESULT_TABLE) {
    int k;
    for (k = 0; k < 2 && *z; k++) {
      const char *e = strchr(z, '\n');
      z = e ? e + 1 : z + strlen(z);
    }
  } else if (fmt == AMCQ_RESULT_CSV) {
    int bQuote = 0;
    for (; *z; z++) {
      if (*z == '"') bQuote = !bQuote;
      else if (!bQuote && z[0] == '\r' && z[1] == '\n') return z + 2;
    }
  }
  return z;
}

/* Print the result; 1 when it ran (and a lesson may compare it). */
static int run_sql(Shell *s, const char *zSql, int bExplain) {
  amcq_check_options co;
  amcq_query *q;
  amcq_result *r = NULL;
  amcq_run_options o;
  char *zErr = NULL, *zOut;
  FILE *f = out_of(s);
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
    failed(s);
    amcq_query_free(q);
    return 0;
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
    /* Ctrl-C is the user's choice, not a failure of the session. */
    if (rc == 1 || !g_interrupt) failed(s);
    amcq_query_free(q);
    return 0;
  }
  if (f != stdout) fflush(stdout); /* the diagnostics first, on a terminal */
  if (bExplain) fputs(amcq_result_explain(r), f);
  zOut = amcq_result_render(r, s->fmt);
  fputs(s->bHeaders ? zOut : skip_header(zOut, s->fmt), f);
  amcq_free(zOut);
  if (f != stdout) fflush(f);
  /* "audience of N users: ...", "sandbox mode: ...", else what privacy did */
  if (amcq_result_audience(r, NULL, NULL) || s->bSandbox) {
    printf("%s\n", amcq_result_summary(r));
  } else {
    printf("privacy: %s\n", amcq_result_summary(r));
  }
  amcq_result_free(r);
  amcq_query_free(q);
  return 1;
}

/* .timer on: wall clock, and the CPU time in user and system mode. */
typedef struct Timer {
  struct timespec t;
  struct rusage ru;
} Timer;

static void timer_start(Timer *p) {
  clock_gettime(CLOCK_MONOTONIC, &p->t);
  getrusage(RUSAGE_SELF, &p->ru);
}

static double tv_diff(struct timeval a, struct timeval b) {
  return (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_usec - a.tv_usec) * 1e-6;
}

static void timer_print(const Timer *p) {
  Timer e;
  timer_start(&e);
  printf("Run Time: real %.3f user %f sys %f\n",
         (double)(e.t.tv_sec - p->t.tv_sec) + (double)(e.t.tv_nsec - p->t.tv_nsec) * 1e-9,
         tv_diff(p->ru.ru_utime, e.ru.ru_utime), tv_diff(p->ru.ru_stime, e.ru.ru_stime));
}

/* Run a statement (or .explain's): the time it took, then the lesson's
** verdict. */
static void run_statement(Shell *s, const char *zSql, int bExplain) {
  Timer t;
  int bRan, bTimer = s->bTimer;
  memset(&t, 0, sizeof t);
  if (bTimer) timer_start(&t);
  bRan = run_sql(s, zSql, bExplain);
  if (bTimer) timer_print(&t);
  if (bRan && !bExplain && s->iLesson >= 0) check_lesson(s, zSql);
}

/* ---------------------------------------------------------------------- */
/* Dot-commands                                                            */

static const char *const azDot[] = {
    ".help",     ".tables",  ".schema",   ".policy", ".rules",   ".timewindow", ".param",
    ".filtered", ".usercount", ".sandbox", ".mode",  ".headers", ".output",     ".once",
    ".timer",    ".explain", ".open",     ".read",   ".lesson",  ".quit",       ".exit",
    NULL};

static const char *const azMode[] = {"table", "csv", "json", "ndjson", NULL};

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
        ".mode MODE              how results are printed: table, csv, json or ndjson\n"
        ".headers on|off         the column names above table and csv results\n"
        ".output [FILE]          write results (and .tables, .schema, .policy) to\n"
        "                        FILE, replacing it; no FILE: back to the screen.\n"
        "                        Diagnostics and the privacy line stay on the screen\n"
        ".once FILE              the same for the next statement or command only\n"
        ".timer on|off           the time each statement takes\n"
        ".explain                run the last query again and show the SQL, each\n"
        "                        column's requirement and the users per row\n"
        ".open FILE              use another fixture\n"
        ".read FILE              run the statements and commands in FILE (the last\n"
        "                        statement may lack its ';')\n"
        ".lesson [N]             list the lessons, or start lesson N\n"
        ".quit                   leave (Ctrl-D works too)\n"
        ".exit [N]               leave with exit status N\n"
        "A statement ends with ';' and may span lines. Ctrl-C stops a running query.\n"
        "Without a terminal, a rejected statement or a failed command makes the exit\n"
        "status 1 (-bail stops there).\n",
        stdout);
}

/* z, then spaces up to w terminal cells (z's display width, not bytes). */
static void put_padded(FILE *f, const char *z, size_t w) {
  size_t n = source_text_width(z, 1);
  fputs(z, f);
  while (n++ < w) fputc(' ', f);
}

static void dot_tables(Shell *s) {
  FILE *f = out_of(s);
  int i;
  for (i = 0; i < s->pInfo->nTable; i++) {
    const PTable *t = &s->pInfo->aTable[i];
    if (t->bAudience) continue;
    put_padded(f, t->zName, 50);
    fprintf(f, " %3d columns%s\n", t->nCol, t->bFirstParty ? "  (first-party)" : "");
  }
  fprintf(f, "(and each table's _for_audiences twin, for audience queries)\n");
}

static void dot_schema(Shell *s, const char *zTable) {
  FILE *f = out_of(s);
  size_t wName = 0, wType = 0, wCls = 0;
  int i, k, nShown = 0, pass;
  /* Two passes: the widths of what is shown, then the columns aligned. */
  for (pass = 0; pass < 2; pass++) {
    for (i = 0; i < s->pInfo->nTable; i++) {
      const PTable *t = &s->pInfo->aTable[i];
      if (zTable ? strcasecmp(t->zName, zTable) != 0 : t->bAudience) continue;
      if (pass) fprintf(f, "%s\n", t->zName);
      else nShown++;
      for (k = 0; k < t->nCol; k++) {
        const PColumn *c = &t->aCol[k];
        const char *zType = c->zType ? c->zType : "", *zCls = policy_class_name(c->cls);
        if (!pass) {
          size_t n = source_text_width(c->zName, 1);
          if (n > wName) wName = n;
          n = source_text_width(zType, 1);
          if (n > wType) wType = n;
          n = strlen(zCls);
          if (n > wCls) wCls = n;
          continue;
        }
        fputs("  ", f);
        put_padded(f, c->zName, wName + 1);
        put_padded(f, zType, wType + 1);
        put_padded(f, zCls, wCls + 1);
        fputs(c->bMetric ? "metric\n" : "dimension\n", f);
      }
    }
  }
  if (zTable && !nShown) {
    /* Like a query without rows: said, but not a failure. */
    const char **az = xcalloc((size_t)s->pInfo->nTable + 1, sizeof(char *));
    const char *zNear;
    for (i = 0; i < s->pInfo->nTable; i++) az[i] = s->pInfo->aTable[i].zName;
    zNear = cli_closest(zTable, az);
    if (zNear) printf("no table %s (did you mean %s? .tables lists them)\n", zTable, zNear);
    else printf("no table %s (.tables lists them)\n", zTable);
    free(az);
    return;
  }
  fprintf(f, "classes: NONE and LOW: output with 1 and 2 users a row; MEDIUM: 100 users;\n"
             "HIGH: 100 users, no literal filters; VERY_HIGH and INTERNAL: never output,\n"
             "no literal filters (count them with COUNT(DISTINCT ...)).\n");
}

static void dot_policy(Shell *s) {
  FILE *f = out_of(s);
  int c;
  fprintf(f, "policy %s: users a row needs before a column's value may appear\n",
          s->pInfo->zName ? s->pInfo->zName : "amc");
  for (c = 0; c < CLS_COUNT; c++) {
    int t = s->pInfo->aThreshold[c];
    if (t < 0) fprintf(f, "  %-10s never output\n", policy_class_name((ColClass)c));
    else fprintf(f, "  %-10s %d\n", policy_class_name((ColClass)c), t);
  }
  fprintf(f, "fixture: %s\n", s->zDb);
}

/* "on" or "off" into *p; else the usage, with the setting as it is. */
static void dot_on_off(Shell *s, const char *zCmd, const char *z, int *p) {
  if (z && strcmp(z, "on") == 0) {
    *p = 1;
  } else if (z && strcmp(z, "off") == 0) {
    *p = 0;
  } else {
    printf("usage: %s on|off   (now %s)\n", zCmd, *p ? "on" : "off");
    failed(s);
  }
}

static void feed(Shell *s, StrBuf *pBuf, const char *zLine);
static void flush_pending(Shell *s, StrBuf *pBuf);

/* Run text as if typed: line by line, dot-commands at the start of a
** line, and a statement left at the end runs without its ';'. */
static void run_text(Shell *s, char *z) {
  StrBuf buf = {0};
  char *p = z;
  while (*p && !s->bQuit) {
    char *e = strchr(p, '\n');
    if (e) *e = 0;
    if (e && e > p && e[-1] == '\r') e[-1] = 0;
    feed(s, &buf, p);
    if (!e) break;
    p = e + 1;
  }
  flush_pending(s, &buf);
  sb_free(&buf);
}

#define MAX_READ_DEPTH 16

static void dot_read(Shell *s, const char *zFile) {
  char *z = NULL, *zErr = NULL;
  size_t n = 0;
  int bHistory = s->bHistory;
  if (s->nRead >= MAX_READ_DEPTH) {
    printf("error: %s: .read files nest %d deep; is one reading itself?\n", zFile,
           MAX_READ_DEPTH);
    failed(s);
    return;
  }
  if (util_read_file(zFile, AMCQ_MAX_QUERY_BYTES, &z, &n, &zErr) != 0) {
    printf("error: %s\n", zErr);
    free(zErr);
    failed(s);
    return;
  }
  s->bHistory = 0; /* the file's statements are not typed ones */
  s->nRead++;
  run_text(s, z);
  s->nRead--;
  s->bHistory = bHistory;
  free(z);
}

static void dot_output(Shell *s, const char *zFile, int bOnce) {
  FILE *f;
  output_close(s);
  if (!zFile || (!bOnce && strcmp(zFile, "stdout") == 0)) return;
  f = fopen(zFile, "w");
  if (!f) {
    printf("error: cannot write %s: %s\n", zFile, strerror(errno));
    failed(s);
    return;
  }
  s->pOut = f;
  s->zOutName = xstrdup(zFile);
  /* .once itself counts one: the file closes after the command after it */
  s->nOnce = bOnce ? 2 : 0;
}

/* Split a dot-command into words: blanks separate them, and '...' or
** "..." keep blanks inside one ("a file.sql"). Returns the count. */
static int dot_words(char *z, char **az, int nMax) {
  int n = 0;
  while (*z && n < nMax) {
    char *w;
    while (*z == ' ' || *z == '\t' || *z == '\r') z++;
    if (!*z) break;
    if (*z == '\'' || *z == '"') {
      char q = *z++;
      w = z;
      while (*z && *z != q) z++;
    } else {
      w = z;
      while (*z && *z != ' ' && *z != '\t' && *z != '\r') z++;
    }
    if (*z) *z++ = 0;
    az[n++] = w;
  }
  return n;
}

static void dot_command(Shell *s, char *zLine) {
  char *az[8] = {NULL};
  int n = dot_words(zLine, az, 8);
  if (!n) return;
  if (!strcmp(az[0], ".help")) {
    dot_help();
  } else if (!strcmp(az[0], ".quit")) {
    s->bQuit = 1;
  } else if (!strcmp(az[0], ".exit")) {
    char *e = NULL;
    long v = az[1] ? strtol(az[1], &e, 10) : 0;
    if (az[1] && (e == az[1] || *e || v < 0 || v > 255)) {
      printf("usage: .exit [N]   (N from 0 to 255)\n");
      failed(s);
    } else {
      if (az[1]) s->iExit = (int)v;
      s->bQuit = 1;
    }
  } else if (!strcmp(az[0], ".tables")) {
    dot_tables(s);
  } else if (!strcmp(az[0], ".schema")) {
    dot_schema(s, az[1]);
  } else if (!strcmp(az[0], ".policy")) {
    dot_policy(s);
  } else if (!strcmp(az[0], ".rules")) {
    char *argv[3] = {"rules", az[1], NULL};
    fflush(stdout);
    if (cmd_rules(az[1] ? 2 : 1, argv) != EXIT_CLEAN) failed(s);
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
      failed(s);
    }
  } else if (!strcmp(az[0], ".param")) {
    size_t i;
    if (n < 2) {
      for (i = 0; i < s->nParam; i++) printf("%s = %s\n", s->aParam[i].name, s->aParam[i].value);
      output_tick(s);
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
    dot_on_off(s, ".filtered", az[1], &s->bFiltered);
  } else if (!strcmp(az[0], ".usercount")) {
    dot_on_off(s, ".usercount", az[1], &s->bUserCount);
  } else if (!strcmp(az[0], ".headers")) {
    dot_on_off(s, ".headers", az[1], &s->bHeaders);
  } else if (!strcmp(az[0], ".timer")) {
    dot_on_off(s, ".timer", az[1], &s->bTimer);
  } else if (!strcmp(az[0], ".sandbox")) {
    int nWas = s->nFailed;
    dot_on_off(s, ".sandbox", az[1], &s->bSandbox);
    if (s->nFailed != nWas) {
      /* the usage said so */
    } else if (s->bSandbox) {
      printf("sandbox mode on: queries run without aggregation controls (no thresholds,\n"
             "identifiers shown), as in an AMC sandbox instance on synthetic data; an\n"
             "advertiser instance rejects or thresholds the same queries\n");
    } else {
      printf("sandbox mode off: AMC's aggregation controls apply\n");
    }
  } else if (!strcmp(az[0], ".mode")) {
    int i;
    for (i = 0; az[1] && azMode[i] && strcmp(az[1], azMode[i]) != 0; i++) {
    }
    if (!az[1]) {
      printf("mode: %s (.mode table|csv|json|ndjson changes it)\n", azMode[s->fmt]);
    } else if (!azMode[i]) {
      printf("usage: .mode table|csv|json|ndjson\n");
      failed(s);
    } else {
      static const amcq_result_format aFmt[] = {AMCQ_RESULT_TABLE, AMCQ_RESULT_CSV,
                                                AMCQ_RESULT_JSON, AMCQ_RESULT_NDJSON};
      s->fmt = aFmt[i];
    }
  } else if (!strcmp(az[0], ".output")) {
    dot_output(s, az[1], 0);
    return;
  } else if (!strcmp(az[0], ".once")) {
    if (!az[1]) {
      printf("usage: .once FILE\n");
      failed(s);
    } else {
      dot_output(s, az[1], 1);
    }
  } else if (!strcmp(az[0], ".explain")) {
    if (!s->zLast) {
      printf("no query yet\n");
      failed(s);
    } else {
      run_statement(s, s->zLast, 1);
    }
  } else if (!strcmp(az[0], ".open")) {
    if (!az[1]) {
      printf("usage: .open FILE\n");
      failed(s);
    } else if (open_fixture(s, az[1]) == 0) {
      printf("fixture: %s\n", az[1]);
    } else {
      failed(s);
    }
  } else if (!strcmp(az[0], ".read")) {
    if (!az[1]) {
      printf("usage: .read FILE\n");
      failed(s);
    } else {
      dot_read(s, az[1]);
    }
  } else if (!strcmp(az[0], ".lesson")) {
    int i;
    if (!az[1]) {
      for (i = 0; i < N_LESSON; i++) printf("%d. %s\n", i + 1, aLesson[i].zTitle);
      printf("start one with .lesson N\n");
    } else {
      i = atoi(az[1]);
      if (i < 1 || i > N_LESSON) {
        printf("there are lessons 1 to %d\n", N_LESSON);
        failed(s);
      } else {
        s->iLesson = i - 1;
        printf("lesson %d: %s\n%s\nWrite the query; amcq compares its result with the "
               "reference's.\n",
               i, aLesson[i - 1].zTitle, aLesson[i - 1].zTask);
      }
    }
  } else {
    const char *zNear = cli_closest(az[0], azDot);
    if (zNear) printf("unknown command %s (did you mean %s? .help lists them)\n", az[0], zNear);
    else printf("unknown command %s (.help lists them)\n", az[0]);
    failed(s);
  }
  output_tick(s);
}

/* ---------------------------------------------------------------------- */
/* Input                                                                   */

/* Is z[0..n) only white space and complete comments? */
static int only_space(const char *z, size_t n) {
  Arena a;
  TokenList all;
  size_t i;
  int r = 1;
  memset(&a, 0, sizeof a);
  lex_all(&a, z, n, &all);
  for (i = 0; i < all.n && r; i++) {
    if (all.a[i].kind != TK_SPACE && all.a[i].kind != TK_COMMENT) r = 0;
  }
  arena_free(&a);
  return r;
}

/* Add a line; run every complete statement (ended by ';' outside strings
** and comments). Between statements, a line of only comments is skipped,
** and a line starting with '.' is a dot-command. */
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
  if (!pBuf->n && only_space(zLine, strlen(zLine))) return;
  sb_puts(pBuf, zLine);
  sb_putc(pBuf, '\n');
  memset(&a, 0, sizeof a);
  lex_all(&a, pBuf->z, pBuf->n, &all);
  for (i = 0; i < all.n && !s->bQuit; i++) {
    if (all.a[i].kind != TK_SEMI) continue;
    {
      size_t nStmt = all.a[i].iStart - iFrom;
      char *zStmt = xstrndup(pBuf->z + iFrom, nStmt);
      if (!only_space(zStmt, nStmt)) {
        const char *q = zStmt;
        while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r') q++;
        if (s->bHistory) {
          /* History keeps the statement with its ';', ready to run again. */
          char *zH = util_mprintf("%s;", q);
          add_history(zH);
          free(zH);
        }
        free(s->zLast);
        s->zLast = xstrdup(zStmt);
        run_statement(s, zStmt, 0);
        output_tick(s);
      }
      free(zStmt);
      iFrom = all.a[i].iEnd;
    }
  }
  if (s->bQuit) {
    pBuf->n = 0; /* -bail: the rest of the line does not run */
  } else if (iFrom) {
    /* Keep what follows the last ';' (a statement begun on the line). */
    size_t n = pBuf->n - iFrom;
    memmove(pBuf->z, pBuf->z + iFrom, n);
    pBuf->n = n;
    while (pBuf->n && (pBuf->z[pBuf->n - 1] == '\n' || pBuf->z[pBuf->n - 1] == ' ')) pBuf->n--;
    if (only_space(pBuf->z, pBuf->n)) pBuf->n = 0;
    else sb_putc(pBuf, '\n');
  }
  arena_free(&a);
}

/* At the end of the input (or of a .read file, or a -cmd): a statement
** without its ';' runs. */
static void flush_pending(Shell *s, StrBuf *pBuf) {
  if (pBuf->n && !s->bQuit) feed(s, pBuf, ";");
  if (pBuf->n && !s->bQuit) {
    /* The ';' fell inside a string or a comment: the check says so. */
    char *z = xstrndup(pBuf->z, pBuf->n);
    pBuf->n = 0;
    free(s->zLast);
    s->zLast = xstrdup(z);
    run_statement(s, z, 0);
    output_tick(s);
    free(z);
  }
  pBuf->n = 0;
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

/* Words after a table name that are not its alias. */
static const char *const azNotAlias[] = {
    "where", "join",  "inner",  "left",   "right",  "full",   "cross",     "natural",
    "on",    "using", "group",  "order",  "having", "limit",  "union",     "except",
    "intersect", "window", "select", "from", "with", "and", "or", "outer", "lateral",
    "qualify", NULL};

/* The name a token spells (a word, or a "quoted identifier" unquoted), or
** NULL. */
static char *token_name(const char *z, const Token *t) {
  if (t->kind == TK_WORD) return xstrndup(z + t->iStart, t->iEnd - t->iStart);
  if (t->kind == TK_QIDENT && t->iEnd - t->iStart >= 2 && z[t->iStart] == '"') {
    return xstrndup(z + t->iStart + 1, t->iEnd - t->iStart - 2);
  }
  return NULL;
}

static const PTable *find_table(Shell *s, const char *zName) {
  int i;
  for (i = 0; i < s->pInfo->nTable; i++) {
    if (strcasecmp(s->pInfo->aTable[i].zName, zName) == 0) return &s->pInfo->aTable[i];
  }
  return NULL;
}

static void add_columns(const PTable *t, const char *zQual) {
  int k;
  for (k = 0; k < t->nCol; k++) {
    if (zQual) {
      char *z = util_mprintf("%s.%s", zQual, t->aCol[k].zName);
      cand_add(z);
      free(z);
    } else {
      cand_add(t->aCol[k].zName);
    }
  }
}

/* Columns for the word being completed, from the statement zAll (the lines
** before and the whole line being edited, after the cursor too): with
** zQual ("alias." or "table."), that table's columns as zQual.column;
** else the columns of every table the statement names, before or after the
** cursor, or of all tables while it names none. */
static void complete_columns(Shell *s, const char *zAll, const char *zQual) {
  Arena a;
  TokenList all, sig;
  size_t i;
  const PTable **aNamed = NULL;
  size_t nNamed = 0, cap = 0;
  int bQualFound = 0;
  memset(&a, 0, sizeof a);
  lex_all(&a, zAll, strlen(zAll), &all);
  lex_significant(&a, &all, &sig);
  for (i = 0; i < sig.n; i++) {
    char *zName = token_name(zAll, &sig.a[i]), *zAlias = NULL;
    const PTable *t = zName ? find_table(s, zName) : NULL;
    size_t j = i + 1;
    free(zName);
    if (!t) continue;
    util_grow((void **)&aNamed, &cap, nNamed + 1, sizeof *aNamed);
    aNamed[nNamed++] = t;
    if (!zQual) continue;
    /* "table alias" or "table AS alias"; not "table.column" */
    if (j < sig.n && lex_is_word(zAll, &sig.a[j], "as")) j++;
    if (j < sig.n && (sig.a[j].kind == TK_WORD || sig.a[j].kind == TK_QIDENT)) {
      int k;
      zAlias = token_name(zAll, &sig.a[j]);
      for (k = 0; azNotAlias[k] && zAlias; k++) {
        if (strcasecmp(zAlias, azNotAlias[k]) == 0) {
          free(zAlias);
          zAlias = NULL;
        }
      }
    }
    if (!bQualFound &&
        (strcasecmp(zQual, t->zName) == 0 || (zAlias && strcasecmp(zQual, zAlias) == 0))) {
      add_columns(t, zQual);
      bQualFound = 1;
    }
    free(zAlias);
  }
  if (!zQual || !bQualFound) {
    /* No table or alias of that name (a CTE's, a subquery's): the columns
    ** of the tables the statement names, or of every table. */
    if (nNamed) {
      for (i = 0; i < nNamed; i++) add_columns(aNamed[i], zQual);
    } else {
      int k;
      for (k = 0; k < s->pInfo->nTable; k++) {
        if (!s->pInfo->aTable[k].bAudience) add_columns(&s->pInfo->aTable[k], zQual);
      }
    }
  }
  free(aNamed);
  arena_free(&a);
}

static char **complete(const char *zText, int start, int end) {
  Shell *s = g_shell;
  const char *zLine = rl_line_buffer ? rl_line_buffer : "";
  int i, bEmpty = !g_pending || !g_pending->n;
  StrBuf all = {0};
  (void)end;
  cand_free();
  rl_attempted_completion_over = 1;
  while (*zLine == ' ' || *zLine == '\t') zLine++;
  if (bEmpty && zLine[0] == '.') {
    /* A dot-command, then its argument: a mode, on or off, a table, a
    ** file name. */
    char *zCmd = xstrndup(zLine, strcspn(zLine, " \t"));
    if (start <= (int)(zLine - rl_line_buffer)) {
      for (i = 0; azDot[i]; i++) cand_add(azDot[i]);
    } else if (!strcmp(zCmd, ".mode")) {
      for (i = 0; azMode[i]; i++) cand_add(azMode[i]);
    } else if (!strcmp(zCmd, ".headers") || !strcmp(zCmd, ".timer") ||
               !strcmp(zCmd, ".filtered") || !strcmp(zCmd, ".usercount") ||
               !strcmp(zCmd, ".sandbox")) {
      cand_add("on");
      cand_add("off");
    } else if (!strcmp(zCmd, ".schema")) {
      for (i = 0; i < s->pInfo->nTable; i++) cand_add(s->pInfo->aTable[i].zName);
    } else if (!strcmp(zCmd, ".read") || !strcmp(zCmd, ".open") || !strcmp(zCmd, ".output") ||
               !strcmp(zCmd, ".once")) {
      free(zCmd);
      rl_attempted_completion_over = 0; /* libedit completes the file name */
      return NULL;
    }
    free(zCmd);
    return rl_completion_matches(zText, cand_next);
  }
  if (g_pending && g_pending->n) sb_append(&all, g_pending->z, g_pending->n);
  sb_puts(&all, rl_line_buffer ? rl_line_buffer : "");
  if (strchr(zText, '.')) {
    /* alias.col or table.col: that table's columns */
    char *zQual = xstrndup(zText, (size_t)(strrchr(zText, '.') - zText));
    complete_columns(s, all.z, zQual);
    free(zQual);
  } else {
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
    complete_columns(s, all.z, NULL);
  }
  sb_free(&all);
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

enum { O_DB, O_CMD, O_BAIL };

static const CliOpt aShellOpt[] = {
    {O_DB, "db", 0, "FIXTURE",
     "the fixture (default: the default fixture, made on first use); also the first argument",
     0},
    {O_CMD, "cmd", 0, "COMMAND",
     "run COMMAND (a dot-command or a statement) before reading the input; may be repeated",
     0},
    {O_BAIL, "bail", 0, NULL,
     "stop at the first rejected statement or failed command, with exit status 1", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_shell_cmd = {
    "shell", "[options] [FIXTURE]",
    "The training sandbox: check and run queries interactively over a fixture, with AMC's "
    "thresholds enforced and a line on what privacy removed and why; lessons are short "
    "exercises. Statements end with ';'. .help inside lists the dot-commands.",
    aShellOpt,
    "Long options also take one dash, as sqlite3's do: -cmd, -bail, -db. Without a "
    "terminal the shell reads its standard input with no prompts; the exit status is 1 "
    "if a statement was rejected or a command failed, or N after .exit N."};

typedef struct ShellArgs {
  const char *zDb;
  const char **azCmd;
  size_t nCmd, capCmd;
  int bBail;
} ShellArgs;

static int shell_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  ShellArgs *a = pCtx;
  (void)p;
  if (o->id == O_DB) {
    a->zDb = v;
  } else if (o->id == O_CMD) {
    util_grow((void **)&a->azCmd, &a->capCmd, a->nCmd + 1, sizeof *a->azCmd);
    a->azCmd[a->nCmd++] = v;
  } else if (o->id == O_BAIL) {
    a->bBail = 1;
  }
  return 0;
}

int cmd_shell(int argc, char **argv) {
  Shell s;
  StrBuf buf = {0};
  ShellArgs args;
  char *zHist = NULL;
  struct sigaction sa;
  size_t k;
  int i, rc;
  memset(&s, 0, sizeof s);
  memset(&args, 0, sizeof args);
  s.iLesson = -1;
  s.iExit = -1;
  s.bHeaders = 1;
  {
    char **azArg;
    int nArg;
    rc = cli_parse_flags(&cli_shell_cmd, CLI_LONG_ONLY, argc, argv, shell_opt, &args, &azArg,
                         &nArg);
    if (rc != 0) {
      free(args.azCmd);
      return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    }
    if (nArg > 0 && args.zDb && strcmp(args.zDb, azArg[0]) != 0) {
      cli_error("shell: two fixtures, --db %s and %s: give one", args.zDb, azArg[0]);
      free(args.azCmd);
      return EXIT_TROUBLE;
    }
    if (nArg > 1) {
      cli_error("shell: unknown argument '%s' (one fixture only)", azArg[1]);
      cli_usage(stderr, &cli_shell_cmd);
      free(args.azCmd);
      return EXIT_TROUBLE;
    }
    if (nArg == 1) args.zDb = azArg[0];
  }
  s.bBail = args.bBail;
  s.bInteractive = isatty(0) && isatty(1);
  s.bColor = s.bInteractive && cli_color(stdout, "auto");
  {
    char *zErr = NULL, *zDb;
    if (args.zDb) {
      zDb = xstrdup(args.zDb);
    } else {
      int bGen = 0;
      zDb = fixture_default(s.bInteractive ? stderr : NULL, stderr, &bGen, &zErr);
      if (!zDb) {
        cli_error("%s", zErr);
        free(zErr);
        free(args.azCmd);
        return EXIT_TROUBLE;
      }
    }
    if (open_fixture(&s, zDb) != 0) {
      free(zDb);
      free(args.azCmd);
      return EXIT_TROUBLE;
    }
    free(zDb);
  }
  g_shell = &s;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL); /* no SA_RESTART: reads return EINTR */

  /* -cmd COMMAND, in order, before the input (as sqlite3 runs them). */
  for (k = 0; k < args.nCmd && !s.bQuit; k++) {
    char *z = xstrdup(args.azCmd[k]);
    run_text(&s, z);
    free(z);
  }
  fflush(stdout);

  if (s.bQuit) {
    /* -bail after a failed -cmd, or -cmd .quit: no input is read */
  } else if (s.bInteractive) {
    printf("amcq %s shell on %s\nEnd statements with ';'. .help for commands, .lesson for "
           "exercises, Ctrl-D to leave.\n",
           amcq_version(), s.zDb);
    zHist = history_path();
    using_history();
    if (zHist) read_history(zHist);
    rl_attempted_completion_function = complete;
    /* '.' is part of a word: "alias.col" completes as one. */
    rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(),+-*/%";
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
      s.bHistory = 1;
      feed(&s, &buf, zLine);
      s.bHistory = 0;
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
      if (n && zLine[n - 1] == '\n') zLine[--n] = 0;
      if (n && zLine[n - 1] == '\r') zLine[--n] = 0;
      feed(&s, &buf, zLine);
    }
    free(zLine);
    flush_pending(&s, &buf); /* a last statement without ';' runs */
  }
  output_close(&s);
  rc = s.iExit >= 0 ? s.iExit : s.nFailed ? EXIT_REJECTED : EXIT_CLEAN;
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
  free(args.azCmd);
  amcq_policy_free(s.pPol);
  policy_free(s.pInfo);
  free(s.zDb);
  return rc;
}
