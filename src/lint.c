/*
 * lint.c: amcq check over files (see lint.h).
 */
#include "lint.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "lex.h"
#include "rules.h"
#include "source.h"
#include "util.h"

#define CONFIG_MAX_BYTES ((size_t)1 << 20)
#define JSON_MAX_DEPTH 256

/* ---------------------------------------------------------------------- */
/* Configuration                                                           */

static char *dir_of(const char *zPath) {
  const char *z = strrchr(zPath, '/');
  if (!z) return xstrdup(".");
  if (z == zPath) return xstrdup("/");
  return xstrndup(zPath, (size_t)(z - zPath));
}

LintConfig *lint_config_default(void) {
  LintConfig *c = xcalloc(1, sizeof *c);
  c->zDir = xstrdup("");
  return c;
}

static int is_sev_name(const char *z, int *pSev) {
  if (strcmp(z, "error") == 0) *pSev = AMCQ_ERROR;
  else if (strcmp(z, "warning") == 0) *pSev = AMCQ_WARNING;
  else if (strcmp(z, "off") == 0) *pSev = LINT_OFF;
  else return 0;
  return 1;
}

static char *config_err(const char *zPath, const char *zKey, const char *zFmt, ...)
    __attribute__((format(printf, 3, 4)));
static char *config_err(const char *zPath, const char *zKey, const char *zFmt, ...) {
  StrBuf b = {0};
  va_list ap;
  sb_printf(&b, "%s: %s: ", zPath, zKey);
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  return sb_finish(&b);
}

/* One file, without following its "extends": *pzExtends gets that value
** (heap) or NULL. */
static LintConfig *config_load_one(const char *zPath, char **pzExtends, char **pzErr) {
  char *z = NULL, *zErr = NULL;
  const char *zStop = NULL;
  size_t n = 0;
  cJSON *j, *v;
  LintConfig *c;
  *pzErr = NULL;
  *pzExtends = NULL;
  if (util_read_file(zPath, CONFIG_MAX_BYTES, &z, &n, &zErr) != 0) {
    *pzErr = zErr;
    return NULL;
  }
  j = cJSON_ParseWithLengthOpts(z, n, &zStop, 0);
  if (!j) {
    const char *e = zStop; /* where the parse stopped */
    size_t off = e && e >= z && e <= z + n ? (size_t)(e - z) : 0, i;
    int line = 1, col = 1;
    for (i = 0; i < off; i++) {
      if (z[i] == '\n') line++, col = 1;
      else if (((unsigned char)z[i] & 0xC0) != 0x80) col++;
    }
    free(z);
    *pzErr = util_mprintf("%s:%d:%d: malformed JSON", zPath, line, col);
    return NULL;
  }
  free(z);
  if (!cJSON_IsObject(j)) {
    cJSON_Delete(j);
    *pzErr = util_mprintf("%s: expected a JSON object", zPath);
    return NULL;
  }
  c = lint_config_default();
  c->zPath = xstrdup(zPath);
  free(c->zDir);
  c->zDir = dir_of(zPath);
  cJSON_ArrayForEach(v, j) {
    const char *k = v->string;
    const cJSON *w;
    for (w = j->child; w != v; w = w->next) {
      if (strcmp(w->string, k) == 0) break;
    }
    if (w != v) {
      *pzErr = config_err(zPath, k, "given twice");
      break;
    }
    if (strcmp(k, "policy") == 0) {
      if (!cJSON_IsString(v) || !v->valuestring[0]) {
        *pzErr = config_err(zPath, "policy", "expected a file name");
        break;
      }
      c->zPolicy = v->valuestring[0] == '/' ? xstrdup(v->valuestring)
                                            : util_mprintf("%s/%s", c->zDir, v->valuestring);
    } else if (strcmp(k, "exclude") == 0) {
      cJSON *g;
      size_t i = 0;
      if (!cJSON_IsArray(v)) {
        *pzErr = config_err(zPath, "exclude", "expected an array of glob patterns");
        break;
      }
      c->azExclude = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
      c->azExcludeDir = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
      cJSON_ArrayForEach(g, v) {
        if (!cJSON_IsString(g) || !g->valuestring[0]) {
          *pzErr = util_mprintf("%s: exclude[%zu]: expected a glob pattern", zPath, i);
          break;
        }
        c->azExcludeDir[c->nExclude] = xstrdup(c->zDir);
        c->azExclude[c->nExclude++] = xstrdup(g->valuestring);
        i++;
      }
      if (*pzErr) break;
    } else if (strcmp(k, "rules") == 0) {
      cJSON *r;
      if (!cJSON_IsObject(v)) {
        *pzErr = config_err(zPath, "rules", "expected an object of CODE: \"error\" | "
                            "\"warning\" | \"off\"");
        break;
      }
      c->aRule = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof *c->aRule);
      cJSON_ArrayForEach(r, v) {
        const RuleInfo *ri = rules_find(r->string);
        int sev;
        if (!ri) {
          *pzErr = util_mprintf("%s: rules.%s: no such rule (see amcq rules)", zPath,
                                r->string);
          break;
        }
        if (!cJSON_IsString(r) || !is_sev_name(r->valuestring, &sev)) {
          *pzErr = util_mprintf("%s: rules.%s: expected \"error\", \"warning\" or \"off\"",
                                zPath, r->string);
          break;
        }
        if (ri->severity == SEV_ERROR && sev != AMCQ_ERROR) {
          *pzErr = util_mprintf("%s: rules.%s: %s is an error and cannot be lowered: what "
                                "AMC rejects stays an error",
                                zPath, r->string, ri->zCode);
          break;
        }
        c->aRule[c->nRule].zCode = xstrdup(ri->zCode);
        c->aRule[c->nRule].sev = sev;
        c->nRule++;
      }
      if (*pzErr) break;
    } else if (strcmp(k, "time_window") == 0) {
      cJSON *s = cJSON_GetObjectItemCaseSensitive(v, "start");
      cJSON *e = cJSON_GetObjectItemCaseSensitive(v, "end");
      if (!cJSON_IsObject(v) || !cJSON_IsString(s) || !cJSON_IsString(e) ||
          cJSON_GetArraySize(v) != 2) {
        *pzErr = config_err(zPath, "time_window", "expected {\"start\": ISO 8601, "
                            "\"end\": ISO 8601}");
        break;
      }
      c->zStart = xstrdup(s->valuestring);
      c->zEnd = xstrdup(e->valuestring);
    } else if (strcmp(k, "params") == 0) {
      cJSON *p;
      if (!cJSON_IsObject(v)) {
        *pzErr = config_err(zPath, "params", "expected an object of name: value");
        break;
      }
      c->azParamName = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
      c->azParamValue = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
      cJSON_ArrayForEach(p, v) {
        char *zv;
        if (cJSON_IsString(p)) zv = xstrdup(p->valuestring);
        else if (cJSON_IsNumber(p) || cJSON_IsBool(p) || cJSON_IsArray(p)) {
          char *t = cJSON_PrintUnformatted(p);
          zv = xstrdup(t ? t : "");
          cJSON_free(t);
        } else {
          *pzErr = util_mprintf("%s: params.%s: expected a string, number, Boolean or array",
                                zPath, p->string);
          break;
        }
        c->azParamName[c->nParam] = xstrdup(p->string);
        c->azParamValue[c->nParam++] = zv;
      }
      if (*pzErr) break;
    } else if (strcmp(k, "extends") == 0) {
      if (!cJSON_IsString(v) || !v->valuestring[0]) {
        *pzErr = config_err(zPath, "extends", "expected the path of another configuration "
                            "file, relative to this one");
        break;
      }
      *pzExtends = xstrdup(v->valuestring);
    } else if (strcmp(k, "root") == 0) {
      if (!cJSON_IsBool(v)) {
        *pzErr = config_err(zPath, "root", "expected true or false");
        break;
      }
      c->bRoot = cJSON_IsTrue(v);
    } else if (strcmp(k, "$schema") == 0 || strcmp(k, "description") == 0) {
      /* documentation */
    } else {
      *pzErr = config_err(zPath, k, "unknown key (extends, root, policy, exclude, rules, "
                          "time_window, params)");
      break;
    }
  }
  cJSON_Delete(j);
  if (*pzErr) {
    lint_config_free(c);
    free(*pzExtends);
    *pzExtends = NULL;
    return NULL;
  }
  return c;
}

