/*
 * workflow.h: AMC workflow definitions (JSON with sqlQuery,
 * inputParameters and the output options) and execution requests
 * (parameterValues, timeWindowStart/End), as amcq run reads them.
 */
#ifndef AMCQ_WORKFLOW_H
#define AMCQ_WORKFLOW_H

#include <stddef.h>

typedef struct WfParam {
  char *zName;
  char *zType;  /* AMC dataType: "STRING", "INTEGER", ... "ARRAY" */
  char *zValue; /* defaultValue or the execution's value, as text (arrays
                   as JSON); NULL when none */
} WfParam;

typedef struct Workflow {
  char *zSql;
  char *zFiltered, *zUserCount, *zReason; /* NULL when not set */
  char *zStart, *zEnd;                    /* from the execution, or NULL */
  WfParam *aParam;
  size_t nParam;
  /* disableAggregationControls and requireSyntheticData, from the
  ** workflow or the execution (either sets them) */
  int bNoControls, bSynthetic;
} Workflow;

/* Read workflow zPath and, if zExec is not NULL, the execution request
** zExec. Returns 0, or -1 with *pzErr (heap) naming the file, the JSON
** path and the problem. */
int workflow_load(const char *zPath, const char *zExec, Workflow *w, char **pzErr);
void workflow_free(Workflow *w);

#endif
