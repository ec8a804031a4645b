/*
 * report.c: amcq check's results for people and machines: text with caret
 * snippets, JSON, SARIF 2.1.0 (GitHub code scanning) and GitHub Actions
 * workflow commands. Positions are 1-based lines and columns counted in
 * code points of the file.
 */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "rules.h"
#include "source.h"

extern const char amcq_doc_rules[];

static Diag to_diag(const LintDiag *d) {
  Diag x;
  x.zCode = d->zCode;
  x.severity = (Severity)d->severity;
  x.iStart = d->iStart;
  x.iEnd = d->iEnd;
  x.zMessage = d->zMessage;
  x.zHint = d->zHint;
  return x;
}

void report_text(StrBuf *o, const LintFile *f, int bColor) {
  Arena a;
  Source src;
  size_t i;
  memset(&a, 0, sizeof a);
  source_init(&src, &a, f->zPath, f->zText, f->nText);
  for (i = 0; i < f->n; i++) {
    Diag d = to_diag(&f->a[i]);
    diag_render_text(o, &src, &d, bColor);
  }
  arena_free(&a);
}

void report_json(StrBuf *o, const LintFile *f) {
  Arena a;
  Source src;
  size_t i;
  memset(&a, 0, sizeof a);
  source_init(&src, &a, f->zPath, f->zText, f->nText);
  sb_puts(o, "{\"path\":");
  sb_json_str(o, f->zPath);
  sb_puts(o, ",\"diagnostics\":[");
  for (i = 0; i < f->n; i++) {
    Diag d = to_diag(&f->a[i]);
    if (i) sb_putc(o, ',');
    diag_render_json(o, &src, &d);
  }
  sb_puts(o, "]}");
  arena_free(&a);
}

/* ---------------------------------------------------------------------- */
/* SARIF                                                                   */

/* The "## CODE name" section of the rules reference, without its title:
** [*pz, *pz + *pn). 0 when there is none. */
static int doc_section(const char *zCode, const char **pz, size_t *pn) {
  const char *z = amcq_doc_rules, *zEnd;
  size_t nc = strlen(zCode);
  for (;;) {
    z = strstr(z, "\n## ");
    if (!z) return 0;
    z += 4;
    if (strncmp(z, zCode, nc) == 0 && z[nc] == ' ') break;
  }
  z = strchr(z, '\n');
  if (!z) return 0;
  while (*z == '\n') z++;
  zEnd = strstr(z, "\n## ");
  if (!zEnd) zEnd = z + strlen(z);
  while (zEnd > z && zEnd[-1] == '\n') zEnd--;
  *pz = z;
  *pn = (size_t)(zEnd - z);
  return 1;
}

/* The first paragraph of a section, Markdown emphasis dropped. */
static char *first_paragraph(const char *z, size_t n) {
  const char *zEnd = strstr(z, "\n\n");
  StrBuf b = {0};
  size_t i, m;
  if (!zEnd || (size_t)(zEnd - z) > n) zEnd = z + n;
  m = (size_t)(zEnd - z);
  for (i = 0; i < m; i++) {
    if (z[i] == '*' || z[i] == '`') continue;
    sb_putc(&b, z[i] == '\n' ? ' ' : z[i]);
  }
  return sb_finish(&b);
}

static const char *sarif_level(int sev) {
  return sev == AMCQ_ERROR ? "error" : sev == AMCQ_WARNING ? "warning" : "note";
}

void report_sarif_begin(StrBuf *o) {
  size_t n, i;
  const RuleInfo *a = rules_all(&n);
  sb_puts(o, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
             "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": {\n"
             "        \"driver\": {\n          \"name\": \"amcq\",\n");
  sb_printf(o, "          \"version\": \"%s\",\n          \"semanticVersion\": \"%s\",\n",
            amcq_version(), amcq_version());
  if (AMCQ_HOMEPAGE[0]) {
    sb_puts(o, "          \"informationUri\": ");
    sb_json_str(o, AMCQ_HOMEPAGE);
    sb_puts(o, ",\n");
  }
  sb_puts(o, "          \"rules\": [");
  for (i = 0; i < n; i++) {
    const char *zSec = NULL;
    size_t nSec = 0;
    char *zFull;
    sb_puts(o, i ? ",\n            {" : "\n            {");
    sb_puts(o, "\"id\": ");
    sb_json_str(o, a[i].zCode);
    sb_puts(o, ", \"name\": ");
    sb_json_str(o, a[i].zName);
    sb_puts(o, ", \"shortDescription\": {\"text\": ");
    sb_json_str(o, a[i].zSummary);
    sb_puts(o, "}, \"fullDescription\": {\"text\": ");
    if (doc_section(a[i].zCode, &zSec, &nSec)) {
      zFull = first_paragraph(zSec, nSec);
      sb_json_str(o, zFull);
      free(zFull);
    } else {
      sb_json_str(o, a[i].zSummary);
    }
    sb_puts(o, "}, \"help\": {\"text\": ");
    if (zSec) {
      /* Plain text: the summary and where to read more; Markdown: the
      ** whole section of the rules reference. */
      char *zHelp = util_mprintf("%s Run amcq rules %s for the full reference.",
                                 a[i].zSummary, a[i].zCode);
      char *zMd = xstrndup(zSec, nSec);
      sb_json_str(o, zHelp);
      sb_puts(o, ", \"markdown\": ");
      sb_json_str(o, zMd);
      free(zHelp);
      free(zMd);
    } else {
      char *zHelp = util_mprintf("%s See amcq rules %s.", a[i].zSummary, a[i].zCode);
      sb_json_str(o, zHelp);
      free(zHelp);
    }
    sb_printf(o, "}, \"defaultConfiguration\": {\"level\": \"%s\"}",
              sarif_level((int)a[i].severity));
    sb_puts(o, ", \"properties\": {\"tags\": [");
    sb_json_str(o, a[i].zCode[3] == '1' ? "privacy" : a[i].zCode[3] == '2' ? "dialect"
                   : a[i].zCode[3] == '3' ? "thresholds" : a[i].zCode[3] == '4' ? "suppression"
                   : "correctness");
    sb_puts(o, "]}}");
  }
  sb_puts(o, "\n          ]\n        }\n      },\n"
             "      \"columnKind\": \"unicodeCodePoints\",\n"
             "      \"results\": [");
}

/* A path as a URI relative to the working directory (absolute paths inside
** it are made relative; others become file: URIs), percent-encoded where
** RFC 3986 requires. */
static void put_uri(StrBuf *o, const char *zPath) {
  StrBuf b = {0};
  const unsigned char *p = (const unsigned char *)zPath;
  char *zCwd = zPath[0] == '/' ? realpath(".", NULL) : NULL;
  if (zCwd) {
    size_t n = strlen(zCwd);
    if (n > 1 && strncmp(zPath, zCwd, n) == 0 && zPath[n] == '/') p += n + 1;
    else sb_puts(&b, "file://");
    free(zCwd);
  }
  if (p[0] == '.' && p[1] == '/') p += 2;
  for (; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/!$&'()*+,;=:@", *p)) {
      sb_putc(&b, (char)*p);
    } else {
      sb_printf(&b, "%%%02X", *p);
    }
  }
  sb_json_str(o, b.z ? b.z : "");
  sb_free(&b);
}

