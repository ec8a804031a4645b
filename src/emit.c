/*
 * emit.c: bound IR -> SQLite SQL for amcq run (see emit.h).
 *
 * Naming in the emitted SQL, all chosen here:
 *   "tN"      every FROM item, numbered across the whole query;
 *   "wN"      every CTE;
 *   "_cI"     column I of a derived relation (subquery, CTE, the result);
 *   "_sI"     the hidden sketch column of path I of a relation's paths;
 *   base tables keep their catalog column names.
 * A base table is read through a subquery that keeps only the columns the
 * query reads, applies the time window and hashes the user id:
 *   (SELECT "campaign", amcq_uhash("user_id") AS "_s0"
 *      FROM "dsp_impressions" WHERE ...) AS "t1"
 */
#include "emit.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "sqlfunc.h"
#include "util.h"

#define EMIT_MAX_DEPTH 200
/* Hidden sketch columns of one relation: paths and contributions. Each
** window multiplies its query's entries, so nesting could grow them fast;
** past this many amcq says so instead of running. */
#define MAX_SOURCES 400

/* Uncorrelated subqueries over user data are computed once, as
** MATERIALIZED CTEs "qN" of the query that holds them: its WITH list
** gets them after its own CTEs, and both the subquery's value and its
** users read them. */
typedef struct MatList {
  const Select **aSub;
  int *aId;
  int n, cap;
  StrBuf defs; /* ", \"qN\" AS MATERIALIZED (...)" each */
} MatList;

typedef struct CteEntry {
  const char *zName;
  int id;             /* "wN" */
  const BRel *pOut;   /* the body's output */
} CteEntry;

typedef struct Emitter {
  const Policy *pPol;
  const EmitOptions *o;
  Arena *pArena;
  int nAlias, nCte;
  CteEntry *aCte;
  int nCteLive, nCteCap;
  char *zErr;
  int depth;
  const Select *pSelStack[EMIT_MAX_DEPTH + 2]; /* for output-alias refs */
  int nSel;
  int bInTargets; /* emitting a select list */
  MatList *pMat;  /* the subqueries materialized for the query being emitted */
  int nMatId;     /* "qN" numbers given so far */
  /* EXPLODE(array) as a select-list item of the query being emitted: one
  ** row per element, from json_each(array) AS "tN" joined last. */
  const Expr *pExplode;
  int iExplode;
} Emitter;

static void fail(Emitter *m, const char *zFmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Emitter *m, const char *zFmt, ...) {
  va_list ap;
  StrBuf b = {0};
  if (m->zErr) return;
  va_start(ap, zFmt);
  sb_vprintf(&b, zFmt, ap);
  va_end(ap);
  m->zErr = sb_finish(&b);
}

static void emit_select(Emitter *m, StrBuf *o, const Select *p, int bHidden);
static void emit_expr(Emitter *m, StrBuf *o, const Expr *e);
static int select_paths(const Select *p);

/* ---------------------------------------------------------------------- */
/* Literals                                                                */

static void put_string(StrBuf *o, const char *z) {
  sb_putc(o, '\'');
  for (; *z; z++) {
    if (*z == '\'') sb_putc(o, '\'');
    sb_putc(o, *z);
  }
  sb_putc(o, '\'');
}

/* Is z a number as SQL writes one (digits, one point, an exponent)? */
static int is_number(const char *z) {
  int nDigit = 0;
  if (*z == '-' || *z == '+') z++;
  while (isdigit((unsigned char)*z)) z++, nDigit++;
  if (*z == '.') {
    z++;
    while (isdigit((unsigned char)*z)) z++, nDigit++;
  }
  if (!nDigit) return 0;
  if (*z == 'e' || *z == 'E') {
    z++;
    if (*z == '-' || *z == '+') z++;
    if (!isdigit((unsigned char)*z)) return 0;
    while (isdigit((unsigned char)*z)) z++;
  }
  return *z == 0;
}

static void put_number_text(Emitter *m, StrBuf *o, const char *z) {
  if (!is_number(z)) {
    fail(m, "not a number: %s", z);
    return;
  }
  sb_puts(o, z);
}

static void emit_param_value(Emitter *m, StrBuf *o, const Param *p) {
  const char *z = p->zValue;
  switch (p->type) {
    case PT_INTEGER:
    case PT_DOUBLE:
      put_number_text(m, o, z);
      return;
    case PT_BOOLEAN:
      if (util_strieq(z, "true") || strcmp(z, "1") == 0) sb_puts(o, "1");
      else if (util_strieq(z, "false") || strcmp(z, "0") == 0) sb_puts(o, "0");
      else fail(m, "parameter %s: not a BOOLEAN: %s", p->zName, z);
      return;
    case PT_DATE:
    case PT_TIMESTAMP: {
      char aT[20];
      if (emit_normalize_time(z, aT) != 0) {
        fail(m, "parameter %s: not an ISO 8601 date or time: %s", p->zName, z);
        return;
      }
      if (p->type == PT_DATE) aT[10] = 0;
      put_string(o, aT);
      return;
    }
    case PT_AUTO:
      if (is_number(z)) {
        sb_puts(o, z);
        return;
      }
      put_string(o, z);
      return;
    case PT_ARRAY:
    case PT_STRING:
      put_string(o, z);
      return;
  }
}

/* ---------------------------------------------------------------------- */
/* Names                                                                   */

static void put_alias(StrBuf *o, int n) { sb_printf(o, "\"t%d\"", n); }

/* The catalog name of column i of base relation r. */
static const char *base_col_name(Emitter *m, const BRel *r, int i) {
  const BCol *c = &r->aCol[i];
  const PTable *t = &m->pPol->aTable[r->iTable];
  if (c->iTable == r->iTable && c->iCol >= 0 && c->iCol < t->nCol) return t->aCol[c->iCol].zName;
  return c->zName;
}

static void emit_col_ref(Emitter *m, StrBuf *o, const BRel *r, int i) {
  if (r->iEmit <= 0) {
    fail(m, "internal error: column of an unplaced relation");
    return;
  }
  put_alias(o, r->iEmit);
  sb_putc(o, '.');
  if (r->iTable >= 0) sb_quote_ident(o, base_col_name(m, r, i));
  else sb_printf(o, "\"_c%d\"", i);
}

/* ---------------------------------------------------------------------- */
/* Which base columns the query reads                                      */

static void mark_select(Emitter *m, const Select *p);

static void mark_rel_col(Emitter *m, const BRel *cr, int i) {
  BRel *r = (BRel *)cr;
  if (!r || r->iTable < 0 || i < 0 || i >= r->nCol) return;
  if (!r->aUsed) r->aUsed = arena_alloc(m->pArena, (size_t)r->nCol);
  r->aUsed[i] = 1;
}

static void mark_expr(Emitter *m, const Expr *e);

static void mark_list(Emitter *m, const ExprList *l) {
  int i;
  for (i = 0; i < l->n; i++) mark_expr(m, l->a[i]);
}

static void mark_window(Emitter *m, const WindowSpec *w) {
  int i;
  if (!w) return;
  mark_list(m, &w->partition);
  for (i = 0; i < w->order.n; i++) mark_expr(m, w->order.a[i].pExpr);
}

static void mark_expr(Emitter *m, const Expr *e) {
  int i;
  if (!e || m->depth > EMIT_MAX_DEPTH) return;
  m->depth++;
  if (e->kind == EK_COLUMN) mark_rel_col(m, e->info.pRel, e->info.iCol);
  mark_expr(m, e->pLeft);
  mark_expr(m, e->pRight);
  mark_expr(m, e->pEscape);
  mark_list(m, &e->args);
  mark_expr(m, e->pFilter);
  for (i = 0; i < e->aggOrder.n; i++) mark_expr(m, e->aggOrder.a[i].pExpr);
  mark_window(m, e->pOver);
  mark_expr(m, e->pCaseArg);
  for (i = 0; i < e->nWhen; i++) {
    mark_expr(m, e->aWhen[i].pWhen);
    mark_expr(m, e->aWhen[i].pThen);
  }
  mark_expr(m, e->pElse);
  if (e->pSub) mark_select(m, e->pSub);
  m->depth--;
}

/* A USING column is read by the emitted ON (and the merged value) even
** when the query names it nowhere else: every leaf of f that has it. */
static void mark_using(Emitter *m, const FromItem *f, const char *zName, int depth) {
  int i;
  const BRel *r;
  if (!f || depth > EMIT_MAX_DEPTH) return;
  if (f->kind == FK_JOIN) {
    mark_using(m, f->pLeft, zName, depth + 1);
    mark_using(m, f->pRight, zName, depth + 1);
    return;
  }
  if (!(r = f->pRel)) return;
  for (i = 0; i < r->nCol; i++) {
    if (strcasecmp(r->aCol[i].zName, zName) == 0) mark_rel_col(m, r, i);
  }
}

static void mark_from(Emitter *m, const FromItem *f) {
  int i;
  if (!f) return;
  switch (f->kind) {
    case FK_SUBQUERY:
      mark_select(m, f->pSelect);
      break;
    case FK_JOIN:
      mark_from(m, f->pLeft);
      mark_from(m, f->pRight);
      mark_expr(m, f->pOn);
      for (i = 0; i < f->using.n; i++) {
        mark_using(m, f->pLeft, f->using.a[i], 0);
        mark_using(m, f->pRight, f->using.a[i], 0);
      }
      break;
    case FK_FUNCTION:
      mark_list(m, &f->funcs);
      break;
    case FK_TABLE:
      break;
  }
}

/* Leaf FROM items in scope order (as bind.c added them). */
typedef struct Leaves {
  const FromItem **a;
  int n, cap;
} Leaves;