/* zPath with "." segments, empty segments and "dir/.." pairs taken out,
** lexically (as the path is shown and read; as Node's path.resolve does). */
static char *path_normalize(const char *zPath) {
  int bAbs = zPath[0] == '/';
  char **az = xcalloc(strlen(zPath) / 2 + 2, sizeof(char *));
  size_t n = 0, i;
  const char *p = zPath;
  StrBuf b = {0};
  while (*p) {
    const char *e = strchr(p, '/');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len == 0 || (len == 1 && p[0] == '.')) {
      /* nothing */
    } else if (len == 2 && p[0] == '.' && p[1] == '.') {
      if (n > 0 && strcmp(az[n - 1], "..") != 0) free(az[--n]);
      else if (!bAbs) az[n++] = xstrdup("..");
    } else {
      az[n++] = xstrndup(p, len);
    }
    p += len;
    if (*p == '/') p++;
  }
  if (bAbs) sb_putc(&b, '/');
  for (i = 0; i < n; i++) {
    if (i) sb_putc(&b, '/');
    sb_puts(&b, az[i]);
    free(az[i]);
  }
  free(az);
  if (!b.n) sb_putc(&b, '.');
  return sb_finish(&b);
}

/* Fold base into c, which wins: its scalars, its severity of a rule and its
** value of a parameter; exclude patterns add up, each keeping the directory
** of the file that wrote it. base is freed. */
static void config_merge(LintConfig *c, LintConfig *base) {
  size_t i, k, n;
  if (!c->zPolicy) {
    c->zPolicy = base->zPolicy;
    base->zPolicy = NULL;
  }
  if (!c->zStart) {
    c->zStart = base->zStart;
    c->zEnd = base->zEnd;
    base->zStart = base->zEnd = NULL;
  }
  if (base->nExclude) {
    char **az = xcalloc(base->nExclude + c->nExclude + 1, sizeof(char *));
    char **azDir = xcalloc(base->nExclude + c->nExclude + 1, sizeof(char *));
    for (i = 0; i < base->nExclude; i++) {
      az[i] = base->azExclude[i];
      azDir[i] = base->azExcludeDir[i];
    }
    for (k = 0; k < c->nExclude; k++) {
      az[i + k] = c->azExclude[k];
      azDir[i + k] = c->azExcludeDir[k];
    }
    free(c->azExclude);
    free(c->azExcludeDir);
    c->azExclude = az;
    c->azExcludeDir = azDir;
    c->nExclude += base->nExclude;
    base->nExclude = 0;
  }
  n = c->nRule;
  for (i = 0; i < base->nRule; i++) {
    int bMine = 0;
    for (k = 0; k < n && !bMine; k++) bMine = strcmp(c->aRule[k].zCode, base->aRule[i].zCode) == 0;
    if (bMine) continue;
    c->aRule = xrealloc(c->aRule, sizeof *c->aRule * (c->nRule + 1));
    c->aRule[c->nRule++] = base->aRule[i];
    base->aRule[i].zCode = NULL;
  }
  n = c->nParam;
  for (i = 0; i < base->nParam; i++) {
    int bMine = 0;
    for (k = 0; k < n && !bMine; k++) bMine = strcmp(c->azParamName[k], base->azParamName[i]) == 0;
    if (bMine) continue;
    c->azParamName = xrealloc(c->azParamName, sizeof(char *) * (c->nParam + 2));
    c->azParamValue = xrealloc(c->azParamValue, sizeof(char *) * (c->nParam + 2));
    c->azParamName[c->nParam] = base->azParamName[i];
    c->azParamValue[c->nParam++] = base->azParamValue[i];
    c->azParamName[c->nParam] = c->azParamValue[c->nParam] = NULL;
    base->azParamName[i] = base->azParamValue[i] = NULL;
  }
  lint_config_free(base);
}

#define CONFIG_MAX_CHAIN 32

