/*
 * fuzz_check.c: libFuzzer harness for the front end and the checker:
 * arbitrary bytes through the dialect rewrite, parse, bind and every rule,
 * then rendered as text and JSON and dumped as IR. `make fuzz` runs it.
 */
#include <stddef.h>
#include <stdint.h>

#include "amcq.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static amcq_policy *p;
  amcq_query *q;
  char *z;
  if (!p) p = amcq_policy_builtin();
  q = amcq_query_check((const char *)data, size, "fuzz.sql", p);
  z = amcq_query_render(q, AMCQ_FORMAT_TEXT, 1);
  amcq_free(z);
  z = amcq_query_render(q, AMCQ_FORMAT_JSON, 0);
  amcq_free(z);
  z = amcq_query_dump_ir(q, 1);
  amcq_free(z);
  amcq_query_free(q);
  return 0;
}
