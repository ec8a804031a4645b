/*
 * sqltext.c: more AMC functions for amcq run: regular expressions (PCRE2,
 * Perl/Java-style), MD5 and SHA1 (libmd), casts with AMC's special values,
 * GREATEST/LEAST, CEIL/FLOOR, RANDOM, UUID, CONVERT_TIME_ZONE_FROM_UTC and
 * the array functions. Arrays are JSON text ('["a","b"]') end to end.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "sqltext.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <math.h>
#include <md5.h>
#include <pcre2.h>
#include <sha1.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sqlfunc.h"
#include "util.h"

/* ---------------------------------------------------------------------- */
/* Regular expressions                                                     */

static void free_code(void *p) { pcre2_code_free((pcre2_code *)p); }

/* The compiled pattern of argument i, cached by SQLite per statement. */
static pcre2_code *regex_arg(sqlite3_context *ctx, sqlite3_value **argv, int i,
                             const char *zFunc) {
  pcre2_code *re = sqlite3_get_auxdata(ctx, i);
  const unsigned char *z;
  int err;
  PCRE2_SIZE off;
  if (re) return re;
  z = sqlite3_value_text(argv[i]);
  if (!z) return NULL;
  re = pcre2_compile(z, (PCRE2_SIZE)sqlite3_value_bytes(argv[i]), PCRE2_UTF, &err, &off, NULL);
  if (!re) {
    /* Neither the pattern, nor the offset, nor what is wrong with it: the
    ** pattern may be a value of the data (a user_id), and errors are
    ** printed. A literal pattern is checked, with details, by amcq check. */
    (void)off;
    (void)err;
    sqlfunc_error(ctx, zFunc, "the pattern (argument 2) is not a valid regular expression");
    return NULL;
  }
  sqlite3_set_auxdata(ctx, i, re, free_code);
  /* SQLite may free re at once if it cannot keep it: fetch again. */
  return sqlite3_get_auxdata(ctx, i) ? re : NULL;
}

/* Returns 1 match, 0 no match, -1 error (result set). */
static int regex_match(sqlite3_context *ctx, pcre2_code *re, const unsigned char *z, int n,
                       size_t start, uint32_t opts, pcre2_match_data *md, const char *zFunc) {
  int rc = pcre2_match(re, z, (PCRE2_SIZE)n, start, opts, md, NULL);
  if (rc >= 0) return 1;
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  sqlfunc_error(ctx, zFunc, "the regular expression could not be matched (too complex)");
  return -1;
}