LintConfig *lint_config_load(const char *zPath, char **pzErr) {
  LintConfig *aC[CONFIG_MAX_CHAIN];
  char *azShown[CONFIG_MAX_CHAIN], *azReal[CONFIG_MAX_CHAIN];
  size_t n = 0, i;
  char *zCur = xstrdup(zPath);
  LintConfig *c = NULL;
  *pzErr = NULL;
  for (;;) {
    char *zExt = NULL, *zNext, *zReal;
    LintConfig *one = config_load_one(zCur, &zExt, pzErr);
    if (!one) {
      free(zCur);
      break;
    }
    aC[n] = one;
    azShown[n] = zCur;
    azReal[n] = realpath(zCur, NULL);
    if (!azReal[n]) azReal[n] = xstrdup(zCur);
    n++;
    if (!zExt) break;
    zNext = zExt[0] == '/' ? path_normalize(zExt) : NULL;
    if (!zNext) {
      char *zJoin = util_mprintf("%s/%s", one->zDir, zExt);
      zNext = path_normalize(zJoin);
      free(zJoin);
    }
    free(zExt);
    zReal = realpath(zNext, NULL);
    if (!zReal) {
      *pzErr = util_mprintf("%s: extends: %s: cannot open: %s", zCur, zNext, strerror(errno));
      free(zNext);
      break;
    }
    for (i = 0; i < n && strcmp(azReal[i], zReal) != 0; i++) {
    }
    free(zReal);
    if (i < n) {
      /* a cycle: from the first file of it back to that file */
      StrBuf b = {0};
      size_t k;
      sb_printf(&b, "%s: extends: a cycle of configurations: ", zCur);
      for (k = i; k < n; k++) sb_printf(&b, "%s extends ", azShown[k]);
      sb_puts(&b, zNext);
      *pzErr = sb_finish(&b);
      free(zNext);
      break;
    }
    if (n == CONFIG_MAX_CHAIN) {
      *pzErr = util_mprintf("%s: extends: more than %d configurations extend one another",
                            zCur, CONFIG_MAX_CHAIN);
      free(zNext);
      break;
    }
    zCur = zNext;
  }
  if (!*pzErr) {
    /* The farthest first: each nearer file wins over what it extends. */
    c = aC[n - 1];
    for (i = n - 1; i > 0; i--) {
      config_merge(aC[i - 1], c);
      c = aC[i - 1];
    }
  }
  for (i = 0; i < n; i++) {
    if (!c) lint_config_free(aC[i]);
    free(azShown[i]);
    free(azReal[i]);
  }
  return c;
}

void lint_config_free(LintConfig *c) {
  size_t i;
  if (!c) return;
  for (i = 0; i < c->nExclude; i++) {
    free(c->azExclude[i]);
    free(c->azExcludeDir[i]);
  }
  for (i = 0; i < c->nRule; i++) free(c->aRule[i].zCode);
  for (i = 0; i < c->nParam; i++) {
    free(c->azParamName[i]);
    free(c->azParamValue[i]);
  }
  free(c->azParamName);
  free(c->azParamValue);
  free(c->azExclude);
  free(c->azExcludeDir);
  free(c->aRule);
  free(c->zPath);
  free(c->zDir);
  free(c->zPolicy);
  free(c->zStart);
  free(c->zEnd);
  amcq_policy_free(c->pPolicy);
  free(c);
}

char *lint_config_find(const char *zFile) {
  char *zReal = realpath(zFile, NULL), *zDir;
  if (!zReal) return NULL;
  zDir = dir_of(zReal);
  free(zReal);
  for (;;) {
    char *zCand = util_mprintf("%s%s.amcq.json", zDir, strcmp(zDir, "/") ? "/" : "");
    struct stat st;
    char *zUp;
    if (stat(zCand, &st) == 0 && S_ISREG(st.st_mode)) {
      /* Shown relative to the working directory when inside it. */
      char *zCwd = realpath(".", NULL);
      size_t nc = zCwd ? strlen(zCwd) : 0;
      free(zDir);
      if (zCwd && nc > 1 && strncmp(zCand, zCwd, nc) == 0 && zCand[nc] == '/') {
        char *zRel = xstrdup(zCand + nc + 1);
        free(zCand);
        zCand = zRel;
      }
      free(zCwd);
      return zCand;
    }
    free(zCand);
    if (strcmp(zDir, "/") == 0) break;
    zUp = dir_of(zDir);
    free(zDir);
    zDir = zUp;
  }
  free(zDir);
  return NULL;
}

int lint_severity(const LintConfig *c, const char *zCode, int def) {
  size_t i;
  for (i = 0; c && i < c->nRule; i++) {
    if (strcmp(c->aRule[i].zCode, zCode) == 0) return c->aRule[i].sev;
  }
  return def;
}

/* ---------------------------------------------------------------------- */
/* Excludes: gitignore-style globs                                         */

/* * and ? stay within a path segment, ** crosses segments, [..] is a
** class (! or ^ negates). */
static int glob_match(const char *p, const char *s) {
  for (;;) {
    if (!*p) return !*s;
    if (p[0] == '*' && p[1] == '*') {
      p += 2;
      if (*p == '/') p++;
      for (;;) {
        if (glob_match(p, s)) return 1;
        if (!*s) return 0;
        s++;
      }
    }
    if (*p == '*') {
      p++;
      for (;;) {
        if (glob_match(p, s)) return 1;
        if (!*s || *s == '/') return 0;
        s++;
      }
    }
    if (!*s) return 0;
    if (*p == '?') {
      if (*s == '/') return 0;
    } else if (*p == '[') {
      const char *q = p + 1;
      int bNeg = 0, bHit = 0;
      if (*q == '!' || *q == '^') bNeg = 1, q++;
      while (*q && (*q != ']' || q == p + 1 + bNeg)) {
        if (q[1] == '-' && q[2] && q[2] != ']') {
          if (*s >= q[0] && *s <= q[2]) bHit = 1;
          q += 3;
        } else {
          if (*s == *q) bHit = 1;
          q++;
        }
      }
      if (!*q) return *p == *s && glob_match(p + 1, s + 1); /* no ]: literal */
      if (bHit == bNeg || *s == '/') return 0;
      p = q;
    } else if (*p == '\\' && p[1]) {
      p++;
      if (*p != *s) return 0;
    } else if (*p != *s) {
      return 0;
    }
    p++;
    s++;
  }
}

static int excluded_by(const char *zPat, const char *zRel) {
  size_t n = strlen(zPat);
  char *zP = xstrdup(zPat), *zPrefix;
  int bHit = 0;
  const char *s;
  if (n > 1 && zP[n - 1] == '/') zP[n - 1] = 0; /* a directory: its contents */
  if (!strchr(zP, '/')) {
    /* No slash: any path segment, at any depth. */
    const char *seg = zRel;
    while (!bHit && seg) {
      const char *e = strchr(seg, '/');
      char *zSeg = e ? xstrndup(seg, (size_t)(e - seg)) : xstrdup(seg);
      bHit = glob_match(zP, zSeg);
      free(zSeg);
      seg = e ? e + 1 : NULL;
    }
  } else {
    const char *zAnch = zP[0] == '/' ? zP + 1 : zP;
    bHit = glob_match(zAnch, zRel);
    for (s = strchr(zRel, '/'); !bHit && s; s = strchr(s + 1, '/')) {
      zPrefix = xstrndup(zRel, (size_t)(s - zRel));
      bHit = glob_match(zAnch, zPrefix);
      free(zPrefix);
    }
  }
  free(zP);
  return bHit;
}

