/*
 * diag.c: collecting diagnostics and rendering them for people (caret
 * snippets) and machines (JSON). Long lines, such as a workflow's one-line
 * sqlQuery, are shown as a window around the span.
 */
#include "diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Diag *diag_vadd(DiagList *p, const char *zCode, uint32_t iStart,
                uint32_t iEnd, const char *zFmt, va_list ap) {
  const RuleInfo *pRule = rules_find(zCode);
  StrBuf b = {0};
  Diag *d;
  util_grow((void **)&p->a, &p->cap, p->n + 1, sizeof(Diag));
  d = &p->a[p->n++];
  sb_vprintf(&b, zFmt, ap);
  d->zCode = pRule ? pRule->zCode : zCode;
  d->severity = pRule ? pRule->severity : SEV_ERROR;
  d->iStart = iStart;
  d->iEnd = iEnd < iStart ? iStart : iEnd;
  d->zMessage = arena_strndup(p->pArena, b.z ? b.z : "", b.n);
  d->zHint = NULL;
  sb_free(&b);
  if (d->severity == SEV_ERROR) p->nError++;
  else if (d->severity == SEV_WARNING) p->nWarning++;
  return d;
}

Diag *diag_add(DiagList *p, const char *zCode, uint32_t iStart,
               uint32_t iEnd, const char *zFmt, ...) {
  va_list ap;
  Diag *d;
  va_start(ap, zFmt);
  d = diag_vadd(p, zCode, iStart, iEnd, zFmt, ap);
  va_end(ap);
  return d;
}

void diag_hint(DiagList *p, Diag *d, const char *zFmt, ...) {
  StrBuf b = {0};
  va_list ap;
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  d->zHint = arena_strndup(p->pArena, b.z, b.n);
  sb_free(&b);
}

static int diag_cmp(const void *a, const void *b) {
  const Diag *x = a, *y = b;
  int c;
  if (x->iStart != y->iStart) return x->iStart < y->iStart ? -1 : 1;
  c = strcmp(x->zCode, y->zCode);
  if (c) return c;
  if (x->iEnd != y->iEnd) return x->iEnd < y->iEnd ? -1 : 1;
  return 0;
}

void diag_sort(DiagList *p) {
  /* qsort is not stable; equal keys are identical for our purposes except
  ** for the message, so compare that last to make the order total. */
  size_t i, j;
  for (i = 1; i < p->n; i++) {
    Diag t = p->a[i];
    j = i;
    while (j > 0 && diag_cmp(&p->a[j - 1], &t) > 0) {
      p->a[j] = p->a[j - 1];
      j--;
    }
    p->a[j] = t;
  }
}

void diag_list_free(DiagList *p) {
  free(p->a);
  p->a = NULL;
  p->n = p->cap = 0;
}

const char *diag_excerpt(Arena *pArena, const char *z, size_t n, size_t nMax) {
  size_t i = 0, nCp = 0;
  StrBuf b = {0};
  const char *r;
  while (i < n && nCp < nMax && z[i] != '\n' && z[i] != '\r') {
    i += (size_t)source_utf8_len((unsigned char)z[i]);
    nCp++;
  }
  if (i > n) i = n;
  sb_append(&b, z, i);
  if (i < n) sb_puts(&b, "...");
  r = arena_strndup(pArena, b.z, b.n);
  sb_free(&b);
  return r;
}

/* Display cells of the character at z[i]: its width on a terminal
** (source_char_width: 2 for CJK and emoji, 0 for a combining mark);
** invalid bytes and control characters are shown as \xNN, 4 cells a byte;
** tabs are kept as tabs. */
static size_t cell_len(const unsigned char *z, size_t i, size_t e, size_t *pnByte) {
  int w;
  if (z[i] == '\t') {
    *pnByte = 1;
    return 1;
  }
  w = source_char_width((const char *)z + i, e - i, pnByte);
  return w < 0 ? 4 * *pnByte : (size_t)w;
}

static void put_cell(StrBuf *pOut, const unsigned char *z, size_t i, size_t nByte) {
  size_t nb;
  if (z[i] != '\t' && source_char_width((const char *)z + i, nByte, &nb) < 0) {
    size_t k;
    for (k = 0; k < nByte; k++) sb_printf(pOut, "\\x%02x", z[i + k]);
  } else {
    sb_append(pOut, (const char *)z + i, nByte);
  }
}

#define WINDOW_CELLS 100

