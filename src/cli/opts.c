/*
 * cli/opts.c: every subcommand's options in one table each (cli.h's
 * CliCmd), parsed with getopt_long (short options, --opt=value, --opt
 * value, unambiguous prefixes, -- to end options) and printed as the
 * command's help. An unknown option or command gets "did you mean". A
 * command may also take its long options with one dash (getopt_long_only,
 * as sqlite3 takes -cmd and -bail).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"
#include "cli.h"

/* The closest of the NULL-terminated candidates to zWant (at most a third
** of its length in edits, and 3), or NULL. */
const char *cli_closest(const char *zWant, const char *const *azCand) {
  int lim = (int)strlen(zWant) / 3 + 1;
  return cli_closest_within(zWant, azCand, lim > 3 ? 3 : lim);
}

const char *cli_closest_within(const char *zWant, const char *const *azCand, int lim) {
  const char *zBest = NULL;
  int dBest = 99, i;
  for (i = 0; azCand[i]; i++) {
    int d = util_edit_distance(zWant, azCand[i]);
    if (d <= lim && d < dBest) {
      dBest = d;
      zBest = azCand[i];
    }
  }
  return zBest;
}

static size_t n_opts(const CliCmd *c) {
  size_t n = 0;
  while (c->aOpt && c->aOpt[n].zLong) n++;
  return n;
}

/* "--format" for the option closest to the unknown zArg ("--fromat=json"). */
static const char *closest_option(const CliCmd *c, const char *zArg) {
  size_t n = n_opts(c), i, k = 0;
  const char **az = xcalloc(n + 2, sizeof(char *));
  const char *zBest;
  char *zWant;
  const char *zEq;
  while (*zArg == '-') zArg++;
  zEq = strchr(zArg, '=');
  zWant = zEq ? xstrndup(zArg, (size_t)(zEq - zArg)) : xstrdup(zArg);
  for (i = 0; i < n; i++) az[k++] = c->aOpt[i].zLong;
  az[k++] = "help";
  zBest = zWant[0] ? cli_closest(zWant, az) : NULL;
  free(zWant);
  free(az);
  return zBest;
}

static void wrap(FILE *f, const char *z, int indent, int width) {
  int col = indent;
  while (*z) {
    const char *e = z;
    int len;
    while (*e && *e != ' ' && *e != '\n') e++;
    len = (int)(e - z);
    if (col > indent && col + 1 + len > width) {
      fprintf(f, "\n%*s", indent, "");
      col = indent;
    } else if (col > indent) {
      fputc(' ', f);
      col++;
    }
    fwrite(z, 1, (size_t)len, f);
    col += len;
    z = e;
    if (*z == '\n') {
      fprintf(f, "\n%*s", indent, "");
      col = indent;
      z++;
    }
    while (*z == ' ') z++;
  }
  fputc('\n', f);
}

void cli_usage(FILE *f, const CliCmd *c) {
  const char *z = c->zUsage;
  int bFirst = 1;
  while (*z) {
    const char *e = strchr(z, '\n');
    size_t n = e ? (size_t)(e - z) : strlen(z);
    fprintf(f, "%s amcq %s ", bFirst ? "usage:" : "      ", c->zName);
    fwrite(z, 1, n, f);
    fputc('\n', f);
    bFirst = 0;
    z += n;
    if (*z == '\n') z++;
  }
}

void cli_help(FILE *f, const CliCmd *c) {
  size_t i, n = n_opts(c);
  cli_usage(f, c);
  fputc('\n', f);
  wrap(f, c->zAbout, 0, 78);
  fputs("\noptions:\n", f);
  for (i = 0; i <= n; i++) {
    const CliOpt *o = i < n ? &c->aOpt[i] : NULL;
    char a[96];
    if (!o) {
      snprintf(a, sizeof a, "  -h, --help");
    } else if (o->cShort) {
      snprintf(a, sizeof a, "  -%c, --%s%s%s", o->cShort, o->zLong, o->zArg ? " " : "",
               o->zArg ? o->zArg : "");
    } else {
      snprintf(a, sizeof a, "      --%s%s%s", o->zLong, o->zArg ? " " : "",
               o->zArg ? o->zArg : "");
    }
    if (strlen(a) > 25) fprintf(f, "%s\n%*s", a, 27, "");
    else fprintf(f, "%-27s", a);
    wrap(f, o ? o->zHelp : "print this help and exit", 27, 78);
  }
  if (c->zMore) {
    fputc('\n', f);
    wrap(f, c->zMore, 0, 78);
  }
}

