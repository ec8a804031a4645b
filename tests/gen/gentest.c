/*
 * gentest.c: the generative test of amcq check and amcq run. Random AMC
 * queries (qgen.h) over a small fixture; every query the checker accepts
 * is run twice, with the bottom-k sketches amcq uses and with sketches
 * large enough to hold every user of the fixture (full user sets), both
 * without the identifier guard. For every run:
 *   - no output cell holds an identifier of the fixture (a value of any
 *     VERY_HIGH or INTERNAL column, as a whole or as a word of the cell),
 *     found by this file's own search, not the guard's;
 *   - every row's users, per path and contribution, equal the full sets'
 *     count capped at k, and both runs keep the same rows.
 *
 * usage: gentest [--seed N] [--count N] [--seconds S] [--db FIXTURE] [--min-run PCT]
 *   --seconds S: keep generating for S seconds from a seed taken from the
 *   clock (make fuzz); --count N: N queries (make test: 2,000, seed 1).
 *   Prints "PASS generative ..." or "FAIL generative ..." lines like the
 *   unit tests, the failing query in full; exit 1 on any failure.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "amcq.h"
#include "amcq_int.h"
#include "gen.h"
#include "qgen.h"
#include "util.h"

/* ---------------------------------------------------------------------- */
/* The fixture's identifiers: an open-addressing set of lower-case strings */

typedef struct IdSet {
  char **a;
  size_t cap, n;
  int aLen[32]; /* distinct lengths, for windows inside longer words */
  int nLen;
} IdSet;

static uint64_t str_hash(const char *z, size_t n) {
  uint64_t h = 1469598103934665603ull;
  size_t i;
  for (i = 0; i < n; i++) {
    h ^= (unsigned char)z[i];
    h *= 1099511628211ull;
  }
  return h;
}

static int idset_has(const IdSet *s, const char *z, size_t n) {
  size_t i;
  if (!s->cap) return 0;
  for (i = str_hash(z, n) & (s->cap - 1); s->a[i]; i = (i + 1) & (s->cap - 1)) {
    if (strlen(s->a[i]) == n && memcmp(s->a[i], z, n) == 0) return 1;
  }
  return 0;
}

static void idset_add(IdSet *s, const char *z) {
  size_t n = strlen(z), i, k;
  char *c;
  if (n == 0) return;
  if ((s->n + 1) * 2 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 1024;
    char **a = calloc(cap, sizeof *a);
    for (i = 0; i < s->cap; i++) {
      if (!s->a[i]) continue;
      for (k = str_hash(s->a[i], strlen(s->a[i])) & (cap - 1); a[k]; k = (k + 1) & (cap - 1)) {
      }
      a[k] = s->a[i];
    }
    free(s->a);
    s->a = a;
    s->cap = cap;
  }
  c = xstrdup(z);
  for (i = 0; i < n; i++) c[i] = (char)(c[i] >= 'A' && c[i] <= 'Z' ? c[i] + 32 : c[i]);
  if (idset_has(s, c, n)) {
    free(c);
    return;
  }
  for (i = str_hash(c, n) & (s->cap - 1); s->a[i]; i = (i + 1) & (s->cap - 1)) {
  }
  s->a[i] = c;
  s->n++;
  for (k = 0; k < (size_t)s->nLen && s->aLen[k] != (int)n; k++) {
  }
  if (k == (size_t)s->nLen && s->nLen < 32) s->aLen[s->nLen++] = (int)n;
}

static void idset_free(IdSet *s) {
  size_t i;
  for (i = 0; i < s->cap; i++) free(s->a[i]);
  free(s->a);
}

/* Every value of every VERY_HIGH and INTERNAL column of every table that
** can name someone: eight characters or more, a digit among them (ids,
** hashes, tags). Left out: flags and small numbers, and names such as the
** advertiser's, which AMC's catalog classes VERY_HIGH though campaign
** names spell them too. */
static int ident_like(const char *z) {
  size_t n = strlen(z), i;
  int bDigit = 0;
  if (n < 8) return 0;
  for (i = 0; i < n; i++) {
    if ((unsigned char)z[i] <= ' ') return 0;
    if (z[i] >= '0' && z[i] <= '9') bDigit = 1;
  }
  return bDigit;
}

