/*
 * rules.h: the table of every diagnostic amcq can emit: stable code, short
 * name, default severity and a one-line summary. docs/rules.md holds the long
 * form of each; a test keeps the two in step.
 */
#ifndef AMCQ_RULES_H
#define AMCQ_RULES_H

#include <stddef.h>

typedef enum Severity { SEV_NOTE = 0, SEV_WARNING = 1, SEV_ERROR = 2 } Severity;

typedef struct RuleInfo {
  const char *zCode;    /* "AMC001": stable forever */
  const char *zName;    /* "syntax-error": stable, for configs */
  Severity severity;    /* default severity */
  const char *zSummary; /* one line */
} RuleInfo;

/* NULL if zCode (or a rule name) is unknown. Case-insensitive. */
const RuleInfo *rules_find(const char *zCode);
/* All rules, in code order. */
const RuleInfo *rules_all(size_t *pn);
const char *rules_severity_name(Severity s);

#endif
