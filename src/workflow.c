/*
 * workflow.c: AMC workflow and execution JSON (see workflow.h).
 */
#include "workflow.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "amcq.h"
#include "util.h"

#define WF_MAX_BYTES ((size_t)16 << 20)

static cJSON *read_json(const char *zPath, char **pzErr) {
  char *z = NULL, *zErr = NULL;
  size_t n = 0;
  cJSON *j;
  const char *zEnd = NULL;
  if (util_read_file(zPath, WF_MAX_BYTES, &z, &n, &zErr) != 0) {
    *pzErr = zErr;
    return NULL;
  }
  j = cJSON_ParseWithLengthOpts(z, n, &zEnd, 0);
  if (j) {
    /* Nothing but white space may follow the value. */
    const char *p = zEnd;
    while (p < z + n && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    if (p < z + n) {
      cJSON_Delete(j);
      j = NULL;
      zEnd = p;
    }
  } /* else zEnd is where the parse stopped */
  if (!j) {
    size_t off = zEnd && zEnd >= z ? (size_t)(zEnd - z) : 0, i;
    int line = 1, col = 1;
    for (i = 0; i < off && i < n; i++) {
      if (z[i] == '\n') line++, col = 1;
      else if (((unsigned char)z[i] & 0xC0) != 0x80) col++;
    }
    *pzErr = util_mprintf("%s:%d:%d: malformed JSON", zPath, line, col);
  }
  free(z);
  return j;
}

/* A JSON value as parameter text: strings as they are, numbers and
** Booleans as written, arrays and objects as JSON. */
static char *value_text(const cJSON *v) {
  if (cJSON_IsString(v)) return xstrdup(v->valuestring);
  if (cJSON_IsBool(v)) return xstrdup(cJSON_IsTrue(v) ? "true" : "false");
  if (cJSON_IsNull(v)) return NULL;
  if (cJSON_IsNumber(v)) {
    double d = v->valuedouble;
    if (d == (double)(long long)d && d > -9e15 && d < 9e15) return util_mprintf("%lld", (long long)d);
    return util_mprintf("%.17g", d);
  }
  {
    char *p = cJSON_PrintUnformatted(v), *r = xstrdup(p ? p : "null");
    cJSON_free(p);
    return r;
  }
}

static int opt_string(const char *zPath, const cJSON *o, const char *zKey, char **pz,
                      char **pzErr) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, zKey);
  if (!v || cJSON_IsNull(v)) return 0;
  if (!cJSON_IsString(v) || !v->valuestring[0]) {
    *pzErr = util_mprintf("%s: $.%s: expected a non-empty string", zPath, zKey);
    return -1;
  }
  *pz = xstrdup(v->valuestring);
  return 0;
}

/* A Boolean key of AMC's execution request: *pb when it is given. */
static int opt_bool(const char *zPath, const cJSON *o, const char *zKey, int *pb,
                    char **pzErr) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, zKey);
  if (!v || cJSON_IsNull(v)) return 0;
  if (!cJSON_IsBool(v)) {
    *pzErr = util_mprintf("%s: $.%s: expected true or false", zPath, zKey);
    return -1;
  }
  *pb = cJSON_IsTrue(v); /* an execution's false overrides the workflow's true */
  return 0;
}

static WfParam *find(Workflow *w, const char *zName) {
  size_t i;
  for (i = 0; i < w->nParam; i++) {
    if (strcmp(w->aParam[i].zName, zName) == 0) return &w->aParam[i];
  }
  return NULL;
}