static int load_ids(sqlite3 *db, const Policy *p, IdSet *s, char **azTab, int *pnTab) {
  int i, c;
  *pnTab = 0;
  for (i = 0; i < p->nTable; i++) {
    const PTable *t = &p->aTable[i];
    sqlite3_stmt *q;
    int bHas = 0;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE name = ?1", -1, &q, NULL) ==
        SQLITE_OK) {
      sqlite3_bind_text(q, 1, t->zName, -1, SQLITE_STATIC);
      bHas = sqlite3_step(q) == SQLITE_ROW;
    }
    sqlite3_finalize(q);
    if (!bHas) continue;
    if (!t->bAudience && t->iUserCol >= 0 && *pnTab < 64) azTab[(*pnTab)++] = xstrdup(t->zName);
    for (c = 0; c < t->nCol; c++) {
      char *zSql;
      if (t->aCol[c].cls < CLS_VERY_HIGH) continue;
      zSql = util_mprintf("SELECT DISTINCT \"%s\" FROM \"%s\" WHERE \"%s\" IS NOT NULL",
                          t->aCol[c].zName, t->zName, t->aCol[c].zName);
      if (sqlite3_prepare_v2(db, zSql, -1, &q, NULL) == SQLITE_OK) {
        while (sqlite3_step(q) == SQLITE_ROW) {
          const char *z = (const char *)sqlite3_column_text(q, 0);
          if (z && ident_like(z)) idset_add(s, z);
        }
      }
      sqlite3_finalize(q);
      free(zSql);
    }
  }
  return 0;
}

static int is_word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '-' || c == '_';
}

/* Does text z hold an identifier: whole, as a word, or as a stretch of an
** identifier's length within a word? */
static int holds_id(const IdSet *s, const char *z) {
  size_t n = strlen(z), i = 0, k;
  char *low = xstrdup(z);
  int bHit = 0, l;
  for (k = 0; k < n; k++) low[k] = (char)(low[k] >= 'A' && low[k] <= 'Z' ? low[k] + 32 : low[k]);
  if (idset_has(s, low, n)) bHit = 1;
  while (!bHit && i < n) {
    size_t j = i;
    while (j < n && is_word_char((unsigned char)low[j])) j++;
    if (j > i) {
      if (idset_has(s, low + i, j - i)) bHit = 1;
      for (l = 0; !bHit && l < s->nLen; l++) {
        size_t len = (size_t)s->aLen[l];
        for (k = i; !bHit && k + len <= j; k++) {
          if (len >= 8 && idset_has(s, low + k, len)) bHit = 1;
        }
      }
      i = j;
    } else {
      i++;
    }
  }
  free(low);
  return bHit;
}

/* ---------------------------------------------------------------------- */
/* The test                                                                */

typedef struct Stats {
  long nQuery, nAccepted, nRan, nRows, nCounts, nFailed, nRunErrors, nRandom;
} Stats;

/* Does the query draw values that differ from run to run (RANDOM(),
** UUID(), the clock)? Its two runs then need not produce the same rows,
** and only the identifier search applies. */
static int nondeterministic(const char *z) {
  static const char *const az[] = {"random(", "uuid(", "current_timestamp", "current_date"};
  char *low = xstrdup(z);
  size_t i;
  int r = 0;
  for (i = 0; low[i]; i++) low[i] = (char)(low[i] >= 'A' && low[i] <= 'Z' ? low[i] + 32 : low[i]);
  for (i = 0; i < sizeof az / sizeof az[0]; i++) {
    if (strstr(low, az[i])) r = 1;
  }
  free(low);
  return r;
}

static void report_query(const char *zWhat, long iQuery, uint64_t seed, const char *zSql,
                         const char *zDetail) {
  printf("FAIL generative %s (seed %llu, query %ld)%s%s\n", zWhat, (unsigned long long)seed,
         iQuery, zDetail ? ": " : "", zDetail ? zDetail : "");
  printf("  query:\n");
  {
    const char *p = zSql;
    while (*p) {
      const char *e = strchr(p, '\n');
      int n = e ? (int)(e - p) : (int)strlen(p);
      printf("    %.*s\n", n, p);
      p = e ? e + 1 : p + n;
    }
  }
}

static void set_params(RunConfig *c, Param *a) {
  a[0].zName = "p1";
  a[0].zValue = "BRAND_A";
  a[0].type = PT_STRING;
  a[1].zName = "p2";
  a[1].zValue = "5";
  a[1].type = PT_INTEGER;
  a[2].zName = "p3";
  a[2].zValue = "[1,2,3]";
  a[2].type = PT_ARRAY;
  c->aParam = a;
  c->nParam = 3;
}