int lint_excluded(const LintConfig *c, const char *zFile) {
  char *zReal, *zBase = NULL;
  const char *zDir = NULL;
  size_t i;
  int bHit = 0;
  if (!c || !c->nExclude || !c->zPath) return 0;
  zReal = realpath(zFile, NULL);
  if (!zReal) return 0;
  /* Each pattern is relative to the directory of the file that wrote it;
  ** the patterns of one file are next to each other. */
  for (i = 0; i < c->nExclude && !bHit; i++) {
    size_t nb;
    if (!zDir || strcmp(zDir, c->azExcludeDir[i]) != 0) {
      zDir = c->azExcludeDir[i];
      free(zBase);
      zBase = realpath(zDir, NULL);
    }
    if (!zBase) continue;
    nb = strlen(zBase);
    if (strncmp(zReal, zBase, nb) == 0 && (zReal[nb] == '/' || nb == 1)) {
      bHit = excluded_by(c->azExclude[i], zReal + nb + (nb == 1 ? 0 : 1));
    }
  }
  free(zReal);
  free(zBase);
  return bHit;
}

int lint_wants(const char *zPath) {
  size_t n = strlen(zPath);
  return (n > 4 && strcmp(zPath + n - 4, ".sql") == 0) ||
         (n > 5 && strcmp(zPath + n - 5, ".json") == 0 &&
          strcmp(zPath + n - 10 > zPath ? zPath + n - 10 : zPath, ".amcq.json") != 0);
}

/* ---------------------------------------------------------------------- */
/* Diagnostics in file coordinates                                         */

static void add_diag(LintFile *f, const char *zCode, int sev, uint32_t iStart, uint32_t iEnd,
                     const char *zMsg, const char *zHint) {
  LintDiag *d;
  util_grow((void **)&f->a, &f->cap, f->n + 1, sizeof *f->a);
  d = &f->a[f->n++];
  d->zCode = zCode;
  d->severity = sev;
  d->iStart = iStart;
  d->iEnd = iEnd < iStart ? iStart : iEnd;
  d->zMessage = xstrdup(zMsg);
  d->zHint = zHint ? xstrdup(zHint) : NULL;
  if (sev == AMCQ_ERROR) f->nError++;
  else if (sev == AMCQ_WARNING) f->nWarning++; /* notes are not counted */
}

static void add_rule_diag(LintFile *f, const LintConfig *c, const char *zCode, uint32_t iStart,
                          uint32_t iEnd, const char *zHint, const char *zFmt, ...)
    __attribute__((format(printf, 7, 8)));
static void add_rule_diag(LintFile *f, const LintConfig *c, const char *zCode, uint32_t iStart,
                          uint32_t iEnd, const char *zHint, const char *zFmt, ...) {
  const RuleInfo *ri = rules_find(zCode);
  int sev = lint_severity(c, zCode, ri ? (int)ri->severity : AMCQ_ERROR);
  StrBuf b = {0};
  va_list ap;
  if (sev == LINT_OFF) return;
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  add_diag(f, ri ? ri->zCode : zCode, sev, iStart, iEnd, b.z ? b.z : "", zHint);
  sb_free(&b);
}

/* ---------------------------------------------------------------------- */
/* Suppressions: -- amcq: disable=CODE[,CODE] reason         its own line,  */
/*                                                 or up to enable=CODE     */
/*               -- amcq: disable-next-line=CODE[,CODE] reason  next line   */
/*               -- amcq: disable-file=CODE[,CODE] reason   the whole file  */
/*               -- amcq: enable=CODE[,CODE]           ends a disable= range */

enum { SUP_LINE, SUP_NEXT, SUP_RANGE, SUP_FILE };

/* One rule of one suppression comment. */
typedef struct Suppress {
  const RuleInfo *ri;
  int kind;              /* SUP_* */
  int line0, line1;      /* the lines it covers, in the query text */
  uint32_t iStart, iEnd; /* the comment, in the query text */
  int bUsed;
  int bOpen;             /* a disable= that a later enable= may close */
  int bRefused;          /* an error's (AMC401 said so): kept only so that
                            its enable= is not reported too */
} Suppress;

typedef struct Suppressions {
  Suppress *a;
  size_t n, cap;
} Suppressions;

static int line_of(const char *z, uint32_t off) {
  int line = 1;
  uint32_t i;
  for (i = 0; i < off && z[i]; i++) line += z[i] == '\n';
  return line;
}

/* Does z[0..n) contain "amcq:" anywhere? (memmem is not standard C.) */
static int mentions_amcq(const char *z, size_t n) {
  const char *p = z, *zEnd = z + n;
  while (zEnd - p >= 5 && (p = memchr(p, 'a', (size_t)(zEnd - p - 4))) != NULL) {
    if (memcmp(p, "amcq:", 5) == 0) return 1;
    p++;
  }
  return 0;
}

