/*
 * sqlfunc.c: AMC's date and time functions as SQLite functions, for amcq
 * run. Times are text in one format end to end: 'YYYY-MM-DD HH:MM:SS'
 * (UTC), dates 'YYYY-MM-DD'; a date reads as its midnight. Functions return
 * NULL for NULL or unreadable input, as AMC does for NULL.
 */
/* libpg_query.so exports an older xxHash under the same symbol names; the
** inline build of the header keeps ours from resolving to it. */
#define XXH_INLINE_ALL
#include "sqlfunc.h"

#include "sketch.h"
#include "sqltext.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <xxhash.h>

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d) {
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *py, int *pm, int *pd) {
  int64_t era, doe, yoe, y, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *pd = (int)(doy - (153 * mp + 2) / 5 + 1);
  *pm = (int)(mp < 10 ? mp + 3 : mp - 9);
  *py = (int)(y + (*pm <= 2));
}

int sqlfunc_parse_time(const char *z, int64_t *pEpoch) {
  int y, mo, d, h = 0, mi = 0, s = 0, n = 0;
  if (!z || sscanf(z, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != 10) return -1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return -1;
  z += n;
  if (*z == ' ' || *z == 'T') {
    int n2 = 0;
    if (sscanf(z + 1, "%2d:%2d:%2d%n", &h, &mi, &s, &n2) != 3 || n2 != 8) return -1;
    if (h > 23 || mi > 59 || s > 60) return -1;
    z += 1 + n2;
    if (*z == '.') {
      z++;
      while (isdigit((unsigned char)*z)) z++;
    }
    if (*z == 'Z') z++;
  }
  if (*z) return -1;
  *pEpoch = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
  return 0;
}

void sqlfunc_format_time(int64_t t, char zOut[32]) {
  int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  int64_t sec = t - days * 86400;
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  snprintf(zOut, 32, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, (int)(sec / 3600),
           (int)(sec / 60 % 60), (int)(sec % 60));
}

/* The time argument i, or -1 (and the result is NULL). */
static int arg_time(sqlite3_context *ctx, sqlite3_value *v, int64_t *pt) {
  if (sqlite3_value_type(v) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return -1;
  }
  if (sqlfunc_parse_time((const char *)sqlite3_value_text(v), pt) != 0) {
    sqlite3_result_null(ctx);
    return -1;
  }
  return 0;
}

static void result_time(sqlite3_context *ctx, int64_t t) {
  char z[32];
  sqlfunc_format_time(t, z);
  sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
}

/* SECONDS_BETWEEN(a, b) = b - a in seconds. */
static void fn_seconds_between(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int64_t a, b;
  (void)argc;
  if (arg_time(ctx, argv[0], &a) || arg_time(ctx, argv[1], &b)) return;
  sqlite3_result_int64(ctx, b - a);
}

/* Field number of part zPart of time t; -1 if the part is unknown. Days of
** the week count 1 = Sunday to 7 = Saturday (AMC's DAYOFWEEK); weeks are
** ISO 8601 weeks. */
static int64_t time_part(const char *zPart, int64_t t, int *pbOk) {
  int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400), sec = t - days * 86400;
  int y, m, d;
  *pbOk = 1;
  civil_from_days(days, &y, &m, &d);
  if (!strcasecmp(zPart, "second")) return sec % 60;
  if (!strcasecmp(zPart, "minute")) return sec / 60 % 60;
  if (!strcasecmp(zPart, "hour")) return sec / 3600;
  if (!strcasecmp(zPart, "day") || !strcasecmp(zPart, "dayofmonth")) return d;
  if (!strcasecmp(zPart, "month")) return m;
  if (!strcasecmp(zPart, "year")) return y;
  if (!strcasecmp(zPart, "quarter")) return (m - 1) / 3 + 1;
  if (!strcasecmp(zPart, "dow") || !strcasecmp(zPart, "dayofweek")) {
    return ((days % 7) + 7 + 4) % 7 + 1; /* 1970-01-01 was a Thursday */
  }
  if (!strcasecmp(zPart, "week")) {
    /* ISO week: the week with the year's first Thursday is week 1. */
    int64_t wd = ((days % 7) + 7 + 3) % 7; /* Monday 0 */
    int64_t thursday = days - wd + 3;
    int ty, tm, td;
    civil_from_days(thursday, &ty, &tm, &td);
    return (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
  }
  *pbOk = 0;
  return 0;
}

/* HOUR(ts), DAYOFWEEK(ts), ...: the part is the function's user data. */
static void fn_part(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int64_t t, v;
  int bOk;
  (void)argc;
  if (arg_time(ctx, argv[0], &t)) return;
  v = time_part((const char *)sqlite3_user_data(ctx), t, &bOk);
  sqlite3_result_int64(ctx, v);
}

/* EXTRACT(field, ts), as libpg_query writes EXTRACT(field FROM ts). */
static void fn_extract(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int64_t t, v;
  int bOk;
  const char *zPart = (const char *)sqlite3_value_text(argv[0]);
  (void)argc;
  if (!zPart) {
    sqlite3_result_null(ctx);
    return;
  }
  if (arg_time(ctx, argv[1], &t)) return;
  v = time_part(zPart, t, &bOk);
  if (!bOk) {
    /* Never the value: it may come from the data (a user_id). */
    sqlfunc_error(ctx, "EXTRACT", "an unknown field (docs/functions.md lists them)");
    return;
  }
  sqlite3_result_int64(ctx, v);
}

int sqlfunc_trunc_unit(const char *zUnit) {
  static const char *const az[] = {"second", "minute", "hour",    "day",
                                   "week",   "month",  "quarter", "year"};
  int i;
  for (i = 0; i < (int)(sizeof az / sizeof az[0]); i++) {
    if (!strcasecmp(zUnit, az[i])) return i;
  }
  return -1;
}

int sqlfunc_known_time_part(const char *zPart) {
  int bOk;
  time_part(zPart, 0, &bOk);
  return bOk;
}

/* DATE_TRUNC(unit, ts): SECOND, MINUTE, HOUR, DAY, WEEK (Monday), MONTH,
** QUARTER, YEAR. */
static void fn_date_trunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *zUnit = (const char *)sqlite3_value_text(argv[0]);
  int64_t t, days, r;
  int y, m, d;
  (void)argc;
  if (!zUnit) {
    sqlite3_result_null(ctx);
    return;
  }
  if (arg_time(ctx, argv[1], &t)) return;
  days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  civil_from_days(days, &y, &m, &d);
  switch (sqlfunc_trunc_unit(zUnit)) {
    case 0: r = t; break;
    case 1: r = t - (t - days * 86400) % 60; break;
    case 2: r = t - (t - days * 86400) % 3600; break;
    case 3: r = days * 86400; break;
    case 4: r = (days - ((days % 7) + 7 + 3) % 7) * 86400; break;
    case 5: r = days_from_civil(y, m, 1) * 86400; break;
    case 6: r = days_from_civil(y, (m - 1) / 3 * 3 + 1, 1) * 86400; break;
    case 7: r = days_from_civil(y, 1, 1) * 86400; break;
    default:
      /* Never the value: it may come from the data (a user_id). */
      sqlfunc_error(ctx, "DATE_TRUNC", "an unknown unit (docs/functions.md lists them)");
      return;
  }
  result_time(ctx, r);
}

