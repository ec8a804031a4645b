/*
 * report.h: rendering amcq check's per-file results (lint.h) as text,
 * JSON, SARIF 2.1.0 and GitHub Actions workflow commands.
 */
#ifndef AMCQ_REPORT_H
#define AMCQ_REPORT_H

#include "lint.h"
#include "util.h"

void report_text(StrBuf *o, const LintFile *f, int bColor);
/* {"path": ..., "diagnostics": [...]} */
void report_json(StrBuf *o, const LintFile *f);

/* SARIF: the document's start (tool, rules), each file's results
** (*pnDone counts results so far, for commas), and the end. */
void report_sarif_begin(StrBuf *o);
void report_sarif_results(StrBuf *o, const LintFile *f, int *pnDone);
void report_sarif_end(StrBuf *o, int nDone);

/* ::error file=..,line=..,col=..,endLine=..,endColumn=..,title=CODE::message */
void report_github(StrBuf *o, const LintFile *f);

#endif
