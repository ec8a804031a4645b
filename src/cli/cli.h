/*
 * cli.h: the amcq command's subcommands and the helpers they share. The CLI
 * is a thin layer over include/amcq.h; only main() decides exit statuses.
 */
#ifndef AMCQ_CLI_H
#define AMCQ_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "amcq.h"

/* Exit statuses of the CLI contract. */
#define EXIT_CLEAN 0
#define EXIT_REJECTED 1
#define EXIT_TROUBLE 2

int cmd_check(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_gen(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_shell(int argc, char **argv);

/* Print "amcq: <message>" to stderr. */
void cli_error(const char *zFmt, ...) __attribute__((format(printf, 1, 2)));

/* Should output to f be coloured? zMode is "auto", "always" or "never";
** auto means: f is a terminal and NO_COLOR is not set. */
int cli_color(FILE *f, const char *zMode);

/* Did checking q stop at one of amcq's own limits (AMC004) rather than at
** one of AMC's rules? */
int cli_over_limits(const amcq_query *q);

/* The value of option zName at argv[*pi]: "--name=value" or "--name value".
** Returns NULL if argv[*pi] is not that option; sets *pbMissing when the
** value is missing. Advances *pi past a separate value. */
const char *cli_opt(int argc, char **argv, int *pi, const char *zName,
                    int *pbMissing);

/* A list of paths found under the arguments. */
typedef struct PathList {
  char **a;
  size_t n, cap;
} PathList;

/* Add zArg: a file as it is, a directory walked recursively for files whose
** name ends in one of the NULL-terminated azExt suffixes, in sorted order.
** Returns 0, or -1 after printing why (missing path, unreadable directory). */
int cli_collect(PathList *p, const char *zArg, const char *const *azExt);
void cli_paths_free(PathList *p);

#endif