/* EPOCH_TO_UTC_TIMESTAMP(n): seconds, or milliseconds when n is too large
** to be seconds (after the year 5138). */
static void fn_epoch_to_utc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int64_t n;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  n = sqlite3_value_int64(argv[0]);
  if (n > 100000000000LL || n < -100000000000LL) n /= 1000;
  result_time(ctx, n);
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */

/* "\001FUNC\002message": the marks cannot come from a query's text, which
** amcq checks is UTF-8 without control characters in names. */
void sqlfunc_error(sqlite3_context *ctx, const char *zFunc, const char *zMsg) {
  char *z = sqlite3_mprintf("\001%s\002%s", zFunc, zMsg);
  if (!z) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_error(ctx, z, -1);
  sqlite3_free(z);
}

int sqlfunc_error_parse(const char *zErr, const char **pzFunc, int *pnFunc,
                        const char **pzMsg) {
  const char *p;
  if (!zErr || zErr[0] != '\001') return 0;
  p = strchr(zErr + 1, '\002');
  if (!p) return 0;
  *pzFunc = zErr + 1;
  *pnFunc = (int)(p - zErr - 1);
  *pzMsg = p + 1;
  return 1;
}

/* ---------------------------------------------------------------------- */
/* Conditional, string and hash functions                                  */

/* IF(cond, a, b) */
static void fn_if(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int bTrue = sqlite3_value_type(argv[0]) != SQLITE_NULL &&
              sqlite3_value_double(argv[0]) != 0.0;
  (void)argc;
  sqlite3_result_value(ctx, argv[bTrue ? 1 : 2]);
}

