/*
 * policy.c: reading policies (rules/amc.json built in, or a user's file)
 * into the lookup tables of policy.h, with errors that name the file, the
 * JSON path and the problem.
 */
#include "policy.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"


static const char *const azClass[CLS_COUNT] = {"NONE",      "LOW",
                                               "MEDIUM",    "HIGH",
                                               "VERY_HIGH", "INTERNAL"};

const char *policy_class_name(ColClass c) {
  return (unsigned)c < CLS_COUNT ? azClass[c] : "?";
}

const char *policy_type_affinity(const char *zType) {
  if (strcasecmp(zType, "LONG") == 0 || strcasecmp(zType, "INTEGER") == 0 ||
      strcasecmp(zType, "SHORT") == 0 || strcasecmp(zType, "BYTE") == 0 ||
      strcasecmp(zType, "BOOLEAN") == 0) {
    return "INTEGER";
  }
  if (strncasecmp(zType, "DECIMAL", 7) == 0 || strcasecmp(zType, "DOUBLE") == 0 ||
      strcasecmp(zType, "FLOAT") == 0) {
    return "REAL";
  }
  return "TEXT";
}

static int class_from_name(const char *z) {
  int i;
  for (i = 0; i < CLS_COUNT; i++) {
    if (strcasecmp(z, azClass[i]) == 0) return i;
  }
  return -1;
}

/* Loading state: the policy being filled and the first error. */
typedef struct Loader {
  Policy *p;
  const char *zFile;
  char *zErr;       /* heap, first error only */
  int bFirstParty;  /* tables read are the user's own */
} Loader;

