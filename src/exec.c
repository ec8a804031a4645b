/*
 * exec.c: run the emitted SQL on a fixture and enforce AMC's thresholds
 * (see exec.h and DESIGN.md, "Column classes and thresholds").
 */
#define XXH_INLINE_ALL
#include "exec.h"
#include "fixture.h"
#include "guard.h"

#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <xxhash.h>

#include "pseudo.h"
#include "sketch.h"
#include "sqlfunc.h"
#include "source.h"

/* ---------------------------------------------------------------------- */
/* Safety: authorizer and limits                                           */

static int authorize(void *pArg, int op, const char *a, const char *b, const char *zDb,
                     const char *zInner) {
  (void)pArg;
  (void)zDb;
  (void)zInner;
  switch (op) {
    case SQLITE_SELECT:
      return SQLITE_OK;
    case SQLITE_READ:
      /* The key and SQLite's own tables are never readable by a query. */
      if (a && (strcmp(a, "amcq_meta") == 0 || strcmp(a, "amcq_idents") == 0 ||
                strncmp(a, "sqlite_", 7) == 0)) {
        return SQLITE_DENY;
      }
      return SQLITE_OK;
    case SQLITE_FUNCTION:
      if (b && (strcmp(b, "load_extension") == 0 || strcmp(b, "fts3_tokenizer") == 0 ||
                strcmp(b, "readfile") == 0 || strcmp(b, "writefile") == 0 ||
                strncmp(b, "sqlite_", 7) == 0)) {
        return SQLITE_DENY;
      }
      return SQLITE_OK;
    default:
      /* No ATTACH, PRAGMA, writes, temporary objects or transactions. */
      return SQLITE_DENY;
  }
}

typedef struct Deadline {
  struct timespec end;
  int bHit;
  int bOn;
  volatile int *pInterrupt;
  int bInterrupted;
} Deadline;