/* NVL2(x, a, b): a when x is not NULL, else b. */
static void fn_nvl2(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  sqlite3_result_value(ctx, argv[sqlite3_value_type(argv[0]) != SQLITE_NULL ? 1 : 2]);
}

/* NVL(a, b) = COALESCE(a, b). */
static void fn_nvl(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  sqlite3_result_value(ctx, argv[sqlite3_value_type(argv[0]) != SQLITE_NULL ? 0 : 1]);
}

/* CONTAINED_IN(x, a, b, ...) = x IN (a, b, ...); NULL when x is NULL. */
static void fn_contained_in(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int i;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  for (i = 1; i < argc; i++) {
    sqlite3_value *a = argv[0], *b = argv[i];
    int ta = sqlite3_value_numeric_type(a), tb = sqlite3_value_numeric_type(b);
    if (tb == SQLITE_NULL) continue;
    if ((ta == SQLITE_INTEGER || ta == SQLITE_FLOAT) &&
        (tb == SQLITE_INTEGER || tb == SQLITE_FLOAT)) {
      if (sqlite3_value_double(a) == sqlite3_value_double(b)) break;
    } else if (strcmp((const char *)sqlite3_value_text(a),
                      (const char *)sqlite3_value_text(b)) == 0) {
      break;
    }
  }
  sqlite3_result_int(ctx, i < argc);
}

/* HASH64(x): the 64-bit xxHash of x's text, as a signed integer. */
static void fn_hash64(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const unsigned char *z = sqlite3_value_text(argv[0]);
  (void)argc;
  if (!z) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_result_int64(ctx, (sqlite3_int64)XXH64(z, (size_t)sqlite3_value_bytes(argv[0]), 0));
}

/* CONCAT(a, b, ...): NULL if any argument is NULL. */
static void fn_concat(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3_str *p = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  int i;
  char *z;
  for (i = 0; i < argc; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
      sqlite3_free(sqlite3_str_finish(p));
      sqlite3_result_null(ctx);
      return;
    }
    sqlite3_str_appendall(p, (const char *)sqlite3_value_text(argv[i]));
  }
  z = sqlite3_str_finish(p);
  sqlite3_result_text(ctx, z ? z : "", -1, z ? sqlite3_free : SQLITE_STATIC);
}

/* Byte offset of character n (0-based) of UTF-8 z (n bytes long). */
static int char_offset(const unsigned char *z, int nByte, int64_t n) {
  int i = 0;
  while (n > 0 && i < nByte) {
    i++;
    while (i < nByte && (z[i] & 0xC0) == 0x80) i++;
    n--;
  }
  return i;
}

static int64_t char_count(const unsigned char *z, int nByte) {
  int64_t n = 0;
  int i;
  for (i = 0; i < nByte; i++) n += (z[i] & 0xC0) != 0x80;
  return n;
}