void report_sarif_results(StrBuf *o, const LintFile *f, int *pnDone) {
  Arena a;
  Source src;
  size_t i, nRule;
  const RuleInfo *aRule = rules_all(&nRule);
  memset(&a, 0, sizeof a);
  source_init(&src, &a, f->zPath, f->zText, f->nText);
  for (i = 0; i < f->n; i++) {
    const LintDiag *d = &f->a[i];
    int l0, c0, l1, c1;
    size_t r;
    source_linecol(&src, d->iStart, &l0, &c0);
    source_linecol(&src, d->iEnd, &l1, &c1);
    if (l1 == l0 && c1 <= c0) c1 = c0 + 1; /* a point: one column */
    sb_puts(o, (*pnDone)++ ? ",\n        {" : "\n        {");
    sb_puts(o, "\"ruleId\": ");
    sb_json_str(o, d->zCode);
    for (r = 0; r < nRule; r++) {
      if (strcmp(aRule[r].zCode, d->zCode) == 0) sb_printf(o, ", \"ruleIndex\": %zu", r);
    }
    sb_printf(o, ", \"level\": \"%s\", \"message\": {\"text\": ", sarif_level(d->severity));
    if (d->zHint) {
      char *z = util_mprintf("%s (%s)", d->zMessage, d->zHint);
      sb_json_str(o, z);
      free(z);
    } else {
      sb_json_str(o, d->zMessage);
    }
    sb_puts(o, "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
    put_uri(o, f->zPath);
    sb_printf(o, "}, \"region\": {\"startLine\": %d, \"startColumn\": %d, \"endLine\": %d, "
                 "\"endColumn\": %d}}}]}",
              l0, c0, l1, c1);
  }
  arena_free(&a);
}

void report_sarif_end(StrBuf *o, int nDone) {
  sb_puts(o, nDone ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n");
}

/* ---------------------------------------------------------------------- */
/* GitHub Actions workflow commands                                        */

static void gh_escape(StrBuf *o, const char *z, int bProperty) {
  for (; *z; z++) {
    switch (*z) {
      case '%': sb_puts(o, "%25"); break;
      case '\r': sb_puts(o, "%0D"); break;
      case '\n': sb_puts(o, "%0A"); break;
      case ':':
        if (bProperty) sb_puts(o, "%3A");
        else sb_putc(o, ':');
        break;
      case ',':
        if (bProperty) sb_puts(o, "%2C");
        else sb_putc(o, ',');
        break;
      default: sb_putc(o, *z);
    }
  }
}

void report_github(StrBuf *o, const LintFile *f) {
  Arena a;
  Source src;
  size_t i;
  memset(&a, 0, sizeof a);
  source_init(&src, &a, f->zPath, f->zText, f->nText);
  for (i = 0; i < f->n; i++) {
    const LintDiag *d = &f->a[i];
    int l0, c0, l1, c1;
    char *zMsg;
    source_linecol(&src, d->iStart, &l0, &c0);
    source_linecol(&src, d->iEnd, &l1, &c1);
    if (l1 == l0 && c1 <= c0) c1 = c0 + 1;
    sb_puts(o, d->severity == AMCQ_ERROR     ? "::error file="
               : d->severity == AMCQ_WARNING ? "::warning file="
                                             : "::notice file=");
    gh_escape(o, f->zPath[0] == '.' && f->zPath[1] == '/' ? f->zPath + 2 : f->zPath, 1);
    sb_printf(o, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=", l0, c0, l1, c1);
    gh_escape(o, d->zCode, 1);
    sb_puts(o, "::");
    zMsg = d->zHint ? util_mprintf("%s\nhint: %s", d->zMessage, d->zHint)
                    : xstrdup(d->zMessage);
    gh_escape(o, zMsg, 0);
    free(zMsg);
    sb_putc(o, '\n');
  }
  arena_free(&a);
}