/* x SIMILAR TO p: AMC matches the whole value. amcq_similar(x, p). */
static void fn_similar(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  pcre2_code *re;
  pcre2_match_data *md;
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int rc;
  (void)argc;
  if (!z || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  if (!(re = regex_arg(ctx, argv, 1, "SIMILAR TO"))) return;
  md = pcre2_match_data_create_from_pattern(re, NULL);
  rc = regex_match(ctx, re, z, sqlite3_value_bytes(argv[0]), 0,
                   PCRE2_ANCHORED | PCRE2_ENDANCHORED, md, "SIMILAR TO");
  pcre2_match_data_free(md);
  if (rc >= 0) sqlite3_result_int(ctx, rc);
}

/* REGEXP_REPLACE(s, pattern, replacement): every match; $1 names groups. */
static void fn_regexp_replace(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  pcre2_code *re;
  const unsigned char *z = sqlite3_value_text(argv[0]);
  const unsigned char *zRep = argc > 2 ? sqlite3_value_text(argv[2]) : (const unsigned char *)"";
  PCRE2_SIZE nOut;
  PCRE2_UCHAR *zOut;
  int rc, n;
  if (!z || !zRep || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  if (!(re = regex_arg(ctx, argv, 1, "REGEXP_REPLACE"))) return;
  n = sqlite3_value_bytes(argv[0]);
  nOut = (PCRE2_SIZE)n * 2 + 64;
  for (;;) {
    zOut = sqlite3_malloc64(nOut + 1);
    if (!zOut) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    rc = pcre2_substitute(re, z, (PCRE2_SIZE)n, 0,
                          PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH, NULL,
                          NULL, zRep, PCRE2_ZERO_TERMINATED, zOut, &nOut);
    if (rc != PCRE2_ERROR_NOMEMORY) break;
    sqlite3_free(zOut);
  }
  if (rc < 0) {
    /* PCRE's words can quote the replacement, which may be data */
    sqlite3_free(zOut);
    sqlfunc_error(ctx, "REGEXP_REPLACE", "the replacement (argument 3) is not valid for the "
                                         "pattern (a $ with no such group?)");
    return;
  }
  sqlite3_result_text(ctx, (const char *)zOut, (int)nOut, sqlite3_free);
}

/* REGEXP_SUBSTR(s, pattern [, position [, occurrence]]): the matched text,
** searching from character position (1-based), the occurrence-th match. */
static void fn_regexp_substr(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  pcre2_code *re;
  pcre2_match_data *md;
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int n, rc = 0;
  sqlite3_int64 pos = argc > 2 ? sqlite3_value_int64(argv[2]) : 1;
  sqlite3_int64 occ = argc > 3 ? sqlite3_value_int64(argv[3]) : 1;
  size_t start = 0;
  if (!z || sqlite3_value_type(argv[1]) == SQLITE_NULL || pos < 1 || occ < 1) {
    sqlite3_result_null(ctx);
    return;
  }
  if (!(re = regex_arg(ctx, argv, 1, "REGEXP_SUBSTR"))) return;
  n = sqlite3_value_bytes(argv[0]);
  while (pos > 1 && start < (size_t)n) { /* characters to bytes */
    start++;
    while (start < (size_t)n && (z[start] & 0xC0) == 0x80) start++;
    pos--;
  }
  md = pcre2_match_data_create_from_pattern(re, NULL);
  for (; occ > 0; occ--) {
    PCRE2_SIZE *ov;
    rc = regex_match(ctx, re, z, n, start, 0, md, "REGEXP_SUBSTR");
    if (rc <= 0) break;
    ov = pcre2_get_ovector_pointer(md);
    if (occ == 1) {
      sqlite3_result_text(ctx, (const char *)z + ov[0], (int)(ov[1] - ov[0]), SQLITE_TRANSIENT);
      break;
    }
    start = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
    if (start > (size_t)n) {
      rc = 0;
      break;
    }
  }
  pcre2_match_data_free(md);
  if (rc == 0) sqlite3_result_null(ctx);
}

/* JSON text of a cJSON value as the function's result. */
static void result_json(sqlite3_context *ctx, cJSON *j) {
  char *z = j ? cJSON_PrintUnformatted(j) : NULL;
  if (!z) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
    cJSON_free(z);
  }
  cJSON_Delete(j);
}

/* REGEXP_SPLIT(s, pattern): the pieces between matches, as an array. */
static void fn_regexp_split(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  pcre2_code *re;
  pcre2_match_data *md;
  const unsigned char *z = sqlite3_value_text(argv[0]);
  cJSON *a;
  size_t start = 0, from = 0;
  int n, rc;
  (void)argc;
  if (!z || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  if (!(re = regex_arg(ctx, argv, 1, "REGEXP_SPLIT"))) return;
  n = sqlite3_value_bytes(argv[0]);
  a = cJSON_CreateArray();
  md = pcre2_match_data_create_from_pattern(re, NULL);
  while (from <= (size_t)n && (rc = regex_match(ctx, re, z, n, from, 0, md, "REGEXP_SPLIT")) == 1) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    char *zPiece;
    if (ov[1] == ov[0]) { /* an empty match splits nothing */
      from = ov[1] + 1;
      continue;
    }
    zPiece = xstrndup((const char *)z + start, ov[0] - start);
    cJSON_AddItemToArray(a, cJSON_CreateString(zPiece));
    free(zPiece);
    start = from = ov[1];
  }
  pcre2_match_data_free(md);
  {
    char *zPiece = xstrndup((const char *)z + start, (size_t)n - start);
    cJSON_AddItemToArray(a, cJSON_CreateString(zPiece));
    free(zPiece);
  }
  result_json(ctx, a);
}

/* ---------------------------------------------------------------------- */
/* Hashes                                                                  */

static void hex(const unsigned char *p, size_t n, char *zOut) {
  size_t i;
  for (i = 0; i < n; i++) snprintf(zOut + 2 * i, 3, "%02x", p[i]);
}

static void fn_md5(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  MD5_CTX c;
  unsigned char d[MD5_DIGEST_LENGTH];
  char z[2 * MD5_DIGEST_LENGTH + 1];
  const void *p;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  p = sqlite3_value_text(argv[0]);
  MD5Init(&c);
  MD5Update(&c, p, (size_t)sqlite3_value_bytes(argv[0]));
  MD5Final(d, &c);
  hex(d, sizeof d, z);
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

static void fn_sha1(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  SHA1_CTX c;
  unsigned char d[SHA1_DIGEST_LENGTH];
  char z[2 * SHA1_DIGEST_LENGTH + 1];
  const void *p;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  p = sqlite3_value_text(argv[0]);
  SHA1Init(&c);
  SHA1Update(&c, p, (size_t)sqlite3_value_bytes(argv[0]));
  SHA1Final(d, &c);
  hex(d, sizeof d, z);
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

/* ---------------------------------------------------------------------- */
/* Casts and small functions                                               */

static int64_t now_utc(void) { return (int64_t)time(NULL); }

/* CAST(x AS DATE): 'today' is the current UTC date; a timestamp keeps its
** day; anything else unreadable is NULL. */
static void fn_cast_date(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  int64_t t;
  char a[32];
  (void)argc;
  if (!z) {
    sqlite3_result_null(ctx);
    return;
  }
  if (util_strieq(z, "today")) t = now_utc();
  else if (sqlfunc_parse_time(z, &t) != 0) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlfunc_format_time(t, a);
  a[10] = 0;
  sqlite3_result_text(ctx, a, -1, SQLITE_TRANSIENT);
}

/* CAST(x AS TIMESTAMP): 'now' is the current UTC time; a date reads as its
** midnight. */
static void fn_cast_timestamp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  int64_t t;
  char a[32];
  (void)argc;
  if (!z) {
    sqlite3_result_null(ctx);
    return;
  }
  if (util_strieq(z, "now")) t = now_utc();
  else if (util_strieq(z, "today")) t = now_utc() / 86400 * 86400;
  else if (sqlfunc_parse_time(z, &t) != 0) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlfunc_format_time(t, a);
  sqlite3_result_text(ctx, a, -1, SQLITE_TRANSIENT);
}

static void fn_cast_boolean(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  switch (sqlite3_value_type(argv[0])) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      sqlite3_result_int(ctx, sqlite3_value_double(argv[0]) != 0);
      return;
    case SQLITE_TEXT: {
      const char *z = (const char *)sqlite3_value_text(argv[0]);
      if (util_strieq(z, "true") || util_strieq(z, "t") || strcmp(z, "1") == 0) {
        sqlite3_result_int(ctx, 1);
      } else if (util_strieq(z, "false") || util_strieq(z, "f") || strcmp(z, "0") == 0) {
        sqlite3_result_int(ctx, 0);
      } else {
        sqlite3_result_null(ctx);
      }
      return;
    }
    default:
      sqlite3_result_null(ctx);
  }
}

/* CEIL and FLOOR return integers in AMC. */
static void fn_ceil_floor(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  double d;
  (void)argc;
  if (sqlite3_value_numeric_type(argv[0]) == SQLITE_INTEGER) {
    sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]));
    return;
  }
  if (sqlite3_value_numeric_type(argv[0]) != SQLITE_FLOAT) {
    sqlite3_result_null(ctx);
    return;
  }
  d = sqlite3_value_double(argv[0]);
  d = sqlite3_user_data(ctx) ? ceil(d) : floor(d);
  if (d >= -9.2e18 && d <= 9.2e18) sqlite3_result_int64(ctx, (sqlite3_int64)d);
  else sqlite3_result_double(ctx, d);
}

