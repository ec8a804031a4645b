/*
 * qgen.c: random AMC SQL for testing amcq check and amcq run. A query is a
 * chain of up to three CTEs and a final SELECT, generated top-down from the
 * policy's tables and functions while tracking, for every value, its type,
 * the most sensitive column class it reveals and whether a literal shaped
 * it, so that most queries respect AMC's rules and the rest break one.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "qgen.h"

enum {
  QGEN_MAX_BYTES = 8192, /* a query is shorter than this */
  QGEN_MAX_DEPTH = 6,    /* nesting of selects and expressions */
  QGEN_MAX_SEL = 3,      /* nesting of selects */
  QGEN_MAX_CTE = 3,
  QGEN_NODE_BUDGET = 170, /* expression nodes per query before leaves only */
  QGEN_MAX_SLOT = 12,
  QGEN_PCT_BAD = 12,    /* queries that break a rule on purpose */
  QGEN_PCT_MISMATCH = 1 /* function arguments of the wrong type */
};

/* ---------------------------------------------------------------------- */
/* Memory, text, randomness                                                */

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fputs("qgen: out of memory\n", stderr);
    abort();
  }
  return q;
}

typedef struct Buf {
  char *z;
  size_t n, cap;
} Buf;

static void buf_grow(Buf *b, size_t nAdd) {
  if (b->n + nAdd + 1 > b->cap) {
    size_t c = b->cap ? b->cap * 2 : 128;
    while (c < b->n + nAdd + 1)
      c *= 2;
    b->z = xrealloc(b->z, c);
    b->cap = c;
  }
}

static void buf_putn(Buf *b, const char *z, size_t n) {
  buf_grow(b, n);
  memcpy(b->z + b->n, z, n);
  b->n += n;
  b->z[b->n] = 0;
}

static void buf_puts(Buf *b, const char *z) {
  buf_putn(b, z, strlen(z));
}

