/*
 * test_run.c: amcq run through the public API (include/amcq.h): a query
 * on a small generated fixture, its rows, names, values, summary and
 * rendering; a rejected query; a missing fixture.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "amcq.h"
#include "exec.h"
#include "gen.h"
#include "policy.h"
#include "test.h"
#include "util.h"

void test_run_api(void) {
  char aPath[64], *zErr = NULL, *z;
  GenOptions o;
  GenStats st;
  Policy *p = policy_builtin(&zErr);
  amcq_policy *pol = amcq_policy_builtin();
  amcq_query *q;
  amcq_result *r = NULL;
  amcq_run_options ro;
  size_t i;
  int rc, bFound = 0;
  static const char zSql[] =
      "SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions "
      "GROUP BY campaign";
  snprintf(aPath, sizeof aPath, "/tmp/amcq-test-run-%d.db", (int)getpid());
  memset(&o, 0, sizeof o);
  o.nUsers = 300;
  o.nDays = 3;
  o.zStart = "2025-06-01";
  o.seed = 9;
  CHECK(gen_write(aPath, &o, p, &st, &zErr) == 0);
  policy_free(p);

  q = amcq_query_check(zSql, strlen(zSql), "q.sql", pol);
  CHECK(amcq_query_error_count(q) == 0);
  memset(&ro, 0, sizeof ro);
  ro.db = aPath;
  ro.user_count_column = "users";
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 0 && r != NULL);
  if (r) {
    CHECK(amcq_result_columns(r) == 3);
    CHECK_STR(amcq_result_column_name(r, 0), "campaign");
    CHECK_STR(amcq_result_column_name(r, 2), "users");
    CHECK(amcq_result_rows(r) > 0);
    for (i = 0; i < amcq_result_rows(r); i++) {
      /* Every row kept has at least 2 users (campaign is LOW), and the
      ** user count column says so, capped at 2. */
      const char *zReach = amcq_result_value(r, i, 1);
      CHECK(zReach && atoi(zReach) >= 2);
      CHECK_STR(amcq_result_value(r, i, 2), "2");
      bFound = 1;
    }
    CHECK(bFound);
    CHECK(amcq_result_value(r, amcq_result_rows(r), 0) == NULL);
    CHECK(strstr(amcq_result_summary(r), "returned") != NULL);
    CHECK_STR(amcq_result_explain(r), "");
    z = amcq_result_render(r, AMCQ_RESULT_CSV);
    CHECK(strncmp(z, "campaign,reach,users\r\n", 22) == 0);
    amcq_free(z);
    amcq_result_free(r);
  }
  amcq_query_free(q);

  /* AMC would reject it: status 1, no result. */
  q = amcq_query_check("SELECT user_id, COUNT(*) FROM dsp_impressions GROUP BY 1", 56,
                       "leak.sql", pol);
  r = NULL;
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 1 && r == NULL && zErr != NULL);
  amcq_free(zErr);
  zErr = NULL;
  amcq_query_free(q);

  /* A missing fixture: status 2 and a message naming it. */
  q = amcq_query_check(zSql, strlen(zSql), "q.sql", pol);
  ro.db = "/tmp/amcq-no-such-fixture.db";
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 2 && zErr && strstr(zErr, "amcq-no-such-fixture.db"));
  amcq_free(zErr);
  amcq_query_free(q);
  amcq_policy_free(pol);
  unlink(aPath);
}

/* The identifier guard (guard.h), the last line of defence, proved on a
** result the checker would never let through: rows holding a real user_id
** of the fixture, whole, in upper case and glued into a word, are refused
** with the column's name and never the value; other text passes. And a
** query that makes SQLite fail is said in amcq's words. */
static void cell_text(Cell *c, const char *z) {
  memset(c, 0, sizeof *c);
  c->type = SQLITE_TEXT;
  c->z = xstrdup(z);
}

