/*
 * cli/main.c: the amcq command. Dispatches to a subcommand; the only place
 * that turns results into an exit status (0 clean, 1 rejected, 2 trouble).
 */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "amcq.h"
#include "cli.h"

static const CliCmd *const apCmd[] = {&cli_check_cmd, &cli_run_cmd,   &cli_parse_cmd,
                                      &cli_shell_cmd, &cli_gen_cmd,   &cli_load_cmd,
                                      &cli_rules_cmd, NULL};

static void usage(FILE *f) {
  int i;
  fputs("usage: amcq <command> [options] [arguments]\n"
        "\n"
        "Check Amazon Marketing Cloud SQL against AMC's rules before you submit it,\n"
        "and run it on synthetic data with AMC's privacy rules enforced.\n"
        "\n"
        "commands:\n",
        f);
  for (i = 0; apCmd[i]; i++) {
    const char *z = apCmd[i]->zAbout, *e = strstr(z, ". ");
    fprintf(f, "  %-7s %.*s\n", apCmd[i]->zName, e ? (int)(e - z) : (int)strlen(z), z);
  }
  fputs("  help    this list, or a command's options: amcq help CMD (amcq CMD --help)\n"
        "  version print the version\n"
        "\n"
        "exit status: 0 no errors, 1 the query is rejected, 2 usage or I/O error\n",
        f);
}

static const CliCmd *find_cmd(const char *z) {
  int i;
  for (i = 0; apCmd[i]; i++) {
    if (strcmp(z, apCmd[i]->zName) == 0) return apCmd[i];
  }
  return NULL;
}

static void unknown_command(const char *zCmd) {
  const char *az[16];
  const char *zNear;
  int i, n = 0;
  for (i = 0; apCmd[i]; i++) az[n++] = apCmd[i]->zName;
  az[n++] = "help";
  az[n++] = "version";
  az[n] = NULL;
  zNear = cli_closest(zCmd, az);
  if (zNear) cli_error("unknown command '%s' (did you mean '%s'?)", zCmd, zNear);
  else cli_error("unknown command '%s' (see 'amcq help')", zCmd);
}

int main(int argc, char **argv) {
  const char *zCmd;
  int rc;
  if (argc < 2) {
    usage(stderr);
    return EXIT_TROUBLE;
  }
  zCmd = argv[1];
#ifdef M_TRIM_THRESHOLD
  /* Checking thousands of files allocates and frees the same few hundred
  ** kilobytes per file; by default glibc hands the top of the heap back to
  ** the kernel after each and faults it in again for the next (12% of
  ** `amcq check` over 3000 files, bench/README.md). Keep it. */
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 1 << 20);
#endif
  if (strcmp(zCmd, "check") == 0) {
    rc = cmd_check(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "parse") == 0) {
    rc = cmd_parse(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "run") == 0) {
    rc = cmd_run(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "shell") == 0) {
    rc = cmd_shell(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "gen") == 0) {
    rc = cmd_gen(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "load") == 0) {
    rc = cmd_load(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "rules") == 0) {
    rc = cmd_rules(argc - 1, argv + 1);
  } else if (strcmp(zCmd, "version") == 0 || strcmp(zCmd, "--version") == 0) {
    printf("amcq %s\n", amcq_version());
    rc = EXIT_CLEAN;
  } else if (strcmp(zCmd, "help") == 0 || strcmp(zCmd, "--help") == 0 ||
             strcmp(zCmd, "-h") == 0) {
    const CliCmd *c = argc > 2 ? find_cmd(argv[2]) : NULL;
    if (argc > 2 && !c) {
      unknown_command(argv[2]);
      rc = EXIT_TROUBLE;
    } else {
      if (c) cli_help(stdout, c);
      else usage(stdout);
      rc = EXIT_CLEAN;
    }
  } else {
    unknown_command(zCmd);
    rc = EXIT_TROUBLE;
  }
  amcq_thread_cleanup();
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("cannot write to standard output");
    return EXIT_TROUBLE;
  }
  return rc;
}