/* LOG10 with the C library's log10, exact at powers of ten (SQLite's own
** gives 2.9999999999999996 for 1000). */
static void fn_log10(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  double d;
  (void)argc;
  if (sqlite3_value_numeric_type(argv[0]) == SQLITE_NULL ||
      sqlite3_value_numeric_type(argv[0]) == SQLITE_TEXT) {
    sqlite3_result_null(ctx);
    return;
  }
  d = sqlite3_value_double(argv[0]);
  if (d <= 0) sqlite3_result_null(ctx);
  else sqlite3_result_double(ctx, log10(d));
}

/* TRUNC(x [, d]): x truncated toward zero to d decimals (default 0). */
static void fn_trunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int t = sqlite3_value_numeric_type(argv[0]);
  double d, f;
  int nDec = argc > 1 ? sqlite3_value_int(argv[1]) : 0;
  if (t == SQLITE_NULL || t == SQLITE_TEXT || (argc > 1 && sqlite3_value_type(argv[1]) == SQLITE_NULL)) {
    sqlite3_result_null(ctx);
    return;
  }
  if (t == SQLITE_INTEGER && nDec >= 0) {
    sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]));
    return;
  }
  if (nDec > 15) nDec = 15;
  if (nDec < -15) nDec = -15;
  d = sqlite3_value_double(argv[0]);
  f = pow(10, nDec);
  d = trunc(d * f) / f;
  if (argc == 1 && d >= -9.2e18 && d <= 9.2e18) sqlite3_result_double(ctx, d);
  else sqlite3_result_double(ctx, d);
}

