/*
 * guard.c: the identifier guard (see guard.h). One Bloom filter per table
 * of the keyed 64-bit hashes of its identifier values, lower-cased; a text
 * cell is looked up whole and word by word, and a hit is confirmed in the
 * table before anything is refused.
 */
#define XXH_INLINE_ALL
#include "guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "util.h"

#define GUARD_MIN_LEN 8   /* shorter values are not identifiers */
#define GUARD_MAX_LEN 512 /* nor are longer ones */
#define GUARD_BITS_PER 24 /* bits per value: about 1 in 70,000 false hits */
#define GUARD_K 12        /* hash functions */
#define GUARD_MAX_LENS 16

typedef struct Filter {
  char *zTable;
  char **azCol; /* the table's identifier columns, for confirming */
  int nCol;
  int aLen[GUARD_MAX_LENS]; /* the lengths its values have */
  int nLen;
  uint64_t nBit; /* a multiple of 64 */
  unsigned char *aBit;
} Filter;

struct Guard {
  sqlite3 *db;
  uint64_t key;
  Filter *a;
  int n;
  int aLen[GUARD_MAX_LENS]; /* every filter's value lengths */
  int nLen;
  sqlite3_stmt **apConfirm; /* per filter and column, prepared on first use */
};

uint64_t guard_key(const unsigned char *aKey, size_t nKey) {
  return XXH3_64bits_withSeed(aKey, nKey, 0x616d637169646e74ull); /* "amcqidnt" */
}

/* An identifier, as amcq understands one: at least 8 characters, one of
** them a digit, no white space (ids, hashes and event tags; not names,
** flags or small numbers, which other columns hold too). */
static int ident_like(const char *z, size_t n) {
  size_t i;
  int bDigit = 0;
  if (n < GUARD_MIN_LEN || n > GUARD_MAX_LEN) return 0;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)z[i];
    if (c <= ' ') return 0;
    if (c >= '0' && c <= '9') bDigit = 1;
  }
  return bDigit;
}

static uint64_t hash_lower(uint64_t key, const char *z, size_t n) {
  char aBuf[GUARD_MAX_LEN];
  size_t i;
  for (i = 0; i < n; i++) {
    char c = z[i];
    aBuf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return XXH3_64bits_withSeed(aBuf, n, key);
}

static void bloom_add(Filter *f, uint64_t h) {
  uint64_t h2 = (h >> 29) | 1, i;
  for (i = 0; i < GUARD_K; i++) {
    uint64_t b = (h + i * h2) % f->nBit;
    f->aBit[b >> 3] |= (unsigned char)(1u << (b & 7));
  }
}

static int bloom_has(const Filter *f, uint64_t h) {
  uint64_t h2 = (h >> 29) | 1, i;
  for (i = 0; i < GUARD_K; i++) {
    uint64_t b = (h + i * h2) % f->nBit;
    if (!(f->aBit[b >> 3] & (1u << (b & 7)))) return 0;
  }
  return 1;
}

static void filter_free(Filter *f) {
  int i;
  free(f->zTable);
  for (i = 0; i < f->nCol; i++) free(f->azCol[i]);
  free(f->azCol);
  free(f->aBit);
  memset(f, 0, sizeof *f);
}

static int has_relation(sqlite3 *db, const char *zName) {
  sqlite3_stmt *s;
  int r = 0;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE name = ?1 AND type IN "
                             "('table', 'view')", -1, &s, NULL) != SQLITE_OK) {
    return 0;
  }
  sqlite3_bind_text(s, 1, zName, -1, SQLITE_STATIC);
  r = sqlite3_step(s) == SQLITE_ROW;
  sqlite3_finalize(s);
  return r;
}

/* A set of 64-bit hashes, to count distinct values before sizing a
** filter (open addressing; 0 stands for empty, so hash 0 is kept apart). */
typedef struct HashSet {
  uint64_t *a;
  size_t cap, n;
  int bZero;
} HashSet;

static void hs_add(HashSet *s, uint64_t h) {
  size_t i;
  if (!h) {
    s->n += !s->bZero;
    s->bZero = 1;
    return;
  }
  if ((s->n + 1) * 2 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 4096, k;
    uint64_t *a = xcalloc(cap, sizeof *a);
    for (k = 0; k < s->cap; k++) {
      uint64_t v = s->a[k];
      if (!v) continue;
      for (i = (size_t)(v * 0x9E3779B97F4A7C15ull) & (cap - 1); a[i]; i = (i + 1) & (cap - 1)) {
      }
      a[i] = v;
    }
    free(s->a);
    s->a = a;
    s->cap = cap;
  }
  for (i = (size_t)(h * 0x9E3779B97F4A7C15ull) & (s->cap - 1); s->a[i]; i = (i + 1) & (s->cap - 1)) {
    if (s->a[i] == h) return;
  }
  s->a[i] = h;
  s->n++;
}