/* LEFT(s, n) and RIGHT(s, n), in characters; user data: 0 left, 1 right. */
static void fn_left_right(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const unsigned char *z = sqlite3_value_text(argv[0]);
  int nByte = sqlite3_value_bytes(argv[0]), iFrom, iTo;
  int64_t n, nChar;
  (void)argc;
  if (!z || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  n = sqlite3_value_int64(argv[1]);
  if (n < 0) n = 0;
  nChar = char_count(z, nByte);
  if (n > nChar) n = nChar;
  if (sqlite3_user_data(ctx)) {
    iFrom = char_offset(z, nByte, nChar - n);
    iTo = nByte;
  } else {
    iFrom = 0;
    iTo = char_offset(z, nByte, n);
  }
  sqlite3_result_text(ctx, (const char *)z + iFrom, iTo - iFrom, SQLITE_TRANSIENT);
}

/* 1-based character position of needle in hay at or after character
** start (1-based), 0 if absent. */
static int64_t find_chars(const unsigned char *zHay, int nHay, const unsigned char *zNeedle,
                          int nNeedle, int64_t start) {
  int i = char_offset(zHay, nHay, start > 1 ? start - 1 : 0);
  for (; i + nNeedle <= nHay; i++) {
    if ((zHay[i] & 0xC0) == 0x80) continue;
    if (memcmp(zHay + i, zNeedle, (size_t)nNeedle) == 0) {
      return char_count(zHay, i) + 1;
    }
  }
  return 0;
}

/* STRPOS(s, sub), INSTR(s, sub): user data 0; POSITION(sub, s),
** LOCATE(sub, s[, start]), CHARINDEX(sub, s[, start]): user data 1. */
static void fn_find(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int bNeedleFirst = sqlite3_user_data(ctx) != NULL;
  sqlite3_value *pHay = argv[bNeedleFirst ? 1 : 0], *pNeedle = argv[bNeedleFirst ? 0 : 1];
  const unsigned char *zHay = sqlite3_value_text(pHay);
  const unsigned char *zNeedle = sqlite3_value_text(pNeedle);
  int64_t start = argc > 2 ? sqlite3_value_int64(argv[2]) : 1;
  if (!zHay || !zNeedle) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_result_int64(ctx, find_chars(zHay, sqlite3_value_bytes(pHay), zNeedle,
                                       sqlite3_value_bytes(pNeedle), start));
}

/* ---------------------------------------------------------------------- */
/* User sketches: amcq_uhash(user_id) -> keyed hash; amcq_sketch(hash [, k])
** and amcq_sketch_union(sketch) aggregate to a bottom-k sketch blob;
** amcq_sketch_count(sketch) counts its users (exact below k).             */

typedef struct SketchAgg {
  int bInit; /* a non-NULL value was seen: the path contributed */
  int bBad;  /* xInverse was called: the frame slides */
  Sketch s;
} SketchAgg;

/* A user hash: INTEGER. No user (a NULL user_id): an empty BLOB, so that
** the record still counts as the path's contribution with no user. */
static void fn_uhash(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *z = (const char *)sqlite3_value_text(argv[0]);
  const uint64_t *pKey = sqlite3_user_data(ctx);
  (void)argc;
  if (!z) {
    sqlite3_result_zeroblob(ctx, 0);
    return;
  }
  sqlite3_result_int64(ctx, (sqlite3_int64)sketch_hash(*pKey, z,
                                                      (size_t)sqlite3_value_bytes(argv[0])));
}

int sqlfunc_sketch_add_value(Sketch *s, sqlite3_value *v) {
  Sketch t;
  switch (sqlite3_value_type(v)) {
    case SQLITE_NULL:
      return 0;
    case SQLITE_INTEGER:
      sketch_add(s, (uint64_t)sqlite3_value_int64(v));
      return 0;
    case SQLITE_BLOB:
      if (sqlite3_value_bytes(v) == 0) return 0;
      if (sketch_decode(&t, sqlite3_value_blob(v), (size_t)sqlite3_value_bytes(v)) != 0) {
        return -1;
      }
      sketch_union(s, &t);
      sketch_free(&t);
      return 0;
    default:
      return -1;
  }
}

static SketchAgg *agg(sqlite3_context *ctx, int k) {
  SketchAgg *a = sqlite3_aggregate_context(ctx, sizeof *a);
  if (a && !a->bInit) {
    sketch_init(&a->s, k);
    a->bInit = 1;
  }
  return a;
}

static int arg_k(int argc, sqlite3_value **argv) {
  int k = argc > 1 ? sqlite3_value_int(argv[1]) : 100;
  return k < 1 ? 1 : k > SKETCH_MAX_K ? SKETCH_MAX_K : k;
}

static void fn_union_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  SketchAgg *a;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return; /* no contribution */
  a = agg(ctx, arg_k(argc, argv));
  if (!a) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (sqlfunc_sketch_add_value(&a->s, argv[0]) != 0) {
    sqlfunc_error(ctx, "amcq", "internal error: a malformed user sketch");
  }
}

static void result_sketch(sqlite3_context *ctx, const Sketch *s) {
  unsigned char *p = sqlite3_malloc64(sketch_size(s));
  if (!p) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sketch_encode(s, p);
  sqlite3_result_blob(ctx, p, (int)sketch_size(s), sqlite3_free);
}

/* NULL when no row contributed, else the sketch. */
static void fn_union_value(sqlite3_context *ctx) {
  SketchAgg *a = sqlite3_aggregate_context(ctx, 0);
  if (a && a->bBad) {
    sqlfunc_error(ctx, "amcq", "a window frame that slides (ROWS or RANGE with an offset) over "
                               "user data is not supported");
    return;
  }
  if (!a || !a->bInit) {
    sqlite3_result_null(ctx);
    return;
  }
  result_sketch(ctx, &a->s);
}

