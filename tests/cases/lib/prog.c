/*
 * prog.c: a program of libamcq's own, built by install.sh against the
 * installed tree, once with libamcq.so and once with libamcq.a. It checks
 * two queries and prints their diagnostics.
 */
#include <amcq.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libamcq has a json_parse of its own. The program's must neither clash
** with it (libamcq.a) nor replace it inside the library (libamcq.so): the
** library never calls this one. */
int json_parse(const char *z);
int json_parse(const char *z) {
  (void)z;
  abort();
}

static void check(const amcq_policy *p, const char *zPath, const char *zSql) {
  amcq_query *q = amcq_query_check(zSql, strlen(zSql), zPath, p);
  size_t i, n = amcq_query_diagnostic_count(q);
  printf("%s: %zu diagnostics, %d errors\n", zPath, n,
         amcq_query_error_count(q));
  for (i = 0; i < n; i++) {
    amcq_diagnostic d;
    if (amcq_query_diagnostic(q, i, &d) == 0) {
      printf("  %d:%d %s\n", d.line, d.column, d.code);
    }
  }
  amcq_query_free(q);
}

int main(void) {
  amcq_policy *p = amcq_policy_builtin();
  printf("amcq_version() is AMCQ_VERSION: %s\n",
         strcmp(amcq_version(), AMCQ_VERSION) == 0 ? "yes" : "no");
  check(p, "reach.sql",
        "SELECT campaign, COUNT(DISTINCT user_id) AS reach\n"
        "FROM dsp_impressions\nGROUP BY campaign");
  check(p, "users.sql",
        "SELECT user_id, COUNT(*) AS n\nFROM dsp_impressions\n"
        "GROUP BY user_id");
  amcq_policy_free(p);
  amcq_thread_cleanup();
  return 0;
}
