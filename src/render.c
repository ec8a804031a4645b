/*
 * render.c: results of amcq run as an aligned table, CSV (RFC 4180), one
 * JSON array, or NDJSON. Columns in query order; NULL is NULL (table),
 * empty (CSV) or null (JSON).
 */
#include "render.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

/* The shortest text that reads back as the same double. */
static void fmt_double(double d, char aBuf[64]) {
  int p;
  for (p = 15; p <= 17; p++) {
    snprintf(aBuf, 64, "%.*g", p, d);
    if (strtod(aBuf, NULL) == d) break;
  }
  if (!strpbrk(aBuf, ".eEni")) { /* still a float */
    size_t n = strlen(aBuf);
    if (n + 3 <= 64) memcpy(aBuf + n, ".0", 3);
  }
}

/* The text of a cell for table and CSV output; NULL for SQL NULL. */
static const char *cell_text(const Cell *c, char aBuf[64]) {
  switch (c->type) {
    case SQLITE_INTEGER:
      snprintf(aBuf, 64, "%lld", (long long)c->i);
      return aBuf;
    case SQLITE_FLOAT:
      fmt_double(c->r, aBuf);
      return aBuf;
    case CELL_BOOL:
      return c->i ? "true" : "false";
    case SQLITE_TEXT:
      return c->z;
    default:
      return NULL;
  }
}

/* Display width on a terminal (CJK and emoji take two cells), a control
** character shown as one space. */
static size_t text_width(const char *z) {
  return source_text_width(z, 1);
}

/* Control characters (C0, DEL, C1, invalid bytes) would break the table's
** lines or drive the terminal: each byte becomes a space. */
static void put_plain(StrBuf *o, const char *z) {
  size_t n = strlen(z), i = 0, nb;
  while (i < n) {
    if (source_char_width(z + i, n - i, &nb) < 0) {
      sb_putc(o, ' '); /* one cell, as text_width counts it */
    } else {
      sb_append(o, z + i, nb);
    }
    i += nb;
  }
}

static void pad(StrBuf *o, size_t n) {
  while (n--) sb_putc(o, ' ');
}

static void render_table(StrBuf *o, const RunResult *r) {
  size_t *aW = xcalloc((size_t)r->nCol + 1, sizeof(size_t));
  int j;
  int64_t i;
  char aBuf[64];
  for (j = 0; j < r->nCol; j++) aW[j] = text_width(r->azCol[j]);
  for (i = 0; i < r->nRow; i++) {
    for (j = 0; j < r->nCol; j++) {
      const char *z = cell_text(&r->aCell[i * r->nCol + j], aBuf);
      size_t w = text_width(z ? z : "NULL");
      if (w > aW[j]) aW[j] = w;
    }
  }
  for (j = 0; j < r->nCol; j++) {
    if (j) sb_puts(o, " | ");
    put_plain(o, r->azCol[j]);
    if (j < r->nCol - 1) pad(o, aW[j] - text_width(r->azCol[j]));
  }
  sb_putc(o, '\n');
  for (j = 0; j < r->nCol; j++) {
    size_t k;
    if (j) sb_puts(o, "-+-");
    for (k = 0; k < aW[j]; k++) sb_putc(o, '-');
  }
  sb_putc(o, '\n');
  for (i = 0; i < r->nRow; i++) {
    for (j = 0; j < r->nCol; j++) {
      const Cell *c = &r->aCell[i * r->nCol + j];
      const char *z = cell_text(c, aBuf);
      int bRight = c->type == SQLITE_INTEGER || c->type == SQLITE_FLOAT;
      size_t w = text_width(z ? z : "NULL");
      if (j) sb_puts(o, " | ");
      if (bRight) pad(o, aW[j] - w);
      put_plain(o, z ? z : "NULL");
      if (!bRight && j < r->nCol - 1) pad(o, aW[j] - w);
    }
    sb_putc(o, '\n');
  }
  sb_printf(o, "(%lld row%s)\n", (long long)r->nRow, r->nRow == 1 ? "" : "s");
  free(aW);
}

static void csv_field(StrBuf *o, const char *z) {
  if (!z) return;
  if (strpbrk(z, ",\"\r\n")) {
    sb_putc(o, '"');
    for (; *z; z++) {
      if (*z == '"') sb_putc(o, '"');
      sb_putc(o, *z);
    }
    sb_putc(o, '"');
  } else {
    sb_puts(o, z);
  }
}

static void render_csv(StrBuf *o, const RunResult *r) {
  int j;
  int64_t i;
  char aBuf[64];
  for (j = 0; j < r->nCol; j++) {
    if (j) sb_putc(o, ',');
    csv_field(o, r->azCol[j]);
  }
  sb_puts(o, "\r\n");
  for (i = 0; i < r->nRow; i++) {
    for (j = 0; j < r->nCol; j++) {
      if (j) sb_putc(o, ',');
      csv_field(o, cell_text(&r->aCell[i * r->nCol + j], aBuf));
    }
    sb_puts(o, "\r\n");
  }
}

static void json_cell(StrBuf *o, const Cell *c) {
  char aBuf[64];
  switch (c->type) {
    case SQLITE_INTEGER:
      sb_printf(o, "%lld", (long long)c->i);
      return;
    case SQLITE_FLOAT:
      if (!isfinite(c->r)) {
        sb_puts(o, "null");
        return;
      }
      fmt_double(c->r, aBuf);
      sb_puts(o, aBuf);
      return;
    case CELL_BOOL:
      sb_puts(o, c->i ? "true" : "false");
      return;
    case SQLITE_TEXT:
      sb_json_str(o, c->z);
      return;
    default:
      sb_puts(o, "null");
      return;
  }
}

static void json_row(StrBuf *o, const RunResult *r, int64_t i) {
  int j;
  sb_putc(o, '{');
  for (j = 0; j < r->nCol; j++) {
    if (j) sb_putc(o, ',');
    sb_json_str(o, r->azCol[j]);
    sb_putc(o, ':');
    json_cell(o, &r->aCell[i * r->nCol + j]);
  }
  sb_putc(o, '}');
}

void render_result(StrBuf *o, const RunResult *r, RenderFormat f) {
  int64_t i;
  switch (f) {
    case RF_TABLE:
      render_table(o, r);
      return;
    case RF_CSV:
      render_csv(o, r);
      return;
    case RF_JSON:
      sb_putc(o, '[');
      for (i = 0; i < r->nRow; i++) {
        sb_puts(o, i ? ",\n" : "\n");
        json_row(o, r, i);
      }
      sb_puts(o, r->nRow ? "\n]\n" : "]\n");
      return;
    case RF_NDJSON:
      for (i = 0; i < r->nRow; i++) {
        json_row(o, r, i);
        sb_putc(o, '\n');
      }
      return;
  }
}
