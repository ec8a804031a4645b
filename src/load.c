/*
 * load.c: amcq load (see load.h). Three steps: read the schema, read and
 * convert every input row in memory (any problem stops here, before the
 * database is touched), then replace the table in one transaction.
 */
#include "load.h"
#include "guard.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "arena.h"
#include "policy.h"
#include "pseudo.h"
#include "source.h"
#include "util.h"

/* A converted value. */
typedef struct LVal {
  int type; /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT */
  int64_t i;
  double r;
  const char *z;
} LVal;

typedef struct Loader {
  const LoadOptions *o;
  Arena arena;
  const PTable *t;
  Pseudo pseudo;
  int bPseudo; /* pseudonymize VERY_HIGH columns */
  uint64_t guardKey; /* for the table's identifier filter (guard.h) */
  LVal *aVal;  /* nRow * nCol */
  size_t nRow, nCap;
  char *zErr;
} Loader;

static int fail_at(Loader *L, long line, long col, const char *zFmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail_at(Loader *L, long line, long col, const char *zFmt, ...) {
  StrBuf b = {0};
  va_list ap;
  if (L->zErr) return -1;
  if (line > 0 && col > 0) sb_printf(&b, "%s:%ld:%ld: ", L->o->zInput, line, col);
  else if (line > 0) sb_printf(&b, "%s:%ld: ", L->o->zInput, line);
  else sb_printf(&b, "%s: ", L->o->zInput);
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  L->zErr = sb_finish(&b);
  return -1;
}

/* ---------------------------------------------------------------------- */
/* Values                                                                  */

static int is_int_type(const char *z) {
  return strcasecmp(z, "LONG") == 0 || strcasecmp(z, "INTEGER") == 0 ||
         strcasecmp(z, "SHORT") == 0 || strcasecmp(z, "BYTE") == 0;
}

static int is_real_type(const char *z) {
  return strncasecmp(z, "DECIMAL", 7) == 0 || strcasecmp(z, "DOUBLE") == 0 ||
         strcasecmp(z, "FLOAT") == 0;
}


static int valid_ymd(int y, int m, int d) {
  static const int aDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > aDays[m - 1]) return 0;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 0;
  return 1;
}