static void leaves_add(Leaves *l, const FromItem *f) {
  if (!f) return;
  if (f->kind == FK_JOIN) {
    leaves_add(l, f->pLeft);
    leaves_add(l, f->pRight);
    return;
  }
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->a = xrealloc(l->a, sizeof *l->a * (size_t)l->cap);
  }
  l->a[l->n++] = f;
}

static void leaves_of(const Select *p, Leaves *l) {
  int i;
  memset(l, 0, sizeof *l);
  for (i = 0; i < p->nFrom; i++) leaves_add(l, p->aFrom[i]);
}

static void mark_select(Emitter *m, const Select *p) {
  int i;
  if (!p || m->depth > EMIT_MAX_DEPTH) return;
  m->depth++;
  for (i = 0; i < p->nCte; i++) mark_select(m, p->aCte[i].pSelect);
  switch (p->kind) {
    case SK_SELECT: {
      Leaves l;
      for (i = 0; i < p->nFrom; i++) mark_from(m, p->aFrom[i]);
      for (i = 0; i < p->nTarget; i++) {
        const Expr *e = p->aTarget[i].pExpr;
        if (e->kind == EK_STAR) {
          /* Every column of every relation the star covers. */
          const char *zQual = e->name.n ? e->name.a[e->name.n - 1] : NULL;
          int k, c;
          leaves_of(p, &l);
          for (k = 0; k < l.n; k++) {
            const BRel *r = l.a[k]->pRel;
            if (!r || (zQual && !(r->zAlias && strcasecmp(r->zAlias, zQual) == 0))) continue;
            for (c = 0; c < r->nCol; c++) mark_rel_col(m, r, c);
          }
          free(l.a);
        } else {
          mark_expr(m, e);
        }
      }
      mark_expr(m, p->pWhere);
      mark_list(m, &p->groupBy);
      mark_expr(m, p->pHaving);
      for (i = 0; i < p->nWindow; i++) mark_window(m, p->aWindow[i]);
      for (i = 0; i < p->orderBy.n; i++) mark_expr(m, p->orderBy.a[i].pExpr);
      break;
    }
    case SK_SETOP:
      mark_select(m, p->pLeft);
      mark_select(m, p->pRight);
      break;
    case SK_VALUES:
      for (i = 0; i < p->nRow; i++) mark_list(m, &p->aRow[i].cells);
      break;
  }
  m->depth--;
}

/* ---------------------------------------------------------------------- */
/* Functions                                                               */

/* AMC name -> SQLite name where only the name differs (or not at all). */
static const char *const azSameFunc[] = {
    "abs", "avg", "coalesce", "count", "exp", "ifnull", "instr", "length",
    "lower", "ltrim", "max", "min", "nullif", "power", "replace", "round",
    "rtrim", "sqrt", "sum", "upper", "ln", "log10", "trunc", "format",
    "json_extract",
    /* registered by sqlfunc.c */
    "seconds_between", "date_trunc", "extract", "dayofweek", "dayofmonth",
    "hour", "minute", "second", "month", "year", "week",
    "epoch_to_utc_timestamp", "convert_time_zone_from_utc", "if", "nvl",
    "nvl2", "contained_in", "hash64", "md5", "sha1", "concat", "left",
    "right", "strpos", "position", "locate", "charindex", "regexp_replace",
    "regexp_substr", "regexp_split", "stddev", "stddev_pop", "stddev_samp",
    "var_pop", "var_samp", "variance", "skewness", "median", "percentile",
    "approx_percentile", "collect", "greatest", "least", "uuid",
    "cardinality", "array_contains", "array_to_string", "array_distinct",
    "array_sort", "array_union", "array_intersect", "array_cat",
    "array_remove", "array_complement", "json_serialize", "flatten", "named_row",
    "str_to_map",
    /* window functions */
    "row_number", "rank", "dense_rank", NULL};

static const struct {
  const char *zAmc, *zSqlite;
} aRenamed[] = {{"btrim", "trim"},   {"trim", "trim"},     {"substring", "substr"},
                {"substr", "substr"}, {"pow", "power"},    {"ceiling", "amcq_ceil"},
                {"ceil", "amcq_ceil"}, {"floor", "amcq_floor"}, {"random", "amcq_random"},
                {"rand", "amcq_random"}, {NULL, NULL}};

static const Param *find_param(Emitter *m, const char *zName) {
  int i;
  for (i = 0; i < m->o->nParam; i++) {
    if (strcmp(m->o->aParam[i].zName, zName) == 0) return &m->o->aParam[i];
  }
  return NULL;
}

static void emit_window_spec(Emitter *m, StrBuf *o, const WindowSpec *w);

static int select_paths(const Select *p);

/* The "qN" number of q, materialized in the WITH list of the query being
** emitted, or 0 when q is emitted where it stands: it reads no user data,
** or it is correlated (its value depends on the row). */
static int sub_mat(Emitter *m, const Select *q) {
  const SelBind *qb = q ? q->pBind : NULL;
  MatList *ml = m->pMat;
  int i, id;
  if (!ml || !qb || qb->bCorrelated || !select_paths(q)) return 0;
  for (i = 0; i < ml->n; i++) {
    if (ml->aSub[i] == q) return ml->aId[i];
  }
  if (ml->n == ml->cap) {
    ml->cap = ml->cap ? ml->cap * 2 : 4;
    ml->aSub = xrealloc(ml->aSub, sizeof *ml->aSub * (size_t)ml->cap);
    ml->aId = xrealloc(ml->aId, sizeof *ml->aId * (size_t)ml->cap);
  }
  id = ++m->nMatId;
  ml->aSub[ml->n] = q;
  ml->aId[ml->n++] = id;
  {
    /* Emitted now, with the CTEs in scope here; q's own subqueries go to
    ** q's own WITH list. */
    StrBuf b = {0};
    emit_select(m, &b, q, 1);
    sb_printf(&ml->defs, ", \"q%d\" AS MATERIALIZED (", id);
    sb_puts(&ml->defs, b.z ? b.z : "");
    sb_putc(&ml->defs, ')');
    sb_free(&b);
  }
  return id;
}

/* X'' (zero users) for a row with no record of any of its FROM items'
** paths, else NULL (no requirement): an aggregate without GROUP BY over
** no record, or a frame's users for a row that has none of its own. A
** path that gave a row no record, beside others that did, asks nothing. */
static void emit_none_is_zero(Emitter *m, StrBuf *o, const Leaves *l, const SelBind *sb,
                              int bOwn) {
  int i, k, n = 0;
  for (i = 0; i < l->n; i++) {
    const BRel *r = l->a[i]->pRel;
    if (r) n += r->nPath;
  }
  if (n == 1 && bOwn) {
    /* in place of the row's only path: NULL exactly when that is */
    sb_puts(o, "X''");
    return;
  }
  n = 0;
  sb_puts(o, "CASE WHEN COALESCE(");
  for (i = 0; i < l->n; i++) {
    const BRel *r = l->a[i]->pRel;
    for (k = 0; r && k < r->nPath; k++) {
      if (n++) sb_puts(o, ", ");
      if (sb->bGrouped) sb_puts(o, "amcq_sketch_union(");
      sb_printf(o, "\"t%d\".\"_s%d\"", r->iEmit, k);
      if (sb->bGrouped) sb_printf(o, ", %d)", m->o->k);
    }
  }
  sb_puts(o, n == 1 ? ", NULL" : "");
  sb_puts(o, ") IS NULL THEN X'' END");
}

static void emit_no_match_total(Emitter *m, StrBuf *o, const FromItem *f, const BRel *r, int k);
static const CteEntry *find_cte(Emitter *m, const char *zName);

static void emit_window_filter(Emitter *m, StrBuf *o, const PTable *t, const FromItem *f);
static void emit_from(Emitter *m, StrBuf *o, const FromItem *f);

/* Where a stage found no row: zero users, which meet no requirement,
** unless the table behind the entry holds no row in the time window at
** all (there was nothing to find: the advertiser has no such data). A
** stage filtered down to nothing asks as much as one that found a person:
** else whether a row comes back would tell which it was. */
static void emit_empty_users(Emitter *m, StrBuf *o, const BRel *r, int k) {
  static const FromItem none;
  const PTable *t;
  if (!r || k < 0 || k >= r->nPath || r->aPath[k].iTable < 0 ||
      r->aPath[k].iTable >= m->pPol->nTable) {
    sb_puts(o, "X''");
    return;
  }
  t = &m->pPol->aTable[r->aPath[k].iTable];
  sb_puts(o, "(CASE WHEN EXISTS (SELECT 1 FROM ");
  sb_quote_ident(o, t->zName);
  emit_window_filter(m, o, t, &none);
  sb_puts(o, ") THEN X'' END)");
}

/* Column references of e: *pLocal those of the query being emitted,
** *pOuter those of an enclosing one; a subquery in e counts as both. */
static void expr_refs(const Expr *e, int *pLocal, int *pOuter, int depth) {
  int i;
  if (!e) return;
  if (depth > EMIT_MAX_DEPTH || e->kind == EK_SUBQUERY || e->pSub) {
    *pLocal += 1;
    *pOuter += 1;
    return;
  }
  if (e->kind == EK_COLUMN) {
    if (e->info.bOuter) *pOuter += 1;
    else *pLocal += 1;
  }
  expr_refs(e->pLeft, pLocal, pOuter, depth + 1);
  expr_refs(e->pRight, pLocal, pOuter, depth + 1);
  expr_refs(e->pEscape, pLocal, pOuter, depth + 1);
  expr_refs(e->pFilter, pLocal, pOuter, depth + 1);
  expr_refs(e->pCaseArg, pLocal, pOuter, depth + 1);
  expr_refs(e->pElse, pLocal, pOuter, depth + 1);
  for (i = 0; i < e->args.n; i++) expr_refs(e->args.a[i], pLocal, pOuter, depth + 1);
  for (i = 0; i < e->nWhen; i++) {
    expr_refs(e->aWhen[i].pWhen, pLocal, pOuter, depth + 1);
    expr_refs(e->aWhen[i].pThen, pLocal, pOuter, depth + 1);
  }
  if (e->pOver) {
    *pLocal += 1;
    *pOuter += 1;
  }
}

