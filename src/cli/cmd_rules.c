/*
 * cli/cmd_rules.c: amcq rules [CODE]. Lists every rule, or prints one
 * rule's section of the rules reference (docs/rules.md, compiled in).
 */
#include <string.h>
#include <strings.h>

#include "amcq.h"
#include "cli.h"

extern const char amcq_doc_rules[];

static const char *sev_name(amcq_severity s) {
  return s == AMCQ_ERROR ? "error" : s == AMCQ_WARNING ? "warning" : "note";
}

/* Print the "## CODE name" section of the reference; 0 if there is none. */
static int print_section(const char *zCode) {
  const char *z = amcq_doc_rules, *zEnd;
  size_t n = strlen(zCode);
  while ((z = strstr(z, "\n## ")) != NULL) {
    z += 4;
    if (strncmp(z, zCode, n) == 0 && z[n] == ' ') break;
  }
  if (!z) return 0;
  zEnd = strstr(z, "\n## ");
  if (!zEnd) zEnd = z + strlen(z);
  fputs("## ", stdout);
  fwrite(z, 1, (size_t)(zEnd - z), stdout);
  fputc('\n', stdout);
  return 1;
}

int cmd_rules(int argc, char **argv) {
  size_t i, n = amcq_rule_count();
  if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
    fputs("usage: amcq rules [CODE]\n", stderr);
    return argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
               ? EXIT_CLEAN
               : EXIT_TROUBLE;
  }
  for (i = 0; i < n; i++) {
    const char *zCode, *zName, *zSummary;
    amcq_severity sev;
    amcq_rule_info(i, &zCode, &zName, &sev, &zSummary);
    if (argc == 2) {
      if (strcasecmp(argv[1], zCode) != 0 && strcasecmp(argv[1], zName) != 0) {
        continue;
      }
      if (!print_section(zCode)) {
        printf("%s %s (%s)\n\n%s\n", zCode, zName, sev_name(sev), zSummary);
      }
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