/* RANDOM(): a double in [0, 1). */
static void fn_random(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  uint64_t r;
  (void)argc;
  (void)argv;
  sqlite3_randomness(sizeof r, &r);
  sqlite3_result_double(ctx, (double)(r >> 11) / 9007199254740992.0);
}

static void fn_uuid(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  unsigned char b[16];
  char z[37];
  (void)argc;
  (void)argv;
  sqlite3_randomness(sizeof b, b);
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  snprintf(z, sizeof z,
           "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
           b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
           b[15]);
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

/* Compare two non-NULL values: numbers numerically, else as text. */
static int value_cmp(sqlite3_value *a, sqlite3_value *b) {
  int ta = sqlite3_value_numeric_type(a), tb = sqlite3_value_numeric_type(b);
  if ((ta == SQLITE_INTEGER || ta == SQLITE_FLOAT) && (tb == SQLITE_INTEGER || tb == SQLITE_FLOAT)) {
    if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER) {
      sqlite3_int64 x = sqlite3_value_int64(a), y = sqlite3_value_int64(b);
      return x < y ? -1 : x > y;
    } else {
      double x = sqlite3_value_double(a), y = sqlite3_value_double(b);
      return x < y ? -1 : x > y;
    }
  }
  return strcmp((const char *)sqlite3_value_text(a), (const char *)sqlite3_value_text(b));
}

/* GREATEST and LEAST skip NULLs; NULL only when every argument is. */
static void fn_greatest(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int bLeast = sqlite3_user_data(ctx) != NULL, i, best = -1;
  for (i = 0; i < argc; i++) {
    int c;
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    c = value_cmp(argv[i], argv[best]);
    if (bLeast ? c < 0 : c > 0) best = i;
  }
  if (best < 0) sqlite3_result_null(ctx);
  else sqlite3_result_value(ctx, argv[best]);
}

/* ---------------------------------------------------------------------- */
/* Time zones                                                              */

/* Days since the epoch of the n-th (n >= 1; n = -1: last) Sunday of month
** m of year y. */
static int64_t nth_sunday(int y, int m, int n) {
  int64_t first;
  int dow, day;
  struct tm tmv;
  char a[32];
  int64_t t;
  snprintf(a, sizeof a, "%04d-%02d-01", y, m);
  sqlfunc_parse_time(a, &t);
  first = t / 86400;
  dow = (int)((first + 4) % 7); /* 1970-01-01 was a Thursday; 0 = Sunday */
  day = 1 + (7 - dow) % 7;
  if (n > 0) return first + day - 1 + 7 * (n - 1);
  memset(&tmv, 0, sizeof tmv);
  {
    static const int aDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int nDays = aDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    while (day + 7 <= nDays) day += 7;
  }
  return first + day - 1;
}

typedef struct Zone {
  const char *zName;
  int offMin;  /* standard offset from UTC, minutes */
  char rule;   /* 'U' US daylight time, 'E' EU summer time, 0 none */
} Zone;