/* The conjuncts of a subquery's WHERE that do not look at the outer row,
** AND-ed into o (0 written: none), or -1 when a conjunct that does is not
** a plain correlation `inner_column = outer value`. */
static int emit_local_conjuncts(Emitter *m, StrBuf *o, const Expr *e, int n, int depth) {
  int nl = 0, no = 0, i;
  if (!e) return n;
  if (depth > EMIT_MAX_DEPTH) return -1;
  if (e->kind == EK_AND) {
    for (i = 0; i < e->args.n && n >= 0; i++) n = emit_local_conjuncts(m, o, e->args.a[i], n, depth + 1);
    return n;
  }
  expr_refs(e, &nl, &no, 0);
  if (no == 0) {
    sb_puts(o, n ? " AND (" : " WHERE (");
    emit_expr(m, o, e);
    sb_putc(o, ')');
    return n + 1;
  }
  if (e->kind == EK_OP && e->zOp && strcmp(e->zOp, "=") == 0 && e->pLeft && e->pRight) {
    int l1 = 0, o1 = 0, l2 = 0, o2 = 0;
    expr_refs(e->pLeft, &l1, &o1, 0);
    expr_refs(e->pRight, &l2, &o2, 0);
    if ((e->pLeft->kind == EK_COLUMN && !o1 && !l2) ||
        (e->pRight->kind == EK_COLUMN && !o2 && !l1)) {
      return n; /* the correlation: dropped */
    }
  }
  return -1;
}

/* For a correlated subquery that found no row for this outer row: the
** users of all the rows of the FROM item behind its entry j, which none
** matched (as for an outer join's missing side), or zero users where amcq
** cannot name them (an entry of the subquery's own windows or subqueries,
** a set operation, CTEs of its own). */
static void emit_sub_total(Emitter *m, StrBuf *o, const Select *q, int j) {
  const SelBind *qb = q->pBind;
  const FromItem *f;
  const BRel *r;
  StrBuf w = {0};
  if (q->kind != SK_SELECT || q->nCte || j >= qb->nIn || q->nFrom != 1 ||
      q->aFrom[0]->kind == FK_JOIN || q->aFrom[0]->kind == FK_FUNCTION ||
      qb->bGrouped || q->pHaving || q->bDistinct || qb->nSub || qb->nWin ||
      !(r = q->aFrom[0]->pRel) || j >= r->nPath) {
    emit_empty_users(m, o, qb->pOut, j);
    return;
  }
  f = q->aFrom[0];
  if (emit_local_conjuncts(m, &w, q->pWhere, 0, 0) < 0) {
    sb_free(&w);
    emit_empty_users(m, o, qb->pOut, j);
    return;
  }
  /* the rows it searched: its FROM item's rows that pass its own filters */
  sb_puts(o, "COALESCE((SELECT amcq_sketch_union(");
  if (f->kind == FK_TABLE && r->iTable >= 0) sb_printf(o, "\"t%d\".\"_s0\"", r->iEmit);
  else sb_printf(o, "\"t%d\".\"_s%d\"", r->iEmit, j);
  sb_printf(o, ", %d) FROM ", m->o->k);
  emit_from(m, o, f);
  sb_puts(o, w.z ? w.z : "");
  sb_puts(o, "), ");
  emit_empty_users(m, o, qb->pOut, j);
  sb_putc(o, ')');
  sb_free(&w);
}

/* The users of subquery entry j of ss: those of the subquery's rows that
** gave the value (for IN, the rows equal to the tested value, or all rows
** when none is, unless the test is of the row's own user id), from its
** hidden column "_sj". A subquery with no row stands on what it searched
** (correlated: the rows of its FROM item that pass its own filters) or
** on no user, unless its table is empty (emit_empty_users); one keyed on
** the row's own user asks nothing then (docs/run.md). */
static void emit_sub_source(Emitter *m, StrBuf *o, const SrcSub *ss, int j) {
  const Select *q = ss->pExpr->pSub;
  const SelBind *qb = q->pBind;
  int id = sub_mat(m, q);
  StrBuf from = {0};
  if (id) {
    sb_printf(&from, "\"q%d\"", id);
  } else {
    sb_putc(&from, '(');
    emit_select(m, &from, q, 1);
    sb_putc(&from, ')');
  }
  if (ss->pExpr->subKind == SUB_IN) {
    sb_printf(o, "%s(SELECT amcq_sketch_union(\"qm\".\"_s%d\", %d) FROM %s AS \"qm\" "
                 "WHERE \"qm\".\"_c0\" = (", qb->bUserKeyed ? "" : "COALESCE(", j, m->o->k,
              from.z ? from.z : "");
    emit_expr(m, o, ss->pExpr->pLeft);
    sb_puts(o, "))");
    if (qb->bUserKeyed) {
      sb_free(&from);
      return;
    }
    sb_puts(o, ", ");
  }
  if (!qb->bUserKeyed) sb_puts(o, "COALESCE(");
  sb_printf(o, "(SELECT amcq_sketch_union(\"_s%d\", %d) FROM %s)", j, m->o->k,
            from.z ? from.z : "");
  if (!qb->bUserKeyed) {
    /* found nothing: what it searched (correlated), or no user */
    sb_puts(o, ", ");
    if (qb->bCorrelated) emit_sub_total(m, o, q, j);
    else emit_empty_users(m, o, qb->pOut, j);
    sb_putc(o, ')');
  }
  if (ss->pExpr->subKind == SUB_IN) sb_putc(o, ')');
  sb_free(&from);
}

/* x IN CUSTOM_PARAMETER('list') with a JSON array value: the elements as
** a literal list. Returns 0 when e is not such a parameter. */
static int emit_array_param_list(Emitter *m, StrBuf *o, const Expr *e) {
  const Param *p;
  const char *z;
  cJSON *j, *it;
  int n = 0;
  if (e->kind != EK_FUNC || strcmp(e->zFunc, "custom_parameter") != 0 || e->args.n != 1 ||
      e->args.a[0]->kind != EK_LITERAL || e->args.a[0]->litKind != LIT_STRING) {
    return 0;
  }
  p = find_param(m, e->args.a[0]->zLit);
  if (!p) return 0; /* reported when emitted as a value */
  for (z = p->zValue; *z == ' ' || *z == '\t' || *z == '\n'; z++) {
  }
  if (*z != '[') return 0;
  j = cJSON_Parse(z);
  if (!cJSON_IsArray(j)) {
    cJSON_Delete(j);
    fail(m, "parameter %s: not a JSON array: %s", p->zName, p->zValue);
    return 1;
  }
  cJSON_ArrayForEach(it, j) {
    if (n++) sb_puts(o, ", ");
    if (cJSON_IsString(it)) {
      put_string(o, it->valuestring);
    } else if (cJSON_IsNumber(it)) {
      char a[64];
      if (it->valuedouble == (double)(long long)it->valuedouble && fabs(it->valuedouble) < 9e15) {
        snprintf(a, sizeof a, "%lld", (long long)it->valuedouble);
      } else {
        snprintf(a, sizeof a, "%.17g", it->valuedouble);
      }
      sb_puts(o, a);
    } else if (cJSON_IsBool(it)) {
      sb_puts(o, cJSON_IsTrue(it) ? "1" : "0");
    } else if (cJSON_IsNull(it)) {
      sb_puts(o, "NULL");
    } else {
      fail(m, "parameter %s: arrays of arrays or objects are not supported", p->zName);
    }
  }
  if (!n) sb_puts(o, "NULL"); /* IN () is not SQL; nothing equals NULL */
  cJSON_Delete(j);
  return 1;
}

static void emit_args(Emitter *m, StrBuf *o, const Expr *e, int iFrom) {
  int i;
  for (i = iFrom; i < e->args.n; i++) {
    if (i > iFrom) sb_puts(o, ", ");
    emit_expr(m, o, e->args.a[i]);
  }
}

