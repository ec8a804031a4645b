/*
 * policy2c.c: build tool. Reads rules/amc.json with amcq's own policy
 * reader (src/policy.c) and writes it out as C data (a PolicyData), so the
 * built-in policy costs nothing to load and an installed amcq needs no data
 * files.
 *
 * usage: policy2c rules/amc.json OUTPUT.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "util.h"

/* The tool is what makes the real one; policy.c only needs the symbol. */
const PolicyData amcq_builtin_policy = {0};

static void put_str(FILE *f, const char *z) {
  if (!z) {
    fputs("NULL", f);
    return;
  }
  fputc('"', f);
  for (; *z; z++) {
    unsigned char c = (unsigned char)*z;
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20 || c >= 0x7f) fprintf(f, "\\%03o", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

int main(int argc, char **argv) {
  static const char *const azCls[] = {"CLS_NONE", "CLS_LOW", "CLS_MEDIUM",
                                      "CLS_HIGH", "CLS_VERY_HIGH",
                                      "CLS_INTERNAL"};
  static const char *const azKind[] = {"FN_SCALAR", "FN_AGGREGATE", "FN_RANK",
                                       "FN_PARAM"};
  char *z, *zErr;
  size_t n;
  Policy *p;
  FILE *f;
  int i, k;
  if (argc != 3) {
    fprintf(stderr, "usage: policy2c POLICY.json OUTPUT.c\n");
    return 2;
  }
  if (util_read_file(argv[1], (size_t)64 << 20, &z, &n, &zErr) != 0) {
    fprintf(stderr, "%s\n", zErr);
    return 2;
  }
  p = policy_from_json(argv[1], z, n, &zErr);
  free(z);
  if (!p) {
    fprintf(stderr, "%s\n", zErr);
    return 2;
  }
  f = fopen(argv[2], "w");
  if (!f) {
    perror(argv[2]);
    return 2;
  }
  fprintf(f, "/* Generated from %s by scripts/policy2c.c. Do not edit. */\n",
          argv[1]);
  fprintf(f, "#include <stddef.h>\n\n#include \"policy.h\"\n\n");
  /* Column lists, once per shared list. */
  for (i = 0; i < p->nTable; i++) {
    for (k = 0; k < i; k++) {
      if (p->aTable[k].aCol == p->aTable[i].aCol) break;
    }
    if (k < i || p->aTable[i].nCol == 0) continue;
    fprintf(f, "static PColumn aCol%d[] = {\n", i);
    for (k = 0; k < p->aTable[i].nCol; k++) {
      const PColumn *c = &p->aTable[i].aCol[k];
      fputs("    {", f);
      put_str(f, c->zName);
      fputs(", ", f);
      put_str(f, c->zType);
      fprintf(f, ", %d, %s},\n", c->bMetric, azCls[c->cls]);
    }
    fputs("};\n", f);
  }
  fputs("\nstatic const PTable aTable[] = {\n", f);
  for (i = 0; i < p->nTable; i++) {
    const PTable *t = &p->aTable[i];
    int iOwner = i;
    for (k = 0; k < i; k++) {
      if (p->aTable[k].aCol == t->aCol) {
        iOwner = k;
        break;
      }
    }
    fputs("    {.zName = ", f);
    put_str(f, t->zName);
    if (t->nCol) fprintf(f, ", .aCol = aCol%d", iOwner);
    else fputs(", .aCol = NULL", f);
    fprintf(f, ", .nCol = %d, .bColumnsKnown = %d, .bAudience = %d, .zAudienceOf = ",
            t->nCol, t->bColumnsKnown, t->bAudience);
    put_str(f, t->zAudienceOf);
    fprintf(f, ", .iUserCol = %d, .iEventTime = %d, .iRowsWithout = %d, .bFirstParty = 0},\n",
            t->iUserCol, t->iEventTime, t->iRowsWithout);
  }
  fputs("};\n\nstatic const PFunc aFunc[] = {\n", f);
  for (i = 0; i < p->nFunc; i++) {
    const PFunc *fn = &p->aFunc[i];
    fputs("    {.zName = ", f);
    put_str(f, fn->zName);
    fprintf(f, ", .kind = %s, .nMin = %d, .nMax = %d, .zReturns = ",
            azKind[fn->kind], fn->nMin, fn->nMax);
    put_str(f, fn->zReturns);
    fprintf(f, ", .bFuses = %d, .bPicks = %d", fn->bFuses, fn->bPicks);
    fprintf(f, ", .bReveals = %d, .bCompares = %d, .bCounts = %d, .cmpMask = %uu, "
            ".posMask = %uu, .kwMask = %uu, .condMask = %uu, .nullMask = %uu, "
            ".testMask = %uu, .bTestAllButLast = %d, .bInternal = %d},\n",
            fn->bReveals, fn->bCompares, fn->bCounts, fn->cmpMask, fn->posMask,
            fn->kwMask, fn->condMask, fn->nullMask, fn->testMask,
            fn->bTestAllButLast, fn->bInternal);
  }
  fputs("};\n\nstatic const char *const azNotAmc[] = {\n", f);
  for (i = 0; i < p->nNotAmc; i++) {
    fputs("    ", f);
    put_str(f, p->azNotAmc[i]);
    fputs(",\n", f);
  }
  fputs("};\n\nconst PolicyData amcq_builtin_policy = {\n    .zName = ", f);
  put_str(f, p->zName);
  fputs(",\n    .aThreshold = {", f);
  for (i = 0; i < CLS_COUNT; i++) fprintf(f, "%s%d", i ? ", " : "", p->aThreshold[i]);
  fprintf(f, "},\n    .aTable = aTable, .nTable = %d,\n", p->nTable);
  fprintf(f, "    .aFunc = aFunc, .nFunc = %d,\n", p->nFunc);
  fprintf(f, "    .azNotAmc = azNotAmc, .nNotAmc = %d,\n", p->nNotAmc);
  fprintf(f,
          "    .bLimit = %d, .bOrderByFinal = %d, .bRightJoin = %d, "
          ".bNaturalJoin = %d,\n    .bIntersect = %d, .bExcept = %d, "
          ".bSelectStarTable = %d, .bAggregationRequired = %d,\n"
          "    .nAudienceMinUsers = %d, .nAudienceRecommendedUsers = %d,\n"
          "    .nLookalikeMinUsers = %d, .nLookalikeMaxUsers = %d};\n",
          p->bLimit, p->bOrderByFinal, p->bRightJoin, p->bNaturalJoin,
          p->bIntersect, p->bExcept, p->bSelectStarTable,
          p->bAggregationRequired, p->nAudienceMinUsers, p->nAudienceRecommendedUsers,
          p->nLookalikeMinUsers, p->nLookalikeMaxUsers);
  policy_free(p);
  if (fclose(f) != 0) {
    perror(argv[2]);
    return 2;
  }
  return 0;
}
