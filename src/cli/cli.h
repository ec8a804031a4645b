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
** auto means: f is a terminal, TERM is set and not "dumb", and NO_COLOR
** is not set. */
int cli_color(FILE *f, const char *zMode);

/* Did checking q stop at one of amcq's own limits (AMC004) rather than at
** one of AMC's rules? */
int cli_over_limits(const amcq_query *q);

/* One option of a command: --zLong (and -cShort), with a value named zArg
** or none; id tells the command which one it is. */
typedef struct CliOpt {
  int id;
  const char *zLong;
  int cShort;        /* 0: none */
  const char *zArg;  /* NULL: a flag */
  const char *zHelp; /* what it does, for --help */
  int bEmptyOk;      /* an empty value is a value */
} CliOpt;

/* A command: its usage lines (after "usage: amcq NAME "), what it does,
** its options (ending with a zLong of NULL) and text after them. */
typedef struct CliCmd {
  const char *zName;
  const char *zUsage;
  const char *zAbout;
  const CliOpt *aOpt;
  const char *zMore; /* NULL or a paragraph after the options */
} CliCmd;

typedef struct CliParser {
  int argc;
  char **argv;
  const CliCmd *c;
} CliParser;

/* Called for each option in order; returns 0, or -1 after printing why. */
typedef int (*CliOptFn)(void *pCtx, const CliOpt *o, const char *zVal, CliParser *p);

/* Parse argv[1..argc) for command c (getopt_long: -x, --name value,
** --name=value, unambiguous prefixes, options anywhere, -- ends them).
** Returns 0 with the other arguments in *pazArg, *pnArg; 1 after printing
** the help (-h, --help: exit 0); -1 after printing one message for a
** mistake, with "did you mean" where an option is close (exit 2). */
int cli_parse(const CliCmd *c, int argc, char **argv, CliOptFn xOpt, void *pCtx,
              char ***pazArg, int *pnArg);
/* The same with flags: CLI_LONG_ONLY also takes a long option with one dash
** (-cmd, -bail, as sqlite3 does: getopt_long_only); a single letter after
** one dash is still a short option (-h). */
#define CLI_LONG_ONLY 1
int cli_parse_flags(const CliCmd *c, int flags, int argc, char **argv, CliOptFn xOpt,
                    void *pCtx, char ***pazArg, int *pnArg);
/* For an option that takes two values (--time-window START END): the next
** argument, or NULL after printing that zWhat is missing. */
const char *cli_next_value(CliParser *p, const char *zWhat);
/* The usage lines; the whole help (usage, description, every option). */
void cli_usage(FILE *f, const CliCmd *c);
void cli_help(FILE *f, const CliCmd *c);
/* The closest of the NULL-terminated candidates, for "did you mean", or
** NULL when none is close. */
const char *cli_closest(const char *zWant, const char *const *azCand);
/* The same within at most lim edits. */
const char *cli_closest_within(const char *zWant, const char *const *azCand, int lim);

/* The commands, for amcq help and did-you-mean. */
extern const CliCmd cli_check_cmd, cli_parse_cmd, cli_run_cmd, cli_shell_cmd, cli_gen_cmd,
    cli_load_cmd, cli_rules_cmd;

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