/* Parse the suppressions in comment tokens of query text z; report bad
** ones. map: query offsets to file offsets (NULL: the same). */
static void parse_suppressions(LintFile *f, const LintConfig *c, const char *z, size_t n,
                               const uint32_t *map, Suppressions *s) {
  static const struct {
    const char *zWord; /* with its = */
    int kind;          /* SUP_*, or -1 for enable= */
  } aForm[] = {{"disable-next-line=", SUP_NEXT},
               {"disable-file=", SUP_FILE},
               {"disable=", SUP_LINE},
               {"enable=", -1}};
  Arena a;
  TokenList all;
  size_t i;
  /* Most files have no suppression at all: do not lex them for nothing. */
  if (!mentions_amcq(z, n)) return;
  memset(&a, 0, sizeof a);
  lex_all(&a, z, n, &all);
  for (i = 0; i < all.n; i++) {
    const Token *t = &all.a[i];
    const char *p, *zEnd;
    uint32_t iFrom, iTo; /* the comment, in file offsets */
    int kind = 0, line, nCode = 0;
    size_t k, nForm = sizeof aForm / sizeof aForm[0];
    if (t->kind != TK_COMMENT || z[t->iStart] != '-') continue;
    p = z + t->iStart + 2;
    zEnd = z + t->iEnd;
    while (p < zEnd && (*p == ' ' || *p == '\t')) p++;
    if (zEnd - p < 5 || strncmp(p, "amcq:", 5) != 0) continue;
    p += 5;
    while (p < zEnd && (*p == ' ' || *p == '\t')) p++;
    iFrom = map ? map[t->iStart] : t->iStart;
    iTo = map ? map[t->iEnd - 1] + 1 : t->iEnd;
    for (k = 0; k < nForm; k++) {
      size_t nw = strlen(aForm[k].zWord);
      if ((size_t)(zEnd - p) >= nw && strncmp(p, aForm[k].zWord, nw) == 0) {
        kind = aForm[k].kind;
        p += nw;
        break;
      }
    }
    if (k == nForm) {
      add_rule_diag(f, c, "AMC403", iFrom, iTo,
                    "write -- amcq: disable=CODE reason, disable-next-line=CODE reason or "
                    "disable-file=CODE reason; enable=CODE ends a disable=",
                    "not an amcq suppression");
      continue;
    }
    line = line_of(z, t->iStart);
    while (p < zEnd) {
      const char *q = p;
      char *zCode;
      const RuleInfo *ri;
      while (q < zEnd && (isalnum((unsigned char)*q) || *q == '-' || *q == '_')) q++;
      if (q == p) break;
      nCode++;
      zCode = xstrndup(p, (size_t)(q - p));
      ri = rules_find(zCode);
      if (!ri) {
        add_rule_diag(f, c, "AMC403", iFrom, iTo, "see amcq rules",
                      "unknown rule %s in a suppression", zCode);
      } else if (kind < 0) {
        /* enable=: closes every disable= of this rule still open */
        size_t j;
        int bClosed = 0;
        for (j = 0; j < s->n; j++) {
          Suppress *sp = &s->a[j];
          if (!sp->bOpen || sp->ri != ri) continue;
          sp->bOpen = 0;
          sp->kind = SUP_RANGE;
          sp->line1 = line;
          bClosed = 1;
        }
        if (!bClosed) {
          add_rule_diag(f, c, "AMC403", iFrom, iTo,
                        "enable= ends what a disable= of the same rule began above it; "
                        "disable-next-line= and disable-file= need no enable=",
                        "enable=%s without a disable=%s above it", ri->zCode, ri->zCode);
        }
      } else {
        Suppress *sp;
        int bError = lint_severity(c, ri->zCode, (int)ri->severity) == AMCQ_ERROR;
        if (bError) {
          add_rule_diag(f, c, "AMC401", iFrom, iTo,
                        "fix the query: AMC would reject it whatever the comment says",
                        "%s is an error and cannot be suppressed", ri->zCode);
        }
        if (!bError || kind == SUP_LINE) {
          util_grow((void **)&s->a, &s->cap, s->n + 1, sizeof *s->a);
          sp = &s->a[s->n++];
          memset(sp, 0, sizeof *sp);
          sp->ri = ri;
          sp->kind = kind;
          sp->line0 = sp->line1 = line + (kind == SUP_NEXT);
          if (kind == SUP_FILE) {
            sp->line0 = 1;
            sp->line1 = INT_MAX;
          }
          sp->iStart = t->iStart;
          sp->iEnd = t->iEnd;
          sp->bOpen = kind == SUP_LINE;
          sp->bRefused = bError;
        }
      }
      free(zCode);
      p = q;
      if (p < zEnd && *p == ',') p++;
      else break;
    }
    if (!nCode) {
      add_rule_diag(f, c, "AMC403", iFrom, iTo,
                    "write the rule code or name right after the = sign: "
                    "-- amcq: disable=AMC301 reason",
                    "no rule code after %s", aForm[k].zWord);
    }
  }
  arena_free(&a);
}

/* Is a warning with code zCode at query line `line` suppressed? */
static int suppressed(Suppressions *s, const char *zCode, int line) {
  size_t i;
  for (i = 0; i < s->n; i++) {
    Suppress *sp = &s->a[i];
    if (sp->bRefused || line < sp->line0 || line > sp->line1) continue;
    if (strcmp(sp->ri->zCode, zCode) == 0) {
      sp->bUsed = 1;
      return 1;
    }
  }
  return 0;
}

static void report_unused(LintFile *f, const LintConfig *c, Suppressions *s,
                          const uint32_t *map) {
  size_t i;
  for (i = 0; i < s->n; i++) {
    const Suppress *sp = &s->a[i];
    if (sp->bUsed || sp->bRefused) continue;
    add_rule_diag(f, c, "AMC402", map ? map[sp->iStart] : sp->iStart,
                  map ? map[sp->iEnd - 1] + 1 : sp->iEnd, "remove it, or the rule code it names",
                  "the suppression of %s suppresses nothing", sp->ri->zCode);
  }
}

/* ---------------------------------------------------------------------- */
/* One query                                                               */

/* Check query text z[0..n); map (NULL: identity) turns its offsets into
** file offsets. azParam: declared workflow parameters (NULL: none known). */
static void lint_query(const LintOptions *o, LintFile *f, const char *z, size_t n,
                       const uint32_t *map, Suppressions *s, char **azParam, size_t nParam,
                       int bWorkflow, int bSandbox) {
  amcq_check_options co;
  amcq_query *q;
  size_t i, nd;
  memset(&co, 0, sizeof co);
  co.audience = o->bAudience;
  co.sandbox = o->bSandbox || bSandbox;
  q = amcq_query_check_with(z, n, f->zPath, o->pPolicy, &co);
  nd = amcq_query_diagnostic_count(q);
  for (i = 0; i < nd; i++) {
    amcq_diagnostic d;
    int sev;
    amcq_query_diagnostic(q, i, &d);
    sev = lint_severity(o->pConfig, d.code, (int)d.severity);
    if (sev == LINT_OFF) continue;
    if (d.severity == AMCQ_NOTE) sev = AMCQ_NOTE; /* a rule sandbox mode lifts */
    if (sev == AMCQ_WARNING && suppressed(s, d.code, line_of(z, (uint32_t)d.start))) continue;
    add_diag(f, rules_find(d.code) ? rules_find(d.code)->zCode : "AMC001", sev,
             map ? map[d.start] : (uint32_t)d.start,
             map ? (d.end > d.start ? map[d.end - 1] + 1 : map[d.start]) : (uint32_t)d.end,
             d.message, d.hint);
  }
  amcq_query_free(q);
  f->nQueries++;
  /* CUSTOM_PARAMETER('x'): a workflow must declare x. */
  if (bWorkflow) {
    Arena a;
    TokenList all, sig;
    memset(&a, 0, sizeof a);
    lex_all(&a, z, n, &all);
    lex_significant(&a, &all, &sig);
    for (i = 0; i + 3 < sig.n; i++) {
      const Token *t = &sig.a[i], *s2 = &sig.a[i + 2];
      char *zName;
      size_t k;
      int bFound = 0;
      if (!lex_is_word(z, t, "custom_parameter") || sig.a[i + 1].kind != TK_LPAREN ||
          s2->kind != TK_STRING || z[s2->iStart] != '\'' || sig.a[i + 3].kind != TK_RPAREN) {
        continue;
      }
      zName = xstrndup(z + s2->iStart + 1, s2->iEnd - s2->iStart - 2);
      for (k = 0; k < nParam; k++) bFound |= strcmp(azParam[k], zName) == 0;
      if (!bFound) {
        char *zHint = util_mprintf("declare it in the workflow's inputParameters: "
                                   "{\"name\": \"%s\", \"dataType\": \"STRING\", ...}",
                                   zName);
        add_rule_diag(f, o->pConfig, "AMC019", map ? map[t->iStart] : t->iStart,
                      map ? map[sig.a[i + 3].iStart] + 1 : sig.a[i + 3].iEnd, zHint,
                      "CUSTOM_PARAMETER('%s') is not declared in the workflow's "
                      "inputParameters",
                      zName);
        free(zHint);
      }
      free(zName);
    }
    arena_free(&a);
  }
}

