/*
 * test_sqlfunc.c: AMC's date and time functions on SQLite, against known
 * calendar facts.
 */
#include <sqlite3.h>
#include <stdlib.h>

#include "sqlfunc.h"
#include "test.h"

/* The text of the single value zSql returns ("NULL" for NULL). */
static char aOut[128];
static const char *q(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *s;
  snprintf(aOut, sizeof aOut, "ERROR");
  if (sqlite3_prepare_v2(db, zSql, -1, &s, NULL) != SQLITE_OK) return aOut;
  if (sqlite3_step(s) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(s, 0);
    snprintf(aOut, sizeof aOut, "%s", z ? z : "NULL");
  }
  sqlite3_finalize(s);
  return aOut;
}

void test_sqlfunc_time(void) {
  sqlite3 *db;
  int64_t t;
  char z[32];
  CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
  CHECK(sqlfunc_register(db) == SQLITE_OK);
  /* 2025-06-01 was a Sunday: AMC's DAYOFWEEK says 1. */
  CHECK_STR(q(db, "SELECT dayofweek('2025-06-01 10:00:00')"), "1");
  CHECK_STR(q(db, "SELECT dayofweek('2025-06-07')"), "7");
  CHECK_STR(q(db, "SELECT extract('dow', '2025-06-03 00:00:00')"), "3");
  CHECK_STR(q(db, "SELECT hour('2025-06-01 23:59:58')"), "23");
  CHECK_STR(q(db, "SELECT minute('2025-06-01 23:59:58')"), "59");
  CHECK_STR(q(db, "SELECT second('2025-06-01 23:59:58')"), "58");
  CHECK_STR(q(db, "SELECT dayofmonth('2024-02-29 12:00:00')"), "29");
  CHECK_STR(q(db, "SELECT month('2024-02-29'), year('2024-02-29')"), "2");
  /* ISO weeks: 2021-01-03 is in week 53 of 2020; 2025-06-01 in week 22. */
  CHECK_STR(q(db, "SELECT week('2021-01-03')"), "53");
  CHECK_STR(q(db, "SELECT week('2025-06-01 10:00:00')"), "22");
  CHECK_STR(q(db, "SELECT seconds_between('2025-06-01 00:00:00', '2025-06-02 00:00:01')"),
            "86401");
  CHECK_STR(q(db, "SELECT seconds_between('2025-06-02', '2025-06-01')"), "-86400");
  CHECK_STR(q(db, "SELECT date_trunc('HOUR', '2025-06-01 10:42:13')"), "2025-06-01 10:00:00");
  CHECK_STR(q(db, "SELECT date_trunc('week', '2025-06-01 10:42:13')"), "2025-05-26 00:00:00");
  CHECK_STR(q(db, "SELECT date_trunc('month', '2025-06-30 10:42:13')"), "2025-06-01 00:00:00");
  CHECK_STR(q(db, "SELECT date_trunc('quarter', '2025-08-30')"), "2025-07-01 00:00:00");
  CHECK_STR(q(db, "SELECT date_trunc('year', '2025-08-30')"), "2025-01-01 00:00:00");
  CHECK_STR(q(db, "SELECT date_trunc('fortnight', '2025-08-30')"), "ERROR");
  CHECK_STR(q(db, "SELECT epoch_to_utc_timestamp(1748772000)"), "2025-06-01 10:00:00");
  CHECK_STR(q(db, "SELECT epoch_to_utc_timestamp(1748772000000)"), "2025-06-01 10:00:00");
  CHECK_STR(q(db, "SELECT hour(NULL)"), "NULL");
  CHECK_STR(q(db, "SELECT hour('yesterday')"), "NULL");
  /* Conditional, string and hash functions. */
  CHECK_STR(q(db, "SELECT if(1 > 0, 'yes', 'no') || if(NULL, 'yes', 'no')"), "yesno");
  CHECK_STR(q(db, "SELECT nvl(NULL, 'b') || nvl2(NULL, 'x', 'y') || nvl2(1, 'x', 'y')"), "byx");
  CHECK_STR(q(db, "SELECT contained_in(3, 1, 2, 3) || contained_in('b', 'a', 'c')"), "10");
  CHECK_STR(q(db, "SELECT contained_in(NULL, 1, 2)"), "NULL");
  CHECK_STR(q(db, "SELECT concat('a', 'b', 'c')"), "abc");
  CHECK_STR(q(db, "SELECT concat('a', NULL)"), "NULL");
  CHECK_STR(q(db, "SELECT \"left\"('Café Brand', 4) || '|' || \"right\"('München', 3)"), "Café|hen");
  CHECK_STR(q(db, "SELECT \"left\"('ab', 9) || \"right\"('ab', -1)"), "ab");
  CHECK_STR(q(db, "SELECT strpos('Café_Brand', '_')"), "5");
  CHECK_STR(q(db, "SELECT position('_', 'Café_Brand') || locate('a', 'banana', 3)"), "54");
  CHECK_STR(q(db, "SELECT charindex('z', 'banana')"), "0");
  CHECK_STR(q(db, "SELECT hash64('abc') = hash64('abc'), hash64('abc') = hash64('abd')"), "1");
  CHECK_STR(q(db, "SELECT hash64(NULL)"), "NULL");
  /* Statistics over 1..10 (and a NULL, ignored). */
  CHECK(sqlite3_exec(db, "CREATE TABLE v(x); INSERT INTO v VALUES (1),(2),(3),(4),(5),"
                         "(6),(7),(8),(9),(10),(NULL)", NULL, NULL, NULL) == SQLITE_OK);
  CHECK_STR(q(db, "SELECT median(x) FROM v"), "5.5");
  CHECK_STR(q(db, "SELECT percentile(x, 0.9) FROM v"), "9.1");
  CHECK_STR(q(db, "SELECT approx_percentile(x, 0.9) FROM v"), "9.0");
  CHECK_STR(q(db, "SELECT round(variance(x), 6) FROM v"), "9.166667");
  CHECK_STR(q(db, "SELECT var_pop(x) FROM v"), "8.25");
  CHECK_STR(q(db, "SELECT round(stddev(x), 6), round(stddev_pop(x), 6) FROM v"), "3.02765");
  CHECK_STR(q(db, "SELECT round(skewness(x), 9) FROM v"), "0.0");
  CHECK_STR(q(db, "SELECT round(skewness(x), 4) FROM (SELECT 1 x UNION ALL SELECT 1 "
                  "UNION ALL SELECT 10)"), "0.7071");
  CHECK_STR(q(db, "SELECT percentile(x, 1.5) FROM v"), "ERROR");
  CHECK_STR(q(db, "SELECT median(x) FROM v WHERE 0"), "NULL");
  CHECK_STR(q(db, "SELECT collect(y) FROM (SELECT 'a\"b' y UNION ALL SELECT NULL UNION "
                  "ALL SELECT 3)"), "[\"a\\\"b\",null,3]");
  CHECK_STR(q(db, "SELECT collect(x) FROM v WHERE 0"), "[]");
  CHECK(sqlfunc_parse_time("1969-12-31 23:59:59", &t) == 0 && t == -1);
  sqlfunc_format_time(-1, z);
  CHECK_STR(z, "1969-12-31 23:59:59");
  CHECK(sqlfunc_parse_time("2025-06-01T10:00:00.123Z", &t) == 0 && t == 1748772000);
  CHECK(sqlfunc_parse_time("2025-06-01 10:00", &t) != 0);
  sqlite3_close(db);
}