int cli_parse(const CliCmd *c, int argc, char **argv, CliOptFn xOpt, void *pCtx,
              char ***pazArg, int *pnArg) {
  return cli_parse_flags(c, 0, argc, argv, xOpt, pCtx, pazArg, pnArg);
}

int cli_parse_flags(const CliCmd *c, int flags, int argc, char **argv, CliOptFn xOpt,
                    void *pCtx, char ***pazArg, int *pnArg) {
  size_t n = n_opts(c), i;
  struct option *aLong = xcalloc(n + 2, sizeof *aLong);
  StrBuf zShort = {0};
  CliParser p;
  int rc = 0;
  *pazArg = NULL;
  *pnArg = 0;
  sb_puts(&zShort, ":h"); /* ':' first: a missing value is told apart */
  for (i = 0; i < n; i++) {
    aLong[i].name = c->aOpt[i].zLong;
    aLong[i].has_arg = c->aOpt[i].zArg ? required_argument : no_argument;
    aLong[i].val = 256 + (int)i;
    if (c->aOpt[i].cShort) {
      sb_putc(&zShort, (char)c->aOpt[i].cShort);
      if (c->aOpt[i].zArg) sb_putc(&zShort, ':');
    }
  }
  aLong[n].name = "help";
  aLong[n].val = 'h';
  optind = 0; /* GNU: start afresh (the shell parses commands again) */
  opterr = 0;
  p.argc = argc;
  p.argv = argv;
  p.c = c;
  for (;;) {
    int li = -1, ch = (flags & CLI_LONG_ONLY)
                          ? getopt_long_only(argc, argv, zShort.z, aLong, &li)
                          : getopt_long(argc, argv, zShort.z, aLong, &li);
    const CliOpt *o = NULL;
    if (ch == -1) break;
    if (ch == 'h') {
      cli_help(stdout, c);
      rc = 1;
      goto done;
    }
    if (ch == '?' || ch == ':') {
      const char *zBad = argv[optind - 1];
      /* With one dash, a word is a long option too ("-cmd"). */
      int bLong = zBad && zBad[0] == '-' &&
                  (zBad[1] == '-' || ((flags & CLI_LONG_ONLY) && zBad[1] && zBad[2]));
      if (ch == ':') {
        if (bLong) cli_error("%s: option '%s' needs a value", c->zName, zBad);
        else cli_error("%s: option '-%c' needs a value", c->zName, optopt);
      } else if (bLong || !optopt) {
        const char *zNear = closest_option(c, zBad);
        const char *zEq = strchr(zBad, '=');
        int nShow = zEq ? (int)(zEq - zBad) : (int)strlen(zBad);
        if (zNear) {
          cli_error("%s: unknown option '%.*s' (did you mean --%s?)", c->zName, nShow, zBad, zNear);
        } else {
          cli_error("%s: unknown option '%.*s' ('amcq %s --help' lists them)", c->zName, nShow,
                    zBad, c->zName);
        }
      } else {
        cli_error("%s: unknown option '-%c' ('amcq %s --help' lists them)", c->zName, optopt,
                  c->zName);
      }
      cli_usage(stderr, c);
      rc = -1;
      goto done;
    }
    for (i = 0; i < n && !o; i++) {
      if (ch == c->aOpt[i].cShort || ch == 256 + (int)i) o = &c->aOpt[i];
    }
    if (!o) continue;
    if (o->zArg && optarg && !optarg[0] && !o->bEmptyOk) {
      cli_error("%s: option '--%s' needs a value", c->zName, o->zLong);
      rc = -1;
      goto done;
    }
    if (xOpt(pCtx, o, o->zArg ? optarg : NULL, &p) != 0) {
      rc = -1;
      goto done;
    }
  }
  *pazArg = argv + optind;
  *pnArg = argc - optind;
done:
  sb_free(&zShort);
  free(aLong);
  return rc;
}

const char *cli_next_value(CliParser *p, const char *zWhat) {
  if (optind >= p->argc) {
    cli_error("%s: %s is missing", p->c->zName, zWhat);
    return NULL;
  }
  return p->argv[optind++];
}
