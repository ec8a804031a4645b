/*
 * cli/cmd_rules.c: amcq rules [CODE]. Lists every rule, or describes one.
 */
#include <string.h>
#include <strings.h>

#include "amcq.h"
#include "cli.h"

static const char *sev_name(amcq_severity s) {
  return s == AMCQ_ERROR ? "error" : s == AMCQ_WARNING ? "warning" : "note";
}

int cmd_rules(int argc, char **argv) {
  size_t i, n = amcq_rule_count();
  if (argc > 2) {
    fputs("usage: amcq rules [CODE]\n", stderr);
    return EXIT_TROUBLE;
  }
  for (i = 0; i < n; i++) {
    const char *zCode, *zName, *zSummary;
    amcq_severity sev;
    amcq_rule_info(i, &zCode, &zName, &sev, &zSummary);
    if (argc == 2) {
      if (strcasecmp(argv[1], zCode) != 0 && strcasecmp(argv[1], zName) != 0)
        continue;
      printf("%s %s (%s)\n\n%s\n", zCode, zName, sev_name(sev), zSummary);
      return EXIT_CLEAN;
    }
    printf("%-7s %-7s %-24s %s\n", zCode, sev_name(sev), zName, zSummary);
  }
  if (argc == 2) {
    cli_error("rules: no rule '%s' (see 'amcq rules')", argv[1]);
    return EXIT_TROUBLE;
  }
  return EXIT_CLEAN;
}