/* ---------------------------------------------------------------------- */
/* Workflow JSON                                                           */

typedef struct Scan {
  const char *z;
  size_t n, i;
  const char *zWhy; /* first error */
  size_t iBad;
} Scan;

typedef struct Workflow1 {
  size_t iQ0, iQ1;  /* the sqlQuery string token, quotes included */
  char **azParam;
  size_t nParam, nParamCap;
  /* disableAggregationControls and requireSyntheticData are true: AMC's
  ** sandbox mode */
  int bNoControls, bSynthetic;
} Workflow1;

static void scan_fail(Scan *s, const char *zWhy) {
  if (!s->zWhy) {
    s->zWhy = zWhy;
    s->iBad = s->i;
  }
}

static void ws(Scan *s) {
  while (s->i < s->n && (s->z[s->i] == ' ' || s->z[s->i] == '\t' || s->z[s->i] == '\n' ||
                         s->z[s->i] == '\r')) {
    s->i++;
  }
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decode the string token at s->i (opening quote). With pOut, appends the
** UTF-8 text and, with pMap, each output byte's file offset; the map gets
** one more entry, the closing quote. Returns 0 or -1. */
static int scan_string(Scan *s, StrBuf *pOut, uint32_t **pMap, size_t *pnMap) {
  size_t nMapCap = 0;
  if (s->i >= s->n || s->z[s->i] != '"') {
    scan_fail(s, "expected a string");
    return -1;
  }
  s->i++;
  for (;;) {
    size_t at = s->i;
    char buf[4];
    int nb = 0;
    unsigned char ch;
    if (s->i >= s->n) {
      scan_fail(s, "unterminated string");
      return -1;
    }
    ch = (unsigned char)s->z[s->i];
    if (ch == '"') break;
    if (ch < 0x20) {
      scan_fail(s, "control character in a string");
      return -1;
    }
    if (ch != '\\') {
      buf[0] = (char)ch;
      nb = 1;
      s->i++;
    } else {
      char e;
      s->i++;
      if (s->i >= s->n) {
        scan_fail(s, "unterminated string");
        return -1;
      }
      e = s->z[s->i++];
      switch (e) {
        case '"': buf[0] = '"'; nb = 1; break;
        case '\\': buf[0] = '\\'; nb = 1; break;
        case '/': buf[0] = '/'; nb = 1; break;
        case 'b': buf[0] = '\b'; nb = 1; break;
        case 'f': buf[0] = '\f'; nb = 1; break;
        case 'n': buf[0] = '\n'; nb = 1; break;
        case 'r': buf[0] = '\r'; nb = 1; break;
        case 't': buf[0] = '\t'; nb = 1; break;
        case 'u': {
          unsigned cp = 0;
          int k;
          for (k = 0; k < 4; k++) {
            int h = s->i < s->n ? hexval(s->z[s->i]) : -1;
            if (h < 0) {
              scan_fail(s, "bad \\u escape");
              return -1;
            }
            cp = cp * 16 + (unsigned)h;
            s->i++;
          }
          if (cp >= 0xD800 && cp <= 0xDBFF && s->i + 6 <= s->n && s->z[s->i] == '\\' &&
              s->z[s->i + 1] == 'u') {
            unsigned lo = 0;
            int bOk = 1;
            for (k = 0; k < 4; k++) {
              int h = hexval(s->z[s->i + 2 + k]);
              if (h < 0) bOk = 0;
              else lo = lo * 16 + (unsigned)h;
            }
            if (bOk && lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              s->i += 6;
            }
          }
          if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
            scan_fail(s, "\\u escape of a lone surrogate or NUL");
            return -1;
          }
          if (cp < 0x80) {
            buf[0] = (char)cp;
            nb = 1;
          } else if (cp < 0x800) {
            buf[0] = (char)(0xC0 | (cp >> 6));
            buf[1] = (char)(0x80 | (cp & 0x3F));
            nb = 2;
          } else if (cp < 0x10000) {
            buf[0] = (char)(0xE0 | (cp >> 12));
            buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = (char)(0x80 | (cp & 0x3F));
            nb = 3;
          } else {
            buf[0] = (char)(0xF0 | (cp >> 18));
            buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[3] = (char)(0x80 | (cp & 0x3F));
            nb = 4;
          }
          break;
        }
        default:
          s->i--;
          scan_fail(s, "bad escape in a string");
          return -1;
      }
    }
    if (pOut) {
      int k;
      sb_append(pOut, buf, (size_t)nb);
      if (pMap) {
        for (k = 0; k < nb; k++) {
          util_grow((void **)pMap, &nMapCap, *pnMap + 2, sizeof **pMap);
          (*pMap)[(*pnMap)++] = (uint32_t)at;
        }
      }
    }
  }
  if (pMap) {
    util_grow((void **)pMap, &nMapCap, *pnMap + 1, sizeof **pMap);
    (*pMap)[*pnMap] = (uint32_t)s->i; /* the closing quote */
  }
  s->i++;
  return 0;
}

static int scan_value(Scan *s, int depth);