static int load_def(const char *zPath, const cJSON *j, Workflow *w, char **pzErr) {
  const cJSON *q, *ps, *p;
  size_t i = 0;
  if (cJSON_IsArray(j)) {
    if (cJSON_GetArraySize(j) != 1) {
      *pzErr = util_mprintf("%s: $: an array of %d workflows; amcq run takes one", zPath,
                            cJSON_GetArraySize(j));
      return -1;
    }
    j = cJSON_GetArrayItem(j, 0);
  }
  if (!cJSON_IsObject(j)) {
    *pzErr = util_mprintf("%s: $: expected a workflow object", zPath);
    return -1;
  }
  q = cJSON_GetObjectItemCaseSensitive(j, "sqlQuery");
  if (!cJSON_IsString(q)) {
    *pzErr = util_mprintf("%s: $.sqlQuery: %s", zPath, q ? "expected a string" : "missing");
    return -1;
  }
  w->zSql = xstrdup(q->valuestring);
  if (opt_string(zPath, j, "filteredMetricsDiscriminatorColumn", &w->zFiltered, pzErr) ||
      opt_string(zPath, j, "distinctUserCountColumn", &w->zUserCount, pzErr) ||
      opt_string(zPath, j, "filteredReasonColumn", &w->zReason, pzErr) ||
      opt_bool(zPath, j, "disableAggregationControls", &w->bNoControls, pzErr) ||
      opt_bool(zPath, j, "requireSyntheticData", &w->bSynthetic, pzErr)) {
    return -1;
  }
  ps = cJSON_GetObjectItemCaseSensitive(j, "inputParameters");
  if (!ps || cJSON_IsNull(ps)) return 0;
  if (!cJSON_IsArray(ps)) {
    *pzErr = util_mprintf("%s: $.inputParameters: expected an array", zPath);
    return -1;
  }
  w->aParam = xcalloc((size_t)cJSON_GetArraySize(ps) + 1, sizeof *w->aParam);
  cJSON_ArrayForEach(p, ps) {
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(p, "name");
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(p, "dataType");
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(p, "defaultValue");
    WfParam *wp;
    if (!cJSON_IsObject(p) || !cJSON_IsString(n) || !n->valuestring[0]) {
      *pzErr = util_mprintf("%s: $.inputParameters[%zu].name: expected a non-empty string",
                            zPath, i);
      return -1;
    }
    if (find(w, n->valuestring)) {
      *pzErr = util_mprintf("%s: $.inputParameters[%zu].name: '%s' is declared twice", zPath,
                            i, n->valuestring);
      return -1;
    }
    wp = &w->aParam[w->nParam++];
    wp->zName = xstrdup(n->valuestring);
    if (cJSON_IsString(t)) {
      wp->zType = xstrdup(t->valuestring);
    } else if (cJSON_IsObject(t) &&
               cJSON_IsString(cJSON_GetObjectItemCaseSensitive(t, "type"))) {
      wp->zType = xstrdup(cJSON_GetObjectItemCaseSensitive(t, "type")->valuestring);
    } else if (t) {
      *pzErr = util_mprintf("%s: $.inputParameters[%zu].dataType: expected a type name or "
                            "{\"type\": \"ARRAY\", ...}",
                            zPath, i);
      return -1;
    }
    if (d) wp->zValue = value_text(d);
    i++;
  }
  return 0;
}

static int load_exec(const char *zPath, const cJSON *j, Workflow *w, char **pzErr) {
  const cJSON *pv, *v, *t;
  if (!cJSON_IsObject(j)) {
    *pzErr = util_mprintf("%s: $: expected an execution object", zPath);
    return -1;
  }
  t = cJSON_GetObjectItemCaseSensitive(j, "timeWindowType");
  if (t && !(cJSON_IsString(t) && strcmp(t->valuestring, "EXPLICIT") == 0)) {
    *pzErr = util_mprintf("%s: $.timeWindowType: amcq supports EXPLICIT (with "
                          "timeWindowStart and timeWindowEnd) only",
                          zPath);
    return -1;
  }
  t = cJSON_GetObjectItemCaseSensitive(j, "timeWindowTimeZone");
  if (t && !(cJSON_IsString(t) && (strcmp(t->valuestring, "UTC") == 0 ||
                                    strcmp(t->valuestring, "Etc/UTC") == 0))) {
    *pzErr = util_mprintf("%s: $.timeWindowTimeZone: amcq supports UTC only", zPath);
    return -1;
  }
  if (opt_string(zPath, j, "timeWindowStart", &w->zStart, pzErr) ||
      opt_string(zPath, j, "timeWindowEnd", &w->zEnd, pzErr) ||
      opt_bool(zPath, j, "disableAggregationControls", &w->bNoControls, pzErr) ||
      opt_bool(zPath, j, "requireSyntheticData", &w->bSynthetic, pzErr)) {
    return -1;
  }
  pv = cJSON_GetObjectItemCaseSensitive(j, "parameterValues");
  if (!pv || cJSON_IsNull(pv)) return 0;
  if (!cJSON_IsObject(pv)) {
    *pzErr = util_mprintf("%s: $.parameterValues: expected an object", zPath);
    return -1;
  }
  cJSON_ArrayForEach(v, pv) {
    WfParam *p = find(w, v->string);
    if (!p) {
      *pzErr = util_mprintf("%s: $.parameterValues.%s: the workflow declares no such "
                            "parameter",
                            zPath, v->string);
      return -1;
    }
    free(p->zValue);
    p->zValue = value_text(v);
  }
  return 0;
}

int workflow_load(const char *zPath, const char *zExec, Workflow *w, char **pzErr) {
  cJSON *j;
  int rc;
  memset(w, 0, sizeof *w);
  *pzErr = NULL;
  j = read_json(zPath, pzErr);
  if (!j) return -1;
  rc = load_def(zPath, j, w, pzErr);
  cJSON_Delete(j);
  if (rc == 0 && zExec) {
    j = read_json(zExec, pzErr);
    if (!j) {
      rc = -1;
    } else {
      rc = load_exec(zExec, j, w, pzErr);
      cJSON_Delete(j);
    }
  }
  if (rc != 0) workflow_free(w);
  return rc;
}

void workflow_free(Workflow *w) {
  size_t i;
  for (i = 0; i < w->nParam; i++) {
    free(w->aParam[i].zName);
    free(w->aParam[i].zType);
    free(w->aParam[i].zValue);
  }
  free(w->aParam);
  free(w->zSql);
  free(w->zFiltered);
  free(w->zUserCount);
  free(w->zReason);
  free(w->zStart);
  free(w->zEnd);
  memset(w, 0, sizeof *w);
}