static int fail(Loader *L, const char *zPath, const char *zFmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(Loader *L, const char *zPath, const char *zFmt, ...) {
  StrBuf b = {0};
  va_list ap;
  if (L->zErr) return -1;
  sb_printf(&b, "%s: at %s: ", L->zFile, zPath);
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  L->zErr = sb_finish(&b);
  return -1;
}

static const char *pstr(Loader *L, const char *z) {
  return arena_strdup(&L->p->arena, z);
}

/* Find a table by name in the policy being built; -1 if absent. */
/* First characters differ: the names differ (ASCII case folded). */
static int first_differs(const char *a, const char *b) {
  return ((a[0] | 0x20) != (b[0] | 0x20));
}

static int table_index(const Policy *p, const char *zName) {
  int i;
  for (i = 0; i < p->nTable; i++) {
    if (first_differs(p->aTable[i].zName, zName)) continue;
    if (strcasecmp(p->aTable[i].zName, zName) == 0) return i;
  }
  return -1;
}

static int read_columns(Loader *L, PTable *t, const cJSON *cols,
                        const char *zPath) {
  const cJSON *c;
  int i = 0, n;
  char aPath[256];
  if (!cJSON_IsArray(cols)) {
    return fail(L, zPath, "\"columns\" must be an array of column objects");
  }
  n = cJSON_GetArraySize(cols);
  t->aCol = ARENA_ARRAY(&L->p->arena, PColumn, n ? n : 1);
  t->nCol = 0;
  cJSON_ArrayForEach(c, cols) {
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(c, "name");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(c, "type");
    const cJSON *kind = cJSON_GetObjectItemCaseSensitive(c, "kind");
    const cJSON *cls = cJSON_GetObjectItemCaseSensitive(c, "class");
    PColumn *pc = &t->aCol[t->nCol];
    int k;
    snprintf(aPath, sizeof aPath, "%s.columns[%d]", zPath, i);
    i++;
    if (!cJSON_IsObject(c)) return fail(L, aPath, "a column must be an object");
    if (!cJSON_IsString(name) || !name->valuestring[0]) {
      return fail(L, aPath, "\"name\" must be a non-empty string");
    }
    if (name->valuestring[0] == '_') {
      /* amcq run names its own hidden columns so (_s0, _c1): a table's
      ** column of that name would stand in for them */
      return fail(L, aPath, "a column name may not begin with '_' (amcq keeps such names "
                            "for its own use)");
    }
    if (!cJSON_IsString(cls)) {
      return fail(L, aPath,
                  "\"class\" must be one of NONE, LOW, MEDIUM, HIGH, "
                  "VERY_HIGH, INTERNAL");
    }
    k = class_from_name(cls->valuestring);
    if (k < 0) {
      snprintf(aPath, sizeof aPath, "%s.columns[%d].class", zPath, i - 1);
      return fail(L, aPath,
                  "unknown class \"%s\" (expected NONE, LOW, MEDIUM, HIGH, "
                  "VERY_HIGH or INTERNAL)",
                  cls->valuestring);
    }
    if (type && !cJSON_IsString(type)) {
      return fail(L, aPath, "\"type\" must be a string such as \"STRING\"");
    }
    if (kind && !(cJSON_IsString(kind) &&
                  (strcmp(kind->valuestring, "METRIC") == 0 ||
                   strcmp(kind->valuestring, "DIMENSION") == 0))) {
      return fail(L, aPath, "\"kind\" must be \"METRIC\" or \"DIMENSION\"");
    }
    if (policy_column(t, name->valuestring) >= 0) {
      return fail(L, aPath, "column \"%s\" is listed twice", name->valuestring);
    }
    pc->zName = pstr(L, name->valuestring);
    pc->zType = type ? pstr(L, type->valuestring) : "STRING";
    pc->bMetric = kind && strcmp(kind->valuestring, "METRIC") == 0;
    pc->cls = (ColClass)k;
    t->nCol++;
  }
  return 0;
}

static int read_table(Loader *L, const cJSON *o, int iItem) {
  Policy *p = L->p;
  char aPath[128];
  const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
  const cJSON *cols = cJSON_GetObjectItemCaseSensitive(o, "columns");
  const cJSON *colsOf = cJSON_GetObjectItemCaseSensitive(o, "columns_of");
  const cJSON *user = cJSON_GetObjectItemCaseSensitive(o, "user_column");
  const cJSON *et = cJSON_GetObjectItemCaseSensitive(o, "event_time");
  const cJSON *aud = cJSON_GetObjectItemCaseSensitive(o, "audience");
  const cJSON *audOf = cJSON_GetObjectItemCaseSensitive(o, "audience_of");
  const cJSON *known = cJSON_GetObjectItemCaseSensitive(o, "columns_documented");
  const cJSON *without = cJSON_GetObjectItemCaseSensitive(o, "rows_without");
  PTable t;
  int idx;
  char aBase[64];
  /* iItem < 0: a table object on its own (amcq load's schema file). */
  if (iItem < 0) snprintf(aBase, sizeof aBase, "$");
  else snprintf(aBase, sizeof aBase, "$.tables[%d]", iItem);
  snprintf(aPath, sizeof aPath, "%s", aBase);
  memset(&t, 0, sizeof t);
  if (!cJSON_IsObject(o)) return fail(L, aPath, "a table must be an object");
  if (!cJSON_IsString(name) || !name->valuestring[0]) {
    return fail(L, aPath, "\"name\" must be a non-empty string");
  }
  t.zName = pstr(L, name->valuestring);
  t.bColumnsKnown = !cJSON_IsFalse(known);
  t.bAudience = cJSON_IsTrue(aud);
  t.zAudienceOf = cJSON_IsString(audOf) ? pstr(L, audOf->valuestring) : NULL;
  t.bFirstParty = L->bFirstParty;
  if (cols && colsOf) {
    return fail(L, aPath, "give \"columns\" or \"columns_of\", not both");
  }
  if (colsOf) {
    int k;
    if (!cJSON_IsString(colsOf) ||
        (k = table_index(p, colsOf->valuestring)) < 0) {
      return fail(L, aPath, "\"columns_of\" must name a table listed before");
    }
    t.aCol = p->aTable[k].aCol;
    t.nCol = p->aTable[k].nCol;
    t.bColumnsKnown = p->aTable[k].bColumnsKnown;
  } else if (read_columns(L, &t, cols, aPath) != 0) {
    return -1;
  }
  t.iUserCol = -1;
  t.iEventTime = -1;
  t.iRowsWithout = -1;
  if (without) {
    if (!cJSON_IsString(without) ||
        (t.iRowsWithout = policy_column(&t, without->valuestring)) < 0) {
      snprintf(aPath, sizeof aPath, "%s.rows_without", aBase);
      return fail(L, aPath, "must name one of the table's columns");
    }
  }
  if (user) {
    if (!cJSON_IsString(user) || (t.iUserCol = policy_column(&t, user->valuestring)) < 0) {
      snprintf(aPath, sizeof aPath, "%s.user_column", aBase);
      return fail(L, aPath, "must name one of the table's columns");
    }
    if (t.aCol[t.iUserCol].cls != CLS_VERY_HIGH) {
      /* a user's id is never output: a column that is would make every
      ** value an audience's "user" */
      snprintf(aPath, sizeof aPath, "%s.user_column", aBase);
      return fail(L, aPath, "must name a VERY_HIGH column (a user's id is never output)");
    }
  }
  if (et) {
    if (!cJSON_IsString(et) || (t.iEventTime = policy_column(&t, et->valuestring)) < 0) {
      snprintf(aPath, sizeof aPath, "%s.event_time", aBase);
      return fail(L, aPath, "must name one of the table's columns");
    }
  }
  idx = table_index(p, t.zName);
  /* An AMC table described again is still AMC's, not the advertiser's:
  ** an audience query may not read it under its own name. */
  if (idx >= 0 && !p->aTable[idx].bFirstParty) t.bFirstParty = 0;
  if (idx < 0) {
    if (p->nTable == p->nTableCap) {
      p->nTableCap = p->nTableCap ? p->nTableCap * 2 : 64;
      p->aTable = xrealloc(p->aTable, (size_t)p->nTableCap * sizeof(PTable));
    }
    idx = p->nTable++;
  }
  p->aTable[idx] = t;
  return 0;
}

/* An optional list of argument positions, as a bit mask. */
static int read_positions(Loader *L, const cJSON *o, const char *zPath,
                          const char *zKey, unsigned *pMask) {
  const cJSON *m;
  cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(o, zKey)) {
    if (!cJSON_IsNumber(m) || m->valueint < 0 || m->valueint > 31) {
      return fail(L, zPath, "\"%s\" must list argument positions 0..31", zKey);
    }
    *pMask |= 1u << m->valueint;
  }
  return 0;
}

