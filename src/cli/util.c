/*
 * cli/util.c: option parsing, colour decisions and file collection shared by
 * the subcommands.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../source.h"
#include "../util.h"
#include "cli.h"

void cli_error(const char *zFmt, ...) {
  /* A path or a name from the query may hold ESC, CR or LF: one message
  ** is one line, and the terminal never sees a control character. */
  va_list ap;
  StrBuf b = {0}, e = {0};
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  sb_puts(&e, "amcq: ");
  source_put_escaped(&e, b.z ? b.z : "");
  sb_putc(&e, '\n');
  fwrite(e.z, 1, e.n, stderr);
  sb_free(&b);
  sb_free(&e);
}

int cli_color(FILE *f, const char *zMode) {
  const char *zNo = getenv("NO_COLOR");
  if (zMode && strcmp(zMode, "always") == 0) return 1;
  if (zMode && strcmp(zMode, "never") == 0) return 0;
  if (zNo && zNo[0]) return 0;
  if (!isatty(fileno(f))) return 0;
  {
    /* a terminal that cannot show colour says so: TERM=dumb, or none */
    const char *zTerm = getenv("TERM");
    if (!zTerm || !zTerm[0] || strcmp(zTerm, "dumb") == 0) return 0;
  }
  return 1;
}

static void paths_add(PathList *p, const char *z) {
  util_grow((void **)&p->a, &p->cap, p->n + 1, sizeof(char *));
  p->a[p->n++] = xstrdup(z);
}

static int has_ext(const char *z, const char *const *azExt) {
  size_t n = strlen(z), i;
  for (i = 0; azExt[i]; i++) {
    size_t m = strlen(azExt[i]);
    if (n > m && strcmp(z + n - m, azExt[i]) == 0) return 1;
  }
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(PathList *p, const char *zDir, const char *const *azExt,
                int depth) {
  DIR *d;
  struct dirent *e;
  char **aName = NULL;
  size_t nName = 0, cap = 0, i;
  int rc = 0;
  if (depth > 64) {
    cli_error("%s: directories nested too deeply", zDir);
    return -1;
  }
  d = opendir(zDir);
  if (!d) {
    cli_error("%s: cannot read directory: %s", zDir, strerror(errno));
    return -1;
  }
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue; /* ., .., and hidden entries */
    util_grow((void **)&aName, &cap, nName + 1, sizeof(char *));
    aName[nName++] = xstrdup(e->d_name);
  }
  closedir(d);
  if (nName > 1) qsort(aName, nName, sizeof(char *), cmp_str); /* qsort(NULL, 0) is UB */
  for (i = 0; i < nName; i++) {
    char *zPath = util_mprintf(
        "%s%s%s", zDir, zDir[strlen(zDir) - 1] == '/' ? "" : "/", aName[i]);
    struct stat st;
    if (stat(zPath, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        if (walk(p, zPath, azExt, depth + 1) != 0) rc = -1;
      } else if (S_ISREG(st.st_mode) && has_ext(aName[i], azExt)) {
        paths_add(p, zPath);
      }
    }
    free(zPath);
    free(aName[i]);
  }
  free(aName);
  return rc;
}

int cli_collect(PathList *p, const char *zArg, const char *const *azExt) {
  struct stat st;
  if (strcmp(zArg, "-") == 0) {
    paths_add(p, zArg);
    return 0;
  }
  if (stat(zArg, &st) != 0) {
    cli_error("%s: %s", zArg, strerror(errno));
    return -1;
  }
  if (S_ISDIR(st.st_mode)) return walk(p, zArg, azExt, 0);
  paths_add(p, zArg);
  return 0;
}

void cli_paths_free(PathList *p) {
  size_t i;
  for (i = 0; i < p->n; i++)
    free(p->a[i]);
  free(p->a);
  p->a = NULL;
  p->n = p->cap = 0;
}

/* Did the check stop at one of amcq's own limits (AMC004) rather than at
** one of AMC's rules? */
int cli_over_limits(const amcq_query *q) {
  size_t i, n = amcq_query_diagnostic_count(q);
  for (i = 0; i < n; i++) {
    amcq_diagnostic d;
    if (amcq_query_diagnostic(q, i, &d) == 0 && strcmp(d.code, "AMC004") == 0) return 1;
  }
  return 0;
}