static const Zone aZone[] = {
    {"UTC", 0, 0},
    {"Etc/UTC", 0, 0},
    {"GMT", 0, 0},
    {"America/New_York", -300, 'U'},
    {"US/Eastern", -300, 'U'},
    {"America/Chicago", -360, 'U'},
    {"US/Central", -360, 'U'},
    {"America/Denver", -420, 'U'},
    {"US/Mountain", -420, 'U'},
    {"America/Phoenix", -420, 0},
    {"America/Los_Angeles", -480, 'U'},
    {"US/Pacific", -480, 'U'},
    {"America/Anchorage", -540, 'U'},
    {"Pacific/Honolulu", -600, 0},
    {"America/Toronto", -300, 'U'},
    {"America/Vancouver", -480, 'U'},
    {"America/Mexico_City", -360, 0},
    {"America/Sao_Paulo", -180, 0},
    {"Europe/London", 0, 'E'},
    {"Europe/Dublin", 0, 'E'},
    {"Europe/Lisbon", 0, 'E'},
    {"Europe/Paris", 60, 'E'},
    {"Europe/Berlin", 60, 'E'},
    {"Europe/Madrid", 60, 'E'},
    {"Europe/Rome", 60, 'E'},
    {"Europe/Amsterdam", 60, 'E'},
    {"Europe/Brussels", 60, 'E'},
    {"Europe/Stockholm", 60, 'E'},
    {"Europe/Warsaw", 60, 'E'},
    {"Asia/Kolkata", 330, 0},
    {"Asia/Dubai", 240, 0},
    {"Asia/Singapore", 480, 0},
    {"Asia/Shanghai", 480, 0},
    {"Asia/Tokyo", 540, 0},
    {NULL, 0, 0}};

/* Offset in seconds of zone z at UTC time t; -1 with *pbOk = 0 when the
** zone is unknown. Fixed offsets "+05:30", "-08:00" are accepted too. */
static int64_t zone_offset(const char *z, int64_t t, int *pbOk) {
  int i, h, mi, n = 0;
  *pbOk = 1;
  if ((z[0] == '+' || z[0] == '-') && sscanf(z + 1, "%2d:%2d%n", &h, &mi, &n) == 2 &&
      n == 5 && z[6] == 0 && h <= 18 && mi < 60) {
    return (z[0] == '-' ? -1 : 1) * (int64_t)(h * 3600 + mi * 60);
  }
  for (i = 0; aZone[i].zName; i++) {
    const Zone *p = &aZone[i];
    int64_t off = (int64_t)p->offMin * 60, days, beg, end;
    int y, mo, d;
    char a[32];
    if (!util_strieq(z, p->zName)) continue;
    if (!p->rule) return off;
    sqlfunc_format_time(t, a);
    sscanf(a, "%d-%d-%d", &y, &mo, &d);
    days = 0;
    (void)days;
    if (p->rule == 'U') {
      /* Second Sunday of March 02:00 local to first Sunday of November
      ** 02:00 local (daylight). */
      beg = nth_sunday(y, 3, 2) * 86400 + 7200 - off;
      end = nth_sunday(y, 11, 1) * 86400 + 7200 - (off + 3600);
    } else {
      /* Last Sunday of March to last Sunday of October, 01:00 UTC. */
      beg = nth_sunday(y, 3, -1) * 86400 + 3600;
      end = nth_sunday(y, 10, -1) * 86400 + 3600;
    }
    return t >= beg && t < end ? off + 3600 : off;
  }
  *pbOk = 0;
  return 0;
}

int sqltext_regex_check(const char *zPattern, char *zMsg, size_t nMsg, size_t *pOff) {
  int err;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)zPattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err,
                                 &off, NULL);
  if (re) {
    pcre2_code_free(re);
    return 0;
  }
  /* Java takes lookbehinds of bounded variable length (?<=ab?), which
   * this PCRE2 does not: that is amcq's limit, not an invalid pattern. */
  if (err == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) return 1;
  pcre2_get_error_message(err, (PCRE2_UCHAR *)zMsg, nMsg);
  *pOff = (size_t)off;
  return -1;
}

static void fn_convert_tz(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *zT = (const char *)sqlite3_value_text(argv[0]);
  const char *zZ = (const char *)sqlite3_value_text(argv[1]);
  int64_t t, off;
  int bOk;
  char a[32];
  (void)argc;
  if (!zT || !zZ || sqlfunc_parse_time(zT, &t) != 0) {
    sqlite3_result_null(ctx);
    return;
  }
  off = zone_offset(zZ, t, &bOk);
  if (!bOk) {
    /* Not the zone itself: it may be a value of the data. */
    sqlfunc_error(ctx, "CONVERT_TIME_ZONE_FROM_UTC",
                  "a time zone amcq does not know (docs/functions.md lists them)");
    return;
  }
  sqlfunc_format_time(t + off, a);
  sqlite3_result_text(ctx, a, -1, SQLITE_TRANSIENT);
}

/* ---------------------------------------------------------------------- */
/* Arrays (JSON text)                                                      */

