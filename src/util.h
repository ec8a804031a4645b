/*
 * util.h: allocation wrappers that abort on out-of-memory, a growable string
 * buffer, and whole-file reading. Every module below the CLI uses these, so
 * no caller ever half-handles a NULL from malloc.
 */
#ifndef AMCQ_UTIL_H
#define AMCQ_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* Allocation. Never return NULL: on exhaustion they print one line and abort.
** xfree(NULL) is a no-op. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *z);
char *xstrndup(const char *z, size_t n);
#define xfree(p) free(p)

/* Grow an array *pa of *pcap elements of size sz so that it holds at least
** need elements. */
void util_grow(void **pa, size_t *pcap, size_t need, size_t sz);

/* A growable NUL-terminated byte string. Zero-initialise ({0}) to start;
** sb_finish() hands the buffer to the caller (free() it), sb_free() drops it.
 */
typedef struct StrBuf {
  char *z;
  size_t n;
  size_t cap;
} StrBuf;

void sb_append(StrBuf *p, const char *z, size_t n);
void sb_puts(StrBuf *p, const char *z);
void sb_putc(StrBuf *p, char c);
void sb_printf(StrBuf *p, const char *zFmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *p, const char *zFmt, va_list ap);
/* Append z as the body of a JSON string (no surrounding quotes). Invalid
** UTF-8 never reaches here: sources are validated first. */
void sb_json_escape(StrBuf *p, const char *z, size_t n);
/* Append z as a complete JSON string with quotes; NULL becomes null. */
void sb_json_str(StrBuf *p, const char *z);
/* Append z as an SQL quoted identifier: "z" with " doubled. */
void sb_quote_ident(StrBuf *p, const char *z);
char *sb_finish(StrBuf *p);
void sb_free(StrBuf *p);

/* Heap-allocated printf. */
char *util_mprintf(const char *zFmt, ...) __attribute__((format(printf, 1, 2)));

/* Read a whole file (or stdin when zPath is "-") into a NUL-terminated heap
** buffer. Returns 0 and sets *pz, *pn on success; on failure returns -1 and
** sets *pzErr to a heap message naming the file and the reason. Files larger
** than nMax bytes are refused with a message. */
int util_read_file(const char *zPath, size_t nMax, char **pz, size_t *pn,
                   char **pzErr);

/* ASCII case-insensitive comparison (SQL keywords and identifiers). */
int util_strieq(const char *a, const char *b);
int util_strnieq(const char *a, const char *b, size_t n);

/* Edits (insert, delete, replace, swap two neighbours; ASCII case ignored)
** between a and b, for "did you mean"; 99 when either is over 60 bytes. */
int util_edit_distance(const char *a, const char *b);

#endif