void diag_render_text(StrBuf *pOut, const Source *pSrc, const Diag *d,
                      int bColor) {
  const unsigned char *z = (const unsigned char *)pSrc->z;
  int line, col, eline, ecol;
  size_t ls, le, i, iFrom, iTo, caretStart, caretEnd;
  const char *zSev = rules_severity_name(d->severity);
  const char *zC = "", *zBold = "", *zOff = "", *zBlue = "";
  char aNum[32];
  size_t nNum;
  if (bColor) {
    zC = d->severity == SEV_ERROR     ? "\033[1;31m"
         : d->severity == SEV_WARNING ? "\033[1;33m"
                                      : "\033[1;36m";
    zBold = "\033[1m";
    zOff = "\033[0m";
    zBlue = "\033[1;34m";
  }
  source_linecol(pSrc, d->iStart, &line, &col);
  source_linecol(pSrc, d->iEnd, &eline, &ecol);
  /* one line per diagnostic, whatever the path and the query's names
  ** hold: control characters are escaped */
  sb_puts(pOut, zBold);
  source_put_escaped(pOut, pSrc->zPath);
  sb_printf(pOut, ":%d:%d:%s %s%s[%s]%s%s: ", line, col, zOff, zC, zSev, d->zCode, zOff, zBold);
  source_put_escaped(pOut, d->zMessage);
  sb_printf(pOut, "%s\n", zOff);
  if (pSrc->n == 0) {
    if (d->zHint) {
      sb_puts(pOut, "  = hint: ");
      source_put_escaped(pOut, d->zHint);
      sb_putc(pOut, '\n');
    }
    return;
  }

  /* The caret covers [iStart, iEnd) clipped to the first line; an empty span
  ** (end of input) gets one caret. */
  source_line_range(pSrc, d->iStart, &ls, &le);
  caretStart = d->iStart;
  caretEnd = d->iEnd > le ? le : d->iEnd;
  if (caretEnd < caretStart) caretEnd = caretStart;

  /* Choose a window of at most WINDOW_CELLS cells that shows the span start. */
  iFrom = ls;
  iTo = le;
  {
    size_t nCell = 0, nb;
    for (i = ls; i < le; i += nb)
      nCell += cell_len(z, i, le, &nb);
    if (nCell > WINDOW_CELLS) {
      size_t before = 0;
      for (i = ls; i < caretStart; i += nb)
        before += cell_len(z, i, le, &nb);
      if (before > WINDOW_CELLS / 3) {
        size_t skip = before - WINDOW_CELLS / 3, c = 0;
        for (i = ls; i < caretStart && c < skip; i += nb) {
          c += cell_len(z, i, le, &nb);
        }
        iFrom = i;
      }
      nCell = 0;
      for (i = iFrom; i < le && nCell < WINDOW_CELLS; i += nb) {
        nCell += cell_len(z, i, le, &nb);
      }
      iTo = i;
      if (caretEnd > iTo) caretEnd = iTo;
    }
  }

  nNum = (size_t)snprintf(aNum, sizeof aNum, "%d", line);
  sb_printf(pOut, "%s%*s |%s\n", zBlue, (int)nNum, "", zOff);
  sb_printf(pOut, "%s%s |%s ", zBlue, aNum, zOff);
  if (iFrom > ls) sb_puts(pOut, "...");
  for (i = iFrom; i < iTo;) {
    size_t nb;
    cell_len(z, i, le, &nb);
    put_cell(pOut, z, i, nb);
    i += nb;
  }
  if (iTo < le) sb_puts(pOut, "...");
  sb_putc(pOut, '\n');
  sb_printf(pOut, "%s%*s |%s ", zBlue, (int)nNum, "", zOff);
  if (iFrom > ls) sb_puts(pOut, "   ");
  for (i = iFrom; i < caretStart;) {
    size_t nb, nc = cell_len(z, i, le, &nb);
    if (z[i] == '\t')
      sb_putc(pOut, '\t');
    else
      sb_printf(pOut, "%*s", (int)nc, "");
    i += nb;
  }
  sb_puts(pOut, zC);
  sb_putc(pOut, '^');
  {
    size_t nb, first = 1;
    for (i = caretStart; i < caretEnd; i += nb) {
      size_t nc = cell_len(z, i, le, &nb);
      size_t k;
      for (k = 0; k < nc; k++) {
        if (first)
          first = 0;
        else
          sb_putc(pOut, '~');
      }
    }
  }
  sb_puts(pOut, zOff);
  sb_putc(pOut, '\n');
  if (d->zHint) {
    sb_printf(pOut, "%s%*s =%s %shint:%s ", zBlue, (int)nNum, "", zOff, zBold, zOff);
    source_put_escaped(pOut, d->zHint);
    sb_putc(pOut, '\n');
  }
}

void diag_render_json(StrBuf *pOut, const Source *pSrc, const Diag *d) {
  int line, col, eline, ecol;
  source_linecol(pSrc, d->iStart, &line, &col);
  source_linecol(pSrc, d->iEnd, &eline, &ecol);
  sb_puts(pOut, "{\"code\":");
  sb_json_str(pOut, d->zCode);
  sb_puts(pOut, ",\"severity\":");
  sb_json_str(pOut, rules_severity_name(d->severity));
  sb_puts(pOut, ",\"message\":");
  sb_json_str(pOut, d->zMessage);
  sb_printf(pOut,
            ",\"line\":%d,\"column\":%d,\"end_line\":%d,\"end_column\":%d",
            line, col, eline, ecol);
  if (d->zHint) {
    sb_puts(pOut, ",\"hint\":");
    sb_json_str(pOut, d->zHint);
  }
  sb_putc(pOut, '}');
}