/* The filter of table t from its rows, all its identifier columns read in
** one pass: 1 made, 0 the table has no identifier values, -1 error. */
static int filter_make(sqlite3 *db, const PTable *t, uint64_t key, Filter *f, char **pzErr) {
  HashSet hs;
  StrBuf b = {0};
  sqlite3_stmt *s = NULL;
  int c, n = 0, rc, aCol[64], nUsed = 0;
  unsigned char aHas[64];
  size_t i;
  memset(f, 0, sizeof *f);
  memset(&hs, 0, sizeof hs);
  memset(aHas, 0, sizeof aHas);
  sb_puts(&b, "SELECT ");
  for (c = 0; c < t->nCol && n < 64; c++) {
    if (t->aCol[c].cls < CLS_VERY_HIGH) continue;
    if (n) sb_puts(&b, ", ");
    sb_quote_ident(&b, t->aCol[c].zName);
    aCol[n++] = c;
  }
  if (!n) {
    sb_free(&b);
    return 0;
  }
  sb_puts(&b, " FROM ");
  sb_quote_ident(&b, t->zName);
  rc = sqlite3_prepare_v2(db, b.z, -1, &s, NULL);
  sb_free(&b);
  if (rc != SQLITE_OK) {
    /* A column the fixture does not have (made with an older catalog):
    ** the filter of the columns it has. */
    PTable sub = *t;
    PColumn aSub[64];
    int k, m = 0;
    sqlite3_finalize(s);
    for (k = 0; k < n; k++) {
      StrBuf q = {0};
      sqlite3_stmt *p = NULL;
      sb_puts(&q, "SELECT ");
      sb_quote_ident(&q, t->aCol[aCol[k]].zName);
      sb_puts(&q, " FROM ");
      sb_quote_ident(&q, t->zName);
      if (sqlite3_prepare_v2(db, q.z, -1, &p, NULL) == SQLITE_OK) aSub[m++] = t->aCol[aCol[k]];
      sqlite3_finalize(p);
      sb_free(&q);
    }
    if (!m || m == n) return 0; /* none, or the table itself cannot be read */
    sub.aCol = aSub;
    sub.nCol = m;
    return filter_make(db, &sub, key, f, pzErr);
  }
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    int k;
    for (k = 0; k < n; k++) {
      const char *z = (const char *)sqlite3_column_text(s, k);
      size_t len = (size_t)sqlite3_column_bytes(s, k);
      int l;
      if (!z || !ident_like(z, len)) continue;
      hs_add(&hs, hash_lower(key, z, len));
      aHas[k] = 1;
      for (l = 0; l < f->nLen && f->aLen[l] != (int)len; l++) {
      }
      if (l == f->nLen && f->nLen < GUARD_MAX_LENS) f->aLen[f->nLen++] = (int)len;
    }
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    *pzErr = util_mprintf("cannot read the identifiers of %s (%s)", t->zName, sqlite3_errstr(rc));
    free(hs.a);
    filter_free(f);
    return -1;
  }
  if (!hs.n) {
    free(hs.a);
    filter_free(f);
    return 0;
  }
  for (c = 0; c < n; c++) {
    if (!aHas[c]) continue;
    f->azCol = xrealloc(f->azCol, sizeof *f->azCol * (size_t)(nUsed + 1));
    f->azCol[nUsed++] = xstrdup(t->aCol[aCol[c]].zName);
  }
  f->nCol = nUsed;
  f->nBit = ((uint64_t)hs.n * GUARD_BITS_PER + 63) / 64 * 64;
  if (f->nBit < 1024) f->nBit = 1024;
  f->aBit = xcalloc((size_t)(f->nBit / 8), 1);
  for (i = 0; i < hs.cap; i++) {
    if (hs.a[i]) bloom_add(f, hs.a[i]);
  }
  if (hs.bZero) bloom_add(f, 0);
  free(hs.a);
  f->zTable = xstrdup(t->zName);
  return 1;
}

static char *join_list(char **az, int n) {
  StrBuf b = {0};
  int i;
  for (i = 0; i < n; i++) {
    if (i) sb_putc(&b, '\n');
    sb_puts(&b, az[i]);
  }
  return sb_finish(&b);
}