/* Argument i as a JSON array, or NULL (result NULL or an error set). */
static cJSON *array_arg(sqlite3_context *ctx, sqlite3_value **argv, int i) {
  const char *z = (const char *)sqlite3_value_text(argv[i]);
  cJSON *j;
  if (!z) {
    sqlite3_result_null(ctx);
    return NULL;
  }
  j = cJSON_Parse(z);
  if (!cJSON_IsArray(j)) {
    cJSON_Delete(j);
    sqlfunc_error(ctx, "an array function", "a value given as an array is not one");
    return NULL;
  }
  return j;
}

/* A SQL value as a JSON item. */
static cJSON *json_item(sqlite3_value *v) {
  switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      return cJSON_CreateNumber(sqlite3_value_double(v));
    case SQLITE_TEXT:
      return cJSON_CreateString((const char *)sqlite3_value_text(v));
    default:
      return cJSON_CreateNull();
  }
}

static int array_has(const cJSON *a, const cJSON *x) {
  const cJSON *e;
  cJSON_ArrayForEach(e, a) {
    if (cJSON_Compare(e, x, 1)) return 1;
  }
  return 0;
}

static void fn_cardinality(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *a = array_arg(ctx, argv, 0);
  (void)argc;
  if (!a) return;
  sqlite3_result_int(ctx, cJSON_GetArraySize(a));
  cJSON_Delete(a);
}

static void fn_array_contains(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *a = array_arg(ctx, argv, 0), *x;
  (void)argc;
  if (!a) return;
  x = json_item(argv[1]);
  sqlite3_result_int(ctx, array_has(a, x));
  cJSON_Delete(x);
  cJSON_Delete(a);
}

/* ARRAY[i] (1-based): the element as a SQL value. */
static void fn_array_at(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *a = array_arg(ctx, argv, 0), *e;
  (void)argc;
  if (!a) return;
  e = cJSON_GetArrayItem(a, sqlite3_value_int(argv[1]) - 1);
  if (!e || sqlite3_value_int(argv[1]) < 1 || cJSON_IsNull(e)) sqlite3_result_null(ctx);
  else if (cJSON_IsString(e)) sqlite3_result_text(ctx, e->valuestring, -1, SQLITE_TRANSIENT);
  else if (cJSON_IsNumber(e) && e->valuedouble == (double)(sqlite3_int64)e->valuedouble)
    sqlite3_result_int64(ctx, (sqlite3_int64)e->valuedouble);
  else if (cJSON_IsNumber(e)) sqlite3_result_double(ctx, e->valuedouble);
  else if (cJSON_IsBool(e)) sqlite3_result_int(ctx, cJSON_IsTrue(e));
  else {
    char *z = cJSON_PrintUnformatted(e);
    sqlite3_result_text(ctx, z ? z : "null", -1, SQLITE_TRANSIENT);
    cJSON_free(z);
  }
  cJSON_Delete(a);
}

static void fn_array_to_string(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *a = array_arg(ctx, argv, 0), *e;
  const char *zSep = (const char *)sqlite3_value_text(argv[1]);
  StrBuf b = {0};
  int n = 0;
  (void)argc;
  if (!a) return;
  cJSON_ArrayForEach(e, a) {
    if (cJSON_IsNull(e)) continue;
    if (n++ && zSep) sb_puts(&b, zSep);
    if (cJSON_IsString(e)) {
      sb_puts(&b, e->valuestring);
    } else {
      char *z = cJSON_PrintUnformatted(e);
      sb_puts(&b, z ? z : "");
      cJSON_free(z);
    }
  }
  sqlite3_result_text(ctx, b.z ? b.z : "", (int)b.n, SQLITE_TRANSIENT);
  sb_free(&b);
  cJSON_Delete(a);
}

static int cmp_items(const void *pa, const void *pb) {
  const cJSON *a = *(const cJSON *const *)pa, *b = *(const cJSON *const *)pb;
  if (cJSON_IsNull(a) || cJSON_IsNull(b)) return cJSON_IsNull(a) - cJSON_IsNull(b);
  if (cJSON_IsNumber(a) && cJSON_IsNumber(b)) {
    return a->valuedouble < b->valuedouble ? -1 : a->valuedouble > b->valuedouble;
  }
  if (cJSON_IsString(a) && cJSON_IsString(b)) return strcmp(a->valuestring, b->valuestring);
  return cJSON_IsNumber(a) ? -1 : 1;
}