static int read_function(Loader *L, const cJSON *o) {
  Policy *p = L->p;
  char aPath[128];
  const cJSON *kind = cJSON_GetObjectItemCaseSensitive(o, "kind");
  const cJSON *lo = cJSON_GetObjectItemCaseSensitive(o, "min_args");
  const cJSON *hi = cJSON_GetObjectItemCaseSensitive(o, "max_args");
  const cJSON *ret = cJSON_GetObjectItemCaseSensitive(o, "returns");
  PFunc f;
  int i;
  snprintf(aPath, sizeof aPath, "$.functions.%s", o->string);
  memset(&f, 0, sizeof f);
  if (!cJSON_IsObject(o)) return fail(L, aPath, "a function must be an object");
  f.zName = pstr(L, o->string);
  if (!cJSON_IsString(kind)) {
    return fail(L, aPath, "\"kind\" must be scalar, aggregate, rank or param");
  }
  if (strcmp(kind->valuestring, "scalar") == 0) f.kind = FN_SCALAR;
  else if (strcmp(kind->valuestring, "aggregate") == 0) f.kind = FN_AGGREGATE;
  else if (strcmp(kind->valuestring, "rank") == 0) f.kind = FN_RANK;
  else if (strcmp(kind->valuestring, "param") == 0) f.kind = FN_PARAM;
  else return fail(L, aPath, "\"kind\" must be scalar, aggregate, rank or param");
  if (!cJSON_IsNumber(lo) || !cJSON_IsNumber(hi) || lo->valueint < 0 ||
      (hi->valueint >= 0 && hi->valueint < lo->valueint)) {
    return fail(L, aPath, "\"min_args\" and \"max_args\" must be numbers "
                          "(max_args -1 for any number)");
  }
  f.nMin = lo->valueint;
  f.nMax = hi->valueint;
  f.zReturns = cJSON_IsString(ret) ? pstr(L, ret->valuestring) : "any";
  {
    /* A misspelt key would silently keep a default: name it instead. */
    static const char *const azKey[] = {
        "kind", "min_args", "max_args", "returns", "reveals", "compares", "compare",
        "counts", "fuses", "picks", "compared", "positions", "keywords", "conditions", "null_tests",
        "tested", "internal", "modifiers", "note"};
    const cJSON *k;
    cJSON_ArrayForEach(k, o) {
      size_t j;
      for (j = 0; j < sizeof azKey / sizeof azKey[0]; j++) {
        if (strcmp(k->string, azKey[j]) == 0) break;
      }
      if (j == sizeof azKey / sizeof azKey[0]) {
        return fail(L, aPath, "unknown key \"%s\" (docs/policy.md lists a function's keys)",
                    k->string);
      }
    }
  }
  f.bReveals = !cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(o, "reveals"));
  f.bInternal = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "internal"));
  f.bCounts = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "counts"));
  f.bFuses = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "fuses"));
  f.bPicks = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "picks"));
  /* Fails closed: a function compares unless the policy says it only
  ** builds its value. "compare" is the older spelling of the same key. */
  {
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "compares");
    if (!c) c = cJSON_GetObjectItemCaseSensitive(o, "compare");
    if (c && !cJSON_IsBool(c)) return fail(L, aPath, "\"compares\" must be true or false");
    f.bCompares = !cJSON_IsFalse(c);
  }
  if (cJSON_GetObjectItemCaseSensitive(o, "modifiers")) {
    return fail(L, aPath, "\"modifiers\" is no longer read: a literal argument is part of "
                          "the value unless it is an integer position or length "
                          "(\"positions\") or a keyword from a closed list "
                          "(\"keywords\"); see docs/policy.md");
  }
  {
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "tested");
    if (cJSON_IsString(t)) {
      if (strcmp(t->valuestring, "all_but_last") != 0) {
        return fail(L, aPath, "\"tested\" must list argument positions or be \"all_but_last\"");
      }
      f.bTestAllButLast = 1;
    } else if (read_positions(L, o, aPath, "tested", &f.testMask)) {
      return -1;
    }
  }
  if (read_positions(L, o, aPath, "positions", &f.posMask) ||
      read_positions(L, o, aPath, "keywords", &f.kwMask) ||
      read_positions(L, o, aPath, "compared", &f.cmpMask) ||
      read_positions(L, o, aPath, "conditions", &f.condMask) ||
      read_positions(L, o, aPath, "null_tests", &f.nullMask)) {
    return -1;
  }
  for (i = 0; i < p->nFunc; i++) {
    if (strcasecmp(p->aFunc[i].zName, f.zName) == 0) break;
  }
  if (i == p->nFunc) {
    if (p->nFunc == p->nFuncCap) {
      p->nFuncCap = p->nFuncCap ? p->nFuncCap * 2 : 128;
      p->aFunc = xrealloc(p->aFunc, (size_t)p->nFuncCap * sizeof(PFunc));
    }
    p->nFunc++;
  }
  p->aFunc[i] = f;
  return 0;
}