int guard_build(sqlite3 *db, const Policy *pPol, const PTable *t, uint64_t key, char **pzErr) {
  sqlite3_stmt *s = NULL;
  int i, rc;
  *pzErr = NULL;
  if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS amcq_idents(tbl TEXT PRIMARY KEY, "
                       "cols TEXT NOT NULL, lens TEXT NOT NULL, bits BLOB NOT NULL)",
                   NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO amcq_idents VALUES(?1, ?2, ?3, ?4)", -1, &s,
                         NULL) != SQLITE_OK) {
    *pzErr = util_mprintf("cannot write the identifier filter (%s)", sqlite3_errmsg(db));
    sqlite3_finalize(s);
    return -1;
  }
  if (t) {
    /* the table's old filter goes, whatever the new rows hold */
    sqlite3_stmt *d = NULL;
    if (sqlite3_prepare_v2(db, "DELETE FROM amcq_idents WHERE tbl = ?1", -1, &d, NULL) == SQLITE_OK) {
      sqlite3_bind_text(d, 1, t->zName, -1, SQLITE_STATIC);
      sqlite3_step(d);
    }
    sqlite3_finalize(d);
  }
  for (i = 0; i < (t ? 1 : pPol->nTable); i++) {
    const PTable *p = t ? t : &pPol->aTable[i];
    Filter f;
    char *zCols, aLens[GUARD_MAX_LENS * 6] = "";
    int k;
    if (p->bAudience || !has_relation(db, p->zName)) continue; /* twins hold the same */
    rc = filter_make(db, p, key, &f, pzErr);
    if (rc < 0) {
      sqlite3_finalize(s);
      return -1;
    }
    if (rc == 0) continue;
    for (k = 0; k < f.nLen; k++) {
      size_t n = strlen(aLens);
      snprintf(aLens + n, sizeof aLens - n, "%s%d", k ? "," : "", f.aLen[k]);
    }
    zCols = join_list(f.azCol, f.nCol);
    sqlite3_bind_text(s, 1, f.zTable, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, zCols, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, aLens, -1, SQLITE_STATIC);
    sqlite3_bind_blob64(s, 4, f.aBit, f.nBit / 8, SQLITE_STATIC);
    rc = sqlite3_step(s);
    sqlite3_reset(s);
    free(zCols);
    filter_free(&f);
    if (rc != SQLITE_DONE) {
      *pzErr = util_mprintf("cannot write the identifier filter (%s)", sqlite3_errmsg(db));
      sqlite3_finalize(s);
      return -1;
    }
  }
  sqlite3_finalize(s);
  return 0;
}

static void guard_add(Guard *g, Filter *f) {
  g->a = xrealloc(g->a, sizeof *g->a * (size_t)(g->n + 1));
  g->a[g->n++] = *f;
}

/* Split "a\nb" into a list. */
static void split_cols(Filter *f, const char *z) {
  while (z && *z) {
    const char *e = strchr(z, '\n');
    size_t n = e ? (size_t)(e - z) : strlen(z);
    f->azCol = xrealloc(f->azCol, sizeof *f->azCol * (size_t)(f->nCol + 1));
    f->azCol[f->nCol++] = xstrndup(z, n);
    z = e ? e + 1 : NULL;
  }
}

Guard *guard_open(sqlite3 *db, const Policy *pPol, uint64_t key, char **pzErr) {
  Guard *g = xcalloc(1, sizeof *g);
  sqlite3_stmt *s = NULL;
  int rc;
  *pzErr = NULL;
  g->db = db;
  g->key = key;
  if (has_relation(db, "amcq_idents")) {
    if (sqlite3_prepare_v2(db, "SELECT tbl, cols, lens, bits FROM amcq_idents", -1, &s, NULL) !=
        SQLITE_OK) {
      *pzErr = util_mprintf("cannot read the identifier filter (%s)", sqlite3_errmsg(db));
      guard_close(g);
      return NULL;
    }
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      Filter f;
      const char *zLens = (const char *)sqlite3_column_text(s, 2);
      size_t nBytes = (size_t)sqlite3_column_bytes(s, 3);
      memset(&f, 0, sizeof f);
      /* a filter whose size is not a multiple of 8 bytes was not written
      ** by amcq */
      if (nBytes < 128 || (nBytes & 7) || !sqlite3_column_blob(s, 3)) {
        *pzErr = xstrdup("the fixture's identifier filter is malformed");
        sqlite3_finalize(s);
        guard_close(g);
        return NULL;
      }
      f.zTable = xstrdup((const char *)sqlite3_column_text(s, 0));
      split_cols(&f, (const char *)sqlite3_column_text(s, 1));
      while (zLens && *zLens && f.nLen < GUARD_MAX_LENS) {
        f.aLen[f.nLen++] = atoi(zLens);
        zLens = strchr(zLens, ',');
        if (zLens) zLens++;
      }
      f.nBit = (uint64_t)nBytes * 8;
      f.aBit = xmalloc(nBytes);
      memcpy(f.aBit, sqlite3_column_blob(s, 3), nBytes);
      guard_add(g, &f);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
      *pzErr = util_mprintf("cannot read the identifier filter (%s)", sqlite3_errstr(rc));
      guard_close(g);
      return NULL;
    }
  } else {
    /* A fixture from before filters: the same, made now. */
    int i;
    for (i = 0; i < pPol->nTable; i++) {
      const PTable *p = &pPol->aTable[i];
      Filter f;
      if (p->bAudience || !has_relation(db, p->zName)) continue;
      rc = filter_make(db, p, key, &f, pzErr);
      if (rc < 0) {
        guard_close(g);
        return NULL;
      }
      if (rc > 0) guard_add(g, &f);
    }
  }
  {
    int i, n = 0, l, k;
    for (i = 0; i < g->n; i++) {
      n += g->a[i].nCol;
      for (l = 0; l < g->a[i].nLen; l++) {
        for (k = 0; k < g->nLen && g->aLen[k] != g->a[i].aLen[l]; k++) {
        }
        if (k == g->nLen && g->nLen < GUARD_MAX_LENS) g->aLen[g->nLen++] = g->a[i].aLen[l];
      }
    }
    g->apConfirm = xcalloc((size_t)n + 1, sizeof *g->apConfirm);
  }
  return g;
}

