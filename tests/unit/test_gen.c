/*
 * test_gen.c: unit tests of amcq gen: every AMC table and column exists,
 * the same options give the same file, the distributions make thresholds
 * bite, and the events are consistent with each other.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"
#include "policy.h"
#include "test.h"
#include "util.h"

/* Generate into zPath; returns 0 on success. */
static int gen(const char *zPath, int nUsers, int nDays, uint64_t seed) {
  GenOptions o;
  GenStats st;
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  int rc;
  memset(&o, 0, sizeof o);
  o.nUsers = nUsers;
  o.nDays = nDays;
  o.zStart = GEN_DEFAULT_START;
  o.seed = seed;
  o.bForce = 1; /* the same paths, written again */
  rc = gen_write(zPath, &o, p, &st, &zErr);
  if (rc) printf("     gen_write: %s\n", zErr);
  free(zErr);
  policy_free(p);
  return rc;
}

/* The single integer a query returns, or -1. */
static long long q1(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *s;
  long long v = -1;
  if (sqlite3_prepare_v2(db, zSql, -1, &s, NULL) != SQLITE_OK) {
    printf("     SQL error: %s\n     in: %s\n", sqlite3_errmsg(db), zSql);
    return -1;
  }
  if (sqlite3_step(s) == SQLITE_ROW) v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

static int same_file(const char *a, const char *b) {
  char *za, *zb, *zErr;
  size_t na, nb;
  int r;
  if (util_read_file(a, (size_t)1 << 30, &za, &na, &zErr)) return 0;
  if (util_read_file(b, (size_t)1 << 30, &zb, &nb, &zErr)) {
    free(za);
    return 0;
  }
  r = na == nb && memcmp(za, zb, na) == 0;
  free(za);
  free(zb);
  return r;
}

void test_gen_schema(void) {
  const char *zPath = "/tmp/amcq-test-gen-schema.db";
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  sqlite3 *db;
  int i, k;
  CHECK(gen(zPath, 50, 3, 1) == 0);
  CHECK(sqlite3_open_v2(zPath, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  for (i = 0; i < p->nTable; i++) {
    const PTable *t = &p->aTable[i];
    char aSql[512];
    sqlite3_stmt *s;
    int n = 0, bOk = 1;
    snprintf(aSql, sizeof aSql, "SELECT name FROM pragma_table_info('%s')", t->zName);
    if (sqlite3_prepare_v2(db, aSql, -1, &s, NULL) != SQLITE_OK) {
      CHECK(0);
      continue;
    }
    while (sqlite3_step(s) == SQLITE_ROW) {
      const char *z = (const char *)sqlite3_column_text(s, 0);
      if (n < t->nCol && strcmp(z, t->aCol[n].zName) != 0) bOk = 0;
      n++;
    }
    sqlite3_finalize(s);
    if (!(bOk && (n == t->nCol || t->nCol == 0) && n > 0)) {
      printf("     table %s: %d columns, catalog has %d\n", t->zName, n, t->nCol);
    }
    CHECK(bOk && (n == t->nCol || t->nCol == 0) && n > 0);
    /* Every view evaluates every column. */
    snprintf(aSql, sizeof aSql, "SELECT count(*) FROM (SELECT * FROM \"%s\" LIMIT 50)",
             t->zName);
    CHECK(q1(db, aSql) >= 0);
  }
  for (k = 0; k < 1; k++) {
    /* The audience twin lacks the rows of deals, and only those. */
    CHECK(q1(db, "SELECT count(*) FROM dsp_impressions_for_audiences") ==
          q1(db, "SELECT count(*) FROM dsp_impressions WHERE deal_id IS NULL"));
    CHECK(q1(db, "SELECT count(*) FROM dsp_impressions WHERE deal_id IS NOT NULL") > 0);
    CHECK(q1(db, "SELECT count(*) FROM dsp_impressions_for_audiences WHERE deal_id IS NOT NULL") == 0);
    /* The new tables hold data of the same users. */
    CHECK(q1(db, "SELECT count(*) FROM dsp_impressions_by_user_segments") > 0);
    CHECK(q1(db, "SELECT count(*) FROM amazon_retail_purchases r WHERE r.user_id NOT IN "
                 "(SELECT user_id FROM dsp_impressions WHERE user_id IS NOT NULL)") == 0);
    CHECK(q1(db, "SELECT count(*) FROM audience_segments_amer_inmarket a JOIN segment_metadata m "
                 "ON m.segment_id = a.segment_id") ==
          q1(db, "SELECT count(*) FROM audience_segments_amer_inmarket"));
    CHECK(q1(db, "SELECT count(*) FROM amcq_meta WHERE key = 'key' AND length(value) = 64") == 1);
    CHECK(q1(db, "SELECT count(*) FROM dsp_impressions WHERE user_id IS NOT NULL AND "
                 "(length(user_id) <> 32 OR user_id GLOB '*[^0-9a-f]*')") == 0);
  }
  sqlite3_close(db);
  policy_free(p);
  unlink(zPath);
}

void test_gen_deterministic(void) {
  const char *a = "/tmp/amcq-test-gen-a.db", *b = "/tmp/amcq-test-gen-b.db";
  CHECK(gen(a, 200, 7, 42) == 0);
  CHECK(gen(b, 200, 7, 42) == 0);
  CHECK(same_file(a, b));
  CHECK(gen(b, 200, 7, 43) == 0);
  CHECK(!same_file(a, b));
  unlink(a);
  unlink(b);
}

void test_gen_distributions(void) {
  const char *zPath = "/tmp/amcq-test-gen-dist.db";
  sqlite3 *db;
  long long n, nImp, nNull;
  CHECK(gen(zPath, GEN_DEFAULT_USERS, GEN_DEFAULT_DAYS, GEN_DEFAULT_SEED) == 0);
  CHECK(sqlite3_open_v2(zPath, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  /* Postal codes on both sides of AMC's 100-user threshold. */
  n = q1(db, "SELECT count(*) FROM (SELECT postal_code FROM dsp_impressions WHERE "
             "user_id IS NOT NULL GROUP BY 1 HAVING count(DISTINCT user_id) >= 100)");
  CHECK(n >= 3);
  n = q1(db, "SELECT count(*) FROM (SELECT postal_code FROM dsp_impressions WHERE "
             "user_id IS NOT NULL GROUP BY 1 HAVING count(DISTINCT user_id) < 100)");
  CHECK(n >= 500);
  /* About 5% of impressions have no user. */
  nImp = q1(db, "SELECT count(*) FROM amcq_f_imp");
  nNull = q1(db, "SELECT count(*) FROM amcq_f_imp WHERE u IS NULL");
  CHECK(nNull * 100 >= nImp * 4 && nNull * 100 <= nImp * 6);
  /* 25 to 40 impressions per user on average, from 1 to hundreds. */
  CHECK(nImp - nNull >= 25LL * GEN_DEFAULT_USERS && nImp - nNull <= 40LL * GEN_DEFAULT_USERS);
  CHECK(q1(db, "SELECT min(n) FROM (SELECT count(*) n FROM amcq_f_imp WHERE u IS NOT "
               "NULL GROUP BY u)") <= 2);
  CHECK(q1(db, "SELECT max(n) FROM (SELECT count(*) n FROM amcq_f_imp WHERE u IS NOT "
               "NULL GROUP BY u)") >= 200);
  /* A few large campaigns and a long tail. */
  CHECK(q1(db, "SELECT max(n) * 1.0 / min(n) FROM (SELECT count(*) n FROM amcq_f_imp "
               "GROUP BY li / 1000, (SELECT campaign_id FROM amcq_d_li l WHERE l.li = "
               "amcq_f_imp.li))") >= 10);
  /* Search terms: many seen once. */
  CHECK(q1(db, "SELECT count(*) FROM (SELECT customer_search_term FROM "
               "sponsored_ads_traffic GROUP BY 1 HAVING count(*) = 1)") >= 100);
  sqlite3_close(db);
  unlink(zPath);
}

void test_gen_consistency(void) {
  const char *zPath = "/tmp/amcq-test-gen-cons.db";
  sqlite3 *db;
  CHECK(gen(zPath, 1500, 20, 5) == 0);
  CHECK(sqlite3_open_v2(zPath, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  CHECK(q1(db, "SELECT count(*) FROM dsp_clicks") > 0);
  /* Every click follows an impression of the same user and campaign. */
  CHECK(q1(db, "SELECT count(*) FROM dsp_clicks c WHERE NOT EXISTS (SELECT 1 FROM "
               "dsp_impressions i WHERE i.user_id IS c.user_id AND i.campaign_id = "
               "c.campaign_id AND i.impression_dt_utc = c.impression_dt_utc AND "
               "i.impression_dt_utc <= c.click_dt_utc)") == 0);
  /* Every conversion follows traffic of the same user. */
  CHECK(q1(db, "SELECT count(*) FROM conversions c WHERE NOT EXISTS (SELECT 1 FROM "
               "dsp_impressions i WHERE i.user_id = c.user_id AND i.impression_dt_utc "
               "<= c.event_dt_utc)") == 0);
  /* Attributed rows pair a traffic event with a later conversion of the
  ** same user within 14 days, and that conversion exists. */
  CHECK(q1(db, "SELECT count(*) FROM amazon_attributed_events_by_conversion_time") > 0);
  CHECK(q1(db, "SELECT count(*) FROM amazon_attributed_events_by_conversion_time WHERE "
               "traffic_event_dt_utc > conversion_event_dt_utc OR "
               "julianday(conversion_event_dt_utc) - julianday(traffic_event_dt_utc) > 14")
        == 0);
  CHECK(q1(db, "SELECT count(*) FROM amazon_attributed_events_by_conversion_time a "
               "WHERE NOT EXISTS (SELECT 1 FROM conversions c WHERE c.user_id = "
               "a.user_id AND c.event_dt_utc = a.conversion_event_dt_utc)") == 0);
  /* Times stay inside the span; local time is UTC-5. */
  CHECK(q1(db, "SELECT count(*) FROM dsp_impressions WHERE impression_dt_utc < "
               "'2025-06-01' OR impression_dt_utc >= '2025-06-21'") == 0);
  CHECK(q1(db, "SELECT count(*) FROM dsp_impressions WHERE (julianday(impression_dt_utc) "
               "- julianday(impression_dt)) * 24 NOT BETWEEN 4.999 AND 5.001") == 0);
  sqlite3_close(db);
  unlink(zPath);
}

void test_gen_atomic(void) {
  const char *zPath = "/tmp/amcq-no-such-dir/x/fixture.db";
  struct stat st;
  GenOptions o;
  GenStats gs;
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  memset(&o, 0, sizeof o);
  o.nUsers = 10;
  o.nDays = 1;
  o.zStart = GEN_DEFAULT_START;
  CHECK(gen_write(zPath, &o, p, &gs, &zErr) != 0);
  CHECK(zErr && strstr(zErr, "cannot create") != NULL);
  free(zErr);
  zErr = NULL;
  CHECK(stat(zPath, &st) != 0);
  /* Bad options: nothing written. */
  o.zStart = "2025-13-45";
  CHECK(gen_write("/tmp/amcq-test-bad.db", &o, p, &gs, &zErr) != 0);
  CHECK(zErr && strstr(zErr, "--start") != NULL);
  free(zErr);
  CHECK(stat("/tmp/amcq-test-bad.db", &st) != 0);
  policy_free(p);
}
