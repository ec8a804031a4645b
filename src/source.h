/*
 * source.h: one input text (a .sql file, a workflow's sqlQuery, stdin) with
 * its display path and a line table, so that any byte offset can be reported
 * as a 1-based line and a 1-based column counted in code points.
 */
#ifndef AMCQ_SOURCE_H
#define AMCQ_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct Source {
  const char *zPath; /* as given by the user; "<stdin>" for standard input */
  const char *z;     /* the text, NUL-terminated, not owned */
  size_t n;          /* bytes, not counting the terminator */
  uint32_t *aLine;   /* byte offset of the start of each line */
  size_t nLine;
} Source;

/* Build the line table in pArena. z must stay valid while the Source is. */
void source_init(Source *p, Arena *pArena, const char *zPath, const char *z,
                 size_t n);

/* 1-based line and code-point column of byte offset off (clamped to n).
** Bytes that are not valid UTF-8 count one column each. */
void source_linecol(const Source *p, size_t off, int *pLine, int *pCol);

/* Byte range [*pStart, *pEnd) of the line holding offset off, without its
** line terminator. */
void source_line_range(const Source *p, size_t off, size_t *pStart,
                       size_t *pEnd);

/* Offset of the first byte that is not valid UTF-8 (overlong forms,
** surrogates and code points above U+10FFFF are invalid) or is NUL; n if
** the whole text is valid. *pbNul says which it was. */
size_t source_check_utf8(const char *z, size_t n, int *pbNul);

/* Length of the UTF-8 sequence starting with byte c (1 for stray bytes). */
int source_utf8_len(unsigned char c);

#endif
