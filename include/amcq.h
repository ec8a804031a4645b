/*
 * amcq.h: the public API of libamcq, the library behind the amcq command.
 * amcq checks Amazon Marketing Cloud SQL against AMC's privacy rules before
 * it is submitted. Everything the command does, a caller of this library can
 * do. All names are prefixed amcq_.
 *
 * Memory: every object returned by an amcq_*_new/parse function is freed by
 * the matching amcq_*_free; strings returned as char * are freed with
 * amcq_free(); const char * results belong to the object they came from.
 */
#ifndef AMCQ_H
#define AMCQ_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AMCQ_VERSION "0.1.0"

/* The library's interface. libamcq is compiled with -fvisibility=hidden, so
** only what this header marks AMCQ_API leaves it: in libamcq.so as dynamic
** symbols, in libamcq.a as global ones (every other symbol is local). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define AMCQ_API __attribute__((visibility("default")))
#else
#define AMCQ_API
#endif
/* Where this build of amcq is published, for SARIF's informationUri:
** empty (and the field left out) unless the build names it, e.g.
** make AMCQ_HOMEPAGE=https://example.org/amcq. */
#ifndef AMCQ_HOMEPAGE
#define AMCQ_HOMEPAGE ""
#endif

/* Version string of the library, e.g. "0.1.0". */
AMCQ_API const char *amcq_version(void);

/* Largest query text accepted, in bytes. */
#define AMCQ_MAX_QUERY_BYTES ((size_t)4 << 20)

typedef enum amcq_severity {
  AMCQ_NOTE = 0,
  AMCQ_WARNING = 1,
  AMCQ_ERROR = 2
} amcq_severity;

/* One diagnostic. Lines and columns are 1-based; columns count code points
** of the original text. The end is exclusive: end_column is the column just
** after the last character of the span. */
typedef struct amcq_diagnostic {
  const char *code; /* stable rule code, e.g. "AMC001" */
  amcq_severity severity;
  const char *message;
  const char *hint;  /* NULL when there is none */
  size_t start, end; /* byte offsets into the text */
  int line, column, end_line, end_column;
} amcq_diagnostic;

/* A policy: AMC's tables, column classes, thresholds, functions and
** dialect rules, possibly extended by the user's own tables. */
typedef struct amcq_policy amcq_policy;

/* The built-in AMC policy. Never NULL. */
AMCQ_API amcq_policy *amcq_policy_builtin(void);
/* A policy file (JSON, see docs/policy.md). On error returns NULL and sets
** *err to a message naming the file, the JSON path and the problem; free it
** with amcq_free(). */
AMCQ_API amcq_policy *amcq_policy_load(const char *path, char **err);
AMCQ_API void amcq_policy_free(amcq_policy *p);
/* Add the first-party tables loaded into fixture path (amcq load), with
** their classes. Returns the number added, or -1 and sets *err. */
AMCQ_API int amcq_policy_add_fixture(amcq_policy *p, const char *path,
                                     char **err);

/* One query: its text, its IR and its diagnostics. */
typedef struct amcq_query amcq_query;

/* Parse text[0..len) (need not be NUL-terminated; it is copied) without
** checking AMC's rules. path is used in messages ("<stdin>" if NULL).
** Never returns NULL: problems of any kind, including invalid UTF-8 or NUL
** bytes, become diagnostics. */
AMCQ_API amcq_query *amcq_query_parse(const char *text, size_t len,
                                      const char *path);
/* Parse, bind against policy and check every rule. policy must outlive
** the query. */
AMCQ_API amcq_query *amcq_query_check(const char *text, size_t len,
                                      const char *path,
                                      const amcq_policy *policy);

/* How amcq_query_check_with reads a query; all zero: as amcq_query_check. */
typedef struct amcq_check_options {
  /* A rule-based audience query (AMC's audience API), also when it reads
  ** no *_for_audiences table (a first-party table's users alone). A query
  ** over *_for_audiences tables is one in any case. */
  int audience;
  /* AMC's sandbox mode (a workflow's disableAggregationControls): the
  ** rules only AMC's aggregation controls enforce (AMC101, AMC102, AMC104,
  ** AMC105, AMC107) become notes. Run such a query with
  ** amcq_run_options.sandbox set too. */
  int sandbox;
} amcq_check_options;
AMCQ_API amcq_query *amcq_query_check_with(const char *text, size_t len,
                                           const char *path,
                                           const amcq_policy *policy,
                                           const amcq_check_options *o);
/* 1 when q is an audience query (after amcq_query_check), else 0. */
AMCQ_API int amcq_query_is_audience(const amcq_query *q);
AMCQ_API void amcq_query_free(amcq_query *q);

/* Diagnostics, sorted by position. */
AMCQ_API size_t amcq_query_diagnostic_count(const amcq_query *q);
/* Fill *out with diagnostic i; returns 0, or -1 if i is out of range. The
** strings in *out belong to q. */
AMCQ_API int amcq_query_diagnostic(const amcq_query *q, size_t i,
                                   amcq_diagnostic *out);
