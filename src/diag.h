/*
 * diag.h: diagnostics. Every stage appends to one DiagList and keeps going;
 * positions are byte offsets into the ORIGINAL query text, converted to
 * lines and code-point columns only when rendered (text, JSON; SARIF and
 * GitHub annotations build on the same records).
 */
#ifndef AMCQ_DIAG_H
#define AMCQ_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "rules.h"
#include "source.h"
#include "util.h"

typedef struct Diag {
  const char *zCode; /* rule code, static */
  Severity severity;
  uint32_t iStart, iEnd; /* [iStart, iEnd) in the original text */
  const char *zMessage;  /* in the list's arena */
  const char *zHint;     /* NULL or in the arena */
} Diag;

typedef struct DiagList {
  Arena *pArena; /* messages live here */
  Diag *a;       /* heap; diag_list_free() releases it */
  size_t n, cap;
  int nError, nWarning;
} DiagList;

/* Append a diagnostic with the rule's default severity. Returns it so a
** hint can be attached; the pointer is valid until the next diag_add. */
Diag *diag_add(DiagList *p, const char *zCode, uint32_t iStart, uint32_t iEnd,
               const char *zFmt, ...) __attribute__((format(printf, 5, 6)));
Diag *diag_vadd(DiagList *p, const char *zCode, uint32_t iStart,
                uint32_t iEnd, const char *zFmt, va_list ap);
void diag_hint(DiagList *p, Diag *d, const char *zFmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Order by position, then code; equal diagnostics keep their order. */
void diag_sort(DiagList *p);
void diag_list_free(DiagList *p);

/* Text rendering: "path:line:col: severity[CODE]: message", the source line
** with a caret under the span, and the hint. bColor adds ANSI colours. */
void diag_render_text(StrBuf *pOut, const Source *pSrc, const Diag *d,
                      int bColor);
/* One JSON object for d (the check --format json contract). */
void diag_render_json(StrBuf *pOut, const Source *pSrc, const Diag *d);

/* Quote a piece of user text for a message: at most nMax code points and
** never past the end of its line, with "..." when cut, never splitting a
** UTF-8 sequence. Result in pArena. */
const char *diag_excerpt(Arena *pArena, const char *z, size_t n, size_t nMax);

#endif