static int read_flag(Loader *L, const cJSON *d, const char *zKey, int *pb) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(d, zKey);
  char aPath[96];
  if (!v) return 0;
  if (!cJSON_IsBool(v)) {
    snprintf(aPath, sizeof aPath, "$.dialect.%s", zKey);
    return fail(L, aPath, "must be true or false");
  }
  *pb = cJSON_IsTrue(v);
  return 0;
}

/* Apply one policy document to L->p. */
static int apply(Loader *L, const cJSON *root) {
  Policy *p = L->p;
  const cJSON *it;
  static const char *const azKnown[] = {
      "$schema", "name", "description", "source", "extends", "classes",
      "tables", "functions", "not_amc_functions", "dialect"};
  int i = 0;
  if (!cJSON_IsObject(root)) return fail(L, "$", "a policy must be a JSON object");
  cJSON_ArrayForEach(it, root) {
    size_t k;
    for (k = 0; k < sizeof azKnown / sizeof azKnown[0]; k++) {
      if (strcmp(it->string, azKnown[k]) == 0) break;
    }
    if (k == sizeof azKnown / sizeof azKnown[0]) {
      char aPath[128];
      snprintf(aPath, sizeof aPath, "$.%s", it->string);
      return fail(L, aPath, "unknown key (expected one of extends, classes, "
                            "tables, functions, not_amc_functions, dialect, "
                            "name, description)");
    }
  }
  it = cJSON_GetObjectItemCaseSensitive(root, "name");
  if (cJSON_IsString(it)) p->zName = pstr(L, it->valuestring);
  it = cJSON_GetObjectItemCaseSensitive(root, "classes");
  if (it) {
    const cJSON *c;
    if (!cJSON_IsObject(it)) return fail(L, "$.classes", "must be an object");
    cJSON_ArrayForEach(c, it) {
      char aPath[96];
      int k = class_from_name(c->string);
      snprintf(aPath, sizeof aPath, "$.classes.%s", c->string);
      if (k < 0) return fail(L, aPath, "unknown class");
      if (cJSON_IsNull(c)) {
        p->aThreshold[k] = -1;
      } else if (cJSON_IsNumber(c) && c->valuedouble >= 1 &&
                 c->valuedouble <= 1000000 && c->valuedouble == (int)c->valuedouble) {
        if (k >= CLS_VERY_HIGH) {
          return fail(L, aPath, "VERY_HIGH and INTERNAL values never appear "
                                "in output; their threshold must be null");
        }
        p->aThreshold[k] = (int)c->valuedouble;
      } else {
        return fail(L, aPath, "must be a whole number of users from 1 to "
                              "1000000, or null for never");
      }
    }
  }
  it = cJSON_GetObjectItemCaseSensitive(root, "tables");
  if (it) {
    const cJSON *t;
    if (!cJSON_IsArray(it)) return fail(L, "$.tables", "must be an array");
    i = 0;
    cJSON_ArrayForEach(t, it) {
      if (read_table(L, t, i++) != 0) return -1;
    }
  }
  it = cJSON_GetObjectItemCaseSensitive(root, "functions");
  if (it) {
    const cJSON *f;
    if (!cJSON_IsObject(it)) return fail(L, "$.functions", "must be an object");
    cJSON_ArrayForEach(f, it) {
      if (read_function(L, f) != 0) return -1;
    }
  }
  it = cJSON_GetObjectItemCaseSensitive(root, "not_amc_functions");
  if (it) {
    const cJSON *f;
    if (!cJSON_IsObject(it)) return fail(L, "$.not_amc_functions", "must be an object");
    cJSON_ArrayForEach(f, it) {
      if (!cJSON_IsString(f)) {
        char aPath[128];
        snprintf(aPath, sizeof aPath, "$.not_amc_functions.%s", f->string);
        return fail(L, aPath, "must be a string naming AMC's alternative");
      }
      if (p->nNotAmc + 2 > p->nNotAmcCap) {
        p->nNotAmcCap = p->nNotAmcCap ? p->nNotAmcCap * 2 : 128;
        p->azNotAmc = xrealloc((void *)p->azNotAmc,
                               (size_t)p->nNotAmcCap * sizeof(char *));
      }
      p->azNotAmc[p->nNotAmc++] = pstr(L, f->string);
      p->azNotAmc[p->nNotAmc++] = pstr(L, f->valuestring);
    }
  }
  it = cJSON_GetObjectItemCaseSensitive(root, "dialect");
  if (it) {
    const cJSON *v;
    static const char *const azDialect[] = {
        "limit", "order_by_in_final_select", "right_join", "natural_join",
        "intersect", "except", "select_star_from_table",
        "aggregation_required", "audience_min_users", "audience_recommended_users",
        "lookalike_min_users", "lookalike_max_users"};
    if (!cJSON_IsObject(it)) return fail(L, "$.dialect", "must be an object");
    cJSON_ArrayForEach(v, it) {
      size_t k;
      for (k = 0; k < sizeof azDialect / sizeof azDialect[0]; k++) {
        if (strcmp(v->string, azDialect[k]) == 0) break;
      }
      if (k == sizeof azDialect / sizeof azDialect[0]) {
        char aPath[128];
        snprintf(aPath, sizeof aPath, "$.dialect.%s", v->string);
        return fail(L, aPath, "unknown dialect rule");
      }
    }
    if (read_flag(L, it, "limit", &p->bLimit) ||
        read_flag(L, it, "order_by_in_final_select", &p->bOrderByFinal) ||
        read_flag(L, it, "right_join", &p->bRightJoin) ||
        read_flag(L, it, "natural_join", &p->bNaturalJoin) ||
        read_flag(L, it, "intersect", &p->bIntersect) ||
        read_flag(L, it, "except", &p->bExcept) ||
        read_flag(L, it, "select_star_from_table", &p->bSelectStarTable) ||
        read_flag(L, it, "aggregation_required", &p->bAggregationRequired)) {
      return -1;
    }
    {
      static const char *const azCount[] = {"audience_min_users", "audience_recommended_users",
                                            "lookalike_min_users", "lookalike_max_users"};
      int *apCount[4];
      size_t k;
      apCount[0] = &p->nAudienceMinUsers;
      apCount[1] = &p->nAudienceRecommendedUsers;
      apCount[2] = &p->nLookalikeMinUsers;
      apCount[3] = &p->nLookalikeMaxUsers;
      for (k = 0; k < 4; k++) {
        v = cJSON_GetObjectItemCaseSensitive(it, azCount[k]);
        if (!v) continue;
        if (!cJSON_IsNumber(v) || v->valuedouble < 1 || v->valuedouble > 1e9 ||
            v->valuedouble != (double)(int)v->valuedouble) {
          char aPath[128];
          snprintf(aPath, sizeof aPath, "$.dialect.%s", azCount[k]);
          return fail(L, aPath, "must be a whole number of users from 1 to 1000000000");
        }
        *apCount[k] = (int)v->valuedouble;
      }
      if (p->nLookalikeMinUsers > p->nLookalikeMaxUsers) {
        char aWhy[128];
        snprintf(aWhy, sizeof aWhy, "a lookalike seed's bounds are %d to %d users: the "
                 "least may not exceed the most", p->nLookalikeMinUsers, p->nLookalikeMaxUsers);
        return fail(L, cJSON_GetObjectItemCaseSensitive(it, "lookalike_max_users")
                           ? "$.dialect.lookalike_max_users"
                           : "$.dialect.lookalike_min_users",
                    "%s", aWhy);
      }
    }
  }
  return 0;
}

