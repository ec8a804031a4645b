/*
 * test_pgnode.c: the direct path (pgnode.c) against libpg_query's JSON.
 * Every query of the test suite and the examples, after the dialect
 * rewrite, is parsed both ways; the two trees must be equal node for node
 * (kinds, keys in order, values), or both paths must give the same syntax
 * error, or both must find the tree too deep. A query the direct path does
 * not know (PGNODE_UNKNOWN) is counted; the corpus and the examples must
 * have none. Run from the repository root (tests/run.sh does).
 */
#include "pgnode_diff.h"
#include "test.h"

#include "dialect.h"
#include "json.h"
#include "lex.h"
#include "parse.h"
#include "pgnode.h"
#include "source.h"
#include "util.h"

#include <dirent.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A failure with its own message, reported as CHECK reports one. */
static void fail(const char *zWhat, const char *zWhy) {
  if (!test_nFail)
    printf("FAIL %s: ", test_zName);
  else
    printf("     ");
  printf("%s: %s\n", zWhat, zWhy);
  test_nFail++;
}

typedef struct Tally {
  int nSame, nUnknown, nError, nDeep, nFiles;
} Tally;

/* Both paths on zSql, after the dialect rewrite if bRewrite; a failure of
** the current test if they disagree. */
static void compare_paths(const char *zName, const char *zSql, int bRewrite,
                          Tally *pt, int bMustKnow) {
  Arena a = {0};
  Source s;
  TokenList all;
  Dialect dia;
  DiagList diags = {0};
  PgNodeResult rc;
  char aWhy[1024];
  size_t n = strlen(zSql);

  source_init(&s, &a, zName, zSql, n);
  lex_all(&a, zSql, n, &all);
  diags.pArena = &a;
  dialect_rewrite(&a, &s, &all, &dia, &diags);
  if (!bRewrite) dia.zOut = arena_strdup(&a, zSql);
  if (pgnode_compare(&a, dia.zOut, PARSE_MAX_JSON_DEPTH, &rc, aWhy,
                     sizeof aWhy)) {
    fail(zName, aWhy);
  } else if (rc == PGNODE_OK) {
    pt->nSame++;
  } else if (rc == PGNODE_ERROR) {
    pt->nError++;
  } else if (rc == PGNODE_TOO_DEEP) {
    pt->nDeep++;
  } else {
    pt->nUnknown++;
    if (bMustKnow) fail(zName, "the direct path does not know a node of it");
  }
  diag_list_free(&diags);
  arena_free(&a);
}