/* One query: check, then run twice and compare. 0 ok (or not run), 1 a
** failure (reported). */
static int one(const amcq_policy *pol, const char *zDb, const IdSet *ids, const char *zSql,
               long iQuery, uint64_t seed, Stats *st) {
  amcq_query *q = amcq_query_check(zSql, strlen(zSql), "generated.sql", pol);
  RunConfig c;
  Param aParam[3];
  RunResult r1, r2;
  char *zErr1 = NULL, *zErr2 = NULL;
  int rc1, rc2, bFail = 0;
  int64_t i;
  int j;
  st->nQuery++;
  if (amcq_query_error_count(q) || !amcq_query_has_ir(q)) {
    amcq_query_free(q);
    return 0;
  }
  st->nAccepted++;
  memset(&c, 0, sizeof c);
  c.zDb = zDb;
  c.timeoutSec = 3; /* a query this slow on 300 people is left out */
  c.maxRows = 200000;
  c.bNoGuard = 1;
  c.bKeepCounts = 1;
  set_params(&c, aParam);
  rc1 = amcq_query_exec(q, &c, &r1, &zErr1);
  c.bExactUsers = 1;
  c.timeoutSec = 12; /* full sets are slower */
  if (rc1 == 2 && zErr1 && strstr(zErr1, "--timeout")) {
    memset(&r2, 0, sizeof r2);
    rc2 = 2;
  } else {
    rc2 = amcq_query_exec(q, &c, &r2, &zErr2);
  }
  if ((rc1 == 2 && zErr1 && strstr(zErr1, "--timeout")) ||
      (rc2 == 2 && zErr2 && strstr(zErr2, "--timeout"))) {
    st->nRunErrors++; /* too slow to compare, on this machine */
  } else if (rc1 != rc2) {
    char *z = util_mprintf("the two runs end differently (%d: %s; %d: %s)", rc1,
                           zErr1 ? zErr1 : "ok", rc2, zErr2 ? zErr2 : "ok");
    report_query("runs disagree", iQuery, seed, zSql, z);
    free(z);
    bFail = 1;
  } else if (rc1 != 0) {
    st->nRunErrors++; /* amcq run refuses it (not supported, time limit) */
  } else if (nondeterministic(zSql)) {
    /* no comparison of two runs; the identifier search below still */
    st->nRan++;
    st->nRandom++;
    st->nRows += r1.nRow;
    for (i = 0; !bFail && i < r1.nRow * r1.nCol; i++) {
      const Cell *x = &r1.aCell[i];
      if (x->type == SQLITE_TEXT && x->z && holds_id(ids, x->z)) {
        report_query("identifier in the output", iQuery, seed, zSql, "an output column holds one");
        bFail = 1;
      }
    }
  } else {
    st->nRan++;
    /* the same rows, the same counts up to the cap */
    if (r1.nSqlRows != r2.nSqlRows || r1.nSource != r2.nSource || r1.nRow != r2.nRow ||
        r1.nCol != r2.nCol) {
      report_query("runs disagree", iQuery, seed, zSql, "different rows");
      bFail = 1;
    }
    for (i = 0; !bFail && i < r1.nSqlRows; i++) {
      for (j = 0; j < r1.nSource; j++) {
        int a = r1.aSqlCount[i * r1.nSource + j], b = r2.aSqlCount[i * r2.nSource + j];
        int want = b < 0 ? -1 : (b < r1.nK ? b : r1.nK);
        st->nCounts++;
        if (a != want) {
          char *z = util_mprintf("row %lld, path or contribution %d: %d users with sketches, "
                                 "%d with full sets (k = %d)",
                                 (long long)i + 1, j + 1, a, b, r1.nK);
          report_query("user counts", iQuery, seed, zSql, z);
          free(z);
          bFail = 1;
          break;
        }
      }
    }
    for (i = 0; !bFail && i < r1.nRow * r1.nCol; i++) {
      const Cell *x = &r1.aCell[i], *y = &r2.aCell[i];
      if (x->type != y->type || (x->type == SQLITE_TEXT && strcmp(x->z, y->z) != 0) ||
          (x->type == SQLITE_INTEGER && x->i != y->i)) {
        report_query("runs disagree", iQuery, seed, zSql, "different values");
        bFail = 1;
      }
    }
    st->nRows += r1.nRow;
    for (i = 0; !bFail && i < r1.nRow * r1.nCol; i++) {
      const Cell *x = &r1.aCell[i];
      if (x->type == SQLITE_TEXT && x->z && holds_id(ids, x->z)) {
        char *z = util_mprintf("output column \"%s\" holds an identifier of the fixture",
                               r1.azCol[i % r1.nCol]);
        report_query("identifier in the output", iQuery, seed, zSql, z);
        free(z);
        bFail = 1;
      }
    }
  }
  run_result_free(&r1);
  run_result_free(&r2);
  free(zErr1);
  free(zErr2);
  amcq_query_free(q);
  if (bFail) st->nFailed++;
  return bFail;
}