/* Line and column of byte offset off in z, for JSON syntax errors. */
static void text_linecol(const char *z, size_t off, int *pLine, int *pCol) {
  size_t i;
  int line = 1, col = 1;
  for (i = 0; i < off && z[i]; i++) {
    if (z[i] == '\n') {
      line++;
      col = 1;
    } else if (((unsigned char)z[i] & 0xC0) != 0x80) {
      col++;
    }
  }
  *pLine = line;
  *pCol = col;
}

static Policy *policy_new(void) {
  Policy *p = xcalloc(1, sizeof *p);
  p->zName = "unnamed";
  p->aThreshold[CLS_NONE] = 1;
  p->aThreshold[CLS_LOW] = 2;
  p->aThreshold[CLS_MEDIUM] = 100;
  p->aThreshold[CLS_HIGH] = 100;
  p->aThreshold[CLS_VERY_HIGH] = -1;
  p->aThreshold[CLS_INTERNAL] = -1;
  p->bAggregationRequired = 1;
  p->nAudienceMinUsers = 2000;
  p->nAudienceRecommendedUsers = 2500;
  p->nLookalikeMinUsers = 500;
  p->nLookalikeMaxUsers = 500000;
  return p;
}

/* Add the compiled-in AMC policy to p: thresholds, tables, functions,
** alternatives and dialect. Columns are shared with the constant data. */
static void add_builtin(Policy *p) {
  const PolicyData *d = &amcq_builtin_policy;
  int i;
  memcpy(p->aThreshold, d->aThreshold, sizeof p->aThreshold);
  p->zName = d->zName;
  if (p->nTable + d->nTable > p->nTableCap) {
    p->nTableCap = p->nTable + d->nTable + 16;
    p->aTable = xrealloc(p->aTable, (size_t)p->nTableCap * sizeof(PTable));
  }
  for (i = 0; i < d->nTable; i++) p->aTable[p->nTable++] = d->aTable[i];
  if (p->nFunc + d->nFunc > p->nFuncCap) {
    p->nFuncCap = p->nFunc + d->nFunc + 16;
    p->aFunc = xrealloc(p->aFunc, (size_t)p->nFuncCap * sizeof(PFunc));
  }
  for (i = 0; i < d->nFunc; i++) p->aFunc[p->nFunc++] = d->aFunc[i];
  if (p->nNotAmc + d->nNotAmc > p->nNotAmcCap) {
    p->nNotAmcCap = p->nNotAmc + d->nNotAmc + 16;
    p->azNotAmc = xrealloc((void *)p->azNotAmc,
                           (size_t)p->nNotAmcCap * sizeof(char *));
  }
  for (i = 0; i < d->nNotAmc; i++) p->azNotAmc[p->nNotAmc++] = d->azNotAmc[i];
  p->bLimit = d->bLimit;
  p->bOrderByFinal = d->bOrderByFinal;
  p->bRightJoin = d->bRightJoin;
  p->bNaturalJoin = d->bNaturalJoin;
  p->bIntersect = d->bIntersect;
  p->bExcept = d->bExcept;
  p->bSelectStarTable = d->bSelectStarTable;
  p->bAggregationRequired = d->bAggregationRequired;
  p->nAudienceMinUsers = d->nAudienceMinUsers;
  p->nAudienceRecommendedUsers = d->nAudienceRecommendedUsers;
  p->nLookalikeMinUsers = d->nLookalikeMinUsers;
  p->nLookalikeMaxUsers = d->nLookalikeMaxUsers;
}