static void compare_dir(const char *zDir, Tally *pt, int bMustKnow) {
  DIR *d = opendir(zDir);
  struct dirent *e;
  if (!d) return;
  while ((e = readdir(d)) != NULL) {
    char aPath[1024];
    struct stat st;
    size_t len = strlen(e->d_name);
    if (e->d_name[0] == '.') continue;
    snprintf(aPath, sizeof aPath, "%s/%s", zDir, e->d_name);
    if (stat(aPath, &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      compare_dir(aPath, pt, bMustKnow);
    } else if (len > 4 && strcmp(e->d_name + len - 4, ".sql") == 0) {
      size_t n;
      char *z = NULL, *zErr = NULL;
      pt->nFiles++;
      /* Files with NUL bytes are cut at the first one, as libpg_query
      ** would see them; both paths get the same text. */
      if (util_read_file(aPath, (size_t)16 << 20, &z, &n, &zErr) == 0) {
        compare_paths(aPath, z, 1, pt, bMustKnow);
      }
      free(z);
      free(zErr);
    }
  }
  closedir(d);
}

/* Every node kind and enum value the direct path writes. */
static const char *const azQueries[] = {
    "SELECT DISTINCT a AS x, -1, 0, 1.5, -2.5e3, 'x', '', true, false, null, "
    "b'101', x'ff', x::int, CAST(y AS varchar(10)), z::int[], "
    "z::numeric(10,2)[3], z IN (1,2), z NOT IN (3), t.*, * "
    "FROM s.t AS t(a,b) JOIN u USING (k) AS j "
    "WHERE a BETWEEN 1 AND 2 AND NOT b OR c IS NULL OR c IS NOT NULL "
    "ORDER BY 1 DESC NULLS LAST, 2 ASC NULLS FIRST, 3 USING < LIMIT 5 OFFSET 2",
    "SELECT count(*) OVER (PARTITION BY a ORDER BY b ROWS BETWEEN 1 PRECEDING "
    "AND CURRENT ROW), sum(DISTINCT x) FILTER (WHERE y), "
    "CASE WHEN a THEN 1 ELSE 2 END, CASE a WHEN 1 THEN 2 END, "
    "EXISTS (SELECT 1), (SELECT 2), x IN (SELECT 3), x = ANY (SELECT 4), "
    "x > ALL (SELECT 5), ARRAY(SELECT 6), a[1], a[1:2], a[:3], ARRAY[1,2], "
    "ROW(1,2), (1,2), current_date, current_timestamp, current_timestamp(3), "
    "localtime, current_user, session_user, user, current_schema, "
    "current_catalog, current_role, localtimestamp(2), current_time(1), "
    "coalesce(a,b), greatest(a,b), least(a,b), nullif(a,b), $1, "
    "a COLLATE \"C\", x IS TRUE, x IS NOT FALSE, x IS UNKNOWN, "
    "x IS NOT UNKNOWN, x IS FALSE, x IS NOT TRUE, grouping(a, b), "
    "extract(year FROM d), f(VARIADIC x), percentile_cont(0.5) WITHIN GROUP "
    "(ORDER BY x), a IS DISTINCT FROM b, a IS NOT DISTINCT FROM b, "
    "a LIKE 'x%' ESCAPE '!', a NOT ILIKE 'y', a SIMILAR TO 'z', "
    "a BETWEEN SYMMETRIC 1 AND 2, a NOT BETWEEN SYMMETRIC 1 AND 2, "
    "a NOT BETWEEN 1 AND 2, a ~ 'b', -a, a || b, position('a' IN b), "
    "substring(a FROM 1 FOR 2), trim(both 'x' FROM a), overlay(a placing "
    "'b' FROM 1), interval '1 day', '2020-01-01'::date, "
    "count(*) OVER w, rank() OVER (w RANGE UNBOUNDED PRECEDING), "
    "sum(a) OVER (GROUPS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES) "
    "FROM generate_series(1,2) WITH ORDINALITY g(n, o), (SELECT 1) s, "
    "LATERAL (VALUES (1),(2)) v(c), t TABLESAMPLE bernoulli (5) REPEATABLE "
    "(1), ROWS FROM (f(1), g(2)) r "
    "WINDOW w AS (ORDER BY c)",
    "WITH a(x) AS MATERIALIZED (SELECT 1), b AS NOT MATERIALIZED (SELECT 2) "
    "SELECT 1 UNION ALL SELECT 2 GROUP BY ROLLUP(a), CUBE(b), "
    "GROUPING SETS ((a), ()), () "
    "INTERSECT SELECT 3 EXCEPT ALL SELECT 4",
    "SELECT a FROM t1 LEFT JOIN t2 ON true NATURAL JOIN t3 FULL JOIN t4 ON "
    "false RIGHT JOIN t5 ON t5.a = t4.a CROSS JOIN t6 GROUP BY DISTINCT a "
    "HAVING count(*) > 1",
    "WITH RECURSIVE r AS (SELECT 1) SELECT 1 FOR UPDATE",
    "SELECT 1 INTO t FROM x FOR SHARE OF x SKIP LOCKED",
    "SELECT 1 ORDER BY 1 FETCH FIRST 3 ROWS WITH TIES",
    "SELECT 1 FETCH FIRST 3 ROWS ONLY",
    "SELECT 1 FROM t FOR KEY SHARE NOWAIT",
    "SELECT 1 FROM t FOR NO KEY UPDATE OF t",
    "SELECT x = ANY (ARRAY[1]), x > ALL (ARRAY[2]), (a, b) = (SELECT 1, 2), "
    "(a, b) < (c, d), x IN (1, 2) IS NOT NULL, ROW(a, b) IS NULL, "
    "x::double precision, x::timestamp(3) with time zone, x::bit varying(3), "
    "x::interval day to second, x::interval minute, x::setof int",
    ("SELECT a FROM ONLY t1, t2 *, c.s.t3, LATERAL f(a) AS x(y), "
     "t4 AS t(a) JOIN t5 USING (a) ORDER BY a"),
    /* the JSON path: a column definition list, */
    "SELECT a FROM LATERAL f(a) AS x(y int)",
    "SELECT DISTINCT ON (a) a, b FROM t",
    "SELECT 1; SELECT 2",
    "SELECT -2147483648, 9999999999, +3, - -4, 0.0, '\\x', E'\\n'",
    "VALUES (1, DEFAULT)",
    /* another statement, XMLTABLE: */
    "INSERT INTO t VALUES (1)",
    "SELECT * FROM XMLTABLE('/a' PASSING x COLUMNS a int)",
    /* syntax errors */
    "SELECT FROM WHERE",
    "SELECT (1",
    "SELECT 'abc",
};

void test_pgnode_queries(void);
void test_pgnode_queries(void) {
  Tally t = {0};
  size_t i;
  char aName[32];
  if (!pgnode_available()) {
    /* A build without PostgreSQL's server headers: the direct path says
    ** it knows nothing, and parse.c always takes the JSON path. CI installs
    ** the headers and sets AMCQ_REQUIRE_PGNODE so that this is not missed. */
    CHECK(getenv("AMCQ_REQUIRE_PGNODE") == NULL);
    Arena a = {0};
    JNode *p = NULL;
    PgQueryError *pErr = NULL;
    CHECK(pgnode_parse(&a, "SELECT 1", 100, &p, &pErr) == PGNODE_UNKNOWN);
    CHECK(p == NULL && pErr == NULL);
    arena_free(&a);
    return;
  }
  for (i = 0; i < sizeof azQueries / sizeof azQueries[0]; i++) {
    snprintf(aName, sizeof aName, "query %zu", i + 1);
    compare_paths(aName, azQueries[i], 0, &t, 0);
  }
  /* Every kind of outcome was met. */
  CHECK(t.nSame >= 10);
  CHECK(t.nUnknown == 3);
  CHECK(t.nError == 3);
}

/* Depth limits agree: a tree too deep for one path is too deep for both. */
void test_pgnode_depth(void);
void test_pgnode_depth(void) {
  int depth, nOk = 0, nDeep = 0;
  if (!pgnode_available()) return;
  for (depth = 1; depth < 40; depth++) {
    Arena a = {0};
    PgNodeResult rc;
    char aWhy[1024];
    if (pgnode_compare(&a, "SELECT f(g(h(1 + a[2])))", depth, &rc, aWhy,
                       sizeof aWhy)) {
      char aName[32];
      snprintf(aName, sizeof aName, "depth %d", depth);
      fail(aName, aWhy);
    }
    CHECK(rc == PGNODE_OK || rc == PGNODE_TOO_DEEP);
    if (rc == PGNODE_OK)
      nOk++;
    else
      nDeep++;
    arena_free(&a);
  }
  CHECK(nOk > 0 && nDeep > 0); /* both sides of the limit were met */
}

void test_pgnode_files(void);
void test_pgnode_files(void) {
  Tally t = {0}, tMust = {0};
  if (!pgnode_available()) return;
  compare_dir("tests/corpus", &tMust, 1);
  compare_dir("examples", &tMust, 1);
  compare_dir("tests/adversarial", &t, 0);
  compare_dir("tests/cases", &t, 0);
  CHECK(tMust.nFiles > 100);
  CHECK(tMust.nSame + tMust.nError == tMust.nFiles);
  CHECK(tMust.nError <= 2); /* examples/ has a query with a typo */
  CHECK(t.nFiles > 300);
  CHECK(t.nDeep >= 2); /* tests/cases/input/ *_too_deep.sql */
  /* Almost everything takes the direct path; what does not is counted. */
  CHECK(t.nUnknown * 20 < t.nFiles);
}
