/*
 * cli/cmd_rules.c: amcq rules [CODE]. Lists every rule, or prints one
 * rule's section of the rules reference (docs/rules.md, compiled in).
 */
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "../util.h"

#include "amcq.h"
#include "cli.h"

extern const char amcq_doc_rules[];

static const char *sev_name(amcq_severity s) {
  return s == AMCQ_ERROR ? "error" : s == AMCQ_WARNING ? "warning" : "note";
}

/* One line of prose without Markdown's marks: **bold** and `code` keep
** their text (bold and cyan on a terminal), [text](link) keeps the text,
** a leading "* " is a bullet. */
static void md_inline(FILE *f, const char *z, size_t n, int bColor) {
  size_t i = 0;
  int bBold = 0, bCode = 0;
  if (n >= 2 && z[0] == '*' && z[1] == ' ') {
    fputs("  - ", f);
    i = 2;
  }
  for (; i < n; i++) {
    char c = z[i];
    if (c == '`') {
      bCode = !bCode;
      if (bColor) fputs(bCode ? "\033[36m" : "\033[0m", f);
      if (bColor && !bCode && bBold) fputs("\033[1m", f);
      continue;
    }
    if (!bCode && c == '*' && i + 1 < n && z[i + 1] == '*') {
      bBold = !bBold;
      if (bColor) fputs(bBold ? "\033[1m" : "\033[0m", f);
      i++;
      continue;
    }
    if (!bCode && c == '[') {
      const char *e = memchr(z + i, ']', n - i);
      if (e && (size_t)(e - z) + 1 < n && e[1] == '(') {
        const char *r = memchr(e, ')', (size_t)(z + n - e));
        if (r) {
          fwrite(z + i + 1, 1, (size_t)(e - z - (long)i - 1), f);
          i = (size_t)(r - z);
          continue;
        }
      }
    }
    fputc(c, f);
  }
  if (bColor && (bBold || bCode)) fputs("\033[0m", f);
  fputc('\n', f);
}

/* A section of the reference for reading: the heading as a title, code
** blocks indented without their fences, prose without Markdown's marks. */
static void md_render(FILE *f, const char *z, size_t n, int bColor) {
  const char *zEnd = z + n;
  int bFence = 0;
  while (z < zEnd) {
    const char *e = memchr(z, '\n', (size_t)(zEnd - z));
    size_t len = e ? (size_t)(e - z) : (size_t)(zEnd - z);
    if (len >= 3 && strncmp(z, "```", 3) == 0) {
      bFence = !bFence;
    } else if (bFence) {
      fputs(bColor ? "    \033[36m" : "    ", f);
      fwrite(z, 1, len, f);
      fputs(bColor ? "\033[0m\n" : "\n", f);
    } else if (len >= 3 && strncmp(z, "## ", 3) == 0) {
      if (bColor) fputs("\033[1;4m", f);
      fwrite(z + 3, 1, len - 3, f);
      fputs(bColor ? "\033[0m\n" : "\n", f);
    } else if (len >= 1 && z[0] == '|') {
      fwrite(z, 1, len, f); /* a table reads as it is */
      fputc('\n', f);
    } else if (len >= 4 && strncmp(z, "<!--", 4) == 0) {
      /* a comment for the reference's tests */
    } else {
      md_inline(f, z, len, bColor);
    }
    z += len + (e ? 1 : 0);
  }
}

/* Print the "## CODE name" section of the reference; 0 if there is none. */
static int print_section(const char *zCode) {
  const char *z = amcq_doc_rules, *zEnd;
  size_t n = strlen(zCode);
  while ((z = strstr(z, "\n## ")) != NULL) {
    z += 1;
    if (strncmp(z + 3, zCode, n) == 0 && z[3 + n] == ' ') break;
    z += 3;
  }
  if (!z) return 0;
  zEnd = strstr(z + 3, "\n## ");
  if (!zEnd) zEnd = z + strlen(z);
  md_render(stdout, z, (size_t)(zEnd - z), cli_color(stdout, "auto"));
  return 1;
}

static const CliOpt aRulesOpt[] = {{0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_rules_cmd = {
    "rules", "[CODE|NAME]",
    "List every rule amcq checks (code, severity, name, summary), or print one rule's "
    "section of the rules reference: what it catches, why AMC cares, and examples that "
    "fail and pass.",
    aRulesOpt, NULL};

static int rules_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  (void)pCtx, (void)o, (void)v, (void)p;
  return 0;
}

int cmd_rules(int argc, char **argv) {
  size_t i, n = amcq_rule_count();
  char **azArg;
  int nArg, rc = cli_parse(&cli_rules_cmd, argc, argv, rules_opt, NULL, &azArg, &nArg);
  if (rc != 0) return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
  if (nArg > 1) {
    cli_error("rules: one rule at a time");
    cli_usage(stderr, &cli_rules_cmd);
    return EXIT_TROUBLE;
  }
  argc = nArg + 1;
  argv = azArg - 1;
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
    /* did you mean: the codes and the names */
    const char **azCode = xcalloc(n + 1, sizeof(char *)), **az = xcalloc(n + 1, sizeof(char *));
    const char *zNear;
    for (i = 0; i < n; i++) {
      amcq_severity sev;
      const char *zSummary;
      amcq_rule_info(i, &azCode[i], &az[i], &sev, &zSummary);
    }
    /* a code one edit away (AMC30: AMC301), else a name (limt: limit) */
    zNear = cli_closest_within(argv[1], azCode, 1);
    if (!zNear) zNear = cli_closest(argv[1], az);
    free(azCode);
    if (zNear) cli_error("rules: no rule '%s' (did you mean %s?)", argv[1], zNear);
    else cli_error("rules: no rule '%s' (see 'amcq rules')", argv[1]);
    free(az);
    return EXIT_TROUBLE;
  }
  return EXIT_CLEAN;
}
