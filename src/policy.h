/*
 * policy.h: the AMC policy amcq checks against: column classes and their
 * thresholds, the tables with every column's type and class, AMC's function
 * list, and its dialect rules. The built-in policy is rules/amc.json,
 * embedded in the binary; a user policy file may extend it ("extends":
 * "amc") with first-party tables or other thresholds.
 */
#ifndef AMCQ_POLICY_H
#define AMCQ_POLICY_H

#include "arena.h"

typedef enum ColClass {
  CLS_NONE,
  CLS_LOW,
  CLS_MEDIUM,
  CLS_HIGH,
  CLS_VERY_HIGH,
  CLS_INTERNAL,
  CLS_COUNT
} ColClass;

typedef struct PColumn {
  const char *zName;
  const char *zType; /* AMC type as documented: STRING, LONG, TIMESTAMP ... */
  int bMetric;       /* METRIC (1) or DIMENSION (0) */
  ColClass cls;
} PColumn;

typedef struct PTable {
  const char *zName;
  PColumn *aCol;
  int nCol;
  int bColumnsKnown; /* 0: the documentation lists no columns */
  int bAudience;     /* a *_for_audiences table */
  const char *zAudienceOf;
  int iUserCol;   /* column identifying a user, -1 if the table has none */
  int iEventTime; /* column limited by the time window, -1 if none */
  int iRowsWithout; /* an audience table lacks its base table's rows where
                       this column is set (dsp_impressions' deal_id), -1 */
  int bFirstParty; /* added by a user policy */
} PTable;

typedef enum FuncKind { FN_SCALAR, FN_AGGREGATE, FN_RANK, FN_PARAM } FuncKind;

/* How a function passes lineage and literal taint on, and what it tells
** apart (docs/security.md, "The calculus"). Everything not declared here
** is treated as revealing and comparing: a function the policy does not
** describe in full fails closed. Argument masks: bit i is argument i;
** arguments past 31 take the default role. */
typedef struct PFunc {
  const char *zName;
  FuncKind kind;
  int nMin, nMax;       /* argument counts; nMax -1: any number */
  const char *zReturns; /* documented result type, "arg" for the argument's */
  int bReveals;         /* 0: the result reveals nothing of its arguments,
                           neither their columns nor their literals (COUNT) */
  int bCompares;        /* 0: only builds its value (CONCAT): declared */
  int bPicks;           /* an aggregate whose value is one of its input
                           values (MIN, MAX, MEDIAN): over identifiers it
                           picks one out (AMC107) */
  int bFuses;           /* concatenates its arguments (CONCAT): literal
                           pieces fuse with values (ExprInfo.bFused) */
  int bCounts;          /* the number of elements of its argument
                           (CARDINALITY): reveals nothing of a collected set
                           (COLLECT), everything of any other array */
  unsigned cmpMask;     /* compared with each other; 0: every argument not
                           in posMask, kwMask, condMask or nullMask */
  unsigned posMask;     /* an integer position or length (SUBSTRING's):
                           carries no literal taint; tested on its own */
  unsigned kwMask;      /* a keyword from a closed list (DATE_TRUNC's unit):
                           a string literal there carries no taint */
  unsigned condMask;    /* steers the value, is not part of it (IF's first) */
  unsigned nullMask;    /* only tested for NULL (NVL2's first): reveals
                           nothing */
  unsigned testMask;    /* flows into the value and is tested for NULL on
                           its own (IFNULL's first) */
  int bTestAllButLast;  /* every argument but the last is (COALESCE) */
  int bInternal;        /* a name only libpg_query produces (btrim) */
} PFunc;

typedef struct Policy {
  Arena arena;
  const char *zName;
  int aThreshold[CLS_COUNT]; /* users a row needs; -1: never in output */
  PTable *aTable;            /* heap */
  int nTable, nTableCap;
  PFunc *aFunc; /* heap */
  int nFunc, nFuncCap;
  const char **azNotAmc; /* pairs: name, AMC's alternative */
  int nNotAmc, nNotAmcCap;
  /* Dialect: 1 where AMC allows the construct. */
  int bLimit, bOrderByFinal, bRightJoin, bNaturalJoin, bIntersect, bExcept;
  int bSelectStarTable, bAggregationRequired;
  /* Audiences: the fewest users AMC creates an audience with, the fewest
  ** Amazon recommends, and a lookalike seed's bounds. */
  int nAudienceMinUsers, nAudienceRecommendedUsers;
  int nLookalikeMinUsers, nLookalikeMaxUsers;
} Policy;

/* A policy as constant data: rules/amc.json compiled to C at build time
** (scripts/policy2c.c), so starting amcq parses no JSON. */
typedef struct PolicyData {
  const char *zName;
  int aThreshold[CLS_COUNT];
  const PTable *aTable;
  int nTable;
  const PFunc *aFunc;
  int nFunc;
  const char *const *azNotAmc; /* pairs */
  int nNotAmc;
  int bLimit, bOrderByFinal, bRightJoin, bNaturalJoin, bIntersect, bExcept;
  int bSelectStarTable, bAggregationRequired;
  int nAudienceMinUsers, nAudienceRecommendedUsers;
  int nLookalikeMinUsers, nLookalikeMaxUsers;
} PolicyData;

extern const PolicyData amcq_builtin_policy;

/* The built-in AMC policy. Never fails: it is compiled in. pzErr is set to
** NULL. */
Policy *policy_builtin(char **pzErr);

/* Read policy JSON text z[0..n) named zFile on its own, without the
** built-in policy ("extends" is an error): for the build tool that turns
** rules/amc.json into C. */
Policy *policy_from_json(const char *zFile, const char *z, size_t n,
                         char **pzErr);

/* Load a policy file. "extends": "amc" starts from the built-in policy.
** On error returns NULL and sets *pzErr (heap) to "FILE: ..." naming the
** JSON path (or line and column for malformed JSON) and the problem. */
Policy *policy_load(const char *zPath, char **pzErr);

/* Add one table object (a policy's tables[] entry, as in amcq load's
** schema files) from JSON text, named zName whatever its own "name" says.
** Errors name the file and the JSON path from "$". */
int policy_table_from_json(Policy *p, const char *zFile, const char *z,
                           size_t n, const char *zName, char **pzErr);

void policy_free(Policy *p);

/* Lookups, case-insensitive. NULL / -1 when absent. */
const PTable *policy_table(const Policy *p, const char *zName);
int policy_column(const PTable *t, const char *zName);
const PFunc *policy_func(const Policy *p, const char *zName);
const char *policy_not_amc(const Policy *p, const char *zName);

const char *policy_class_name(ColClass c);

/* SQLite column affinity for an AMC type: INTEGER (LONG, INTEGER, SHORT,
** BYTE, BOOLEAN), REAL (DECIMAL, DOUBLE, FLOAT) or TEXT (the rest: strings,
** dates and timestamps as text, arrays as JSON). */
const char *policy_type_affinity(const char *zType);

#endif