int main(int argc, char **argv) {
  uint64_t seed = 1;
  long nCount = 2000, i;
  double seconds = 0;
  const char *zDb = NULL;
  char aTmp[64];
  int nMinRun = 40, bSeed = 0, k, nTab = 0;
  char *azTab[64];
  amcq_policy *pol;
  const Policy *p;
  sqlite3 *db;
  IdSet ids;
  QGen *g;
  Stats st;
  time_t t0;
  for (k = 1; k < argc; k++) {
    if (!strcmp(argv[k], "--seed") && k + 1 < argc) {
      seed = strtoull(argv[++k], NULL, 10);
      bSeed = 1;
    } else if (!strcmp(argv[k], "--count") && k + 1 < argc) {
      nCount = atol(argv[++k]);
    } else if (!strcmp(argv[k], "--seconds") && k + 1 < argc) {
      seconds = atof(argv[++k]);
    } else if (!strcmp(argv[k], "--db") && k + 1 < argc) {
      zDb = argv[++k];
    } else if (!strcmp(argv[k], "--min-run") && k + 1 < argc) {
      nMinRun = atoi(argv[++k]);
    } else {
      fprintf(stderr,
              "usage: gentest [--seed N] [--count N] [--seconds S] [--db F] [--min-run PCT]\n");
      return 2;
    }
  }
  if (seconds > 0 && !bSeed) seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
  pol = amcq_policy_builtin();
  p = amcq_policy_data(pol);
  if (!zDb) {
    GenOptions o;
    GenStats gs;
    char *zErr = NULL;
    snprintf(aTmp, sizeof aTmp, "/tmp/amcq-gentest-%d.db", (int)getpid());
    memset(&o, 0, sizeof o);
    o.nUsers = 300;
    o.nDays = 7;
    o.zStart = GEN_DEFAULT_START;
    o.seed = 7;
    if (gen_write(aTmp, &o, p, &gs, &zErr) != 0) {
      printf("FAIL generative: cannot make the fixture: %s\n", zErr ? zErr : "?");
      return 1;
    }
    zDb = aTmp;
  } else {
    aTmp[0] = 0;
  }
  if (sqlite3_open_v2(zDb, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
    printf("FAIL generative: cannot open %s\n", zDb);
    return 1;
  }
  memset(&ids, 0, sizeof ids);
  load_ids(db, p, &ids, azTab, &nTab);
  sqlite3_close(db);
  {
    /* the search finds what it is after: any identifier, in upper case,
    ** glued inside a word */
    size_t x;
    int bOk = 0;
    for (x = 0; x < ids.cap && !bOk; x++) {
      if (ids.a[x] && strlen(ids.a[x]) >= 16) {
        char *z = util_mprintf("id=X%sZ|", ids.a[x]), *q;
        for (q = z; *q; q++) *q = (char)(*q >= 'a' && *q <= 'z' ? *q - 32 : *q);
        bOk = holds_id(&ids, z) && !holds_id(&ids, "BRAND_A Prime Day Awareness 2025");
        free(z);
      }
    }
    if (!bOk) {
      printf("FAIL generative: the identifier search does not find a planted identifier\n");
      return 1;
    }
  }
  g = qgen_new(p, (const char *const *)azTab, nTab, seed);
  memset(&st, 0, sizeof st);
  t0 = time(NULL);
  for (i = 0; seconds > 0 ? difftime(time(NULL), t0) < seconds : i < nCount; i++) {
    char *z = qgen_next(g);
    one(pol, zDb, &ids, z, i + 1, seed, &st);
    free(z);
    if (st.nFailed >= 5) break; /* enough to go on */
  }
  qgen_free(g);
  for (k = 0; k < nTab; k++) free(azTab[k]);
  idset_free(&ids);
  amcq_policy_free(pol);
  if (aTmp[0]) unlink(aTmp);
  printf("%s generative: seed %llu, %ld queries, %ld accepted, %ld ran (%ld refused by the run "
         "or too slow; %ld random, not compared), %ld rows, %ld user counts compared, %ld "
         "failed\n",
         st.nFailed ? "FAIL" : "PASS", (unsigned long long)seed, st.nQuery, st.nAccepted,
         st.nRan, st.nRunErrors, st.nRandom, st.nRows, st.nCounts, st.nFailed);
  if (!st.nFailed && st.nRan * 100 < (long)nMinRun * st.nQuery) {
    /* a generator or checker gone wrong would make this test pass idly */
    printf("FAIL generative: only %ld of %ld queries were accepted and run (at least %d%% "
           "expected)\n",
           st.nRan, st.nQuery, nMinRun);
    return 1;
  }
  return st.nFailed ? 1 : 0;
}