/* Convert text z (a CSV field or a JSON string) to column c's type. On
** failure, a reason for the message in *pzWhy. */
static int convert(Loader *L, const PColumn *c, const char *z, LVal *v,
                   const char **pzWhy) {
  const char *zType = c->zType;
  char *zEnd;
  if (c->cls >= CLS_VERY_HIGH && L->bPseudo) {
    char aHex[33];
    pseudo_hex(&L->pseudo, z, strlen(z), aHex);
    v->type = SQLITE_TEXT;
    v->z = arena_strndup(&L->arena, aHex, 32);
    return 0;
  }
  if (is_int_type(zType)) {
    errno = 0;
    v->i = strtoll(z, &zEnd, 10);
    if (errno || zEnd == z || *zEnd) {
      *pzWhy = "not a whole number";
      return -1;
    }
    v->type = SQLITE_INTEGER;
    return 0;
  }
  if (is_real_type(zType)) {
    errno = 0;
    v->r = strtod(z, &zEnd);
    if (errno || zEnd == z || *zEnd || !isfinite(v->r)) {
      *pzWhy = "not a number";
      return -1;
    }
    v->type = SQLITE_FLOAT;
    return 0;
  }
  if (strcasecmp(zType, "BOOLEAN") == 0) {
    if (!strcasecmp(z, "true") || !strcmp(z, "1") || !strcasecmp(z, "t") ||
        !strcasecmp(z, "yes")) {
      v->i = 1;
    } else if (!strcasecmp(z, "false") || !strcmp(z, "0") || !strcasecmp(z, "f") ||
               !strcasecmp(z, "no")) {
      v->i = 0;
    } else {
      *pzWhy = "not a Boolean (true or false)";
      return -1;
    }
    v->type = SQLITE_INTEGER;
    return 0;
  }
  if (strcasecmp(zType, "DATE") == 0) {
    int y, m, d, n = 0;
    if (sscanf(z, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || z[n] || n != 10 ||
        !valid_ymd(y, m, d)) {
      *pzWhy = "not a date (YYYY-MM-DD)";
      return -1;
    }
    v->type = SQLITE_TEXT;
    v->z = arena_strdup(&L->arena, z);
    return 0;
  }
  if (strcasecmp(zType, "TIMESTAMP") == 0) {
    int y, m, d, hh, mm, ss, n = 0;
    char sep;
    const char *zRest;
    if (sscanf(z, "%4d-%2d-%2d%c%2d:%2d:%2d%n", &y, &m, &d, &sep, &hh, &mm, &ss,
               &n) != 7 ||
        (sep != ' ' && sep != 'T') || !valid_ymd(y, m, d) || hh > 23 || mm > 59 ||
        ss > 60 || hh < 0 || mm < 0 || ss < 0) {
      *pzWhy = "not a timestamp (YYYY-MM-DD HH:MM:SS)";
      return -1;
    }
    zRest = z + n;
    if (*zRest == '.') {
      zRest++;
      while (isdigit((unsigned char)*zRest)) zRest++;
    }
    if (*zRest == 'Z') zRest++;
    if (*zRest) {
      *pzWhy = "not a timestamp (YYYY-MM-DD HH:MM:SS, UTC)";
      return -1;
    }
    v->type = SQLITE_TEXT;
    v->z = arena_printf(&L->arena, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, hh, mm, ss);
    return 0;
  }
  if (strncasecmp(zType, "ARRAY", 5) == 0) {
    cJSON *a = cJSON_Parse(z);
    int bOk = cJSON_IsArray(a);
    cJSON_Delete(a);
    if (!bOk) {
      *pzWhy = "not a JSON array";
      return -1;
    }
  }
  v->type = SQLITE_TEXT;
  v->z = arena_strdup(&L->arena, z);
  return 0;
}

/* Report a value that does not convert. The value is never echoed, of
** any class: a file's cells are data (a column can hold identifiers under
** a misleading name, and a misaligned row puts one anywhere). */
static void bad_value(Loader *L, long line, const PColumn *c, const char *z,
                      const char *zWhy) {
  (void)z;
  fail_at(L, line, 0, "column \"%s\": the value is %s", c->zName, zWhy);
}

/* "a, b, c": the schema's column names, which come from the schema file,
** for messages about a file's header or keys, which are data. */
static const char *schema_names(Loader *L) {
  StrBuf b = {0};
  const char *z;
  int i;
  for (i = 0; i < L->t->nCol && i < 12; i++) {
    if (i) sb_puts(&b, ", ");
    sb_puts(&b, L->t->aCol[i].zName);
  }
  if (L->t->nCol > 12) sb_printf(&b, " and %d more", L->t->nCol - 12);
  z = arena_strdup(&L->arena, b.z ? b.z : "");
  sb_free(&b);
  return z;
}

static LVal *new_row(Loader *L) {
  size_t n = (size_t)L->t->nCol;
  util_grow((void **)&L->aVal, &L->nCap, (L->nRow + 1) * n, sizeof(LVal));
  memset(&L->aVal[L->nRow * n], 0, sizeof(LVal) * n);
  return &L->aVal[L->nRow++ * n];
}

/* ---------------------------------------------------------------------- */
/* CSV (RFC 4180: header row, "" inside quotes, CRLF or LF)                 */

typedef struct Csv {
  const char *z;
  size_t n, i;
  long line;
  long lineStart; /* offset where the current line starts */
} Csv;

/* Read one record into fields (heap strings in the arena, NULL for an empty
** unquoted field). Returns the number of fields, 0 at the end, -1 on error. */
static int csv_record(Loader *L, Csv *c, const char ***paz, size_t *pcap) {
  int nField = 0;
  if (c->i >= c->n) return 0;
  while (1) {
    StrBuf f = {0};
    int bQuoted = 0, bNull = 0;
    if (c->i < c->n && c->z[c->i] == '"') {
      long qLine = c->line, qCol = (long)(c->i - (size_t)c->lineStart) + 1;
      bQuoted = 1;
      c->i++;
      while (1) {
        if (c->i >= c->n) {
          sb_free(&f);
          return fail_at(L, qLine, qCol, "unterminated quoted field");
        }
        if (c->z[c->i] == '"') {
          if (c->i + 1 < c->n && c->z[c->i + 1] == '"') {
            sb_putc(&f, '"');
            c->i += 2;
            continue;
          }
          c->i++;
          break;
        }
        if (c->z[c->i] == '\n') {
          c->line++;
          c->lineStart = (long)c->i + 1;
        }
        sb_putc(&f, c->z[c->i++]);
      }
      if (c->i < c->n && c->z[c->i] != ',' && c->z[c->i] != '\n' &&
          !(c->z[c->i] == '\r' && c->i + 1 < c->n && c->z[c->i + 1] == '\n')) {
        sb_free(&f);
        return fail_at(L, c->line, (long)(c->i - (size_t)c->lineStart) + 1,
                       "unexpected character after a closing quote");
      }
    } else {
      size_t s = c->i;
      while (c->i < c->n && c->z[c->i] != ',' && c->z[c->i] != '\n') {
        if (c->z[c->i] == '"') {
          return fail_at(L, c->line, (long)(c->i - (size_t)c->lineStart) + 1,
                         "a quote inside an unquoted field");
        }
        c->i++;
      }
      {
        size_t e = c->i;
        if (e > s && c->z[e - 1] == '\r' && (e == c->n || c->z[e] == '\n')) e--;
        sb_append(&f, c->z + s, e - s);
        bNull = e == s;
      }
    }
    util_grow((void **)paz, pcap, (size_t)nField + 1, sizeof(char *));
    (*paz)[nField++] = (bNull && !bQuoted) ? NULL : arena_strndup(&L->arena, f.z ? f.z : "", f.n);
    sb_free(&f);
    if (c->i < c->n && c->z[c->i] == ',') {
      c->i++;
      continue;
    }
    if (c->i < c->n && c->z[c->i] == '\r') c->i++;
    if (c->i < c->n && c->z[c->i] == '\n') {
      c->i++;
      c->line++;
      c->lineStart = (long)c->i;
    }
    return nField;
  }
}

static int read_csv(Loader *L, const char *z, size_t n) {
  Csv c;
  const char **az = NULL;
  size_t cap = 0;
  int nHead, aMap[256], k, nCol = L->t->nCol;
  c.z = z;
  c.n = n;
  c.i = 0;
  c.line = 1;
  c.lineStart = 0;
  if (n >= 3 && memcmp(z, "\xEF\xBB\xBF", 3) == 0) c.i = c.lineStart = 3;
  nHead = csv_record(L, &c, &az, &cap);
  if (nHead <= 0) {
    free((void *)az);
    return nHead < 0 ? -1 : fail_at(L, 0, 0, "empty file: a header row naming the columns is needed");
  }
  if (nHead > 256) {
    free((void *)az);
    return fail_at(L, 1, 0, "more than 256 columns");
  }
  /* The header names the schema's columns, in any order. */
  for (k = 0; k < nHead; k++) {
    int j = az[k] ? policy_column(L->t, az[k]) : -1;
    if (j < 0) {
      /* Not the field itself: a file without a header has data here. */
      int r = fail_at(L, 1, 0, "header field %d is not a column of the schema (%s); is the "
                               "first line a header?", k + 1, schema_names(L));
      free((void *)az);
      return r;
    }
    aMap[k] = j;
  }
  for (k = 0; k < nCol; k++) {
    int j, bSeen = 0;
    for (j = 0; j < nHead; j++) bSeen |= aMap[j] == k;
    if (!bSeen) {
      int r = fail_at(L, 1, 0, "the header lacks column \"%s\" of the schema",
                      L->t->aCol[k].zName);
      free((void *)az);
      return r;
    }
  }
  while (1) {
    long line = c.line;
    int nf;
    LVal *row;
    /* Blank lines at the end (or anywhere) are skipped. */
    if (c.i < c.n && (c.z[c.i] == '\n' || (c.z[c.i] == '\r' && c.i + 1 < c.n && c.z[c.i + 1] == '\n'))) {
      c.i += c.z[c.i] == '\r' ? 2 : 1;
      c.line++;
      c.lineStart = (long)c.i;
      continue;
    }
    nf = csv_record(L, &c, &az, &cap);
    if (nf < 0) break;
    if (nf == 0) break;
    if (nf != nHead) {
      fail_at(L, line, 0, "expected %d fields, found %d", nHead, nf);
      break;
    }
    row = new_row(L);
    for (k = 0; k < nf; k++) {
      const char *zWhy = NULL;
      LVal *v = &row[aMap[k]];
      if (!az[k]) {
        v->type = SQLITE_NULL;
        continue;
      }
      if (convert(L, &L->t->aCol[aMap[k]], az[k], v, &zWhy) != 0) {
        bad_value(L, line, &L->t->aCol[aMap[k]], az[k], zWhy);
        break;
      }
    }
    if (L->zErr) break;
  }
  free((void *)az);
  return L->zErr ? -1 : 0;
}

/* ---------------------------------------------------------------------- */
/* JSON Lines: one object per line, keys naming the schema's columns       */

static int read_jsonl(Loader *L, const char *z, size_t n) {
  size_t i = 0;
  long line = 0;
  int nCol = L->t->nCol;
  while (i < n) {
    size_t e = i;
    const char *zAt = NULL;
    cJSON *o, *it;
    LVal *row;
    line++;
    while (e < n && z[e] != '\n') e++;
    {
      size_t s = i, k = e;
      while (s < k && isspace((unsigned char)z[s])) s++;
      while (k > s && isspace((unsigned char)z[k - 1])) k--;
      if (s == k) { /* a blank line */
        i = e + 1;
        continue;
      }
      o = cJSON_ParseWithLengthOpts(z + s, k - s, &zAt, 0);
      if (!cJSON_IsObject(o)) {
        long col = !o && zAt && zAt >= z + s && zAt <= z + k ? (long)(zAt - (z + i)) + 1 : 0;
        cJSON_Delete(o);
        return fail_at(L, line, col, "%s", o ? "not a JSON object" : "invalid JSON");
      }
    }
    row = new_row(L);
    cJSON_ArrayForEach(it, o) {
      int j = policy_column(L->t, it->string);
      const char *zWhy = NULL;
      char aNum[64];
      const char *zText;
      if (j < 0) {
        /* Not the key itself: it may be a value (an id used as a key). */
        fail_at(L, line, 0, "a key is not a column of the schema (%s)", schema_names(L));
        cJSON_Delete(o);
        return -1;
      }
      if (cJSON_IsNull(it)) {
        row[j].type = SQLITE_NULL;
        continue;
      }
      if (cJSON_IsString(it)) {
        zText = it->valuestring;
      } else if (cJSON_IsNumber(it)) {
        if (it->valuedouble == (double)(int64_t)it->valuedouble &&
            fabs(it->valuedouble) < 9e15) {
          snprintf(aNum, sizeof aNum, "%lld", (long long)it->valuedouble);
        } else {
          snprintf(aNum, sizeof aNum, "%.17g", it->valuedouble);
        }
        zText = aNum;
      } else if (cJSON_IsBool(it)) {
        zText = cJSON_IsTrue(it) ? "true" : "false";
      } else if (cJSON_IsArray(it)) {
        char *zA = cJSON_PrintUnformatted(it);
        zText = arena_strdup(&L->arena, zA);
        cJSON_free(zA);
      } else {
        fail_at(L, line, 0, "column \"%s\": an object is no column value",
                L->t->aCol[j].zName);
        cJSON_Delete(o);
        return -1;
      }
      if (convert(L, &L->t->aCol[j], zText, &row[j], &zWhy) != 0) {
        bad_value(L, line, &L->t->aCol[j], zText, zWhy);
        cJSON_Delete(o);
        return -1;
      }
    }
    cJSON_Delete(o);
    (void)nCol;
    i = e + 1;
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */


/* The schema as stored in amcq_tables: the policy table format. */
static char *schema_json(const PTable *t) {
  cJSON *o = cJSON_CreateObject(), *a;
  char *z, *r;
  int i;
  cJSON_AddStringToObject(o, "name", t->zName);
  if (t->iUserCol >= 0) cJSON_AddStringToObject(o, "user_column", t->aCol[t->iUserCol].zName);
  if (t->iEventTime >= 0) cJSON_AddStringToObject(o, "event_time", t->aCol[t->iEventTime].zName);
  a = cJSON_AddArrayToObject(o, "columns");
  for (i = 0; i < t->nCol; i++) {
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "name", t->aCol[i].zName);
    cJSON_AddStringToObject(c, "type", t->aCol[i].zType);
    cJSON_AddStringToObject(c, "kind", t->aCol[i].bMetric ? "METRIC" : "DIMENSION");
    cJSON_AddStringToObject(c, "class", policy_class_name(t->aCol[i].cls));
    cJSON_AddItemToArray(a, c);
  }
  z = cJSON_PrintUnformatted(o);
  r = xstrdup(z);
  cJSON_free(z);
  cJSON_Delete(o);
  return r;
}

static int sql_fail(Loader *L, sqlite3 *db) {
  if (!L->zErr) L->zErr = util_mprintf("%s: %s", L->o->zDb, sqlite3_errmsg(db));
  return -1;
}

static int write_table(Loader *L, sqlite3 *db) {
  const PTable *t = L->t;
  StrBuf b = {0};
  sqlite3_stmt *s = NULL;
  char *zSchema;
  size_t r;
  int i, rc;
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
    return sql_fail(L, db);
  }
  sb_puts(&b, "DROP TABLE IF EXISTS ");
  sb_quote_ident(&b, t->zName);
  sb_puts(&b, "; CREATE TABLE ");
  sb_quote_ident(&b, t->zName);
  sb_putc(&b, '(');
  for (i = 0; i < t->nCol; i++) {
    if (i) sb_puts(&b, ", ");
    sb_quote_ident(&b, t->aCol[i].zName);
    sb_printf(&b, " %s", policy_type_affinity(t->aCol[i].zType));
  }
  sb_puts(&b, ");");
  rc = sqlite3_exec(db, b.z, NULL, NULL, NULL);
  sb_free(&b);
  if (rc != SQLITE_OK) goto fail;
  sb_puts(&b, "INSERT INTO ");
  sb_quote_ident(&b, t->zName);
  sb_puts(&b, " VALUES(");
  for (i = 0; i < t->nCol; i++) sb_puts(&b, i ? ",?" : "?");
  sb_putc(&b, ')');
  rc = sqlite3_prepare_v2(db, b.z, -1, &s, NULL);
  sb_free(&b);
  if (rc != SQLITE_OK) goto fail;
  for (r = 0; r < L->nRow; r++) {
    const LVal *row = &L->aVal[r * (size_t)t->nCol];
    for (i = 0; i < t->nCol; i++) {
      switch (row[i].type) {
        case SQLITE_INTEGER: sqlite3_bind_int64(s, i + 1, row[i].i); break;
        case SQLITE_FLOAT: sqlite3_bind_double(s, i + 1, row[i].r); break;
        case SQLITE_TEXT: sqlite3_bind_text(s, i + 1, row[i].z, -1, SQLITE_STATIC); break;
        default: sqlite3_bind_null(s, i + 1); break;
      }
    }
    if (sqlite3_step(s) != SQLITE_DONE) goto fail;
    sqlite3_reset(s);
  }
  sqlite3_finalize(s);
  s = NULL;
  zSchema = schema_json(t);
  rc = sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO amcq_tables VALUES(?, 'first_party', ?)",
                          -1, &s, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(s, 1, t->zName, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, zSchema, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
  }
  free(zSchema);
  sqlite3_finalize(s);
  s = NULL;
  if (rc != SQLITE_OK) goto fail;
  {
    /* the table's identifiers, for amcq run's last check */
    char *zErr = NULL;
    if (guard_build(db, NULL, t, L->guardKey, &zErr) != 0) {
      if (!L->zErr) L->zErr = util_mprintf("%s: %s", L->o->zDb, zErr);
      free(zErr);
      sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
      return -1;
    }
  }
  if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) goto fail;
  return 0;
fail:
  sql_fail(L, db);
  sqlite3_finalize(s);
  sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  return -1;
}