static void fn_union_final(sqlite3_context *ctx) {
  SketchAgg *a = sqlite3_aggregate_context(ctx, 0);
  fn_union_value(ctx);
  if (a && a->bInit) {
    sketch_free(&a->s);
    a->bInit = 0;
  }
}

/* Users cannot be taken out of a bottom-k sketch: a frame whose start
** moves cannot be counted exactly, and amcq says so instead of guessing. */
static void fn_union_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  SketchAgg *a = sqlite3_aggregate_context(ctx, sizeof *a);
  (void)argc;
  if (a && sqlite3_value_type(argv[0]) != SQLITE_NULL) a->bBad = 1;
}

/* amcq_sketch_window(s, k): the users of a window frame. Frames whose
** start moves remove rows (xInverse), and a bottom-k sketch cannot forget
** a user, so the frame also keeps a multiset of its hashes; the sketch is
** rebuilt from it only when a user it holds may have left. Frames that
** only grow (running totals, whole partitions) never rebuild. */
typedef struct HashCount {
  uint64_t h;
  int64_t n; /* 0: empty slot or a user no longer in the frame */
  int bUsed;
} HashCount;

typedef struct WinAgg {
  int bInit;
  int nNonNull; /* non-NULL values in the frame: the path contributed */
  int bDirty;   /* the sketch may hold a user who left */
  Sketch s;
  HashCount *a;
  size_t nSlot, nUsed;
} WinAgg;

static HashCount *win_slot(WinAgg *w, uint64_t h) {
  size_t i = (size_t)(h * 0x9E3779B97F4A7C15ull) & (w->nSlot - 1);
  while (w->a[i].bUsed && w->a[i].h != h) i = (i + 1) & (w->nSlot - 1);
  return &w->a[i];
}

static int win_grow(WinAgg *w) {
  HashCount *aOld = w->a;
  size_t nOld = w->nSlot, i;
  w->nSlot = nOld ? nOld * 2 : 64;
  w->a = sqlite3_malloc64(sizeof *w->a * w->nSlot);
  if (!w->a) {
    w->a = aOld;
    w->nSlot = nOld;
    return -1;
  }
  memset(w->a, 0, sizeof *w->a * w->nSlot);
  for (i = 0; i < nOld; i++) {
    if (aOld[i].bUsed) *win_slot(w, aOld[i].h) = aOld[i];
  }
  sqlite3_free(aOld);
  return 0;
}

/* Add (d = 1) or remove (d = -1) the users of sketch value v. */
static int win_apply(WinAgg *w, sqlite3_value *v, int d) {
  Sketch t;
  int i;
  sketch_init(&t, SKETCH_MAX_K);
  if (sqlfunc_sketch_add_value(&t, v) != 0) {
    sketch_free(&t);
    return -1;
  }
  for (i = 0; i < t.n; i++) {
    HashCount *c;
    if ((w->nUsed + 1) * 2 > w->nSlot && win_grow(w) != 0) {
      sketch_free(&t);
      return -1;
    }
    c = win_slot(w, t.a[i]);
    if (!c->bUsed) {
      c->bUsed = 1;
      c->h = t.a[i];
      w->nUsed++;
    }
    c->n += d;
    if (d > 0) sketch_add(&w->s, t.a[i]);
    else if (c->n <= 0 && (w->s.n < w->s.k || t.a[i] <= w->s.a[w->s.n - 1])) w->bDirty = 1;
  }
  sketch_free(&t);
  return 0;
}

static void fn_win_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  WinAgg *w = sqlite3_aggregate_context(ctx, sizeof *w);
  if (!w) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (!w->bInit) {
    sketch_init(&w->s, arg_k(argc, argv));
    w->bInit = 1;
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  w->nNonNull++;
  if (win_apply(w, argv[0], 1) != 0) {
    sqlfunc_error(ctx, "amcq", "internal error: a malformed user sketch");
  }
}

static void fn_win_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  WinAgg *w = sqlite3_aggregate_context(ctx, sizeof *w);
  (void)argc;
  if (!w || !w->bInit || sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  w->nNonNull--;
  if (win_apply(w, argv[0], -1) != 0) {
    sqlfunc_error(ctx, "amcq", "internal error: a malformed user sketch");
  }
}

