/*
 * cli/cmd_load.c: amcq load. A first-party table from CSV or JSON Lines
 * into a fixture, all rows or none.
 */
#include <stdlib.h>
#include <string.h>

#include "../load.h"
#include "amcq.h"
#include "cli.h"

enum { O_DB, O_TABLE, O_SCHEMA, O_PSEUDO };

static const CliOpt aLoadOpt[] = {
    {O_DB, "db", 0, "FIXTURE", "the fixture to load into, made by amcq gen (required)", 0},
    {O_TABLE, "table", 0, "NAME",
     "the table to create, or to replace if it was loaded before (required)", 0},
    {O_SCHEMA, "schema", 0, "SCHEMA.json",
     "the table's columns, classes, user_column and event_time, as a policy table (required)",
     0},
    {O_PSEUDO, "already-pseudonymized", 0, NULL,
     "keep VERY_HIGH and INTERNAL values as they are (identifiers copied out of a fixture)", 0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_load_cmd = {
    "load", "--db FIXTURE --table NAME --schema SCHEMA.json [options] FILE.csv|FILE.jsonl",
    "Load a first-party table from CSV (with a header row; - reads standard input) or JSON "
    "Lines into a fixture, all rows or none: a bad row leaves the fixture as it was. "
    "Identifiers are pseudonymized as the fixture's own are.",
    aLoadOpt, NULL};

static int load_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  LoadOptions *l = pCtx;
  (void)p;
  switch (o->id) {
    case O_DB: l->zDb = v; break;
    case O_TABLE: l->zTable = v; break;
    case O_SCHEMA: l->zSchema = v; break;
    case O_PSEUDO: l->bAlreadyPseudonymized = 1; break;
  }
  return 0;
}

int cmd_load(int argc, char **argv) {
  LoadOptions o;
  LoadStats st;
  char *zErr = NULL;
  char **azArg;
  int nArg, rc;
  memset(&o, 0, sizeof o);
  rc = cli_parse(&cli_load_cmd, argc, argv, load_opt, &o, &azArg, &nArg);
  if (rc != 0) return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
  if (nArg > 1) {
    cli_error("load: one input file at a time");
    return EXIT_TROUBLE;
  }
  if (nArg == 1) o.zInput = azArg[0];
  if (!o.zDb || !o.zTable || !o.zSchema || !o.zInput) {
    cli_error("load: --db, --table, --schema and an input file are required");
    cli_usage(stderr, &cli_load_cmd);
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
