/*
 * rules.c: the rule table. Codes are never renumbered or reused: CI configs
 * and suppressions name them. AMC0xx are input and syntax problems, AMC1xx
 * privacy rules, AMC2xx AMC dialect rules, AMC3xx predictions of what AMC
 * will filter, AMC4xx inline suppressions. AMC010..AMC019 are name and SQL
 * errors found by the binder.
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
    {"AMC010", "unknown-table", SEV_ERROR,
     "A table that is neither an AMC table, a table of the policy, nor a "
     "CTE in scope."},
    {"AMC011", "unknown-column", SEV_ERROR,
     "A column, alias or window name that nothing in scope defines."},
    {"AMC012", "ambiguous-column", SEV_ERROR,
     "An unqualified column that more than one table in scope has."},
    {"AMC013", "unknown-function", SEV_ERROR,
     "A function that is not in AMC's function list."},
    {"AMC014", "wrong-arguments", SEV_ERROR,
     "A function called with the wrong number or kind of arguments."},
    {"AMC015", "column-count", SEV_ERROR,
     "Column counts that do not match: CTE column lists, set operations, "
     "VALUES rows, subqueries used as values."},
    {"AMC016", "duplicate-name", SEV_ERROR, "A CTE defined twice."},
    {"AMC017", "misplaced-aggregate", SEV_ERROR,
     "An aggregate or window function where SQL does not allow one (WHERE, "
     "GROUP BY, JOIN ON, nested aggregates)."},
    {"AMC018", "ungrouped-column", SEV_ERROR,
     "A column in a grouped query that is neither in GROUP BY nor inside an "
     "aggregate."},
    {"AMC019", "undeclared-parameter", SEV_ERROR,
     "A workflow's query uses CUSTOM_PARAMETER('x') but its inputParameters "
     "declare no x."},
    {"AMC101", "identifier-in-output", SEV_ERROR,
     "A VERY_HIGH or INTERNAL value (user_id, device_id, request_tag, ...) "
     "reaches the final output."},
    {"AMC102", "row-level-export", SEV_ERROR,
     "The final rows are per user: grouped by a VERY_HIGH column, or not "
     "aggregated over user-level data."},
    {"AMC103", "select-star-table", SEV_ERROR,
     "SELECT * (or t.*) from an AMC table."},
    {"AMC104", "no-aggregation", SEV_ERROR,
     "The query aggregates nowhere; AMC requires at least one aggregation."},
    {"AMC105", "literal-filter", SEV_ERROR,
     "A HIGH or VERY_HIGH value compared with a literal or parameter value."},
    {"AMC106", "audience-output", SEV_ERROR,
     "An audience query (over *_for_audiences tables) that returns anything "
     "but user_id, or also reads analytics tables."},
    {"AMC107", "identifier-picked", SEV_ERROR,
     "MIN, MAX or another aggregate that returns one of its input values, over "
     "VERY_HIGH or INTERNAL values: it picks one user's identifier out of a group."},
    {"AMC201", "limit", SEV_ERROR, "LIMIT or OFFSET: AMC does not support them."},
    {"AMC202", "order-by-final", SEV_ERROR,
     "ORDER BY in the final SELECT: AMC does not support it."},
    {"AMC203", "right-join", SEV_ERROR, "RIGHT JOIN: AMC does not support it."},
    {"AMC204", "not-an-amc-function", SEV_ERROR,
     "A function or operator of another SQL dialect that AMC does not have "
     "(GETDATE, NOW, LAG, STRING_AGG, ILIKE, ...), with AMC's alternative."},
    {"AMC205", "natural-join", SEV_ERROR,
     "NATURAL JOIN: AMC does not support it."},
    {"AMC206", "intersect-except", SEV_ERROR,
     "INTERSECT or EXCEPT: AMC's grammar has UNION only."},
    {"AMC207", "positional-parameter", SEV_ERROR,
     "A positional parameter ($1): AMC has CUSTOM_PARAMETER('name')."},
    {"AMC301", "thresholded-output", SEV_WARNING,
     "An output column derived from a MEDIUM or HIGH column: rows with "
     "fewer users than its threshold will be removed."},
    {"AMC302", "fine-timestamp-group", SEV_WARNING,
     "Grouping by a second-level timestamp: almost every group will be too "
     "small to be returned."},
    {"AMC303", "useless-order-by", SEV_WARNING,
     "ORDER BY in a CTE or subquery without a limit has no effect."},
    {"AMC401", "suppressed-error", SEV_ERROR,
     "An inline suppression names an error-level rule: only warnings can be "
     "suppressed."},
    {"AMC402", "unused-suppression", SEV_WARNING,
     "An inline suppression that suppresses nothing "
     "(--report-unused-suppressions)."},
    {"AMC403", "bad-suppression", SEV_WARNING,
     "An amcq: comment that is not a valid suppression, names an unknown "
     "rule or none, or an enable= that ends no disable=."},
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