static void emit_func(Emitter *m, StrBuf *o, const Expr *e) {
  const char *z = e->zFunc, *zOut = NULL;
  int i;
  if (e->zSchema) {
    fail(m, "function %s.%s", e->zSchema, z);
    return;
  }
  /* Parameters become literals. */
  if (strcmp(z, "custom_parameter") == 0 || strcmp(z, "built_in_parameter") == 0) {
    const Expr *a = e->args.n == 1 ? e->args.a[0] : NULL;
    const Param *p;
    if (!a || a->kind != EK_LITERAL || a->litKind != LIT_STRING) {
      fail(m, "%s takes one string literal", z);
      return;
    }
    if (z[0] == 'b') {
      if (util_strieq(a->zLit, "TIME_WINDOW_START")) put_string(o, m->o->zStart);
      else if (util_strieq(a->zLit, "TIME_WINDOW_END")) put_string(o, m->o->zEnd);
      else fail(m, "unknown built-in parameter '%s'", a->zLit);
      return;
    }
    p = find_param(m, a->zLit);
    if (!p) {
      fail(m, "CUSTOM_PARAMETER('%s') has no value: give one with --param %s=VALUE "
           "or in the workflow's inputParameters", a->zLit, a->zLit);
      return;
    }
    emit_param_value(m, o, p);
    return;
  }
  if (e->bSqlSyntax && (strcmp(z, "current_date") == 0 || strcmp(z, "current_timestamp") == 0)) {
    sb_puts(o, z[8] == 'd' ? "CURRENT_DATE" : "CURRENT_TIMESTAMP");
    return;
  }
  if (strcmp(z, "explode") == 0) {
    if (e != m->pExplode) {
      fail(m, "EXPLODE is supported as a whole select-list item only, once per SELECT");
      return;
    }
    sb_printf(o, "\"t%d\".\"value\"", m->iExplode);
    return;
  }
  if (strcmp(z, "e") == 0 && e->args.n == 0) {
    sb_puts(o, "2.718281828459045");
    return;
  }
  if (strcmp(z, "log") == 0 && e->args.n == 1) {
    zOut = "ln"; /* one argument: the natural logarithm */
  }
  /* Arities SQLite's own functions lack: COALESCE(x) is x; REPLACE(s, t)
  ** removes t. */
  if (strcmp(z, "coalesce") == 0 && e->args.n == 1 && !e->pOver) {
    sb_putc(o, '(');
    emit_expr(m, o, e->args.a[0]);
    sb_putc(o, ')');
    return;
  }
  if (strcmp(z, "replace") == 0 && e->args.n == 2 && !e->pOver) {
    sb_puts(o, "\"replace\"(");
    emit_args(m, o, e, 0);
    sb_puts(o, ", '')");
    return;
  }
  for (i = 0; !zOut && aRenamed[i].zAmc; i++) {
    if (strcmp(z, aRenamed[i].zAmc) == 0) zOut = aRenamed[i].zSqlite;
  }
  if (!zOut && strcmp(z, "log") == 0) zOut = "log";
  for (i = 0; !zOut && azSameFunc[i]; i++) {
    if (strcmp(z, azSameFunc[i]) == 0) zOut = azSameFunc[i];
  }
  if (!zOut) {
    fail(m, "%s() is not implemented yet", z);
    return;
  }
  if (e->aggOrder.n || e->bWithinGroup) {
    fail(m, "ordered aggregates (%s ... ORDER BY) are not supported yet", z);
    return;
  }
  sb_quote_ident(o, zOut);
  sb_putc(o, '(');
  if (e->bDistinct) sb_puts(o, "DISTINCT ");
  if (e->bStar) {
    if (strcmp(zOut, "count") != 0) fail(m, "%s(*)", z);
  } else {
    emit_args(m, o, e, 0);
  }
  sb_putc(o, ')');
  if (e->pFilter) {
    sb_puts(o, " FILTER (WHERE ");
    emit_expr(m, o, e->pFilter);
    sb_putc(o, ')');
  }
  if (e->pOver) {
    sb_puts(o, " OVER ");
    emit_window_spec(m, o, e->pOver);
  }
}

/* ---------------------------------------------------------------------- */
/* Windows                                                                 */

/* libpg_query's FRAMEOPTION_* bits (PostgreSQL 15). */
enum {
  FO_NONDEFAULT = 0x1, FO_RANGE = 0x2, FO_ROWS = 0x4, FO_GROUPS = 0x8,
  FO_BETWEEN = 0x10, FO_START_UP = 0x20, FO_END_UP = 0x40, FO_START_UF = 0x80,
  FO_END_UF = 0x100, FO_START_CUR = 0x200, FO_END_CUR = 0x400,
  FO_START_OP = 0x800, FO_END_OP = 0x1000, FO_START_OF = 0x2000,
  FO_END_OF = 0x4000, FO_EXCL_CUR = 0x8000, FO_EXCL_GROUP = 0x10000,
  FO_EXCL_TIES = 0x20000
};

static void emit_bound(Emitter *m, StrBuf *o, int f, int bStart, const Expr *pOff) {
  int up = bStart ? FO_START_UP : FO_END_UP, uf = bStart ? FO_START_UF : FO_END_UF;
  int cur = bStart ? FO_START_CUR : FO_END_CUR, op = bStart ? FO_START_OP : FO_END_OP;
  int of = bStart ? FO_START_OF : FO_END_OF;
  if (f & up) sb_puts(o, "UNBOUNDED PRECEDING");
  else if (f & uf) sb_puts(o, "UNBOUNDED FOLLOWING");
  else if (f & cur) sb_puts(o, "CURRENT ROW");
  else if (f & (op | of)) {
    emit_expr(m, o, pOff);
    sb_puts(o, f & op ? " PRECEDING" : " FOLLOWING");
  } else {
    sb_puts(o, bStart ? "UNBOUNDED PRECEDING" : "CURRENT ROW");
  }
}

static void emit_window_body(Emitter *m, StrBuf *o, const WindowSpec *w, int bFrame) {
  int i, bAny = 0;
  if (w->zRefName) {
    sb_quote_ident(o, w->zRefName);
    bAny = 1;
  }
  if (w->partition.n) {
    sb_puts(o, bAny ? " PARTITION BY " : "PARTITION BY ");
    for (i = 0; i < w->partition.n; i++) {
      if (i) sb_puts(o, ", ");
      emit_expr(m, o, w->partition.a[i]);
    }
    bAny = 1;
  }
  if (w->order.n) {
    sb_puts(o, bAny ? " ORDER BY " : "ORDER BY ");
    for (i = 0; i < w->order.n; i++) {
      const OrderItem *it = &w->order.a[i];
      if (i) sb_puts(o, ", ");
      emit_expr(m, o, it->pExpr);
      if (it->dir == SORT_ASC) sb_puts(o, " ASC");
      if (it->dir == SORT_DESC) sb_puts(o, " DESC");
      if (it->nulls == NULLS_FIRST) sb_puts(o, " NULLS FIRST");
      if (it->nulls == NULLS_LAST) sb_puts(o, " NULLS LAST");
    }
    bAny = 1;
  }
  if (bFrame && (w->frameOptions & FO_NONDEFAULT)) {
    int f = w->frameOptions;
    sb_puts(o, bAny ? " " : "");
    sb_puts(o, f & FO_ROWS ? "ROWS " : f & FO_GROUPS ? "GROUPS " : "RANGE ");
    if (f & FO_BETWEEN) {
      sb_puts(o, "BETWEEN ");
      emit_bound(m, o, f, 1, w->pFrameStart);
      sb_puts(o, " AND ");
      emit_bound(m, o, f, 0, w->pFrameEnd);
    } else {
      emit_bound(m, o, f, 1, w->pFrameStart);
    }
    if (f & FO_EXCL_CUR) sb_puts(o, " EXCLUDE CURRENT ROW");
    if (f & FO_EXCL_GROUP) sb_puts(o, " EXCLUDE GROUP");
    if (f & FO_EXCL_TIES) sb_puts(o, " EXCLUDE TIES");
  }
}

/* The window of a ranking function for counting its users: its partition
** and order written out, without a frame, which ranks ignore (a frame of
** the current row alone would hide the rows a position counts). */
static void emit_window_rank(Emitter *m, StrBuf *o, const Select *p, const WindowSpec *w) {
  const WindowSpec *base = NULL;
  const char *zRef = w->zRefName ? w->zRefName : (!w->partition.n && !w->order.n ? w->zName : NULL);
  const ExprList *pPart;
  const OrderList *pOrd;
  int i;
  for (i = 0; zRef && p && i < p->nWindow; i++) {
    if (p->aWindow[i]->zName && strcasecmp(p->aWindow[i]->zName, zRef) == 0) base = p->aWindow[i];
  }
  pPart = w->partition.n || !base ? &w->partition : &base->partition;
  pOrd = w->order.n || !base ? &w->order : &base->order;
  {
    WindowSpec bare;
    memset(&bare, 0, sizeof bare);
    bare.partition = *pPart;
    bare.order = *pOrd;
    sb_putc(o, '(');
    emit_window_body(m, o, &bare, 0);
    sb_putc(o, ')');
  }
}