static int scan_literal(Scan *s) {
  static const char *const az[] = {"true", "false", "null"};
  size_t k;
  const char *z = s->z + s->i;
  if (s->i < s->n && (*z == '-' || isdigit((unsigned char)*z))) {
    char *zEnd;
    char *zCopy = xstrndup(z, s->n - s->i > 64 ? 64 : s->n - s->i);
    strtod(zCopy, &zEnd);
    if (zEnd == zCopy) {
      free(zCopy);
      scan_fail(s, "bad number");
      return -1;
    }
    s->i += (size_t)(zEnd - zCopy);
    free(zCopy);
    return 0;
  }
  for (k = 0; k < 3; k++) {
    size_t nk = strlen(az[k]);
    if (s->n - s->i >= nk && strncmp(z, az[k], nk) == 0) {
      s->i += nk;
      return 0;
    }
  }
  scan_fail(s, "expected a value");
  return -1;
}

/* Members of the object at s->i; pf(key, s) handles a value or returns 1
** to have it skipped. */
typedef int (*MemberFn)(Scan *s, const char *zKey, void *pArg, int depth);

static int scan_object(Scan *s, int depth, MemberFn pf, void *pArg) {
  if (depth > JSON_MAX_DEPTH) {
    scan_fail(s, "nested too deeply");
    return -1;
  }
  s->i++; /* { */
  ws(s);
  if (s->i < s->n && s->z[s->i] == '}') {
    s->i++;
    return 0;
  }
  for (;;) {
    StrBuf key = {0};
    int r;
    ws(s);
    if (scan_string(s, &key, NULL, NULL) != 0) {
      sb_free(&key);
      return -1;
    }
    ws(s);
    if (s->i >= s->n || s->z[s->i] != ':') {
      sb_free(&key);
      scan_fail(s, "expected ':'");
      return -1;
    }
    s->i++;
    ws(s);
    r = pf ? pf(s, key.z ? key.z : "", pArg, depth) : 1;
    sb_free(&key);
    if (r < 0) return -1;
    if (r > 0 && scan_value(s, depth + 1) != 0) return -1;
    ws(s);
    if (s->i < s->n && s->z[s->i] == ',') {
      s->i++;
      continue;
    }
    if (s->i < s->n && s->z[s->i] == '}') {
      s->i++;
      return 0;
    }
    scan_fail(s, "expected ',' or '}'");
    return -1;
  }
}

typedef int (*ElemFn)(Scan *s, void *pArg, int depth);

static int scan_array(Scan *s, int depth, ElemFn pf, void *pArg) {
  if (depth > JSON_MAX_DEPTH) {
    scan_fail(s, "nested too deeply");
    return -1;
  }
  s->i++; /* [ */
  ws(s);
  if (s->i < s->n && s->z[s->i] == ']') {
    s->i++;
    return 0;
  }
  for (;;) {
    int r;
    ws(s);
    r = pf ? pf(s, pArg, depth) : 1;
    if (r < 0) return -1;
    if (r > 0 && scan_value(s, depth + 1) != 0) return -1;
    ws(s);
    if (s->i < s->n && s->z[s->i] == ',') {
      s->i++;
      continue;
    }
    if (s->i < s->n && s->z[s->i] == ']') {
      s->i++;
      return 0;
    }
    scan_fail(s, "expected ',' or ']'");
    return -1;
  }
}

static int scan_value(Scan *s, int depth) {
  ws(s);
  if (s->i >= s->n) {
    scan_fail(s, "unexpected end of input");
    return -1;
  }
  switch (s->z[s->i]) {
    case '{':
      return scan_object(s, depth, NULL, NULL);
    case '[':
      return scan_array(s, depth, NULL, NULL);
    case '"':
      return scan_string(s, NULL, NULL, NULL);
    default:
      return scan_literal(s);
  }
}

typedef struct WfList {
  Workflow1 *a;
  size_t n, cap;
  Workflow1 cur;
  int bHasSql;
} WfList;

static int param_member(Scan *s, const char *zKey, void *pArg, int depth) {
  WfList *w = pArg;
  StrBuf b = {0};
  (void)depth;
  if (strcmp(zKey, "name") != 0 || s->i >= s->n || s->z[s->i] != '"') return 1;
  if (scan_string(s, &b, NULL, NULL) != 0) {
    sb_free(&b);
    return -1;
  }
  util_grow((void **)&w->cur.azParam, &w->cur.nParamCap, w->cur.nParam + 1, sizeof(char *));
  w->cur.azParam[w->cur.nParam++] = sb_finish(&b);
  return 0;
}

static int param_elem(Scan *s, void *pArg, int depth) {
  if (s->i < s->n && s->z[s->i] == '{') return scan_object(s, depth + 1, param_member, pArg);
  return 1;
}

static int wf_member(Scan *s, const char *zKey, void *pArg, int depth) {
  WfList *w = pArg;
  if (strcmp(zKey, "sqlQuery") == 0 && s->i < s->n && s->z[s->i] == '"') {
    w->cur.iQ0 = s->i;
    if (scan_string(s, NULL, NULL, NULL) != 0) return -1;
    w->cur.iQ1 = s->i;
    w->bHasSql = 1;
    return 0;
  }
  if (strcmp(zKey, "inputParameters") == 0 && s->i < s->n && s->z[s->i] == '[') {
    return scan_array(s, depth + 1, param_elem, pArg);
  }
  if ((strcmp(zKey, "disableAggregationControls") == 0 ||
       strcmp(zKey, "requireSyntheticData") == 0) &&
      s->n - s->i >= 4 && memcmp(s->z + s->i, "true", 4) == 0) {
    if (zKey[0] == 'd') w->cur.bNoControls = 1;
    else w->cur.bSynthetic = 1;
  }
  return 1;
}

static int wf_object(Scan *s, WfList *w, int depth) {
  size_t k;
  memset(&w->cur, 0, sizeof w->cur);
  w->bHasSql = 0;
  if (scan_object(s, depth, wf_member, w) != 0) {
    for (k = 0; k < w->cur.nParam; k++) free(w->cur.azParam[k]);
    free(w->cur.azParam);
    return -1;
  }
  if (w->bHasSql) {
    util_grow((void **)&w->a, &w->cap, w->n + 1, sizeof *w->a);
    w->a[w->n++] = w->cur;
  } else {
    for (k = 0; k < w->cur.nParam; k++) free(w->cur.azParam[k]);
    free(w->cur.azParam);
  }
  return 0;
}

static int wf_elem(Scan *s, void *pArg, int depth) {
  if (s->i < s->n && s->z[s->i] == '{') return wf_object(s, pArg, depth + 1);
  return 1;
}