/* The fixture's pseudonymization key, from amcq_meta. */
static int fixture_key(Loader *L, sqlite3 *db, unsigned char aKey[PSEUDO_KEY_BYTES]) {
  sqlite3_stmt *s;
  int rc = -1;
  if (sqlite3_prepare_v2(db, "SELECT value FROM amcq_meta WHERE key = 'key'", -1, &s,
                         NULL) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    const char *z = (const char *)sqlite3_column_text(s, 0);
    if (z && pseudo_key_parse(z, aKey) == 0) rc = 0;
  }
  sqlite3_finalize(s);
  if (rc != 0) {
    L->zErr = util_mprintf("%s: not an amcq fixture (no key in amcq_meta); make "
                           "one with amcq gen",
                           L->o->zDb);
  }
  return rc;
}

static int valid_name(const char *z) {
  size_t i;
  if (!z[0] || strlen(z) > 64 || !(isalpha((unsigned char)z[0]) || z[0] == '_')) return 0;
  for (i = 0; z[i]; i++) {
    if (!(isalnum((unsigned char)z[i]) || z[i] == '_')) return 0;
  }
  return 1;
}

int load_table(const LoadOptions *o, LoadStats *pStats, char **pzErr) {
  Loader L;
  Policy *pBuiltin, *pSchema = NULL;
  char *zText = NULL, *zErr = NULL;
  size_t nText;
  sqlite3 *db = NULL;
  unsigned char aKey[PSEUDO_KEY_BYTES];
  size_t bad;
  int bNul, i, rc = -1;

  memset(&L, 0, sizeof L);
  memset(pStats, 0, sizeof *pStats);
  L.o = o;
  *pzErr = NULL;
  pBuiltin = policy_builtin(&zErr);

  /* The table's name: an identifier that is no AMC table. */
  if (!valid_name(o->zTable)) {
    L.zErr = util_mprintf("--table: '%s' is not a table name (letters, digits "
                          "and _, starting with a letter)",
                          o->zTable);
    goto done;
  }
  if (policy_table(pBuiltin, o->zTable) || strncasecmp(o->zTable, "amcq_", 5) == 0 ||
      strncasecmp(o->zTable, "sqlite_", 7) == 0) {
    L.zErr = util_mprintf("--table: %s is an AMC or amcq table; first-party "
                          "tables need names of their own",
                          o->zTable);
    goto done;
  }

  /* The schema. */
  if (util_read_file(o->zSchema, (size_t)16 << 20, &zText, &nText, &L.zErr) != 0) goto done;
  pSchema = policy_builtin(&zErr);
  pSchema->nTable = 0;
  if (policy_table_from_json(pSchema, o->zSchema, zText, nText, o->zTable, &L.zErr) != 0) {
    goto done;
  }
  free(zText);
  zText = NULL;
  L.t = &pSchema->aTable[0];
  if (L.t->nCol == 0) {
    L.zErr = util_mprintf("%s: the schema lists no columns", o->zSchema);
    goto done;
  }

  /* The fixture: exists, is one of ours; its key pseudonymizes identifiers. */
  if (sqlite3_open_v2(o->zDb, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
    L.zErr = util_mprintf("%s: cannot open: %s", o->zDb, db ? sqlite3_errmsg(db) : "out of memory");
    goto done;
  }
  sqlite3_busy_timeout(db, 2000);
  if (fixture_key(&L, db, aKey) != 0) goto done;
  L.guardKey = guard_key(aKey, sizeof aKey);
  L.bPseudo = !o->bAlreadyPseudonymized;
  if (pseudo_init(&L.pseudo, aKey) != 0) {
    L.zErr = util_mprintf("cannot derive the pseudonymization secret");
    goto done;
  }
  {
    /* An AMC view or generated table of the same name cannot be replaced. */
    sqlite3_stmt *s;
    int bTaken = 0;
    if (sqlite3_prepare_v2(db, "SELECT kind FROM amcq_tables WHERE name = ? AND kind <> "
                               "'first_party'",
                           -1, &s, NULL) == SQLITE_OK) {
      sqlite3_bind_text(s, 1, o->zTable, -1, SQLITE_STATIC);
      bTaken = sqlite3_step(s) == SQLITE_ROW;
    }
    sqlite3_finalize(s);
    if (bTaken) {
      L.zErr = util_mprintf("--table: %s exists in %s and is not a first-party table",
                            o->zTable, o->zDb);
      goto done;
    }
  }

  /* Every row, checked, before anything is written. */
  if (util_read_file(o->zInput, (size_t)1 << 30, &zText, &nText, &L.zErr) != 0) goto done;
  bad = source_check_utf8(zText, nText, &bNul);
  if (bad < nText) {
    long line = 1, col = 1;
    size_t k;
    for (k = 0; k < bad; k++) {
      if (zText[k] == '\n') {
        line++;
        col = 1;
      } else if (((unsigned char)zText[k] & 0xC0) != 0x80) {
        col++;
      }
    }
    fail_at(&L, line, col, "%s", bNul ? "NUL byte" : "invalid UTF-8");
    goto done;
  }
  {
    size_t n = strlen(o->zInput);
    int bJsonl = (n >= 6 && strcasecmp(o->zInput + n - 6, ".jsonl") == 0) ||
                 (n >= 5 && strcasecmp(o->zInput + n - 5, ".json") == 0) ||
                 (n >= 7 && strcasecmp(o->zInput + n - 7, ".ndjson") == 0);
    if ((bJsonl ? read_jsonl(&L, zText, nText) : read_csv(&L, zText, nText)) != 0) goto done;
  }

  if (write_table(&L, db) != 0) goto done;
  pStats->nRows = (long long)L.nRow;
  pStats->nCol = L.t->nCol;
  for (i = 0; i < L.t->nCol; i++) {
    if (L.t->aCol[i].cls >= CLS_VERY_HIGH && L.bPseudo) pStats->nPseudonymized++;
  }
  rc = 0;

done:
  if (db && sqlite3_close(db) != SQLITE_OK && rc == 0) {
    L.zErr = util_mprintf("%s: cannot close", o->zDb);
    rc = -1;
  }
  free(zText);
  free(zErr);
  free(L.aVal);
  arena_free(&L.arena);
  policy_free(pSchema);
  policy_free(pBuiltin);
  if (rc != 0) *pzErr = L.zErr ? L.zErr : util_mprintf("load failed");
  else free(L.zErr);
  return rc;
}