static void emit_window_spec(Emitter *m, StrBuf *o, const WindowSpec *w) {
  if (w->zName && !w->partition.n && !w->order.n && !(w->frameOptions & FO_NONDEFAULT)) {
    sb_quote_ident(o, w->zName);
    return;
  }
  if (w->zRefName && !w->partition.n && !w->order.n && !(w->frameOptions & FO_NONDEFAULT)) {
    sb_quote_ident(o, w->zRefName);
    return;
  }
  sb_putc(o, '(');
  emit_window_body(m, o, w, 1);
  sb_putc(o, ')');
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                             */

static const char *sqlite_op(const char *z) {
  static const char *const a[] = {"=", "<>", "!=", "<", ">", "<=", ">=", "+", "-",
                                  "*", "/", "%", "||", NULL};
  int i;
  for (i = 0; a[i]; i++) {
    if (strcmp(z, a[i]) == 0) return a[i];
  }
  return NULL;
}

static void emit_cast(Emitter *m, StrBuf *o, const Expr *e) {
  const char *t = e->pType ? e->pType->zName : "";
  const char *zFn = NULL, *zAs = NULL;
  if ((e->pType && e->pType->nArrayDim) || !strcmp(t, "array")) {
    /* Arrays are JSON text: the value is already one. */
    emit_expr(m, o, e->pLeft);
    return;
  }
  if (!strcmp(t, "int2") || !strcmp(t, "int4") || !strcmp(t, "int8") || !strcmp(t, "int") ||
      !strcmp(t, "integer") || !strcmp(t, "bigint") || !strcmp(t, "smallint") ||
      !strcmp(t, "long") || !strcmp(t, "short") || !strcmp(t, "byte") || !strcmp(t, "tinyint")) {
    zAs = "INTEGER";
  } else if (!strcmp(t, "float4") || !strcmp(t, "float8") || !strcmp(t, "numeric") ||
             !strcmp(t, "decimal") || !strcmp(t, "double") || !strcmp(t, "float") ||
             !strcmp(t, "real")) {
    zAs = "REAL";
  } else if (!strcmp(t, "varchar") || !strcmp(t, "text") || !strcmp(t, "string") ||
             !strcmp(t, "bpchar") || !strcmp(t, "char")) {
    zAs = "TEXT";
  } else if (!strcmp(t, "date")) {
    zFn = "amcq_cast_date";
  } else if (!strcmp(t, "timestamp") || !strcmp(t, "timestamptz")) {
    zFn = "amcq_cast_timestamp";
  } else if (!strcmp(t, "bool") || !strcmp(t, "boolean")) {
    zFn = "amcq_cast_boolean";
  } else {
    fail(m, "CAST to %s is not supported yet", e->pType ? e->pType->zText : "?");
    return;
  }
  if (zFn) {
    sb_printf(o, "%s(", zFn);
    emit_expr(m, o, e->pLeft);
    sb_putc(o, ')');
    return;
  }
  if (!strcmp(zAs, "INTEGER")) {
    /* AMC truncates toward zero and reads '12' as 12, as SQLite does. */
    sb_puts(o, "CAST(");
  } else {
    sb_puts(o, "CAST(");
  }
  emit_expr(m, o, e->pLeft);
  sb_printf(o, " AS %s)", zAs);
}

static const Select *cur_select(Emitter *m) {
  return m->nSel ? m->pSelStack[m->nSel - 1] : NULL;
}

static void emit_column(Emitter *m, StrBuf *o, const Expr *e) {
  const BRel *r = e->info.pRel;
  int i;
  if (!r) {
    fail(m, "internal error: unbound column");
    return;
  }
  if (r->iEmit > 0) {
    emit_col_ref(m, o, r, e->info.iCol);
    return;
  }
  /* An output alias (GROUP BY, HAVING, ORDER BY): its definition. */
  for (i = m->nSel - 1; i >= 0; i--) {
    const SelBind *sb = m->pSelStack[i]->pBind;
    if (sb && sb->pOut == r && e->info.iCol >= 0 && e->info.iCol < r->nCol &&
        sb->aOutExpr[e->info.iCol]) {
      sb_putc(o, '(');
      emit_expr(m, o, sb->aOutExpr[e->info.iCol]);
      sb_putc(o, ')');
      return;
    }
  }
  (void)cur_select;
  fail(m, "internal error: column %s has no emitted relation",
       e->name.n ? e->name.a[e->name.n - 1] : "?");
}

static void emit_expr(Emitter *m, StrBuf *o, const Expr *e) {
  int i;
  if (!e || m->zErr) return;
  if (++m->depth > EMIT_MAX_DEPTH) {
    fail(m, "the query nests deeper than %d levels", EMIT_MAX_DEPTH);
    m->depth--;
    return;
  }
  switch (e->kind) {
    case EK_COLUMN:
      emit_column(m, o, e);
      break;
    case EK_STAR:
      fail(m, "* outside the select list");
      break;
    case EK_LITERAL:
      switch (e->litKind) {
        case LIT_INT:
          sb_printf(o, "%lld", (long long)e->iLit);
          break;
        case LIT_NUMERIC:
          put_number_text(m, o, e->zLit);
          break;
        case LIT_STRING:
          put_string(o, e->zLit);
          break;
        case LIT_BOOL:
          sb_puts(o, e->iLit ? "1" : "0");
          break;
        case LIT_NULL:
          sb_puts(o, "NULL");
          break;
        case LIT_BITS:
          fail(m, "bit-string literals are not supported yet");
          break;
      }
      break;
    case EK_PARAM:
      fail(m, "$%d parameters are not AMC SQL", e->iParam);
      break;
    case EK_OP: {
      const char *zOp = sqlite_op(e->zOp);
      if (!zOp) {
        fail(m, "operator %s is not supported yet", e->zOp);
        break;
      }
      sb_putc(o, '(');
      if (e->pLeft) {
        emit_expr(m, o, e->pLeft);
        sb_printf(o, " %s ", zOp);
      } else {
        sb_puts(o, zOp);
      }
      emit_expr(m, o, e->pRight);
      sb_putc(o, ')');
      break;
    }
    case EK_AND:
    case EK_OR:
      sb_putc(o, '(');
      for (i = 0; i < e->args.n; i++) {
        if (i) sb_puts(o, e->kind == EK_AND ? " AND " : " OR ");
        emit_expr(m, o, e->args.a[i]);
      }
      sb_putc(o, ')');
      break;
    case EK_NOT:
      sb_puts(o, "(NOT ");
      emit_expr(m, o, e->pLeft);
      sb_putc(o, ')');
      break;
    case EK_FUNC:
      emit_func(m, o, e);
      break;
    case EK_CASE:
      sb_puts(o, "CASE");
      if (e->pCaseArg) {
        sb_putc(o, ' ');
        emit_expr(m, o, e->pCaseArg);
      }
      for (i = 0; i < e->nWhen; i++) {
        sb_puts(o, " WHEN ");
        emit_expr(m, o, e->aWhen[i].pWhen);
        sb_puts(o, " THEN ");
        emit_expr(m, o, e->aWhen[i].pThen);
      }
      if (e->pElse) {
        sb_puts(o, " ELSE ");
        emit_expr(m, o, e->pElse);
      }
      sb_puts(o, " END");
      break;
    case EK_CAST:
      emit_cast(m, o, e);
      break;
    case EK_IN:
      sb_putc(o, '(');
      emit_expr(m, o, e->pLeft);
      sb_puts(o, e->bNot ? " NOT IN (" : " IN (");
      if (e->args.n != 1 || !emit_array_param_list(m, o, e->args.a[0])) emit_args(m, o, e, 0);
      sb_puts(o, "))");
      break;
    case EK_BETWEEN:
      if (e->bSymmetric || e->args.n != 2) {
        fail(m, "BETWEEN SYMMETRIC is not supported yet");
        break;
      }
      sb_putc(o, '(');
      emit_expr(m, o, e->pLeft);
      sb_puts(o, e->bNot ? " NOT BETWEEN " : " BETWEEN ");
      emit_expr(m, o, e->args.a[0]);
      sb_puts(o, " AND ");
      emit_expr(m, o, e->args.a[1]);
      sb_putc(o, ')');
      break;
    case EK_LIKE:
      if (e->likeKind == LIKE_SIMILAR) {
        /* AMC: a full Java-style regular-expression match. */
        sb_puts(o, e->bNot ? "(NOT amcq_similar(" : "(amcq_similar(");
        emit_expr(m, o, e->pLeft);
        sb_puts(o, ", ");
        emit_expr(m, o, e->pRight);
        sb_puts(o, "))");
        break;
      }
      sb_putc(o, '(');
      if (e->likeKind == LIKE_ILIKE) sb_puts(o, "lower(");
      emit_expr(m, o, e->pLeft);
      if (e->likeKind == LIKE_ILIKE) sb_putc(o, ')');
      sb_puts(o, e->bNot ? " NOT LIKE " : " LIKE ");
      if (e->likeKind == LIKE_ILIKE) sb_puts(o, "lower(");
      emit_expr(m, o, e->pRight);
      if (e->likeKind == LIKE_ILIKE) sb_putc(o, ')');
      if (e->pEscape) {
        sb_puts(o, " ESCAPE ");
        emit_expr(m, o, e->pEscape);
      }
      sb_putc(o, ')');
      break;
    case EK_NULLTEST:
      sb_putc(o, '(');
      emit_expr(m, o, e->pLeft);
      sb_puts(o, e->bNot ? " IS NOT NULL)" : " IS NULL)");
      break;
    case EK_BOOLTEST: {
      static const char *const az[] = {" IS TRUE)", " IS NOT TRUE)", " IS FALSE)",
                                       " IS NOT FALSE)", " IS NULL)", " IS NOT NULL)"};
      sb_putc(o, '(');
      emit_expr(m, o, e->pLeft);
      sb_puts(o, az[e->boolTest]);
      break;
    }
    case EK_SUBQUERY: {
      int id = sub_mat(m, e->pSub);
      switch (e->subKind) {
        case SUB_SCALAR:
          if (id) {
            sb_printf(o, "(SELECT \"_c0\" FROM \"q%d\")", id);
          } else {
            sb_putc(o, '(');
            emit_select(m, o, e->pSub, 0);
            sb_putc(o, ')');
          }
          break;
        case SUB_EXISTS:
          if (id) {
            sb_printf(o, "EXISTS (SELECT 1 FROM \"q%d\")", id);
          } else {
            sb_puts(o, "EXISTS (");
            emit_select(m, o, e->pSub, 0);
            sb_putc(o, ')');
          }
          break;
        case SUB_IN:
          sb_putc(o, '(');
          emit_expr(m, o, e->pLeft);
          sb_puts(o, e->bNot ? " NOT IN (" : " IN (");
          if (id) sb_printf(o, "SELECT \"_c0\" FROM \"q%d\"", id);
          else emit_select(m, o, e->pSub, 0);
          sb_puts(o, "))");
          break;
        default:
          fail(m, "ANY, ALL and ARRAY subqueries are not supported yet");
          break;
      }
      break;
    }
    case EK_ARRAY:
      sb_puts(o, "json_array(");
      emit_args(m, o, e, 0);
      sb_putc(o, ')');
      break;
    case EK_SUBSCRIPT:
      if (e->pEscape) {
        fail(m, "array slices are not supported yet");
        break;
      }
      /* AMC arrays are 1-based; arrays are JSON text here. */
      sb_puts(o, "amcq_array_at(");
      emit_expr(m, o, e->pLeft);
      sb_puts(o, ", ");
      emit_expr(m, o, e->pRight);
      sb_putc(o, ')');
      break;
    case EK_ROW:
      fail(m, "row values are not supported yet");
      break;
    case EK_DEFAULT:
      fail(m, "DEFAULT is not AMC SQL");
      break;
  }
  m->depth--;
}

/* ---------------------------------------------------------------------- */
/* FROM                                                                    */

static void assign_aliases(Emitter *m, const Leaves *l) {
  int i;
  for (i = 0; i < l->n; i++) {
    BRel *r = l->a[i]->pRel;
    if (r && r->iEmit <= 0) r->iEmit = ++m->nAlias;
  }
}

static const CteEntry *find_cte(Emitter *m, const char *zName) {
  int i;
  for (i = m->nCteLive - 1; i >= 0; i--) {
    if (strcasecmp(m->aCte[i].zName, zName) == 0) return &m->aCte[i];
  }
  return NULL;
}

/* The time-window condition on a base table's event time. */
static void emit_window_filter(Emitter *m, StrBuf *o, const PTable *t, const FromItem *f) {
  char aS[32], aE[32];
  int64_t s, e;
  const PColumn *c;
  int bDate;
  if (t->iEventTime < 0 || t->iEventTime >= t->nCol) return;
  if (!m->o->bFilterTime && !f->pExtend) return;
  if (sqlfunc_parse_time(m->o->zStart, &s) != 0 || sqlfunc_parse_time(m->o->zEnd, &e) != 0) {
    fail(m, "internal error: bad time window");
    return;
  }
  if (f->pExtend && !f->pExtend->bBad) {
    s -= f->pExtend->nBeforeSec;
    e += f->pExtend->nAfterSec;
  }
  c = &t->aCol[t->iEventTime];
  bDate = c->zType && util_strieq(c->zType, "DATE");
  sqlfunc_format_time(s, aS);
  sqlfunc_format_time(e, aE);
  if (bDate) {
    /* Dates: the days the window touches. */
    if (strcmp(aE + 10, " 00:00:00") != 0) {
      sqlfunc_format_time(e + 86400, aE);
    }
    aS[10] = aE[10] = 0;
  }
  sb_puts(o, " WHERE ");
  sb_quote_ident(o, c->zName);
  sb_puts(o, " >= ");
  put_string(o, aS);
  sb_puts(o, " AND ");
  sb_quote_ident(o, c->zName);
  sb_puts(o, " < ");
  put_string(o, aE);
}

static void emit_base(Emitter *m, StrBuf *o, const FromItem *f, const BRel *r) {
  const PTable *t = &m->pPol->aTable[r->iTable];
  int i, n = 0;
  sb_puts(o, "(SELECT ");
  for (i = 0; i < r->nCol; i++) {
    if (!r->aUsed || !r->aUsed[i]) continue;
    if (n++) sb_puts(o, ", ");
    sb_quote_ident(o, base_col_name(m, r, i));
  }
  if (r->nPath) {
    if (t->iUserCol < 0) {
      fail(m, "internal error: a path without a user column");
      return;
    }
    if (n++) sb_puts(o, ", ");
    sb_puts(o, "amcq_uhash(");
    sb_quote_ident(o, t->aCol[t->iUserCol].zName);
    sb_puts(o, ") AS \"_s0\"");
  }
  if (!n) sb_puts(o, "1 AS \"_one\"");
  sb_puts(o, " FROM ");
  sb_quote_ident(o, t->zName);
  emit_window_filter(m, o, t, f);
  sb_puts(o, ") AS ");
  put_alias(o, r->iEmit);
}

/* The leaf of subtree f whose relation has a column named zName. */
static int find_using(const FromItem *f, const char *zName, const BRel **pr) {
  int i;
  if (!f) return -1;
  if (f->kind == FK_JOIN) {
    int k = find_using(f->pLeft, zName, pr);
    return k >= 0 ? k : find_using(f->pRight, zName, pr);
  }
  if (!f->pRel) return -1;
  for (i = 0; i < ((const BRel *)f->pRel)->nCol; i++) {
    if (strcasecmp(((const BRel *)f->pRel)->aCol[i].zName, zName) == 0) {
      *pr = f->pRel;
      return i;
    }
  }
  return -1;
}

/* The value of USING column zName of subtree f: a leaf's column, or
** where f itself merged it with USING, the merge: COALESCE of both sides
** for a FULL JOIN, the kept side for LEFT and RIGHT, the left (equal to
** the right) otherwise. 0, or -1 when no leaf has it. */
static int emit_using_value(Emitter *m, StrBuf *o, const FromItem *f, const char *zName,
                            int depth) {
  int i, bMerged = 0;
  const BRel *pr = NULL;
  if (!f || depth > EMIT_MAX_DEPTH) return -1;
  if (f->kind != FK_JOIN) {
    i = find_using(f, zName, &pr);
    if (i < 0) return -1;
    emit_col_ref(m, o, pr, i);
    return 0;
  }
  for (i = 0; i < f->using.n; i++) {
    if (strcasecmp(f->using.a[i], zName) == 0) bMerged = 1;
  }
  if (!bMerged) {
    StrBuf t = {0};
    int rc = emit_using_value(m, &t, f->pLeft, zName, depth + 1);
    if (rc < 0) rc = emit_using_value(m, &t, f->pRight, zName, depth + 1);
    if (rc == 0) sb_puts(o, t.z);
    sb_free(&t);
    return rc;
  }
  if (f->joinKind == JK_FULL) {
    sb_puts(o, "COALESCE(");
    if (emit_using_value(m, o, f->pLeft, zName, depth + 1) < 0) return -1;
    sb_puts(o, ", ");
    if (emit_using_value(m, o, f->pRight, zName, depth + 1) < 0) return -1;
    sb_putc(o, ')');
    return 0;
  }
  return emit_using_value(m, o, f->joinKind == JK_RIGHT ? f->pRight : f->pLeft, zName,
                          depth + 1);
}

static void emit_from(Emitter *m, StrBuf *o, const FromItem *f) {
  const BRel *r = f->pRel;
  if (m->zErr) return;
  switch (f->kind) {
    case FK_TABLE: {
      const CteEntry *c = f->zSchema ? NULL : find_cte(m, f->zName);
      if (!r) {
        fail(m, "internal error: unbound table");
        return;
      }
      if (c) {
        sb_printf(o, "\"w%d\" AS ", c->id);
        put_alias(o, r->iEmit);
      } else if (r->iTable >= 0) {
        emit_base(m, o, f, r);
      } else {
        fail(m, "unknown table %s", f->zName);
      }
      return;
    }
    case FK_SUBQUERY:
      if (f->bLateral) {
        fail(m, "LATERAL is not supported yet");
        return;
      }
      sb_putc(o, '(');
      emit_select(m, o, f->pSelect, 1);
      sb_puts(o, ") AS ");
      put_alias(o, r->iEmit);
      return;
    case FK_FUNCTION:
      fail(m, "table functions (EXPLODE, FLATTEN) in FROM are not supported yet");
      return;
    case FK_JOIN: {
      static const char *const azJoin[] = {" JOIN ", " LEFT JOIN ", " FULL JOIN ",
                                           " RIGHT JOIN ", " CROSS JOIN "};
      int i;
      if (f->bNatural) {
        fail(m, "NATURAL JOIN is not supported yet");
        return;
      }
      emit_from(m, o, f->pLeft);
      sb_puts(o, azJoin[f->joinKind]);
      /* The right side in parentheses keeps the join tree's shape. */
      if (f->pRight && f->pRight->kind == FK_JOIN) {
        sb_putc(o, '(');
        emit_from(m, o, f->pRight);
        sb_putc(o, ')');
      } else {
        emit_from(m, o, f->pRight);
      }
      if (f->using.n) {
        sb_puts(o, " ON ");
        for (i = 0; i < f->using.n; i++) {
          if (i) sb_puts(o, " AND ");
          if (emit_using_value(m, o, f->pLeft, f->using.a[i], 0) < 0) {
            fail(m, "USING column %s not found", f->using.a[i]);
            return;
          }
          sb_puts(o, " = ");
          if (emit_using_value(m, o, f->pRight, f->using.a[i], 0) < 0) {
            fail(m, "USING column %s not found", f->using.a[i]);
            return;
          }
        }
      } else if (f->pOn) {
        sb_puts(o, " ON ");
        emit_expr(m, o, f->pOn);
      } else if (f->joinKind != JK_CROSS) {
        sb_puts(o, " ON 1");
      }
      return;
    }
  }
}

/* ---------------------------------------------------------------------- */
/* Queries                                                                 */

/* "X, K) FROM <all of f's rows>" for path k of FROM item f, after
** "(SELECT amcq_sketch_union(": the users of everything f holds. */
static void emit_no_match_total(Emitter *m, StrBuf *o, const FromItem *f, const BRel *r, int k) {
  if (f->kind == FK_TABLE) {
    const CteEntry *c = f->zSchema ? NULL : find_cte(m, f->zName);
    if (c) {
      sb_printf(o, "\"_s%d\", %d) FROM \"w%d\"", k, m->o->k, c->id);
      return;
    }
    if (r->iTable >= 0) {
      const PTable *t = &m->pPol->aTable[r->iTable];
      sb_puts(o, "amcq_uhash(");
      sb_quote_ident(o, t->aCol[t->iUserCol].zName);
      sb_printf(o, "), %d) FROM ", m->o->k);
      sb_quote_ident(o, t->zName);
      emit_window_filter(m, o, t, f);
      return;
    }
  }
  if (f->kind == FK_SUBQUERY) {
    sb_printf(o, "\"_s%d\", %d) FROM (", k, m->o->k);
    emit_select(m, o, f->pSelect, 1);
    sb_putc(o, ')');
    return;
  }
  fail(m, "internal error: a FROM item without rows to count");
}

/* An integer literal, signed or not (SQLite's sqlite3ExprIsInteger). */
static int int_constant(const Expr *e) {
  int n = 0;
  while (e && e->kind == EK_OP && !e->pLeft && e->zOp &&
         (strcmp(e->zOp, "-") == 0 || strcmp(e->zOp, "+") == 0) && n++ < 64) {
    e = e->pRight;
  }
  return e && e->kind == EK_LITERAL && e->litKind == LIT_INT;
}

/* SELECT list, FROM, WHERE, GROUP BY, HAVING of a simple query; no
** DISTINCT (the caller wraps it). */
static void emit_simple(Emitter *m, StrBuf *o, const Select *p, int bHidden, int bDistinct) {
  const SelBind *sb = p->pBind;
  Leaves l;
  int i, nOut = 0, iPath = 0;
  int bSaveTargets, iSaveExplode;
  const Expr *pSaveExplode;
  if (!sb || !sb->pOut) {
    fail(m, "internal error: unbound query");
    return;
  }
  leaves_of(p, &l);
  assign_aliases(m, &l);
  pSaveExplode = m->pExplode;
  iSaveExplode = m->iExplode;
  m->pExplode = NULL;
  for (i = 0; i < p->nTarget; i++) {
    const Expr *e = p->aTarget[i].pExpr;
    if (e->kind == EK_FUNC && strcmp(e->zFunc, "explode") == 0 && e->args.n == 1 &&
        !e->pOver && !m->pExplode) {
      m->pExplode = e;
      m->iExplode = ++m->nAlias;
    }
  }
  sb_puts(o, bDistinct ? "SELECT DISTINCT " : "SELECT ");
  bSaveTargets = m->bInTargets;
  m->bInTargets = 1;
  for (i = 0; i < p->nTarget && !m->zErr; i++) {
    const Expr *e = p->aTarget[i].pExpr;
    if (e->kind == EK_STAR) {
      const char *zQual = e->name.n ? e->name.a[e->name.n - 1] : NULL;
      int k, c;
      for (k = 0; k < l.n; k++) {
        const BRel *r = l.a[k]->pRel;
        if (!r || (zQual && !(r->zAlias && strcasecmp(r->zAlias, zQual) == 0))) continue;
        for (c = 0; c < r->nCol; c++) {
          if (nOut) sb_puts(o, ", ");
          emit_col_ref(m, o, r, c);
          sb_printf(o, " AS \"_c%d\"", nOut++);
        }
      }
      continue;
    }
    if (nOut) sb_puts(o, ", ");
    emit_expr(m, o, e);
    sb_printf(o, " AS \"_c%d\"", nOut++);
  }
  m->bInTargets = 0;
  if (!m->zErr && nOut != sb->pOut->nCol) {
    fail(m, "internal error: %d columns emitted for %d", nOut, sb->pOut->nCol);
  }
  if (bHidden) {
    /* The users behind each row: its FROM items' entries (unioned over a
    ** group), each window's frame over every one of them, each subquery's
    ** (bind.h, SelBind). */
    int w;
    if (sb->pOut->nPath > MAX_SOURCES) {
      fail(m, "the query needs more than %d user counts per row (windows and subqueries "
           "over user data, nested); amcq run cannot count them: compute the windows in "
           "fewer steps", MAX_SOURCES);
    }
    for (w = -1; w < sb->nWin && !m->zErr; w++) {
      for (i = 0; i < l.n; i++) {
        const BRel *r = l.a[i]->pRel;
        int k;
        for (k = 0; r && k < r->nPath; k++) {
          /* An aggregate with no GROUP BY makes a row even from no record:
          ** it then reports on the data (nothing matched) with no user to
          ** stand behind it, which counts as zero users. */
          int bEmptyIsZero = sb->bGrouped && !sb->nKey && !(sb->bCorrelated && sb->bUserKeyed);
          sb_puts(o, nOut || iPath ? ", " : "");
          /* A frame with no record of the path (the first rows of an
          ** order, before any user's) still gave its value: for a row with
          ** no record of the path either, zero users, like an empty
          ** subquery (a row with one is held to its own path). */
          if (w >= 0) sb_puts(o, sb->aWin[w].pWin->bEntity ? "(amcq_sketch_window(" : "COALESCE(amcq_sketch_window(");
          if (bEmptyIsZero) sb_puts(o, "COALESCE(");
          if (sb->bGrouped) sb_puts(o, "amcq_sketch_union(");
          sb_printf(o, "\"t%d\".\"_s%d\"", r->iEmit, k);
          if (sb->bGrouped) sb_printf(o, ", %d)", m->o->k);
          if (bEmptyIsZero) {
            sb_puts(o, ", ");
            emit_none_is_zero(m, o, &l, sb, 1);
            sb_putc(o, ')');
          }
          if (w >= 0) {
            sb_printf(o, ", %d) OVER ", m->o->k);
            if (sb->aWin[w].bRank) emit_window_rank(m, o, p, sb->aWin[w].pWin);
            else emit_window_spec(m, o, sb->aWin[w].pWin);
            if (sb->aWin[w].pWin->bEntity) {
              sb_putc(o, ')');
            } else {
              /* only a row with no record of any user data of its own
              ** (a VALUES row); others are held to their own paths, as a
              ** join's empty side is */
              sb_puts(o, ", ");
              emit_none_is_zero(m, o, &l, sb, 0);
              sb_putc(o, ')');
            }
          }
          sb_printf(o, " AS \"_s%d\"", iPath++);
        }
      }
    }
    for (i = 0; i < sb->nSub && !m->zErr; i++) {
      const SrcSub *ss = &sb->aSub[i];
      int k, n = select_paths(ss->pExpr->pSub);
      for (k = 0; k < n; k++) {
        int bUnion = sb->bGrouped && !ss->bPerGroup;
        sb_puts(o, nOut || iPath ? ", " : "");
        if (bUnion) sb_puts(o, "amcq_sketch_union(");
        emit_sub_source(m, o, ss, k);
        if (bUnion) sb_printf(o, ", %d)", m->o->k);
        sb_printf(o, " AS \"_s%d\"", iPath++);
      }
    }
    for (i = 0; i < sb->nNoMatch && !m->zErr; i++) {
      const FromItem *f = sb->aNoMatch[i].pLeaf;
      const BRel *r = f->pRel;
      int k, k2;
      for (k = 0; k < r->nPath; k++) {
        sb_puts(o, nOut || iPath ? ", " : "");
        if (sb->bGrouped) sb_puts(o, "amcq_sketch_union(");
        /* where the item gave the row nothing: the users of all its rows */
        sb_puts(o, "CASE WHEN COALESCE(");
        for (k2 = 0; k2 < r->nPath; k2++) sb_printf(o, "%s\"t%d\".\"_s%d\"", k2 ? ", " : "", r->iEmit, k2);
        sb_puts(o, ", NULL) IS NULL THEN COALESCE((SELECT amcq_sketch_union(");
        emit_no_match_total(m, o, f, r, k);
        sb_puts(o, "), ");
        emit_empty_users(m, o, r, k);
        sb_puts(o, ") END");
        if (sb->bGrouped) sb_printf(o, ", %d)", m->o->k);
        sb_printf(o, " AS \"_s%d\"", iPath++);
      }
    }
    if (iPath != sb->pOut->nPath && !m->zErr) {
      fail(m, "internal error: %d paths emitted for %d", iPath, sb->pOut->nPath);
    }
  }
  if (p->nFrom || m->pExplode) {
    sb_puts(o, " FROM ");
    for (i = 0; i < p->nFrom; i++) {
      if (i) sb_puts(o, ", ");
      emit_from(m, o, p->aFrom[i]);
    }
    if (m->pExplode) {
      /* Arrays are JSON text; rows whose array is NULL or empty go, as
      ** AMC's EXPLODE drops them. */
      sb_puts(o, p->nFrom ? ", json_each(" : "json_each(");
      emit_expr(m, o, m->pExplode->args.a[0]);
      sb_printf(o, ") AS \"t%d\"", m->iExplode);
    }
  }
  if (p->pWhere) {
    sb_puts(o, " WHERE ");
    emit_expr(m, o, p->pWhere);
  }
  if (sb->nKey) {
    sb_puts(o, " GROUP BY ");
    for (i = 0; i < sb->nKey; i++) {
      if (i) sb_puts(o, ", ");
      if (int_constant(sb->aKey[i])) {
        /* SQLite reads an integer constant there as a column position:
        ** a cast groups by the value (GROUP BY 2 naming -1 AS k). */
        sb_puts(o, "CAST(");
        emit_expr(m, o, sb->aKey[i]);
        sb_puts(o, " AS INTEGER)");
      } else {
        emit_expr(m, o, sb->aKey[i]);
      }
    }
  }
  if (p->pHaving) {
    sb_puts(o, " HAVING ");
    emit_expr(m, o, p->pHaving);
  }
  if (p->nWindow) {
    sb_puts(o, " WINDOW ");
    for (i = 0; i < p->nWindow; i++) {
      if (i) sb_puts(o, ", ");
      sb_quote_ident(o, p->aWindow[i]->zName ? p->aWindow[i]->zName : "?");
      sb_puts(o, " AS (");
      emit_window_body(m, o, p->aWindow[i], 1);
      sb_putc(o, ')');
    }
  }
  m->bInTargets = bSaveTargets;
  m->pExplode = pSaveExplode;
  m->iExplode = iSaveExplode;
  free(l.a);
}

/* SELECT "_c0", ..., amcq_sketch_union("_s0", k) AS "_s0", ... FROM (inner)
** GROUP BY "_c0", ...: DISTINCT that keeps the users of merged rows. */
static void open_distinct(Emitter *m, StrBuf *o, int nCol, int nPath) {
  int i;
  sb_puts(o, "SELECT ");
  for (i = 0; i < nCol; i++) sb_printf(o, "%s\"_c%d\"", i ? ", " : "", i);
  for (i = 0; i < nPath; i++) {
    sb_printf(o, "%samcq_sketch_union(\"_s%d\", %d) AS \"_s%d\"", nCol + i ? ", " : "", i,
              m->o->k, i);
  }
  sb_puts(o, " FROM (");
}

static void close_distinct(StrBuf *o, int nCol) {
  int i;
  sb_puts(o, ")");
  if (nCol) sb_puts(o, " GROUP BY ");
  for (i = 0; i < nCol; i++) sb_printf(o, "%s\"_c%d\"", i ? ", " : "", i);
}

static int select_width(const Select *p) {
  const SelBind *sb = p->pBind;
  return sb && sb->pOut ? sb->pOut->nCol : 0;
}

static int select_paths(const Select *p) {
  const SelBind *sb = p->pBind;
  return sb && sb->pOut ? sb->pOut->nPath : 0;
}

/* One arm of a set operation, padded to the result's hidden columns. */
static void emit_arm(Emitter *m, StrBuf *o, const Select *p, int nCol, int nBefore,
                     int nAfter, int bHidden) {
  int i, n = select_paths(p);
  sb_puts(o, "SELECT ");
  for (i = 0; i < nCol; i++) sb_printf(o, "%s\"_c%d\"", i ? ", " : "", i);
  if (bHidden) {
    for (i = 0; i < nBefore; i++) sb_printf(o, ", NULL AS \"_s%d\"", i);
    for (i = 0; i < n; i++) sb_printf(o, ", \"_s%d\" AS \"_s%d\"", i, nBefore + i);
    for (i = 0; i < nAfter; i++) sb_printf(o, ", NULL AS \"_s%d\"", nBefore + n + i);
  }
  sb_puts(o, " FROM (");
  emit_select(m, o, p, bHidden);
  sb_puts(o, ")");
}

static void emit_body(Emitter *m, StrBuf *o, const Select *p, int bHidden) {
  int nCol = select_width(p), nPath = select_paths(p), i;
  switch (p->kind) {
    case SK_SELECT:
      if (p->bDistinct && p->distinctOn.n) {
        fail(m, "DISTINCT ON is not supported yet");
        return;
      }
      if (p->bDistinct && bHidden && nPath) {
        open_distinct(m, o, nCol, nPath);
        emit_simple(m, o, p, 1, 0);
        close_distinct(o, nCol);
      } else {
        emit_simple(m, o, p, bHidden, p->bDistinct);
      }
      return;
    case SK_VALUES: {
      /* A row's subqueries over user data contribute to that row only. */
      const SelBind *sb = p->pBind;
      int nHid = bHidden ? nPath : 0, k, x;
      sb_puts(o, "SELECT ");
      for (i = 0; i < nCol; i++) sb_printf(o, "%s\"column%d\" AS \"_c%d\"", i ? ", " : "", i + 1, i);
      for (i = 0; i < nHid; i++) sb_printf(o, "%s\"column%d\" AS \"_s%d\"", nCol + i ? ", " : "",
                                           nCol + i + 1, i);
      sb_puts(o, " FROM (VALUES ");
      for (i = 0; i < p->nRow && !m->zErr; i++) {
        int h = 0;
        sb_puts(o, i ? ", (" : "(");
        for (k = 0; k < p->aRow[i].cells.n; k++) {
          if (k) sb_puts(o, ", ");
          emit_expr(m, o, p->aRow[i].cells.a[k]);
        }
        for (x = 0; nHid && sb && x < sb->nSub; x++) {
          int j, n = select_paths(sb->aSub[x].pExpr->pSub);
          for (j = 0; j < n; j++, h++) {
            sb_puts(o, ", ");
            if (sb->aSub[x].iRow == i) emit_sub_source(m, o, &sb->aSub[x], j);
            else sb_puts(o, "NULL");
          }
        }
        sb_putc(o, ')');
      }
      sb_putc(o, ')');
      return;
    }
    case SK_SETOP: {
      int nL = select_paths(p->pLeft), nR = select_paths(p->pRight);
      int bWrap = !p->bAll && bHidden && nPath;
      if (p->op != SO_UNION && nPath) {
        fail(m, "INTERSECT and EXCEPT over user data are not supported yet");
        return;
      }
      if (bWrap) open_distinct(m, o, nCol, nPath);
      emit_arm(m, o, p->pLeft, nCol, 0, nR, bHidden);
      sb_puts(o, p->op == SO_UNION ? (p->bAll || bWrap ? " UNION ALL " : " UNION ")
                 : p->op == SO_INTERSECT ? " INTERSECT " : " EXCEPT ");
      emit_arm(m, o, p->pRight, nCol, nL, 0, bHidden);
      if (bWrap) close_distinct(o, nCol);
      return;
    }
  }
}

static void emit_select(Emitter *m, StrBuf *o, const Select *p, int bHidden) {
  int i, nLive = m->nCteLive;
  MatList ml, *pSaveMat = m->pMat;
  StrBuf with = {0}, body = {0};
  if (!p || m->zErr) return;
  if (m->nSel >= EMIT_MAX_DEPTH || m->depth > EMIT_MAX_DEPTH) {
    fail(m, "the query nests deeper than %d levels", EMIT_MAX_DEPTH);
    return;
  }
  if (p->pLimit || p->pOffset) {
    fail(m, "LIMIT and OFFSET are not AMC SQL");
    return;
  }
  memset(&ml, 0, sizeof ml);
  m->pSelStack[m->nSel++] = p;
  for (i = 0; i < p->nCte && !m->zErr; i++) {
    const Cte *c = &p->aCte[i];
    int id = ++m->nCte;
    if (i) sb_puts(&with, ", ");
    sb_printf(&with, "\"w%d\" AS (", id);
    m->pMat = NULL; /* a CTE's subqueries belong to its own WITH */
    emit_select(m, &with, c->pSelect, 1);
    sb_putc(&with, ')');
    if (m->nCteLive == m->nCteCap) {
      m->nCteCap = m->nCteCap ? m->nCteCap * 2 : 8;
      m->aCte = xrealloc(m->aCte, sizeof *m->aCte * (size_t)m->nCteCap);
    }
    m->aCte[m->nCteLive].zName = c->zName;
    m->aCte[m->nCteLive].id = id;
    m->aCte[m->nCteLive].pOut = NULL;
    m->nCteLive++;
  }
  m->pMat = &ml;
  emit_body(m, &body, p, bHidden);
  if (p->nCte || ml.n) {
    sb_puts(o, "WITH ");
    if (with.z) sb_puts(o, with.z);
    if (ml.defs.z) sb_puts(o, p->nCte ? ml.defs.z : ml.defs.z + 2); /* ", " */
    sb_putc(o, ' ');
  }
  if (body.z) sb_puts(o, body.z);
  sb_free(&with);
  sb_free(&body);
  sb_free(&ml.defs);
  free(ml.aSub);
  free(ml.aId);
  m->pMat = pSaveMat;
  m->nCteLive = nLive;
  m->nSel--;
}

int emit_query(const Policy *pPol, Arena *pArena, Select *pRoot, const EmitOptions *o,
               Emitted *pOut, char **pzErr) {
  Emitter m;
  StrBuf b = {0};
  const SelBind *sb = pRoot ? pRoot->pBind : NULL;
  memset(&m, 0, sizeof m);
  memset(pOut, 0, sizeof *pOut);
  *pzErr = NULL;
  m.pPol = pPol;
  m.pArena = pArena;
  m.o = o;
  if (!sb || !sb->pOut) {
    *pzErr = xstrdup("internal error: the query is not bound");
    return -1;
  }
  mark_select(&m, pRoot);
  m.depth = 0;
  emit_select(&m, &b, pRoot, 1);
  free(m.aCte);
  if (m.zErr) {
    sb_free(&b);
    *pzErr = m.zErr;
    return -1;
  }
  pOut->zSql = sb_finish(&b);
  pOut->nVisible = sb->pOut->nCol;
  pOut->nPath = sb->pOut->nPath;
  pOut->aPath = sb->pOut->aPath;
  return 0;
}

void emitted_free(Emitted *p) {
  free(p->zSql);
  memset(p, 0, sizeof *p);
}

int emit_normalize_time(const char *z, char zOut[20]) {
  int64_t t;
  char a[32];
  size_t n = strlen(z);
  char *zCopy;
  int rc;
  /* Accept a trailing Z or +00:00 (UTC only). */
  zCopy = xstrdup(z);
  if (n > 6 && (strcmp(zCopy + n - 6, "+00:00") == 0 || strcmp(zCopy + n - 6, "-00:00") == 0)) {
    zCopy[n - 6] = 0;
  }
  rc = sqlfunc_parse_time(zCopy, &t);
  free(zCopy);
  if (rc != 0) return -1;
  sqlfunc_format_time(t, a);
  memcpy(zOut, a, 19);
  zOut[19] = 0;
  return 0;
}