static void lint_json(const LintOptions *o, LintFile *f) {
  Scan s;
  WfList w;
  size_t k, bad;
  int bNul;
  memset(&s, 0, sizeof s);
  memset(&w, 0, sizeof w);
  s.z = f->zText;
  s.n = f->nText;
  bad = source_check_utf8(f->zText, f->nText, &bNul);
  if (bad < f->nText) {
    add_rule_diag(f, o->pConfig, "AMC002", (uint32_t)bad, (uint32_t)bad + 1,
                  "save the file as UTF-8", bNul ? "NUL byte in the input" :
                  "invalid UTF-8: byte 0x%02x cannot start or continue a character here",
                  (unsigned char)f->zText[bad]);
    return;
  }
  ws(&s);
  if (s.i < s.n && s.z[s.i] == '{') wf_object(&s, &w, 0);
  else if (s.i < s.n && s.z[s.i] == '[') scan_array(&s, 0, wf_elem, &w);
  else scan_value(&s, 0);
  if (!s.zWhy) {
    ws(&s);
    if (s.i < s.n) scan_fail(&s, "text after the JSON value");
  }
  if (s.zWhy) {
    add_rule_diag(f, o->pConfig, "AMC001", (uint32_t)s.iBad, (uint32_t)s.iBad + 1,
                  "a .json file amcq finds must be valid JSON; exclude other JSON files "
                  "in .amcq.json",
                  "malformed JSON: %s", s.zWhy);
  }
  for (k = 0; k < w.n; k++) {
    Workflow1 *wf = &w.a[k];
    StrBuf q = {0};
    uint32_t *map = NULL;
    size_t nMap = 0, i;
    Suppressions sup = {0};
    Scan s2 = s;
    s2.i = wf->iQ0;
    s2.zWhy = NULL;
    if (!s.zWhy && scan_string(&s2, &q, &map, &nMap) == 0) {
      char *zSql = q.z ? q.z : xstrdup("");
      size_t n = q.n;
      q.z = NULL;
      if (!map) {
        map = xmalloc(sizeof *map);
        map[0] = (uint32_t)wf->iQ0 + 1;
      }
      parse_suppressions(f, o->pConfig, zSql, n, map, &sup);
      lint_query(o, f, zSql, n, map, &sup, wf->azParam, wf->nParam, 1,
                 wf->bNoControls && wf->bSynthetic);
      if (o->bReportUnused) report_unused(f, o->pConfig, &sup, map);
      free(zSql);
    }
    sb_free(&q);
    free(map);
    free(sup.a);
    for (i = 0; i < wf->nParam; i++) free(wf->azParam[i]);
    free(wf->azParam);
  }
  free(w.a);
}

/* ---------------------------------------------------------------------- */
/* SQL files                                                               */

static void lint_sql(const LintOptions *o, LintFile *f) {
  Suppressions sup = {0};
  parse_suppressions(f, o->pConfig, f->zText, f->nText, NULL, &sup);
  if (!o->bSplit) {
    lint_query(o, f, f->zText, f->nText, NULL, &sup, NULL, 0, 0, 0);
  } else {
    /* Each statement alone, everything else blanked so that positions
    ** stay those of the file. */
    Arena a;
    TokenList all;
    size_t i, iStmt = 0, nStmt = 0;
    memset(&a, 0, sizeof a);
    lex_all(&a, f->zText, f->nText, &all);
    for (i = 0; i <= all.n; i++) {
      int bEnd = i == all.n || all.a[i].kind == TK_SEMI;
      size_t k;
      int bReal = 0;
      char *z;
      if (!bEnd) continue;
      for (k = iStmt; k < i; k++) {
        if (all.a[k].kind != TK_SPACE && all.a[k].kind != TK_COMMENT) bReal = 1;
      }
      if (bReal) {
        uint32_t s0 = all.a[iStmt].iStart, s1 = i < all.n ? all.a[i].iEnd : (uint32_t)f->nText;
        uint32_t j;
        z = xmalloc(f->nText + 1);
        for (j = 0; j < f->nText; j++) {
          char c = f->zText[j];
          z[j] = (j >= s0 && j < s1) || c == '\n' ? c : ' ';
        }
        z[f->nText] = 0;
        lint_query(o, f, z, f->nText, NULL, &sup, NULL, 0, 0, 0);
        free(z);
        nStmt++;
      }
      iStmt = i + 1;
    }
    if (!nStmt) lint_query(o, f, f->zText, f->nText, NULL, &sup, NULL, 0, 0, 0);
    arena_free(&a);
  }
  if (o->bReportUnused) report_unused(f, o->pConfig, &sup, NULL);
  free(sup.a);
}

static int diag_cmp(const void *pa, const void *pb) {
  const LintDiag *a = pa, *b = pb;
  int c;
  if (a->iStart != b->iStart) return a->iStart < b->iStart ? -1 : 1;
  c = strcmp(a->zCode, b->zCode);
  if (c) return c;
  if (a->iEnd != b->iEnd) return a->iEnd < b->iEnd ? -1 : 1;
  return strcmp(a->zMessage, b->zMessage);
}

void lint_file(const LintOptions *o, const char *zPath, const char *z, size_t n,
               LintFile *out) {
  size_t nPath = strlen(zPath);
  memset(out, 0, sizeof *out);
  out->zPath = xstrdup(zPath);
  out->zText = xmalloc(n + 1);
  if (n) memcpy(out->zText, z, n);
  out->zText[n] = 0;
  out->nText = n;
  if (nPath > 5 && strcmp(zPath + nPath - 5, ".json") == 0) lint_json(o, out);
  else lint_sql(o, out);
  if (o->nOnly || o->nOff) {
    /* --rules and --exclude-rules: what is reported, not what is found
    ** (a suppression of a warning left out here still suppressed it). */
    size_t i, k, m = 0;
    for (i = 0; i < out->n; i++) {
      LintDiag *d = &out->a[i];
      int bDrop = 0;
      if (d->severity == AMCQ_WARNING) {
        if (o->nOnly) {
          bDrop = 1;
          for (k = 0; k < o->nOnly && bDrop; k++) bDrop = strcmp(o->azOnly[k], d->zCode) != 0;
        }
        for (k = 0; k < o->nOff && !bDrop; k++) bDrop = strcmp(o->azOff[k], d->zCode) == 0;
      }
      if (bDrop) {
        free(d->zMessage);
        free(d->zHint);
        out->nWarning--;
      } else {
        out->a[m++] = *d;
      }
    }
    out->n = m;
  }
  if (out->n > 1) qsort(out->a, out->n, sizeof *out->a, diag_cmp);
}

void lint_file_free(LintFile *f) {
  size_t i;
  for (i = 0; i < f->n; i++) {
    free(f->a[i].zMessage);
    free(f->a[i].zHint);
  }
  free(f->a);
  free(f->zPath);
  free(f->zText);
  memset(f, 0, sizeof *f);
}
