/*
 * util.c: allocation wrappers, string buffers and file reading shared by
 * every stage. Out-of-memory is fatal here and nowhere else.
 */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n) {
  fprintf(stderr, "amcq: out of memory (requested %zu bytes)\n", n);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom(n);
  return p;
}

void *xcalloc(size_t nmemb, size_t size) {
  void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
  if (!p) oom(nmemb * size);
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom(n);
  return q;
}

char *xstrndup(const char *z, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, z, n);
  p[n] = 0;
  return p;
}

char *xstrdup(const char *z) {
  return xstrndup(z, strlen(z));
}

void util_grow(void **pa, size_t *pcap, size_t need, size_t sz) {
  if (need <= *pcap) return;
  size_t cap = *pcap ? *pcap : 8;
  while (cap < need)
    cap *= 2;
  *pa = xrealloc(*pa, cap * sz);
  *pcap = cap;
}

void sb_append(StrBuf *p, const char *z, size_t n) {
  if (p->n + n + 1 > p->cap) {
    size_t cap = p->cap ? p->cap : 64;
    while (cap < p->n + n + 1)
      cap *= 2;
    p->z = xrealloc(p->z, cap);
    p->cap = cap;
  }
  if (n) memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}

void sb_puts(StrBuf *p, const char *z) {
  sb_append(p, z, strlen(z));
}

void sb_putc(StrBuf *p, char c) {
  sb_append(p, &c, 1);
}

void sb_vprintf(StrBuf *p, const char *zFmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, zFmt, ap2);
  va_end(ap2);
  if (n < 0) return;
  sb_append(p, "", 0); /* ensure a buffer exists */
  if (p->n + (size_t)n + 1 > p->cap) {
    size_t cap = p->cap;
    while (cap < p->n + (size_t)n + 1)
      cap *= 2;
    p->z = xrealloc(p->z, cap);
    p->cap = cap;
  }
  vsnprintf(p->z + p->n, (size_t)n + 1, zFmt, ap);
  p->n += (size_t)n;
}

void sb_printf(StrBuf *p, const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  sb_vprintf(p, zFmt, ap);
  va_end(ap);
}

void sb_json_escape(StrBuf *p, const char *z, size_t n) {
  size_t i, start = 0;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    const char *zEsc = NULL;
    char aHex[8];
    if (c == '"')
      zEsc = "\\\"";
    else if (c == '\\')
      zEsc = "\\\\";
    else if (c == '\n')
      zEsc = "\\n";
    else if (c == '\r')
      zEsc = "\\r";
    else if (c == '\t')
      zEsc = "\\t";
    else if (c < 0x20 || c == 0x7f) {
      snprintf(aHex, sizeof aHex, "\\u%04x", c);
      zEsc = aHex;
    }
    if (zEsc) {
      sb_append(p, z + start, i - start);
      sb_puts(p, zEsc);
      start = i + 1;
    }
  }
  sb_append(p, z + start, n - start);
}

void sb_json_str(StrBuf *p, const char *z) {
  if (!z) {
    sb_puts(p, "null");
    return;
  }
  sb_putc(p, '"');
  sb_json_escape(p, z, strlen(z));
  sb_putc(p, '"');
}

void sb_quote_ident(StrBuf *p, const char *z) {
  sb_putc(p, '"');
  for (; *z; z++) {
    if (*z == '"') sb_putc(p, '"');
    sb_putc(p, *z);
  }
  sb_putc(p, '"');
}

char *sb_finish(StrBuf *p) {
  char *z = p->z ? p->z : xstrdup("");
  p->z = NULL;
  p->n = p->cap = 0;
  return z;
}

void sb_free(StrBuf *p) {
  free(p->z);
  p->z = NULL;
  p->n = p->cap = 0;
}

char *util_mprintf(const char *zFmt, ...) {
  StrBuf b = {0};
  va_list ap;
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  return sb_finish(&b);
}

int util_read_file(const char *zPath, size_t nMax, char **pz, size_t *pn,
                   char **pzErr) {
  int isStdin = strcmp(zPath, "-") == 0;
  FILE *f = isStdin ? stdin : fopen(zPath, "rb");
  StrBuf b = {0};
  char aBuf[65536];
  size_t n;
  *pz = NULL;
  *pn = 0;
  *pzErr = NULL;
  if (!f) {
    *pzErr = util_mprintf("%s: cannot open: %s", zPath, strerror(errno));
    return -1;
  }
  sb_append(&b, "", 0);
  while ((n = fread(aBuf, 1, sizeof aBuf, f)) > 0) {
    if (b.n + n > nMax) {
      *pzErr = util_mprintf("%s: input larger than the limit of %zu bytes",
                            isStdin ? "<stdin>" : zPath, nMax);
      break;
    }
    sb_append(&b, aBuf, n);
  }
  if (!*pzErr && ferror(f)) {
    *pzErr = util_mprintf("%s: read error: %s", isStdin ? "<stdin>" : zPath,
                          strerror(errno));
  }
  if (!isStdin) fclose(f);
  if (*pzErr) {
    sb_free(&b);
    return -1;
  }
  *pn = b.n;
  *pz = sb_finish(&b);
  return 0;
}

int util_strieq(const char *a, const char *b) {
  while (*a && *b) {
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
    a++;
    b++;
  }
  return *a == *b;
}

int util_strnieq(const char *a, const char *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) return 0;
    if (!a[i]) return 1;
  }
  return 1;
}

int util_edit_distance(const char *a, const char *b) {
  int la = (int)strlen(a), lb = (int)strlen(b), i, j;
  int aRow[64], aPrev[64], aPrev2[64];
  if (la > 60 || lb > 60) return 99;
  for (j = 0; j <= lb; j++) aPrev[j] = j;
  memcpy(aPrev2, aPrev, sizeof aPrev2);
  for (i = 1; i <= la; i++) {
    aRow[0] = i;
    for (j = 1; j <= lb; j++) {
      int cost = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]) ? 0 : 1;
      int v = aPrev[j - 1] + cost;
      if (aPrev[j] + 1 < v) v = aPrev[j] + 1;
      if (aRow[j - 1] + 1 < v) v = aRow[j - 1] + 1;
      if (i > 1 && j > 1 && tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 2]) &&
          tolower((unsigned char)a[i - 2]) == tolower((unsigned char)b[j - 1]) &&
          aPrev2[j - 2] + 1 < v) {
        v = aPrev2[j - 2] + 1; /* a swap of neighbours */
      }
      aRow[j] = v;
    }
    memcpy(aPrev2, aPrev, sizeof(int) * (size_t)(lb + 1));
    memcpy(aPrev, aRow, sizeof(int) * (size_t)(lb + 1));
  }
  return aPrev[lb];
}