/* Sketch aggregates on a real fixture, against COUNT(DISTINCT user_id): the
** oracle DESIGN.md names. */
void test_sqlfunc_sketch(void) {
  sqlite3 *db;
  static const uint64_t key = 0x1234567;
  sqlite3_stmt *s;
  int nRows = 0, nBad = 0;
  CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
  CHECK(sqlfunc_register_sketches(db, &key) == SQLITE_OK);
  CHECK(sqlite3_exec(db,
                     "CREATE TABLE t(g INTEGER, u TEXT);"
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                     "WHERE i < 20000) INSERT INTO t SELECT i % 37, CASE WHEN i % 11 = "
                     "0 THEN NULL ELSE 'user' || (i * 7 % (1 + i % 37 * 9)) END FROM n;",
                     NULL, NULL, NULL) == SQLITE_OK);
  /* Per group: the sketch count is the distinct count when below 100, and
  ** 100 when the group has 100 users or more. Sketches of sub-groups,
  ** unioned, give the same. */
  CHECK(sqlite3_prepare_v2(db,
                           "SELECT g, count(DISTINCT u), amcq_sketch_count(amcq_sketch("
                           "amcq_uhash(u), 100)), (SELECT amcq_sketch_count("
                           "amcq_sketch_union(sk, 100)) FROM (SELECT amcq_sketch("
                           "amcq_uhash(u2.u), 100) AS sk FROM t u2 WHERE u2.g = t.g GROUP "
                           "BY u2.rowid % 5)) FROM t GROUP BY g",
                           -1, &s, NULL) == SQLITE_OK);
  while (sqlite3_step(s) == SQLITE_ROW) {
    int nDistinct = sqlite3_column_int(s, 1), nSketch = sqlite3_column_int(s, 2);
    int nUnion = sqlite3_column_int(s, 3);
    int nWant = nDistinct < 100 ? nDistinct : 100;
    if (nSketch != nWant || nUnion != nWant) nBad++;
    nRows++;
  }
  sqlite3_finalize(s);
  CHECK(nRows == 37 && nBad == 0);
  /* Window frames: the users of every frame, sliding or growing, equal a
  ** brute-force distinct count over the same rows (capped at k = 10). */
  {
    static const char *const azFrame[] = {
        "ROWS BETWEEN 30 PRECEDING AND CURRENT ROW",
        "ROWS BETWEEN 5 PRECEDING AND 5 FOLLOWING",
        "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"};
    static const char *const azLo[] = {"w.rowid - 30", "w.rowid - 5", "0"};
    static const char *const azHi[] = {"w.rowid", "w.rowid + 5", "w.rowid"};
    size_t f;
    CHECK(sqlite3_exec(db, "CREATE TABLE w(u TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                           "ALL SELECT i + 1 FROM n WHERE i < 600) INSERT INTO w SELECT CASE "
                           "WHEN i % 13 = 0 THEN NULL ELSE 'u' || (i * 31 % 47) END FROM n",
                       NULL, NULL, NULL) == SQLITE_OK);
    for (f = 0; f < sizeof azFrame / sizeof azFrame[0]; f++) {
      char *zSql = sqlite3_mprintf(
          "SELECT count(*) FROM (SELECT amcq_sketch_count(amcq_sketch_window(amcq_uhash(u), "
          "10) OVER (ORDER BY rowid %s)) AS a, (SELECT min(10, count(DISTINCT x.u)) FROM w x "
          "WHERE x.rowid BETWEEN %s AND %s) AS b FROM w) WHERE a IS NOT b",
          azFrame[f], azLo[f], azHi[f]);
      CHECK_STR(q(db, zSql), "0");
      sqlite3_free(zSql);
    }
  }
  CHECK_STR(q(db, "SELECT amcq_sketch_count(amcq_sketch(amcq_uhash(NULL)))"), "0");
  CHECK_STR(q(db, "SELECT amcq_sketch_count(x'00')"), "ERROR");
  sqlite3_close(db);
}
