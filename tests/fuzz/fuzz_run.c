/*
 * fuzz_run.c: libFuzzer harness for amcq run: every query the checker
 * accepts is emitted and executed on a small fixture with the filtered,
 * user-count and reason columns, under tight limits.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "amcq.h"
#include "gen.h"
#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char aDb[64];
static amcq_policy *pPol;

static void setup(void) {
  GenOptions o;
  GenStats st;
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  snprintf(aDb, sizeof aDb, "/tmp/amcq-fuzz-run-%d.db", (int)getpid());
  memset(&o, 0, sizeof o);
  o.nUsers = 40;
  o.nDays = 2;
  o.zStart = "2025-06-01";
  o.seed = 3;
  if (gen_write(aDb, &o, p, &st, &zErr) != 0) {
    fprintf(stderr, "fuzz_run: %s\n", zErr ? zErr : "gen failed");
    _exit(1);
  }
  policy_free(p);
  pPol = amcq_policy_builtin();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  amcq_query *q;
  amcq_result *r = NULL;
  amcq_run_options o;
  char *zErr = NULL;
  if (!pPol) setup();
  q = amcq_query_check((const char *)data, size, "fuzz.sql", pPol);
  memset(&o, 0, sizeof o);
  o.db = aDb;
  o.filtered_column = "filtered";
  o.user_count_column = "users";
  o.reason_column = "reason";
  o.timeout_seconds = 1;
  o.max_memory = (long long)64 << 20;
  o.max_rows = 2000;
  if (amcq_query_error_count(q) == 0 && amcq_query_run(q, &o, &r, &zErr) == 0) {
    char *z = amcq_result_render(r, AMCQ_RESULT_JSON);
    amcq_free(z);
    amcq_result_free(r);
  }
  amcq_free(zErr);
  amcq_query_free(q);
  return 0;
}
