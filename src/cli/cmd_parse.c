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
  const char *zFormat = "text", *zPath = NULL;
  char *zText, *zErr, *zOut;
  size_t nText;
  amcq_query *q;
  int i, rc;
  for (i = 1; i < argc; i++) {
    int bMissing;
    const char *v = cli_opt(argc, argv, &i, "--format", &bMissing);
    if (bMissing) {
      cli_error("parse: option '--format' needs a value");
      return EXIT_TROUBLE;
    }
    if (v) {
      zFormat = v;
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
    fputs("usage: amcq parse [--format text|json] FILE|-\n", stderr);
    return EXIT_TROUBLE;
  }
  if (util_read_file(zPath, AMCQ_MAX_QUERY_BYTES, &zText, &nText, &zErr) != 0) {
    cli_error("%s", zErr);
    free(zErr);
    return EXIT_TROUBLE;
  }
  q = amcq_query_parse(zText, nText,
                       strcmp(zPath, "-") == 0 ? "<stdin>" : zPath);
  free(zText);
  zOut = amcq_query_render(q, AMCQ_FORMAT_TEXT, cli_color(stderr, "auto"));
  fputs(zOut, stderr);
  amcq_free(zOut);
  zOut = amcq_query_dump_ir(q, strcmp(zFormat, "json") == 0);
  if (zOut) fputs(zOut, stdout);
  amcq_free(zOut);
  rc = amcq_query_error_count(q) ? EXIT_REJECTED : EXIT_CLEAN;
  amcq_query_free(q);
  return rc;
}
