/*
 * cli/main.c: the amcq command. Dispatches to a subcommand; the only place
 * that turns results into an exit status (0 clean, 1 rejected, 2 trouble).
 */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "amcq.h"
#include "cli.h"

static void usage(FILE *f) {
  fputs(
      "usage: amcq <command> [options] [arguments]\n"
      "\n"
      "Check Amazon Marketing Cloud SQL against AMC's rules before you "
      "submit it.\n"
      "\n"
      "commands:\n"
      "  check [--policy FILE] [--db FIXTURE] [--config FILE]\n"
      "        [--format text|json|sarif|github] [--color auto|always|never]\n"
      "        [--split] [--report-unused-suppressions] [--jobs N] PATH...\n"
      "        report syntax errors and AMC rule violations in .sql files and\n"
      "        workflow .json files (directories are searched recursively; -\n"
      "        reads standard input)\n"
      "  parse [--bind] [--policy FILE] [--format text|json] FILE|-\n"
      "        print the parsed query (IR) with source spans; --bind adds what\n"
      "        each expression reveals\n"
      "  run [--db FIXTURE] [--policy FILE] [--format table|csv|json|ndjson]\n"
      "      [--time-window START END]\n"
      "      [--param NAME=VALUE]... [--workflow FILE.json [--execution FILE.json]]\n"
      "      [--filtered-column NAME] [--user-count-column NAME] [--reason-column NAME]\n"
      "      [--explain] [--quiet] [--timeout S] [--max-memory MIB] [--max-rows N]\n"
      "      FILE|-\n"
      "        run the query on a fixture (default: the default fixture) and print\n"
      "        what AMC would return, thresholds enforced\n"
      "  shell [--db FIXTURE]\n"
      "        the training sandbox: check and run queries interactively, with\n"
      "        lessons (.help inside)\n"
      "  gen --out FILE [--users N] [--days N] [--start DATE] [--seed N] [--quiet]\n"
      "  gen --default [--quiet]\n"
      "        write a synthetic, pseudonymized AMC dataset (SQLite); --default\n"
      "        makes the default fixture in the cache and prints its path\n"
      "  load --db FILE --table NAME --schema SCHEMA.json [--already-pseudonymized]\n"
      "       FILE.csv|FILE.jsonl\n"
      "        load a first-party table into a fixture, all rows or none\n"
      "  rules [CODE]\n"
      "        list the rules, or describe one\n"
      "  version\n"
      "        print the version\n"
      "\n"
      "exit status: 0 no errors, 1 the query is rejected, 2 usage or I/O "
      "error\n",
      f);
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
    usage(stdout);
    rc = EXIT_CLEAN;
  } else {
    cli_error("unknown command '%s' (see 'amcq help')", zCmd);
    rc = EXIT_TROUBLE;
  }
  amcq_thread_cleanup();
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("cannot write to standard output");
    return EXIT_TROUBLE;
  }
  return rc;
}
