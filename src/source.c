/*
 * source.c: line tables, code-point columns and UTF-8 validation for input
 * texts. Everything amcq reports about a position goes through here.
 */
#include "source.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util.h"

void source_init(Source *p, Arena *pArena, const char *zPath, const char *z,
                 size_t n) {
  size_t nLine = 1;
  const char *q = z, *zEnd = z + n;
  while ((q = memchr(q, '\n', (size_t)(zEnd - q))) != NULL) {
    nLine++;
    q++;
  }
  p->zPath = zPath;
  p->z = z;
  p->n = n;
  p->aLine = ARENA_ARRAY(pArena, uint32_t, nLine);
  p->nLine = 0;
  p->aLine[p->nLine++] = 0;
  for (q = z; (q = memchr(q, '\n', (size_t)(zEnd - q))) != NULL; q++) {
    p->aLine[p->nLine++] = (uint32_t)(q - z + 1);
  }
}

int source_utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 1;
}

int source_char_width(const char *z, size_t n, size_t *pnByte) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k;
  unsigned char c = (unsigned char)z[0];
  if (c < 0x80) {
    *pnByte = 1;
    return c < 0x20 || c == 0x7f ? -1 : 1;
  }
  k = utf8proc_iterate((const utf8proc_uint8_t *)z, (utf8proc_ssize_t)(n < 4 ? n : 4), &cp);
  if (k < 1) {
    *pnByte = 1;
    return -1;
  }
  *pnByte = (size_t)k;
  if (cp >= 0x80 && cp <= 0x9f) return -1; /* C1 controls: CSI, OSC ... */
  return utf8proc_charwidth(cp);
}

size_t source_text_width(const char *z, size_t nEscaped) {
  size_t w = 0, n = strlen(z), i = 0, nb;
  while (i < n) {
    int cw = source_char_width(z + i, n - i, &nb);
    w += cw < 0 ? nEscaped : (size_t)cw;
    i += nb;
  }
  return w;
}

void source_put_escaped(StrBuf *p, const char *z) {
  size_t n = strlen(z), i = 0, nb;
  while (i < n) {
    int cw = source_char_width(z + i, n - i, &nb);
    if (cw < 0) {
      size_t k;
      for (k = 0; k < nb; k++) sb_printf(p, "\\x%02x", (unsigned char)z[i + k]);
    } else {
      sb_append(p, z + i, nb);
    }
    i += nb;
  }
}

static size_t line_index(const Source *p, size_t off) {
  size_t lo = 0, hi = p->nLine;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->aLine[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

void source_linecol(const Source *p, size_t off, int *pLine, int *pCol) {
  size_t iLine, i, nCol = 1;
  if (off > p->n) off = p->n;
  iLine = line_index(p, off);
  i = p->aLine[iLine];
  while (i < off) {
    size_t len = (size_t)source_utf8_len((unsigned char)p->z[i]);
    i += len;
    nCol++;
  }
  *pLine = (int)iLine + 1;
  *pCol = (int)nCol;
}

void source_line_range(const Source *p, size_t off, size_t *pStart,
                       size_t *pEnd) {
  size_t iLine, e;
  if (off > p->n) off = p->n;
  iLine = line_index(p, off);
  e = iLine + 1 < p->nLine ? p->aLine[iLine + 1] - 1 : p->n;
  if (e > p->aLine[iLine] && p->z[e - 1] == '\r') e--;
  *pStart = p->aLine[iLine];
  *pEnd = e;
}

size_t source_check_utf8(const char *zText, size_t n, int *pbNul) {
  const unsigned char *z = (const unsigned char *)zText;
  size_t i = 0;
  *pbNul = 0;
  while (i < n) {
    unsigned char c;
    int len, k;
    /* Eight bytes at a time while they are ASCII and not NUL. */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, z + i, 8);
      if ((w & 0x8080808080808080ull) ||
          ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
        break;
      i += 8;
    }
    if (i >= n) break;
    c = z[i];
    if (c == 0) {
      *pbNul = 1;
      return i;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    len = source_utf8_len(c);
    if (len == 1 || i + (size_t)len > n) return i;
    for (k = 1; k < len; k++) {
      if ((z[i + k] & 0xC0) != 0x80) return i;
    }
    if (c == 0xE0 && z[i + 1] < 0xA0) return i;  /* overlong */
    if (c == 0xED && z[i + 1] >= 0xA0) return i; /* surrogate */
    if (c == 0xF0 && z[i + 1] < 0x90) return i;  /* overlong */
    if (c == 0xF4 && z[i + 1] >= 0x90) return i; /* > U+10FFFF */
    i += (size_t)len;
  }
  return n;
}