/* The two-argument set functions and the one-argument ones share this:
** op 'd' distinct, 's' sort, 'u' union, 'i' intersect, 'c' concatenate,
** 'x' complement (elements of a not in b), 'r' remove (every element equal
** to the value). */
static void fn_array_op(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char op = *(const char *)sqlite3_user_data(ctx);
  cJSON *a = array_arg(ctx, argv, 0), *b = NULL, *r, *e;
  if (!a) return;
  if (argc > 1 && op != 'r') {
    b = array_arg(ctx, argv, 1);
    if (!b) {
      cJSON_Delete(a);
      return;
    }
  }
  r = cJSON_CreateArray();
  switch (op) {
    case 'd':
    case 'u':
    case 'c':
      cJSON_ArrayForEach(e, a) {
        if (op == 'c' || !array_has(r, e)) cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
      }
      if (b) {
        cJSON_ArrayForEach(e, b) {
          if (op == 'c' || !array_has(r, e)) cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
        }
      }
      break;
    case 'i':
      cJSON_ArrayForEach(e, a) {
        if (array_has(b, e) && !array_has(r, e)) cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
      }
      break;
    case 'x':
      cJSON_ArrayForEach(e, a) {
        if (!array_has(b, e) && !array_has(r, e)) cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
      }
      break;
    case 'r': {
      cJSON *x = json_item(argv[1]);
      cJSON_ArrayForEach(e, a) {
        if (!cJSON_Compare(e, x, 1)) cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
      }
      cJSON_Delete(x);
      break;
    }
    case 's': {
      int n = cJSON_GetArraySize(a), i = 0;
      cJSON **v = xcalloc((size_t)n + 1, sizeof *v);
      cJSON_ArrayForEach(e, a) v[i++] = e;
      qsort(v, (size_t)n, sizeof *v, cmp_items);
      for (i = 0; i < n; i++) cJSON_AddItemToArray(r, cJSON_Duplicate(v[i], 1));
      free(v);
      break;
    }
  }
  cJSON_Delete(a);
  cJSON_Delete(b);
  result_json(ctx, r);
}

/* FLATTEN(array of arrays): one array of their elements. */
static void fn_flatten(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *a = array_arg(ctx, argv, 0), *r, *e, *x;
  (void)argc;
  if (!a) return;
  r = cJSON_CreateArray();
  cJSON_ArrayForEach(e, a) {
    if (cJSON_IsArray(e)) {
      cJSON_ArrayForEach(x, e) cJSON_AddItemToArray(r, cJSON_Duplicate(x, 1));
    } else {
      cJSON_AddItemToArray(r, cJSON_Duplicate(e, 1));
    }
  }
  cJSON_Delete(a);
  result_json(ctx, r);
}

/* NAMED_ROW('name', value, ...): a JSON object. */
static void fn_named_row(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  cJSON *o;
  int i;
  if (argc % 2) {
    sqlfunc_error(ctx, "NAMED_ROW", "takes name, value pairs");
    return;
  }
  o = cJSON_CreateObject();
  for (i = 0; i < argc; i += 2) {
    const char *zName = (const char *)sqlite3_value_text(argv[i]);
    cJSON_AddItemToObject(o, zName ? zName : "", json_item(argv[i + 1]));
  }
  result_json(ctx, o);
}

/* STR_TO_MAP(s [, pairDelim [, keyValueDelim]]): a JSON object; the
** delimiters default to ',' and ':' as in Spark. */
static void fn_str_to_map(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  const char *zPair = argc > 1 ? (const char *)sqlite3_value_text(argv[1]) : ",";
  const char *zKv = argc > 2 ? (const char *)sqlite3_value_text(argv[2]) : ":";
  cJSON *o;
  if (!z || !zPair || !zKv || !zPair[0] || !zKv[0]) {
    sqlite3_result_null(ctx);
    return;
  }
  o = cJSON_CreateObject();
  while (z) {
    const char *zEnd = strstr(z, zPair), *zSep;
    size_t n = zEnd ? (size_t)(zEnd - z) : strlen(z);
    char *zItem = xstrndup(z, n);
    zSep = strstr(zItem, zKv);
    if (zSep) {
      char *zKey = xstrndup(zItem, (size_t)(zSep - zItem));
      cJSON_DeleteItemFromObjectCaseSensitive(o, zKey); /* the last one wins */
      cJSON_AddItemToObject(o, zKey, cJSON_CreateString(zSep + strlen(zKv)));
      free(zKey);
    } else {
      cJSON_DeleteItemFromObjectCaseSensitive(o, zItem);
      cJSON_AddItemToObject(o, zItem, cJSON_CreateNull());
    }
    free(zItem);
    z = zEnd ? zEnd + strlen(zPair) : NULL;
  }
  result_json(ctx, o);
}