void guard_close(Guard *g) {
  int i, k = 0;
  if (!g) return;
  for (i = 0; i < g->n; i++) {
    int c;
    for (c = 0; g->apConfirm && c < g->a[i].nCol; c++) sqlite3_finalize(g->apConfirm[k++]);
    filter_free(&g->a[i]);
  }
  free(g->apConfirm);
  free(g->a);
  free(g);
}

/* Is z[0..n) (lower-cased) a value of filter i's table? 1, 0, or -1. */
static int confirm(Guard *g, int iFilter, const char *z, size_t n) {
  const Filter *f = &g->a[iFilter];
  int c, k = 0, i;
  char aLow[GUARD_MAX_LEN];
  for (i = 0; i < iFilter; i++) k += g->a[i].nCol;
  for (i = 0; i < (int)n; i++) aLow[i] = (char)(z[i] >= 'A' && z[i] <= 'Z' ? z[i] + 32 : z[i]);
  for (c = 0; c < f->nCol; c++) {
    sqlite3_stmt **ps = &g->apConfirm[k + c];
    int rc;
    if (!*ps) {
      StrBuf b = {0};
      sb_puts(&b, "SELECT 1 FROM ");
      sb_quote_ident(&b, f->zTable);
      sb_puts(&b, " WHERE lower(");
      sb_quote_ident(&b, f->azCol[c]);
      sb_puts(&b, ") = ?1 LIMIT 1");
      rc = sqlite3_prepare_v2(g->db, b.z, -1, ps, NULL);
      sb_free(&b);
      if (rc != SQLITE_OK) return -1;
    }
    sqlite3_bind_text(*ps, 1, aLow, (int)n, SQLITE_STATIC);
    rc = sqlite3_step(*ps);
    sqlite3_reset(*ps);
    if (rc == SQLITE_ROW) return 1;
    if (rc != SQLITE_DONE) return -1;
  }
  return 0;
}

/* One candidate word. */
static int check_word(Guard *g, const char *z, size_t n) {
  uint64_t h;
  int i;
  if (n < GUARD_MIN_LEN || n > GUARD_MAX_LEN) return 0;
  h = hash_lower(g->key, z, n);
  for (i = 0; i < g->n; i++) {
    if (bloom_has(&g->a[i], h)) {
      int rc = confirm(g, i, z, n);
      if (rc != 0) return rc;
    }
  }
  return 0;
}

static int is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The words of z: runs of letters and digits, alone and with '-' and '_'
** inside, and within a run longer than an identifier, every stretch of an
** identifier's length (ids glued to other text). */
int guard_text(Guard *g, const char *z, size_t n) {
  size_t i = 0;
  int rc;
  if (!g || !g->n || !z) return 0;
  /* the whole cell, trimmed */
  {
    size_t a = 0, b = n;
    while (a < b && (unsigned char)z[a] <= ' ') a++;
    while (b > a && (unsigned char)z[b - 1] <= ' ') b--;
    if ((rc = check_word(g, z + a, b - a)) != 0) return rc;
  }
  while (i < n) {
    size_t j = i, k;
    int bWide;
    for (bWide = 0; bWide < 2; bWide++) {
      j = i;
      while (j < n && (is_alnum((unsigned char)z[j]) || (bWide && (z[j] == '-' || z[j] == '_')))) {
        j++;
      }
      if (j - i >= GUARD_MIN_LEN && (rc = check_word(g, z + i, j - i)) != 0) return rc;
      if (!bWide) {
        int l;
        for (l = 0; l < g->nLen; l++) {
          size_t len = (size_t)g->aLen[l];
          if (j - i <= len) continue;
          for (k = i; k + len <= j; k++) {
            if ((rc = check_word(g, z + k, len)) != 0) return rc;
          }
        }
      }
    }
    if (j == i) j++;
    i = j;
  }
  return 0;
}