static void fn_win_value(sqlite3_context *ctx) {
  WinAgg *w = sqlite3_aggregate_context(ctx, 0);
  if (!w || !w->bInit || w->nNonNull <= 0) {
    sqlite3_result_null(ctx);
    return;
  }
  if (w->bDirty) {
    size_t i;
    int k = w->s.k;
    sketch_free(&w->s);
    sketch_init(&w->s, k);
    for (i = 0; i < w->nSlot; i++) {
      if (w->a[i].bUsed && w->a[i].n > 0) sketch_add(&w->s, w->a[i].h);
    }
    w->bDirty = 0;
  }
  result_sketch(ctx, &w->s);
}

static void fn_win_final(sqlite3_context *ctx) {
  WinAgg *w = sqlite3_aggregate_context(ctx, 0);
  fn_win_value(ctx);
  if (w && w->bInit) {
    sketch_free(&w->s);
    sqlite3_free(w->a);
    w->a = NULL;
    w->bInit = 0;
  }
}

/* amcq_sketch_merge(s1, s2, ..., k): the union of its non-NULL arguments;
** NULL when all are NULL. */
static void fn_sketch_merge(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Sketch s;
  int i, bAny = 0, k = argc > 1 ? sqlite3_value_int(argv[argc - 1]) : 100;
  if (k < 1) k = 1;
  if (k > SKETCH_MAX_K) k = SKETCH_MAX_K;
  sketch_init(&s, k);
  for (i = 0; i < argc - 1; i++) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) continue;
    bAny = 1;
    if (sqlfunc_sketch_add_value(&s, argv[i]) != 0) {
      sketch_free(&s);
      sqlfunc_error(ctx, "amcq", "internal error: a malformed user sketch");
      return;
    }
  }
  if (bAny) result_sketch(ctx, &s);
  else sqlite3_result_null(ctx);
  sketch_free(&s);
}

static void fn_sketch_count(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Sketch t;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  sketch_init(&t, SKETCH_MAX_K);
  if (sqlfunc_sketch_add_value(&t, argv[0]) != 0) {
    sqlfunc_error(ctx, "amcq", "internal error: a malformed user sketch");
  } else {
    sqlite3_result_int(ctx, sketch_count(&t));
  }
  sketch_free(&t);
}

int sqlfunc_register_sketches(sqlite3 *db, const uint64_t *pKey) {
  const int f = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  int rc = sqlite3_create_function(db, "amcq_uhash", 1, f, (void *)pKey, fn_uhash, NULL, NULL);
  int n;
  for (n = 1; n <= 2 && rc == SQLITE_OK; n++) {
    rc = sqlite3_create_window_function(db, "amcq_sketch_union", n, f, NULL, fn_union_step,
                                        fn_union_final, fn_union_value, fn_union_inverse,
                                        NULL);
    if (rc == SQLITE_OK) {
      rc = sqlite3_create_window_function(db, "amcq_sketch", n, f, NULL, fn_union_step,
                                          fn_union_final, fn_union_value, fn_union_inverse,
                                          NULL);
    }
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_window_function(db, "amcq_sketch_window", 2, f, NULL, fn_win_step,
                                        fn_win_final, fn_win_value, fn_win_inverse, NULL);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "amcq_sketch_merge", -1, f, NULL, fn_sketch_merge, NULL,
                                 NULL);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "amcq_sketch_count", 1, f, NULL, fn_sketch_count, NULL,
                                 NULL);
  }
  return rc;
}

/* ---------------------------------------------------------------------- */
/* Statistical aggregates and COLLECT                                      */

/* Moments for STDDEV, VARIANCE and SKEWNESS (one pass, Welford). */
typedef struct Moments {
  long double n, mean, m2, m3; /* extended precision: exact on small data */
} Moments;

/* SQLite's aggregate context is only 8-byte aligned: Moments (long
** double) is copied in and out. */
static void fn_moments_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  void *p = sqlite3_aggregate_context(ctx, sizeof(Moments));
  Moments mv, *m = &mv;
  long double x, d, dn, t;
  (void)argc;
  if (!p) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (sqlite3_value_numeric_type(argv[0]) == SQLITE_NULL ||
      sqlite3_value_numeric_type(argv[0]) == SQLITE_TEXT) {
    return;
  }
  memcpy(m, p, sizeof mv);
  x = (long double)sqlite3_value_double(argv[0]);
  m->n += 1;
  d = x - m->mean;
  dn = d / m->n;
  t = d * dn * (m->n - 1);
  m->mean += dn;
  m->m3 += t * dn * (m->n - 2) - 3 * dn * m->m2;
  m->m2 += t;
  memcpy(p, m, sizeof mv);
}

