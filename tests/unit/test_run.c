/*
 * test_run.c: amcq run through the public API (include/amcq.h): a query
 * on a small generated fixture, its rows, names, values, summary and
 * rendering; a rejected query; a missing fixture.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "amcq.h"
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
