/*
 * cli/cmd_load.c: amcq load. A first-party table from CSV or JSON Lines
 * into a fixture, all rows or none.
 */
#include <stdlib.h>
#include <string.h>

#include "../load.h"
#include "amcq.h"
#include "cli.h"

static void load_usage(void) {
  fputs("usage: amcq load --db FILE --table NAME --schema SCHEMA.json "
        "[--already-pseudonymized]\n"
        "                 FILE.csv|FILE.jsonl\n",
        stderr);
}

int cmd_load(int argc, char **argv) {
  LoadOptions o;
  LoadStats st;
  char *zErr = NULL;
  int i;
  memset(&o, 0, sizeof o);
  for (i = 1; i < argc; i++) {
    int bMissing = 0;
    const char *v;
    if ((v = cli_opt(argc, argv, &i, "--db", &bMissing)) != NULL) {
      o.zDb = v;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--table", &bMissing)) != NULL) {
      o.zTable = v;
    } else if (!bMissing && (v = cli_opt(argc, argv, &i, "--schema", &bMissing)) != NULL) {
      o.zSchema = v;
    } else if (bMissing) {
      cli_error("load: option '%s' needs a value", argv[i]);
      return EXIT_TROUBLE;
    } else if (strcmp(argv[i], "--already-pseudonymized") == 0) {
      o.bAlreadyPseudonymized = 1;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      load_usage();
      return EXIT_CLEAN;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      cli_error("load: unknown option '%s'", argv[i]);
      load_usage();
      return EXIT_TROUBLE;
    } else if (o.zInput) {
      cli_error("load: one input file at a time");
      return EXIT_TROUBLE;
    } else {
      o.zInput = argv[i];
    }
  }
  if (!o.zDb || !o.zTable || !o.zSchema || !o.zInput) {
    cli_error("load: --db, --table, --schema and an input file are required");
    load_usage();
    return EXIT_TROUBLE;
  }
  if (load_table(&o, &st, &zErr) != 0) {
    cli_error("load: %s", zErr);
    free(zErr);
    return EXIT_TROUBLE;
  }
  fprintf(stderr, "%s: table %s: %lld rows, %d columns%s\n", o.zDb, o.zTable,
          st.nRows, st.nCol,
          st.nPseudonymized ? " (identifier columns pseudonymized)" : "");
  return EXIT_CLEAN;
}
