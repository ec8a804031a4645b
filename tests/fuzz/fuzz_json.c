/*
 * fuzz_json.c: libFuzzer harness for the JSON amcq reads from users: a
 * policy file, a workflow and an execution, a .amcq.json configuration, and
 * a workflow file as amcq check reads it (positions inside the JSON).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "amcq.h"
#include "lint.h"
#include "workflow.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char aPath[64];
  static amcq_policy *pPol;
  FILE *f;
  char *zErr = NULL;
  amcq_policy *p;
  Workflow w;
  LintConfig *c;
  LintOptions lo;
  LintFile lf;
  if (!aPath[0]) {
    snprintf(aPath, sizeof aPath, "/tmp/amcq-fuzz-json-%d.json", (int)getpid());
    pPol = amcq_policy_builtin();
  }
  f = fopen(aPath, "wb");
  if (!f) return 0;
  fwrite(data, 1, size, f);
  fclose(f);
  p = amcq_policy_load(aPath, &zErr);
  amcq_policy_free(p);
  amcq_free(zErr);
  zErr = NULL;
  if (workflow_load(aPath, aPath, &w, &zErr) == 0) workflow_free(&w);
  free(zErr);
  zErr = NULL;
  c = lint_config_load(aPath, &zErr);
  lint_config_free(c);
  free(zErr);
  lo.bSplit = 0;
  lo.bReportUnused = 1;
  lo.pConfig = NULL;
  lo.pPolicy = pPol;
  lint_file(&lo, "fuzz.json", (const char *)data, size, &lf);
  lint_file_free(&lf);
  return 0;
}
