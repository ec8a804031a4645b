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

/* The character at z[0..n): its bytes in *pnByte (1 for a byte that does
** not start a valid sequence) and the terminal cells it takes (utf8proc's
** East Asian width: 2 for CJK and emoji, 0 for combining marks, 1 for
** others); -1 for a control character (C0, DEL, C1) or an invalid byte,
** which text output escapes (source_put_escaped). */
int source_char_width(const char *z, size_t n, size_t *pnByte);

/* Cells of text z (NUL-terminated) on a terminal, a control character or
** invalid byte counting nEscaped. */
size_t source_text_width(const char *z, size_t nEscaped);

/* Append z, with every control character and invalid byte written as
** \xNN (a terminal never sees ESC, CR or LF from a query, a path or a
** value); everything else as it is. */
struct StrBuf;
void source_put_escaped(struct StrBuf *p, const char *z);

#endif