/* Parse text z (n bytes) named zFile and apply it to p. */
static int apply_text(Policy *p, const char *zFile, const char *z, size_t n,
                      int bAllowExtends, char **pzErr) {
  Loader L;
  cJSON *root;
  const char *zEnd = NULL;
  L.p = p;
  L.zFile = zFile;
  L.zErr = NULL;
  L.bFirstParty = bAllowExtends;
  root = cJSON_ParseWithLengthOpts(z, n, &zEnd, 0);
  if (!root) {
    const char *zAt = zEnd; /* where the parse stopped */
    int line = 1, col = 1;
    if (zAt && zAt >= z && zAt <= z + n) text_linecol(z, (size_t)(zAt - z), &line, &col);
    *pzErr = util_mprintf("%s:%d:%d: invalid JSON", zFile, line, col);
    return -1;
  }
  if (bAllowExtends) {
    const cJSON *ext = cJSON_GetObjectItemCaseSensitive(root, "extends");
    if (!ext) {
      /* A standalone policy still speaks AMC SQL: AMC's functions and
      ** dialect, but only its own tables and AMC's default thresholds. */
      add_builtin(p);
      p->nTable = 0;
      p->zName = "unnamed";
    } else if (!cJSON_IsString(ext) || strcmp(ext->valuestring, "amc") != 0) {
      fail(&L, "$.extends", "the only preset is \"amc\"");
    } else {
      add_builtin(p);
    }
  }
  if (!L.zErr) apply(&L, root);
  cJSON_Delete(root);
  if (L.zErr) {
    *pzErr = L.zErr;
    return -1;
  }
  return 0;
}