/* User data: 0 sample variance, 1 population variance, 2 sample standard
** deviation, 3 population standard deviation, 4 skewness. */
static void fn_moments_final(sqlite3_context *ctx) {
  void *p = sqlite3_aggregate_context(ctx, 0);
  Moments mv, *m = p ? &mv : NULL;
  int kind = (int)(intptr_t)sqlite3_user_data(ctx);
  long double v;
  if (p) memcpy(&mv, p, sizeof mv);
  if (!m || m->n == 0 || ((kind == 0 || kind == 2) && m->n < 2)) {
    sqlite3_result_null(ctx);
    return;
  }
  switch (kind) {
    case 0: v = m->m2 / (m->n - 1); break;
    case 1: v = m->m2 / m->n; break;
    case 2: v = sqrtl(m->m2 / (m->n - 1)); break;
    case 3: v = sqrtl(m->m2 / m->n); break;
    default:
      if (m->m2 == 0) {
        sqlite3_result_null(ctx);
        return;
      }
      v = sqrtl(m->n) * m->m3 / powl(m->m2, 1.5L);
  }
  sqlite3_result_double(ctx, (double)v);
}

/* Values kept for MEDIAN and the percentiles. */
typedef struct Values {
  double *a;
  size_t n, cap;
  double p; /* the percentile asked for */
  int bBadP;
} Values;

static void fn_values_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Values *v = sqlite3_aggregate_context(ctx, sizeof *v);
  int t;
  if (!v) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (argc > 1) {
    v->p = sqlite3_value_double(argv[1]);
    if (v->p < 0 || v->p > 1) v->bBadP = 1;
  } else {
    v->p = 0.5;
  }
  t = sqlite3_value_numeric_type(argv[0]);
  if (t != SQLITE_INTEGER && t != SQLITE_FLOAT) return;
  if (v->n == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 64;
    double *a = sqlite3_realloc64(v->a, cap * sizeof(double));
    if (!a) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    v->a = a;
    v->cap = cap;
  }
  v->a[v->n++] = sqlite3_value_double(argv[0]);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* User data: 0 interpolated (MEDIAN, PERCENTILE), 1 a value of the data
** (APPROX_PERCENTILE: the smallest value with at least p of the data at or
** below it). */
static void fn_values_final(sqlite3_context *ctx) {
  Values *v = sqlite3_aggregate_context(ctx, 0);
  int bExact = sqlite3_user_data(ctx) == NULL;
  if (!v || v->n == 0) {
    sqlite3_result_null(ctx);
  } else if (v->bBadP) {
    sqlfunc_error(ctx, "PERCENTILE", "the fraction (argument 2) must be between 0 and 1");
  } else {
    qsort(v->a, v->n, sizeof(double), cmp_double);
    if (bExact) {
      double pos = v->p * (double)(v->n - 1);
      size_t lo = (size_t)floor(pos), hi = (size_t)ceil(pos);
      sqlite3_result_double(ctx, v->a[lo] + (v->a[hi] - v->a[lo]) * (pos - (double)lo));
    } else {
      size_t k = (size_t)ceil(v->p * (double)v->n);
      sqlite3_result_double(ctx, v->a[k > 0 ? k - 1 : 0]);
    }
  }
  if (v) sqlite3_free(v->a);
}

/* COLLECT(x): the values as a JSON array, NULLs kept (AMC's COLLECT). */
typedef struct Collect {
  sqlite3_str *p;
} Collect;

static void fn_collect_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Collect *c = sqlite3_aggregate_context(ctx, sizeof *c);
  (void)argc;
  if (!c) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (!c->p) {
    c->p = sqlite3_str_new(sqlite3_context_db_handle(ctx));
    sqlite3_str_appendchar(c->p, 1, '[');
  } else {
    sqlite3_str_appendchar(c->p, 1, ',');
  }
  switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL: sqlite3_str_appendall(c->p, "null"); break;
    case SQLITE_INTEGER: sqlite3_str_appendf(c->p, "%lld", sqlite3_value_int64(argv[0])); break;
    case SQLITE_FLOAT: sqlite3_str_appendf(c->p, "%!.17g", sqlite3_value_double(argv[0])); break;
    default: {
      /* A JSON string: quotes, backslashes and control characters escaped. */
      const unsigned char *z = sqlite3_value_text(argv[0]);
      sqlite3_str_appendchar(c->p, 1, '"');
      for (; z && *z; z++) {
        if (*z == '"' || *z == '\\') sqlite3_str_appendf(c->p, "\\%c", *z);
        else if (*z < 0x20) sqlite3_str_appendf(c->p, "\\u%04x", *z);
        else sqlite3_str_appendchar(c->p, 1, (char)*z);
      }
      sqlite3_str_appendchar(c->p, 1, '"');
    }
  }
}