static int progress(void *p) {
  Deadline *d = p;
  struct timespec now;
  if (d->pInterrupt && *d->pInterrupt) {
    d->bInterrupted = 1;
    return 1;
  }
  if (!d->bOn) return 0;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (now.tv_sec > d->end.tv_sec ||
      (now.tv_sec == d->end.tv_sec && now.tv_nsec >= d->end.tv_nsec)) {
    d->bHit = 1;
    return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* The fixture                                                             */

typedef struct Fixture {
  sqlite3 *db;
  uint64_t key; /* sketch hash key, derived from the fixture's key */
  uint64_t guardKey; /* the identifier guard's (guard.h) */
  int64_t tStart, tEnd; /* the data's time span */
} Fixture;

static char *meta(sqlite3 *db, const char *zKey) {
  sqlite3_stmt *s = NULL;
  char *r = NULL;
  if (sqlite3_prepare_v2(db, "SELECT value FROM amcq_meta WHERE key = ?1", -1, &s, NULL) ==
      SQLITE_OK) {
    sqlite3_bind_text(s, 1, zKey, -1, SQLITE_STATIC);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
      r = xstrdup((const char *)sqlite3_column_text(s, 0));
    }
  }
  sqlite3_finalize(s);
  return r;
}

static int fixture_open(const char *zDb, Fixture *f, char **pzErr) {
  unsigned char aKey[PSEUDO_KEY_BYTES];
  char *zKey = NULL, *zStart = NULL, *zDays = NULL;
  int rc = -1;
  memset(f, 0, sizeof *f);
  if (fixture_stat(zDb, pzErr) != 0) return -1;
  if (sqlite3_open_v2(zDb, &f->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
      SQLITE_OK) {
    *pzErr = util_mprintf("%s: cannot open: %s", zDb, f->db ? sqlite3_errmsg(f->db) : "?");
    sqlite3_close(f->db);
    f->db = NULL;
    return -1;
  }
  zKey = meta(f->db, "key");
  if (!zKey) {
    int e = sqlite3_errcode(f->db);
    if (e == SQLITE_NOTADB || e == SQLITE_CORRUPT) {
      *pzErr = fixture_unreadable(zDb, f->db);
    } else {
      *pzErr = util_mprintf("%s: not an amcq fixture (no amcq_meta key); make one with "
                            "amcq gen",
                            zDb);
    }
    goto done;
  }
  if (pseudo_key_parse(zKey, aKey) != 0) {
    *pzErr = util_mprintf("%s: the fixture's key is malformed", zDb);
    goto done;
  }
  /* The sketch key: another key derived from the fixture's, so that a
  ** sketch never holds the pseudonymization key's hashes. */
  f->key = XXH3_64bits_withSeed(aKey, sizeof aKey, 0x616d6371736b6574ull);
  f->guardKey = guard_key(aKey, sizeof aKey);
  zStart = meta(f->db, "start");
  zDays = meta(f->db, "days");
  if (!zStart || !zDays || sqlfunc_parse_time(zStart, &f->tStart) != 0 || atoi(zDays) < 1) {
    *pzErr = util_mprintf("%s: the fixture's time span (amcq_meta start, days) is missing",
                          zDb);
    goto done;
  }
  f->tEnd = f->tStart + (int64_t)atoi(zDays) * 86400;
  rc = 0;
done:
  memset(aKey, 0, sizeof aKey);
  if (zKey) memset(zKey, 0, strlen(zKey));
  free(zKey);
  free(zStart);
  free(zDays);
  if (rc != 0) {
    sqlite3_close(f->db);
    f->db = NULL;
  }
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                    */

typedef struct Row {
  Cell *aCell;     /* visible columns */
  int *aCount;     /* users per path; -1: the path contributed nothing */
  Sketch *aSketch; /* per path (filtered mode only) */
  unsigned char *aFail; /* per column: requirement not met */
  int bFlag;       /* filtered mode: values were removed */
  char *zReason;   /* filtered mode: why, from the row's own counts */
  int bDead;       /* merged into another row */
} Row;

static void cell_free(Cell *c) {
  free(c->z);
  c->z = NULL;
}

static void cell_from(Cell *c, sqlite3_stmt *s, int i) {
  memset(c, 0, sizeof *c);
  c->type = sqlite3_column_type(s, i);
  switch (c->type) {
    case SQLITE_INTEGER:
      c->i = sqlite3_column_int64(s, i);
      break;
    case SQLITE_FLOAT:
      c->r = sqlite3_column_double(s, i);
      break;
    case SQLITE_TEXT:
      c->z = xstrndup((const char *)sqlite3_column_text(s, i), (size_t)sqlite3_column_bytes(s, i));
      break;
    case SQLITE_BLOB: {
      /* Shown as hex text. */
      const unsigned char *p = sqlite3_column_blob(s, i);
      int n = sqlite3_column_bytes(s, i), k;
      c->type = SQLITE_TEXT;
      c->z = xmalloc((size_t)n * 2 + 1);
      for (k = 0; k < n; k++) snprintf(c->z + 2 * k, 3, "%02x", p[k]);
      c->z[2 * n] = 0;
      break;
    }
    default:
      c->type = SQLITE_NULL;
      break;
  }
}

static int cell_eq(const Cell *a, const Cell *b) {
  if (a->type != b->type) return 0;
  switch (a->type) {
    case SQLITE_INTEGER:
    case CELL_BOOL:
      return a->i == b->i;
    case SQLITE_FLOAT:
      return a->r == b->r;
    case SQLITE_TEXT:
      return strcmp(a->z, b->z) == 0;
    default:
      return 1;
  }
}

static uint64_t cell_hash(const Cell *c, uint64_t h) {
  h = XXH3_64bits_withSeed(&c->type, sizeof c->type, h);
  switch (c->type) {
    case SQLITE_INTEGER:
      return XXH3_64bits_withSeed(&c->i, sizeof c->i, h);
    case SQLITE_FLOAT:
      return XXH3_64bits_withSeed(&c->r, sizeof c->r, h);
    case SQLITE_TEXT:
      return XXH3_64bits_withSeed(c->z, strlen(c->z), h);
    default:
      return h;
  }
}

/* a += b for a re-aggregated metric (SUM, as AMC documents). */
static void cell_add(Cell *a, const Cell *b) {
  if (b->type == SQLITE_NULL) return;
  if (a->type == SQLITE_NULL) {
    cell_free(a);
    *a = *b;
    if (b->z) a->z = xstrdup(b->z);
    return;
  }
  if (a->type == SQLITE_INTEGER && b->type == SQLITE_INTEGER) {
    if ((b->i > 0 && a->i > INT64_MAX - b->i) || (b->i < 0 && a->i < INT64_MIN - b->i)) {
      a->type = SQLITE_FLOAT;
      a->r = (double)a->i + (double)b->i;
    } else {
      a->i += b->i;
    }
    return;
  }
  if ((a->type == SQLITE_INTEGER || a->type == SQLITE_FLOAT) &&
      (b->type == SQLITE_INTEGER || b->type == SQLITE_FLOAT)) {
    double x = a->type == SQLITE_INTEGER ? (double)a->i : a->r;
    double y = b->type == SQLITE_INTEGER ? (double)b->i : b->r;
    a->type = SQLITE_FLOAT;
    a->r = x + y;
    return;
  }
  /* Text cannot be summed: keep it only where both rows agree. */
  if (!cell_eq(a, b)) {
    cell_free(a);
    a->type = SQLITE_NULL;
  }
}

/* ---------------------------------------------------------------------- */
/* Enforcement                                                             */

typedef struct Enf {
  const Policy *pPol;
  int nVis, nPath;
  int *aReq;        /* per visible column: users required; INT_MAX: never */
  int *aPathReq;    /* per path: users its contribution needs (path_req) */
  int maxReq;
  int *bMetric;     /* per visible column: an aggregate (re-aggregated by SUM) */
  int *bBool;       /* per visible column: a truth value */
  const BPath *aPath;
  BPath *aPathAll; /* heap copy behind aPath */
  int *aPathNo, *aPathOf; /* "path i of n" per path; n 1: read once */
  Row *aRow;
  int64_t nRow, nRowCap;
  int bFiltered;
  int64_t *aFailRows; /* per column: rows failing it */
  int64_t nDecidedRows; /* rows failing only what decided a contribution */
  int decidedReq;       /* the most such a row needed */
} Enf;

/* Users path i needs for column j: the column's requirement, or what
** decided the contribution, whichever is more. */
static int need_of(const Enf *e, int i, int j) {
  return e->aReq[j] > e->aPathReq[i] ? e->aReq[j] : e->aPathReq[i];
}

static void row_counts(Enf *e, Row *r) {
  int i, j;
  for (j = 0; j < e->nVis; j++) {
    r->aFail[j] = 0;
    for (i = 0; i < e->nPath; i++) {
      if (r->aCount[i] >= 0 && r->aCount[i] < need_of(e, i, j)) r->aFail[j] = 1;
    }
  }
}

/* A row that no entry stands behind (a VALUES row that an outer join
** kept, a total of nothing) stands on no user: its first entry counts
** zero users, which meets no requirement. Rows of a query that reads no
** user data have no entries. */
static void row_no_record(const Enf *e, Row *r) {
  int i;
  for (i = 0; i < e->nPath; i++) {
    if (r->aCount[i] >= 0) return;
  }
  if (e->nPath) r->aCount[0] = 0;
}

static int row_fails(const Enf *e, const Row *r) {
  int j;
  for (j = 0; j < e->nVis; j++) {
    if (r->aFail[j]) return 1;
  }
  return 0;
}

/* Users behind the row for the user-count column: the smallest count of a
** contributing path, capped at the highest requirement; -1: none. */
static int row_users(const Enf *e, const Row *r) {
  int i, n = -1;
  for (i = 0; i < e->nPath; i++) {
    if (r->aCount[i] >= 0 && (n < 0 || r->aCount[i] < n)) n = r->aCount[i];
  }
  if (n > e->maxReq) n = e->maxReq;
  return n;
}

/* "'dsp_impressions'", "'dsp_impressions' (path 2 of 3)", "'conversions'
** (subquery 1)", "'dsp_clicks' (window 2)". */
static void source_label(StrBuf *b, const Enf *e, int i) {
  const BPath *p = &e->aPath[i];
  sb_printf(b, "'%s'", e->pPol->aTable[p->iTable].zName);
  if (p->kind == SRC_WINDOW) sb_printf(b, " (window %d)", e->aPathNo[i]);
  else if (p->kind == SRC_SUBQUERY) sb_printf(b, " (subquery %d)", e->aPathNo[i]);
  else if (p->kind == SRC_NO_MATCH) sb_printf(b, " (no match %d)", e->aPathNo[i]);
  else if (e->aPathOf[i] > 1) sb_printf(b, " (path %d of %d)", e->aPathNo[i], e->aPathOf[i]);
}

/* AMC's reason text: "97 'dsp_impressions' users < 100 required", with
** " (path i of n)" after the source when it is read more than once. */
static char *row_reason(const Enf *e, const Row *r, const unsigned char *aWhich) {
  StrBuf b = {0};
  int i, j;
  for (i = 0; i < e->nPath; i++) {
    int need = 0;
    if (r->aCount[i] < 0) continue;
    for (j = 0; j < e->nVis; j++) {
      if (aWhich[j] && r->aCount[i] < need_of(e, i, j) && need_of(e, i, j) > need) {
        need = need_of(e, i, j);
      }
    }
    if (!need) continue;
    if (b.n) sb_puts(&b, "; ");
    sb_printf(&b, "%d ", r->aCount[i]);
    source_label(&b, e, i);
    if (need == INT_MAX) sb_puts(&b, " users: never in output");
    else sb_printf(&b, " users < %d required", need);
  }
  return b.n ? sb_finish(&b) : (sb_free(&b), NULL);
}

/* Filtered mode: rows whose values were removed and that are then
** identical in their non-metric columns become one row, metrics summed
** and users unioned. */
static void merge_rows(Enf *e, int64_t *pnMerged) {
  int64_t nSlot = 16, i;
  int64_t *aSlot;
  while (nSlot < e->nRow * 2) nSlot *= 2;
  aSlot = xmalloc(sizeof *aSlot * (size_t)nSlot);
  for (i = 0; i < nSlot; i++) aSlot[i] = -1;
  for (i = 0; i < e->nRow; i++) {
    Row *r = &e->aRow[i];
    uint64_t h = 1;
    int64_t s;
    int j;
    if (!r->bFlag) continue;
    for (j = 0; j < e->nVis; j++) {
      if (!e->bMetric[j]) h = cell_hash(&r->aCell[j], h);
    }
    for (s = (int64_t)(h & (uint64_t)(nSlot - 1));; s = (s + 1) & (nSlot - 1)) {
      Row *q;
      int bSame = 1;
      if (aSlot[s] < 0) {
        aSlot[s] = i;
        break;
      }
      q = &e->aRow[aSlot[s]];
      for (j = 0; j < e->nVis && bSame; j++) {
        if (!e->bMetric[j] && !cell_eq(&q->aCell[j], &r->aCell[j])) bSame = 0;
      }
      if (!bSame) continue;
      for (j = 0; j < e->nVis; j++) {
        if (e->bMetric[j]) cell_add(&q->aCell[j], &r->aCell[j]);
      }
      for (j = 0; j < e->nPath; j++) {
        sketch_union(&q->aSketch[j], &r->aSketch[j]);
        if (r->aCount[j] >= 0 && q->aCount[j] < 0) q->aCount[j] = 0;
      }
      r->bDead = 1;
      (*pnMerged)++;
      break;
    }
  }
  free(aSlot);
}

static void enf_free(Enf *e) {
  int64_t i;
  int j;
  for (i = 0; i < e->nRow; i++) {
    Row *r = &e->aRow[i];
    for (j = 0; j < e->nVis; j++) cell_free(&r->aCell[j]);
    if (r->aSketch) {
      for (j = 0; j < e->nPath; j++) sketch_free(&r->aSketch[j]);
    }
    free(r->aCell);
    free(r->aCount);
    free(r->aSketch);
    free(r->aFail);
    free(r->zReason);
  }
  free(e->aRow);
  free(e->aReq);
  free(e->aPathReq);
  free(e->bMetric);
  free(e->bBool);
  free(e->aPathNo);
  free(e->aPathAll);
  free(e->aPathOf);
  free(e->aFailRows);
}

/* ---------------------------------------------------------------------- */
/* Explain                                                                 */

static void explain_header(StrBuf *x, const Policy *pPol, const Emitted *em, const Enf *e,
                           const BRel *pOut, const char *zWindow, const char *zNoReq) {
  int j, i;
  sb_printf(x, "-- time window: %s\n", zWindow);
  if (zNoReq) sb_printf(x, "-- %s\n", zNoReq);
  sb_puts(x, "-- SQLite SQL, as amcq runs it:\n");
  sb_puts(x, em->zSql);
  sb_puts(x, "\n-- output columns:\n");
  for (j = 0; j < e->nVis; j++) {
    const Lineage *l = pOut->aCol[j].pLin;
    sb_printf(x, "--   %s: ", pOut->aCol[j].zName);
    if (!l || !l->n) {
      sb_puts(x, "reveals no column");
    } else {
      for (i = 0; i < l->n; i++) {
        uint32_t id = l->a[i], t = id >> 16, c = id & 0xFFFFu;
        if (i) sb_puts(x, ", ");
        if ((int)t < pPol->nTable && (int)c < pPol->aTable[t].nCol) {
          sb_printf(x, "%s.%s (%s)", pPol->aTable[t].zName, pPol->aTable[t].aCol[c].zName,
                    policy_class_name(pPol->aTable[t].aCol[c].cls));
        } else {
          sb_puts(x, "an undocumented column (VERY_HIGH)");
        }
      }
    }
    if (zNoReq) sb_putc(x, '\n');
    else if (e->aReq[j] == INT_MAX) sb_puts(x, "; never in output\n");
    else sb_printf(x, "; needs %d user%s per path\n", e->aReq[j], e->aReq[j] == 1 ? "" : "s");
  }
  sb_puts(x, "-- user-owned paths and contributions (windows, subqueries):\n");
  if (!e->nPath) sb_puts(x, "--   none: no thresholds apply\n");
  for (i = 0; i < e->nPath; i++) {
    sb_printf(x, "--   %d: ", i + 1);
    source_label(x, e, i);
    if (e->aPathReq[i] && !zNoReq) {
      sb_printf(x, "; needs %d users whatever the columns", e->aPathReq[i]);
    }
    sb_putc(x, '\n');
  }
}

/* ---------------------------------------------------------------------- */
/* The identifier guard                                                    */

/* Every text cell of the first nVis columns of r against the fixture's
** identifiers: 0 none found, 1 one found (*pzErr names the column, never
** the value), 2 the check failed. */
static int guard_result(Guard *g, const RunResult *r, int nVis, char **pzErr) {
  int64_t i;
  int j;
  for (i = 0; i < r->nRow; i++) {
    for (j = 0; j < nVis && j < r->nCol; j++) {
      const Cell *cl = &r->aCell[i * r->nCol + j];
      int rc;
      if (cl->type != SQLITE_TEXT || !cl->z) continue;
      rc = guard_text(g, cl->z, strlen(cl->z));
      if (rc == 0) continue;
      if (rc > 0) {
        *pzErr = util_mprintf("output column \"%s\" holds an identifier of the fixture (a "
                              "value of a VERY_HIGH or INTERNAL column); amcq stopped the run "
                              "and returns nothing",
                              r->azCol[j]);
        return 1;
      }
      *pzErr = xstrdup("cannot check the result for identifiers of the fixture");
      return 2;
    }
  }
  return 0;
}

int exec_guard_check(const char *zDb, const Policy *pPol, const RunResult *r, int nVis,
                     char **pzErr) {
  Fixture f;
  Guard *g;
  int rc;
  *pzErr = NULL;
  if (fixture_open(zDb, &f, pzErr) != 0) return 2;
  g = guard_open(f.db, pPol, f.guardKey, pzErr);
  if (!g) {
    sqlite3_close(f.db);
    return 2;
  }
  rc = guard_result(g, r, nVis, pzErr);
  guard_close(g);
  sqlite3_close(f.db);
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Errors in amcq's words                                                  */

/* Calls of function zFunc (lower case; "similar to" for SIMILAR TO) in the
** query: how many, and the first. */
typedef struct CallSite {
  const char *zFunc;
  int n;
  Span first;
} CallSite;

static void calls_select(CallSite *cs, const Select *p, int depth);

static void calls_expr(CallSite *cs, const Expr *e, int depth) {
  int i;
  if (!e || depth > 200) return;
  if ((e->kind == EK_FUNC && e->zFunc && strcmp(e->zFunc, cs->zFunc) == 0) ||
      (e->kind == EK_LIKE && e->likeKind == LIKE_SIMILAR && strcmp(cs->zFunc, "similar to") == 0)) {
    if (!cs->n++) cs->first = e->span;
  }
  calls_expr(cs, e->pLeft, depth + 1);
  calls_expr(cs, e->pRight, depth + 1);
  calls_expr(cs, e->pEscape, depth + 1);
  for (i = 0; i < e->args.n; i++) calls_expr(cs, e->args.a[i], depth + 1);
  calls_expr(cs, e->pFilter, depth + 1);
  calls_expr(cs, e->pCaseArg, depth + 1);
  for (i = 0; i < e->nWhen; i++) {
    calls_expr(cs, e->aWhen[i].pWhen, depth + 1);
    calls_expr(cs, e->aWhen[i].pThen, depth + 1);
  }
  calls_expr(cs, e->pElse, depth + 1);
  if (e->pOver) {
    for (i = 0; i < e->pOver->partition.n; i++) calls_expr(cs, e->pOver->partition.a[i], depth + 1);
    for (i = 0; i < e->pOver->order.n; i++) calls_expr(cs, e->pOver->order.a[i].pExpr, depth + 1);
  }
  calls_select(cs, e->pSub, depth + 1);
}

static void calls_from(CallSite *cs, const FromItem *f, int depth) {
  int i;
  if (!f || depth > 200) return;
  calls_from(cs, f->pLeft, depth + 1);
  calls_from(cs, f->pRight, depth + 1);
  calls_expr(cs, f->pOn, depth + 1);
  calls_select(cs, f->pSelect, depth + 1);
  for (i = 0; i < f->funcs.n; i++) calls_expr(cs, f->funcs.a[i], depth + 1);
}

static void calls_select(CallSite *cs, const Select *p, int depth) {
  int i;
  if (!p || depth > 200) return;
  for (i = 0; i < p->nCte; i++) calls_select(cs, p->aCte[i].pSelect, depth + 1);
  for (i = 0; i < p->nTarget; i++) calls_expr(cs, p->aTarget[i].pExpr, depth + 1);
  for (i = 0; i < p->nFrom; i++) calls_from(cs, p->aFrom[i], depth + 1);
  calls_expr(cs, p->pWhere, depth + 1);
  for (i = 0; i < p->groupBy.n; i++) calls_expr(cs, p->groupBy.a[i], depth + 1);
  calls_expr(cs, p->pHaving, depth + 1);
  for (i = 0; i < p->nRow; i++) {
    int k;
    for (k = 0; k < p->aRow[i].cells.n; k++) calls_expr(cs, p->aRow[i].cells.a[k], depth + 1);
  }
  calls_select(cs, p->pLeft, depth + 1);
  calls_select(cs, p->pRight, depth + 1);
}

/* "JSON_EXTRACT at line 3, column 12", "JSON_EXTRACT (one of its 2 calls;
** the first at line 3, column 12)", or the name alone. */
static void name_call(StrBuf *b, const RunConfig *c, const Select *pRoot, const char *zShown,
                      const char *zFunc) {
  CallSite cs;
  char aLower[64];
  size_t i;
  int line, col;
  for (i = 0; zFunc[i] && i + 1 < sizeof aLower; i++) {
    aLower[i] = (char)(zFunc[i] >= 'A' && zFunc[i] <= 'Z' ? zFunc[i] + 32 : zFunc[i]);
  }
  aLower[i] = 0;
  memset(&cs, 0, sizeof cs);
  cs.zFunc = aLower;
  calls_select(&cs, pRoot, 0);
  sb_puts(b, zShown);
  if (!cs.n || !c->pSrc) return;
  source_linecol(c->pSrc, cs.first.iStart, &line, &col);
  if (cs.n == 1) sb_printf(b, " at line %d, column %d", line, col);
  else sb_printf(b, " (one of its %d calls; the first at line %d, column %d)", cs.n, line, col);
}

/* SQLite's own words can quote data ("JSON path error near '<a user
** id>'"), so a failure while running is said in amcq's words, by kind,
** naming the function and where the query calls it, never a value. amcq's
** own functions mark their messages, which never hold a value either
** (sqlfunc_error). */
static char *run_error(const RunConfig *c, const Select *pRoot, sqlite3 *db, int rc) {
  static const struct {
    const char *zSqlite; /* in SQLite's message */
    const char *zFunc;   /* the function that says it, or NULL */
    const char *zSay;
  } aKnown[] = {
      {"JSON path error", "JSON_EXTRACT", "the path (argument 2) is not a valid JSON path"},
      {"malformed JSON", "JSON_EXTRACT", "a value given as JSON is not valid JSON"},
      {"integer overflow", NULL, "an integer overflowed: a SUM, ABS or arithmetic on values "
                                 "beyond 64 bits"},
      {"LIKE or GLOB pattern too complex", NULL, "a LIKE pattern is too complex"},
      {"ESCAPE expression must be a single character", NULL,
       "the ESCAPE of a LIKE must be one character"},
      {"string or blob too big", NULL, "a value grew too big"},
  };
  const char *zErr = sqlite3_errmsg(db), *zFunc, *zMsg;
  int nFunc;
  size_t i;
  StrBuf b = {0};
  if (sqlfunc_error_parse(zErr, &zFunc, &nFunc, &zMsg)) {
    char aFunc[64];
    snprintf(aFunc, sizeof aFunc, "%.*s", nFunc, zFunc);
    if (strcmp(aFunc, "amcq") == 0) return xstrdup(zMsg);
    name_call(&b, c, pRoot, aFunc, aFunc);
    sb_printf(&b, ": %s", zMsg);
    return sb_finish(&b);
  }
  for (i = 0; i < sizeof aKnown / sizeof aKnown[0]; i++) {
    if (!strstr(zErr, aKnown[i].zSqlite)) continue;
    if (aKnown[i].zFunc) {
      name_call(&b, c, pRoot, aKnown[i].zFunc, aKnown[i].zFunc);
      sb_printf(&b, ": %s", aKnown[i].zSay);
      return sb_finish(&b);
    }
    return xstrdup(aKnown[i].zSay);
  }
  /* Anything else: its kind only. */
  return util_mprintf("the query failed while running (SQLite: %s)",
                      sqlite3_errstr(rc ? rc : sqlite3_extended_errcode(db)));
}

/* Why sqlite3_step stopped with src. */
static char *step_error(const RunConfig *c, const Select *pRoot, sqlite3 *db,
                        const Deadline *dl, int src) {
  if (dl->bInterrupted) return xstrdup("interrupted");
  if (dl->bHit || src == SQLITE_INTERRUPT) {
    return util_mprintf("the query ran longer than %g s and was stopped (--timeout)",
                        c->timeoutSec);
  }
  if (src == SQLITE_NOMEM) {
    return util_mprintf("the query needs more than %lld MiB and was stopped (--max-memory)",
                        (long long)(c->maxMemory >> 20));
  }
  if (src == SQLITE_CORRUPT || src == SQLITE_NOTADB) return fixture_unreadable(c->zDb, db);
  return run_error(c, pRoot, db, src);
}

/* 1234567 as "1,234,567". */
static void put_count(StrBuf *b, int64_t n) {
  char a[32];
  int len, i;
  snprintf(a, sizeof a, "%lld", (long long)n);
  len = (int)strlen(a);
  for (i = 0; i < len; i++) {
    sb_putc(b, a[i]);
    if (a[i] != '-' && i < len - 1 && (len - 1 - i) % 3 == 0) sb_putc(b, ',');
  }
}

/* An audience query's result: its size (COUNT(DISTINCT user_id), from st)
** and AMC's verdict, as one row and the summary. AMC shows an analyst no
** member, only whether the audience was made; the size is what AMC's own
** measurement query (COUNT(DISTINCT user_id) over the same rows) returns,
** and the audience query meets the literal-filter rule like any other. */
static int audience_result(const Policy *pPol, const RunConfig *c, sqlite3_stmt *st,
                           const Deadline *dl, sqlite3 *db, const Select *pRoot,
                           RunResult *res, char **pzErr) {
  int src = sqlite3_step(st);
  int64_t n;
  int lo = c->bLookalike ? pPol->nLookalikeMinUsers : pPol->nAudienceMinUsers;
  int hi = c->bLookalike ? pPol->nLookalikeMaxUsers : 0;
  StrBuf *b = &res->summary;
  if (src != SQLITE_ROW) {
    *pzErr = step_error(c, pRoot, db, dl, src);
    return 2;
  }
  n = sqlite3_column_int64(st, 0);
  res->bAudience = 1;
  res->nAudienceUsers = n;
  res->bAudienceCreated = n >= lo && (!hi || n <= hi);
  res->nSqlRows = 1;
  res->nRow = 1;
  res->nCol = 2;
  res->azCol = xcalloc(3, sizeof(char *));
  res->azCol[0] = xstrdup("audience_users");
  res->azCol[1] = xstrdup("created");
  res->aCell = xcalloc(3, sizeof(Cell));
  res->aCell[0].type = SQLITE_INTEGER;
  res->aCell[0].i = n;
  res->aCell[1].type = CELL_BOOL;
  res->aCell[1].i = res->bAudienceCreated;
  sb_puts(b, c->bLookalike ? "lookalike seed of " : "audience of ");
  put_count(b, n);
  sb_printf(b, " user%s: ", n == 1 ? "" : "s");
  if (c->bLookalike) {
    if (res->bAudienceCreated) {
      sb_puts(b, "AMC would create the lookalike audience from it (a seed needs ");
    } else {
      sb_printf(b, "AMC would not create a lookalike audience: a seed is too %s (it needs ",
                n < lo ? "small" : "large");
    }
    put_count(b, lo);
    sb_puts(b, " to ");
    put_count(b, hi);
    sb_puts(b, " users)");
  } else if (res->bAudienceCreated) {
    sb_puts(b, "AMC would create the audience (it needs at least ");
    put_count(b, lo);
    sb_puts(b, lo == 1 ? " user)" : " users)");
    if (n < pPol->nAudienceRecommendedUsers) {
      sb_puts(b, "; warning: fewer than the ");
      put_count(b, pPol->nAudienceRecommendedUsers);
      sb_puts(b, " users Amazon recommends: opted-out users and users flagged as potential "
                 "children are removed when it is created, which can take it below ");
      put_count(b, lo);
    }
  } else {
    sb_puts(b, "AMC would not create the audience: it needs at least ");
    put_count(b, lo);
    sb_puts(b, lo == 1 ? " user" : " users");
  }
  sb_puts(b, "; no user id is shown");
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Run                                                                     */

static void summary(RunResult *res, const Enf *e, const BRel *pOut) {
  StrBuf *b = &res->summary;
  int j, n = 0;
  sb_printf(b, "%lld row%s returned", (long long)res->nRow, res->nRow == 1 ? "" : "s");
  if (!e->nPath) {
    sb_puts(b, "; the query reads no user data, so no thresholds apply");
    return;
  }
  if (e->bFiltered) {
    sb_printf(b, "; %lld with values removed", (long long)res->nNulled);
    if (res->nMerged) sb_printf(b, ", %lld merged into others", (long long)res->nMerged);
  } else {
    sb_printf(b, "; %lld removed", (long long)res->nRemoved);
  }
  for (j = 0; j < e->nVis; j++) {
    if (!e->aFailRows[j]) continue;
    sb_puts(b, n++ ? ", " : " (");
    if (e->aReq[j] == INT_MAX) {
      sb_printf(b, "%s is never output", pOut->aCol[j].zName);
    } else {
      if (e->aReq[j] == 1) {
        sb_printf(b, "%lld with no user behind %s", (long long)e->aFailRows[j],
                  pOut->aCol[j].zName);
      } else {
        sb_printf(b, "%lld with fewer than %d users for %s", (long long)e->aFailRows[j],
                  e->aReq[j], pOut->aCol[j].zName);
      }
    }
  }
  if (e->nDecidedRows) {
    sb_puts(b, n++ ? ", " : " (");
    sb_printf(b, "%lld where a subquery or an outer join decided on fewer than %d users",
              (long long)e->nDecidedRows, e->decidedReq);
  }
  if (n) sb_putc(b, ')');
}

/* Is e a truth value? Comparisons, logic, Boolean literals and casts,
** Boolean columns, and CASE or IF over them. Such columns print as
** true/false, as AMC returns BOOLEAN values. */
static int is_boolean(const Policy *pPol, const Expr *e, const BCol *pc) {
  int i;
  if (!e) {
    if (pc && pc->iTable >= 0 && pc->iTable < pPol->nTable && pc->iCol >= 0 &&
        pc->iCol < pPol->aTable[pc->iTable].nCol) {
      const char *t = pPol->aTable[pc->iTable].aCol[pc->iCol].zType;
      return t && util_strieq(t, "BOOLEAN");
    }
    /* a CTE's or subquery's column: what defines it there */
    if (pc && pc->pDef) return is_boolean(pPol, pc->pDef, NULL);
    return 0;
  }
  switch (e->kind) {
    case EK_AND:
    case EK_OR:
    case EK_NOT:
    case EK_IN:
    case EK_BETWEEN:
    case EK_LIKE:
    case EK_NULLTEST:
    case EK_BOOLTEST:
      return 1;
    case EK_SUBQUERY:
      return e->subKind == SUB_EXISTS || e->subKind == SUB_IN || e->subKind == SUB_ANY ||
             e->subKind == SUB_ALL;
    case EK_LITERAL:
      return e->litKind == LIT_BOOL;
    case EK_OP: {
      static const char *const a[] = {"=", "<>", "!=", "<", ">", "<=", ">=", NULL};
      for (i = 0; a[i]; i++) {
        if (strcmp(e->zOp, a[i]) == 0) return 1;
      }
      return 0;
    }
    case EK_CAST:
      return e->pType && (strcmp(e->pType->zName, "bool") == 0 ||
                          strcmp(e->pType->zName, "boolean") == 0);
    case EK_CASE:
      for (i = 0; i < e->nWhen; i++) {
        if (!is_boolean(pPol, e->aWhen[i].pThen, NULL)) return 0;
      }
      return e->nWhen > 0 && (!e->pElse || is_boolean(pPol, e->pElse, NULL) ||
                              (e->pElse->kind == EK_LITERAL && e->pElse->litKind == LIT_NULL));
    case EK_COLUMN: {
      const BRel *r = e->info.pRel;
      if (r && e->info.iCol >= 0 && e->info.iCol < r->nCol) {
        return is_boolean(pPol, NULL, &r->aCol[e->info.iCol]);
      }
      return 0;
    }
    case EK_FUNC:
      if (strcmp(e->zFunc, "contained_in") == 0 || strcmp(e->zFunc, "array_contains") == 0) {
        return 1;
      }
      if (e->args.n == 3 && strcmp(e->zFunc, "if") == 0) {
        return is_boolean(pPol, e->args.a[1], NULL) && is_boolean(pPol, e->args.a[2], NULL);
      }
      return 0;
    default:
      return 0;
  }
}

static int requirement(const Policy *pPol, const Lineage *l, const Lineage *pVal) {
  int t;
  ColClass c = lineage_output_class(l, pVal);
  t = pPol->aThreshold[c];
  return t < 0 ? INT_MAX : t < 1 ? 1 : t;
}

/* Users a path or contribution needs whatever the columns: 0 for none. */
static int path_req(const Policy *pPol, const BPath *p) {
  int t;
  if (p->kind == SRC_PATH || p->cls <= CLS_NONE) return 0;
  t = pPol->aThreshold[p->cls > CLS_HIGH ? CLS_HIGH : p->cls];
  return t < 1 ? 1 : t;
}

int exec_run(const Policy *pPol, Arena *pArena, Select *pRoot, const RunConfig *c,
             RunResult *res, char **pzErr) {
  Fixture f;
  EmitOptions eo;
  Emitted em;
  Enf e;
  Deadline dl;
  Guard *pGuard = NULL;
  sqlite3_stmt *st = NULL;
  const SelBind *sb = pRoot ? pRoot->pBind : NULL;
  const BRel *pOut = sb ? sb->pOut : NULL;
  char aStart[32], aEnd[32];
  int64_t tS, tE, prevHeap = -1;
  int rc = 2, i, j, nExtra;
  memset(res, 0, sizeof *res);
  memset(&e, 0, sizeof e);
  memset(&em, 0, sizeof em);
  *pzErr = NULL;
  if (!pOut) {
    *pzErr = xstrdup("internal error: the query is not bound");
    return 2;
  }
  if (fixture_open(c->zDb, &f, pzErr) != 0) return 2;

  /* The time window. */
  tS = f.tStart;
  tE = f.tEnd;
  if (c->zStart) {
    char a[20];
    if (emit_normalize_time(c->zStart, a) != 0 || sqlfunc_parse_time(a, &tS) != 0) {
      *pzErr = util_mprintf("time window start '%s' is not an ISO 8601 date or time",
                            c->zStart);
      goto done;
    }
  }
  if (c->zEnd) {
    char a[20];
    if (emit_normalize_time(c->zEnd, a) != 0 || sqlfunc_parse_time(a, &tE) != 0) {
      *pzErr = util_mprintf("time window end '%s' is not an ISO 8601 date or time", c->zEnd);
      goto done;
    }
  }
  if (tE <= tS) {
    *pzErr = xstrdup("the time window ends before it starts");
    goto done;
  }
  sqlfunc_format_time(tS, aStart);
  sqlfunc_format_time(tE, aEnd);
  res->zTimeWindow = util_mprintf("%s .. %s", aStart, aEnd);

  /* Requirements per output column. */
  e.pPol = pPol;
  e.nVis = pOut->nCol;
  e.nPath = pOut->nPath;
  e.aPath = pOut->aPath;
  e.bFiltered = c->zFilteredCol != NULL;
  e.aReq = xcalloc((size_t)e.nVis + 1, sizeof *e.aReq);
  e.bMetric = xcalloc((size_t)e.nVis + 1, sizeof *e.bMetric);
  e.bBool = xcalloc((size_t)e.nVis + 1, sizeof *e.bBool);
  e.aFailRows = xcalloc((size_t)e.nVis + 1, sizeof *e.aFailRows);
  e.maxReq = 1;
  if (c->bAudience && c->bSandbox) {
    *pzErr = xstrdup("sandbox mode turns off a workflow's aggregation controls; an audience "
                     "query is created through AMC's audience API, which has no sandbox mode");
    goto done;
  }
  if (c->bSandbox) {
    /* Synthetic data only (AMC's requireSyntheticData): a fixture with a
    ** user's own table may hold real people. */
    sqlite3_stmt *q = NULL;
    int n = -1, nOther = -1;
    if (sqlite3_prepare_v2(f.db,
                           "SELECT (SELECT count(*) FROM amcq_tables WHERE kind = "
                           "'first_party'), (SELECT count(*) FROM sqlite_master WHERE name "
                           "NOT LIKE 'amcq\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' AND name NOT IN (SELECT name FROM amcq_tables WHERE "
                           "kind <> 'first_party'))",
                           -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
      n = sqlite3_column_int(q, 0);
      nOther = sqlite3_column_int(q, 1) - n;
    }
    sqlite3_finalize(q);
    if (n < 0) {
      *pzErr = fixture_unreadable(c->zDb, f.db);
      goto done;
    }
    if (n > 0) {
      *pzErr = util_mprintf("sandbox mode needs synthetic data only, and %s holds %d "
                            "first-party table%s loaded with amcq load; use a fixture made by "
                            "amcq gen alone",
                            c->zDb, n, n == 1 ? "" : "s");
      goto done;
    }
    if (nOther > 0) {
      /* made outside amcq: nothing says the data is synthetic */
      *pzErr = util_mprintf("sandbox mode needs synthetic data only, and %s holds %d "
                            "table%s or view%s amcq gen did not make; use a fixture made by "
                            "amcq gen alone",
                            c->zDb, nOther, nOther == 1 ? "" : "s", nOther == 1 ? "" : "s");
      goto done;
    }
  }
  for (j = 0; j < e.nVis && !c->bAudience && !c->bSandbox; j++) {
    e.aReq[j] = requirement(pPol, pOut->aCol[j].pLin, pOut->aCol[j].pVal);
    if (e.aReq[j] != INT_MAX && e.aReq[j] > e.maxReq) e.maxReq = e.aReq[j];
    e.bMetric[j] = sb->aOutExpr && sb->aOutExpr[j] && sb->aOutExpr[j]->info.bAgg &&
                   !sb->aOutExpr[j]->info.bWin;
    e.bBool[j] = is_boolean(pPol, sb->aOutExpr ? sb->aOutExpr[j] : NULL, &pOut->aCol[j]);
    if (e.aReq[j] == INT_MAX) {
      /* The checker rejects these; never run them. */
      *pzErr = util_mprintf("output column %s would reveal a value that is never "
                            "output", pOut->aCol[j].zName);
      rc = 1;
      goto done;
    }
  }
  /* What decided a contribution needs its own users (BPath.cls). */
  for (i = 0; i < pOut->nPath && !c->bAudience && !c->bSandbox; i++) {
    int t = path_req(pPol, &pOut->aPath[i]);
    if (t > e.maxReq) e.maxReq = t;
  }
  if (e.maxReq > SKETCH_MAX_K) e.maxReq = SKETCH_MAX_K;
  memset(&eo, 0, sizeof eo);
  eo.zStart = aStart;
  eo.zEnd = aEnd;
  eo.bFilterTime = tS > f.tStart || tE < f.tEnd;
  eo.aParam = c->aParam;
  eo.nParam = c->nParam;
  eo.k = c->bExactUsers ? SKETCH_MAX_K : e.maxReq;
  if (emit_query(pPol, pArena, pRoot, &eo, &em, pzErr) != 0) goto done;
  if (c->bAudience) {
    /* The audience's size: the distinct user ids of the query's one
    ** column, counted inside SQLite; no id reaches amcq. */
    StrBuf w = {0};
    sb_puts(&w, "WITH amcq_audience(u");
    for (i = 0; i < em.nPath; i++) sb_printf(&w, ", h%d", i);
    sb_puts(&w, ") AS (");
    sb_puts(&w, em.zSql);
    sb_puts(&w, ") SELECT COUNT(DISTINCT u) FROM amcq_audience");
    free(em.zSql);
    em.zSql = sb_finish(&w);
  }
  /* The paths and contributions, in hidden-column order. A path is "path
  ** i of n" among the paths over the same table; a contribution is named
  ** by its window or subquery. */
  e.nPath = em.nPath;
  e.aPathAll = xcalloc((size_t)e.nPath + 1, sizeof *e.aPathAll);
  if (em.nPath) memcpy(e.aPathAll, em.aPath, sizeof *e.aPathAll * (size_t)em.nPath);
  e.aPath = e.aPathAll;
  e.aPathReq = xcalloc((size_t)e.nPath + 1, sizeof *e.aPathReq);
  for (i = 0; i < e.nPath; i++) e.aPathReq[i] = path_req(pPol, &e.aPath[i]);
  e.aPathNo = xcalloc((size_t)e.nPath + 1, sizeof(int));
  e.aPathOf = xcalloc((size_t)e.nPath + 1, sizeof(int));
  for (i = 0; i < e.nPath; i++) {
    int k, n = 0, no = 0;
    if (e.aPath[i].kind != SRC_PATH) continue;
    for (k = 0; k < e.nPath; k++) {
      if (e.aPath[k].kind == SRC_PATH && e.aPath[k].iTable == e.aPath[i].iTable) {
        n++;
        if (k <= i) no++;
      }
    }
    e.aPathNo[i] = no;
    e.aPathOf[i] = n;
  }
  {
    /* Contributions: "window N" and "subquery N", numbered as met. */
    int *aNo = xcalloc((size_t)e.nPath + 1, sizeof(int)), nWin = 0, nSub = 0, nMiss = 0;
    for (i = 0; i < e.nPath; i++) {
      int k;
      if (e.aPath[i].kind == SRC_PATH) continue;
      for (k = 0; k < i; k++) {
        if (e.aPath[k].kind == e.aPath[i].kind && e.aPath[k].iContrib == e.aPath[i].iContrib) break;
      }
      aNo[i] = k < i ? aNo[k]
               : e.aPath[i].kind == SRC_WINDOW ? ++nWin
               : e.aPath[i].kind == SRC_SUBQUERY ? ++nSub
                                                 : ++nMiss;
      e.aPathNo[i] = aNo[i];
    }
    free(aNo);
  }


  if (c->bExplain) {
    explain_header(&res->explain, pPol, &em, &e, pOut, res->zTimeWindow,
                   c->bSandbox ? "sandbox mode: no aggregation controls, no requirements"
                   : c->bAudience ? "an audience query: its distinct users are counted, "
                                    "never shown; no requirements"
                                  : NULL);
  }

  /* The connection: functions, then the authorizer and the limits. */
  /* A double-quoted name that names no column must be an error, never a
  ** string (SQLite's legacy fallback). */
  sqlite3_db_config(f.db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)NULL);
  sqlite3_db_config(f.db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)NULL);
  sqlite3_db_config(f.db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
  if (sqlfunc_register(f.db) != SQLITE_OK || sqlfunc_register_sketches(f.db, &f.key) != SQLITE_OK ||
      sqlite3_exec(f.db, "PRAGMA case_sensitive_like = 1", NULL, NULL, NULL) != SQLITE_OK) {
    *pzErr = util_mprintf("cannot set up the SQLite connection: %s", sqlite3_errmsg(f.db));
    goto done;
  }
  /* EXPLODE reads json_each, whose first use declares it in the schema:
  ** do that before the authorizer, which allows no schema change. */
  sqlite3_exec(f.db, "SELECT 1 FROM json_each('[]')", NULL, NULL, NULL);
  /* The identifiers, read before the authorizer (which hides them from
  ** queries) is in place. */
  if (!c->bNoGuard && !c->bSandbox && !c->bAudience) {
    pGuard = guard_open(f.db, pPol, f.guardKey, pzErr);
    if (!pGuard) goto done;
  }
  sqlite3_set_authorizer(f.db, authorize, NULL);
  sqlite3_limit(f.db, SQLITE_LIMIT_ATTACHED, 0);
  memset(&dl, 0, sizeof dl);
  dl.pInterrupt = c->pInterrupt;
  if (c->pInterrupt) sqlite3_progress_handler(f.db, 4096, progress, &dl);
  if (c->timeoutSec > 0) {
    clock_gettime(CLOCK_MONOTONIC, &dl.end);
    dl.end.tv_sec += (time_t)c->timeoutSec;
    dl.end.tv_nsec += (long)((c->timeoutSec - (double)(time_t)c->timeoutSec) * 1e9);
    if (dl.end.tv_nsec >= 1000000000L) {
      dl.end.tv_sec++;
      dl.end.tv_nsec -= 1000000000L;
    }
    dl.bOn = 1;
    sqlite3_progress_handler(f.db, 4096, progress, &dl);
  }
  if (c->maxMemory > 0) prevHeap = sqlite3_hard_heap_limit64(c->maxMemory);

  if (sqlite3_prepare_v2(f.db, em.zSql, -1, &st, NULL) != SQLITE_OK) {
    const char *zMsg = sqlite3_errmsg(f.db);
    if (sqlite3_errcode(f.db) == SQLITE_AUTH) {
      *pzErr = xstrdup("the fixture's SQL tried something amcq does not allow (not "
                       "authorized); is it an amcq fixture?");
    } else if (sqlite3_errcode(f.db) == SQLITE_NOMEM) {
      *pzErr = util_mprintf("out of memory preparing the query (--max-memory %lld MiB)",
                            (long long)(c->maxMemory >> 20));
    } else if (strstr(zMsg, "tables in a join")) {
      /* each AMC table of a fixture is a view over up to four tables */
      *pzErr = util_mprintf("SQLite cannot run the query on %s: %s (a fixture's AMC "
                            "tables are views over several tables each, so a run joins "
                            "at most about 16 of them in one SELECT; join in steps, "
                            "through CTEs)",
                            c->zDb, zMsg);
    } else {
      *pzErr = util_mprintf("SQLite cannot run the query on %s: %s", c->zDb, zMsg);
    }
    goto done;
  }
  if (c->bAudience) {
    rc = audience_result(pPol, c, st, &dl, f.db, pRoot, res, pzErr);
    goto done;
  }
  nExtra = e.nVis + e.nPath;
  if (sqlite3_column_count(st) != nExtra) {
    *pzErr = util_mprintf("internal error: %d columns, expected %d", sqlite3_column_count(st),
                          nExtra);
    goto done;
  }
  for (;;) {
    int src = sqlite3_step(st);
    Row *r;
    if (src == SQLITE_DONE) break;
    if (src != SQLITE_ROW) {
      *pzErr = step_error(c, pRoot, f.db, &dl, src);
      goto done;
    }
    if (c->maxRows > 0 && e.nRow >= c->maxRows) {
      *pzErr = util_mprintf("the query returns more than %lld rows (--max-rows)",
                            (long long)c->maxRows);
      goto done;
    }
    if (e.nRow == e.nRowCap) {
      e.nRowCap = e.nRowCap ? e.nRowCap * 2 : 64;
      e.aRow = xrealloc(e.aRow, sizeof *e.aRow * (size_t)e.nRowCap);
    }
    r = &e.aRow[e.nRow++];
    memset(r, 0, sizeof *r);
    r->aCell = xcalloc((size_t)e.nVis + 1, sizeof *r->aCell);
    r->aCount = xcalloc((size_t)e.nPath + 1, sizeof *r->aCount);
    r->aFail = xcalloc((size_t)e.nVis + 1, 1);
    if (e.bFiltered) r->aSketch = xcalloc((size_t)e.nPath + 1, sizeof *r->aSketch);
    for (j = 0; j < e.nVis; j++) cell_from(&r->aCell[j], st, j);
    for (i = 0; i < e.nPath; i++) {
      sqlite3_value *v = sqlite3_column_value(st, e.nVis + i);
      Sketch s;
      if (sqlite3_value_type(v) == SQLITE_NULL) {
        r->aCount[i] = -1;
        if (r->aSketch) sketch_init(&r->aSketch[i], eo.k);
        continue;
      }
      sketch_init(&s, eo.k);
      if (sqlfunc_sketch_add_value(&s, v) != 0) {
        sketch_free(&s);
        *pzErr = xstrdup("internal error: a malformed user sketch");
        goto done;
      }
      r->aCount[i] = sketch_count(&s);
      if (r->aSketch) r->aSketch[i] = s;
      else sketch_free(&s);
    }
    row_no_record(&e, r);
  }
  res->nSqlRows = e.nRow;
  if (c->bKeepCounts) {
    res->nSource = e.nPath;
    res->nK = eo.k;
    res->aSqlCount = xcalloc((size_t)(e.nRow * e.nPath) + 1, sizeof(int));
    for (i = 0; i < e.nRow; i++) {
      for (j = 0; j < e.nPath; j++) res->aSqlCount[i * e.nPath + j] = e.aRow[i].aCount[j];
    }
  }

  /* Enforce (a sandbox has no aggregation controls). */
  for (i = 0; i < e.nRow && !c->bSandbox; i++) {
    Row *r = &e.aRow[i];
    row_counts(&e, r);
    {
      /* The summary names the strictest requirement the row missed: a
      ** column's, or else what decided a contribution. */
      int need = 0, bCol = 0, k;
      for (j = 0; j < e.nVis; j++) {
        for (k = 0; r->aFail[j] && k < e.nPath; k++) {
          if (r->aCount[k] >= 0 && r->aCount[k] < e.aReq[j]) bCol = 1;
        }
      }
      if (bCol) {
        for (j = 0; j < e.nVis; j++) {
          if (r->aFail[j] && e.aReq[j] > need) need = e.aReq[j];
        }
        for (j = 0; j < e.nVis; j++) {
          if (r->aFail[j] && e.aReq[j] == need) e.aFailRows[j]++;
        }
      } else if (row_fails(&e, r)) {
        for (k = 0; k < e.nPath; k++) {
          if (r->aCount[k] >= 0 && r->aCount[k] < e.aPathReq[k] && e.aPathReq[k] > need) {
            need = e.aPathReq[k];
          }
        }
        e.nDecidedRows++;
        if (need > e.decidedReq) e.decidedReq = need;
      }
    }
    if (!row_fails(&e, r)) continue;
    if (!e.bFiltered) {
      r->bDead = 1;
      res->nRemoved++;
      continue;
    }
    r->bFlag = 1;
    res->nNulled++;
    r->zReason = row_reason(&e, r, r->aFail);
    for (j = 0; j < e.nVis; j++) {
      if (r->aFail[j]) {
        cell_free(&r->aCell[j]);
        r->aCell[j].type = SQLITE_NULL;
      }
    }
  }
  if (e.bFiltered) {
    merge_rows(&e, &res->nMerged);
    /* Merged rows: recount, and remove what still fails. */
    for (i = 0; i < e.nRow; i++) {
      Row *r = &e.aRow[i];
      unsigned char *aWas;
      if (r->bDead || !r->bFlag) continue;
      /* Key columns that failed are NULL already; metrics hold the sum of
      ** the parts that passed on their own, checked again against the
      ** users of the merged row. */
      aWas = xmalloc((size_t)e.nVis + 1);
      memcpy(aWas, r->aFail, (size_t)e.nVis);
      for (j = 0; j < e.nPath; j++) {
        if (r->aCount[j] >= 0) r->aCount[j] = sketch_count(&r->aSketch[j]);
      }
      row_counts(&e, r);
      for (j = 0; j < e.nVis; j++) {
        if (!e.bMetric[j]) r->aFail[j] |= aWas[j];
        if (r->aFail[j] && r->aCell[j].type != SQLITE_NULL) {
          cell_free(&r->aCell[j]);
          r->aCell[j].type = SQLITE_NULL;
        }
      }
      free(aWas);
    }
  }

  /* The result, with the optional columns. */
  res->nCol = e.nVis + (c->zFilteredCol != NULL) + (c->zUserCountCol != NULL) +
              (c->zReasonCol != NULL);
  res->azCol = xcalloc((size_t)res->nCol + 1, sizeof(char *));
  for (j = 0; j < e.nVis; j++) res->azCol[j] = xstrdup(pOut->aCol[j].zName);
  j = e.nVis;
  if (c->zFilteredCol) res->azCol[j++] = xstrdup(c->zFilteredCol);
  if (c->zUserCountCol) res->azCol[j++] = xstrdup(c->zUserCountCol);
  if (c->zReasonCol) res->azCol[j++] = xstrdup(c->zReasonCol);
  for (i = 0; i < e.nRow; i++) res->nRow += !e.aRow[i].bDead;
  res->aCell = xcalloc((size_t)(res->nRow * res->nCol) + 1, sizeof(Cell));
  {
    int64_t o = 0;
    for (i = 0; i < e.nRow; i++) {
      Row *r = &e.aRow[i];
      Cell *out;
      if (r->bDead) continue;
      out = &res->aCell[o++ * res->nCol];
      for (j = 0; j < e.nVis; j++) {
        out[j] = r->aCell[j];
        r->aCell[j].z = NULL;
        if (e.bBool[j] && out[j].type == SQLITE_INTEGER) out[j].type = CELL_BOOL;
      }
      j = e.nVis;
      if (c->zFilteredCol) {
        out[j].type = CELL_BOOL;
        out[j++].i = r->bFlag;
      }
      if (c->zUserCountCol) {
        int n = c->bSandbox ? -1 : row_users(&e, r); /* no privacy mechanism ran */
        if (n < 0) {
          out[j++].type = SQLITE_NULL;
        } else {
          out[j].type = SQLITE_INTEGER;
          out[j++].i = n;
        }
      }
      if (c->zReasonCol) {
        /* A merged row keeps the reason of its first part: the counts
        ** that made its values go. */
        char *z = r->zReason;
        r->zReason = NULL;
        out[j].type = z ? SQLITE_TEXT : SQLITE_NULL;
        out[j++].z = z;
      }
    }
  }
  if (c->bExplain) {
    StrBuf *x = &res->explain;
    sb_puts(x, "-- users per row, by the numbers above (capped at the highest\n"
               "-- requirement; - where none contributed; a removed row shows no\n"
               "-- values):\n");
    for (i = 0; i < e.nRow; i++) {
      const Row *r = &e.aRow[i];
      sb_printf(x, "--   row %lld:", (long long)i + 1);
      for (j = 0; j < e.nPath; j++) {
        if (r->aCount[j] < 0) sb_printf(x, " #%d -", j + 1);
        else if (r->aCount[j] >= e.maxReq) sb_printf(x, " #%d >=%d", j + 1, e.maxReq);
        else sb_printf(x, " #%d %d", j + 1, r->aCount[j]);
      }
      if (!e.nPath) sb_puts(x, " no user data");
      if (r->bDead && !r->bFlag) sb_puts(x, " -> removed");
      else if (r->bDead) sb_puts(x, " -> merged");
      else if (r->bFlag) sb_puts(x, " -> values removed");
      else sb_puts(x, " -> kept");
      sb_putc(x, '\n');
    }
  }
  /* The last line of defence: no identifier of the fixture leaves, in any
  ** text cell of the result, whatever the checker and the thresholds let
  ** through. Never the value in the message. */
  if (pGuard) {
    sqlite3_set_authorizer(f.db, NULL, NULL);
    rc = guard_result(pGuard, res, e.nVis, pzErr);
    if (rc != 0) goto done;
    rc = 2;
  }
  if (c->bSandbox) {
    sb_printf(&res->summary, "sandbox mode: %lld row%s returned without aggregation "
              "controls; AMC runs this only in a sandbox instance, on synthetic data "
              "(disableAggregationControls with requireSyntheticData)",
              (long long)res->nRow, res->nRow == 1 ? "" : "s");
  } else {
    summary(res, &e, pOut);
  }
  rc = 0;
done:
  guard_close(pGuard);
  if (prevHeap >= 0) sqlite3_hard_heap_limit64(prevHeap);
  sqlite3_finalize(st);
  sqlite3_close(f.db);
  emitted_free(&em);
  enf_free(&e);
  return rc;
}

void run_result_free(RunResult *r) {
  int64_t i;
  int j;
  if (!r) return;
  for (i = 0; i < r->nRow * r->nCol; i++) free(r->aCell[i].z);
  free(r->aCell);
  for (j = 0; j < r->nCol; j++) free(r->azCol[j]);
  free(r->azCol);
  sb_free(&r->summary);
  sb_free(&r->explain);
  free(r->aSqlCount);
  free(r->zTimeWindow);
  memset(r, 0, sizeof *r);
}
