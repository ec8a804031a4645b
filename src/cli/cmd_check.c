/*
 * cli/cmd_check.c: amcq check. Reads every file named or found, analyses it
 * and prints every diagnostic of every file in one run.
 */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "amcq.h"
#include "cli.h"

static void check_usage(void) {
  fputs(
      "usage: amcq check [--policy FILE] [--db FIXTURE] [--format text|json] "
      "[--color auto|always|never] "
      "PATH...\n",
      stderr);
}

int cmd_check(int argc, char **argv) {
  static const char *const azExt[] = {".sql", NULL};
  const char *zFormat = "text", *zColor = "auto", *zPolicy = NULL, *zDb = NULL;
  amcq_policy *pPolicy;
  PathList paths = {0};
  int i, bTrouble = 0, nErr = 0, nWarn = 0, bColor, bJson;
  size_t k, nFiles = 0;
  StrBuf out = {0};

  for (i = 1; i < argc; i++) {
    int bMissing;
    const char *v;
    if ((v = cli_opt(argc, argv, &i, "--format", &bMissing)) != NULL ||
        bMissing) {
      if (bMissing) goto missing;
      zFormat = v;
    } else if ((v = cli_opt(argc, argv, &i, "--color", &bMissing)) != NULL ||
               bMissing) {
      if (bMissing) goto missing;
      zColor = v;
    } else if ((v = cli_opt(argc, argv, &i, "--policy", &bMissing)) != NULL ||
               bMissing) {
      if (bMissing) goto missing;
      zPolicy = v;
    } else if ((v = cli_opt(argc, argv, &i, "--db", &bMissing)) != NULL ||
               bMissing) {
      if (bMissing) goto missing;
      zDb = v;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      check_usage();
      cli_paths_free(&paths);
      return EXIT_CLEAN;
    } else if (argv[i][0] == '-' && argv[i][1] != 0) {
      cli_error("check: unknown option '%s'", argv[i]);
      check_usage();
      cli_paths_free(&paths);
      return EXIT_TROUBLE;
    } else if (cli_collect(&paths, argv[i], azExt) != 0) {
      bTrouble = 1;
    }
    continue;
  missing:
    cli_error("check: option '%s' needs a value", argv[i]);
    cli_paths_free(&paths);
    return EXIT_TROUBLE;
  }
  if (strcmp(zFormat, "text") != 0 && strcmp(zFormat, "json") != 0) {
    cli_error("check: unknown format '%s' (text or json)", zFormat);
    cli_paths_free(&paths);
    return EXIT_TROUBLE;
  }
  if (strcmp(zColor, "auto") != 0 && strcmp(zColor, "always") != 0 &&
      strcmp(zColor, "never") != 0) {
    cli_error("check: --color takes auto, always or never");
    cli_paths_free(&paths);
    return EXIT_TROUBLE;
  }
  if (paths.n == 0 && !bTrouble) {
    cli_error("check: no files to check");
    check_usage();
    return EXIT_TROUBLE;
  }
  if (zPolicy) {
    char *zErr = NULL;
    pPolicy = amcq_policy_load(zPolicy, &zErr);
    if (!pPolicy) {
      cli_error("%s", zErr);
      amcq_free(zErr);
      cli_paths_free(&paths);
      return EXIT_TROUBLE;
    }
  } else {
    pPolicy = amcq_policy_builtin();
  }
  if (zDb) {
    /* A fixture's first-party tables are known to the check too. */
    char *zErr = NULL;
    if (amcq_policy_add_fixture(pPolicy, zDb, &zErr) < 0) {
      cli_error("%s", zErr);
      amcq_free(zErr);
      amcq_policy_free(pPolicy);
      cli_paths_free(&paths);
      return EXIT_TROUBLE;
    }
  }
  bJson = strcmp(zFormat, "json") == 0;
  bColor = !bJson && cli_color(stdout, zColor);

  if (bJson) sb_puts(&out, "{\"files\":[");
  for (k = 0; k < paths.n; k++) {
    char *zText, *zErr;
    size_t nText;
    amcq_query *q;
    char *zRendered;
    size_t d, nd;
    const char *zShown = strcmp(paths.a[k], "-") == 0 ? "<stdin>" : paths.a[k];
    if (util_read_file(paths.a[k], AMCQ_MAX_QUERY_BYTES, &zText, &nText,
                       &zErr) != 0) {
      cli_error("%s", zErr);
      free(zErr);
      bTrouble = 1;
      continue;
    }
    q = amcq_query_check(zText, nText, zShown, pPolicy);
    free(zText);
    nd = amcq_query_diagnostic_count(q);
    for (d = 0; d < nd; d++) {
      amcq_diagnostic di;
      amcq_query_diagnostic(q, d, &di);
      if (di.severity == AMCQ_ERROR)
        nErr++;
      else if (di.severity == AMCQ_WARNING)
        nWarn++;
    }
    zRendered = amcq_query_render(
        q, bJson ? AMCQ_FORMAT_JSON : AMCQ_FORMAT_TEXT, bColor);
    if (bJson && nFiles) sb_putc(&out, ',');
    sb_puts(&out, zRendered);
    amcq_free(zRendered);
    amcq_query_free(q);
    nFiles++;
    /* Flush as we go so a long run shows progress; JSON is one document. */
    if (!bJson) {
      fwrite(out.z ? out.z : "", 1, out.n, stdout);
      out.n = 0;
    }
  }
  if (bJson) {
    sb_printf(&out,
              "],\"summary\":{\"files\":%zu,\"errors\":%d,\"warnings\":%d}}\n",
              nFiles, nErr, nWarn);
  } else if (nFiles > 0 || !bTrouble) {
    sb_printf(&out, "%zu file%s checked: %d error%s, %d warning%s\n", nFiles,
              nFiles == 1 ? "" : "s", nErr, nErr == 1 ? "" : "s", nWarn,
              nWarn == 1 ? "" : "s");
  }
  fwrite(out.z, 1, out.n, stdout);
  sb_free(&out);
  cli_paths_free(&paths);
  amcq_policy_free(pPolicy);
  if (bTrouble) return EXIT_TROUBLE;
  return nErr ? EXIT_REJECTED : EXIT_CLEAN;
}
