/*
 * lint.h: amcq check over files, as CI runs it: .sql files (one statement,
 * or each statement on its own with split), AMC workflow JSON files (each
 * sqlQuery checked with positions in the JSON file, its inputParameters
 * known to CUSTOM_PARAMETER), .amcq.json configuration (policy, excludes,
 * rule severities, "extends" chains) and inline suppressions (-- amcq:
 * disable=CODE reason for a line, or a range up to enable=CODE;
 * disable-next-line=CODE; disable-file=CODE).
 * Diagnostics come out in file coordinates for report.c to render.
 */
#ifndef AMCQ_LINT_H
#define AMCQ_LINT_H

#include <stddef.h>
#include <stdint.h>

#include "amcq.h"

#define LINT_OFF (-1)

typedef struct LintRule {
  char *zCode; /* "AMC301" */
  int sev;     /* LINT_OFF, AMCQ_WARNING or AMCQ_ERROR */
} LintRule;

typedef struct LintConfig {
  char *zPath;    /* the .amcq.json file; NULL for the defaults */
  char *zDir;     /* its directory, "" for the defaults */
  char *zPolicy;  /* policy file, resolved against the directory of the
                     file that named it; NULL: built-in */
  char **azExclude;
  char **azExcludeDir; /* parallel: the directory of the file that wrote
                          each pattern (an extended file's, or zDir) */
  size_t nExclude;
  int bRoot;      /* "root": true; lookup stops at the nearest file anyway
                     (docs/ci.md), so nothing depends on it */
  LintRule *aRule;
  size_t nRule;
  char *zStart, *zEnd; /* default time window (amcq run) */
  char **azParamName, **azParamValue; /* default parameters (amcq run) */
  size_t nParam;
  amcq_policy *pPolicy; /* loaded on first use */
} LintConfig;

/* Read a configuration file and, through "extends", every file it extends
** (paths relative to the file that names them; the settings merged as
** docs/ci.md says: the nearer file wins). Returns NULL and sets *pzErr
** (heap) naming the file and the key for anything invalid, an extended file
** that cannot be read, or a cycle. */
LintConfig *lint_config_load(const char *zPath, char **pzErr);
/* The built-in defaults (no file). */
LintConfig *lint_config_default(void);
void lint_config_free(LintConfig *c);
/* The nearest .amcq.json at or above the directory of zFile, as a heap
** path, or NULL. */
char *lint_config_find(const char *zFile);
/* Is zFile excluded by c's globs (gitignore-style, relative to c's
** directory)? */
int lint_excluded(const LintConfig *c, const char *zFile);
/* The severity c gives rule zCode whose default is def (LINT_OFF: off). */
int lint_severity(const LintConfig *c, const char *zCode, int def);

typedef struct LintDiag {
  const char *zCode; /* static (rule table) */
  int severity;      /* AMCQ_WARNING or AMCQ_ERROR */
  char *zMessage;
  char *zHint;       /* NULL when none */
  uint32_t iStart, iEnd; /* byte offsets into the file */
} LintDiag;

typedef struct LintFile {
  char *zPath;  /* as shown */
  char *zText;  /* the whole file */
  size_t nText;
  LintDiag *a;
  size_t n, cap;
  int nError, nWarning;
  int nQueries; /* statements or workflows checked */
} LintFile;

typedef struct LintOptions {
  int bSplit;        /* a .sql file may hold several statements */
  int bReportUnused; /* report suppressions that suppress nothing */
  int bAudience;     /* every query is an audience query (--audience) */
  int bSandbox;      /* AMC's sandbox mode (--sandbox; a workflow's
                        disableAggregationControls with requireSyntheticData
                        turns it on for that workflow) */
  /* --rules: only the warnings of these rules are reported (canonical
  ** codes; nOnly 0: every rule); --exclude-rules: the warnings of these are
  ** not. Applied to what is reported, after suppressions are matched;
  ** errors and notes are always reported. */
  const char *const *azOnly;
  size_t nOnly;
  const char *const *azOff;
  size_t nOff;
  const LintConfig *pConfig;
  const amcq_policy *pPolicy;
} LintOptions;

/* Is zPath a file amcq check reads when walking directories (*.sql and
** *.json)? */
int lint_wants(const char *zPath);

/* Check the file zPath with contents z[0..n) (copied). Workflow JSON is
** recognised by the .json suffix. */
void lint_file(const LintOptions *o, const char *zPath, const char *z, size_t n,
               LintFile *out);
void lint_file_free(LintFile *f);

#endif