static void buf_cat(Buf *b, const Buf *a) {
  if (a->n) buf_putn(b, a->z, a->n);
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
buf_printf(Buf *b, const char *zFmt, ...) {
  va_list ap;
  int k;
  va_start(ap, zFmt);
  k = vsnprintf(NULL, 0, zFmt, ap);
  va_end(ap);
  if (k <= 0) return;
  buf_grow(b, (size_t)k);
  va_start(ap, zFmt);
  vsnprintf(b->z + b->n, (size_t)k + 1, zFmt, ap);
  va_end(ap);
  b->n += (size_t)k;
}

static void buf_free(Buf *b) {
  free(b->z);
  b->z = NULL;
  b->n = b->cap = 0;
}

/* A function name as SQL: upper case. */
static void buf_upper(Buf *b, const char *z) {
  size_t n = strlen(z), i;
  buf_grow(b, n);
  for (i = 0; i < n; i++)
    b->z[b->n + i] = (char)toupper((unsigned char)z[i]);
  b->n += n;
  b->z[b->n] = 0;
}

static void buf_str_lit(Buf *b, const char *z) {
  buf_puts(b, "'");
  for (; *z; z++) {
    if (*z == '\'') buf_puts(b, "'");
    buf_putn(b, z, 1);
  }
  buf_puts(b, "'");
}

/* Per-query memory, freed at once. */
typedef struct ABlk {
  struct ABlk *pNext;
  size_t n, cap;
  max_align_t aData[];
} ABlk;

/* ---------------------------------------------------------------------- */
/* Types, columns, relations                                               */

typedef enum Ty {
  TY_STR,
  TY_INT,
  TY_DBL,
  TY_BOOL,
  TY_DATE,
  TY_TS,
  TY_ARR,
  TY_OTHER,
  /* wanted types only */
  TY_NUM,
  TY_TIME,
  TY_ANY
} Ty;

typedef struct GCol {
  const char *zName;
  Ty ty;
  ColClass cls;
  unsigned char bMetric; /* a measure: sum it */
  unsigned char bUser;   /* the user identifier */
  unsigned char bRank;   /* a ROW_NUMBER / RANK result */
  unsigned char bLit;    /* shaped by a literal or parameter */
  unsigned char bAgg;    /* an aggregate's value (for UNION branches) */
} GCol;

typedef struct GRel {
  const char *zName;
  GCol *aCol;
  int nCol;
  int iUser;               /* the user column, -1 if none */
  unsigned char bBase;     /* an AMC table */
  unsigned char bAgg;      /* one row per group of LOW values: cheap to join */
  unsigned char bSmall;    /* a VALUES list */
  unsigned char bUserData; /* reads user-owned data */
  unsigned char bRankCol;  /* has a rank column */
  int nFan;                /* rows per user, as a power of a table's: 0 for
                              aggregates and VALUES, 1 for a table, the sum
                              over its FROM items for a row-level select */
} GRel;

typedef struct GItem {
  const GRel *pRel;
  const char *zAlias; /* NULL: referred to by the relation's name */
} GItem;

/* The FROM items of one SELECT. */
typedef struct GScope {
  GItem a[3];
  int n;
  int bQual; /* qualify every column (subqueries) */
} GScope;

/* What the generator knows of a value. */
typedef struct EInfo {
  Ty ty;
  ColClass cls;        /* most sensitive class it reveals */
  unsigned char bLit;  /* shaped by a literal or parameter */
  unsigned char bCol;  /* reads a column */
  unsigned char bUser; /* is a bare user column */
} EInfo;

/* Where an expression is generated. */
typedef struct ECtx {
  const GScope *pSc;
  int depth;
  int selDepth;
  ColClass maxCls;       /* columns above it are not read */
  unsigned char bAggArg; /* inside an aggregate: no HASH64 (SUM overflows) */
  unsigned char bSub;    /* subqueries allowed */
  unsigned char bNoCorr; /* subqueries must not be correlated (grouped) */
} ECtx;

/* AMC functions the generator knows how to call. Argument codes:
**   S string, N number, T date or timestamp, A array, B condition,
**   X / M type variable (any / numeric), Y any type, E array element,
**   J JSON text; literals: i small integer (a position: carries no literal
**   taint), u date unit (a keyword: no taint either), c trim characters,
**   r regular expression, z time zone, f format, j JSON path, s separator.
** A trailing '+' repeats the last code. Result codes: S I D B d(ate)
** T(imestamp) A X M. */
typedef struct FSig {
  const char *zName;
  const char *zArgs;
  char cRet;
} FSig;

static const FSig aSig[] = {
    {"charindex", "SSi", 'I'},
    {"concat", "SS+", 'S'},
    {"format", "fY", 'S'},
    {"instr", "SS", 'I'},
    {"left", "Si", 'S'},
    {"length", "S", 'I'},
    {"locate", "SSi", 'I'},
    {"lower", "S", 'S'},
    {"ltrim", "Sc", 'S'},
    {"position", "SSi", 'I'},
    {"regexp_replace", "SrS", 'S'},
    {"regexp_substr", "Srii", 'S'},
    {"regexp_split", "Sr", 'A'},
    {"replace", "SSS", 'S'},
    {"right", "Si", 'S'},
    {"rtrim", "Sc", 'S'},
    {"strpos", "SS", 'I'},
    {"substring", "Sii", 'S'},
    {"trim", "Sc", 'S'},
    {"upper", "S", 'S'},
    {"abs", "M", 'M'},
    {"ceil", "N", 'I'},
    {"e", "", 'D'},
    {"exp", "N", 'D'},
    {"floor", "N", 'I'},
    {"ln", "N", 'D'},
    {"log", "NN", 'D'},
    {"log10", "N", 'D'},
    {"power", "NN", 'D'},
    {"random", "", 'D'},
    {"round", "Mi", 'M'},
    {"sqrt", "N", 'D'},
    {"trunc", "Mi", 'M'},
    {"convert_time_zone_from_utc", "Tz", 'T'},
    {"current_date", "", 'd'},
    {"current_timestamp", "", 'T'},
    {"date_trunc", "uT", 'T'},
    {"dayofmonth", "T", 'I'},
    {"dayofweek", "T", 'I'},
    {"epoch_to_utc_timestamp", "N", 'T'},
    {"extract", "uT", 'I'},
    {"hour", "T", 'I'},
    {"minute", "T", 'I'},
    {"month", "T", 'I'},
    {"second", "T", 'I'},
    {"week", "T", 'I'},
    {"year", "T", 'I'},
    {"seconds_between", "TT", 'I'},
    {"coalesce", "XX+", 'X'},
    {"if", "BXX", 'X'},
    {"ifnull", "XX", 'X'},
    {"nullif", "XX", 'X'},
    {"nvl", "XX", 'X'},
    {"nvl2", "YXX", 'X'},
    {"array_cat", "AA", 'A'},
    {"array_contains", "AE", 'B'},
    {"array_complement", "AA", 'A'},
    {"array_distinct", "A", 'A'},
    {"array_intersect", "AA", 'A'},
    {"array_remove", "AE", 'A'},
    {"array_sort", "A", 'A'},
    {"array_to_string", "As", 'S'},
    {"array_union", "AA", 'A'},
    {"cardinality", "A", 'I'},
    {"greatest", "XX+", 'X'},
    {"least", "XX+", 'X'},
    {"hash64", "Y", 'I'},
    {"md5", "S", 'S'},
    {"sha1", "S", 'S'},
    {"json_extract", "Jj", 'S'},
    {"json_serialize", "A", 'S'},
    {"contained_in", "XX+", 'B'},
    {"uuid", "", 'S'},
};

typedef struct GFunc {
  const FSig *pSig;
  const PFunc *pF;
} GFunc;

/* Select kinds. */
typedef enum SelKind {
  SK_FINAL,   /* aggregated over users: the query's result */
  SK_DIMAGG,  /* grouped by LOW dimensions, no user column */
  SK_USERAGG, /* grouped by user (and dimensions) */
  SK_ROW,     /* row level: user, dimensions, metrics */
  SK_WINDOW,  /* row level with window functions */
  SK_IN,      /* one column, for x IN (...) */
  SK_SCALAR,  /* one aggregate value */
  SK_EXISTS   /* SELECT 1 */
} SelKind;

typedef enum Role {
  R_USER,
  R_DIM,
  R_AGG,
  R_WIN,
  R_RANK,
  R_SUBQ,
  R_CONST,
  R_EXPLODE,
  R_ONE,
  R_BADID /* MAX(device_id) and the like */
} Role;

typedef struct Slot {
  Role role;
  Ty ty; /* TY_ANY: free */
} Slot;

typedef enum Bad {
  BAD_NONE,
  BAD_USER_OUT,
  BAD_LIT_HIGH,
  BAD_GROUP_USER,
  BAD_ORDER,
  BAD_LIMIT,
  BAD_MAX_ID,
  BAD_ROWLEVEL
} Bad;

typedef struct SelSpec {
  SelKind kind;
  int selDepth;
  int depth;
  const GScope *pOuter; /* the enclosing scope of a subquery in an expression */
  int bCorr;            /* correlate on the user column */
  const Slot *aForce;   /* UNION's second branch: the first branch's slots */
  int nForce;
  Ty inTy;             /* SK_IN: the column's type */
  int bInUser;         /* SK_IN: user ids */
  const char *zInName; /* SK_IN: preferred column name */
  int bInNoLit;        /* SK_IN: the values must not come from literals */
  ColClass inMaxCls;   /* SK_IN: the most sensitive class of the values */
  int bNoOrder;        /* a UNION branch: no ORDER BY */
  Bad bad;
  const char *zNl; /* clause separator */
} SelSpec;

struct QGen {
  const Policy *pPol;
  uint64_t seed;
  uint64_t iQuery;
  uint64_t s; /* PRNG state */
  GRel *aBase;
  int nBase;
  GFunc *aFn;
  int nFn;
  /* the query being generated */
  ABlk *pArena;
  const GRel *apCte[QGEN_MAX_CTE];
  int nCte;
  int nAlias;
  int nName;
  int nNodes;
  int bSafe;
  Bad bad;      /* the rule the query breaks on purpose */
  int bBadDone; /* and did break: the injection found what it needed */
};

static uint64_t rng(QGen *g) {
  uint64_t z = (g->s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/* A number in [0, n). */
static int rnd(QGen *g, int n) {
  return n <= 1 ? 0 : (int)(rng(g) % (uint64_t)n);
}

static int pct(QGen *g, int p) {
  return rnd(g, 100) < p;
}

static void *ar_alloc(QGen *g, size_t n) {
  ABlk *b = g->pArena;
  void *p;
  n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
  if (!b || b->cap - b->n < n) {
    size_t cap = n > 65536 ? n : 65536;
    b = xrealloc(NULL, sizeof(ABlk) + cap);
    b->pNext = g->pArena;
    b->n = 0;
    b->cap = cap;
    g->pArena = b;
  }
  p = (char *)b->aData + b->n;
  b->n += n;
  memset(p, 0, n);
  return p;
}

static const char *ar_printf_name(QGen *g, const char *zPre) {
  char a[32];
  char *z;
  snprintf(a, sizeof a, "%s%d", zPre, ++g->nName);
  z = ar_alloc(g, strlen(a) + 1);
  memcpy(z, a, strlen(a) + 1);
  return z;
}

static const char *ar_strdup(QGen *g, const char *zIn) {
  size_t n = strlen(zIn);
  char *z = ar_alloc(g, n + 1);
  memcpy(z, zIn, n + 1);
  return z;
}

static void ar_reset(QGen *g) {
  while (g->pArena) {
    ABlk *p = g->pArena->pNext;
    free(g->pArena);
    g->pArena = p;
  }
}

static const char *new_alias(QGen *g, const char *zPre) {
  char a[16];
  snprintf(a, sizeof a, "%s%d", zPre, ++g->nAlias);
  return ar_strdup(g, a);
}

static Ty ty_of_amc(const char *z) {
  if (!z) return TY_OTHER;
  if (!strncasecmp(z, "ARRAY", 5)) return TY_ARR;
  if (!strcasecmp(z, "STRING") || !strncasecmp(z, "VARCHAR", 7)) return TY_STR;
  if (!strcasecmp(z, "LONG") || !strcasecmp(z, "INTEGER") ||
      !strcasecmp(z, "INT") || !strcasecmp(z, "SHORT") ||
      !strcasecmp(z, "BYTE") || !strcasecmp(z, "BIGINT"))
    return TY_INT;
  if (!strcasecmp(z, "DOUBLE") || !strcasecmp(z, "FLOAT") ||
      !strncasecmp(z, "DECIMAL", 7))
    return TY_DBL;
  if (!strcasecmp(z, "BOOLEAN")) return TY_BOOL;
  if (!strcasecmp(z, "DATE")) return TY_DATE;
  if (!strcasecmp(z, "TIMESTAMP")) return TY_TS;
  return TY_OTHER;
}

static int ty_match(Ty have, Ty want) {
  switch (want) {
    case TY_ANY: return have != TY_OTHER && have != TY_ARR;
    case TY_NUM: return have == TY_INT || have == TY_DBL;
    case TY_TIME: return have == TY_DATE || have == TY_TS;
    default: return have == want;
  }
}

/* A concrete type for a wanted one. */
static Ty ty_concrete(QGen *g, Ty want) {
  static const Ty aAny[] = {TY_STR, TY_STR, TY_INT, TY_INT,
                            TY_DBL, TY_TS,  TY_DATE};
  switch (want) {
    case TY_NUM: return pct(g, 60) ? TY_INT : TY_DBL;
    case TY_TIME: return pct(g, 70) ? TY_TS : TY_DATE;
    case TY_ANY:
    case TY_OTHER: return aAny[rnd(g, (int)(sizeof aAny / sizeof aAny[0]))];
    default: return want;
  }
}

static int is_num(Ty t) {
  return t == TY_INT || t == TY_DBL || t == TY_NUM;
}

static int rel_col(const GRel *r, const char *zName) {
  int i;
  for (i = 0; i < r->nCol; i++) {
    if (!strcasecmp(r->aCol[i].zName, zName)) return i;
  }
  return -1;
}

static int scope_user(const GScope *sc, int *piItem) {
  int i;
  for (i = 0; i < sc->n; i++) {
    if (sc->a[i].pRel->iUser >= 0) {
      if (piItem) *piItem = i;
      return 1;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------------- */
/* Columns                                                                 */

enum {
  PK_METRIC = 1,
  PK_DIM = 2,
  PK_USER = 4,
  PK_NOUSER = 8,
  PK_RANK = 16,
  PK_NOLIT = 32
};

typedef struct ColPick {
  int iItem, iCol;
} ColPick;

/* A random column of the scope: of type want, class in [lo, hi], meeting
** flags (PK_*). 0 if there is none. */
static int pick_col(QGen *g, const GScope *sc, Ty want, ColClass lo,
                    ColClass hi, int flags, ColPick *p) {
  int i, j, nSeen = 0;
  if (!sc) return 0;
  for (i = 0; i < sc->n; i++) {
    const GRel *r = sc->a[i].pRel;
    for (j = 0; j < r->nCol; j++) {
      const GCol *c = &r->aCol[j];
      if (!ty_match(c->ty, want)) continue;
      if (c->cls < lo || c->cls > hi) continue;
      if ((flags & PK_METRIC) && !c->bMetric) continue;
      if ((flags & PK_DIM) && c->bMetric) continue;
      if ((flags & PK_USER) && !c->bUser) continue;
      if ((flags & PK_NOUSER) && c->bUser) continue;
      if ((flags & PK_RANK) && !c->bRank) continue;
      if ((flags & PK_NOLIT) && c->bLit) continue;
      /* a UNION may mix a HIGH column with a literal: leave it alone */
      if (g->bSafe && c->bLit && c->cls >= CLS_HIGH) continue;
      nSeen++;
      if (rnd(g, nSeen) == 0) {
        p->iItem = i;
        p->iCol = j;
      }
    }
  }
  return nSeen > 0;
}

/* A column reference, qualified when the scope asks for it or another item
** has a column of that name. */
static void emit_col(Buf *o, const GScope *sc, int iItem, int iCol, int bQual) {
  const GItem *it = &sc->a[iItem];
  const char *zName = it->pRel->aCol[iCol].zName;
  int k;
  if (sc->bQual) bQual = 1;
  for (k = 0; !bQual && k < sc->n; k++) {
    if (k != iItem && rel_col(sc->a[k].pRel, zName) >= 0) bQual = 1;
  }
  if (bQual) {
    buf_puts(o, it->zAlias ? it->zAlias : it->pRel->zName);
    buf_puts(o, ".");
  }
  buf_puts(o, zName);
}

static EInfo col_info(const GScope *sc, ColPick p) {
  const GCol *c = &sc->a[p.iItem].pRel->aCol[p.iCol];
  EInfo e;
  e.ty = c->ty;
  e.cls = c->cls;
  e.bLit = c->bLit;
  e.bCol = 1;
  e.bUser = c->bUser;
  return e;
}

static EInfo put_col(Buf *o, const GScope *sc, ColPick p) {
  emit_col(o, sc, p.iItem, p.iCol, 0);
  return col_info(sc, p);
}

static EInfo ei_lit(Ty ty) {
  EInfo e;
  e.ty = ty;
  e.cls = CLS_NONE;
  e.bLit = 1;
  e.bCol = 0;
  e.bUser = 0;
  return e;
}

static void ei_merge(EInfo *a, EInfo b) {
  if (b.cls > a->cls) a->cls = b.cls;
  a->bLit |= b.bLit;
  a->bCol |= b.bCol;
  a->bUser = 0;
}

/* What AMC rejects: a HIGH or more sensitive value shaped by a literal. */
static int ei_unsafe(const QGen *g, EInfo e) {
  return g->bSafe && e.cls >= CLS_HIGH && e.bLit;
}

/* ---------------------------------------------------------------------- */
/* Literals and parameters                                                 */

static const char *const azStrLit[] = {"BRAND_A",
                                       "BRAND_B Always-On Retargeting 2025",
                                       "BRAND_A Prime Day Awareness 2025",
                                       "Phone",
                                       "TV",
                                       "Desktop",
                                       "a",
                                       "",
                                       "US",
                                       "ios",
                                       "NONE",
                                       "O'Brien",
                                       "x%y",
                                       "Tablet"};
static const char *const azLike[] = {"BRAND_A%", "%2025", "%Retargeting%",
                                     "_a%", "%"};
static const char *const azRegex[] = {
    "^BRAND_A.*", ".*20(25|26)$", "[0-9]+", "a|b", "^.{3}", "[A-Z]+_[A-Z]"};
static const char *const azUnit[] = {"SECOND", "MINUTE", "HOUR",    "DAY",
                                     "WEEK",   "MONTH",  "QUARTER", "YEAR"};
static const char *const azPart[] = {"SECOND", "MINUTE", "HOUR",  "DAY",
                                     "DOW",    "WEEK",   "MONTH", "YEAR"};
static const char *const azZone[] = {"America/New_York", "UTC",
                                     "Europe/London",    "America/Los_Angeles",
                                     "Asia/Tokyo",       "+05:30"};
#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A literal of type want. Dates and times are bare strings when bBare (to
** compare with a column), casts otherwise. */
static EInfo gen_literal(QGen *g, Buf *o, Ty want, int bBare) {
  Ty t = ty_concrete(g, want);
  int d = 1 + rnd(g, 9);
  switch (t) {
    case TY_STR: buf_str_lit(o, azStrLit[rnd(g, NELEM(azStrLit))]); break;
    case TY_INT:
      if (pct(g, 8)) {
        buf_printf(o, "-%d", 1 + rnd(g, 50));
      } else {
        buf_printf(o, "%d", pct(g, 20) ? rnd(g, 1000) : rnd(g, 20));
      }
      break;
    case TY_DBL:
      d = rnd(g,
              100); /* one draw per statement: argument order is unspecified */
      buf_printf(o, "%d.%d", d, 1 + rnd(g, 99));
      break;
    case TY_BOOL: buf_puts(o, pct(g, 50) ? "TRUE" : "FALSE"); break;
    case TY_DATE:
      buf_printf(o, bBare ? "'2025-06-%02d'" : "CAST('2025-06-%02d' AS DATE)",
                 d);
      break;
    case TY_TS:
      buf_printf(o,
                 bBare ? "'2025-06-%02d %02d:00:00'"
                       : "CAST('2025-06-%02d %02d:00:00' AS TIMESTAMP)",
                 d, rnd(g, 24));
      break;
    case TY_ARR:
      d = rnd(g, 10);
      buf_printf(o, "ARRAY[%d, %d]", d, rnd(g, 10));
      break;
    default: buf_puts(o, "NULL"); break;
  }
  return ei_lit(t);
}

static EInfo gen_param(QGen *g, Buf *o, Ty want) {
  Ty t = ty_concrete(g, want);
  switch (t) {
    case TY_STR: buf_puts(o, "CUSTOM_PARAMETER('p1')"); break;
    case TY_INT:
    case TY_DBL: buf_puts(o, "CUSTOM_PARAMETER('p2')"); break;
    case TY_TS:
      buf_puts(o, pct(g, 50) ? "BUILT_IN_PARAMETER('TIME_WINDOW_START')"
                             : "BUILT_IN_PARAMETER('TIME_WINDOW_END')");
      break;
    default: return gen_literal(g, o, t, 0);
  }
  return ei_lit(t);
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                             */

static EInfo gen_expr(QGen *g, Buf *o, const ECtx *c, Ty want);
static EInfo gen_cond(QGen *g, Buf *o, const ECtx *c);
static EInfo gen_agg(QGen *g, Buf *o, const ECtx *c, Ty want);
static const GRel *gen_select_top(QGen *g, Buf *o, const SelSpec *sp);
static const GRel *gen_select(QGen *g, Buf *o, const SelSpec *sp, Slot *aSlot,
                              int *pnSlot);

static ECtx ctx_deeper(const ECtx *c) {
  ECtx k = *c;
  k.depth++;
  return k;
}

static int exhausted(const QGen *g, const ECtx *c) {
  return c->depth >= QGEN_MAX_DEPTH || g->nNodes > QGEN_NODE_BUDGET;
}

static EInfo gen_leaf(QGen *g, Buf *o, const ECtx *c, Ty want) {
  ColPick p;
  if (want == TY_BOOL && !pct(g, 15)) return gen_cond(g, o, c);
  if (pct(g, 78)) {
    if (c->maxCls >= CLS_HIGH && pct(g, 12) &&
        pick_col(g, c->pSc, want, CLS_HIGH, c->maxCls, 0, &p))
      return put_col(o, c->pSc, p);
    if (pick_col(g, c->pSc, want, CLS_NONE, c->maxCls, 0, &p))
      return put_col(o, c->pSc, p);
  }
  if (pct(g, 8)) return gen_param(g, o, want);
  return gen_literal(g, o, want, 0);
}

/* A value generated with retries until it is safe (and reads a column when
** bMustCol); falls back to a bare column or a literal. */
static EInfo gen_value(QGen *g, Buf *o, const ECtx *c, Ty want, int bMustCol,
                       int bAgg) {
  int i;
  ColPick p;
  for (i = 0; i < 4; i++) {
    Buf t = {0};
    EInfo e = bAgg ? gen_agg(g, &t, c, want) : gen_expr(g, &t, c, want);
    if (!ei_unsafe(g, e) && (!bMustCol || e.bCol) && e.cls <= c->maxCls) {
      buf_cat(o, &t);
      buf_free(&t);
      return e;
    }
    buf_free(&t);
  }
  if (bAgg) {
    buf_puts(o, "COUNT(*)");
    return ei_lit(TY_INT);
  }
  if (pick_col(g, c->pSc, want, CLS_NONE,
               c->maxCls < CLS_MEDIUM ? c->maxCls : CLS_MEDIUM, PK_NOLIT, &p))
    return put_col(o, c->pSc, p);
  return gen_literal(g, o, want, 0);
}

static const GFunc *pick_func(QGen *g, const ECtx *c, Ty want) {
  const GFunc *pPick = NULL;
  int i, n = 0;
  for (i = 0; i < g->nFn; i++) {
    const GFunc *f = &g->aFn[i];
    int ok;
    switch (f->pSig->cRet) {
      case 'S': ok = want == TY_STR || want == TY_ANY; break;
      case 'I': ok = want == TY_INT || want == TY_NUM || want == TY_ANY; break;
      case 'D': ok = want == TY_DBL || want == TY_NUM || want == TY_ANY; break;
      case 'M': ok = is_num(want) || want == TY_ANY; break;
      case 'B': ok = want == TY_BOOL; break;
      case 'd':
        ok = want == TY_DATE || want == TY_TIME || want == TY_ANY;
        break;
      case 'T': ok = want == TY_TS || want == TY_TIME || want == TY_ANY; break;
      case 'A': ok = want == TY_ARR; break;
      default: ok = want != TY_ARR && want != TY_BOOL; break;
    }
    if (ok && c->bAggArg && !strcmp(f->pSig->zName, "hash64")) ok = 0;
    if (ok) {
      n++;
      if (rnd(g, n) == 0) pPick = f;
    }
  }
  return pPick;
}

static EInfo gen_lit_code(QGen *g, Buf *o, char code) {
  switch (code) {
    case 'i': buf_printf(o, "%d", 1 + rnd(g, 5)); return ei_lit(TY_INT);
    case 'c': buf_puts(o, pct(g, 60) ? "' '" : "'B'"); break;
    case 'u': buf_printf(o, "'%s'", azUnit[rnd(g, NELEM(azUnit))]); break;
    case 'r': buf_str_lit(o, azRegex[rnd(g, NELEM(azRegex))]); break;
    case 'z': buf_str_lit(o, azZone[rnd(g, NELEM(azZone))]); break;
    case 'f': buf_puts(o, pct(g, 70) ? "'%s'" : "'v=%s'"); break;
    case 'j': buf_puts(o, pct(g, 70) ? "'$[0]'" : "'$[1]'"); break;
    default: buf_puts(o, pct(g, 70) ? "','" : "'|'"); break;
  }
  return ei_lit(TY_STR);
}

static EInfo gen_arg(QGen *g, Buf *o, const ECtx *c, char code, Ty tX, Ty tM) {
  static const Ty aWrong[] = {TY_STR, TY_INT, TY_TS, TY_BOOL};
  Ty want;
  switch (code) {
    case 'S': want = TY_STR; break;
    case 'N': want = TY_NUM; break;
    case 'T': want = TY_TIME; break;
    case 'A': want = TY_ARR; break;
    case 'B': return gen_cond(g, o, c);
    case 'X': want = tX; break;
    case 'M': want = tM; break;
    case 'Y': want = TY_ANY; break;
    case 'E': want = TY_INT; break;
    case 'J': {
      EInfo e;
      buf_puts(o, "JSON_SERIALIZE(");
      e = gen_expr(g, o, c, TY_ARR);
      buf_puts(o, ")");
      e.ty = TY_STR;
      return e;
    }
    default: return gen_lit_code(g, o, code);
  }
  if (pct(g, QGEN_PCT_MISMATCH)) want = aWrong[rnd(g, NELEM(aWrong))];
  return gen_expr(g, o, c, want);
}

static EInfo gen_func(QGen *g, Buf *o, const ECtx *c, Ty want) {
  const GFunc *f = pick_func(g, c, want);
  const char *zA, *zName;
  int nSig, bVar, lo, hi, nArg, i;
  Ty tX, tM;
  EInfo e;
  if (!f) return gen_leaf(g, o, c, want);
  zName = f->pSig->zName;
  zA = f->pSig->zArgs;
  nSig = (int)strlen(zA);
  bVar = nSig > 0 && zA[nSig - 1] == '+';
  if (bVar) nSig--;
  lo = f->pF->nMin;
  hi = f->pF->nMax < 0 ? lo + 2 : f->pF->nMax;
  if (!bVar && hi > nSig) hi = nSig;
  if (hi > 4) hi = 4;
  if (lo > hi) lo = hi;
  if (lo < 0) lo = 0;
  nArg = lo + rnd(g, hi - lo + 1);
  tX = f->pSig->cRet == 'X' && want != TY_ANY
           ? ty_concrete(g, want)
           : ty_concrete(g, pct(g, 30) ? TY_TIME : TY_ANY);
  if (tX == TY_BOOL) tX = TY_INT;
  tM = (want == TY_INT || want == TY_DBL) ? want : ty_concrete(g, TY_NUM);
  memset(&e, 0, sizeof e);
  switch (f->pSig->cRet) {
    case 'S': e.ty = TY_STR; break;
    case 'I': e.ty = TY_INT; break;
    case 'D': e.ty = TY_DBL; break;
    case 'M': e.ty = tM; break;
    case 'B': e.ty = TY_BOOL; break;
    case 'd': e.ty = TY_DATE; break;
    case 'T': e.ty = TY_TS; break;
    case 'A': e.ty = TY_ARR; break;
    default: e.ty = tX; break;
  }
  if (nArg == 0)
    e.bLit = 1; /* UUID(), RANDOM(), CURRENT_DATE: computed from no data */
  if (!strcmp(zName, "current_date") || !strcmp(zName, "current_timestamp")) {
    buf_upper(o, zName);
    return e;
  }
  if (!strcmp(zName, "extract")) {
    EInfo a;
    buf_printf(o, "EXTRACT(%s FROM ", azPart[rnd(g, NELEM(azPart))]);
    a = gen_arg(g, o, c, 'T', tX, tM);
    buf_puts(o, ")");
    ei_merge(&e, a);
    return e;
  }
  if (!strcmp(zName, "substring") && nArg == 3 && pct(g, 25)) {
    buf_puts(o, "SUBSTRING(");
    ei_merge(&e, gen_arg(g, o, c, 'S', tX, tM));
    int iFrom = 1 + rnd(g, 3);
    buf_printf(o, " FROM %d FOR %d)", iFrom, 1 + rnd(g, 5));
    return e;
  }
  if (!strcmp(zName, "position") && nArg == 2 && pct(g, 30)) {
    buf_puts(o, "POSITION(");
    ei_merge(&e, gen_arg(g, o, c, 'S', tX, tM));
    buf_puts(o, " IN ");
    ei_merge(&e, gen_arg(g, o, c, 'S', tX, tM));
    buf_puts(o, ")");
    return e;
  }
  buf_upper(o, zName);
  buf_puts(o, "(");
  for (i = 0; i < nArg; i++) {
    char code = zA[i < nSig ? i : nSig - 1];
    EInfo a;
    if (i) buf_puts(o, ", ");
    a = gen_arg(g, o, c, code, tX, tM);
    if (a.cls > e.cls) e.cls = a.cls;
    if (code != 'i' && code != 'u') e.bLit |= a.bLit;
    e.bCol |= a.bCol;
  }
  buf_puts(o, ")");
  return e;
}

static EInfo gen_case(QGen *g, Buf *o, const ECtx *c, Ty want) {
  Ty t = ty_concrete(g, want);
  EInfo e = ei_lit(t);
  int i, n = 1 + rnd(g, 2);
  ColPick p;
  e.bLit = 0;
  if (t == TY_BOOL) t = TY_INT, e.ty = TY_INT;
  if (pct(g, 20) &&
      pick_col(g, c->pSc, TY_STR, CLS_NONE,
               c->maxCls < CLS_MEDIUM ? c->maxCls : CLS_MEDIUM, 0, &p)) {
    /* simple CASE: compares the operand with literals */
    buf_puts(o, "CASE ");
    ei_merge(&e, put_col(o, c->pSc, p));
    for (i = 0; i < n; i++) {
      buf_puts(o, " WHEN ");
      gen_literal(g, o, TY_STR, 1);
      e.bLit = 1;
      buf_puts(o, " THEN ");
      ei_merge(&e, gen_expr(g, o, c, t));
    }
  } else {
    buf_puts(o, "CASE");
    for (i = 0; i < n; i++) {
      buf_puts(o, " WHEN ");
      ei_merge(&e, gen_cond(g, o, c));
      buf_puts(o, " THEN ");
      ei_merge(&e, gen_expr(g, o, c, t));
    }
  }
  if (pct(g, 80)) {
    buf_puts(o, " ELSE ");
    if (pct(g, 10)) {
      buf_puts(o, "NULL");
    } else {
      ei_merge(&e, gen_expr(g, o, c, t));
    }
  }
  buf_puts(o, " END");
  e.ty = t;
  return e;
}

static EInfo gen_if(QGen *g, Buf *o, const ECtx *c, Ty want) {
  Ty t = ty_concrete(g, want);
  EInfo e;
  if (t == TY_BOOL) t = TY_INT;
  buf_puts(o, "IF(");
  e = gen_cond(g, o, c);
  buf_puts(o, ", ");
  ei_merge(&e, gen_expr(g, o, c, t));
  buf_puts(o, ", ");
  if (pct(g, 15)) {
    buf_puts(o, "NULL");
  } else {
    ei_merge(&e, gen_expr(g, o, c, t));
  }
  buf_puts(o, ")");
  e.ty = t;
  return e;
}

static EInfo gen_coalesce(QGen *g, Buf *o, const ECtx *c, Ty want) {
  Ty t = ty_concrete(g, want);
  EInfo e;
  if (t == TY_BOOL) t = TY_INT;
  buf_puts(o, "COALESCE(");
  e = gen_expr(g, o, c, t);
  buf_puts(o, ", ");
  if (pct(g, 60)) {
    ei_merge(&e, gen_literal(g, o, t, 0));
  } else {
    ei_merge(&e, gen_expr(g, o, c, t));
  }
  buf_puts(o, ")");
  e.ty = t;
  return e;
}

static EInfo gen_arith(QGen *g, Buf *o, const ECtx *c, Ty want) {
  static const char *const azOp[] = {" + ", " - ", " * ", " / ", " % "};
  Ty t = ty_concrete(g, is_num(want) ? want : TY_NUM);
  int iOp = rnd(g, t == TY_INT ? 3 : 5);
  EInfo e;
  if (iOp == 4) iOp = 3;
  buf_puts(o, "(");
  e = gen_expr(g, o, c, t == TY_INT ? TY_INT : TY_NUM);
  buf_puts(o, azOp[iOp]);
  if (iOp == 3 && pct(g, 40)) {
    buf_puts(o, "NULLIF(");
    ei_merge(&e, gen_expr(g, o, c, TY_NUM));
    buf_puts(o, ", 0)");
    e.bLit = 1; /* NULLIF compares with the literal */
  } else {
    ei_merge(&e, gen_expr(g, o, c, t == TY_INT ? TY_INT : TY_NUM));
  }
  buf_puts(o, ")");
  e.ty = t;
  return e;
}

static EInfo gen_cast(QGen *g, Buf *o, const ECtx *c, Ty want) {
  Ty t = ty_concrete(g, want), from;
  const char *zAs;
  EInfo e;
  switch (t) {
    case TY_STR:
      zAs = pct(g, 70) ? "STRING" : "VARCHAR";
      from = TY_ANY;
      break;
    case TY_INT:
      zAs = pct(g, 70) ? "BIGINT" : "INT";
      from = pct(g, 80) ? TY_NUM : TY_STR;
      break;
    case TY_DBL:
      zAs = "DOUBLE";
      from = TY_NUM;
      break;
    case TY_DATE:
      zAs = "DATE";
      from = TY_TS;
      break;
    case TY_TS:
      zAs = "TIMESTAMP";
      from = TY_DATE;
      break;
    case TY_BOOL:
      zAs = "BOOLEAN";
      from = TY_INT;
      break;
    default: return gen_leaf(g, o, c, t);
  }
  buf_puts(o, "CAST(");
  e = gen_expr(g, o, c, from);
  buf_printf(o, " AS %s)", zAs);
  e.ty = t;
  e.bUser = 0;
  return e;
}

static EInfo gen_subquery_value(QGen *g, Buf *o, const ECtx *c) {
  SelSpec sp;
  const GRel *r;
  EInfo e = ei_lit(TY_DBL);
  memset(&sp, 0, sizeof sp);
  sp.kind = SK_SCALAR;
  sp.selDepth = c->selDepth + 1;
  sp.depth = c->depth + 1;
  sp.pOuter = c->bNoCorr ? NULL : c->pSc;
  sp.bCorr = sp.pOuter && scope_user(c->pSc, NULL) && pct(g, 50);
  sp.zNl = " ";
  buf_puts(o, "(");
  r = gen_select(g, o, &sp, NULL, NULL);
  buf_puts(o, ")");
  e.bLit = 0;
  if (r && r->nCol) {
    e.ty = r->aCol[0].ty;
    e.cls = r->aCol[0].cls;
    e.bLit = r->aCol[0].bLit;
  }
  e.bCol = 1;
  return e;
}

static EInfo gen_expr(QGen *g, Buf *o, const ECtx *c, Ty want) {
  ECtx k = ctx_deeper(c);
  int r;
  g->nNodes++;
  if (exhausted(g, c)) return gen_leaf(g, o, c, want);
  if (want == TY_BOOL) return gen_cond(g, o, c);
  if (want == TY_ARR) {
    if (pct(g, 70)) return gen_leaf(g, o, c, want);
    return gen_func(g, o, &k, want);
  }
  r = rnd(g, 100);
  if (r < 44) return gen_leaf(g, o, c, want);
  if (r < 68) return gen_func(g, o, &k, want);
  if (r < 74) return gen_case(g, o, &k, want);
  if (r < 78) return gen_if(g, o, &k, want);
  if (r < 82) return gen_coalesce(g, o, &k, want);
  if (r < 89) {
    if (is_num(want) || (want == TY_ANY && pct(g, 50)))
      return gen_arith(g, o, &k, want);
    if (want == TY_STR || want == TY_ANY) {
      EInfo e;
      buf_puts(o, "(");
      e = gen_expr(g, o, &k, TY_STR);
      buf_puts(o, " || ");
      ei_merge(&e, gen_expr(g, o, &k, TY_STR));
      buf_puts(o, ")");
      e.ty = TY_STR;
      return e;
    }
    return gen_func(g, o, &k, want);
  }
  if (r < 94) return gen_cast(g, o, &k, want);
  if (r < 98) return gen_param(g, o, want);
  if (c->bSub && c->selDepth + 1 < QGEN_MAX_SEL &&
      (is_num(want) || want == TY_ANY))
    return gen_subquery_value(g, o, c);
  return gen_leaf(g, o, c, want);
}

/* ---------------------------------------------------------------------- */
/* Conditions                                                              */

static Ty cmp_type(QGen *g) {
  int r = rnd(g, 10);
  return r < 4 ? TY_STR : r < 7 ? TY_NUM : TY_TIME;
}

/* The left side of a comparison with literals: a bare column (class at most
** hi) or an expression over one. */
static EInfo gen_cmp_lhs(QGen *g, Buf *o, const ECtx *c, Ty t, ColClass hi) {
  ColPick p;
  ECtx k = *c;
  k.maxCls = hi < c->maxCls ? hi : c->maxCls;
  if (pct(g, 60) && pick_col(g, c->pSc, t, CLS_NONE, k.maxCls, 0, &p))
    return put_col(o, c->pSc, p);
  return gen_value(g, o, &k, t, 1, 0);
}

/* The right side of a comparison with lhs: a literal, a parameter or
** another value, safe for lhs. */
static EInfo gen_cmp_rhs(QGen *g, Buf *o, const ECtx *c, Ty t, EInfo lhs) {
  ColPick p;
  if (g->bSafe && lhs.cls >= CLS_HIGH) {
    if (pick_col(g, c->pSc, t, CLS_NONE, c->maxCls, PK_NOLIT, &p))
      return put_col(o, c->pSc, p);
    buf_puts(o, "NULL");
    return ei_lit(t);
  }
  if (pct(g, 70)) {
    if (pct(g, QGEN_PCT_MISMATCH * 2))
      return gen_literal(g, o, pct(g, 50) ? TY_STR : TY_INT, 1);
    return gen_literal(g, o, t == TY_TIME ? ty_concrete(g, t) : t, 1);
  }
  if (pct(g, 35)) return gen_param(g, o, t);
  {
    /* an equality gives each side the other's lineage: keep identifiers
    ** out of a comparison with a lesser value */
    ECtx k = *c;
    if (g->bSafe && k.maxCls > CLS_MEDIUM) k.maxCls = CLS_MEDIUM;
    return gen_value(g, o, &k, t, 0, 0);
  }
}

static EInfo gen_cmp(QGen *g, Buf *o, const ECtx *c) {
  static const char *const azOp[] = {
      " = ", " <> ", " < ", " <= ", " > ", " >= ", " != "};
  Ty t = cmp_type(g);
  EInfo e = gen_cmp_lhs(g, o, c, t, CLS_INTERNAL);
  ColPick p;
  t = e.ty;
  if (g->bSafe && e.cls >= CLS_HIGH) {
    /* an identifier meets only another identifier, never a value that a
    ** literal may pin: else test it for NULL */
    if (!pick_col(g, c->pSc, t, CLS_HIGH, c->maxCls, PK_NOLIT, &p)) {
      buf_puts(o, pct(g, 50) ? " IS NOT NULL" : " IS NULL");
      e.ty = TY_BOOL;
      return e;
    }
    buf_puts(o, azOp[rnd(g, NELEM(azOp))]);
    ei_merge(&e, put_col(o, c->pSc, p));
    e.ty = TY_BOOL;
    return e;
  }
  buf_puts(o, azOp[rnd(g, NELEM(azOp))]);
  ei_merge(&e, gen_cmp_rhs(g, o, c, t, e));
  e.ty = TY_BOOL;
  return e;
}

/* EXISTS, IN and scalar subqueries in conditions. */
static EInfo gen_sub_pred(QGen *g, Buf *o, const ECtx *c) {
  SelSpec sp;
  EInfo e = ei_lit(TY_BOOL);
  ColPick p;
  int r = rnd(g, 100), iItem;
  memset(&sp, 0, sizeof sp);
  sp.selDepth = c->selDepth + 1;
  sp.depth = c->depth + 1;
  sp.pOuter = c->bNoCorr ? NULL : c->pSc;
  sp.zNl = " ";
  e.bLit = 0;
  if (r < 35) {
    sp.kind = SK_EXISTS;
    sp.bCorr = sp.pOuter && scope_user(c->pSc, &iItem) && pct(g, 75);
    buf_puts(o, pct(g, 30) ? "NOT EXISTS (" : "EXISTS (");
    gen_select(g, o, &sp, NULL, NULL);
    buf_puts(o, ")");
    return e;
  }
  if (r < 80) {
    int bUser = pct(g, 45) &&
                pick_col(g, c->pSc, TY_ANY, CLS_NONE, c->maxCls, PK_USER, &p);
    if (!bUser &&
        !pick_col(g, c->pSc, pct(g, 70) ? TY_STR : TY_INT, CLS_NONE,
                  g->bSafe && c->maxCls > CLS_MEDIUM ? CLS_MEDIUM : c->maxCls,
                  PK_DIM | PK_NOUSER, &p)) {
      if (!pick_col(g, c->pSc, TY_ANY, CLS_NONE, c->maxCls, PK_USER, &p))
        return gen_cmp(g, o, c);
      bUser = 1;
    }
    e = put_col(o, c->pSc, p);
    sp.kind = SK_IN;
    sp.bInUser = bUser;
    sp.inTy = e.ty;
    sp.zInName = c->pSc->a[p.iItem].pRel->aCol[p.iCol].zName;
    sp.bInNoLit = e.cls >= CLS_HIGH;
    /* the set's values show through the predicate: no more sensitive than
    ** the context allows, and not identifiers when e carries a literal */
    sp.inMaxCls =
        g->bSafe && !bUser && c->maxCls > CLS_MEDIUM ? CLS_MEDIUM : c->maxCls;
    sp.bCorr = 0;
    buf_puts(o, pct(g, 25) ? " NOT IN (" : " IN (");
    {
      const GRel *pSet = gen_select(g, o, &sp, NULL, NULL);
      if (pSet && pSet->nCol) {
        if (pSet->aCol[0].cls > e.cls) e.cls = pSet->aCol[0].cls;
        e.bLit |= pSet->aCol[0].bLit;
      }
    }
    buf_puts(o, ")");
    e.ty = TY_BOOL;
    e.bUser = 0;
    return e;
  }
  /* metric compared with an aggregate of another relation */
  {
    Buf sub = {0};
    EInfo v = gen_subquery_value(g, &sub, c);
    int fl = g->bSafe && v.cls >= CLS_HIGH ? PK_NOLIT : 0;
    ColClass hi = g->bSafe && v.bLit ? CLS_MEDIUM : c->maxCls;
    if (!pick_col(g, c->pSc, TY_NUM, CLS_NONE, hi, PK_METRIC | fl, &p) &&
        !pick_col(g, c->pSc, TY_NUM, CLS_NONE, hi, fl, &p)) {
      buf_free(&sub);
      return gen_cmp(g, o, c);
    }
    e = put_col(o, c->pSc, p);
    buf_puts(o, pct(g, 50) ? " > " : " <= ");
    buf_cat(o, &sub);
    buf_free(&sub);
    ei_merge(&e, v);
    e.ty = TY_BOOL;
    return e;
  }
}

static EInfo gen_cond(QGen *g, Buf *o, const ECtx *c) {
  ECtx k = ctx_deeper(c);
  EInfo e;
  ColPick p, q;
  int r;
  g->nNodes++;
  r = exhausted(g, c) || c->depth + 1 >= QGEN_MAX_DEPTH ? rnd(g, 40)
                                                        : rnd(g, 100);
  if (r < 30) return gen_cmp(g, o, c);
  if (r < 36) {
    /* IS [NOT] NULL: allowed on every class */
    if (pct(g, 70) && pick_col(g, c->pSc, TY_ANY, CLS_NONE, c->maxCls, 0, &p)) {
      e = put_col(o, c->pSc, p);
    } else {
      /* a HIGH value mixed with a literal must not even be tested */
      e = gen_value(g, o, &k, TY_ANY, 0, 0);
    }
    buf_puts(o, pct(g, 50) ? " IS NULL" : " IS NOT NULL");
    e.ty = TY_BOOL;
    return e;
  }
  if (r < 40) {
    /* two columns of one type */
    Ty t = cmp_type(g);
    if (pick_col(g, c->pSc, t, CLS_NONE, c->maxCls, PK_NOLIT, &p)) {
      Ty tt = c->pSc->a[p.iItem].pRel->aCol[p.iCol].ty;
      ColClass pc = c->pSc->a[p.iItem].pRel->aCol[p.iCol].cls;
      ColClass lo = g->bSafe && pc >= CLS_HIGH ? CLS_HIGH : CLS_NONE;
      ColClass hi = g->bSafe && pc < CLS_HIGH && c->maxCls > CLS_MEDIUM
                        ? CLS_MEDIUM
                        : c->maxCls;
      if (pick_col(g, c->pSc, tt, lo, hi, PK_NOLIT, &q) &&
          (q.iItem != p.iItem || q.iCol != p.iCol)) {
        e = put_col(o, c->pSc, p);
        buf_puts(o, pct(g, 60) ? " = " : pct(g, 50) ? " < " : " >= ");
        ei_merge(&e, put_col(o, c->pSc, q));
        e.ty = TY_BOOL;
        return e;
      }
    }
    return gen_cmp(g, o, c);
  }
  if (r < 52 || r < 58) {
    const char *zOp = r < 52 ? " AND " : " OR ";
    buf_puts(o, "(");
    e = gen_cond(g, o, &k);
    buf_puts(o, zOp);
    ei_merge(&e, gen_cond(g, o, &k));
    buf_puts(o, ")");
    e.ty = TY_BOOL;
    return e;
  }
  if (r < 61) {
    buf_puts(o, "NOT (");
    e = gen_cond(g, o, &k);
    buf_puts(o, ")");
    return e;
  }
  if (r < 68) {
    Ty t = pct(g, 60) ? TY_NUM : TY_TIME;
    e = gen_cmp_lhs(g, o, &k, t, g->bSafe ? CLS_MEDIUM : CLS_INTERNAL);
    if (ei_unsafe(g, e) || (g->bSafe && e.cls >= CLS_HIGH)) {
      buf_puts(o, " IS NOT NULL");
      e.ty = TY_BOOL;
      return e;
    }
    buf_puts(o, pct(g, 15) ? " NOT BETWEEN " : " BETWEEN ");
    if (is_num(e.ty)) {
      int a = rnd(g, 10);
      buf_printf(o, "%d AND %d", a, a + rnd(g, 100));
    } else if (pct(g, 30)) {
      buf_puts(o,
               "BUILT_IN_PARAMETER('TIME_WINDOW_START') AND "
               "BUILT_IN_PARAMETER('TIME_WINDOW_END')");
    } else {
      int d = 1 + rnd(g, 5);
      buf_printf(o, "'2025-06-%02d' AND '2025-06-%02d'", d, d + 1 + rnd(g, 4));
    }
    e.bLit = 1;
    e.ty = TY_BOOL;
    return e;
  }
  if (r < 76) {
    Ty t = pct(g, 60) ? TY_STR : TY_INT;
    int i, n = 1 + rnd(g, 3);
    e = gen_cmp_lhs(g, o, &k, t, g->bSafe ? CLS_MEDIUM : CLS_INTERNAL);
    if (ei_unsafe(g, e) || (g->bSafe && e.cls >= CLS_HIGH)) {
      buf_puts(o, " IS NULL");
      e.ty = TY_BOOL;
      return e;
    }
    if (e.ty == TY_INT && pct(g, 20)) {
      buf_puts(o, " IN CUSTOM_PARAMETER('p3')");
    } else {
      buf_puts(o, pct(g, 20) ? " NOT IN (" : " IN (");
      for (i = 0; i < n; i++) {
        if (i) buf_puts(o, ", ");
        gen_literal(g, o, is_num(e.ty) ? e.ty : TY_STR, 1);
      }
      buf_puts(o, ")");
    }
    e.bLit = 1;
    e.ty = TY_BOOL;
    return e;
  }
  if (r < 83) {
    e = gen_cmp_lhs(g, o, &k, TY_STR, g->bSafe ? CLS_MEDIUM : CLS_INTERNAL);
    if (ei_unsafe(g, e) || (g->bSafe && e.cls >= CLS_HIGH)) {
      buf_puts(o, " IS NOT NULL");
      e.ty = TY_BOOL;
      return e;
    }
    if (pct(g, 55)) {
      buf_puts(o, pct(g, 20) ? " NOT LIKE " : " LIKE ");
      buf_str_lit(o, azLike[rnd(g, NELEM(azLike))]);
    } else {
      buf_puts(o, pct(g, 20) ? " NOT SIMILAR TO " : " SIMILAR TO ");
      buf_str_lit(o, azRegex[rnd(g, NELEM(azRegex))]);
    }
    e.bLit = 1;
    e.ty = TY_BOOL;
    return e;
  }
  if (r < 94 && c->bSub && c->selDepth + 1 < QGEN_MAX_SEL &&
      g->nNodes < QGEN_NODE_BUDGET)
    return gen_sub_pred(g, o, c);
  /* Boolean values: columns and functions */
  if (pct(g, 30) && pick_col(g, c->pSc, TY_BOOL, CLS_NONE, c->maxCls, 0, &p)) {
    if (pct(g, 30)) buf_puts(o, "NOT ");
    return put_col(o, c->pSc, p);
  }
  if (pick_col(g, c->pSc, TY_ARR, CLS_NONE, c->maxCls, 0, &p) && pct(g, 50)) {
    buf_puts(o, "ARRAY_CONTAINS(");
    e = put_col(o, c->pSc, p);
    buf_printf(o, ", %d)", rnd(g, 20));
    e.bLit = 1;
    e.ty = TY_BOOL;
    return e;
  }
  if (pick_col(g, c->pSc, TY_STR, CLS_NONE, g->bSafe ? CLS_MEDIUM : c->maxCls,
               0, &p)) {
    buf_puts(o, "CONTAINED_IN(");
    e = put_col(o, c->pSc, p);
    buf_puts(o, ", ");
    gen_literal(g, o, TY_STR, 1);
    buf_puts(o, ", ");
    gen_literal(g, o, TY_STR, 1);
    buf_puts(o, ")");
    e.bLit = 1;
    e.ty = TY_BOOL;
    return e;
  }
  return gen_cmp(g, o, c);
}

/* A literal filter on a HIGH or VERY_HIGH column: what AMC rejects. */
static int gen_bad_lit(QGen *g, Buf *o, const GScope *sc) {
  ColPick p;
  if (!pick_col(g, sc, TY_STR, CLS_HIGH, CLS_INTERNAL, 0, &p) &&
      !pick_col(g, sc, TY_ANY, CLS_HIGH, CLS_INTERNAL, 0, &p))
    return 0;
  emit_col(o, sc, p.iItem, p.iCol, 0);
  switch (rnd(g, 7)) {
    case 0: buf_puts(o, " = '10001'"); break;
    case 1: buf_puts(o, " IN ('10001', '10011')"); break;
    case 2: buf_puts(o, " LIKE '1%'"); break;
    case 3: buf_puts(o, " SIMILAR TO '^1.*'"); break;
    case 4: buf_puts(o, " >= 'M'"); break;
    case 5: buf_puts(o, " = CUSTOM_PARAMETER('p1')"); break;
    default: buf_puts(o, " <> 'a'"); break;
  }
  return 1;
}

/* ---------------------------------------------------------------------- */
/* Aggregates and windows                                                  */

static const char *const azStatAgg[] = {"stddev",   "stddev_pop", "stddev_samp",
                                        "variance", "var_pop",    "var_samp",
                                        "median",   "skewness"};

static EInfo gen_agg_arg_num(QGen *g, Buf *o, const ECtx *k) {
  ColPick p;
  if (pct(g, 70) &&
      pick_col(g, k->pSc, TY_NUM, CLS_NONE, k->maxCls, PK_METRIC, &p))
    return put_col(o, k->pSc, p);
  return gen_value(g, o, k, TY_NUM, 1, 0);
}

static EInfo gen_agg(QGen *g, Buf *o, const ECtx *c, Ty want) {
  ECtx k = ctx_deeper(c);
  EInfo e;
  ColPick p;
  int r;
  k.bAggArg = 1;
  k.bNoCorr = 1;
  g->nNodes++;
  if (want == TY_STR || want == TY_TIME || want == TY_DATE || want == TY_TS) {
    if (want == TY_STR && pct(g, 40) && !exhausted(g, c)) {
      ECtx k2 = ctx_deeper(c);
      buf_puts(o, "CASE WHEN ");
      e = gen_agg(g, o, &k2, TY_INT);
      buf_printf(o, " >= %d THEN 'many' ELSE 'few' END", 1 + rnd(g, 20));
      e.ty = TY_STR;
      e.bLit = 1;
      return e;
    }
    buf_puts(o, pct(g, 50) ? "MIN(" : "MAX(");
    if (pick_col(g, c->pSc, want, CLS_NONE, c->maxCls, PK_NOUSER, &p)) {
      e = put_col(o, c->pSc, p);
    } else {
      e = gen_value(g, o, &k, want, 1, 0);
    }
    buf_puts(o, ")");
    return e;
  }
  r = exhausted(g, c) ? rnd(g, 62) : rnd(g, 100);
  if (want == TY_BOOL) r = 10;
  if (r < 18 || (r < 34 && !scope_user(c->pSc, NULL))) {
    buf_puts(o, "COUNT(*)");
    return ei_lit(TY_INT); /* conservatively literal-shaped: no argument */
  }
  if (r < 34) {
    int iItem;
    ColPick q;
    buf_puts(o, "COUNT(DISTINCT ");
    if (pct(g, 20) && c->pSc->n > 1 &&
        pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p) &&
        pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &q) &&
        p.iItem != q.iItem) {
      buf_puts(o, "COALESCE(");
      emit_col(o, c->pSc, p.iItem, p.iCol, 0);
      buf_puts(o, ", ");
      emit_col(o, c->pSc, q.iItem, q.iCol, 0);
      buf_puts(o, ")");
    } else {
      (void)scope_user(c->pSc, &iItem);
      pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p);
      emit_col(o, c->pSc, p.iItem, p.iCol, 0);
    }
    buf_puts(o, ")");
    e = ei_lit(TY_INT);
    e.bLit = 0;
    e.bCol = 1;
    return e;
  }
  if (r < 40) {
    ECtx kk = k;
    kk.maxCls = CLS_INTERNAL;
    buf_puts(o, pct(g, 60) ? "COUNT(DISTINCT " : "COUNT(");
    e = gen_value(g, o, &kk, TY_ANY, 1, 0);
    buf_puts(o, ")");
    e = ei_lit(TY_INT);
    e.bLit = 0;
    e.bCol = 1;
    return e;
  }
  if (r < 62) {
    buf_puts(o, "SUM(");
    e = gen_agg_arg_num(g, o, &k);
    buf_puts(o, ")");
    if (want == TY_DBL) e.ty = TY_DBL;
    return e;
  }
  if (r < 70) {
    buf_puts(o, "AVG(");
    e = gen_agg_arg_num(g, o, &k);
    buf_puts(o, ")");
    e.ty = TY_DBL;
    return e;
  }
  if (r < 77) {
    buf_puts(o, pct(g, 50) ? "MIN(" : "MAX(");
    e = gen_agg_arg_num(g, o, &k);
    buf_puts(o, ")");
    return e;
  }
  if (r < 82) {
    int i = rnd(g, NELEM(azStatAgg) + 2);
    if (i < NELEM(azStatAgg) && policy_func(g->pPol, azStatAgg[i])) {
      buf_upper(o, azStatAgg[i]);
      buf_puts(o, "(");
      e = gen_agg_arg_num(g, o, &k);
      buf_puts(o, ")");
    } else if (i == NELEM(azStatAgg) && policy_func(g->pPol, "percentile")) {
      buf_puts(o, "PERCENTILE(");
      e = gen_agg_arg_num(g, o, &k);
      buf_printf(o, ", 0.%d)", 1 + rnd(g, 9));
    } else {
      buf_puts(o, "APPROX_PERCENTILE(");
      e = gen_agg_arg_num(g, o, &k);
      buf_printf(o, ", 0.%d)", 1 + rnd(g, 9));
    }
    e.ty = TY_DBL;
    return e;
  }
  if (r < 88) {
    int iItem;
    if (pct(g, 40) && scope_user(c->pSc, &iItem)) {
      buf_puts(o, "COUNT(DISTINCT CASE WHEN ");
      gen_cond(g, o, &k);
      buf_puts(o, " THEN ");
      pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p);
      emit_col(o, c->pSc, p.iItem, p.iCol, 0);
      buf_puts(o, " END)");
      e = ei_lit(TY_INT);
      e.bLit = 0;
      e.bCol = 1;
      return e;
    }
    buf_puts(o, "SUM(CASE WHEN ");
    e = gen_cond(g, o, &k);
    buf_puts(o, " THEN 1 ELSE 0 END)");
    e.ty = TY_INT;
    return e;
  }
  {
    /* aggregates combined */
    ECtx k2 = ctx_deeper(c);
    switch (rnd(g, 4)) {
      case 0:
        buf_puts(o, "(");
        e = gen_agg(g, o, &k2, TY_NUM);
        buf_puts(o, pct(g, 50) ? " + " : " * ");
        ei_merge(&e, gen_agg(g, o, &k2, TY_NUM));
        buf_puts(o, ")");
        break;
      case 1:
        buf_puts(o, "ROUND(");
        e = gen_agg(g, o, &k2, TY_DBL);
        buf_printf(o, ", %d)", rnd(g, 3));
        e.ty = TY_DBL;
        break;
      case 2:
        buf_puts(o, "COALESCE(");
        e = gen_agg(g, o, &k2, TY_INT);
        buf_puts(o, ", 0)");
        e.bLit = 1;
        break;
      default:
        buf_puts(o, "CAST(");
        e = gen_agg(g, o, &k2, TY_NUM);
        buf_puts(o, " AS DOUBLE) / NULLIF(");
        ei_merge(&e, gen_agg(g, o, &k2, TY_INT));
        buf_puts(o, ", 0)");
        e.ty = TY_DBL;
        e.bLit = 1;
        break;
    }
    return e;
  }
}

/* A window function: ranks (bRank) or aggregates OVER (...). In a grouped
** select, over aggregates. */
static EInfo gen_window(QGen *g, Buf *o, const ECtx *c, int bRank,
                        int bGrouped) {
  static const char *const azRank[] = {"ROW_NUMBER", "RANK", "DENSE_RANK"};
  ECtx k = ctx_deeper(c);
  EInfo e = ei_lit(TY_INT), a;
  ColPick p;
  int nOrd = 0, bOrd, bPart = 1, i;
  ColClass hiOrd = g->bSafe ? CLS_MEDIUM : CLS_INTERNAL;
  e.bLit = 0;
  k.bNoCorr = 1;
  if (bGrouped) {
    if (bRank) {
      buf_printf(o, "%s() OVER (ORDER BY ", azRank[rnd(g, 3)]);
      a = gen_value(g, o, &k, TY_NUM, 0, 1);
      buf_puts(o, pct(g, 50) ? " DESC)" : ")");
      e.cls = a.cls;
      e.bLit = a.bLit;
    } else {
      buf_puts(o, "SUM(");
      e = gen_value(g, o, &k, TY_NUM, 0, 1);
      buf_puts(o, ") OVER ()");
    }
    return e;
  }
  if (bRank) {
    buf_printf(o, "%s()", azRank[rnd(g, 3)]);
    e.bLit = 1; /* a zero-argument function: its ORDER BY gives it lineage */
  } else {
    int r = rnd(g, 5);
    if (r == 0 ||
        !pick_col(g, c->pSc, TY_NUM, CLS_NONE, hiOrd, PK_METRIC, &p)) {
      buf_puts(o, "COUNT(*)");
      e.bLit = 1;
    } else {
      static const char *const azWin[] = {"SUM(", "MAX(", "AVG(", "MIN("};
      buf_puts(o, azWin[r - 1]);
      e = put_col(o, c->pSc, p);
      if (r == 3) e.ty = TY_DBL;
      buf_puts(o, ")");
    }
  }
  buf_puts(o, " OVER (");
  i = rnd(g, 100);
  if (i < 55 &&
      pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p)) {
    buf_puts(o, "PARTITION BY ");
    emit_col(o, c->pSc, p.iItem, p.iCol, 0);
    if (pct(g, 15) &&
        pick_col(g, c->pSc, TY_STR, CLS_NONE, CLS_LOW, PK_DIM, &p)) {
      buf_puts(o, ", ");
      emit_col(o, c->pSc, p.iItem, p.iCol, 0);
    }
  } else if (i < 75 &&
             pick_col(g, c->pSc, TY_ANY, CLS_NONE, CLS_LOW, PK_DIM, &p)) {
    buf_puts(o, "PARTITION BY ");
    emit_col(o, c->pSc, p.iItem, p.iCol, 0);
  } else if (i < 85) {
    buf_puts(o, "PARTITION BY 1");
  } else {
    bPart = 0;
  }
  bOrd = bRank || pct(g, 60);
  if (bOrd) {
    int n = pct(g, 20) ? 2 : 1;
    for (i = 0; i < n; i++) {
      Ty t = pct(g, 60) ? TY_TIME : pct(g, 50) ? TY_NUM : TY_STR;
      if (!pick_col(g, c->pSc, t, CLS_NONE, hiOrd, PK_NOUSER, &p) &&
          !pick_col(g, c->pSc, TY_ANY, CLS_NONE, hiOrd, PK_NOUSER, &p))
        break;
      buf_puts(o, nOrd ? ", " : bPart ? " ORDER BY " : "ORDER BY ");
      a = put_col(o, c->pSc, p);
      if (a.cls > e.cls) e.cls = a.cls;
      if (pct(g, 30)) buf_puts(o, " DESC");
      nOrd++;
    }
    if (!nOrd && bRank) {
      buf_puts(o, bPart ? " ORDER BY 1" : "ORDER BY 1");
      nOrd++;
    }
  }
  if (nOrd && !bRank && pct(g, 30)) {
    static const char *const azFrame[] = {
        " ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
        " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW",
        " ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING"};
    buf_puts(o, azFrame[rnd(g, 3)]);
  }
  buf_puts(o, ")");
  return e;
}

/* ---------------------------------------------------------------------- */
/* FROM                                                                    */

static int rel_ok(const GRel *r, const SelSpec *sp, int needUser) {
  if (needUser && r->iUser < 0) return 0;
  if (sp->kind == SK_FINAL && !r->bUserData) return 0;
  if (sp->bInNoLit && !r->bUserData) return 0;
  return 1;
}

/* A relation to read: a table or a visible CTE. */
static const GRel *pick_rel(QGen *g, const SelSpec *sp, int needUser,
                            int bPreferCte) {
  int i, n = 0;
  const GRel *pPick = NULL;
  if (g->nCte && pct(g, bPreferCte)) {
    const GRel *pLast = g->apCte[g->nCte - 1];
    if (pct(g, 60) && rel_ok(pLast, sp, needUser)) return pLast;
    for (i = 0; i < g->nCte; i++) {
      if (rel_ok(g->apCte[i], sp, needUser) && rnd(g, ++n) == 0)
        pPick = g->apCte[i];
    }
    if (pPick) return pPick;
  }
  n = 0;
  for (i = 0; i < g->nBase; i++) {
    if (rel_ok(&g->aBase[i], sp, needUser) && rnd(g, ++n) == 0)
      pPick = &g->aBase[i];
  }
  if (!pPick && g->nBase) pPick = &g->aBase[rnd(g, g->nBase)];
  return pPick;
}

/* A VALUES list as a relation: text in o, columns named from azName. */
static GRel *gen_values(QGen *g, Buf *o, const char *zName, int bAsFrom) {
  static const char *const azCol[] = {"x", "n", "w"};
  static const Ty aTy[] = {TY_STR, TY_INT, TY_DBL};
  GRel *r = ar_alloc(g, sizeof *r);
  int nCol = 1 + rnd(g, 3), nRow = 1 + rnd(g, 4), i, j;
  r->zName = zName;
  r->aCol = ar_alloc(g, sizeof(GCol) * (size_t)nCol);
  r->nCol = nCol;
  r->iUser = -1;
  r->bSmall = 1;
  for (j = 0; j < nCol; j++) {
    r->aCol[j].zName = azCol[j];
    r->aCol[j].ty = aTy[j];
    r->aCol[j].cls = CLS_NONE;
    r->aCol[j].bLit = 1;
    r->aCol[j].bMetric = j > 0;
  }
  if (bAsFrom) buf_puts(o, "(");
  buf_puts(o, "VALUES ");
  for (i = 0; i < nRow; i++) {
    buf_puts(o, i ? ", (" : "(");
    for (j = 0; j < nCol; j++) {
      if (j) buf_puts(o, ", ");
      if (j == 0) {
        buf_str_lit(o, azStrLit[rnd(g, NELEM(azStrLit))]);
      } else if (j == 1) {
        buf_printf(o, "%d", rnd(g, 10));
      } else {
        buf_printf(o, "%d.5", rnd(g, 10));
      }
    }
    buf_puts(o, ")");
  }
  if (bAsFrom) {
    buf_printf(o, ") AS %s(", zName);
    for (j = 0; j < nCol; j++)
      buf_printf(o, "%s%s", j ? ", " : "", azCol[j]);
    buf_puts(o, ")");
  }
  return r;
}

/* Dimensions that many tables share: good join keys. */
static const char *const azKeyCol[] = {
    "campaign",         "campaign_id",  "advertiser",      "advertiser_id",
    "line_item",        "line_item_id", "creative",        "device_type",
    "operating_system", "site",         "marketplace_name"};

static int pick_key_col(QGen *g, const GScope *sc, ColPick *p) {
  int i, j, n = 0;
  for (i = 0; i < sc->n; i++) {
    for (j = 0; j < NELEM(azKeyCol); j++) {
      int k = rel_col(sc->a[i].pRel, azKeyCol[j]);
      if (k >= 0 && sc->a[i].pRel->aCol[k].cls <= CLS_LOW &&
          !sc->a[i].pRel->aCol[k].bLit && rnd(g, ++n) == 0) {
        p->iItem = i;
        p->iCol = k;
      }
    }
  }
  return n > 0;
}

/* A visible CTE of LOW aggregates sharing a LOW column with rel r: a cheap
** join partner, or NULL. */
static const GRel *pick_agg_partner(QGen *g, const GRel *r) {
  const GRel *pPick = NULL;
  int i, j, n = 0;
  for (i = 0; i < g->nCte; i++) {
    const GRel *a = g->apCte[i];
    if (!a->bAgg || a == r) continue;
    for (j = 0; j < a->nCol; j++) {
      int k = rel_col(r, a->aCol[j].zName);
      if (k >= 0 && !a->aCol[j].bMetric && a->aCol[j].cls <= CLS_LOW &&
          r->aCol[k].cls <= CLS_LOW && r->aCol[k].ty == a->aCol[j].ty &&
          !r->aCol[k].bMetric) {
        if (rnd(g, ++n) == 0) pPick = a;
        break;
      }
    }
  }
  return pPick;
}

/* One FROM item into o; adds it to sc: pUse when not NULL (a self-join or
** a chosen partner), else a VALUES list (bSmallOk), a derived table, a
** table or a CTE. */
static void gen_from_item(QGen *g, Buf *o, const SelSpec *sp, int needUser,
                          GScope *sc, int bAlias, const GRel *pUse,
                          int bSmallOk) {
  GItem *it = &sc->a[sc->n];
  int r = rnd(g, 100);
  if (bSmallOk && !pUse && r < 12) {
    const char *zAlias = new_alias(g, "v");
    it->pRel = gen_values(g, o, zAlias, 1);
    it->zAlias = zAlias;
    sc->n++;
    return;
  }
  if (!pUse && r < 20 && sp->selDepth + 1 < QGEN_MAX_SEL &&
      sp->depth + 2 < QGEN_MAX_DEPTH && g->nNodes < QGEN_NODE_BUDGET / 2) {
    SelSpec ds;
    static const SelKind aKind[] = {SK_ROW, SK_USERAGG, SK_WINDOW, SK_DIMAGG};
    const GRel *pRel;
    memset(&ds, 0, sizeof ds);
    ds.kind = aKind[rnd(g, needUser || sp->kind == SK_FINAL ? 3 : 4)];
    ds.selDepth = sp->selDepth + 1;
    ds.depth = sp->depth + 1;
    ds.zNl = " ";
    buf_puts(o, "(");
    pRel = gen_select(g, o, &ds, NULL, NULL);
    it->zAlias = new_alias(g, "d");
    buf_printf(o, ") AS %s", it->zAlias);
    it->pRel = pRel;
    sc->n++;
    return;
  }
  it->pRel =
      pUse ? pUse : pick_rel(g, sp, needUser, sp->kind == SK_FINAL ? 80 : 45);
  it->zAlias = bAlias || pct(g, 40) ? new_alias(g, "t") : NULL;
  if (it->pRel->bBase && pct(g, 4)) {
    buf_printf(o, "TABLE(EXTEND_TIME_WINDOW('%s', 'P%dD', 'P1D'))",
               it->pRel->zName, 1 + rnd(g, 14));
    if (!it->zAlias) it->zAlias = new_alias(g, "t");
  } else {
    buf_puts(o, it->pRel->zName);
  }
  if (it->zAlias) buf_printf(o, pct(g, 80) ? " AS %s" : " %s", it->zAlias);
  sc->n++;
}

/* A join condition between item iNew and the items before it: on the user
** column, on a shared LOW column, or none (0). */
static int gen_join_on(QGen *g, Buf *o, GScope *sc, int iNew, int bUserOnly) {
  const GRel *pN = sc->a[iNew].pRel;
  int i, j, iOld = -1, n = 0;
  ColPick pl = {0, 0}, pn = {0, 0};
  int bCheap = pN->bAgg || pN->bSmall;
  /* user join */
  if (pN->iUser >= 0 && (pct(g, 75) || bUserOnly)) {
    for (i = 0; i < iNew; i++) {
      if (sc->a[i].pRel->iUser >= 0 && rnd(g, ++n) == 0) iOld = i;
    }
    if (iOld >= 0) {
      emit_col(o, sc, iOld, sc->a[iOld].pRel->iUser, 1);
      buf_puts(o, " = ");
      emit_col(o, sc, iNew, pN->iUser, 1);
      return 1;
    }
  }
  if (bUserOnly) return 0;
  /* a shared LOW column, when one side is small */
  n = 0;
  for (i = 0; i < iNew; i++) {
    const GRel *pO = sc->a[i].pRel;
    if (!bCheap && !pO->bAgg && !pO->bSmall) continue;
    for (j = 0; j < pN->nCol; j++) {
      const GCol *cn = &pN->aCol[j];
      int k;
      if (cn->bMetric || cn->bUser || cn->cls > CLS_LOW || cn->ty == TY_ARR ||
          cn->ty == TY_OTHER)
        continue;
      if (pN->bSmall || pO->bSmall) {
        /* a VALUES column joins any string dimension */
        for (k = 0; k < pO->nCol; k++) {
          const GCol *co = &pO->aCol[k];
          if (co->ty != cn->ty || co->bMetric || co->bUser || co->cls > CLS_LOW)
            continue;
          if (!(pN->bSmall && j == 0) && !(pO->bSmall && k == 0)) continue;
          if (rnd(g, ++n) == 0)
            pl.iItem = i, pl.iCol = k, pn.iItem = iNew, pn.iCol = j;
        }
      } else {
        k = rel_col(pO, cn->zName);
        if (k < 0 || pO->aCol[k].ty != cn->ty || pO->aCol[k].bMetric ||
            pO->aCol[k].cls > CLS_LOW)
          continue;
        if (rnd(g, ++n) == 0)
          pl.iItem = i, pl.iCol = k, pn.iItem = iNew, pn.iCol = j;
      }
    }
  }
  if (n) {
    emit_col(o, sc, pl.iItem, pl.iCol, 1);
    buf_puts(o, " = ");
    emit_col(o, sc, pn.iItem, pn.iCol, 1);
    return 1;
  }
  /* fall back on the user column */
  if (pN->iUser >= 0) {
    for (i = 0; i < iNew; i++) {
      if (sc->a[i].pRel->iUser >= 0) {
        emit_col(o, sc, i, sc->a[i].pRel->iUser, 1);
        buf_puts(o, " = ");
        emit_col(o, sc, iNew, pN->iUser, 1);
        return 1;
      }
    }
  }
  return 0;
}

/* Extra ON conditions: a non-equi time condition or a literal filter on a
** LOW column of the new item. */
static void gen_join_extra(QGen *g, Buf *o, GScope *sc, int iNew) {
  ColPick p;
  GScope one;
  if (pct(g, 50)) {
    ColPick q;
    int i;
    for (i = 0; i < iNew; i++) {
      const GRel *r = sc->a[i].pRel;
      int j;
      for (j = 0; j < r->nCol; j++) {
        if (r->aCol[j].ty == TY_TS && r->aCol[j].cls <= CLS_MEDIUM &&
            !r->aCol[j].bLit) {
          one.n = 1;
          one.bQual = 1;
          one.a[0] = sc->a[iNew];
          if (pick_col(g, &one, TY_TS, CLS_NONE, CLS_MEDIUM, PK_NOLIT, &q)) {
            buf_puts(o, " AND ");
            emit_col(o, sc, i, j, 1);
            buf_puts(o, pct(g, 50) ? " <= " : " < ");
            emit_col(o, sc, iNew, q.iCol, 1);
            return;
          }
          break;
        }
      }
    }
  }
  one.n = 1;
  one.bQual = 1;
  one.a[0] = sc->a[iNew];
  if (pick_col(g, &one, TY_STR, CLS_NONE, CLS_LOW, PK_DIM, &p)) {
    buf_puts(o, " AND ");
    emit_col(o, sc, iNew, p.iCol, 1);
    buf_puts(o, pct(g, 50) ? " LIKE " : " NOT LIKE ");
    buf_str_lit(o, azLike[rnd(g, NELEM(azLike))]);
  }
}

/* The FROM clause (without the keyword) into o and its scope; comma-join
** conditions go to pWhere. */
static void gen_from(QGen *g, Buf *o, const SelSpec *sp, int needUser,
                     GScope *sc, Buf *pWhere) {
  int nWant = 1, pJoin, i, nFan;
  memset(sc, 0, sizeof *sc);
  sc->bQual = sp->pOuter != NULL;
  pJoin = sp->kind == SK_FINAL ? 38 : sp->kind <= SK_WINDOW ? 25 : 8;
  if (g->nNodes > QGEN_NODE_BUDGET / 2) pJoin /= 3;
  if (pct(g, pJoin)) nWant = pct(g, 12) ? 3 : 2;
  gen_from_item(g, o, sp, needUser, sc, nWant > 1 || sc->bQual, NULL, 0);
  nFan = sc->a[0].pRel->nFan;
  for (i = 1; i < nWant; i++) {
    Buf item = {0}, on = {0};
    int r = rnd(g, 100), bComma = 0, ok;
    const GRel *pUse = NULL;
    const char *zJoin;
    GScope tmp = *sc;
    if (r < 15 && sc->a[0].pRel->iUser >= 0 && sc->a[0].pRel->zName) {
      pUse = sc->a[0].pRel; /* a self-join */
    } else if (r < 45) {
      pUse = pick_agg_partner(g, sc->a[0].pRel);
    }
    gen_from_item(g, &item, sp, 0, &tmp, 1, pUse, i == 1);
    r = rnd(g, 100);
    ok = gen_join_on(g, &on, &tmp, i, i > 1);
    if (!ok && tmp.a[i].pRel->bSmall) {
      bComma = 1;
      ok = 1;
    }
    if (!ok) {
      buf_free(&item);
      buf_free(&on);
      break;
    }
    if (nFan + tmp.a[i].pRel->nFan > 2) {
      /* rows per user would multiply beyond a square: no join */
      buf_free(&item);
      buf_free(&on);
      break;
    }
    nFan += tmp.a[i].pRel->nFan;
    *sc = tmp;
    if (!bComma && r >= 92) {
      bComma = 1;
    }
    if (bComma) {
      if (on.n) {
        if (pWhere->n) buf_puts(pWhere, " AND ");
        buf_cat(pWhere, &on);
      }
      buf_puts(o, on.n || pct(g, 50) ? ", " : " CROSS JOIN ");
      buf_cat(o, &item);
    } else {
      zJoin = r < 35   ? " JOIN "
              : r < 50 ? " INNER JOIN "
              : r < 72 ? " LEFT JOIN "
              : r < 78 ? " LEFT OUTER JOIN "
                       : " FULL OUTER JOIN ";
      buf_puts(o, zJoin);
      buf_cat(o, &item);
      buf_puts(o, " ON ");
      buf_cat(o, &on);
      if (pct(g, 15)) gen_join_extra(g, o, sc, i);
    }
    buf_free(&item);
    buf_free(&on);
  }
}

/* ---------------------------------------------------------------------- */
/* SELECT                                                                  */

static int plan_slots(QGen *g, const SelSpec *sp, Slot *a) {
  int n = 0, i, nd, na;
  if (sp->aForce) {
    for (i = 0; i < sp->nForce; i++)
      a[i] = sp->aForce[i];
    return sp->nForce;
  }
#define ADD(r)        \
  do {                \
    a[n].role = (r);  \
    a[n].ty = TY_ANY; \
    n++;              \
  } while (0)
  switch (sp->kind) {
    case SK_FINAL: {
      static const int aDims[] = {0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 3};
      nd = aDims[rnd(g, NELEM(aDims))];
      na = 1 + rnd(g, 3);
      if (sp->bad == BAD_USER_OUT) ADD(R_USER);
      for (i = 0; i < nd; i++)
        ADD(R_DIM);
      if (sp->bad != BAD_ROWLEVEL) {
        for (i = 0; i < na; i++)
          ADD(R_AGG);
        if (pct(g, 6)) ADD(pct(g, 50) ? R_WIN : R_RANK);
        if (pct(g, 6)) ADD(R_SUBQ);
      } else {
        ADD(R_DIM);
      }
      if (sp->bad == BAD_MAX_ID) ADD(R_BADID);
      if (pct(g, 5)) ADD(R_CONST);
      if (n > 2 && pct(g, 20)) {
        /* dimensions after aggregates too */
        int j = rnd(g, n);
        Slot t = a[0];
        a[0] = a[j];
        a[j] = t;
      }
      break;
    }
    case SK_DIMAGG:
      nd = 1 + rnd(g, 2);
      na = 1 + rnd(g, 2);
      for (i = 0; i < nd; i++)
        ADD(R_DIM);
      for (i = 0; i < na; i++)
        ADD(R_AGG);
      break;
    case SK_USERAGG:
      ADD(R_USER);
      nd = rnd(g, 3);
      na = 1 + rnd(g, 3);
      for (i = 0; i < nd; i++)
        ADD(R_DIM);
      for (i = 0; i < na; i++)
        ADD(R_AGG);
      break;
    case SK_ROW:
      if (pct(g, 90)) ADD(R_USER);
      nd = 1 + rnd(g, 4);
      for (i = 0; i < nd; i++)
        ADD(R_DIM);
      if (pct(g, 4)) ADD(R_CONST);
      if (pct(g, 4)) ADD(R_EXPLODE);
      if (pct(g, 4)) ADD(R_SUBQ);
      break;
    case SK_WINDOW:
      ADD(R_USER);
      nd = 1 + rnd(g, 2);
      for (i = 0; i < nd; i++)
        ADD(R_DIM);
      if (pct(g, 80)) ADD(R_RANK);
      if (n == 1 + nd || pct(g, 40)) ADD(R_WIN);
      break;
    case SK_IN:
      ADD(sp->bInUser ? R_USER : R_DIM);
      a[0].ty = sp->bInUser ? TY_ANY : sp->inTy;
      break;
    case SK_SCALAR:
      ADD(R_AGG);
      a[0].ty = TY_NUM;
      break;
    case SK_EXISTS: ADD(R_ONE); break;
  }
#undef ADD
  return n;
}

static int kind_grouped(SelKind k) {
  return k == SK_FINAL || k == SK_DIMAGG || k == SK_USERAGG;
}

/* A dimension as analysts write them: a timestamp truncated or its hour,
** a string cleaned up, a metric bucketed. 0 when the scope has no column
** for the form picked. */
static int gen_typical_dim(QGen *g, Buf *o, const ECtx *c, Ty want, EInfo *pe) {
  ColPick p;
  ColClass lo = c->maxCls >= CLS_HIGH && pct(g, 25) ? CLS_HIGH : CLS_NONE;
  int r = rnd(g, 3);
  if ((want == TY_ANY || want == TY_TS || want == TY_INT || want == TY_DATE) &&
      r == 0 &&
      pick_col(g, c->pSc, TY_TIME, CLS_NONE, c->maxCls, PK_NOLIT, &p)) {
    int k = want == TY_ANY   ? rnd(g, 4)
            : want == TY_TS  ? 0
            : want == TY_INT ? 1 + rnd(g, 2)
                             : 3;
    if (k == 0)
      buf_printf(o, "DATE_TRUNC('%s', ",
                 pct(g, 60) ? "DAY" : azUnit[rnd(g, NELEM(azUnit))]);
    if (k == 1)
      buf_printf(o, "EXTRACT(%s FROM ", azPart[rnd(g, NELEM(azPart))]);
    if (k == 2) buf_puts(o, pct(g, 50) ? "HOUR(" : "DAYOFWEEK(");
    if (k == 3) buf_puts(o, "CAST(");
    *pe = put_col(o, c->pSc, p);
    buf_puts(o, k == 3 ? " AS DATE)" : ")");
    pe->ty = k == 0 ? TY_TS : k == 3 ? TY_DATE : TY_INT;
    pe->bUser = 0;
    return 1;
  }
  if ((want == TY_ANY || want == TY_STR) && r == 1 &&
      (pick_col(g, c->pSc, TY_STR, lo, c->maxCls, PK_NOLIT | PK_NOUSER, &p) ||
       pick_col(g, c->pSc, TY_STR, CLS_NONE, c->maxCls, PK_NOLIT | PK_NOUSER,
                &p))) {
    int k = rnd(g, 4);
    buf_puts(o, k == 0   ? "UPPER("
                : k == 1 ? "LOWER("
                : k == 2 ? "SUBSTRING("
                         : "LEFT(");
    *pe = put_col(o, c->pSc, p);
    buf_puts(o, k == 2 ? ", 1, 8)" : k == 3 ? ", 3)" : ")");
    pe->bUser = 0;
    return 1;
  }
  if ((want == TY_ANY || want == TY_STR) && r == 2 && c->maxCls < CLS_HIGH &&
      pick_col(g, c->pSc, TY_NUM, CLS_NONE, c->maxCls, PK_METRIC | PK_NOLIT,
               &p)) {
    int k = 1 + rnd(g, 10);
    buf_puts(o, "CASE WHEN ");
    *pe = put_col(o, c->pSc, p);
    buf_printf(o, " >= %d THEN 'high' ELSE 'low' END", k);
    pe->ty = TY_STR;
    pe->bLit = 1;
    pe->bUser = 0;
    return 1;
  }
  return 0;
}

/* A dimension: a bare column or an expression over columns. */
static EInfo gen_dim(QGen *g, Buf *o, const ECtx *c, const SelSpec *sp, Ty want,
                     int *pbBare, ColPick *pBare) {
  ColPick p;
  int flags = sp->kind == SK_ROW ? (pct(g, 30) ? PK_METRIC : 0) : PK_DIM;
  *pbBare = 0;
  if (sp->kind == SK_IN && sp->zInName && want != TY_ANY) {
    /* the same column name as the outer value when possible */
    int i;
    for (i = 0; i < c->pSc->n; i++) {
      int j = rel_col(c->pSc->a[i].pRel, sp->zInName);
      if (j >= 0 && c->pSc->a[i].pRel->aCol[j].ty == want &&
          (!sp->bInNoLit || !c->pSc->a[i].pRel->aCol[j].bLit) && pct(g, 70)) {
        p.iItem = i;
        p.iCol = j;
        *pbBare = 1;
        *pBare = p;
        return put_col(o, c->pSc, p);
      }
    }
  }
  if (sp->kind == SK_DIMAGG && pct(g, 50) && (want == TY_ANY) &&
      pick_key_col(g, c->pSc, &p)) {
    *pbBare = 1;
    *pBare = p;
    return put_col(o, c->pSc, p);
  }
  if (sp->kind != SK_IN && pct(g, 25)) {
    EInfo e;
    if (gen_typical_dim(g, o, c, want, &e)) return e;
  }
  if (sp->kind != SK_IN && c->maxCls >= CLS_HIGH && pct(g, 15) &&
      pick_col(g, c->pSc, want, CLS_HIGH, c->maxCls, PK_NOUSER | PK_NOLIT,
               &p)) {
    /* sensitive columns: postal codes, cities, device ids, request tags */
    *pbBare = 1;
    *pBare = p;
    return put_col(o, c->pSc, p);
  }
  if (pct(g, sp->kind == SK_IN ? 85 : 55) &&
      (pick_col(g, c->pSc, want, CLS_NONE, c->maxCls,
                flags | PK_NOUSER | (sp->bInNoLit ? PK_NOLIT : 0), &p) ||
       pick_col(g, c->pSc, want, CLS_NONE, c->maxCls,
                PK_NOUSER | (sp->bInNoLit ? PK_NOLIT : 0), &p))) {
    *pbBare = 1;
    *pBare = p;
    return put_col(o, c->pSc, p);
  }
  if (sp->bInNoLit) {
    buf_puts(o, "NULL");
    return ei_lit(want);
  }
  return gen_value(g, o, c, want, 1, 0);
}

static void emit_clause(Buf *o, const SelSpec *sp, const char *zKw) {
  buf_puts(o, sp->zNl);
  buf_puts(o, zKw);
}

static int name_taken(const GRel *r, int n, const char *z) {
  int i;
  for (i = 0; i < n; i++) {
    if (!strcasecmp(r->aCol[i].zName, z)) return 1;
  }
  return 0;
}

/* One SELECT (no UNION) into o. Returns its columns; the slots it used go
** to aSlot (QGEN_MAX_SLOT) when not NULL. */
static const GRel *gen_select(QGen *g, Buf *o, const SelSpec *sp,
                              Slot *aSlotOut, int *pnSlot) {
  Slot aPlan[QGEN_MAX_SLOT];
  int nPlan, i, needUser = 0, bGrouped, nGroup = 0, bOrdinal, bHasAgg = 0;
  GScope sc;
  Buf from = {0}, list = {0}, where = {0}, grp = {0};
  GRel *pOut;
  ECtx c;
  const char **azGroup;
  int *aiGroup;

  nPlan = plan_slots(g, sp, aPlan);
  for (i = 0; i < nPlan; i++) {
    if (aPlan[i].role == R_USER) needUser = 1;
  }
  if (sp->kind == SK_USERAGG || sp->kind == SK_WINDOW ||
      sp->bad == BAD_GROUP_USER || sp->bCorr)
    needUser = 1;
  gen_from(g, &from, sp, needUser, &sc, &where);
  if (needUser && !scope_user(&sc, NULL)) {
    /* no user column to be had: dimensions instead */
    for (i = 0; i < nPlan; i++) {
      if (aPlan[i].role == R_USER) aPlan[i].role = R_DIM;
    }
  }
  bGrouped = kind_grouped(sp->kind) && sp->bad != BAD_ROWLEVEL;
  if (sp->bad == BAD_ROWLEVEL) {
    /* row level only when it reads rows of users, not aggregates */
    g->bBadDone = 1;
    for (i = 0; i < sc.n; i++) {
      if (sc.a[i].pRel->bAgg || !sc.a[i].pRel->bUserData) g->bBadDone = 0;
    }
  }
  if (sp->kind == SK_IN && pct(g, 12)) bGrouped = 1;

  memset(&c, 0, sizeof c);
  c.pSc = &sc;
  c.depth = sp->depth + 1;
  c.selDepth = sp->selDepth;
  c.bSub = sp->selDepth + 1 < QGEN_MAX_SEL;
  c.bNoCorr = (unsigned char)bGrouped;

  pOut = ar_alloc(g, sizeof *pOut);
  pOut->aCol = ar_alloc(g, sizeof(GCol) * (size_t)(nPlan ? nPlan : 1));
  pOut->iUser = -1;
  pOut->bUserData = 0;
  for (i = 0; i < sc.n; i++) {
    if (sc.a[i].pRel->bUserData) pOut->bUserData = 1;
  }
  pOut->bAgg = sp->kind == SK_DIMAGG || (sp->kind == SK_FINAL && bGrouped);
  pOut->nFan = 0;
  if (!bGrouped || sp->kind == SK_USERAGG) {
    for (i = 0; i < sc.n; i++)
      pOut->nFan += sc.a[i].pRel->nFan;
    if (sp->kind == SK_USERAGG) {
      /* one row per user, or per user and dimension values */
      int j, nDim = 0;
      for (j = 0; j < nPlan; j++)
        nDim += aPlan[j].role == R_DIM;
      if (!nDim)
        pOut->nFan = 0;
      else if (pOut->nFan > 1)
        pOut->nFan = 1;
    }
  }
  azGroup = ar_alloc(g, sizeof(char *) * (size_t)(nPlan + 1));
  aiGroup = ar_alloc(g, sizeof(int) * (size_t)(nPlan + 1));

  for (i = 0; i < nPlan; i++) {
    Buf it = {0};
    EInfo e;
    ColPick bare;
    int bBare = 0, bGroupIt = 0;
    const char *zName = NULL;
    GCol *col = &pOut->aCol[pOut->nCol];
    Ty want = aPlan[i].ty;
    ECtx k = c;
    switch (sp->kind) {
      case SK_FINAL:
        k.maxCls = g->bSafe ? (pct(g, 85) ? CLS_LOW : CLS_HIGH) : CLS_INTERNAL;
        if (g->bSafe && aPlan[i].role == R_AGG) k.maxCls = CLS_HIGH;
        break;
      case SK_DIMAGG:
        k.maxCls = aPlan[i].role == R_DIM ? CLS_LOW : CLS_INTERNAL;
        break;
      case SK_IN: k.maxCls = sp->inMaxCls; break;
      default: k.maxCls = CLS_INTERNAL; break;
    }
    switch (aPlan[i].role) {
      case R_USER: {
        ColPick p;
        if (!pick_col(g, &sc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p)) {
          e = gen_literal(g, &it, TY_STR, 0);
          break;
        }
        e = put_col(&it, &sc, p);
        bBare = 1;
        bare = p;
        bGroupIt = 1;
        if (sp->bad == BAD_USER_OUT) g->bBadDone = 1;
        break;
      }
      case R_DIM:
        if (bGrouped) k.bSub = 0; /* no subqueries in GROUP BY keys */
        e = gen_dim(g, &it, &k, sp, want, &bBare, &bare);
        bGroupIt = e.bCol;
        break;
      case R_AGG:
        e = gen_value(g, &it, &k, want, 0, 1);
        col->bAgg = 1;
        bHasAgg = 1;
        break;
      case R_WIN:
      case R_RANK:
        e = gen_window(g, &it, &k, aPlan[i].role == R_RANK, bGrouped);
        col->bRank = aPlan[i].role == R_RANK;
        if (col->bRank) pOut->bRankCol = 1;
        if (bGrouped) bHasAgg = 1;
        zName = aPlan[i].role == R_RANK && !name_taken(pOut, pOut->nCol, "rn")
                    ? "rn"
                    : NULL;
        break;
      case R_SUBQ:
        k.bNoCorr = (unsigned char)(bGrouped || sp->kind != SK_ROW);
        e = gen_subquery_value(g, &it, &k);
        if (sp->kind == SK_FINAL && g->bSafe && e.cls > CLS_HIGH) {
          buf_free(&it);
          buf_puts(&it, "0");
          e = ei_lit(TY_INT);
        }
        break;
      case R_CONST:
        e = pct(g, 40) ? gen_param(g, &it, want) : gen_literal(g, &it, want, 0);
        break;
      case R_EXPLODE: {
        ColPick p;
        if (pick_col(g, &sc, TY_ARR, CLS_NONE, CLS_LOW, 0, &p)) {
          buf_puts(&it, "EXPLODE(");
          e = put_col(&it, &sc, p);
          buf_puts(&it, ")");
          e.ty = TY_INT;
        } else {
          e = gen_dim(g, &it, &k, sp, want, &bBare, &bare);
          bGroupIt = e.bCol;
        }
        break;
      }
      case R_BADID: {
        ColPick p;
        buf_puts(&it, pct(g, 50) ? "MAX(" : "MIN(");
        if (pick_col(g, &sc, TY_ANY, CLS_VERY_HIGH, CLS_INTERNAL, 0, &p)) {
          e = put_col(&it, &sc, p);
          g->bBadDone = 1;
        } else {
          e = gen_literal(g, &it, TY_STR, 0);
        }
        buf_puts(&it, ")");
        col->bAgg = 1;
        bHasAgg = 1;
        break;
      }
      default:
        buf_puts(&it, "1");
        e = ei_lit(TY_INT);
        break;
    }
    if (bGrouped && bGroupIt) {
      azGroup[nGroup] = ar_strdup(g, it.z ? it.z : "1");
      aiGroup[nGroup] = pOut->nCol + 1;
      nGroup++;
    }
    /* the column's name: a bare column keeps its own unless taken */
    if (!zName && bBare) {
      const char *zCol = sc.a[bare.iItem].pRel->aCol[bare.iCol].zName;
      if (!name_taken(pOut, pOut->nCol, zCol) && !pct(g, 10)) {
        col->zName = zCol;
      }
    }
    if (!col->zName) {
      if (!zName) {
        static const char *const azPre[] = {"user_", "dim", "agg", "win",
                                            "rn",    "sub", "k",   "item",
                                            "one",   "id"};
        zName = ar_printf_name(g, azPre[aPlan[i].role]);
      }
      col->zName = zName;
      if (sp->kind != SK_IN && sp->kind != SK_SCALAR && sp->kind != SK_EXISTS)
        buf_printf(&it, pct(g, 90) ? " AS %s" : " %s", zName);
    }
    col->ty = e.ty >= TY_OTHER ? TY_STR : e.ty;
    col->cls = e.cls;
    col->bLit = e.bLit;
    col->bUser = (unsigned char)(aPlan[i].role == R_USER && e.bUser);
    if (col->bUser) pOut->iUser = pOut->nCol;
    col->bMetric =
        (unsigned char)(col->bAgg ||
                        (bBare &&
                         sc.a[bare.iItem].pRel->aCol[bare.iCol].bMetric) ||
                        (aPlan[i].role == R_WIN && is_num(col->ty)));
    if (list.n) buf_puts(&list, ", ");
    buf_cat(&list, &it);
    buf_free(&it);
    if (aSlotOut) {
      aSlotOut[pOut->nCol].role = aPlan[i].role;
      aSlotOut[pOut->nCol].ty = col->ty;
    }
    pOut->nCol++;
  }
  if (pnSlot) *pnSlot = pOut->nCol;
  (void)bHasAgg;

  /* WHERE */
  {
    ECtx w = c;
    Buf cond = {0};
    ColPick p;
    w.maxCls = CLS_INTERNAL;
    w.bNoCorr = 0;
    if (sp->bCorr && sp->pOuter) {
      ColPick op;
      int iItem;
      if (pick_col(g, sp->pOuter, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER,
                   &op) &&
          scope_user(&sc, &iItem)) {
        emit_col(&cond, &sc, iItem, sc.a[iItem].pRel->iUser, 1);
        buf_puts(&cond, " = ");
        emit_col(&cond, sp->pOuter, op.iItem, op.iCol, 1);
      }
    }
    if (pick_col(g, &sc, TY_INT, CLS_NONE, g->bSafe ? CLS_MEDIUM : CLS_INTERNAL,
                 PK_RANK, &p) &&
        pct(g, 75)) {
      if (cond.n) buf_puts(&cond, " AND ");
      emit_col(&cond, &sc, p.iItem, p.iCol, 0);
      buf_puts(&cond, pct(g, 70) ? " = 1" : pct(g, 50) ? " <= 3" : " > 1");
    }
    if (pct(g, sp->kind == SK_EXISTS ? 40 : 50)) {
      if (cond.n) buf_puts(&cond, " AND ");
      gen_cond(g, &cond, &w);
    }
    if (sp->bad == BAD_LIT_HIGH) {
      Buf b = {0};
      if (gen_bad_lit(g, &b, &sc)) {
        g->bBadDone = 1;
        if (cond.n) buf_puts(&cond, " AND ");
        buf_cat(&cond, &b);
      }
      buf_free(&b);
    }
    if (where.n) {
      if (cond.n) buf_puts(&where, " AND ");
      buf_cat(&where, &cond);
    } else {
      buf_cat(&where, &cond);
    }
    buf_free(&cond);
  }

  /* GROUP BY */
  if (sp->bad == BAD_GROUP_USER) {
    ColPick p;
    if (pick_col(g, &sc, TY_ANY, CLS_NONE, CLS_INTERNAL, PK_USER, &p)) {
      Buf ex = {0};
      emit_col(&ex, &sc, p.iItem, p.iCol, 0);
      azGroup[nGroup] = ar_strdup(g, ex.z);
      aiGroup[nGroup] = 0;
      nGroup++;
      g->bBadDone = 1;
      buf_free(&ex);
    }
  }
  bOrdinal = pct(g, 40);
  for (i = 0; i < nGroup; i++) {
    if (i) buf_puts(&grp, ", ");
    if (bOrdinal && aiGroup[i] > 0) {
      buf_printf(&grp, "%d", aiGroup[i]);
    } else {
      buf_puts(&grp, azGroup[i]);
    }
  }

  /* assemble */
  buf_puts(o, "SELECT ");
  if ((sp->kind == SK_ROW && pct(g, 8)) || (sp->kind == SK_IN && pct(g, 25)) ||
      (sp->kind == SK_FINAL && pct(g, 4)))
    buf_puts(o, "DISTINCT ");
  buf_cat(o, &list);
  emit_clause(o, sp, "FROM ");
  buf_cat(o, &from);
  if (where.n) {
    emit_clause(o, sp, "WHERE ");
    buf_cat(o, &where);
  }
  if (grp.n) {
    emit_clause(o, sp, "GROUP BY ");
    buf_cat(o, &grp);
  }
  if (bGrouped && pct(g, 20)) {
    ECtx h = c;
    h.maxCls = g->bSafe ? CLS_MEDIUM : CLS_INTERNAL;
    h.bNoCorr = 1;
    emit_clause(o, sp, "HAVING ");
    if (pct(g, 12) && c.bSub) {
      Buf sub = {0};
      EInfo v = gen_subquery_value(g, &sub, &h);
      if (g->bSafe && v.cls >= CLS_HIGH) {
        /* an identifier-derived value must not meet a literal-shaped one */
        buf_puts(o, "COUNT(*) > ");
      } else {
        gen_value(g, o, &h, TY_INT, 0, 1);
        buf_puts(o, " > ");
      }
      buf_cat(o, &sub);
      buf_free(&sub);
    } else {
      gen_value(g, o, &h, TY_NUM, 0, 1);
      const char *zFmt = pct(g, 50) ? " > %d" : " >= %d";
      buf_printf(o, zFmt, rnd(g, 10));
    }
  }
  if (sp->kind != SK_FINAL && sp->kind <= SK_WINDOW && !sp->bNoOrder &&
      pct(g, 3)) {
    emit_clause(o, sp, "ORDER BY 1");
  }
  buf_free(&from);
  buf_free(&list);
  buf_free(&where);
  buf_free(&grp);
  return pOut;
}

/* A SELECT, or two joined by UNION ALL. */
static const GRel *gen_select_top(QGen *g, Buf *o, const SelSpec *sp) {
  Slot aSlot[QGEN_MAX_SLOT];
  int nSlot = 0, i;
  const GRel *r1, *r2;
  GRel *pOut;
  SelSpec sp2;
  int bUnion = (sp->kind == SK_FINAL || sp->kind == SK_DIMAGG ||
                sp->kind == SK_ROW || sp->kind == SK_USERAGG) &&
               sp->bad == BAD_NONE && pct(g, 8) &&
               g->nNodes < QGEN_NODE_BUDGET / 2;
  if (!bUnion) return gen_select(g, o, sp, NULL, NULL);
  sp2 = *sp;
  sp2.bNoOrder = 1;
  r1 = gen_select(g, o, &sp2, aSlot, &nSlot);
  for (i = 0; i < nSlot; i++) {
    if (aSlot[i].role == R_EXPLODE) aSlot[i].role = R_DIM;
  }
  sp2.aForce = aSlot;
  sp2.nForce = nSlot;
  {
    Buf b2 = {0};
    int bDistinct = pct(g, 15);
    r2 = gen_select(g, &b2, &sp2, NULL, NULL);
    /* UNION's duplicate removal tests every column: none may mix a HIGH
    ** value with a literal-shaped one */
    for (i = 0; bDistinct && g->bSafe && i < r1->nCol && i < r2->nCol; i++) {
      ColClass cls =
          r1->aCol[i].cls > r2->aCol[i].cls ? r1->aCol[i].cls : r2->aCol[i].cls;
      if (cls >= CLS_HIGH && (r1->aCol[i].bLit || r2->aCol[i].bLit))
        bDistinct = 0;
    }
    buf_puts(o, sp->zNl);
    buf_puts(o, bDistinct ? "UNION" : "UNION ALL");
    buf_puts(o, sp->zNl);
    buf_cat(o, &b2);
    buf_free(&b2);
  }
  pOut = ar_alloc(g, sizeof *pOut);
  *pOut = *r1;
  pOut->aCol = ar_alloc(g, sizeof(GCol) * (size_t)(r1->nCol ? r1->nCol : 1));
  for (i = 0; i < r1->nCol; i++) {
    pOut->aCol[i] = r1->aCol[i];
    if (i < r2->nCol && r2->aCol[i].cls > pOut->aCol[i].cls)
      pOut->aCol[i].cls = r2->aCol[i].cls;
    if (i < r2->nCol) pOut->aCol[i].bLit |= r2->aCol[i].bLit;
  }
  pOut->iUser =
      r1->iUser >= 0 && r1->iUser < r2->nCol && r2->aCol[r1->iUser].bUser
          ? r1->iUser
          : -1;
  if (pOut->iUser < 0 && r1->iUser >= 0) pOut->aCol[r1->iUser].bUser = 0;
  pOut->bUserData = r1->bUserData || r2->bUserData;
  pOut->nFan = r1->nFan > r2->nFan ? r1->nFan : r2->nFan;
  return pOut;
}

/* ---------------------------------------------------------------------- */
/* Queries                                                                 */

static void gen_cte(QGen *g, Buf *o, int iCte) {
  static const SelKind aKind[] = {SK_ROW,     SK_ROW,     SK_ROW,    SK_USERAGG,
                                  SK_USERAGG, SK_USERAGG, SK_WINDOW, SK_WINDOW,
                                  SK_DIMAGG,  SK_DIMAGG};
  const char *zName;
  const GRel *pRel;
  int r = rnd(g, 100);
  char aName[16];
  snprintf(aName, sizeof aName, "c%d", iCte + 1);
  zName = ar_strdup(g, aName);
  if (r < 9) {
    /* a VALUES list */
    Buf body = {0};
    GRel *pV;
    int j;
    int form = rnd(g, 3);
    if (form == 0) {
      pV = gen_values(g, &body, zName, 0);
      buf_printf(o, "%s (", zName);
      for (j = 0; j < pV->nCol; j++)
        buf_printf(o, "%s%s", j ? ", " : "", pV->aCol[j].zName);
      buf_puts(o, ") AS (");
      buf_cat(o, &body);
      buf_puts(o, ")");
    } else {
      const char *zV = new_alias(g, "v");
      pV = gen_values(g, &body, zV, 1);
      buf_printf(o, "%s AS (\n  SELECT ", zName);
      if (form == 1) {
        buf_puts(o, "*");
      } else {
        for (j = 0; j < pV->nCol; j++)
          buf_printf(o, "%s%s", j ? ", " : "", pV->aCol[j].zName);
      }
      buf_puts(o, " FROM ");
      buf_cat(o, &body);
      buf_puts(o, "\n)");
    }
    buf_free(&body);
    pV->zName = zName;
    g->apCte[g->nCte++] = pV;
    return;
  }
  {
    SelSpec sp;
    Buf body = {0};
    memset(&sp, 0, sizeof sp);
    sp.kind = aKind[rnd(g, NELEM(aKind))];
    sp.selDepth = 1;
    sp.depth = 1;
    sp.zNl = "\n  ";
    pRel = gen_select_top(g, &body, &sp);
    if (pct(g, 6) && pRel->nCol <= 6) {
      /* a column list renames the columns */
      GRel *pRen = ar_alloc(g, sizeof *pRen);
      int j;
      *pRen = *pRel;
      pRen->aCol =
          ar_alloc(g, sizeof(GCol) * (size_t)(pRel->nCol ? pRel->nCol : 1));
      buf_printf(o, "%s (", zName);
      for (j = 0; j < pRel->nCol; j++) {
        char a[24];
        pRen->aCol[j] = pRel->aCol[j];
        if (pRel->aCol[j].bUser || pRel->aCol[j].bRank) {
          pRen->aCol[j].zName = pRel->aCol[j].zName;
        } else {
          snprintf(a, sizeof a, "%s_%d", zName, j + 1);
          pRen->aCol[j].zName = ar_strdup(g, a);
        }
        buf_printf(o, "%s%s", j ? ", " : "", pRen->aCol[j].zName);
      }
      buf_puts(o, ") AS (\n  ");
      pRel = pRen;
    } else {
      buf_printf(o, "%s AS (\n  ", zName);
    }
    buf_cat(o, &body);
    buf_puts(o, "\n)");
    buf_free(&body);
    {
      GRel *p = ar_alloc(g, sizeof *p);
      *p = *pRel;
      p->zName = zName;
      p->bBase = 0;
      g->apCte[g->nCte++] = p;
    }
  }
}

static void gen_query(QGen *g, Buf *o) {
  static const int aCtes[] = {0, 0, 0, 1, 1, 1, 1, 2, 2, 3};
  static const Bad aBad[] = {BAD_USER_OUT,   BAD_USER_OUT, BAD_LIT_HIGH,
                             BAD_LIT_HIGH,   BAD_LIT_HIGH, BAD_GROUP_USER,
                             BAD_GROUP_USER, BAD_ORDER,    BAD_LIMIT,
                             BAD_MAX_ID,     BAD_ROWLEVEL};
  int nCte = aCtes[rnd(g, NELEM(aCtes))], i;
  SelSpec sp;
  Bad bad = pct(g, QGEN_PCT_BAD) ? aBad[rnd(g, NELEM(aBad))] : BAD_NONE;
  g->bSafe = bad == BAD_NONE;
  g->bad = bad;
  g->bBadDone = bad == BAD_ORDER || bad == BAD_LIMIT;
  for (i = 0; i < nCte; i++) {
    buf_puts(o, i ? ",\n" : "WITH ");
    gen_cte(g, o, i);
  }
  if (nCte) buf_puts(o, "\n");
  memset(&sp, 0, sizeof sp);
  sp.kind = SK_FINAL;
  sp.bad = bad;
  sp.zNl = "\n";
  gen_select_top(g, o, &sp);
  if (bad == BAD_ORDER)
    buf_puts(o, pct(g, 50) ? "\nORDER BY 1" : "\nORDER BY 1 DESC");
  if (bad == BAD_LIMIT) buf_printf(o, "\nLIMIT %d", 1 + rnd(g, 100));
}

/* ---------------------------------------------------------------------- */
/* The public interface                                                    */

static void add_base(QGen *g, const PTable *t) {
  GRel *r;
  int j, i;
  if (!t || t->bAudience || !t->bColumnsKnown || t->nCol <= 0) return;
  for (i = 0; i < g->nBase; i++) {
    if (!strcasecmp(g->aBase[i].zName, t->zName)) return;
  }
  g->aBase = xrealloc(g->aBase, sizeof(GRel) * (size_t)(g->nBase + 1));
  r = &g->aBase[g->nBase++];
  memset(r, 0, sizeof *r);
  r->zName = t->zName;
  r->aCol = xrealloc(NULL, sizeof(GCol) * (size_t)t->nCol);
  r->nCol = t->nCol;
  r->iUser = t->iUserCol;
  r->bBase = 1;
  r->bUserData = t->iUserCol >= 0;
  r->nFan = 1;
  for (j = 0; j < t->nCol; j++) {
    GCol *c = &r->aCol[j];
    memset(c, 0, sizeof *c);
    c->zName = t->aCol[j].zName;
    c->ty = ty_of_amc(t->aCol[j].zType);
    c->cls = t->aCol[j].cls;
    c->bMetric = (unsigned char)(t->aCol[j].bMetric &&
                                 (c->ty == TY_INT || c->ty == TY_DBL));
    c->bUser = j == t->iUserCol;
  }
}

QGen *qgen_new(const Policy *pPol, const char *const *azTables, int nTables,
               uint64_t seed) {
  QGen *g = xrealloc(NULL, sizeof *g);
  int i;
  memset(g, 0, sizeof *g);
  g->pPol = pPol;
  g->seed = seed;
  for (i = 0; i < nTables; i++) {
    size_t n = strlen(azTables[i]);
    if (n > 14 && !strcasecmp(azTables[i] + n - 14, "_for_audiences")) continue;
    add_base(g, policy_table(pPol, azTables[i]));
  }
  if (!g->nBase) {
    for (i = 0; i < pPol->nTable; i++) {
      if (pPol->aTable[i].iUserCol >= 0) add_base(g, &pPol->aTable[i]);
    }
  }
  g->aFn = xrealloc(NULL, sizeof(GFunc) * (size_t)NELEM(aSig));
  for (i = 0; i < NELEM(aSig); i++) {
    const PFunc *f = policy_func(pPol, aSig[i].zName);
    if (!f || f->bInternal || f->kind != FN_SCALAR) continue;
    g->aFn[g->nFn].pSig = &aSig[i];
    g->aFn[g->nFn].pF = f;
    g->nFn++;
  }
  return g;
}

static char *dup_text(const char *z, size_t n) {
  char *p = xrealloc(NULL, n + 1);
  memcpy(p, z, n);
  p[n] = 0;
  return p;
}

char *qgen_next(QGen *g) {
  int iTry;
  uint64_t k = g->iQuery++;
  g->s = g->seed ^ (k * 0xD1B54A32D192ED03ull);
  rng(g);
  if (!g->nBase) return dup_text("SELECT 1 AS x", 13);
  for (iTry = 0; iTry < 16; iTry++) {
    Buf o = {0};
    g->nCte = 0;
    g->nAlias = 0;
    g->nName = 0;
    g->nNodes = 0;
    gen_query(g, &o);
    ar_reset(g);
    if (o.n > 0 && o.n < QGEN_MAX_BYTES) {
      char *z = dup_text(o.z, o.n);
      buf_free(&o);
      return z;
    }
    buf_free(&o);
  }
  {
    Buf o = {0};
    char *z;
    buf_printf(&o, "SELECT COUNT(*) AS n FROM %s", g->aBase[0].zName);
    z = dup_text(o.z, o.n);
    buf_free(&o);
    return z;
  }
}

const char *qgen_last_intent(const QGen *g) {
  static const char *const az[] = {
      NULL,
      "AMC101 user column in the output",
      "AMC105 literal filter on a HIGH or VERY_HIGH column",
      "AMC102 grouped by the user column",
      "AMC202 ORDER BY in the final SELECT",
      "AMC201 LIMIT",
      "AMC101 MIN/MAX of a VERY_HIGH column",
      "AMC102 row-level output"};
  if (g->bad == BAD_NONE) return NULL;
  if (!g->bBadDone) return "none (the violation found nothing to apply to)";
  return az[g->bad];
}

void qgen_free(QGen *g) {
  int i;
  if (!g) return;
  ar_reset(g);
  for (i = 0; i < g->nBase; i++)
    free(g->aBase[i].aCol);
  free(g->aBase);
  free(g->aFn);
  free(g);
}