/* Number of error-severity diagnostics. */
AMCQ_API int amcq_query_error_count(const amcq_query *q);
/* Did parsing produce an IR? (0 after a syntax error.) */
AMCQ_API int amcq_query_has_ir(const amcq_query *q);

typedef enum amcq_format {
  AMCQ_FORMAT_TEXT = 0, /* path:line:col: severity[CODE]: message + snippet */
  AMCQ_FORMAT_JSON = 1  /* one {"path":..,"diagnostics":[...]} object */
} amcq_format;

/* Render all diagnostics of q. color adds ANSI colours (text only). */
AMCQ_API char *amcq_query_render(const amcq_query *q, amcq_format fmt,
                                 int color);

/* The IR as indented text (json = 0) or JSON (json = 1); NULL if there is
** no IR. After amcq_query_check every expression also shows what it reveals
** (table.column (class)), whether its value can come from a literal or
** parameter, and whether it aggregates. */
AMCQ_API char *amcq_query_dump_ir(const amcq_query *q, int json);

/* ---------------------------------------------------------------------- */
/* Running a query on a fixture (amcq run)                                 */

/* A CUSTOM_PARAMETER value. type is an AMC dataType (STRING, INTEGER,
** LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP, ...) or NULL: a number when the
** value reads as one, else a string. */
typedef struct amcq_param {
  const char *name, *value, *type;
} amcq_param;

typedef struct amcq_run_options {
  const char *db;           /* the fixture (amcq gen); required */
  const char *window_start; /* ISO 8601; NULL: the fixture's first day */
  const char *window_end;   /* exclusive; NULL: the end of the fixture */
  const amcq_param *params;
  size_t n_params;
  const char *filtered_column;   /* AMC's filteredMetricsDiscriminatorColumn */
  const char *user_count_column; /* distinctUserCountColumn */
  const char *reason_column;     /* filteredReasonColumn */
  double timeout_seconds;        /* <= 0: no limit */
  long long max_memory;          /* bytes SQLite may use; <= 0: no limit */
  long long max_rows;            /* rows the query may produce; <= 0: any */
  int explain;                   /* collect amcq_result_explain() text */
  /* An audience query's result is its size and AMC's verdict, never its
  ** members; lookalike applies a lookalike seed's bounds instead of an
  ** audience's minimum. */
  int lookalike;
  /* AMC's sandbox mode: rows without aggregation controls (thresholds,
  ** the identifier guard), for a query checked with
  ** amcq_check_options.sandbox, on a fixture without first-party data. */
  int sandbox;
  /* When not NULL, the run stops (status 2, "interrupted") as soon as
  ** *interrupt becomes non-zero, e.g. from a SIGINT handler. */
  volatile int *interrupt;
} amcq_run_options;

typedef struct amcq_result amcq_result;

typedef enum amcq_result_format {
  AMCQ_RESULT_TABLE = 0,
  AMCQ_RESULT_CSV = 1,
  AMCQ_RESULT_JSON = 2,
  AMCQ_RESULT_NDJSON = 3
} amcq_result_format;

/* Run q (from amcq_query_check, without error diagnostics) on a fixture
** and enforce AMC's thresholds. Returns 0 and sets *out; 1 when the query
** is rejected; 2 for any other problem (bad fixture, options, limits),
** with *err set (free with amcq_free). The fixture is never written. */
AMCQ_API int amcq_query_run(amcq_query *q, const amcq_run_options *o,
                            amcq_result **out, char **err);
/* The rows as text in format fmt (free with amcq_free). */
AMCQ_API char *amcq_result_render(const amcq_result *r, amcq_result_format fmt);
/* One line on what privacy did: rows returned, removed, nulled, why. */
AMCQ_API const char *amcq_result_summary(const amcq_result *r);
/* The emitted SQL, each column's lineage and requirement, users per path
** and row; "" unless explain was set. Never a user id. */
AMCQ_API const char *amcq_result_explain(const amcq_result *r);
AMCQ_API size_t amcq_result_rows(const amcq_result *r);
AMCQ_API size_t amcq_result_columns(const amcq_result *r);
AMCQ_API const char *amcq_result_column_name(const amcq_result *r, size_t col);
/* The value as text (booleans "true"/"false"); NULL for SQL NULL. */
AMCQ_API const char *amcq_result_value(const amcq_result *r, size_t row,
                                       size_t col);
/* For an audience query's result: 1, with its distinct users and whether
** AMC would create it (exit status 0 of amcq run) or not (1); else 0. */
AMCQ_API int amcq_result_audience(const amcq_result *r, long long *users,
                                  int *created);
AMCQ_API void amcq_result_free(amcq_result *r);

/* Rule reference: number of rules and their code, name, severity and
** one-line summary. */
AMCQ_API size_t amcq_rule_count(void);
AMCQ_API int amcq_rule_info(size_t i, const char **code, const char **name,
                            amcq_severity *severity, const char **summary);

AMCQ_API void amcq_free(void *p);

/* Release libpg_query's per-thread memory. Optional; call before exit to
** keep leak checkers quiet. */
AMCQ_API void amcq_thread_cleanup(void);

#ifdef __cplusplus
}
#endif

#endif