Policy *policy_builtin(char **pzErr) {
  Policy *p = policy_new();
  *pzErr = NULL;
  add_builtin(p);
  return p;
}

int policy_table_from_json(Policy *p, const char *zFile, const char *z,
                           size_t n, const char *zName, char **pzErr) {
  Loader L;
  const char *zEnd = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(z, n, &zEnd, 0);
  L.p = p;
  L.zFile = zFile;
  L.zErr = NULL;
  L.bFirstParty = 1;
  *pzErr = NULL;
  if (!root) {
    const char *zAt = zEnd; /* where the parse stopped */
    int line = 1, col = 1;
    if (zAt && zAt >= z && zAt <= z + n) text_linecol(z, (size_t)(zAt - z), &line, &col);
    *pzErr = util_mprintf("%s:%d:%d: invalid JSON", zFile, line, col);
    return -1;
  }
  if (cJSON_IsObject(root)) {
    cJSON_DeleteItemFromObjectCaseSensitive(root, "name");
    cJSON_AddStringToObject(root, "name", zName);
  }
  read_table(&L, root, -1);
  cJSON_Delete(root);
  if (L.zErr) {
    *pzErr = L.zErr;
    return -1;
  }
  return 0;
}

Policy *policy_from_json(const char *zFile, const char *z, size_t n,
                         char **pzErr) {
  Policy *p = policy_new();
  *pzErr = NULL;
  if (apply_text(p, zFile, z, n, 0, pzErr) != 0) {
    policy_free(p);
    return NULL;
  }
  return p;
}

