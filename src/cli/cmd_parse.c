/*
 * cli/cmd_parse.c: amcq parse. Prints the IR of one query with spans, for
 * debugging and for the golden tests of the front end.
 */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "amcq.h"
#include "cli.h"

enum { O_FORMAT, O_POLICY, O_BIND };

static const CliOpt aParseOpt[] = {
    {O_FORMAT, "format", 'f', "FMT", "text (the default: an indented tree with spans) or json", 0},
    {O_POLICY, "policy", 0, "FILE", "bind against this policy; implies --bind", 0},
    {O_BIND, "bind", 0, NULL,
     "resolve names against the built-in AMC policy and show what each expression reveals",
     0},
    {0, NULL, 0, NULL, NULL, 0}};

const CliCmd cli_parse_cmd = {
    "parse", "[options] FILE|-",
    "Print the parsed query (amcq's IR) with the source span of every node, for debugging "
    "and for the front end's golden tests.",
    aParseOpt, NULL};

typedef struct ParseArgs {
  const char *zFormat, *zPolicy;
  int bBind;
} ParseArgs;

static int parse_opt(void *pCtx, const CliOpt *o, const char *v, CliParser *p) {
  ParseArgs *a = pCtx;
  (void)p;
  if (o->id == O_FORMAT) a->zFormat = v;
  if (o->id == O_POLICY) a->zPolicy = v, a->bBind = 1;
  if (o->id == O_BIND) a->bBind = 1;
  return 0;
}

int cmd_parse(int argc, char **argv) {
  const char *zFormat, *zPath = NULL, *zPolicy;
  char *zText, *zErr, *zOut;
  size_t nText;
  amcq_query *q;
  amcq_policy *pPolicy = NULL;
  ParseArgs a = {"text", NULL, 0};
  char **azArg;
  int nArg, rc, bBind;
  rc = cli_parse(&cli_parse_cmd, argc, argv, parse_opt, &a, &azArg, &nArg);
  if (rc != 0) return rc > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
  zFormat = a.zFormat;
  zPolicy = a.zPolicy;
  bBind = a.bBind;
  if (nArg > 1) {
    cli_error("parse: one file at a time");
    return EXIT_TROUBLE;
  }
  if (nArg == 1) zPath = azArg[0];
  if (strcmp(zFormat, "text") != 0 && strcmp(zFormat, "json") != 0) {
    cli_error("parse: unknown format '%s' (text or json)", zFormat);
    return EXIT_TROUBLE;
  }
  if (!zPath) {
    cli_error("parse: no query file (give FILE.sql, or - for standard input)");
    cli_usage(stderr, &cli_parse_cmd);
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
