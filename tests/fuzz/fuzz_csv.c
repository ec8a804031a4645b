/*
 * fuzz_csv.c: libFuzzer harness for amcq load: arbitrary bytes as a CSV
 * file loaded into a small fixture with a fixed schema. A failed load must
 * leave the fixture as it was; the harness checks that too.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "amcq.h"
#include "gen.h"
#include "load.h"
#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char aDb[64], aCsv[64], aSchema[64];

static unsigned long file_sum(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  unsigned long h = 5381;
  unsigned char buf[65536];
  size_t n, i;
  if (!f) return 0;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    for (i = 0; i < n; i++) h = (h ^ buf[i]) * 1099511628211ul; /* FNV-1a, every byte */
  }
  fclose(f);
  return h;
}

static void setup(void) {
  GenOptions o;
  GenStats st;
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  FILE *f;
  int pid = (int)getpid();
  snprintf(aDb, sizeof aDb, "/tmp/amcq-fuzz-csv-%d.db", pid);
  snprintf(aCsv, sizeof aCsv, "/tmp/amcq-fuzz-csv-%d.csv", pid);
  snprintf(aSchema, sizeof aSchema, "/tmp/amcq-fuzz-csv-%d.json", pid);
  memset(&o, 0, sizeof o);
  o.nUsers = 10;
  o.nDays = 1;
  o.zStart = "2025-06-01";
  o.seed = 3;
  if (gen_write(aDb, &o, p, &st, &zErr) != 0) _exit(1);
  policy_free(p);
  f = fopen(aSchema, "w");
  if (!f) _exit(1);
  fputs("{\"user_column\": \"user_id\", \"columns\": ["
        "{\"name\": \"user_id\", \"type\": \"STRING\", \"class\": \"VERY_HIGH\"},"
        "{\"name\": \"tier\", \"type\": \"STRING\", \"class\": \"LOW\"},"
        "{\"name\": \"spend\", \"type\": \"DOUBLE\", \"class\": \"NONE\"},"
        "{\"name\": \"n\", \"type\": \"LONG\", \"class\": \"NONE\"},"
        "{\"name\": \"day\", \"type\": \"DATE\", \"class\": \"LOW\"}]}",
        f);
  fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  LoadOptions o;
  LoadStats st;
  char *zErr = NULL;
  FILE *f;
  unsigned long before;
  if (!aDb[0]) setup();
  f = fopen(aCsv, "wb");
  if (!f) return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  before = file_sum(aDb);
  memset(&o, 0, sizeof o);
  o.zDb = aDb;
  o.zTable = "fp";
  o.zSchema = aSchema;
  o.zInput = aCsv;
  if (load_table(&o, &st, &zErr) != 0 && file_sum(aDb) != before) {
    fprintf(stderr, "fuzz_csv: a failed load changed the fixture: %s\n", zErr);
    abort();
  }
  free(zErr);
  return 0;
}