/* JSON_SERIALIZE(x): x as JSON text. */
static void fn_json_serialize(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_TEXT) {
    cJSON *j = cJSON_Parse((const char *)sqlite3_value_text(argv[0]));
    if (j) {
      result_json(ctx, j);
      return;
    }
  }
  result_json(ctx, json_item(argv[0]));
}

/* ---------------------------------------------------------------------- */

int sqltext_register(sqlite3 *db) {
  static const char aOp[] = "dsuicxr";
  static const struct {
    const char *zName;
    int nArg;
    void (*x)(sqlite3_context *, int, sqlite3_value **);
    const void *pData;
    int bVolatile;
  } a[] = {{"amcq_similar", 2, fn_similar, NULL, 0},
           {"regexp_replace", 2, fn_regexp_replace, NULL, 0},
           {"regexp_replace", 3, fn_regexp_replace, NULL, 0},
           {"regexp_substr", 2, fn_regexp_substr, NULL, 0},
           {"regexp_substr", 3, fn_regexp_substr, NULL, 0},
           {"regexp_substr", 4, fn_regexp_substr, NULL, 0},
           {"regexp_split", 2, fn_regexp_split, NULL, 0},
           {"md5", 1, fn_md5, NULL, 0},
           {"sha1", 1, fn_sha1, NULL, 0},
           {"amcq_cast_date", 1, fn_cast_date, NULL, 1},
           {"amcq_cast_timestamp", 1, fn_cast_timestamp, NULL, 1},
           {"amcq_cast_boolean", 1, fn_cast_boolean, NULL, 0},
           {"amcq_ceil", 1, fn_ceil_floor, "c", 0},
           {"amcq_floor", 1, fn_ceil_floor, NULL, 0},
           {"amcq_random", 0, fn_random, NULL, 1},
           {"log10", 1, fn_log10, NULL, 0},
           {"trunc", 1, fn_trunc, NULL, 0},
           {"trunc", 2, fn_trunc, NULL, 0},
           {"uuid", 0, fn_uuid, NULL, 1},
           {"greatest", -1, fn_greatest, NULL, 0},
           {"least", -1, fn_greatest, "l", 0},
           {"convert_time_zone_from_utc", 2, fn_convert_tz, NULL, 0},
           {"cardinality", 1, fn_cardinality, NULL, 0},
           {"array_contains", 2, fn_array_contains, NULL, 0},
           {"amcq_array_at", 2, fn_array_at, NULL, 0},
           {"array_to_string", 2, fn_array_to_string, NULL, 0},
           {"array_distinct", 1, fn_array_op, aOp + 0, 0},
           {"array_sort", 1, fn_array_op, aOp + 1, 0},
           {"array_union", 2, fn_array_op, aOp + 2, 0},
           {"array_intersect", 2, fn_array_op, aOp + 3, 0},
           {"array_cat", 2, fn_array_op, aOp + 4, 0},
           {"array_complement", 2, fn_array_op, aOp + 5, 0},
           {"array_remove", 2, fn_array_op, aOp + 6, 0},
           {"json_serialize", 1, fn_json_serialize, NULL, 0},
           {"flatten", 1, fn_flatten, NULL, 0},
           {"named_row", -1, fn_named_row, NULL, 0},
           {"str_to_map", 1, fn_str_to_map, NULL, 0},
           {"str_to_map", 2, fn_str_to_map, NULL, 0},
           {"str_to_map", 3, fn_str_to_map, NULL, 0}};
  size_t i;
  int rc = SQLITE_OK;
  for (i = 0; i < sizeof a / sizeof a[0] && rc == SQLITE_OK; i++) {
    int f = SQLITE_UTF8 | (a[i].bVolatile ? 0 : SQLITE_DETERMINISTIC);
    rc = sqlite3_create_function(db, a[i].zName, a[i].nArg, f, (void *)a[i].pData, a[i].x,
                                 NULL, NULL);
  }
  return rc;
}