Policy *policy_load(const char *zPath, char **pzErr) {
  char *z, *zErr;
  size_t n;
  Policy *p;
  *pzErr = NULL;
  if (util_read_file(zPath, (size_t)64 << 20, &z, &n, &zErr) != 0) {
    *pzErr = zErr;
    return NULL;
  }
  p = policy_new();
  if (apply_text(p, zPath, z, n, 1, pzErr) != 0) {
    free(z);
    policy_free(p);
    return NULL;
  }
  free(z);
  return p;
}

void policy_free(Policy *p) {
  if (!p) return;
  free(p->aTable);
  free(p->aFunc);
  free((void *)p->azNotAmc);
  arena_free(&p->arena);
  free(p);
}

const PTable *policy_table(const Policy *p, const char *zName) {
  int i = table_index(p, zName);
  return i < 0 ? NULL : &p->aTable[i];
}

int policy_column(const PTable *t, const char *zName) {
  int i;
  for (i = 0; i < t->nCol; i++) {
    if (first_differs(t->aCol[i].zName, zName)) continue;
    if (strcasecmp(t->aCol[i].zName, zName) == 0) return i;
  }
  return -1;
}

const PFunc *policy_func(const Policy *p, const char *zName) {
  int i;
  for (i = 0; i < p->nFunc; i++) {
    if (first_differs(p->aFunc[i].zName, zName)) continue;
    if (strcasecmp(p->aFunc[i].zName, zName) == 0) return &p->aFunc[i];
  }
  return NULL;
}

const char *policy_not_amc(const Policy *p, const char *zName) {
  int i;
  for (i = 0; i + 1 < p->nNotAmc; i += 2) {
    if (strcasecmp(p->azNotAmc[i], zName) == 0) return p->azNotAmc[i + 1];
  }
  return NULL;
}
