/*
 * rules.c: the rule table. Codes are never renumbered or reused: CI configs
 * and suppressions name them. AMC0xx are input and syntax problems, AMC1xx
 * privacy rules, AMC2xx AMC dialect rules, AMC3xx predictions of what AMC
 * will filter.
 */
#include "rules.h"

#include "util.h"

static const RuleInfo aRule[] = {
    {"AMC001", "syntax-error", SEV_ERROR,
     "The query is not valid SQL for AMC's grammar."},
    {"AMC002", "invalid-encoding", SEV_ERROR,
     "The input is not valid UTF-8 or contains a NUL byte."},
    {"AMC003", "unicode-space", SEV_WARNING,
     "A Unicode space character (such as U+00A0 no-break space) outside a "
     "string; it is treated as a space."},
    {"AMC004", "too-complex", SEV_ERROR,
     "The query is too large or too deeply nested to analyse safely."},
    {"AMC005", "not-a-select", SEV_ERROR,
     "The statement is not a query: AMC runs only SELECT statements."},
    {"AMC006", "multiple-statements", SEV_ERROR,
     "More than one statement: an AMC workflow is exactly one query."},
    {"AMC007", "empty-query", SEV_ERROR, "The input holds no statement."},
    {"AMC008", "bad-extend-time-window", SEV_ERROR,
     "TABLE(EXTEND_TIME_WINDOW(...)) is malformed."},
    {"AMC009", "unsupported-syntax", SEV_ERROR,
     "A construct that AMC SQL does not have (SELECT INTO, LATERAL, "
     "TABLESAMPLE, locking clauses, ...)."},
};

const RuleInfo *rules_all(size_t *pn) {
  *pn = sizeof aRule / sizeof aRule[0];
  return aRule;
}

const RuleInfo *rules_find(const char *zCode) {
  size_t i;
  for (i = 0; i < sizeof aRule / sizeof aRule[0]; i++) {
    if (util_strieq(aRule[i].zCode, zCode) ||
        util_strieq(aRule[i].zName, zCode)) {
      return &aRule[i];
    }
  }
  return NULL;
}

const char *rules_severity_name(Severity s) {
  switch (s) {
    case SEV_ERROR: return "error";
    case SEV_WARNING: return "warning";
    default: return "note";
  }
}
