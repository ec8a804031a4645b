/*
 * render.h: the last stage. Results of amcq run as text for people and
 * programs.
 */
#ifndef AMCQ_RENDER_H
#define AMCQ_RENDER_H

#include "exec.h"
#include "util.h"

typedef enum RenderFormat { RF_TABLE, RF_CSV, RF_JSON, RF_NDJSON } RenderFormat;

/* Append r in format f to o. */
void render_result(StrBuf *o, const RunResult *r, RenderFormat f);

#endif
