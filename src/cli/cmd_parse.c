/*
 * cli/cmd_parse.c: amcq parse. Prints the IR of one query with spans, for
 * debugging and for the golden tests of the front end.
 */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "amcq.h"
#include "cli.h"

int cmd_parse(int argc, char **argv) {
  const char *zFormat = "text", *zPath = NULL, *zPolicy = NULL;
  char *zText, *zErr, *zOut;
  size_t nText;
  amcq_query *q;
  amcq_policy *pPolicy = NULL;
  int i, rc, bBind = 0;
  for (i = 1; i < argc; i++) {
    int bMissing = 0;
    const char *v;
    if ((v = cli_opt(argc, argv, &i, "--format", &bMissing)) != NULL) {
      zFormat = v;
    } else if (!bMissing &&
               (v = cli_opt(argc, argv, &i, "--policy", &bMissing)) != NULL) {
      zPolicy = v;
      bBind = 1;
    } else if (bMissing) {
      cli_error("parse: option '%s' needs a value", argv[i]);
      return EXIT_TROUBLE;
    } else if (strcmp(argv[i], "--bind") == 0) {
      bBind = 1;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      fputs("usage: amcq parse [--bind] [--policy FILE] [--format text|json] FILE|-\n", stdout);
      return EXIT_CLEAN;
    } else if (argv[i][0] == '-' && argv[i][1] != 0) {
      cli_error("parse: unknown option '%s'", argv[i]);
      return EXIT_TROUBLE;
    } else if (zPath) {
      cli_error("parse: one file at a time");
      return EXIT_TROUBLE;
    } else {
      zPath = argv[i];
    }
  }
  if (!zPath ||
      (strcmp(zFormat, "text") != 0 && strcmp(zFormat, "json") != 0)) {
    fputs("usage: amcq parse [--bind] [--policy FILE] [--format text|json] "
          "FILE|-\n",
          stderr);
    return EXIT_TROUBLE;
  }
  if (bBind) {
    char *zPErr = NULL;
    pPolicy = zPolicy ? amcq_policy_load(zPolicy, &zPErr) : amcq_policy_builtin();
    if (!pPolicy) {
      cli_error("%s", zPErr);
      amcq_free(zPErr);
      return EXIT_TROUBLE;
    }
  }
  if (util_read_file(zPath, AMCQ_MAX_QUERY_BYTES, &zText, &nText, &zErr) != 0) {
    cli_error("%s", zErr);
    free(zErr);
    amcq_policy_free(pPolicy);
    return EXIT_TROUBLE;
  }
  if (strcmp(zPath, "-") == 0) zPath = "<stdin>";
  q = pPolicy ? amcq_query_check(zText, nText, zPath, pPolicy)
              : amcq_query_parse(zText, nText, zPath);
  free(zText);
  zOut = amcq_query_render(q, AMCQ_FORMAT_TEXT, cli_color(stderr, "auto"));
  fputs(zOut, stderr);
  amcq_free(zOut);
  zOut = amcq_query_dump_ir(q, strcmp(zFormat, "json") == 0);
  if (zOut) fputs(zOut, stdout);
  amcq_free(zOut);
  rc = amcq_query_error_count(q) ? EXIT_REJECTED : EXIT_CLEAN;
  amcq_query_free(q);
  amcq_policy_free(pPolicy);
  return rc;
}