void test_guard(void) {
  char aPath[64], *zErr = NULL, aId[80];
  GenOptions o;
  GenStats st;
  Policy *p = policy_builtin(&zErr);
  RunResult r;
  sqlite3 *db;
  sqlite3_stmt *s;
  int rc, k;
  const char *azCase[3];
  char aUpper[80], aGlued[120];
  snprintf(aPath, sizeof aPath, "/tmp/amcq-test-guard-%d.db", (int)getpid());
  memset(&o, 0, sizeof o);
  o.nUsers = 200;
  o.nDays = 3;
  o.zStart = "2025-06-01";
  o.seed = 4;
  CHECK(gen_write(aPath, &o, p, &st, &zErr) == 0);
  aId[0] = 0;
  CHECK(sqlite3_open_v2(aPath, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  if (sqlite3_prepare_v2(db, "SELECT user_id FROM dsp_impressions WHERE user_id IS NOT NULL "
                             "LIMIT 1", -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    snprintf(aId, sizeof aId, "%s", (const char *)sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  CHECK(strlen(aId) == 32);
  for (k = 0; aId[k]; k++) aUpper[k] = (char)(aId[k] >= 'a' && aId[k] <= 'z' ? aId[k] - 32 : aId[k]);
  aUpper[k] = 0;
  snprintf(aGlued, sizeof aGlued, "user=%sX, n=3", aUpper);
  azCase[0] = aId;
  azCase[1] = aUpper;
  azCase[2] = aGlued;
  for (k = 0; k < 3; k++) {
    memset(&r, 0, sizeof r);
    r.nCol = 2;
    r.nRow = 2;
    r.azCol = xcalloc(3, sizeof(char *));
    r.azCol[0] = xstrdup("campaign");
    r.azCol[1] = xstrdup("who");
    r.aCell = xcalloc(5, sizeof(Cell));
    cell_text(&r.aCell[0], "BRAND_A Prime Day Awareness 2025");
    cell_text(&r.aCell[1], "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"); /* hex, not the fixture's */
    cell_text(&r.aCell[2], "BRAND_B Always-On Retargeting 2025");
    cell_text(&r.aCell[3], azCase[k]);
    rc = exec_guard_check(aPath, p, &r, 2, &zErr);
    CHECK(rc == 1);
    CHECK(zErr && strstr(zErr, "\"who\"") && !strstr(zErr, aId) && !strstr(zErr, aUpper));
    free(zErr);
    zErr = NULL;
    /* without the identifier the same rows pass */
    free(r.aCell[3].z);
    r.aCell[3].z = xstrdup("Tailspin Toys 2026");
    rc = exec_guard_check(aPath, p, &r, 2, &zErr);
    CHECK(rc == 0 && zErr == NULL);
    run_result_free(&r);
  }
  policy_free(p);
  unlink(aPath);
}

/* Sandbox mode and the identifier guard, both ways, on the real run path:
** a campaign renamed to one of the fixture's user ids passes the checker
** and the thresholds (campaign is LOW), so only the guard stands between
** it and the output. Outside sandbox mode the guard refuses the result
** (naming the column, never the value); in sandbox mode, on a fixture of
** synthetic data, the same rows come back with the id, as an AMC sandbox
** instance shows them. A query checked one way and run the other is
** refused, and so is sandbox mode on a fixture with a first-party table. */
void test_sandbox_guard(void) {
  char aPath[64], *zErr = NULL, aId[80], *zSql;
  GenOptions o;
  GenStats st;
  Policy *p = policy_builtin(&zErr);
  amcq_policy *pol = amcq_policy_builtin();
  amcq_check_options co;
  amcq_query *q;
  amcq_result *r = NULL;
  amcq_run_options ro;
  sqlite3 *db;
  sqlite3_stmt *s;
  size_t i;
  int rc, bSeen = 0;
  static const char zQuery[] =
      "SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions "
      "GROUP BY campaign";
  snprintf(aPath, sizeof aPath, "/tmp/amcq-test-sandbox-%d.db", (int)getpid());
  memset(&o, 0, sizeof o);
  o.nUsers = 300;
  o.nDays = 3;
  o.zStart = "2025-06-01";
  o.seed = 5;
  CHECK(gen_write(aPath, &o, p, &st, &zErr) == 0);
  policy_free(p);
  aId[0] = 0;
  CHECK(sqlite3_open(aPath, &db) == SQLITE_OK);
  if (sqlite3_prepare_v2(db, "SELECT user_id FROM amcq_d_user WHERE user_id IS NOT NULL LIMIT 1",
                         -1, &s, NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    snprintf(aId, sizeof aId, "%s", (const char *)sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  CHECK(strlen(aId) == 32);
  zSql = util_mprintf("UPDATE amcq_d_li SET campaign = '%s' WHERE campaign = (SELECT campaign "
                      "FROM amcq_d_li ORDER BY li LIMIT 1)",
                      aId);
  CHECK(sqlite3_exec(db, zSql, NULL, NULL, NULL) == SQLITE_OK && sqlite3_changes(db) > 0);
  free(zSql);
  sqlite3_close(db);

  memset(&ro, 0, sizeof ro);
  ro.db = aPath;
  /* Guard on: refused, the column named, the id nowhere. */
  q = amcq_query_check(zQuery, strlen(zQuery), "q.sql", pol);
  CHECK(amcq_query_error_count(q) == 0);
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc != 0 && r == NULL && zErr && strstr(zErr, "campaign") && !strstr(zErr, aId));
  amcq_free(zErr);
  zErr = NULL;
  /* Checked normally, run in sandbox mode: refused. */
  ro.sandbox = 1;
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 2 && r == NULL && zErr && strstr(zErr, "sandbox"));
  amcq_free(zErr);
  zErr = NULL;
  amcq_query_free(q);

  /* Sandbox mode: the rows, the id among them, and a summary that says
  ** AMC would run this only in a sandbox. */
  memset(&co, 0, sizeof co);
  co.sandbox = 1;
  q = amcq_query_check_with(zQuery, strlen(zQuery), "q.sql", pol, &co);
  CHECK(amcq_query_error_count(q) == 0);
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 0 && r != NULL);
  for (i = 0; r && i < amcq_result_rows(r); i++) {
    const char *z = amcq_result_value(r, i, 0);
    if (z && strcmp(z, aId) == 0) bSeen = 1;
  }
  CHECK(bSeen);
  CHECK(r && strstr(amcq_result_summary(r), "only in a sandbox"));
  amcq_result_free(r);
  r = NULL;
  /* Checked in sandbox mode, run normally: refused. */
  ro.sandbox = 0;
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 2 && r == NULL && zErr && strstr(zErr, "sandbox"));
  amcq_free(zErr);
  zErr = NULL;
  amcq_query_free(q);

  /* A row-level query: an error normally, a note in sandbox mode. */
  q = amcq_query_check("SELECT user_id FROM dsp_impressions", 35, "rows.sql", pol);
  CHECK(amcq_query_error_count(q) > 0);
  amcq_query_free(q);
  q = amcq_query_check_with("SELECT user_id FROM dsp_impressions", 35, "rows.sql", pol, &co);
  CHECK(amcq_query_error_count(q) == 0 && amcq_query_diagnostic_count(q) > 0);
  amcq_query_free(q);

  /* A first-party table makes the fixture more than synthetic data. */
  CHECK(sqlite3_open(aPath, &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "INSERT INTO amcq_tables VALUES('crm', 'first_party', '{}')", NULL,
                     NULL, NULL) == SQLITE_OK);
  sqlite3_close(db);
  q = amcq_query_check_with(zQuery, strlen(zQuery), "q.sql", pol, &co);
  ro.sandbox = 1;
  rc = amcq_query_run(q, &ro, &r, &zErr);
  CHECK(rc == 2 && r == NULL && zErr && strstr(zErr, "first-party"));
  amcq_free(zErr);
  amcq_query_free(q);
  amcq_policy_free(pol);
  unlink(aPath);
}
