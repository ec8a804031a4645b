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
#include <xxhash.h>

#include "amcq.h"
#include "gen.h"
#include "load.h"
#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char aDb[64], aCsv[64], aSchema[64];
static unsigned long sumDb; /* the fixture's checksum after the last successful load */

static void cleanup(void) {
  remove(aDb);
  remove(aCsv);
  remove(aSchema);
}

/* XXH3 from the shared library: a loop here would be instrumented for
 * coverage and cost more than the load itself */
static unsigned long file_sum(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  XXH3_state_t *pState = XXH3_createState();
  unsigned char buf[65536];
  size_t n;
  unsigned long h = 1;
  if (f && pState && XXH3_64bits_reset(pState) == XXH_OK) {
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) XXH3_64bits_update(pState, buf, n);
    h = (unsigned long)XXH3_64bits_digest(pState) | 1ul; /* never 0: 0 means "not summed" */
  }
  if (f) fclose(f);
  XXH3_freeState(pState);
  return h;
}

static void setup(void) {
  GenOptions o;
  GenStats st;
  char *zErr = NULL;
  Policy *p = policy_builtin(&zErr);
  FILE *f;
  int pid = (int)getpid();
  /* tmpfs where there is one: every load commits, and a commit on disk waits
   * for fsync, which would make this harness a disk benchmark */
  const char *zDir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(aDb, sizeof aDb, "%s/amcq-fuzz-csv-%d.db", zDir, pid);
  snprintf(aCsv, sizeof aCsv, "%s/amcq-fuzz-csv-%d.csv", zDir, pid);
  snprintf(aSchema, sizeof aSchema, "%s/amcq-fuzz-csv-%d.json", zDir, pid);
  atexit(cleanup);
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
  if (!sumDb) sumDb = file_sum(aDb);
  before = sumDb;
  memset(&o, 0, sizeof o);
  o.zDb = aDb;
  o.zTable = "fp";
  o.zSchema = aSchema;
  o.zInput = aCsv;
  if (load_table(&o, &st, &zErr) == 0) {
    sumDb = 0; /* a load that succeeds replaces the table: sum it again */
  } else if (file_sum(aDb) != before) {
    fprintf(stderr, "fuzz_csv: a failed load changed the fixture: %s\n", zErr);
    abort();
  }
  free(zErr);
  return 0;
}