static void fn_collect_final(sqlite3_context *ctx) {
  Collect *c = sqlite3_aggregate_context(ctx, 0);
  char *z;
  if (!c || !c->p) {
    sqlite3_result_text(ctx, "[]", 2, SQLITE_STATIC);
    return;
  }
  sqlite3_str_appendchar(c->p, 1, ']');
  z = sqlite3_str_finish(c->p);
  c->p = NULL;
  if (!z) sqlite3_result_error_nomem(ctx);
  else sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

int sqlfunc_register(sqlite3 *db) {
  static const struct {
    const char *zName, *zPart;
  } aPart[] = {{"hour", "hour"},       {"minute", "minute"}, {"second", "second"},
               {"month", "month"},     {"year", "year"},     {"week", "week"},
               {"dayofweek", "dow"},   {"dayofmonth", "day"}};
  const int f = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  size_t i;
  int rc = SQLITE_OK;
  for (i = 0; i < sizeof aPart / sizeof aPart[0] && rc == SQLITE_OK; i++) {
    rc = sqlite3_create_function(db, aPart[i].zName, 1, f, (void *)aPart[i].zPart,
                                 fn_part, NULL, NULL);
  }
  if (rc == SQLITE_OK) rc = sqlite3_create_function(db, "extract", 2, f, NULL, fn_extract, NULL, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_create_function(db, "date_trunc", 2, f, NULL, fn_date_trunc, NULL, NULL);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "seconds_between", 2, f, NULL, fn_seconds_between, NULL, NULL);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "epoch_to_utc_timestamp", 1, f, NULL, fn_epoch_to_utc,
                                 NULL, NULL);
  }
  {
    static const struct {
      const char *zName;
      int nArg;
      void (*x)(sqlite3_context *, int, sqlite3_value **);
      void *pData;
    } aFn[] = {{"if", 3, fn_if, NULL},
               {"nvl", 2, fn_nvl, NULL},
               {"nvl2", 3, fn_nvl2, NULL},
               {"contained_in", -1, fn_contained_in, NULL},
               {"hash64", 1, fn_hash64, NULL},
               {"concat", -1, fn_concat, NULL},
               {"left", 2, fn_left_right, NULL},
               {"right", 2, fn_left_right, (void *)1},
               {"strpos", 2, fn_find, NULL},
               {"instr", 2, fn_find, NULL},
               {"position", 2, fn_find, (void *)1},
               {"position", 3, fn_find, (void *)1},
               {"locate", 2, fn_find, (void *)1},
               {"locate", 3, fn_find, (void *)1},
               {"charindex", 2, fn_find, (void *)1},
               {"charindex", 3, fn_find, (void *)1}};
    for (i = 0; i < sizeof aFn / sizeof aFn[0] && rc == SQLITE_OK; i++) {
      rc = sqlite3_create_function(db, aFn[i].zName, aFn[i].nArg, f, aFn[i].pData,
                                   aFn[i].x, NULL, NULL);
    }
  }
  {
    static const struct {
      const char *zName;
      intptr_t kind;
    } aMom[] = {{"var_samp", 0}, {"variance", 0}, {"var_pop", 1},      {"stddev", 2},
                {"stddev_samp", 2}, {"stddev_pop", 3}, {"skewness", 4}};
    for (i = 0; i < sizeof aMom / sizeof aMom[0] && rc == SQLITE_OK; i++) {
      rc = sqlite3_create_function(db, aMom[i].zName, 1, f, (void *)aMom[i].kind, NULL,
                                   fn_moments_step, fn_moments_final);
    }
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "median", 1, f, NULL, NULL, fn_values_step, fn_values_final);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "percentile", 2, f, NULL, NULL, fn_values_step,
                                 fn_values_final);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "approx_percentile", 2, f, (void *)1, NULL,
                                 fn_values_step, fn_values_final);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "collect", 1, f, NULL, NULL, fn_collect_step,
                                 fn_collect_final);
  }
  if (rc == SQLITE_OK) rc = sqltext_register(db);
  return rc;
}
